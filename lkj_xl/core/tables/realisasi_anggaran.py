"""Tabel 3.4: Realisasi Anggaran (seed ~949): per program pagu, realisation, percentage, and totals."""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.engine import galat_status
from lkj_xl.core.formulas import penyerapan_decimals
from lkj_xl.core.kalimat import total_pk_beda
from lkj_xl.core.kalimat_program import melebihi_pagu_anggaran
from lkj_xl.core.layout import (
    BASE,
    COLUMN,
    ROW,
    SPECIAL,
    SheetBuilder,
    SheetLayout,
    percent_style,
    rupiah_sen,
    shown,
)
from lkj_xl.core.model import BudgetResult, Report
from lkj_xl.core.tables.perubahan import kosong_note, marked, note_row, pagu_note

SHEET_NAME = contract.SHEET_REALISASI_ANGGARAN
TITLE = "Tabel 3.4 Realisasi Anggaran"
TOTAL = "TOTAL"

C_NO, C_KODE, C_PROGRAM, C_PAGU, C_REALISASI, C_PERSEN = range(6)
WIDTHS = [5, 16, 58, 20, 20, 14]
HEADERS = ["No", "Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Persentase (%)"]


def total_pagu_galat(report: Report) -> list[str]:
    """The unreadable cells that leave the TOTAL pagu unknown (the Word report's Jumlah says the same)."""
    return [ref for x in report.budgets if x.pagu is None for ref in x.galat]


def budget_cells(budget: BudgetResult) -> list:
    """Pagu, Realisasi and Persentase of a program as the table shows them: an unreadable cell makes
    its figure and the percentage say "Galat (Anggaran!H5)", never a sum of the other quarters."""
    galat = galat_status(budget.galat) if budget.galat else ""
    return [shown(budget.pagu, galat), shown(budget.realisasi, galat), shown(budget.penyerapan, galat)]


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    _, head_last = b.header([HEADERS], [])
    last_col = b.width - 1
    body_first = b.next_row
    for i, budget in enumerate(report.budgets, start=1):
        b.add_row([i, budget.kode, marked(budget.program, budget.pagu_pk is not None), *budget_cells(budget)])
    pagu_galat = total_pagu_galat(report)
    realisasi_galat = [ref for x in report.budgets if x.realisasi is None for ref in x.galat]
    r = b.add_row(
        [
            TOTAL,
            None,
            None,
            galat_status(pagu_galat) if pagu_galat else report.total_pagu,
            galat_status(realisasi_galat) if realisasi_galat else report.total_realisasi_anggaran,
            galat_status(report.galat_anggaran) if report.galat_anggaran else shown(report.total_penyerapan),
        ]
    )
    b.merge(r, C_NO, r, C_PROGRAM)
    b.style(body_first, 0, r, last_col, "cell", BASE)
    b.style(body_first, C_NO, r, C_KODE, "center", COLUMN)
    b.style(body_first, C_PAGU, r, C_REALISASI, "rupiah", COLUMN)
    b.style(body_first, C_PERSEN, r, C_PERSEN, percent_style(s.desimal), COLUMN)
    b.style(r, 0, r, last_col, "total", ROW)
    rupiah_sen(b, body_first, [C_PAGU, C_REALISASI])
    persen = [*(x.penyerapan for x in report.budgets), report.total_penyerapan]
    for row, value in enumerate(persen, start=body_first):  # 99,995 is shown 99,995, never 100,00
        if (
            isinstance(value, float)
            and (shown_decimals := penyerapan_decimals(value, s.desimal)) != s.desimal
        ):
            b.style(row, C_PERSEN, row, C_PERSEN, percent_style(shown_decimals), SPECIAL)
    # a program spending above its pagu (printed over 100): named under the table, as the Word report's
    # 3.2.4 (which prints this note) and Pemeriksaan's "melebihi pagu" peringatan; nothing when none is
    if lebih := melebihi_pagu_anggaran(report.budgets, report.findings, s.desimal):
        note_row(b, lebih)
    pagu_note(b, report.budgets)
    kosong_note(b, report, anggaran=True)  # the penyerapan of a quarter nobody has typed yet
    if beda := total_pk_beda(report.budgets, s):  # as the mail and the Word report say it
        note_row(b, f"{beda}.")
    b.signature_of(s)
    return b.finish(s, head_last)
