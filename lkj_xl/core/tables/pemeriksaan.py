"""Pemeriksaan: every validation finding with its severity, sheet, cell and message, in the order of
the workbook (as ``lkj-xl check`` lists them). A working sheet: not printed by default, never signed."""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.layout import BASE, COLUMN, SheetBuilder, SheetLayout
from lkj_xl.core.model import GALAT, PERINGATAN, Report, in_sheet_order

SHEET_NAME = contract.SHEET_PEMERIKSAAN
TITLE = "Hasil Pemeriksaan Data Kinerja dan Anggaran"
TIDAK_ADA = "Tidak ada temuan."
LABEL = {GALAT: "Galat", PERINGATAN: "Peringatan"}

C_NO, C_TINGKAT, C_SHEET, C_SEL, C_PESAN = range(5)
WIDTHS = [5, 13, 20, 9, 95]
HEADERS = ["No", "Tingkat", "Sheet", "Sel", "Pesan"]


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s, report.findings_summary())
    _, head_last = b.header([HEADERS], [])
    last_col = b.width - 1
    body_first = b.next_row
    for i, finding in enumerate(in_sheet_order(report.findings), start=1):
        b.add_row(
            [i, LABEL.get(finding.severity, str(finding.severity)), finding.sheet, finding.sel, finding.pesan]
        )
    if not report.findings:
        r = b.add_row([TIDAK_ADA])
        b.merge(r, 0, r, last_col)
    body_last = b.next_row - 1
    b.style(body_first, 0, body_last, last_col, "cell", BASE)
    if report.findings:
        b.style(body_first, C_NO, body_last, C_TINGKAT, "center", COLUMN)
        b.style(body_first, C_SEL, body_last, C_SEL, "center", COLUMN)
        b.conditional(body_first, C_TINGKAT, body_last, C_TINGKAT, LABEL[GALAT], "galat")
        b.conditional(body_first, C_TINGKAT, body_last, C_TINGKAT, LABEL[PERINGATAN], "peringatan")
    return b.finish(s, head_last)
