"""A capaian staff typed beside the quarters (Kinerja's `Capaian (%)`), as they type it, against the
one computed (realisasi_columns._own_figure through formulas.near_typed): every correct rounding quiet,
every slip a peringatan at its cell. Targets and realisasi chosen so each capaian is worked out by hand:
6 of 9 is 66,6666... % (the seed's 0,6 of 0,9, Tabel 3.2 l.556 of ../shared/seeds/000_237f033edcd5cb60.txt).
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from lkj_xl.build import load_report
from tests.common import EXAMPLE, rewrite_cells

# (label, Polaritas, Target, Realisasi TW II (Kumulatif, TW I blank), typed, % cell, a slip?)
CASES = [
    ("66,67", "Positif", 9, 6, "66,67", False, False),
    ("66,7", "Positif", 9, 6, "66,7", False, False),
    ("67", "Positif", 9, 6, 67, False, False),
    ("66,66 cut", "Positif", 9, 6, "66,66", False, False),
    ("66,6 cut", "Positif", 9, 6, "66,6", False, False),
    ("66,67% text", "Positif", 9, 6, "66,67%", False, False),
    ("% cell", "Positif", 9, 6, 0.6667, True, False),  # 0,6667 shown 66,67%
    ("66,68", "Positif", 9, 6, "66,68", False, True),
    ("68", "Positif", 9, 6, 68, False, True),
    # Negatif: (Target - (Realisasi - Target)) / Target = (18 - 20) / 9 = -22,2222 %
    ("neg -22,22", "Negatif", 9, 20, "-22,22", False, False),
    ("neg (22,22)", "Negatif", 9, 20, "(22,22)", False, False),
    ("neg 22", "Negatif", 9, 20, 22, False, True),  # the sign dropped: a slip
    ("125", "Positif", 8, 10, 125, False, False),  # 10 / 8 = 125 %
    ("90,00", "Positif", 10, 9, "90,00", False, False),  # exactly 90, the kriteria's edge
    ("89,99", "Positif", 10, 9, "89,99", False, True),  # below the edge it is not
    ("2,5 -> 3", "Positif", 400, 10, 3, False, False),  # 10 / 400 = 2,5 %: half up 3
    ("0,125 -> 0,13", "Positif", 800, 1, "0,13", False, False),  # 1 / 800 = 0,125 %: half up 0,13
    ("belum diketahui", "Positif", 9, None, 50, False, False),  # no capaian computed: nothing to compare
    ("formula 66,67", "Positif", 9, 6, 1, False, False),  # =ROUND(..;2) saved 66.67 (rewritten below)
]


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    path = tmp_path_factory.mktemp("cap") / "capaian.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Kinerja"]
    header = [cell.value for cell in ws[3]]
    col = len(header) + 1
    ws.cell(3, col, "Capaian (%)")
    letter = openpyxl.utils.get_column_letter(col)
    kegiatan = [r for r in range(4, ws.max_row + 1) if ws.cell(r, 2).value == "Kegiatan"]
    assert len(kegiatan) >= len(CASES)
    rows = {}
    for (label, polaritas, target, realisasi, value, percent, _slip), r in zip(CASES, kegiatan):
        for title, cell in (
            ("Polaritas", polaritas), ("Target", target), ("Target Perubahan", None),
            ("Jenis Realisasi", "Kumulatif"), ("Satuan", "unit"), ("Realisasi TW I", None),
            ("Realisasi TW II", "-" if realisasi is None else realisasi),
        ):  # fmt: skip
            ws.cell(r, header.index(title) + 1, cell)
        typed_cell = ws.cell(r, col, value)
        if percent:
            typed_cell.number_format = "0.00%"
        rows[label] = r
    wb.save(path)
    r = rows["formula 66,67"]
    sheet = f"xl/worksheets/sheet{wb.sheetnames.index('Kinerja') + 1}.xml"
    rewrite_cells(path, {sheet: [(f"{letter}{r}", "", f"<f>ROUND(L{r}/I{r}*100,2)</f><v>66.67</v></c>")]})
    report = load_report(path)
    said = {f.sel: f for f in report.findings if f.sheet == "Kinerja" and f.sel.startswith(letter)}
    return said, rows, letter


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_each_typed_capaian(typed, case):
    said, rows, letter = typed
    label, *_rest, slip = case
    finding = said.get(f"{letter}{rows[label]}")
    assert bool(finding) == slip, finding and finding.pesan
    if slip:
        assert finding.severity == "peringatan" and "ditulis" in finding.pesan
