"""Adapter between an xlwings ``Book`` and lkj-xl's plain data.

Reading the input sheets lives in :mod:`lkj_xl.xl.inputs`.

Writing: :func:`write_layouts` rewrites each output sheet and writes its
:class:`~lkj_xl.core.layout.SheetLayout` in bulk. On desktop Excel an output sheet the book already has
is cleared and written in place, as ``lkj-xl build`` replaces it: deleting it would turn every formula
and defined name of the user's that refers to it (``=Ringkasan!C8`` on a sheet of their own) into
``#REF!`` for good. It is unprotected first (``lkj-xl build`` and the button protect it without a
password; one protected with a password of the user's stops the press before any write:
:func:`lkj_xl.xl.in_place.password_locked`); on a book without COM (macOS) it is deleted and added at the
same position as before, and so is every sheet with the remote engine, except in xlwings Lite
(:func:`lkj_xl.xl.lite.clear_in_place_lite`: no xlwings action unprotects a sheet and the client does not say which
are protected, so each sheet is cleared on its own and one Excel refuses is deleted and added).
Every output sheet written carries lkj-xl's owner
name (:mod:`lkj_xl.core.ownership`), as the build writes it (hidden on desktop Excel). Then:

- values: one write per sheet (a very large sheet is cut into writes of about 1 MB each);
  every text is written with Excel's text prefix ``'`` so that "=...", "+62...", "40,71%" or
  "1/2" stay text exactly as the headless build writes them;
- formats: the layout's blocks are resolved to each cell's final properties (later blocks win,
  merged cells take their top-left cell's format, as ``lkj_xl.xlsx.render`` writes them), then
  for each property the cells sharing a value are covered with rectangles (runs down a column,
  joined across neighbouring columns with the same runs); one call per rectangle and property
  (a border is one call per side). Column-wide formats therefore cost one call whatever the
  number of rows; only formats that really change from row to row (hierarchy emphasis, indent,
  integer vs decimal) add calls;
- one call per merge over several rows, per run of rows merged over the same columns
  (``merge(across=True)``) and per conditional format, one per run of equal column widths and of
  equal explicit row heights, one row autofit, one freeze.

With the remote engine (xlwings Server / Lite) every call is one action the add-in applies; the
returned :class:`Calls` counts them. Page setup (orientation, paper, fit to page, repeated header
rows, footer, margins) and sheet protection have no remote action: they are written on desktop
Excel only (COM) and are lost through xlwings' actions (the task pane's plan, :mod:`lkj_xl.xl.plan`,
carries the protection: it protects the sheets it writes).
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields

from xlsxwriter.utility import xl_col_to_name

from lkj_xl.core.charts import column_pixels
from lkj_xl.core.layout import STYLES, CellValue, SheetLayout
from lkj_xl.core.ownership import OWNER_NAME, OWNER_VALUE
from lkj_xl.core.sheet_fit import enforce_excel_limits
from lkj_xl.xl.in_place import clear_in_place, protect_as_built

# Largest value write (characters of JSON, roughly): Excel on the web refuses requests over 5 MB.
VALUE_CHUNK_CHARS = 1_000_000

# xlsxwriter format properties the writer understands, with the value a new sheet already has.
PROPERTY_DEFAULTS: dict[str, object] = {
    "bold": False,
    "italic": False,
    "underline": 0,
    "font_size": 11,
    "font_color": None,
    "bg_color": None,
    "num_format": None,
    "align": None,
    "valign": None,
    "text_wrap": False,
    "indent": 0,
    "border": 0,
}

_HALIGN = {"left": "left", "center": "center", "right": "right", "justify": "justify", "fill": "fill"}
_VALIGN = {"top": "top", "vcenter": "center", "bottom": "bottom", "vjustify": "justify"}
# xlsxwriter border index -> (line style, weight)
_BORDERS = {1: ("continuous", "thin"), 2: ("continuous", "medium"), 5: ("continuous", "thick")}


class BookError(Exception):
    """The workbook cannot be read or written; the message is in Bahasa Indonesia."""


@dataclass
class Calls:
    """xlwings calls made on a book (with the remote engine: actions returned to the add-in)."""

    reads: int = 0
    sheets: int = 0  # sheet deletions, additions, clearing in place, owner names
    values: int = 0
    formats: int = 0
    merges: int = 0
    conditionals: int = 0
    widths: int = 0
    heights: int = 0
    view: int = 0  # freeze panes, row autofit
    page: int = 0  # page setup and protection (desktop only)
    alerts: int = 0
    macros: int = 0  # runMacro actions (the add-in's plan: lkj_xl.xl.plan)
    left_hidden: list[str] = field(default_factory=list, compare=False)  # not a call: in_place.py

    @property
    def writes(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.compare) - self.reads

    def add(self, other: Calls) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def is_remote(book) -> bool:
    """True for a book built from the add-in's JSON (xlwings Server, xlwings Lite)."""
    api = getattr(book.impl, "api", None) if hasattr(book, "impl") else None
    return isinstance(api, dict) and "sheets" in api


