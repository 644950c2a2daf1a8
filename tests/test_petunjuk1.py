"""petunjuk1: the Petunjuk sheet says what Pengaturan's Triwulan takes for each kind of report.

Since tmpl1 the Triwulan cell (Pengaturan!B7) offers `1`-`4`, `Semester I`, `Semester II` and
`Tahunan`, and its help text says which is for which report; the Petunjuk sheet's paragraph on
Pengaturan (A7) still spoke only of the last quarter reported, so staff reading the instructions
before a half-year or the year's report found no word of what to type. Now it names the three.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.layout import LINE_HEIGHT, estimate_lines
from tests.common import EXAMPLE
from tests.test_tmpl1 import TEMPLATE, _new  # lkj-xl new's workbook, as tmpl1 opens it

HEADING = "1. Lembar Pengaturan"
# The Petunjuk paragraphs span its three columns, 30 + 70 + 46 characters wide (template.py).
WIDTH = 30 + 70 + 46


@pytest.fixture(scope="module", params=["new", "template", "example"])
def workbook(request, tmp_path_factory) -> Path:
    if request.param == "new":
        return _new(tmp_path_factory.mktemp("petunjuk1"))
    return TEMPLATE if request.param == "template" else EXAMPLE


def _pengaturan_paragraph(path: Path) -> tuple[str, float | None]:
    """The paragraph under Petunjuk's heading "1. Lembar Pengaturan", and its row's height."""
    ws = openpyxl.load_workbook(path)[c.SHEET_PETUNJUK]
    (heading,) = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == HEADING]
    row = heading + 1
    assert ws.cell(row, 1).coordinate == "A7"  # where the brief and staff find it
    return ws.cell(row, 1).value, ws.row_dimensions[row].height


def test_petunjuk_names_what_triwulan_takes_for_each_report(workbook):
    text, _ = _pengaturan_paragraph(workbook)
    # The quarterly report: the quarter 1-4, the last one reported.
    assert "1-4 untuk laporan triwulanan" in text, text
    # The half-year report: Semester I or Semester II; the year's report: Tahunan.
    assert "Semester I atau Semester II untuk laporan semester" in text, text
    assert "Tahunan untuk laporan tahunan" in text, text
    # What each counts up to, as the reader counts it (README, Pengaturan table, row Triwulan):
    # Semester I is Triwulan II, Semester II and Tahunan are Triwulan IV.
    assert "s.d. triwulan II" in text and "s.d. triwulan IV" in text, text
    # What was said before stays: the later quarters' values are pointed out, not counted.
    assert "ditandai di lembar Pemeriksaan (tidak dihitung)" in text, text


def test_petunjuk_paragraph_row_shows_the_longer_text(workbook):
    text, height = _pengaturan_paragraph(workbook)
    # Excel and LibreOffice do not re-fit a generated file's rows: the row is as tall as the lines the
    # project's estimate (the one every other paragraph's row is sized by) gives, three here at least,
    # as the old text already took two and the new one is some 190 characters longer.
    assert height is not None and height >= LINE_HEIGHT * max(3, estimate_lines(text, WIDTH))


def test_petunjuk_paragraph_is_the_same_in_every_workbook(tmp_path):
    texts = set()
    for path in (TEMPLATE, EXAMPLE):
        texts.add(_pengaturan_paragraph(path))
    texts.add(_pengaturan_paragraph(_new(tmp_path)))
    assert len(texts) == 1, texts
