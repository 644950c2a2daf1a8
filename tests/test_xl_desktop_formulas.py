"""The desktop .xlsm button (xlwings RunPython over COM) sees what `lkj-xl build` sees: a quarter typed
as a running total (Realisasi TW II `=K13+4`, Anggaran `=F5+8000000`) and a hidden Kinerja beside its
copy "Kinerja (2)". It read values only: TW I was summed twice (132,65 % "Sangat Tinggi" printed for
the seed's 71,24 %) and the hidden sheet's last-quarter figures computed, each without a word. It now
reads each input sheet's formulas (COM Range.Formula, one call a sheet) and visibility (Sheet.Visible),
and the same workbook gives the same galat at the same cell through the CLI and through the button.
No Excel runs here: the book is the fake of xlwings' COM objects of tests/test_xl_desktop.py.
"""

from __future__ import annotations

import os

import openpyxl
import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from test_xl_desktop import FakeComBook  # noqa: E402
from test_xl_formulas_and_hidden_sheets import copied_book, quarter_formula_book  # noqa: E402

from lkj_xl.build import load_report  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.model import GALAT, PERINGATAN  # noqa: E402
from lkj_xl.xl.scripts import hitung_ulang  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402


class _Sink:
    """Takes the writes of a press (lkj-xl's own Calls counts them, not this)."""

    name = ""
    value = None

    def __init__(self, name: str = ""):
        object.__setattr__(self, "name", name)

    def __getattr__(self, _name):
        return _Sink()

    def __call__(self, *_args, **_kwargs):
        return _Sink()

    def __getitem__(self, _key):
        return _Sink()

    def __iter__(self):
        return iter(())


def desktop_book(path) -> FakeComBook:
    """The fake COM book of ``path``, able to take a whole press: sheets added and deleted, alerts."""
    book = FakeComBook(path)
    book.alerts = []

    def add(name, before=None, after=None):
        sheet = _Sink(name)
        sheet.delete = lambda: book.sheets.remove(sheet)
        book.sheets.append(sheet)
        return sheet

    book.sheets.add = add
    for sheet in list(book.sheets):
        sheet.delete = lambda sheet=sheet: book.sheets.remove(sheet)
    book.app = _Sink()
    book.app.alert = lambda message, **_kwargs: book.alerts.append(message)
    return book


def _findings(report):
    return sorted((f.severity, f.sheet, f.sel, f.pesan) for f in report.findings)


def test_a_quarter_formula_is_the_galat_of_lkj_xl_build_through_the_desktop_button(tmp_path):
    path = quarter_formula_book(tmp_path)
    headless = load_report(path)
    book = desktop_book(path)
    press = hitung_ulang(book)
    assert _findings(press.report) == _findings(headless)
    galat = {(f.sheet, f.sel) for f in press.report.findings if f.severity == GALAT}
    assert galat == {("Kinerja", "L13"), ("Anggaran", "G5")}
    # By hand: S2's TW I 25 summed with =K13+4 (29) is 54, 54 / 40,71 x 100 = 132,65 %; the seed's
    # 25 + 4 = 29 gives 71,24 %. Neither is computed from the formula cell: no capaian, no kriteria.
    s2 = next(i for i in press.report.indicators if i.kode == "S2")
    assert s2.capaian is None and s2.kriteria is None and s2.galat == ["Kinerja!L13"]
    # Anggaran: F5 2.000.000 and =F5+8000000 (10.000.000) would sum to 12.000.000: no total.
    assert press.report.total_realisasi_anggaran is None
    (alert,) = book.alerts
    assert "Kinerja!L13" in alert and "=K13+4" in alert and "Anggaran!G5" in alert
    # One Range.Formula and one Sheet.Visible a input sheet (Pengaturan, Kinerja, Anggaran, Analisis).
    inputs = [s for s in book._sheets if s.name in (*c.INPUT_SHEETS, *c.OPTIONAL_INPUT_SHEETS)]
    assert [(s.formula_reads, s.visible_reads) for s in inputs] == [(1, 1)] * 4


@pytest.mark.parametrize("state", ["hidden", "veryHidden", "visible"])
def test_a_hidden_input_sheet_beside_its_copy_is_the_finding_of_lkj_xl_build_on_the_desktop(tmp_path, state):
    path = copied_book(tmp_path, hide=state != "visible")
    if state == "veryHidden":  # hidden by VBA: COM says 2, the file "veryHidden"
        wb = openpyxl.load_workbook(path)
        wb["Kinerja"].sheet_state = state
        wb.save(path)
    headless = load_report(path)
    press = hitung_ulang(desktop_book(path))
    assert _findings(press.report) == _findings(headless)
    named = [(f.severity, f.sheet, f.sel) for f in press.report.findings if '"Kinerja (2)"' in f.pesan]
    assert named == [(GALAT if state != "visible" else PERINGATAN, "Kinerja", "")]


def test_a_text_typed_like_a_formula_is_no_formula_on_the_desktop():
    # COM's Range.Formula gives a text typed '=K13+4 as "=K13+4", its value too: no formula there
    # (the task pane's rule); a cell holding =K13+4 shows 29. A single cell's Formula is its text alone.
    from lkj_xl.xl.book import Calls
    from lkj_xl.xl.inputs import _formulas_by_com

    class Sheet:
        def __init__(self, typed):
            self.typed = typed

        def range(self, first, last=None):
            return type("R", (), {"formula": self.typed})()

    values = [["Kode", "Realisasi TW I", "Realisasi TW II"], ["S2", 25.0, 29.0], ["S3", "=K13+4", None]]
    typed = (("Kode", "Realisasi TW I", "Realisasi TW II"), ("S2", "25", "=K13+4"), ("S3", "=K13+4", ""))
    calls = Calls()
    assert _formulas_by_com(Sheet(typed), values, calls) == {(1, 2): "=K13+4"}
    assert calls.reads == 1
    assert _formulas_by_com(Sheet("=A2+1"), [[3.0]], Calls()) == {(0, 0): "=A2+1"}
    assert _formulas_by_com(Sheet("Kode"), [["Kode"]], Calls()) == {}


def test_the_example_reads_alike_with_the_formulas_and_visibility_read(tmp_path):
    # The example holds no formula and every sheet shown: the same report as `lkj-xl build`.
    press = hitung_ulang(desktop_book(EXAMPLE))
    assert _findings(press.report) == _findings(load_report(EXAMPLE))
    assert not press.report.errors
