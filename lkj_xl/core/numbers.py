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
from fractions import Fraction

from babel.numbers import NumberFormatError, parse_decimal

from lkj_xl.core import harga_per
from lkj_xl.core.angka_ketik import rupiah_dash, spaced_thousands
from lkj_xl.core.dolar import satuan_last
from lkj_xl.core.durasi import duration_hint, is_time_unit, same_time_unit, spaced_product
from lkj_xl.core.nama_periode import HALF_WORD, QUARTER_WORD
from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.number_error import number_error as _error
from lkj_xl.core.number_format import EXACT_CONTEXT, format_number, to_fraction, whole_or_two
from lkj_xl.core.number_words import (
    is_level_unit,
    is_money_unit,
    is_per_mil,
    is_percent_unit,
    read_words,
    same_unit,
    satuan_key,
    satuan_scale,
    scale_factor,
    scaled_satuan,
    split_glued_word,
)
from lkj_xl.core.polaritas_teks import PILIH_NEGATIF
from lkj_xl.core.rasio_teks import POLARITAS_ADVICE, count_ratio_hint, percent_ratio_hint
from lkj_xl.core.skala_skor import score_of_scale

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


# A ratio written as one ("1:20", "1 : 32"): the pupils per teacher of a Rasio guru-murid; also pupils
# first ("20:1", "18,5 : 1", as a Renstra table may print murid : guru).
_RATIO = re.compile(r"1\s*:\s*([0-9][0-9.,]*)|([0-9][0-9.,]*)\s*:\s*1")
# The same written with a slash ("1/20") where the Satuan names a ratio (of a percentage it is a share).
_RATIO_SLASH = re.compile(r"1\s*/\s*([0-9][0-9.,]*)()")
# The same typed with a slip where the Satuan names a ratio: a letter l or I for the 1 ("l:20"), a
# semicolon ("1;20"), the word ("1 banding 20"), a word after it ("1 : 20 murid").
_ONE = r"[1lI]"
_SIGN = r"(?::|;|\s(?i:banding)\s)"
_WORD = r"(?:\s+[^\W\d_]+)?"
_RATIO_SLIP = re.compile(
    rf"{_ONE}\s*{_SIGN}\s*([0-9][0-9.,]*){_WORD}|([0-9][0-9.,]*)\s*{_SIGN}\s*{_ONE}{_WORD}"
)
# A Satuan or an Indikator naming a ratio ("Rasio", "perbandingan"): a slash is a ratio there only
# ("1/2" of "jam per hari" is half an hour, of "kg/kapita" half a kilogram).
_RATIO_NAMED = re.compile(r"\b(?:rasio|ratio|perbandingan)\b", re.IGNORECASE)
# A Satuan that already names what is compared ("murid per guru", "siswa/guru", "rasio murid-guru").
_COMPARISON_SATUAN = re.compile(r"[^\W\d_]+\s*(?:/|-|:|\bper\b|\bterhadap\b)\s*[^\W\d_]+", re.IGNORECASE)
# Two things a Satuan compares as a ratio row's ("murid per guru", "orang/dokter", "guru : murid"); no
# hyphen ("e-KTP", "dokumen e-kinerja" compare nothing; "rasio murid-guru" names "rasio").
_COMPARED = re.compile(r"([^\W\d_]+)\s*(?:/|:|\bper\b|\bterhadap\b)\s*([^\W\d_]+)", re.IGNORECASE)
# A unit of measure or money on either side: a quantity per unit ("kg/kapita", "Rp/kg", "ton/ha",
# "kWh/kapita", "Rp per kapita", "jiwa/km2"), no two groups compared: "1;5" there is 1,5 typed with a
# slip, and "tulis 5" would be a wrong figure.
_MEASURE = re.compile(
    r"rp|rupiah|idr|usd|dolar|kg|kilogram|gr|gram|mg|ton|kwintal|kuintal|ku|ha|hektar|hektare|are|km|"
    r"kilometer|m|meter|cm|mm|liter|ltr|l|ml|kwh|kw|mw|mwh|watt|kkal|kalori|kilokalori|m2|m3|km2",
    re.IGNORECASE,
)
# A rate per a number of people ("nakes per 1.000 penduduk", "dokter/100.000 penduduk"): a ratio typed
# there ("1:500") is 1.000 / 500 = 2 of the Satuan, never the 500 typed.
_PER_BASE = re.compile(
    r"(?:\bper\s*|/\s*)([1-9][0-9]{0,2}(?:\.[0-9]{3})+|10+)(?![0-9.,])(\s+[^\W\d_]+)?", re.IGNORECASE
)
# A Satuan of times ("kali", "x"): a Rasio lancar of 1,5 kali typed "1;5" is no 5.
_TIMES = re.compile(r"^\s*(?:kali|x)\s*$", re.IGNORECASE)
# A comparison per period is a rate, no ratio ("orang/hari", "kunjungan per tahun").
_PERIOD = re.compile(
    rf"\b(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|{QUARTER_WORD}|{HALF_WORD})\b", re.IGNORECASE
)
# A Satuan of clock time ("pukul", "WIB") or hours ("jam per hari"): "1:30" is half past one, or 1 jam
# 30 menit, never a ratio whose figure is 30.
_CLOCK_SATUAN = re.compile(r"\b(?:pukul|jam|menit|detik|wib|wita|wit)\b", re.IGNORECASE)
# A decimal point the English way ("18.6", a mean ratio): a dot before other than a group of three.
_ENGLISH_DECIMAL = re.compile(r"[0-9]+\.(?![0-9]{3}(?![0-9]))[0-9]+")


