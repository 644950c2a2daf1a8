"""Which sheets of a workbook lkj-xl wrote itself, so that a rebuild replaces only those.

A build replaces the six output sheets (:data:`lkj_xl.core.contract.OUTPUT_SHEETS`, names matched ignoring
case). A sheet of the user's that happens to carry one of those names (``Ringkasan`` and
``Pemeriksaan`` are common sheet names in Indonesian offices) must never be replaced: the build
refuses instead. A sheet counts as the tool's when it carries either of two marks:

1. **The owner name** (written by every build since this module exists): a defined name
   :data:`OWNER_NAME` scoped to the sheet (``<definedName name="lkj_xl_keluaran" localSheetId="N"
   hidden="1">"lkj-xl"</definedName>``). Why a sheet-scoped name: ECMA-376 Part 1 §18.2.5 makes the
   scope (``localSheetId``) part of the name's identity, so Excel keeps such a name when it saves the
   file, moves it with the sheet when sheets are reordered or the sheet is renamed, copies it with the
   sheet ("Move or Copy... > Create a copy") and deletes it with the sheet; a sheet the user creates
   afterwards under the same name therefore has no mark. Excel cannot be run here: this relies on the
   specification, on Excel's documented Name Manager behaviour, and on Excel's own Solver add-in,
   which keeps its settings in exactly such hidden sheet-scoped constant names (``solver_opt``,
   ``solver_typ``...) that survive every save. LibreOffice keeps it too (tested:
   ``soffice --convert-to xlsx`` writes it back with ``hidden="false"``, the scope intact).
2. **The title** every version of lkj-xl wrote in cell A1 of each output sheet,
   ``"<title> s.d. Triwulan <n>[ Tahun <yyyy>]"`` (:data:`TITLES`; the same in every version so far;
   ``<n>`` is ``?`` followed by the galat when the Triwulan could not be read).
   This recognises sheets built before the owner name existed, and sheets written by an older task
   pane or desktop button, which did not write the name (the task pane writes it since it applies
   plans with ``worksheet.names.add``, the desktop button with COM's ``Sheet.Names.Add``, xlwings
   Lite with xlwings' ``namesAdd`` action, not hidden there). A user's own sheet is very unlikely to start
   with exactly that sentence unless it is a copy of the tool's table.

Pure: no openpyxl, no xlwings; the package graft (:mod:`lkj_xl.xlsx.package`) and the add-in call
:func:`is_tool_sheet` with what they read from their side.
"""

from __future__ import annotations

import re

from lkj_xl.core import contract as c

OWNER_NAME = "lkj_xl_keluaran"
"""Defined name, scoped to an output sheet, that marks the sheet as written by lkj-xl."""
OWNER_VALUE = '"lkj-xl"'
"""What the owner name refers to: a text constant (refers to no cell, so it never breaks)."""

# The A1 title of each output sheet as written by every lkj-xl version so far (before the period).
# These are history: if a table's title changes later, add the new one instead of replacing it.
TITLES: dict[str, tuple[str, ...]] = {
    c.SHEET_CAPAIAN_TS: ("Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis",),
    c.SHEET_CAPAIAN_PROGRAM: ("Tabel 3.2 Capaian Kinerja Program yang Mendukung Sasaran Strategis",),
    c.SHEET_EFISIENSI: ("Tabel 3.3 Efisiensi Penggunaan Sumber Daya",),
    c.SHEET_REALISASI_ANGGARAN: ("Tabel 3.4 Realisasi Anggaran",),
    c.SHEET_RINGKASAN: ("Ringkasan Capaian Kinerja",),
    c.SHEET_PEMERIKSAAN: ("Hasil Pemeriksaan Data Kinerja dan Anggaran",),
    c.SHEET_PERBANDINGAN: ("Perbandingan Realisasi Kinerja",),
    c.SHEET_ANALISIS_CAPAIAN: ("Analisis Capaian Kinerja",),
    c.SHEET_GRAFIK: ("Grafik Capaian Kinerja",),
}
CHART_MARK = "[lkj-xl]"
"""Ends the alternative text (``descr``) of every chart lkj-xl draws: a rebuild that replaces or drops
the tool's charts does not report them as the user's additions (a chart the user added has no mark)."""
# LibreOffice drops the alternative text when it saves an .xlsx, but keeps chart titles: a chart
# titled as the Grafik sheet's charts are is also the tool's.
CHART_TITLES = (
    "Capaian Indikator Tujuan dan Sasaran (%)",
    "Jumlah Indikator per Kriteria dan Tingkat",
    "Penyerapan Anggaran per Program (%)",
)
TREND_TITLE_PREFIX = "Tren "  # "Tren S2: Persentase koperasi ..."


