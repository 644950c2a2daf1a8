"""A rincian row (a Kegiatan / Sub Kegiatan pasted from SIPD under its program, left out of the
totals by budget_headings.without_sipd_details) spending above its own pagu. Pure.

SIPD lets no SP2D pass a Sub Kegiatan's pagu, so such a row is a typing slip: a quarter typed s.d. that
quarter, the DPA's pagu from before the APBD-P. Its spending is in the program's (summed into the
program's blank quarters, or compared with them), so it is pointed out as a program's is
(budget._over_pagu), at the row's last quarter typed, never corrected."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import OVER_PAGU, PERINGATAN, BudgetInput
from lkj_xl.core.styles import same_amount


def _spent(item: BudgetInput, triwulan: int) -> tuple[Fraction, int] | None:
    """(the realisasi s.d. ``triwulan``, a koreksi below zero netted as the program's sum nets it, and the
    index of its last quarter typed); None when a quarter is unusable (its own galat says so), none is
    typed, or the pagu is no figure above zero."""
    pagu = None if item.pagu_used.galat else item.pagu_used.exact
    values = item.realisasi_tw[:triwulan]
    if pagu is None or pagu <= 0 or any(v.galat or v.status for v in values):
        return None
    typed = [(q, v.exact) for q, v in enumerate(values) if v.exact is not None]
    if not typed:
        return None
    return sum((x for _, x in typed), Fraction(0)), typed[-1][0]


def rincian_over_pagu(log: FindingLog, details: Iterable[BudgetInput], triwulan: int) -> None:
    """A peringatan at each of ``details`` whose spending s.d. ``triwulan`` (0: unknown, nothing
    weighed) is above its own pagu (Pagu Perubahan when typed)."""
    if not triwulan:
        return
    for item in details:
        spent = _spent(item, triwulan)
        pagu = item.pagu_used.exact
        if spent is None or pagu is None or spent[0] <= pagu or same_amount(spent[0], pagu):
            continue
        name = f' "{item.program}"' if item.program else ""
        fix = ", atau Pagu Perubahan yang belum diisi" if item.pagu_header == "Pagu" else ""
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            c.REALISASI_TW_HEADERS[spent[1]],
            item.row,
            f"Realisasi anggaran rincian {item.kode}{name} {log.sd(triwulan)} ({rupiah(spent[0])}) melebihi pagu "
            f"({rupiah(pagu)}): rincian ini tidak dihitung sendiri, tetapi belanjanya termasuk "
            "realisasi programnya; periksa realisasi triwulan yang ditulis s.d. triwulan itu (kumulatif; "
            f"realisasi per triwulan dijumlahkan, tulis belanja triwulan itu saja){fix}",
            OVER_PAGU,
        )
