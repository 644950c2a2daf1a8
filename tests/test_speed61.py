"""The input sheets as columns (lkj_xl/xlsx/sheet_columns.py, the C pass's ``read_columns``) against
today's Cell grid (``read_grids``), cell by cell: every cell's kind (number, text, percent, error,
formula without a saved value, boolean, date, month; a formula, struck through, a percent format, a
float rather than an int), its number, its text, its formula, its error value, its date, a clipped
text's length, the merges down and across, the hidden rows, columns and sheet; refusals alike.

The kind each Cell should have is decided here, from the Cell's own fields (``expected``), not by the
module's ``cell_kind``. A spy shows the columns came from the C pass (not from the lxml reader's grid,
which would make the comparison one of a grid with itself). ``test_the_c_pass_columns_are_its_cells``
compares the C pass's two answers (``read_sheet``'s Cells and ``read_columns``' columns) directly.
Set LKJ_COLUMNS_CORPUS to a folder of workbooks to compare every one of them too.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import random
import sys
from pathlib import Path

import pytest
import safety_books as S
from corpus import workbooks as W
from test_read import xlsxwriter_book
from test_read_c_pass import ELSEWHERE, KINDS, ORDER, REFUSED, SHAPES, VALUES
from test_read_fast import ODD_EXTRA, ODD_SHEETS, district, every_kind, with_kinerja_xml

from lkj_xl.core import contract as C
from lkj_xl.core.long_text import clip, clipped_cell
from lkj_xl.core.model import Cell, HiddenRow, SheetGrid
from lkj_xl.xlsx import fast_strings
from lkj_xl.xlsx import sheet_columns as SC
from lkj_xl.xlsx.read import MAX_TEXT, read_grids

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "templates" / "lkj-xl-template.xlsx"

pytestmark = pytest.mark.skipif(fast_strings.sheetxml is None, reason="the C pass is not built here")


@pytest.fixture
def fast_columns(monkeypatch):
    """A list that gets True/False for each read_columns call: did the C pass give the columns?"""
    calls: list[bool] = []
    real = SC._fast_columns

    def spy(*args, **kwargs):
        columns = real(*args, **kwargs)
        calls.append(columns is not None)
        return columns

    monkeypatch.setattr(SC, "_fast_columns", spy)
    return calls


def expected(cell: Cell | None) -> tuple[int, float | None]:
    """The kind byte and the number the columns must hold for ``cell`` (None: any number, a date's)."""
    if cell is None or (cell.value is None and cell.formula is None and cell.error is None):
        return SC.EMPTY, 0.0
    flags = 0
    if cell.formula is not None:
        flags |= SC.FORMULA
    if cell.struck:
        flags |= SC.STRUCK
    if cell.percent:
        flags |= SC.PERCENT_FORMAT
    v = cell.value
    if cell.error is not None:
        return SC.ERROR | flags, 0.0
    if v is None:
        return SC.FORMULA_NO_VALUE | flags, 0.0
    if v is True or v is False:
        return SC.BOOL | flags, 1.0 if v else 0.0
    if type(v) is int:
        return (SC.PERCENT if cell.percent else SC.NUMBER) | flags, float(v)
    if type(v) is float:
        return (SC.PERCENT if cell.percent else SC.NUMBER) | flags | SC.FLOAT, v
    if type(v) is str:
        return SC.TEXT | flags, 0.0
    assert type(v) is dt.datetime, repr(cell)
    return (SC.MONTH if cell.month_only else SC.DATE) | flags, None


def same_number(got: float, want: float | None) -> bool:
    if want is None:
        return True
    if math.isnan(want):
        return math.isnan(got)
    return got == want and math.copysign(1, got) == math.copysign(1, want)


def compare(data: bytes) -> str:
    """'refused' when both refuse alike, else 'read'; an AssertionError names the first difference."""
    try:
        grids, names = read_grids(data)
    except Exception as exc:  # the same refusal, with the same message
        with pytest.raises(type(exc)) as info:
            SC.read_columns(data)
        assert str(info.value) == str(exc)
        return "refused"
    columns, names2 = SC.read_columns(data)
    assert names2 == names and columns.keys() == grids.keys()
    for name, grid in grids.items():
        sheet = columns[name]
        width = max(max(map(len, grid), default=0), sheet.cols)
        for r in range(max(len(grid), sheet.rows)):
            row = grid[r] if r < len(grid) else []
            if r < len(grid):
                assert (r in sheet.hidden_rows) == (type(row) is HiddenRow), f"{name} row {r + 1} hidden"
            for col in range(width):
                cell = row[col] if col < len(row) else None
                at = f"{name} row {r + 1} column {col + 1}: {cell!r}"
                kind, number = expected(cell)
                assert sheet.kind(r, col) == kind, at
                assert same_number(sheet.value(r, col), number), at
                text = cell.value if cell is not None and type(cell.value) is str else None
                assert sheet.text(r, col) == text, at
                assert sheet.formulas.get((r, col)) == (cell.formula if cell else None), at
                assert sheet.errors.get((r, col)) == (cell.error if cell else None), at
                date = cell.value if cell is not None and type(cell.value) is dt.datetime else None
                assert sheet.dates.get((r, col)) == date, at
                assert sheet.cuts.get((r, col), 0) == (cell.cut if cell else 0), at
                assert sheet.merged.get((r, col)) == (cell.merged if cell else None), at
                assert sheet.across.get((r, col)) == (cell.across if cell else None), at
        # (a mark beyond the grid's last row: the grid dropped that row, being empty)
        for r, _col in (*sheet.merged, *sheet.across):
            assert r < len(grid), f"{name}: a merge mark at row {r + 1} beyond the grid"
        hidden_columns = grid.hidden_columns if type(grid) is SheetGrid else frozenset()
        assert sheet.hidden_columns == hidden_columns, name
        assert sheet.hidden_sheet == (type(grid) is SheetGrid and grid.hidden_sheet), name
    return "read"


# --- workbooks as staff and Excel write them: the C pass gives the columns ---------------------------------


def test_example_template_and_district(fast_columns, tmp_path):
    for data in (S.EXAMPLE.read_bytes(), TEMPLATE.read_bytes(), district(tmp_path)):
        assert compare(data) == "read"
    assert fast_columns == [True, True, True]


def test_every_kind_of_cell(fast_columns):
    data = xlsxwriter_book(every_kind)
    assert compare(data) == "read"
    assert fast_columns == [True]
    columns, _ = SC.read_columns(data)
    kinds = {columns["Kinerja"].kind(2, col) for col in range(10)}
    # The percent number, the percent text, the formula's percent, the error, the formula string, the
    # date, the booleans: each kind met once at least (so the comparison saw them, not only blanks).
    assert {SC.PERCENT | SC.PERCENT_FORMAT | SC.FLOAT, SC.ERROR | SC.FORMULA, SC.BOOL, SC.DATE} <= kinds


def test_struck_percent_and_month_cells(fast_columns):
    def book(wb):
        ws = wb.add_worksheet(C.SHEET_KINERJA)
        struck = wb.add_format({"font_strikeout": True})
        struck_pct = wb.add_format({"font_strikeout": True, "num_format": "0%"})
        month = wb.add_format({"num_format": "mmmm yyyy"})
        ws.write_number(0, 0, 75, struck)
        ws.write_string(0, 1, "Menunggu data BPS", struck)
        ws.write_number(0, 2, 0.955, struck_pct)
        ws.write_datetime(0, 3, dt.datetime(2025, 7, 1), month)
        ws.write_formula(0, 4, "=A1*2", struck, 150)
        ws.write_blank(0, 5, None, struck)
        wb.add_worksheet(C.SHEET_ANGGARAN).write(0, 0, "Kode")

    data = xlsxwriter_book(book)
    assert compare(data) == "read"
    assert fast_columns == [True]
    sheet = SC.read_columns(data)[0]["Kinerja"]
    # By hand: 75 struck, a struck text, 95,5 % struck (0.955, a float), July 2025 shown as a month.
    assert [sheet.kind(0, col) for col in range(6)] == [
        SC.NUMBER | SC.STRUCK,
        SC.TEXT | SC.STRUCK,
        SC.PERCENT | SC.STRUCK | SC.PERCENT_FORMAT | SC.FLOAT,
        SC.MONTH,
        SC.NUMBER | SC.STRUCK | SC.FORMULA,
        SC.EMPTY,
    ]
    assert sheet.value(0, 2) == 0.955 and sheet.value(0, 3) == 45839.0  # 1 July 2025 is serial 45839
    assert sheet.dates[(0, 3)] == dt.datetime(2025, 7, 1)


@pytest.mark.parametrize("case", sorted(ODD_SHEETS))
def test_odd_sheets(case):
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), ODD_SHEETS[case], ODD_EXTRA.get(case, b""))
    compare(data)


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_and_value_of_a_cell(kind, value):
    t = b"" if kind is None else b' t="%s"' % kind.encode()
    cell = b'<c r="B2"%s><v>%s</v></c>' % (t, value.encode())
    xml = b'<row r="1"><c r="A1"><v>5</v></c></row><row r="2"><c r="A2"><v>2</v></c>' + cell
    xml += b'<c r="C2"><v>3</v></c></row>'
    compare(with_kinerja_xml(S.EXAMPLE.read_bytes(), xml))


