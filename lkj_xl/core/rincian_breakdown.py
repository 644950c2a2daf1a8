"""Rows not in Kinerja left out as the rincian of a program (or Kegiatan) row above them by their Kode
(``2.06.04.01`` under ``2.06.04``) or their Uraian and place (``Kegiatan A`` under a program): where
they are its breakdown, they are quiet, as SIPD-shaped Kode rows (``2.06.04.1.01``) already were. A
Kegiatan breakdown is ordinary in a DPA; "hapus baris ini" at each honest one was a false alarm. Its
breakdown: every row's pagu typed and their sum the parent's pagu counted, and their realisasi s.d. the
reported quarter the parent's (the quarters as typed where the quarter is unknown), none with a Kode
Sasaran of its own (counted toward a Sasaran, it may be meant as a program). Rows that do not add up
(a Kegiatan typed twice, one left out: the sum check says by how much) stay told with their owner.
Pure."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Protocol

from lkj_xl.core.budget_rows import pagu_counted, spending_agrees
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import BudgetInput, Node
from lkj_xl.core.refund_quarter import block_spent_sd, spent_sd

# the signs a row is a Kegiatan of the row above it (budget_headings._looks_detail); a DPA account line's
# (its belanja) is quiet by belanja_sebagian.plain_blocks
_BASES = ("Kodenya", "Uraian dan letaknya", "Kode dan letaknya")


class _Found(Protocol):
    owners: dict[int, tuple[int, int]]
    basis: dict[int, str]


def breakdown_rows(
    log: FindingLog,
    inputs: list[BudgetInput],
    tree: tuple[dict[int, list[int]], list[int]],
    found: _Found,
    nodes: dict[str, Node],
    triwulan: int,
) -> set[int]:
    """The rows of ``found`` (budget_headings' rincian left out: index -> (owner's, parent's) and basis)
    that are quiet as their parent's breakdown (:func:`is_breakdown` of the rows ``tree[0]`` puts under
    it), not in Kinerja at all; the programs among those parents (``tree[1]``) recorded in
    log.summed_programs (rincian_ribuan: a rincian's pagu in ribuan is in theirs)."""
    under, programs = tree
    parents = {p for p, rows in under.items() if is_breakdown(inputs[p], [inputs[j] for j in rows], triwulan)}
    log.summed_programs.update(inputs[p].row for p in parents if p in programs)
    return {
        i
        for i, (_, parent) in found.owners.items()
        if parent in parents
        and found.basis[i] in _BASES
        and not_in_kinerja(inputs[i], nodes) == "tidak ada di sheet Kinerja"
    }


def is_breakdown(parent: BudgetInput, rows: Sequence[BudgetInput], triwulan: int) -> bool:
    """Whether ``rows`` (the rows right under ``parent``, left out as its rincian) add up to it: pagu
    and realisasi s.d. ``triwulan`` (0: unknown, each quarter typed) exactly, none with a Kode Sasaran."""
    pagu, pagus = pagu_counted(parent), [pagu_counted(row) for row in rows]
    if not rows or pagu is None or any(p is None for p in pagus) or any(row.kode_sasaran for row in rows):
        return False
    if sum((Fraction(p) for p in pagus if p is not None), Fraction(0)) != pagu:
        return False
    if not triwulan:
        return spending_agrees(parent, list(rows))
    spent = spent_sd(parent.realisasi_tw, triwulan)
    return spent is not None and spent == block_spent_sd(rows, triwulan)
