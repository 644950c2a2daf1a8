"""A build replaces only the sheets lkj-xl wrote (issue 8, item 11).

A user's own sheet called like an output sheet (``Ringkasan``, ``pemeriksaan``: names match ignoring
case) is refused with the file unchanged; sheets of earlier builds are recognised by the owner name
(also after LibreOffice saved the file) or, for builds older than the owner name, by the tool's title
in A1; what a user added inside an output sheet is discarded by a rebuild, and the build says so.
Everything runs through the real CLI (``python -m lkj_xl``) on real files.
"""

from __future__ import annotations

import io
import posixpath
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from corpus import workbooks as W
from lxml import etree
from safety_books import assert_complete_build
from test_package import assert_package_consistent, load, rels_name, sheets

from lkj_xl.core import contract as C
from lkj_xl.core import ownership
from lkj_xl.xlsx.package import Discarded
from tests.common import EXAMPLE

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OWNER_RE = re.compile(rb'<definedName [^>]*name="lkj_xl_keluaran"[^>]*>[^<]*</definedName>')
# The title lkj-xl writes in A1 of Ringkasan for the example workbook (Pengaturan: Triwulan 2, 2025).
RINGKASAN_TITLE = "Ringkasan Capaian Kinerja s.d. Triwulan II Tahun 2025"


