"""The trend charts' point labels (Grafik section 4): each point shows its table cell's text, as the
bars of sections 1 and 3 do (36,0016 beside the table's 36,0016, never 36,00)."""

from __future__ import annotations

from lkj_xl.core.desimal_ketik import typed_places
from lkj_xl.core.formulas import (
    figure_decimals,
    number_style,
    recomputable_decimals,
    scale_decimals,
)
from lkj_xl.core.layout import SCALE_COMMAS, STYLES, figure_kind, fmt_percent
from lkj_xl.core.model import IndicatorResult

# A label wider than about 11 characters ("999.999.999") wraps mid-number in the chart ("5.850.123.00" /
# "0.000"): from a milyar on, a row without a scale word is labelled in milyar ("5.912,35 milyar").
_LONG = 10**9


def trend_values(ind: IndicatorResult) -> list[float]:
    """The figures ``ind``'s trend shows: this period's, last year's, the earlier years'."""
    return [
        v for v in (ind.realisasi, ind.pembanding.tahun_lalu, *ind.realisasi_tahun.values()) if v is not None
    ]


def trend_format(values: list[float]) -> str:
    """Axis format of a trend: large figures in juta/milyar/triliun ("150,0 milyar") to keep the axis
    short; others with two decimals unless all are whole (the labels: trend_label_formats)."""
    largest = max((abs(v) for v in values), default=0.0)
    for word, power in (("triliun", 12), ("milyar", 9), ("juta", 6)):
        if largest >= 10**power:
            return f'{fmt_percent(1)}{SCALE_COMMAS[word]} "{word}"'
    return fmt_percent(0 if number_style(*values) == "integer" else 2)


def trend_label_formats(
    ind: IndicatorResult,
    skala: str,
    values: list[float],
    points: list[tuple[float | None, str | None]],
    desimal: int = 2,
) -> tuple[str, tuple[str, ...]]:
    """The labels' format of ``ind``'s trend, one for all or one per point: each period's cell's (as
    style_figures sets them: the indicator's decimals and scale word). Large figures too: "36,0 juta"
    beside the cell 36.001.600 (90,004 % of 40.000.000, Sangat Tinggi) reads back 90,0 % (Tinggi).
    From a milyar on, without a scale word, all in milyar with the decimals its kriteria reads back
    with (the chart's labels then have their own format, not linked to the cells'). ``desimal``:
    Pengaturan's Desimal, the capaian's decimals a reader recomputes (formulas.figure_decimals).
    ``points``: each period's figure and its scale word, in the order of the columns."""
    scale = ind.scale_word if ind.scale_word in SCALE_COMMAS else None
    if scale is None and max((abs(v) for v in values), default=0.0) >= _LONG:
        decimals = 2
        exact = ind.capaian_exact
        if exact is not None and ind.capaian_mentah == ind.capaian:  # a capped one as it is (figure_decimals)
            decimals = recomputable_decimals(
                ind.target, ind.realisasi, exact, ind.polaritas, skala, 2, _LONG, desimal=desimal
            )
        return str(STYLES[f"milyar_{figure_kind(decimals)}"]["num_format"]), ()
    decimals = figure_decimals(ind, skala, comparisons=True, desimal=desimal)

    def style(value: float | None, of: str | None) -> str:
        factor = 1000 ** len(SCALE_COMMAS[of]) if of in SCALE_COMMAS else 1
        # a figure typed with fewer decimals than the row's keeps its own, as its cell (style_figures)
        kind = figure_kind(typed_places(value, scale_decimals(ind, decimals, of, comparisons=True), factor))
        return str(STYLES[f"{of}_{kind}" if of in SCALE_COMMAS else kind]["num_format"])

    # each point in the scale its cell is shown in (grafik_tren.trend_scales: 595.430 beside 1,10 juta)
    return "", tuple(style(v, of if of in SCALE_COMMAS else None) for v, of in points)
