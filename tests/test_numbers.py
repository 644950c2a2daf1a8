"""Tests for lkj_xl.core.numbers: Indonesian number parsing and display.

"Seed" below is the real report /work/shared/seeds/000_237f033edcd5cb60.txt (LKj Triwulan II 2025,
Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Lumajang); line numbers refer to it.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_xl.core.numbers import (
    NumberParseError,
    ParsedNumber,
    format_number,
    looks_numeric,
    parse_number,
    to_fraction,
)

_SWAP = str.maketrans({",": ".", ".": ","})


def indonesian(x: float | Decimal, decimals: int) -> str:
    """Independent reference: Python's "1,234.50" with the separators swapped to "1.234,50"."""
    return f"{x:,.{decimals}f}".translate(_SWAP)


# --- accepted examples ---------------------------------------------------------------------------

ACCEPTED = [
    # (text, value, percent, scale_word, currency, unit)
    # Seed Tabel 2.2 line 358 (target Nilai PDRB sektor Industri).
    ("5.984,04 milyar", 5_984_040_000_000.0, False, "milyar", False, ""),
    # Seed Tabel 2.2 line 359 (target Nilai Investasi), the consistent spelling.
    ("1.282.684,40 juta", 1_282_684_400_000.0, False, "juta", False, ""),
    # Seed Tabel 2.3 line 380 / Tabel 2.4 line 423.
    ("40,71%", 40.71, True, None, False, ""),
    ("40,71 %", 40.71, True, None, False, ""),
    # Seed line 825 (Tabel 2.4 line 413 prints it split by the PDF: "1.491.388.500.00 0").
    ("Rp 1.491.388.500.000", 1_491_388_500_000.0, False, None, True, ""),
    # ",-" money style as in seed line 931 ("Rp 450.000.000,-"); "Rp." as in seed line 1087.
    ("Rp. 1.491.388.500.000,-", 1_491_388_500_000.0, False, None, True, ""),
    # Seed line 943: ",00" cents.
    ("Rp 8.604.645.491.050,00", 8_604_645_491_050.0, False, None, True, ""),
    # Seed line 598.
    ("Rp. 0,-", 0.0, False, None, True, ""),
    # Seed Tabel 2.4 line 458.
    ("2.047 unit", 2047.0, False, None, False, "unit"),
    # Seed Tabel 2.3 line 381.
    ("0,01%", 0.01, True, None, False, ""),
    # Seed Tabel 2.2 line 363.
    ("3,63", 3.63, False, None, False, ""),
    # Seed Tabel 3.2 line 544 ("29%").
    ("29", 29.0, False, None, False, ""),
    ("-10", -10.0, False, None, False, ""),
    ("(10)", -10.0, False, None, False, ""),  # accounting-style negative
    # Seed line 931.
    ("1.425.000", 1_425_000.0, False, None, False, ""),
    ("450.000.000", 450_000_000.0, False, None, False, ""),
    # Seed line 927 (Tabel 3.2 line 562 prints it split by the PDF).
    ("Rp 1.175.296.332.815,85", 1_175_296_332_815.85, False, None, True, ""),
    # Seed Tabel 2.3 line 385 / Tabel 3.4 line 953.
    ("12.076.486.014", 12_076_486_014.0, False, None, False, ""),
    # Seed Tabel 3.1 line 504 (realisasi Nilai Investasi); line 620 writes "193.900 Juta".
    ("193.900 juta", 193_900_000_000.0, False, "juta", False, ""),
    ("193.900 Juta", 193_900_000_000.0, False, "juta", False, ""),
    # Indonesian: one thousand two hundred thirty-four.
    ("1.234", 1234.0, False, None, False, ""),
    ("5 miliar", 5e9, False, "milyar", False, ""),
    ("5 MILYAR", 5e9, False, "milyar", False, ""),
    ("2 ribu", 2000.0, False, "ribu", False, ""),
    ("1,5 triliun", 1.5e12, False, "triliun", False, ""),
    ("Rp 5 M", 5e9, False, "milyar", True, ""),  # "M" after Rp is miliar (issue 8)
    ("10 juta rupiah", 1e7, False, "juta", False, "rupiah"),
    ("\u22123,5", -3.5, False, None, False, ""),  # unicode minus sign
    ("+7", 7.0, False, None, False, ""),
    ("-Rp 10", -10.0, False, None, True, ""),
    ("Rp -10", -10.0, False, None, True, ""),
    ("Rp (10)", -10.0, False, None, True, ""),
    ("(Rp 10)", -10.0, False, None, True, ""),
    ("(10)%", -10.0, True, None, False, ""),
    ("IDR 1.000", 1000.0, False, None, True, ""),
    ("Rp1.000", 1000.0, False, None, True, ""),
    ("rp 1.000", 1000.0, False, None, True, ""),
    ("Rp\u00a01.000", 1000.0, False, None, True, ""),  # non-breaking space after Rp
    ("  29  ", 29.0, False, None, False, ""),
    (",5", 0.5, False, None, False, ""),
    ("-0", 0.0, False, None, False, ""),
]


