"""A Program of Kinerja without an Anggaran row of its own whose SIPD Kegiatan / Sub Kegiatan rows are
pasted (their Kode extends the program's after a dot: "2.17.04.2.01" for program "2.17.04", "K.02.01"
for "K.02"): the program's figures are the sum of its nearest rows (the Kegiatan; a Sub Kegiatan under
its Kegiatan's row is checked against it), so its Sasaran and Tujuan get their budget. Counted as
programs not in Kinerja, the rows kept Tabel 3.4's TOTAL but left the Sasaran's pagu short; taken as the
rincian of the program row above them, they were lost from the TOTAL too. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.blank_program import fill_blank_programs
from lkj_xl.core.budget import _reported_blank, budgeted
from lkj_xl.core.budget_rows import adds_up, prefers_above
from lkj_xl.core.budget_rows import program_row as _dpa_program_row
from lkj_xl.core.findings import FindingLog, _digits_key, after_period
from lkj_xl.core.heading_signs import HEADING_NAME, for_sasaran
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, BudgetInput, Node, Value
from lkj_xl.core.pagu_murni import lines_pagu_murni
from lkj_xl.core.pagu_rincian import fill_pagu
from lkj_xl.core.program_koreksi import counted_quarter, part_name, summed
from lkj_xl.core.rincian import check_details
from lkj_xl.core.rincian_over_pagu import rincian_over_pagu
from lkj_xl.core.rowkinds import belanja_account, belanja_kode, not_belanja


def _extends(kode: str, prefix: str) -> bool:
    """Whether ``kode`` is ``prefix`` followed by a dot and more parts, none of them empty."""
    rest = kode[len(prefix) + 1 :]
    return kode.startswith(f"{prefix}.") and bool(rest) and all(rest.split("."))


def _owner(item: BudgetInput, programs: dict[str, Node]) -> str:
    """The Kode of the program (of ``programs``) whose Kode ``item``'s extends, the longest; "" for none."""
    if item.kode_galat or not item.kode or belanja_account(item.kode, item.program):
        return ""
    if HEADING_NAME.match(item.program) or not_belanja(item.program):
        return ""
    found = [kode for kode in programs if _extends(item.kode, kode)]
    return max(found, key=len) if found else ""


REALISASI = "Realisasi anggaran"  # (the words a program row's later quarter is said with: budget._spent)


def _usable(value: Value) -> bool:
    """A cell a sum may take: a number of at least zero, or blank / a dash (nothing)."""
    if value.galat or value.status:
        return False
    return value.exact is None or value.exact >= 0


def _later_quarter(log: FindingLog, outer: list[BudgetInput], q: int, triwulan: int) -> Value:
    """Quarter ``q`` (0-based) after the reported ``triwulan``: not counted, each row's figure said at
    its own cell (after_period), the program's left blank. (Summed at the first row, it was said at that
    row's cell, empty when another row held the figure, and a "belum" among them hid every figure.)"""
    for item in outer:
        subject = f'{part_name(item)} "{item.program}"'
        after_period(
            log, c.SHEET_ANGGARAN, item.row, q + 1, triwulan, item.realisasi_tw[q], REALISASI, subject
        )
    return Value()


def _quarters(
    log: FindingLog, node: Node, outer: list[BudgetInput], counted: int, triwulan: int
) -> list[Value]:
    """The program's four quarters made of ``outer``: :func:`counted_quarter` up to ``counted``, each
    given the quarters before it (a refund nets against them), then :func:`_later_quarter`."""
    made: list[Value] = []
    for q in range(4):
        made.append(
            counted_quarter(log, node, outer, q, made)
            if q < counted
            else _later_quarter(log, outer, q, triwulan)
        )
    return made


def _program_row(node: Node, outer: list[BudgetInput], triwulan: int, log: FindingLog) -> BudgetInput | None:
    """The program's row made of its nearest rows ``outer``; None when a pagu cannot be summed (a word,
    a galat, below zero, blank) or they name different Sasaran: then the rows stay as they were (each
    its own row, its cells said as today). A quarter counted (up to ``triwulan``, every one when 0)
    holding a koreksi, a status or a galat: :func:`counted_quarter` (program_koreksi)."""
    counted = triwulan or 4
    if not all(_usable(item.pagu_used) and item.pagu_used.exact is not None for item in outer):
        return None
    sasaran = {item.kode_sasaran for item in outer if item.kode_sasaran}
    if len(sasaran) > 1:
        return None
    revised = any(item.pagu_perubahan.filled for item in outer)
    # (the Pagu before the APBD-P: unknown when a row revised has none typed, as a program row's)
    before = [item.pagu for item in outer]
    pagu = summed(before) if all(v.exact is not None for v in before) else Value()
    first = outer[0]
    return BudgetInput(
        row=first.row,
        kode=node.kode,
        program=node.uraian or node.kode,
        kode_sasaran=next(iter(sasaran), ""),
        pagu=pagu if revised else summed([item.pagu_used for item in outer]),
        pagu_perubahan=summed([item.pagu_used for item in outer]) if revised else Value(),
        realisasi_tw=_quarters(log, node, outer, counted, triwulan),
        kode_sasaran_galat=next((item.kode_sasaran_galat for item in outer if item.kode_sasaran_galat), ""),
    )


