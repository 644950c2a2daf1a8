"""The xlsxwriter renderer: write layouts, reopen the file with openpyxl (and LibreOffice), and check
what a user would see. Expected values are typed here, never read back from the code under test."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile

import openpyxl
import pytest
from report_factory import INJECTION, KOPERASI_TAAT, chain_report, seed_like_report

from lkj_xl.core.contract import ANALYSIS_SHEETS
from lkj_xl.core.layout import Block, Merge, PrintSetup, SheetLayout
from lkj_xl.core.tables import TABLES, layouts
from lkj_xl.xlsx.render import render_workbook

AGENCY = "Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Lumajang"


@pytest.fixture(scope="module")
def seed_xlsx(tmp_path_factory) -> bytes:
    data = render_workbook(layouts(seed_like_report()))
    path = tmp_path_factory.mktemp("render") / "seed.xlsx"
    path.write_bytes(data)
    return data


@pytest.fixture(scope="module")
def wb(seed_xlsx):
    return openpyxl.load_workbook(io.BytesIO(seed_xlsx))


def sheet_xml(data: bytes, index: int) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(f"xl/worksheets/sheet{index + 1}.xml").decode()


def find(ws, text):
    hits = [c for row in ws.iter_rows() for c in row if c.value == text]
    assert len(hits) == 1, f"{text!r}: {[c.coordinate for c in hits]}"
    return hits[0]


def test_workbook_has_the_six_output_sheets_in_order(wb):
    assert wb.sheetnames == [
        "Capaian Tujuan Sasaran",
        "Capaian Program",
        "Efisiensi",
        "Realisasi Anggaran",
        "Ringkasan",
        "Pemeriksaan",
    ]


def test_tabel_3_1_values_and_number_formats(wb):
    ws = wb["Capaian Tujuan Sasaran"]
    assert (
        ws["A1"].value == "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis s.d. Triwulan II Tahun 2025"
    )
    assert ws["A2"].value == AGENCY
    r = find(ws, KOPERASI_TAAT).row
    assert [ws.cell(r, c).value for c in range(1, 5)] == [
        2,
        "Meningkatnya kualitas Koperasi",
        KOPERASI_TAAT,
        "%",
    ]
    assert ws.cell(r, 5).value == 40.71 and ws.cell(r, 5).number_format == "[$-421]#,##0.00"
    assert [ws.cell(r, c).value for c in range(6, 11)] == [25, 4, "-", "-", 29]
    # One format for all of an indicator's figures (issue 8): 25 beside the target 40,71 shows 25,00.
    assert ws.cell(r, 6).number_format == "[$-421]#,##0.00"
    # 29 / 40,71 x 100 = 71,2356: stored unrounded, displayed with two decimals.
    assert ws.cell(r, 11).value == pytest.approx(71.2356, abs=1e-4)
    assert ws.cell(r, 11).number_format == "[$-421]#,##0.00"
    assert ws.cell(r, 12).value == "Sedang"
    unknown = find(ws, "Nilai PDRB sektor Industri").row
    assert ws.cell(unknown, 10).value == "Menunggu data BPS"
    assert ws.cell(unknown, 11).value == "Belum diketahui"
    future = find(ws, "Nilai PDRB sektor Perdagangan").row
    assert ws.cell(future, 9).value == 3969.54
    assert ws.cell(future, 9).font.i is True and ws.cell(future, 9).font.color.rgb == "FF808080"


def test_headers_are_bold_shaded_bordered_and_wrapped(wb):
    ws = wb["Capaian Tujuan Sasaran"]
    for ref in ("A4", "F4", "F5", "J4", "L4"):
        cell = ws[ref]
        assert cell.font.b is True, ref
        assert cell.fill.fgColor.rgb == "FFD9E1F2", ref
        assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin", ref
        assert cell.alignment.wrap_text is True, ref
    assert ws["F4"].value == "Realisasi per Triwulan" and ws["F5"].value == "TW I"
    body = ws.cell(find(ws, KOPERASI_TAAT).row, 3)
    assert body.border.top.style == "thin" and body.alignment.wrap_text is True and not body.font.b


def test_merged_ranges_widths_and_freeze(wb):
    ws = wb["Capaian Tujuan Sasaran"]
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert {"A1:L1", "A2:L2", "A4:A5", "F4:I4", "J4:J5", "A6:L6"} <= merged  # A6: the "Tujuan" section
    assert ws.column_dimensions["B"].width == pytest.approx(32, abs=1)
    assert ws.column_dimensions["A"].width == pytest.approx(5, abs=1)
    assert ws.freeze_panes == "A6"
    program = wb["Capaian Program"]
    r = find(program, "Persentase koperasi sehat dan cukup sehat").row
    assert f"B{r - 1}:B{r}" in {str(m) for m in program.merged_cells.ranges}
    assert program.cell(r - 1, 2).alignment.indent == 2  # a Program: depth 2
    tujuan = find(program, "Nilai Investasi").row
    assert program.cell(tujuan, 2).font.b is True and program.cell(tujuan, 2).fill.fgColor.rgb == "FFEDEDED"


@pytest.mark.parametrize("index", range(6))
def test_print_setup_footer_and_protection(seed_xlsx, wb, index):
    ws = wb.worksheets[index]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    page_setup = re.search(r"<pageSetup [^>]*/>", sheet_xml(seed_xlsx, index)).group(0)
    assert 'fitToHeight="0"' in page_setup
    # fitToWidth is written only when it is not the OOXML default of 1 page wide.
    assert 'fitToWidth="1"' in page_setup or "fitToWidth" not in page_setup
    assert ws.oddFooter.left.text == AGENCY
    assert ws.oddFooter.right.text == "Halaman &P dari &N"
    assert ws.protection.sheet is True
    assert ws.protection.password is None
    if ws.title != "Ringkasan":
        assert ws.print_title_rows == (
            "$4:$5" if ws.title in ("Capaian Tujuan Sasaran", "Capaian Program") else "$4:$4"
        )


def test_kriteria_and_severity_colours(wb):
    ws = wb["Capaian Tujuan Sasaran"]
    rules = {}
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            rules[rule.formula[0]] = (
                str(cf.sqref),
                rule.operator,
                rule.dxf.fill.bgColor.rgb,
                rule.dxf.font.color.rgb,
            )
    assert rules == {
        '"Sangat Tinggi"': ("L6:L12", "equal", "FF006100", "FFFFFFFF"),
        '"Tinggi"': ("L6:L12", "equal", "FF92D050", "FF000000"),
        '"Sedang"': ("L6:L12", "equal", "FFFFEB3B", "FF000000"),
        '"Rendah"': ("L6:L12", "equal", "FFFFA500", "FF000000"),
        '"Sangat Rendah"': ("L6:L12", "equal", "FFC00000", "FFFFFFFF"),
    }
    ringkasan = wb["Ringkasan"]
    # Column G is Galat (issue 8); the kriteria bands follow from H.
    assert ringkasan["G5"].value == "Galat"
    assert ringkasan["H5"].value == "Sangat Tinggi" and ringkasan["H5"].fill.fgColor.rgb == "FF006100"
    assert ringkasan["L5"].value == "Sangat Rendah" and ringkasan["L5"].font.color.rgb == "FFFFFFFF"
    checks = wb["Pemeriksaan"]
    severity = {
        rule.formula[0]: rule.dxf.fill.bgColor.rgb
        for cf in checks.conditional_formatting
        for rule in cf.rules
    }
    assert severity == {'"Galat"': "FFFFC7CE", '"Peringatan"': "FFFFEB9C"}


def test_efisiensi_negative_in_parentheses_and_signature(wb):
    ws = wb["Efisiensi"]
    r = find(ws, "Nilai Investasi").row
    assert ws.cell(r, 8).value == pytest.approx(-10.2689)
    assert ws.cell(r, 8).number_format == "[$-421]#,##0.00;(#,##0.00)"
    assert ws.cell(r, 9).value == "Tidak efisien"
    name = find(ws, "MUHAMMAD RIDHA, S.Sos., M.Si.")
    assert name.column_letter == "G" and name.font.b is True and name.font.u == "single"
    assert ws.cell(name.row + 1, 7).value == "NIP. 19731118 199303 1 002"
    assert f"G{name.row}:I{name.row}" in {str(m) for m in ws.merged_cells.ranges}


def test_formula_like_texts_come_back_as_text(seed_xlsx, wb):
    ws = wb["Capaian Program"]
    cell = find(ws, INJECTION)
    assert cell.data_type == "s"
    assert cell.hyperlink is None
    assert ws.cell(cell.row, 4).value == "+62 812" and ws.cell(cell.row, 4).data_type == "s"
    assert ws.cell(cell.row, 2).value == "Program: @SUM(A1) uraian"
    for index in range(6):
        assert "<f>" not in sheet_xml(seed_xlsx, index) and "<f " not in sheet_xml(seed_xlsx, index)


def test_renderer_writes_a_hand_made_layout_exactly():
    texts = ["=1+2", "@SUM(A1)", "+62 812", "http://contoh.invalid", "1234", "-5", "{=A1}"]
    lay = SheetLayout(
        name="Uji",
        columns=[12.0, 20.0, 8.0],
        rows=[["Judul"], [1, 2.5, None], *[[t] for t in texts]],
        blocks=[Block(0, 0, 0, 2, "header"), Block(1, 0, 1, 2, "percent_2"), Block(1, 1, 1, 1, "integer")],
        merges=[Merge(0, 0, 0, 2)],
        row_heights={3: 42.0},
        freeze=(1, 1),
        print_setup=PrintSetup(footer="&LUji&RHalaman &P dari &N", repeat_rows=(0, 0)),
        protect=False,
    )
    data = render_workbook([lay])
    ws = openpyxl.load_workbook(io.BytesIO(data))["Uji"]
    assert [ws.cell(r, 1).value for r in range(3, 3 + len(texts))] == texts
    assert all(ws.cell(r, 1).data_type == "s" for r in range(3, 3 + len(texts)))
    assert all(ws.cell(r, 1).hyperlink is None for r in range(3, 3 + len(texts)))
    assert "<f>" not in sheet_xml(data, 0) and "<hyperlink" not in sheet_xml(data, 0)
    assert ws["A2"].number_format == "[$-421]#,##0.00"
    assert ws["B2"].number_format == "[$-421]#,##0"  # the later block wins
    assert ws["C2"].number_format == "[$-421]#,##0.00" and ws["C2"].value is None  # styled blank
    assert {str(m) for m in ws.merged_cells.ranges} == {"A1:C1"}
    assert ws["A1"].font.b is True and ws["C1"].border.right.style == "thin"
    assert ws.row_dimensions[4].height == 42.0
    assert ws.freeze_panes == "B2"
    assert ws.protection.sheet is False
    assert ws.column_dimensions["B"].width == pytest.approx(20, abs=1)


def test_one_format_per_style_combination_not_per_cell(monkeypatch):
    def cell_xfs(data: bytes) -> int:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            styles = z.read("xl/styles.xml").decode()
        return int(re.search(r'<cellXfs count="(\d+)"', styles).group(1))

    import xlsxwriter

    created = []
    original = xlsxwriter.Workbook.add_format

    def counting_add_format(self, properties=None):
        created.append(properties)
        return original(self, properties)

    monkeypatch.setattr(xlsxwriter.Workbook, "add_format", counting_add_format)
    small = cell_xfs(render_workbook(layouts(chain_report(7))))  # 10 indicators
    small_formats = len(created)
    created.clear()
    large = cell_xfs(render_workbook(layouts(chain_report(997))))  # 1000 indicators
    assert small == large
    assert len(created) == small_formats < 60


@pytest.mark.slow
def test_libreoffice_prints_every_table(seed_xlsx, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    src = tmp_path / "laporan.xlsx"
    src.write_bytes(seed_xlsx)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        timeout=240,
        capture_output=True,
    )
    pdf = tmp_path / "laporan.pdf"
    assert pdf.exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    else:
        pypdf = pytest.importorskip("pypdf")
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    flat = " ".join(text.split())
    for table in TABLES:
        if table.SHEET_NAME in ANALYSIS_SHEETS:
            continue  # seed_like_report has no analysis input: not written (tests/test_perbandingan.py)
        assert f"{table.TITLE} s.d. Triwulan II Tahun 2025" in flat, table.TITLE
    # one page each, but Capaian Program on two: Excel (89 %) would print its signature block across
    # a page end, so its last two rows start a page with the block (lkj_xl.core.pages)
    assert "Halaman 1 dari 7" in flat and "Halaman 7 dari 7" in flat
    assert "Menunggu data BPS" in flat and INJECTION in flat


def test_a_number_is_stored_exactly_so_its_shown_decimals_are_the_figures():
    # A capaian of a lower-is-better indicator (target Rp 75,35, realisasi Rp 9.329.460.000):
    # (2 x 75,35 - 9.329.460.000) / 75,35 x 100 = -18.658.919.698.600 / 1.507 = -12.381.499.468,2149966...
    # shown with 2 decimals "-12.381.499.468,21". Written with 16 significant digits it was stored as
    # -12381499468.215, which every spreadsheet shows ",22". 24,585 (half way) and 0,1 keep their text.
    capaian = -18658919698600 / 1507
    values = [capaian, 24.585, 0.1, 1e-07, 123456789012345680.0, 5]
    lay = SheetLayout(name="Uji", columns=[12.0], rows=[[v] for v in values], protect=False)
    ws = openpyxl.load_workbook(io.BytesIO(render_workbook([lay])))["Uji"]
    assert [ws.cell(r, 1).value for r in range(1, len(values) + 1)] == values
    assert repr(ws["A1"].value) == "-12381499468.214996"