@pytest.mark.parametrize(("text", "value", "percent", "scale", "currency", "unit"), ACCEPTED)
def test_parse_accepts(text, value, percent, scale, currency, unit):
    got = parse_number(text)
    assert got == ParsedNumber(value=value, percent=percent, scale_word=scale, currency=currency, unit=unit)
    assert looks_numeric(text)


def test_scaled_value_is_exact_decimal_arithmetic():
    # 2,01 * 1e6 in float is 2009999.9999999998; in Decimal it is exact.
    assert 2.01 * 1e6 != 2_010_000.0
    assert parse_number("2,01 juta").value == 2_010_000.0
    assert parse_number("1,07 milyar").value == 1_070_000_000.0  # float: 1070000000.0000001
    assert parse_number("1.282.684,40 juta").value == 1_282_684_400_000.0
    # Seed Tabel 2.2 line 366.
    assert parse_number("4.045,54 milyar").value == 4_045_540_000_000.0


def test_negative_zero_is_plain_zero():
    assert math.copysign(1.0, parse_number("-0").value) == 1.0


# --- rejected examples ---------------------------------------------------------------------------

REJECTED = [
    # Seed Tabel 2.4 line 419 and Tabel 3.2 line 543: two decimal commas, never guessed.
    "1.282,684,40 juta",
    "1,2,3",
    "12..5",
    "1.2345",  # a group not of 3 digits
    "0.234",  # "." after a leading 0 is no thousands separator
    "",
    "   ",
    "abc",
    "5 %%",
    "5%%",
    "5% juta",
    "5 juta %",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "12abc3",
    "1e5",  # Babel would read an exponent
    "1_000",  # Babel would accept the underscore
    "\u0663",  # Arabic-Indic digit, which Babel would accept
    "\uff11\uff12",  # full-width digits
    "5,",
    "1.234,",
    "1.234.5",
    ".5",
    "1 234",  # space as a group separator
    # Seed Tabel 3.1 line 513: a number split by the PDF.
    "3.969 ,54",
    "5.984,0 4 milyar",  # Seed Tabel 3.1 line 503
    "(-10)",
    "--10",
    "-(10)",
    "(10",
    "- 10",
    "Rp",
    "Rp.",
    "Rp -",
    "-",
    "10 juta juta",
    "10 unit juta",
    "10abc",
    "Rp 27.805.047.633,-dengan",  # Seed line 947, glued to the next word
    "9" * 400,  # overflows a float
    "Menunggu data BPS",
    "direkap diakhir periode",
    "nihil",
]


@pytest.mark.parametrize("text", REJECTED)
def test_parse_rejects(text):
    with pytest.raises(NumberParseError):
        parse_number(text)


