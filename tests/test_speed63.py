"""The columns' memory stays proportional to the cells (lkj_xl/xlsx/sheet_columns.py, the C pass's
``read_columns``; docs/speed.md stop 53). Before, a sheet's columns were packed rows x columns: one stray
cell at GR99999 (row 100.000 of column 200, the reader's limits) made 100.000 x 200 x 9 bytes = 180 MB.
Now a column is packed only down to its dense height (at most 16 x its cells + 1024 rows) and the cells
below are kept one by one; every cell still reads as read_grids' Cell (test_speed61's ``compare``).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import safety_books as S
from corpus import workbooks as W
from test_read import xlsxwriter_book
from test_read_fast import with_kinerja_xml
from test_speed61 import expected, same_number

from lkj_xl.core import contract as C
from lkj_xl.core.model import Cell, HiddenRow
from lkj_xl.xlsx import fast_strings
from lkj_xl.xlsx import sheet_columns as SC
from lkj_xl.xlsx.read import read_grids

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(fast_strings.sheetxml is None, reason="the C pass is not built here")


@pytest.fixture
def fast_columns(monkeypatch):
    """test_speed61's spy: True/False for each read_columns call, did the C pass give the columns?"""
    calls: list[bool] = []
    real = SC._fast_columns

    def spy(*args, **kwargs):
        columns = real(*args, **kwargs)
        calls.append(columns is not None)
        return columns

    monkeypatch.setattr(SC, "_fast_columns", spy)
    return calls


def with_kinerja_rows(data: bytes, rows: bytes) -> bytes:
    """``data`` with ``rows`` (<row> elements below its last) added to Kinerja's sheetData."""
    mem = W.members(data)
    part = S.sheet_parts(mem)[C.SHEET_KINERJA]
    xml = mem[part]
    assert xml.count(b"</sheetData>") == 1
    return W.replace_members(data, {part: xml.replace(b"</sheetData>", rows + b"</sheetData>")})


# One stray number at Z99999 (row 99.999 of column 26: the byte scan hands the C pass columns A-Z
# and rows below 100.000) and one at GR99999 (column 200, the reader's last: read by the lxml reader,
# whose grid is then made into columns by columns_of_grid).
STRAY = b'<row r="99999"><c r="Z99999"><v>7</v></c></row>'
STRAY_GR = b'<row r="99999"><c r="GR99999"><v>7</v></c></row>'


def packed(sheet: SC.SheetColumns) -> int:
    return sum(len(kinds) for kinds in sheet.kinds)


def compare_cells(data: bytes) -> None:
    """test_speed61's ``compare`` at the cells either side holds (every other cell is empty in both):
    its loop over rows x columns would take minutes over 100.000 rows."""
    grids, names = read_grids(data)
    columns, names2 = SC.read_columns(data)
    assert names2 == names and columns.keys() == grids.keys()
    for name, grid in grids.items():
        sheet = columns[name]
        at_cells = {
            (r, col)
            for r, row in enumerate(grid)
            for col, cell in enumerate(row)
            if (cell.value, cell.formula, cell.error, cell.merged, cell.across) != (None,) * 5 or cell.cut
        }
        at_cells |= {
            (r, col) for col, kinds in enumerate(sheet.kinds) for r, kind in enumerate(kinds) if kind
        }
        at_cells |= {(r, col) for col, texts in enumerate(sheet.texts) for r in texts}
        for notes in (
            sheet.far,
            sheet.formulas,
            sheet.errors,
            sheet.dates,
            sheet.cuts,
            sheet.merged,
            sheet.across,
        ):
            at_cells |= notes.keys()
        for r, col in sorted(at_cells):
            cell = grid[r][col] if r < len(grid) and col < len(grid[r]) else None
            at = f"{name} row {r + 1} column {col + 1}: {cell!r}"
            kind, number = expected(cell)
            assert sheet.kind(r, col) == kind, at
            assert same_number(sheet.value(r, col), number), at
            text = cell.value if cell is not None and type(cell.value) is str else None
            assert sheet.text(r, col) == text, at
            assert sheet.formulas.get((r, col)) == (cell.formula if cell else None), at
            assert sheet.errors.get((r, col)) == (cell.error if cell else None), at
            assert sheet.dates.get((r, col)) == (
                cell.value if cell and type(cell.value) is dt.datetime else None
            ), at
            assert sheet.cuts.get((r, col), 0) == (cell.cut if cell else 0), at
            assert sheet.merged.get((r, col)) == (cell.merged if cell else None), at
            assert sheet.across.get((r, col)) == (cell.across if cell else None), at
        assert sheet.hidden_rows == {r for r, row in enumerate(grid) if type(row) is HiddenRow}, name
        assert (sheet.rows, sheet.cols) == (len(grid), max(map(len, grid), default=0)) or not grid, name


