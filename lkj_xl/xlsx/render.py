"""Write sheet layouts to an .xlsx workbook with xlsxwriter (in memory).

Texts are always written as text: the workbook is opened with ``strings_to_formulas``,
``strings_to_urls`` and ``strings_to_numbers`` off, so "=HYPERLINK(...)", "+62 812" or
"http://..." typed by a user come back exactly as typed, never as a formula, link or number.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from typing import Any

from lkj_xl.core.charts import CellRange, ChartSeries, ChartSpec
from lkj_xl.core.layout import SheetLayout, merged_style
from lkj_xl.core.ownership import CHART_MARK
from lkj_xl.core.sheet_fit import enforce_excel_limits

WORKBOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": True,
}


def exact_number(number: float) -> str:
    """A cell's number as the shortest text that reads back as the same float. xlsxwriter writes 16
    significant digits: -12381499468.214996 (a capaian) became -12381499468.215, shown ",22" where
    the figure is ",21"."""
    text = f"{number:.16G}"
    return text if float(text) == number else repr(float(number))


@functools.cache
def _exact_workbook_class() -> type:
    """xlsxwriter's Workbook whose every worksheet writes its number cells with :func:`exact_number`
    (made once: xlsxwriter is imported lazily)."""
    from xlsxwriter import Workbook
    from xlsxwriter.worksheet import Worksheet

    class ExactWorksheet(Worksheet):
        def _xml_number_element(self, number, attributes=()) -> None:  # type: ignore[override]
            attr = "".join(f' {key}="{self._escape_attributes(value)}"' for key, value in attributes)
            self.fh.write(f"<c{attr}><v>{exact_number(number)}</v></c>")

    class ExactWorkbook(Workbook):
        worksheet_class = ExactWorksheet  # xlsxwriter's own hook for a Worksheet subclass

    return ExactWorkbook


def exact_workbook(target: Any, options: dict[str, Any] | None = None) -> Any:
    """An xlsxwriter Workbook (``options`` as xlsxwriter takes them, WORKBOOK_OPTIONS by default)
    whose every number cell is stored exactly: the output sheets of ``build`` and the rekap workbook."""
    return _exact_workbook_class()(target, WORKBOOK_OPTIONS if options is None else options)


def render_workbook(layouts: Sequence[SheetLayout], *, date_1904: bool = False) -> bytes:
    """The layouts as the bytes of an .xlsx file, one worksheet each, in order.

    ``date_1904``: match a target workbook that counts dates from 1904 (old Mac Excel files), so the
    sheets can be grafted into it.
    """
    buffer = io.BytesIO()
    workbook = exact_workbook(buffer, {**WORKBOOK_OPTIONS, "date_1904": date_1904})
    formats: dict[tuple, object] = {}  # one Format per distinct property set, shared by sheets
    by_names: dict[tuple[str, ...], object] = {}  # style-name combination -> its Format
    dxf_formats: dict[tuple, object] = {}

    def cell_format(styles: tuple[str, ...]):
        if styles in by_names:
            return by_names[styles]
        props = merged_style(styles)
        fmt = None
        if props:
            key = tuple(sorted(props.items()))
            if key not in formats:
                formats[key] = workbook.add_format(props)
            fmt = formats[key]
        by_names[styles] = fmt
        return fmt

    def dxf_format(style: str):
        props = merged_style((style,))
        key = tuple(sorted(props.items()))
        if key not in dxf_formats:
            dxf_formats[key] = workbook.add_format(props)
        return dxf_formats[key]

    for lay in layouts:
        lay.validate()
        enforce_excel_limits(lay)
        sheet = workbook.add_worksheet(lay.name)
        _write_sheet(sheet, lay, cell_format, dxf_format)
        for spec in lay.charts:
            insert_chart(workbook, sheet, lay.name, spec)
    workbook.close()
    return buffer.getvalue()


def _write_sheet(ws, lay: SheetLayout, cell_format, dxf_format) -> None:
    grid = lay.grid()
    n_rows, n_cols = len(grid), lay.n_cols

    # The style names of every cell, in block order (later blocks override earlier properties).
    styles: dict[tuple[int, int], list[str]] = {}
    for block in lay.blocks:
        for r in range(block.first_row, block.last_row + 1):
            for c in range(block.first_col, block.last_col + 1):
                styles.setdefault((r, c), []).append(block.style)
    last_row = max([n_rows - 1, *(r for r, _ in styles)], default=-1)

    for r in range(last_row + 1):
        values = grid[r] if r < n_rows else [None] * n_cols
        # Runs of cells sharing one format go out in one write_row call.
        c = 0
        while c < n_cols:
            fmt = cell_format(tuple(styles.get((r, c), ())))
            end = c + 1
            while end < n_cols and cell_format(tuple(styles.get((r, end), ()))) is fmt:
                end += 1
            run = values[c:end]
            if fmt is not None or any(v is not None for v in run):
                ws.write_row(r, c, run, fmt)
            c = end

    for m in lay.merges:
        fmt = cell_format(tuple(styles.get((m.first_row, m.first_col), ())))
        value = lay.value(m.first_row, m.first_col)
        ws.merge_range(m.first_row, m.first_col, m.last_row, m.last_col, "" if value is None else value, fmt)

    for cond in lay.conditionals:
        ws.conditional_format(
            cond.first_row,
            cond.first_col,
            cond.last_row,
            cond.last_col,
            {
                "type": "cell",
                "criteria": "==",
                "value": '"' + cond.equals.replace('"', '""') + '"',
                "format": dxf_format(cond.style),
            },
        )

    for c, width in enumerate(lay.columns):
        ws.set_column(c, c, width)
    for r, height in sorted(lay.row_heights.items()):
        ws.set_row(r, height)
    if lay.freeze is not None:
        ws.freeze_panes(*lay.freeze)

    setup = lay.print_setup
    if setup.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_paper(setup.paper)
    if setup.zoom is not None:
        ws.set_print_scale(setup.zoom)
    else:
        ws.fit_to_pages(setup.fit_width, setup.fit_height)
    if setup.repeat_rows is not None:
        ws.repeat_rows(*setup.repeat_rows)
    if setup.page_breaks:
        ws.set_h_pagebreaks(setup.page_breaks)
    if setup.last_printed_row is not None:  # the rows below are for the screen only
        ws.print_area(0, 0, setup.last_printed_row, max(len(lay.columns), 1) - 1)
    if setup.footer:
        ws.set_footer(setup.footer)
    left, right, top, bottom = setup.margins
    ws.set_margins(left=left, right=right, top=top, bottom=bottom)
    if setup.center_horizontally:
        ws.center_horizontally()
    if lay.protect:
        # No password: the protection only keeps stray keystrokes out; column widths may change.
        ws.protect("", {"format_columns": True, "format_rows": True})


# --- charts -----------------------------------------------------------------------------------------


def _ref(sheet: str, cells: CellRange) -> list:
    return [sheet, cells.first_row, cells.first_col, cells.last_row, cells.last_col]


def _series_options(sheet: str, spec: ChartSpec, series: ChartSeries, kind: str) -> dict:
    options: dict = {
        "name": series.name,
        "categories": _ref(sheet, spec.categories),
        "values": _ref(sheet, series.values),
    }
    if series.colour:
        if kind == "line":
            line: dict = {"color": series.colour, "width": 2.25 if not series.dashed else 1.75}
            if series.dashed:
                line["dash_type"] = "dash"
            options["line"] = line
        else:
            options["fill"] = {"color": series.colour}
            options["border"] = {"none": True}
    if series.point_colours:
        options["points"] = [{"fill": {"color": c}} if c else None for c in series.point_colours]
    if series.labels:
        labels: dict = {"value": True, "font": {"size": 8}}
        if any(other.dashed for other in spec.series):
            # An opaque box: a capaian of 90-100 puts its label on the dashed 100 % line, which ran
            # through the figure; both programs draw labels over the series, the line stops at the box.
            labels["fill"] = {"color": "#FFFFFF"}
        # each point's own format: no format of the labels' own, so each is linked to its cell's
        # (Excel, LibreOffice), the table's text; xlsxwriter sets no number format per label
        if not spec.point_label_formats and (spec.label_format or spec.number_format):
            labels["num_format"] = spec.label_format or spec.number_format
        if kind == "line":
            # above its point: at the right (both programs' default) a level line ran through "2,50"
            labels["position"] = "above"
        options["data_labels"] = labels
    if kind == "line":
        options["marker"] = (
            {"type": "circle", "size": 6, "fill": {"color": series.colour or "#404040"}}
            if series.marker
            else {"type": "none"}
        )
    return options


def insert_chart(workbook, ws, sheet: str, spec: ChartSpec) -> None:
    """Draw ``spec`` on ``ws`` (xlsxwriter): series of another kind go into a combined chart."""
    chart = workbook.add_chart({"type": spec.kind})
    others: dict[str, object] = {}
    for series in spec.series:
        kind = series.kind or spec.kind
        target = chart
        if kind != spec.kind:
            target = others.get(kind) or workbook.add_chart({"type": kind})
            others[kind] = target
        target.add_series(_series_options(sheet, spec, series, kind))
    for other in others.values():
        chart.combine(other)
    chart.set_title({"name": spec.title, "name_font": {"size": 11, "bold": True}})
    y_axis: dict = {"major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}}
    if spec.y_title:
        y_axis["name"] = spec.y_title
        y_axis["name_font"] = {"size": 9, "bold": False}
    if spec.y_min is not None:
        y_axis["min"] = spec.y_min
    if spec.number_format:
        y_axis["num_format"] = spec.number_format
    chart.set_y_axis(y_axis)
    x_axis: dict = {"num_font": {"size": 9}}
    if spec.x_title:
        x_axis["name"] = spec.x_title
    chart.set_x_axis(x_axis)
    hidden = [i for i, series in enumerate(spec.series) if not series.in_legend]
    legend: dict = {"position": "bottom", "delete_series": hidden} if hidden else {"position": "bottom"}
    chart.set_legend(legend if spec.legend else {"none": True})
    chart.set_size({"width": spec.width, "height": spec.height})
    chart.show_blanks_as("gap")
    ws.insert_chart(
        spec.anchor[0],
        spec.anchor[1],
        chart,
        {"description": f"{spec.title} {CHART_MARK}", "object_position": 1},
    )