def test_ambiguous_message_says_why_in_indonesian():
    with pytest.raises(NumberParseError) as err:
        parse_number("1.282,684,40 juta")
    msg = str(err.value)
    assert "'1.282,684,40 juta'" in msg
    assert "ambigu" in msg
    assert "pemisah ribuan (.) dan desimal (,) tidak konsisten" in msg


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1.2345", "3 angka"),
        ("12abc3", "bukan angka"),
        ("", "kosong"),
        ("5 %%", "tanda persen (%) ganda; tulis 5%"),  # fix15: was "ada teks '%%'", no figure to type
        ("1.234,5.6", "tidak konsisten"),
        ("9" * 400, "terlalu besar"),
    ],
)
def test_rejection_messages(text, fragment):
    with pytest.raises(NumberParseError, match="angka") as err:
        parse_number(text)
    assert fragment in str(err.value)


def test_number_parse_error_is_value_error():
    assert issubclass(NumberParseError, ValueError)


def test_parse_rejects_non_str():
    with pytest.raises(TypeError):
        parse_number(12)  # type: ignore[arg-type]


# --- looks_numeric -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menunggu data BPS", False),  # Seed Tabel 3.1 line 503
        ("direkap diakhir periode", False),  # Seed Tabel 3.1 line 507
        ("-", False),  # Seed Tabel 3.1: no data
        ("nihil", False),
        ("", False),
        ("   ", False),
        ("Rp", False),
        ("Rp -", False),
        ("- 10", False),
        ("belum diketahui", False),
        ("(Satu)", False),
        ("M 5", False),
        ("1.282,684,40 juta", True),  # looks like a number, so it must be parsed (and rejected)
        ("Rp 1.491.388.500.000", True),
        ("Rp. 1.491.388.500.000,-", True),
        ("IDR 5", True),
        ("  29 ", True),
        ("-10", True),
        ("+10", True),
        ("\u221210", True),
        ("(10)", True),
        (",5", True),
        (".5", True),
        ("40,71%", True),
        ("12abc3", True),
    ],
)
def test_looks_numeric(text, expected):
    assert looks_numeric(text) is expected


# --- format_number -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1282684.4, 2, "1.282.684,40"),
        (-10.27, 0, "-10"),
        (0, 2, "0,00"),
        (1234, 0, "1.234"),
        (40.71, 2, "40,71"),
        (15.1166, 2, "15,12"),  # seed Tabel 3.1 line 504 shows capaian 15,12
        (2.675, 2, "2,68"),  # half away from zero on the written value, as Excel displays it
        (0.125, 2, "0,13"),
        (-2.5, 0, "-3"),
        (-0.001, 2, "0,00"),  # never "-0,00"
        (1_175_296_332_815.85, 2, "1.175.296.332.815,85"),
        (1e20, 0, "100.000.000.000.000.000.000"),
        (Decimal("1.5"), 3, "1,500"),
        (3.14159, 4, "3,1416"),
    ],
)
def test_format_number(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_format_number_default_two_decimals():
    assert format_number(3.5) == "3,50"


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_format_number_rejects_non_finite(bad):
    with pytest.raises(ValueError):
        format_number(bad)


def test_format_number_rejects_negative_decimals():
    with pytest.raises(ValueError):
        format_number(1.0, -1)


# --- properties ----------------------------------------------------------------------------------

places = st.integers(min_value=0, max_value=4)
# Decimals with up to 15 significant digits (what a float represents exactly in decimal form).
exact_decimals = st.builds(
    lambda n, d: (Decimal(n).scaleb(-d), d),
    st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1),
    places,
)
SCALES = [("ribu", 10**3), ("juta", 10**6), ("milyar", 10**9), ("miliar", 10**9), ("triliun", 10**12)]


@given(exact_decimals)
def test_roundtrip_decimal(pair):
    dec, d = pair
    text = indonesian(dec, d)
    got = parse_number(text)
    assert got.value == float(dec)
    assert not got.percent and not got.currency and got.scale_word is None and got.unit == ""


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False), places)
def test_roundtrip_float(x, d):
    text = indonesian(x, d)
    got = parse_number(text).value
    assert got == float(Decimal(f"{x:.{d}f}"))
    assert abs(got - x) <= 0.5 * 10**-d + 1e-9 * abs(x)


