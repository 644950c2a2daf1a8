"""Words in brackets after a number in a value cell, which pasted.not_a_number tells staff to move to
Keterangan: the number in words ("100% (seratus persen)", "0 (nol)"), a note ("85,2 (sementara)"),
and, under a Satuan in rupiah, an amount with its Rp and scale word ("Rp 312,5 M (s.d. Juni)",
"312,5 milyar (sementara)"), whose reader's own error blamed the scale word ("Tulis skala dengan
ribu/rb, juta/jt, miliar/M atau triliun/T"). Pure."""

from __future__ import annotations

import re

from lkj_xl.core.number_words import MONEY_SCALE

_NUM = r"[0-9][0-9.,]*"
_NOTE = r"(\([^\W\d_][^()]*\))(?:\s+[^\W\d_][^()]*)?"
# The number, then the note; before the Satuan too, as letters write a count ("2 (dua) kali").
# (a minus before it too: "-1,2 (s.d. Juni)" of a growth rate was told only that it cannot be read)
_WORDS_AFTER = re.compile(rf"([-\u2212]?{_NUM}\s*%?)\s*{_NOTE}")
# An amount, its Rp and scale word kept (the advice repeats it as typed)
_AMOUNT_NOTE = re.compile(rf"((?:(?:rp\.?|idr)\s*)?-?{_NUM}(?:\s*{MONEY_SCALE})?)\s*{_NOTE}", re.IGNORECASE)


def words_after(text: str, money: bool) -> re.Match[str] | None:
    """``text`` as a number (group 1) with words in brackets after it (group 2); ``money``: of a Satuan
    in rupiah, where the number may be an amount with its Rp and scale word. None otherwise."""
    return _WORDS_AFTER.fullmatch(text) or (_AMOUNT_NOTE.fullmatch(text) if money else None)


def scale_typed(found: re.Match[str]) -> bool:
    """Whether the number of :func:`words_after`'s match carries a scale word ("312,5 M")."""
    return found.re is _AMOUNT_NOTE and _SCALED.search(found[1]) is not None


_SCALED = re.compile(rf"[0-9]\s*{MONEY_SCALE}", re.IGNORECASE)
