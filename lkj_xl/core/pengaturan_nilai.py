"""Pengaturan's values as staff type them that change what the report is of or who signs it: the
period (Tahun, Triwulan: "TA 2025", "Triwulan II (April-Juni)", a number typed into a date cell) and
the Kepala's NIP (one whose digits Excel lost is not printed). Pure, like :mod:`lkj_xl.core.pengaturan`.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from decimal import Decimal

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.kepala_teks import nip_with_rank
from lkj_xl.core.model import PERINGATAN, Cell
from lkj_xl.core.nama_periode import HALF_NAMES, QUARTER_WORD, month_number
from lkj_xl.core.numbers import TEXT_MARKS, looks_numeric
from lkj_xl.core.pasted import no_data_dash


def after_text_mark(text: str) -> str:
    """``text`` without Excel's text mark typed before a figure (``'07-07-2025``, ``'196905121994031008``:
    a Text-formatted cell keeps the ' as a character; Word's ’ pasted), as the number reader reads it,
    or before a dash of no data or nothing (``'-``, printed "NIP. '-"; ``'``); any other text as typed."""
    rest = text[1:].lstrip()
    marked = text[:1] and text[0] in TEXT_MARKS
    return rest if marked and (not rest or looks_numeric(rest) or no_data_dash(rest)) else text


# Day 0 of Excel's 1900 date system (from day 61 on, plain day arithmetic is Excel's).
EXCEL_EPOCH = _dt.date(1899, 12, 30)


# "TA 2025", "T.A. 2025", "Th. 2025", "Thn. 2025", "Tahun Anggaran 2025", "Th. Anggaran 2025", "TA: 2025":
# the year with its label (a colon after it as a form writes it).
_LABEL_TAHUN = r"(?:(?:(?:tahun|thn\.?|th\.?)\s*anggaran|tahun|thn\.?|th\.?|t\.? ?a\.?)\s*:?)"
TAHUN_LABEL = re.compile(_LABEL_TAHUN + r"\s*((?:20[0-9]{2})|2100)", re.IGNORECASE)
# The Tahun typed as a fiscal span, with or without its label: "2025/2026", "T.A. 2025/26", "2025-26".
_TAHUN_SPAN = re.compile(
    rf"(?:{_LABEL_TAHUN}\s*)?(20[0-9]{{2}})\s*(?:[-–—/]|s\.?\s?d\.?|sampai(?: dengan)?)\s*"
    r"(20[0-9]{2}|2100|[0-9]{2})",
    re.IGNORECASE,
)


def tahun_span(text: str) -> tuple[int, int] | None:
    """The two years of a Tahun typed as a span ("2025/26": 2025 and 2026; "2025-2025": 2025 twice).
    A short second year is only the same or the next year's last digits: "2025-06" (a month) is none."""
    found = _TAHUN_SPAN.fullmatch(c.tidy_text(text))
    if found is None:
        return None
    first, second = int(found.group(1)), found.group(2)
    if len(second) == 4:
        return first, int(second)
    short = {year % 100: year for year in (first, first + 1)}
    return (first, short[int(second)]) if int(second) in short else None


# "Triwulan II Tahun 2025", "TW II 2025", "II/2025", "Semester I Tahun Anggaran 2025": the quarter
# with the report's year after it.
_WITH_YEAR = re.compile(
    r"(.*?)[\s/,-]*(?:(?:tahun anggaran|tahun|thn|th|t\.?a\.?)\s*)?([0-9]{4})", re.IGNORECASE
)


def semester_text(text: str) -> bool:
    """The Triwulan typed as a half year: "Semester I", "Smt. II", "Sem II", "Semester 1 Tahun 2025"."""
    return c.HALF_YEAR.match(c.tidy_text(text)) is not None


# A half year's word anywhere in the text, also spelt short: "Laporan Semester I", "Smstr I", "Smst. II".
_HALF_WORD = re.compile(r"\b(?:semester\w*|smstr|smst|smt|sem)\b", re.IGNORECASE)


def half_year_why(typed: Cell | None, tahun: int | None) -> str | None:
    """Why a half year typed in a way not read ("Semester Genap", "Semester 3", "Semester II 2024" in
    2025) is none: it says what to type, not "harus angka 1-4" (a "4" makes the half year's report a
    quarterly one, so titled); None for a text naming no half year."""
    if typed is None or type(typed.value) is not str:
        return None
    text = c.tidy_text(typed.value)
    said = f'Parameter "{c.P_TRIWULAN}" "{_clip(text)}" tidak dapat dibaca: '
    months = _half_months(text)
    if months == 1:  # "Januari-Juni": the half year, or the quarterly report s.d. TW II
        return (
            f"{said}untuk laporan semester tulis Semester I (Januari-Juni), untuk laporan triwulan II tulis 2"
        )
    if months is None and not _HALF_WORD.search(text) and not _S_HALF.fullmatch(text):
        return None
    other = _WITH_YEAR.fullmatch(text)
    half = c.triwulan_from_text(other.group(1)) if other and semester_text(other.group(1)) else None
    if other and half in (2, 4) and tahun is not None and int(other.group(2)) != tahun:
        name = f"Semester {c.roman(half // 2)}"
        return f"{said}tahun {other.group(2)} bukan Tahun laporan ({tahun}); tulis {name} saja"
    return f"{said}untuk laporan semester tulis Semester I (Januari-Juni) atau Semester II (s.d. Desember)"


# "S2", "S 1": a half year written as a Sasaran's Kode is (stays unread, but no quarter is told).
_S_HALF = re.compile(r"s\s?[12]", re.IGNORECASE)


def _half_months(text: str) -> int | None:
    """The half year whose six months the text spans ("Januari-Juni" 1, "Jul - Des" 2), else None."""
    span = _MONTHS_SPAN.fullmatch(text)
    months = (month_number(span.group(1)), month_number(span.group(2))) if span else None
    return 1 if months == (1, 6) else 2 if months == (7, 12) else None


def tahunan_text(text: str, tahun: int | None) -> bool:
    """The Triwulan typed as the year's report, also followed by the report's own year ("Akhir Tahun
    2025"), or named so beside its quarter or months in brackets ("Tahunan (TW IV)", "TW IV
    (Tahunan)", "Tahunan (Januari-Desember)": triwulan_text has checked that the two agree)."""
    bracketed = _BRACKETED_QUARTER.fullmatch(c.tidy_text(text))
    if bracketed is not None:
        return any(tahunan_text(part, tahun) for part in bracketed.groups())
    if c.is_tahunan(_without_year(text, tahun)):
        return True
    with_year = _WITH_YEAR.fullmatch(c.tidy_text(text))
    if with_year is not None and tahun is not None and int(with_year.group(2)) == tahun:
        text = with_year.group(1)
    return c.is_tahunan(text)


# The report's year after a text, alone ("Akhir Tahun 2025": _WITH_YEAR takes "Tahun" for the year's)
_TRAILING_YEAR = re.compile(r"(.*?)[\s/,-]*([0-9]{4})")


def _without_year(text: str, tahun: int | None) -> str:
    """``text`` without the report's own year after it ("Akhir Tahun 2025" -> "Akhir Tahun")."""
    found = _TRAILING_YEAR.fullmatch(c.tidy_text(text))
    return (
        found.group(1) if found is not None and tahun is not None and int(found.group(2)) == tahun else text
    )


# A year's report typed in a way not read: "Tahun 2025", "TW IV / Tahunan", "Desember".
_YEAR_WORD = re.compile(r"\b(?:tahun\w*|desember|des)\b", re.IGNORECASE)


def tahunan_why(typed: Cell | None, tahun: int | None) -> str | None:
    """Why a year's report typed in a way not read is none: it says to type Tahunan, not "harus angka
    1-4" (a "4" makes it the quarterly Triwulan IV report, so titled); a quarter of another year
    ("Triwulan II Tahun 2024") is told the year is not the report's; None for other texts, and for a
    quarter other than IV named ("Triwulan II (April-Juni) Tahun 2025": Tahunan or 4 is no advice)."""
    if typed is None or type(typed.value) is not str or not _YEAR_WORD.search(typed.value):
        return None
    text = c.tidy_text(typed.value)
    said = f'Parameter "{c.P_TRIWULAN}" "{_clip(text)}" tidak dapat dibaca: '
    up_to = _SD_QUARTER.match(text)  # "s.d. Triwulan III Tahun 2024": the quarter after its s.d.
    other = _WITH_YEAR.fullmatch(text[up_to.end() :] if up_to else text)
    quarter = c.triwulan_from_text(other.group(1)) if other else None
    if other and quarter and tahun is not None and int(other.group(2)) != tahun:
        name = (
            "Tahunan" if c.is_tahunan(other.group(1)) else f"Triwulan {c.roman(quarter)}"
        )  # never IV for it
        return f"{said}tahun {other.group(2)} bukan Tahun laporan ({tahun}); tulis {name} saja"
    if _OTHER_QUARTER.search(_YEAR_NUMBER.sub(" ", text)):
        return None
    return f"{said}untuk laporan tahunan tulis Tahunan, untuk laporan triwulan IV tulis 4"


# A quarter other than IV named: "Triwulan II", "TW 5", "II" (a year's four digits taken out first); "TW
# lV", its I typed as an L, is IV
_OTHER_QUARTER = re.compile(
    rf"\b(?:{QUARTER_WORD}|kuartal|q)\s*[-.]?\s*(?!iv\b|lv\b|4\b|empat\b|keempat\b)\w+|\b(?:i{{1,3}}|[1-35-9])\b",
    re.IGNORECASE,
)
_YEAR_NUMBER = re.compile(r"\b[0-9]{4}\b")


# A quarter with its months or its name in brackets: "Triwulan II (April-Juni)", "TW 2 (Dua)".
_BRACKETED_QUARTER = re.compile(r"(.*?)\s*\((.*)\)")
# "s/d" as the seed writes it ("s/d Triwulan IV"), "s.d.", "sd".
_SD = r"s\s?[./]?\s?d\b\.?"
# The months of a quarter: "April-Juni", "Apr s.d. Jun", "Januari s/d Juni", "April - Juni 2025".
_MONTHS_SPAN = re.compile(
    rf"([a-z]+)\.?\s*(?:{_SD}|[-–—/]|sampai(?: dengan)?)\s*([a-z]+)\.?(?:\s+([0-9]{{4}}))?", re.IGNORECASE
)


# "s.d. Triwulan III", "Sampai dengan TW III", "s/d TW III": the TW III report (counted s.d. TW III)
_SD_QUARTER = re.compile(rf"(?:{_SD}|sampai(?:\s+dengan)?|hingga)\s*(?=\S)", re.IGNORECASE)


def triwulan_text(text: str, tahun: int | None) -> int | None:
    """The quarter a Triwulan text names (contract.triwulan_from_text), also followed by the report's
    own year or by its months or name in brackets, or after "s.d." (an LKjIP s.d. TW III is the TW III
    report); None for anything else (a year other than Tahun's is no quarter of this report; months
    of another quarter leave which one was meant unknown)."""
    if up_to := _SD_QUARTER.match(c.tidy_text(text)):
        rest = c.tidy_text(text)[up_to.end() :]
        # a quarter only: "s.d. Semester II" / "s.d. Tahunan" would be titled a quarterly report
        if semester_text(rest) or tahunan_text(rest, tahun):
            return None
        return triwulan_text(rest, tahun)
    bracketed = _BRACKETED_QUARTER.fullmatch(c.tidy_text(text))
    if bracketed is not None:
        quarter = triwulan_text(bracketed.group(1), tahun)
        half = semester_text(bracketed.group(1))
        if not half and semester_text(bracketed.group(2)):
            return None  # "Triwulan II (Semester I)": the quarterly report or the half year's?
        return quarter if quarter and _names_quarter(bracketed.group(2), quarter, tahun, half) else None
    quarter = c.triwulan_from_text(text)
    with_year = None if quarter else _WITH_YEAR.fullmatch(c.tidy_text(text))
    if with_year is not None and tahun is not None and int(with_year.group(2)) == tahun:
        quarter = c.triwulan_from_text(with_year.group(1))
    if quarter is None and c.is_tahunan(_without_year(text, tahun)):  # "Akhir Tahun 2025"
        return 4
    return quarter


def triwulan_mismatch(typed: object, tahun: int | None) -> str | None:
    """Why a quarter typed with its months or name in brackets that say another is unreadable."""
    bracketed = _BRACKETED_QUARTER.fullmatch(c.tidy_text(typed)) if type(typed) is str else None
    quarter = triwulan_text(bracketed.group(1), tahun) if bracketed is not None else None
    if bracketed is None or quarter is None:
        return None
    said = f'Parameter "Triwulan" "{_clip(c.tidy_text(str(typed)))}" tidak cocok'
    if (
        quarter == 4
        and not tahunan_text(bracketed.group(1), tahun)
        and tahunan_text(bracketed.group(2), tahun)
    ):
        # "s.d. TW IV (Tahunan)" (read as the year's report without its s.d., "TW IV (Tahunan)")
        return (
            f'{said}: "{_clip(bracketed.group(1))}" laporan triwulanan, "({_clip(bracketed.group(2))})" '
            "laporan tahunan; tulis Tahunan untuk laporan tahunan, atau 4 untuk laporan triwulanan"
        )
    if not semester_text(bracketed.group(1)) and c.triwulan_from_text(bracketed.group(2)) == quarter:
        half = f"Semester {c.roman(quarter // 2)}"
        return (
            f'{said}: "{_clip(bracketed.group(1))}" laporan triwulanan, "({_clip(bracketed.group(2))})" '
            f"laporan semester; tulis {half} untuk laporan semester, atau {quarter} untuk laporan triwulanan"
        )
    if semester_text(bracketed.group(1)):
        months = "Januari-Juni" if quarter == 2 else "Juli-Desember"
        return (
            f'{said}: "{_clip(bracketed.group(1))}" adalah Semester {c.roman(quarter // 2)} ({months}), '
            f'tetapi "({_clip(bracketed.group(2))})" tidak; tulis semesternya saja (Semester I atau II)'
        )
    if tahunan_text(bracketed.group(1), tahun):  # a "4" on this advice would make the quarterly report
        return (
            f'{said}: "{_clip(bracketed.group(1))}" adalah laporan tahunan, tetapi "({_clip(bracketed.group(2))})" '
            "tidak; untuk laporan tahunan tulis Tahunan, untuk laporan triwulan tulis triwulannya (1-4)"
        )
    return (
        f'{said}: "{_clip(bracketed.group(1))}" adalah Triwulan {c.roman(quarter)}, tetapi '
        f'"({_clip(bracketed.group(2))})" tidak; tulis triwulannya saja (1-4 atau I-IV)'
    )


# A half year's own name in its brackets: "Semester II (Dua)", "Semester 1 (Satu)".
_HALF_NAMES = HALF_NAMES | {"ke1": 1, "ke2": 2}


def _names_quarter(text: str, quarter: int, tahun: int | None, semester: bool = False) -> bool:
    """Whether the text in brackets after a quarter says the same quarter: its name ("Dua"), or its
    months from the quarter's first or from January (the report is cumulative) to its last, with the
    report's own year. A half year (``semester``) is also its own six months ("Semester II
    (Juli-Desember)"); its name ("Semester Kedua") or its last quarter's ("TW IV") say the same quarter,
    and "(Oktober-Desember)" is that quarter's own three, not another period."""
    half_name = _HALF_NAMES.get(c.tidy_text(text).casefold().replace("-", "")) if semester else None
    if half_name is not None:  # "Semester II (Dua)": the half's own name, not a quarter's ("(Dua)" is 1 of 2)
        return half_name == quarter // 2
    if c.triwulan_from_text(text) == quarter or (semester and _half_by_quarters(text, quarter)):
        return True
    up_to = _UP_TO.fullmatch(c.tidy_text(text))  # "Laporan Tahunan (s.d. TW IV)": cumulative, from TW I
    if up_to is not None and c.triwulan_from_text(up_to.group(1)) == quarter:
        return True
    if up_to is not None and month_number(up_to.group(1).strip(" .")) == 3 * quarter:
        return True  # "(s.d. Juni)", "(s.d. Desember)": from January up to the quarter's last month
    span = _MONTHS_SPAN.fullmatch(text)
    if span is None:
        return False
    first, last = month_number(span.group(1)), month_number(span.group(2))
    year = int(span.group(3)) if span.group(3) else tahun
    firsts = (1, 3 * quarter - 2, 3 * quarter - 5) if semester else (1, 3 * quarter - 2)
    return first in firsts and last == 3 * quarter and year == tahun


# A half year by its quarters: "TW I-II", "Triwulan III dan IV", "TW III s.d. TW IV".
_QUARTERS_SPAN = re.compile(rf"(.+?)\s*(?:\b{_SD}|[-–—/&,]|\bsampai(?: dengan)?|\bdan)\s*(.+)", re.IGNORECASE)
# Up to its last quarter: "s.d. TW II", "s/d TW II", "sampai dengan Triwulan IV".
_UP_TO = re.compile(rf"(?:{_SD}|sampai(?: dengan)?)\s*(.+)", re.IGNORECASE)


def _half_by_quarters(text: str, quarter: int) -> bool:
    """Whether a half year's brackets name it by its quarters: its two ("TW I-II"), from TW I (the
    report is cumulative: "TW I-IV"), or up to its last ("s.d. TW II"); ``quarter`` is its last."""
    text = c.tidy_text(text)
    up_to = _UP_TO.fullmatch(text)
    if up_to is not None:
        return c.triwulan_from_text(up_to.group(1)) == quarter
    span = _QUARTERS_SPAN.fullmatch(text)
    if span is None:
        return False
    first, last = c.triwulan_from_text(span.group(1)), c.triwulan_from_text(span.group(2))
    if first is not None and last is None:  # "TW l-ll": the second numeral after the first's word
        last = c.triwulan_from_text(f"TW {span.group(2)}")
    return first in (1, quarter - 1) and last == quarter


def in_date_cell(reader: CellReader, cell_ref: tuple[Cell | None, str], name: str) -> int | None:
    """A Tahun (2000-2100) or Triwulan (1-4) typed into a date-formatted cell (the Tanggal's format
    copied up), which Excel keeps as that day of its 1900 date system: 2025 shown 17/07/1905, 2
    shown 02/01/1900. Read as the number, with a peringatan to change the cell's format (typed again,
    it stays a date: the galat's "tulis ulang" did not help); None for any other value (a date of
    this century is no number typed)."""
    cell, ref = cell_ref
    raw = cell.value if cell is not None else None
    if type(raw) is not _dt.datetime or raw.time() != _dt.time(0):
        return None
    if name == c.P_TAHUN:
        number = (raw.date() - EXCEL_EPOCH).days  # from serial 61 on, plain day arithmetic is Excel's
        low, high = 2000, 2100
    else:  # serials 1-4 as Excel shows them (tanggal.as_excel_shows): 1-4 January 1900
        number = raw.day if (raw.year, raw.month) == (1900, 1) else 0
        low, high = 1, 4
    if not low <= number <= high:
        return None
    why = f"berisi tanggal {raw:%d/%m/%Y}: angka {number} yang diketik di sel berformat tanggal; dibaca {number}"
    reader.add(
        PERINGATAN,
        ref,
        f'Parameter "{name}" {why}. Ubah format sel menjadi Umum (General): sel akan menampilkan {number}',
    )
    return number


def whole_number(raw: object) -> bool:
    return (
        isinstance(raw, (int, float)) and not isinstance(raw, bool) and math.isfinite(raw) and raw == int(raw)
    )


_NIP_LABEL = re.compile(r"nip\b\s*[.:]?\s*", re.IGNORECASE)
# A number as Excel shows it in a narrow General cell, kept as text (pasted from a CSV, or the cell
# set to Text and entered again): "1,97001E+17".
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]*)?e\+?[0-9]+", re.IGNORECASE)
_NIP_DIGITS = 18  # birth date (8), TMT CPNS (6), sex (1), a sequence number from 001 (3)
_NIP_AS_TEXT = "tulis ke-18 angka NIP sebagai teks (format sel Teks, lalu ketik ulang)"


