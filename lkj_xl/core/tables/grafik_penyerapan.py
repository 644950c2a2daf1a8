"""Grafik's section 3: the penyerapan anggaran of each program, and why a program is not drawn."""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core import contract, ownership
from lkj_xl.core.charts import CellRange, ChartSeries, ChartSpec
from lkj_xl.core.engine import galat_status
from lkj_xl.core.formulas import penyerapan_decimals
from lkj_xl.core.kalimat import kosong_notes
from lkj_xl.core.layout import BASE, COLUMN, ROW, SheetBuilder, percent_formats, percent_style, rupiah_sen
from lkj_xl.core.model import BudgetResult, Report
from lkj_xl.core.tables.grafik_parts import (
    C_FIG,
    C_NO,
    CHART_HEIGHT,
    MAX_BARS,
    PENYERAPAN_COLOUR,
    Section,
    add_heading,
    add_note,
    add_table_header,
    chart_format,
    chart_rows,
    column_chart,
    not_drawn,
    too_many,
)
from lkj_xl.core.tables.perubahan import marked, pagu_note


def why_no_penyerapan(budget: BudgetResult) -> str:
    """Why a program has no penyerapan: its unreadable cells, else an empty or zero pagu."""
    return galat_status(budget.galat) if budget.galat else "Pagu kosong atau nol"


def penyerapan_section(b: SheetBuilder, report: Report) -> Section:
    s = report.settings
    first = add_heading(b, "3. Penyerapan Anggaran per Program")
    add_table_header(b, ["No", "Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Penyerapan (%)"])
    body = b.next_row
    left_out = []
    shown_decimals: list[int] = []  # of each penyerapan drawn as its cell shows it, for its bar's label
    for budget in report.budgets:
        if budget.penyerapan is None:
            left_out.append((budget.kode, budget.program, why_no_penyerapan(budget)))
            continue
        b.add_row(
            [
                b.next_row - body + 1,
                budget.kode,
                marked(budget.program, budget.pagu_pk is not None),
                budget.pagu,
                budget.realisasi,
                budget.penyerapan,
            ]
        )
        shown_decimals.append(decimals := penyerapan_decimals(budget.penyerapan, s.desimal))
        if decimals != s.desimal:  # as Tabel 3.4
            b.style(b.next_row - 1, C_FIG + 2, b.next_row - 1, C_FIG + 2, percent_style(decimals), ROW)
    charts: list[ChartSpec] = []
    last = b.next_row - 1
    if last >= body:
        b.style(body, 0, last, C_FIG + 2, "cell", BASE)
        b.style(body, C_NO, last, C_NO, "center", COLUMN)
        b.style(body, C_FIG, last, C_FIG + 1, "rupiah", COLUMN)
        rupiah_sen(b, body, [C_FIG, C_FIG + 1])  # as Tabel 3.4
        b.style(body, C_FIG + 2, last, C_FIG + 2, percent_style(s.desimal), COLUMN)
        b.add_row()
        anchor = chart_rows(b, CHART_HEIGHT)
        # each bar's label as its cell: 99,96 is not "100,0" (not all was spent), 41,898 not 41,9
        shown = min(last, body + MAX_BARS - 1)
        charts.append(penyerapan_chart(body, shown, anchor, s.desimal, shown_decimals[:MAX_BARS]))
        # the year's or the half year's report by its period; a quarter's "s.d. triwulan ini"
        period = contract.periode_laporan(s) if s.tahun_tahunan or s.semester_laporan else "s.d. triwulan ini"
        add_note(b, f"Batang: realisasi anggaran {period} dibagi pagu, per program (nama di tabel).")
        for note in kosong_notes(report, anggaran=True):  # a quarter nobody typed, as Tabel 3.4 says
            add_note(b, note)
        pagu_note(b, [x for x in report.budgets if x.penyerapan is not None])  # marked as in Tabel 3.4
        too_many(b, last - body + 1, "program")
    else:
        add_note(b, "Belum ada program dengan penyerapan anggaran: grafik tidak digambar.")
    not_drawn(b, left_out)
    b.add_row()
    return first, charts, b.next_row - 1


def penyerapan_chart(
    first_row: int, last_row: int, anchor: int, desimal: int, label_decimals: Sequence[int] = ()
) -> ChartSpec:
    """Columns of penyerapan (table column F) per program Kode (column B); each bar's label with its
    cell's decimals (``label_decimals``, bar by bar; else one decimal at most)."""
    series = (
        ChartSeries(
            "Penyerapan (%)",
            CellRange(first_row, C_FIG + 2, last_row, C_FIG + 2),
            colour=PENYERAPAN_COLOUR,
            labels=True,
        ),
    )
    formats = (
        chart_format(min(desimal, 1)),
        chart_format(max(label_decimals, default=min(desimal, 1))),  # one for all
        percent_formats(label_decimals),
    )
    title = ownership.CHART_TITLES[2]
    return column_chart(title, (first_row, last_row), anchor, series, "Penyerapan (%)", formats, legend=False)
