"""Read a workbook's input sheets into plain grids (lkj_xl.core.model.Grid), straight from the package.

One streaming pass over each input sheet's XML gives, for every cell, both the formula and the value
Excel saved for it (openpyxl needs two loads for that), the number format's percent/date nature, and
error values. The package is checked first (zip bombs, DTDs, encrypted files: lkj_xl.xlsx.opc), and
the XML parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from lkj_xl.core import contract as c
from lkj_xl.core.formats import format_code_kind
from lkj_xl.core.grids import column_index
from lkj_xl.core.long_text import MAX_INPUT_TEXT, clip
from lkj_xl.core.model import Cell, Grid, HiddenRow, SheetGrid
from lkj_xl.core.tanggal import excel_date
from lkj_xl.errors import FileError
from lkj_xl.xlsx.fastread import Rules, read_fast
from lkj_xl.xlsx.ooxml import NS_R, NS_STRICT_MAIN, RT_STYLES
from lkj_xl.xlsx.opc import Package, local, open_package, strict_format_error, string_text, xstring
from lkj_xl.xlsx.shared_formulas import SharedFormulas

# Bounds that keep a hostile or broken file from eating the machine.
MAX_ROWS = 200_000
# Rows past MAX_ROWS holding only formats that are skipped (a whole row or column formatted leaves one,
# in row 1.048.576); one more is refused as a row past MAX_ROWS, so such a file is never parsed to its end.
MAX_FAR_FORMAT_ROWS = 10_000
MAX_COLS = 200
MAX_TEXT = MAX_INPUT_TEXT  # characters of one text cell kept (cut visibly: core.long_text)
MAX_MERGES = 10_000
MAX_MERGE_CELLS = 1_000_000

ERROR_VALUES = {
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
}

_REL = f"{{{NS_R}}}id"
# Built-in number formats that display dates/times (ECMA-376 18.8.30).
_BUILTIN_DATES = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}
_BUILTIN_MONTHS = {17}  # mmm-yy: a date shown without its day
_BUILTIN_PERCENT = {9, 10}
_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")


class ReadError(FileError):
    """The file cannot be read as a workbook (message in English for the CLI)."""


def _index(text: str | None) -> int | None:
    """A non-negative decimal number written with ASCII digits, else None ("²".isdigit() is True)."""
    return int(text) if text and text.isascii() and text.isdigit() else None


# The mark of a struck-through style in _styles' kinds ("percent" + STRUCK): any kind but "" makes the
# fast reader hand the cell to _cell, so both readers see the strikethrough alike.
STRUCK = "~struck"


def _struck_fonts(fonts) -> set[int]:
    """The indexes of the <fonts> that strike their text through (<strike/>, not val="0")."""
    struck = set()
    for i, font in enumerate(fonts):
        for part in font:
            if local(part.tag) == "strike" and part.get("val", "1") not in ("0", "false"):
                struck.add(i)
    return struck


def _styles(pkg: Package) -> list[str]:
    """Per cellXfs index: 'percent', 'date', 'month' (a date shown without its day) or '', followed
    by STRUCK when its font strikes the text through."""
    path = pkg.target_of_type(pkg.workbook, RT_STYLES)
    if path is None or not pkg.has(path):
        return []
    custom: dict[int, str] = {}
    kinds: list[str] = []
    struck: set[int] = set()
    for child in pkg.xml(path).getroot():
        name = local(child.tag)
        if name == "fonts":
            struck = _struck_fonts(child)
        elif name == "numFmts":
            for fmt in child:
                try:
                    custom[int(fmt.get("numFmtId", "-1"))] = format_code_kind(fmt.get("formatCode", ""))
                except ValueError:
                    continue
        elif name == "cellXfs":
            for xf in child:
                try:
                    fmt_id = int(xf.get("numFmtId", "0"))
                except ValueError:
                    fmt_id = 0
                if fmt_id in custom:
                    kinds.append(custom[fmt_id])
                elif fmt_id in _BUILTIN_PERCENT:
                    kinds.append("percent")
                elif fmt_id in _BUILTIN_DATES:
                    kinds.append("month" if fmt_id in _BUILTIN_MONTHS else "date")
                else:
                    kinds.append("")
                if _index(xf.get("fontId")) in struck:
                    kinds[-1] += STRUCK
    return kinds


def read_grids(
    source: Path | bytes | Package, also: tuple[str, ...] = ()
) -> tuple[dict[str, Grid], list[str]]:
    """Return (input sheet name -> grid, every sheet name in order). Raises ReadError or PackageError.

    ``source`` is a file, its bytes, or the package :func:`~lkj_xl.xlsx.opc.open_package` opened
    (and checked: a build checks the user's package once). The optional input sheets
    (``contract.OPTIONAL_INPUT_SHEETS``: Analisis) are read when present; ``also``: further sheets to
    read when present (the document's optional ``Narasi`` sheet).

    The package is checked first; then python-calamine reads the values and a byte scan the rest
    (:mod:`lkj_xl.xlsx.fastread`); a package that scan cannot vouch for is read by
    :func:`read_grids_lxml`, with the same result."""
    return _read(source, also, fast=True)


def read_grids_lxml(
    source: Path | bytes | Package, also: tuple[str, ...] = ()
) -> tuple[dict[str, Grid], list[str]]:
    """:func:`read_grids` by one streaming lxml pass per sheet only (the reference the fast path is
    tested against, and its fallback)."""
    return _read(source, also, fast=False)


@dataclass(frozen=True)
class Opened:
    """A checked package and what the readers need of its workbook part: every sheet's (name, part)
    in order, the names of the hidden ones, the styles' kinds, the date system, the input sheets."""

    pkg: Package
    sheets: list[tuple[str, str | None]]
    hidden: set[str]
    styles: list[str]
    date1904: bool
    targets: list[tuple[str, str]]

    def rules(self) -> Rules:
        return Rules(
            self.styles, self.date1904, _cell, mark_merges, MAX_TEXT, MAX_MERGES, with_hidden_columns
        )

    def fast(self) -> bool:
        """Whether every input sheet's part is there (else the lxml reader says which is missing)."""
        return all(self.pkg.has(part) for _name, part in self.targets)


def open_workbook(source: Path | bytes | Package, also: tuple[str, ...] = ()) -> Opened:
    """The package opened and checked, its workbook part read (see :func:`read_grids`)."""
    if not isinstance(source, Package):
        source = source if isinstance(source, bytes) else Path(source).read_bytes()
    pkg = open_package(source)
    workbook = pkg.xml(pkg.workbook).getroot()
    if etree.QName(workbook).namespace == NS_STRICT_MAIN:  # its sheets would read as missing
        raise strict_format_error(pkg.filename)
    parts = {rel.get("Id", ""): target for rel, target in pkg.internal_targets(pkg.workbook)}
    sheets: list[tuple[str, str | None]] = []
    hidden: set[str] = set()  # sheets whose tab is hidden (also "veryHidden", by VBA)
    for child in workbook:
        if local(child.tag) == "sheets":
            for sheet in child:
                sheets.append((sheet.get("name", ""), parts.get(sheet.get(_REL, ""))))
                if sheet.get("state") in ("hidden", "veryHidden"):
                    hidden.add(sheet.get("name", ""))
    styles = _styles(pkg)
    date1904 = pkg.date1904()

    wanted = {c.normalize_label(s) for s in (*c.INPUT_SHEETS, *c.OPTIONAL_INPUT_SHEETS, *also)}
    targets = [
        (name, part) for name, part in sheets if c.normalize_label(name) in wanted and part is not None
    ]
    return Opened(pkg, sheets, hidden, styles, date1904, targets)


def _read(
    source: Path | bytes | Package, also: tuple[str, ...], *, fast: bool
) -> tuple[dict[str, Grid], list[str]]:
    opened = open_workbook(source, also)
    pkg, sheets, hidden, styles, date1904, targets = (
        opened.pkg,
        opened.sheets,
        opened.hidden,
        opened.styles,
        opened.date1904,
        opened.targets,
    )
    if fast and opened.fast():
        grids = read_fast(pkg, targets, opened.rules())
        if grids is not None:
            return _mark_hidden(grids, hidden), [name for name, _ in sheets]
    strings = [string_text(si) for si in pkg.shared_strings()]
    grids = {}
    for name, part in targets:
        stream = pkg.stream(part)
        if stream is None:
            raise ReadError(f'sheet "{name}" is missing from the package ({part})')
        with stream:
            grids[name] = _read_sheet(stream, name, strings, styles, date1904)
    return _mark_hidden(grids, hidden), [name for name, _ in sheets]


def _mark_hidden(grids: dict[str, Grid], hidden: set[str]) -> dict[str, Grid]:
    """Each grid of a hidden sheet as a SheetGrid saying so."""
    for name in hidden & grids.keys():
        grids[name] = as_hidden_sheet(grids[name])
    return grids


def as_hidden_sheet(grid: Grid) -> SheetGrid:
    """``grid`` as the grid of a sheet whose tab is hidden (its hidden columns kept)."""
    columns = grid.hidden_columns if type(grid) is SheetGrid else frozenset()
    return SheetGrid(grid, columns, hidden_sheet=True)


def _read_sheet(stream, name: str, strings: list[str], styles: list[str], date1904: bool) -> Grid:
    grid: Grid = []
    merges: list[str] = []
    hidden_columns: list[tuple[int, int]] = []
    shared = SharedFormulas()
    far_rows = 0  # rows past MAX_ROWS skipped
    try:
        for _event, row in etree.iterparse(
            stream,
            events=("end",),
            tag=("{*}row", "{*}mergeCell", "{*}col"),
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
        ):
            if local(row.tag) == "mergeCell":
                if len(merges) < MAX_MERGES:
                    merges.append(row.get("ref", ""))
                continue
            if local(row.tag) == "col":
                low, high = row.get("min", ""), row.get("max", "")
                if row.get("hidden") in ("1", "true") and low.isdecimal() and high.isdecimal():
                    hidden_columns.append((int(low), int(high)))
                continue
            r_attr = row.get("r")
            number = _index(r_attr)
            if r_attr is not None and (number is None or number < 1):
                raise ReadError(f'sheet "{name}" has an invalid row number r="{r_attr[:20]}"')
            index = number - 1 if number is not None else len(grid)
            if index >= MAX_ROWS:
                far_rows += 1
                if far_rows > MAX_FAR_FORMAT_ROWS or _holds_something(row):
                    raise ReadError(f'sheet "{name}" has more than {MAX_ROWS} rows (row {index + 1})')
                _free(row)  # formats alone (a whole column formatted): nothing there to read
                continue
            while len(grid) < index:
                grid.append([])
            cells: list[Cell] = []
            for cell in row:
                if local(cell.tag) != "c":
                    continue
                ref = cell.get("r")
                col = len(cells)
                if ref:
                    match = _CELL_REF.match(ref)
                    if match:
                        col = column_index(match.group(1))
                if col >= MAX_COLS:
                    continue
                parsed = _cell(cell, strings, styles, date1904)
                if parsed is None:
                    continue
                if parsed.formula is not None:
                    shared.note(cell, index, col)
                while len(cells) < col:
                    cells.append(Cell())
                cells.append(parsed)
            if row.get("hidden") in ("1", "true"):  # by hand, or filtered out by an AutoFilter
                cells = HiddenRow(cells)
            if index < len(grid):
                grid[index] = cells
            else:
                grid.append(cells)
            _free(row)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f'broken XML in sheet "{name}": {exc}') from exc
    shared.fill(grid)
    mark_merges(grid, merges)
    while grid and not grid[-1]:
        grid.pop()
    return with_hidden_columns(grid, hidden_columns)


def _free(row) -> None:
    """Free a parsed row and its already-processed siblings: memory stays flat."""
    row.clear()
    parent = row.getparent()
    if parent is not None:
        while row.getprevious() is not None:
            del parent[0]


def _holds_something(row) -> bool:
    """Whether a <row> has a cell with a value, a formula or an inline string (a cell holding only a
    style is empty: _cell reads it as nothing)."""
    return any(local(part.tag) in ("v", "f", "is") for cell in row for part in cell)


def with_hidden_columns(grid: Grid, spans: list[tuple[int, int]]) -> Grid:
    """``grid`` as a SheetGrid naming its hidden columns (0-based, below MAX_COLS) from the (min, max)
    ranges of the sheet's hidden <col> elements; the grid itself when none is hidden."""
    columns = frozenset(col for low, high in spans for col in range(max(low, 1) - 1, min(high, MAX_COLS)))
    return SheetGrid(grid, columns) if columns else grid


_RANGE = re.compile(r"^([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)$")


def mark_merges(grid: Grid, merges: list[str]) -> None:
    """Tag the cells hidden under a merge that spans several rows: every cell of it but the first,
    whose value Excel shows across the whole range (an input row's value would be hidden there);
    those under a merge within one row as ``across`` (read blank: a figure typed over two quarters).
    A merge whose first cell is empty hides nothing and is left alone."""

    def first_empty(r: int, col: int) -> bool:
        top = grid[r]
        first = top[col] if col < len(top) else None
        return first is None or (first.value in (None, "") and first.formula is None and first.error is None)

    for r, col, ref, across in merge_marks(merges, len(grid), first_empty):
        row = grid[r]
        while len(row) <= col:
            row.append(Cell())
        # grids share cells: never change one in place (across: said where a data row holds it)
        row[col] = replace(row[col], across=ref) if across else replace(row[col], merged=ref)


def merge_marks(
    merges: list[str], rows: int, first_empty: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str, bool]]:
    """mark_merges' marks of a sheet of ``rows`` rows, in order: (row, column, range, True for a merge
    within one row); ``first_empty(row, column)``: whether a range's first cell is empty."""
    budget = MAX_MERGE_CELLS
    for ref in merges:
        match = _RANGE.match(ref)
        if not match:
            continue
        first_row, last_row = int(match.group(2)) - 1, int(match.group(4)) - 1
        first_col, last_col = column_index(match.group(1)), column_index(match.group(3))
        if first_row < 0 or first_col < 0 or last_row < first_row or first_row >= rows:
            continue
        if first_empty(first_row, first_col):
            continue
        if last_row == first_row:  # within one row: a title block, or a figure over two columns
            for col in range(first_col + 1, min(last_col, MAX_COLS - 1) + 1):
                budget -= 1
                if budget < 0:
                    return
                yield first_row, col, ref, True
            continue
        for r in range(first_row, min(last_row, rows - 1) + 1):
            for col in range(first_col, min(last_col, MAX_COLS - 1) + 1):
                if r == first_row and col == first_col:
                    continue
                budget -= 1
                if budget < 0:
                    return
                yield r, col, ref, False