def _clock_satuan(satuan: str) -> bool:
    """A Satuan of clock time or hours that names no ratio ("pukul", "jam per hari"; not "rasio jam
    mengajar per guru", whose "1:24" is a ratio)."""
    return _CLOCK_SATUAN.search(satuan) is not None and _RATIO_NAMED.search(satuan) is None


def ratio_row(satuan: str, indikator: str = "") -> bool:
    """Whether the row of ``satuan`` and ``indikator`` is evidently a ratio: its Satuan names one
    ("Rasio", "perbandingan") or what is compared ("murid per guru", "guru : murid", "orang/dokter"; a
    rate per period, "orang/hari", is none), or its Indikator names one ("Rasio guru terhadap murid"
    of a Satuan "-" or "murid"). Never of a Satuan of time ("pukul", "jam per hari", "Tahun")."""
    if _clock_satuan(satuan) or is_time_unit(satuan):
        return False
    if _RATIO_NAMED.search(satuan):
        return True
    if _RATIO_NAMED.search(indikator):  # (not of a figure in another unit: 1:4 of a Rasio PAD in % is 25)
        return not (is_level_unit(satuan) or _TIMES.search(satuan) or _quantity_per_unit(satuan))
    compared = _COMPARED.search(satuan)
    return compared is not None and _PERIOD.search(satuan) is None and not _quantity_per_unit(satuan)


def _quantity_per_unit(satuan: str) -> bool:
    """A Satuan of a quantity per unit ("kg/kapita", "Rp/kg", "ton/ha"): a unit of measure or money on
    a side of its slash or "per". A ratio is never typed under it ("1:5" of kg/kapita is no 5)."""
    return any(
        _MEASURE.fullmatch(side) for compared in _COMPARED.finditer(satuan) for side in compared.groups()
    )


def _ratio_typed(text: str, satuan: str, indikator: str) -> re.Match[str] | None:
    """``text`` written as a ratio, the pupils' figure its group 1 or 2; None for any other text. A
    slip ("l:20", "1;20", "1 banding 20") is one on a row evidently a ratio only, a slash ("1/20") on
    one naming a ratio only."""
    if ratio := _RATIO.fullmatch(text):
        return ratio
    if not ratio_row(satuan, indikator):
        return None
    if _RATIO_NAMED.search(satuan) or _RATIO_NAMED.search(indikator):
        return _RATIO_SLASH.fullmatch(text) or _RATIO_SLIP.fullmatch(text)
    return _RATIO_SLIP.fullmatch(text)


def might_be_ratio(text: str) -> bool:
    """Whether ``text`` holds a sign a ratio is written with (the cheap test before :func:`ratio_hint`)."""
    return ":" in text or "/" in text or ";" in text or "banding" in text.casefold()


# How a "1:X" under a percentage Satuan reads, by its row's figures (rasio_persen): a share (1:4 is
# 25 %), a count ratio whose Satuan was set to % by mistake (4 murid per guru), or "" (not known).
RATIO_SHARE = "persen"
RATIO_COUNT = "perbandingan"


