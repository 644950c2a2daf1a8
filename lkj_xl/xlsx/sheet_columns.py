"""The input sheets as columns (issue 13, docs/speed.md stop 47's step (1)): per column a packed float64
array of the cells' numbers and a kind byte a cell, the texts by row, instead of one
:class:`~lkj_xl.core.model.Cell` a cell. A column is packed from row 0 to its dense height (at most
16 x its cells + 1024 rows) and any cell below is kept alone (``SheetColumns.far``): the memory stays
proportional to the cells, whatever stray cell sits at row 99.999 (docs/speed.md stop 53).

The reader's C pass (``_sheetxml.read_columns``) gives the numbers, shared strings and texts of a sheet
without making a Python object a cell; the byte scan of :mod:`lkj_xl.xlsx.fastread` names the cells it
cannot vouch for (formulas, errors, booleans, inline strings, percent, date and struck styles, empty
shared strings), and those are read with the lxml reader's own ``_cell`` and written into the columns,
so every cell means what it means in :func:`lkj_xl.xlsx.read.read_grids`' grid (tests/test_speed61.py
compares the two cell by cell). A package the fast path cannot vouch for, or a machine without the C
pass, gets the columns of the lxml reader's grid (:func:`columns_of_grid`): the same answer, slower.

A building block: nothing reads these columns yet (docs/speed.md, stops 52-53).
"""

from __future__ import annotations

import datetime as _dt
import gc
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lkj_xl.core.grids import column_letter
from lkj_xl.core.long_text import clip
from lkj_xl.core.model import Cell, Grid, HiddenRow, SheetGrid
from lkj_xl.xlsx import fast_strings
from lkj_xl.xlsx.fast_strings import shared_strings
from lkj_xl.xlsx.fastread import (
    _MAX_COL,
    _MAX_ROW,
    _REF,
    _column,
    _elements,
    _Scan,
    _Slow,
    special_patterns,
)
from lkj_xl.xlsx.opc import Package
from lkj_xl.xlsx.read import MAX_COLS, Opened, merge_marks, open_workbook, read_grids_lxml
from lkj_xl.xlsx.shared_formulas import SharedFormulas

# A cell's kind (the low four bits of its kind byte). The C pass gives EMPTY, NUMBER, TEXT and BOOL;
# the others come from the cells read again from the XML.
EMPTY = 0
NUMBER = 1  # its value in the float64 column (an int of the grid below 2**53, exactly)
TEXT = 2  # its text in ``texts[col][row]`` ("" too: an empty shared string is a text, not a blank)
PERCENT = 3  # a number whose format shows a percentage (0.4071 shown 40,71%)
ERROR = 4  # an Excel error value ("#N/A"): ``errors``
FORMULA_NO_VALUE = 5  # a formula Excel saved no result for
BOOL = 6  # 1.0 or 0.0
DATE = 7  # a number shown as a date: the date in ``dates``, the serial number in the column (NaN where
# the lxml reader read the sheet: columns_of_grid has the date only)
MONTH = 8  # a date shown without its day ("Juli 2025")
KIND = 0x0F
# Flags over the kind.
FORMULA = 0x10  # the cell holds a formula (its text in ``formulas``), whatever its saved value
STRUCK = 0x20  # Font > Strikethrough
PERCENT_FORMAT = 0x40  # the cell's format shows a percentage (a text's too, as Cell.percent says)
FLOAT = 0x80  # a number the grid holds as a float ("5.0", 1.5, 1e20), not an int ("5")


# A column's cells are packed from row 0 to its dense height (at most DENSE_FACTOR x its cells +
# DENSE_SLACK, as the C pass chooses it); any below are kept one by one (SheetColumns.far), so that the
# columns' memory stays proportional to the cells: a stray cell at GR99999 is one entry, not 100.000 x
# 200 packed cells (docs/speed.md stop 53). 16: a packed row costs 9 bytes, a far cell about 210 (a dict
# entry and two tuples), so a column at least 1/16 full costs less packed (at 4, a column filled every
# 5th row went far: 2,4 x the memory of packing it).
DENSE_FACTOR = 16
DENSE_SLACK = 1024


