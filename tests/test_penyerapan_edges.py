"""A program's penyerapan (realisasi anggaran s.d. the quarter / pagu x 100) and its "melebihi pagu"
peringatan, worked out on the integers of each Fraction since issue 13's speed (budget._penyerapan):
at the edges staff type (a pagu of Rp 1 or half a rupiah, 10^15, a pagu with sen, a rupiah over the
pagu), each figure derived by hand; and, for any pair, the float of the Fraction formula it replaced
(realisasi / pagu * 100, correctly rounded) and the comparison realisasi > pagu."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_xl.core import contract as c
from lkj_xl.core.budget import budget_result
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import BudgetInput, Value
from lkj_xl.core.styles import same_amount

COLUMNS = {
    c.SHEET_ANGGARAN: {
        "Kode": "A",
        "Pagu": "D",
        "Pagu Perubahan": "E",
        **{h: "FGHI"[i] for i, h in enumerate(c.REALISASI_TW_HEADERS)},
    }
}


def _value(x: Fraction | int | None) -> Value:
    return Value() if x is None else Value(number=float(x), exact=Fraction(x))


def _budget(pagu: Fraction | int, quarters: list[Fraction | int | None]) -> tuple[float | None, bool]:
    """The row's penyerapan and whether "melebihi pagu" is said, reported s.d. TW IV."""
    findings: list = []
    log = FindingLog(findings, COLUMNS)
    item = BudgetInput(7, "1.01", "Program", "S1", _value(pagu), Value(), [_value(q) for q in quarters])
    result = budget_result(item, 4, log)
    log.flush()
    return result.penyerapan, any("melebihi pagu" in f.pesan for f in findings)


@pytest.mark.parametrize(
    ("pagu", "quarters", "penyerapan", "over"),
    [
        (1, [Fraction(1, 2)], 50.0, False),  # Rp 0,50 of a pagu of Rp 1: 50 %
        (Fraction(1, 2), [1], 200.0, True),  # Rp 1 of half a rupiah: 200 %, Rp 0,50 over (a sen or more)
        (3, [1], 33.333333333333336, False),  # 33,33...: the double nearest 100/3
        (10**6, [1000], 0.1, False),  # exactly a thousandth: 0,1 % (the double nearest 1/10)
        (10**15, [10**15], 100.0, False),  # all of a pagu of 10^15
        # a rupiah over 10^15: 100 + 10^-13 (100.0000000000001 is the double nearest it), said
        (10**15, [10**15, 1], 100.0000000000001, True),
        # a pagu with sen (1.000.000.000,5) spent to the sen in two quarters: 100 %, nothing over
        (Fraction(2_000_000_001, 2), [10**9, Fraction(1, 2)], 100.0, False),
        # half a sen over (1/200): the noise of a formula, no overspend said (styles.same_amount)
        # (100 x (10^9 + 1/400) / 10^9 = 100,00000000025 exactly: the double nearest it)
        (10**9, [10**9, Fraction(1, 400)], 100.00000000025, False),
    ],
)
def test_penyerapan_at_the_edges(pagu, quarters, penyerapan: float, over: bool) -> None:
    assert _budget(pagu, quarters) == (penyerapan, over)


def test_a_zero_pagu_has_no_penyerapan() -> None:
    assert _budget(0, [5])[0] is None  # (a galat at the pagu: nothing divided by zero)


_amounts = st.fractions(min_value=Fraction(1, 100), max_value=Fraction(10**16), max_denominator=1000)


@settings(max_examples=300, deadline=None)
@given(pagu=_amounts, first=_amounts, second=st.one_of(st.none(), _amounts))
def test_penyerapan_is_the_fraction_formula_correctly_rounded(pagu, first, second) -> None:
    spent = first + (second or 0)
    # (the formula the integers replaced: one exact Fraction, then float() of it)
    expected = float(spent / pagu * 100)
    assert _budget(pagu, [first, second]) == (expected, spent > pagu and not same_amount(spent, pagu))
