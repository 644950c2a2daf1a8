"""The realisasi s.d. the reported quarter not known although an earlier quarter has a figure (the
lead's decisions, README "Jenis Realisasi" and "Values"): a Kumulatif or Rata-rata indicator whose
reported quarter holds a status text ("ATAP belum rilis", "menunggu data BPS") has only part of its
realisasi s.d. the quarter, which the tables would present as the whole (TW I's 45.230 ton scored
49,34 % Sangat Rendah); a Nilai Akhir one in the year's report whose TW IV holds a status or "-"
(:mod:`nilai_akhir_tahunan`). Either is belum diketahui, its status the quarter's own. Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.model import IndicatorInput
from lkj_xl.core.nilai_akhir_tahunan import year_unknown
from lkj_xl.core.status_dilaporkan import leaves_unknown


def reported_text(item: IndicatorInput, numbers: list[Fraction | None], triwulan: int) -> str | None:
    """The status text the reported quarter (``triwulan``, the quarters counted) holds in place of a
    figure, whatever the Jenis Realisasi; None otherwise: a figure, blank (its own peringatan),
    unreadable (a galat), or "-" (kept as typed: the seed's Nilai Investasi, TW I's figure with its
    `data s.d.` note)."""
    if not 0 < triwulan <= len(numbers) or numbers[triwulan - 1] is not None:
        return None
    value = item.realisasi_tw[triwulan - 1]
    if value.galat or value.exact is not None:
        return None
    return value.status or None


def reported_status(item: IndicatorInput, numbers: list[Fraction | None], triwulan: int) -> str | None:
    """:func:`reported_text` of a Kumulatif or Rata-rata indicator, whose realisasi s.d. the quarter
    it leaves unknown; None of a Nilai Akhir (the latest quarter with a figure is its position)."""
    if item.jenis_realisasi not in (c.KUMULATIF, c.RATA_RATA):
        return None
    status = reported_text(item, numbers, triwulan)
    # ("Belum ada kegiatan (0)" under Kumulatif: a zero said in words adds nothing to a known sum)
    return status if status and leaves_unknown(item, triwulan, triwulan, status) else None


def sd_unknown(item: IndicatorInput, numbers: list[Fraction | None], triwulan: int) -> str | None:
    """The status an indicator takes when its realisasi s.d. the reported quarter is not known though
    an earlier quarter has a figure (see the module); None when it is scored as typed."""
    return year_unknown(item, numbers, triwulan) or reported_status(item, numbers, triwulan)
