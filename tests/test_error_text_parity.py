"""An Excel error value kept as text ("#N/A" pasted as values into a Text cell) read alike by
`lkj-xl build` and the Hitung Ulang add-in. Office.js sends the error and the text alike as the string
"#N/A", so the add-in reads both as the error (a galat at the cell). The file side read the text as a
text in the Anggaran and Analisis sheets and the Kinerja text columns: a Kode Sasaran "#N/A" that
names no Sasaran, a Program named "#N/A", an Indikator "#N/A" of the wrong node (the add-in took it as
blank and used the row for the whole node), a point "#N/A" printed among the Faktor Pendukung, a
Formulasi "#N/A" printed in the report. Same workbook, two reports.
"""

from __future__ import annotations

import openpyxl
import pytest
from report_dump import deep
from test_xl_desktop import FakeComBook
from test_xl_server import EXAMPLE

from lkj_xl.build import load_report
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from lkj_xl.xl.inputs import read_inputs

# The example's cells (row 4 is the first data row): Anggaran P0.01's Kode, Program, Kode Sasaran;
# Analisis T1's Kode, Indikator, Faktor Pendukung and Tindak Lanjut of S1 (row 5); Kinerja T1's
# Keterangan, Formulasi, Sumber Data, Uraian, Polaritas.
CELLS = [
    ("Anggaran", "A4"),
    ("Anggaran", "B4"),
    ("Anggaran", "C4"),
    ("Analisis", "A4"),
    ("Analisis", "B4"),
    ("Analisis", "C4"),
    ("Analisis", "F5"),
    ("Kinerja", "D4"),
    ("Kinerja", "G4"),
    ("Kinerja", "O4"),
    ("Kinerja", "U4"),
    ("Kinerja", "V4"),
]


def _with_text(tmp_path, sheet, ref, text):
    wb = openpyxl.load_workbook(EXAMPLE)
    wb[sheet][ref].value = text
    wb[sheet][ref].data_type = "s"  # a Text cell: openpyxl would otherwise save the error itself
    path = tmp_path / "teks-galat.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(("sheet", "ref"), CELLS)
@pytest.mark.parametrize("text", ["#N/A", "#DIV/0!"])
def test_an_error_pasted_as_text_gives_the_report_of_the_add_in(tmp_path, sheet, ref, text):
    path = _with_text(tmp_path, sheet, ref, text)
    built = load_report(path)
    inputs = read_inputs(FakeComBook(path))  # the add-in's reading: the text is the error
    addin = compute(parse_workbook(inputs.grids, inputs.sheet_names))
    # A galat at the cell on both sides where it says what the row is or what is printed (Keterangan,
    # Formulasi, Sumber Data, Program and Uraian: a peringatan, the text left out; see
    # tests/test_error_in_text_columns.py).
    said = [f.severity for f in built.findings if (f.sheet, f.sel) == (sheet, ref)]
    if sheet == "Analisis" or ref in ("A4", "C4", "G4"):
        assert said == [GALAT]
    assert deep(built) == deep(addin)  # every figure, text and finding alike
    points = [p for a in built.analisis for p in (*a.faktor_pendukung, *a.tindak_lanjut)]
    texts = [t for i in built.indicators for t in (i.formulasi, i.sumber_data, i.keterangan)]
    assert text not in points and text not in texts
