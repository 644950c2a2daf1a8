"""Decimals the rekap shows its figures with: enough that a capaian shown gives its kriteria (on either
scale) and its side of 100 %, and an efisiensi its sign, as the agency's own tables do. Pure."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core import formulas
from lkj_xl.core.numbers import to_fraction

DESIMAL = 2  # the rekap's percentages are shown with the output sheets' default decimals

# Where a capaian shown rounded could cross into another kriteria or to the other side of 100 %: the
# edges of both scales, since one rekap sheet holds agencies of either.
KRITERIA_EDGES = tuple(sorted({edge for skala in c.SKALA for edge in formulas.band_edges(skala)}))


def capaian_decimals(value: float, decimals: int) -> int:
    """Decimals to show a capaian of the rekap with, at least ``decimals``: enough that the number
    shown gives the kriteria (on either scale) and the side of 100 % the value gives, as the output
    sheets do (90,004 beside Sangat Tinggi is shown "90,004", never "90,00", which reads as Tinggi)."""
    if all(abs(value - edge) > 10**-decimals for edge in KRITERIA_EDGES):  # nearly every value: far from them
        return decimals
    # decided on the float as Excel shows it (50.995, which it rounds to 51,00), not on its binary value
    # (50.99499999999999744..., which rounds to 50,99)
    exact = to_fraction(value)
    return max(formulas.capaian_decimals(exact, skala, decimals) for skala in c.SKALA)


def figure_decimals(target: Any, realisasi: Any, capaian: Any, polaritas: Any, decimals: int) -> int:
    """Decimals for an indicator's target and realisasi in Semua Indikator: ``decimals``, or as many
    more as the agency's own tables show them with, so that the figures shown give, recomputed, the
    capaian beside them as this sheet shows it, with its kriteria (on either scale) and side of 100 %
    (90,004 of 100 is shown "100,00 | 90,004", not "100,00 | 90,00", which reads exactly 90; a Negatif
    0,135 of 0,15 "0,15 | 0,135 | 110,00", not "0,15 | 0,14", which gives 106,67:
    formulas.recomputable_decimals; a figure typed with fewer decimals keeps its own, at least 2:
    rekap_rows, desimal_ketik)."""
    numbers = (target, realisasi, capaian)
    if polaritas not in (c.POSITIF, c.NEGATIF) or not all(
        type(v) in (int, float) and math.isfinite(v) for v in numbers
    ):
        return decimals
    shown_as = capaian_decimals(capaian, DESIMAL)  # as the Rekap sheet shows the capaian beside them
    return max(
        formulas.recomputable_decimals(target, realisasi, capaian, polaritas, skala, decimals, 1, shown_as)
        for skala in c.SKALA
    )


def efisiensi_figures(capaian: Fraction | None, penyerapan: Fraction | None) -> tuple[Any, Any, int | None]:
    """An agency's efisiensi exact (json, parquet, csv) and as the rekap shows it (the Rekap sheet, its
    PDF, csv --excel-id), and the decimals its row's capaian, penyerapan and efisiensi are all shown
    with: its capaian minus its penyerapan, each rounded to those decimals, so every row adds up with
    the same decimals in its three figures (90,995 - 99,995 = (9,000); 49,996 - 49,999 = (0,003), never
    50,00 - 50,00 = (0,003); 100,004 - 100,004 = 0,000, never 100,00 - 100,004 = 0,00). The decimals:
    those of the capaian's kriteria (:func:`capaian_decimals`) and of the penyerapan's side of 100 %
    (:func:`penyerapan_decimals`), and more only where the shown difference would have the other sign
    than the exact one. None for all three when either figure is unknown."""
    if capaian is None or penyerapan is None:
        return None, None, None
    exact = capaian - penyerapan
    # rounded as the sheet shows the floats it holds (to_fraction: 50.995 is 50,995, as Excel reads it)
    cap, pen = to_fraction(float(capaian)), to_fraction(float(penyerapan))
    shown = max(capaian_decimals(float(capaian), DESIMAL), penyerapan_decimals(float(penyerapan), DESIMAL))
    while True:
        difference = formulas.round_half_up(cap, shown) - formulas.round_half_up(pen, shown)
        if (difference >= 0) == (exact >= 0) or shown >= formulas.MAX_SHOWN_DECIMALS:
            return float(exact), float(difference), shown
        shown += 1


def efisiensi_decimals(value: float, decimals: int) -> int:
    """Decimals to show an efisiensi with: enough that its sign shows (-0,004 is "(0,004)"), and all of
    a shown one's (efisiensi_figures: 79,974 from a capaian 90,004 beside a penyerapan 10,03)."""
    digits = -int(Decimal(repr(value)).as_tuple().exponent) if math.isfinite(value) else 0
    if digits <= formulas.MAX_SHOWN_DECIMALS:  # a shown figure, not the exact one's float
        decimals = max(decimals, digits)
    if abs(value) > 10**-decimals:
        return decimals
    return formulas.efisiensi_decimals(to_fraction(value), decimals)


def penyerapan_decimals(value: float, decimals: int) -> int:
    """Decimals to show a penyerapan with: enough that it is on its side of 100 %, as Tabel 3.4 shows
    it (99,995 is "99,995", never "100,00", which reads as the whole pagu spent)."""
    if abs(value - 100) > 10**-decimals:  # nearly every value
        return decimals
    return formulas.penyerapan_decimals(to_fraction(value), decimals)


# The columns of an agency's row shown with at least its row's decimals (efisiensi_figures): its
# capaian, penyerapan and efisiensi, so the row adds up, and the Tujuan and Sasaran means beside the
# capaian (49,996 beside two means shown 50,00, which cannot average 49,996)
ROW_SHOWN = ("capaian", "penyerapan", "efisiensi", "capaian_tujuan", "capaian_sasaran")
# The Rekap sheet's decimals of a column (the others keep their figures): csv --excel-id writes them
SHOWN_AS = {"capaian": capaian_decimals, "capaian_tujuan": capaian_decimals,
            "capaian_sasaran": capaian_decimals, "penyerapan": penyerapan_decimals}  # fmt: skip


def as_shown(value: float, decimals_of: Any, row_decimals: int | None = None) -> float:
    """``value`` rounded (half up, as Excel shows the float) to the decimals the Rekap sheet shows it
    with (``decimals_of``, one of :data:`SHOWN_AS`, or its row's when more: efisiensi_figures): 83,333...
    is 83,33 and 10,025 is 10,03, so the csv --excel-id row adds up with its efisiensi shown (73,30). A
    blank stays blank."""
    if not math.isfinite(value):
        return value
    decimals = max(decimals_of(value, DESIMAL), row_decimals or 0)
    return float(formulas.round_half_up(to_fraction(value), decimals))
