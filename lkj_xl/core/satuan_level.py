"""A level's Satuan (SPIP maturity, APIP capability: `Level`, `Tingkat`, `Level Maturitas`): a
sentence writes its words before the figure, "level 3", as BPKP does; "3 level" reads as three levels. Typed so, "Level 3" under such a Satuan is its figure, the Satuan's
word beside it, as "68,2 poin" is under Indeks (satuan_sebutan)."""

from __future__ import annotations

import re

from lkj_xl.core.dolar import satuan_last
from lkj_xl.core.satuan_skor import score_last

# The Satuan's words only, opening with the level's word ("Level Maturitas", "Tingkat Kapabilitas
# APIP"); never a word that merely starts with it ("Levelling") nor a Satuan with figures ("Level (1-5)")
_LEVEL = re.compile(r"(?:level|tingkat)(?:\s+[^\W\d_]+)*", re.IGNORECASE)


def level_words(satuan: str) -> str | None:
    """The words a level's Satuan puts before its figure, in a sentence's case ("level", "level
    maturitas", "tingkat kapabilitas APIP": an acronym kept); None for any other Satuan."""
    words = (satuan or "").split()
    if not _LEVEL.fullmatch(" ".join(words)):
        return None
    return " ".join(w if i and len(w) > 1 and w.isupper() else w.casefold() for i, w in enumerate(words))


# The words after the level's own in a Satuan of a maturity or capability level ("Level Maturitas",
# "Tingkat Kapabilitas APIP"); "Tingkat Kepuasan", "Tingkat Pengangguran" measure no level.
_MATURITY = frozenset({"maturitas", "kematangan", "kapabilitas", "spip", "apip", "iacm", "penerapan"})
# A level's figure after its word, as BPKP writes it ("Level 3", "Tingkat 3", "Lvl. 3", "Level Maturitas
# 3"), the figure whole or with decimals ("Level 3,5": a score's level), a full stop after it.
_LEVEL_FIRST = re.compile(
    r"(level|tingkat|lvl|lv)\.?((?:\s+[^\W\d_]+)*)\s*(\d+(?:,\d+)?)\s*\.?", re.IGNORECASE
)


def level_satuan(satuan: str) -> bool:
    """A Satuan of a maturity or capability level: "Level", "Tingkat", or more words after "Level", or
    after "Tingkat" naming a maturity or capability ("Tingkat Kapabilitas APIP"); never "Tingkat
    Kepuasan", "Tingkat Pengangguran" (a rate or a share however its Satuan is written)."""
    words = level_words(satuan)
    if words is None:
        return False
    first, *rest = words.casefold().split()
    return not rest or first == "level" or any(w in _MATURITY for w in rest)


def level_last(text: str, satuan: str | None) -> str:
    """``text`` written as its figure and the Satuan ("Level 3" under Satuan Level: "3 Level"; "Tingkat
    3", "Level Maturitas 3") when it is a level's figure after the level's word under a level's Satuan
    (:func:`level_satuan`), to be read as the Satuan's word typed after a figure is; else as is. The
    words between are the Satuan's own or a maturity's ("Level 3 (Terdefinisi)", "Level III" stay
    unread: a name after it, a Roman numeral)."""
    if (
        not satuan
        or "level" not in (folded := text.casefold())
        and "tingkat" not in folded
        and "lv" not in folded
    ):
        return text
    found = _LEVEL_FIRST.fullmatch(text.strip())
    if found is None or not level_satuan(satuan):
        return text
    more = found[2].casefold().split()
    own = (level_words(satuan) or "").casefold().split()[1:]
    if more and more != own and not all(w in _MATURITY for w in more):
        return text  # ("Tingkat Kepuasan 82", "Level Desa 3": other words than the level's)
    return f"{found[3]} {satuan.strip()}"


def satuan_after(text: str, satuan: str | None) -> str:
    """``text`` with the Satuan's sign or word typed before its figure written after it, as the number
    reader takes it: "USD 2,5 juta" of Satuan US$ (dolar), "Level 3" of Satuan Level, "Indeks 72,4" of
    Satuan Indeks (satuan_skor)."""
    return level_last(score_last(satuan_last(text, satuan), satuan), satuan)
