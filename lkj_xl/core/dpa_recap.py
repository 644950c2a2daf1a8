"""The DPA's recap per jenis belanja pasted beside the programs ("5.1 BELANJA OPERASI", "5.2 BELANJA
MODAL" adding up to every program's pagu): the same money again, left out. Pure."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.budget_rows import outer_rows, pagu_counted, spending_agrees
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, BudgetInput, Node, Value
from lkj_xl.core.rowkinds import belanja_account


def without_belanja_recap(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog
) -> list[BudgetInput]:
    """The budget rows to count: a run of the DPA's jenis belanja rows not in Kinerja (rowkinds.
    belanja_account: "5.1 BELANJA OPERASI", "5.2 BELANJA MODAL"; none a rincian of the row above it,
    without_sipd_details) whose outermost rows (no other row of the run begins their Kode) add up to the
    other rows' pagu, and their spending to the others' where typed, is the DPA's recap per jenis belanja
    of the same money: left out, a peringatan at each Kode. Run after without_headings (an Urusan
    heading is no program of the sum)."""
    runs: list[list[int]] = []
    for i, item in enumerate(inputs):
        if item.kode_galat or item.node_kode in nodes or not belanja_account(item.kode, item.program):
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if not runs:
        return inputs
    recap = {i for run in runs for i in run}
    rest = [item for i, item in enumerate(inputs) if i not in recap]
    left_out: set[int] = set()
    for run in runs:
        top = outer_rows([inputs[i] for i in run])
        pagus, others = [pagu_counted(item) for item in top], [pagu_counted(item) for item in rest]
        if None in pagus or None in others or not rest:
            continue
        total = sum((p for p in pagus if p is not None), Fraction(0))
        if not total or total != sum((p for p in others if p is not None), Fraction(0)):
            continue
        if not all(spending_agrees(head, rest) for head in _summed(top)):
            continue
        where = ", ".join(f"{item.kode} baris {item.row}" for item in top)
        for i in run:
            item = inputs[i]
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                "Kode",
                item.row,
                f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)}: rekap per jenis belanja '
                f"salinan DPA ({where}: jumlah pagunya {rupiah(total)}, sama dengan jumlah pagu baris program); "
                "tidak dihitung (agar tidak dijumlahkan dua kali ke total Tabel 3.4); hapus baris ini",
                LEFT_OUT,
            )
        left_out.update(run)
    return [item for i, item in enumerate(inputs) if i not in left_out]


def _summed(rows: list[BudgetInput]) -> list[BudgetInput]:
    """One row standing for ``rows`` summed, quarter by quarter (a quarter blank in all of them: blank),
    for :func:`spending_agrees`."""
    tws = []
    for q in range(4):
        values = [row.realisasi_tw[q].exact for row in rows]
        known = [v for v in values if v is not None]
        tws.append(Value(exact=sum(known, Fraction(0))) if known else Value())
    return [dataclasses.replace(rows[0], realisasi_tw=tws)]
