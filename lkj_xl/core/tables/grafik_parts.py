"""The Grafik sheet's grid and what its four sections share: the columns, the chart sizes, a
section's heading, table header and notes, the rows a chart covers, and why a row is not drawn.
"""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.charts import CellRange, ChartSeries, ChartSpec, column_pixels
from lkj_xl.core.layout import BASE, COLUMN, ROW, SPECIAL, SheetBuilder, fmt_percent
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.tables.capaian_tujuan_sasaran import capaian_cell

# One grid for every table: No, Kode, the long text, then eight figure columns.
C_NO, C_KODE, C_TEKS = 0, 1, 2
C_FIG = 3  # first figure column
N_FIG = 8
WIDTHS = [5, 10, 42, 18, 18] + [12] * (N_FIG - 2)
LEVELS = ("Tujuan", "Sasaran", "Program")  # the levels chart 2 counts
REFERENCE = 100  # the 100 % line of chart 1
LINE_COLOUR = "#404040"  # the reference line and the trend lines
PENYERAPAN_COLOUR = "#2F5597"
CHART_HEIGHT = 300
TREND_HEIGHT = 220
TIDAK_DIGAMBAR = "Tidak digambar (tidak ada angka):"
# More bars than this are unreadable on one A4 page: a chart draws the first ones, the table all.
MAX_BARS = 60


Section = tuple[int, list[ChartSpec], int]  # (first row, charts, last row)


def add_heading(b: SheetBuilder, text: str) -> int:
    r = b.add_row([text])
    b.merge(r, 0, r, b.width - 1)
    b.style(r, 0, r, b.width - 1, "heading", SPECIAL)
    return r


def add_table_header(b: SheetBuilder, labels: list[str | None]) -> int:
    r = b.add_row(labels)
    b.style(r, 0, r, len(labels) - 1, "header", BASE)
    return r


def add_note(b: SheetBuilder, text: str) -> int:
    r = b.add_row([text])
    b.merge(r, 0, r, b.width - 1)
    b.style(r, 0, r, b.width - 1, "note", SPECIAL)
    return r


def chart_rows(b: SheetBuilder, chart_height: int) -> int:
    """Reserve the default-height rows a chart covers; returns the first (its anchor row)."""
    first = b.next_row
    for _ in range(-(-chart_height // 20)):
        b.add_row()
    return first


def chart_width(first_col: int = 0, last_col: int = C_FIG + N_FIG - 1) -> int:
    return sum(column_pixels(w) for w in WIDTHS[first_col : last_col + 1])


def column_chart(
    title: str,
    rows: tuple[int, int],
    anchor: int,
    series: tuple[ChartSeries, ...],
    y_title: str,
    formats: tuple[str, str, tuple[str, ...]],
    legend: bool = True,
) -> ChartSpec:
    """A column chart of the table above it (charts 1-3): a bar per table row of ``rows`` (first,
    last) named by its Kode, as wide as the grid, anchored at ``anchor`` in column A, its value axis
    from 0. ``formats``: the axis's number format, its data labels' and each bar label's own."""
    first_row, last_row = rows
    number_format, label_format, point_label_formats = formats
    return ChartSpec(
        kind="column",
        title=title,
        categories=CellRange(first_row, C_KODE, last_row, C_KODE),
        series=series,
        anchor=(anchor, 0),
        width=chart_width(),
        height=CHART_HEIGHT,
        y_title=y_title,
        y_min=0,
        number_format=number_format,
        label_format=label_format,
        point_label_formats=point_label_formats,
        legend=legend,
    )


def too_many(b: SheetBuilder, count: int, what: str) -> None:
    """Say so when a chart draws only the first :data:`MAX_BARS` rows of its table."""
    if count > MAX_BARS:
        add_note(b, f"Grafik memuat {MAX_BARS} {what} pertama dari {count}; semuanya ada di tabel di atas.")


def not_drawn(b: SheetBuilder, items: list[tuple[str, str, str]]) -> None:
    """Rows naming what the chart above leaves out and why (a status text, a galat)."""
    if not items:
        return
    add_note(b, TIDAK_DIGAMBAR)
    last = b.width - 1
    for i, (kode, text, why) in enumerate(items, start=1):
        r = b.add_row([i, kode, text, why])
        b.merge(r, C_FIG, r, last)
        b.style(r, 0, r, last, "cell", BASE)
        b.style(r, C_NO, r, C_NO, "center", COLUMN)
        b.style(r, C_FIG, r, last, "unknown", ROW)


def chart_format(desimal: int) -> str:
    """Number format of a chart's axis and labels: Indonesian separators, as the cells show them."""
    return fmt_percent(desimal)


def indicator_labels(indicators: list[IndicatorResult]) -> list[str]:
    """A short category label per indicator: its Kode, numbered when the node has several ("S1 (2)")."""
    per_node: dict[str, int] = {}
    for ind in indicators:
        per_node[ind.kode] = per_node.get(ind.kode, 0) + 1
    seen: dict[str, int] = {}
    out = []
    for ind in indicators:
        seen[ind.kode] = seen.get(ind.kode, 0) + 1
        out.append(ind.kode if per_node[ind.kode] == 1 else f"{ind.kode} ({seen[ind.kode]})")
    return out


def why_unknown(ind: IndicatorResult) -> str:
    """Why an indicator has no capaian, as the tables say it: the galat with its cells, or the status."""
    if ind.galat or not ind.status or ind.realisasi_text:  # (a grade below its target: its status)
        return str(capaian_cell(ind))
    return f"{contract.BELUM_DIKETAHUI}: {ind.status}"


def tujuan_sasaran(report: Report) -> list[IndicatorResult]:
    return [ind for ind in report.indicators if ind.tingkat in ("Tujuan", "Sasaran")]
