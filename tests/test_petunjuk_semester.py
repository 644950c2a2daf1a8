"""The Petunjuk sheet says which Realisasi columns a half-year (or the year's) report is typed in.

Pengaturan's Triwulan offers `Semester I`, `Semester II` and `Tahunan` (tmpl1, petunjuk1), but the
Petunjuk's rows on Kinerja's and Anggaran's Realisasi columns spoke of quarters only: staff making a
Semester I report looked for a `Realisasi Semester I` column, which lkj-xl does not read (README
"Kinerja": a half year's own column beside a blank quarter is a galat). The figures go in the quarters:
Semester I is TW I and TW II (s.d. triwulan II), Semester II and Tahunan TW I to TW IV (s.d. triwulan IV,
Semester II counted from TW I as the engine counts it: README, Pengaturan table, row Triwulan).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.layout import LINE_HEIGHT, estimate_lines
from tests.common import EXAMPLE
from tests.test_tmpl1 import TEMPLATE, _new  # lkj-xl new's workbook, as tmpl1 opens it

REALISASI = ", ".join(c.REALISASI_TW_HEADERS)  # the rows' first cell, as template.py writes it
# The Petunjuk's table columns: 30, 70 and 46 characters wide (template.py).
WIDTH = 70


@pytest.fixture(scope="module", params=["new", "template", "example"])
def workbook(request, tmp_path_factory) -> Path:
    if request.param == "new":
        return _new(tmp_path_factory.mktemp("petunjuk_semester"))
    return TEMPLATE if request.param == "template" else EXAMPLE


def _realisasi_rows(path: Path) -> list[tuple[str, float | None]]:
    """The Isi cell of the Petunjuk's Realisasi TW rows (Kinerja's, then Anggaran's) and their heights."""
    ws = openpyxl.load_workbook(path)[c.SHEET_PETUNJUK]
    rows = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == REALISASI]
    return [(ws.cell(r, 2).value, ws.row_dimensions[r].height) for r in rows]


def test_kinerja_s_realisasi_row_says_where_a_half_year_goes(workbook):
    (kinerja, _), (anggaran, _) = _realisasi_rows(workbook)
    for text in (kinerja, anggaran):
        # Semester I: the first two quarters; Semester II and the year: all four, from TW I.
        assert "Semester I: Realisasi TW I dan TW II" in text, text
        # (the four named: a year's report names no "s.d. TW IV" in its sheets, tests/test_triwulan_v.py)
        assert "Semester II dan Tahunan: Realisasi TW I, TW II, TW III dan TW IV" in text, text
        # no column of the half year's own
        assert "tanpa kolom Realisasi Semester" in text, text
    # What was said before stays.
    assert kinerja.startswith("Realisasi pada triwulan itu (angka), atau teks status"), kinerja
    assert anggaran.startswith("Belanja pada triwulan itu saja (bukan kumulatif)."), anggaran


def test_the_rows_are_tall_enough_for_the_longer_text(workbook):
    # Excel does not re-fit a generated file's rows: each row is as tall as the project's estimate of
    # its Isi text's lines in the 70-character column (template._fit_row), the old texts' two at least.
    for text, height in _realisasi_rows(workbook):
        assert height is not None and height >= LINE_HEIGHT * max(2, estimate_lines(text, WIDTH)), text
