"""Numbers written the Indonesian way: ``5.984,04 milyar``, ``40,71%``, ``Rp 1.491.388.500.000,-``.

"." groups thousands and "," is the decimal mark. The digits themselves are parsed by Babel's locale
parser (``parse_decimal(..., locale="id_ID", strict=True)``); this module only peels off what surrounds
them (currency prefix, sign, accounting parentheses, percent sign, scale word, unit words) with plain
string handling. Anything ambiguous is rejected with a :class:`NumberParseError` whose message, in
Bahasa Indonesia, says what is wrong: a number is never guessed.

The words after the digits are read in :mod:`lkj_xl.core.number_words`; a number is shown, and its
exact value taken, in :mod:`lkj_xl.core.number_format`.

Pure: standard library and Babel only (dates: lkj_xl.core.dates).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal

from lkj_xl.core import harga_per
from lkj_xl.core.angka_ketik import rupiah_dash, spaced_thousands
from lkj_xl.core.batas_angka import beyond_figures
from lkj_xl.core.durasi import duration_hint, same_time_unit, spaced_product
from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.number_error import number_error as _error
from lkj_xl.core.number_format import EXACT_CONTEXT, PLAIN_DIGITS, format_number, to_fraction, whole_or_two
from lkj_xl.core.number_words import (
    is_money_unit,
    is_percent_unit,
    read_words,
    same_unit,
    satuan_key,
    satuan_scale,
    scale_factor,
    scaled_satuan,
    split_glued_word,
)
from lkj_xl.core.per_mil import is_per_mil
from lkj_xl.core.rasio_ketik import SHARE_TYPED, might_be_ratio, ratio_hint, share_hint_of
from lkj_xl.core.satuan_level import satuan_after

# format_number, to_fraction and the last four live in number_format / number_words; many modules and
# tests import them from here (kalimat, findings, last_year, predikat).
__all__ = [
    "NumberParseError",
    "ParsedNumber",
    "format_number",
    "looks_numeric",
    "parse_number",
    "to_fraction",
    "is_percent_unit",
    "scale_factor",
    "scaled_satuan",
    "whole_or_two",
]

_LOCALE = "id_ID"

_PERCENT_WORDS = frozenset({"persen", "prosen", "pct"})  # ("prosen": a Satuan spelling too)

# Currency prefixes, longest first so "Rp." wins over "Rp".
_CURRENCY_PREFIXES = ("rp.", "rp", "idr")
_SIGNS = {"+": 1, "-": -1, "\u2212": -1}  # plus, hyphen-minus, unicode minus sign
_ASCII_DIGITS = frozenset("0123456789")
_NUMBER_CHARS = _ASCII_DIGITS | {".", ","}


@dataclass(frozen=True)
class ParsedNumber:
    value: float  # scale word applied; a percent is NOT divided by 100 ("40,71%" -> 40.71)
    percent: bool  # written with %
    scale_word: str | None  # "ribu", "juta", "milyar" (also for "miliar", "M"), "triliun", or None
    currency: bool  # written with Rp / Rp. / IDR
    unit: str  # trailing unit words ("unit" in "2.047 unit"), "" if none
    # The exact decimal value as written, scale applied (the float above is its nearest double).
    exact: Decimal | None = field(default=None, compare=False)
    # The scale word as typed ("juta", "M") when it was read in the units of a Satuan naming a scale
    # ("15,5 juta" under "Juta Rupiah" is 15,5): the cell's peringatan says so. "" otherwise.
    in_satuan: str = field(default="", compare=False)


# --- peeling the surroundings ------------------------------------------------------------------


def _strip_currency(s: str) -> tuple[str, bool]:
    folded = s.casefold()
    for prefix in _CURRENCY_PREFIXES:
        if folded.startswith(prefix):
            return s[len(prefix) :].lstrip(), True
    return s, False


def _strip_sign(s: str) -> tuple[str, int | None]:
    if s and s[0] in _SIGNS:
        return s[1:], _SIGNS[s[0]]
    return s, None


def _starts_like_number(s: str) -> bool:
    """A digit first, or "," / "." and then a digit (",5")."""
    return bool(s) and (s[0] in _ASCII_DIGITS or (s[0] in ",." and s[1:2] in _ASCII_DIGITS and len(s) > 1))


#: Typed before a number so that Excel keeps it as text ('), kept in the cell by a CSV paste or a
#: Text-formatted cell; ‘ and ’ are that apostrophe as Word autocorrects it, pasted from a document.
#: A figure after one of them is read as the figure (Kinerja, Anggaran); a Kode's hint names it.
TEXT_MARKS = "'\u2018\u2019"


def looks_numeric(text: str) -> bool:
    """True when ``text`` begins like a number (so it is meant as one, and must parse).

    After surrounding spaces: an optional opening parenthesis (accounting negative), an optional
    currency prefix ("Rp", "Rp.", "IDR"), an optional sign (+, -, unicode minus; before or after the
    currency), an optional parenthesis, then a digit, or "," / "." followed by a digit.
    "Menunggu data BPS", "direkap diakhir periode" and "-" do not look numeric.
    """
    if not isinstance(text, str):
        return False
    s = text.strip()
    if s.startswith("("):
        s = s[1:].lstrip()
    s, sign = _strip_sign(s)
    s, _currency = _strip_currency(s)
    if sign is None:
        s, sign = _strip_sign(s)
    if sign is None and s.startswith("("):
        s = s[1:]
    return _starts_like_number(s)


def _explain_bad_digits(text: str, token: str) -> NumberParseError:
    """Say in Bahasa Indonesia why Babel rejected ``token`` (digits, "." and "," only)."""
    if token.count(",") > 1:
        said = "ambigu: pemisah ribuan (.) dan desimal (,) tidak konsisten (lebih dari satu koma)"
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):  # "48,300,000,000": only the English reading
            said += f"; bila koma itu pemisah ribuan cara Inggris, tulis {token.replace(',', '.')}"
        return _error(text, said)
    if "," in token and "." in token.split(",", 1)[1]:
        return _error(text, "ambigu: pemisah ribuan (.) dan desimal (,) tidak konsisten")
    if ".." in token or token.startswith(".") or token.endswith("."):
        return _error(text, "tidak valid: titik pemisah ribuan (.) salah tempat")
    groups = token.split(",", 1)[0].split(".")
    if len(groups) > 1 and groups[0].startswith("0"):
        return _error(
            text, "ambigu: titik (.) setelah angka 0 bukan pemisah ribuan; desimal ditulis dengan koma (,)"
        )
    if len(groups) > 1 and any(len(g) != 3 for g in groups[1:]):
        return _error(
            text,
            "ambigu: setiap kelompok ribuan setelah titik (.) harus 3 angka; "
            "desimal ditulis dengan koma (mis. 1.234,5)",
        )
    return _error(text, "tidak valid")


def _parse_digits(text: str, token: str) -> Decimal:
    if PLAIN_DIGITS.fullmatch(token):
        return Decimal(token.replace(".", "").replace(",", "."))
    if not token:
        raise _error(text, "tidak berisi angka")
    bad = sorted({c for c in token if c not in _NUMBER_CHARS})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        raise _error(text, f"tidak valid: ada karakter bukan angka ({shown})")
    if token.endswith(","):
        raise _error(text, "tidak valid: koma desimal (,) tanpa angka di belakangnya")
    try:
        number = parse_decimal(token, locale=_LOCALE, strict=True)
    except NumberFormatError:
        raise _explain_bad_digits(text, token) from None
    if not number.is_finite():  # defensive: the character check already rules NaN/Infinity out
        raise _error(text, "bukan bilangan berhingga")
    return number


def parse_number(
    text: str, *, satuan: str | None = None, money: bool = False, indikator: str = ""
) -> ParsedNumber:
    """Read an Indonesian-formatted number; raise :class:`NumberParseError` rather than guess.

    Accepted: ``5.984,04 milyar``, ``700 jt``, ``Rp 2,5 M``, ``40,71%``, ``40,71 %``,
    ``Rp. 1.491.388.500.000,-`` (or ``.-``), ``2.047 unit``, ``-10``, ``(10)`` (accounting negative), ``1.234``
    (= 1234). The scale word is applied to the value; a percent is not divided by 100.

    Words after the number are never ignored. Scale words: ``rb``/``ribu``, ``jt``/``juta``,
    ``miliar``/``milyar``, ``triliun`` (any case, with or without a dot), and ``M``/``T`` for
    miliar/triliun where the amount is money. What else may follow depends on the cell:

    - ``money`` (the Anggaran sheet, a budget parameter): only ``rupiah``;
    - ``satuan`` given (a Kinerja value): only the indicator's Satuan ("2.047 unit" for Satuan Unit);
      words that spell the whole Satuan are the unit even when one is a scale word ("523 juta rupiah"
      for Satuan "Juta Rupiah"), and ``M``/``T`` are a scale only when the Satuan is rupiah;
    - neither: any unit words, except ``M``/``T`` (miliar or meter/ton?) and a misspelt scale word.

    ``indikator``: the Kinerja row's, which may say it is a ratio ("1;20" of a "Rasio guru terhadap
    murid" whose Satuan is "-"; :func:`lkj_xl.core.rasio_ketik.ratio_row`).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() expects str, got {type(text).__name__}")
    if satuan and not money and (price := harga_per.read(text, satuan, _parse_number)) is not None:
        return price  # "12,8 rb/kg" under Rp/kg: 12.800
    try:
        return _parse_number(text, satuan=satuan, money=money, indikator=indikator)
    except NumberParseError:
        from lkj_xl.core.number_notes import typing_slip  # (lazy: number_notes reads this module)

        if hint := typing_slip(text, satuan, money):
            raise _error(text, hint) from None
        raise


