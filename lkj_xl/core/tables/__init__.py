"""The output sheets: one module per table, each with ``SHEET_NAME``, ``TITLE`` and
``layout(report) -> SheetLayout``. The same layouts are written by the headless build
(``lkj_xl.xlsx.render``) and by the Excel add-in (``lkj_xl.xl.plan`` / ``lkj_xl.xl.book``).
"""

from __future__ import annotations

from lkj_xl.core.layout import SheetLayout
from lkj_xl.core.model import Report
from lkj_xl.core.tables import (
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
    pemeriksaan,
)


def layouts(report: Report) -> list[SheetLayout]:
    return [table.layout(report) for table in TABLES]