def _client(book) -> str:
    return str(book.impl.api.get("client", "")) if is_remote(book) else ""


# --- writing ---------------------------------------------------------------------------------------


def write_layouts(book, layouts: Sequence[SheetLayout], *, cleared: Collection[str] = ()) -> Calls:
    """Rewrite (or add) one sheet per layout and write it. Existing output sheets keep their
    position; a new one goes before the first sheet there of a layout after it, else after the last
    sheet (as ``lkj-xl build`` places it). ``cleared``: sheets of a remote book already cleared in
    place (:func:`lkj_xl.xl.lite.clear_in_place_lite`), written into as they are."""
    calls = Calls()
    remote = is_remote(book)
    for i, lay in enumerate(layouts):
        lay.validate()
        enforce_excel_limits(lay)
        later = {other.name.strip().casefold() for other in layouts[i + 1 :]}
        sheet, kept = _replace_sheet(book, lay.name, calls, later, in_place=not remote, cleared=cleared)
        if not (kept and remote):  # (a remote sheet kept has it: see clear_in_place_lite)
            _mark_owned(sheet, calls)
        write_sheet(book, sheet, lay, calls, kept=kept)
    return calls


def _replace_sheet(
    book,
    name: str,
    calls: Calls,
    later: Collection[str] = (),
    *,
    in_place: bool = False,
    cleared: Collection[str] = (),
):
    """The sheet to write ``name`` into, and whether it is the book's own sheet cleared in place."""
    sheets = book.sheets
    key = name.strip().casefold()
    names = [s.name for s in sheets]
    index = next((i for i, n in enumerate(names) if n.strip().casefold() in later), len(names))
    for i, existing in enumerate(names):
        if existing.strip().casefold() == key:
            old = sheets[i]
            if existing in cleared or (in_place and clear_in_place(old, calls)):
                if existing != name:  # "ringkasan" spelt as lkj-xl build spells it
                    old.name = name
                    calls.sheets += 1
                return old, True
            old.delete()
            calls.sheets += 1
            index = i
            break
    sheets = book.sheets
    if len(sheets) == 0:
        new = sheets.add(name)
    elif index == 0:
        new = sheets.add(name, before=sheets[0])
    else:
        # after= rather than before=: the remote engine of xlwings 0.37 puts a sheet added with
        # before=sheets[i] (i > 0) one place too far left.
        new = sheets.add(name, after=sheets[index - 1])
    calls.sheets += 1
    return new, False


