"""Words in brackets after a number in a value cell, which pasted.not_a_number tells staff to move to
Keterangan: the number in words ("100% (seratus persen)", "0 (nol)"), a note ("85,2 (sementara)"),
and, under a Satuan in rupiah, an amount with its Rp and scale word ("Rp 312,5 M (s.d. Juni)",
"312,5 milyar (sementara)"), whose reader's own error blamed the scale word ("Tulis skala dengan
ribu/rb, juta/jt, miliar/M atau triliun/T"). Pure."""

from __future__ import annotations

import re

from lkj_xl.core.grids import SCALED_NOTE, scale_word
from lkj_xl.core.number_words import MONEY_SCALE

_NUM = r"[0-9][0-9.,]*"
_NOTE = r"(\([^\W\d_][^()]*\))(?:\s+[^\W\d_][^()]*)?"
# The number, then the note; before the Satuan too, as letters write a count ("2 (dua) kali").
# (a minus before it too: "-1,2 (s.d. Juni)" of a growth rate was told only that it cannot be read)
_WORDS_AFTER = re.compile(rf"([-\u2212]?{_NUM}\s*%?)\s*{_NOTE}")
# An amount, its Rp and scale word kept (the advice repeats it as typed)
_AMOUNT_NOTE = re.compile(rf"((?:(?:rp\.?|idr)\s*)?-?{_NUM}(?:\s*{MONEY_SCALE})?)\s*{_NOTE}", re.IGNORECASE)
# A bracket holding an amount: "(Rp 312,5 M)".
_AMOUNT_ONLY = re.compile(rf"\(\s*(?:rp\.?|idr)\s*-?{_NUM}(?:\s*{MONEY_SCALE})?\s*\)", re.IGNORECASE)


def words_after(text: str, money: bool) -> re.Match[str] | None:
    """``text`` as a number (group 1) with words in brackets after it (group 2); ``money``: of a Satuan
    in rupiah, where the number may be an amount with its Rp and scale word. None otherwise."""
    found = _WORDS_AFTER.fullmatch(text) or (_AMOUNT_NOTE.fullmatch(text) if money else None)
    # (an amount in the brackets, "(Rp 312,5 M)", is a second figure: number_notes.amount_twice's)
    # ("(Rp 000)" is a scale: thousands)
    second = found and money and _AMOUNT_ONLY.fullmatch(found[2]) and not bracket_scale(found[2], money)
    return None if second else found


def scale_typed(found: re.Match[str]) -> bool:
    """Whether the number of :func:`words_after`'s match carries a scale word ("312,5 M")."""
    return found.re is _AMOUNT_NOTE and has_scale(found[1])


_SCALED = re.compile(rf"[0-9]\s*{MONEY_SCALE}", re.IGNORECASE)

# Under a Satuan in rupiah "M" is miliar and "T" triliun, in brackets too: "312,5 (M)", "312,5 (Rp M)".
_LONE_SCALE = re.compile(r"\(\s*(?:rp\.?\s*)?([mt])\s*\)")


def note_scale(found: re.Match[str], money: bool) -> str | None:
    """The scale word a note of :func:`words_after`'s match gives its number, which the cell reads as
    typed ("312,5 (dalam miliar)", "312,5 (M)" of a Satuan in rupiah: miliar); None when the note names
    none or the number carries its own ("Rp 312,5 M (dalam milyar)")."""
    return None if scale_typed(found) else bracket_scale(found[2], money)


def bracket_scale(note: str, money: bool) -> str | None:
    """The scale word a note in brackets gives the number before it ("(dalam ribuan)": ribu; "(M)" of
    rupiah: miliar), None when it names none."""
    note = note.casefold()
    if money and (lone := _LONE_SCALE.fullmatch(note)):
        return "miliar" if lone[1] == "m" else "triliun"
    return scale_word(note) if SCALED_NOTE.search(note) else None


def has_scale(number: str) -> bool:
    """Whether a number as typed carries a scale word ("Rp 312,5 M")."""
    return _SCALED.search(number) is not None
