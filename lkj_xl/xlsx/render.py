"""Write sheet layouts to an .xlsx workbook with xlsxwriter (in memory).

Texts are always written as text: the workbook is opened with ``strings_to_formulas``,
``strings_to_urls`` and ``strings_to_numbers`` off, so "=HYPERLINK(...)", "+62 812" or
"http://..." typed by a user come back exactly as typed, never as a formula, link or number.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from lkj_xl.core.layout import SheetLayout, enforce_excel_limits, merged_style

WORKBOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": True,
}


def render_workbook(layouts: Sequence[SheetLayout], *, date_1904: bool = False) -> bytes:
    """The layouts as the bytes of an .xlsx file, one worksheet each, in order.

    ``date_1904``: match a target workbook that counts dates from 1904 (old Mac Excel files), so the
    sheets can be grafted into it.
    """
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {**WORKBOOK_OPTIONS, "date_1904": date_1904})
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
        _write_sheet(workbook.add_worksheet(lay.name), lay, cell_format, dxf_format)
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
    ws.fit_to_pages(setup.fit_width, setup.fit_height)
    if setup.repeat_rows is not None:
        ws.repeat_rows(*setup.repeat_rows)
    if setup.page_breaks:
        ws.set_h_pagebreaks(setup.page_breaks)
    if setup.footer:
        ws.set_footer(setup.footer)
    left, right, top, bottom = setup.margins
    ws.set_margins(left=left, right=right, top=top, bottom=bottom)
    if setup.center_horizontally:
        ws.center_horizontally()
    if lay.protect:
        # No password: the protection only keeps stray keystrokes out; column widths may change.
        ws.protect("", {"format_columns": True, "format_rows": True})
