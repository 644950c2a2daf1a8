"""A quarter's spending left blank between two quarters typed (TW III blank beside TW II and TW IV in
a Semester II or year-end report): realisasi s.d. the reported quarter counts it as nothing spent, and
so do the penyerapan and efisiensi. Kinerja says it of a Kumulatif quarter blank between two; the
budget row now says it too, at the cell ("0" or "-" typed says nothing was spent on purpose). Pure.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import PERINGATAN, SOME_QUARTERS, BudgetInput


def spending_gaps(
    log: FindingLog, item: BudgetInput, triwulan: int, numbers: list[Fraction | None], subject: str
) -> None:
    """A peringatan at each quarter up to ``triwulan`` left blank (no text at all) between two quarters
    of ``item`` with a figure (``numbers``: the quarters as counted)."""
    filled = [q for q, v in enumerate(numbers[:triwulan]) if v is not None]
    if len(filled) < 2:
        return
    counted = ", ".join(c.TW_LABELS[q] for q in filled)
    for q in range(filled[0] + 1, filled[-1]):
        value = item.realisasi_tw[q]
        if value.text or value.exact is not None or value.galat or value.status:
            continue
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            c.REALISASI_TW_HEADERS[q],
            item.row,
            f"Realisasi anggaran {c.TW_LABELS[q]} {subject} kosong di antara triwulan yang berisi angka: "
            f"realisasi {log.sd(triwulan)} dihitung dari {counted} saja, begitu pula penyerapan anggaran "
            'dan efisiensinya; isi belanja triwulan itu (0 atau "-" bila memang tidak ada belanja)',
            SOME_QUARTERS,
        )