@dataclass(slots=True, eq=False)
class SheetColumns:
    """One sheet as columns: ``values[c]`` (float64) and ``kinds[c]`` (kind bytes) hold column c's cells
    from row 0 to its dense height; ``far`` holds (kind, number) of each cell below that. Every non-empty
    cell is inside ``rows`` x ``cols``; a cell in neither is empty."""

    rows: int
    cols: int
    values: list[memoryview]  # per column: float64, its dense height
    kinds: list[bytearray]  # per column: as many kind bytes
    texts: list[dict[int, str]]  # per column: row -> text
    far: dict[tuple[int, int], tuple[int, float]] = field(default_factory=dict)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    dates: dict[tuple[int, int], _dt.datetime] = field(default_factory=dict)
    cuts: dict[tuple[int, int], int] = field(default_factory=dict)  # a clipped text's full length
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()
    # The cells hidden under a merge down (Cell.merged) and under a merge within one row (Cell.across).
    merged: dict[tuple[int, int], str] = field(default_factory=dict)
    across: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_sheet: bool = False

    def kind(self, row: int, col: int) -> int:
        if col >= self.cols:
            return EMPTY
        kinds = self.kinds[col]
        if row < len(kinds):
            return kinds[row]
        far = self.far.get((row, col))
        return far[0] if far is not None else EMPTY

    def value(self, row: int, col: int) -> float:
        if col >= self.cols:
            return 0.0
        values = self.values[col]
        if row < len(values):
            return values[row]
        far = self.far.get((row, col))
        return far[1] if far is not None else 0.0

    def text(self, row: int, col: int) -> str | None:
        return self.texts[col].get(row) if col < self.cols else None

    def resized(self, rows: int, cols: int) -> SheetColumns:
        """These columns with room for ``rows`` x ``cols`` cells (never fewer than they have): the new
        columns empty, none packed."""
        self.rows = max(rows, self.rows)
        for _ in range(cols - self.cols):
            self.values.append(memoryview(bytearray()).cast("d"))
            self.kinds.append(bytearray())
            self.texts.append({})
        self.cols = max(cols, self.cols)
        return self

    def pack(self, col: int, height: int) -> None:
        """Column ``col``'s cells packed down to ``height`` rows (if fewer are): the cells of ``far``
        above it moved in."""
        kinds = self.kinds[col]
        low = len(kinds)
        if height <= low:
            return
        values = memoryview(bytearray(height * 8)).cast("d")
        values[:low] = self.values[col]
        kinds.extend(bytes(height - low))
        self.values[col] = values
        for row, c in [at for at in self.far if at[1] == col and at[0] < height]:
            kinds[row], values[row] = self.far.pop((row, c))

    def put(self, row: int, col: int, cell: Cell | None, number: float | None = None) -> None:
        """Write ``cell`` (as the lxml reader read it; None: a styled empty cell) at (row, col).
        ``number``: the serial number the C pass read, kept for a date."""
        at = (row, col)
        for notes in (self.formulas, self.errors, self.dates, self.cuts):
            notes.pop(at, None)
        self.texts[col].pop(row, None)
        kind, value = cell_kind(cell)
        if cell is not None:
            if cell.formula is not None:
                self.formulas[at] = cell.formula
            if cell.error is not None:
                self.errors[at] = cell.error
            if cell.cut:
                self.cuts[at] = cell.cut
            if isinstance(cell.value, str):
                self.texts[col][row] = cell.value
            elif isinstance(cell.value, _dt.datetime):
                self.dates[at] = cell.value
                value = number if number is not None else math.nan
        if row < len(self.kinds[col]):
            self.kinds[col][row] = kind
            self.values[col][row] = value
        elif kind == EMPTY:
            self.far.pop(at, None)
        else:
            self.far[at] = (kind, value)


