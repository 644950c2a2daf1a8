"""Numbers shown the Indonesian way ("1.282.684,40", "193.900 juta") and a number's exact value as the
user wrote it (:func:`to_fraction`: a float at its shortest decimal form). Pure: standard library only.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP as _ROUND_HALF_UP
from decimal import Context, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from lkj_xl.core.number_words import scale_factor

#: Enough precision for any float's full decimal expansion (about 310 digits) plus decimals: the
#: context every exact product or quotient of a number is taken in (numbers.parse_number too).
EXACT_CONTEXT = Context(prec=1000)


# The forms Babel's strict id_ID parser accepts that staff write most ("150.000", "40,71",
# "1.234.567,89", "2025"), read without it (a Babel call costs ~0.1 ms): the same Decimal, since Babel
# too only drops the group marks and turns the decimal comma into a point (tests/test_read_fast.py).
# Thousands set apart with spaces: "1 250 000", "1 250,5".
PLAIN_DIGITS = re.compile(r"[0-9]+(?:,[0-9]+)?|[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?")


def plain_fraction(token: str) -> Fraction | None:
    """``token`` in plain Indonesian digits ("1.000", "18,5") as a Fraction; None for any other."""
    if not PLAIN_DIGITS.fullmatch(token):
        return None
    return Fraction(Decimal(token.replace(".", "").replace(",", ".")))


def whole_or_two(exact: Fraction) -> str:
    """A figure in a message as staff type it: a whole number without decimals (100, not 100,00),
    any other with two (0,81)."""
    return format_number(exact, 0 if exact.denominator == 1 else 2)


def own_decimals(exact: Fraction) -> int | None:
    """The decimals a figure was typed with, as Excel's General shows its cell (:func:`shown_digits`:
    a formula's 90.00000000000001 is 90): 30 -> 0, 3,5 -> 1, 0,135 -> 3. None for a figure nobody
    typed: one using all 15 digits Excel keeps (=1/3, 0,333333333333333: no PK was signed so) or more
    than 10 decimals; the caller then shows it as its table's rule does."""
    if exact.denominator == 1:
        return 0
    shown = shown_digits(exact).normalize()
    digits, exponent = shown.as_tuple().digits, int(shown.as_tuple().exponent)
    return None if len(digits) >= 15 or -exponent > 10 else max(-exponent, 0)


#: The 16 significant digits a figure is first rounded to, then the 15 a cell shows (half away from zero).
_SIXTEEN, _FIFTEEN = Context(prec=16), Context(prec=15, rounding=_ROUND_HALF_UP)


def shown_digits(exact: Fraction) -> Decimal:
    """A figure at the 15 significant digits a cell shows, as LibreOffice saves a cell's value (measured:
    5.424 values saved with 16 or 17 digits, every one alike): rounded to 16 digits, then the 16th half
    away from zero (Python's "%.15g" differed in 1.249 of them).
    90.00000000000001 is 90, 0.30850311850311846 is 0,308503118503119 (0,308503118503118|5),
    7.300000000000005 is 7,30000000000001. A float cell's figure is rounded to 16 digits on its binary
    value, as LibreOffice does (its shortest form may end in a 5 the binary value lies off)."""
    try:
        number = float(exact)
    except OverflowError:  # (no cell's: beyond a float)
        number = math.nan
    if math.isfinite(number) and to_fraction(number) == exact:
        return _FIFTEEN.plus(Decimal(f"{number:.16g}"))
    exact_decimal = EXACT_CONTEXT.divide(Decimal(exact.numerator), Decimal(exact.denominator))
    return _FIFTEEN.plus(_SIXTEEN.plus(exact_decimal))


def to_fraction(value: object) -> Fraction:
    """The exact value of a number as the user wrote it: a float at its shortest decimal form.

    ``0.1 + 0.2`` typed as two cells is 3/10, not 0.30000000000000004; Decimal and int are exact.
    """
    kind = type(value)  # the usual kinds first, without isinstance chains (a workbook has 100,000)
    # (typing.cast is a Python call returning its argument: an Any name for the three, no call)
    same: Any = value
    if kind is Fraction:
        return same
    if kind is float:
        return _float_fraction(same)
    if kind is int:
        return Fraction(same)
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise TypeError(f"to_fraction() expects a number, got {type(value).__name__}")
    if isinstance(value, float):  # a subclass (numpy's float64, from a DataFrame): its repr is not plain
        return _float_fraction(float(value))
    return Fraction(value)


