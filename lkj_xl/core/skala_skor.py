"""A whole-number score written with its scale ("4 / 5", "8/10") in a score's cell: the score of a usual
scale, not a fraction ("1/2 hari"). Pure; kept out of numbers.py (at its line limit)."""

from __future__ import annotations

import re
from fractions import Fraction

# The usual scales of a score (a Likert 4 or 5, out of 10, out of 100)
_SCALES = frozenset({"4", "5", "10", "100"})
# Satuan words of an index or a score ("IKM" stays out: in the example it counts Industri Kecil Menengah)
_SCORE_SATUAN = frozenset({"indeks", "index", "nilai", "skor", "score", "poin"})


def score_satuan(satuan: str) -> bool:
    """Whether ``satuan`` names an index or a score ("nilai", "Indeks", "Nilai IKM", "skor")."""
    return not _SCORE_SATUAN.isdisjoint(re.split(r"[^\w]+", satuan.casefold()))


def score_of_scale(whole: str, satuan: str) -> bool:
    """Whether "part / ``whole``" typed under ``satuan`` is a score of a usual scale ("4 / 5", Satuan
    "nilai"), said as "3,4 / 5" is; False for any other scale or Satuan."""
    return whole in _SCALES and score_satuan(satuan)


# A score's Satuan naming its scale: "skala 1-4", "Skala 1 - 4", "nilai (1-4)", "Indeks (0-1)", "skala 1 s.d.
# 4", "Skala 1 s/d 4".
_NAMED_SCALE = re.compile(
    r"\s*(?:skala|nilai|indeks|index|skor|score|poin|point)\s*\(?\s*(\d+(?:,\d+)?)\s*"
    r"(?:[-\u2013\u2014]|s\.?\s?d\.?|s/d|sampai)\s*(\d+(?:,\d+)?)\s*\)?\s*",
    re.IGNORECASE,
)


def named_scale(satuan: str) -> tuple[Fraction, Fraction] | None:
    """The scale (lowest, highest) a score's Satuan names ("skala 1-4": 1, 4); None when it names none."""
    found = _NAMED_SCALE.fullmatch(satuan)
    if found is None:
        return None
    low, high = (Fraction(x.replace(",", ".")) for x in found.groups())
    return (low, high) if low < high else None


# The scales each factor converts between (capaian_checks._target_scale): a target's 0-1 to a realisasi's
# 0-100 (x 100), an IKM's nilai interval 1-4 to its nilai konversi 25-100 (x 25).
_SCALES_OF = {
    100: ((Fraction(0), Fraction(1)), (Fraction(0), Fraction(100))),
    25: ((Fraction(1), Fraction(4)), (Fraction(25), Fraction(100))),
}


def scale_agrees(satuan: str, factor: int) -> bool:
    """Whether the target and realisasi on the scales ``factor`` converts between may be of ``satuan``:
    any when it names no scale, else one of those two ("nilai (25-100)" the realisasi's; "skala 1-5" is
    no IKM's 1-4)."""
    scale = named_scale(satuan)
    return scale is None or scale in _SCALES_OF[factor]
