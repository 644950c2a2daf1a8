"""A Program of Kinerja whose Anggaran row carries no figure at all (its Pagu, Pagu Perubahan and every
quarter blank: staff typed the program's name, the money only in the DPA's jenis belanja lines SIPD
prints under it, ``5.1 BELANJA OPERASI``, ``5.1.02 Belanja Barang dan Jasa``, ``5.2 BELANJA MODAL``):
its pagu and realisasi are the sum of the outermost lines right below it (``5.1`` and ``5.2``, never
``5.1.02`` inside ``5.1`` again: each rupiah once), said in one peringatan at its Kode; the lines are its
rincian, not counted again. Before, the row was a galat (Pagu kosong) or, its Kode blank, left out with
its lines, and Tabel 3.4's TOTAL was short by the program. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.blank_program import _blank, fill_blank_programs
from lkj_xl.core.budget_rows import outer_rows
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, BudgetInput, Finding, Node
from lkj_xl.core.named_program import named_note
from lkj_xl.core.pagu_murni import lines_pagu_murni
from lkj_xl.core.pagu_rincian import fill_pagu
from lkj_xl.core.program_from_rincian import _dpa_line, _program_row, line_heads
from lkj_xl.core.rincian import PartOf, check_details
from lkj_xl.core.rowkinds import belanja_account


def _empty(item: BudgetInput) -> bool:
    """A row with nothing typed in any figure cell (a typed 0, "-" or word is something)."""
    return all(_blank(v) for v in (item.pagu, item.pagu_perubahan, *item.realisasi_tw))


def _run(inputs: list[BudgetInput], i: int, nodes: dict[str, Node]) -> list[BudgetInput]:
    """The DPA's belanja lines right below row ``i`` (up to the next row of another kind)."""
    j = i + 1
    while j < len(inputs) and _dpa_line(inputs[j], nodes):
        j += 1
    return inputs[i + 1 : j]


def programs_of_belanja(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog, triwulan: int
) -> list[BudgetInput]:
    """The budget rows with each figureless Program row of Kinerja over DPA belanja lines given their
    sum (:func:`program_from_rincian._program_row`, so a koreksi or a status among them reads as in a
    program made of its Kegiatan rows), the lines left out. ``triwulan``: the quarter counted up to
    (0: every one)."""
    out: list[BudgetInput] = []
    gone: set[int] = set()
    for i, item in enumerate(inputs):
        if i in gone:
            continue
        node = nodes.get(item.node_kode)
        run = _run(inputs, i, nodes) if node is not None and node.tingkat == "Program" else []
        made = None
        whole = all(belanja_account(line.kode, line.program) for line in outer_rows(run))
        mark = len(log.items)
        if run and node is not None and whole and not item.kode_galat and _empty(item):
            under = line_heads(run)
            run = fill_pagu(run, under, inputs[i + 1 + len(run) :][:1], log)
            run = fill_blank_programs(run, under, list(under), _levels(run, under), triwulan, log)
            made = _program_row(node, outer_rows(run), triwulan, log)
        if made is None:
            log.items[:] = log.items[:mark]  # (a line's quarter filled for nothing: said by the later checks)
            out.append(item)
            continue
        own = item.kode_sasaran or made.kode_sasaran
        out.append(dataclasses.replace(made, row=item.row, program=item.program, kode_sasaran=own))
        gone.update(range(i + 1, i + 1 + len(run)))
        _say(log, item, made, outer_rows(run), run, triwulan)
        _check_lines(log, item, made, run, triwulan)
        lines_pagu_murni(log, outer_rows(run), "jenis belanja", triwulan)  # (the program's PK pagu: theirs)
    return out


def _levels(run: list[BudgetInput], under: dict[int, list[int]]) -> dict[int, str]:
    return {k: f"jenis belanja {run[k].kode}" for k in under}


def _check_lines(
    log: FindingLog, item: BudgetInput, made: BudgetInput, run: list[BudgetInput], triwulan: int
) -> None:
    """Each line with lines of its own (``5.1`` over ``5.1.02``, ``5.1.06``) checked to add up to them, as
    under a program typed (rincian.check_details): the program's figures are the outermost lines', so a
    ``5.1`` of 2,5 M over lines of 2,45 M names ``5.1``'s figure as the one counted, inside the program's."""
    under = line_heads(run)
    outer = outer_rows(run)
    for k, rows in under.items():
        line = next(o for o in outer if o is run[k] or run[k].kode.startswith(f"{o.kode}."))
        part = PartOf(line, f"program {item.kode}", made)
        check_details(
            run[k], f"jenis belanja {run[k].kode}", [run[j] for j in rows], triwulan, log, part=part
        )


def _say(
    log: FindingLog,
    item: BudgetInput,
    made: BudgetInput,
    outer: list[BudgetInput],
    run: list[BudgetInput],
    triwulan: int,
) -> None:
    """The one peringatan at the program's Kode: its figures are the lines' sum, named."""
    where = ", ".join(f"{line.kode} baris {line.row}" for line in outer)
    spent = ""
    if unknown := [v.galat for v in made.realisasi_tw[: triwulan or 4] if v.galat]:
        spent = f", realisasi {log.sd(triwulan)} belum dapat dihitung (lihat {', '.join(unknown)})"
    elif triwulan:
        total = sum((v.exact or Fraction(0) for v in made.realisasi_tw[:triwulan]), Fraction(0))
        spent = f", realisasi {log.sd(triwulan)} {rupiah(total)}"
    inside = [line for line in run if line not in outer]
    rest = (
        f"; {', '.join(f'{k.kode} baris {k.row}' for k in inside)} sudah termasuk di dalamnya"
        if inside
        else ""
    )
    said = (
        f'Pagu dan realisasi program {item.kode} ("{item.program}") kosong, angkanya hanya di baris belanja DPA '
        f"di bawahnya: pagu dan realisasi program {item.kode} diisi jumlah jenis belanjanya (pagu "
        f"{rupiah(made.pagu_used.exact or 0)}{spent}: {where}{rest}); baris belanja itu rinciannya, tidak "
        f"dihitung sendiri. Bila bukan rincian program {item.kode}, isi pagu dan realisasi di baris program"
    )
    # (its Kode read from Kinerja's name, said at this cell by parse: one row to fix, one peringatan)
    cell = log.ref("Kode", item.row, c.SHEET_ANGGARAN)
    named = Finding(PERINGATAN, c.SHEET_ANGGARAN, cell, named_note(item.kode, item.program))
    for k, found in enumerate(log.items):
        if found == named:
            log.items[k] = dataclasses.replace(found, pesan=f"{found.pesan}; {said[0].lower()}{said[1:]}")
            return
    log.add(PERINGATAN, c.SHEET_ANGGARAN, "Kode", item.row, said)
