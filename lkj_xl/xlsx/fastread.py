"""The fast path of :mod:`lkj_xl.xlsx.read`: cell values from the C pass (``_sheetxml``: one libxml2
pass that also gives the part's verdict) or, where it is not built, from python-calamine (Rust), the
rest from a light scan of the sheet's bytes (:mod:`lkj_xl.xlsx.fast_strings` says which).

Both give the values python-calamine gives: every cell's value but not its formula, its number format, Excel error values
(they come back as ""), nor the difference between an empty cell and an empty text. So the sheet's
XML is scanned as bytes (``bytes.count``/``find`` and a few anchored regular expressions, no parse)
for exactly what the guarantees of the reader need: cells with a formula (``<f>``), cells whose value
is not a plain number or a shared string's index (errors, booleans, texts, inline strings, "5.0"),
cells whose style is a percent or date format, cells python-calamine gives as dates or booleans,
cells of an empty shared string, and the merged ranges. Those few cells are parsed one by one with
the lxml reader's own :func:`lkj_xl.xlsx.read._cell`, so they mean exactly what they meant.

The package has been opened and checked (zip bombs, DTD/XXE, encryption: :mod:`lkj_xl.xlsx.opc`)
before any of this touches it, and every part read is parsed by libxml2 (the C pass's own parse, or
a parse that builds nothing before python-calamine reads), so a damaged part is refused by the lxml
reader as before. Anything the scan cannot vouch
for makes :func:`read_fast` return None and the caller reads the package with the lxml reader
instead: CDATA, tabs or line breaks in sheetData, SpreadsheetML under a namespace prefix, any of
its elements under another prefix (the lxml reader reads them by local name), a row, column or merge
outside its place, a cell outside a row, a cell
without ``r`` or with a lower-case one, rows out of order or repeated, a cell beyond column GR or a
row number of six digits (so python-calamine never builds a huge dense range), shared strings that
python-calamine would read differently (``_xHHHH_`` escapes, untrimmed whitespace, ``<si/>``), or
any error of python-calamine. tests/test_read_fast.py compares both readers cell by cell.
With python-calamine (where the C pass is not built) one difference remains by design: a cell's
position comes from its own reference (as Excel reads it), where the lxml reader takes the row from
``<row r>`` and places cells in stream order; the two differ only for files whose cell references
contradict their row or their order, which Excel itself repairs. The C pass gives up on those (and on
any error libxml2 reports, as lxml raises on it), so with it there is none
(tests/test_read_c_pass.py).
"""

from __future__ import annotations

import datetime as _dt
import gc
import io
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from lkj_xl.core.grids import column_letter
from lkj_xl.core.long_text import clip, clipped_cell
from lkj_xl.core.model import Cell, Grid, HiddenRow
from lkj_xl.xlsx import fast_strings
from lkj_xl.xlsx.fast_strings import MAIN as _MAIN
from lkj_xl.xlsx.fast_strings import holds as _holds
from lkj_xl.xlsx.fast_strings import shared_strings as _shared_strings
from lkj_xl.xlsx.fast_strings import well_formed as _well_formed
from lkj_xl.xlsx.opc import Package
from lkj_xl.xlsx.shared_formulas import SharedFormulas

