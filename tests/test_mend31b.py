"""Review fixes of round 31b.

1. Hitung Ulang showed an output sheet the user hid by setting its visibility on every sheet it
   rewrote in place, hidden or not; with Protect Workbook (structure) Excel refuses that, and the
   press that used to rewrite the sheets in place failed. Now only a hidden sheet is shown, and when
   Excel refuses the press goes on and says which sheet stays hidden and why.
2. The task pane's "masih berjalan" banner (its button pressed while a ribbon press runs) stayed
   after that press ended, until the next press.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import openpyxl
import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.xl.scripts import hitung_ulang  # noqa: E402
from tests.helpers_taskpane import (
    HIDDEN,  # noqa: E402
    NODE,  # noqa: E402
    READER,  # noqa: E402
    apply_plan,  # noqa: E402
    built_with_hidden_outputs,  # noqa: E402
    run_lkj_js,  # noqa: E402
)
from tests.test_addin_round6 import RUNNER_VISIBILITY  # noqa: E402
from tests.test_xl_desktop_in_place import OutputSheet, desktop_book  # noqa: E402

# What Excel answers setting Worksheet.Visible while the workbook's structure is protected.
REFUSED = "Unable to set the Visible property of the Worksheet class"


def _with_visibility(sheet: OutputSheet, state: int, structure_protected: bool) -> None:
    """A fake desktop output sheet whose COM ``Visible`` reads ``state`` (xlSheetVisible -1,
    xlSheetHidden 0) and whose setting Excel refuses when the structure is protected."""
    base = type(sheet.api)

    class Api(base):  # type: ignore[misc, valid-type]
        def __getattr__(self, key: str):
            if key == "Visible":
                return sheet.visible_state
            return super().__getattr__(key)

        def __setattr__(self, key: str, value) -> None:
            if key == "Visible":
                if structure_protected:
                    raise RuntimeError(REFUSED)
                sheet.visible_state = value
            super().__setattr__(key, value)

    sheet.visible_state = state
    sheet.__class__ = type("VisibleSheet", (type(sheet),), {"api": property(lambda s: Api(s.log, ""))})


def _desktop(tmp_path: Path, structure_protected: bool):
    book = desktop_book(built_with_hidden_outputs(tmp_path))
    for sheet in book.sheets:
        if isinstance(sheet, OutputSheet):
            _with_visibility(sheet, 0 if sheet.name in HIDDEN else -1, structure_protected)
    return book


def test_desktop_press_with_the_workbook_structure_protected_rewrites_and_names_the_hidden_sheets(tmp_path):
    book = _desktop(tmp_path, structure_protected=True)
    result = hitung_ulang(book)  # on main: RuntimeError(REFUSED), nothing past Ringkasan written
    assert book.deleted == []  # rewritten in place, as before
    for name in HIDDEN:
        sheet = book.sheets[name]
        assert ("Cells.Clear()", ()) in sheet.log, name
        assert sheet.visible_state == 0, name  # still hidden: Excel refused
    # The pop-up names both sheets and says why (the example has peringatan: one pop-up, note added).
    assert result.alert is not None and book.alerts == [result.alert]
    note = (
        f'Lembar "{c.SHEET_RINGKASAN}" dan "{c.SHEET_PEMERIKSAAN}" sudah diperbarui tetapi tetap '
        "tersembunyi karena struktur buku kerja diproteksi"
    )
    assert note in result.alert


def test_desktop_press_shows_only_the_hidden_sheets(tmp_path):
    book = _desktop(tmp_path, structure_protected=False)
    result = hitung_ulang(book)
    for sheet in book.sheets:
        if not isinstance(sheet, OutputSheet):
            continue
        assert sheet.visible_state == -1, sheet.name  # all shown, as lkj-xl build writes them
        set_visible = ("Visible", -1) in sheet.log
        assert set_visible == (sheet.name in HIDDEN), sheet.name  # the visible ones left alone
    assert "tersembunyi" not in (result.alert or "")


# The stand-in Excel of the task pane, whose workbook structure is protected: setting a sheet's
# visibility fails the sync, as Excel refuses it.
RUNNER_STRUCTURE = RUNNER_VISIBILITY.replace(
    "set visibility(v) { sheet.visibility = v; },",
    'set visibility(v) { refused = "AccessDenied: the workbook structure is protected"; },',
)


def _task_pane_book(tmp_path: Path, runner: str) -> dict:
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan
    from tests.common import EXAMPLE

    lays = layouts(load_report(EXAMPLE))
    outputs = [lay.name for lay in lays]
    before = [
        "Pengaturan",
        "Kinerja",
        "Anggaran",
        *(
            [name, "lama", '="lkj-xl"', {"visibility": "Hidden" if name in HIDDEN else "Visible"}]
            for name in outputs
        ),
    ]
    return apply_plan(tmp_path, book_plan(lays, existing=outputs), before, runner)


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_task_pane_with_the_workbook_structure_protected_rewrites_the_hidden_sheets_in_place(tmp_path):
    result = _task_pane_book(tmp_path, RUNNER_STRUCTURE)  # on main: the plan fails at the write sync
    assert result["deleted"] == []
    by_name = {s["name"]: s for s in result["sheets"]}
    for name in HIDDEN:
        assert by_name[name]["visibility"] == "Hidden", name
        assert by_name[name]["cells"], name  # written


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_task_pane_sets_the_visibility_of_the_hidden_sheets_only(tmp_path):
    # Every set recorded: a visible sheet is not touched (Excel would refuse it under Protect Workbook).
    runner = RUNNER_VISIBILITY.replace(
        "set visibility(v) { sheet.visibility = v; },",
        "set visibility(v) { sheet.visibility = v; (sheet.setVisibility ??= []).push(v); },",
    )
    result = _task_pane_book(tmp_path, runner)
    touched = sorted(s["name"] for s in result["sheets"] if s.get("setVisibility"))
    assert touched == sorted(HIDDEN)
    assert all(s.get("visibility", "Visible") == "Visible" for s in result["sheets"])


def _pane_double_press_runner() -> str:
    """READER's press run from the task pane (its banner recorded) twice at once, as the ribbon's
    press runs while the pane's button is clicked."""
    last = 'globalThis.lkjHitungUlang("alert").then('
    runner = READER.replace(
        "  hideGlobalError: () => {},\n  showGlobalError: (m) => { throw new Error(m); } };",
        "  hideGlobalError: () => { banner = null; },\n  showGlobalError: (m) => { banner = m; } };\nlet banner = null;",
    )
    assert runner != READER and runner.count(last) == 1
    head, _tail = runner.split(last)
    return head + (
        "(async () => {\n"
        '  await Promise.all([globalThis.lkjHitungUlang("alert"), globalThis.lkjHitungUlang("pane")]);\n'
        "  process.stdout.write(JSON.stringify({ banner }));\n"
        "})();\n"
    )


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_task_pane_still_running_banner_goes_when_the_running_press_ends(tmp_path):
    book = {
        c.SHEET_KINERJA: {"values": [["Kode", "Indikator"], ["T1", "Nilai"]]},
        c.SHEET_PENGATURAN: {"values": [["Parameter", "Nilai"]]},
    }
    (tmp_path / "book.json").write_text(json.dumps(book))
    result = run_lkj_js(
        tmp_path, "pane.js", _pane_double_press_runner(), str(tmp_path / "book.json"), "1.9", "0", "0", "0"
    )
    assert result["banner"] is None  # on main: "Hitung Ulang sebelumnya masih berjalan; ..."