def _cell(cell, strings: list[str], styles: list[str], date1904: bool) -> Cell | None:
    kind = cell.get("t", "n")
    formula: str | None = None
    raw: str | None = None
    inline: str | None = None
    for child in cell:
        tag = local(child.tag)
        if tag == "f":
            # A shared formula's followers have no text here; they are still formulas (their own
            # text is the master's, translated: shared_formulas, once the sheet is read).
            formula = "=" + (child.text or "")
        elif tag == "v":
            raw = child.text
        elif tag == "is":
            inline = string_text(child)
    style_index = _index(cell.get("s"))
    fmt = styles[style_index] if style_index is not None and style_index < len(styles) else ""
    if formula is None and raw is None and inline is None:
        return None  # a styled empty cell
    if fmt.endswith(STRUCK):
        parsed = _cell_value(kind, raw, inline, formula, fmt.removesuffix(STRUCK), strings, date1904)
        return replace(parsed, struck=True) if parsed is not None else None
    return _cell_value(kind, raw, inline, formula, fmt, strings, date1904)


def _cell_value(
    kind: str,
    raw: str | None,
    inline: str | None,
    formula: str | None,
    fmt: str,
    strings: list[str],
    date1904: bool,
) -> Cell | None:
    value: object = None
    if kind == "s":
        index = _index(raw)
        value = strings[index] if index is not None and index < len(strings) else None
    elif kind == "inlineStr":
        value = inline if inline is not None else raw
    elif kind in ("str",):
        value = xstring(raw or "")  # a formula's text result, escaped like a shared string
    elif kind == "b":
        value = raw in ("1", "true")
    elif kind == "e":
        return Cell(value=None, formula=formula, error=raw or "#N/A")
    elif kind == "d":
        try:
            value = _dt.datetime.fromisoformat(raw or "")
        except ValueError:
            value = raw
    elif raw is not None:
        try:
            number = float(raw)
        except ValueError:
            value = raw
        else:
            value = (
                int(number)
                if number.is_integer() and abs(number) < 2**53 and "." not in raw and "E" not in raw.upper()
                else number
            )
            if fmt in ("date", "month"):
                try:
                    value = excel_date(number, date1904)
                except (OverflowError, ValueError):  # out of range, NaN: keep the number
                    value = number
    if isinstance(value, str):
        if value in ERROR_VALUES and kind == "str":
            return Cell(value=None, formula=formula, error=value)
        if len(value) > MAX_TEXT // 2:  # (clip counts as Excel does: an emoji 2)
            kept, cut = clip(value, MAX_TEXT)
            if cut:
                return Cell(value=kept, formula=formula, cut=cut)
    if fmt == "month" and isinstance(value, _dt.datetime):
        return Cell(value=value, formula=formula, month_only=True)
    return Cell(value=value, formula=formula, percent=fmt == "percent")
