"""Two checks of `lkj-xl build` the Hitung Ulang button lacked, because the book JSON carries values
only: a quarter typed as a formula naming the quarter before (Realisasi TW II `=K13+4`, the total s.d.
TW II: summed with TW I it printed 132,65 % "Sangat Tinggi" where the CLI gives a galat), and a hidden
Kinerja beside its copy "Kinerja (2)" where this quarter was typed (the CLI's galat naming both; the
button printed last quarter's figures). The task pane now sends each input cell's formula where it
holds one (klien.rumus) and each sheet's visibility, in the round trip it already makes; through a
real `lkj-xl serve` the same workbook gives the findings and the sheets `lkj-xl build` gives.
"""

from __future__ import annotations

import shutil
from xml.sax.saxutils import escape

import openpyxl
import pytest
from test_xl_server import (
    PLAN_CLIENT,
    assert_same_sheet,
    book_json,
    headless_build,
    pemeriksaan_rows,
    press,
    replay_plan,
    server,  # noqa: F401 - the module's real HTTP server fixture
    xlsx_model,
)

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.common import EXAMPLE, rewrite_cells

# The example's S2 "Persentase koperasi yang taat ..." (Kinerja row 13, Kumulatif, Target 40,71 %):
# TW I 25 in K13, TW II 4 in L13 (the seed's). Typed as the total s.d. TW II, =K13+4 shows 29.
# Anggaran P2.01 (row 5): Pagu 41.000.000, TW II 8.000.000 in G5; TW I 2.000.000 typed in F5 and TW II
# as the total s.d. TW II, =F5+8000000 showing 10.000.000.
FORMULAS = {
    "Kinerja": {"L13": ("=K13+4", 29)},
    "Anggaran": {"F5": (None, 2_000_000), "G5": ("=F5+8000000", 10_000_000)},
}


def _with_saved_values(path, formulas: dict[str, dict[str, tuple[str | None, object]]]) -> None:
    """Give the formula cells openpyxl wrote their saved values, as Excel stores them (<f> and <v>)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    parts = {
        f"xl/worksheets/sheet{wb.sheetnames.index(name) + 1}.xml": cells for name, cells in formulas.items()
    }
    wb.close()
    rewrite_cells(
        path,
        {
            part: [
                (ref, "", f"<f>{escape(formula[1:])}</f><v>{value}</v></c>")
                for ref, (formula, value) in cells.items()
                if formula is not None
            ]
            for part, cells in parts.items()
        },
    )


def quarter_formula_book(tmp_path):
    wb = openpyxl.load_workbook(EXAMPLE)
    for sheet, cells in FORMULAS.items():
        for ref, (formula, value) in cells.items():
            wb[sheet][ref] = formula or value
    path = tmp_path / "rumus-triwulan.xlsx"
    wb.save(path)
    _with_saved_values(path, FORMULAS)
    return path


def _all_values(sheets) -> set[str]:
    return {str(v) for sheet in sheets for v in sheet.values.values()}


def test_a_quarter_formula_sent_by_the_task_pane_is_the_galat_of_lkj_xl_build(server, tmp_path):  # noqa: F811
    path = quarter_formula_book(tmp_path)
    headless = load_report(path)
    want = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in headless.findings)
    galat = {(f.sheet, f.sel) for f in headless.findings if f.severity == GALAT}
    assert galat == {("Kinerja", "L13"), ("Anggaran", "G5")}
    s2 = next(i for i in headless.indicators if i.kode == "S2")
    assert s2.capaian is None and headless.total_realisasi_anggaran is None

    rumus = {sheet: {ref: f for ref, (f, _v) in cells.items() if f} for sheet, cells in FORMULAS.items()}
    data = book_json(path, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, "rumus": rumus}])
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts, _syncs = replay_plan(data, response.json()["actions"])
    assert pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)) == want
    assert len(alerts) == 1 and "Kinerja!L13" in alerts[0][0] and "=K13+4" in alerts[0][0]
    # Every output sheet as `lkj-xl build` writes it: S2 without capaian, Tabel 3.4 without totals.
    built = {s.name: s for s in xlsx_model(headless_build(path, tmp_path), c.OUTPUT_SHEETS)}
    for sheet in sheets:
        if sheet.name in built:
            assert_same_sheet(sheet, built[sheet.name])
    # By hand: TW I counted twice, (25 + 29) / 40,71 x 100 = 132,65 %; the seed's 29 / 40,71 x 100 =
    # 71,24 %. Neither is printed: the capaian is not computed from the formula cell.
    shown = _all_values(sheets)
    assert not any("132,65" in v or "71,24" in v for v in shown)

    # An older task pane sends no formulas: the values are summed as before (the limit README states).
    data["args"] = [{}, PLAN_CLIENT]
    sheets, _alerts, _syncs = replay_plan(data, press(server, data).json()["actions"])
    assert any("132,65" in v for v in _all_values(sheets))


def test_formulas_that_are_no_cell_formulas_are_refused(server):  # noqa: F811
    for rumus in (
        {"Kinerja": {"L": "=K13+4"}},
        {"Kinerja": {"L13": "K13+4"}},
        {"Kinerja": {"L13": 4}},
        {"Kinerja": ["L13"]},
    ):
        data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, "rumus": rumus}])
        response = press(server, data)
        assert response.status_code == 422, (rumus, response.text)
        assert "rumus" in response.json()["detail"].lower()


def copied_book(tmp_path, hide: bool):
    """The example with Kinerja copied to "Kinerja (2)" and this quarter typed there (200 IKM in L7
    where Kinerja keeps 95), Kinerja hidden or not, as Excel's Move or Copy leaves it."""
    wb = openpyxl.load_workbook(EXAMPLE)
    copy = wb.copy_worksheet(wb["Kinerja"])
    copy.title = "Kinerja (2)"
    copy["L7"] = 200
    if hide:
        wb["Kinerja"].sheet_state = "hidden"
    path = tmp_path / ("disembunyikan.xlsx" if hide else "disalin.xlsx")
    wb.save(path)
    return path


