"""Texts a paste from Word, a PDF, SIPD or e-Monev leaves in a value cell, which are no number and no
status either: an Excel error copied as text ("#DIV/0!"), a dash other than "-" meaning no data ("−",
"Rp -"), and the signs that make a number something else (a range "80 - 85", a bound "≤ 2 hari", a
minus or a footnote mark after it). The hint that an indicator's lower value is better is
:mod:`lkj_xl.core.nama_negatif`'s (re-exported here).

Kept apart from :mod:`lkj_xl.core.numbers` (which reads the number itself): everything here decides
what a text that is not a plain number means, and says so in the findings' words. Pure.
"""

from __future__ import annotations

import functools
import operator
import re

from lkj_xl.core.kata_jumlah import COUNT_FIRST, COUNT_WORDS
from lkj_xl.core.koma_strip import penutup_strip
from lkj_xl.core.model import Cell, Grid, HiddenRow, SheetGrid
from lkj_xl.core.nama_negatif import duration_unit, lower_is_better
from lkj_xl.core.note_after import note_scale, words_after
from lkj_xl.core.number_words import is_level_unit
from lkj_xl.core.polaritas_teks import ARTI_POSITIF, PILIH_NEGATIF
from lkj_xl.core.rentang import SD, rentang_teks
from lkj_xl.core.satuan_laju import read_rate
from lkj_xl.core.skala_skor import named_scale

__all__ = [
    "EXCEL_ERRORS",
    "errors_as_the_add_in_reads_them",
    "duration_unit",
    "excel_error_text",
    "lower_is_better",
    "no_data_dash",
    "not_a_number",
    "COUNT_WORDS",
    "rate_or_score_unit",
    "spelled_number",
    "times_written",
]

# Every error value Excel shows in a cell. Office.js (the add-in's book JSON) sends them as these
# strings, so the add-in cannot tell the error from the same text typed in a Text cell; the file side
# reads that text as the error too (excel_error_text), so both give the same figures.
EXCEL_ERRORS = frozenset(
    {
        "#DIV/0!",
        "#N/A",
        "#NAME?",
        "#NULL!",
        "#NUM!",
        "#REF!",
        "#VALUE!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#DATA!",
        "#EXTERNAL!",
    }
)


def excel_error_text(label: str, text: str) -> str:
    """The galat for a text that spells an Excel error ("#DIV/0!" pasted into a Text cell), "" for any
    other text. Read as a status it would leave the quarter out and compute from the rest."""
    if not text.startswith("#") or text.upper() not in EXCEL_ERRORS:
        return ""
    return (
        f'{label} berisi teks "{text}", nilai galat Excel yang tersalin sebagai teks, bukan angka; '
        "perbaiki sumbernya dan tulis angkanya"
    )


_VALUE = operator.attrgetter("value")


def errors_as_the_add_in_reads_them(grid: Grid) -> Grid:
    """``grid`` with each text cell that spells an Excel error exactly ("#N/A" pasted as values into a
    Text cell) as that error, as the add-in reads it: Office.js sends the text and the error alike as
    the string "#N/A". Without this the file side read the text as a Kode Sasaran, a Program, a point
    of Analisis or a Formulasi the add-in never sees. The grid itself when it holds none (most do)."""
    out = grid
    for r, row in enumerate(grid):
        try:
            if EXCEL_ERRORS.isdisjoint(map(_VALUE, row)):
                continue  # (a look in C: nearly every row holds no error's text)
        except TypeError:  # an unhashable value (no reader gives one): looked at cell by cell
            pass
        for col, cell in enumerate(row):
            value = cell.value
            if type(value) is str and value[:1] == "#" and value in EXCEL_ERRORS:
                if out is grid:  # a copy that keeps the hidden columns (and sheet) said
                    out = (
                        SheetGrid(grid, grid.hidden_columns, grid.hidden_sheet)
                        if type(grid) is SheetGrid
                        else list(grid)
                    )
                if out[r] is row:
                    out[r] = HiddenRow(row) if type(row) is HiddenRow else list(row)  # a hidden row stays one
                out[r][col] = Cell(error=value, formula=cell.formula, merged=cell.merged)
    return out