def ratio_hint(text: str, satuan: str, indikator: str = "", reading: str = "") -> str:
    """Why ``text`` written as a ratio ("1:20", a Rasio guru-murid) is no figure, and what to type; ""
    for any other text and where the Satuan reads it as a time (jam:menit, "pukul"). ``indikator``: the
    row's, which may say it is a ratio (:func:`ratio_row`). The comparison is advised into Satuan only
    when the Satuan does not name it already ("murid per guru"). Of a "1:X" under a percentage Satuan
    ``reading`` (:data:`RATIO_SHARE`, :data:`RATIO_COUNT`) says which it is; "" names both."""
    if _clock_satuan(satuan) or duration_hint(text, satuan):
        return ""  # ("1:30" of Satuan "hari" is 1 jam 30 menit)
    # ("1:5" of "kg/kapita" is no ratio whose figure is 5)
    ratio = None if _quantity_per_unit(satuan) else _ratio_typed(text, satuan, indikator)
    if ratio is None:
        return _banding_hint(text, satuan)
    if _no_comparison(satuan):
        return _no_figure_hint(text, satuan)
    # the figure as it reads: "1 : 18.6" says 18,6 (18.6 is refused as thousands); "1:18." says 18
    pupils = (ratio[1] or ratio[2]).rstrip(".,")
    if not pupils.strip("0.,"):
        return ""  # (a ratio of nought, "0:1", names no figure to type)
    if _ENGLISH_DECIMAL.fullmatch(pupils):
        pupils = pupils.replace(".", ",")
    shown = re.sub(r"\s*([:;/])\s*", r"\1", " ".join(text.split()))
    named = _COMPARISON_SATUAN.search(satuan)
    if base := _PER_BASE.search(satuan) or (None if named else _PER_BASE.search(indikator)):
        return _per_base_hint(shown, pupils, base, in_satuan=base.string == satuan)
    if reading != RATIO_COUNT and is_percent_unit(satuan):
        if (x := ratio_one_to(text)) is not None:
            return percent_ratio_hint((shown, pupils, x), satuan, share=reading == RATIO_SHARE)
        return _no_figure_hint(text, satuan)  # ("4:1" of a target 25 %: neither 4 nor 400 is told)
    if satuan.strip() not in ("", "-") and not is_percent_unit(satuan) and not ratio_row(satuan, indikator):
        return _no_figure_hint(text, satuan)  # (a count's "1:5", 5 dokumen, may be 1 of 5: never "tulis 5")
    return count_ratio_hint(shown, pupils, named=named is not None)


def names_ratio(text: str) -> bool:
    """Whether ``text`` (an Indikator, a Satuan) names a ratio ("Rasio", "perbandingan")."""
    return _RATIO_NAMED.search(text) is not None


def ratio_one_to(text: str) -> Fraction | None:
    """The X of ``text`` written "1:X" ("1 : 4": 4), of a plain X above nought; None for anything else
    ("20:1", a slip, "1:18.6")."""
    ratio = _RATIO.fullmatch(text.strip())
    if ratio is None or not ratio[1]:
        return None
    return _plain_fraction(ratio[1]) or None


# A comparison in words ("1 banding 4"): no figure and no slip, whatever the row.
_BANDING = re.compile(r"[0-9][0-9.,]*\s+banding\s+[0-9][0-9.,]*(?:\s+[^\W\d_]+)?", re.IGNORECASE)


def _no_comparison(satuan: str) -> bool:
    """A Satuan under which a ratio's figure is no figure of it: a rate per period ("orang/hari": "1:30"
    may be one person in 30 days, 1/30 of a person a day) or a hyphenated word that compares nothing
    ("e-KTP", "dokumen e-kinerja": 5 e-KTP is not what "1:5" says). A Satuan naming "rasio" is a ratio's
    ("rasio murid-guru")."""
    if _RATIO_NAMED.search(satuan):
        return False
    if _PERIOD.search(satuan):  # ("tahun ajaran", "Bulan ke": 1:30 is no 30 of them either)
        return True
    # (a comparison's Satuan, "murid per guru", names the ratio; matched by its hyphen alone, none)
    return not _COMPARED.search(satuan) and _COMPARISON_SATUAN.search(satuan) is not None


def _banding_hint(text: str, satuan: str) -> str:
    """Of a comparison in words where no ratio's figure can be told ("1 banding 4" of a Rasio PAD in %:
    25 %, never 1 nor 4), that it is one, naming no figure; "" for any other text."""
    if not _BANDING.fullmatch(text.strip()):
        return ""
    return _no_figure_hint(text, satuan)


def _no_figure_hint(text: str, satuan: str) -> str:
    """That ``text`` is a comparison, no one figure, naming none: what it is in ``satuan`` is not known."""
    unit = f' dalam Satuan "{satuan.strip()}"' if satuan.strip() not in ("", "-") else ""
    shown = " ".join(text.split())
    return f"berupa perbandingan ({shown}), bukan satu angka; hitung dan tulis angkanya{unit} saja"


