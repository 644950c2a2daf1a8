"""Header titles as staff mark them: a footnote mark after a title ("Target*", "Realisasi TW II**",
"Satuan 1)"), as a printed Perjanjian Kinerja's table carries them, and a copy's title as Excel and
LibreOffice name copies ("Realisasi TW II (2)").

Pure: used by :mod:`lkj_xl.core.grids` when it finds the header row.
"""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.model import PERINGATAN, Finding

# A footnote mark at the end of a title: "*", "**", "*)", "(*)", a superscript "¹" (or "²⁾"), "1)",
# "a)" after a space, "†". Only the mark at the very end; the title before it must be a header exactly.
_FOOTNOTE = re.compile(
    r"(?P<title>.*?)\s*(?P<mark>\*+\)?|\(\*+\)|[\u00b9\u00b2\u00b3\u2070-\u2079]+\u207e?|\d{1,2}\)"
    r"|(?<=\s)[a-z]\)|[\u2020\u2021]+)",
    re.IGNORECASE,
)
# The last character of every mark above.
_LAST = frozenset("*)\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u207e\u2020\u2021")


def footnoted(label: str) -> tuple[str, str] | None:
    """(title key, mark as typed) of a title ending in a footnote mark ("Target*" -> ("target", "*")),
    None when it ends in none. The key compares as :func:`contract.normalize_label` does."""
    tail = label.rstrip()[-1:]
    if not tail or tail not in _LAST:  # nearly every label: no mark, no regex (find_header runs per sheet)
        return None
    match = _FOOTNOTE.fullmatch(c.tidy_text(label))
    if match is None or not match.group("title"):
        return None
    return c.normalize_label(match.group("title")), match.group("mark")


def marked_title(sheet: str, ref: str, label: str, header: str) -> Finding:
    """The peringatan at the header cell ``ref`` of a title read past its footnote mark ("Target*" read
    as Target): the mark is dropped, and the footnote it points to is not read."""
    marked = footnoted(label)
    mark = marked[1] if marked else ""
    return Finding(
        PERINGATAN,
        sheet,
        ref,
        f'Judul kolom "{label}" dibaca sebagai kolom "{header}": tanda catatan kaki "{mark}" di '
        "belakangnya diabaikan dan catatannya tidak ikut dibaca",
    )