# "3x", "4 x", "2×": the times written with an x after the count, one figure and nothing after it (a
# product, "2 x 3", has a second factor and is never read so).
_TIMES = re.compile(r"([0-9][0-9.,]*)\s*[xX×]")
_NON_WORD = re.compile(r"[^\w]+")


def _times_as_word(s: str, satuan: str) -> str:
    """``s`` with the x after its figure written "kali" where the Satuan counts times ("Kali", "X",
    "kali/tahun"): "3x" is read as "3 kali" is (3 under "Kali" or "X"; under "kali/tahun" the same galat),
    as a careful reader of the report reads it; ``s`` itself for any other text or Satuan."""
    if (found := _TIMES.fullmatch(s)) is None:
        return s
    words = _NON_WORD.split(satuan.casefold().strip())
    return f"{found[1]} kali" if "kali" in words or words == ["x"] else s


def _parse_number(text: str, *, satuan: str | None, money: bool, indikator: str) -> ParsedNumber:
    """:func:`parse_number` of a str."""
    s = satuan_after(text, satuan).strip()  # "USD 2,5 juta" of US$: "2,5 juta US$"; "Level 3": "3 Level"
    if not s:
        raise NumberParseError("angka kosong")
    if satuan and not money:
        s = _times_as_word(s, satuan)  # "3x" of Satuan "Kali": "3 kali"
    s, negative, currency = _peel_sign_and_currency(text, s)
    if not _starts_like_number(s):
        raise _error(text, "tidak diawali angka")
    if satuan and (share := SHARE_TYPED.fullmatch(s)) and (hint := share_hint_of(share, satuan)):
        raise _error(text, hint)  # "10 dari 12 desa": a share, not one number
    if satuan is not None and might_be_ratio(s) and (ratio := ratio_hint(s, satuan, indikator)):
        raise _error(text, f"tidak valid: {ratio}")  # "1:20" of a Rasio guru-murid (or of no Satuan yet)

    rupiah = money or currency or bool(satuan and is_money_unit(satuan))
    tokens = (spaced_product(s) if satuan and not money else rupiah_dash(s) if rupiah else s).split()
    # an amount of rupiah: its dash (no sen) may follow a scale word, glued or spaced ("750jt,-", ", -")
    if rupiah and len(tokens) > 1 and tokens[-1] in (",-", ".-"):
        tokens = tokens[:-1]  # "Rp 750 jt ,-", "Rp 750.000.000 ,-"
    if rupiah and tokens[0].endswith((",-", ".-")) and isinstance(split_glued_word(tokens[0][:-2]), tuple):
        tokens = [tokens[0][:-2], *tokens[1:]]  # "750jt,-": as "750jt"
    token, rest = split_glued_word(tokens[0]), tokens[1:]
    if isinstance(token, tuple):  # "700jt", "2,5M": the scale word glued to the digits
        token, glued = token
        rest = [glued, *rest]

    elif satuan and not money and token[-1:] not in _ASCII_DIGITS:
        token, rest = _glued_satuan(text, token, rest, satuan)
    if rest and rest[0][:1] in _ASCII_DIGITS:
        spaced_thousands(text, token, rest)
    token, rest, percent = _percent(text, token, rest, satuan)
    if not percent and token.endswith((",-", ".-")):
        token = token[:-2]  # "Rp 1.000,-", "Rp 1.000.-": Indonesian money written without cents
    elif not percent and rupiah and rest and len(rest[-1]) > 2 and rest[-1].endswith((",-", ".-")):
        rest = [*rest[:-1], rest[-1][:-2]]  # "Rp. 750 jt,-": the same after the scale word
    if ":" in s and satuan and (why := duration_hint(text, satuan)):
        raise _error(text, why)  # "01:30" for Satuan "jam"; "1 : 30" for "Tahun", spaced
    number = _parse_digits(text, token)

    scale_word, factor, unit = read_words(text, rest, satuan=satuan, money=money or currency)

    # A scale word under a Satuan that counts in one ("500 jt" under "Milyar Rupiah"): the amount in
    # the Satuan's units (0,5), never a figure 10**6 times what was meant; an Anggaran amount has none.
    own = satuan_scale(satuan) if scale_word and satuan and not money else None
    in_satuan = rest[0] if own else ""  # (glued, "15,5jt": rest is the scale word alone)
    try:
        exact = EXACT_CONTEXT.multiply(number, Decimal(factor))
        if own:
            exact, scale_word = EXACT_CONTEXT.divide(exact, Decimal(own)), None
        if negative:
            exact = EXACT_CONTEXT.minus(exact)
        if exact.is_zero():
            exact = abs(exact)
        value = float(exact) + 0.0  # + 0.0 turns -0.0 into 0.0
    except (ArithmeticError, ValueError, OverflowError):
        raise _error(text, "tidak valid: di luar jangkauan") from None
    if not math.isfinite(value) or beyond_figures(exact):  # (batas_angka: a sum of two is no float)
        raise _error(text, "terlalu besar")
    return ParsedNumber(
        value=value,
        percent=percent,
        scale_word=scale_word,
        currency=currency,
        unit=unit,
        exact=exact,
        in_satuan=in_satuan,
    )


