"""Excel number format codes: what a cell's format says its number is (a percentage, a date, a date
shown without its day). Shared by the file reader (xlsx.read) and the desktop button's reader."""

from __future__ import annotations

import re

# Quoted text, escaped characters and [colour]/[condition]/[$locale] brackets show no digits.
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_ELAPSED = re.compile(r"\[(?:h+|m+|s+)\]", re.IGNORECASE)  # [h]:mm elapsed time: its m is minutes


def format_code_kind(code: str) -> str:
    """'percent', 'date', 'month' (a date shown without its day: "mmmm yyyy", "mmm-yy") or '' for an
    Excel number format code (its first, positive section)."""
    bare = _FORMAT_LITERALS.sub(lambda m: "h" if _ELAPSED.fullmatch(m.group()) else "", code)
    bare = bare.split(";")[0].lower()
    if "%" in bare:
        return "percent"
    if bare in ("general", "@", ""):
        return ""
    if any(ch in bare for ch in "ymdhs") and not bare.startswith("#"):
        # No day and no time: its "m" is the month (with "h" or "s" beside it, minutes).
        return "month" if not any(ch in bare for ch in "dhs") else "date"
    return ""
