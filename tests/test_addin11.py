"""Add-in round 11: a note staff typed into an output sheet they had unprotected.

Staff untick the protection of Tabel 3.1 (Tinjau > Buka Proteksi Lembar) and type a note below it.
`lkj-xl build` says such a text is discarded by the rebuild; a press of Hitung Ulang cleared it without
a word. The task pane now reads the texts of each output sheet it finds unprotected (one round trip
more, only then) and the pop-up names the sheet, the cell and the text the press cleared.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import xlwings as xw  # noqa: E402

from lkj_xl.build import build  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.catatan_terhapus import cleared_texts, cleared_texts_note  # noqa: E402
from lkj_xl.core.layout import SheetLayout  # noqa: E402
from lkj_xl.xl.scripts import hitung_ulang_script  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402
from tests.helpers_taskpane import NODE, press_read  # noqa: E402

NOTE = "Catatan: realisasi IKU 2 menunggu data BPS"
CTS = c.SHEET_CAPAIAN_TS


def _built_with_note(tmp_path: Path, at: str | None) -> Path:
    """The example built by `lkj-xl build`, Tabel 3.1 unprotected by staff and NOTE typed at ``at``
    (None: only unprotected)."""
    built = tmp_path / "dibangun.xlsx"
    build(EXAMPLE, built)
    wb = openpyxl.load_workbook(built)
    ws = wb[CTS]
    ws.protection.sheet = False
    if at:
        ws[at] = NOTE  # a new cell: General, as a cell below the table is
    path = tmp_path / "catatan.xlsx"
    wb.save(path)
    return path


def _pane_book(path: Path) -> dict:
    """What the stand-in Office.js of tests/helpers_taskpane.py holds for ``path``: every sheet's used
    values and number formats, and whether each output sheet is protected."""
    wb = openpyxl.load_workbook(path)
    book = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column))
        values = []
        for row in rows:
            out = []
            for cell in row:
                v = cell.value
                if isinstance(v, dt.datetime):
                    v = openpyxl.utils.datetime.to_excel(v)
                elif isinstance(v, str) and v.startswith("="):
                    v = ""  # (a formula's value is not needed here: none is in the example's inputs)
                out.append("" if v is None else v)
            values.append(out)
        entry: dict = {
            "values": values,
            "formats": [[x.number_format for x in r] for r in rows],
            "merged": [],
        }
        if ws.title not in c.INPUT_SHEETS:
            entry["protected"] = bool(ws.protection.sheet)
            entry["looks"] = [[_look(x) for x in r] for r in rows]
        book[ws.title] = entry
    return book


def _look(cell) -> dict:
    """What Excel's Range.getCellProperties gives for ``cell`` (the members lkj.js asks): its font's
    bold, italic and underline, its fill ("#FFFFFF" for none, as Excel gives), wrap, horizontal
    alignment and indent."""
    fill = cell.fill
    rgb = fill.fgColor.rgb if fill.fill_type == "solid" else "FFFFFFFF"
    horizontal = cell.alignment.horizontal or "general"
    return {
        "format": {
            "font": {
                "bold": bool(cell.font.b),
                "italic": bool(cell.font.i),
                "underline": "Single" if cell.font.u else "None",
            },
            # a theme colour (no rgb string) is some colour: not white
            "fill": {"color": "#" + rgb[2:] if isinstance(rgb, str) else "#DDEBF7"},
            "wrapText": bool(cell.alignment.wrap_text),
            "horizontalAlignment": horizontal[0].upper() + horizontal[1:],
            "indentLevel": int(cell.alignment.indent or 0),
        }
    }


def _last_row(path: Path, name: str) -> int:
    return openpyxl.load_workbook(path)[name].max_row


@pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")
def test_a_note_typed_into_an_unprotected_output_sheet_is_named_by_the_press(tmp_path):
    """Tabel 3.1 unprotected, a note typed two rows below the table (B<last+2>, General): the press
    rewrites the sheet and the note is gone. The pop-up now names the sheet, cell and text, as
    `lkj-xl build` tells of the typed cell; the task pane pays one round trip more for it (3, was 2),
    only because a sheet is unprotected."""
    plain = _built_with_note(tmp_path, None)
    at = f"B{_last_row(plain, CTS) + 2}"
    path = _built_with_note(tmp_path, at)
    # lkj-xl build names it too (a count, in English: the reference the add-in follows).
    warned: list[str] = []
    build(path, tmp_path / "lagi.xlsx", on_warning=warned.append)
    said = " ".join(warned)
    assert f"{CTS}: a typed cell added inside this output sheet was discarded" in said, said

    result = press_read(tmp_path, _pane_book(path), "1.20")
    posted = result["posted"]
    typed = posted["args"][1]["ketikan"]
    assert typed[CTS][at] == NOTE
    assert set(typed) == {CTS}  # the protected output sheets are not read
    assert result["syncs"] == 3  # the two of every press, one more for the unprotected sheet

    remote = xw.Book(json=posted)
    asyncio.run(hitung_ulang_script(remote, *posted["args"]))
    alerts = [a["args"][0] for a in remote.json()["actions"] if a["func"] == "alert"]
    assert len(alerts) == 1
    assert f'"{CTS}"' in alerts[0] and f"{CTS}!{at} \u201c{NOTE}\u201d" in alerts[0], alerts[0]
    # The example's one peringatan first, as every press says it, then the note.
    assert alerts[0].split("\n")[-1] == (
        f'Hitung Ulang menghapus teks berikut dari lembar hasil "{CTS}" yang tidak dikunci (lembar hasil '
        f"ditulis ulang seluruhnya; teks itu mungkin catatan yang Anda ketik): {CTS}!{at} \u201c{NOTE}\u201d. Bila "
        "masih diperlukan, ketik ulang di lembar Anda sendiri: lembar hasil dikunci lagi setelah Hitung Ulang."
    )


@pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")
def test_an_unprotected_output_sheet_without_a_note_says_nothing_more(tmp_path):
    """Tabel 3.1 unprotected but holding only what lkj-xl wrote: its texts are read (the round trip
    more) and none is named: the tool's own texts all come back."""
    path = _built_with_note(tmp_path, None)
    result = press_read(tmp_path, _pane_book(path), "1.20")
    posted = result["posted"]
    assert result["syncs"] == 3
    remote = xw.Book(json=posted)
    asyncio.run(hitung_ulang_script(remote, *posted["args"]))
    alerts = [a["args"][0] for a in remote.json()["actions"] if a["func"] == "alert"]
    assert not any("menghapus teks" in a for a in alerts), alerts


