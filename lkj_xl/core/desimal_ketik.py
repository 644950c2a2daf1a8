"""The decimals of one figure in a row shown with more than 2 (formulas.figure_decimals: a Rata-rata's
realisasi 88,667 so that a reader recomputes the capaian printed beside it): a figure with fewer
decimals of its own (a Target typed 95, a quarter typed 90,5) is shown with them, at least the report's
2 (95,00; 90,50), never padded to the row's (95,000 read as a figure of three decimals). Its value is
the same, so the capaian recomputed from it is too. Pure: standard library only."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.number_format import own_decimals, to_fraction

# The decimals every figure with decimals of an indicator's row shows (the report's Tabel 3.1)
_REPORT = 2


def typed_places(value: object, places: int, factor: int = 1) -> int:
    """``places``, or fewer for a number with fewer decimals of its own once shown in its scale
    (``factor``: 1.000.000 for juta), never fewer than 2. A formula's figure with no decimals of its own
    (=1/3) and anything not a number keep ``places``. An exact figure (a selisih's Fraction) as a cell's."""
    if places <= _REPORT or isinstance(value, bool) or not isinstance(value, int | float | Fraction):
        return places
    own = own_decimals(to_fraction(value) / factor)
    return places if own is None else max(_REPORT, min(places, own))
