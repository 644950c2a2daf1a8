"""The largest figure a cell may hold: 1E+300 (see :data:`LARGEST_FIGURE`).

A figure at or above it is a galat at its cell, never computed: no report counts that far (the world's
yearly output in rupiah is near 1E+18), and every figure the engine and the rekap derive from typed ones
stays a float below it. The bound: 1,797E+308 (the largest float) over 1E+300 leaves 1,797E+8, room
for a sum of four quarters of each of a workbook's rows (at most 100.000, the reader's) times 100 (a
percentage): 4 x 100.000 x 100 = 4E+7. Before, two quarters of 1,5E+308 (each a float) summed beyond
a float and `lkj-xl check` stopped with "internal error (OverflowError)", exit 4.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

LARGEST_FIGURE = 10**300


def beyond_figures(value: int | float | Fraction | Decimal) -> bool:
    """Whether ``value`` (finite) is at or beyond :data:`LARGEST_FIGURE` either side of zero."""
    return abs(value) >= LARGEST_FIGURE


def shown_large(value: int | float | Fraction | Decimal) -> str:
    """A figure beyond the tables' reach as Excel shows it, with a decimal comma ("1,5E+308"): its
    digits in full would fill the message (a 10.000-digit number)."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    mantissa, _, exponent = format(Decimal(value), ".6E").partition("E")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa.replace('.', ',')}E{exponent}"