def test_only_texts_the_rebuilt_sheet_does_not_hold_are_named():
    """Hand-made layout of 3 rows: B1 "Judul", B2 "Tinggi", B3 empty. Typed: B3 (empty in the rebuilt
    sheet: named), B2 (the tool writes its own value over it: lost, named since mend35p, as the build
    counts it), D9 "Judul" (a text the sheet holds: not named), "  " (blank: not named), and a range
    reference (not a cell: not named)."""
    lay = SheetLayout(name=CTS, rows=[[None, "Judul"], [None, "Tinggi"], [None, None]])
    typed = {
        CTS.upper(): {"B3": " catatan rapat ", "B2": "lihat catatan", "D9": "Judul", "E1": "  ", "A1:B2": "x"}
    }
    assert cleared_texts(typed, [lay]) == [(CTS, "B2", "lihat catatan"), (CTS, "B3", "catatan rapat")]
    assert cleared_texts({"Lain": {"B3": "x"}}, [lay]) == []


def test_the_note_lists_at_most_six_cells_and_counts_the_rest():
    """8 texts cleared: 6 quoted, "2 sel lainnya"; a text over 60 characters cut to 57 and "..."."""
    long = "x" * 70
    cleared = [(CTS, f"B{r}", long if r == 1 else f"n{r}") for r in range(1, 9)]
    text = cleared_texts_note(cleared)
    assert f"{CTS}!B1 \u201c{'x' * 57}...\u201d" in text
    assert f"{CTS}!B6 \u201cn6\u201d" in text and "B7" not in text and "2 sel lainnya" in text
    assert cleared_texts_note([]) == ""


