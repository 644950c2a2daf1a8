"""Texts a paste from Word, a PDF, SIPD or e-Monev leaves in a value cell, which are no number and no
status either: an Excel error copied as text ("#DIV/0!"), a dash other than "-" meaning no data ("−",
"Rp -"), and the signs that make a number something else (a range "80 - 85", a bound "≤ 2 hari", a
minus or a footnote mark after it). Also the hint that an indicator's lower value is better.

Kept apart from :mod:`lkj_xl.core.numbers` (which reads the number itself): everything here decides
what a text that is not a plain number means, and says so in the findings' words. Pure.
"""

from __future__ import annotations

import functools
import operator
import re

from lkj_xl.core.koma_strip import penutup_strip
from lkj_xl.core.model import Cell, Grid, HiddenRow, SheetGrid
from lkj_xl.core.note_after import note_scale, words_after
from lkj_xl.core.number_words import PER_MIL
from lkj_xl.core.polaritas_teks import ARTI_POSITIF, PILIH_NEGATIF
from lkj_xl.core.rentang import rentang_teks

__all__ = [
    "EXCEL_ERRORS",
    "errors_as_the_add_in_reads_them",
    "duration_unit",
    "excel_error_text",
    "lower_is_better",
    "no_data_dash",
    "not_a_number",
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
# hyphen-minus of an Asian font.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# A dash alone, or after "Rp"/"IDR" as Excel's Accounting format shows a zero ("Rp -", "Rp -,-").
_NO_DATA = re.compile(rf"(?:(?:rp\.?|idr)\s*)?[{_DASHES}]{{1,3}}(?:,[{_DASHES}])?", re.IGNORECASE)


def no_data_dash(text: str) -> bool:
    """A text that is a dash meaning no data, as "-" is: "−", "‑", "－", "---", "Rp -", "Rp -,-"."""
    return bool(_NO_DATA.fullmatch(text))


# --- a text that holds a number but is no number ----------------------------------------------------------

_NUM = r"[0-9][0-9.,]*"
_RANGE = re.compile(
    rf"(?:(?:rp\.?|idr)\s*)?({_NUM})\s*%?\s*(?:[{_DASHES}]|s\.?\s?d\.?|s/d|sampai|hingga)\s*({_NUM}(?:\s*%|\s*[^\W\d_]+\.?)?)",
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
    r"((?:(?:rp\.?|idr)\s*)?[0-9]+)\.([0-9]{1,2}|[0-9]{4,})(\s*%|\s*[^\W\d_]+\.?)?", re.IGNORECASE
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


def not_a_number(text: str, *, indicator: bool = False, percent: bool = False, money: bool = False) -> str:
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
        return rentang_teks(low, high, keterangan_kolom(indicator), indicator=indicator)
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


# --- an indicator whose lower value is better ---------------------------------------------------------

# Indicator words of a level where less is better (the report's "Bernilai Negatif": poverty, inflation,
# a death rate). A word of the fall itself ("penurunan angka kemiskinan") or of handling it
# ("pengendalian inflasi"), or of being free of it ("desa bebas stunting", "pemberantasan buta aksara"),
# measures progress: higher is better there.
_LOWER_IS_BETTER = (
    "kemiskinan",
    "pengangguran",
    "inflasi",
    "stunting",
    "gizi buruk",
    "kematian",
    "prevalensi",
    "gini",
    "kriminalitas",
    "kecelakaan",
    "putus sekolah",
    "buta aksara",
    "buta huruf",
    "mengulang",
    # a hospital's (RSUD): death rates as its reports name them, infections, patient safety incidents
    "death rate",
    "ndr",
    "gdr",
    "mortalitas",
    "infeksi",
    "hais",
    "insiden",
)
# A district's (RPJMD): the poor, lagging villages, slums, disparity, morbidity, food insecurity,
# violations, audit findings, uninhabitable houses, social welfare problems, water losses. Most names
# with them measure the part served ("Cakupan pelayanan kesehatan penduduk miskin", "Persentase RTLH
# yang dibangun"): they count only where the name plainly measures the bad thing itself (_plainly).
_PLAIN_ONLY = (
    "miskin",
    "tertinggal",
    "kumuh",
    "ketimpangan",
    "williamson",
    "kesakitan",
    "case fatality rate",
    "cfr",
    "rawan pangan",
    "kerawanan pangan",
    "pelanggaran",
    "temuan",
    "tidak layak huni",
    "rtlh",
    "pmks",
    "penyandang masalah kesejahteraan sosial",
    "kehilangan air",
    "hukuman disiplin",
)
# Adjectives: the peringatan names their noun phrase ("penduduk miskin"), never "indikator miskin".
_ADJECTIVES = frozenset({"miskin", "tertinggal", "kumuh", "rawan pangan", "tidak layak huni"})
_LOWER_WORD = re.compile(rf"\b({'|'.join(_LOWER_IS_BETTER)})\b")  # one search per row
_PLAIN_WORD = re.compile(rf"\b({'|'.join(_PLAIN_ONLY)})\b")
# Either list's words anywhere, without the word boundaries: a match of _LOWER_WORD or _PLAIN_WORD (in
# the name or in it without its place) holds one, and a search that starts with a literal is scanned
# for its first letters in C, several times faster than trying every word at every word start.
_ANY_WORD = re.compile("|".join(_LOWER_IS_BETTER + _PLAIN_ONLY))
# The words that may stand before a _PLAIN_ONLY word: a measure, then who or what has it ("Persentase
# rumah tangga miskin", "Persentase ASN yang dijatuhi hukuman disiplin", "Jumlah desa yang masih
# tertinggal"); any other word ("Cakupan pelayanan ...", "... yang tidak ...", "tanpa") and it is quiet.
_MEASURES = frozenset(
    [
        "persentase",
        "presentase",
        "prosentase",
        "jumlah",
        "luas",
        "luasan",
        "angka",
        "tingkat",
        "rasio",
        "proporsi",
        "indeks",
        "index",
        "nilai",
        "banyaknya",
        "total",
        "rata",
    ]
)
_HOLDERS = frozenset(
    [
        "penduduk",
        "rumah",
        "tangga",
        "rt",
        "keluarga",
        "kk",
        "desa",
        "kelurahan",
        "kawasan",
        "permukiman",
        "pemukiman",
        "lingkungan",
        "daerah",
        "wilayah",
        "kecamatan",
        "masyarakat",
        "warga",
        "jiwa",
        "asn",
        "pns",
        "pegawai",
        "kasus",
        "kampung",
        "yang",
        "dijatuhi",
        "terkena",
        "melakukan",
        "berstatus",
        "masih",
    ]
)
# After it, only a harmless tail keeps the name the bad thing itself ("... ekstrem", "... perkotaan", "temuan
# BPK atas laporan keuangan", "... di Kabupaten Lumajang", a year, a bracket); any other word ("RTLH
# dibangun", "temuan tuntas", "PMKS dilayani", "yang mendapat ...") and it is quiet: precision over
# recall. "yang belum/tidak/masih ..." is still the bad thing ("temuan BPK yang belum ditindaklanjuti").
_STILL_BAD = re.compile(r"\s+(?:yang|yg)\s+(?:belum|tidak(?!\s+(?:berulang|terulang)\b)|masih)\b.*")
_TAIL_DROPPED = re.compile(r"\([^)]*\)|\b(?:19|20)\d\d\b|\bper\s+[\d.]+\s+penduduk\b")
_HARMLESS_TAIL = frozenset(
    [
        "ekstrem",
        "perkotaan",
        "perdesaan",
        "pedesaan",
        "di",
        "bpk",
        "inspektorat",
        "atas",
        "laporan",
        "keuangan",
        "hasil",
        "pemeriksaan",
        "oleh",
        "dbd",
        "malaria",
        "perda",
        "ketertiban",
        "umum",
        "lalu",
        "lintas",
        "pendapatan",
        "wilayah",
        "pdam",
        "nrw",
        "dan",
        "sangat",
        "tertinggal",
        "tahun",
    ]
)
# Those written as the hospital writes them in the peringatan.
_ACRONYMS = {
    "ndr": "NDR",
    "gdr": "GDR",
    "hais": "HAIs",
    "cfr": "CFR",
    "rtlh": "RTLH",
    "pmks": "PMKS",
    "williamson": "Williamson",
}
# Progress on the thing (60f0e75's words): every lower-is-better word is quiet beside them.
_PROGRESS = re.compile(
    r"turun|nurun|berkurang|pengurangan|penanganan|penanggulangan|pencegahan|pengendalian|terkendali|tertangani|ketepatan|"
    r"tepat waktu|menekan|bebas|pemberantasan"
)
# The part handled (staff37's): only the RPJMD words (_PLAIN_ONLY) are quiet beside them; "Angka kematian
# pasien di instalasi rehabilitasi medik" is still a death rate.
_HANDLED = re.compile(
    r"pengentasan|tindak lanjut|tindaklanjut|penyelesaian|penegakan|penindakan|rehabilitasi|perbaikan|pemulihan|penataan"
)
_HANDLED_OF = re.compile(rf"\b(?:{_HANDLED.pattern})\s+$")
# The place itself, dropped before the words are read ("di Kabupaten Lumajang", "di kota malang", "DI
# KABUPATEN HULU SUNGAI SELATAN"): at most three words of its name, in any case, ending at a connecting
# word or a word of progress; what follows is read as usual ("... Yang Mendapat Bantuan Sosial": quiet).
_PLACE_ENDS = (
    "yang|yg|penerima|peserta|pada|dengan|tahun|dan|atau|serta|untuk|bagi|oleh|dalam|dari|ke|di|atas|"
    "terhadap|sebagai|melalui|menurut|berdasarkan|per|setelah|sesudah|sebelum|selama|sejak|hingga|sampai|"
    r"sd|tw|triwulan|semester|bulan|periode|tidak|belum|sudah|telah|masih|mendapat\w*|menerima|memperoleh|"
    "berhasil|meningkat|akibat|karena|sesuai"
)
_PLACE = re.compile(
    r"\bdi\s+(?:kabupaten|kota|provinsi|kab)\b\.?"
    rf"(?:\s+(?!(?:{_PLACE_ENDS})\b)(?![\w-]*(?:{_PROGRESS.pattern}|{_HANDLED.pattern}))[\w-]+\.?){{0,3}}"
)
# A duration in these units ("Rata-rata waktu penerbitan izin", Satuan Hari): shorter is better.
_NON_WORD = re.compile(r"[^\w]+")
_TIME_UNITS = frozenset({"hari", "jam", "menit", "detik"})
_TIME_WORDS = re.compile(r"\b(waktu|lama)\b")


@functools.lru_cache(maxsize=256)  # a workbook has a handful of Satuan over hundreds of rows
def duration_unit(satuan: str) -> bool:
    """A Satuan of time ("Hari", "hari kerja", "Jam", "Menit"): a duration is a level, never summed
    over the quarters (3 hari in TW I and 2 hari in TW II are no 5 hari)."""
    return not _TIME_UNITS.isdisjoint(_NON_WORD.split(satuan.casefold()))


# A rate per 1.000 or 100.000 (AKI "per 100.000 KH", AKB "per 1.000 KH"), per mil, or a Satuan that is
# only a score or a level in years ("Nilai" of an IKM, "Poin", "Tahun" of Usia Harapan Hidup), or a
# level ("Level" of the maturity of SPIP or the capability of APIP: 3 in TW I and 3 in TW II are no 6).
_RATE = re.compile(r"\bper\s*\d|" + PER_MIL)
_SCORE_UNITS = frozenset({"nilai", "poin", "point", "tahun", "level", "tingkat"})


@functools.lru_cache(maxsize=256)
def rate_or_score_unit(satuan: str) -> bool:
    """A Satuan whose figures are rates or scores, levels never summed over the quarters (AKI 25 per
    100.000 KH in TW I and 30 in TW II are no 55 per 100.000 KH); a count ("kasus", "orang per tahun")
    or an amount ("Nilai (Rp)") is none."""
    text = satuan.casefold()
    # (every word that makes a "Peringkat ..." indicator no rank is a level: "predikat", "kategori" of
    # a Peringkat Kota Sehat summed 2 + 3 = 5 of 3 would print 166,67 % without a word)
    return bool(_RATE.search(text)) or text.strip() in _SCORE_UNITS or text.strip().rstrip(".") in _NO_RANKS


def summed_level_unit(indikator: str, satuan: str) -> bool:
    """:func:`rate_or_score_unit` for a Satuan beside its indicator: a rate always; the score and
    level words only when the indicator is not named "Jumlah ..." (a count of kategori or predikat,
    "Jumlah kategori produk unggulan" 3 + 4, is a sum)."""
    if not rate_or_score_unit(satuan):  # (cached: a rate is one too, so most Satuan end here)
        return False
    return bool(_RATE.search(satuan.casefold())) or not indikator.strip().casefold().startswith("jumlah")


_SCORES = frozenset({"indeks", "index", "nilai", "skor", "score", "poin", "point"})


@functools.lru_cache(maxsize=256)
def score_unit(satuan: str) -> bool:
    """A Satuan that is only a score ("Indeks", "Nilai" of an IKM, "Skor", "Poin"): never 0 for a quarter
    measured ("Nilai (Rp)" is an amount, "%" may be 0)."""
    return satuan.strip().casefold().rstrip(".") in _SCORES


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


def _plainly(text: str, found: re.Match[str]) -> str:
    """How the peringatan names a _PLAIN_ONLY word ``found`` in ``text`` (an indicator's casefolded
    name) that plainly measures the bad thing itself ("persentase penduduk miskin": '"penduduk
    miskin"'), "" where it does not."""
    after = _STILL_BAD.sub("", text[found.end() :])  # ("... yang belum ditindaklanjuti": no progress)
    before = re.findall(r"\w+", text[: found.start()])
    while before and before[0] in _MEASURES:
        before.pop(0)
    if (
        _PROGRESS.search(read := text[: found.end()] + after)
        or _HANDLED.search(read)
        or not _HOLDERS.issuperset(before)
        or not _HARMLESS_TAIL.issuperset(re.findall(r"\w+", _TAIL_DROPPED.sub(" ", after)))
    ):
        return ""
    word = found.group(1)
    if word in _ADJECTIVES:
        return f'"{" ".join((*before, word))}"' if before else ""  # ("desa tertinggal": the villages')
    return _ACRONYMS.get(word, word)


def lower_is_better(indikator: str, satuan: str) -> str:
    """The word of ``indikator`` that says its lower value is better ("kemiskinan"; "waktu" for a
    duration in days or hours; '"penduduk miskin"', the noun phrase of an adjective), "" when nothing
    says so."""
    text = indikator.casefold()
    if not _ANY_WORD.search(text):  # (most names: no word of either list, so nothing below can match)
        return "" if _PROGRESS.search(text) else _duration_word(text, satuan)
    # The words of before staff37 as they were read then (60f0e75): no clause silences them; staff37's
    # (_PLAIN_ONLY) only where the name plainly measures the thing itself. The first in the name is named.
    placeless = _PLACE.sub(" ", text)
    older = _LOWER_WORD.search(placeless)
    for found in _PLAIN_WORD.finditer(placeless, 0, older.start() if older else len(placeless)):
        if said := _plainly(placeless, found):
            return said
    if _PROGRESS.search(text):
        return ""
    if word := _LOWER_WORD.search(text):
        # (staff37's handling words only right before it: "Persentase pengentasan kemiskinan")
        handled = _HANDLED_OF.search(text, 0, word.start())
        return "" if handled else _ACRONYMS.get(word.group(1), word.group(1))
    return _duration_word(text, satuan)


def _duration_word(text: str, satuan: str) -> str:
    """The word of a duration in a name (casefolded) measured in a unit of time ("waktu", "lama":
    shorter is better), "" for any other."""
    if duration_unit(satuan) and (time := _TIME_WORDS.search(text)):
        return time.group(1)
    return ""
