"""A rincian row over rows of its own (the DPA's ``5.1`` over ``5.1.02``, a SIPD Kegiatan over its Sub
Kegiatan) whose quarter disagrees with its rows' while the program above agrees with those rows (``5.1``
TW II typed ``-`` over lines spending Rp 600.000.000 in TW II, the program's TW II holding them): the slip
is that row's alone, said at it (rincian.check_details of it against its rows). Compared as typed at the
program too, one cell was two "tidak sama" peringatan, the program's telling it "lebih" by the lines it
holds. Pure."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from fractions import Fraction

from lkj_xl.core.model import BudgetInput, Value
from lkj_xl.core.refund_quarter import quarter_usable
from lkj_xl.core.styles import same_amount


def _as_rows(
    rows: Sequence[BudgetInput], under: Mapping[int, list[int]], i: int, triwulan: int
) -> BudgetInput:
    """Row ``i`` with each quarter s.d. ``triwulan`` its rows' sum (theirs in turn where they have rows);
    as it is where a cell among them gives no figure."""
    head = rows[i]
    if i not in under:
        return head
    kids = [_as_rows(rows, under, k, triwulan) for k in under[i]]
    if not all(quarter_usable(kid.realisasi_tw, q) for kid in kids for q in range(triwulan)):
        return head
    quarters = list(head.realisasi_tw)
    for q in range(triwulan):
        total = sum((kid.realisasi_tw[q].exact or Fraction(0) for kid in kids), Fraction(0))
        if not same_amount(quarters[q].exact or Fraction(0), total):
            quarters[q] = Value(number=float(total), exact=total, text=quarters[q].text)
    return dataclasses.replace(head, realisasi_tw=quarters) if quarters != head.realisasi_tw else head


def _agrees(parent: BudgetInput, kids: Sequence[BudgetInput], triwulan: int) -> bool:
    """Each quarter s.d. ``triwulan`` of ``parent`` the sum of its ``kids``' (every cell a figure)."""
    if not all(quarter_usable(row.realisasi_tw, q) for row in (parent, *kids) for q in range(triwulan)):
        return False
    return all(
        same_amount(
            parent.realisasi_tw[q].exact or Fraction(0),
            sum((kid.realisasi_tw[q].exact or Fraction(0) for kid in kids), Fraction(0)),
        )
        for q in range(triwulan)
    )


def heads_read_as_rows(
    rows: Sequence[BudgetInput], under: Mapping[int, list[int]], programs: Sequence[int], triwulan: int
) -> dict[int, list[BudgetInput]]:
    """Each parent's rincian as compared with it (by the parent's index): a program's rows that have
    rows of their own read as those rows' sums where the program then agrees in every quarter (the one
    slip is the row's, said at it against its rows); as typed otherwise."""
    kids = {parent: [rows[i] for i in below] for parent, below in under.items()}
    for parent in programs if triwulan else ():
        read = [_as_rows(rows, under, i, triwulan) for i in under[parent]]
        if read != kids[parent] and _agrees(rows[parent], read, triwulan):
            kids[parent] = read
    return kids
