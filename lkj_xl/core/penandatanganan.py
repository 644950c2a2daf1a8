"""Pengaturan's signing date and place (Tanggal and Tempat Penandatanganan) as the signature block
prints them, with the peringatan of a date that cannot be the signing's: before the reported quarter
ends, a quarter late, its day and month swapped by Excel set to English, a 1904 date system, a year
left from last year's file (:mod:`lkj_xl.core.tahun_lalu`), the whole signature line typed as the Tempat.

Pure, like :mod:`lkj_xl.core.pengaturan`, which calls it.
"""

from __future__ import annotations

import datetime as _dt

from lkj_xl.core import contract as c
from lkj_xl.core import tahun_lalu
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.dates import tanggal_indonesia
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.grids import unreadable
from lkj_xl.core.model import PERINGATAN, Cell, Settings
from lkj_xl.core.pengaturan_nilai import EXCEL_EPOCH, after_text_mark, signer_text, whole_number
from lkj_xl.core.tanggal import bulan_tahun, month_end, read_tanggal

# Excel's day numbers (the 1900 date system) of 1 January 2000 and 31 December 2100: a whole number
# between them in the Tanggal cell is a date whose cell lost its date format.
_EXCEL_DAYS = (36526, 73415)


def signing_date(
    reader: CellReader, cell: Cell | None, ref: str, s: Settings, where: tuple[str, _dt.date | None]
) -> str:
    """The signing date as the signature block prints it; a date before the reported quarter ends
    (04-07-2025 kept by Excel set to English as 7 April) is a peringatan naming the swapped date. A
    date typed as text is read as staff write it (``tanggal.read_tanggal``) and checked alike.
    ``where``: the Tempat's cell and the end of the reported quarter (None: unknown)."""
    raw = cell.value if cell is not None else None
    serial = int(raw) if isinstance(raw, (int, float)) and whole_number(raw) else None
    if serial is not None and _EXCEL_DAYS[0] <= serial <= _EXCEL_DAYS[1]:
        raw = EXCEL_EPOCH + _dt.timedelta(days=serial)  # a date pasted as a value into a General cell
        why = f"berisi angka {serial}, bukan tanggal (sel tidak berformat tanggal)"
        reader.add(PERINGATAN, ref, f"Tanggal Penandatanganan {why}; dibaca sebagai {tanggal_indonesia(raw)}")
    if type(raw) is str:
        typed = after_text_mark(reader.text(cell))
        if not signer_text(typed, c.P_TANGGAL):  # ("-", "...", "_____": no date, as an empty Tanggal)
            return ""
        return _tanggal_teks(reader, typed, ref, s, where)
    if not isinstance(raw, (_dt.datetime, _dt.date)):
        return reader.text(cell)
    day = raw.date() if isinstance(raw, _dt.datetime) else raw
    if cell is not None and cell.month_only:  # "Juli 2025" typed, kept by Excel as 1 July: no day
        shown = bulan_tahun(day.year, day.month)
        reader.add(
            PERINGATAN,
            ref,
            f"Tanggal Penandatanganan hanya menunjukkan bulan dan tahun ({shown}; Excel menyimpannya sebagai "
            f"{tanggal_indonesia(day)}): dicetak {shown}, tanpa tanggal. Bila tanggal penandatanganan sudah "
            "pasti, tulis lengkap (mis. 4 Juli 2025)",
        )
        _check_signed(reader, ref, (month_end(day.year, day.month), None), s, where[1])
        return shown
    _check_signed(reader, ref, (day, day), s, where[1])
    return tanggal_indonesia(day)


def signature_line(
    reader: CellReader, s: Settings, tempat_ref: str, tanggal: tuple[Cell | None, str], end: _dt.date | None
) -> str | None:
    """The whole signature line typed as the Tempat ("Lumajang, 4 Juli 2025", which printed the date
    twice): the place is the Tempat; with the Tanggal empty its date is the signing date (returned,
    checked as a Tanggal is), else a peringatan (the Tanggal's date is printed). None otherwise."""
    said = read_tanggal(s.tempat) if "," in s.tempat else None
    if said is None or not said.place or (said.day is None and said.month is None):
        return None
    typed, s.tempat = s.tempat, ""
    if not signer_text(reader.text(tanggal[0]), c.P_TANGGAL) and not unreadable(tanggal[0]):  # (or "-")
        return _tanggal_teks(reader, typed, tempat_ref, s, ("", end))
    s.tempat = said.place
    why = (
        f'memuat tanggal; yang dicetak "{said.place}" dan tanggal dari Tanggal Penandatanganan ({tanggal[1]})'
    )
    reader.add(
        PERINGATAN, tempat_ref, f'Tempat Penandatanganan "{_clip(typed)}" {why}: hapus tanggal di sini'
    )
    return None


