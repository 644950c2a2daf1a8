"""A merge down data rows said once. Its peringatan (:func:`lkj_xl.core.grids.report_merges`: "Sel
I5:I6 digabung (merge) melintasi beberapa baris ...") is left out where a galat at one of its cells
names it (`Target tertutup gabungan sel I5:I6`, a Program's row under a Sasaran's merged Kode): that
galat says the merge and what to do already, and a peringatan (counted, with a word) beside a galat
(not counted) on one cell contradict each other. A merge no galat names keeps its peringatan. A merge
across columns whose hidden cell, read blank, is a galat (`Target ... kosong` under Jenis Realisasi
merged over Target, H6:I6) is said once too: that galat, followed by the merge's words. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from lkj_xl.core.finding_order import cell_position
from lkj_xl.core.model import GALAT, PERINGATAN, Finding

# report_merges' words, its range captured (matched with the Finding's own cell below)
_MERGE_ROWS = re.compile(r"Sel ([A-Z]+[0-9]+:[A-Z]+[0-9]+) digabung \(merge\) melintasi beberapa baris")
# merge_across's words (a merge within one row)
_ACROSS = re.compile(r"Sel [A-Z]+[0-9]+:[A-Z]+[0-9]+ digabung \(merge\) melintasi kolom ")


def _merge(f: Finding) -> bool:
    return (
        f.severity == PERINGATAN
        and ":" in f.sel
        and (m := _MERGE_ROWS.match(f.pesan)) is not None
        and (m[1] == f.sel)
    )


def _inside(sel: str, merge: str) -> bool:
    """Whether the cell or range ``sel`` has a cell in ``merge`` ("I6" in "I5:I6")."""
    (top, left), (bottom, right) = (cell_position(end) for end in merge.split(":", 1))
    first, last = (cell_position(end) for end in (sel.split(":", 1) * 2)[:2])
    if not first[0] or not last[0]:
        return False  # (a finding about the whole sheet)
    return first[0] <= bottom and last[0] >= top and first[1] <= right and last[1] >= left


def _across_into_galat(findings: list[Finding]) -> list[Finding]:
    """``findings`` with the peringatan of a merge across columns (merge_across: "Sel H6:I6 digabung
    (merge) melintasi kolom Jenis Realisasi dan Target ...") said by the galat at a cell it hides and
    reads blank (`Target ... kosong; capaian tidak dihitung` at I6): one galat at that cell, its words
    and then the merge's, never a peringatan (counted) and a galat (not) on one cell."""
    merges = [f for f in findings if f.severity == PERINGATAN and ":" in f.sel and _ACROSS.match(f.pesan)]
    if not merges:
        return findings  # (nearly every workbook: no merge across its data rows)
    told: dict[int, Finding] = {}  # id of a galat -> it with the merge's words
    said: set[int] = set()  # ids of the merges' peringatan so told
    for g in findings:
        if g.severity != GALAT or ":" in g.sel or " kosong" not in g.pesan:
            continue
        for m in merges:
            if m.sheet == g.sheet and g.sel != m.sel.split(":", 1)[0] and _inside(g.sel, m.sel):
                told[id(g)] = replace(g, pesan=f"{g.pesan}. {m.pesan}")
                said.add(id(m))
                break
    return [told.get(id(f), f) for f in findings if id(f) not in said] if told else findings


def merges_said_by_galat(findings: list[Finding]) -> list[Finding]:
    """``findings`` without the peringatan of a merge down rows where a galat at one of its cells
    names it (same sheet)."""
    findings = _across_into_galat(findings)
    merges = [f for f in findings if f.severity == PERINGATAN and f.sel and _merge(f)]
    if not merges:
        return findings  # (nearly every workbook: no merge over its data rows)
    galat = [f for f in findings if f.severity == GALAT and f.sel]
    said = {
        id(m)
        for m in merges
        # (a few of each: no index) a galat naming the merge: one that does not (`Target ... kosong`
        # under a merge across) keeps the peringatan saying why the cell reads blank
        if any(
            g.sheet == m.sheet and f"gabungan sel {m.sel} " in g.pesan and _inside(g.sel, m.sel)
            for g in galat
        )
    }
    return [f for f in findings if id(f) not in said] if said else findings