def test_a_stray_cell_far_away_reads_as_its_cell_and_is_kept_alone(fast_columns):
    data = with_kinerja_rows(S.EXAMPLE.read_bytes(), STRAY)
    compare_cells(data)
    assert fast_columns == [True]  # (the C pass gave the columns: not the grid's)
    sheet = SC.read_columns(data)[0][C.SHEET_KINERJA]
    # The extent still reaches it (row 99.999 is index 99.998, column Z index 25) ...
    assert (sheet.rows, sheet.cols) == (99_999, 26)
    assert sheet.kind(99_998, 25) == SC.NUMBER and sheet.value(99_998, 25) == 7.0
    # ... but it is one cell of far, and its column packs only the example's cells above it. The
    # example's Kinerja has fewer than 200 rows: each packed column at most 16 x 200 + 1024 rows.
    assert sheet.far == {(99_998, 25): (SC.NUMBER, 7.0)}
    assert len(sheet.kinds[25]) < 200
    assert packed(sheet) <= 26 * (16 * 200 + 1024)


def test_a_stray_cell_in_column_gr_through_the_grid():
    data = with_kinerja_rows(S.EXAMPLE.read_bytes(), STRAY_GR)
    compare_cells(data)
    sheet = SC.read_columns(data)[0][C.SHEET_KINERJA]
    assert (sheet.rows, sheet.cols) == (99_999, 200)
    assert sheet.far == {(99_998, 199): (SC.NUMBER, 7.0)} and len(sheet.kinds[199]) == 0


_MEASURE = r"""
import sys, tracemalloc
from pathlib import Path
from lkj_xl.xlsx import sheet_columns as SC
from lkj_xl.xlsx.read import read_grids
data = Path(sys.argv[1]).read_bytes()
read = read_grids if sys.argv[2] == "grids" else SC.read_columns
read(data)  # (imports and caches warmed)
tracemalloc.start()
read(data)
print(tracemalloc.get_traced_memory()[1])
"""