def _mark_owned(sheet, calls: Calls) -> None:
    """Lkj-xl's owner name, scoped to the sheet and hidden where the host allows, as ``lkj-xl build``
    writes it: a title the user edits in A1 then leaves the sheet lkj-xl's. COM's Sheet.Names.Add
    scopes the name to the sheet ("Ringkasan!lkj_xl_keluaran") and replaces one of that name there.
    With the remote engine (xlwings Lite) it is one ``namesAdd`` action on a sheet just added (never
    one cleared in place, which could hold the name already: Office.js refuses a duplicate); no
    action hides a name, so it shows in the Name Manager there."""
    try:
        owner = sheet.names.add(OWNER_NAME, "=" + OWNER_VALUE)
    except Exception:  # noqa: BLE001 - the sheet unmarked (A1 tells, as before) rather than the press stopped half-written
        return
    calls.sheets += 1
    if is_remote(sheet.book):
        return
    with contextlib.suppress(Exception):  # not COM (macOS): the name stays, shown in the Name Manager
        owner.api.Visible = False
        calls.sheets += 1


def write_sheet(book, sheet, lay: SheetLayout, calls: Calls, *, kept: bool = False) -> None:
    """Write one layout into an empty sheet (``kept``: a desktop sheet cleared in place, whose
    frozen panes are undone where the layout freezes none)."""
    remote = is_remote(book)
    _write_values(sheet, lay, calls)
    # The remote engine only adjusts indents (relative): there they are painted additively.
    for prop, rects in resolved_properties(lay, additive=("indent",) if remote else ()).items():
        for r1, c1, r2, c2, value in rects:
            _set_property(sheet, remote, prop, (r1, c1, r2, c2), value, calls)
    blocks, across = merge_runs(lay)
    for rect in blocks:
        _range(sheet, tuple(rect)).merge()
        calls.merges += 1
    for rect in across:  # each row of the range merged on its own: one call a run of rows
        _range(sheet, tuple(rect)).merge(across=True)
        calls.merges += 1
    for cond in lay.conditionals:
        props = STYLES[cond.style]
        _range(
            sheet, (cond.first_row, cond.first_col, cond.last_row, cond.last_col)
        ).conditional_formats.add_cell_value(
            "equal_to",
            '"' + cond.equals.replace('"', '""') + '"',
            fill_color=props.get("bg_color"),
            font_color=props.get("font_color"),
            font_bold=True if props.get("bold") else None,
            font_italic=True if props.get("italic") else None,
        )
        calls.conditionals += 1
    points = remote and _client(book) == "Office.js"
    for c1, c2, width in _runs(lay.columns):
        _range(sheet, (0, c1, 0, c2)).column_width = column_points(width) if points else width
        calls.widths += 1
    if lay.n_rows:
        sheet.autofit("rows")
        calls.view += 1
    for r1, r2, height in _row_height_runs(lay.row_heights):
        _range(sheet, (r1, 0, r2, 0)).row_height = height
        calls.heights += 1
    if lay.freeze is not None and lay.freeze != (0, 0):
        _freeze(book, sheet, lay.freeze, remote)
        calls.view += 1
    elif kept and not remote:
        _freeze(book, sheet, None, remote)
        calls.view += 1
    if not remote:
        calls.page += _desktop_page_setup(book, sheet, lay)


def text_value(value: CellValue) -> object:
    """A layout value as written to Excel: texts behind the ' prefix, blanks as None."""
    if isinstance(value, str):
        return "'" + value if value else None
    return value


def _write_values(sheet, lay: SheetLayout, calls: Calls) -> None:
    grid = lay.grid()
    if not grid or not grid[0]:
        return
    start = 0
    size = 0
    for r, row in enumerate(grid):
        row_size = sum(len(v) + 3 if isinstance(v, str) else 12 for v in row)
        if r > start and size + row_size > VALUE_CHUNK_CHARS:
            _write_chunk(sheet, grid, start, r, calls)
            start, size = r, 0
        size += row_size
    _write_chunk(sheet, grid, start, len(grid), calls)


def _write_chunk(sheet, grid: list[list[CellValue]], start: int, stop: int, calls: Calls) -> None:
    rows = [[text_value(v) for v in row] for row in grid[start:stop]]
    sheet.range((start + 1, 1)).value = rows
    calls.values += 1


