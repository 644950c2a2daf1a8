"""A Nilai Akhir indicator in the year's report whose TW IV holds no figure but a status ("menunggu
rilis BPS", "belum ada data") or "-": the year's position is not known, and TW III's figure is not the
year's realisasi (the lead's decision, README "Jenis Realisasi"): the indicator is belum diketahui, its
status the one TW IV says. TW IV left blank keeps its peringatan and TW III's figure (said at the cell
or under the table); the quarterly reports keep the latest quarter with a figure. Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import figure
from lkj_xl.core.indicator_cells import NO_REALISASI
from lkj_xl.core.model import IndicatorInput


def tw4_unknown(item: IndicatorInput, numbers: list[Fraction | None], triwulan: int) -> str | None:
    """The status a Nilai Akhir of the year's report would take from this row's TW IV (its status, or
    "Belum ada realisasi" for "-"), whatever its Jenis Realisasi; None when TW IV is a figure, blank,
    unreadable, or the report is not the year's."""
    if triwulan != 4 or len(numbers) < 4 or numbers[3] is not None:
        return None
    value = item.realisasi_tw[3]
    if value.galat or value.exact is not None or not value.text:  # unreadable: a galat; blank: unchanged
        return None
    return value.status or NO_REALISASI


def year_unknown(item: IndicatorInput, numbers: list[Fraction | None], triwulan: int) -> str | None:
    """The status a Nilai Akhir indicator of the year's report takes when TW IV says there is no
    figure yet (its status, or "Belum ada realisasi" for "-"); None when the rule does not apply."""
    if item.jenis_realisasi != c.NILAI_AKHIR:
        return None
    return tw4_unknown(item, numbers, triwulan)


def akhir_advice(item: IndicatorInput, last: Fraction, triwulan: int) -> str:
    """What Nilai Akhir gives, as a peringatan advising it names it: "nilai triwulan terakhir, 96" (``last``:
    the latest quarter with a figure), or in the year's report with TW IV a status or "-", "belum
    diketahui: Belum ada realisasi", never TW III's figure (``triwulan``: the quarters counted)."""
    unknown = tw4_unknown(item, [v.exact for v in item.realisasi_tw[:triwulan]], triwulan)
    return f"belum diketahui: {unknown}" if unknown else f"nilai triwulan terakhir, {figure(last)}"
