"""The checks of a cell as typed for a row whose Target is a range ("60-85 %", scored by
:mod:`rentang_skor`). Pure.

The engine's checks weigh the cells against one target figure: a realisasi in another scale or kind
than the target (a whole rupiah amount beside a Satuan in juta, a percentage of a count: a galat, no
capaian), a comma for thousands ("1,000-2,000" orang is read 1 to 2), a percentage typed as a
fraction (0,85 for 85 %), a realisasi more than ten times the target, a capaian below zero. A range
has no one figure, so a bound stands in for it: the lower one for the checks of the cells as typed
(both bounds are typed alike: the unit typed once goes with both), the bound the realisasi is scored
against for those that weigh the realisasi (inside the range the target is met: nothing is weighed).
The figures are computed as read, as beside a one-figure target."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import capaian_checks
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import IndicatorInput, Settings, Value
from lkj_xl.core.number_words import satuan_scale
from lkj_xl.core.numbers import NumberParseError, parse_number, to_fraction
from lkj_xl.core.rentang import bounds
from lkj_xl.core.rentang_skor import posisi

Cells = list[tuple[str, Value]]  # (header, value): the target first, then the quarters counted


def batas(value: Value, item: IndicatorInput) -> list[Value]:
    """Each bound of a range Target as a Value of its own, as typed ("60 %", "85 %"; the unit typed
    once goes with both), floor first; [] for any other Value."""
    pair = bounds(value.text) if value.rentang is not None else None
    if pair is None:
        return []
    found = []
    for text in pair:
        try:  # (read as cell_reader read it: the row's Satuan and Indikator)
            parsed = parse_number(text, satuan=item.satuan, indikator=item.indikator)
        except NumberParseError:
            return []
        exact = Fraction(parsed.exact) if parsed.exact is not None else to_fraction(parsed.value)
        found.append(
            Value(
                number=parsed.value,
                text=text,
                exact=exact,
                scale_word=parsed.scale_word,
                percent=parsed.percent,
                currency=parsed.currency,
                # ("1-2 M" under Juta Rupiah, 1.000-2.000: checked beside a whole amount, as one figure)
                in_satuan=(satuan_scale(item.satuan) or 0) if parsed.in_satuan else 0,
            )
        )
    return sorted(found, key=lambda v: v.exact or 0)


def diketik(value: Value, item: IndicatorInput) -> Value:
    """A range Target stood in by its lower bound as typed, for the checks of the cells as typed (a
    realisasi in another scale or kind, a % missing, a comma for thousands; both bounds are typed
    alike), the range kept on it for :func:`terhadap_batas`; ``value`` itself for any other Target."""
    found = batas(value, item)
    return dataclasses.replace(found[0], rentang=value.rentang) if found else value


def terhadap_batas(cells: Cells, item: IndicatorInput, realisasi: Fraction) -> Cells:
    """``cells`` (their Target as :func:`diketik` gives it) with a range Target stood in by the bound
    ``realisasi`` is scored against (the upper above the range, the lower below it), for the checks
    that weigh the realisasi against its target; inside the range (met) no figure at all; ``cells``
    itself for any other Target."""
    value = cells[0][1] if cells else None
    if value is None or value.rentang is None:
        return cells
    where = posisi(realisasi, value.rentang)
    if where == "dalam":  # met: nothing to weigh
        bound = dataclasses.replace(value, number=None, exact=None)
    elif where == "atas":  # (the upper bound as read; its text is the lower one's, so none is kept)
        ceiling = value.rentang[1]
        bound = dataclasses.replace(value, number=float(ceiling), exact=ceiling, text="", rentang=None)
    else:
        bound = dataclasses.replace(value, rentang=None)
    return [(cells[0][0], bound), *cells[1:]]


def worth_a_look(
    cells: Cells,
    item: IndicatorInput,
    name: str,
    settings: Settings,
    figures: tuple[Fraction, Fraction, int],
    log: FindingLog,
) -> None:
    """:func:`capaian_checks.worth_a_look` (``figures``: the capaian, the realisasi s.d. TW n, n), a
    range Target weighed as the bound the realisasi is scored against (:func:`terhadap_batas`)."""
    capaian_checks.worth_a_look(terhadap_batas(cells, item, figures[1]), item, name, settings, figures, log)
