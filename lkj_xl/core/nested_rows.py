"""Which Anggaran rows are a Sasaran's or Tujuan's subtotal, told while reading the workbook.

budget.without_nested leaves out a Sasaran's (or Tujuan's) row beside rows of programs under it, and
core.subtotal_rows compares that row's figures with its programs' sum. The checks run while reading
(core.spending_columns: a penyerapan typed on a program's row) need to know such rows beforehand, so
that a subtotal's penyerapan is not also compared as a program's (two peringatan at one cell), and
core.subtotal_rows compares these rows alone. The same walk as budget._budgeted_descendant, over
Kinerja's Kode Induk, and the same Kode left to the DPA's belanja lines as kode_kinerja.nodes_for_rows
("5.1 BELANJA OPERASI" beside a Renstra's Sasaran 5.1 is a rincian, not that Sasaran's row). Pure.
"""

from __future__ import annotations

from lkj_xl.core.model import WorkbookInput
from lkj_xl.core.rowkinds import belanja_account, belanja_kode, belanja_name

_LEVELS = ("Sasaran", "Tujuan")


def subtotal_row_numbers(data: WorkbookInput) -> set[int]:
    """Excel rows of Anggaran whose Kode is a Sasaran's or Tujuan's with a Program (or Kegiatan) under
    it that has a budget row of its own."""
    tingkat: dict[str, str] = {}
    uraian: dict[str, str] = {}
    children: dict[str, list[str]] = {}
    for i in data.indicators:
        if i.kode and i.kode not in tingkat:
            tingkat[i.kode], uraian[i.kode] = i.tingkat, i.uraian
            children.setdefault(i.kode_induk, []).append(i.kode)
    own = {item.kode for item in data.budgets if item.kode and not item.kode_galat}
    # a Kode every row of which is a DPA's belanja line, Kinerja's node of it no belanja: those rows' own
    # (only a Sasaran's or Tujuan's Kode can count below: not a walk over every row per DPA account)
    shadowed = {
        kode
        for kode in own
        if tingkat.get(kode) in _LEVELS
        and belanja_kode(kode)
        and not belanja_name(uraian.get(kode, ""))
        and all(belanja_account(item.kode, item.program) for item in data.budgets if item.kode == kode)
    }
    kept = own - shadowed  # (once, not a set difference per row)
    return {
        item.row
        for item in data.budgets
        if item.kode in kept
        and tingkat.get(item.kode) in _LEVELS
        and _budgeted_below(item.kode, children, own, tingkat)
    }


def _budgeted_below(
    kode: str, children: dict[str, list[str]], own: set[str], tingkat: dict[str, str]
) -> bool:
    todo, seen = list(children.get(kode, [])), {kode}
    while todo:
        child = todo.pop(0)
        if child in seen:
            continue
        seen.add(child)
        if child in own and tingkat.get(child) not in _LEVELS:
            return True
        todo.extend(children.get(child, []))
    return False