def programs_from_rincian(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog, triwulan: int
) -> list[BudgetInput]:
    """The budget rows with each Program of Kinerja that has no row of its own (nor a Kegiatan of
    Kinerja with one) but rows not in Kinerja whose Kode extends its Kode put as one row, the sum of
    the nearest of them, where the first of them stands; a peringatan at that row's Kode says so, and a
    Sub Kegiatan row under its Kegiatan's row is checked to add up to it (rincian.sum_differs).
    ``triwulan``: the quarter the spending is compared up to (0: none)."""
    kodes = {item.node_kode for item in inputs if item.node_kode and not item.kode_galat}
    # (a program's row typed with its Kode mistyped, "2.17.4" for "2.17.04": it has a row, its galat
    # says so, its Kegiatan below it are its rincian; made too, its money was counted twice. The DPA's
    # jenis belanja "5.1.02 Belanja Barang dan Jasa" is no Renstra's program 5.1.2 so typed.)
    mistyped = {
        _digits_key(item.kode)
        for item in inputs
        if item.node_kode in kodes
        and item.node_kode not in nodes
        and not belanja_account(item.kode, item.program)
    }
    programs = {
        kode: node
        for kode, node in nodes.items()
        if node.tingkat == "Program" and not budgeted(node, kodes) and _digits_key(kode) not in mistyped
    }
    if not programs:
        return inputs
    groups: dict[str, list[int]] = {}
    for i, item in enumerate(inputs):
        if item.node_kode not in nodes and (kode := _owner(item, programs)):
            groups.setdefault(kode, []).append(i)
    made: dict[int, BudgetInput] = {}  # the first row's index -> the program's row
    gone: set[int] = set()
    for kode, rows in groups.items():
        mark, under = len(log.items), line_heads([inputs[i] for i in rows])
        # (a Kegiatan's blank quarter over its Sub Kegiatan carrying it: theirs, as under a program row)
        levels = {k: f"kegiatan {inputs[rows[k]].kode}" for k in under}
        # (and its blank Pagu over Sub Kegiatan each with one: their sum, said, never both counted)
        group = fill_pagu([inputs[i] for i in rows], under, [], log, "kegiatan")
        group = fill_blank_programs(group, under, list(under), levels, triwulan, log)
        outer = [item for item in group if not any(_extends(item.kode, o.kode) for o in group)]
        row = _program_row(programs[kode], outer, triwulan, log)
        if row is None:
            log.items[:] = log.items[:mark]  # (the rows stay as they were: said by the later checks)
            continue
        made[rows[0]], gone = row, gone | set(rows)
        _say(log, programs[kode], row, outer, group, nodes, triwulan)
        _blank_quarter(log, row, outer, triwulan)
        lines_pagu_murni(log, outer, "kegiatan", triwulan)  # (the program's PK pagu: their Pagu summed)
        rincian_over_pagu(log, group, triwulan, row)  # (each row's slip inside the program's sum)
        log.made_programs.add(row.row)
        for parent in outer:
            kids = [k for k in group if _extends(k.kode, parent.kode)]
            near = [k for k in kids if not any(_extends(k.kode, o.kode) for o in kids)]
            if near:
                check_details(parent, f"kegiatan {parent.kode}", near, triwulan, log)
        gone |= _belanja_of_rows(inputs, rows, programs[kode], nodes, log, triwulan)
    if not made:
        return inputs
    return [made.get(i, item) for i, item in enumerate(inputs) if i not in gone or i in made]


def line_heads(rows: list[BudgetInput]) -> dict[int, list[int]]:
    """Index of each row of ``rows`` with rows of its own -> its nearest rows, by Kode (``5.1`` -> ``5.1.02``,
    ``5.1.06``; a Kegiatan -> its Sub Kegiatan)."""
    under: dict[int, list[int]] = {}
    for k, line in enumerate(rows):
        heads = [j for j, other in enumerate(rows) if line.kode.startswith(f"{other.kode}.")]
        if heads:
            under.setdefault(max(heads, key=lambda j: len(rows[j].kode)), []).append(k)
    return under


def _blank_quarter(log: FindingLog, row: BudgetInput, outer: list[BudgetInput], triwulan: int) -> None:
    """A row's reported quarter left blank while the program's sum has it typed (another row's):
    counted as nothing spent, said at its cell as a program row's blank quarter is; all of them blank,
    the program's row says it (at the first row's cell)."""
    if not triwulan or row.realisasi_tw[triwulan - 1].exact is None:
        return
    for item in outer:
        numbers = [v.exact if q < triwulan else None for q, v in enumerate(item.realisasi_tw)]
        _reported_blank(log, item, triwulan, numbers, f'{part_name(item)} "{item.program}"')