# --- a dash for "no data" -------------------------------------------------------------------------------

# "-" and the dashes a paste leaves for it: the en and em dash, the minus sign (U+2212), Word's
# non-breaking hyphen (Ctrl+Shift+-), the figure dash, the horizontal bar, the small and fullwidth
# hyphen-minus of an Asian font. (Public: kosong_satuan reads a dash with a unit's word.)
DASHES = _DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# A dash alone, or after "Rp"/"IDR" as Excel's Accounting format shows a zero ("Rp -", "Rp -,-").
_NO_DATA = re.compile(rf"(?:(?:rp\.?|idr)\s*)?[{_DASHES}]{{1,3}}(?:,[{_DASHES}])?", re.IGNORECASE)


def no_data_dash(text: str) -> bool:
    """A text that is a dash meaning no data, as "-" is: "−", "‑", "－", "---", "Rp -", "Rp -,-"."""
    return bool(_NO_DATA.fullmatch(text))


# --- a text that holds a number but is no number ----------------------------------------------------------

_NUM = r"[0-9][0-9.,]*"
_RANGE = re.compile(
    rf"(?:(?:rp\.?|idr)\s*)?({_NUM})\s*%?\s*(?:[{_DASHES}]|{SD}|s/d|sampai|hingga)\s*({_NUM}(?:\s*%|\s*[^\W\d_]+\.?)?)",
    re.IGNORECASE,
)
UPPER = _UPPER = (  # (public: batas_realisasi tells an upper bound)
    "≤", "<=", "=<", "<", "maks", "maksimal", "maksimum", "max", "paling lama", "paling banyak",
    "kurang dari", "tidak lebih dari", "tidak melebihi", "di bawah", "dibawah", "selambat-lambatnya",
    "sebanyak-banyaknya", "setinggi-tingginya", "paling tinggi",
)  # fmt: skip
BOUND = _BOUND = re.compile(  # (public: bound_unit reads a bound's unit)
    r"(≤|<=|=<|<|≥|>=|=>|>|(?:maks(?:imal|imum)?|max|min(?:imal|imum)?|paling (?:lama|banyak|sedikit|tinggi|"
    r"rendah)|sekurang-kurangnya|tidak (?:lebih|kurang) dari|tidak melebihi|(?:kurang|lebih) dari|di ?(?:bawah|atas)|"
    rf"selambat-lambatnya|sebanyak-banyaknya|setinggi-tingginya|sedikitnya|setidaknya)\.?)\s*({_NUM}.*)",
    re.IGNORECASE,
)
_TRAILING_MINUS = re.compile(rf"((?:(?:rp\.?|idr)\s*)?{_NUM})\s*[{_DASHES}]", re.IGNORECASE)
_FOOTNOTE = re.compile(rf"({_NUM}\s*%?)\s*(\*+\)?|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\)?|[#†‡]+)")
# A footnote numbered as reports number them, set apart by a space ("85,2 1)", "85,2 (1)").
_NUMBERED_NOTE = re.compile(rf"({_NUM}\s*%?)\s+(\(?[0-9]{{1,2}}\))")
# A rate with its base written in the cell ("98,5/100.000 KH", "12 per 1.000 KH", "7/100"): the base a
# power of ten (10, 100, 1.000, 100.000...), so "15/20" (15 of 20 desa) is none.
_RATE_WITH_BASE = re.compile(
    rf"({_NUM})\s*(?:/|per\s)\s*(10{{1,2}}|1(?:\.000)+|10(?:\.000)+|100(?:\.000)+|10{{3,}})(\s+\S.*)?",
    re.IGNORECASE,
)
# One point before other than three digits ("1.2 M", "12.5%", "0.75"): no thousands mark, a decimal
# point the English way (SIPD, a PDF in English, a PC set to English).
_ENGLISH_DECIMAL = re.compile(
    r"((?:(?:rp\.?|idr)\s*)?[0-9]+)\.([0-9]{1,2}|[0-9]{4,})(\s*%|(?:\s*[^\W\d_]+\.?){1,2})?", re.IGNORECASE
)
# A grade after the number, set apart by a slash or a dash ("85,20 / B" of an IKM, "3,4 - Baik", "68,5 -
# BB (Sangat Baik)"), as "85,2 (B)" in brackets is (words_after): a grade or a kriteria only, and the
# number written the Indonesian way. Other words are no grade to drop: "588 - s.d. Juni" is a total up
# to June (TW II's own is less), "5 / bulan" a month's, "40 % - dari target" a capaian; "85.20 / B" has
# a number the reader refuses. They keep the number reader's own galat.
_GRADE = (
    r"(?:(?:predikat|mutu|kategori|kriteria)\s*:?\s*)?"
    r"(?:(?:aa|bb|cc|[a-e])[+-]?|(?:(?:sangat|kurang|tidak|cukup)\s+)?(?:baik|memuaskan)|cukup|kurang|buruk|istimewa"
    r"|(?:sangat\s+)?(?:tinggi|rendah)|sedang)"
)
_GRADE_AFTER = re.compile(
    rf"([0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?\s*%?|[0-9]+(?:,[0-9]+)?\s*%?)\s*"
    rf"([{_DASHES}/]\s*{_GRADE}\.?(?:\s*[(\[][^()\[\]\d]*[)\]])?)",
    re.IGNORECASE,
)
# The minus sign (U+2212) of Word or a PDF set apart from the number: "− 1.250".
_SPACED_MINUS = re.compile(rf"\u2212\s+({_NUM}.*)")


