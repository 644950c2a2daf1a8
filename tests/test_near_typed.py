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