@given(exact_decimals, st.sampled_from(SCALES), st.sampled_from([str.lower, str.upper, str.title]))
def test_scale_words_compose(pair, scale, case):
    dec, d = pair
    word, factor = scale
    text = indonesian(dec, d)
    plain = parse_number(text)
    scaled = parse_number(f"{text} {case(word)}")
    assert scaled.scale_word == ("milyar" if word == "miliar" else word)
    assert math.isclose(scaled.value, plain.value * factor, rel_tol=1e-12, abs_tol=1e-9)
    # Exact: the scale is applied in Decimal before converting to float.
    assert scaled.value == float(dec * factor)


@given(exact_decimals, st.sampled_from(["%", " %"]))
def test_percent_composes(pair, suffix):
    dec, d = pair
    text = indonesian(dec, d)
    got = parse_number(text + suffix)
    assert got.percent
    assert got.value == parse_number(text).value  # not divided by 100


@given(exact_decimals, st.sampled_from(["Rp ", "Rp. ", "Rp", "IDR ", "rp."]))
def test_currency_composes(pair, prefix):
    dec, d = pair
    text = indonesian(abs(dec), d)
    got = parse_number(prefix + text)
    assert got.currency
    assert got.value == abs(float(dec))
    if d == 0:
        assert parse_number(prefix + text + ",-").value == abs(float(dec))


@given(exact_decimals)
def test_parentheses_negate(pair):
    dec, d = pair
    text = indonesian(abs(dec), d)
    assert parse_number(f"({text})").value == -abs(float(dec)) + 0.0


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99), places)
def test_second_decimal_comma_rejected(n, extra, d):
    text = indonesian(Decimal(n).scaleb(-max(d, 1)), max(d, 1)) + f",{extra}"
    with pytest.raises(NumberParseError):
        parse_number(text)


@given(st.integers(min_value=1, max_value=999), st.text(alphabet="0123456789", min_size=1, max_size=6))
def test_group_not_three_digits_rejected(head, group):
    text = f"{head}.{group}"
    if len(group) == 3:
        assert parse_number(text).value == float(int(f"{head}{group}"))
    else:
        with pytest.raises(NumberParseError):
            parse_number(text)


def _parse_or_error(text: str) -> ParsedNumber | None:
    try:
        return parse_number(text)
    except NumberParseError:
        return None


def _check_arbitrary(text: str) -> None:
    got = _parse_or_error(text)
    if got is not None:
        assert math.isfinite(got.value)
        assert looks_numeric(text)  # whatever parses also looks numeric


@given(st.text())
def test_arbitrary_text_only_raises_number_parse_error(text):
    _check_arbitrary(text)


@given(st.text(alphabet="0123456789.,-+\u2212%() RpIDjutamiliyrbM\u0663e_", max_size=20))
def test_number_like_text_only_raises_number_parse_error(text):
    _check_arbitrary(text)


@given(exact_decimals)
def test_format_number_matches_reference(pair):
    dec, d = pair
    assert format_number(float(dec), d) == indonesian(dec, d)
    assert format_number(dec, d) == indonesian(dec, d)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False), places)
def test_format_then_parse_roundtrip(x, d):
    shown = format_number(x, d)
    back = parse_number(shown).value
    if back == 0:
        assert not shown.startswith("-")  # never "-0,00"
    assert abs(back - x) <= 0.5 * 10**-d + 1e-9 * max(1.0, abs(x))


def test_to_fraction_of_a_numpy_float_is_its_decimal_value():
    # A figure taken back from a pandas frame is numpy's float64 (a float subclass), whose repr in numpy 2
    # is "np.float64(424950304.19)": the value meant is still the decimal 424.950.304,19 typed.
    import numpy as np

    assert to_fraction(np.float64(424950304.19)) == Fraction(42495030419, 100)
    assert to_fraction(np.float64(0.1)) + to_fraction(np.float64(0.2)) == Fraction(3, 10)
