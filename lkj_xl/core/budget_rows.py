"""The figures of an Anggaran row that the readers of a SIPD or DPA paste share (budget_headings,
dpa_rows, dpa_recap, lone_belanja, doubtful_belanja, belanja_daerah, program_of_belanja,
program_from_rincian): a row's pagu that counts, its spending s.d. a quarter, a block's outermost rows,
a program row, and whether a block of DPA lines adds up to a program's figures. Pure; exact arithmetic."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core.heading_signs import PROGRAM_NAME, for_sasaran
from lkj_xl.core.model import BudgetInput, Node, Value
from lkj_xl.core.refund_quarter import spent_sd
from lkj_xl.core.rowkinds import belanja_kode


def pagu_counted(item: BudgetInput) -> Fraction | int | None:
    """The pagu that counts (Pagu Perubahan when filled), None for a row counted nowhere; a whole
    amount as an int (summed many times over: int arithmetic, the same exact value)."""
    value = item.pagu_used.exact
    if value is None or item.kode_galat:
        return None
    return value.numerator if value.denominator == 1 else value


def spending_agrees(head: BudgetInput, rows: list[BudgetInput]) -> bool:
    """Each quarter the heading has a number in is the sum of that quarter in ``rows``."""
    for q, value in enumerate(head.realisasi_tw):
        if value.exact is not None and value.exact != sum(
            (row.realisasi_tw[q].exact or Fraction(0) for row in rows), Fraction(0)
        ):
            return False
    return True


def spent_to(item: BudgetInput, triwulan: int) -> Fraction | None:
    """The realisasi s.d. ``triwulan`` as typed, refunds netted (refund_quarter.spent_sd)."""
    return spent_sd(item.realisasi_tw, triwulan)


def both_pagu(item: BudgetInput) -> set[Fraction | int]:
    """A row's pagu used and its Pagu column (before a Pagu Perubahan), the readable ones."""
    used, before = pagu_counted(item), item.pagu.exact if not item.kode_galat else None
    return {p for p in (used, before) if p is not None}


def outer_rows(rows: list[BudgetInput]) -> list[BudgetInput]:
    """The rows of a block no other row of it begins the Kode of (5.1 and 5.2, not 5.1.02)."""
    kodes = [row.kode for row in rows]
    return [row for row in rows if not any(row.kode.startswith(f"{k}.") for k in kodes)]


def program_row(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """Whether a row is a program's: a Program (Kegiatan) of Kinerja, or a row meant for a Sasaran
    (a Kode Sasaran) or named "Program ..."; never a belanja-shaped Kode (the DPA's own rows)."""
    if item.kode_galat or not item.kode:
        return False
    node = nodes.get(item.node_kode)
    if node is not None:  # (a Renstra's program "5.1.1" looks like a belanja account, and is none)
        return node.tingkat not in ("Sasaran", "Tujuan")
    if belanja_kode(item.kode):
        return False
    return for_sasaran(item) or bool(PROGRAM_NAME.match(item.program))


def program_level(program: BudgetInput, nodes: dict[str, Node]) -> str:
    """ "program P3.01", "kegiatan K2.01.01": a program row's tingkat and Kode."""
    level = nodes[program.kode].tingkat.lower() if program.node_kode in nodes else "program"
    return f"{level} {program.kode}"


def adds_up(rows: list[BudgetInput], program: BudgetInput, spent: bool = True) -> Fraction | int | None:
    """The outermost rows' pagu summed when it is one of the program's pagu (both_pagu: the one used or
    its Pagu before a Pagu Perubahan), each positive, and (``spent``) their spending its spending in
    every quarter it has a figure in; None else. The rows' own Pagu column summed counts too (a DPA
    before the APBD-P beside its revision)."""
    outer = outer_rows(rows)
    if any(p is None or p <= 0 for p in map(pagu_counted, outer)) or (
        spent and not spending_agrees(program, outer)
    ):
        return None
    own = both_pagu(program)
    for pagus in ([pagu_counted(row) for row in outer], [row.pagu.exact for row in outer]):
        if None not in pagus and (total := sum((p for p in pagus if p is not None), Fraction(0))) in own:
            return total
    return None


def up_to(item: BudgetInput, triwulan: int) -> BudgetInput:
    """``item`` with its quarters after ``triwulan`` (0: none) blank."""
    if not triwulan:
        return item
    tw = [v if q < triwulan else Value() for q, v in enumerate(item.realisasi_tw)]
    return dataclasses.replace(item, realisasi_tw=tw)


def typed_agrees(program: BudgetInput, rows: list[BudgetInput]) -> bool:
    """The block's spending is the program's in a quarter both have a figure in."""
    outer = outer_rows(rows)
    return any(
        v.exact is not None and any(r.realisasi_tw[q].exact is not None for r in outer)
        for q, v in enumerate(program.realisasi_tw)
    )


def prefers_above(
    rows: list[BudgetInput], above: BudgetInput, program: BudgetInput, triwulan: int = 0
) -> bool:
    """Whether a block between two rows whose pagu adds up to ``program`` below is the row's ``above``
    (read as its rincian by budget_headings): its pagu adds up to that row's too, and its spending
    does not tell them apart in ``program``'s favour (only ``program``'s agrees, or only its typed
    figures: a blank ``above`` agrees with anything, and would take the block's spending again). Only
    the quarters up to ``triwulan`` (0: all) tell: a figure after the reported one is not counted."""
    above, program = up_to(above, triwulan), up_to(program, triwulan)
    if adds_up(rows, above, spent=False) is None:
        return False
    if adds_up(rows, program) is None:
        return True
    return adds_up(rows, above) is not None and (typed_agrees(above, rows) or not typed_agrees(program, rows))