def nip(reader: CellReader, cell: Cell | None, ref: str) -> str:
    """The NIP as printed after "NIP. ": without a "NIP." typed before it. A NIP whose digits Excel
    lost is not printed (another person's NIP on a signed page), with a peringatan asking to type it
    as text: typed as a number (Excel keeps 15 digits: 197001011995031001 becomes
    197001011995031000), that number's text ("1,97001E+17"), or 18 digits ending in the sequence
    number 000, which no NIP has. A NIP of digits not 18 long is a peringatan (printed as typed)."""
    raw = cell.value if cell is not None else None
    if isinstance(raw, (int, float)) and whole_number(raw) and abs(raw) >= 10**15:
        kept = int(Decimal(repr(float(raw))))
        why = f"ditulis sebagai angka ({kept}): Excel hanya menyimpan 15 angka pertama, sisanya menjadi 0"
        reader.add(PERINGATAN, ref, f"NIP Kepala {why}, jadi NIP tidak dicetak; {_NIP_AS_TEXT}")
        return ""
    text = reader.text(cell)
    text = after_text_mark(_NIP_LABEL.sub("", text, count=1) if _NIP_LABEL.match(text) else text)
    if no_data_dash(text):  # "-": no data, as in every cell ("NIP. -" was printed)
        return ""
    if (ranked := nip_with_rank(reader, text, ref)) is not None:  # "1970... / Pembina Tk. I", "IV/b"
        if not ranked:
            return ""
        text = ranked
    digits = text.replace(" ", "")
    if _SCIENTIFIC.fullmatch(digits):
        lost = "berupa angka yang dipotong Excel (notasi ilmiah): angka NIP sudah hilang"
    elif digits.isdigit() and digits.isascii() and len(digits) == _NIP_DIGITS and digits.endswith("000"):
        lost = "berakhir dengan nomor urut 000, yang tidak ada: angka terakhirnya hilang (pernah ditulis sebagai angka?)"
    else:
        lost = ""
    if lost:
        reader.add(
            PERINGATAN, ref, f'NIP Kepala "{_clip(text)}" {lost}, jadi NIP tidak dicetak; {_NIP_AS_TEXT}'
        )
        return ""
    if not digits.isdigit() or not digits.isascii():
        return text
    if len(digits) != _NIP_DIGITS:
        why = f"terdiri dari {len(digits)} angka, padahal NIP terdiri dari {_NIP_DIGITS} angka"
        reader.add(PERINGATAN, ref, f'NIP Kepala "{_clip(text)}" {why}; dicetak apa adanya, periksa')
    return text