def is_tool_chart(descr: object, title: object) -> bool:
    """True for a chart lkj-xl drew: its alternative text carries :data:`CHART_MARK`, or (after a
    LibreOffice save) its title is one of the Grafik sheet's."""
    if isinstance(descr, str) and descr.rstrip().endswith(CHART_MARK):
        return True
    if not isinstance(title, str):
        return False
    title = " ".join(title.split())
    return title in CHART_TITLES or title.startswith(TREND_TITLE_PREFIX)


# (a Triwulan that could not be read: "s.d. Triwulan ? Tahun 2025 (Galat: Triwulan di Pengaturan!B7 ...)")
# (the year's report, Pengaturan Triwulan "Laporan Tahunan": "Tahun 2025"; its Tahun unreadable "Tahun ?")
_PERIOD = r"(?: s\.d\. Triwulan \S+(?: Tahun \S+)?(?: \(Galat: Triwulan di \S+ tidak terbaca\))?| Tahun (?:\d{4}|\?))"


def is_owner_name(name: object, value: object) -> bool:
    """True for the owner name (case-insensitive, as Excel compares names; a ``=`` prefix allowed)."""
    if not isinstance(name, str) or name.casefold() != OWNER_NAME.casefold():
        return False
    return isinstance(value, str) and value.strip().lstrip("=").strip() == OWNER_VALUE


def has_tool_title(sheet_name: str, a1: object) -> bool:
    """True when ``a1`` (cell A1 of the sheet) is the title lkj-xl writes in that output sheet."""
    key = sheet_name.strip().casefold()
    for name, titles in TITLES.items():
        if name.casefold() == key and isinstance(a1, str):
            text = " ".join(a1.split())
            return any(re.fullmatch(re.escape(t) + _PERIOD, text) for t in titles)
    return False


def is_tool_sheet(sheet_name: str, *, owner_name: bool, a1: object) -> bool:
    """True when the sheet ``sheet_name`` was written by lkj-xl (see the module doc for the marks).

    ``owner_name``: the sheet carries the owner name; ``a1``: the value of its cell A1.
    """
    return owner_name or has_tool_title(sheet_name, a1)


def foreign_sheet_error(sheets: list[str]) -> str:
    """English message (CLI, build) refusing to replace the user's sheets ``sheets``."""
    parts = [
        f'sheet "{s}" was not written by lkj-xl; rename it (lkj-xl writes its own "{_output_name(s)}" sheet)'
        for s in sheets
    ]
    return "; ".join(parts) + " — nothing was changed"


def foreign_sheet_alert(sheets: list[str], *, a1_only: bool = False) -> str:
    """Indonesian alert (add-in) refusing to replace the user's sheets ``sheets``. ``a1_only``: judged
    by A1 alone (xlwings Lite, a task pane that sends no owner name), which also refuses a sheet
    lkj-xl wrote whose title moved ("DRAFT" typed in A1, a row inserted above): the alert says what
    it judged by and the way out of either case, not that the sheet is the user's."""
    quoted = ", ".join(f'"{s}"' for s in sheets)
    if a1_only:
        return (
            f"Sheet {quoted} tidak dikenali sebagai buatan lkj-xl (sel A1 bukan judul lkj-xl), jadi tidak "
            "ditimpa. Bila itu sheet hasil lkj-xl, hapus sheet itu lalu tekan Hitung Ulang lagi; bila itu "
            "catatan Anda, ganti namanya (lkj-xl menulis sheet keluarannya sendiri dengan nama itu), lalu "
            "tekan Hitung Ulang lagi. Buku kerja tidak diubah."
        )
    return (
        f"Sheet {quoted} bukan buatan lkj-xl, jadi tidak ditimpa. Ganti nama sheet tersebut "
        "(lkj-xl menulis sheet keluarannya sendiri dengan nama itu), lalu jalankan Hitung Ulang lagi. "
        "Buku kerja tidak diubah."
    )


def _output_name(sheet: str) -> str:
    key = sheet.strip().casefold()
    return next((n for n in c.OUTPUT_SHEETS if n.casefold() == key), sheet)
