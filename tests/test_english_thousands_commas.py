"""An amount typed with commas as thousands separators ("48,300,000,000", as SIPD's English export or
a PC set to English writes it): a galat (never guessed), which said only "pemisah ribuan (.) dan desimal
(,) tidak konsisten (lebih dari satu koma)", naming no figure. With every group after a comma of three
digits there is no Indonesian reading at all; the galat names the figure with thousands points."""

from __future__ import annotations

import pytest

from lkj_xl.core.numbers import NumberParseError, parse_number


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("48,300,000,000", "48.300.000.000"),
        ("1,234,567", "1.234.567"),
        ("Rp 125,750,000,000", "125.750.000.000"),
    ],
)
def test_english_thousands_commas_name_the_figure_to_type(typed, figure):
    with pytest.raises(NumberParseError) as caught:
        parse_number(typed, money=True)
    said = str(caught.value)
    assert "ambigu" in said and f"tulis {figure}" in said, said


def test_the_figure_named_reads_as_the_amount():
    # 48.300.000.000 = 48,3 x 10^9
    assert parse_number("48.300.000.000", money=True).value == 48_300_000_000


def test_commas_not_in_thousands_groups_name_no_figure():
    # "1,282,684,40" (the seed's kind of slip): groups of two digits, no reading: no figure offered
    with pytest.raises(NumberParseError) as caught:
        parse_number("1,282,684,40", money=True)
    assert "tulis" not in str(caught.value)
