"""A DPA's jenis belanja rows ("5.1 BELANJA OPERASI", "5.2 BELANJA MODAL") pasted into Anggaran with the
programs, not below one program (budget_headings' rincian): a program's block pasted above its
program row, and the DPA's recap per jenis belanja of every program. Either way the money is the
programs', already in their rows. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.blank_program import fill_over_dpa_block
from lkj_xl.core.budget_rows import (
    adds_up,
    both_pagu,
    outer_rows,
    pagu_counted,
    prefers_above,
    program_level,
    program_row,
    spending_agrees,
    spent_to,
)
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.heading_signs import for_sasaran
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, BudgetInput, Node, Value
from lkj_xl.core.pk_on_top import OnTop, copy_sign
from lkj_xl.core.rincian import check_details
from lkj_xl.core.rowkinds import belanja_account, belanja_kode


def _blocks(inputs: list[BudgetInput], nodes: dict[str, Node]) -> list[tuple[int, int]]:
    """(first, end) of each run of jenis belanja rows not in Kinerja right above a program row
    (``inputs[end]``), its outermost rows (no row of the run begins their Kode) each named "Belanja ..."."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(inputs):
        j = i
        while j < len(inputs) and (
            not inputs[j].kode_galat and inputs[j].node_kode not in nodes and belanja_kode(inputs[j].kode)
        ):
            j += 1
        if (
            i < j < len(inputs)
            and program_row(inputs[j], nodes)
            and all(belanja_account(item.kode, item.program) for item in outer_rows(inputs[i:j]))
        ):
            found.append((i, j))
        i = j + 1 if j > i else i + 1
    return found


def _copied_spending(line: BudgetInput, program: BudgetInput) -> bool:
    """Whether a line has the program's very spending, a figure other than 0 among it: a copy of the
    program's line (its pagu mistyped), no money of its own spent to the rupiah alike."""
    figures = [v.exact for v in program.realisasi_tw if v.exact is not None]
    return any(figures) and spending_agrees(program, [line])


def _who(program: BudgetInput, nodes: dict[str, Node]) -> str:
    """'program P3.01 ("PROGRAM ...", baris 9)': a program row as the messages name it."""
    return f'{program_level(program, nodes)} ("{program.program}", baris {program.row})'


def _within(
    rows: list[BudgetInput], program: BudgetInput, own: Fraction | int | None = None, lone: bool = True
) -> bool:
    """Whether the block is one line (its children under it) that may be part of the program's DPA: a
    line of kelompok or jenis belanja ("5.1", "5.1.01"; deeper, one object of many: _deep), its
    pagu below the program's (``own``: its pagu used when not given) and its spending not above the
    program's in any quarter it has a figure in. (Several lines, 5.1 and 5.2, are the whole DPA of a
    program: short of its pagu, a figure mistyped; ``lone`` False: several, each such a line.)"""
    top, own = outer_rows(rows), pagu_counted(program) if own is None else own
    pagus = [pagu_counted(row) for row in top]
    if own is None or (len(top) != 1) == lone or any(p is None or p <= 0 for p in pagus):
        return False
    if any(row.kode.count(".") > 2 for row in top):
        return False
    if sum((p for p in pagus if p is not None), Fraction(0)) >= own:
        return False
    for q, value in enumerate(program.realisasi_tw):
        spent = sum((row.realisasi_tw[q].exact or Fraction(0) for row in top), Fraction(0))
        if value.exact is not None and spent > value.exact:
            return False
    return True


def _between(rows: list[BudgetInput], program: BudgetInput) -> bool:
    """Whether one line is above the program's Pagu Perubahan but below its Pagu (as _within against
    the Pagu before the APBD-P): part of its DPA before the revision, or the agency's own."""
    before = program.pagu.exact if program.pagu_perubahan.filled and not program.kode_galat else None
    return (
        not _within(rows, program)
        and _within(rows, program, before)
        and not _copied_spending(outer_rows(rows)[0], program)
    )


