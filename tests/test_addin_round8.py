"""Add-in round 8: what staff meet between two presses of Hitung Ulang in the task pane.

- A number typed into a Kinerja cell and the task pane's Hitung Ulang clicked before Enter: Excel is
  in cell edit mode and refuses every Office.js batch with `InvalidOperationInCellEditMode` and its
  English text ("The operation isn't available while Excel is in Edit cell mode. ..."). The task pane
  read the book a second time (the read without extras, as after a host error) and showed Excel's
  English text alone; likewise, typing into a cell while a long press writes gave "Excel menolak
  menulis lembar hasil (The operation isn't available ...)".
- xlwings Lite: a sheet of the user's own named like an output sheet ("Ringkasan" holding their notes)
  was cleared in place (or deleted and added) at the next press, the notes lost without a word: the
  book JSON leaves the output sheets out, so Lite sent no A1 and the sheet was not checked, where
  `lkj-xl build`, the task pane and the desktop button refuse it.
- Excel refusing the writes (its payload limit, a sheet it cannot delete) or a task pane older than
  the server: xlwings Server's client wraps the error of the runMacro action that applies the plan in
  English ("Action 1 (runMacro) failed: <ours>.. Up to 1 action may already have been applied,
  including the failing action."), so staff saw the Indonesian message inside English sentences. The
  xlclient harness shows it on any refused write; here xlwings Server's own action-dispatch.js (the
  installed package's, as the task pane loads it) runs the plan's action.

Node runs the served lkj.js against the stand-in Office.js of tests/helpers_taskpane.py (CI installs
nodejs, .ci/run); without node those tests skip.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from lkj_xl.build import load_report
from lkj_xl.core.tables import layouts
from lkj_xl.xl.plan import book_plan
from tests.common import EXAMPLE
from tests.helpers_taskpane import NODE, READER, RUNNER, apply_plan, press_read, run_lkj_js

needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install nodejs)")

# Excel's error while a cell is being edited (Excel.ErrorCodes.invalidOperationInCellEditMode; the
# text of Microsoft's "Error handling with the application-specific JavaScript APIs" table).
EDIT_CODE = "InvalidOperationInCellEditMode"
EDIT_TEXT = (
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the "
    "ENTER or TAB keys, or by selecting another cell, and then try again."
)
EDIT_ERROR = f"Object.assign(new Error({json.dumps(EDIT_TEXT)}), {{ code: {json.dumps(EDIT_CODE)} }})"

# The input sheets of a small book, as the task pane reads them.
BOOK = {
    "Pengaturan": {"values": [["Parameter", "Nilai"], ["Tahun", 2025], ["Triwulan", 2]], "merged": []},
    "Kinerja": {"values": [["Kode", "Realisasi TW II"], ["S1", 95]], "merged": []},
}


def _english(message: str) -> list[str]:
    """The English phrases of Excel's or xlwings' texts found in ``message``."""
    phrases = [
        "operation isn't available",
        "Edit cell mode",
        "Action 1",
        "may already have been applied",
        "failed:",
    ]
    return [p for p in phrases if p in message]


def _reader(replacements: list[tuple[str, str]]) -> str:
    runner = READER
    for old, new in replacements:
        assert runner.count(old) == 1, old
        runner = runner.replace(old, new)
    return runner


@needs_node
def test_a_press_while_a_cell_is_being_typed_says_to_finish_it_first_in_bahasa_indonesia(tmp_path):
    """Every round trip refused as Excel refuses it in cell edit mode: one try, then an Indonesian
    alert saying what to do (finish the cell with Enter, press again) and that nothing changed; not
    a second read of the whole book, not Excel's English text."""
    runner = _reader([("syncs++;", f"syncs++; throw {EDIT_ERROR};")])
    book = tmp_path / "book.json"
    book.write_text(json.dumps(BOOK))
    result = run_lkj_js(tmp_path, "reader_edit.js", runner, str(book), "1.20", "0", "0", "0")
    assert result["posted"] is None  # nothing read, nothing sent
    (alert,) = result["alerts"]
    assert _english(alert) == [], alert
    assert "Enter" in alert and "tekan Hitung Ulang lagi" in alert, alert
    assert "Buku kerja tidak diubah" in alert, alert
    # The first round trip (the sheet names) was refused; the read is not tried again without extras.
    assert result["syncs"] == 1


