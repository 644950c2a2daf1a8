"""The look-ups grids keeps during a parse (issue 13's speed): a header row remembered per grid, a
data row's cells taken by an itemgetter per row length. Each must answer what the plain code gives."""

from __future__ import annotations

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.grid_lookups import headers_remembered
from lkj_xl.core.grids import DataRow, WorkbookError, data_rows, find_header
from lkj_xl.core.model import Cell
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import kinerja_row, workbook


def _header_grid(blank_rows: int) -> list[list[Cell]]:
    """Kinerja's header row under ``blank_rows`` empty rows, one data row below it."""
    header = [Cell(h) for h in c.KINERJA_HEADERS]
    data = [Cell("1"), Cell("Sasaran"), Cell(""), Cell("Uraian"), Cell("Indikator"), Cell("%")]
    return [[Cell()] for _ in range(blank_rows)] + [header, data]


def test_each_grid_its_own_header_row_and_a_copy_of_its_columns() -> None:
    # (inside a parse's block, where header rows are remembered: outside one nothing is kept)
    with headers_remembered():
        _each_grid_its_own_header_row()


def _each_grid_its_own_header_row() -> None:
    first, second = _header_grid(0), _header_grid(3)
    assert find_header(first, "Kinerja", c.KINERJA_HEADERS)[0] == 0
    assert find_header(second, "Kinerja", c.KINERJA_HEADERS)[0] == 3  # (three blank rows above it)
    row, cols = find_header(first, "Kinerja", c.KINERJA_HEADERS)
    assert row == 0
    assert cols == {h: i for i, h in enumerate(c.KINERJA_HEADERS)}  # Kode in A, Tingkat in B, ...
    cols["Kode"] = 99  # the caller's own dict: the next answer is not changed by it
    assert find_header(first, "Kinerja", c.KINERJA_HEADERS)[1]["Kode"] == 0
    # another sheet's headers asked of the same grid: looked for, not the Kinerja answer
    with pytest.raises(WorkbookError):
        find_header(first, "Anggaran", c.ANGGARAN_HEADERS)
    with pytest.raises(WorkbookError):  # not found is said each time (nothing kept)
        find_header(first, "Anggaran", c.ANGGARAN_HEADERS)


def test_a_new_grid_of_the_same_headers_is_read_afresh() -> None:
    with headers_remembered():  # (a parse's block, as above)
        for blank_rows in (0, 1, 2, 5, 0):  # grids made and dropped: an id may come back for another grid
            grid = _header_grid(blank_rows)
            assert find_header(grid, "Kinerja", c.KINERJA_HEADERS)[0] == blank_rows
            del grid


def test_data_row_by_itemgetter_gives_the_cells_of_the_plain_dict() -> None:
    cols = {"Kode": 0, "Target": 3, "Satuan": 2, "Keterangan": 6}  # (not in column order)
    letters = {"Kode": "A", "Target": "D", "Satuan": "C", "Keterangan": "G"}
    cells = [Cell(f"v{i}") for i in range(8)]
    picks: dict = {}  # shared by the table's rows, as data_rows shares it
    for end in (8, 0, 1, 3, 4, 6, 7, 3, 8):  # rows ending before, at and after each column
        row = cells[:end]
        fast, plain = DataRow(row, cols, letters, 5, picks), DataRow(row, cols, letters, 5)
        for header in (*cols, "Indikator"):
            assert fast.get(header) is plain.get(header), (end, header)
        # a row reaching Target (D) but not Keterangan (G): Kode, Satuan and Target, not Keterangan
        if end == 4:
            assert [fast.get(h) for h in cols] == [cells[0], cells[3], cells[2], None]


def test_struck_and_cut_cells_still_said_among_plain_rows() -> None:
    header = [Cell(h) for h in c.KINERJA_HEADERS]
    plain = [Cell("1.1"), Cell("Sasaran"), Cell("1"), Cell("Uraian"), Cell("Indikator"), Cell("%")]
    struck = [*plain[:4], Cell("Dicoret", struck=True), Cell("%")]
    cut = [*plain[:4], Cell("x" * 10, cut=40_000), Cell("%")]
    findings: list = []
    _, rows = data_rows([header, plain, struck, plain, cut], "Kinerja", c.KINERJA_HEADERS, findings)
    assert len(list(rows)) == 4
    said = [(f.sel, f.pesan) for f in findings]
    assert any(sel == "A3" and "dicoret" in pesan for sel, pesan in said), said  # the struck row 3
    assert any("E5" in pesan and "terlalu panjang" in pesan for _, pesan in said), said  # the cut cell
    assert not any(sel in ("A2", "A4") for sel, _ in said)


