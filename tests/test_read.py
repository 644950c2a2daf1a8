"""The package reader: formulas with and without saved values, formats, errors, odd cells."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
import xlsxwriter

from lkj_xl.core import contract as c
from lkj_xl.xlsx.read import MAX_ROWS, ReadError, read_grids


def xlsxwriter_book(build) -> bytes:
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True})
    build(wb)
    wb.close()
    return buffer.getvalue()


def test_values_formulas_formats_and_gaps():
    def build(wb):
        ws = wb.add_worksheet("Kinerja")
        pct = wb.add_format({"num_format": "0.00%"})
        date = wb.add_format({"num_format": "dd/mm/yyyy"})
        ws.write_string(0, 0, "Judul")
        ws.write_number(2, 0, 0.4071, pct)  # row 3: a gap row 2 stays empty
        ws.write_formula(2, 1, "=A3*2", None, 0.8142)  # saved value 0.8142
        ws.write_formula(2, 2, "=1/0", None, "#DIV/0!")
        ws.write_datetime(2, 3, dt.datetime(2025, 6, 30), date)
        ws.write_boolean(2, 4, True)
        ws.write_string(2, 5, '=HYPERLINK("x")')  # text that looks like a formula
        ws.write_number(2, 7, 12076486014)  # H3 after an empty G3
        wb.add_worksheet("Lain").write(0, 0, "tidak dibaca")

    grids, names = read_grids(xlsxwriter_book(build))
    assert names == ["Kinerja", "Lain"]
    assert list(grids) == ["Kinerja"]  # only input sheets are read
    grid = grids["Kinerja"]
    assert grid[0][0].value == "Judul" and grid[1] == []
    row = grid[2]
    assert row[0].value == pytest.approx(0.4071) and row[0].percent
    assert row[1].formula == "=A3*2" and row[1].value == pytest.approx(0.8142)
    assert row[2].error == "#DIV/0!" and row[2].value is None
    assert row[3].value == dt.datetime(2025, 6, 30)
    assert row[4].value is True
    assert row[5].value == '=HYPERLINK("x")' and row[5].formula is None
    assert row[6].value is None and row[7].value == 12076486014


def test_formula_without_saved_value_is_flagged_as_formula(tmp_path):
    # openpyxl saves formulas without a cached value, like a file never opened in Excel.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Anggaran"
    ws["A1"] = "=SUM(B1:B2)"
    path = tmp_path / "rumus.xlsx"
    wb.save(path)
    cell = read_grids(path)[0]["Anggaran"][0][0]
    assert cell.formula == "=SUM(B1:B2)" and cell.value is None


def test_sheet_names_match_case_insensitively():
    grids, _ = read_grids(xlsxwriter_book(lambda wb: wb.add_worksheet(" kinerja ").write(0, 0, 1)))
    assert list(grids) == [" kinerja "]


def test_a_sheet_claiming_a_million_rows_is_refused_quickly():
    def build(wb):
        wb.add_worksheet(c.SHEET_KINERJA).write(1_048_575, 0, "baris terakhir")

    with pytest.raises(ReadError, match=f"more than {MAX_ROWS} rows"):
        read_grids(xlsxwriter_book(build))


def test_formats_alone_past_the_row_limit_are_read_as_the_empty_cells_they_are(tmp_path):
    # A whole column formatted (select column C, Format Cells, Bold) leaves, in the file openpyxl or
    # Excel writes, a styled cell without a value in row 1.048.576: nothing to read there. Both
    # readers give the example's grids, as the task pane and the desktop button (which ask Excel for
    # the cells holding something) already did; before, "more than 200000 rows" refused it.
    from openpyxl.styles import Font

    from lkj_xl.xlsx.read import read_grids_lxml
    from tests.common import EXAMPLE

    wb = openpyxl.load_workbook(EXAMPLE)
    wb["Kinerja"]["C1048576"].font = Font(bold=True)
    path = tmp_path / "kolom-berformat.xlsx"
    wb.save(path)
    want = read_grids(EXAMPLE.read_bytes())
    assert read_grids(path) == want
    assert read_grids_lxml(path) == want


def test_a_value_after_formats_past_the_row_limit_is_still_refused():
    # Row 200.001 holds only a styled empty cell (skipped), row 200.002 a value: refused there.
    def build(wb):
        ws = wb.add_worksheet(c.SHEET_KINERJA)
        ws.write_blank(MAX_ROWS, 0, None, wb.add_format({"bold": True}))
        ws.write(MAX_ROWS + 1, 0, "isi")

    with pytest.raises(ReadError, match=f"more than {MAX_ROWS} rows \\(row {MAX_ROWS + 2}\\)"):
        read_grids(xlsxwriter_book(build))


def test_many_formatted_rows_past_the_row_limit_are_refused_quickly():
    # 10.001 rows past row 200.000 each holding a styled empty cell (no file Excel writes for a
    # formatted column, which it keeps in <cols>): refused at the first row over the 10.000 skipped
    # (MAX_FAR_FORMAT_ROWS), row 200.000 + 10.001, not parsed to the end.
    from lkj_xl.xlsx.read import MAX_FAR_FORMAT_ROWS

    assert MAX_FAR_FORMAT_ROWS == 10_000

    def build(wb):
        ws = wb.add_worksheet(c.SHEET_KINERJA)
        bold = wb.add_format({"bold": True})
        for r in range(MAX_ROWS, MAX_ROWS + MAX_FAR_FORMAT_ROWS + 1):
            ws.write_blank(r, 0, None, bold)

    with pytest.raises(ReadError, match=f"more than {MAX_ROWS} rows \\(row {MAX_ROWS + 10_001}\\)"):
        read_grids(xlsxwriter_book(build))


def test_date_serials_read_as_the_dates_excel_shows():
    # Excel's 1900 calendar counts 29 February 1900 (Lotus 1-2-3's leap-year bug): serial 1 shows
    # 1 January 1900, 59 shows 28 February, 60 the false 29 February (no date: kept as the text the
    # cell shows), 61 shows 1 March 1900; 45842 shows 4 July 2025 (days from 1 March 1900 to
    # 4 July 2025: 45.842 - 61 = 45.781, as date(2025, 7, 4) - date(1900, 3, 1) counts).
    from lkj_xl.xlsx.read import read_grids_lxml

    assert (dt.date(2025, 7, 4) - dt.date(1900, 3, 1)).days == 45842 - 61
    serials = (1, 59, 60, 61, 45842)
    want = [
        dt.datetime(1900, 1, 1),
        dt.datetime(1900, 2, 28),
        "29/02/1900",
        dt.datetime(1900, 3, 1),
        dt.datetime(2025, 7, 4),
    ]

    def build(wb):
        date = wb.add_format({"num_format": "dd/mm/yyyy"})
        ws = wb.add_worksheet(c.SHEET_KINERJA)
        for col, serial in enumerate(serials):
            ws.write_number(0, col, serial, date)

    data = xlsxwriter_book(build)
    for read in (read_grids, read_grids_lxml):
        assert [cell.value for cell in read(data)[0][c.SHEET_KINERJA][0]] == want, read


def test_long_texts_are_bounded():
    grids, _ = read_grids(xlsxwriter_book(lambda wb: wb.add_worksheet("Kinerja").write(0, 0, "x" * 30_000)))
    cell = grids["Kinerja"][0][0]
    # bounded: its first 10,000 characters kept, the cut marked (30.000 - 10.000 = 20.000 left out) and
    # the full length kept for the peringatan (fix14: it was cut without a word)
    assert cell.value == "x" * 10_000 + "… (dipotong, 20.000 karakter lagi)"
    assert cell.cut == 30_000


def test_merged_cells_across_input_rows_are_reported():
    from lkj_xl.build import report_from_bytes
    from lkj_xl.xlsx.template import new_workbook

    buffer = io.BytesIO()
    rows = [
        {
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "Tujuan",
            "Indikator": "A",
            "Target": 10,
            "Realisasi TW I": 5,
        },
        {"Kode": "T1", "Indikator": "B", "Target": 10, "Realisasi TW I": 5},
    ]
    settings = {c.P_PEMDA: "Kab", c.P_OPD: "Dinas", c.P_TAHUN: 2025, c.P_TRIWULAN: 1}
    new_workbook(buffer, pengaturan=settings, kinerja=rows)
    wb = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))
    wb["Kinerja"].merge_cells("D4:D5")  # Uraian of the two data rows (header on row 3)
    wb["Pengaturan"].merge_cells("A1:B1")  # a title merge within one row is fine
    out = io.BytesIO()
    wb.save(out)
    report = report_from_bytes(out.getvalue())
    merged = [f for f in report.findings if "digabung" in f.pesan]
    # Quiet (newuser57): the second row is the same Tujuan's second indicator, its Kode typed, whose
    # Uraian is its first row's anyway, as the PK merges it; a merge over another node's row is still
    # said (tests/test_newuser57.py), and a hidden cell that a figure needs is a galat of its own
    # (test_staff_typing).
    assert merged == []
    assert [(i.indikator, i.uraian) for i in report.indicators] == [("A", "Tujuan"), ("B", "Tujuan")]


def test_a_workbook_saved_as_strict_open_xml_is_refused_with_what_to_do(tmp_path):
    # Excel's Save As offers "Strict Open XML Spreadsheet (*.xlsx)": the same parts under other
    # namespaces. The reader found no sheet part and said Pengaturan, Kinerja and Anggaran were
    # missing, though the user sees them; now it says what the file is and how to save it.

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import EXAMPLE, strict_open_xml

    strict = strict_open_xml(EXAMPLE.read_bytes())
    path = tmp_path / "strict.xlsx"
    path.write_bytes(strict)
    for command in (["check", str(path)], ["build", str(path)], ["export", str(path)]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2, (command, result.output)
        assert "'Strict Open XML'" in result.output and "Excel Workbook (.xlsx)" in result.output
        assert "tidak ditemukan" not in result.output
    assert path.read_bytes() == strict  # build left the file as it was


# Texts pasted from Word or a PDF: Excel keeps a carriage return (and any character XML cannot hold)
# as an escape _xHHHH_ in the file. xlsxwriter writes them as Excel does (checked in the test).
PASTED = {
    "Uraian": "Sektor Industri\r\nTahap 2",  # a line break pasted from Word: _x000D_ then a newline
    "Indikator": "Nilai\x07 PDRB",  # a control character pasted along: _x0007_
    "Keterangan": "ketik _x000D_ apa adanya",  # typed literally: _x005F_x000D_
}


def _pasted_book(tmp_path):
    import zipfile

    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "tempel.xlsx"
    row = {"Kode": "T1", "Tingkat": "Tujuan", "Satuan": "%", "Target": 100, "Realisasi TW I": 40, **PASTED}
    settings = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 1}
    new_workbook(path, pengaturan=settings, kinerja=[row])
    sst = zipfile.ZipFile(path).read("xl/sharedStrings.xml").decode()
    assert "Sektor Industri_x000D_\nTahap 2" in sst and "Nilai_x0007_ PDRB" in sst
    assert "ketik _x005F_x000D_ apa adanya" in sst
    return path


@pytest.mark.parametrize("lxml_only", [False, True])
def test_pasted_texts_read_as_excel_shows_them(tmp_path, lxml_only):
    # They were read literally: the output sheets and the Word report printed "Sektor Industri_x000D_"
    # and "Nilai_x0007_ PDRB". Excel shows a line break, nothing, and the typed "_x000D_".
    from lkj_xl.xlsx.read import read_grids_lxml

    data = _pasted_book(tmp_path).read_bytes()
    grid = (read_grids_lxml if lxml_only else read_grids)(data)[0][c.SHEET_KINERJA]
    texts = {cell.value for row in grid for cell in row if isinstance(cell.value, str)}
    assert {"Sektor Industri\nTahap 2", "Nilai PDRB", "ketik _x000D_ apa adanya"} <= texts


def test_pasted_texts_reach_the_word_report_as_excel_shows_them(tmp_path):
    # The Word report printed "_x0007_" (and a decoded control character would not fit in its XML).
    pytest.importorskip("docx")
    import docx
    from click.testing import CliRunner

    from lkj_xl.cli import main

    path = _pasted_book(tmp_path)
    out = tmp_path / "LKjIP.docx"
    result = CliRunner().invoke(main, ["laporan", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    assert "_x000D_" not in text.replace("ketik _x000D_ apa adanya", "") and "_x0007_" not in text
    assert "Nilai PDRB" in text


def test_local_names_are_what_lxml_qname_gives():
    """opc.local takes a tag's local name without building an etree.QName (the reader asks per cell):
    the same for every element, comment and processing instruction of the example's XML parts."""
    import zipfile
    from pathlib import Path

    from lxml import etree

    from lkj_xl.xlsx.opc import local

    example = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
    seen = 0
    with zipfile.ZipFile(example) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                root = etree.fromstring(zf.read(name))
                for node in root.iter():
                    want = etree.QName(node.tag).localname if isinstance(node.tag, str) else ""
                    assert local(node.tag) == want
                    seen += 1
    tree = etree.fromstring(b'<a xmlns="urn:x"><!-- catatan --><?lkj x?><b:c xmlns:b="urn:y"/></a>')
    assert [local(n.tag) for n in tree.iter()] == ["a", "", "", "c"]
    assert seen > 1000