@pytest.mark.parametrize("hide", [True, False])
def test_a_hidden_input_sheet_sent_by_the_task_pane_is_the_finding_of_lkj_xl_build(server, tmp_path, hide):  # noqa: F811
    path = copied_book(tmp_path, hide)
    headless = load_report(path)
    want = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in headless.findings)
    named = [f for f in headless.findings if '"Kinerja (2)"' in f.pesan]
    assert [(f.severity, f.sheet, f.sel) for f in named] == [(GALAT if hide else PERINGATAN, "Kinerja", "")]

    data = book_json(path, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    wb = openpyxl.load_workbook(path, read_only=True)
    for sheet in data["sheets"]:  # as the task pane (and xlwings' own client) sends it
        sheet["visibility"] = {"visible": "Visible", "hidden": "Hidden"}[wb[sheet["name"]].sheet_state]
    wb.close()
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _alerts, _syncs = replay_plan(data, response.json()["actions"])
    assert pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)) == want

    # An older task pane sends every sheet as visible: the copy is named, as a peringatan only.
    for sheet in data["sheets"]:
        sheet["visibility"] = "Visible"
    sheets, _alerts, _syncs = replay_plan(data, press(server, data).json()["actions"])
    rows = [
        r
        for r in pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN))
        if '"Kinerja (2)"' in r[3]
    ]
    assert [r[0] for r in rows] == ["Peringatan"]


# --- the task pane's read (lkj.js under Node) --------------------------------------------------------

NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install nodejs)")
def test_task_pane_sends_formulas_and_visibility_in_the_same_round_trip(tmp_path):
    from tests.helpers_taskpane import press_read

    # Range.formulas gives a cell's formula, else its value (a text typed '=x reads as itself).
    values = [
        ["Kode", "Realisasi TW I", "Realisasi TW II", "Keterangan"],
        ["S2", 25, 29, "=x"],
        ["S3", 5, 6, ""],
    ]
    formulas = [
        ["Kode", "Realisasi TW I", "Realisasi TW II", "Keterangan"],
        ["S2", 25, "=K13+4", "=x"],
        ["S3", "=2+3", 6, ""],
    ]
    book = {
        "Kinerja": {"values": values, "formulas": formulas, "merged": [], "visibility": "Hidden"},
        "Kinerja (2)": {"values": values, "merged": []},
        "Anggaran": {"values": [["Kode", "Pagu"], ["P1", 100]], "merged": []},
    }
    result = press_read(tmp_path, book, "1.20")
    posted = result["posted"]
    assert posted["args"][1]["rumus"] == {"Kinerja": {"C2": "=K13+4", "B3": "=2+3"}}
    visibility = {s["name"]: s["visibility"] for s in posted["sheets"]}
    assert visibility == {"Kinerja": "Hidden", "Kinerja (2)": "Visible", "Anggaran": "Visible"}
    assert result["syncs"] == 2  # the sheet names (and visibility), then values with formulas
    # A host without visible views (ExcelApi 1.2): formulas and visibility are ExcelApi 1.1, still sent.
    old = press_read(tmp_path, book, "1.2")["posted"]
    assert old["args"][1]["rumus"] == {"Kinerja": {"C2": "=K13+4", "B3": "=2+3"}}
