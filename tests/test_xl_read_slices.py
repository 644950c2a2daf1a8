"""The task pane's read of the input sheets against Excel on the web's payload limit: one round trip
answers at most 5 MB, and the read (values, number formats and formulas of each used range) of a
district workbook with a formula in every realisation cell weighs more (measured with the xlclient
harness: 7,1 MB with =SUM(Bulanan!..) in each of 48.000 cells, 11,6 MB with links to a closed
workbook; 4,9 MB without a formula). Excel refused it and the press failed with Excel's English text.
The task pane now reads such a workbook again in slices of rows, each below the limit, and sends the
same book JSON and every formula; a workbook under the limit still costs the 2 round trips.
"""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pytest
import xlwings as xw
from test_xl_formulas_and_hidden_sheets import quarter_formula_book
from test_xl_server import (
    PLAN_CLIENT,
    pemeriksaan_rows,
    press,
    replay_plan,
    server,  # noqa: F401 - the module's real HTTP server fixture
)

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from tests.common import EXAMPLE
from tests.helpers_taskpane import press_read

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")

EPOCH = dt.datetime(1899, 12, 30)
QUARTERS = ("Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV")


def _office_value(v):
    """A cell's value as Range.values gives it: dates as serial numbers, empty as ""."""
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return (v - EPOCH).total_seconds() / 86400
    if isinstance(v, dt.date):
        return (dt.datetime(v.year, v.month, v.day) - EPOCH).days
    return v


def standin_book(path) -> dict:
    """The task pane stand-in's workbook for ``path``: each sheet's values (saved values of formula
    cells), number formats and Range.formulas (a cell's formula, else its value), A1 to the last cell."""
    saved, typed = openpyxl.load_workbook(path, data_only=True), openpyxl.load_workbook(path)
    book = {}
    for ws in saved.worksheets:
        rows, cols = ws.max_row, ws.max_column
        cells = [[ws.cell(r, col) for col in range(1, cols + 1)] for r in range(1, rows + 1)]
        formulas = []
        for r, row in enumerate(cells, 1):
            line = []
            for col, cell in enumerate(row, 1):
                f = typed[ws.title].cell(r, col)
                line.append(f.value if f.data_type == "f" else _office_value(cell.value))
            formulas.append(line)
        book[ws.title] = {
            "values": [[_office_value(cell.value) for cell in row] for row in cells],
            "formats": [[cell.number_format for cell in row] for row in cells],
            "formulas": formulas,
            "merged": [],
        }
    return book


def link_every_quarter(book: dict) -> int:
    """Give every realisation cell holding a number and no formula a link to another workbook, as
    staff who copy each quarter from the agencies' files have (='[Dinas.xlsx]Kinerja'!K5): Excel keeps
    its value, so only Range.formulas changes. Returns how many cells were linked."""
    linked = 0
    for name in ("Kinerja", "Anggaran"):
        sheet = book[name]
        header = next(i for i, row in enumerate(sheet["values"]) if "Kode" in row)
        columns = [j for j, v in enumerate(sheet["values"][header]) if v in QUARTERS]
        for i in range(header + 1, len(sheet["values"])):
            for j in columns:
                value, formula = sheet["values"][i][j], sheet["formulas"][i][j]
                # (not a 0: a linked 0 may be a blank at the source, a peringatan of its own that the
                # headless read of the file, without the links, does not give)
                if isinstance(value, (int, float)) and value != 0 and formula == value:
                    letter = openpyxl.utils.get_column_letter(j + 1)
                    sheet["formulas"][i][j] = f"='[Dinas.xlsx]{name}'!{letter}{i + 1}"
                    linked += 1
    return linked


