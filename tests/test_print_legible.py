"""Printed legibility of the rekap workbook and the output sheets: every text wrapped in its cell and
whole on paper (LibreOffice, the project's PDFs), rows as tall as their text needs."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.utils import get_column_letter

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook

# As agencies write them: a Sasaran and its indicator of well over a column's width.
URAIAN = (
    "Meningkatnya daya saing koperasi, usaha mikro, kecil dan menengah serta industri kecil menengah "
    "berbasis potensi lokal di seluruh kecamatan"
)
INDIKATOR = (
    "Persentase koperasi aktif yang melaksanakan rapat anggota tahunan tepat waktu dan menyampaikan "
    "laporan keuangan yang telah diaudit kepada dinas"
)
RUSAK = "laporan-kinerja-perangkat-daerah-nomor-01-triwulan-ii-2025-revisi.xlsx"
LINE = 15.0  # points per line of 11 pt text (Excel's default row height)


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def rekap(tmp_path_factory) -> Path:
    """A rekap of one agency with the long texts, and a broken download with a long name."""
    root = tmp_path_factory.mktemp("cetak")
    folder = root / "opd"
    folder.mkdir()
    kinerja = [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": URAIAN, "Indikator": INDIKATOR, "Satuan": "%",
         "Target": "80%", "Realisasi TW I": "50%", "Realisasi TW II": "60%"},
        {"Kode": "S2", "Tingkat": "Sasaran", "Uraian": "Wisata", "Indikator": "Jumlah wisatawan",
         "Satuan": "orang", "Target": "1.000", "Realisasi TW I": "12,3,4"},
    ]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Koperasi", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(folder / "dinas-koperasi.xlsx", pengaturan=pengaturan, kinerja=kinerja)
    (folder / RUSAK).write_bytes(b"PK\x03\x04 terpotong")
    out = root / "rekap.xlsx"
    here = os.getcwd()
    os.chdir(root)  # the files named as staff name them: opd/dinas-koperasi.xlsx
    try:
        assert invoke("rekap", "opd", "-o", out, "--jobs", "1").exit_code == 2  # the broken file
    finally:
        os.chdir(here)
    return out


def _column(ws, label: str) -> int:
    return next(cell.column for cell in ws[1] if cell.value == label)


def test_semua_indikator_wraps_long_texts_in_rows_as_tall_as_they_need(rekap):
    # Uraian (40 wide) and Indikator (44 wide) wrap in their cells. LibreOffice prints the Uraian in 4
    # lines: "Meningkatnya daya saing koperasi, usaha mikro," / "kecil dan menengah serta industri
    # kecil" / "menengah berbasis potensi lokal di seluruh" / "kecamatan", the Indikator in 3: so the
    # row is 4 lines of 15 pt tall (a spare line at most). Before, nothing wrapped: both were cut at
    # the column's edge on paper, each row one line tall.
    ws = openpyxl.load_workbook(rekap)[core.SHEET_INDIKATOR]
    uraian, indikator = _column(ws, "Uraian"), _column(ws, "Indikator")
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, indikator).value == INDIKATOR)
    assert ws.cell(row, uraian).value == URAIAN
    assert ws.cell(row, uraian).alignment.wrap_text and ws.cell(row, indikator).alignment.wrap_text
    widths = [ws.column_dimensions[get_column_letter(col)].width for col in (uraian, indikator)]
    assert widths == pytest.approx([40 + 5 / 7, 44 + 5 / 7], abs=0.01)  # 5 pixels of padding added
    assert 4 * LINE <= ws.row_dimensions[row].height <= 5 * LINE
    # A short row stays one line (no height written); the header "Realisasi s.d. Triwulan" (16 wide)
    # wraps to 2 lines: "Realisasi s.d." / "Triwulan".
    short = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, indikator).value == "Jumlah wisatawan")
    assert ws.row_dimensions[short].height is None
    # A text of two lines is 2 lines tall however short (the Status a workbook gives, say).
    from lkj_xl.xlsx.rekap_rows import _row_height

    assert _row_height({0: 18})(["Menunggu\ndata"]) == 2 * LINE
    realisasi = _column(ws, "Realisasi s.d. Triwulan")
    assert ws.cell(1, realisasi).alignment.wrap_text and ws.row_dimensions[1].height == 2 * LINE


def test_pemeriksaan_rows_are_as_tall_as_their_text_needs(rekap):
    # The broken file's row: LibreOffice prints its Rincian Teknis (18 wide), in Bahasa Indonesia since
    # rekap50, in 4 lines: "arsip ZIP buku kerja" / "rusak atau terpotong" / "(direktori ZIP tidak" /
    # "lengkap)"; its Keterangan (22 wide) in 5: "berkas tidak dapat dibuka" / "sebagai buku kerja
    # Excel" / "(rusak, terpotong," / "terenkripsi, atau tidak" / "aman)"; its name (24 wide) in 3. So 5
    # lines of 15 pt, a spare line at most. (In English the Rincian took 7 lines: "The file is corrupt
    # or" / ... / "copy."; the row was once 9 lines tall, 135 pt, about 1,5 times what LibreOffice
    # prints.)
    ws = openpyxl.load_workbook(rekap)[core.SHEET_PEMERIKSAAN]
    row = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value).endswith(RUSAK))
    assert ws.cell(row, 8).value == "arsip ZIP buku kerja rusak atau terpotong (direktori ZIP tidak lengkap)"
    assert 5 * LINE <= ws.row_dimensions[row].height <= 6 * LINE


def _printed(xlsx: Path, sheet: str, pdf: Path) -> list[tuple[int, float, float, str]]:
    """(page, x, y, word) of every word of ``sheet`` printed by LibreOffice (pdftotext -bbox)."""
    from lkj_xl.delivery.pdf import PdfError, xlsx_to_pdf
    from tests.helpers_print import pdf_words

    try:
        xlsx_to_pdf(xlsx, pdf, sheets=[sheet])
    except PdfError as exc:
        if "not found" in str(exc) or "install" in str(exc):
            pytest.skip(str(exc))
        raise
    return [(page, x, y, word) for page, x, y, _, word in pdf_words(pdf)]


def _printed_column(words: list, header: str) -> list[tuple[int, float, float, str]]:
    """The words printed in the column under the header word ``header`` (to the next header's left
    edge on its page), in reading order."""
    (page, left, top, _), *_ = [w for w in words if w[3] == header]
    heads = sorted(x for p, x, y, _ in words if p == page and abs(y - top) < 1 and x > left)
    right = heads[0] if heads else 1e9
    inside = [w for w in words if w[0] == page and left - 1 <= w[1] < right - 1 and w[2] > top + 1]
    return sorted(inside, key=lambda w: (round(w[2], 1), w[1]))


@pytest.mark.slow
def test_libreoffice_prints_a_long_indikator_and_uraian_whole(rekap, tmp_path):
    # On paper (LibreOffice, as lkj-xl pdf prints): the Indikator and the Uraian whole, each wrapped in
    # its column; before, each was cut at its column's edge ("... melaksanakan rapat ang").
    words = _printed(rekap, core.SHEET_INDIKATOR, tmp_path / "indikator.pdf")
    for header, text in (("Indikator", INDIKATOR), ("Uraian", URAIAN)):
        printed = " ".join(w for *_, w in _printed_column(words, header))
        assert text in printed, (header, printed)
    # The row as tall as its 4 lines of Uraian and a spare one at most: from its first line to the
    # next row's, 4 to 5,5 of its lines' spacing.
    uraian = _printed_column(words, "Uraian")
    lines = sorted({round(y, 1) for _, _, y, w in uraian if w != "Wisata"})
    pitch = lines[1] - lines[0]
    (wisata,) = [y for _, _, y, w in uraian if w == "Wisata"]
    assert len(lines) == 4 and 4 * pitch <= wisata - lines[0] <= 5.5 * pitch, (lines, wisata)


# --- the output sheets: a Galat text in a narrow figure column ---------------------------------------


@pytest.fixture(scope="module")
def galat_built(tmp_path_factory) -> Path:
    """S1's TW II typed "12,3,4" (Kinerja!L5), P0's "12,3,4" (Anggaran!G4): built."""
    path = tmp_path_factory.mktemp("galat") / "laporan.xlsx"
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Nilai investasi",
         "Satuan": "%", "Target": "200", "Realisasi TW I": "50", "Realisasi TW II": "30"},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran satu",
         "Indikator": "Persentase A", "Satuan": "%", "Target": "40,71%", "Realisasi TW I": "25",
         "Realisasi TW II": "12,3,4"},
    ]  # fmt: skip
    anggaran = [
        {"Kode": "P0", "Program": "Program penunjang", "Kode Sasaran": "S1", "Pagu": "1.500.000.000",
         "Realisasi TW I": "100.000.000", "Realisasi TW II": "12,3,4"},
    ]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    assert invoke("build", path).exit_code == 0
    return path


def test_a_galat_text_shows_its_cell_on_one_line(galat_built):
    # "Galat (Kinerja!L5)" wrapped in an 11-wide figure column as "Galat (Kinerja!" / "L5)" on paper
    # (LibreOffice breaks after "!"). Its width in digit widths, by hand: in Calibri, Excel's font, at
    # 96 dpi (a digit 7,43 pixels, the column unit 7): G 9,25 + a 7,03 + l 3,37 + a 7,03 + t 4,91 +
    # space 3,32 + ( 4,45 + K 7,62 + i 3,37 + n 7,71 + e 7,30 + r 5,11 + j 3,51 + a 7,03 + ! 3,90 +
    # L 6,17 + 5 7,43 + ) 4,45 = 103,0 pixels, 14,7 units of 7 (13,9 in DejaVu Sans, LibreOffice's). So
    # its column is at least 14,7 wide (as the file stores it, with its 5 pixels of padding: 14,7 +
    # 5/7), and the row one line tall.
    wb = openpyxl.load_workbook(galat_built)
    for sheet, cells in ((c.SHEET_CAPAIAN_TS, ("G9", "J9", "K9")), (c.SHEET_EFISIENSI, ("D6",))):
        ws = wb[sheet]
        for ref in cells:
            cell = ws[ref]
            assert cell.value == "Galat (Kinerja!L5)", (sheet, ref, cell.value)
            width = next(d.width for d in ws.column_dimensions.values() if d.min <= cell.column <= d.max)
            assert width >= 14.7 + 5 / 7, (sheet, ref, width)
            assert ws.row_dimensions[cell.row].height is None, (sheet, ref)


@pytest.mark.slow
def test_libreoffice_prints_a_galat_text_whole_on_one_line(galat_built, tmp_path):
    # Tabel 3.1 on paper: S1's TW II, Realisasi s.d. and Capaian each read "Galat (Kinerja!L5)" on one
    # line (pdftotext -layout keeps a printed line as one line); before, two of them broke after "!".
    from lkj_xl.delivery.pdf import PdfError, xlsx_to_pdf

    pdf = tmp_path / "tabel.pdf"
    try:
        xlsx_to_pdf(galat_built, pdf, sheets=[c.SHEET_CAPAIAN_TS])
    except PdfError as exc:
        if "not found" in str(exc) or "install" in str(exc):
            pytest.skip(str(exc))
        raise
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    (row,) = [line for line in text.splitlines() if "Sasaran satu" in line]
    assert row.count("Galat (Kinerja!L5)") == 3, text
    assert "L5)" not in text.replace("Galat (Kinerja!L5)", ""), text