def _tanggal_teks(
    reader: CellReader, text: str, ref: str, s: Settings, where: tuple[str, _dt.date | None]
) -> str:
    """A signing date typed as text: a date printed the Indonesian way (with the weekday typed before
    it), a month as typed; a place typed before it is the Tempat's (or stands for an empty one)."""
    said = read_tanggal(text)
    if said.problem or (said.day is None and said.month is None):
        why = said.problem or "tidak dapat dibaca sebagai tanggal (mis. 4 Juli 2025)"
        reader.add(
            PERINGATAN,
            ref,
            f'Tanggal Penandatanganan "{_clip(text)}": {why}; dicetak apa adanya dan tidak diperiksa '
            "terhadap akhir triwulan",
        )
        return text
    if said.place:
        _place(reader, said.place, ref, s, where[0])
    text = text.rpartition(",")[2].strip()  # the month as typed, without the place and weekday
    if said.month is not None:
        _check_signed(reader, ref, (month_end(*said.month), None), s, where[1])
        return text
    assert said.day is not None
    _check_signed(reader, ref, (said.day, said.day), s, where[1])
    return f"{said.weekday}, {tanggal_indonesia(said.day)}" if said.weekday else tanggal_indonesia(said.day)


def _place(reader: CellReader, place: str, ref: str, s: Settings, tempat_ref: str) -> None:
    """The place typed before the signing date ("Lumajang, 4 Juli 2025"): the Tempat when it is empty;
    another place than the Tempat is a peringatan (the Tempat is printed)."""
    if not s.tempat:
        s.tempat = place
    elif c.normalize_label(place) != c.normalize_label(s.tempat):
        where = f"Tempat Penandatanganan ({tempat_ref})" if tempat_ref else "Tempat Penandatanganan"
        why = f'memuat tempat "{_clip(place)}", lain dari {where} "{_clip(s.tempat)}"'
        reader.add(PERINGATAN, ref, f"Tanggal Penandatanganan {why}; yang dicetak {s.tempat}")


def _check_signed(
    reader: CellReader, ref: str, signed: tuple[_dt.date, _dt.date | None], s: Settings, end: _dt.date | None
) -> None:
    """A peringatan when the signing date (``signed``: its last day, and the day itself unless only
    its month was typed) is before ``end``, the end of the reported quarter, naming the date with its
    day and month swapped when that one is after it."""
    last, day = signed
    if end is not None and day is not None and last >= end:
        _late_swapped(reader, ref, day, s, end)
    if end is None or last >= end:
        return
    why = f"sebelum akhir {c.triwulan_tahun(s.triwulan, s.tahun, tahunan=s.laporan_tahunan, semester=s.semester_laporan)} ({tanggal_indonesia(end)})"
    swapped = _swapped(day) if day is not None else None
    if swapped is not None and swapped >= end:
        why += f"; tertukar hari dan bulan ({tanggal_indonesia(swapped)})?"
    elif day is not None and (meant := _read_as_1900(day, end)) is not None:
        shown_meant = tanggal_indonesia(meant)
        why += f"; sistem tanggal 1904 (tanggal yang dimaksud {shown_meant})? Ketik tanggal sebagai teks, mis. {shown_meant}"
    shown = tanggal_indonesia(day) if day is not None else bulan_tahun(last.year, last.month)
    reader.add(PERINGATAN, ref, f"Tanggal Penandatanganan {shown} {why}")


def _late_swapped(reader: CellReader, ref: str, day: _dt.date, s: Settings, end: _dt.date) -> None:
    """A peringatan at a signing date after the next quarter's end whose day and month swapped fall
    between the reported quarter's end and it: "10/7/2025" typed on a PC set to English (United
    States) is kept by Excel as 7 October, the TW II report signed a quarter late."""
    next_end = tahun_lalu.next_quarter_end(end)
    # The year's report has no "next quarter": its deadline is three months after the year.
    after = (
        f"lebih dari tiga bulan sesudah akhir Tahun {s.tahun}"
        if s.laporan_tahunan and s.tahun
        else "sesudah akhir triwulan berikutnya"
    )
    if day > next_end and (meant := tahun_lalu.year_late(day, end, next_end)) is not None:
        # the new year's date copied in (the day falls in the next quarter with the year one less), or
        # last year's Tahun left in a workbook started from last year's file: both are said
        reader.add(
            PERINGATAN,
            ref,
            f"Tanggal Penandatanganan {tanggal_indonesia(day)} {after} "
            f"({tanggal_indonesia(next_end)}); salah tahun ({tanggal_indonesia(meant)})?{tahun_lalu.tahun_hint(s)}",
        )
        return
    swapped = _swapped(day)
    if day > next_end and swapped is not None and end <= swapped < day:
        reader.add(
            PERINGATAN,
            ref,
            f"Tanggal Penandatanganan {tanggal_indonesia(day)} {after} "
            f"({tanggal_indonesia(next_end)}); tertukar hari dan bulan ({tanggal_indonesia(swapped)})?",
        )


# Days between a serial's date counted from 1 January 1904 and from 30 December 1899 (the 1900 system).
_DAYS_1904 = 1462


def _read_as_1900(day: _dt.date, end: _dt.date) -> _dt.date | None:
    """The date a 1904-system workbook holds when ``day`` is its serial read in the 1900 system (as
    Office.js gives it: no released ExcelApi set tells the task pane the date system), when that date
    falls after the reported quarter's ``end`` and by the next quarter's end."""
    meant = day + _dt.timedelta(days=_DAYS_1904)
    next_end = tahun_lalu.next_quarter_end(end)
    return meant if end <= meant <= next_end else None


def _swapped(day: _dt.date) -> _dt.date | None:
    """The date with its day and month swapped (7 April -> 4 Juli), None when there is none."""
    try:
        return _dt.date(day.year, day.day, day.month)
    except ValueError:
        return None