def resolved_properties(
    lay: SheetLayout, additive: Sequence[str] = ()
) -> dict[str, list[tuple[int, int, int, int, object]]]:
    """For each format property, rectangles (first_row, first_col, last_row, last_col, value) that
    together give every cell its final value (cells left at a new sheet's default are not listed).

    For the numeric properties named in ``additive`` the rectangles carry amounts to add instead
    (they overlap, and a cell's value is the sum): a hierarchy indented 2, 3, 3, 2, 3, 3... costs one
    rectangle for the 2 and one per run of 3s, rather than one per run of each."""
    n_rows = max([lay.n_rows, *(b.last_row + 1 for b in lay.blocks)], default=0)
    n_cols = max([lay.n_cols, *(b.last_col + 1 for b in lay.blocks)], default=0)
    columns: dict[str, list[list[object]]] = {}
    for block in lay.blocks:
        height = block.last_row - block.first_row + 1
        for prop, value in STYLES[block.style].items():
            if prop not in PROPERTY_DEFAULTS:
                raise ValueError(
                    f"style {block.style!r}: property {prop!r} is not supported by the xlwings writer"
                )
            cols = columns.get(prop)
            if cols is None:
                cols = columns[prop] = [[None] * n_rows for _ in range(n_cols)]
            run = [value] * height
            for col in range(block.first_col, block.last_col + 1):
                cols[col][block.first_row : block.last_row + 1] = run
    # A merged range is written with its top-left cell's format (as xlsx_render writes it).
    for m in lay.merges:
        height = m.last_row - m.first_row + 1
        for cols in columns.values():
            value = cols[m.first_col][m.first_row]
            for col in range(m.first_col, m.last_col + 1):
                cols[col][m.first_row : m.last_row + 1] = [value] * height
    out = {}
    for prop, cols in sorted(columns.items()):
        if prop in additive:
            out[prop] = _additive_rectangles(cols)
        else:
            out[prop] = _rectangles(cols, PROPERTY_DEFAULTS[prop])
    return out


def _additive_rectangles(columns: list[list[object]]) -> list[tuple[int, int, int, int, object]]:
    """Intervals with amounts whose sums give each cell's value (values >= 0, None counting as 0):
    every maximal run above the current level gets the run's minimum, then the parts still above
    it are split off, level by level."""
    done: list[tuple[int, int, int, int, object]] = []
    open_: dict[tuple[int, int, object], list] = {}
    for col, raw in enumerate(columns):
        values = [int(v or 0) for v in raw]
        runs: list[tuple[int, int, int]] = []
        work = [(0, len(values) - 1, 0)]
        while work:
            first, last, base = work.pop()
            i = first
            while i <= last:
                if values[i] <= base:
                    i += 1
                    continue
                j = i
                while j + 1 <= last and values[j + 1] > base:
                    j += 1
                level = min(values[i : j + 1])
                runs.append((i, j, level - base))
                work.append((i, j, level))
                i = j + 1
        open_ = _grow(open_, runs, col, done)
    done.extend(tuple(rect) for rect in open_.values())
    done.sort(key=lambda t: (t[1], t[0], -(t[2] - t[0])))
    return done


def _grow(open_: dict, runs: list[tuple[int, int, object]], col: int, done: list) -> dict:
    """Extend the open rectangles whose row run continues in column ``col``; close the others."""
    still_open: dict[tuple[int, int, object], list] = {}
    for run in runs:
        rect = open_.pop(run, None)
        if rect is not None and rect[3] == col - 1:
            rect[3] = col
        else:
            rect = [run[0], col, run[1], col, run[2]]
        still_open[run] = rect
    done.extend(tuple(rect) for rect in open_.values())
    return still_open


def _rectangles(columns: list[list[object]], default: object) -> list[tuple[int, int, int, int, object]]:
    done: list[tuple[int, int, int, int, object]] = []
    open_: dict[tuple[int, int, object], list] = {}  # (first_row, last_row, value) -> [r1, c1, r2, c2, v]
    for col, values in enumerate(columns):
        runs: list[tuple[int, int, object]] = []
        r = 0
        n = len(values)
        while r < n:
            v = values[r]
            end = r
            while end + 1 < n and values[end + 1] == v and type(values[end + 1]) is type(v):
                end += 1
            if v is not None and v != default:
                runs.append((r, end, v))
            r = end + 1
        open_ = _grow(open_, runs, col, done)
    done.extend(tuple(rect) for rect in open_.values())
    done.sort(key=lambda t: (t[1], t[0]))
    return done


