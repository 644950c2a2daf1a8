"""The galat of a program's pagu typed in ribuan (pagu_seribu.pagu_thousandth) where the program has no row
of its own (program_from_rincian: its pagu the sum of its Kegiatan rows, placed at the first one's cell).
"tulis 1.200.000.000" there was wrong advice: that cell holds Kegiatan A's 700.000, and 1.200.000.000 typed
in it made the program Rp 1.200.500.000. The figure to type is each Kegiatan's, at its own cell. Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import BudgetInput
from lkj_xl.core.numbers import format_number
from lkj_xl.core.rincian_over_pagu import own_row


def made_ribuan(log: FindingLog, program: BudgetInput, pagu: Fraction) -> tuple[str, str] | None:
    """(the slip, the fix) of made ``program``'s pagu ``pagu`` typed in ribuan: its outermost rincian
    spending ten to a thousand times their pagu (log.over_rincian, not yet taken by ribuan_too), each with
    the figure to type at its cell; where they hold only part of ``pagu``, the others to check too. None
    for a program made of one Kegiatan (its pagu that row's, at that cell: the figure to type is its own)."""
    far = [r for _, r, *_ in log.over_rincian.get(program.row, []) if r.pagu_used.exact]
    outer = [r for r in far if not any(r.kode.startswith(f"{o.kode}.") for o in far if o is not r)]
    if not outer or all(own_row(r, program) for r in outer):
        return None
    fixes = ", ".join(
        f"{format_number(r.pagu_used.exact * 1000, 0)} di {log.where(c.SHEET_ANGGARAN, r.pagu_header, r.row)}"
        for r in outer
        if r.pagu_used.exact is not None
    )
    held = sum((r.pagu_used.exact or Fraction(0) for r in outer), Fraction(0))
    rest = "" if held == pagu else ", dan periksa pagu rincian lainnya"
    slip = (
        "pagu program ini jumlah pagu rinciannya (tanpa baris program sendiri), ditulis dalam ribuan rupiah?"
    )
    return (
        slip,
        f"tulis pagu tiap rinciannya dalam rupiah penuh: {fixes}{rest}"
        if fixes
        else "periksa pagu rinciannya",
    )