def _larger(rows: list[BudgetInput], program: BudgetInput) -> bool:
    """Whether the one outermost row cannot be part of the program's DPA: its pagu above the program's.
    (Several lines each above it are no proof: the DPA's recap per jenis belanja with one program's
    pagu mistyped, `5.1` and `5.2` of the agency's whole budget, would be counted on top of every
    program: a galat instead.)"""
    own, outer = both_pagu(program), outer_rows(rows)
    return (
        bool(own)
        and len(outer) == 1
        and (p := pagu_counted(outer[0])) is not None
        and p > max(own)
        and not _copied_spending(outer[0], program)  # (P0.01's very spending: its copy, a galat)
    )


def _spent_apart(rows: list[BudgetInput], program: BudgetInput, triwulan: int) -> bool:
    """Whether the lines' realisasi s.d. ``triwulan`` differs from the program's (all readable): a line
    with a copy sign (copy_sign: the program's figure wherever it typed one; still never counted) that
    spent in a quarter the program left blank, its spending to say at the program's cell as a part's."""
    own, parts = spent_to(program, triwulan), [spent_to(row, triwulan) for row in outer_rows(rows)]
    return own is not None and None not in parts and sum(p for p in parts if p is not None) != own


def _deep(rows: list[BudgetInput]) -> bool:
    """Whether the block is one deep SIPD object line ("5.1.02.01.01.0024", objek and below): a line of
    some program's DPA, never a program nor the agency's own (that is a jenis belanja at most)."""
    outer = outer_rows(rows)
    return len(outer) == 1 and outer[0].kode.count(".") > 2


def _holder(rows: list[BudgetInput], program: BudgetInput, below: list[BudgetInput]) -> BudgetInput | None:
    """The program a doubtful block on top may be part of: the one right below it for a lone line
    within its pagu or between its Pagu Perubahan and its Pagu, or sibling lines within it that are a
    copy of its DPA (copy_sign: its rincian, left out like a lone line); for a deep object line the
    first row ``below`` that holds it (_fits_some); None for any other block."""
    if _deep(rows):
        return _fits_some(outer_rows(rows)[0], below)
    copied = _within(rows, program, lone=False) and bool(copy_sign(outer_rows(rows), program, below))
    return program if _within(rows, program) or _between(rows, program) or copied else None


def _fits_some(line: BudgetInput, programs: list[BudgetInput]) -> BudgetInput | None:
    """The first program whose pagu (either) and spending (each quarter with a figure) can hold the line."""
    pagu = pagu_counted(line)
    for program in programs:
        own = both_pagu(program)
        if pagu is None or pagu <= 0 or not own or pagu > max(own):
            continue
        if all(
            v.exact is None or (line.realisasi_tw[q].exact or 0) <= v.exact
            for q, v in enumerate(program.realisasi_tw)
        ):
            return program
    return None


