"""A realisasi quarter typed as a whole percentage (85) in a cell formatted Percent afterwards: Excel
keeps 85 and shows 8.500 %, read as 8.500, ten to a thousand times its target. The mirror of
capaian_checks._whole_in_percent_cell (the target in such a cell). Computed as Excel shows it; said at
the quarter's own cell, with what to type. Pure.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value


def whole_in_percent_quarter(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, target: Fraction, log: FindingLog
) -> None:
    """Each quarter of ``cells`` (the target's first) that is a number in a Percent cell shown over
    100 %, between ten and a thousand times the target, when the target is no such cell (the ratio
    then holds: both typed alike)."""
    head = cells[0][1]
    # (the sign of a Fraction is its numerator's: no Fraction comparison for every indicator)
    if target.numerator <= 0 or (head.percent and not head.text and target > 100):  # (shown 8.000 % too)
        return
    for tw, value in cells[1:]:
        shown = value.exact
        if not value.percent or value.text or shown is None or shown <= 100:
            continue
        if not 10 * target < shown <= 1000 * target:
            continue
        stored = shown / 100
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            tw,
            item.row,
            f"{tw} {name} berformat persen dan berisi {figure(stored)}, yang tampak {figure(shown)}%: "
            f"dibaca {figure(shown)}%, sedangkan {cells[0][0]} {figure(target)}. Bila realisasinya "
            f"{figure(stored)}%, ketik ulang {figure(stored)}% di sel itu (sel berformat persen menyimpan "
            f"{figure(stored / 100)} untuk {figure(stored)}%)",
        )
