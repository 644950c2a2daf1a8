"""Anggaran's scale-slip checks (budget._slips) decided on the integers of each Fraction (issue 13's
speed): at each edge, exactly where the Fraction comparisons they replace put it. The expected flags
are worked out by hand from the README's rules: a quarter below 0,1 % of its pagu is said when under
Rp 1 juta (0,001 % below 1 / 100.000), a pagu under Rp 1 juta is said, and a whole spending at most a
thousandth of its pagu ("1.250 M" of which 300 jt) is said at the pagu."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.budget import _slips, ribuan_columns
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import BudgetInput, Value

COLUMNS = {c.SHEET_ANGGARAN: {"Pagu": "C", **{h: "DEFG"[i] for i, h in enumerate(c.REALISASI_TW_HEADERS)}}}


def _said(pagu: Fraction, quarters: list[Fraction | None]) -> list[tuple[str, str]]:
    findings: list = []
    log = FindingLog(findings, COLUMNS)
    _slips(log, 7, ("Pagu", Value(number=float(pagu), exact=pagu)), quarters, 'program "P"')
    return [(f.sel, f.pesan) for f in findings]


def _quarter_share(said: list[tuple[str, str]]) -> str:
    """The share named at TW I (D7), "" when nothing is said there."""
    for sel, pesan in said:
        if sel == "D7":
            return "0,001%" if "kurang dari 0,001%" in pesan else "0,1%"
    return ""


BILLION = Fraction(1_000_000_000)


@pytest.mark.parametrize(
    ("quarter", "share"),
    [
        (Fraction(1_000_000), ""),  # exactly pagu / 1.000: not below it
        (Fraction(999_999), "0,1%"),  # below pagu / 1.000 and under Rp 1 juta
        (Fraction(1_999_999, 2), "0,1%"),  # 999.999,5: below both, not 1 / 100.000 of a billion
        (Fraction(10_000), "0,1%"),  # exactly pagu / 100.000: not below it
        (Fraction(19_999, 2), "0,001%"),  # 9.999,5: below pagu / 100.000
        (Fraction(1, 2), "0,001%"),  # half a rupiah
        (Fraction(0), ""),  # nothing spent: no slip
        (Fraction(-5), ""),  # below zero: not this check's
    ],
)
def test_a_quarter_against_its_pagu_at_the_edges(quarter: Fraction, share: str) -> None:
    # (TW II 600 juta keeps the whole spending above a thousandth of the pagu: no "1.250 M" here)
    said = _said(BILLION, [quarter, Fraction(600_000_000)])
    assert _quarter_share(said) == share, said


def test_a_quarter_of_a_fractional_pagu() -> None:
    # pagu 1.000.000.000,5: 1.000.000 is below a thousandth of it (1.000.000,0005), so said (under 1 juta? no:
    # exactly 1 juta is not under Rp 1 juta, and no column is in ribuan): nothing; 999.999 is said
    pagu = Fraction(2_000_000_001, 2)
    assert _quarter_share(_said(pagu, [Fraction(1_000_000), Fraction(600_000_000)])) == ""
    assert _quarter_share(_said(pagu, [Fraction(999_999), Fraction(600_000_000)])) == "0,1%"


@pytest.mark.parametrize(
    ("pagu", "said"),
    [(Fraction(999_999), True), (Fraction(1_999_999, 2), True), (Fraction(1_000_000), False)],
)
def test_a_pagu_under_one_million(pagu: Fraction, said: bool) -> None:
    # (a quarter equal to the pagu: no other check speaks at C7)
    found = [pesan for sel, pesan in _said(pagu, [pagu]) if sel == "C7" and "hanya" in pesan]
    assert bool(found) is said


@pytest.mark.parametrize(
    ("spent", "said"),
    [
        (Fraction(1_000_000), True),  # exactly a thousandth of a billion: at most a thousandth
        (Fraction(2_000_001, 2), False),  # 1.000.000,5: above it
        (Fraction(0), False),  # nothing spent
    ],
)
def test_the_whole_spending_a_thousandth_of_the_pagu(spent: Fraction, said: bool) -> None:
    # two quarters giving the spending (half each), the pagu written "1.000 M"
    findings: list = []
    log = FindingLog(findings, COLUMNS)
    typed = Value(number=1e9, exact=BILLION, text="1.000 M", scale_word="milyar")
    _slips(log, 7, ("Pagu", typed), [spent / 2, spent / 2], 'program "P"')
    at_pagu = [f.pesan for f in findings if f.sel == "C7" and "miliar" in f.pesan]
    assert bool(at_pagu) is said, [f.pesan for f in findings]


def _program(kode: str, pagu: Fraction, tw1: Fraction) -> BudgetInput:
    def value(x: Fraction) -> Value:
        return Value(number=float(x), exact=x)

    return BudgetInput(7, kode, f"Program {kode}", "1.1", value(pagu), Value(), [value(tw1)])


@pytest.mark.parametrize(
    ("first", "second", "ribuan"),
    [
        # each under 0,1 % of its own pagu (a billion and 2 billion): the column in ribuan
        (Fraction(999_999), Fraction(1_999_999), True),
        # the first exactly 0,1 % of its pagu; the column 2.999.999 of 3 billion is still under 0,1 %
        (Fraction(1_000_000), Fraction(1_999_999), True),
        # the column exactly 0,1 % of the total pagu and the first not under its own: not ribuan
        (Fraction(1_000_000), Fraction(2_000_000), False),
        # half a rupiah under it: the column 2.999.999,5 under 0,1 % of 3 billion
        (Fraction(1_000_000), Fraction(3_999_999, 2), True),
    ],
)
def test_a_column_in_ribuan_at_its_edges(first: Fraction, second: Fraction, ribuan: bool) -> None:
    rows = [_program("1.01", BILLION, first), _program("1.02", 2 * BILLION, second)]
    assert ribuan_columns(rows, 1) == (frozenset({0}) if ribuan else frozenset())
    # one program alone is never a column typed in ribuan
    assert ribuan_columns(rows[:1], 1) == frozenset()