def dense_heights(cells: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Per column, its dense height for the non-empty cells ``cells`` ((row, col), in any order): the
    largest row + 1 that is at most DENSE_FACTOR x the column's cells met up to it + DENSE_SLACK (the C
    pass's rule)."""
    seen: dict[int, int] = {}
    heights: dict[int, int] = {}
    for row, col in cells:
        count = seen[col] = seen.get(col, 0) + 1
        if row + 1 <= DENSE_FACTOR * count + DENSE_SLACK and row + 1 > heights.get(col, 0):
            heights[col] = row + 1
    return heights


def cell_kind(cell: Cell | None) -> tuple[int, float]:
    """A Cell's kind byte and its number (0.0 for a cell without one)."""
    if cell is None:
        return EMPTY, 0.0
    flags = (
        (FORMULA if cell.formula is not None else 0)
        | (STRUCK if cell.struck else 0)
        | (PERCENT_FORMAT if cell.percent else 0)
    )
    value = cell.value
    if value is None and cell.formula is None and cell.error is None:
        return EMPTY, 0.0  # (a cell of a percent or struck style that holds nothing: a blank)
    if cell.error is not None:
        return ERROR | flags, 0.0
    if value is None:
        return (FORMULA_NO_VALUE if cell.formula is not None else EMPTY) | flags, 0.0
    if type(value) is bool:
        return BOOL | flags, float(value)
    if isinstance(value, int | float):
        return (PERCENT if cell.percent else NUMBER) | flags | (FLOAT if type(value) is float else 0), float(
            value
        )
    if isinstance(value, str):
        return TEXT | flags, 0.0
    if isinstance(value, _dt.datetime):
        return (MONTH if cell.month_only else DATE) | flags, math.nan
    raise TypeError(f"a cell value of type {type(value).__name__}")


def read_columns(
    source: Path | bytes | Package, also: tuple[str, ...] = ()
) -> tuple[dict[str, SheetColumns], list[str]]:
    """:func:`~lkj_xl.xlsx.read.read_grids` as columns: (input sheet name -> its columns, every sheet
    name in order). Raises what read_grids raises."""
    opened = open_workbook(source, also)
    names = [name for name, _ in opened.sheets]
    columns = _fast_columns(opened) if opened.fast() and fast_strings.sheetxml is not None else None
    if columns is None:
        grids, _ = read_grids_lxml(opened.pkg, also)
        columns = {name: columns_of_grid(grid) for name, grid in grids.items()}
    for name in opened.hidden & columns.keys():
        columns[name].hidden_sheet = True
    return columns, names


def _fast_columns(opened: Opened) -> dict[str, SheetColumns] | None:
    collecting = gc.isenabled()
    gc.disable()  # (as read_fast: nothing made here can form a cycle)
    try:
        return _read_columns(opened)
    except _Slow:
        return None
    finally:
        if collecting:
            gc.enable()


def _read_columns(opened: Opened) -> dict[str, SheetColumns] | None:
    pkg, rules = opened.pkg, opened.rules()
    strings = shared_strings(pkg)
    if strings is None or strings.texts is None:
        return None
    empty_cells, special_styles = special_patterns(strings.empty, rules.styles)
    read = []
    for name, part in opened.targets:
        xml = pkg.read(part)
        got = fast_strings.sheetxml.read_columns(xml, strings.texts, _MAX_ROW, _MAX_COL, clip, rules.max_text)
        if got is None:
            return None
        read.append((name, got, _Scan(xml, special_styles, empty_cells, checked=True)))
    out: dict[str, SheetColumns] = {}
    for name, (rows, cols, values, kinds, texts, far, redo, cuts), scan in read:
        sheet = SheetColumns(rows, cols, [memoryview(v).cast("d") for v in values], kinds, texts, far)
        sheet.cuts = {(r, c): full for r, c, full in cuts}
        _put_special_cells(sheet, strings.texts, scan, redo, opened)
        if sheet.rows > scan.rows:
            raise _Slow  # (as read_fast)
        sheet.hidden_rows = frozenset(scan.hidden)
        _mark_merges(sheet, scan.merges[: rules.max_merges], max(sheet.rows, scan.rows))
        sheet.hidden_columns = frozenset(
            col for low, high in scan.hidden_columns for col in range(max(low, 1) - 1, min(high, MAX_COLS))
        )
        out[name] = sheet
    return out


def _mark_merges(sheet: SheetColumns, merges: list[str], rows: int) -> None:
    """read.mark_merges on the columns (a sheet of ``rows`` rows, as the grid then has)."""

    def first_empty(r: int, col: int) -> bool:
        kind = sheet.kind(r, col)
        return kind & (KIND | FORMULA) == EMPTY or (
            kind & (KIND | FORMULA) == TEXT and sheet.text(r, col) == ""
        )

    for r, col, ref, across in merge_marks(merges, rows, first_empty):
        (sheet.across if across else sheet.merged)[(r, col)] = ref


def _put_special_cells(
    sheet: SheetColumns, strings: list[str], scan: _Scan, redo: list[tuple[int, int]], opened: Opened
) -> None:
    """fastread._place_special_cells into columns: the cells the scan names, read with read._cell."""
    region = scan.region
    spans = scan.cell_spans()
    for r, col in redo:
        at = region.find(b'<c r="%s%d"' % (column_letter(col).encode(), r + 1))
        if at < 0:
            raise _Slow
        spans.append((at, region.find(b"</c>", at) + 4))
    ends: dict[int, int] = {}
    for start, end in spans:
        ends.setdefault(start, end)
    fragments = [region[start:end] for start, end in ends.items()]
    shared = SharedFormulas()
    read_cell = opened.rules().read_cell
    special: dict[tuple[int, int], Cell | None] = {}
    for fragment, element in zip(fragments, _elements(fragments)):
        ref = _REF.match(fragment, 3)
        if ref is None:
            raise _Slow
        r, col = int(ref.group(2)) - 1, _column(ref.group(1))
        cell = read_cell(element, strings, opened.styles, opened.date1904)
        if cell is not None and cell.formula is not None:
            shared.note(element, r, col)
        special[(r, col)] = cell
    if not special:
        return
    # The followers of a shared formula get their text as the grid's do (SharedFormulas.fill).
    top = max(r for r, _ in special) + 1
    grid: Grid = [[] for _ in range(top)]
    for (r, col), cell in special.items():
        row = grid[r]
        row.extend(Cell() for _ in range(col + 1 - len(row)))
        row[col] = cell if cell is not None else Cell()
    shared.fill(grid)
    wanted = [(r, col) for (r, col), cell in special.items() if cell is not None]
    sheet.resized(max((r for r, _ in wanted), default=-1) + 1, max((c for _, c in wanted), default=-1) + 1)
    for col, height in dense_heights(wanted).items():
        sheet.pack(col, height)
    for (r, col), cell in special.items():
        if r < sheet.rows and col < sheet.cols:
            number = sheet.value(r, col) if sheet.kind(r, col) & KIND == NUMBER else None  # a date's serial
            sheet.put(r, col, grid[r][col] if cell is not None else None, number)


def columns_of_grid(grid: Grid) -> SheetColumns:
    """A grid's cells as columns (the lxml reader's grid, where the fast path does not read)."""
    cells = [
        (r, col)
        for r, row in enumerate(grid)
        for col, cell in enumerate(row)
        if cell.value is not None or cell.formula is not None or cell.error is not None or cell.cut
    ]
    sheet = SheetColumns(0, 0, [], [], []).resized(len(grid), max(map(len, grid), default=0))
    for col, height in dense_heights(cells).items():
        sheet.pack(col, height)
    for r, col in cells:
        sheet.put(r, col, grid[r][col])
    sheet.hidden_rows = frozenset(r for r, row in enumerate(grid) if type(row) is HiddenRow)
    if type(grid) is SheetGrid:
        sheet.hidden_columns = grid.hidden_columns
        sheet.hidden_sheet = grid.hidden_sheet
    for r, row in enumerate(grid):
        for col, cell in enumerate(row):
            if cell.merged is not None:
                sheet.merged[(r, col)] = cell.merged
            if cell.across is not None:
                sheet.across[(r, col)] = cell.across
    return sheet