# The C pass's bounds, beyond the byte scan's (it refuses row 100.000 and column GS onwards): no
# grid it builds can grow past them whatever the scan would have said.
_MAX_ROW = 100_000
_MAX_COL = 200
# Common case first: every cell reference is one letter and at most five digits (A1..Z99999).
_SIMPLE_CELLS_ONLY = re.compile(rb'<c(?! r="[A-Z][0-9]{1,5}")')
# Then, only when that fires: a cell beyond column GR (the reader keeps MAX_COLS = 200 columns) or on
# row 100,000 or later (python-calamine would build a dense range that large), a lower-case reference
# or one without a row (the two readers place those differently).
_FAR = re.compile(rb'<c r="(?:[A-Z]{3}|[H-Z][A-Z]|G[S-Z]|[A-Z]{1,2}[0-9]{6})')
# Any reference but upper-case letters then digits (lower case, $, no row, a space, anything after the
# row). Not [A-Z]+[^0-9]: it backtracked to "A" + "A" and sent every cell at AA..GR away (speed65).
_ODD_REF = re.compile(rb'<c r="(?![A-Z]+[0-9]+")')
# Every <row>, its number when written r="N" first (b"" otherwise: then the lxml reader reads it).
_ROW = re.compile(rb'<row(?: r="([0-9]{1,9})")?')
# A row's hidden attribute (r= comes first: _ROW checks it), hidden by hand or by an AutoFilter.
_HIDDEN = re.compile(rb'<row r="([0-9]{1,9})"[^>]* hidden="(1|true|0|false)"')
_FORMULA = re.compile(rb"<f[ >/]")
# A <v> that is not a plain number the two readers take alike: an integer, or a decimal with at most
# 16 characters whose last digit is not 0 (so no float rounding makes it whole: the lxml reader keeps
# "5.0" a float). Everything else (texts, errors, "1E-07", "5 ", "1_000", <v></v>) is read from the XML.
# (Its first branch, a subset of the second, settles the common <v>1711</v> quicker.)
_NOT_A_PLAIN_NUMBER = re.compile(
    rb"<v>(?![0-9]{1,16}</v>|(?=[0-9.-]{1,16}</v>)-?[0-9]+(?:\.[0-9]*[1-9])?</v>)"
)
_INLINE = re.compile(rb"<is[ >/]")
_SIGNED_OR_DECIMAL = re.compile(rb"<v>(?:-|[0-9]+\.)")
_SHARED = re.compile(rb"""\st\s*=\s*["']s["']""")
_ZERO_STYLE = re.compile(rb' s="0[0-9]')
_REF = re.compile(rb'r="([A-Z]{1,3})([0-9]+)"')
_MERGE = re.compile(rb'<mergeCell ref="([^"&]*)"')
# A hidden <col> of <cols> ("<cols>" itself does not match), and its range and flag.
_COL = re.compile(rb"<col\b([^>]*)>")
_COL_ATTR = re.compile(rb' (min|max|hidden)="([^"]*)"')
_DATES = (_dt.datetime, _dt.date, _dt.time, _dt.timedelta)
_EXACT_INT = float(2**53)


class _Slow(Exception):
    """This package (or sheet) is read by the lxml reader."""


# The lxml reader takes elements by their local name (``{*}row``, ``{*}c``, ``{*}f``, and ``t`` and
# ``rPh`` of an inline string), the scan only unprefixed ones: such a name right after a prefix's ":"
# sends the sheet there. (The colon is the literal the search runs on: about one a row, in spans="1:20",
# where a tag's "<" comes some forty times a row and a search on it took three times as long. A text
# such as "catatan:c " only sends its sheet to the lxml reader.)
_PREFIXED = re.compile(rb":(?:row|col|mergeCell|c|f|v|is|t|rPh|r)[\s/>]")
# Rows, columns and merges, under any prefix: the lxml reader reads them anywhere in the part.
_ROW_COL_MERGE = re.compile(rb"<([^\s/>!?:]*+:)?(row|col|mergeCell)[\s/>]")
# A <row> not right after a </row> (nor first): after a self-closed row, or after something else.
_ROW_AFTER_OTHER = re.compile(rb"<row(?<!</row><row)")


def _misplaced(head: bytes, region: bytes, tail: bytes) -> bool:
    """Whether the sheet part holds what the lxml reader reads and the scan would not see where it is:
    a prefixed element in sheetData, a row, column or merge outside its place or under a prefix, a cell
    before, between or after the rows (the lxml reader reads only a row's children, python-calamine
    every cell)."""
    for m in _ROW_COL_MERGE.finditer(head):  # (a <col> of <cols>; a <mergeCell> here: refused anyway)
        if m.group(1) or m.group(2) == b"row":
            return True
    for m in _ROW_COL_MERGE.finditer(tail):  # (the <mergeCell>s of <mergeCells>)
        if m.group(1) or m.group(2) != b"mergeCell":
            return True
    if not region:
        return False
    if not region.startswith(b"<row") or not region.endswith((b"</row>", b"/>")):
        return True
    for m in _ROW_AFTER_OTHER.finditer(region, 1):
        lt = region.rfind(b"<", 0, m.start())  # the element before: a self-closed <row .../> only
        if not (region.startswith(b"<row", lt) and region.startswith(b"/>", m.start() - 2)):
            return True
    return _PREFIXED.search(region) is not None


def _column(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ch - 64)
    return index - 1