@pytest.mark.parametrize(
    "case", [("shape", k) for k in sorted(SHAPES)] + [("order", k) for k in sorted(ORDER)]
)
def test_each_shape_and_order_of_cells(case):
    group, key = case
    body = b'<row r="1"><c r="A1"><v>5</v></c>' + SHAPES[key] + b"</row>" if group == "shape" else ORDER[key]
    compare(with_kinerja_xml(S.EXAMPLE.read_bytes(), body))


@pytest.mark.parametrize("case", sorted(REFUSED) + sorted(ELSEWHERE))
def test_refused_and_elsewhere(case):
    sheet_data, extra = REFUSED[case] if case in REFUSED else (ELSEWHERE[case], b"")
    compare(with_kinerja_xml(S.EXAMPLE.read_bytes(), sheet_data, extra))


def test_merges_down_and_across_over_blank_and_empty_text_first_cells(fast_columns):
    # A1 a number (its merge marks A2 and A3: row 3 stays in the grid for its mark), B1 an empty text
    # (an inline string "": hides nothing, read.mark_merges' first-cell rule), C1:D1 across (D1 marked
    # across), E1 a formula without a value (marks E2).
    strings = S.EXAMPLE.read_bytes()
    xml = (
        b'<row r="1"><c r="A1"><v>7</v></c><c r="B1" t="inlineStr"><is><t></t></is></c><c r="C1"><v>1</v></c>'
        b'<c r="E1"><f>A1</f></c></row>'
        b'<row r="2"><c r="A2"><v>8</v></c><c r="D2"><v>2</v></c></row><row r="3"/>'
    )
    extra = (
        b'<mergeCells count="4"><mergeCell ref="A1:A3"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:D1"/>'
        b'<mergeCell ref="E1:E2"/></mergeCells>'
    )
    data = with_kinerja_xml(strings, xml, extra)
    assert compare(data) == "read"
    assert fast_columns == [True]
    sheet = SC.read_columns(data)[0]["Kinerja"]
    assert sheet.merged == {(1, 0): "A1:A3", (2, 0): "A1:A3", (1, 4): "E1:E2"}
    assert sheet.kind(0, 1) == SC.TEXT and sheet.text(0, 1) == ""
    assert sheet.across == {(0, 3): "C1:D1"}