def noisy(number: float) -> bool:
    """A number saved with more than the 15 significant digits Excel keeps of what is typed and shows
    (90.00000000000001, 7.300000000000001): a formula's float noise. The zeros ending a whole
    number are no digits of it: 123456789012345.0 (15 digits) and 1e15 are not noisy."""
    return len(repr(abs(number)).partition("e")[0].replace(".", "").strip("0")) > 15


def excel_shown(number: float) -> Fraction:
    """The exact value of a number cell at the 15 significant digits Excel shows and LibreOffice saves
    it with (:func:`shown_digits`): a formula's 7.300000000000001 is 7,3 (a copy resaved in LibreOffice
    holds 7.3). A number of 15 digits or fewer, every one typed, is its :func:`to_fraction`."""
    exact = to_fraction(number)
    return Fraction(shown_digits(exact)) if noisy(number) else exact


def _float_fraction(value: float) -> Fraction:
    """``Fraction(Decimal(repr(value)))`` in integer arithmetic: the digits of the shortest repr
    ("40.71", "1e-07", "1.2345678901234568e+17") over the power of ten its exponent says."""
    text = repr(value)
    mantissa, _, exponent = text.partition("e")
    whole, _, decimals = mantissa.partition(".")
    try:
        digits = int(whole + decimals)  # "-0" + "5" is -5: the sign stays
    except ValueError:  # "inf", "nan"
        raise ValueError(f"bukan bilangan berhingga: {value!r}") from None
    power = (int(exponent) if exponent else 0) - len(decimals)
    if power >= 0:
        return Fraction(digits * 10**power)
    return Fraction(digits, 10**-power)


def format_scaled(value: float, word: str) -> str:
    """A number shown in a scale word's units, the way the report writes it: "193.900 juta"."""
    scaled = value / scale_factor(word)
    return f"{format_number(scaled, 0 if float(scaled).is_integer() else 2)} {word}"


def format_number(value: float | Decimal | Fraction, decimals: int = 2) -> str:
    """Display ``value`` the Indonesian way with exactly ``decimals`` decimals: 1282684.4 -> "1.282.684,40".

    Rounds half away from zero on the number's shortest decimal form (as Excel displays it: 2.675 ->
    "2,68"), then formats as Babel's id_ID pattern ``#,##0.00`` does. Never shows "-0".
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, Fraction)):
        raise TypeError(f"format_number() expects a number, got {type(value).__name__}")
    if not isinstance(decimals, int) or isinstance(decimals, bool) or decimals < 0:
        raise ValueError(f"decimals harus bilangan bulat >= 0, bukan {decimals!r}")
    if isinstance(value, Fraction):
        exact = EXACT_CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))
    else:
        exact = (
            value
            if isinstance(value, Decimal)
            else Decimal(repr(value) if isinstance(value, float) else value)
        )
    if not exact.is_finite():
        raise ValueError(f"tidak dapat menampilkan {value!r}: bukan bilangan berhingga")
    try:
        rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=_ROUND_HALF_UP, context=EXACT_CONTEXT)
    except InvalidOperation:
        raise ValueError(f"tidak dapat menampilkan {value!r} dengan {decimals} desimal") from None
    if rounded.is_zero():
        rounded = abs(rounded)
    # Babel's "#,##0.00" for id_ID on a value already rounded is Python's own grouping with the marks
    # swapped (id_ID: "," decimal, "." group, "-" minus; tests/test_fast_paths.py holds Babel to it),
    # some 30x faster and without loading Babel's locale data.
    return f"{rounded:,.{decimals}f}".translate(_SWAP_MARKS)


_SWAP_MARKS = str.maketrans(",.", ".,")