def test_a_read_over_excels_payload_limit_is_read_in_slices_with_every_formula(server, tmp_path):  # noqa: F811
    # The example with Realisasi TW II of S2 typed as =K13+4 (Kinerja L13) and Anggaran G5 =F5+8000000
    # (both a galat of lkj-xl build), every other realisation number linked from another workbook.
    path = quarter_formula_book(tmp_path)
    book = standin_book(path)
    linked = link_every_quarter(book)
    assert linked > 20  # the example's quarter figures other than 0

    whole = press_read(tmp_path, book, "1.20")
    assert whole["syncs"] == 2 and whole["slices"] == 0  # under the limit: the 2 round trips as before
    rumus = whole["posted"]["args"][1]["rumus"]
    assert rumus["Kinerja"]["L13"] == "=K13+4" and rumus["Anggaran"]["G5"] == "=F5+8000000"
    assert sum(len(cells) for cells in rumus.values()) == linked + 2

    # Excel on the web refusing any answer over a quarter of what the whole read weighs (as it refuses
    # over 5 MB): the same book JSON, every formula included, in more round trips, none over the limit.
    limit = whole["maxAnswer"] // 4
    sliced = press_read(tmp_path, book, "1.20", limit=limit)
    assert sliced["posted"] == whole["posted"]
    assert sliced["slices"] >= 4 and sliced["syncs"] > 4
    assert 0 < sliced["maxAnswer"] <= limit

    # Through a real lkj-xl serve: the findings of lkj-xl build, the two quarter formulas among them.
    data = {**sliced["posted"], "version": xw.__version__}
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts, _syncs = replay_plan(data, response.json()["actions"])
    headless = load_report(path)
    want = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in headless.findings)
    assert pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)) == want
    assert "Kinerja!L13" in alerts[0][0] and "Anggaran!G5" in alerts[0][0]
    assert data["args"][1].keys() >= PLAN_CLIENT.keys()


def test_a_row_excel_refuses_even_alone_is_named_in_bahasa_indonesia(tmp_path):
    # A row of the Kinerja sheet whose Keterangan alone weighs over the limit (32.767 characters of
    # text in each of its cells would): the press stops before posting, naming the sheet and the row.
    values = [["Kode", "Keterangan"], ["S1", "pendek"], ["S2", "x" * 4000], ["S3", "pendek"]]
    book = {"Kinerja": {"values": values, "formulas": values, "merged": []}}
    result = press_read(tmp_path, book, "1.20", limit=3000)
    assert result["posted"] is None
    assert len(result["alerts"]) == 1
    assert 'Baris 3 sheet "Kinerja" terlalu besar untuk dibaca Excel' in result["alerts"][0]
    # Not read again without extras (that would fail the same way): the sheet names, the whole read
    # refused, the extents, rows 1-4 refused, rows 1-2, rows 3-4 refused, row 3 refused: 7.
    assert result["syncs"] == 7


def _with_stray_value(book: dict, name: str, row: int, col: int) -> dict:
    """``book`` with a stray value typed at (row, col) of sheet ``name`` (1-based; a space, as staff
    leave one when they clear a cell with the space bar): the sheet's used range then reaches it."""
    sheet = {key: [list(r) for r in grid] for key, grid in book[name].items() if key != "merged"}
    rows = max(row, len(sheet["values"]))
    cols = max(col, len(sheet["values"][0]))
    for key, blank in (("values", ""), ("formats", "General"), ("formulas", "")):
        grid = sheet[key]
        grid.extend([] for _ in range(rows - len(grid)))
        for line in grid:
            line.extend([blank] * (cols - len(line)))
    sheet["values"][row - 1][col - 1] = sheet["formulas"][row - 1][col - 1] = " "
    return {**book, name: {**sheet, "merged": []}}


def _trimmed(values: list[list[object]]) -> list[list[object]]:
    """Rows without their trailing empty cells, and no trailing empty rows (what the server reads)."""
    rows = [list(row) for row in values]
    for row in rows:
        while row and row[-1] in ("", None):
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


EXCEL_WEB_LIMIT = 5_000_000  # bytes one round trip may answer in Excel on the web (Microsoft's page)
# A blank cell weighs at least 16 characters in the read's JSON: "", + "General", + "", (3 + 10 + 3).
BLANK_CELL = 16


