"""Per mil as staff write it, in a Satuan or after a figure (`‰`, `per mil`, `promil`, `0/00`, `per
1.000`): one unit however spelt. Pure: standard library only."""

from __future__ import annotations

import functools
import re

# Per mil as staff write it, in a Satuan or after a figure: the sign, "per mil", "permil", "promil",
# the sign typed with a slash ("0/00", "o/oo"; never a part of "10/00" or a date "1/0/00").
# One unit however spelt (25 per mil is 25 ‰), so never a rate to convert into the other.
PER_MIL = r"‰|\b(?:per\s*mil|promil)\b|(?<![\w/.,])[0o]/[0o]{2}(?![\w/])"
# per 1.000 is per mil ("25 per 1.000" under "‰", "per 1,000" the English way, "per 1 000"), a base
# of 10.000 or 1.000.000 is not
_PER_1000 = r"\bper\s*1[.,\s]?000(?![\d.,])"
_PER_MIL_ONLY = re.compile(rf"\s*(?:{PER_MIL}|{_PER_1000})\s*", re.IGNORECASE)
_PER_MIL_IN = re.compile(rf"{PER_MIL}|{_PER_1000}", re.IGNORECASE)


def is_per_mil(text: str) -> bool:
    """``text`` is per mil alone, in any of its spellings ("‰", "Per Mil", "promil", "per 1.000")."""
    return _PER_MIL_ONLY.fullmatch(text) is not None


@functools.lru_cache(maxsize=1024)  # called per indicator (a regex search), a few Satuan per workbook
def is_per_mil_satuan(satuan: str) -> bool:
    """A Satuan counted per mil, however spelt or with what it counts ("Per mil (‰)", "‰ pasien",
    "per 1.000 KH")."""
    return _PER_MIL_IN.search(satuan) is not None
