"""A penyerapan anggaran in a sentence ("penyerapan 99,995%"), with the decimals the tables show it
with (formulas.penyerapan_decimals): never "100,00%" for a realisasi below or above its pagu. Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.formulas import penyerapan_decimals
from lkj_xl.core.numbers import format_number, to_fraction


def serapan_persen(value: float | Fraction, decimals: int) -> str:
    """ "25,00%", "99,995%": a penyerapan with at least ``decimals`` decimals."""
    exact = to_fraction(value)
    return f"{format_number(exact, penyerapan_decimals(exact, decimals))}%"