# "2x", "2 ×": times written with an x after the count (of a Satuan "Kali").
_TIMES = re.compile(rf"({_NUM})\s*([xX×])")


def times_written(text: str, satuan: str) -> str:
    """Why "2x" is not read for a Satuan of times ("Kali"), and the figure to type; "" otherwise."""
    if not (found := _TIMES.fullmatch(text)) or "kali" not in _NON_WORD.split(satuan.casefold()):
        return ""
    return (
        f'"{found.group(2)}" di belakang angka berarti kali, yang sudah tertulis di kolom Satuan '
        f'("{satuan}"); tulis angkanya saja ({found.group(1)})'
    )


def keterangan_kolom(indicator: bool) -> str:
    """Where a note beside a number goes: Kinerja has a Keterangan column, Anggaran none (a column
    added to the right of its table is left unread)."""
    return "kolom Keterangan" if indicator else "kolom Keterangan (tambahkan di kanan tabel bila belum ada)"


def not_a_number(
    text: str, *, indicator: bool = False, percent: bool = False, money: bool = False, label: str = ""
) -> str:
    """Why ``text`` (a cell's tidy text) holds a number but is none, and what to write instead, in
    the findings' words: a range ("80 - 85"), a bound ("≤ 2 hari", "min. 75"), a minus after the
    number ("1.250-") or set apart before it ("− 1.250"), a footnote mark ("25*", "25¹", "25 1)"),
    words in brackets ("100% (seratus persen)"), a decimal
    point the English way ("1.2 M"); "" for anything else. ``indicator``: a Kinerja
    value, where a bound says which Polaritas computes it (``money``: an amount, Anggaran or a Satuan "Rupiah"); ``percent``: of a Satuan "%", where "7/100"
    and "7/10" are shares (numbers.parse_number gives the percentage), no rate with its base.
    (A Kinerja Target typed as a range never gets here: it is scored, cell_reader's ``_range``.)"""
    if found := _RANGE.fullmatch(text):
        low, high = found.group(1), found.group(2)
        return rentang_teks(low, high, keterangan_kolom(indicator), indicator=indicator, label=label)
    if found := _BOUND.fullmatch(text):
        sign, rest = found.group(1), found.group(2)
        upper = sign.casefold().rstrip(".") in _UPPER
        why = f'berupa batas {"atas" if upper else "bawah"} ("{sign}"), bukan satu angka; tulis angkanya saja ({rest})'
        if not indicator:
            return why
        if upper:
            return f"{why} dan {PILIH_NEGATIF}"
        return f'{why}: Polaritas "Positif" ({ARTI_POSITIF}) menghitung capaiannya'
    if found := _TRAILING_MINUS.fullmatch(text):
        return (
            f"ada tanda minus di belakang angka; {penutup_strip(found.group(1), money or not indicator)}bila angkanya di bawah nol, "
            f"tulis -{found.group(1)} (tanda minus di depan, tanpa spasi)"
        )
    if found := _FOOTNOTE.fullmatch(text) or _NUMBERED_NOTE.fullmatch(text):
        return (
            f'ada tanda catatan kaki ("{found.group(2)}") di belakang angka; tulis angkanya saja '
            f"({found.group(1).strip()}) dan catatannya di {keterangan_kolom(indicator)}"
        )
    if found := _GRADE_AFTER.fullmatch(text):  # "85,20 / B": a grade after it
        return (
            f'ada teks "{found.group(2)}" di belakang angka; tulis angkanya saja ({found.group(1).strip()}) '
            f"dan teksnya, bila perlu, di {keterangan_kolom(indicator)}"
        )
    if found := words_after(text, money):  # words in brackets after it
        note, number = found.group(2), found.group(1).strip()
        if word := note_scale(found, money):  # "(dalam ribuan)", "(M)": the number alone is a thousandth
            return (
                f'ada teks "{note}" di belakang angka, padahal angka di sel dibaca apa adanya; tulis kata '
                f"skalanya bersama angka itu ({number} {word}) atau tulis angka lengkapnya"
            )
        return (
            f'ada teks "{found.group(2)}" di belakang angka; tulis angkanya saja ({found.group(1).strip()}) '
            f"dan teksnya, bila perlu, di {keterangan_kolom(indicator)}"
        )
    if found := _ENGLISH_DECIMAL.fullmatch(text):
        written = f"{found.group(1)},{found.group(2)}{found.group(3) or ''}"
        return (
            f"titik (.) di sini tampaknya titik desimal cara Inggris; desimal ditulis dengan koma: {written}"
        )
    found = _RATE_WITH_BASE.fullmatch(text) if indicator else None
    if found and not (percent and found.group(2) in ("10", "100")):
        base = f"{found.group(2)}{(found.group(3) or '').rstrip()}"
        return (
            f'ditulis bersama basisnya ("{base}"); tulis angkanya saja ({found.group(1)}) di sel ini dan '
            f'basisnya di kolom Satuan (Satuan "per {base}")'
        )
    if found := _SPACED_MINUS.fullmatch(text):
        return (
            f"tanda minus terpisah spasi dari angkanya; bila angkanya di bawah nol, tulis -{found.group(1)}"
        )
    return ""


