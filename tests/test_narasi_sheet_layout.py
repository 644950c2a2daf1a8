"""The Narasi input sheet as staff open and print it: every text visible, one page wide.

The example workbook's Narasi holds the seed report's paragraphs (up to 1.000 characters in a cell of
110 characters' width), written with wrapping but every row one line tall: Excel and LibreOffice do
not re-fit a generated file's rows on opening, so Excel showed each paragraph's first line, and
LibreOffice printed the lines over the rows below them, the Teks column on a second page beside Bagian
(seen in a PDF of the example workbook). Kinerja, Anggaran and Analisis got their heights; Narasi not.
"""

from __future__ import annotations

import math

import openpyxl

from tests.common import EXAMPLE

LINE_POINTS = 15  # one line of 11 pt Calibri, as Excel spaces it
MAX_ROW = 409  # Excel's tallest row


def test_every_narasi_text_is_as_tall_as_its_lines():
    ws = openpyxl.load_workbook(EXAMPLE)["Narasi"]
    width = ws.column_dimensions["B"].width
    long_rows = 0
    for row in range(2, ws.max_row + 1):
        text = str(ws.cell(row, 2).value or "")
        # A column `width` wide is `width` digits of 7 px; a line of 11 pt Calibri prose averages some
        # 5,5 px a character, so it holds about 1,3 x `width` characters: at most 1,5 x `width` (room
        # for a line of narrow letters) gives the fewest lines the text can take.
        lines = math.ceil(len(text) / (1.5 * width))
        if lines > 1:
            long_rows += 1
            height = ws.row_dimensions[row].height
            assert height is not None and height >= min(LINE_POINTS * lines, MAX_ROW), (
                row,
                len(text),
                height,
            )
    assert long_rows > 20  # the seed's paragraphs (a test that finds none tests nothing)


def test_narasi_prints_one_page_wide_with_its_header_on_every_page():
    ws = openpyxl.load_workbook(EXAMPLE)["Narasi"]
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth or 1) == 1
    assert ws.page_setup.fitToHeight == 0  # as many pages tall as the texts need
    assert ws.print_title_rows == "$1:$1"  # Bagian | Teks


def test_narasi_rows_typed_with_line_breaks_empty_or_beyond_excels_tallest_row(tmp_path):
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "narasi.xlsx"
    listed = "Susunan organisasi:\n- Kepala Dinas\n- Sekretariat\n- Bidang Koperasi\n- Bidang Usaha Mikro"
    endless = " ".join(["kata"] * 1200)  # 5.999 characters: some 37 lines or more of 165 characters
    new_workbook(
        path, narasi=[("Struktur Organisasi", listed), ("", ""), ("Penutup", "Pendek."), ("Lain", endless)]
    )
    ws = openpyxl.load_workbook(path)["Narasi"]
    # Five lines, each short: the line breaks count, not the 90 characters (one line of a 110 column).
    assert (ws.row_dimensions[2].height or 0) >= 5 * LINE_POINTS
    # An empty row and a short text keep one line (no height of their own, or one line's).
    assert (ws.row_dimensions[3].height or LINE_POINTS) <= LINE_POINTS
    assert (ws.row_dimensions[4].height or LINE_POINTS) <= LINE_POINTS
    # Beyond Excel's tallest row: the tallest, never more (Excel refuses a taller one).
    assert MAX_ROW - 1 <= (ws.row_dimensions[5].height or 0) <= MAX_ROW
