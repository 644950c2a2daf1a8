"""A quarter's column title typed with its numeral spelt otherwise ("Realisasi TW ll", an L for the I as
Pengaturan's Triwulan reads it; "Realisasi TW 2"): which missing title it stands for, to name it in the
refusal (core.grids.find_header). Column titles are read exactly; this only points at the column."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.nama_periode import QUARTER_WORD

# A quarter's column title: its words before the quarter ("Realisasi") and the quarter's numeral.
_QUARTER_TITLE = re.compile(rf"(.*?)\s*\b{QUARTER_WORD}\b\s*[.-]?\s*(\S+)", re.IGNORECASE)


def label_words(label: str) -> str:
    """A header label's words as titles are compared: lower case, anything but a letter or digit a space."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", c.normalize_label(label)).split())


# Words that title Anggaran's spending apart from a physical progress ("Realisasi Keuangan TW I", beside
# "Realisasi Fisik TW I" of a PUPR's kontrak fisik), and the word of that progress, no spending.
_SPENDING_WORDS = frozenset(["keuangan", "anggaran", "belanja", "rp", "rupiah"])
_FISIK = "fisik"


def same_quarter(header: str, free: Sequence[str], sheet: str = "") -> str:
    """' (maksud Anda "Realisasi TW ll"?)': the label among ``free`` of the missing quarter's title
    ``header``, its numeral spelt otherwise (contract.triwulan_from_text), else "". The closest label by
    its letters named the first quarter's for every quarter but the last ("Realisasi TW II": "Realisasi
    TW l"): followed, TW I's figures were titled TW II. In Anggaran (``sheet``) the quarter's spending
    titled with a word telling it from a physical progress ("Realisasi Keuangan TW I") is named, and a
    physical progress ("Realisasi Fisik TW I", the closest by its letters) said to be none."""
    wanted = _QUARTER_TITLE.fullmatch(header)
    if wanted is None:
        return ""
    quarter, words = c.triwulan_from_text(f"TW {wanted.group(2)}"), label_words(wanted.group(1)).split()
    extra: dict[str, str] = {}  # a label of the quarter -> its words beside the header's ("keuangan")
    for label in free:
        found = _QUARTER_TITLE.fullmatch(c.tidy_text(label))
        if found is None or c.triwulan_from_text(f"TW {found.group(2)}") != quarter:
            continue
        typed = label_words(found.group(1)).split()
        if typed == words:
            return f' (maksud Anda "{label}"?)'
        # its words beside the header's: after them ("Realisasi Keuangan") or in their place ("Keuangan")
        more = typed[len(words) :] if typed[: len(words)] == words else [w for w in typed if w not in words]
        extra[label] = " ".join(more)
    if sheet != c.SHEET_ANGGARAN:
        return ""
    keuangan = next((x for x, more in extra.items() if more and set(more.split()) <= _SPENDING_WORDS), None)
    if keuangan is not None:
        return f' (maksud Anda "{keuangan}"? beri judul "{header}")'
    # (a column of both, "Realisasi Keuangan dan Fisik TW I", is no physical progress alone)
    fisik = next(
        (
            x
            for x, more in extra.items()
            if _FISIK in more.split() and not _SPENDING_WORDS & set(more.split())
        ),
        None,
    )
    if fisik is None:
        return ""
    return (
        f' (kolom "{fisik}" berisi realisasi fisik, bukan realisasi anggaran: tambahkan kolom "{header}" '
        "berisi belanja triwulan itu dalam rupiah)"
    )


def not_physical(free: Sequence[str], sheet: str) -> list[str]:
    """The labels ``free`` a missing title may be suggested from by its letters: in Anggaran none of a
    physical progress ("Fisik TW I", closest to "Realisasi TW I" when no "Realisasi" is typed), never
    spending."""
    if sheet != c.SHEET_ANGGARAN:
        return list(free)
    return [label for label in free if _FISIK not in label_words(label).split()]
