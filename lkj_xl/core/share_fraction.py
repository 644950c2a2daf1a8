"""A share above 100 % typed as a fraction: an Angka Partisipasi Kasar of 102,35 % computed =A/B without
x 100 and pasted as 1,0235. The checks of a percentage typed as a fraction take fractions of at most 1
(0,85 for 85 %); this one says when a figure between 1 and 2 is one too (1 itself may be
1 % or 100 %: unknowable, left to those checks)."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import figure
from lkj_xl.core.model import IndicatorInput
from lkj_xl.core.pasted import lower_is_better


def above_whole(x: Fraction, beside: Fraction) -> bool:
    """``x`` (above 1, below 2) is a share above 100 % typed as a fraction: ``x`` x 100 lies within
    half to twice ``beside`` (the target, or a quarter typed whole), as 1,0235 beside 100 or 101,8 does.
    A real small percentage is not near it: 1,5 % of a target of 20 (150 is more than twice 20)."""
    return 1 < x < 2 and beside <= 200 * x and 100 * x <= 2 * beside


def moves_little(x: Fraction, beside: Fraction) -> bool:
    """``x`` x 100 (1,0235: 102,35) and ``beside`` (a quarter typed whole, 101,8) may be one share as
    it moves from quarter to quarter: the larger at most one and a half times the smaller, as
    :func:`crossing_one` keeps. 1,5 beside 95 or 98 is no such fraction: a share that leaps from 98 % to
    150 % and back to 99 % is a slip, and advising 150 would put a wrong figure in the report."""
    meant = 100 * x
    return 2 * max(meant, beside) <= 3 * min(meant, beside)


def a_reading_fits(x: Fraction, beside: Fraction) -> bool:
    """Whether ``x`` typed without % may be ``beside``'s share read either way: as a fraction (``x`` x
    100, :func:`moves_little`) or as typed (0,85 beside 1). Neither is a slip to check: 0,3 beside 95
    is no 0,3 % and no 30 %, a share does not fall from 95 % to 30 % and back, and advising 30 would
    put a guess in the report. The same one and a half times as :func:`moves_little`."""
    return moves_little(x, beside) or 2 * max(x, beside) <= 3 * min(x, beside)


def far_from_quarter(said: tuple[str, str, str], other: tuple[str, Fraction], satuan: str) -> str:
    """The peringatan of a figure below 2 typed without % beside a quarter typed whole (or, of a
    comparison column, the target) that is no fraction of a share either (:func:`a_reading_fits`):
    ``said`` is (its column, the indicator's name, the figure as typed), ``other`` (the column and
    figure beside it). No figure is advised."""
    (header, name, shown), (beside, w) = said, other
    return (
        f'{header} {name} ditulis {shown} tanpa % (Satuan "{satuan}"), jauh dari {beside} {figure(w)}: '
        f"dibaca {shown}%. Tampaknya bukan pula pecahan hasil rumus tanpa x 100 (persentase jarang "
        f"melonjak sejauh itu); periksa angkanya (salah ketik?) dan tulis angka yang benar; bila memang "
        f"{shown}%, tulis {shown}%"
    )


def crossing_one(figures: list[Fraction], target: Fraction) -> bool:
    """``figures`` (the quarters, some at most 1, some above) are one share typed as fractions on
    either side of 100 %: an APK of 99,8 % then 102,35 % pasted as 0,998 and 1,0235. Each x 100 lies
    within half to twice ``target`` and the largest is at most one and a half times the smallest (a
    share moves little from quarter to quarter; 0,5 % then 1,2 % of 90 is a small rate rising)."""
    if not figures or min(figures) <= 0 or max(figures) >= 2:
        return False
    low, high = min(figures), max(figures)
    return target <= 200 * low and 100 * high <= 2 * target and 2 * high <= 3 * low


def may_exceed_hundred(item: IndicatorInput) -> bool:
    """Whether a share of ``item`` may lie above 100 % (an APK's): a higher-is-better indicator whose
    name says nothing of lower being better. A drop-out rate of 1,2 % is never 120 %, whether its
    Polaritas is Negatif or left blank (read Positif, the Polaritas cell asking for Negatif)."""
    return item.polaritas == c.POSITIF and not lower_is_better(item.indikator, item.satuan)
