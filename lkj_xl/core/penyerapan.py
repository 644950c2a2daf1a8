"""A penyerapan anggaran in a sentence ("penyerapan 99,995%"), with the decimals the tables show it
with (formulas.penyerapan_decimals): never "100,00%" for a realisasi below or above its pagu; a program's penyerapan computed on the
integers (budget), and the galat of a pagu so near zero beside its spending that no penyerapan can be
written (:func:`beyond_a_figure`)."""

from __future__ import annotations

import sys
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.formulas import penyerapan_decimals
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import GALAT, BudgetInput, BudgetResult
from lkj_xl.core.numbers import format_number, to_fraction

_LARGEST = int(sys.float_info.max)  # (1,8e308: a penyerapan above it is no float, OverflowError)


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


def beyond_a_figure(
    log: FindingLog,
    item: BudgetInput,
    header: str,
    realisasi: Fraction,
    pagu: Fraction,
    result: BudgetResult,
    subject: str,
) -> bool:
    """Whether the penyerapan of ``realisasi`` of a ``pagu`` above zero is beyond any figure (a Pagu
    Perubahan of 1E-300 beside Rp 8 juta spent: 8e308 %): a galat at the pagu, as a pagu of zero with
    spending (budget._zero_pagu), no penyerapan computed. On the integers, as penyerapan_and_over."""
    (a, b), (p, q) = realisasi.as_integer_ratio(), pagu.as_integer_ratio()
    if 100 * a * q <= _LARGEST * b * p:
        return False
    # (below a sen as Excel shows it, "1E-300": rupiah() would say "Rp 0"; else as the tables do)
    shown = rupiah(pagu) if pagu * 100 >= 1 else f"{float(pagu):.6G}".replace(".", ",")
    why = f"({shown}) terlalu kecil dibanding realisasi anggaran ({rupiah(realisasi)}): penyerapan tidak dihitung"
    if header == "Pagu Perubahan" and item.pagu.exact:  # (as budget._zero_pagu: "0" for "no revision")
        why += " (bila pagu tidak berubah, kosongkan Pagu Perubahan)"
    log.add(GALAT, c.SHEET_ANGGARAN, header, item.row, f"{header} {subject} {why}")
    result.galat.append(log.where(c.SHEET_ANGGARAN, header, item.row))
    result.galat_pagu.append(result.galat[-1])
    return True
