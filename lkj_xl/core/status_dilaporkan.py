"""Whether a status text in a quarter leaves the realisasi s.d. the reported quarter unknown (the lead's
decisions, README "Values" and "Jenis Realisasi"): the reported quarter of a Kumulatif or Rata-rata
(a zero said in words under Kumulatif, "Belum ada kegiatan (0)", adds nothing to a known sum: not),
and TW IV of a Nilai Akhir in the year's report. Shared by :mod:`sd_belum_diketahui`, which makes such
an indicator belum diketahui, and the cell's own peringatan (indicator_cells), which must say so
rather than "triwulan ini tidak dihitung". Pure."""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.model import IndicatorInput
from lkj_xl.core.unit_checks import status_figure


def leaves_unknown(item: IndicatorInput, quarter: int, triwulan: int, status: str) -> bool:
    """True when ``status``, typed in ``quarter`` (1-4) of a report s.d. TW ``triwulan`` (the quarters
    counted), leaves ``item``'s realisasi s.d. that quarter unknown (see the module)."""
    if quarter != triwulan:
        return False
    if item.jenis_realisasi == c.NILAI_AKHIR:
        return triwulan == 4
    if item.jenis_realisasi == c.KUMULATIF:
        return status_figure(status, item) != "0"
    return item.jenis_realisasi == c.RATA_RATA