def _peak(path: Path, read: str = "columns") -> int:
    """The peak of traced memory reading ``path`` (read_columns, or read_grids), in a fresh process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), read],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(sys.platform == "win32", reason="the subprocess's PYTHONPATH as written here")
def test_a_stray_cell_far_away_costs_no_more_memory_than_the_sheet(tmp_path):
    plain, stray, stray_gr = tmp_path / "plain.xlsx", tmp_path / "stray.xlsx", tmp_path / "stray_gr.xlsx"
    plain.write_bytes(S.EXAMPLE.read_bytes())
    stray.write_bytes(with_kinerja_rows(S.EXAMPLE.read_bytes(), STRAY))
    stray_gr.write_bytes(with_kinerja_rows(S.EXAMPLE.read_bytes(), STRAY_GR))
    base, far = _peak(plain), _peak(stray)
    # The C pass: before, Z99999 packed 99.999 x 26 x 9 bytes = 23 MB against the example's well under
    # 1 MB. Now one more entry: the same peak within a half.
    assert far < 1.5 * base, f"peak {far / 2**20:.1f} MiB with Z99999, {base / 2**20:.1f} MiB without"
    # The lxml reader's grid (100.000 rows of lists: read_grids' own cost) made into columns: before,
    # 99.999 x 200 x 9 bytes = 180 MB more than the grid. Now within a half of read_grids' own peak.
    grid, columns = _peak(stray_gr, "grids"), _peak(stray_gr)
    assert columns < 1.5 * grid, (
        f"peak {columns / 2**20:.1f} MiB as columns, {grid / 2**20:.1f} MiB as a grid"
    )


def _every_fifth_row(step: int = 5) -> bytes:
    """Numbers in A-Z on every ``step``-th row from row 2.000 to row 29.995 (each cell holds its row)."""
    return b"".join(
        b'<row r="%d">' % r
        + b"".join(b'<c r="%s%d"><v>%d</v></c>' % (bytes([65 + c]), r, r) for c in range(26))
        + b"</row>"
        for r in range(2_000, 30_000, step)
    )


@pytest.mark.parametrize("c_pass", [True, False])
def test_a_column_filled_every_fifth_row_stays_packed(monkeypatch, fast_columns, c_pass):
    # A table with a figure every 5th row (each figure's block of rows: speed63's review). At DENSE_FACTOR
    # 4 its cells went far from about row 5.000 on, each a dict entry and two tuples (about 210 bytes
    # against 5 packed rows' 45): 2,4 x the memory of packing them.
    if not c_pass:
        monkeypatch.setattr(fast_strings, "sheetxml", None)
    data = with_kinerja_rows(S.EXAMPLE.read_bytes(), _every_fifth_row())
    sheet = SC.read_columns(data)[0][C.SHEET_KINERJA]
    assert fast_columns == ([True] if c_pass else [])
    # By hand: the last row 29.995 (index 29.994) is each column's 5.600th added cell at least
    # ((29.995 - 2.000) / 5 + 1), and 29.995 <= 16 x 5.600 + 1024 = 90.624: the dense height is 29.995,
    # every cell above it packed.
    assert sheet.far == {} and [len(kinds) for kinds in sheet.kinds] == [29_995] * 26
    assert sheet.kind(29_994, 25) == SC.NUMBER and sheet.value(29_994, 25) == 29_995.0
    assert sheet.kind(29_993, 25) == SC.EMPTY and sheet.value(2_004, 0) == 2_005.0


@pytest.mark.skipif(sys.platform == "win32", reason="the subprocess's PYTHONPATH as written here")
def test_a_fifth_of_the_cells_costs_well_under_all_of_them(tmp_path):
    # The same rows, every 5th filled against every one: the same 26 x 29.995 packed rows either way, and
    # the C pass's entries a fifth as many. Measured: 21,1 MiB against 67,9 (0,31); at DENSE_FACTOR 4,
    # 42,8 (0,63: the far cells).
    fifth, every = tmp_path / "fifth.xlsx", tmp_path / "every.xlsx"
    fifth.write_bytes(with_kinerja_rows(S.EXAMPLE.read_bytes(), _every_fifth_row()))
    every.write_bytes(with_kinerja_rows(S.EXAMPLE.read_bytes(), _every_fifth_row(1)))
    sparse, full = _peak(fifth), _peak(every)
    assert sparse < 0.45 * full, f"peak {sparse / 2**20:.1f} MiB every 5th row, {full / 2**20:.1f} every row"


def _far_cells() -> bytes:
    """Cells of every kind the columns keep, far below the rest, in columns with cells above too (A, C)
    and in columns with none (X, Y, Z): a number, a float, a text, an error, a formula without a value,
    a boolean, a text formula, and a shared formula whose follower sits far below."""
    return (
        b'<row r="5000"><c r="A5000"><v>12</v></c><c r="C5000" t="s"><v>0</v></c>'
        b'<c r="X5000" t="e"><v>#N/A</v></c><c r="Y5000"><f>A1*2</f></c></row>'
        b'<row r="40000"><c r="A40000"><v>2.5</v></c><c r="C40000" t="b"><v>1</v></c>'
        b'<c r="X40000"><f t="shared" ref="X40000:X70000" si="7">A1+1</f><v>3</v></c></row>'
        b'<row r="70000"><c r="X70000"><f t="shared" si="7"/><v>4</v></c>'
        b'<c r="Y70000" t="str"><v>teks jauh</v></c></row>'
        b'<row r="99999"><c r="Z99999"><v>7</v></c></row>'
    )


def test_cells_of_every_kind_far_away_read_as_their_cells(fast_columns):
    data = with_kinerja_rows(S.EXAMPLE.read_bytes(), _far_cells())
    compare_cells(data)
    assert fast_columns == [True]
    sheet = SC.read_columns(data)[0][C.SHEET_KINERJA]
    # By hand: A5000 = 12 and A40000 = 2.5 (column A: the example's cells then these two, far beyond
    # 16 x 200 + 1024 rows), X70000 the shared formula X40000's A1+1 moved 30.000 rows down, saved 4.
    assert sheet.kind(4_999, 0) == SC.NUMBER and sheet.value(4_999, 0) == 12.0
    assert sheet.kind(39_999, 0) == SC.NUMBER | SC.FLOAT and sheet.value(39_999, 0) == 2.5
    assert sheet.formulas[(69_999, 23)] == "=A30001+1" and sheet.value(69_999, 23) == 4.0
    assert sheet.errors[(4_999, 23)] == "#N/A" and sheet.kind(4_999, 24) == SC.FORMULA_NO_VALUE | SC.FORMULA
    assert sheet.text(69_999, 24) == "teks jauh" and sheet.kind(39_999, 2) == SC.BOOL
    assert {(4_999, 0), (39_999, 0), (99_998, 25), (69_999, 23)} <= sheet.far.keys()
    assert packed(sheet) <= 26 * (16 * 200 + 1024)


def test_far_cells_without_the_c_pass(monkeypatch, fast_columns):
    # The lxml reader's grid as columns (columns_of_grid) keeps the same rule.
    monkeypatch.setattr(fast_strings, "sheetxml", None)
    data = with_kinerja_rows(S.EXAMPLE.read_bytes(), _far_cells())
    compare_cells(data)
    assert fast_columns == []
    sheet = SC.read_columns(data)[0][C.SHEET_KINERJA]
    assert (99_998, 25) in sheet.far and len(sheet.kinds[25]) < 200


def _styled_far_cells(wb) -> None:
    """Kinerja: 40 rows of cells in A and B, then at row 30.001 on the kinds read again from the XML by
    their style or their formula (speed63's review): a percent number, text and formula, an error, a
    date and a month, struck numbers and text, a text of 12.000 characters (cut), a text formula, merges
    down and across (one empty), a styled empty cell, a hidden row, a percent zero."""
    ws = wb.add_worksheet(C.SHEET_KINERJA)
    pct = wb.add_format({"num_format": "0.00%"})
    struck = wb.add_format({"font_strikeout": True})
    bold = wb.add_format({"bold": True})
    for r in range(40):
        ws.write_string(r, 0, f"baris {r}")
        ws.write_number(r, 1, r)
    f = 30_000
    ws.write_number(f, 0, 0.4071, pct)
    ws.write_string(f, 1, "75,5%", pct)
    ws.write_formula(f, 2, "=A3*2", pct, 0.8142)
    ws.write_formula(f, 3, "=1/0", None, "#DIV/0!")
    ws.write_datetime(f, 4, dt.datetime(2025, 6, 30), wb.add_format({"num_format": "dd/mm/yyyy"}))
    ws.write_datetime(f, 5, dt.datetime(2025, 7, 1), wb.add_format({"num_format": "mmmm yyyy"}))
    ws.write_number(f, 6, 12, struck)
    ws.write_string(f, 7, "dicoret", struck)
    ws.write_string(f + 1, 1, "x" * 12_000)
    ws.write_boolean(f + 1, 2, False)
    ws.write_formula(f + 1, 3, '=IF(1,"teks")', None, "teks")
    ws.merge_range(f + 3, 0, f + 5, 0, "digabung", bold)
    ws.merge_range(f + 3, 1, f + 3, 3, "judul", bold)
    ws.merge_range(f + 6, 4, f + 8, 5, None, bold)
    ws.write_blank(f + 10, 3, None, bold)
    ws.write_number(f + 12, 8, 5)
    ws.set_row(f + 12, None, None, {"hidden": True})
    ws.write_number(f + 14, 1, 0, pct)
    wb.add_worksheet(C.SHEET_ANGGARAN).write(0, 0, "Kode")


@pytest.mark.parametrize("c_pass", [True, False])
def test_styled_cells_far_away_read_as_their_cells(monkeypatch, fast_columns, c_pass):
    if not c_pass:
        monkeypatch.setattr(fast_strings, "sheetxml", None)
    data = xlsxwriter_book(_styled_far_cells)
    compare_cells(data)
    assert fast_columns == ([True] if c_pass else [])
    sheet = SC.read_columns(data)[0][C.SHEET_KINERJA]
    # By hand: A and B packed to the 40 rows written (row 30.001 is beyond 16 x 41 + 1024 = 1.680), C-I
    # none; every cell from row 30.001 on kept alone, as written above.
    assert [len(kinds) for kinds in sheet.kinds] == [40, 40] + [0] * 7
    assert sheet.kind(30_000, 0) == SC.PERCENT | SC.PERCENT_FORMAT | SC.FLOAT
    assert sheet.value(30_000, 0) == 0.4071 and sheet.text(30_000, 1) == "75,5%"
    assert sheet.kind(30_000, 6) == SC.NUMBER | SC.STRUCK and sheet.value(30_000, 6) == 12.0
    assert sheet.errors[(30_000, 3)] == "#DIV/0!" and sheet.dates[(30_000, 4)] == dt.datetime(2025, 6, 30)
    assert sheet.kind(30_000, 5) & SC.KIND == SC.MONTH and sheet.cuts == {(30_001, 1): 12_000}
    assert sheet.merged == {(30_004, 0): "A30004:A30006", (30_005, 0): "A30004:A30006"}
    assert sheet.hidden_rows == {30_012} and sheet.kind(30_010, 3) == SC.EMPTY


def test_a_column_of_formulas_without_values_is_packed():
    # 300 formulas Excel saved no value for (a workbook written by a library, never opened in Excel): no
    # entry of the C pass, each read again from the XML; packed together (dense_heights' rule), with a
    # far one below them kept alone.
    rows = b"".join(b'<row r="%d"><c r="B%d"><f>A%d*2</f></c></row>' % (r, r, r) for r in range(1, 301))
    rows += b'<row r="9000"><c r="B9000"><f>A1</f></c></row>'
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), rows)
    compare_cells(data)
    sheet = SC.read_columns(data)[0][C.SHEET_KINERJA]
    assert len(sheet.kinds[1]) == 300 and sheet.far == {(8_999, 1): (SC.FORMULA_NO_VALUE | SC.FORMULA, 0.0)}


def test_packing_moves_far_cells_in():
    sheet = SC.SheetColumns(0, 0, [], [], []).resized(10, 2)
    sheet.put(7, 1, Cell(value=3))
    sheet.put(2, 1, Cell(value="dua"))
    assert sheet.far == {(7, 1): (SC.NUMBER, 3.0), (2, 1): (SC.TEXT, 0.0)}
    sheet.pack(1, 5)  # row 2 moves in, row 7 stays far
    assert sheet.far == {(7, 1): (SC.NUMBER, 3.0)} and bytes(sheet.kinds[1]) == bytes([0, 0, SC.TEXT, 0, 0])
    sheet.put(2, 1, None)  # a styled empty cell over it
    sheet.put(7, 1, None)
    assert sheet.far == {} and sheet.kind(2, 1) == sheet.kind(7, 1) == SC.EMPTY and sheet.text(2, 1) is None


def test_dense_heights_rule():
    # By hand: 16 x count + 1024 = 1040 for one cell. A lone cell at row index 1039 (row + 1 = 1040) is
    # packed, at 1040 (1041 > 1040) it is not; with a second cell above it (1041 <= 2 x 16 + 1024 = 1056)
    # it is.
    assert SC.dense_heights([(1039, 0)]) == {0: 1040}
    assert SC.dense_heights([(1040, 0)]) == {}
    assert SC.dense_heights([(0, 0), (1040, 0)]) == {0: 1041}
    assert SC.dense_heights([(99_998, 199), (5, 0)]) == {0: 6}
    # A column filled every 5th row stays packed however far down: its n-th cell is at row index
    # 5(n - 1), and 5(n - 1) + 1 <= 16n + 1024 for every n; the last, index 99.995, gives 99.996. (At
    # factor 4 it went far from about row 5.000 on: 2,4 x the memory of packing it.)
    assert SC.dense_heights((r, 0) for r in range(0, 100_000, 5)) == {0: 99_996}
    # Every 20th row: the n-th cell, index 20(n - 1), is packed while 20n - 19 <= 16n + 1024, n <= 260
    # (4n <= 1043): the 260th, index 5.180, gives 5.181.
    assert SC.dense_heights((r, 0) for r in range(0, 100_000, 20)) == {0: 5_181}
