"""The fast paths of parse and compute (issue 13) against the plain computations they replace.

Each fast path must give exactly what the generic code gave: the reference here is the code as it
was (Fraction(Decimal(repr(x))), Babel's strict parser and formatter, Fraction comparisons and
arithmetic), run on seeded random values and on the edges that matter (band bounds, -0.0, huge and
tiny floats, halves).
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from fractions import Fraction

import pytest
from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from lkj_xl.core import contract as c
from lkj_xl.core.formulas import capaian_exact, exact_sum, kriteria, realisasi_sd, round_half_up
from lkj_xl.core.numbers import _parse_digits, format_number, to_fraction

RNG = random.Random(20261202)
WIDE = Context(prec=1000)


def random_floats(n: int) -> list[float]:
    edges = [0.0, -0.0, 0.1, 0.2, 0.3, 1e-7, 2.675, 5e-324, 1.7976931348623157e308, 123456789012345678.0]
    edges += [90.0, 90.00000000000001, 89.99999999999999, 75.0, 65.0, 50.0, 100.0, -1.5, 40.71, 1e16]
    return edges + [
        RNG.choice(
            [
                RNG.uniform(-1e6, 1e6),
                RNG.random() * 10 ** RNG.randint(-320, 300),
                float(RNG.randint(-(10**17), 10**17)),
                round(RNG.uniform(0, 200), RNG.randint(0, 4)),
            ]
        )
        for _ in range(n)
    ]


def test_float_to_fraction_is_its_shortest_decimal():
    for x in random_floats(20_000):
        assert to_fraction(x) == Fraction(Decimal(repr(x))), x
        assert float(to_fraction(x)) == x + 0.0  # what parse now stores as Value.number


def test_to_fraction_refuses_what_it_refused():
    for bad in (True, "1", None, float("nan"), float("inf")):
        with pytest.raises((TypeError, ValueError)):
            to_fraction(bad)


def digit_tokens(n: int) -> list[str]:
    tokens = ["0", "007", "00,5", "0,0", "150.000", "1.234,5", "1.234.567,89", "1234,50", "100.000,000"]
    for _ in range(n):
        whole = str(RNG.randint(0, 10 ** RNG.randint(0, 15)))
        if RNG.random() < 0.5 and len(whole) > 3:  # grouped in threes
            head = len(whole) % 3 or 3
            whole = ".".join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])
        if RNG.random() < 0.5:
            whole += "," + str(RNG.randint(0, 10 ** RNG.randint(1, 8))).zfill(RNG.randint(1, 3))
        tokens.append(whole)
    return tokens


def test_plain_digits_parse_as_babel_parses_them():
    for token in digit_tokens(5_000):
        try:
            expected = parse_decimal(token, locale="id_ID", strict=True)
        except NumberFormatError:
            with pytest.raises(ValueError):
                _parse_digits(token, token)
            continue
        got = _parse_digits(token, token)
        assert got == expected and str(got) == str(expected), token


def test_babel_marks_for_id_id_are_the_ones_format_number_writes():
    from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

    assert (get_decimal_symbol("id_ID"), get_group_symbol("id_ID"), get_minus_sign_symbol("id_ID")) == (
        ",",
        ".",
        "-",
    )


def test_format_number_is_babels_format():
    values: list[object] = [
        *random_floats(3_000),
        Decimal("-1282684.405"),
        Fraction(1, 3),
        Fraction(-2, 3),
        0,
        -7,
    ]
    values += [Fraction(RNG.randint(-(10**12), 10**12), RNG.randint(1, 10**6)) for _ in range(2_000)]
    for value in values:
        if isinstance(value, float) and abs(value) > 1e30:
            continue
        decimals = RNG.randint(0, 6)
        exact = (
            WIDE.divide(Decimal(value.numerator), Decimal(value.denominator))
            if isinstance(value, Fraction)
            else Decimal(repr(value) if isinstance(value, float) else value)
        )
        rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP, context=WIDE)
        if rounded.is_zero():
            rounded = abs(rounded)
        with localcontext(WIDE):
            expected = format_decimal(
                rounded, format="#,##0" + ("." + "0" * decimals if decimals else ""), locale="id_ID"
            )
        assert format_number(value, decimals) == expected, (value, decimals)  # type: ignore[arg-type]


def random_fractions(n: int) -> list[Fraction]:
    near = [
        Fraction(b) + Fraction(k, 10**9) for b in (50, 51, 65, 66, 75, 76, 90, 91, 100) for k in (-1, 0, 1)
    ]
    return near + [Fraction(RNG.randint(-(10**9), 10**9), RNG.randint(1, 10**7)) for _ in range(n)]


def reference_kriteria(exact: Fraction, skala: str) -> str:
    inclusive, bounds = (
        (True, (91, 76, 66, 51)) if skala == c.SKALA_PERMENDAGRI else (False, (90, 75, 65, 50))
    )
    for name, bound in zip(c.KRITERIA, bounds):
        if exact > bound or (inclusive and exact == bound):
            return name
    return c.KRITERIA[-1]


def test_kriteria_in_integers_is_the_fraction_comparison():
    for value in random_fractions(5_000):
        for skala in (c.SKALA_PERMENPANRB, c.SKALA_PERMENDAGRI):
            assert kriteria(value, skala) == reference_kriteria(value, skala), value


def test_capaian_and_rounding_in_integers_are_the_fraction_arithmetic():
    values = random_fractions(3_000)
    for r, t in zip(values, reversed(values)):
        if t == 0:
            continue
        assert capaian_exact(r, t, c.POSITIF) == r / t * 100
        assert capaian_exact(r, t, c.NEGATIF) == (2 * t - r) / t * 100
        for decimals in (0, 2, 3):
            scale = 10**decimals
            magnitude = (abs(r) * scale + Fraction(1, 2)).__floor__()
            assert round_half_up(r, decimals) == Fraction(magnitude if r >= 0 else -magnitude, scale)
    with pytest.raises(ValueError, match="target nol"):
        capaian_exact(1, 0)


def test_exact_sum_and_realisasi_sd():
    for _ in range(2_000):
        quarters = [
            RNG.choice([None, *random_fractions(0)[:3], Fraction(RNG.randint(0, 999), RNG.randint(1, 99))])
            for _ in range(4)
        ]
        numbers = [q for q in quarters if q is not None]
        if not numbers:
            assert realisasi_sd(quarters, c.KUMULATIF) is None
            continue
        assert exact_sum(numbers) == sum(numbers)
        assert realisasi_sd(quarters, c.KUMULATIF) == sum(numbers)
        assert realisasi_sd(quarters, c.RATA_RATA) == sum(numbers) / len(numbers)
        assert realisasi_sd(quarters, c.NILAI_AKHIR) == numbers[-1]
    # Floats keep the plain sum (the worksheet functions pass them)
    assert realisasi_sd([0.1, 0.2, None], c.KUMULATIF) == 0.1 + 0.2


def test_float_of_a_fraction_from_its_integers_is_float():
    from lkj_xl.core.engine import _float
    from lkj_xl.core.formulas import finite

    huge = [
        Fraction(10**400, 3),
        Fraction(-(10**400), 7),
        Fraction(1, 10**400),
        Fraction(2**1100 - 1, 2**120),
    ]
    for value in [*random_fractions(5_000), Fraction(0), Fraction(-1, 3), *huge[2:]]:
        assert _float(value) == float(value) and finite(value) == float(value), value
        # engine._target decides zero and negative targets on the numerator's sign
        assert (value.numerator == 0, value.numerator < 0, value.numerator <= 0) == (
            value == 0,
            value < 0,
            value <= 0,
        )
    for value in huge[:2]:  # beyond a float: the same OverflowError, which finite turns into a galat
        with pytest.raises(OverflowError):
            float(value)
        with pytest.raises(OverflowError):
            _float(value)
        with pytest.raises(ValueError, match="di luar jangkauan"):
            finite(value)


def test_summary_groups_in_one_pass_as_the_filters_did():
    """Ringkasan's lists and counts (one pass, >= 100 in integers) against the filters they replaced."""
    from lkj_xl.core.summary import summary
    from tests.report_factory import indicator

    levels = [*c.TINGKAT, "Lain"]  # a level outside the contract is in no group, as before
    items = []
    for n in range(600):
        exact = RNG.choice(
            [None, *random_fractions(0), Fraction(RNG.randint(0, 30_000), RNG.randint(1, 200))]
        )
        item = indicator(f"I{n}", capaian=float(exact) if exact is not None else None)
        item.tingkat = RNG.choice(levels)
        item.capaian_exact = exact
        item.kriteria = kriteria(exact) if exact is not None else None
        item.galat = ["Kinerja!L7"] if exact is None and RNG.random() < 0.3 else []
        items.append(item)
    groups = {g.tingkat: g for g in summary(items, c.SKALA_PERMENPANRB, 2)}
    for tingkat in c.TINGKAT:
        chosen = [i for i in items if i.tingkat == tingkat]
        g = groups[tingkat]
        assert g.jumlah == len(chosen)
        assert g.tercapai == [i for i in chosen if i.capaian_exact is not None and i.capaian_exact >= 100]
        assert g.belum_tercapai == [
            i for i in chosen if i.capaian_exact is not None and i.capaian_exact < 100
        ]
        assert g.galat == [i for i in chosen if i.galat]
        assert g.belum_diketahui == [i for i in chosen if i.capaian_exact is None and not i.galat]
        assert g.per_kriteria == {k: sum(1 for i in chosen if i.kriteria == k) for k in c.KRITERIA}
        assert list(g.per_kriteria) == list(c.KRITERIA)
    assert set(groups) == set(c.TINGKAT)


