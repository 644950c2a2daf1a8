"""How wide a column must be for its numbers as their number formats show them: a number wider
than its column prints "###" in Excel and LibreOffice alike, silently. Pure: standard library only."""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core.styles import format_cell
from lkj_xl.core.textwidth import column_width


def number_widths(
    rows: Sequence[Sequence[object]],
    columns: Sequence[float],
    merged: set[tuple[int, int]],
    bold: dict[tuple[int, int], bool],
    formats: dict[tuple[int, int], str],
    max_width: float,
) -> list[float]:
    """``columns`` (widths in characters) with each widened, up to ``max_width``, so that every number
    of ``rows`` in it, as its number format shows it, fits on one line (a province's TOTAL of
    131.851.850.757.176, a penyerapan of 4.000.000.000,00 % from a pagu typed in thousands).
    ``formats``: the number format of each cell that has one; ``bold``: the cells in bold, wider;
    ``merged``: the first cells of merges across columns (left out). Under one format the widest text
    is that of the largest or the smallest value (more digits, or a sign), so only those two of each
    column, format and boldness are measured."""
    extremes: dict[tuple[int, str | None, bool], list[float]] = {}
    for r, row in enumerate(rows):
        for c, value in enumerate(row[: len(columns)]):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or (r, c) in merged:
                continue
            key = (c, formats.get((r, c)), bold.get((r, c), False))
            pair = extremes.get(key)
            if pair is None:
                extremes[key] = [value, value]
            elif value < pair[0]:
                pair[0] = value
            elif value > pair[1]:
                pair[1] = value
    out = list(columns)
    for (c, num_format, in_bold), pair in extremes.items():
        needed = max(column_width(format_cell(v, num_format), in_bold) for v in pair) + 0.2
        if needed > out[c]:
            out[c] = min(needed, max_width)
    return out
