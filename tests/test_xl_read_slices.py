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
from test_xl_taskpane_js import _press_read

from lkj_xl.build import load_report
from lkj_xl.core import contract as c

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
                if isinstance(value, (int, float)) and formula == value:
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
    assert linked > 30

    whole = _press_read(tmp_path, book, "1.20")
    assert whole["syncs"] == 2 and whole["slices"] == 0  # under the limit: the 2 round trips as before
    rumus = whole["posted"]["args"][1]["rumus"]
    assert rumus["Kinerja"]["L13"] == "=K13+4" and rumus["Anggaran"]["G5"] == "=F5+8000000"
    assert sum(len(cells) for cells in rumus.values()) == linked + 2

    # Excel on the web refusing any answer over a quarter of what the whole read weighs (as it refuses
    # over 5 MB): the same book JSON, every formula included, in more round trips, none over the limit.
    limit = whole["maxAnswer"] // 4
    sliced = _press_read(tmp_path, book, "1.20", limit=limit)
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
    result = _press_read(tmp_path, book, "1.20", limit=3000)
    assert result["posted"] is None
    assert len(result["alerts"]) == 1
    assert 'Baris 3 sheet "Kinerja" terlalu besar untuk dibaca Excel' in result["alerts"][0]
    # Not read again without extras (that would fail the same way): the sheet names, the whole read
    # refused, the extents, rows 1-4 refused, rows 1-2, rows 3-4 refused, row 3 refused: 7.
    assert result["syncs"] == 7
