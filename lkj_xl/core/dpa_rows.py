"""A DPA's jenis belanja rows ("5.1 BELANJA OPERASI", "5.2 BELANJA MODAL") pasted into Anggaran with the
programs, not below one program (budget_headings' rincian): a program's block pasted above its
program row, and the DPA's recap per jenis belanja of every program. Either way the money is the
programs', already in their rows. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.budget_headings import _PROGRAM_NAME, _for_sasaran, _pagu, _spending_agrees, check_details
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, BudgetInput, Node, Value
from lkj_xl.core.rowkinds import belanja_account, belanja_kode


def _program_row(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """Whether a row is a program's: a Program (Kegiatan) of Kinerja, or a row meant for a Sasaran
    (a Kode Sasaran) or named "Program ..."; never a belanja-shaped Kode (the DPA's own rows)."""
    if item.kode_galat or not item.kode or belanja_kode(item.kode):
        return False
    node = nodes.get(item.kode)
    if node is not None:
        return node.tingkat not in ("Sasaran", "Tujuan")
    return _for_sasaran(item) or bool(_PROGRAM_NAME.match(item.program))


def _blocks(inputs: list[BudgetInput], nodes: dict[str, Node]) -> list[tuple[int, int]]:
    """(first, end) of each run of jenis belanja rows not in Kinerja right above a program row
    (``inputs[end]``), its outermost rows (no row of the run begins their Kode) each named "Belanja ..."."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(inputs):
        j = i
        while j < len(inputs) and (
            not inputs[j].kode_galat and inputs[j].kode not in nodes and belanja_kode(inputs[j].kode)
        ):
            j += 1
        if (
            i < j < len(inputs)
            and _program_row(inputs[j], nodes)
            and all(belanja_account(item.kode, item.program) for item in _outer(inputs[i:j]))
        ):
            found.append((i, j))
        i = j + 1 if j > i else i + 1
    return found


def _outer(rows: list[BudgetInput]) -> list[BudgetInput]:
    """The rows of a block no other row of it begins the Kode of (5.1 and 5.2, not 5.1.02)."""
    kodes = [row.kode for row in rows]
    return [row for row in rows if not any(row.kode.startswith(f"{k}.") for k in kodes)]


def _adds_up(rows: list[BudgetInput], program: BudgetInput) -> Fraction | int | None:
    """The outermost rows' pagu summed when it is the program's pagu, each positive, and their spending
    its spending in every quarter it has a figure in; None else."""
    pagus = [_pagu(row) for row in _outer(rows)]
    own = _pagu(program)
    if own is None or any(p is None or p <= 0 for p in pagus):
        return None
    total = sum((p for p in pagus if p is not None), Fraction(0))
    return total if total == own and _spending_agrees(program, _outer(rows)) else None


def _who(program: BudgetInput, nodes: dict[str, Node]) -> str:
    """'program P3.01 ("PROGRAM ...", baris 9)': a program row as the messages name it."""
    return f'{_level(program, nodes)} ("{program.program}", baris {program.row})'


def _level(program: BudgetInput, nodes: dict[str, Node]) -> str:
    """ "program P3.01", "kegiatan K2.01.01": a program row's tingkat and Kode."""
    level = nodes[program.kode].tingkat.lower() if program.kode in nodes else "program"
    return f"{level} {program.kode}"


def _within(rows: list[BudgetInput], program: BudgetInput) -> bool:
    """Whether the block is one line (its children under it) that may be part of the program's DPA: a
    line of kelompok or jenis belanja ("5.1", "5.1.01"; deeper, one object of many, tells nothing), its
    pagu below the program's and its spending not above the program's in any quarter it has a figure in.
    (Several lines, 5.1 and 5.2, are the whole DPA of a program: short of its pagu, a figure mistyped.)"""
    top, own = _outer(rows), _pagu(program)
    pagus = [_pagu(row) for row in top]
    if own is None or len(top) != 1 or any(p is None or p <= 0 for p in pagus) or top[0].kode.count(".") > 2:
        return False
    if sum((p for p in pagus if p is not None), Fraction(0)) >= own:
        return False
    for q, value in enumerate(program.realisasi_tw):
        spent = sum((row.realisasi_tw[q].exact or Fraction(0) for row in top), Fraction(0))
        if value.exact is not None and spent > value.exact:
            return False
    return True


def _larger(rows: list[BudgetInput], program: BudgetInput) -> bool:
    """Whether the one outermost row cannot be part of the program's DPA: its pagu above the program's.
    (Several lines each above it are no proof: the DPA's recap per jenis belanja with one program's
    pagu mistyped, `5.1` and `5.2` of the agency's whole budget, would be counted on top of every
    program: a galat instead.)"""
    own, outer = _pagu(program), _outer(rows)
    return own is not None and len(outer) == 1 and (p := _pagu(outer[0])) is not None and p > own


def without_dpa_above(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog, triwulan: int = 0
) -> list[BudgetInput]:
    """The budget rows to count: a DPA block (one line or more) pasted right above its program row whose
    outermost rows add up to that program's pagu (and spending) is its rincian, left out with a
    peringatan at each Kode. At the top of the sheet (below a row, budget_headings reads it as the
    rincian of the row above), without a Kode Sasaran (with one: the agency's own line for that Sasaran,
    counted) nor summing every other row (the DPA's recap), one that adds up to another program's pagu
    is that program's line pasted again, and a lone kelompok or jenis belanja line within the program's
    pagu and spending part of its rincian: both left out with a peringatan; each line above the
    program's pagu (no part of it) is the agency's own, counted (budget_tree says where); anything else
    is a galat at each Kode: counted, it may add a program's money again, left out, a figure may be
    lost. A rincian's realisasi s.d. ``triwulan`` (0: not compared) other than the program's is said at
    the program's, as below a program."""
    blocks = _blocks(inputs, nodes)
    if not blocks:
        return inputs
    left_out: set[int] = set()
    galat: dict[int, str] = {}
    for first, end in blocks:
        rows, program = inputs[first:end], inputs[end]
        where = ", ".join(f"{row.kode} baris {row.row}" for row in rows)
        who = _who(program, nodes)
        # (right under another row, a program, Kegiatan or Sub Kegiatan: budget_headings reads a block
        # there as that row's rincian, preferred when it adds up to that row too)
        below = first > 0
        total = _adds_up(rows, program)
        pagus, own = [_pagu(row) for row in _outer(rows)], _pagu(program)
        summed = sum((p for p in pagus if p is not None), Fraction(0))
        said = ""
        if total is not None and not (below and _adds_up(rows, inputs[first - 1]) is not None):
            said = (
                f"rincian belanja DPA {who} yang ditempel di atas barisnya ({where}: jumlah pagunya "
                f"{rupiah(total)}, sama dengan pagu {program.kode})"
            )
            # (its spending where the program's quarter is blank, as for a rincian below a program:
            # the program's own figure counted, the difference said at its reported quarter)
            check_details(program, _level(program, nodes), _outer(rows), triwulan, log, "di atasnya")
        elif below or any(map(_for_sasaran, rows)) or _recap(inputs, first, end, nodes):
            continue
        elif other := _pasted_from(rows, inputs[end + 1 :], nodes):
            said = (
                f"baris belanja DPA {_who(other, nodes)} yang ditempel lagi di atas {who} ({where}: jumlah "
                f"pagunya {rupiah(summed)}, sama dengan pagu {other.kode}, begitu pula realisasinya)"
            )
            program = other
        elif _within(rows, program):
            said = (
                f"baris belanja DPA di atas {who} ({where}: jumlah pagunya {rupiah(summed)}, kurang dari pagu "
                f"{program.kode} {rupiah(_pagu(program) or 0)}): dibaca sebagai sebagian rincian {program.kode}"
            )
        elif _larger(rows, program):
            continue  # (larger than the program below: no part of it, the agency's own, counted)
        else:
            sums = (
                f" ({rupiah(summed)}, pagu {program.kode} {rupiah(own)})"
                if None not in pagus and own is not None
                else ""
            )
            galat.update(
                {
                    k: _unsure(row, program, nodes, f"{who} ({where})", sums)
                    for k, row in enumerate(rows, first)
                }
            )
            continue
        for row in rows:
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                "Kode",
                row.row,
                f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row.kode, nodes)}: {said}; tidak dihitung '
                f"(anggarannya termasuk angka {program.kode}, agar tidak dijumlahkan dua kali ke total Tabel "
                "3.4); hapus baris ini; bila anggaran tersendiri untuk satu sasaran, isi Kode Sasarannya",
                LEFT_OUT,
            )
        left_out.update(range(first, end))
    return _kept(inputs, left_out, galat, log)


