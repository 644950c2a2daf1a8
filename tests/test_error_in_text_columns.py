"""An Excel error in a column of words (Kinerja Uraian, Keterangan, Formulasi, Sumber Data; Anggaran
Program): a #N/A of a VLOOKUP that fetched the programme's name, or "#N/A" pasted as values (read as
the error, as the add-in reads it: tests/test_error_text_parity.py). Nothing is computed from these
cells, so no galat; but the report printed the cell blank without a word, and for Uraian said it was
"kosong" (empty), which it is not. Now a peringatan at the cell names the error; the text stays blank
(or, for a later row of a node, is the first row's).
"""

from __future__ import annotations

import openpyxl
import pytest
from test_xl_server import EXAMPLE

from lkj_xl.build import load_report
from lkj_xl.core.model import GALAT, PERINGATAN

# The example's first data row (row 4): Kinerja T1's Uraian (D), Keterangan (O), Formulasi (U),
# Sumber Data (V); Anggaran P0.01's Program (B). Headers read off the example's row 3.
CELLS = [("Kinerja", "D4"), ("Kinerja", "O4"), ("Kinerja", "U4"), ("Kinerja", "V4"), ("Anggaran", "B4")]


def _with_text(tmp_path, sheet, ref, text):
    wb = openpyxl.load_workbook(EXAMPLE)
    wb[sheet][ref].value = text
    if not text.startswith("="):
        wb[sheet][ref].data_type = "s"  # a Text cell holding the error's spelling
    path = tmp_path / "galat-di-teks.xlsx"
    wb.save(path)
    return path


def _findings_at(report, sheet, ref):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, ref)]


# "#N/A" as text reads as the error; a formula openpyxl saves has no saved value (never calculated).
@pytest.mark.parametrize(("typed", "named"), [("#N/A", "#N/A"), ('=VLOOKUP("x",Z1:Z2,1,FALSE)', "rumus")])
@pytest.mark.parametrize(("sheet", "ref"), CELLS)
def test_an_error_in_a_column_of_words_is_said_at_its_cell(tmp_path, sheet, ref, typed, named):
    before = load_report(EXAMPLE)
    assert _findings_at(before, sheet, ref) == []  # the example says nothing there
    report = load_report(_with_text(tmp_path, sheet, ref, typed))
    said = _findings_at(report, sheet, ref)
    assert [f.severity for f in said] == [PERINGATAN]  # one finding, no "kosong" beside it
    assert named in said[0].pesan
    assert "kosong" not in said[0].pesan
    # nothing computed from it: the galat count and every capaian are the example's
    assert [f for f in report.findings if f.severity == GALAT] == []
    assert [i.capaian_exact for i in report.indicators] == [i.capaian_exact for i in before.indicators]
    printed = [t for i in report.indicators for t in (i.uraian, i.keterangan, i.formulasi, i.sumber_data)]
    assert "#N/A" not in printed and "#N/A" not in [b.program for b in report.budgets]