# A signature-block text typed to say it is not known yet: a dash, dots, "belum ada" (printed as the
# signer's name: "-" above the NIP of a signed page); a blank to write on ("_____"), a mark to fill in
# ("xxx", "???"), "nihil", a hint in brackets ("(nama)", "[Nama Kepala]", "<nama>").
_NOT_KNOWN = re.compile(
    r"[._…\s]+|(?:x\s*){2,}|[?\s]+|belum ada|belum diisi|tidak ada|kosong|nihil|n/?a|[(\[<{][^()\[\]<>{}]*[)\]>}]",
    re.IGNORECASE,
)
# The parameter's label typed before its value or copied as it ("Nama: Drs. H. Ahmad", "Nama Kepala",
# "NAMA KEPALA DINAS", "Jabatan", "Tempat: Lumajang"): its first word, then words of the label only.
_LABEL_WORDS = {c.P_KEPALA: "nama", c.P_JABATAN: "jabatan", c.P_TEMPAT: "tempat", c.P_TANGGAL: "tanggal"}
_LABEL_MORE = frozenset(
    {"kepala", "dinas", "badan", "perangkat", "daerah", "opd", "pejabat", "penandatangan", "penandatanganan"}
)


def _past_label(rest: str, param: str) -> str:
    """``rest`` without ``param``'s label typed before it: what follows a colon ("Nama: Drs. H. Ahmad",
    "Jabatan: Kepala Dinas"), "" for the label alone, the name or place after "Nama" / "Tempat" with no
    colon ("Tempat Lumajang"); a Jabatan beginning with the word ("Jabatan Fungsional ...") as typed."""
    words = rest.split()
    if not words or words[0].rstrip(":").casefold() != _LABEL_WORDS.get(param):
        return rest
    colon, i = words[0].endswith(":"), 1
    while not colon and i < len(words) and words[i].rstrip(":").casefold() in _LABEL_MORE:
        colon, i = words[i].endswith(":"), i + 1
    if not colon and i < len(words) and words[i] == ":":
        colon, i = True, i + 1
    after = " ".join(words[i:])
    return after if colon or not after or param in (c.P_KEPALA, c.P_TEMPAT) else rest


def signer_text(text: str, param: str = "") -> str:
    """A Nama Kepala, Jabatan Kepala, Tempat or Tanggal as the signature block prints it: "" for a text
    that says it is not known ("-", "–", ".", "...", "belum ada", "_____", "xxx", "nihil", "(nama)",
    Excel's text mark before it: "'-") or is the label of ``param`` copied ("Nama Kepala"), read as the
    empty cell is (no block without a name); the text after the label typed before it ("Nama: Drs. H.
    Ahmad"); any other text as typed."""
    rest = text.strip()
    rest = rest[1:].strip() if rest[:1] and rest[0] in TEXT_MARKS else rest
    past = _past_label(rest, param)
    if not past or no_data_dash(past) or _NOT_KNOWN.fullmatch(past):
        return ""
    return text if past == rest else past
