"""A figure typed as a ratio ("1:20", "1 banding 4") or a share ("10 dari 12 desa", "1/4"), which is no
one figure: where its row reads it so (a Satuan or an Indikator naming a ratio or what is compared,
never a time, a rate per period or a quantity per unit), why, and the figure to type (a count per one,
a rate per 1.000 penduduk, a percentage); the advice texts are :mod:`lkj_xl.core.rasio_teks`'s.

Pure, like :mod:`lkj_xl.core.numbers`, which refuses such a cell with these reasons.
"""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core.durasi import duration_hint, is_time_unit
from lkj_xl.core.nama_periode import HALF_WORD, QUARTER_WORD
from lkj_xl.core.number_format import plain_fraction, whole_or_two
from lkj_xl.core.number_words import is_level_unit, is_percent_unit
from lkj_xl.core.polaritas_teks import PILIH_NEGATIF
from lkj_xl.core.rasio_teks import DIRECTION, POLARITAS_ADVICE, count_ratio_hint, percent_ratio_hint
from lkj_xl.core.satuan_laju import base_named
from lkj_xl.core.skala_skor import score_of_scale

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
    # (a rate per a number of people, satuan_laju's reading: "nakes per 1.000 penduduk", "dokter/100.000
    # penduduk"; "1:500" there is 1.000 / 500 = 2 of the Satuan, never the 500 typed)
    if base := base_named(satuan):
        return _per_base_hint(shown, pupils, base, in_satuan=True)
    if not named and (base := base_named(indikator)):
        return _per_base_hint(shown, pupils, base, in_satuan=False)
    if reading != RATIO_COUNT and is_percent_unit(satuan):
        if (x := ratio_one_to(text)) is not None:
            return percent_ratio_hint((shown, pupils, x), satuan, share=reading == RATIO_SHARE)
        return _no_figure_hint(text, satuan)  # ("4:1" of a target 25 %: neither 4 nor 400 is told)
    if satuan.strip() not in ("", "-") and not is_percent_unit(satuan) and not ratio_row(satuan, indikator):
        return _no_figure_hint(text, satuan)  # (a count's "1:5", 5 dokumen, may be 1 of 5: never "tulis 5")
    return count_ratio_hint(shown, pupils, named=named is not None, one_to=ratio_one_to(text))


def names_ratio(text: str) -> bool:
    """Whether ``text`` (an Indikator, a Satuan) names a ratio ("Rasio", "perbandingan")."""
    return _RATIO_NAMED.search(text) is not None


def ratio_one_to(text: str) -> Fraction | None:
    """The X of ``text`` written "1:X" ("1 : 4": 4), of a plain X above nought; None for anything else
    ("20:1", a slip, "1:18.6")."""
    ratio = _RATIO.fullmatch(text.strip())
    if ratio is None or not ratio[1]:
        return None
    return plain_fraction(ratio[1]) or None


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


def _per_base_hint(shown: str, other: str, base: tuple[int, str], *, in_satuan: bool) -> str:
    """The ratio galat of a rate per a number of people (``base``: satuan_laju's (1000, "per 1.000
    penduduk") of the Satuan, or of the Indikator when ``in_satuan`` is false): "1:500" is 1.000 / 500 =
    2 of it, the figure to type; 500 (``other``) is the people for one."""
    n, rate = base
    said = f"berupa perbandingan ({shown}), bukan satu angka; tulis banyaknya {rate}"
    if x := plain_fraction(other):
        said += f": {whole_or_two(Fraction(n))} / {other} = {whole_or_two(n / x)}"
    satuan_advice = "" if in_satuan else f' dan "{rate}" di kolom Satuan'
    return f"{said}{satuan_advice}{POLARITAS_ADVICE}"


def without_polaritas_advice(pesan: str, negatif: bool = False) -> str:
    """A finding's ``pesan`` without the ratio galat's advice to choose Polaritas Negatif: said of a row
    whose Polaritas staff already chose, which is never advised changed; ``negatif``: Negatif is the one
    chosen, and an upper bound's advice to choose it ("maks 30 menit") goes too."""
    pesan = pesan.replace(POLARITAS_ADVICE, "")
    if not negatif:
        return pesan
    # (Negatif rates a larger 1:X lower: no advice to type 1 / X)
    return DIRECTION.sub("", pesan.replace(f" dan {PILIH_NEGATIF}", ""))


def without_direction(pesan: str) -> str:
    """``pesan`` without a 1:X's advice to type 1 / X (rasio_teks.direction): said of a row whose other
    figures are typed X per one (Target 20 beside "1:25"), where 0,04 would be compared with 20."""
    return DIRECTION.sub("", pesan)


# A share written as one ("10 dari 12 desa", "10/12"): of a percentage, its figure is 10 / 12 x 100.
SHARE_TYPED = re.compile(r"([0-9][0-9.,]*)\s*(?:/|\bdari\b)\s*([0-9][0-9.,]*)(?:\s+[^\W\d_][\w .]*)?")


def share_hint(text: str, satuan: str) -> str:
    """The galat's reason for ``text`` written as a share ("1/4", "10 dari 12"), "" for any other."""
    return share_hint_of(share, satuan) if (share := SHARE_TYPED.fullmatch(text.strip())) else ""


def share_hint_of(share: re.Match[str], satuan: str) -> str:
    """What to type for ``share`` ("10 dari 12"), by the Satuan: the percentage, or the count; "" when
    either side is no plain number or the whole is zero."""
    part, whole = share[1], share[2]
    n, of = plain_fraction(part), plain_fraction(whole)
    if n is None or not of:
        return ""
    said = f"tidak valid: berupa bagian dari jumlah ({part} dari {whole}), bukan satu angka; "
    if is_percent_unit(satuan):
        return f'{said}untuk Satuan "{satuan}" tulis persentasenya: {part} / {whole} x 100 = {whole_or_two(n / of * 100)}'
    # "1/2 hari": a fraction; "3,4 / 5", or "4 / 5" of a Satuan nilai: a score of 5
    if "/" in share[0] and "," not in part and not score_of_scale(whole, satuan):
        return ""
    return f"{said}tulis realisasinya saja ({part}) dan jumlah seluruhnya ({whole}) di kolom Keterangan"
