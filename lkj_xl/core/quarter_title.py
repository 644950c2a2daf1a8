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


def same_quarter(header: str, free: Sequence[str]) -> str:
    """' (maksud Anda "Realisasi TW ll"?)': the label among ``free`` of the missing quarter's title
    ``header``, its numeral spelt otherwise (contract.triwulan_from_text), else "". The closest label by
    its letters named the first quarter's for every quarter but the last ("Realisasi TW II": "Realisasi
    TW l"): followed, TW I's figures were titled TW II."""
    wanted = _QUARTER_TITLE.fullmatch(header)
    if wanted is None:
        return ""
    quarter = c.triwulan_from_text(f"TW {wanted.group(2)}")
    for label in free:
        found = _QUARTER_TITLE.fullmatch(c.tidy_text(label))
        if (
            found is not None
            and label_words(found.group(1)) == label_words(wanted.group(1))
            and c.triwulan_from_text(f"TW {found.group(2)}") == quarter
        ):
            return f' (maksud Anda "{label}"?)'
    return ""