# A number spelled out ("empat", "dua puluh sembilan persen"), as a letter or a PK narrative writes
# it: below a thousand, the way Indonesian counts.
_DIGIT_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9,
}  # fmt: skip
_TENS_WORDS = {"sepuluh": 10, "sebelas": 11}


def _spelled(words: list[str]) -> int | None:
    """The number ``words`` spell ([hundreds] [tens] [units]: "dua ratus lima puluh satu"), or None."""
    total, i, n = 0, 0, len(words)
    for place, word in ((100, "ratus"), (10, None)):
        if place == 100 and i < n and words[i] == "seratus":
            total, i = 100, i + 1
        elif place == 10 and i < n and words[i] in _TENS_WORDS:
            return total + _TENS_WORDS[words[i]] if i + 1 == n else None
        elif (
            i + 1 < n
            and words[i] in _DIGIT_WORDS
            and words[i + 1] in ((word,) if word else ("puluh", "belas"))
        ):
            digit, unit = _DIGIT_WORDS[words[i]], words[i + 1]
            if unit == "belas":
                return total + 10 + digit if i + 2 == n else None
            total, i = total + digit * place, i + 2
    if i < n and words[i] in _DIGIT_WORDS:
        total, i = total + _DIGIT_WORDS[words[i]], i + 1
    return total if i == n and total else None


