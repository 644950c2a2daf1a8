"""A Sasaran's or Tujuan's own row in Anggaran beside rows of its programs, against their sum.

Staff copy Tabel 2.4 (a Sasaran's anggaran above its programs) or last quarter's Tabel 3.3 (its
penyerapan) into Anggaran. Such a row is their subtotal and is not counted (budget.without_nested says so
at its Kode), but its figures are the ones the staff's documents print: the seed's Tabel 3.3 shows 5 %
for Sasaran 3 and 7 % for Sasaran 4, where its programs give 4,36 % and 17,34 %. Each figure of the row
(Pagu, Pagu Perubahan, realisasi s.d. the reported quarter, a penyerapan of the staff's own) that differs
from the programs counted toward that Sasaran (a Tujuan: its own and its Sasaran's) is a peringatan at
its cell naming both, as for the grand total (core.typed_total).

Pure: the penyerapan typed on such a row is read with the grand total's (typed_total.read_subtotal_shares);
:func:`check_subtotal_rows` works on the engine's budgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from lkj_xl.core.model import BudgetInput, BudgetResult, Finding, Settings, WorkbookInput
from lkj_xl.core.nested_rows import subtotal_row_numbers
from lkj_xl.core.typed_total import check_typed_shares, check_typed_total, subtotal_levels


def _members(
    kode: str, budgets: Sequence[BudgetResult], levels: dict[str, tuple[str, str]]
) -> list[BudgetResult]:
    """The budgets counted toward the Sasaran/Tujuan ``kode`` (a Tujuan adds its Sasaran's), as
    budget_tree.rollup counts them for Tabel 3.3."""
    toward = {kode}
    if levels[kode][0] == "Tujuan":
        toward |= {k for k, (tingkat, induk) in levels.items() if tingkat == "Sasaran" and induk == kode}
    return [b for b in budgets if b.kode_sasaran in toward]


def check_subtotal_rows(
    data: WorkbookInput, budgets: Sequence[BudgetResult], settings: Settings, letters: Mapping[str, str]
) -> list[Finding]:
    """A peringatan at each figure of a Sasaran's or Tujuan's row left out of the count (its
    programs have rows of their own) that differs from the sum of the programs counted toward it."""
    levels = subtotal_levels(data)
    counted = {b.row for b in budgets}
    subtotals = subtotal_row_numbers(data)  # (not a DPA's belanja line sharing the Kode: a rincian)
    out: list[Finding] = []
    for item in data.budgets:
        if item.kode not in levels or item.row in counted or item.row not in subtotals:
            continue
        members = _members(item.kode, budgets, levels)
        if not members:
            continue
        row = _named(item, levels)
        ke = f' ke {levels[item.kode][0]} "{item.kode}"'
        out += check_typed_total(row, members, settings, letters, ke=ke, tabel="Tabel 3.3")
        out += check_typed_shares(
            row, data.subtotal_shares.get(item.row, []), members, settings, ke=f" yang dihitung{ke}"
        )
    return out


def _named(item: BudgetInput, levels: dict[str, tuple[str, str]]) -> BudgetInput:
    """The row as the messages name it: its Uraian, or its Kode when that is blank."""
    return item if item.program else replace(item, program=f"{levels[item.kode][0]} {item.kode}")