@needs_node
def test_a_press_on_a_book_not_being_edited_still_reads_it_as_before(tmp_path):
    """The same stand-in without the edit mode: the press reads and posts the book, no alert."""
    result = press_read(tmp_path, BOOK, "1.20")
    assert result["posted"] is not None and result["alerts"] == []
    assert [s["name"] for s in result["posted"]["sheets"]] == ["Pengaturan", "Kinerja"]


@needs_node
def test_a_cell_typed_into_while_the_press_writes_gets_the_indonesian_reason(tmp_path):
    """Staff start typing into a cell while a long press writes (about 8 s at 10,000 indicators):
    Excel refuses the next batch. The message says in Indonesian why, that the output sheets may be
    incomplete, and what to do."""
    runner_js = RUNNER.replace(
        "sync: async () => { syncs++; if (refused) {",
        "sync: async () => { syncs++; if (syncs === 2) throw " + EDIT_ERROR + "; if (refused) {",
    ).replace(
        "process.stdout.write(JSON.stringify({ syncs, sheets, deleted }));\n});",
        "process.stdout.write(JSON.stringify({ syncs, sheets, deleted }));\n}, (e) => process.stdout.write(JSON.stringify({ error: e.message })));",
    )
    assert EDIT_CODE in runner_js and "error: e.message" in runner_js
    message = apply_plan(tmp_path, book_plan(layouts(load_report(EXAMPLE))), ["Kinerja"], runner_js)["error"]
    assert _english(message) == [], message
    assert message.startswith("Excel menolak menulis lembar hasil"), message
    assert "sel sedang disunting" in message and "Enter" in message, message
    assert "Lembar hasil mungkin belum lengkap" in message and "tekan Hitung Ulang lagi" in message, message


def _xlwings_dispatch() -> Path | None:
    """xlwings Server's own action dispatcher (static/js/custom-scripts/action-dispatch.js) of the
    installed package, which the task pane loads; None when the package has no such file."""
    spec = importlib.util.find_spec("xlwings_server")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "static" / "js" / "custom-scripts" / "action-dispatch.js"
    return path if path.is_file() else None


@needs_node
@pytest.mark.skipif(
    _xlwings_dispatch() is None, reason="xlwings Server's action-dispatch.js is not installed"
)
def test_a_plan_the_task_pane_refuses_is_said_without_xlwings_english_wrapping(tmp_path):
    """The server answers a plan of another version (a task pane loaded before an upgrade): lkjTerapkan
    refuses it in Indonesian ("muat ulang add-in"), and xlwings' dispatcher wraps that in English;
    staff see lkj-xl's sentence alone."""
    dispatch = _xlwings_dispatch()
    assert dispatch is not None
    answer = {"actions": [{"func": "runMacro", "args": ["lkjTerapkan", {"version": 0, "sheets": []}]}]}
    runner = _reader(
        [
            (
                "global.document = { addEventListener: () => {}, getElementById: () => null };",
                "let onLoad = null;\n"
                "global.document = { addEventListener: (t, fn) => (onLoad = fn), getElementById: () => null };",
            ),
            (
                "global.xlwings = { registerCallback: () => {}, runActions: async (data) => "
                "{ for (const a of data.actions || []) alerts.push(a.args[0]); },",
                # xlwings Server's client: registerCallback keeps the callback by its name; runActions
                # dispatches each action (runMacro calls the callback, alert shows the pop-up).
                f"const dispatching = import({json.dumps(dispatch.as_uri())});\n"
                "const callbacks = { alert: async (ctx, a) => alerts.push(a.args[0]),\n"
                "  runMacro: async (ctx, a) => callbacks[a.args[0]](ctx, ...a.args.slice(1)) };\n"
                "global.xlwings = { registerCallback: (fn) => (callbacks[fn.name] = fn),\n"
                "  runActions: async (data, ctx) => (await dispatching).dispatchActions(data.actions, ctx || context, callbacks),",
            ),
            (
                "this.responseText = '{\"actions\": []}';",
                f"this.responseText = {json.dumps(json.dumps(answer))};",
            ),
            ('eval(fs.readFileSync(script, "utf8"));', 'eval(fs.readFileSync(script, "utf8"));\nonLoad();'),
        ]
    )
    book = tmp_path / "book.json"
    book.write_text(json.dumps(BOOK))
    result = run_lkj_js(tmp_path, "reader_dispatch.js", runner, str(book), "1.20", "0", "0", "0")
    assert result["posted"] is not None
    (alert,) = result["alerts"]
    assert alert == "Jawaban server lkj-xl tidak dikenal oleh panel ini; muat ulang add-in lalu coba lagi.", (
        alert
    )