def spelled(words: list[str]) -> int | None:
    """The number ``words`` spell ("dua ratus lima puluh satu": 251), or None (narasi62: angka_huruf)."""
    return _spelled(words)


def spelled_number(text: str, satuan: str) -> str:
    """Why a Kinerja value spelled out in words is no number to read, and the figure to type ("empat",
    "dua puluh sembilan persen", "lima koperasi" of Satuan Koperasi); "" for any other text ("lima
    besar", "Menunggu data BPS")."""
    words = text.casefold().replace("-", " ").split()
    unit = satuan.casefold().split()
    if unit and words[-len(unit) :] == unit:
        words = words[: -len(unit)]
    elif words[-1:] == ["persen"]:
        words = words[:-1]
    if not words or words[0] not in (*_DIGIT_WORDS, *_TENS_WORDS, "seratus"):
        return ""  # (most statuses: one look)
    number = _spelled(words)
    return "" if number is None else f"angka ditulis dengan huruf; tulis angkanya saja ({number})"


_NON_WORD = re.compile(r"[^\w]+")

# A rate as satuan_laju reads it (AKI "per 100.000 KH" or "/100.000", "100.000 KH", "per seribu",
# "setiap 1.000 penduduk", per mil; "per 2 tahun" is a count per two years, summed), a yield per area
# ("Ku/Ha", "ton/ha", "kuintal per hektar": 54,2 and 52,1 ku/ha in two quarters are no 106,3), a figure
# per head, per kilogram or per litre ("kkal/kapita/hari", "kkal/orang/hari", a price "Rp/kg",
# "Rp/liter"; a flow per year, "orang/tahun", is summed), or a Satuan that is only a score or a level in
# years ("Nilai" of an IKM, "Poin", "Tahun" of Usia Harapan Hidup), or a level ("Level" of SPIP or APIP).
_PER_UNIT = re.compile(r"(?:/|\bper\s)\s*(?:ha|hektar|hektare|kapita|kap|kg|kilogram|liter|ltr)\b")
# "orang", "jiwa" are per head after "per", after a measure's slash ("Rp/orang", "kkal/orang/hari") or
# before a period's ("kunjungan/orang/tahun"); between count words a slash is "or": "KK/Jiwa",
# "Kelompok/Orang" (households or people helped) are a count, summed.
_PER_HEAD = re.compile(
    r"\bper\s+(?:orang|jiwa)\b|/\s*(?:orang|jiwa)\s*/"
    r"|\b(?:rp\.?|rupiah|kkal|kal|kalori|kcal|gram|gr|kg|kilogram|liter|ltr|m3|kwh|ton)\s*/\s*(?:orang|jiwa)\b"
)


def _rate(text: str) -> bool:
    """A rate's Satuan (casefolded): satuan_laju's rate, or a figure per area, head, kg or litre."""
    return read_rate(text) is not None or bool(_PER_UNIT.search(text) or _PER_HEAD.search(text))


_SCORE_UNITS = frozenset({"nilai", "poin", "point", "tahun", "level", "tingkat"})


