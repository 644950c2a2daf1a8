"""Round 10 of the add-in (Hitung Ulang through the task pane): what staff meet when they press it on a
workbook they changed by hand."""

from __future__ import annotations

import pytest

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.ownership import OWNER_VALUE
from lkj_xl.core.tables import layouts
from lkj_xl.xl.plan import book_plan
from tests.common import EXAMPLE
from tests.helpers_taskpane import NODE, RUNNER, apply_plan

pytestmark = pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")

# The stand-in Excel of tests/helpers_taskpane.py, printing a refused press's message rather than
# dying of it.
DONE = 'callback(context, JSON.parse(fs.readFileSync(planFile, "utf8"))).then(() => {'
RUNNER_SAYS = RUNNER.replace(
    DONE,
    'callback(context, JSON.parse(fs.readFileSync(planFile, "utf8"))).catch((e) => {'
    " process.stdout.write(JSON.stringify({ error: e.message, syncs, sheets, deleted })); process.exit(0); })"
    ".then(() => {",
)


def test_an_output_sheet_staff_locked_with_a_password_is_not_deleted_under_their_formulas(tmp_path):
    """Staff locked Ringkasan with a password (Tinjau > Proteksi Lembar) and cite it from a sheet of their
    own (=Ringkasan!B6). Excel cannot unprotect it without the password, so the task pane deleted it and
    added a new one: Excel turns every formula referring to a deleted sheet into #REF! for good, the
    staff's own sheet broken and their lock gone, without a word. Now the press stops before writing
    anything and names the sheet: nothing changes, staff unlock it and press again."""
    assert RUNNER_SAYS != RUNNER  # the stand-in's ending is still the one replaced above
    lays = layouts(load_report(EXAMPLE))
    outputs = [lay.name for lay in lays]
    inputs = [c.SHEET_PENGATURAN, c.SHEET_KINERJA, c.SHEET_ANGGARAN]
    # An earlier press's sheets: protected without a password (as every press and build leaves them),
    # Ringkasan with the staff's password, the staff's own sheet "Rekap Saya" citing it.
    old = {"protected": True, "cells": {"0,0": {"v": "'lama"}, "5,1": {"v": 7}}}
    locked = {**old, "password": True}
    before = [*inputs, "Rekap Saya"]
    before += [
        [name, "lama", "=" + OWNER_VALUE, locked if name == c.SHEET_RINGKASAN else old] for name in outputs
    ]
    result = apply_plan(tmp_path, book_plan(lays, existing=outputs), before, RUNNER_SAYS)
    assert result["deleted"] == []  # was: Ringkasan deleted and added, =Ringkasan!B6 turned #REF!
    said = result.get("error") or ""
    assert f'"{c.SHEET_RINGKASAN}"' in said and "kata sandi" in said and "tidak ditulis" in said, said
    for name in outputs:
        if name != c.SHEET_RINGKASAN:
            assert f'"{name}"' not in said, (name, said)  # only the sheet that needs the staff's password
    # Nothing written: every output sheet still holds the earlier press's cells.
    for sheet in result["sheets"]:
        if sheet["name"] in outputs:
            assert sheet["cells"]["5,1"] == {"v": 7}, sheet["name"]
    assert [s["name"] for s in result["sheets"]] == [*inputs, "Rekap Saya", *outputs]


def test_the_desktop_button_stops_too_on_an_output_sheet_locked_with_a_password(tmp_path):
    """The desktop button (COM) did the same as the task pane: Unprotect("") refused by Ringkasan's
    password, the sheet deleted and added, =Ringkasan!C8 on the staff's own sheet "Catatan" turned
    #REF!. It now stops before writing anything, with the task pane's words."""
    from test_xl_desktop_in_place import _built_with_own_sheet, desktop_book

    from lkj_xl.xl.scripts import HitungUlangError, hitung_ulang

    path, _again = _built_with_own_sheet(tmp_path)
    book = desktop_book(path, passwords={c.SHEET_RINGKASAN: "rahasia"})
    outputs = [s for s in book.sheets if s.name in c.OUTPUT_SHEETS]
    before = [(s.name, dict(s.cells)) for s in outputs]
    assert before[0][1]  # (the build's output sheets, written)
    with pytest.raises(HitungUlangError) as refused:
        hitung_ulang(book)
    said = str(refused.value)
    assert f'Lembar "{c.SHEET_RINGKASAN}" dikunci dengan kata sandi' in said, said
    assert "Hitung Ulang lagi" in said
    assert book.deleted == []  # was: [Ringkasan], the staff's =Ringkasan!C8 left citing nothing
    assert [(s.name, dict(s.cells)) for s in book.sheets if s.name in c.OUTPUT_SHEETS] == before  # unwritten