def test_seeded_fuzz_of_the_example():
    """Byte damage and junk in the example's parts (test_read_fast's fuzz): the same cells or refusal."""
    rng = random.Random(61)
    example = S.EXAMPLE.read_bytes()
    mem = W.members(example)
    parts = [S.sheet_parts(mem)[s] for s in C.INPUT_SHEETS] + ["xl/sharedStrings.xml"]
    junk = [b"<", b"&", b"</row>", b'<row r="3">', b'r="A0"', b't="e"', b't="b"', b's="9999"', b"<v>x</v>"]
    outcomes = []
    for _ in range(60):
        part = rng.choice(parts)
        xml = bytearray(mem[part])
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(len(xml))
            op = rng.choice(["flip", "junk", "delete"])
            if op == "flip":
                xml[pos] ^= rng.randint(1, 255)
            elif op == "junk":
                xml[pos:pos] = rng.choice(junk)
            else:
                del xml[pos : pos + rng.randint(1, 64)]
        outcomes.append(compare(W.replace_members(example, {part: bytes(xml)})))
    assert "read" in outcomes and "refused" in outcomes


def test_without_the_c_pass_the_columns_are_the_grids(monkeypatch, fast_columns):
    monkeypatch.setattr(fast_strings, "sheetxml", None)
    assert compare(xlsxwriter_book(every_kind)) == "read"
    assert fast_columns == []  # (not asked: the lxml reader's grid as columns)


