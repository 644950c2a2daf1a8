"""A workbook started from last year's file, last year's Tahun left in Pengaturan: what its signing
date tells. A date a year after the reported quarter is either its year typed one too many or the
Tahun not changed (the report is this year's): both are said, with the cell of each. An empty date
prints the build's date: built a year after the reported quarter, the same two readings, said only
where that date is printed (:func:`as_printed`): a finding that depends on the day a command runs
would make the counts of ``export`` and the rekap differ by the day.

Pure, as :mod:`lkj_xl.core.pengaturan`, which calls it.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from lkj_xl.core import contract as c
from lkj_xl.core.dates import tanggal_indonesia
from lkj_xl.core.model import PERINGATAN, Finding, Report, Settings
from lkj_xl.core.tanggal import month_end


def today() -> _dt.date:
    """The build's date, the one an empty Tanggal Penandatanganan prints (the sheets' signature block,
    the Word document's) and :func:`as_printed` checks (tests replace it)."""
    return _dt.date.today()


def next_quarter_end(end: _dt.date) -> _dt.date:
    """The end of the quarter after the one ending on ``end`` (the year's report: three months on)."""
    return month_end(end.year + (end.month == 12), end.month % 12 + 3)


def year_late(day: _dt.date, end: _dt.date, next_end: _dt.date) -> _dt.date | None:
    """``day`` a year earlier when that falls after the reported quarter's ``end`` and by the next
    quarter's end (``next_end``): the date meant when its year was typed one too many."""
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 Februari
        return None
    return earlier if end < earlier <= next_end else None


def tahun_hint(s: Settings) -> str:
    """The other reading of a signing date a year late: the Tahun is last year's, left from last
    year's file, and the report is next year's ("" when the Tahun or its cell is unknown)."""
    if not s.tahun or not s.tahun_sel:
        return ""
    periode = c.triwulan_tahun(
        s.triwulan, s.tahun + 1, tahunan=s.laporan_tahunan, semester=s.semester_laporan
    )
    return f" Bila laporan ini {periode} (dari file tahun lalu), ubah Tahun di Pengaturan!{s.tahun_sel} menjadi {s.tahun + 1}"


def as_printed(report: Report, day: _dt.date | None = None) -> Report:
    """``report`` as the fronts that print the signing date see it (build and its Pemeriksaan, check,
    pdf, laporan, send, the add-in's press): where the Tanggal Penandatanganan is empty the signature
    block prints the build's date (``day``, default :func:`today`), and a date a year after the
    reported period is a peringatan. The one place that decides it: ``export``, the rekap and
    :func:`lkj_xl.load_report` never call it, so their counts do not depend on the day they run (a
    rekap row equals the agency's export whenever either runs)."""
    finding = _empty_tanggal_late(report.settings, day or today())
    if finding is None or finding in report.findings:
        return report
    return dataclasses.replace(report, findings=[*report.findings, finding])


def _empty_tanggal_late(s: Settings, built: _dt.date) -> Finding | None:
    """The peringatan when the signature block prints the build's date (Tanggal Penandatanganan empty,
    a Nama Kepala given) and that date is a year after the reported period, within a year and a
    quarter of its end: a TW III 2025 report built on 6 Desember 2026 is most likely 2026's, its Tahun
    left at 2025. None otherwise (a period unknown: not checked)."""
    if s.tanggal.strip() or not s.nama_kepala.strip() or not s.tahun or s.triwulan_galat:
        return None
    end = month_end(s.tahun, 3 * s.triwulan)
    if year_late(built, end, next_quarter_end(end)) is None:
        return None
    periode = c.triwulan_tahun(s.triwulan, s.tahun, tahunan=s.laporan_tahunan, semester=s.semester_laporan)
    why = (
        f"dicetak tanggal pembuatan ({tanggal_indonesia(built)}), lebih dari setahun sesudah akhir {periode} "
        f"({tanggal_indonesia(end)})."
    )
    hint = tahun_hint(s)
    todo = f"{hint}; bila bukan, isi Tanggal Penandatanganan" if hint else " Isi Tanggal Penandatanganan"
    pesan = f"Tanggal Penandatanganan kosong: {why}{todo}"
    return Finding(PERINGATAN, c.SHEET_PENGATURAN, s.tanggal_sel or s.tahun_sel, pesan)


def tanggal_doubted(report: Report) -> list[Finding]:
    """The findings that doubt the signing date the signature block prints (typed before the quarter
    ends, a year late; the build's date a year after it): the Word document marks them where the Kepala
    signs, ``lkj-xl pdf`` and ``laporan`` say them on stderr."""
    return [
        f for f in report.findings if f.sheet == c.SHEET_PENGATURAN and f.pesan.startswith(f"{c.P_TANGGAL} ")
    ]


# A year typed in the Triwulan's text ("Triwulan III Tahun 2026", "III/2026")
_YEAR = re.compile(r"(?<![0-9])(2[01][0-9]{2})(?![0-9])")


def triwulan_next_year(text: str, s: Settings) -> str:
    """The Tahun's advice beside an unread Triwulan typed with the year after the Tahun ("Triwulan III
    Tahun 2026" beside Tahun 2025): the Tahun is likely last year's, left from last year's file; ""
    otherwise (the galat's own "tulis Triwulan III saja" is then the advice)."""
    if not s.tahun or not s.tahun_sel or all(int(y) != s.tahun + 1 for y in _YEAR.findall(text)):
        return ""
    year = s.tahun + 1
    return f"; bila laporan ini Tahun {year} (dari file tahun lalu), ubah Tahun di Pengaturan!{s.tahun_sel} menjadi {year}"