# --- xlwings Lite: a sheet of the user's named like an output sheet ---------------------------------


def _lite_book(tmp_path, own_ringkasan: bool):
    """The example built by `lkj-xl build` (every output sheet lkj-xl's), with Ringkasan replaced by
    a sheet of the user's of that name (their notes in A1 and below) when ``own_ringkasan``; the
    book as xlwings Lite's client hands it over (output sheets left out), its A1s for get_formula."""
    import openpyxl

    from lkj_xl.core import contract as c
    from tests.test_xl_server import book_json, headless_build, remote_book

    built = headless_build(EXAMPLE, tmp_path)
    if own_ringkasan:
        wb = openpyxl.load_workbook(built)
        at = wb.sheetnames.index(c.SHEET_RINGKASAN)
        wb.remove(wb[c.SHEET_RINGKASAN])
        own = wb.create_sheet(c.SHEET_RINGKASAN, at)
        own["A1"] = "Catatan rapat pimpinan 10 Juli 2025"
        own["A2"] = "Capaian S2 dibahas ulang bersama Bappeda"
        wb.save(built)
    a1 = {ws.title: ws["A1"].value for ws in openpyxl.load_workbook(built, read_only=True)}
    data = book_json(built, exclude=c.OUTPUT_SHEETS)
    return data, remote_book(data), a1


def _press_lite(monkeypatch, tmp_path, own_ringkasan: bool):
    """Hitung Ulang the xlwings Lite way on the book of :func:`_lite_book`; ``Range.get_formula``
    (xlwings Lite's on-demand read: a constant's formula is the constant) answers from the file.
    Returns the book JSON, the actions sent (flushed batches, then the rest) and the error raised."""
    import xlwings as xw

    from lkj_xl.xl import scripts
    from tests.test_lite_in_place import FakeLite

    data, book, a1 = _lite_book(tmp_path, own_ringkasan)
    fake = FakeLite(book, set(), keeps_failed_batch=False)
    book.flush = fake.flush
    read: list[str] = []

    async def get_formula(rng):
        assert rng.address == "$A$1", rng.address
        read.append(rng.sheet.name)
        return a1[rng.sheet.name]

    monkeypatch.setattr(xw.Range, "get_formula", get_formula)
    error = None
    try:
        asyncio.run(scripts.hitung_ulang_lite(book, None, {}))
    except scripts.HitungUlangError as exc:
        error = str(exc)
    return data, fake.sent + book.impl.json()["actions"], error, read


def test_xlwings_lite_refuses_a_users_own_sheet_named_like_an_output_sheet_and_keeps_it(
    monkeypatch, tmp_path
):
    """The user's "Ringkasan" (A1 not lkj-xl's title, no owner name) is refused as `lkj-xl build`
    refuses it, naming it, and nothing is sent to Excel: their notes stay."""
    from lkj_xl.core import contract as c

    data, actions, error, read = _press_lite(monkeypatch, tmp_path, own_ringkasan=True)
    assert error is not None, [a["func"] for a in actions][:10]
    assert error.startswith('Sheet "Ringkasan" tidak dikenali sebagai buatan lkj-xl (sel A1 bukan judul'), (
        error
    )
    assert "Buku kerja tidak diubah" in error
    assert actions == []
    # One small read a sheet named like an output sheet (its A1), none of the input sheets.
    assert sorted(read) == sorted(s["name"] for s in data["sheets"] if s["name"] in c.OUTPUT_SHEETS)


def test_xlwings_lite_still_rewrites_the_output_sheets_lkj_xl_wrote(monkeypatch, tmp_path):
    """The same press on the book as built (every A1 lkj-xl's title): no refusal, every output sheet
    cleared in place (Grafik deleted and added, as before) and written."""
    _data, actions, error, _read = _press_lite(monkeypatch, tmp_path, own_ringkasan=False)
    assert error is None
    assert any(a["func"] == "sheetClear" for a in actions)
    assert any(a["func"] == "setValues" for a in actions)