def _percent(text: str, token: str, rest: list[str], satuan: str | None) -> tuple[str, list[str], bool]:
    """(the digits, the words after them, a percentage) once a percent sign or word after the digits is
    read ("40,71%", "40,71 %", "40 persen", the whole Satuan "40,71 Persen (%)"); nothing may follow it."""
    percent = False
    if satuan and rest and is_percent_unit(satuan) and satuan_key(rest) == satuan_key(satuan):
        rest, percent = [], True  # the whole Satuan typed after the number: "40,71 Persen (%)"
    elif token.endswith("%"):
        token = token[:-1]
        percent = True
    elif rest and (rest[0] == "%" or rest[0].casefold() in _PERCENT_WORDS):
        rest = rest[1:]
        percent = True
    if percent and (token.endswith("%") or "%" in "".join(rest)):
        raise _error(text, "tidak valid: tanda persen (%) ganda")
    if percent and rest:
        raise _error(text, f"tidak valid: ada teks '{' '.join(rest)}' setelah tanda persen (%)")
    return token, rest, percent


def _peel_sign_and_currency(text: str, s: str) -> tuple[str, bool, bool]:
    """(the rest, negative, written with a currency) after a sign, "Rp"/"IDR" and accounting
    parentheses: "(10)", "(Rp 10)", "Rp (10)", "(10)%", "-Rp 10", "Rp -10"."""
    negative = False
    # Accounting negative wrapping everything: "(10)", "(Rp 10)", "(10 juta)".
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
        negative = True
    s, sign = _strip_sign(s)
    s, currency = _strip_currency(s)
    if sign is None:
        s, sign = _strip_sign(s)
    if sign is not None and negative:
        raise _error(text, "tidak valid: tanda (+/-) di dalam kurung")
    if s.startswith("("):
        # Accounting negative around the number only: "Rp (10)", "(10)%", "(10) juta".
        if negative or sign is not None:
            raise _error(text, "tidak valid: tanda minus ganda")
        close = s.find(")")
        if close < 0:
            raise _error(text, "tidak valid: kurung tidak ditutup")
        s = s[1:close].strip() + " " + s[close + 1 :]
        negative = True
    return s, negative or sign == -1, currency


