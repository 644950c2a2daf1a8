"""A duration typed in other time units than its indicator's Satuan ("90 menit", "1 jam 30 menit" for
Satuan "jam", as a BPBD types its response time): never read, but the galat says what to type.

Only seconds, minutes and hours are converted (a "hari" of service time may be a working day of
eight hours); days, weeks and months are named without a figure. Pure Python."""

from __future__ import annotations

import re
from fractions import Fraction

# minutes per unit; None: a time unit that is not converted
_UNITS: dict[str, Fraction | None] = {
    "detik": Fraction(1, 60),
    "dtk": Fraction(1, 60),
    "menit": Fraction(1),
    "mnt": Fraction(1),
    "jam": Fraction(60),
    "hari": None,
    "minggu": None,
    "pekan": None,
    "bulan": None,
}
_PART = re.compile(r"\s*(\d+(?:,\d+)?)\s*([^\W\d_]+)\.?\s*")
_CLOCK = re.compile(r"(\d{1,4}):([0-5]\d)")  # "01:30" as a clock shows 1 jam 30 menit; "125:30" past days


def _unit(word: str) -> str | None:
    key = word.casefold().rstrip(".")
    return key if key in _UNITS else None


def _parts(text: str) -> list[tuple[Fraction, str]] | None:
    """("1 jam 30 menit") -> [(1, "jam"), (30, "menit")]; "01:30" likewise; None for anything else."""
    if clock := _CLOCK.fullmatch(text):
        return [(Fraction(int(clock[1])), "jam"), (Fraction(int(clock[2])), "menit")]
    parts, at = [], 0
    while at < len(text):
        match = _PART.match(text, at)
        if match is None or (unit := _unit(match[2])) is None:
            return None
        parts.append((Fraction(match[1].replace(",", ".")), unit))
        at = match.end()
    return parts or None


def _shown(value: Fraction) -> str:
    """A figure the Indonesian way, up to four decimals: 1,5; 0,75; 0,3333."""
    whole = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return whole.replace(".", ",")


def duration_hint(text: str, satuan: str) -> str | None:
    """Why ``text`` is not read for a time Satuan, with the figure to type where it converts; None when
    the Satuan or the text is no duration."""
    target = _unit(satuan.strip()) if len(satuan.split()) == 1 else None
    parts = _parts(text.strip()) if target else None
    if target is None or parts is None:
        return None
    units = [u for _, u in parts]
    if units == [target] and ":" not in text:
        return None  # "1,5 jam" for Satuan "jam" is read elsewhere
    written = "jam:menit" if ":" in text else " dan ".join(dict.fromkeys(units))
    why = f"tidak valid: ditulis dalam {written}, padahal Satuan indikator '{satuan.strip()}'"
    per_target, factors = _UNITS[target], [_UNITS[u] for u in units]
    if per_target is None or any(f is None for f in factors):
        return f"{why}; tulis angkanya dalam {satuan.strip()} saja"
    minutes = sum((n * f for (n, _), f in zip(parts, factors) if f is not None), Fraction(0))
    return f"{why}; tulis angkanya dalam {satuan.strip()} saja: {_shown(minutes / per_target)}"