def without_dpa_above(
    inputs: list[BudgetInput],
    nodes: dict[str, Node],
    log: FindingLog,
    triwulan: int = 0,
    on_top: OnTop | None = None,
) -> list[BudgetInput]:
    """The budget rows to count: a DPA block (one line or more) pasted right above its program row whose
    outermost rows add up to that program's pagu is its rincian, left out with a peringatan at each
    Kode. At the top of the sheet (below a row, budget_headings reads it as the rincian of the row
    above), without a Kode Sasaran (with one: the agency's own line for that Sasaran, counted) nor
    summing every other row (the DPA's recap), one that adds up to another program's pagu and spending
    is that program's line pasted again, and a lone kelompok or jenis belanja line within the program's
    pagu and spending part of its rincian: both left out with a peringatan; each line above the
    program's pagu (no part of it) is the agency's own, counted (budget_tree says where); anything else
    is a galat at each Kode: counted, it may add a program's money again, left out, a figure may be
    lost (a deep object line or a program's very spending: _deep, _why_unsure). As below a program, a
    rincian's realisasi s.d. ``triwulan`` (0: not compared) other than the program's is said at the
    program's, and a program's blank quarter takes the rincian's (blank_program). ``on_top``: the
    doubtful lines against the Total Pagu Perjanjian Kinerja (_doubtful)."""
    blocks = _blocks(inputs, nodes)
    if not blocks:
        return inputs
    left_out: set[int] = set()
    galat: dict[int, str] = {}
    for first, end in blocks:
        rows, program = inputs[first:end], inputs[end]
        where = ", ".join(f"{row.kode} baris {row.row}" for row in rows)
        who = _who(program, nodes)
        below = first > 0  # (right under another row: budget_headings' rincian, prefers_above)
        total = adds_up(rows, program, spent=False)
        summed = sum((p or 0 for p in map(pagu_counted, outer_rows(rows))), Fraction(0))
        if total is not None and not (below and prefers_above(rows, inputs[first - 1], program, triwulan)):
            inputs = fill_over_dpa_block(inputs, first, end, program_level(program, nodes), triwulan, log)
            rows, program = inputs[first:end], inputs[end]  # (its blank quarters: as from rows below)
            said = _rincian(rows, program, total, f"{who} yang ditempel di atas barisnya ({where}", nodes)
            # (its spending where the program's quarter is blank, as for a rincian below a program:
            # the program's own figure counted, the difference said at its reported quarter; its pagu
            # compared with the Pagu it equals: before a Pagu Perubahan, the DPA before the APBD-P)
            same = total == pagu_counted(program)
            compared = program if same else dataclasses.replace(program, pagu_perubahan=Value())
            level = program_level(program, nodes)
            check_details(compared, level, outer_rows(rows), triwulan, log, "di atasnya")
        elif below or any(map(for_sasaran, rows)) or _recap(inputs, first, end, nodes):
            continue
        elif other := _pasted_from(rows, inputs[end + 1 :], nodes):
            said = (
                f"baris belanja DPA {_who(other, nodes)} yang ditempel lagi di atas {who} ({where}: jumlah "
                f"pagunya {rupiah(summed)}, sama dengan pagu {other.kode}, begitu pula realisasinya)"
            )
            program = other
        elif holder := _holder(rows, program, inputs[end:]):
            program = holder
            doubtful = _doubtful(rows, program, f"{who} ({where}", summed, on_top, nodes, log, inputs[end:])
            if not isinstance(doubtful, str):  # (counted: Pengaturan's Total Pagu Perjanjian Kinerja agrees)
                left_out.update(k for k, row in enumerate(rows, first) if row.row in doubtful)
                continue
            said = doubtful  # (a part of its rincian: its sums said at its cells, as below a program)
            copy = copy_sign(outer_rows(rows), program, inputs[end:])
            if not _deep(rows) and (not copy or _spent_apart(rows, program, triwulan)):
                level = program_level(program, nodes)
                check_details(program, level, outer_rows(rows), triwulan, log, "di atasnya")
        elif _larger(rows, program) and not _deep(rows):
            continue  # (larger than the program below: no part of it, the agency's own, counted)
        elif (
            counted := _siblings_counted(
                rows, program, f"{who} ({where}", summed, on_top, nodes, log, inputs[end:]
            )
        ) is not None:
            # (several lines within the program, or one spending more: the Total agreeing, the agency's own)
            left_out.update(k for k, row in enumerate(rows, first) if row.row in counted)
            continue
        else:
            why = _why_unsure(rows, program, summed, inputs[end:])
            at = f"{who} ({where})"
            galat.update({k: _unsure(row, program, nodes, at, why) for k, row in enumerate(rows, first)})
            continue
        _say_left_out(rows, program, said, nodes, log)
        left_out.update(range(first, end))
    return _kept(inputs, left_out, galat, log)


def _say_left_out(
    rows: list[BudgetInput], program: BudgetInput, said: str, nodes: dict[str, Node], log: FindingLog
) -> None:
    """The peringatan at each Kode of lines on top left out as ``program``'s money (``said``: why)."""
    for row in rows:
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            row.row,
            f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: {said}; tidak dihitung '
            f"(anggarannya termasuk angka {program.kode}, agar tidak dijumlahkan dua kali ke total Tabel "
            "3.4); hapus baris ini; bila anggaran tersendiri untuk satu sasaran, isi Kode Sasarannya",
            LEFT_OUT,
        )


