"""Where the graft puts an output sheet a workbook did not have yet: at its place in the contract's order
among the output sheets already there (an older report's Pemeriksaan stays last), with every index-based
reference of the workbook (defined names, print titles, owner names, active and first tab) renumbered."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from click.testing import CliRunner
from corpus import workbooks as W
from lxml import etree
from test_package import assert_package_consistent, sheets

from lkj_xl.cli import main
from lkj_xl.core import contract as C
from lkj_xl.xlsx.dropsheets import insert_position

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
USER_SHEETS = [C.SHEET_PENGATURAN, C.SHEET_KINERJA, C.SHEET_ANGGARAN, C.SHEET_PETUNJUK, "Grafik Saya"]
MY_NOTES = "Catatan Saya"  # a sheet the user added after Pemeriksaan


def test_insert_position_follows_the_contract():
    # An older report: the five first tables at 5..9, Pemeriksaan at 10, a user's sheet at 11.
    present = {name: 5 + i for i, name in enumerate(C.written_sheets(False))}
    assert present[C.SHEET_PEMERIKSAAN] == 10
    for name in C.ANALYSIS_SHEETS:
        assert insert_position(name, present) == 10  # before Pemeriksaan
    # with Perbandingan Kinerja already placed before Pemeriksaan (10 -> 11), Grafik still goes there
    present[C.SHEET_PERBANDINGAN], present[C.SHEET_PEMERIKSAAN] = 10, 11
    assert insert_position(C.SHEET_GRAFIK, present) == 11
    # nothing after it, or not an output sheet: at the end
    assert insert_position(C.SHEET_PEMERIKSAAN, {C.SHEET_RINGKASAN: 9}) is None
    assert insert_position("Tabel Saya", present) is None
    # the first table of an empty workbook goes to the end as well
    assert insert_position(C.SHEET_CAPAIAN_TS, {}) is None


def _names(wb_xml: bytes) -> list[tuple[str, str, str]]:
    """(name, sheet it is scoped to, value) of every sheet-scoped defined name."""
    root = etree.fromstring(wb_xml)
    order = [el.get("name") for el in root.iter(f"{{{MAIN}}}sheet")]
    return sorted(
        (dn.get("name"), order[int(dn.get("localSheetId"))], dn.text or "")
        for dn in root.iter(f"{{{MAIN}}}definedName")
        if dn.get("localSheetId") is not None
    )


def _views(wb_xml: bytes) -> tuple[str, str]:
    """The sheets the active tab and the first tab show."""
    root = etree.fromstring(wb_xml)
    order = [el.get("name") for el in root.iter(f"{{{MAIN}}}sheet")]
    view = root.find(f"{{{MAIN}}}bookViews/{{{MAIN}}}workbookView")
    return order[int(view.get("activeTab", "0"))], order[int(view.get("firstSheet", "0"))]


@pytest.fixture()
def older_report(tmp_path):
    """A workbook built without analysis inputs (the six first output sheets, Pemeriksaan last), to
    which the user then added a sheet of their own after Pemeriksaan (with a name scoped to it and
    print titles), made it the active tab and filled Tahun Akhir Renstra: an analysis input."""
    book = W.write_full(tmp_path / "laporan.xlsx")
    result = CliRunner().invoke(main, ["build", str(book)])
    assert result.exit_code == 0, result.output
    names = [s["name"] for s in sheets(W.members(book.read_bytes()))]
    assert names == USER_SHEETS + list(C.written_sheets(False))
    wb = openpyxl.load_workbook(book)
    ws = wb.create_sheet(MY_NOTES)
    ws["A1"] = "Catatan rapat evaluasi"
    ws.print_title_rows = "1:1"
    ws.defined_names["CatatanRapat"] = openpyxl.workbook.defined_name.DefinedName(
        "CatatanRapat", attr_text=f"'{MY_NOTES}'!$A$1"
    )
    pengaturan = wb[C.SHEET_PENGATURAN]
    row = pengaturan.max_row + 1
    pengaturan.cell(row, 1, C.P_TAHUN_AKHIR_RENSTRA)
    pengaturan.cell(row, 2, 2029)
    wb.active = wb.sheetnames.index(MY_NOTES)
    wb.save(book)
    return book


def test_an_older_report_gets_the_analysis_sheets_before_pemeriksaan(older_report):
    before = W.members(older_report.read_bytes())
    result = CliRunner().invoke(main, ["build", str(older_report)])
    assert result.exit_code == 0, result.output
    data = older_report.read_bytes()
    after = W.members(data)
    order = [s["name"] for s in sheets(after)]
    # Tahun Akhir Renstra alone, no comparison figure in Kinerja: no Perbandingan Kinerja (a page of
    # dashes), the other analysis sheets before Pemeriksaan
    written = [n for n in C.OUTPUT_SHEETS if n != C.SHEET_PERBANDINGAN]
    assert order == USER_SHEETS + written + [MY_NOTES]
    # every sheet-scoped name still on its sheet; the new sheets brought their own (owner name, titles)
    old, new = _names(before["xl/workbook.xml"]), _names(after["xl/workbook.xml"])
    assert ("CatatanRapat", MY_NOTES, f"'{MY_NOTES}'!$A$1") in new
    assert ("_xlnm.Print_Titles", MY_NOTES, f"'{MY_NOTES}'!$1:$1") in new
    assert [n for n in old if n[1] in USER_SHEETS + [MY_NOTES]] == [
        n for n in new if n[1] in USER_SHEETS + [MY_NOTES]
    ]
    owned = sorted(sheet for name, sheet, _ in new if name == "lkj_xl_keluaran")
    assert owned == sorted(written)
    # Pemeriksaan's print titles and owner name are written again, on Pemeriksaan
    assert [n[:2] for n in old if n[1] == C.SHEET_PEMERIKSAAN] == [
        n[:2] for n in new if n[1] == C.SHEET_PEMERIKSAAN
    ]
    assert _views(after["xl/workbook.xml"]) == _views(before["xl/workbook.xml"])
    assert _views(after["xl/workbook.xml"])[0] == MY_NOTES
    # every part that is not an output sheet's is byte for byte the same
    outputs = {s["part"] for s in sheets(before) if s["name"] in C.OUTPUT_SHEETS}
    shared = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"}
    for name, part in before.items():
        if name not in shared and name not in outputs and not name.startswith("xl/worksheets/_rels/"):
            assert after[name] == part, name
    assert_package_consistent(data)
    # openpyxl reads the sheets in that order, each with its own content
    wb = openpyxl.load_workbook(older_report)
    assert wb.sheetnames == order
    assert wb[MY_NOTES]["A1"].value == "Catatan rapat evaluasi"
    assert str(wb[C.SHEET_GRAFIK]["A1"].value).startswith("Grafik Capaian Kinerja")


def test_a_rebuild_keeps_the_order(older_report):
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(older_report)]).exit_code == 0
    first = W.members(older_report.read_bytes())
    assert runner.invoke(main, ["build", str(older_report)]).exit_code == 0
    second = W.members(older_report.read_bytes())
    assert [s["name"] for s in sheets(second)] == [s["name"] for s in sheets(first)]
    assert _names(second["xl/workbook.xml"]) == _names(first["xl/workbook.xml"])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_it_and_prints_the_sheets_in_that_order(older_report, tmp_path):
    import subprocess

    from lkj_xl.delivery.pdf import xlsx_to_pdf

    assert CliRunner().invoke(main, ["build", str(older_report)]).exit_code == 0
    pdf = xlsx_to_pdf(older_report, tmp_path / "laporan.pdf")
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    # (no Perbandingan Realisasi Kinerja: Tahun Akhir Renstra alone, no comparison figure)
    assert "Perbandingan Realisasi Kinerja" not in text
    titles = [
        "Ringkasan Capaian Kinerja",
        "Analisis Capaian Kinerja",
        "Grafik Capaian Kinerja",
        "Hasil Pemeriksaan Data Kinerja dan Anggaran",
        "Catatan rapat evaluasi",
    ]
    places = [text.find(t) for t in titles]
    assert -1 not in places and places == sorted(places), places
