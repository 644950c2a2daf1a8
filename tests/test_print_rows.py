"""Rows on paper as tall as their text: the PDF of the output sheets (`lkj-xl pdf`, a real
LibreOffice) prints every wrapped text whole and adds no blank line under a text that fits one line.

The workbook is opened in Excel (Calibri) and in LibreOffice, which without Calibri or its metric twin
Carlito prints with DejaVu Sans, whose capitals are narrower for the column: a program name can take
two lines in Excel and one in LibreOffice. A workbook's rows are as tall as the wider of the two
needs (a cut text is worse than a spare line); the PDF's rows as LibreOffice prints them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from xlsxwriter.utility import CHAR_WIDTHS

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.textwidth import DEJAVU, EITHER, estimate_lines, rows_sized_for
from tests.common import EXAMPLE

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _row_font() -> str | None:
    if SOFFICE is None:
        return None
    from lkj_xl.delivery.pdf import row_font

    return row_font(SOFFICE)


needs_dejavu = pytest.mark.skipif(
    _row_font() != DEJAVU, reason="LibreOffice missing, or it prints Calibri with Calibri or Carlito"
)

# Tabel 3.4 of the example, program 13: the Program column is 58 wide (Excel: 58 * 7 + 5 = 411 pixels).
NAMA_13 = "PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI"
NAMA_1 = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"


def test_excel_needs_two_lines_for_program_13_so_a_workbook_row_has_two():
    # Calibri 11 pixel widths as measured in Excel (xlsxwriter's table): the name is 421 pixels,
    # wider than the 411 of the column, so Excel wraps it; the workbook's row is two lines tall.
    assert sum(CHAR_WIDTHS[ch] for ch in NAMA_13) == 421 > 58 * 7 + 5
    assert estimate_lines(NAMA_13, 58) == 2
    with rows_sized_for(EITHER):
        assert estimate_lines(NAMA_13, 58) == 2


def test_dejavu_sans_holds_program_13_on_one_line_and_program_1_on_two():
    # DejaVu Sans advance widths / its digit (1303 units): the name is 53,7 digits, in a column of
    # 58 + 5/7 digits; program 1 is 60,0 digits (the table's values rounded up give 58,7 without
    # spaces), more than the column: two lines.
    with rows_sized_for(DEJAVU):
        assert estimate_lines(NAMA_13, 58) == 1
        assert estimate_lines(NAMA_1, 58) == 2
        assert estimate_lines(NAMA_13, 40) == 2  # a narrower column still wraps it


def test_an_unknown_font_is_refused():
    with pytest.raises(ValueError), rows_sized_for("Arial"):
        pass


def _row_tops(pdf: Path, codes: list[str]) -> dict[str, float]:
    """The top of each program's Kode on the first page, in points."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tops = {m.group(2): float(m.group(1)) for m in re.finditer(r'yMin="([\d.]+)"[^>]*>([^<]+)<', out)}
    return {code: tops[code] for code in codes}


@needs_dejavu
def test_the_pdf_prints_tabel_3_4_without_a_blank_line_under_program_13(tmp_path):
    # The example's Tabel 3.4: program 13 (P4.06) fits one line in LibreOffice; its row printed two
    # lines tall, a blank line under it. Row pitch of one line = P4.05 to P4.06 (program 12, one line).
    pdf = tmp_path / "t34.pdf"
    result = CliRunner().invoke(
        main, ["pdf", str(EXAMPLE), "-o", str(pdf), "--sheet", c.SHEET_REALISASI_ANGGARAN]
    )
    assert result.exit_code == 0, result.output
    top = _row_tops(pdf, ["P0.01", "P2.01", "P4.05", "P4.06", "P1.01"])
    line = top["P4.06"] - top["P4.05"]
    assert top["P1.01"] - top["P4.06"] == pytest.approx(line, abs=0.5)
    # Program 1 still has its two lines (28,5 points: 2 x 12,75 + 3), its second inside its row.
    assert top["P2.01"] - top["P0.01"] == pytest.approx(28.5 / 15 * line, abs=1.0)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "KABUPATEN/KOTA" in text and NAMA_13 in text


# --- an indented program name: the indent takes room from its text ----------------------------------

PROGRAM = (
    "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM) NOMOR 1.1 DAN "
    "PENGEMBANGAN KAWASAN INDUSTRI"
)


def test_an_indented_text_is_measured_in_the_room_its_indent_leaves():
    # Capaian Program: "Program: " + the name, two indent levels (Tujuan > Sasaran > Program) in the
    # Uraian column 46 wide. DejaVu digits: the name takes 4 lines in 46 - 2 x 1,5 = 43 digits of
    # text (pdftotext of the PDF: "...(UMKM)" / "NOMOR 1.1 DAN PENGEMBANGAN KAWASAN" / "INDUSTRI").
    from lkj_xl.core.layout import BASE, SheetBuilder, indent_style

    with rows_sized_for(DEJAVU):
        assert estimate_lines(f"Program: {PROGRAM}", 46) == 3  # the whole column: one line short
        assert estimate_lines(f"Program: {PROGRAM}", 43) == 4
        b = SheetBuilder("Capaian Program", "Tabel", [5, 46])
        r = b.add_row([1, f"Program: {PROGRAM}"])
        b.style(r, 0, r, 1, "cell", BASE)
        b.style(r, 1, r, 1, indent_style(2), BASE)
        lay = b.build(footer="", freeze=None)
    assert lay.row_heights[r] == 4 * 12.75 + 3  # LibreOffice's lines (see below)


