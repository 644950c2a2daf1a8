"""The DPA's jenis belanja lines right below a program row (``5.1 BELANJA OPERASI``, ``5.2 BELANJA
MODAL``) that add up to less than its pagu, no first part of them adding up to it, while a Program of
Kinerja has no Anggaran row: a partial rincian of the program above, or the money of the program without
a row typed under the wrong one? A reader cannot tell, so each line is a galat at its Kode naming both
and what to type, and Tabel 3.4's TOTAL is not given. Taken as the rincian of the row above (a
peringatan), the TOTAL was short by the other program's money. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.budget_rows import both_pagu, outer_rows, pagu_counted
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import daftar, rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.lone_belanja import _without_row
from lkj_xl.core.model import GALAT, BudgetInput, Node
from lkj_xl.core.pk_room import SETTLED_BY_TOTAL, no_room
from lkj_xl.core.program_from_rincian import _dpa_line
from lkj_xl.core.rowkinds import belanja_account


def _short(program: BudgetInput, outer: list[BudgetInput]) -> Fraction | int | None:
    """The lines' pagu summed when it is below the program's and no first part of them adds up to it
    (the program's own lines first: those after them are another matter, lone_belanja's); None else."""
    own = both_pagu(program)
    pagus = [pagu_counted(line) for line in outer]
    if not own or any(p is None or p <= 0 for p in pagus):
        return None
    total: Fraction | int = 0
    for p in pagus:
        total += p or 0
        if total in own:
            return None
    return total if total < min(own) else None


def doubtful_belanja(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog, agreed: Fraction | None = None
) -> list[BudgetInput]:
    """The budget rows, each such line marked with its galat (kept: listed with it, no TOTAL);
    ``agreed``: the Total Pagu Perjanjian Kinerja (pk_room: equal to the programs' pagu, no doubt)."""
    missing = _without_row(inputs, nodes)
    if not missing or no_room(inputs, nodes, agreed):
        return inputs
    out = list(inputs)
    named = daftar([f'{node.kode} ("{node.uraian or node.kode}")' for node in missing])
    for i, program in enumerate(inputs):
        node = nodes.get(program.node_kode)
        if node is None or node.tingkat != "Program" or program.kode_galat:
            continue
        j = i + 1
        while j < len(inputs) and _dpa_line(inputs[j], nodes):
            j += 1
        run, outer = inputs[i + 1 : j], outer_rows(inputs[i + 1 : j])
        if not run or not all(belanja_account(line.kode, line.program) for line in outer):
            continue
        if (total := _short(program, outer)) is None:
            continue
        for k, line in enumerate(run, start=i + 1):
            log.add(
                GALAT, c.SHEET_ANGGARAN, "Kode", line.row, _said(line, program, total, named, run[0], nodes)
            )
            out[k] = dataclasses.replace(line, kode_galat=log.where(c.SHEET_ANGGARAN, "Kode", line.row))
    return out


def _said(
    line: BudgetInput,
    program: BudgetInput,
    total: Fraction | int,
    named: str,
    first: BudgetInput,
    nodes: dict[str, Node],
) -> str:
    where = f"{program.kode} (baris {program.row})"
    return (
        f'Kode "{line.kode}" ("{line.program}") {not_in_kinerja(line, nodes)}: baris belanja DPA di bawah program '
        f"{where}, tetapi jumlah pagunya ({rupiah(total)}) kurang dari pagu {program.kode} "
        f"({rupiah(pagu_counted(program) or 0)}), dan program {named} di sheet Kinerja tidak punya baris di sheet "
        f"Anggaran: rincian {program.kode} yang belum lengkap, atau belanja program itu? total Tabel 3.4 tidak "
        f"dihitung. Bila belanja program itu, sisipkan baris programnya di atas baris {first.row} (Kode program, "
        f"Pagu dan realisasi boleh kosong: diisi jumlah jenis belanjanya); bila rincian {program.kode}, hapus "
        "baris belanja ini (sheet Anggaran cukup berisi baris program)" + SETTLED_BY_TOTAL
    )
