"""An indicator's figures as the output sheets show them, so every chapter of the document says the
same text as Tabel 3.2 (no figure is formatted twice)."""

from __future__ import annotations

from dataclasses import dataclass

from lkj_xl.core.layout import STYLES, SheetLayout
from lkj_xl.core.model import Report
from lkj_xl.core.tables import capaian_program
from lkj_xl.laporan.tables import formatted, table_extent


@dataclass
class Shown:
    """An indicator's figures as Tabel 3.2 shows them (the same text in every chapter)."""

    target: str
    realisasi: str
    capaian: str
    kriteria: str


def shown_figures(report: Report, lay: SheetLayout) -> dict[int, Shown]:
    """id(indicator) -> its Target, Realisasi, Capaian and Kriteria as the Capaian Program sheet shows
    them: that layout has one row per (node, indicator) in ``report.nodes()`` order."""
    _, last = table_extent(lay)
    first = (lay.header_rows[1] + 1) if lay.header_rows else 0
    pairs = [(node, ind) for node in report.nodes() for ind in (node.indicators or [None])]
    if len(pairs) != last - first + 1:  # a layout this module does not know: show nothing wrong
        return {}
    styles = {}
    for block in lay.blocks:
        for r in range(max(block.first_row, first), min(block.last_row, last) + 1):
            for col in range(block.first_col, block.last_col + 1):
                fmt = STYLES[block.style].get("num_format")
                if fmt:
                    styles[r, col] = fmt
    out: dict[int, Shown] = {}
    cols = (capaian_program.C_TARGET, capaian_program.C_REALISASI, capaian_program.C_CAPAIAN)
    for k, (_, ind) in enumerate(pairs):
        if ind is None:
            continue
        r = first + k
        texts = [formatted(lay.value(r, col), styles.get((r, col))) for col in cols]
        kriteria = formatted(lay.value(r, capaian_program.C_KRITERIA), None)
        out[id(ind)] = Shown(*texts, kriteria)
    return out