def _range(sheet, rect: tuple[int, int, int, int]):
    r1, c1, r2, c2 = rect
    if (r1, c1) == (r2, c2):
        return sheet.range((r1 + 1, c1 + 1))
    return sheet.range((r1 + 1, c1 + 1), (r2 + 1, c2 + 1))


def _set_property(sheet, remote: bool, prop: str, rect, value, calls: Calls) -> None:
    rng = _range(sheet, rect)
    if prop == "bold":
        rng.font.bold = bool(value)
    elif prop == "italic":
        rng.font.italic = bool(value)
    elif prop == "font_size":
        rng.font.size = value
    elif prop == "font_color":
        rng.font.color = value
    elif prop == "underline":
        if remote:
            rng.impl.append_json_action(func="setFontProperty", args=["underline", "Single"])
        else:
            rng.api.Font.Underline = 2  # xlUnderlineStyleSingle
    elif prop == "bg_color":
        rng.color = value
    elif prop == "num_format":
        rng.number_format = value
    elif prop == "align":
        rng.horizontal_alignment = _HALIGN[value]
    elif prop == "valign":
        rng.vertical_alignment = _VALIGN[value]
    elif prop == "text_wrap":
        rng.wrap_text = bool(value)
    elif prop == "indent":
        if remote:
            rng.adjust_indent(int(value))  # relative, painted additively (see resolved_properties)
        else:
            rng.api.IndentLevel = int(value)
    elif prop == "border":
        style, weight = _BORDERS.get(int(value), ("continuous", "thin"))
        r1, c1, r2, c2 = rect
        sides = ["edge_top", "edge_bottom", "edge_left", "edge_right"]
        if c2 > c1:
            sides.append("inside_vertical")
        if r2 > r1:
            sides.append("inside_horizontal")
        if weight == "thin":
            rng.borders.set(sides, line_style=style)
            calls.formats += len(sides) - 1
        else:
            rng.borders.set(sides, line_style=style, weight=weight)
            calls.formats += 2 * len(sides) - 1
    else:  # pragma: no cover - resolved_properties() rejects unknown properties
        raise ValueError(prop)
    calls.formats += 1


def merge_runs(lay: SheetLayout) -> tuple[list[list[int]], list[list[int]]]:
    """The layout's merges as (merges over several rows, runs of one-row merges): consecutive rows
    merged over the same columns make one run ``[r1, c1, r2, c2]``, one ``merge(across=True)``
    (Excel merges each row of the range on its own: the same merged areas as ``lkj-xl build``
    writes one by one, for a call per run; Analisis Capaian merges every text row)."""
    blocks = [
        [m.first_row, m.first_col, m.last_row, m.last_col] for m in lay.merges if m.last_row > m.first_row
    ]
    rows = sorted((m.first_col, m.last_col, m.first_row) for m in lay.merges if m.last_row == m.first_row)
    across: list[list[int]] = []
    for c1, c2, r in rows:
        last = across[-1] if across else None
        if last is not None and (last[1], last[3], last[2] + 1) == (c1, c2, r):
            last[2] = r
        else:
            across.append([r, c1, r, c2])
    across.sort()
    return blocks, across


def _runs(widths: Sequence[float]) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for col, width in enumerate(widths):
        if out and out[-1][2] == width and out[-1][1] == col - 1:
            out[-1] = (out[-1][0], col, width)
        else:
            out.append((col, col, width))
    return out


def _row_height_runs(heights: Mapping[int, float]) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for row in sorted(heights):
        h = heights[row]
        if out and out[-1][2] == h and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row, h)
        else:
            out.append((row, row, h))
    return out