def _rincian(
    rows: list[BudgetInput], program: BudgetInput, total: Fraction | int, at: str, nodes: dict[str, Node]
) -> str:
    """What a block adding up to the program's pagu is (``at``: the program and the block's rows)."""
    before = total != pagu_counted(program)  # (the Pagu before its Pagu Perubahan: the DPA before the APBD-P)
    return (
        f"rincian belanja DPA {at}: jumlah pagunya {rupiah(total)}, sama dengan "
        f"{'Pagu sebelum perubahan' if before else 'pagu'} {program.kode})"
    )


def _doubtful(
    rows: list[BudgetInput],
    program: BudgetInput,
    at: str,
    summed: Fraction | int,
    on_top: OnTop | None,
    nodes: dict[str, Node],
    log: FindingLog,
    below: list[BudgetInput],
) -> str | set[int]:
    """What a lone line within ``program`` (its children under it; or between its Pagu Perubahan and
    its Pagu, or a deep object line that fits in it) is, left out as its rincian; counted instead
    (on_top.counted: its peringatan said here), the Anggaran rows under it left out. ``at``: the
    program below and the block's rows; ``below``: the rows from the program on (copy_sign)."""
    copy = copy_sign(outer_rows(rows), program, below)
    if _deep(rows):  # (counted, it is no rincian: said once, by the counted note)
        what = (
            ""
            if on_top is not None and on_top.counted
            else ", rincian belanja suatu kegiatan, bukan baris program"
        )
        said = f"baris objek belanja DPA di atas {at}: pagu {rupiah(summed)}){what}; muat dalam pagu {_who(program, nodes)}"
    elif _within(rows, program) or _within(rows, program, lone=False):  # (siblings: a copy, _holder)
        said = _short_of(at, summed, program)
    else:  # (_between)
        said = (
            f"baris belanja DPA di atas {at}: jumlah pagunya {rupiah(summed)}, lebih dari Pagu Perubahan "
            f"{program.kode} {rupiah(pagu_counted(program) or 0)} tetapi kurang dari Pagu sebelum perubahannya "
            f"{rupiah(program.pagu.exact or 0)})"
        )
    if on_top is not None:
        on_top.doubtful += rows
        on_top.outer += outer_rows(rows)
        on_top.copies += rows if copy else []
        if on_top.counted:
            return count_block(rows, program, said, on_top, nodes, log)
    said = said + copy if _deep(rows) else f"{said}{copy}: dibaca sebagai sebagian rincian {program.kode}"
    return said + (on_top.named_note() if on_top is not None and on_top.total_ref and not copy else "")


def _short_of(at: str, summed: Fraction | int, program: BudgetInput) -> str:
    """Lines within the program's pagu used (``at``: the program below and the block's rows)."""
    return (
        f"baris belanja DPA di atas {at}: jumlah pagunya {rupiah(summed)}, kurang dari pagu "
        f"{program.kode} {rupiah(pagu_counted(program) or 0)})"
    )


def count_block(
    rows: list[BudgetInput],
    program: BudgetInput,
    said: str,
    on_top: OnTop,
    nodes: dict[str, Node],
    log: FindingLog,
) -> set[int]:
    """Count a block on top as the agency's own (on_top.counted): the peringatan at each outermost
    row; the rows under one (5.1.01 under 5.1) its rincian, left out (their Anggaran rows returned)."""
    outer = outer_rows(rows)
    for row in rows:
        if row in outer:
            _counted(row, program, said, on_top, nodes, log)
            continue
        head = next(top for top in outer if row.kode.startswith(f"{top.kode}."))
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            row.row,
            f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: rincian {head.kode} '
            f"baris {head.row} di atasnya, yang dihitung sebagai anggaran tersendiri perangkat daerah; tidak "
            "dihitung lagi (agar tidak dijumlahkan dua kali ke total Tabel 3.4)",
            LEFT_OUT,
        )
    return {row.row for row in rows if row not in outer}