def cli(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lkj_xl", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def owner_names(data: bytes) -> list[tuple[str, str, str | None, str]]:
    """(sheet name, localSheetId, hidden, value) of each owner name in the package."""
    mem = W.members(data)
    wb = etree.fromstring(mem["xl/workbook.xml"])
    names = [s["name"] for s in sheets(mem)]
    return [
        (names[int(d.get("localSheetId"))], d.get("localSheetId"), d.get("hidden"), d.text)
        for d in wb.iter(f"{{{MAIN}}}definedName")
        if d.get("name") == ownership.OWNER_NAME
    ]


def input_workbook(path: Path, extra=None) -> Path:
    """The example's input sheets rewritten by xlsxwriter, then ``extra(workbook)`` adds the user's own."""
    src = openpyxl.load_workbook(EXAMPLE)
    wb = xlsxwriter.Workbook(str(path))
    thousands = wb.add_format({"num_format": "#,##0"})
    for name in (C.SHEET_PENGATURAN, C.SHEET_KINERJA, C.SHEET_ANGGARAN):
        ws = wb.add_worksheet(name)
        for row in src[name].iter_rows():
            for cell in row:
                if cell.value is not None:
                    fmt = thousands if cell.number_format == "#,##0" else None
                    ws.write(cell.row - 1, cell.column - 1, cell.value, fmt)
    if extra is not None:
        extra(wb)
    wb.close()
    return path


def add_everything(ws, wb: xlsxwriter.Workbook, sheet: str) -> None:
    """One of each thing a user adds to a sheet: chart, Excel table, picture, text box, comment,
    form button, data validation, hyperlink."""
    ws.write_column("A3", ["Bidang", "Koperasi", "UKM", "Perdagangan"])
    ws.write_column("B3", ["Nilai", 10, 20, 30])
    ws.add_table("A3:B6", {"name": "TabelRingkas", "columns": [{"header": "Bidang"}, {"header": "Nilai"}]})
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": f"='{sheet}'!$B$4:$B$6", "categories": f"='{sheet}'!$A$4:$A$6"})
    ws.insert_chart("D3", chart)
    ws.insert_image("D20", "logo.png", {"image_data": io.BytesIO(W.LOGO)})
    ws.insert_textbox("H3", "Catatan rapat")
    ws.write_comment("A4", "cek angka ini")
    ws.insert_button("H10", {"caption": "Cetak"})
    ws.data_validation("C4", {"validate": "list", "source": ["Ya", "Tidak"]})
    ws.write_url("C5", "https://lumajangkab.go.id", string="situs")


# --- a user's own sheet with an output sheet's name ---------------------------------------------------


@pytest.mark.parametrize("sheet", ["Ringkasan", "pemeriksaan", "REALISASI ANGGARAN"])
def test_users_sheet_with_an_output_name_is_refused_and_the_file_unchanged(tmp_path, sheet):
    def extra(wb):
        ws = wb.add_worksheet(sheet)
        # a title like the tool's, but the user's own words
        ws.write("A1", "Ringkasan Capaian Kinerja 2024 (disusun Sub Bagian Program)")
        add_everything(ws, wb, sheet)
        wb.define_name("JumlahNilai", f"=SUM('{sheet}'!$B$4:$B$6)")
        wb.add_worksheet("Catatan").write("A1", "sheet sesudahnya")

    book = input_workbook(tmp_path / "laporan.xlsx", extra)
    before = book.read_bytes()
    for args in (["build", book.name], ["build", book.name, "-o", "hasil.xlsx"]):
        proc = cli(*args, cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.strip() == (
            f'error: {book.name}: sheet "{sheet}" was not written by lkj-xl; rename it (lkj-xl writes '
            f'its own "{ownership._output_name(sheet)}" sheet) — nothing was changed'
        )
        assert "Traceback" not in proc.stderr and proc.stdout == ""
        assert book.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.xlsx"]  # no -o file, no temp file


def test_two_foreign_sheets_are_named_in_one_message(tmp_path):
    def extra(wb):
        wb.add_worksheet("ringkasan").write("A1", "punya saya")
        wb.add_worksheet("Pemeriksaan").write("A1", "Pemeriksaan Kas Bulanan")

    book = input_workbook(tmp_path / "dua.xlsx", extra)
    before = book.read_bytes()
    proc = cli("build", book.name, cwd=tmp_path)
    assert proc.returncode == 2
    assert 'sheet "ringkasan" was not written by lkj-xl' in proc.stderr
    assert 'sheet "Pemeriksaan" was not written by lkj-xl' in proc.stderr
    assert book.read_bytes() == before


# --- sheets the tool wrote: recognised, rebuilt, marked ---------------------------------------------------


def test_build_marks_every_output_sheet_and_rebuilds_three_times(tmp_path):
    book = input_workbook(tmp_path / "laporan.xlsx")
    original = book.read_bytes()
    results = []
    for _ in range(3):
        proc = cli("build", book.name, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert "warning" not in proc.stderr
        results.append(book.read_bytes())
    for data in results:
        # three input sheets, then the six output sheets at positions 3..8
        expected = [(name, str(3 + i), "1", '"lkj-xl"') for i, name in enumerate(C.OUTPUT_SHEETS)]
        assert sorted(owner_names(data)) == sorted(expected)
        assert_complete_build(original, data)
    assert_complete_build(results[0], results[2])


@pytest.mark.slow
def test_libreoffice_saved_build_is_recognised_and_rebuilt(tmp_path):
    if W.SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    book = input_workbook(tmp_path / "laporan.xlsx")
    assert cli("build", book.name, cwd=tmp_path).returncode == 0
    W.soffice_convert([book], "xlsx", tmp_path / "lo", tmp_path / "profile")
    saved = tmp_path / "lo" / "laporan.xlsx"
    lo_bytes = saved.read_bytes()
    # LibreOffice keeps the owner names and their scope (it writes hidden="false")
    assert sorted(n[0] for n in owner_names(lo_bytes)) == sorted(C.OUTPUT_SHEETS)
    # ... but to be sure the names alone decide, the A1 titles are taken away
    mem = W.members(lo_bytes)
    strings = mem["xl/sharedStrings.xml"].replace(RINGKASAN_TITLE.encode(), b"Judul diubah pengguna")
    assert strings != mem["xl/sharedStrings.xml"]
    saved.write_bytes(W.replace_members(lo_bytes, {"xl/sharedStrings.xml": strings}))
    proc = cli("build", saved.name, cwd=saved.parent)
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr
    rebuilt = saved.read_bytes()
    assert sorted(n[0] for n in owner_names(rebuilt)) == sorted(C.OUTPUT_SHEETS)
    assert all(n[2] == "1" for n in owner_names(rebuilt))  # one name per sheet: the old one replaced
    wb, _ = load(rebuilt)
    assert wb[C.SHEET_RINGKASAN]["A1"].value == RINGKASAN_TITLE
    assert_package_consistent(rebuilt)


def test_build_of_an_older_lkj_xl_without_owner_names_is_rebuilt(tmp_path):
    """Earlier versions wrote no owner name: their sheets are recognised by the title in A1."""
    book = input_workbook(tmp_path / "lama.xlsx")
    assert cli("build", book.name, cwd=tmp_path).returncode == 0
    built = book.read_bytes()
    wb_xml = W.members(built)["xl/workbook.xml"]
    old = W.replace_members(built, {"xl/workbook.xml": OWNER_RE.sub(b"", wb_xml)})
    assert owner_names(old) == []
    book.write_bytes(old)
    proc = cli("build", book.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(n[0] for n in owner_names(book.read_bytes())) == sorted(C.OUTPUT_SHEETS)
    assert_complete_build(old, book.read_bytes())


@pytest.mark.parametrize(
    ("a1", "tool"),
    [
        ("Ringkasan Capaian Kinerja s.d. Triwulan II Tahun 2025", True),
        ("Ringkasan Capaian Kinerja s.d. Triwulan IV", True),  # no Tahun in Pengaturan
        ("Ringkasan  Capaian Kinerja\ns.d. Triwulan I Tahun 2024", True),  # spaces as LibreOffice may keep
        ("Ringkasan Capaian Kinerja", False),
        ("Ringkasan Capaian Kinerja Triwulan II Tahun 2025", False),
        ("Ringkasan Capaian Kinerja s.d. Triwulan II Tahun 2025 (revisi)", False),
        ("ringkasan capaian kinerja s.d. triwulan ii tahun 2025", False),
        ("Hasil Pemeriksaan Data Kinerja dan Anggaran s.d. Triwulan II Tahun 2025", False),  # other sheet's
        (None, False),
        (42, False),
    ],
)
def test_title_mark(a1, tool):
    assert ownership.is_tool_sheet("RINGKASAN", owner_name=False, a1=a1) is tool
    assert ownership.is_tool_sheet("Ringkasan", owner_name=True, a1=a1) is True


def test_owner_name_mark():
    assert ownership.is_owner_name("lkj_xl_keluaran", '"lkj-xl"')
    assert ownership.is_owner_name("LKJ_XL_KELUARAN", '="lkj-xl"')  # as xlsxwriter or a user types it
    assert not ownership.is_owner_name("lkj_xl_keluaran", "Ringkasan!$A$1")
    assert not ownership.is_owner_name("keluaran", '"lkj-xl"')
    assert not ownership.is_owner_name("lkj_xl_keluaran", None)


# --- additions inside an output sheet ------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["owner name", "title"])
def test_additions_inside_an_output_sheet_are_discarded_and_reported(tmp_path, mark):
    def extra(wb):
        ws = wb.add_worksheet(C.SHEET_RINGKASAN)
        if mark == "title":
            ws.write("A1", "Ringkasan Capaian Kinerja s.d. Triwulan I Tahun 2025")
        else:
            wb.define_name(f"{C.SHEET_RINGKASAN}!lkj_xl_keluaran", '="lkj-xl"')
        add_everything(ws, wb, C.SHEET_RINGKASAN)
        ws.write_comment("B4", "komentar kedua")
        wb.add_worksheet("Grafik Saya").insert_image("A1", "logo.png", {"image_data": io.BytesIO(W.LOGO)})

    book = input_workbook(tmp_path / "laporan.xlsx", extra)
    before = book.read_bytes()
    proc = cli("build", book.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"wrote {book.name}: 41 indicators")  # the example's 41 indicators
    # 5 typed cells (the sheet is unprotected, as a user's own): add_everything's texts in cells of
    # the default format, none of which the rebuilt Ringkasan holds: A3 "Bidang", A5 "UKM" and B3
    # "Nilai" in cells it leaves empty, and (since mend35p) A4 "Koperasi" and A6 "Perdagangan" in
    # cells it writes over (its header "No" and row 1); C5's "situs" has the hyperlink format (the
    # tool's own underline) and is said as the hyperlink; the numbers in B4:B6 are no typed text
    assert proc.stderr.splitlines() == [
        "warning: Ringkasan: 5 typed cells, 2 comments, a picture, a chart, a shape, an Excel table, a form "
        "control, a data validation rule and a hyperlink added inside this output sheet were discarded by the "
        "rebuild"
    ]
    after = book.read_bytes()
    assert_complete_build(before, after)
    assert_package_consistent(after)
    mem = W.members(after)
    # nothing of the replaced sheet is left behind: no table, chart, comment, VML or its picture; the
    # picture of the user's Grafik Saya sheet stays
    # (the example has analysis inputs: the Grafik output sheet brings its own drawing and charts)
    tool_grafik = next(s["part"] for s in sheets(mem) if s["name"] == C.SHEET_GRAFIK)
    (tool_drawing,) = [
        posixpath.normpath(posixpath.join("xl/worksheets", el.get("Target")))
        for el in etree.fromstring(mem[rels_name(tool_grafik)])
        if el.get("Type").endswith("/drawing")
    ]
    tool_charts = {
        posixpath.normpath(posixpath.join("xl/drawings", el.get("Target")))
        for el in etree.fromstring(mem[rels_name(tool_drawing)])
    }
    assert not any(n.startswith(("xl/tables/", "xl/comments")) for n in mem)
    assert {n for n in mem if n.startswith("xl/charts/")} == tool_charts
    assert not any(n.endswith(".vml") for n in mem)
    grafik = next(s["part"] for s in sheets(mem) if s["name"] == "Grafik Saya")
    drawings = [n for n in mem if n.startswith("xl/drawings/drawing") and n != tool_drawing]
    assert len(drawings) == 1 and posixpath.basename(drawings[0]).encode() in mem[rels_name(grafik)]
    assert len([n for n in mem if n.startswith("xl/media/")]) == 1
    ct = mem["[Content_Types].xml"]
    assert b"table+xml" not in ct and b"comments+xml" not in ct
    assert ct.count(b"drawingml.chart+xml") == len(tool_charts)
    # the user's own name still refers to a sheet that exists; the table's name is gone with it
    assert b"TabelRingkas" not in mem["xl/workbook.xml"]
    wb, warnings_after = load(after)
    assert wb[C.SHEET_RINGKASAN]["A1"].value == RINGKASAN_TITLE and warnings_after == []
    # the next build has nothing more to report
    proc = cli("build", book.name, cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""


@pytest.mark.slow
def test_run_logs_discarded_additions_as_a_warning(tmp_path):
    def extra(wb):
        ws = wb.add_worksheet(C.SHEET_PEMERIKSAAN)
        ws.write("A1", "Hasil Pemeriksaan Data Kinerja dan Anggaran s.d. Triwulan II Tahun 2025")
        ws.write_comment("A2", "sudah dicek")

    book = input_workbook(tmp_path / "laporan.xlsx", extra)
    proc = cli("run", book.name, "--outdir", "keluar", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = [line.split(" ", 2)[2] for line in proc.stderr.splitlines()]
    assert (
        f"WARNING {book.name}: Pemeriksaan: a comment added inside this output sheet was discarded by the rebuild"
        in lines
    )


def test_table_that_a_defined_name_uses_is_refused(tmp_path):
    """Removing the table would leave the user's name pointing at nothing: refused, file unchanged."""

    def extra(wb):
        ws = wb.add_worksheet(C.SHEET_RINGKASAN)
        ws.write("A1", RINGKASAN_TITLE)
        ws.write_column("A3", ["Bidang", "Koperasi"])
        ws.write_column("B3", ["Nilai", 10])
        ws.add_table(
            "A3:B4", {"name": "TabelRingkas", "columns": [{"header": "Bidang"}, {"header": "Nilai"}]}
        )
        wb.define_name("TotalRingkas", "=SUM(TabelRingkas[Nilai])")

    book = input_workbook(tmp_path / "laporan.xlsx", extra)
    before = book.read_bytes()
    proc = cli("build", book.name, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f'error: {book.name}: sheet "Ringkasan" (written by lkj-xl) holds an Excel table added by hand '
        "that the defined name 'TotalRingkas' depends on; a build rewrites this sheet and would leave it "
        "pointing at nothing: move the table to another sheet — nothing was changed"
    )
    assert book.read_bytes() == before


def test_pivot_table_inside_an_output_sheet_is_refused(tmp_path):
    """A pivot table's cache stays in the workbook: rather than leave it dangling, the build refuses."""

    def extra(wb):
        wb.add_worksheet(C.SHEET_RINGKASAN).write("A1", RINGKASAN_TITLE)

    book = input_workbook(tmp_path / "laporan.xlsx", extra)
    mem = W.members(book.read_bytes())
    part = next(s["part"] for s in sheets(mem) if s["name"] == C.SHEET_RINGKASAN)
    rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels"
    assert rels not in mem
    pivot_ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"
    book.write_bytes(
        W.replace_members(
            book.read_bytes(),
            {
                rels: b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                b"schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable"
                b'" Target="../pivotTables/pivotTable1.xml"/></Relationships>',
                "xl/pivotTables/pivotTable1.xml": f'<pivotTableDefinition xmlns="{MAIN}" name="PT1"/>'.encode(),
                "[Content_Types].xml": mem["[Content_Types].xml"].replace(
                    b"</Types>",
                    f'<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="{pivot_ct}"/></Types>'.encode(),
                ),
            },
        )
    )
    before = book.read_bytes()
    proc = cli("build", book.name, cwd=tmp_path)
    assert proc.returncode == 2
    assert 'sheet "Ringkasan" (written by lkj-xl) holds a pivot table added by hand' in proc.stderr
    assert book.read_bytes() == before


def test_discarded_message_wording():
    assert Discarded("Ringkasan", (("comment", 1),)).message() == (
        "Ringkasan: a comment added inside this output sheet was discarded by the rebuild"
    )
    assert Discarded("Efisiensi", (("picture", 3), ("Excel table", 1))).message() == (
        "Efisiensi: 3 pictures and an Excel table added inside this output sheet were discarded by the rebuild"
    )
