"""The Petunjuk sheet's opening paragraph names every report the workbook makes.

Pengaturan's Triwulan cell offers `1`-`4`, `Semester I`, `Semester II` and `Tahunan` (tmpl1), and
Petunjuk's paragraph on Pengaturan says which is for which report (petunjuk1); the sheet's opening
paragraph (A3) still said the workbook was for reports `triwulanan dan tahunan`, so a reader of the
first lines found no half-year report. Now it names the three.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.layout import LINE_HEIGHT, estimate_lines
from tests.common import EXAMPLE
from tests.test_petunjuk1 import WIDTH
from tests.test_tmpl1 import TEMPLATE, _new  # lkj-xl new's workbook, as tmpl1 opens it


@pytest.fixture(scope="module", params=["new", "template", "example"])
def workbook(request, tmp_path_factory) -> Path:
    if request.param == "new":
        return _new(tmp_path_factory.mktemp("petunjuk_intro"))
    return TEMPLATE if request.param == "template" else EXAMPLE


def _opening(path: Path) -> tuple[str, float | None]:
    """Petunjuk's first paragraph (A3, under the title in A1) and its row's height."""
    ws = openpyxl.load_workbook(path)[c.SHEET_PETUNJUK]
    return ws["A3"].value, ws.row_dimensions[3].height


def test_opening_paragraph_names_the_semester_report(workbook):
    text, _ = _opening(workbook)
    assert text.startswith("Buku kerja ini dipakai untuk menyusun Laporan Kinerja (LKjIP)"), text
    # The three reports Triwulan offers, in the order the dropdown lists them.
    assert "Laporan Kinerja (LKjIP) triwulanan, semester dan tahunan." in text, text
    assert "triwulanan dan tahunan" not in text, text
    # The rest of the paragraph stays as it was.
    assert "Staf mengisi tiga lembar masukan: Pengaturan, Kinerja dan Anggaran." in text, text


def test_opening_paragraph_row_fits_its_text(workbook):
    text, height = _opening(workbook)
    # The row is as tall as the project's estimate for a paragraph spanning Petunjuk's three columns
    # (30 + 70 + 46 characters): two lines, as before (the text is 10 characters longer, 325 in all).
    assert height is not None and height >= LINE_HEIGHT * max(2, estimate_lines(text, WIDTH))
