"""Agencies' names that differ only by a year (and the quarter) typed at their end: "Dinas Kesehatan
2025 Revisi" (read "dinas kesehatan 2025": a year before the mark stays the name's, rekap_revisi) beside
"Dinas Kesehatan", or "Dinas Kesehatan TW II 2025" beside it. Pure.

Read apart, the revision and the original were two agencies: both ranked, the pagu summed twice, with
no word. The year stays part of a name typed alone; only when the rekap holds the same name without it
(or with another such tail) are they one agency to the duplicate check (rekap_ganda.identities),
however each file types the Pemda ("Lumajang" beside "Kabupaten Lumajang", the Pemda's name before the
year), and that agency is shown and keyed by the name without the year (:func:`joined_names`), in its
quarter and any other: a pivot over quarters gives one agency."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from lkj_xl.core.nama_periode import HALF_WORDS, QUARTER_WORDS

_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that may begin a year's tail: the year, "Tahun 2025", "TA 2025", "TW II 2025"; never a number
# or roman numeral, the unit's own ("UPT Puskesmas 1 2025": Puskesmas 1).
_START = frozenset({"tahun", "ta", *QUARTER_WORDS, *HALF_WORDS})
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


def year_less(
    rows: Sequence[Mapping[str, Any]],
    found: Sequence[tuple[str, str] | None],
    keys: Sequence[str],
    identify: Callable[[dict[str, Any]], tuple[str, str] | None],
) -> list[tuple[str, str] | None]:
    """Each row's identity (``found``) as :func:`year_joined` compares it: the Pemda as the rekap joins
    its spellings (``keys``, rekap_ganda.pemda_keys: "Lumajang" beside "Kabupaten Lumajang" is the
    Kabupaten; a Pemda the agency's own name gives, "... Kota Malang", kept) and the name without a
    year's tail, the Pemda's name before that tail dropped as ``identify`` (rekap_ganda.agency_identity)
    drops it at a name's end ("Dinas Kesehatan Kab. Lumajang Tahun 2025": "dinas kesehatan")."""
    bare: list[tuple[str, str] | None] = []
    for row, identity, key in zip(rows, found, keys):
        if identity is None:
            bare.append(None)
            continue
        pemda, name = identity[0], without_year(identity[1])
        # the Pemda's name before the year ("Dinas Kesehatan Kab. Lumajang Tahun 2025") is dropped now
        again = None if name == identity[1] else identify({**row, "perangkat_daerah": name})
        if again is not None:
            pemda, name = pemda if _kinded(pemda) else again[0], again[1]
        bare.append((pemda if _kinded(pemda) or not key else key, name))
    return bare


def _kinded(pemda: str) -> bool:
    return pemda.split(" ", 1)[0] in ("kabupaten", "kota", "provinsi")


def year_joined(
    found: Sequence[tuple[str, str] | None], bare: Sequence[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Each identity of ``found``, read as its ``bare`` one (:func:`year_less`) when the rekap holds two
    identities or more of that bare one, one of them named with a year's tail; as it is otherwise."""
    spelt: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    dated: set[tuple[str, str]] = set()
    for identity, its in zip(found, bare):
        if identity is not None and its is not None:
            spelt[its].add(identity)
            if its[1] != identity[1]:
                dated.add(its)
    return [
        its if identity is not None and its in dated and len(spelt[its]) > 1 else identity
        for identity, its in zip(found, bare)
    ]


def joined_names(
    rows: Sequence[Mapping[str, Any]],
    found: Sequence[tuple[str, str] | None],
    joined: Sequence[tuple[str, str] | None],
    shown: Callable[[Any], Any],
    identify: Callable[[dict[str, Any]], tuple[str, str] | None],
) -> dict[str, str]:
    """By file, the name the tables show (and key, core.rekap_kunci) an agency :func:`year_joined` read
    without its year by: as a file of it typed it without the year (``shown``: rekap_revisi.shown_name),
    else its own name cut before the year's tail ("Dinas Kesehatan 2025 Revisi" beside TW I's "Dinas
    Kesehatan" is "Dinas Kesehatan" in both quarters, one Kunci; it was "Dinas Kesehatan 2025", a second
    agency to every pivot). Rows whose name had no year's tail keep theirs."""
    typed: dict[tuple[str, str], str] = {}
    for row, identity, its in zip(rows, found, joined):
        if identity is not None and its is not None and identity[1] == its[1]:
            typed.setdefault(its, " ".join(str(shown(row["perangkat_daerah"])).split()))
    names: dict[str, str] = {}
    for row, identity, its in zip(rows, found, joined):
        if identity is None or its is None or identity == its or identity[1] == its[1]:
            continue
        names[row["berkas"]] = typed.get(its) or _cut(row, its[1], shown, identify)
    return names


def _cut(
    row: Mapping[str, Any],
    name: str,
    shown: Callable[[Any], Any],
    identify: Callable[[dict[str, Any]], tuple[str, str] | None],
) -> str:
    """The row's shown name cut to its longest first words that ``identify`` reads as ``name``."""
    words = str(shown(row["perangkat_daerah"])).split()
    for end in range(len(words) - 1, 0, -1):
        found = identify(
            {"pemerintah_daerah": row["pemerintah_daerah"], "perangkat_daerah": " ".join(words[:end])}
        )
        if found is not None and found[1] == name:
            return " ".join(words[:end])
    return " ".join(words)