def test_rows_of_a_table_with_a_repeated_title_and_a_merge_read_their_own_cells() -> None:
    # Kinerja's headers (A..T) with "Target" titled again past them (U, a copy: only I is read),
    # rows ending at different columns and a cell hidden under a merge: each row's cell under each
    # header is the one at that header's own column, None past the row's end.
    headers = c.KINERJA_HEADERS
    target, tw1 = headers.index("Target"), headers.index("Realisasi TW I")  # I (8) and K (10)
    header = [Cell(h) for h in headers] + [Cell("Target")]
    full = [Cell(f"r2-{i}") for i in range(len(headers) + 1)]  # reaches the copy in U too
    short = [Cell(f"r3-{i}") for i in range(tw1 + 1)]  # ends at Realisasi TW I (K)
    merged = [*short[:target], Cell(None, merged="I3:I4"), *short[target + 1 :]]
    findings: list = []
    _, rows = data_rows([header, full, short, merged], "Kinerja", headers, findings)
    got = list(rows)
    assert [r.excel_row for r in got] == [2, 3, 4]
    assert got[0].get("Target") is full[target]  # I, not the copy in U
    assert got[0].get("Realisasi TW IV") is full[headers.index("Realisasi TW IV")]
    assert got[1].get("Realisasi TW I") is short[tw1] and got[1].get("Realisasi TW II") is None
    assert got[2].get("Target") is merged[target] and got[2].get("Target").merged == "I3:I4"
    assert got[2].get("Kode") is short[0]  # (the merged row shares the short row's other cells)
    assert got[2].get("Keterangan") is None


def test_a_grid_changed_in_place_between_two_parses_is_read_afresh() -> None:
    # The grids are the caller's: a header row found in one parse is not the next parse's answer once
    # the caller has changed the grid (a Nilai Akhir indicator, target 80, TW I 40 in K, TW II 60 in L).
    book = workbook(
        [
            kinerja_row(
                "T1",
                "Tujuan",
                "",
                "Tujuan",
                "Persen koperasi sehat",
                80,
                (40, 60, None, None),
                jenis="Nilai Akhir",
            )
        ]
    )
    assert compute(parse_workbook(book)).indicators[0].capaian == 75.0  # TW II's 60 of 80
    header = book["Kinerja"][0]
    k, l_ = c.KINERJA_HEADERS.index("Realisasi TW I"), c.KINERJA_HEADERS.index("Realisasi TW II")
    header[k], header[l_] = header[l_], header[k]  # the two titles swapped: TW II is K, holding 40
    again = compute(parse_workbook(book))
    assert again.indicators[0].capaian == 50.0  # 40 of 80, not the 75 % of the grid before the change
    assert not again.findings, [f.pesan for f in again.findings]  # (no copy of a column said either)
    # and a title row added above the header: the header row is row 2 now, read as such
    book["Kinerja"].insert(0, [Cell("Kinerja: indikator, target dan realisasi")])
    assert compute(parse_workbook(book)).indicators[0].capaian == 50.0


def test_a_header_row_is_looked_for_once_a_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the saving kept: each input sheet's header row asked for by several readers, searched once)
    from lkj_xl.core import grids

    searched: list[tuple[str, ...]] = []
    plain = grids._find_header

    def counted(grid, sheet, headers):
        searched.append(tuple(headers))
        return plain(grid, sheet, headers)

    monkeypatch.setattr(grids, "_find_header", counted)
    book = workbook([kinerja_row("T1", "Tujuan", "", "Tujuan", "Persen", 80, (40, 60, None, None))])
    parse_workbook(book)
    assert searched.count(tuple(c.KINERJA_HEADERS)) == 1 and searched.count(tuple(c.ANGGARAN_HEADERS)) == 1
    for _ in range(2):  # outside a parse nothing is kept: looked for each time
        assert find_header(book["Kinerja"], "Kinerja", c.KINERJA_HEADERS)[0] == 0
    assert searched.count(tuple(c.KINERJA_HEADERS)) == 3
