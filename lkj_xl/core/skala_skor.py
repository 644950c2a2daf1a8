"""A whole-number score written with its scale ("4 / 5", "8/10") in a score's cell: the score of a usual
scale, not a fraction ("1/2 hari"). Pure; kept out of numbers.py (at its line limit)."""

from __future__ import annotations

import re

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
