"""Property: a row of Tabel 3.3 (capaian | penyerapan | efisiensi) as formulas.efisiensi_shown and
formulas.efisiensi_row_decimals show it, against an oracle written here from DOMAIN.md (Fractions,
rounding half away from zero as Excel displays, the PermenPANRB / Permendagri bands), never the code's
own functions: for any capaian (a Negatif indicator's above 100 or below 0, exact integers) beside any
penyerapan (up to above 100 %: spending above pagu) and every Desimal 0-3,

- each figure shown is its exact value rounded half away from zero at the decimals it is shown with,
  at least the report's Desimal;
- the row adds up as printed: efisiensi shown = capaian shown - penyerapan shown;
- the efisiensi shown has the exact one's sign (Efisien >= 0), the capaian shown its kriteria, its
  side of 100 % and of 0, the penyerapan shown its side of 100 %;
- the efisiensi shown is within one unit of its last decimal of the exact one, within half a unit
  when capaian or penyerapan is exact at the decimals it is shown with, and the two share their
  decimals unless one of them is exact at fewer (66,667 | 99,995, never 66,67 | 99,995).

It is NOT always the exact efisiensi rounded at its decimals (96,76 - 40,00 = 56,76 where 56,768
rounds to 56,77: the row adds up instead, README "Values"); the test pins the one-unit bound instead.
"""

from __future__ import annotations

from fractions import Fraction as F

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_xl.core import contract as c
from lkj_xl.core.formulas import efisiensi_row_decimals, efisiensi_shown


def _round(x: F, decimals: int) -> F:
    """Half away from zero, by hand: sign x floor(|x| x 10^d + 1/2) / 10^d."""
    scaled = abs(x) * 10**decimals + F(1, 2)
    magnitude = scaled.numerator // scaled.denominator
    return F(magnitude if x >= 0 else -magnitude, 10**decimals)


def _kriteria(x: F, skala: str) -> int:
    """The band's index, best first (DOMAIN.md: PermenPANRB > 90, > 75, > 65, > 50; Permendagri
    >= 91, >= 76, >= 66, >= 51)."""
    if skala == c.SKALA_PERMENPANRB:
        return next((i for i, edge in enumerate((90, 75, 65, 50)) if x > edge), 4)
    return next((i for i, edge in enumerate((91, 76, 66, 51)) if x >= edge), 4)


def _sign(x: F) -> int:
    return (x > 0) - (x < 0)


# Figures as staff's data give them: a ratio of typed numbers (thirds, sevenths, rupiah of a pagu of
# millions) anywhere from below 0 (a Negatif indicator far off its target) to above 100, and figures
# a hair off an edge (90 +- 1/10^k, 100 +- 1/10^k, 75, 50).
EDGES = (0, 50, 51, 65, 66, 75, 76, 90, 91, 100)
_ratio = st.builds(
    F,
    st.integers(-300_000, 300_000),
    st.sampled_from([1, 2, 3, 6, 7, 8, 9, 11, 40, 300, 1000, 3000, 10_000, 7000, 300_000, 999_999]),
).map(lambda x: x / 1000 if abs(x) > 300 else x)
_near_edge = st.builds(
    lambda edge, k, n, sign: edge + sign * F(n, 10**k),
    st.sampled_from(EDGES),
    st.integers(0, 6),
    st.integers(0, 9),
    st.sampled_from([1, -1]),
)
CAPAIAN = st.one_of(_ratio, _near_edge, st.integers(-150, 250).map(F))
PENYERAPAN = st.one_of(
    _ratio.map(abs),
    _near_edge.map(abs),
    st.integers(0, 150).map(F),
    st.builds(lambda r, pagu: F(100 * r, pagu), st.integers(0, 10**9), st.integers(1, 10**9)).filter(
        lambda p: p <= 200
    ),
)


@settings(max_examples=3000, deadline=None)
@given(CAPAIAN, PENYERAPAN, st.integers(0, 3), st.sampled_from([c.SKALA_PERMENPANRB, c.SKALA_PERMENDAGRI]))
# 2/3 beside 299.985.000 / 300.000.000 (figures42): 66,667 - 99,995 = -33,328, data -33,3283...
@example(F(200, 3), F(99995, 1000), 2, c.SKALA_PERMENPANRB)
# 96,76 - 40 = 56,76 (exact 56,768: the row adds up, README)
@example(F(9676, 100), F(40), 2, c.SKALA_PERMENPANRB)
# efisiensi exactly 0, and -0,0004 (40 beside 40,0004): Efisien / Tidak efisien at every Desimal
@example(F(50), F(50), 0, c.SKALA_PERMENPANRB)
@example(F(40), F(400004, 10000), 0, c.SKALA_PERMENPANRB)
# a Negatif indicator's capaian below 0 beside spending above pagu: -12,5 - 100,5 = -113
@example(F(-25, 2), F(201, 2), 0, c.SKALA_PERMENDAGRI)
def test_a_row_of_tabel_3_3_adds_up_and_is_the_data_to_its_last_decimal(capaian, penyerapan, desimal, skala):
    efisiensi = capaian - penyerapan
    of_capaian, of_serapan = efisiensi_row_decimals(capaian, efisiensi, skala, desimal)
    points, of_points = efisiensi_shown(capaian, efisiensi, skala, desimal)
    assert of_capaian >= desimal and of_serapan >= desimal
    assert of_points == max(of_capaian, of_serapan)
    shown_capaian, shown_serapan = _round(capaian, of_capaian), _round(penyerapan, of_serapan)
    assert points == shown_capaian - shown_serapan  # the row adds up as printed
    assert (points >= 0) == (efisiensi >= 0)  # Efisien / Tidak efisien as the exact value
    assert _kriteria(shown_capaian, skala) == _kriteria(capaian, skala)
    assert (shown_capaian >= 100) == (capaian >= 100) and (shown_capaian < 0) == (capaian < 0)
    assert _sign(shown_serapan - 100) == _sign(penyerapan - 100)
    unit = F(1, 10**of_points)
    exact_capaian, exact_serapan = shown_capaian == capaian, shown_serapan == penyerapan
    assert abs(points - efisiensi) <= (unit / 2 if exact_capaian or exact_serapan else unit)
    if not exact_capaian and not exact_serapan:
        assert of_capaian == of_serapan, (of_capaian, of_serapan)
