"""A level's Satuan (SPIP maturity, APIP capability: `Level`, `Tingkat`, `Level Maturitas`): a
sentence writes its words before the figure, "level 3", as BPKP does; "3 level" reads as three levels."""

from __future__ import annotations

import re

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