# --- the C pass itself: its columns are its Cells ------------------------------------------------------------


def _c_cells(xml: bytes, strings: list[str]) -> None:
    """read_sheet's Cells and read_columns' columns of one part, the same cells (or both None)."""
    sx = fast_strings.sheetxml
    grid_read = sx.read_sheet(xml, strings, 100_000, 200, Cell, clipped_cell, MAX_TEXT)
    cols_read = sx.read_columns(xml, strings, 100_000, 200, clip, MAX_TEXT)
    assert (grid_read is None) == (cols_read is None)
    if grid_read is None:
        return
    grid, redo = grid_read
    rows, cols, values, kinds, texts, far, redo2, cuts = cols_read
    assert redo2 == redo
    values = [memoryview(v).cast("d") for v in values]
    assert len(values) == len(kinds) == len(texts) == cols
    assert [len(v) for v in values] == [len(k) for k in kinds]
    assert all(r < rows and c < cols and r >= len(kinds[c]) for r, c in far)
    for r in range(max(rows, len(grid))):
        row = grid[r] if r < len(grid) else []
        for col in range(max(cols, max(map(len, grid), default=0))):
            cell = row[col] if col < len(row) else Cell()
            if col < cols and r < len(kinds[col]):
                kind, number = kinds[col][r], values[col][r]
            else:
                kind, number = far.get((r, col), (0, 0.0))
            at = f"row {r + 1} column {col + 1}: {cell!r}"
            v = cell.value
            if v is None:
                assert kind == SC.EMPTY, at
            elif type(v) is bool:
                assert (kind, number) == (SC.BOOL, float(v)), at
            elif type(v) in (int, float):
                assert kind == SC.NUMBER | (SC.FLOAT if type(v) is float else 0), at
                assert same_number(number, float(v)), at
            else:
                assert kind == SC.TEXT and texts[col].get(r) == v, at
                assert [full for rr, cc, full in cuts if (rr, cc) == (r, col)] == (
                    [cell.cut] if cell.cut else []
                ), at


def test_the_c_pass_columns_are_its_cells(tmp_path):
    books = [S.EXAMPLE.read_bytes(), TEMPLATE.read_bytes(), district(tmp_path), xlsxwriter_book(every_kind)]
    for case, body in ODD_SHEETS.items():
        books.append(with_kinerja_xml(S.EXAMPLE.read_bytes(), body, ODD_EXTRA.get(case, b"")))
    for kind in KINDS:
        t = b"" if kind is None else b' t="%s"' % kind.encode()
        cells = b"".join(
            b'<c r="%s1"%s><v>%s</v></c>' % (bytes([65 + i]), t, v.encode()) for i, v in enumerate(VALUES)
        )
        books.append(with_kinerja_xml(S.EXAMPLE.read_bytes(), b'<row r="1">' + cells + b"</row>"))
    seen = 0
    for data in books:
        mem = W.members(data)
        strings = (
            fast_strings.sheetxml.read_strings(mem["xl/sharedStrings.xml"])
            if "xl/sharedStrings.xml" in mem
            else []
        )
        for sheet, part in S.sheet_parts(mem).items():
            if sheet in C.INPUT_SHEETS and part in mem and strings is not None:
                _c_cells(mem[part], strings)
                seen += 1
    assert seen >= len(books)


