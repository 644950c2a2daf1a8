"""A date typed as text, the ways Indonesian staff write one: ``4 Juli 2025``, ``04-07-2025`` (day
first, the Indonesian order), ``4/7/2025``, ``2025-07-04``, ``04-Jul-2025``, ``Juli 2025`` (the day left
to be written by hand), with the place or the weekday before it (``Lumajang, 4 Juli 2025``).

A text that names no date of the calendar (31-06-2025, a 13th month, a two-digit year) is not read:
the reason is given, never a guess. Pure: the standard library only.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from lkj_xl.core.contract import tidy_text
from lkj_xl.core.nama_periode import BULAN as _BULAN
from lkj_xl.core.nama_periode import MONTHS as _MONTHS
from lkj_xl.core.nama_periode import month_number as month_number  # (its readers' import)

_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # Monday first, as weekday()

# The cell's label typed before the date ("tgl. 4 Juli 2025", "Tanggal: 4 Juli 2025"): no part of it.
_LABEL = re.compile(r"^(?:tgl\.?|tanggal)\s*:?\s*(?=\d)", re.IGNORECASE)
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5}
_WEEKDAYS.update({"minggu": 6, "ahad": 6})

_SEP = r"\s*[-/.]\s*"
_NUMERIC = re.compile(rf"([0-9]{{1,2}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{4}}|[0-9]{{2}})")
_ISO = re.compile(rf"([0-9]{{4}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{1,2}})")
# (a two-digit year also after an apostrophe, "30 Sept '25", or Word's quotes ’ ‘: told as two digits,
# not "no date"; a four-digit year after one, "30 Sep '2025", is the year, also with the apostrophe straight
# after the month, "30 Sep'2025")
_WORDS = re.compile(
    r"([0-9]{1,2})\s*[-/.\s]\s*([a-z']+?)(?:\.?\s*[-/.\s]\s*['\u2018\u2019]?|['\u2018\u2019])"
    r"(?:([0-9]{2})|([0-9]{4}))"
)
# September as staff also abbreviate it in a date ("30 Spt 2025"); only between a day and a year: "SPT"
# alone is the tax return (Surat Pemberitahuan Tahunan), no month to nama_periode's other readers.
_DATE_MONTHS = {**_MONTHS, "spt": 9}
# A month whose day is left to be written by hand: "Juli 2025", "... Juli 2025", "- Juli 2025",
# "__ Juli 2025" (dots, dashes, an ellipsis or underscores where the day goes).
_DAY_BLANK = "._\u2026\\s\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_MONTH_ONLY = re.compile(rf"[{_DAY_BLANK}]*([a-z']+)\.?\s*[-/\s]\s*([0-9]{{4}})")


@dataclass(frozen=True)
class TanggalTeks:
    """What a date text says: a day, or a month (``year``, ``month``) without its day; ``problem`` says
    why a text that looks like a date is none (then neither is set); ``place`` and ``weekday`` are what
    was typed before it, each followed by a comma ("Lumajang, Jumat, 4 Juli 2025")."""

    day: _dt.date | None = None
    month: tuple[int, int] | None = None
    problem: str = ""
    place: str = ""
    weekday: str = ""


def hari(day: _dt.date) -> str:
    return _HARI[day.weekday()]


def bulan_tahun(year: int, month: int) -> str:
    return f"{_BULAN[month - 1]} {year}"


def month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def read_tanggal(text: str) -> TanggalTeks:
    """The date a text names (see the module); an empty TanggalTeks for a text that is no date."""
    text = tidy_text(text).rstrip(".,; ")  # "4 Juli 2025." as a sentence ends
    *before, rest = [part.strip() for part in text.split(",")]
    weekday = before.pop() if before and before[-1].casefold() in _WEEKDAYS else ""
    found = _read(_LABEL.sub("", rest, count=1).casefold())
    if found.day is None and found.month is None and not found.problem:
        return TanggalTeks()
    if weekday and found.day is not None and _WEEKDAYS[weekday.casefold()] != found.day.weekday():
        day = found.day
        problem = f'hari "{weekday}" tidak cocok: {day.day} {bulan_tahun(day.year, day.month)}'
        return TanggalTeks(problem=f"{problem} jatuh pada hari {hari(day)}")
    return TanggalTeks(found.day, found.month, found.problem, ", ".join(before), weekday)


def _read(text: str) -> TanggalTeks:
    numeric = _NUMERIC.fullmatch(text)
    if numeric:
        return _date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)), numeric.group(3))
    iso = _ISO.fullmatch(text)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), iso.group(1))
    words = _WORDS.fullmatch(text)
    if words and words.group(2) in _DATE_MONTHS:
        year = words.group(3) or words.group(4)
        return _date(int(year), _DATE_MONTHS[words.group(2)], int(words.group(1)), year)
    month_only = _MONTH_ONLY.fullmatch(text)
    if month_only and month_only.group(1) in _MONTHS:
        return TanggalTeks(month=(int(month_only.group(2)), _MONTHS[month_only.group(1)]))
    return TanggalTeks()


def _date(year: int, month: int, day: int, year_typed: str) -> TanggalTeks:
    if len(year_typed) != 4:
        return TanggalTeks(problem=f"tahun ditulis {year_typed} (dua angka); tulis tahunnya lengkap")
    if not 1 <= month <= 12:
        why = f"tidak ada bulan ke-{month}"
        if 1 <= day <= 12 and 1 <= month <= calendar.monthrange(year, day)[1]:  # 07-13-2025: month first?
            why += f" (urutan bulan-hari untuk {month} {bulan_tahun(year, day)}?)"
        return TanggalTeks(problem=f"{why}; tanggal ditulis hari-bulan-tahun (mis. 04-07-2025)")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return TanggalTeks(problem=f"tidak ada tanggal {day} {bulan_tahun(year, month)}")
    return TanggalTeks(day=_dt.date(year, month, day))


# Excel's 1900 date system counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug):
# serial 1 is 1 January 1900, 59 is 28 February, 60 the false 29 February, 61 is 1 March 1900. Plain
# day arithmetic from 30 December 1899 (the reader's, COM's OLE dates, the task pane's JavaScript) is
# right from serial 61 on and a day early below it.
EXCEL_FALSE_LEAP_DAY = "29/02/1900"  # what a date cell holding 60 shows (dd/mm/yyyy): no date of the calendar
FALSE_LEAP_DAY_WHY = (
    "berisi tanggal 29/02/1900, tanggal yang tidak ada (Excel menghitung 1900 sebagai tahun kabisat; "
    "sel berformat tanggal ini menyimpan angka 60)"
)
_OLE_EPOCH = _dt.datetime(1899, 12, 30)
_SERIAL_1 = _dt.datetime(1899, 12, 31)  # serial 1 by plain arithmetic
_SERIAL_60 = _dt.datetime(1900, 2, 28)
_SERIAL_61 = _dt.datetime(1900, 3, 1)


def excel_date(serial: float, date1904: bool = False) -> _dt.datetime | str:
    """The date Excel shows for a date cell holding ``serial`` (``date1904``: the workbook's 1904 date
    system, which has no false day); EXCEL_FALSE_LEAP_DAY for serial 60 of the 1900 system.
    Raises OverflowError or ValueError for a number out of range."""
    if date1904:
        return _dt.datetime(1904, 1, 1) + _dt.timedelta(days=serial)
    return as_excel_shows(_OLE_EPOCH + _dt.timedelta(days=serial))


def as_excel_shows(moment: _dt.datetime) -> _dt.datetime | str:
    """A date made of a 1900-system serial by plain day arithmetic from 30 December 1899 (what COM's
    Range.Value and the task pane give) as Excel shows it: a day later for serials 1 to 59,
    EXCEL_FALSE_LEAP_DAY for serial 60; others (from 1 March 1900, or a time alone) as they are."""
    if moment < _SERIAL_1 or moment >= _SERIAL_61:
        return moment
    if moment >= _SERIAL_60:
        return EXCEL_FALSE_LEAP_DAY
    return moment + _dt.timedelta(days=1)
