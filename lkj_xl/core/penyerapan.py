"""A penyerapan anggaran in a sentence ("penyerapan 99,995%"), with the decimals the tables show it
with (formulas.penyerapan_decimals): never "100,00%" for a realisasi below or above its pagu; a program's penyerapan computed on the
integers (budget). Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.formulas import penyerapan_decimals
from lkj_xl.core.numbers import format_number, to_fraction


def serapan_persen(value: float | Fraction, decimals: int) -> str:
    """ "25,00%", "99,995%": a penyerapan with at least ``decimals`` decimals."""
    exact = to_fraction(value)
    return f"{format_number(exact, penyerapan_decimals(exact, decimals))}%"


def penyerapan_and_over(realisasi: Fraction, pagu: Fraction) -> tuple[float, bool]:
    """``float(realisasi / pagu * 100)`` and whether realisasi > pagu, for a pagu above zero, on the
    integers: realisasi = a/b, pagu = p/q (b, q, p > 0) give 100aq / (bp), and float() of a Fraction is
    its integers' correctly rounded quotient whichever their common factor (no Fraction arithmetic)."""
    (a, b), (p, q) = realisasi.as_integer_ratio(), pagu.as_integer_ratio()
    return 100 * a * q / (b * p), a * q > p * b