class _Scan:
    """What the byte scan of one sheet found."""

    def __init__(
        self,
        xml: bytes,
        special_styles: re.Pattern[bytes] | None,
        empty_cells: re.Pattern[bytes] | None,
        checked: bool = False,
    ):
        if not checked and not _well_formed(xml):
            raise _Slow  # the lxml reader says where the XML is broken
        if xml.count(_MAIN) != 1:
            raise _Slow  # SpreadsheetML under a prefix, or declared twice
        start = xml.find(b"<sheetData")
        if start < 0:
            raise _Slow
        if xml.startswith(b"<sheetData/>", start):
            self.region, end = b"", start + len(b"<sheetData/>")
        else:
            open_end = xml.find(b">", start) + 1
            end = xml.find(b"</sheetData>", open_end)
            if open_end <= 0 or end < 0:
                raise _Slow
            self.region = xml[open_end:end]
        region = self.region
        # Line breaks or tabs (inside tags they would hide attributes from the scan), CDATA
        # (python-calamine reads <v><![CDATA[5]]></v> as empty), character references (libxml2 reads
        # s="&#49;0" as style 10, the scan would not): the lxml reader. (A one-byte search is a fast
        # memchr: a longer needle is looked for only when its rarest byte is there.)
        if b"\n" in region or b"\t" in region or b"\r" in region or (b"[" in region and b"<![" in region):
            raise _Slow
        if b"&" in region and b"&#" in region:
            raise _Slow
        if not checked and b"<v " in region:
            raise _Slow  # a <v> with an attribute hides its value from the scan (the C pass refuses it)
        if _SIMPLE_CELLS_ONLY.search(region):
            # Every <c> carries r= first (<color>, <charset>, <condense> are rich-text run properties).
            others = region.count(b"<col") + region.count(b"<cha") + region.count(b"<con")
            if region.count(b"<c") != region.count(b'<c r="') + others:
                raise _Slow
            if _FAR.search(region) or _ODD_REF.search(region):
                raise _Slow
        self.rows = _last_row(region)  # the lxml reader's grid has them all, merges see them
        hiding = region.count(b"hidden") if b"d" in region else 0  # (Excel's rows have dyDescent)
        hidden = _HIDDEN.findall(region) if hiding else []
        if len(hidden) != hiding:
            raise _Slow  # written otherwise (hidden = "1", or "hidden" inside a text): the lxml reader
        self.hidden = [int(r) - 1 for r, flag in hidden if flag in (b"1", b"true")]
        if _holds(xml, b"<mergeCell", b"l", 0, end):  # before or inside sheetData
            raise _Slow
        tail = xml[end:]
        if _misplaced(xml[:start], region, tail):
            raise _Slow
        self.hidden_columns = _hidden_columns(xml[:start])
        self.merges = [m.group(1).decode("ascii", "replace") for m in _MERGE.finditer(tail)]
        if len(self.merges) != tail.count(b"<mergeCell ") + tail.count(b"<mergeCell>"):
            raise _Slow
        self.spans = self._special_cells(region, special_styles, empty_cells, checked)

    @classmethod
    def _special_cells(
        cls,
        region: bytes,
        special_styles: re.Pattern[bytes] | None,
        empty_cells: re.Pattern[bytes] | None,
        checked: bool,
    ) -> set[int]:
        """The cells the lxml reader's _cell reads (formulas, texts, errors, inline strings, special
        styles): their start offsets in ``region``."""
        spans: set[int] = set()
        for m in _FORMULA.finditer(region) if _holds(region, b"<f", b"f") else ():
            cls._span(region.rfind(b"<c ", 0, m.start()), spans)
        if special_styles is not None and b' s="0' in region and _ZERO_STYLE.search(region):
            raise _Slow  # s="012" is style 12 to both readers, but not to the scan
        # Found by content, not by the t= attribute (however it is written): a value that is not a
        # plain number or a shared string's index (errors "#N/A", booleans "true", texts, <v></v>),
        # inline strings, and <v>7</v> where shared string 7 is empty.
        # (A pattern whose literal start is not in the region at all is not run: a one-pass C search
        # of the bytes costs a fraction of the regular expression's scan.)
        inline = (_INLINE,) if _holds(region, b"<is", b"i") else ()
        for pattern in (_NOT_A_PLAIN_NUMBER, *inline) + ((empty_cells,) if empty_cells is not None else ()):
            for m in pattern.finditer(region):
                cls._span(region.rfind(b"<c ", 0, m.start()), spans)
        if not checked:  # (the C pass gives up on both)
            _typed_as_strings(region, spans)
        if special_styles is not None:
            if (b"'" in region and b"s='" in region) or b"s =" in region or b"s= " in region:
                raise _Slow  # a style attribute the scan would not see (or such a text: rare)
            for m in special_styles.finditer(region):
                lt = region.rfind(b"<", 0, m.start())
                if region.startswith(b"<c ", lt):
                    cls._span(lt, spans)
        return spans

    @staticmethod
    def _span(start: int, spans: set[int]) -> None:
        if start < 0:
            raise _Slow
        spans.add(start)

    def cell_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every special cell that has content, in region offsets."""
        region = self.region
        out: list[tuple[int, int]] = []
        for start in self.spans:
            tag_end = region.find(b">", start)
            if tag_end < 0:
                raise _Slow
            if region[tag_end - 1 : tag_end] == b"/":
                continue
            end = region.find(b"</c>", tag_end)
            if end < 0:
                raise _Slow
            out.append((start, end + 4))
        return out


def _typed_as_strings(region: bytes, spans: set[int]) -> None:
    """Add the cells python-calamine reads otherwise than the lxml reader though their <v> is a plain
    number to the scan: a shared string's index written "-5", "-0" or "1.5" (no value to the lxml
    reader, a shared string to python-calamine) and an inline string with only a <v> (its text to the
    lxml reader, nothing to python-calamine). (Each such <v> is a negative or a decimal: its cell's tag
    is looked at for t="s" however it is written.)"""
    for m in _SIGNED_OR_DECIMAL.finditer(region) if b"-" in region or b"." in region else ():
        start = region.rfind(b"<c ", 0, m.start())
        if start < 0 or _SHARED.search(region, start, m.start()):
            _Scan._span(start, spans)
    at = region.find(b"inlineStr") if _holds(region, b"inlineStr", b"S") else -1
    while at >= 0:
        _Scan._span(region.rfind(b"<c ", 0, at), spans)
        at = region.find(b"inlineStr", at + 1)


def _last_row(region: bytes) -> int:
    """The number of sheetData's last row, its rows strictly in order and below 100,000 (the lxml
    reader replaces a repeated row and refuses rows past MAX_ROWS, python-calamine would merge and
    place them; a row 0 the lxml reader refuses, python-calamine failed on, the C pass would read)."""
    rows = _ROW.findall(region)
    if b"" in rows:
        raise _Slow
    numbers = list(map(int, rows))
    if numbers and (
        numbers[0] < 1 or numbers[-1] >= 100_000 or not all(map(operator.lt, numbers, numbers[1:]))
    ):
        raise _Slow
    return numbers[-1] if numbers else 0


def _fragment_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _hidden_columns(head: bytes) -> list[tuple[int, int]]:
    """The (min, max) ranges of the hidden <col> elements before <sheetData> (1-based, as written)."""
    if b"hidden=" not in head:
        return []
    spans, flags = [], 0
    for attrs in _COL.findall(head):
        found = dict(_COL_ATTR.findall(attrs))
        if b"hidden" not in found:
            continue
        flags += 1
        low, high = found.get(b"min", b""), found.get(b"max", b"")
        if not (low.isdigit() and high.isdigit()):
            raise _Slow
        if found[b"hidden"] in (b"1", b"true"):
            spans.append((int(low), int(high)))
    if flags != head.count(b"hidden="):
        raise _Slow  # written otherwise (single quotes, a prefix): the lxml reader decides
    return spans


@dataclass(frozen=True)
class Rules:
    """The lxml reader's own decisions, handed over so that both readers share them."""

    styles: list[str]  # per style index: "percent", "date", "month" or ""
    date1904: bool
    read_cell: Callable[..., Cell | None]  # read._cell: one <c> element as the lxml reader reads it
    mark_merges: Callable[[Grid, list[str]], None]
    max_text: int
    max_merges: int
    hidden_columns: Callable[[Grid, list[tuple[int, int]]], Grid]  # read.with_hidden_columns