def _glued_satuan(text: str, token: str, rest: list[str], satuan: str) -> tuple[str, list[str]]:
    """ "8,2‰", "1,5jam" for Satuan "‰", "jam": the Satuan glued to the digits, read as when spaced;
    a time unit of another Satuan ("90mnt") raises with the figure to type. Else unchanged."""
    unit = satuan.strip()
    if (word := re.search(r"[^\W\d_]+$", token)) and (
        same_unit(word[0], unit)  # ("12,5km" under "Km jalan", "12pkm" under "Puskesmas")
        or (is_per_mil(word[0]) and is_per_mil(unit))
        or same_time_unit(word[0], unit)  # "9,2th" under Satuan "Tahun"
    ):
        unit = word[0]  # "8,7thn" for Satuan "Tahun": its abbreviation glued ("24,5permil" for "‰")
    elif token.endswith("‰"):
        unit = "‰"  # "24,5‰": the sign is a unit (read for Satuan "per mil", refused under "%")
    elif token.casefold().endswith("o/oo"):
        unit = token[-4:]  # "24,5o/oo": the sign as a typewriter spells it, as "‰"
    head = token[: len(token) - len(unit)]
    glued = unit and unit != "%" and " " not in unit and token.casefold().endswith(unit.casefold())
    if glued and head[-1:] in _ASCII_DIGITS:
        return head, [unit, *rest]
    if why := duration_hint(text, satuan):
        raise _error(text, why)
    return token, rest
