"""Add-in round 6: what staff meet pressing Hitung Ulang day to day (the task pane, the desktop
button, xlwings Lite).

An output sheet the user hid (Pemeriksaan hidden to tidy the tabs, or a Ringkasan hidden while
checking last quarter's) stayed hidden after every press, where `lkj-xl build` writes every output
sheet shown: the press's pop-up then sent staff to a sheet they could not see ("Semua temuan ada di
lembar "Pemeriksaan"."), and a whole-workbook print left the hidden Ringkasan out without a word.
A press now shows the output sheets it rewrites in place, as the build does.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import openpyxl

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from lkj_xl.build import build  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.xl import scripts  # noqa: E402
from lkj_xl.xl.scripts import hitung_ulang  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402
from tests.helpers_taskpane import (
    HIDDEN,  # noqa: E402
    NODE,  # noqa: E402
    RUNNER,  # noqa: E402
    apply_plan,  # noqa: E402
    built_with_hidden_outputs,  # noqa: E402
)
from tests.test_lite_in_place import FakeLite  # noqa: E402
from tests.test_xl_desktop_in_place import desktop_book  # noqa: E402
from tests.test_xl_server import book_json, headless_build, remote_book  # noqa: E402

# The stand-in Excel of tests/test_xl_taskpane_js.py, whose sheets also keep their visibility.
RUNNER_VISIBILITY = RUNNER.replace(
    "set name(v) { sheet.name = v; },",
    "set name(v) { sheet.name = v; }, set visibility(v) { sheet.visibility = v; },",
)


def test_lkj_xl_build_shows_the_output_sheets_the_user_hid(tmp_path):
    """The reference the presses follow: the build writes every output sheet shown."""
    again = tmp_path / "lagi.xlsx"
    build(built_with_hidden_outputs(tmp_path), again)
    wb = openpyxl.load_workbook(again)
    assert {name: wb[name].sheet_state for name in HIDDEN} == {name: "visible" for name in HIDDEN}


def test_task_pane_shows_an_output_sheet_the_user_hid_as_lkj_xl_build(tmp_path):
    import pytest

    if NODE is None:
        pytest.skip("node is not installed")
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan

    lays = layouts(load_report(EXAMPLE))
    outputs = [lay.name for lay in lays]
    inputs = ["Pengaturan", "Kinerja", "Anggaran"]
    # A book a press wrote (owner name, title in A1), two of its output sheets hidden by the user.
    before = [
        *inputs,
        *(
            [name, "lama", '="lkj-xl"', {"visibility": "Hidden" if name in HIDDEN else "Visible"}]
            for name in outputs
        ),
    ]
    result = apply_plan(tmp_path, book_plan(lays, existing=outputs), before, RUNNER_VISIBILITY)
    assert result["deleted"] == []  # rewritten in place, as before
    shown = {s["name"]: s.get("visibility") for s in result["sheets"] if s["name"] in HIDDEN}
    assert shown == {name: "Visible" for name in HIDDEN}


def test_desktop_button_shows_an_output_sheet_the_user_hid_as_lkj_xl_build(tmp_path):
    book = desktop_book(built_with_hidden_outputs(tmp_path))
    hitung_ulang(book)
    assert book.deleted == []
    for name in HIDDEN:
        # COM's Worksheet.Visible: xlSheetVisible (-1), set before the sheet is written
        log = book.sheets[name].log
        assert ("Visible", -1) in log, name
        assert log.index(("Visible", -1)) < log.index(("Cells.Clear()", ())), name


def test_xlwings_lite_shows_an_output_sheet_the_user_hid_as_lkj_xl_build(tmp_path):
    built = headless_build(EXAMPLE, tmp_path)
    data = book_json(built, exclude=c.OUTPUT_SHEETS)
    for sheet in data["sheets"]:
        if sheet["name"] in HIDDEN:
            sheet["visibility"] = "Hidden"
    book = remote_book(data)
    fake = FakeLite(book, set(), keeps_failed_batch=False)
    book.flush = fake.flush
    asyncio.run(scripts.hitung_ulang_lite(book, None, {}))
    actions = fake.sent + book.impl.json()["actions"]
    names = [s["name"] for s in data["sheets"]]
    shown = [
        names[a["sheet_position"]]
        for a in actions
        if a["func"] == "setSheetVisibility" and a["args"] == ["Visible"]
    ]
    assert sorted(shown) == sorted(HIDDEN)  # only the sheets hidden: no action more on the others


# tests/test_xl_taskpane_js.py's stand-in for the press's read, each post counted, pressed twice
# before the first press ends (the ribbon button while the task pane's press runs, or the ribbon
# twice: it stays clickable), then once more after both ended.
def _double_press_runner() -> str:
    from tests.helpers_taskpane import READER

    last = 'globalThis.lkjHitungUlang("alert").then('
    assert READER.count(last) == 1
    runner = READER.replace("let posted = null,", "let posts = 0, posted = null,").replace(
        "send(body) { posted = JSON.parse(body);", "send(body) { posts++; posted = JSON.parse(body);"
    )
    head, _tail = runner.split(last)
    return head + (
        "(async () => {\n"
        '  await Promise.all([globalThis.lkjHitungUlang("alert"), globalThis.lkjHitungUlang("alert")]);\n'
        "  const during = { posts, alerts: [...alerts] };\n"
        '  await globalThis.lkjHitungUlang("alert");\n'
        "  process.stdout.write(JSON.stringify({ during, posts }));\n"
        "})();\n"
    )


def test_a_second_press_while_one_runs_waits_for_it_rather_than_writing_the_sheets_twice(tmp_path):
    """The ribbon's Hitung Ulang stays clickable while a press runs (at 10.000 indicators about 8 s
    with nothing to see): pressed again, a second press read and posted the book and rewrote every
    output sheet a second time, its clears and writes interleaved with the first's, and the pop-up
    came twice (measured with the xlclient harness: 8 round trips instead of 4, two alerts). Now the
    second press only says that the first is still running; a press after it ends runs as ever."""
    import json

    import pytest

    from tests.helpers_taskpane import run_lkj_js

    if NODE is None:
        pytest.skip("node is not installed")
    book = {
        c.SHEET_KINERJA: {"values": [["Kode", "Indikator"], ["T1", "Nilai"]]},
        c.SHEET_PENGATURAN: {"values": [["Parameter", "Nilai"]]},
    }
    (tmp_path / "book.json").write_text(json.dumps(book))
    result = run_lkj_js(
        tmp_path, "double.js", _double_press_runner(), str(tmp_path / "book.json"), "1.9", "0", "0", "0"
    )
    # One post while the first press ran (the server answers no action: no pop-up of its own), the
    # second press's only pop-up saying so.
    assert result["during"]["posts"] == 1
    assert result["during"]["alerts"] == [
        "Hitung Ulang sebelumnya masih berjalan; tunggu pesan hasilnya, lalu tekan lagi bila perlu."
    ]
    assert result["posts"] == 2  # pressed after both ended: a press as ever


# The stand-in Excel whose sheets can also be protected (WorksheetProtection.protect, ExcelApi 1.2:
# its options kept), as lkj-xl build leaves every output sheet.
RUNNER_PROTECT = RUNNER.replace(
    "unprotect() {",
    "protect(options) { sheet.protected = true; sheet.protectedWith = options || {}; }, unprotect() {",
)


def test_task_pane_protects_the_output_sheets_as_lkj_xl_build_at_no_round_trip_more(tmp_path):
    """`lkj-xl build` (and the desktop button) protect every output sheet without a password, column
    widths and row heights left free: a note staff type into Ringkasan is refused by Excel on the
    spot, rather than lost without a word at the next press. The task pane left them unprotected (it
    even unprotected the build's), so the note went in and the next press cleared it. It now protects
    each sheet it writes as the build does, and unprotects the sheets it rewrites in the round trip
    that reads the sheet names: a press on its own sheets costs no round trip more than before (4 for
    the example in the xlclient harness), the first press after a build one less."""
    import pytest

    if NODE is None:
        pytest.skip("node is not installed")
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan

    # The reference: the build's sheets, protected, formatting of columns and rows allowed.
    built = openpyxl.load_workbook(build_example(tmp_path))
    lays = layouts(load_report(EXAMPLE))
    outputs = [lay.name for lay in lays]
    for name in outputs:
        guard = built[name].protection
        assert (guard.sheet, guard.formatColumns, guard.formatRows) == (True, False, False), name
    inputs = ["Pengaturan", "Kinerja", "Anggaran"]
    fresh = apply_plan(tmp_path, book_plan(lays), inputs, RUNNER_PROTECT)
    written = {s["name"]: s for s in fresh["sheets"]}
    for name in outputs:
        assert written[name].get("protected") is True, name
        assert written[name].get("protectedWith") == {"allowFormatColumns": True, "allowFormatRows": True}
    for name in inputs:  # the user's sheets: left as they were
        assert not written[name].get("protected"), name
    # Pressed again on those protected sheets: rewritten in place (none deleted), at no sync more.
    before = [*inputs, *([name, "lama", '="lkj-xl"', {"protected": True}] for name in outputs)]
    again = apply_plan(tmp_path, book_plan(lays, existing=outputs), before, RUNNER_PROTECT)
    assert again["deleted"] == []
    assert again["syncs"] == fresh["syncs"]
    assert all(s.get("protected") for s in again["sheets"] if s["name"] in outputs)


def build_example(tmp_path: Path) -> Path:
    out = tmp_path / "dibangun_contoh.xlsx"
    build(EXAMPLE, out)
    return out