def read_fast(pkg: Package, targets: list[tuple[str, str]], rules: Rules) -> dict[str, Grid] | None:
    """The grids of ``targets`` (sheet name, part), or None when the lxml reader must read them.

    The cyclic garbage collector is paused meanwhile: python-calamine's rows and some 100,000 new
    Cells would trigger it over and over (it walks every object made so far each time), and none of
    them can form a cycle (build, check and rekap pause it for the whole report anyway)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read_fast(pkg, targets, rules)
    finally:
        if collecting:
            gc.enable()


def special_patterns(
    empty: list[int], styles: list[str]
) -> tuple[re.Pattern[bytes] | None, re.Pattern[bytes] | None]:
    """The scan's patterns of a <v> naming an empty shared string, and of a special style's s=."""
    empty_cells = (
        re.compile(rb"<v>(?:" + b"|".join(str(i).encode() for i in empty) + rb")</v>") if empty else None
    )
    special = sorted(i for i, kind in enumerate(styles) if kind)
    special_styles = (
        re.compile(rb' s="(?:' + b"|".join(str(i).encode() for i in special) + rb')"') if special else None
    )
    return empty_cells, special_styles


def _read_fast(pkg: Package, targets: list[tuple[str, str]], rules: Rules) -> dict[str, Grid] | None:
    strings = _shared_strings(pkg)
    if strings is None:
        return None
    empty_cells, special_styles = special_patterns(strings.empty, rules.styles)
    sheets: dict[str, list[list[object]]] = {}  # python-calamine's values
    cells: dict[str, tuple[Grid, list[tuple[int, int]]]] = {}  # the C pass's (_cells done in C)
    scans: list[tuple[str, _Scan]] = []
    try:
        for name, part in targets:
            xml = pkg.read(part)
            if strings.texts is not None:  # the C pass: the cells and libxml2's verdict at once
                read = fast_strings.sheetxml.read_sheet(
                    xml, strings.texts, _MAX_ROW, _MAX_COL, Cell, clipped_cell, rules.max_text
                )
                if read is None:
                    raise _Slow
                cells[name] = read
            scans.append((name, _Scan(xml, special_styles, empty_cells, checked=strings.texts is not None)))
    except _Slow:
        return None
    if strings.texts is None:
        try:
            from python_calamine import CalamineWorkbook

            book = CalamineWorkbook.from_filelike(io.BytesIO(pkg.data))
            sheets = {
                name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name, _ in scans
            }
        except (KeyboardInterrupt, SystemExit, MemoryError):
            raise
        except BaseException:  # noqa: BLE001 - its errors, a Rust panic: the lxml reader says what is wrong
            return None
    grids: dict[str, Grid] = {}
    try:
        for name, scan in scans:
            if name in cells:
                grid, redo = cells[name]
                texts: list[str] | _CalamineStrings = strings.texts  # type: ignore[assignment]
            else:
                grid, redo = _cells(sheets[name], rules.max_text)
                texts = _CalamineStrings(sheets[name])
            if len(grid) > scan.rows:
                raise _Slow  # python-calamine read another part than the scan (odd relationships)
            _place_special_cells(grid, texts, scan, redo, rules)
            while len(grid) < scan.rows:
                grid.append([])
            for r in scan.hidden:
                grid[r] = HiddenRow(grid[r])
            rules.mark_merges(grid, scan.merges[: rules.max_merges])
            while grid and not grid[-1]:
                grid.pop()
            grids[name] = rules.hidden_columns(grid, scan.hidden_columns)
    except _Slow:
        return None
    return grids


class _CalamineStrings:
    """Stands in for the shared strings list when a special cell is read by _cell: a shared string's
    text is then taken from python-calamine's value at that cell (the same text, see
    _shared_strings_plain)."""

    MARK = object()

    def __init__(self, rows: list[list[object]]):
        self.rows = rows  # python-calamine's values

    def __len__(self) -> int:
        return 2**62

    def __getitem__(self, index: int) -> object:
        return self.MARK


def _cells(rows: list[list[object]], max_text: int) -> tuple[Grid, list[tuple[int, int]]]:
    """python-calamine's values as cells; and where it gave a date or a boolean (read again).

    Cells of equal values are one shared Cell (a Kinerja sheet repeats "Kumulatif", "%", "Positif"
    and leaves half its cells empty): building a Cell costs five times a dict lookup, and a grid's
    cells are never changed in place (read.mark_merges and _place_special_cells replace them)."""
    grid: Grid = []
    redo: list[tuple[int, int]] = []
    # Keyed by the value itself: 1.0 and 1 are one key and one Cell(1), as wanted; booleans and dates
    # (equal to numbers) never reach it.
    shared: dict[object, Cell] = {"": Cell()}
    get = shared.get
    for r, values in enumerate(rows):
        n = len(values)
        while n and values[n - 1] == "":
            n -= 1
        cells: list[Cell] = []
        append = cells.append
        for v in values[:n] if n < len(values) else values:
            try:
                cell = get(v)
            except TypeError:  # unhashable: not one of python-calamine's value types
                raise _Slow from None
            if cell is not None and type(v) is not bool:
                append(cell)
                continue
            kind = type(v)
            if kind is str:
                # "" is an empty cell: an empty shared string's cells, inline strings and formula
                # strings are read from the XML (_Scan).
                cell = shared[v] = Cell(v) if len(v) <= max_text // 2 else clipped_cell(v, max_text)  # type: ignore[arg-type]
            elif kind is float:
                cell = shared[v] = Cell(int(v) if v.is_integer() and -_EXACT_INT < v < _EXACT_INT else v)  # type: ignore[attr-defined,operator,call-overload]
            elif kind is int:
                cell = shared[v] = Cell(v)
            elif kind is bool or isinstance(v, _DATES):
                # A date made of a number by its format, a boolean (python-calamine takes "2" as TRUE,
                # the lxml reader only "1"/"true"): read from the XML.
                redo.append((r, len(cells)))
                cell = Cell(v)
            else:
                raise _Slow
            append(cell)
        grid.append(cells)
    return grid, redo


def _place_special_cells(
    grid: Grid, strings: list[str] | _CalamineStrings, scan: _Scan, redo: list[tuple[int, int]], rules: Rules
) -> None:
    """Read the special cells from the XML with the lxml reader's _cell and put them in the grid (a
    shared string's text from ``strings``: the C pass's texts, or python-calamine's values)."""
    region = scan.region
    special: dict[tuple[int, int], Cell | None] = {}
    spans = scan.cell_spans()
    for r, col in redo:
        ref = b'<c r="%s%d"' % (column_letter(col).encode(), r + 1)
        at = region.find(ref)
        if at < 0:
            raise _Slow
        spans.append((at, region.find(b"</c>", at) + 4))
    ends: dict[int, int] = {}
    for start, end in spans:
        ends.setdefault(start, end)  # a cell found twice (a formula and a percent style) is read once
    fragments = [region[start:end] for start, end in ends.items()]
    shared = SharedFormulas()
    for fragment, element in zip(fragments, _elements(fragments)):
        ref = _REF.match(fragment, 3)
        if ref is None:
            raise _Slow
        r, col = int(ref.group(2)) - 1, _column(ref.group(1))
        cell = rules.read_cell(element, strings, rules.styles, rules.date1904)
        if cell is not None and cell.formula is not None:
            shared.note(element, r, col)
        if cell is not None and cell.value is _CalamineStrings.MARK:
            rows = strings.rows  # type: ignore[union-attr]
            calamine = rows[r][col] if r < len(rows) and col < len(rows[r]) else ""
            if not isinstance(calamine, str):
                raise _Slow
            cell.value, cell.cut = clip(calamine, rules.max_text)
        special[(r, col)] = cell
    for (r, col), cell in special.items():
        while len(grid) <= r:
            grid.append([])
        row = grid[r]
        while len(row) <= col:
            row.append(Cell())
        row[col] = cell if cell is not None else Cell()
        if cell is None:
            while row and _empty(row[-1]):
                row.pop()
    shared.fill(grid)


def _elements(fragments: list[bytes]) -> Iterator[etree._Element]:
    """Each fragment (one <c> element's XML) parsed: a thousand at a time under a wrapper, since a
    parse per cell costs more than reading it. Each fragment ends at its cell's first </c>, so the
    wrapper has one child per fragment exactly when each fragment is that one whole element;
    otherwise (a <c> inside a <c>) they are parsed one by one, as before, and any error is _Slow."""
    parser = _fragment_parser()
    for at in range(0, len(fragments), 1000):
        batch = fragments[at : at + 1000]
        try:
            wrapper = etree.fromstring(b"<x>" + b"".join(batch) + b"</x>", parser)
        except etree.XMLSyntaxError:
            pass
        else:
            if len(wrapper) == len(batch):
                yield from wrapper
                continue
        try:
            yield from [etree.fromstring(fragment, parser) for fragment in batch]
        except etree.XMLSyntaxError:
            raise _Slow from None


def _empty(cell: Cell) -> bool:
    return cell.value is None and cell.formula is None and cell.error is None
