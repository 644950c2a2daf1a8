"""Hitung Ulang stopped by an output sheet staff locked with a password leaves every output sheet as
it found it: the check for the password unprotected the other output sheets and left them open, while
the alert said nothing had changed (a note then typed into Efisiensi went in, and the next press
cleared it without a word)."""

from __future__ import annotations

import pytest

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.ownership import OWNER_VALUE
from lkj_xl.core.tables import layouts
from lkj_xl.xl.plan import book_plan
from tests.common import EXAMPLE
from tests.helpers_taskpane import NODE, apply_plan
from tests.test_addin10 import RUNNER_SAYS

# The stand-in Excel printing a refused press's message, whose sheets can also be protected
# (WorksheetProtection.protect, ExcelApi 1.2, its options kept); as Excel, it refuses to protect a
# sheet already protected (the error surfacing at the next sync).
RUNNER_GUARDED = RUNNER_SAYS.replace(
    "unprotect() {",
    'protect(options) { if (sheet.protected) refused = "The sheet is already protected."; '
    "sheet.protected = true; sheet.protectedWith = options || {}; }, unprotect() {",
)

# How lkj-xl build and every press protect an output sheet: no password, widths and heights free.
AS_BUILT = {"allowFormatColumns": True, "allowFormatRows": True}


def _pane_press(tmp_path, locked: str) -> tuple[list[str], dict]:
    """A task-pane press on a book whose output sheets an earlier press wrote and protected (no
    password), ``locked`` protected by staff with a password of theirs."""
    lays = layouts(load_report(EXAMPLE))
    outputs = [lay.name for lay in lays]
    inputs = [c.SHEET_PENGATURAN, c.SHEET_KINERJA, c.SHEET_ANGGARAN]
    old = {"protected": True, "cells": {"0,0": {"v": "'lama"}, "5,1": {"v": 7}}}
    before = [*inputs] + [
        [name, "lama", "=" + OWNER_VALUE, {**old, "password": True} if name == locked else old]
        for name in outputs
    ]
    return outputs, apply_plan(tmp_path, book_plan(lays, existing=outputs), before, RUNNER_GUARDED)


@pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")
@pytest.mark.parametrize("locked", [c.SHEET_CAPAIAN_TS, c.SHEET_RINGKASAN, c.SHEET_PEMERIKSAAN])
def test_task_pane_refusal_leaves_the_other_output_sheets_protected(tmp_path, locked):
    # The locked sheet first, in the middle and last of the sheets read: every other one was open
    # after the refusal (before: all 9 protected; after: 8 open).
    assert RUNNER_GUARDED != RUNNER_SAYS  # the stand-in's protection is still the one extended above
    outputs, result = _pane_press(tmp_path, locked)
    said = result.get("error") or ""
    assert f'Lembar "{locked}" dikunci dengan kata sandi' in said and "tidak ditulis" in said, said
    assert result["deleted"] == []
    sheets = {s["name"]: s for s in result["sheets"]}
    assert len(outputs) == 9  # (the example writes every output sheet)
    for name in outputs:
        assert sheets[name].get("protected") is True, name  # was False for the 8 others
        assert sheets[name]["cells"]["5,1"] == {"v": 7}, name  # unwritten
        if name != locked:  # protected again as lkj-xl build protects it
            assert sheets[name].get("protectedWith") == AS_BUILT, name
    # Round trips of the refusal (the stand-in applies a failed batch's other commands, as Excel
    # applies those before the failing one): the names read with every sheet unprotected (fails on
    # the password), read again (1), the still protected unprotected together (fails: 1), their state
    # loaded (1), each still protected tried alone (only the locked one: 1), the others protected
    # again in one batch (1): 6, one more than the refusal cost before.
    assert result["syncs"] == 6


def test_desktop_refusal_leaves_every_output_sheet_as_it_was(tmp_path):
    """Desktop button (COM): Ringkasan locked with a password, Efisiensi unprotected by staff (no
    password) to type a note. The check for a password ran Unprotect("") on every output sheet: after
    the refusal 8 of them were open, and Efisiensi's state could not be told from theirs. Now only a
    protected sheet is tried, and those opened are protected again before the press stops."""
    from test_xl_desktop_in_place import _built_with_own_sheet, desktop_book

    from lkj_xl.xl.scripts import HitungUlangError, hitung_ulang

    path, _again = _built_with_own_sheet(tmp_path)
    book = desktop_book(path, passwords={c.SHEET_RINGKASAN: "rahasia"})
    outputs = [s for s in book.sheets if s.name in c.OUTPUT_SHEETS]
    book.sheets[c.SHEET_EFISIENSI].protected = False  # staff opened it (Tinjau > Buka Proteksi Lembar)
    before = {s.name: s.protected for s in outputs}
    assert sum(before.values()) == len(outputs) - 1 == 8  # the build protected all 9; one opened
    with pytest.raises(HitungUlangError) as refused:
        hitung_ulang(book)
    assert f'Lembar "{c.SHEET_RINGKASAN}" dikunci dengan kata sandi' in str(refused.value)
    assert {s.name: s.protected for s in outputs} == before  # was: 8 open, Ringkasan alone protected
    assert book.deleted == []
    # Efisiensi, open, was left alone: no Unprotect, no Protect on it.
    assert not [e for e in book.sheets[c.SHEET_EFISIENSI].log if e[0] in ("Unprotect()", "Protect()")]
    # The others opened by the check were protected again as the build protects them (no password).
    opened = [s for s in outputs if s.name not in (c.SHEET_RINGKASAN, c.SHEET_EFISIENSI)]
    for sheet in opened:
        assert ("Protect()", ("",)) in sheet.log, sheet.name