# --- 3. the Grafik's "tanpa penyerapan" and "tanpa peringkat" fit their columns --------------------


def test_rekap_grafik_notes_of_agencies_without_a_figure_fit_their_columns(tmp_path):
    import io

    import lkj_xl
    from lkj_xl.core.textwidth import column_width
    from lkj_xl.xlsx.rekap import render_rekap
    from tests.test_rekap_round10 import DINKES, agency

    root = tmp_path / "inbox"
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    # The Satpol PP's Kinerja without a realisasi (no mean capaian: "tanpa peringkat") and no program
    # in Anggaran (no penyerapan: "tanpa penyerapan").
    agency(root / "satpol.xlsx", "Satuan Polisi Pamong Praja", "", "", None)
    grafik = openpyxl.load_workbook(io.BytesIO(render_rekap(lkj_xl.rekap(root, jobs=1))))["Grafik"]
    notes = {cell.value: cell.column for row in grafik.iter_rows() for cell in row if cell.value in WORDS}
    assert set(notes) == set(WORDS)  # both written (columns B and E)
    for note, column in notes.items():
        # As set: xlsxwriter stores Excel's 0,71 of padding more; one <col> may span several columns.
        stored = next(d.width for d in grafik.column_dimensions.values() if d.min <= column <= d.max)
        # The project's estimate: "tanpa penyerapan" about 15,9 characters, "tanpa peringkat" 13,85
        # (on main both in columns 12 wide, right-aligned: their first letters cut).
        assert stored - 0.71 >= column_width(note), (note, stored)