@functools.lru_cache(maxsize=256)
def rate_or_score_unit(satuan: str) -> bool:
    """A Satuan whose figures are rates or scores, levels never summed over the quarters (AKI 25 per
    100.000 KH in TW I and 30 in TW II are no 55 per 100.000 KH); a count ("kasus", "orang per tahun")
    or an amount ("Nilai (Rp)") is none."""
    text = satuan.casefold()
    # (every word that makes a "Peringkat ..." indicator no rank is a level: "predikat", "kategori" of
    # a Peringkat Kota Sehat summed 2 + 3 = 5 of 3 would print 166,67 % without a word)
    return _rate(text) or text.strip() in _SCORE_UNITS or text.strip().rstrip(".") in _NO_RANKS


# "Jumlah" and its shortenings (kata_jumlah's one list: "Jml.", "Jmlh", "Jlh").
_COUNT = re.compile(COUNT_FIRST)


def summed_level_unit(indikator: str, satuan: str) -> bool:
    """:func:`rate_or_score_unit` for a Satuan beside its indicator: a rate always; the score and
    level words only when the indicator is not named "Jumlah ..." (a count of kategori or predikat,
    "Jumlah kategori produk unggulan" 3 + 4, is a sum; so is "Jml. kategori ...")."""
    if not rate_or_score_unit(satuan):  # (cached: a rate is one too, so most Satuan end here)
        return False
    return _rate(satuan.casefold()) or not _COUNT.match(indikator.strip().casefold())


def not_summed_unit(indikator: str, satuan: str) -> bool:
    """A Satuan whose quarters are no sum: a level ("%", "Indeks", "Rasio"), a duration, a rate or a score
    (:func:`summed_level_unit`): indicator_cells' blank-Jenis peringatan, kumulatif_note's names."""
    return is_level_unit(satuan) or duration_unit(satuan) or summed_level_unit(indikator, satuan)


_SCORES = frozenset({"indeks", "index", "nilai", "skor", "score", "poin", "point"})


@functools.lru_cache(maxsize=256)
def score_unit(satuan: str) -> bool:
    """A Satuan that is only a score ("Indeks", "Nilai" of an IKM, "Skor", "Poin"): never 0 for a quarter
    measured ("Nilai (Rp)" is an amount, "%" may be 0); one naming its scale too ("skala 1-4", "nilai (1-4)")."""
    return satuan.strip().casefold().rstrip(".") in _SCORES or named_scale(satuan) is not None


@functools.lru_cache(maxsize=256)
def score_words(satuan: str) -> bool:
    """:func:`score_unit`, or a Satuan of score words only ("Nilai Indeks", "Skor Indeks": a figure typed
    with its points is the index's level there, satuan_sebutan.sama)."""
    words = re.findall(r"[^\W\d_]+", satuan.casefold())
    return score_unit(satuan) or bool(words) and all(w in _SCORES for w in words)


# A rank (3rd of the province): the smaller, the better.
_RANKS = frozenset({"peringkat", "ranking", "rangking", "rank", "urutan"})


# A Satuan of a score or a level: "Peringkat Kinerja Penyelenggaraan Pemerintahan Daerah" measured in
# "skor" (3,3 of 3,2) or "Peringkat Kabupaten Layak Anak" in "tingkat" is higher-is-better.
_NO_RANKS = frozenset({"skor", "nilai", "indeks", "tingkat", "level", "predikat", "kategori", "poin"})


def rank(indikator: str, satuan: str) -> bool:
    """Whether the indicator is a rank: its Satuan ("peringkat", "ranking") says so, or its first word
    does while its Satuan is no score or level word."""
    unit = satuan.strip().casefold().rstrip(".")
    if unit in _RANKS:
        return True
    first = indikator.casefold().split(None, 1)[:1]
    if not first or first[0] not in _RANKS:  # (most names: the Satuan's words are not needed)
        return False
    words = re.findall(r"\w+", unit)
    return not (words and words[0] in _NO_RANKS)