def test_value_at_is_the_readers_value_with_its_findings():
    """cell_reader's value_at skips the cell reference for plain numbers and empty cells: every kind of
    cell must still give the Value and the findings that CellReader.value gives (with the reference)."""
    import datetime as dt

    from lkj_xl.core.cell_reader import CellReader, value_at
    from lkj_xl.core.grids import DataRow
    from lkj_xl.core.model import Cell

    cells = [
        Cell(),
        Cell(40.71),
        Cell(-0.0),
        Cell(7),
        Cell(2**60),
        Cell(float("nan")),
        Cell(float("inf")),
        Cell(0.4071, percent=True),
        Cell(None, formula="=A1"),
        Cell(None, error="#DIV/0!"),
        Cell("700 jt"),
        Cell("5.984,04 milyar"),
        Cell("Menunggu data BPS"),
        Cell("-"),
        Cell("12,3,4"),
        Cell(True),
        Cell(dt.datetime(2025, 3, 1)),
        Cell(""),
    ]
    for money in (False, True):
        for col, cell in enumerate(cells):
            row = DataRow(
                [Cell()] * col + [cell], {"Target": col, "Pagu": col}, {"Target": "L", "Pagu": "L"}, 7
            )
            fast: list = []
            slow: list = []
            got = value_at(CellReader("Kinerja", fast), row, "Target", "Target", satuan="orang", money=money)
            expected = CellReader("Kinerja", slow).value(cell, "L7", "Target", satuan="orang", money=money)
            assert (got, fast) == (expected, slow), cell
    absent = DataRow([], {"Target": 3}, {"Target": "D"}, 9)  # beyond the row's last cell
    assert value_at(CellReader("Kinerja", []), absent, "Target", "Target") == CellReader("Kinerja", []).value(
        None, "D9", "Target"
    )