def _pasted_from(
    rows: list[BudgetInput], after: list[BudgetInput], nodes: dict[str, Node]
) -> BudgetInput | None:
    """The program further down whose pagu (and spending) the lines add up to: its line pasted again."""
    return next((row for row in after if _program_row(row, nodes) and _adds_up(rows, row) is not None), None)


def _unsure(row: BudgetInput, program: BudgetInput, nodes: dict[str, Node], above: str, sums: str) -> str:
    """The galat of a DPA line above ``program`` that is neither surely its rincian nor surely the
    agency's own: counted it may add the program's money again, left out a figure may be lost."""
    return (
        f'Kode "{row.kode}" ("{row.program}") {not_in_kinerja(row.kode, nodes)}: baris belanja DPA di atas '
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
    belanja above the programs (budget_headings.without_belanja_recap's)."""
    block = [_pagu(row) for row in _outer(inputs[first:end])]
    if None in block:
        return False
    total = sum((p for p in block if p is not None), Fraction(0))
    rest = [row for k, row in enumerate(inputs) if not first <= k < end]
    # (the DPA's own rows further down, a rincian under a program left out later by without_sipd_details,
    # are in the programs' figures: the recap sums the other rows with them or without them)
    programs = [row for row in rest if not _dpa_row(row, nodes)]
    for others in (rest, programs):
        pagus = [_pagu(row) for row in others]
        if others and None not in pagus and total == sum((p for p in pagus if p is not None), Fraction(0)):
            return True
    return False


def _dpa_row(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """Whether a row is one of the DPA's jenis belanja rows: a belanja Kode not in Kinerja, no Kode Sasaran."""
    return (
        not item.kode_galat and item.kode not in nodes and belanja_kode(item.kode) and not _for_sasaran(item)
    )


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
        if item.kode_galat or item.kode in nodes or not belanja_account(item.kode, item.program):
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
        top = _outer([inputs[i] for i in run])
        pagus, others = [_pagu(item) for item in top], [_pagu(item) for item in rest]
        if None in pagus or None in others or not rest:
            continue
        total = sum((p for p in pagus if p is not None), Fraction(0))
        if not total or total != sum((p for p in others if p is not None), Fraction(0)):
            continue
        if not all(_spending_agrees(head, rest) for head in _summed(top)):
            continue
        where = ", ".join(f"{item.kode} baris {item.row}" for item in top)
        for i in run:
            item = inputs[i]
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                "Kode",
                item.row,
                f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item.kode, nodes)}: rekap per jenis belanja '
                f"salinan DPA ({where}: jumlah pagunya {rupiah(total)}, sama dengan jumlah pagu baris program); "
                "tidak dihitung (agar tidak dijumlahkan dua kali ke total Tabel 3.4); hapus baris ini",
                LEFT_OUT,
            )
        left_out.update(run)
    return [item for i, item in enumerate(inputs) if i not in left_out]


def _summed(rows: list[BudgetInput]) -> list[BudgetInput]:
    """One row standing for ``rows`` summed, quarter by quarter (a quarter blank in all of them: blank),
    for :func:`_spending_agrees`."""
    tws = []
    for q in range(4):
        values = [row.realisasi_tw[q].exact for row in rows]
        known = [v for v in values if v is not None]
        tws.append(Value(exact=sum(known, Fraction(0))) if known else Value())
    return [dataclasses.replace(rows[0], realisasi_tw=tws)]
