"""Sheets with a cell at column AA or beyond (speed65, issue 13): the byte scan's _ODD_REF matched every
reference of two letters or more (``[A-Z]+[^0-9]`` backtracked to "A" + "A"), so such sheets went to the
slower lxml reader. Now a cell from AA up to GR (the reader keeps 200 columns) is read by the fast path
(the C pass, or python-calamine where it is not built), the same cells as the lxml reader's grid; every
odd reference (lower case, $, no row, a space, anything after the row) and every column past GR still
goes to the lxml reader, with the same answer or refusal.
"""

from __future__ import annotations

import contextlib

import pytest
import safety_books as S
from test_read import xlsxwriter_book
from test_read_fast import assert_same, every_kind, fast_used, value_reader, with_kinerja_xml  # noqa: F401 - fixtures (value_reader autouse: both readers)

from lkj_xl.core import contract as C
from lkj_xl.xlsx import fast_strings
from lkj_xl.xlsx.read import read_grids

# Column letters -> 0-based index, by hand: AA = 26 + 1 = 27th (26), AZ = 26 + 26 = 52nd (51),
# GR = 7*26 + 18 = 200th (199, the last column the reader keeps).
AT_OR_BEYOND_AA = {"AA": 26, "AZ": 51, "GR": 199}


@pytest.mark.parametrize("letters", sorted(AT_OR_BEYOND_AA))
def test_a_cell_at_aa_or_beyond_is_read_fast(letters, value_reader, fast_used):  # noqa: F811
    col = AT_OR_BEYOND_AA[letters]

    def build(wb):
        every_kind(wb)  # the Kinerja sheet, A..; then a staff note far to the right on row 5
        ws = wb.get_worksheet_by_name(C.SHEET_KINERJA)
        ws.write_string(4, col, "catatan: cek lagi")
        ws.write_number(5, col, 1234.5)

    data = xlsxwriter_book(build)
    grids, _ = read_grids(data)
    assert fast_used == [True]  # before speed65: [False] (the lxml reader)
    grid = grids[C.SHEET_KINERJA]
    assert grid[4][col].value == "catatan: cek lagi"
    assert grid[5][col].value == 1234.5
    assert_same(data)


# Hand-written: a row's cells at AA.. in the shapes Excel writes (and leading zeros, which the
# single-letter A05 already took to the fast path).
PLAIN_FAR = {
    "aa_az": b'<row r="3"><c r="A3"><v>1</v></c><c r="AA3"><v>2.5</v></c><c r="AZ3" t="inlineStr">'
    b"<is><t>x</t></is></c></row>",
    "leading_zero": b'<row r="5"><c r="AA05"><v>7</v></c></row>',
}


@pytest.mark.parametrize("case", sorted(PLAIN_FAR))
def test_hand_written_cells_at_aa_read_fast_alike(case, value_reader, fast_used):  # noqa: F811
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), PLAIN_FAR[case])
    read_grids(data)
    assert fast_used == [True]
    assert_same(data)


# Each reference shape the scan must still send to the lxml reader (with python-calamine the scan is
# the only guard; the C pass gives up on them too). Past GR: _FAR's job, unchanged.
ODD = [
    b"aa5",  # lower case
    b"Aa5",
    b"$AA$5",  # absolute
    b"A$5",
    b"AA",  # no row
    b"A",
    b"AA 5",  # whitespace
    b" AA5",
    b"AA5 ",
    b"A5 ",
    b"AA5B",  # something after the row
    b"",
    b"GS5",  # column 201, past what the reader keeps
    b"ZZ5",
    b"XFD5",
    b"XFE5",  # beyond Excel's last column
    b"AA100000",  # row 100.000
]


@pytest.mark.parametrize("ref", ODD, ids=[r.decode() or "empty" for r in ODD])
def test_odd_references_still_go_to_the_lxml_reader(ref, value_reader, fast_used):  # noqa: F811
    xml = b'<row r="5"><c r="A5"><v>1</v></c><c r="' + ref + b'"><v>2</v></c></row>'
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), xml)
    with contextlib.suppress(Exception):  # a refusal: assert_same checks it is the lxml reader's
        read_grids(data)
    assert fast_used in ([False], [])
    assert_same(data)


def test_read_columns_takes_a_cell_at_aa_from_the_c_pass(monkeypatch):
    from test_speed61 import compare

    from lkj_xl.xlsx import sheet_columns as SC

    if fast_strings.sheetxml is None:  # (value_reader, autouse, also runs this without the C pass)
        pytest.skip("read_columns' fast path is the C pass only")
    calls: list[bool] = []
    real = SC._fast_columns

    def spy(*args, **kwargs):
        columns = real(*args, **kwargs)
        calls.append(columns is not None)
        return columns

    monkeypatch.setattr(SC, "_fast_columns", spy)
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), PLAIN_FAR["aa_az"])
    assert compare(data) == "read"  # the columns hold the lxml reader's grid's cells
    assert calls == [True]  # before speed65: [False]


# Row 0 (no such row in Excel): A0 took the fast path before the change, AA0 takes it now; whichever
# reader reads it, the answer (or the refusal) must be the lxml reader's (the lead's check, stop 53).
@pytest.mark.parametrize("ref", [b"A0", b"AA0", b"AZ00"], ids=["A0", "AA0", "AZ00"])
def test_row_zero_reads_as_the_lxml_reader_reads_it(ref, value_reader, fast_used):  # noqa: F811
    xml = b'<row r="5"><c r="A5"><v>1</v></c><c r="' + ref + b'"><v>2</v></c></row>'
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), xml)
    with contextlib.suppress(Exception):  # a refusal: assert_same checks it is the lxml reader's
        read_grids(data)
    assert_same(data)