def test_a_stray_value_in_column_xfd_reads_only_the_columns_lkj_xl_reads(tmp_path):
    # The example with a space typed in Kinerja!XFD1 (column 16.384): its used range is 16.384
    # columns wide, 44 x 16.384 = 720.896 cells, over 720.896 x 16 = 11.534.336 bytes, so Excel on the
    # web refuses the whole read. No reader takes a column past MAX_COLS (200, xlsx.read), so the
    # slices read 200 columns: 44 x 200 = 8.800 cells, within the first slice's 20.000 (SLICE_CELLS
    # in lkj.js): one slice per input sheet (Pengaturan, Kinerja, Anggaran, Analisis, each under
    # 20.000 cells). Before, 16.384 columns gave a first slice of 1 row (20.000 // 16.384), the next
    # ones sized at about 2 MB, and the JSON posted carried 16.384 columns a row.
    from lkj_xl.xlsx.read import MAX_COLS

    book = standin_book(EXAMPLE)
    plain = press_read(tmp_path, book, "1.20")
    stray = _with_stray_value(book, "Kinerja", 1, 16_384)
    assert 44 * 16_384 * BLANK_CELL > EXCEL_WEB_LIMIT
    sliced = press_read(tmp_path, stray, "1.20", limit=EXCEL_WEB_LIMIT)
    assert sliced["slices"] == 4
    # the sheet names, the whole read refused, the extents with the extras, one slice per sheet
    assert sliced["syncs"] == 3 + 4
    sheets = {s["name"]: s for s in sliced["posted"]["sheets"]}
    assert {len(row) for row in sheets["Kinerja"]["values"]} == {MAX_COLS}
    # what the server reads is the example's sheet as before: the space lies beyond column 200
    before = {s["name"]: s for s in plain["posted"]["sheets"]}
    for name in ("Pengaturan", "Kinerja", "Anggaran", "Analisis"):
        assert _trimmed(sheets[name]["values"]) == _trimmed(before[name]["values"]), name
    assert sliced["posted"]["args"] == plain["posted"]["args"]


def _stray_last_row(last: int) -> dict:
    """A Kinerja holding its header and a space typed in A{last}, as Ctrl+Down and a key leave one."""
    values = [["Kode"]] + [[""]] * (last - 2) + [[" "]]
    return {"Kinerja": {"values": values, "formulas": values, "merged": []}}


def test_a_stray_value_past_the_readers_rows_stops_the_press_before_reading_them(tmp_path):
    # A space typed in Kinerja!A200001, one row past the 200.000 rows lkj-xl reads (MAX_ROWS,
    # xlsx.read; lkj-xl build refuses such a sheet): the press stops before reading the rows in
    # slices and posting them, naming the sheet and the row, and saying what to do.
    from lkj_xl.xlsx.read import MAX_ROWS

    stray = _stray_last_row(MAX_ROWS + 1)
    want = 'Sheet "Kinerja" memiliki lebih dari 200.000 baris terpakai (ada isi di baris 200.001)'
    # Where Excel answers the whole read (desktop Excel has no 5 MB limit): the sheet names, the read.
    whole = press_read(tmp_path, stray, "1.20")
    assert whole["posted"] is None and whole["syncs"] == 2
    assert len(whole["alerts"]) == 1 and want in whole["alerts"][0]
    assert "Hitung Ulang lagi" in whole["alerts"][0]
    # Excel on the web, refusing answers over half its limit: the whole read refused (200.001 cells of
    # at least 16 bytes); the extents with the first column's visible view refused too (its addresses
    # from row 10.000 on, 190.002 of them, are at least 14 characters, "Kinerja!A10000", each in 5
    # more, ["", ]); the extents alone: 4 round trips, then the message, no slice read.
    limit = EXCEL_WEB_LIMIT // 2
    assert limit < (MAX_ROWS + 1) * BLANK_CELL and limit < (MAX_ROWS + 1 - 9_999) * (14 + 5)
    sliced = press_read(tmp_path, stray, "1.20", limit=limit)
    assert sliced["posted"] is None and sliced["syncs"] == 4 and sliced["slices"] == 0
    assert len(sliced["alerts"]) == 1 and want in sliced["alerts"][0]


@pytest.mark.slow
def test_a_stray_value_in_the_last_row_stops_the_press_before_reading_a_million_rows(tmp_path):
    # A space typed in Kinerja!A1048576, the sheet's last row. Excel on the web: the whole read
    # refused (over 1.048.576 x 16 bytes); the extents with the first column's visible view refused
    # too (1.048.576 addresses of at least 10 characters, "Kinerja!A1", each in 5 more, ["", ]: over
    # 15 MB); the extents alone: 4 round trips, then the message. Before, the rows were read in
    # slices of about 2 MB and posted (over 30 MB of JSON, more than lkj-xl serve accepts).
    last = 1_048_576
    assert last * BLANK_CELL > EXCEL_WEB_LIMIT and last * (10 + 5) > EXCEL_WEB_LIMIT
    sliced = press_read(tmp_path, _stray_last_row(last), "1.20", limit=EXCEL_WEB_LIMIT)
    assert sliced["posted"] is None and sliced["syncs"] == 4 and sliced["slices"] == 0
    want = 'Sheet "Kinerja" memiliki lebih dari 200.000 baris terpakai (ada isi di baris 1.048.576)'
    assert len(sliced["alerts"]) == 1 and want in sliced["alerts"][0]
