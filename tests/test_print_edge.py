"""The printed tables with edge figures, typed as staff type them: budgets of a province's Dinas in
the trillions, totals of over a hundred trillion, a capaian of several thousand percent, a penyerapan
of billions of percent (a pagu typed in thousands), a negative efisiensi of as many points, long
decimals, an agency name of 120 characters. A figure too wide for its column prints "###" in Excel
and LibreOffice alike, silently; a text cut at the column's edge loses words."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.layout import footer
from lkj_xl.core.styles import format_cell
from lkj_xl.core.textwidth import column_width
from tests.common import EXAMPLE

# 120 characters, as a province's agency is named in its Pengaturan.
OPD = (
    "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga serta Urusan Perpustakaan dan Kearsipan "
    "Daerah Provinsi Sulawesi Barat"
)
PEMDA = "Provinsi Sulawesi Barat"
# The agency line of titles and footers: the OPD ends with its Pemda's name, so the Pemda is named once
# (it printed "... Provinsi Sulawesi Barat Provinsi Sulawesi Barat", 144 characters: tests/
# test_agency_name.py). Its 120 characters still need two lines on Analisis Capaian's portrait page.
LINE = OPD
BESAR = "Rp 9.876.543.210.987"  # the pagu and realisasi of 13 programs


assert len(OPD) == 120


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _set(ws, key_col: int, key: str, values: dict[str, object]) -> None:
    header = {cell.value: cell.column for cell in ws[3]}
    (row,) = [r for r in range(4, ws.max_row + 1) if ws.cell(r, key_col).value == key][:1]
    for name, value in values.items():
        ws.cell(row, header[name]).value = value


def make_edge(path: Path) -> Path:
    """The example workbook with the edge figures typed in (openpyxl edits)."""
    wb = openpyxl.load_workbook(EXAMPLE)
    for row in wb["Pengaturan"].iter_rows(min_row=4):
        name = row[0].value
        if name == c.P_OPD:
            row[1].value = OPD
        elif name == c.P_PEMDA:
            row[1].value = PEMDA
        elif name == "Total Pagu Perjanjian Kinerja":
            row[1].value = None
    k = wb["Kinerja"]
    # S2: a target of 1 and a realisasi of 4.000 (capaian 400.000 %); S1: long decimals; S3: 0,005 of
    # 0,01 (capaian 50); K1.02.01 as S2 in Tabel 3.2.
    _set(k, 1, "S2", {"Target": 1, "Satuan": "unit", "Realisasi TW I": "4.000", "Realisasi TW II": "nihil"})
    _set(k, 1, "S1", {"Target": "0,000123%", "Realisasi TW II": "0,000100%"})
    _set(k, 1, "S3", {"Realisasi TW II": "0,005%"})
    _set(k, 1, "K1.02.01", {"Target": 1, "Realisasi TW II": "4.000"})
    a = wb["Anggaran"]
    for r in range(4, a.max_row + 1):
        kode = a.cell(r, 1).value
        pagu, realisasi = {
            "P0.01": ("Rp 3.456.789.012.345", "Rp 2.999.888.777.666"),
            "P3.01": ("1.000", "Rp 40.000.000.000"),  # the pagu typed in thousands
            "P3.02": ("1.000", 0),
        }.get(kode, (BESAR, BESAR))
        a.cell(r, 4).value, a.cell(r, 7).value = pagu, realisasi
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = make_edge(tmp_path_factory.mktemp("edge") / "dinas-pendidikan.xlsx")
    assert invoke("build", path).exit_code == 0
    return path


# The figures the tables show, derived by hand (Indonesian separators):
# - 13 programs of 9.876.543.210.987: 128.395.061.742.831; the TOTAL pagu adds P0.01's
#   3.456.789.012.345 and P3.01/P3.02's 1.000 each: 131.851.850.757.176; the TOTAL realisasi adds
#   2.999.888.777.666 and 40.000.000.000: 131.434.950.520.497; their penyerapan 99,6838... %: 99,68.
# - P3.01: 40.000.000.000 / 1.000 x 100 = 4.000.000.000,00 %.
# - S3: capaian 0,005 / 0,01 x 100 = 50,00; its programs P3.01 and P3.02: 40.000.000.000 of 2.000,
#   penyerapan 2.000.000.000,00 %; efisiensi 50 - 2.000.000.000 = -1.999.999.950: (1.999.999.950,00).
# - S2 and K1.02.01: 4.000 / 1 x 100 = 400.000,00.
# Since anggaran63 spending more than 10 times the pagu is a galat that withholds the penyerapan: P3.01's
# 40.000.000.000 of 1.000 (40.000.000 times) prints no 4.000.000.000,00 %, and with it the TOTAL pagu
# and penyerapan (131.851.850.757.176, 99,68) and S3's efisiensi (2.000.000.000,00 %, 1.999.999.950,00)
# are withheld; the TOTAL realisasi, the wide rupiah figures and the capaian of 400.000,00 still print.
SHOWN = {
    c.SHEET_REALISASI_ANGGARAN: [
        "131.434.950.520.497", "3.456.789.012.345", "2.999.888.777.666", "9.876.543.210.987",
    ],
    c.SHEET_EFISIENSI: ["400.000,00"],
    c.SHEET_CAPAIAN_TS: ["400.000,00", "4.000", "5.984,04 milyar", "1.282.684,40 juta"],
    c.SHEET_CAPAIAN_PROGRAM: ["400.000,00", "1.491.388.500.000", "483.624.842.126"],
}  # fmt: skip


def _width(ws, col: int) -> float:
    """A column's width as stored, less the 5 pixels of padding the writer adds (textwidth's units)."""
    dim = next((d for d in ws.column_dimensions.values() if d.min <= col <= (d.max or d.min)), None)
    stored = dim.width if dim is not None and dim.width else 8.43
    return stored - 5 / 7


def _too_narrow(ws) -> list[str]:
    """Every number cell whose text, as its number format shows it, is wider than its column."""
    merged = {}
    for rng in ws.merged_cells.ranges:
        merged[rng.min_row, rng.min_col] = rng.max_col
    out = []
    for row in ws.iter_rows():
        for cell in row:
            value = cell.value
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            text = format_cell(value, cell.number_format)
            last = merged.get((cell.row, cell.column), cell.column)
            width = sum(_width(ws, col) for col in range(cell.column, last + 1))
            need = column_width(text, bool(cell.font.b))
            if need > width:
                out.append(f"{cell.coordinate} {text!r}: {need:.1f} > {width:.1f}")
    return out


def test_every_figure_fits_its_column(built):
    # Excel's side, without LibreOffice: each number, as its format shows it (in the project's width
    # model, the wider of Calibri and DejaVu Sans), fits its column. Before: the TOTAL of Tabel 3.4
    # (131.851.850.757.176, bold: 20,4 digits) in its 20-wide column, P3.01's 4.000.000.000,00 % in
    # Grafik's 12-wide column (printed "###" by LibreOffice) and the efisiensi (1.999.999.950,00) in
    # Tabel 3.3's 13-wide column did not.
    wb = openpyxl.load_workbook(built)
    narrow = {name: _too_narrow(wb[name]) for name in wb.sheetnames if name in c.OUTPUT_SHEETS}
    assert not any(narrow.values()), narrow
    for sheet, texts in SHOWN.items():
        ws = wb[sheet]
        shown = {format_cell(cell.value, cell.number_format) for row in ws.iter_rows() for cell in row}
        assert set(texts) <= shown, (sheet, set(texts) - shown)


def test_the_agency_line_wraps_whole_under_every_title(built):
    # The title block's agency line ("<Perangkat Daerah> <Pemerintah Daerah>", 140 characters) is
    # wider than Analisis Capaian's portrait page (98 digits): LibreOffice printed it cut at both
    # ends ("idikan, Kebudayaan, ... Jawa Timur Raya Provin"). It wraps in its merged cell, the row
    # as tall as its lines: bold, 1,12 x 127 = 142 digits of text, so 2 lines in 98, 1 in 133 or more.
    wb = openpyxl.load_workbook(built)
    for name in wb.sheetnames:
        if name not in c.OUTPUT_SHEETS or name in (c.SHEET_GRAFIK, c.SHEET_PEMERIKSAAN):
            continue
        ws = wb[name]
        cell = ws["A2"]
        assert cell.value == LINE, name
        assert cell.alignment.wrap_text, name
        (rng,) = [r for r in ws.merged_cells.ranges if r.min_row == 2 and r.min_col == 1]
        width = sum(_width(ws, col) for col in range(1, rng.max_col + 1))
        lines = 1 if column_width(cell.value, bold=True) <= width else 2
        height = ws.row_dimensions[2].height or 15.0
        assert height >= 15.0 * lines, (name, width, height)


def _pdf_text(xlsx: Path, pdf: Path, *sheets: str) -> str:
    """The text of ``lkj-xl pdf`` (the report's tables, or the ``sheets``) as pdftotext -layout reads it."""
    from lkj_xl.delivery.pdf import PdfError, find_soffice

    try:
        find_soffice()
    except PdfError as exc:
        pytest.skip(str(exc))
    result = invoke("pdf", xlsx, "-o", pdf, *(arg for sheet in sheets for arg in ("--sheet", sheet)))
    assert result.exit_code == 0, result.output
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout


@pytest.mark.slow
def test_libreoffice_prints_every_edge_figure_and_no_hashes(built, tmp_path):
    # On paper (lkj-xl pdf's LibreOffice): no "###" anywhere, every figure above as the sheet shows it,
    # and the agency's name whole under each table's title and in the footer of every page: before,
    # on a portrait page (Analisis Capaian) the footer's name ran across "Halaman n dari m".
    text = _pdf_text(built, tmp_path / "laporan.pdf")
    assert "#" not in text, [line for line in text.splitlines() if "#" in line]
    words = text.split()
    for sheet, texts in SHOWN.items():
        for shown in texts:
            assert shown in words or shown in text, (sheet, shown)
    flat = " ".join(words)
    pages = len(re.findall(r"Halaman \d+ dari \d+", text))
    agency = LINE
    titled = len(re.findall(r"s\.d\. Triwulan II Tahun 2025 " + re.escape(agency), flat))
    # (the OPD alone is also in the Analisis Capaian's sentences, "Anggaran <OPD> sebesar ...": counted
    # were "<OPD> <PEMDA>" before, now each footer's name right before its page number)
    footed = len(re.findall(re.escape(agency) + r" Halaman \d+ dari \d+", flat))
    assert titled == 8 and footed == pages, (titled, footed, pages)


@pytest.mark.slow
def test_libreoffice_prints_the_portrait_agency_line_whole(built, tmp_path):
    # Analisis Capaian (A4 portrait): the agency line under its title reads whole; before, its first
    # letters and last word were cut ("idikan, Kebudayaan, ...").
    text = _pdf_text(built, tmp_path / "analisis.pdf", c.SHEET_ANALISIS_CAPAIAN)
    head = " ".join(text.split("3.1.3", 1)[0].split())
    assert LINE in head, head


def test_a_long_agency_name_in_the_footer_never_reaches_the_page_number():
    # A4 portrait between 0,4-inch margins holds 7,47 inches: 96 digits of Calibri 11 (7,43 pixels at 96
    # dpi), Excel's footer font. "Halaman 999 dari 999" is 19 digits wide in textwidth's units, plus a
    # gap of 4: the name may take 73 digits beside it. The 144 characters of OPD and PEMDA need far
    # more: in 9 pt (11/9 as many digits a line: 89) they are wrapped over two lines, each within 89.
    name = f"{OPD} {PEMDA}"
    left, right = footer(name, portrait=True).removeprefix("&L").split("&R")
    assert right == "Halaman &P dari &N"
    assert left.startswith("&9 ")
    lines = left.removeprefix("&9 ").split("\n")
    assert " ".join(lines) == name and len(lines) == 2
    assert all(
        column_width(line) <= (96 - column_width("Halaman 999 dari 999") - 4) * 11 / 9 for line in lines
    )
    # The seed's agency fits one line of 11 pt on either page: its footer is as before.
    seed = "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Lumajang"
    assert footer(seed, portrait=True) == footer(seed) == f"&L{seed}&RHalaman &P dari &N"


# --- the rekap of such agencies ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def rekap(built, tmp_path_factory) -> Path:
    """The rekap of the edge agency and the seed's own workbook."""
    import shutil

    folder = tmp_path_factory.mktemp("rekap") / "opd"
    folder.mkdir()
    shutil.copy(built, folder / "dinas-pendidikan.xlsx")
    shutil.copy(EXAMPLE, folder / "dinas-koperasi.xlsx")
    out = folder.parent / "rekap.xlsx"
    # exit 1: the edge agency's galat (P3.01 spent 40.000.000 times its pagu, anggaran63); the rekap is written
    assert invoke("rekap", folder, "-o", out, "--jobs", "1").exit_code == 1
    return out


# In the rekap an indicator's figures are multiplied out of their scale word and shown with 2
# decimals (the "decimal" columns): the seed's Tujuan target 5.984,04 milyar is 5.984.040.000.000,00,
# 20 characters, in the width model 15 digits of 1,05, 4 dots of 0,55, a comma of 0,5 and 0,3 of
# padding: 18,75 digits, in Semua Indikator's Target column of 16.
REKAP_SHOWN = {
    "Semua Indikator": ["5.984.040.000.000,00", "1.282.684.400.000,00", "1.491.388.500.000,00", "400.000,00"],
    # P3.01's penyerapan and the agency's pagu total withheld (the galat above): the realisasi total prints
    "Semua Program": ["3.456.789.012.345", "9.876.543.210.987"],
    "Rekap Perangkat Daerah": ["131.434.950.520.497"],
}


def test_a_rekap_grafik_figure_fits_its_column(tmp_path):
    # An agency whose every pagu was typed in thousands ("1.000") beside realisasi in rupiah
    # ("Rp 40.000.000.000"): its penyerapan would be 40.000.000.000 / 1.000 x 100 = 4.000.000.000,00 %,
    # 16 characters, in the rekap Grafik's data column of 12. Since anggaran63 spending more than 10
    # times the pagu is a galat that withholds the penyerapan (exit 1): Grafik shows no such figure, and
    # what it shows fits.
    folder = tmp_path / "opd"
    folder.mkdir()
    path = make_edge(folder / "dinas-pendidikan.xlsx")
    wb = openpyxl.load_workbook(path)
    a = wb["Anggaran"]
    for r in range(4, a.max_row + 1):
        if a.cell(r, 1).value:
            a.cell(r, 4).value, a.cell(r, 7).value = "1.000", "Rp 40.000.000.000"
    wb.save(path)
    out = tmp_path / "rekap.xlsx"
    assert invoke("rekap", folder, "-o", out, "--jobs", "1").exit_code == 1
    ws = openpyxl.load_workbook(out)["Grafik"]
    assert "4.000.000.000,00" not in {
        format_cell(cell.value, cell.number_format) for row in ws.iter_rows() for cell in row
    }
    assert _too_narrow(ws) == []


def test_every_rekap_figure_fits_its_column(rekap):
    # Before, the seed's own targets (5.984.040.000.000,00, 1.491.388.500.000,00) and P3.01's
    # penyerapan of 4.000.000.000,00 % (11 wide) printed "###": the columns had one width per kind.
    wb = openpyxl.load_workbook(rekap)
    narrow = {name: _too_narrow(wb[name]) for name in REKAP_SHOWN}
    assert not any(narrow.values()), narrow
    for sheet, texts in REKAP_SHOWN.items():
        ws = wb[sheet]
        shown = {format_cell(cell.value, cell.number_format) for row in ws.iter_rows() for cell in row}
        assert set(texts) <= shown, (sheet, set(texts) - shown)


@pytest.mark.slow
def test_libreoffice_prints_every_rekap_figure_and_no_hashes(rekap, tmp_path):
    text = _pdf_text(rekap, tmp_path / "rekap.pdf", *REKAP_SHOWN)
    assert "#" not in text, [line for line in text.splitlines() if "#" in line]
    for sheet, texts in REKAP_SHOWN.items():
        for shown in texts:
            assert shown in text, (sheet, shown)


def test_the_word_footer_keeps_halaman_with_its_number():
    # The LKjIP document's footer is "<agency> <pemda>", tabs, "Halaman", the PAGE field. With the
    # agency's 144 characters LibreOffice broke the line between "Halaman" and "21", the number alone
    # at the left of the next line. A no-break space (U+00A0) joins them: "Halaman 21" moves as one.
    from lkj_xl.laporan.template import make_template

    (paragraph,) = make_template().sections[0].footer.paragraphs
    assert "\tHalaman\u00a0" in paragraph.text and "Halaman " not in paragraph.text


def test_the_word_footer_prints_halaman_on_the_agencys_line_in_both_orientations(tmp_path):
    # Portrait pages printed "<agency>" and, on a line of its own, "Halaman 1": the Footer style's
    # right tab stop (16,51 cm) lies past a portrait A4 page's right margin (16 cm of text). Each page:
    # "Halaman" on the line of the agency's last word, its number right after it, ending at the right
    # margin (2,5 cm portrait, 2 cm landscape: 595 - 70,9 and 842 - 56,7 points).
    from lkj_xl.delivery.pdf import PdfError, find_soffice

    try:
        find_soffice()
    except PdfError as exc:
        pytest.skip(str(exc))
    docx = tmp_path / "lkjip.docx"
    result = invoke("laporan", EXAMPLE, "-o", docx, "--pdf")
    assert result.exit_code == 0, result.output
    out = subprocess.run(
        ["pdftotext", "-bbox", str(docx.with_suffix(".pdf")), "-"], capture_output=True, text=True, check=True
    ).stdout
    word = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<')
    orientations = set()
    for page in out.split("<page ")[1:]:
        width = float(re.match(r'width="([\d.]+)"', page).group(1))
        words = [(float(a), float(b), float(c), t) for a, b, c, t in word.findall(page)]
        halaman = [w for w in words if w[3] == "Halaman"]
        if not halaman:
            continue  # the cover
        x, y, _, _ = halaman[-1]
        lumajang = [w for w in words if w[3] == "Lumajang" and w[1] > y - 30]
        assert lumajang and abs(lumajang[-1][1] - y) < 1, (width, "Halaman not on the agency's line")
        number = [w for w in words if abs(w[1] - y) < 1 and w[0] > x]
        margin = width - (56.7 if width > 600 else 70.9)
        assert number and abs(number[-1][2] - margin) < 3, (width, number, margin)
        orientations.add(width > 600)
    assert orientations == {True, False}


# --- a Tujuan and a Sasaran of two lines' worth, as a province's RPJMD words them --------------------

URAIAN = (
    "Terwujudnya Perekonomian Daerah yang Tangguh, Berdaya Saing dan Berkelanjutan yang Bertumpu pada "
    "Sektor Pertanian, Industri Pengolahan, Perdagangan dan Pariwisata Berbasis Potensi Lokal di Seluruh "
    "Wilayah Provinsi"
)


@pytest.fixture(scope="module")
def long_built(tmp_path_factory) -> Path:
    path = make_edge(tmp_path_factory.mktemp("panjang") / "dinas-pendidikan.xlsx")
    wb = openpyxl.load_workbook(path)
    _set(wb["Kinerja"], 1, "T1", {"Uraian": URAIAN})
    wb.save(path)
    assert invoke("build", path).exit_code == 0
    return path


def test_analisis_capaian_headings_wrap_whole(long_built):
    # "Tujuan 1: <Uraian>" heads T1's paragraphs in 3.1.3, 3.2.1 and Bab IV: 212 characters, in bold
    # about 225 digits, on a portrait page 98 wide. It was one unwrapped line, cut at the page's edge
    # ("... Bertumpu pada Sek"); it wraps in its merged row, as tall as its 3 lines (225 / 97,7 per
    # line of text, the cell's padding taken off).
    ws = openpyxl.load_workbook(long_built)[c.SHEET_ANALISIS_CAPAIAN]
    rows = [cell for cell in ws["A"] if cell.value == f"Tujuan 1: {URAIAN}"]
    assert len(rows) >= 2
    for cell in rows:
        assert cell.alignment.wrap_text and cell.font.b, cell.coordinate
        assert (ws.row_dimensions[cell.row].height or 15.0) >= 3 * 15.0, cell.coordinate


@pytest.mark.slow
def test_libreoffice_prints_a_long_heading_whole(long_built, tmp_path):
    text = _pdf_text(long_built, tmp_path / "analisis.pdf", c.SHEET_ANALISIS_CAPAIAN)
    flat = " ".join(text.split())
    assert flat.count(f"Tujuan 1: {URAIAN}") >= 2, text[:3000]


# --- the signature block: a head of agency with all their degrees ------------------------------------

KEPALA = "Prof. Dr. Ir. H. MUHAMMAD RIDHA ABDULLAH SYAHPUTRA, S.Sos., M.Si., M.M., M.Kes."


@pytest.fixture(scope="module")
def signed(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ttd") / "laporan.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    for row in wb["Pengaturan"].iter_rows(min_row=4):
        if row[0].value == "Nama Kepala":
            row[1].value = KEPALA
    wb.save(path)
    assert invoke("build", path).exit_code == 0
    return path


def test_a_long_name_under_the_signature_wraps_whole(signed):
    # The name (bold, underlined) stands across each table's last three columns: 54 digits under
    # Tabel 3.4 (20 + 20 + 14), 33 under Ringkasan. Its 80 characters are about 84 digits in bold: it
    # was one unwrapped line, cut at the table's edge ("... M.Si., M.M., M"). It wraps in its merged
    # row, the row as tall as its lines.
    wb = openpyxl.load_workbook(signed)
    for name in (c.SHEET_REALISASI_ANGGARAN, c.SHEET_RINGKASAN, c.SHEET_CAPAIAN_TS):
        ws = wb[name]
        (cell,) = [cell for row in ws.iter_rows() for cell in row if cell.value == KEPALA]
        assert cell.alignment.wrap_text and cell.font.b, name
        (rng,) = [r for r in ws.merged_cells.ranges if (r.min_row, r.min_col) == (cell.row, cell.column)]
        width = sum(_width(ws, col) for col in range(rng.min_col, rng.max_col + 1))
        assert column_width(KEPALA, bold=True) > width  # so it needs 2 lines or more
        assert (ws.row_dimensions[cell.row].height or 15.0) >= 2 * 15.0, name


@pytest.mark.slow
def test_libreoffice_prints_a_long_name_under_the_signature_whole(signed, tmp_path):
    text = _pdf_text(signed, tmp_path / "laporan.pdf")
    pages = len(re.findall(r"Halaman \d+ dari \d+", text))
    flat = " ".join(text.split())
    # One signature block under each of the 7 printed tables (8 with Grafik), the name whole in each.
    assert flat.count(KEPALA) == 8, (flat.count(KEPALA), pages)