def _say(
    log: FindingLog,
    node: Node,
    row: BudgetInput,
    outer: list[BudgetInput],
    group: list[BudgetInput],
    nodes: dict[str, Node],
    triwulan: int,
) -> None:
    """The peringatan at the first row's Kode: the program's own row is missing, its figures are the
    sum of these rows (named), the other rows not counted on their own."""
    where = ", ".join(f"{item.kode} baris {item.row}" for item in outer)
    spent = ""
    if unknown := [v.galat for v in row.realisasi_tw[:triwulan] if v.galat]:  # (no partial sum named)
        spent = f", realisasi {log.sd(triwulan)} belum dapat dihitung (lihat {', '.join(unknown)})"
    elif triwulan:
        total = sum((v.exact or Fraction(0) for v in row.realisasi_tw[:triwulan]), Fraction(0))
        spent = f", realisasi {log.sd(triwulan)} {rupiah(total)}"
    rest = [item for item in group if item not in outer]
    below = f"; {', '.join(f'{k.kode} baris {k.row}' for k in rest)} rincian di dalamnya" if rest else ""
    first = group[0]
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        "Kode",
        first.row,
        f'Kode "{first.kode}" ("{first.program}") {not_in_kinerja(first, nodes)}, tetapi Kodenya di bawah '
        f'Kode program {node.kode} ("{node.uraian or node.kode}") di sheet Kinerja, yang tidak punya baris '
        f"sendiri di sheet Anggaran: pagu dan realisasi program {node.kode} diisi jumlah rinciannya "
        f"(pagu {rupiah(row.pagu_used.exact or 0)}{spent}: {where}{below}) dan dihitung ke sasarannya; "
        f"rincian tidak dihitung sendiri. Bila angka program lain, tambahkan baris program {node.kode}",
    )


def _belanja_of_rows(
    inputs: list[BudgetInput],
    rows: list[int],
    node: Node,
    nodes: dict[str, Node],
    log: FindingLog,
    triwulan: int,
) -> set[int]:
    """The DPA's jenis belanja lines right below a row of a program made of its rows (``5.1 Belanja
    Operasi`` under Kegiatan ``2.17.04.2.01``): that row's rincian, left out with a peringatan and
    checked to add up to it. Left where they stood, the program's sum stood at the first row and they
    were compared with the whole program (``lebih Rp 32.706.300`` of figures that add up). A run whose
    lines do not fit in the row's pagu, with a Kode Sasaran, or adding up to the program row right
    below it (its block pasted above it, as dpa_rows reads it) is left to the later checks."""
    gone: set[int] = set()
    for r in rows:
        j = r + 1
        # (never one of the program's own rows: a Renstra's Kegiatan "5.1.01" of program "5.1")
        while j < len(inputs) and j not in rows and _dpa_line(inputs[j], nodes):
            j += 1
        run = inputs[r + 1 : j]
        kodes = [item.kode for item in run]
        outer = [item for item in run if not any(item.kode.startswith(f"{k}.") for k in kodes)]
        parent = inputs[r]
        sub = any(_extends(parent.kode, inputs[k].kode) for k in rows)  # (a Sub Kegiatan under its Kegiatan)
        level = f"{'sub kegiatan' if sub else 'kegiatan'} {parent.kode}"
        room = parent.pagu_used.exact
        pagus = [item.pagu_used.exact for item in outer]
        if not outer or not all(belanja_account(item.kode, item.program) for item in outer):
            continue
        total = sum((p for p in pagus if p is not None), Fraction(0))
        # (a DPA from before the APBD-P adds up to the Pagu, above a lowered Pagu Perubahan)
        before = total == parent.pagu.exact and parent.pagu_perubahan.filled
        if None in pagus or room is None or (total > room and not before):
            continue
        below = inputs[j] if j < len(inputs) else None
        if (
            below is not None
            and _dpa_program_row(below, nodes)
            and adds_up(run, below, spent=False) is not None
            and not prefers_above(run, parent, below, triwulan)
        ):
            continue  # (the DPA block of the program below, pasted above its row: dpa_rows' to say)
        for item in run:
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                "Kode",
                item.row,
                f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)}; menurut Kode rekening '
                f'belanjanya baris ini rincian {level} ("{parent.program}", baris {parent.row}) '
                f"program {node.kode}: tidak dihitung (anggarannya termasuk angka program {node.kode}, agar "
                "tidak dijumlahkan dua kali ke total Tabel 3.4); hapus baris ini (rincian belanja DPA; sheet "
                "Anggaran cukup berisi baris program)",
                LEFT_OUT,
            )
        compared = dataclasses.replace(parent, pagu_perubahan=Value()) if before else parent
        check_details(compared, level, outer, triwulan, log)
        gone |= set(range(r + 1, j))
    return gone


def _dpa_line(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """A DPA's belanja line as pasted (``5.1``, ``5.1.02``): not in Kinerja, no Kode Sasaran typed."""
    if item.kode_galat or not item.kode or item.node_kode in nodes:
        return False
    return belanja_kode(item.kode) and not for_sasaran(item) and _usable(item.pagu_used)