# The stand-in Excel of tests/test_mend34b.py (protection kept, a password refused) pressed whole: the
# press reads the book (each sheet's A1, protection, owner name; an unprotected output sheet's cells),
# posts it to a server answering with the plan of the runner's plan file, applies it, and prints the
# sheets and the pop-ups.
def _press_runner() -> str:
    from tests.test_mend34b import RUNNER_GUARDED

    tail = "eval(fs.readFileSync(script"
    assert RUNNER_GUARDED.count(tail) == 1
    head = RUNNER_GUARDED.split(tail)[0]
    items = "get items() { return sheets.map((s) => ({ name: s.name })); },"
    assert head.count(items) == 1
    head = head.replace(
        items,
        "get items() { return sheets.map((s) => Object.defineProperty(Object.assign(worksheet(s), "
        "{ getUsedRangeOrNullObject: () => usedOf(s) }), 'name', { value: s.name })); },",
    )
    return (
        head
        + r"""
function usedOf(s) {  // the sheet's cells ("r,c": {v}) as a used range from A1
  const keys = Object.keys(s.cells).map((k) => k.split(",").map(Number));
  if (!keys.length) return { load() {}, isNullObject: true };
  const nr = Math.max(...keys.map(([r]) => r)) + 1, nc = Math.max(...keys.map(([, c]) => c)) + 1;
  const values = [...Array(nr)].map((_, r) => [...Array(nc)].map((_, c) => {
    const v = (s.cells[r + "," + c] || {}).v; return typeof v === "string" ? v.replace(/^'/, "") : (v ?? ""); }));
  return { load() {}, isNullObject: false, rowIndex: 0, columnIndex: 0, values,
    numberFormat: values.map((row) => row.map(() => "General")),
    getCellProperties: () => ({ value: values.map((row) => row.map(() => ({ format: {} }))) }) };
}
const plan = JSON.parse(fs.readFileSync(planFile, "utf8"));
const alerts = [];
global.window = { location: { origin: "http://127.0.0.1" } };
globalThis.config = { xlwingsVersion: "0.0", appPath: "" };
xlwings.hideGlobalError = () => {};
xlwings.runActions = async (data, ctx) => {
  for (const a of data.actions || []) if (a.func === "runMacro") await callback(ctx, plan); else alerts.push(a.args[0]);
};
global.XMLHttpRequest = class {
  open() {} setRequestHeader() {}
  send() { this.status = 200; this.responseText = '{"actions": [{"func": "runMacro", "args": []}]}'; this.onload(); }
};
context.workbook.load = () => {};
context.workbook.name = "buku.xlsx";
global.Excel = { run: async (fn) => fn(context) };
eval(fs.readFileSync(script, "utf8"));
onLoad();
globalThis.lkjHitungUlang("alert").then(() => process.stdout.write(JSON.stringify({ syncs, sheets, alerts })));
"""
    )


@pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")
def test_a_press_stopped_by_a_password_leaves_the_sheet_staff_opened_open(tmp_path):
    """Staff unprotected Efisiensi to type a note; Ringkasan is locked with their password. The press
    stops before writing anything (the password), and protected Efisiensi again where the desktop
    button leaves it open (it reads ProtectContents before trying): the alert says nothing was
    written, yet the sheet staff opened was locked. Now it is left as staff left it, as the desktop
    button does; the other output sheets, which the press opened itself, are protected again."""
    from lkj_xl.build import load_report
    from lkj_xl.core.ownership import OWNER_VALUE
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan
    from tests.helpers_taskpane import apply_plan

    lays = layouts(load_report(EXAMPLE))
    outputs = [lay.name for lay in lays]
    old = {"protected": True, "cells": {"0,0": {"v": "'lama"}, "5,1": {"v": 7}}}
    opened = {**old, "protected": False, "cells": {**old["cells"], "30,1": {"v": "'" + NOTE}}}
    states = {c.SHEET_RINGKASAN: {**old, "password": True}, c.SHEET_EFISIENSI: opened}
    before = [c.SHEET_PENGATURAN, c.SHEET_KINERJA, c.SHEET_ANGGARAN]
    before += [[name, "lama", "=" + OWNER_VALUE, states.get(name, old)] for name in outputs]
    result = apply_plan(tmp_path, book_plan(lays, existing=outputs), before, _press_runner())
    assert len(result["alerts"]) == 1 and "kata sandi" in result["alerts"][0], result["alerts"]
    sheets = {s["name"]: s for s in result["sheets"]}
    # was True: locked by a press that wrote nothing
    assert sheets[c.SHEET_EFISIENSI].get("protected") is False
    assert sheets[c.SHEET_EFISIENSI]["cells"]["30,1"] == {"v": "'" + NOTE}  # the note is still there
    for name in outputs:
        if name != c.SHEET_EFISIENSI:
            assert sheets[name].get("protected") is True, name
        assert sheets[name]["cells"]["5,1"] == {"v": 7}, name  # nothing written