def _per_base_hint(shown: str, other: str, base: re.Match[str], *, in_satuan: bool) -> str:
    """The ratio galat of a rate per a number of people (``base``: "per 1.000 penduduk" of the Satuan,
    or of the Indikator when ``in_satuan`` is false): "1:500" is 1.000 / 500 = 2 of it, the figure to
    type; 500 (``other``) is the people for one."""
    per = base[1]
    n = Fraction(int(per.replace(".", "")))
    rate = f"per {per}{base[2] or ''}"
    said = f"berupa perbandingan ({shown}), bukan satu angka; tulis banyaknya {rate}"
    if x := _plain_fraction(other):
        said += f": {per} / {other} = {whole_or_two(n / x)}"
    satuan_advice = "" if in_satuan else f' dan "{rate}" di kolom Satuan'
    return f"{said}{satuan_advice}{POLARITAS_ADVICE}"


def without_polaritas_advice(pesan: str, negatif: bool = False) -> str:
    """A finding's ``pesan`` without the ratio galat's advice to choose Polaritas Negatif: said of a row
    whose Polaritas staff already chose, which is never advised changed; ``negatif``: Negatif is the one
    chosen, and an upper bound's advice to choose it ("maks 30 menit") goes too."""
    pesan = pesan.replace(POLARITAS_ADVICE, "")
    return pesan.replace(f" dan {PILIH_NEGATIF}", "") if negatif else pesan


# A share written as one ("10 dari 12 desa", "10/12"): of a percentage, its figure is 10 / 12 x 100.
_SHARE = re.compile(r"([0-9][0-9.,]*)\s*(?:/|\bdari\b)\s*([0-9][0-9.,]*)(?:\s+[^\W\d_][\w .]*)?")


def share_hint(text: str, satuan: str) -> str:
    """The galat's reason for ``text`` written as a share ("1/4", "10 dari 12"), "" for any other."""
    return _share_hint(share, satuan) if (share := _SHARE.fullmatch(text.strip())) else ""


def _share_hint(share: re.Match[str], satuan: str) -> str:
    """What to type for ``share`` ("10 dari 12"), by the Satuan: the percentage, or the count; "" when
    either side is no plain number or the whole is zero."""
    part, whole = share[1], share[2]
    n, of = _plain_fraction(part), _plain_fraction(whole)
    if n is None or not of:
        return ""
    said = f"tidak valid: berupa bagian dari jumlah ({part} dari {whole}), bukan satu angka; "
    if is_percent_unit(satuan):
        return f'{said}untuk Satuan "{satuan}" tulis persentasenya: {part} / {whole} x 100 = {whole_or_two(n / of * 100)}'
    # "1/2 hari": a fraction; "3,4 / 5", or "4 / 5" of a Satuan nilai: a score of 5
    if "/" in share[0] and "," not in part and not score_of_scale(whole, satuan):
        return ""
    return f"{said}tulis realisasinya saja ({part}) dan jumlah seluruhnya ({whole}) di kolom Keterangan"


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


# The forms Babel's strict id_ID parser accepts that staff write most ("150.000", "40,71",
# "1.234.567,89", "2025"), read without it (a Babel call costs ~0.1 ms): the same Decimal, since Babel
# too only drops the group marks and turns the decimal comma into a point (tests/test_read_fast.py).
# Thousands set apart with spaces: "1 250 000", "1 250,5".
_PLAIN_DIGITS = re.compile(r"[0-9]+(?:,[0-9]+)?|[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?")


def _plain_fraction(token: str) -> Fraction | None:
    """``token`` in plain Indonesian digits ("1.000", "18,5") as a Fraction; None for any other."""
    if not _PLAIN_DIGITS.fullmatch(token):
        return None
    return Fraction(Decimal(token.replace(".", "").replace(",", ".")))


def _parse_digits(text: str, token: str) -> Decimal:
    if _PLAIN_DIGITS.fullmatch(token):
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
    murid" whose Satuan is "-"; :func:`ratio_row`).
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


def _parse_number(text: str, *, satuan: str | None, money: bool, indikator: str) -> ParsedNumber:
    """:func:`parse_number` of a str."""
    s = satuan_last(text, satuan).strip()  # "USD 2,5 juta" of Satuan US$: "2,5 juta US$"
    if not s:
        raise NumberParseError("angka kosong")
    s, negative, currency = _peel_sign_and_currency(text, s)
    if not _starts_like_number(s):
        raise _error(text, "tidak diawali angka")
    if satuan and (share := _SHARE.fullmatch(s)) and (hint := _share_hint(share, satuan)):
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
    if not math.isfinite(value):
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
    head = token[: len(token) - len(unit)]
    glued = unit and unit != "%" and " " not in unit and token.casefold().endswith(unit.casefold())
    if glued and head[-1:] in _ASCII_DIGITS:
        return head, [unit, *rest]
    if why := duration_hint(text, satuan):
        raise _error(text, why)
    return token, rest
