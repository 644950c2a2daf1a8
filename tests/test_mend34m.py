"""Mend 34m (review revL of mend34i): a host that lists ExcelApi 1.9 but refuses
``PageLayout.setPrintArea``.

mend34i set Grafik's print area in the middle of the press (after Grafik's charts, before its
protection): such a host failed the press there ("Excel menolak menulis lembar hasil (...)"), Grafik
left unprotected and Pemeriksaan not written, at every press. The areas are now the last commands of
the last batch, after every sheet is written and protected; a refusal is a note to staff.
"""

from __future__ import annotations

import pytest

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.tables import layouts
from lkj_xl.xl.plan import READ_ROUND_TRIPS, book_plan, estimated_round_trips
from tests.common import EXAMPLE
from tests.helpers_taskpane import NODE, RUNNER, apply_plan
from tests.test_mend34i import PAGED

INPUTS = [c.SHEET_PENGATURAN, c.SHEET_KINERJA, c.SHEET_ANGGARAN]

# The stand-in Excel whose sheets can be protected (ExcelApi 1.2) and whose setPrintArea is refused at
# the next sync, recording at that moment each sheet's state ([name, protected, cells written]): Excel
# stops a failed batch at the failing command, so what was not done by then is never done. It prints
# what the applying function resolved with (``said``) and a refused press's message (``error``).
REFUSING = (
    RUNNER.replace(
        "unprotect() {",
        "protect(options) { sheet.protected = true; }, unprotect() {",
    )
    .replace(
        "freezePanes: { freezeAt:",
        "pageLayout: { setPrintArea(r) { refused = 'InvalidOperation: setPrintArea';\n"
        "      atRefusal = sheets.map((s) => [s.name, Boolean(s.protected), Object.keys(s.cells).length]); } },\n"
        "    freezePanes: { freezeAt:",
    )
    .replace("let refused = null;", "let refused = null, atRefusal = null;")
    .replace(
        'callback(context, JSON.parse(fs.readFileSync(planFile, "utf8"))).then(() => {\n'
        "  process.stdout.write(JSON.stringify({ syncs, sheets, deleted }));\n});",
        'callback(context, JSON.parse(fs.readFileSync(planFile, "utf8"))).then(\n'
        "  (said) => process.stdout.write(JSON.stringify({ said, syncs, sheets, atRefusal })),\n"
        "  (e) => process.stdout.write(JSON.stringify({ error: e.message, sheets, atRefusal })));",
    )
)
assert "atRefusal = sheets" in REFUSING and "said, syncs" in REFUSING and "protect(options)" in REFUSING


def _press(tmp_path, runner: str) -> tuple[list[str], dict, dict]:
    """A task-pane press on a book an earlier press wrote (every output sheet protected, "OLD" in A6)."""
    lays = layouts(load_report(EXAMPLE))
    outputs = [lay.name for lay in lays]
    old = {"protected": True, "cells": {"5,0": {"v": "OLD"}}}
    before = [*INPUTS, *([name, "lama", '="lkj-xl"', old] for name in outputs)]
    plan = book_plan(lays, existing=outputs)
    return outputs, plan, apply_plan(tmp_path, plan, before, runner)


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_refused_print_area_leaves_every_sheet_written_and_protected_with_a_note(tmp_path):
    outputs, plan, result = _press(tmp_path, REFUSING)
    assert "error" not in result, result.get("error")
    by_name = {s["name"]: s for s in result["sheets"]}
    # when Excel refused the area every output sheet was already written and protected (Grafik and
    # Pemeriksaan, the last two, included), and the press's old A6 text gone from each
    at_refusal = {name: (protected, n) for name, protected, n in result["atRefusal"]}
    for name in outputs:
        protected, n_cells = at_refusal[name]
        assert protected, name
        assert n_cells > 1, name
        assert by_name[name]["protected"], name
        assert (by_name[name]["cells"].get("5,0") or {}).get("v") != "OLD", name
    # the note to staff, in Bahasa Indonesia, naming the sheet and what to do
    said = result["said"]
    assert said and c.SHEET_GRAFIK in said
    assert "Area cetak" in said and "Print Area" in said and "tanda tangan" in said


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_print_area_set_in_the_final_batch_at_no_round_trip_more(tmp_path):
    """A host that sets the area: no note, the area set, and the syncs the plan estimates (the areas
    ride the final sync; the extra round trip that checks a refusal happens only after one)."""
    PROTECTING = PAGED.replace("unprotect() {", "protect(options) { sheet.protected = true; }, unprotect() {")
    assert PROTECTING != PAGED
    PROTECTING = PROTECTING.replace(
        'callback(context, JSON.parse(fs.readFileSync(planFile, "utf8"))).then(() => {\n'
        "  process.stdout.write(JSON.stringify({ syncs, sheets, deleted }));",
        'callback(context, JSON.parse(fs.readFileSync(planFile, "utf8"))).then((said) => {\n'
        "  process.stdout.write(JSON.stringify({ said, syncs, sheets, deleted }));",
    )
    assert "said, syncs" in PROTECTING
    outputs, plan, result = _press(tmp_path, PROTECTING)
    assert result["said"] is None
    grafik_sheet = next(s for s in result["sheets"] if s["name"] == c.SHEET_GRAFIK)
    r1, c1, r2, c2 = next(s for s in plan["sheets"] if s["name"] == c.SHEET_GRAFIK)["print_area"]
    assert grafik_sheet["printArea"] == [r1, c1, r2 - r1 + 1, c2 - c1 + 1] and grafik_sheet["protected"]
    # the apply's syncs as the plan's accounting counts them (its charts included: the stand-in adds
    # them), less the read's round trips, which the press does before and this runner skips
    assert result["syncs"] == estimated_round_trips(plan) - READ_ROUND_TRIPS