def test_a_long_text_is_clipped_as_its_cell(tmp_path):
    text = "Realisasi " * 2_000  # 20.000 characters, beyond the reader's MAX_TEXT (10.000)
    xml = b'<row r="1"><c r="A1" t="str"><v>%s</v></c><c r="B1"><v>1.5</v></c></row>' % text.encode()
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), xml)
    assert compare(data) == "read"
    sheet = SC.read_columns(data)[0]["Kinerja"]
    assert sheet.cuts[(0, 0)] == 20_000 and len(sheet.text(0, 0) or "") < 10_100


# --- a corpus of workbooks (LKJ_COLUMNS_CORPUS): every one compared ------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("LKJ_COLUMNS_CORPUS"), reason="LKJ_COLUMNS_CORPUS names no folder")
def test_a_corpus(fast_columns):
    files = sorted(Path(os.environ["LKJ_COLUMNS_CORPUS"]).rglob("*.xlsx"))
    outcomes = [compare(path.read_bytes()) for path in files]
    print(
        f"{len(files)} workbooks: {outcomes.count('read')} read, {outcomes.count('refused')} refused alike, "
        f"{fast_columns.count(True)} by the C pass"
    )
    assert files and fast_columns.count(True) > 0


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="Linux's /proc")
def test_many_column_reads_keep_memory_and_refcounts_steady():
    """read_columns frees its entries and texts whether it reads, gives up or fails (test_read_c_pass's
    test of read_sheet, for the columns): a long text clipped, a sheet cut in half, an index past the
    shared strings, a wrong argument."""
    import gc

    sx = fast_strings.sheetxml
    mem = W.members(S.EXAMPLE.read_bytes())
    sheet, sst = mem[S.sheet_parts(mem)[C.SHEET_KINERJA]], mem["xl/sharedStrings.xml"]
    strings = sx.read_strings(sst)
    main = S.MAIN.encode()
    long_text = b'<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="str"><v>%s</v></c></row></sheetData></worksheet>'
    long_text %= (main, b"x" * 12_000)
    out_of_range = b'<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="s"><v>%d</v></c></row></sheetData></worksheet>'
    out_of_range %= (main, len(strings))
    broken = sheet[: len(sheet) // 2]

    def counts() -> list[int]:
        return [sys.getrefcount(s) for s in strings if sys.getrefcount(s) < 10**8]

    def rounds(n: int) -> None:
        for _ in range(n):
            assert sx.read_columns(sheet, strings, 100_000, 200, clip, MAX_TEXT) is not None
            assert sx.read_columns(long_text, strings, 100_000, 200, clip, MAX_TEXT)[7] == [(0, 0, 12_000)]
            assert sx.read_columns(out_of_range, strings, 100_000, 200, clip, MAX_TEXT) is None
            assert sx.read_columns(broken, strings, 100_000, 200, clip, MAX_TEXT) is None
            with pytest.raises(TypeError):
                sx.read_columns(sheet, tuple(strings), 100_000, 200, clip, MAX_TEXT)

    before = counts()
    rounds(300)
    gc.collect()
    with open("/proc/self/statm") as statm:
        start = int(statm.read().split()[1]) * 4096
    rounds(3_000)
    gc.collect()
    with open("/proc/self/statm") as statm:
        grown = int(statm.read().split()[1]) * 4096 - start
    # A leak of the columns a read would be 3.000 x ~40 kB = 120 MB; of one text a read ~200 kB.
    assert grown < 8 * 2**20, f"RSS grew {grown / 2**20:.1f} MiB"
    assert counts() == before


def test_a_clip_whose_cut_cannot_be_told_true_raises_its_own_error():
    """read_columns checks the truth of clip()'s cut: its error comes back as itself (before: the C
    function returned its columns with that error still set, and Python raised SystemError)."""

    class Unknowable:
        def __bool__(self) -> bool:
            raise RuntimeError("cut unknowable")

    xml = b'<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="str"><v>%s</v></c></row></sheetData></worksheet>'
    xml %= (S.MAIN.encode(), b"y" * 100)  # 100 characters > max_text / 2 = 25: clip() is asked
    with pytest.raises(RuntimeError, match="cut unknowable"):
        fast_strings.sheetxml.read_columns(xml, [], 10, 10, lambda text, n: (text[:10], Unknowable()), 50)
