"""A formula filled down a column is saved by Excel as a shared formula: only its first cell keeps the
text (<f t="shared" ref="L15:L17" si="0">K15+4</f>), the others hold <f t="shared" si="0"/>. Both
readers gave those followers a bare "=", so a Kumulatif Realisasi TW II typed as the total s.d. TW II
(=K17+4) and filled down was summed with TW I without a word (K2.02.01: (70 + 74) / 68 = 211,76 %),
while the first cell of the fill was a galat and the Hitung Ulang button (each cell's own formula)
refused both. Now each follower reads as the master's formula moved by its offset, as Excel shows it.
"""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner
from test_xl_server import (
    PLAN_CLIENT,
    book_json,
    pemeriksaan_rows,
    press,
    replay_plan,
    server,  # noqa: F401 - the real HTTP server fixture
)

from lkj_xl.build import load_report
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT
from lkj_xl.xlsx import read as reader
from lkj_xl.xlsx.read import read_grids, read_grids_lxml
from lkj_xl.xlsx.shared_formulas import translate
from tests.common import EXAMPLE

# --- the translation, expectations worked out by hand (Excel's fill handle) ---------------------


@pytest.mark.parametrize(
    ("formula", "rows", "cols", "expected"),
    [
        ("K15+4", 2, 0, "K17+4"),  # filled two rows down
        ("K15+4", 0, 1, "L15+4"),  # filled one column right
        ("$K$15+K$15+$K15", 2, 3, "$K$15+N$15+$K17"),  # $ parts stay, K + 3 columns is N
        ("SUM(A1:B2)", 3, 1, "SUM(B4:C5)"),  # both ends of a range
        ("SUM(A:B)+SUM($A:B)", 5, 1, "SUM(B:C)+SUM($A:C)"),  # whole columns move across only
        ("SUM(3:5)+SUM($3:5)", 1, 4, "SUM(4:6)+SUM($3:6)"),  # whole rows move down only
        ('IF(K5="K5",1,"")', 1, 0, 'IF(K6="K5",1,"")'),  # a text "K5" is no reference
        ('"say ""A1"""&A1', 1, 0, '"say ""A1"""&A2'),  # doubled quotes inside a text
        ("LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"),  # function names are no cells
        ("Data!K5+'TW 1'!K5+'O''Neil 2'!A1", 1, 0, "Data!K6+'TW 1'!K6+'O''Neil 2'!A2"),  # sheets'
        ("Tahun2025+1E5+ABCD1+XFE1", 1, 1, "Tahun2025+1E5+ABCD1+XFE1"),  # names and numbers stay
        ("Tabel1[[#This Row],[TW I]]+A1", 1, 0, "Tabel1[[#This Row],[TW I]]+A2"),
        ("_xlfn.CONCAT(A1,B1)", 1, 0, "_xlfn.CONCAT(A2,B2)"),
        ("XFD1+A1", 0, 1, "#REF!+B1"),  # moved past the last column XFD: Excel shows #REF!
        ("A1048576", 1, 0, "#REF!"),  # past the last row
        ("k15+4", 2, 0, "K17+4"),  # typed in lower case, shown in upper case
        ("K15+4", 0, 0, "K15+4"),
    ],
)
def test_a_shared_formula_moves_as_excel_fills_it(formula, rows, cols, expected):
    assert translate(formula, rows, cols) == expected


# --- the file: a quarter typed as the total s.d. TW II, filled down --------------------------------

# Kinerja rows 15-17 of the example (the seed's K2.01.01 Kumulatif target 100, P2.02 Nilai Akhir,
# K2.02.01 Kumulatif target 68). TW I typed in K15 = 2 and K17 = 70, K16 left empty; Realisasi TW II
# typed =K15+4 in L15 and filled down to L17: saved values 6, 4 (K16 empty is 0) and 74.
# Anggaran rows 5-6 (P2.01 pagu 41.000.000, P2.02 pagu 54.888.000): TW I 2.000.000 and 1.000.000 in
# F5, F6; TW II =F5+8000000 filled down to G6: 10.000.000 and 9.000.000.
# Each entry: the example's own cell, and what Excel saves there and in the empty cell before it.
KINERJA = {
    "L15": '<c r="K15" s="15"><v>2</v></c><c r="L15" s="15"><f t="shared" ref="L15:L17" si="0">K15+4</f><v>6</v></c>',
    "L16": '<c r="L16" s="15"><f t="shared" si="0"/><v>4</v></c>',
    "L17": '<c r="K17" s="15"><v>70</v></c><c r="L17" s="15"><f t="shared" si="0"/><v>74</v></c>',
}
ANGGARAN = {
    "G5": '<c r="F5" s="17"><v>2000000</v></c><c r="G5" s="17"><f t="shared" ref="G5:G6" si="0">F5+8000000</f>'
    "<v>10000000</v></c>",
    "G6": '<c r="F6" s="17"><v>1000000</v></c><c r="G6" s="17"><f t="shared" si="0"/><v>9000000</v></c>',
}
# What Range.formulas gives the task pane for the same cells: each cell its own formula.
OWN_FORMULAS = {
    "Kinerja": {"L15": "=K15+4", "L16": "=K16+4", "L17": "=K17+4"},
    "Anggaran": {"G5": "=F5+8000000", "G6": "=F6+8000000"},
}
PARTS = {"Kinerja": "xl/worksheets/sheet3.xml", "Anggaran": "xl/worksheets/sheet4.xml"}


