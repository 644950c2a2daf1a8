"""Agencies' names that differ only by a year (and the quarter) typed at their end: "Dinas Kesehatan
2025 Revisi" (read "dinas kesehatan 2025": a year before the mark stays the name's, rekap_revisi) beside
"Dinas Kesehatan", or "Dinas Kesehatan TW II 2025" beside it. Pure.

Read apart, the revision and the original were two agencies: both ranked, the pagu summed twice, with
no word. The year stays part of a name typed alone; only when the rekap holds the same name without it
(or with another such tail) are they one agency to the duplicate check (rekap_ganda.identities)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that may begin a year's tail: the year, "Tahun 2025", "TA 2025", "TW II 2025"; never a number
# or roman numeral, the unit's own ("UPT Puskesmas 1 2025": Puskesmas 1).
_START = frozenset({"tahun", "ta", "tw", "triwulan", "semester", "smt"})
_QUARTER = re.compile(r"[1-4]|i|ii|iii|iv")
_TAIL = _START | {"anggaran"}


def _tail_start(words: list[str]) -> int:
    """Where a tail of year and quarter words holding a year begins in ``words``; len(words) for none."""
    start = len(words)
    while start > 0 and (
        words[start - 1] in _TAIL or _YEAR.fullmatch(words[start - 1]) or _QUARTER.fullmatch(words[start - 1])
    ):
        start -= 1
    if not any(_YEAR.fullmatch(word) for word in words[start:]):
        return len(words)
    while start < len(words) and not (words[start] in _START or _YEAR.fullmatch(words[start])):
        start += 1
    return start if start > 0 else len(words)


def without_year(opd: str) -> str:
    """An agency's identity name (rekap_ganda.agency_identity's words) without a year's tail."""
    words = opd.split()
    return " ".join(words[: _tail_start(words)])


def year_joined(found: Sequence[tuple[str, str] | None]) -> list[tuple[str, str] | None]:
    """Each identity, those of one Pemda whose names are one name without a year's tail
    (:func:`without_year`) read as that name when the rekap holds two of them or more; as they are
    otherwise."""
    spelt: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for identity in found:
        if identity is not None:
            spelt[(identity[0], without_year(identity[1]))].add(identity)
    joined: list[tuple[str, str] | None] = []
    for identity in found:
        if identity is not None:
            bare = (identity[0], without_year(identity[1]))
            identity = bare if len(spelt[bare]) > 1 else identity
        joined.append(identity)
    return joined