def _siblings_counted(
    rows: list[BudgetInput],
    program: BudgetInput,
    at: str,
    summed: Fraction | int,
    on_top: OnTop | None,
    nodes: dict[str, Node],
    log: FindingLog,
    below: list[BudgetInput],
) -> set[int] | None:
    """Several sibling lines within ``program`` (5.1.01 and 5.1.02, short of its pagu), or one line
    spending more than it (no part of it), counted as the agency's own, the Total Pagu Perjanjian
    Kinerja agreeing with them (pk_on_top): the Anggaran rows under them left out (_count_block); None
    when not counted. Registered in ``on_top.unsure`` either way (a galat when not counted); never
    with a copy sign (copy_sign: a galat). ``at``: the program below and the block's rows."""
    if on_top is None or copy_sign(outer_rows(rows), program, below):
        return None
    if _within(rows, program, lone=False):
        said = _short_of(at, summed, program)
    elif _overspent(rows, program):
        said = f"baris belanja DPA di atas {at}: pagu {rupiah(summed)}, realisasinya lebih dari realisasi {program.kode})"
    else:
        return None
    on_top.unsure += rows
    on_top.outer += outer_rows(rows)
    if not on_top.counted:
        return None
    return count_block(rows, program, said, on_top, nodes, log)


def _overspent(rows: list[BudgetInput], program: BudgetInput) -> int | None:
    """The first quarter (0-3) a lone line on top (no deep object line) spent more than ``program``:
    no part of its DPA, the agency's own or a figure mistyped; None else."""
    top = outer_rows(rows)
    if len(top) != 1 or _deep(rows) or (pagu_counted(top[0]) or 0) <= 0:
        return None
    for q, value in enumerate(program.realisasi_tw):
        spent = top[0].realisasi_tw[q].exact
        if value.exact is not None and spent is not None and spent > value.exact:
            return q
    return None


def _why_unsure(
    rows: list[BudgetInput], program: BudgetInput, summed: Fraction | int, below: list[BudgetInput]
) -> str:
    """The figures a galat of lines on top gives: theirs against the program's (deep and fitting no
    row ``below``: nobody's rincian here and no program; its pagu or its realisasi), and the program's
    very spending (a copy)."""
    pagus, own = [pagu_counted(row) for row in outer_rows(rows)], pagu_counted(program)
    if _deep(rows):
        return _fits_no_program(outer_rows(rows)[0], summed, below)
    why = (
        f" ({rupiah(summed)}, pagu {program.kode} {rupiah(own)})"
        if None not in pagus and own is not None
        else ""
    )
    if (q := _overspent(rows, program)) is not None:
        spent, own_spent = outer_rows(rows)[0].realisasi_tw[q].exact, program.realisasi_tw[q].exact
        why += (
            f", sedangkan realisasinya {rupiah(spent or 0)} pada TW {c.ROMAN[q]} lebih dari realisasi "
            f"{program.kode} {rupiah(own_spent or 0)}"
        )
        if program.pagu_perubahan.filled and program.pagu.exact is not None:
            why += f" (Pagu sebelum perubahan {program.kode} {rupiah(program.pagu.exact)})"
    return why + copy_sign(outer_rows(rows), program, below)


def _fits_no_program(line: BudgetInput, summed: Fraction | int, below: list[BudgetInput]) -> str:
    """Which figure of a deep line fits no program below (_fits_some): its pagu, or its realisasi in a
    quarter above every program whose pagu holds the line."""
    holding = [row for row in below if (own := both_pagu(row)) and summed <= max(own)]
    if not holding:
        return f" ({rupiah(summed)}, lebih dari pagu setiap program di bawahnya)"
    for q, value in enumerate(line.realisasi_tw):
        figures = [row.realisasi_tw[q].exact for row in holding]
        if value.exact is not None and all(f is not None and value.exact > f for f in figures):
            return (
                f" (pagunya {rupiah(summed)} muat dalam pagu {holding[0].kode}, tetapi realisasinya "
                f"{rupiah(value.exact)} pada TW {c.ROMAN[q]} lebih dari realisasi setiap program yang "
                "pagunya memuatnya)"
            )
    return f" ({rupiah(summed)}: realisasinya lebih dari realisasi setiap program yang pagunya memuatnya)"


