"""The output sheets: one module per table, each with ``SHEET_NAME``, ``TITLE`` and
``layout(report) -> SheetLayout``. The same layouts are written by the headless build
(``lkj_xl.xlsx.render``) and by the Excel add-in (``lkj_xl.xl.plan`` / ``lkj_xl.xl.book``).
"""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core.layout import SheetLayout
from lkj_xl.core.model import Report
from lkj_xl.core.pages import PRINTERS, Printer, keep_last_rows, keep_signature, keep_together
from lkj_xl.core.perbandingan_kosong import written_sheets
from lkj_xl.core.tables import (
    analisis_capaian,
    capaian_program,
    capaian_tujuan_sasaran,
    efisiensi,
    grafik,
    pemeriksaan,
    perbandingan_kinerja,
    realisasi_anggaran,
    ringkasan,
)

# In contract.OUTPUT_SHEETS order.
TABLES = (
    capaian_tujuan_sasaran,
    capaian_program,
    efisiensi,
    realisasi_anggaran,
    ringkasan,
    perbandingan_kinerja,
    analisis_capaian,
    grafik,
    pemeriksaan,
)


def written(report: Report) -> list:
    """The table modules a build of ``report`` writes, in order: the analysis sheets
    (contract.ANALYSIS_SHEETS) only when the workbook has an analysis input, so older workbooks build
    exactly as before, and Perbandingan Kinerja only when an indicator has a comparison figure
    (:func:`lkj_xl.core.perbandingan_kosong.written_sheets`)."""
    names = set(written_sheets(report))
    return [table for table in TABLES if table.SHEET_NAME in names]


def sheet_names(report: Report) -> list[str]:
    """The output sheets a build of ``report`` writes; the other OUTPUT_SHEETS it removes."""
    return [table.SHEET_NAME for table in written(report)]


def layouts(report: Report, printers: Sequence[Printer] = PRINTERS) -> list[SheetLayout]:
    """The layouts of the sheets a build writes (:func:`written`), each signature block kept whole on
    a printed page with the end of its table (:func:`lkj_xl.core.pages.keep_signature`), after the
    rows that belong together were kept on one page (:func:`lkj_xl.core.pages.keep_together`); the
    signature block and the rows as ``printers`` paginate them (a workbook: both, LibreOffice at the
    fitting zoom and at the 98 % of it it may take; the PDF: LibreOffice at its fixed zoom), the rows
    kept together in Excel too (:func:`lkj_xl.core.pages.keep_together`), and no table's last page
    left with a few rows over the block when more could move there (:func:`lkj_xl.core.pages.keep_last_rows`)."""
    return [_paginated(table.layout(report), printers) for table in written(report)]


def _paginated(lay: SheetLayout, printers: Sequence[Printer]) -> SheetLayout:
    own = set(lay.print_setup.page_breaks)  # (sections starting a page: never moved)
    return keep_last_rows(keep_signature(keep_together(lay, printers), printers), printers, own)
