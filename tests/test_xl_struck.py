"""A data row struck through (Font > Strikethrough, as staff strike an indicator they dropped, its
figures left in) is a peringatan of `lkj-xl build` at the row's first column; the Hitung Ulang task
pane sent no fonts, so the press counted the row without a word. The task pane now reads the
strikethrough of each input sheet's used range with the values (no round trip more for a workbook
struck nowhere), and where some cell is struck, the fonts of the rows, then of the cells of the rows
whose cells differ, and sends the struck cells that hold something (klien.coret); through a real
`lkj-xl serve` the press gives the findings `lkj-xl build` gives.
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest
import xlwings as xw
from openpyxl.styles import Font
from test_xl_read_slices import standin_book
from test_xl_server import (
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

KINERJA_COLUMNS = 22  # the example's Kinerja: A (Kode) to V, its used range's width


def struck_book(tmp_path, cells: list[str]):
    """The example with ``cells`` of Kinerja struck through (Font > Strikethrough), saved."""
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb["Kinerja"]
    for ref in cells:
        ws[ref].font = Font(strike=True)
    path = tmp_path / "dicoret.xlsx"
    wb.save(path)
    return path


def _book_with_struck(path, cells: list[str]) -> dict:
    book = standin_book(path)
    struck = []
    for ref in cells:
        col, row = openpyxl.utils.cell.coordinate_from_string(ref)
        struck.append([row, openpyxl.utils.column_index_from_string(col)])
    book["Kinerja"]["struck"] = struck
    return book


def _findings(path) -> list[tuple[str, str, str, str]]:
    return sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in load_report(path).findings)


# K1.01.01 on row 7 struck across the sheet's used columns, A7:V7 (staff select the row).
STRUCK_ROW = [f"{openpyxl.utils.get_column_letter(col)}7" for col in range(1, KINERJA_COLUMNS + 1)]


@pytest.mark.parametrize(
    ("cells", "reads"),
    [
        # A7:V7: the used range's font differs (null), row 7's is struck throughout: one round trip more.
        (STRUCK_ROW, 1),
        # Only its Realisasi TW II (L7, 95) struck: row 7's font differs too, so its cells holding
        # something are asked: two round trips more.
        (["L7"], 2),
    ],
)
def test_a_struck_row_is_the_peringatan_of_lkj_xl_build(server, tmp_path, cells, reads):  # noqa: F811
    path = struck_book(tmp_path, cells)
    want = _findings(path)
    assert any((sheet, sel) == ("Kinerja", "A7") and "dicoret" in pesan for _t, sheet, sel, pesan in want)

    result = press_read(tmp_path, _book_with_struck(path, cells), "1.20")
    assert result["syncs"] == 2 + reads
    coret = result["posted"]["args"][1]["coret"]
    if reads == 2:
        assert coret == {"Kinerja": ["L7"]}
    else:
        # the struck cells holding something: A7:I7 (Kode to Target), L7 (TW II 95) and O7 (its
        # Keterangan); J7, K7, M7, N7 and P7 onward are empty
        assert coret["Kinerja"] == [*(f"{ch}7" for ch in "ABCDEFGHI"), "L7", "O7"]

    data = {**result["posted"], "version": xw.__version__}
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _alerts, _syncs = replay_plan(data, response.json()["actions"])
    assert pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)) == want


def test_a_workbook_struck_nowhere_costs_no_round_trip_more(tmp_path):
    # The example as it is: each input sheet's used range says "no strikethrough" (false) in the read's
    # own round trip; nothing more is asked.
    result = press_read(tmp_path, standin_book(EXAMPLE), "1.20")
    assert result["syncs"] == 2
    assert result["posted"]["args"][1]["coret"] == {}


@pytest.mark.parametrize(("cells", "mixed"), [(STRUCK_ROW, False), (["L7"], True)])
def test_the_desktop_button_reads_the_struck_row_as_lkj_xl_build(tmp_path, cells, mixed):
    # The desktop button over COM: Font.Strikethrough of the range read (None: its cells differ), then
    # of each Kinerja row holding something, then, for row 7 when only L7 is struck, of its 11 cells
    # holding something (A7:I7, L7, O7). Every other input sheet: one read, struck nowhere.
    from test_xl_desktop import FakeComBook

    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from lkj_xl.xl.inputs import read_inputs

    path = struck_book(tmp_path, cells)
    book = FakeComBook(path)
    inputs = read_inputs(book)
    report = compute(parse_workbook(inputs.grids, inputs.sheet_names))
    assert sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in report.findings) == _findings(
        path
    )
    ws = openpyxl.load_workbook(path)["Kinerja"]
    filled = sum(1 for row in ws.iter_rows() if any(cell.value is not None for cell in row))
    assert book.sheets["Kinerja"].font_reads == 1 + filled + (11 if mixed else 0)
    for name in ("Pengaturan", "Anggaran", "Analisis"):
        assert book.sheets[name].font_reads == 1


def test_the_desktop_button_reads_one_font_of_a_sheet_struck_nowhere():
    from test_xl_desktop import FakeComBook

    from lkj_xl.xl.inputs import read_inputs

    book = FakeComBook(EXAMPLE)
    read_inputs(book)
    assert [book.sheets[n].font_reads for n in ("Pengaturan", "Kinerja", "Anggaran", "Analisis")] == [1] * 4
