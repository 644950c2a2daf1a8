"""A number cell whose saved value carries a formula's float noise (more than the 15 significant digits
Excel shows) was read differently once LibreOffice resaved it: LibreOffice saves the 15 digits Excel
shows, so the same cell, showing the same figure in both, gave another message (found by
test_staff_round4's resave property, hypothesis' derandomized draw of Stop 50).

A count of units stored as 7,3 by a formula (=B7/3, saved 7.300000000000001, the float of
71 x 0,1 + 0,2) had no English-Excel hint ("tulis 7300 tanpa titik"), its resaved copy (7.3) had it;
a count saved 6.000000000000001 (Excel shows 6) was told "tersimpan 6, bukan bilangan bulat".
Decided on the figure Excel shows; the figures themselves are computed as saved (README, Formulas).
"""

from __future__ import annotations

import json
from fractions import Fraction as F

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.model import Cell
from lkj_xl.core.number_format import excel_shown, noisy, own_decimals, to_fraction
from lkj_xl.xlsx.template import new_workbook
from tests.common import rewrite_cells
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row
from tests.test_staff_round4 import _resaved, _same_figures, needs_soffice

# Realisasi TW II's column on book_of's data row (row 2)
TW2 = "ABCDEFGHIJKLMNO"[c.KINERJA_HEADERS.index(c.REALISASI_TW_HEADERS[1])] + "2"
WHOLE = "bukan bilangan bulat"

NOISY_7_3 = 71 * 0.1 + 0.2  # 7.300000000000001: 16 significant digits, Excel shows 7,3
NOISY_6 = 0.1 * 3 * 20  # 6.000000000000001: Excel shows 6


def _said(tw2, satuan="Unit"):
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran", "Sekolah direhab", "10", (None, tw2, None, None),
        satuan=satuan, jenis="Nilai Akhir",
    )  # fmt: skip
    report = report_of(book_of([row], triwulan=2))
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", TW2)]


def test_the_noise_is_what_the_test_says():
    assert repr(NOISY_7_3) == "7.300000000000001" and repr(NOISY_6) == "6.000000000000001"


@pytest.mark.parametrize("formula", [None, "B7/3"])
def test_a_count_saved_with_float_noise_is_told_as_the_figure_excel_shows(formula):
    # 7,3 units: "7.300" typed in an English Excel is stored 7,3; 7,3 x 1000 = 7300. Saved as
    # 7.300000000000001 (a formula's noise) it is the same cell to staff: the same peringatan, hint
    # included, as the 7.3 LibreOffice saves of it.
    plain, noisy = _said(Cell(7.3)), _said(Cell(NOISY_7_3, formula=formula))
    assert len(plain) == 1 and WHOLE in plain[0] and "tulis 7300 tanpa titik" in plain[0], plain
    assert noisy == plain, noisy


@pytest.mark.parametrize("formula", [None, "B7/20"])
def test_a_whole_count_saved_with_float_noise_is_no_fraction(formula):
    # 6.000000000000001 units: Excel (and LibreOffice's resave) shows 6; "tersimpan 6, bukan bilangan
    # bulat" would contradict itself.
    assert not [p for p in _said(Cell(NOISY_6, formula=formula)) if WHOLE in p]


def test_a_whole_number_of_15_digits_is_no_noise():
    # A rupiah amount typed whole, 123.456.789.012.345 (15 digits: Excel keeps every one), saved
    # 123456789012345.0: its ".0" is no digit. Likewise 1.000.000.000.000.000 (one significant digit).
    assert not noisy(123456789012345.0) and not noisy(1e15) and not noisy(-123456789012345.0)
    assert excel_shown(123456789012345.0) == 123456789012345
    # an NIK-like 3508123456789012 saved as a number has 16 significant digits: Excel shows (and
    # LibreOffice saves) 15 of them, 350812345678901|2 -> 3508123456789010
    assert noisy(3508123456789012.0) and excel_shown(3508123456789012.0) == 3508123456789010
    # 100.000.000.000.000,4: 16 significant digits, the 15 shown are 100000000000000
    assert noisy(100000000000000.4) and excel_shown(100000000000000.4) == 10**14


def test_a_fraction_told_not_whole_is_shown_with_the_decimals_that_make_it_so():
    # 6,00001 units (a value pasted with its decimals): "tersimpan 6, bukan bilangan bulat" would
    # contradict itself; the cell holds 6,00001 (6 x 1000 = 6000,01: no English-Excel hint).
    (said,) = [p for p in _said(Cell(6.00001)) if WHOLE in p]
    assert "tersimpan 6,00001, bukan bilangan bulat" in said and "tulis" not in said, said