def _counted(
    row: BudgetInput, program: BudgetInput, said: str, on_top: OnTop, nodes: dict[str, Node], log: FindingLog
) -> None:
    """The peringatan of a doubtful line on top counted as the agency's own (pk_on_top)."""
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        "Kode",
        row.row,
        f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: {said}, tetapi '
        f"{on_top.counted_note(row)}; bila rincian {program.kode}, hapus baris ini dan perbaiki Total Pagu "
        "Perjanjian Kinerja; bila anggaran tersendiri untuk satu sasaran, isi Kode Sasarannya",
    )


def _pasted_from(
    rows: list[BudgetInput], after: list[BudgetInput], nodes: dict[str, Node]
) -> BudgetInput | None:
    """The program further down whose pagu (and spending) the lines add up to: its line pasted again. A
    Kegiatan of Kinerja is no such program: a line equal to one of them is the nearest program's (README:
    a belanja line belongs to the nearest program), the Kegiatan's own belanja only right below it."""
    return next(
        (
            row
            for row in after
            if program_row(row, nodes)
            and (row.node_kode not in nodes or nodes[row.kode].tingkat == "Program")
            and adds_up(rows, row) is not None
        ),
        None,
    )


def _unsure(row: BudgetInput, program: BudgetInput, nodes: dict[str, Node], above: str, sums: str) -> str:
    """The galat of a DPA line above ``program`` that is neither surely its rincian nor surely the
    agency's own: counted it may add the program's money again, left out a figure may be lost."""
    return (
        f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row, nodes)}: baris belanja DPA di atas '
        f"{above}, tetapi jumlah pagunya tidak sama dengan pagu {program.kode}{sums} dan tidak "
        f"dapat dipastikan bagian dari {program.kode} atau anggaran tersendiri, jadi jumlah anggaran dan "
        f"anggaran sasarannya tidak dihitung; bila rincian {program.kode}, hapus baris ini (sheet "
        "Anggaran cukup berisi baris program); bila anggaran tersendiri, isi Kode Sasarannya atau "
        "isi Kodenya di sheet Kinerja"
    )


def _kept(
    inputs: list[BudgetInput], left_out: set[int], galat: dict[int, str], log: FindingLog
) -> list[BudgetInput]:
    """The rows still counted, each galat said at its Kode and marked on its row."""
    kept: list[BudgetInput] = []
    for k, item in enumerate(inputs):
        if k in galat:
            log.add(GALAT, c.SHEET_ANGGARAN, "Kode", item.row, galat[k])
            item = dataclasses.replace(item, kode_galat=log.where(c.SHEET_ANGGARAN, "Kode", item.row))
        if k not in left_out:
            kept.append(item)
    return kept


def _recap(inputs: list[BudgetInput], first: int, end: int, nodes: dict[str, Node]) -> bool:
    """Whether the block's outermost rows sum every other row's pagu: the DPA's recap per jenis
    belanja above the programs (dpa_recap.without_belanja_recap's)."""
    block = [pagu_counted(row) for row in outer_rows(inputs[first:end])]
    if None in block:
        return False
    total = sum((p for p in block if p is not None), Fraction(0))
    rest = [row for k, row in enumerate(inputs) if not first <= k < end]
    # (the DPA's own rows further down, a rincian under a program left out later by without_sipd_details,
    # are in the programs' figures: the recap sums the other rows with them or without them)
    programs = [row for row in rest if not _dpa_row(row, nodes)]
    for others in (rest, programs):
        pagus = [pagu_counted(row) for row in others]
        if others and None not in pagus and total == sum((p for p in pagus if p is not None), Fraction(0)):
            return True
    return False


def _dpa_row(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """Whether a row is one of the DPA's jenis belanja rows: a belanja Kode not in Kinerja, no Kode Sasaran."""
    return (
        not item.kode_galat
        and item.node_kode not in nodes
        and belanja_kode(item.kode)
        and not for_sasaran(item)
    )