def as_excel_saves(path, sheets: dict[str, dict[str, str]]):
    """The example, each named cell of its sheet XML replaced by the given XML (a hand-made zip of
    the example's own parts, so the fast reader reads it as it reads the example)."""
    with zipfile.ZipFile(EXAMPLE) as z:
        members = {name: z.read(name) for name in z.namelist()}
    for sheet, cells in sheets.items():
        xml = members[PARTS[sheet]].decode()
        for ref, body in cells.items():
            xml, count = re.subn(
                rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', lambda m, body=body: body, xml, count=1
            )
            assert count == 1, (sheet, ref)
        members[PARTS[sheet]] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.fixture
def filled_down(tmp_path):
    return as_excel_saves(tmp_path / "diisi-ke-bawah.xlsx", {"Kinerja": KINERJA, "Anggaran": ANGGARAN})


def _cell(grids, sheet: str, ref: str):
    col, row = re.fullmatch(r"([A-Z])([0-9]+)", ref).groups()  # type: ignore[union-attr]
    return grids[sheet][int(row) - 1][ord(col) - 65]


@pytest.fixture(params=["fast", "lxml"])
def which_reader(request, monkeypatch):
    """Both readers through the CLI: the fast path (checked to be used), or the lxml reader it falls
    back to for packages its scan cannot vouch for."""
    used: list[bool] = []
    real = reader.read_fast

    def spy(*args, **kwargs):
        grids = real(*args, **kwargs) if request.param == "fast" else None
        used.append(grids is not None)
        return grids

    monkeypatch.setattr(reader, "read_fast", spy)
    yield request.param
    assert used and all(used) == (request.param == "fast")


def test_each_cell_of_a_fill_reads_its_own_formula_in_both_readers(filled_down):
    data = filled_down.read_bytes()
    for read in (read_grids, read_grids_lxml):
        grids, _names = read(data)
        for sheet, cells in OWN_FORMULAS.items():
            for ref, formula in cells.items():
                assert _cell(grids, sheet, ref).formula == formula, (read.__name__, sheet, ref)
        assert _cell(grids, "Kinerja", "L17").value == 74


def test_a_running_total_filled_down_is_a_galat_at_every_cell(filled_down, which_reader):
    result = CliRunner().invoke(main, ["check", str(filled_down)])
    # Every Kumulatif row and every Anggaran row of the fill; P2.02 (L16) is Nilai Akhir, not summed.
    for ref, formula, tw1 in (("L15", "=K15+4", "K15"), ("L17", "=K17+4", "K17")):
        assert (
            f"Kinerja!{ref}" in result.output and f"rumus {formula} yang memuat TW I ({tw1})" in result.output
        )
    assert "Kinerja!L16" not in result.output
    for ref, formula in (("G5", "=F5+8000000"), ("G6", "=F6+8000000")):
        assert f"Anggaran!{ref}" in result.output and f"rumus {formula}" in result.output
    report = load_report(filled_down)
    galat = {(f.sheet, f.sel) for f in report.findings if f.severity == GALAT}
    assert {("Kinerja", "L15"), ("Kinerja", "L17"), ("Anggaran", "G5"), ("Anggaran", "G6")} <= galat
    # By hand, TW I counted twice: K2.02.01 (70 + 74) / 68 x 100 = 211,76 %; K2.01.01 (2 + 6) / 100 =
    # 8 %. Neither is computed; the total realisasi anggaran is not either.
    capaian = {i.kode: i.capaian for i in report.indicators}
    assert capaian["K2.02.01"] is None and capaian["K2.01.01"] is None
    assert report.total_realisasi_anggaran is None
    assert "211,76" not in result.output
    out = filled_down.with_name("hasil.xlsx")
    assert CliRunner().invoke(main, ["build", str(filled_down), "-o", str(out)]).exit_code in (0, 1)
    shown = {str(v) for ws in openpyxl.load_workbook(out).worksheets for row in ws.values for v in row}
    assert not any("211,76" in v for v in shown)


def test_the_cli_and_the_hitung_ulang_button_agree_on_a_fill(filled_down, server):  # noqa: F811
    headless = load_report(filled_down)
    want = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in headless.findings)
    data = book_json(filled_down, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, "rumus": OWN_FORMULAS}])
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _alerts, _syncs = replay_plan(data, response.json()["actions"])
    assert pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)) == want


def test_a_follower_without_its_master_stays_a_formula_without_text(tmp_path):
    # The master deleted (its cell typed over with a number), a follower naming another si, or one
    # outside its master's range: the followers keep "=", as before, rather than a guessed formula.
    cells = {
        "L13": '<c r="L13" s="15"><f t="shared" ref="L13:L14" si="2">K13+4</f><v>29</v></c>',
        "L15": '<c r="L15" s="15"><v>6</v></c>',
        "L16": '<c r="L16" s="15"><f t="shared" si="0"/><v>4</v></c>',
        "L17": '<c r="L17" s="15"><f t="shared" si="1"/><v>74</v></c>',
        "L19": '<c r="L19" s="15"><f t="shared" si="2"/><v>4</v></c>',
    }
    path = as_excel_saves(tmp_path / "tanpa-induk.xlsx", {"Kinerja": cells})
    for read in (read_grids, read_grids_lxml):
        grids, _names = read(path.read_bytes())
        got = [_cell(grids, "Kinerja", r).formula for r in ("L13", "L15", "L16", "L17", "L19")]
        assert got == ["=K13+4", None, "=", "=", "="], read.__name__
