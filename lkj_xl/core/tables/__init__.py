"""The output sheets: one module per table, each with ``SHEET_NAME``, ``TITLE`` and
``layout(report) -> SheetLayout``. The same layouts are written by the headless build
(``lkj_xl.xlsx.render``) and by the Excel add-in (``lkj_xl.xl.plan`` / ``lkj_xl.xl.book``).
"""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.layout import SheetLayout
from lkj_xl.core.model import Report
from lkj_xl.core.tables import (
    analisis_capaian,
    capaian_program,
    capaian_tujuan_sasaran,
    efisiensi,
    pemeriksaan,
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
    analisis_capaian,
    pemeriksaan,
)
# Issue 11's analysis sheets: written only when the workbook has an analysis input, so that older
# workbooks build exactly as before.
ANALYSIS_SHEETS = frozenset(
    (contract.SHEET_PERBANDINGAN, contract.SHEET_ANALISIS_CAPAIAN, contract.SHEET_GRAFIK)
)


def written(report: Report) -> list:
    """The table modules whose sheets a build of ``report`` writes, in OUTPUT_SHEETS order."""
    return [t for t in TABLES if report.analisis_inputs or t.SHEET_NAME not in ANALYSIS_SHEETS]


def layouts(report: Report) -> list[SheetLayout]:
    return [table.layout(report) for table in written(report)]
