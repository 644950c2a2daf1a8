"""Grafik: the report's charts, each drawn from a data table printed on the same sheet (issue 11).

Four sections, one under the other, each a table and then its chart (a native Excel chart whose
categories and series are ranges of that table, :mod:`lkj_xl.core.charts`):

1. capaian of each Tujuan/Sasaran indicator against the 100 % line, bars in the kriteria colours;
2. the number of indicators per kriteria of each level (Tujuan, Sasaran, Program);
3. penyerapan anggaran per program;
4. where earlier years are given (``Realisasi <tahun>``, ``Realisasi Tahun Lalu``), the trend of each
   Tujuan/Sasaran indicator, one small line chart each (their units differ).

An indicator without a capaian (a status text, a galat) or a program without a penyerapan is listed
under its table with the reason, never drawn as 0. Page breaks keep every chart on one page.
"""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.charts import ChartSpec, column_pixels
from lkj_xl.core.layout import LINE_HEIGHT, SheetBuilder, SheetLayout, agency, footer
from lkj_xl.core.model import Report
from lkj_xl.core.tables.grafik_capaian import capaian_section, kriteria_section
from lkj_xl.core.tables.grafik_parts import WIDTHS, add_note
from lkj_xl.core.tables.grafik_penyerapan import penyerapan_section, why_no_penyerapan
from lkj_xl.core.tables.grafik_tren import trend_columns, trend_section, trend_value

# What tests import from here, whose homes are the section modules now.
_trend_value = trend_value
__all__ = [
    "SHEET_NAME",
    "TITLE",
    "WIDTHS",
    "_trend_value",
    "layout",
    "page_breaks",
    "trend_columns",
    "why_no_penyerapan",
]

SHEET_NAME = contract.SHEET_GRAFIK
TITLE = "Grafik Capaian Kinerja"

# Printable height of an A4 landscape page with the layout's margins (595 pt less 1,3 in), with room
# for the footer; the sheet is printed one page wide, so a wider sheet is scaled down.
PAGE_POINTS = 480.0
PAGE_WIDTH_POINTS = 784.0  # 842 pt less 0,8 in of side margins


# Who draws the charts: the desktop button (.xlsm, xlwings over COM) and xlwings Lite write the
# tables only (README, "The Hitung Ulang button").
WRITERS_NOTE = (
    "Grafik digambar oleh lkj-xl build dan tombol Hitung Ulang di panel add-in Excel; tombol Hitung "
    "Ulang pada buku kerja .xlsm (Excel desktop) dan xlwings Lite hanya menulis tabel datanya."
)


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    sections = [capaian_section(b, report), kriteria_section(b, report), penyerapan_section(b, report)]
    sections.append(trend_section(b, report))
    b.signature_of(s, gap=0)  # every section ends with its blank row
    note = add_note(b, WRITERS_NOTE)  # for staff: below the signed page, outside its print area
    lay = b.build(footer=_footer(report), freeze=None, repeat_header=False)
    lay.print_setup.last_printed_row = note - 1
    lay.charts = [chart for _, charts, _ in sections for chart in charts]
    lay.print_setup.page_breaks = page_breaks(lay, [(first, charts) for first, charts, _ in sections])
    return lay


def _footer(report: Report) -> str:
    return footer(agency(report.settings.perangkat_daerah, report.settings.pemerintah_daerah))


# --- pages -------------------------------------------------------------------------------------------------


def page_breaks(lay: SheetLayout, sections: list[tuple[int, list[ChartSpec]]]) -> list[int]:
    """Rows that start a printed page so that no chart is cut: a section starts a page when it does not
    fit on the rest of the current one, and a chart starts one when its table filled the page."""
    width_points = sum(column_pixels(w) for w in lay.columns) * 0.75
    capacity = PAGE_POINTS / min(1.0, PAGE_WIDTH_POINTS / width_points)
    heights = [lay.row_heights.get(r, LINE_HEIGHT) for r in range(lay.n_rows)]
    ends = [first for first, _ in sections[1:]] + [lay.n_rows]
    breaks: list[int] = []
    start = 0

    def used(first: int, stop: int) -> float:
        return sum(heights[first:stop])

    for (first, charts), stop in zip(sections, ends):
        if used(start, stop) > capacity and first > start:
            breaks.append(first)
            start = first
        for chart in charts:
            # the page starts at the blank row above the chart: LibreOffice clips a chart drawn right
            # at a page's edge with a hairline of its frame on the page before
            chart_row = chart.anchor[0] - 1
            if used(start, chart_row + 1 + chart.rows) > capacity and chart_row > start:
                breaks.append(chart_row)
                start = chart_row
    return breaks
