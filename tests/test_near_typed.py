"""formulas.near_typed: a percentage typed as staff round it agrees with the one computed; one rounded
the wrong way does not. Figures from the seed (../shared/seeds/000_237f033edcd5cb60.txt, "l.N")."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.formulas import near_typed

F = Fraction


@pytest.mark.parametrize(
    ("typed", "computed"),
    [
        (F(4), F(159_653_500 * 100, 3_661_557_265)),  # 4,3603 rounded half up
        (F(436, 100), F(159_653_500 * 100, 3_661_557_265)),  # to two decimals
        (F(2), F(8, 10) / F(5427, 100) * 100),  # 1,4741 -> 1,5 -> 2, rounded twice (l.545)
        (F(170), F(9605, 100) / F(5667, 100) * 100),  # 169,4900 -> 169,5 -> 170 (l.546)
        (F(71), F(29) / F(4071, 100) * 100),  # 71,2356 (l.508)
        (F(8988, 100), F(80 * 100, 89)),  # 89,8876 cut to 89,88, as l.806 prints it
        (F(6), F(64_159_175 * 100, 1_132_811_550)),  # 5,6637 (Tabel 3.3 l.792)
        (F(666667, 10_000), F(200, 3)),  # typed with more decimals than shown: as before, within 0,01
    ],
)
def test_rounded_as_staff_round(typed, computed):
    assert near_typed(typed, computed)


@pytest.mark.parametrize(
    ("typed", "computed"),
    [
        # Tabel 3.3 l.795 prints 5 for Sasaran 3's 4,36 (DOMAIN.md): rounded up, a slip
        (F(5), F(159_653_500 * 100, 3_661_557_265)),
        (F(2), F(101, 100)),  # 1,01 is 1, never 2
        (F(437, 100), F(159_653_500 * 100, 3_661_557_265)),  # 4,3603 is 4,36 to two decimals
        (F(71), F(6 * 100, 9)),  # Tabel 3.2 l.556: 71 for 66,67
        (F(41), F(35 * 100, 80)),  # l.563: 41 for 43,75
    ],
)
def test_a_figure_rounded_the_wrong_way_disagrees(typed, computed):
    assert not near_typed(typed, computed)


# 2/3 = 66,6666...: every way staff write it (the seed's 66,67 of Tabel 3.2 l.556's 6 of 9)
TWO_THIRDS = F(200, 3)


@pytest.mark.parametrize(
    ("typed", "computed"),
    [
        (F(6667, 100), TWO_THIRDS),  # half up to two decimals
        (F(667, 10), TWO_THIRDS),  # to one
        (F(67), TWO_THIRDS),  # to whole points
        (F(6666, 100), TWO_THIRDS),  # cut to two decimals
        (F(666, 10), TWO_THIRDS),  # cut to one
        (F(33333333, 500_000), TWO_THIRDS),  # 66,666666: a formula's saved value, within 0,01
        (F(3), F(5, 2)),  # 2,5 half up is 3 (banker's rounding would say 2)
        (F(2), F(5, 2)),  # and cut 2
        (F(13, 100), F(1, 8)),  # 0,125 half up is 0,13
        (F(-1027, 100), F(-102766, 10_000)),  # a capaian below zero cut: -10,2766 -> -10,27
        (F(-1028, 100), F(-102766, 10_000)),  # half away from zero: -10,28
        (F(90), F(90)),  # exactly 90, typed 90,00 (read 90)
        (F(2), F(1449, 1000)),  # 1,449 printed 1,45 (two decimals), then 1,5, then 2
    ],
)
def test_every_way_staff_round(typed, computed):
    assert near_typed(typed, computed)


@pytest.mark.parametrize(
    ("typed", "computed"),
    [
        (F(6668, 100), TWO_THIRDS),  # 66,68: two hundredths up
        (F(668, 10), TWO_THIRDS),  # 66,8
        (F(68), TWO_THIRDS),  # 68
        (F(-1029, 100), F(-102766, 10_000)),  # -10,29 for -10,2766
        (F(-12), F(-102766, 10_000)),  # -12 for -10,2766
        (F(8999, 100), F(90)),  # 89,99 for exactly 90: across the kriteria's edge
        (F(2), F(1444, 1000)),  # 1,444 prints 1,44: 1,4, 1; never 2
    ],
)
def test_not_staff_rounding(typed, computed):
    assert not near_typed(typed, computed)