def _big_workbook(path: Path, realisasi: str = "Rp 1,2 M") -> Path:
    from lkj_xl.xlsx.template import new_workbook

    row = {"Satuan": "%", "Target": "80", "Realisasi TW I": "30,5", "Realisasi TW II": "40"}
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan daerah", "Indikator": "IKU", **row},
        {
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Kode Induk": "T1",
            "Uraian": "Sasaran",
            "Indikator": "IKS",
            **row,
        },
    ]
    for p in (1, 2):
        name = PROGRAM.replace("1.1", f"1.{p}")
        kinerja.append({"Kode": f"P1.0{p}", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": name,
                        "Indikator": f"Persentase usaha mikro naik kelas {p}", **row})  # fmt: skip
    pengaturan = {
        c.P_PEMDA: "Kabupaten Lumajang",
        c.P_OPD: "Dinas Koperasi",
        c.P_TAHUN: 2025,
        c.P_TRIWULAN: 2,
    }
    anggaran = [
        {"Kode": f"P1.0{p}", "Program": PROGRAM.replace("1.1", f"1.{p}"), "Kode Sasaran": "S1", "Pagu": "700 jt",
         "Realisasi TW I": realisasi, "Realisasi TW II": "1.250,5"}
        for p in (1, 2)
    ]  # fmt: skip
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    return path


def _printed_words(tmp_path, sheet: str) -> list[tuple[str, str, str]]:
    """``lkj-xl pdf --sheet SHEET`` of _big_workbook: each word on paper as (top, bottom, text), from
    ``pdftotext -bbox``."""
    pdf = tmp_path / "lembar.pdf"
    book = _big_workbook(tmp_path / "dinas.xlsx")
    result = CliRunner().invoke(main, ["pdf", str(book), "-o", str(pdf), "--sheet", sheet])
    assert result.exit_code == 0, result.output
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', out)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_the_pdf_prints_an_indented_program_name_whole_inside_its_row(tmp_path):
    # LibreOffice printed "INDUSTRI", the name's fourth line, under the row's bottom border, cut by
    # the next row: the row had three lines.
    words = _printed_words(tmp_path, c.SHEET_CAPAIAN_PROGRAM)
    industri = [float(bottom) for _, bottom, w in words if w == "INDUSTRI"]
    program = [float(top) for top, _, w in words if w == "Program:"]
    assert len(industri) == 2 and len(program) == 2
    assert industri[0] <= program[1], (industri, program)  # the last line ends above the next row


def test_libreoffice_rows_are_sized_by_its_own_line_pitch():
    # LibreOffice's DejaVu Sans lines are 12,73 points apart (its PDF of Tabel 3.4: 10,31 points at a
    # zoom of 81 %), Excel's Calibri lines 15: three lines need 3 x 12,75 + 3 = 41,25 points there
    # (45 left a blank half line under every three-line program name of a 40-program Tabel 3.4).
    from lkj_xl.core.textwidth import lines_height

    with rows_sized_for(DEJAVU):
        assert [lines_height(n, 15.0) for n in (2, 3, 4)] == [28.5, 41.25, 54.0]
    assert [lines_height(n, 15.0) for n in (2, 3, 4)] == [30.0, 45.0, 60.0]


@needs_dejavu
def test_the_pdf_leaves_no_blank_half_line_under_a_three_line_name(tmp_path):
    # Tabel 3.4 (Program 58 wide, no indent): each name wraps to 3 lines. From the last line's bottom
    # to the next row's first text: less than half a line (it was 5,4 points of paper at 74 %).
    words = _printed_words(tmp_path, c.SHEET_REALISASI_ANGGARAN)
    industri = [float(bottom) for _, bottom, w in words if w == "INDUSTRI"]
    second = [float(top) for top, _, w in words if w == "P1.02"]
    pitch = [float(b) - float(t) for t, b, w in words if w == "P1.02"][0]  # a line's height on paper
    assert 0 <= second[0] - industri[0] < pitch / 2, (industri, second, pitch)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_the_word_report_never_breaks_a_cell_reference_after_its_sheet(tmp_path):
    # A realisasi anggaran typed over a broken formula ("#REF!" pasted as text) makes Tabel 3.3's
    # figures "Galat (Anggaran!F3)" and the text under it name the cell. The Word report's PDF broke
    # the reference after the "!": "Galat (Anggaran!" / "F3)", "sel anggaran Anggaran!" / "F3 tidak".
    book = tmp_path / "dinas.xlsx"
    _big_workbook(book, realisasi="#REF!")
    docx = tmp_path / "lkjip.docx"
    result = CliRunner().invoke(main, ["laporan", str(book), "-o", str(docx), "--pdf"])
    assert result.exit_code == 0, result.output
    text = subprocess.run(
        ["pdftotext", str(docx.with_suffix(".pdf")), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = text.replace("\u2060", "").split()
    assert "(Anggaran!F4," in words, [w for w in words if "Anggaran!" in w]  # Tabel 3.3 and 3.4
    assert [w for w in words if w.endswith("!")] == []