# Saved values and what LibreOffice 7 resaved them as (measured with soffice --convert-to xlsx on a
# sheet of 9.379 formula results; Excel is not at hand): it rounds to 16 significant digits, then the 16th
# half away from zero. 0.30850311850311846 -> 0.308503118503118|5 -> 0.308503118503119 (Python's
# "%.15g" says ...118, the binary value lying below the half); 2.000000000000005 (16 digits) ->
# 2.00000000000001 (not 2: no whole count; "%.15g" says 2); 7.300000000000005 -> 7.30000000000001.
# own_decimals, the decimals a figure is shown with, counts the same 15 digits: None when all 15 are used
# (nobody typed them), else the decimals left once the zeros ending them are dropped.
RESAVED_BY_LIBREOFFICE = [
    (0.30850311850311846, F(308503118503119, 10**15), None),
    (2.000000000000005, F(200000000000001, 10**14), None),
    (7.300000000000005, F(730000000000001, 10**14), None),
    (1394.0641711229946, F(1394064171123, 10**9), 9),  # 1394,06417112299|46 -> 1394,06417112300
    (7.300000000000001, F(73, 10), 1),
    (89.99999999999999, F(90), 0),
]


@pytest.mark.parametrize(("saved", "resaved", "decimals"), RESAVED_BY_LIBREOFFICE)
def test_the_figure_shown_is_the_one_libreoffice_saves(saved, resaved, decimals):
    assert excel_shown(saved) == resaved
    assert own_decimals(to_fraction(saved)) == decimals


# --- the example hypothesis found, through LibreOffice ------------------------------------------------


def _noisy_workbook(path, saved=NOISY_7_3):
    # A count typed 21,9 in TW I (its own peringatan, the same in both copies) and TW II a formula =K4/3
    # saved 7.300000000000001, as the property's draw saved it.
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan 1", "Indikator": "Sekolah direhab",
         "Satuan": "Unit", "Jenis Realisasi": "Nilai Akhir", "Target": 10, "Realisasi TW I": 21.9,
         "Realisasi TW II": 5},
    ]  # fmt: skip
    pengaturan = {
        "Pemerintah Daerah": "Kabupaten Contoh",
        "Perangkat Daerah": "Dinas Contoh",
        "Triwulan": "II",
    }
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja)
    wb = openpyxl.load_workbook(path, read_only=True)
    top = next(r for r in wb["Kinerja"].iter_rows(max_row=10) if any(cell.value == "Kode" for cell in r))
    col = {cell.value: cell.column_letter for cell in top if cell.value}
    part = f"xl/worksheets/sheet{wb.sheetnames.index('Kinerja') + 1}.xml"
    wb.close()
    row = top[0].row + 1
    body = f"<f>{col['Realisasi TW I']}{row}/3</f><v>{saved!r}</v></c>"
    rewrite_cells(path, {part: [(f"{col['Realisasi TW II']}{row}", "", body)]})
    return f"{col['Realisasi TW II']}{row}"


def test_the_noisy_formula_cell_of_a_file_gets_the_hint(tmp_path):
    path = tmp_path / "dinas.xlsx"
    ref = _noisy_workbook(path)
    result = CliRunner().invoke(main, ["export", str(path)])
    assert result.exit_code == 0, result.output
    (said,) = [f["pesan"] for f in json.loads(result.stdout)["pemeriksaan"] if f["sel"] == ref]
    assert "tersimpan 7,3, bukan bilangan bulat" in said and "tulis 7300 tanpa titik" in said, said


@pytest.mark.slow
@needs_soffice
def test_the_noisy_formula_cell_resaved_by_libreoffice_gives_the_same_figures_and_findings(tmp_path):
    # The pinned example of test_a_workbook_resaved_by_libreoffice_gives_the_same_figures: LibreOffice
    # keeps the formula (not recalculated) and saves its value as 7.3.
    original = tmp_path / "dinas.xlsx"
    _noisy_workbook(original)
    _same_figures(original, _resaved(original, tmp_path))


# A count saved 2.000000000000005 (16 digits): LibreOffice resaves it 2.00000000000001 (measured; "%.15g"
# would say 2, whole and quiet, while the resaved copy was told not whole).
NEAR_HALF_2 = 2.000000000000005


def test_a_count_whose_16th_digit_is_a_half_is_told_as_libreoffice_saves_it(tmp_path):
    path = tmp_path / "dinas.xlsx"
    ref = _noisy_workbook(path, NEAR_HALF_2)
    result = CliRunner().invoke(main, ["export", str(path)])
    assert result.exit_code == 0, result.output
    (said,) = [f["pesan"] for f in json.loads(result.stdout)["pemeriksaan"] if f["sel"] == ref]
    # 2,00000000000001 x 1000 = 2000,00000000001: no English-Excel hint
    assert "tersimpan 2,00000000000001, bukan bilangan bulat" in said and "tulis" not in said, said


@pytest.mark.slow
@needs_soffice
def test_a_count_whose_16th_digit_is_a_half_resaved_by_libreoffice_gives_the_same_findings(tmp_path):
    original = tmp_path / "dinas.xlsx"
    _noisy_workbook(original, NEAR_HALF_2)
    _same_figures(original, _resaved(original, tmp_path))