WORDS = ("tanpa peringkat", "tanpa penyerapan")


# --- 5. "Isi sama" only for files with something of the agency's own in them -----------------------


def _same_content(tmp_path: Path, realisasi: tuple[str, str], budget: tuple[str, str, str]) -> list[str]:
    """The "Isi sama" warnings of a rekap of two Kecamatan made from one template (the same
    indicators, targets and pagu), with the given realisasi and budget in both."""
    import lkj_xl
    from tests.test_rekap_round10 import agency

    root = tmp_path / "kecamatan"
    for name in ("Kecamatan Sukodono", "Kecamatan Tempeh"):
        agency(root / f"{name.lower()}.xlsx", name, *realisasi, budget)
    result = lkj_xl.rekap(root, jobs=1)
    return [p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == "Isi sama"]


def test_files_of_one_template_before_any_realisasi_or_spending_are_not_one_workbook(tmp_path):
    # Targets and pagu (Rp 1 M) from the template, no realisasi typed, no spending (blank, or 0 as
    # a template may carry): nothing of either Kecamatan yet. On main: "Isi sama ... dua kali".
    assert _same_content(tmp_path / "kosong", ("", ""), ("Rp 1 M", "", "")) == []
    assert _same_content(tmp_path / "nol", ("", ""), ("Rp 1 M", "0", "0")) == []


def test_one_workbook_under_two_names_is_still_warned_once_anything_is_filled(tmp_path):
    # The same realisasi (T1 80, S1 9%) in both: one workbook sent twice, as before.
    assert len(_same_content(tmp_path / "realisasi", ("80", "9%"), ("Rp 1 M", "", ""))) == 1
    # No realisasi yet but the same spending (200 jt and 300 jt of Rp 1 M) to the rupiah: likewise.
    assert len(_same_content(tmp_path / "belanja", ("", ""), ("Rp 1 M", "200 jt", "300.000.000"))) == 1


def test_agency_key_is_public_and_shared():
    from lkj_xl.core import rekap_ganda, rekap_isi

    # Item 4: one helper, public, used by both modules (no private import across them).
    assert rekap_isi.agency_key is rekap_ganda.agency_key
    row = {
        "pemerintah_daerah": "Kab. Lumajang",
        "perangkat_daerah": "DINAS KESEHATAN KAB. LUMAJANG",
        "berkas": "a.xlsx",
    }
    assert rekap_ganda.agency_key(row) == ("kabupaten lumajang", "dinas kesehatan")
    assert rekap_ganda.agency_key(row | {"perangkat_daerah": ""}) == "a.xlsx"  # no name: its file
