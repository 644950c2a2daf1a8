"""Reading an xlwings ``Book``'s input sheets into lkj-xl's plain data (:func:`read_inputs`).

Reading: :func:`read_inputs` turns the input sheets (Pengaturan, Kinerja, Anggaran) into
:data:`lkj_xl.core.model.Grid` s, with one ``.value`` read per sheet (A1 to the last used cell, so column
letters in findings are the sheet's own).

Percent number formats (a cell showing ``40,71%`` stores 0.4071): desktop Excel (COM) answers
``Range.number_format`` for a whole column at once (``None`` when the cells differ), so each numeric
column costs one read, plus a few more where formats change (the range is halved until each part
has a single format). The book JSON that the Office.js add-in sends (xlwings Server, xlwings Lite)
carries values only, no number formats: there a percent-formatted number reads as its fraction
(0.4071) unless the caller passes the percent cells (``percent_cells``, which the lkj-xl task pane
sends). Typing percentages as text ("40,71%"), as the Petunjuk sheet asks, works everywhere.
Dates whose number format shows no day ("mmmm yyyy": "Juli 2025" typed, kept as 1 July) are marked
``Cell.month_only`` as the headless reader marks them: desktop Excel reads their formats in the same
reads as the percent formats, the task pane sends them (``month_cells``).
The cell references the task pane sends are read by :mod:`lkj_xl.xl.pane_refs`.

Hidden rows (by hand, or filtered out by an AutoFilter) are read like the others and marked
:class:`~lkj_xl.core.model.HiddenRow`, as the headless reader marks them, and hidden columns make the
grid a :class:`~lkj_xl.core.model.SheetGrid`, so the parser says the same peringatan: desktop Excel
tells them through COM (:func:`_hidden_by_com`), the task pane sends them (``hidden_rows``); a book
JSON without them (another xlwings client) hides none.

Formulas: the book JSON carries values only; the task pane sends the formula of each input cell that
holds one (``formula_cells``) and desktop Excel gives them through COM (:func:`_formulas_by_com`, one
``Range.formula`` read a sheet), so a quarter typed ``=K5+4`` is the galat of ``lkj-xl build``
(:mod:`lkj_xl.core.quarter_formulas`); without them (an older task pane, xlwings Lite, where
``Range.formula`` raises NotImplementedError, another xlwings client) every cell reads as a typed value.
A hidden input sheet: the book JSON's ``visibility`` of each sheet (the lkj-xl task pane and xlwings' own
client send it; an older lkj-xl task pane sends every sheet as visible) or desktop Excel's
``Sheet.visible`` (:func:`_hidden_sheet_by_com`) marks the grid ``hidden_sheet``, as the file readers do.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from lkj_xl.core import contract as c
from lkj_xl.core import pasted
from lkj_xl.core.formats import format_code_kind
from lkj_xl.core.long_text import clipped_cell
from lkj_xl.core.model import Cell, Grid, HiddenRow
from lkj_xl.core.tanggal import as_excel_shows
from lkj_xl.xl.book import BookError, Calls, is_remote
from lkj_xl.xl.pane_refs import cell_refs, formula_refs, hidden_refs, merge_refs, parse_ref
from lkj_xl.xlsx.read import (
    ERROR_VALUES,
    MAX_COLS,
    MAX_MERGES,
    MAX_ROWS,
    MAX_TEXT,
    as_hidden_sheet,
    mark_merges,
    with_hidden_columns,
)

# Every error value Excel shows in a cell (Office.js sends them as these strings; xlwings' remote
# engine turns only some of them into None unless read with err_to_str).
EXCEL_ERRORS = pasted.EXCEL_ERRORS | ERROR_VALUES
# Desktop Excel (COM) reports an error cell as the integer 0x800A0000 + XlCVError code; xlwings'
# err_to_str names only the classic seven, so the rest are named here (XlCVError enumeration).
_COM_ERROR_BASE = -2146828288  # 0x800A0000 as a signed 32-bit integer
COM_ERRORS = {
    _COM_ERROR_BASE + code: text
    for code, text in (
        (2000, "#NULL!"),
        (2007, "#DIV/0!"),
        (2015, "#VALUE!"),
        (2023, "#REF!"),
        (2029, "#NAME?"),
        (2036, "#NUM!"),
        (2042, "#N/A"),
        (2043, "#GETTING_DATA"),
        (2045, "#SPILL!"),
        (2046, "#CONNECT!"),
        (2047, "#BLOCKED!"),
        (2048, "#UNKNOWN!"),
        (2049, "#FIELD!"),
        (2050, "#CALC!"),
    )
}


@dataclass
class Inputs:
    """The input sheets of a book as grids."""

    grids: dict[str, Grid]
    sheet_names: list[str]  # every sheet of the book, in order
    percent_known: bool  # whether percent number formats were available (see the module docstring)
    calls: Calls


def input_sheet_names(names: Iterable[str]) -> list[str]:
    keys = {c.normalize_label(s) for s in (*c.INPUT_SHEETS, *c.OPTIONAL_INPUT_SHEETS)}
    return [s for s in names if c.normalize_label(s) in keys]


def read_inputs(
    book,
    percent_cells: Mapping[str, Iterable[str]] | None = None,
    merged_areas: Mapping[str, Iterable[str]] | None = None,
    hidden_rows: Mapping[str, Iterable[str]] | None = None,
    month_cells: Mapping[str, Iterable[str]] | None = None,
    formula_cells: Mapping[str, Mapping[str, str]] | None = None,
    struck_cells: Mapping[str, Iterable[str]] | None = None,
) -> Inputs:
    """Read the input sheets into grids (row 1 first, column A first).

    ``percent_cells`` maps a sheet name to A1 references ("I7", "K7:K20") of cells whose number
    format is a percentage, for books whose engine cannot tell (the add-in's JSON). ``merged_areas``
    likewise maps a sheet name to its merged ranges ("G6:G7"), which the book JSON does not carry
    either: the cells a merge across rows hides are then unreadable, as in a file (the lkj-xl task
    pane sends them). ``hidden_rows`` maps a sheet name to the rows and columns Excel hides there
    ("7:8", "12", "J:J"), which the book JSON does not carry either (the lkj-xl task pane sends them).
    ``month_cells`` maps a sheet name to A1 references of date cells whose number format shows no day
    (the lkj-xl task pane sends them; the book JSON carries a date as its ISO text only).
    ``formula_cells`` maps a sheet name to {A1 reference: formula} of the cells holding a formula
    ("L13": "=K13+4"; the lkj-xl task pane sends them, see the module docstring). ``struck_cells``
    likewise names the cells struck through (Font > Strikethrough; the lkj-xl task pane sends them).
    """
    calls = Calls()
    names = [s.name for s in book.sheets]
    remote = is_remote(book)
    grids: dict[str, Grid] = {}
    known = not remote or percent_cells is not None
    given = cell_refs(percent_cells or {}, "persen")
    months_given = cell_refs(month_cells or {}, "bulan")
    merges = merge_refs(merged_areas or {})
    hidden_given = hidden_refs(hidden_rows or {})
    formulas_given = formula_refs(formula_cells or {})
    struck_given = cell_refs(struck_cells or {}, "coret")
    for name in input_sheet_names(names):
        sheet = book.sheets[name]
        values = _sheet_values(sheet, name, calls, remote)
        key = c.normalize_label(name)
        if remote:
            percent, months = given.get(key, set()), months_given.get(key, set())
            merged = merges.get(key, [])
            hidden, columns = hidden_given.get(key, (set(), set()))
            formulas = formulas_given.get(key, {})
            hidden_sheet = sheet.visible is False  # "Hidden" or "VeryHidden" in the book JSON
            struck = struck_given.get(key, set())
        else:
            percent, months, ok = _formats_by_com(sheet, values, calls)
            known = known and ok
            merged = _merges_by_com(sheet, values, calls)
            hidden, columns = _hidden_by_com(sheet, values, calls)
            formulas = _formulas_by_com(sheet, values, calls)
            hidden_sheet = _hidden_sheet_by_com(sheet, calls)
            struck = _struck_by_com(sheet, values, formulas, calls)
        grid = _grid(values, percent, months)
        _add_formulas(grid, formulas)
        _mark_struck(grid, struck)
        mark_merges(grid, merged[:MAX_MERGES])
        for r in sorted(hidden):
            if r < len(grid):
                grid[r] = HiddenRow(grid[r])
        grids[name] = with_hidden_columns(grid, [(col + 1, col + 1) for col in sorted(columns)])
        if hidden_sheet:
            grids[name] = as_hidden_sheet(grids[name])
    return Inputs(grids=grids, sheet_names=names, percent_known=known, calls=calls)


def _sheet_values(sheet, name: str, calls: Calls, remote: bool = True) -> list[list[object]]:
    last = sheet.used_range.last_cell
    n_rows, n_cols = last.row, last.column
    if not remote and n_rows * n_cols > _BIG_USED_RANGE:
        n_rows, n_cols = _last_cell_by_com(sheet, n_rows, n_cols, calls)
    if n_rows > MAX_ROWS:
        raise BookError(f'Sheet "{name}" memiliki lebih dari {MAX_ROWS:,} baris terpakai'.replace(",", "."))
    n_cols = min(n_cols, MAX_COLS)
    # err_to_str: an error cell must reach the parser as its error (a galat at that cell), never as
    # an empty cell, exactly as the headless reader gives it.
    values = sheet.range((1, 1), (n_rows, n_cols)).options(ndim=2, err_to_str=True).value
    calls.reads += 1
    return [list(row) for row in values or []]


# Past this many cells, COM's UsedRange (which counts formatted cells: a stray format in row 1.048.576,
# thousands of blank styled rows) is checked against the last cell holding something.
_BIG_USED_RANGE = 100_000
# Range.Find: LookIn xlFormulas (a formula giving "" counts, as in a file), LookAt xlPart, SearchOrder
# xlByRows / xlByColumns, SearchDirection xlPrevious.
_XL_FORMULAS, _XL_PART, _XL_BY_ROWS, _XL_BY_COLUMNS, _XL_PREVIOUS = -4123, 2, 1, 2, 2


def _last_cell_by_com(sheet, n_rows: int, n_cols: int, calls: Calls) -> tuple[int, int]:
    """The last row and column of a desktop sheet that hold something, within its used range: COM's
    ``Cells.Find("*")`` backwards by rows, then by columns (the values only, as the task pane's used
    range and the file readers take them). Two calls; unreadable (macOS): the used range, as before."""
    try:
        cells = sheet.api.Cells
        found = [
            cells.Find(
                What="*",
                After=cells(1, 1),
                LookIn=_XL_FORMULAS,
                LookAt=_XL_PART,
                SearchOrder=order,
                SearchDirection=_XL_PREVIOUS,
            )
            for order in (_XL_BY_ROWS, _XL_BY_COLUMNS)
        ]
    except Exception:  # noqa: BLE001 - Find unavailable: the used range, as before
        return n_rows, n_cols
    calls.reads += 2
    if found[0] is None or found[1] is None:  # nothing anywhere: an empty sheet
        return 1, 1
    return min(n_rows, found[0].Row), min(n_cols, found[1].Column)


def _formulas_by_com(sheet, values: list[list[object]], calls: Calls) -> dict[tuple[int, int], str]:
    """The formulas of the cells of a desktop sheet read (0-based (row, column) -> "=K13+4"), from one
    ``Range.formula`` of the range the values came from. COM's Range.Formula gives each cell's
    formula, else its constant as text (a text typed '=x as "=x"): a cell holds a formula where the
    text starts with "=" and differs from its value, the task pane's rule. Without it (macOS'
    AppleScript may fail) nothing is said, as before."""
    n_rows, n_cols = len(values), max((len(r) for r in values), default=0)
    if not n_rows or not n_cols:
        return {}
    try:
        typed = sheet.range((1, 1), (n_rows, n_cols)).formula
    except Exception:  # noqa: BLE001 - formulas unreadable: the values alone, as before
        return {}
    calls.reads += 1
    if isinstance(typed, str):  # a single cell's Formula is its text, not a table
        typed = ((typed,),)
    found: dict[tuple[int, int], str] = {}
    for r, row in enumerate(typed if isinstance(typed, (list, tuple)) else ()):
        if r >= n_rows or not isinstance(row, (list, tuple)):
            continue
        for col, text in enumerate(row[: len(values[r])]):
            if isinstance(text, str) and text.startswith("=") and text != values[r][col]:
                found[(r, col)] = text
    return found


def _struck_by_com(
    sheet, values: list[list[object]], formulas: Mapping[tuple[int, int], str], calls: Calls
) -> set[tuple[int, int]]:
    """The cells of a desktop sheet read (0-based) struck through (Font > Strikethrough) that hold
    something: COM's ``Font.Strikethrough`` of the range read (True, False, or None when its cells
    differ), one call for a sheet struck nowhere; else of each row holding something, then of each
    cell holding something of a row whose cells differ. Unreadable (macOS' AppleScript may fail):
    nothing is said, as before."""
    n_cols = max((len(r) for r in values), default=0)

    def holds(r: int, col: int) -> bool:
        return (col < len(values[r]) and values[r][col] not in (None, "")) or (r, col) in formulas

    def struck(first: tuple[int, int], last: tuple[int, int]) -> object:
        try:
            state = sheet.range(
                (first[0] + 1, first[1] + 1), (last[0] + 1, last[1] + 1)
            ).api.Font.Strikethrough
        except Exception:  # noqa: BLE001 - fonts unreadable: nothing struck, as before
            return False
        calls.reads += 1
        return state

    whole = struck((0, 0), (len(values) - 1, n_cols - 1)) if values and n_cols else False
    if whole is not None and whole is not True:
        return set()  # struck nowhere (False, or 0), or unreadable
    found: set[tuple[int, int]] = set()
    for r in range(len(values)):
        cols = [col for col in range(n_cols) if holds(r, col)]
        if not cols:
            continue
        row = True if whole is True else struck((r, 0), (r, n_cols - 1))
        if row is None:
            cols = [col for col in cols if struck((r, col), (r, col)) is True]
        elif row is not True:
            continue
        found.update((r, col) for col in cols)
    return found


# XlSheetVisibility: xlSheetHidden 0, xlSheetVeryHidden 2 (xlSheetVisible is -1); macOS gives a bool.
_XL_SHEET_HIDDEN = (0, 2)


def _hidden_sheet_by_com(sheet, calls: Calls) -> bool:
    """Whether a desktop sheet's tab is hidden (by hand, or very hidden by VBA): xlwings' Sheet.visible
    is COM's Worksheet.Visible on Windows (-1, 0 or 2: never read as a bool, 2 is true) and a bool on
    macOS. Unreadable: shown, as before."""
    try:
        visible = sheet.visible
    except Exception:  # noqa: BLE001 - visibility unreadable: the sheet is read as shown
        return False
    calls.reads += 1
    return visible is False or (not isinstance(visible, bool) and visible in _XL_SHEET_HIDDEN)


def _add_formulas(grid: Grid, formulas: Mapping[tuple[int, int], str]) -> None:
    """Each cell of ``grid`` at a key of ``formulas`` carries its formula, as the file readers give a
    formula cell: with its value (an empty text result stays "", blank as typed nothing), its error."""
    for (r, col), formula in sorted(formulas.items()):
        while len(grid) <= r:  # an empty result below the last row read, kept as the file readers do
            grid.append([])
        row = grid[r]
        row.extend(Cell() for _ in range(col + 1 - len(row)))
        cell = row[col]
        empty = cell.value is None and cell.error is None
        row[col] = replace(cell, formula=formula, value="" if empty else cell.value)


def _mark_struck(grid: Grid, struck: set[tuple[int, int]]) -> None:
    """Each cell of ``grid`` at ``struck`` is struck through, as the file readers give a cell whose
    font strikes its text through."""
    for r, col in struck:
        if r < len(grid) and col < len(grid[r]):
            grid[r][col] = replace(grid[r][col], struck=True)


def _grid(values: list[list[object]], percent: set[tuple[int, int]], months: set[tuple[int, int]]) -> Grid:
    grid: Grid = []
    for r, row in enumerate(values):
        cells = [_cell(v, (r, col) in percent, (r, col) in months) for col, v in enumerate(row)]
        while cells and cells[-1].value is None and cells[-1].error is None:
            cells.pop()
        grid.append(cells)
    while grid and not grid[-1]:
        grid.pop()
    return grid


def _cell(value: object, percent: bool, month: bool = False) -> Cell:
    if value is None or (isinstance(value, str) and value == ""):
        return Cell()
    if isinstance(value, int) and not isinstance(value, bool) and value in COM_ERRORS:
        return Cell(error=COM_ERRORS[value])
    if isinstance(value, str):
        if value in EXCEL_ERRORS:
            return Cell(error=value)
        return clipped_cell(value, MAX_TEXT)
    if isinstance(value, _dt.datetime):
        # COM's date and the task pane's are a day early before 1 March 1900 (Excel's false leap day)
        shown = as_excel_shows(value)
        return Cell(value=shown, month_only=month and isinstance(shown, _dt.datetime))
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        # COM and JSON deliver every number as a float; openpyxl gives whole numbers as int.
        value = int(value)
    return Cell(value=value, percent=percent and isinstance(value, (int, float)))


def _formats_by_com(
    sheet, values: list[list[object]], calls: Calls
) -> tuple[set[tuple[int, int]], set[tuple[int, int]], bool]:
    """Numeric cells with a percent format and dates whose format shows no day, by reading
    ``number_format`` of whole column ranges and halving a range whose cells differ (``None``).
    Returns (percent cells, month cells, whether formats were readable)."""
    percent: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    n_cols = max((len(r) for r in values), default=0)
    for col in range(n_cols):
        rows = [
            r
            for r, row in enumerate(values)
            if col < len(row)
            and isinstance(row[col], (int, float, _dt.datetime))  # COM gives a date cell as a datetime
            and not isinstance(row[col], bool)
        ]
        if not rows:
            continue
        stack = [(rows[0], rows[-1])]
        while stack:
            first, last = stack.pop()
            try:
                fmt = sheet.range((first + 1, col + 1), (last + 1, col + 1)).number_format
            except (NotImplementedError, AttributeError):
                return set(), set(), False
            calls.reads += 1
            if fmt is None and last > first:
                middle = (first + last) // 2
                stack.append((middle + 1, last))
                stack.append((first, middle))
            elif isinstance(fmt, str) and (kind := format_code_kind(fmt)) in ("percent", "month"):
                (percent if kind == "percent" else months).update(
                    (r, col) for r in rows if first <= r <= last
                )
    return percent, months, True


def _merges_by_com(sheet, values: list[list[object]], calls: Calls) -> list[str]:
    """The merged ranges of a desktop sheet. ``Range.merge_cells`` (COM MergeCells) is True when all
    of a range is merged, False when none of it, None when mixed: one read says a sheet has none
    (the common case); otherwise each column is halved down to its merged cells, whose
    ``merge_area`` gives the range (its rows then skipped)."""
    n_rows, n_cols = len(values), max((len(r) for r in values), default=0)
    if not n_rows or not n_cols:
        return []
    try:
        anywhere = sheet.range((1, 1), (n_rows, n_cols)).merge_cells
    except (NotImplementedError, AttributeError):
        return []
    calls.reads += 1
    if anywhere is False:
        return []
    found: dict[str, None] = {}
    for col in range(n_cols):
        stack = [(0, n_rows - 1)]
        while stack:
            first, last = stack.pop()
            merged = sheet.range((first + 1, col + 1), (last + 1, col + 1)).merge_cells
            calls.reads += 1
            if merged is False:
                continue
            if merged is None and last > first:  # mixed: halve
                middle = (first + last) // 2
                stack.append((middle + 1, last))
                stack.append((first, middle))
                continue
            # Merged from ``first`` on: the area of its first cell, then the rows below it.
            area = sheet.range((first + 1, col + 1), (first + 1, col + 1)).merge_area.address
            calls.reads += 1
            ref = str(area).replace("$", "")
            found[ref] = None
            below = parse_ref(ref)[2] + 1
            if below <= last:
                stack.append((below, last))
            if len(found) >= MAX_MERGES:
                return list(found)
    return list(found)


# XlCellType.xlCellTypeVisible: SpecialCells of the cells Excel shows (not in a hidden row or column).
_XL_CELL_TYPE_VISIBLE = 12


def _hidden_by_com(sheet, values: list[list[object]], calls: Calls) -> tuple[set[int], set[int]]:
    """The rows and the columns (0-based) a desktop sheet hides, rows by hand or by a filter: the
    visible cells of the range read (COM ``SpecialCells(xlCellTypeVisible)``, one call) are a few
    rectangular areas, one when nothing is hidden, each read by its address; a row (a column) no area
    covers is hidden. Without COM (macOS) or without a visible cell (every row or column hidden),
    nothing is said, as before."""
    n_rows, n_cols = len(values), max((len(r) for r in values), default=0)
    if n_rows < 2 or not n_cols:  # no data row (and SpecialCells of one cell searches the whole sheet)
        return set(), set()
    try:
        areas = sheet.range((1, 1), (n_rows, n_cols)).api.SpecialCells(_XL_CELL_TYPE_VISIBLE).Areas
        count = int(areas.Count)
        calls.reads += 2
        rows: set[int] = set()
        columns: set[int] = set()
        for i in range(1, count + 1):
            r1, c1, r2, c2 = parse_ref(str(areas.Item(i).Address))
            rows.update(range(r1, r2 + 1))
            columns.update(range(c1, c2 + 1))
            calls.reads += 2
    except Exception:  # not COM (macOS AppleScript), or no visible cell ("No cells were found")
        return set(), set()
    return set(range(n_rows)) - rows, set(range(n_cols)) - columns