def column_points(width: float) -> float:
    """A column width in characters (xlsxwriter, COM) as points (Office.js): Excel's pixel width
    for the default font (7 px per character plus 5 px padding) at 96 dpi."""
    return column_pixels(width) * 0.75


def freeze_address(freeze: tuple[int, int]) -> str:
    """The frozen top-left pane for a first scrolling cell (row, col), as Office.js wants it:
    (5, 0) -> '1:5' (rows 1-5), (0, 2) -> 'A:B', (5, 2) -> 'A1:B5'."""
    row, col = freeze
    if col <= 0:
        return f"1:{row}"
    last_col = xl_col_to_name(col - 1)
    if row <= 0:
        return f"A:{last_col}"
    return f"A1:{last_col}{row}"


def _freeze(book, sheet, freeze: tuple[int, int] | None, remote: bool) -> None:
    """Freeze the panes before ``freeze``; None: unfreeze them (desktop Excel)."""
    if remote:
        if freeze is not None:
            sheet.freeze_panes.freeze_at(freeze_address(freeze))
        return
    # Desktop Excel: freezing belongs to the window of the active sheet.
    sheet.activate()
    window = book.app.api.ActiveWindow
    window.FreezePanes = False
    if freeze is None:
        return
    window.SplitColumn = freeze[1]
    window.SplitRow = freeze[0]
    window.FreezePanes = True


def _desktop_page_setup(book, sheet, lay: SheetLayout) -> int:
    """Page setup and protection through COM (Windows). Returns the number of calls made."""
    try:
        api = sheet.api
        page = api.PageSetup
    except Exception:  # not COM (e.g. macOS AppleScript): leave the defaults
        return 0
    setup = lay.print_setup
    app = book.app.api
    calls = 0
    with contextlib.suppress(Exception):  # faster page setup where the printer driver allows it
        app.PrintCommunication = False
    page.Orientation = 2 if setup.landscape else 1  # xlLandscape / xlPortrait
    page.PaperSize = setup.paper  # same codes as OOXML (9 = A4)
    page.Zoom = setup.zoom or False  # a fixed zoom, or fitted:
    page.FitToPagesWide = setup.fit_width or False
    page.FitToPagesTall = setup.fit_height or False
    calls += 5
    if setup.repeat_rows is not None:
        first, last = setup.repeat_rows
        page.PrintTitleRows = f"${first + 1}:${last + 1}"
        calls += 1
    if setup.footer:
        for part, attr in (("&L", "LeftFooter"), ("&C", "CenterFooter"), ("&R", "RightFooter")):
            setattr(page, attr, _footer_part(setup.footer, part))
            calls += 1
    # The sheet's own page breaks (a section starts a page, the signature block stays whole).
    api.ResetAllPageBreaks()
    for row in setup.page_breaks:
        api.HPageBreaks.Add(Before=api.Range(f"A{row + 1}"))
    calls += 1 + len(setup.page_breaks)
    if setup.last_printed_row is not None:  # the rows below are for the screen only
        page.PrintArea = f"$A$1:${xl_col_to_name(max(len(lay.columns), 1) - 1)}${setup.last_printed_row + 1}"
        calls += 1
    left, right, top, bottom = setup.margins
    page.LeftMargin, page.RightMargin = left * 72, right * 72
    page.TopMargin, page.BottomMargin = top * 72, bottom * 72
    page.CenterHorizontally = setup.center_horizontally
    calls += 5
    with contextlib.suppress(Exception):
        app.PrintCommunication = True
    if lay.protect:
        protect_as_built(api)
        calls += 1
    return calls


def _footer_part(footer: str, code: str) -> str:
    """The &L / &C / &R section of an Excel header/footer string (without the code)."""
    out = ""
    i = 0
    current = None
    while i < len(footer):
        if footer[i] == "&" and i + 1 < len(footer):
            pair = footer[i : i + 2]
            if pair in ("&L", "&C", "&R"):
                current = pair
                i += 2
                continue
            if current == code:
                out += pair
            i += 2
            continue
        if current == code:
            out += footer[i]
        i += 1
    return out
