"""How wide the rekap's number columns must be: as wide as their widest figure as its number format
shows it, or Excel and LibreOffice print "###" in its place, silently (the seed's own Tujuan target,
5.984,04 milyar, is 5.984.040.000.000,00 in Semua Indikator: 20 characters in a column 16 wide).
Measured with the project's width model (lkj_xl.core.textwidth) on the figures of the frame: the
largest and smallest value of each column with its usual decimals, and the few values shown with more
(next to a kriteria edge or 0, a target and realisasi the agency's tables show with more)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lkj_xl.core import rekap as core
from lkj_xl.core.layout import MAX_COLUMN_WIDTH
from lkj_xl.core.rekap_desimal import KRITERIA_EDGES
from lkj_xl.core.styles import fmt_efisiensi, fmt_percent, format_cell
from lkj_xl.core.textwidth import _dejavu_width, column_width

if TYPE_CHECKING:
    import pandas as pd

# A value this close to a kriteria edge (either scale, or 100) or, for an efisiensi, to 0 may be shown
# with more decimals than usual (formulas.capaian_decimals): rounded to 2 decimals it moves at most
# 0,005. Only these are measured one by one.
_NEAR = 0.0051


def shown_width(value: float, num_format: str) -> float:
    # The same margin as the agency's sheets (core.numberwidth.number_widths, core.sheet_fit).
    return column_width(format_cell(value, num_format)) + 0.2


def _more_format(kind: str, decimals: int) -> str:
    return fmt_efisiensi(decimals) if kind == "efisiensi" else fmt_percent(decimals)


def more_decimals(frame: pd.DataFrame, columns: Sequence[core.Column], decimals: int) -> dict[int, int]:
    """The rows (0-based, in frame order) whose target and realisasi Semua Indikator shows with more
    than ``decimals`` decimals, with those decimals (core.figure_decimals, exact and slow: asked only
    of the rows whose target or realisasi has more decimals, which alone can need more)."""
    import pandas as pd

    figures = core.figure_columns(columns)
    if not figures or frame.empty:
        return {}
    keys = [columns[i].key for i in figures]
    target, realisasi = (pd.to_numeric(frame[k], errors="coerce").astype("float64") for k in keys[:2])
    scale = 10**decimals
    inexact = ((target * scale).round() != target * scale) | (
        (realisasi * scale).round() != realisasi * scale
    )
    asked = (inexact & target.notna() & realisasi.notna()).to_numpy()
    out = {}
    for i, row in zip(asked.nonzero()[0], frame.loc[asked, keys[:4]].itertuples(index=False)):
        shown = core.figure_decimals(*row, decimals)
        if shown > decimals:
            out[int(i)] = shown
    return out


def shown_widths(
    frame: pd.DataFrame,
    columns: Sequence[core.Column],
    widths: Sequence[float],
    num_formats: dict[str, str],
    rules: dict[str, Callable[[float, int], int]],
    decimals: int,
    more: dict[int, int] | None = None,
    row_decimals: Sequence[int | None] = (),
) -> list[float]:
    """``widths`` with each number column (a kind of ``num_formats``) widened to its widest figure:
    ``rules`` (by column key) give the decimals a value is shown with beyond ``decimals``; ``more``
    (:func:`more_decimals`) those of Semua Indikator's target and realisasi by row; ``row_decimals``
    those of the Rekap sheet's capaian, penyerapan and efisiensi by row (Rekap.row_decimals)."""
    import pandas as pd

    out = list(widths)
    figures = (*core.figure_columns(columns)[:2], *core.figure_columns(columns)[4:])  # shown as the target
    for col, spec in enumerate(columns):
        if spec.kind not in num_formats or spec.key not in frame:
            continue
        values = pd.to_numeric(frame[spec.key], errors="coerce").astype("float64")
        finite = values[values.abs() < float("inf")]  # not NaN
        if finite.empty:
            continue
        need = max(shown_width(v, num_formats[spec.kind]) for v in (finite.max(), finite.min()))
        rule = rules.get(spec.key)
        if rule is not None:
            near = finite[_near(finite, spec.kind == "efisiensi")]
            need = max([need, *(shown_width(v, _more_format(spec.kind, rule(v, decimals))) for v in near)])
        if spec.key in core.ROW_SHOWN:
            more_of_row = [(v, d) for v, d in zip(values, row_decimals) if d is not None and d > decimals]
            need = max(
                [need, *(shown_width(v, _more_format(spec.kind, d)) for v, d in more_of_row if v == v)]
            )
        if col in figures and more:
            # (a row's Target PK / Target Perubahan is blank, NaN, unless its target was revised)
            shown = values.iloc[list(more)]
            need = max(
                [need, *(shown_width(v, fmt_percent(d)) for v, d in zip(shown, more.values()) if v == v)]
            )
        out[col] = max(out[col], min(need, MAX_COLUMN_WIDTH))
    return out


def _near(values: pd.Series, efisiensi: bool) -> pd.Series:
    if efisiensi:
        return values.abs() <= _NEAR
    mask = values.abs() < 0  # all False
    for edge in KRITERIA_EDGES:
        mask |= (values - edge).abs() <= _NEAR
    return mask


def header_words_fit(ws: Any, widths: list[float], labels: Sequence[str]) -> list[float]:
    """Each column widened to the longest word of its bold header ``labels``, in Calibri (Excel) and
    in DejaVu Sans (LibreOffice without Calibri, which prints the PDFs): a count column 9 wide printed
    "Temuan Peringatan" as "Peringata" / "n"."""
    out = list(widths)
    for col, label in enumerate(labels):
        need = max(
            max(column_width(word, bold=True), column_width("") + _dejavu_width(word, True))
            for word in label.split() or [""]
        )
        if need > out[col]:
            out[col] = need = need + 1 / 7  # a pixel more: a width is stored in whole pixels
            ws.set_column(col, col, need)
    return out
