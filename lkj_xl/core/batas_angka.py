"""The largest figure a cell may hold: 1E+300 (see :data:`LARGEST_FIGURE`).

A figure at or above it is a galat at its cell, never computed: no report counts that far (the world's
yearly output in rupiah is near 1E+18), and every figure the engine and the rekap derive from typed ones
stays a float below it. The bound: 1,797E+308 (the largest float) over 1E+300 leaves 1,797E+8, room
for a sum of four quarters of each of a workbook's rows (at most 100.000, the reader's) times 100 (a
percentage): 4 x 100.000 x 100 = 4E+7. Before, two quarters of 1,5E+308 (each a float) summed beyond
a float and `lkj-xl check` stopped with "internal error (OverflowError)", exit 4.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

LARGEST_FIGURE = 10**300
# A run of more digits than any figure below the bound has, with decimals to spare: a figure's cell
# holding one ("9" x 5.000 before "½") reached int(), which refuses 4.300 digits (ValueError, exit 4),
# and regexes that crawl over every pair of its digits.
_MOST_DIGITS = 400
_LONG_RUN = re.compile(rf"\d{{{_MOST_DIGITS + 1},}}")


def beyond_figures(value: int | float | Fraction | Decimal) -> bool:
    """Whether ``value`` (finite) is at or beyond :data:`LARGEST_FIGURE` either side of zero."""
    return not -LARGEST_FIGURE < value < LARGEST_FIGURE


def shown_large(value: int | float | Fraction | Decimal) -> str:
    """A figure beyond the tables' reach as Excel shows it, with a decimal comma ("1,5E+308"): its
    digits in full would fill the message (a 10.000-digit number)."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    mantissa, _, exponent = format(Decimal(value), ".6E").partition("E")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa.replace('.', ',')}E{exponent}"


def too_many_digits(text: str) -> str | None:
    """Why a figure's text holding a run of more than 400 digits (any script) is no figure; None else."""
    if len(text) <= _MOST_DIGITS or (found := _LONG_RUN.search(text)) is None:
        return None
    return f"angka {len(found[0]):,} digit terlalu panjang: bukan angka laporan".replace(",", ".")
