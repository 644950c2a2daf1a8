"""Tabel 3.1: Capaian Kinerja Tujuan dan Sasaran Strategis (seed ~480).

One row per indicator of each Tujuan, then of each Sasaran: target, realisation per quarter, the
realisation up to the reported quarter, capaian and kriteria. Quarters after the reported one are
shown (the engine flags them) but greyed and italic: they are not counted.
"""

from __future__ import annotations

from lkj_xl import contract
from lkj_xl.layout import (
    BASE,
    COLUMN,
    ROW,
    SheetBuilder,
    SheetLayout,
    number_style,
    percent_style,
    shown,
    tw_label,
)
from lkj_xl.model import IndicatorResult, Node, Report

SHEET_NAME = contract.SHEET_CAPAIAN_TS
TITLE = "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis"

# Columns
C_NO, C_URAIAN, C_INDIKATOR, C_SATUAN, C_TARGET = 0, 1, 2, 3, 4
C_TW = (5, 6, 7, 8)
C_TOTAL, C_CAPAIAN, C_KRITERIA = 9, 10, 11
WIDTHS = [5, 32, 32, 10, 15, 11, 11, 11, 11, 15, 11, 15]

SECTIONS = (("Tujuan", "Tujuan"), ("Sasaran", "Sasaran Strategis"))


def target_cell(ind: IndicatorResult):
    """The target as shown: a target written with a scale word ("5.984,04 milyar") as written."""
    return ind.target_text if ind.scale_word and ind.target_text else shown(ind.target, ind.target_text)


def result_cells(ind: IndicatorResult) -> list:
    """Realisasi s.d. TW n, Capaian (%) and Kriteria of an indicator, as both capaian tables show them."""
    return [
        shown(ind.realisasi, ind.status, scale_word=ind.scale_word),
        shown(ind.capaian, "", contract.BELUM_DIKETAHUI),
        ind.kriteria or "-",
    ]


def indicator_cells(ind: IndicatorResult | None) -> list:
    """Indikator, Satuan, Target, TW I..IV, Realisasi s.d. TW n, Capaian, Kriteria."""
    if ind is None:
        return ["-", "", "-", "-", "-", "-", "-", "-", contract.BELUM_DIKETAHUI, "-"]
    tw_numbers = list(ind.realisasi_tw) + [None] * (4 - len(ind.realisasi_tw))
    tw_texts = list(ind.realisasi_tw_text) + [""] * (4 - len(ind.realisasi_tw_text))
    return [
        ind.indikator,
        ind.satuan,
        target_cell(ind),
        *(
            tw_texts[i] if ind.scale_word and tw_texts[i] else shown(tw_numbers[i], tw_texts[i])
            for i in range(4)
        ),
        *result_cells(ind),
    ]


def layout(report: Report) -> SheetLayout:
    s = report.settings
    tw = s.triwulan
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    top = ["No", "Tujuan/Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]
    top += ["Realisasi per Triwulan", None, None, None, f"Realisasi s.d. {tw_label(tw)}", "Capaian (%)"]
    top += ["Kriteria"]
    second: list = [None] * 5 + [tw_label(i) for i in (1, 2, 3, 4)]
    spans = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 9, 10, 11)] + [(0, 5, 0, 8)]
    _, head_last = b.header([top, second], spans)

    last_col = b.width - 1
    body_first = b.next_row
    nodes = report.nodes()
    for tingkat, label in SECTIONS:
        r = b.add_row([label])
        b.merge(r, 0, r, last_col)
        b.style(r, 0, r, last_col, "section", ROW)
        for number, node in enumerate((n for n in nodes if n.tingkat == tingkat), start=1):
            _node_rows(b, node, number)
    body_last = b.next_row - 1

    if body_last >= body_first:
        b.style(body_first, 0, body_last, last_col, "cell", BASE)
        for col in (C_NO, C_SATUAN, C_KRITERIA):
            b.style(body_first, col, body_last, col, "center", COLUMN)
        b.style(body_first, C_CAPAIAN, body_last, C_CAPAIAN, percent_style(s.desimal), COLUMN)
        if tw < 4:
            # Quarters after the reported one: shown, not counted.
            b.style(body_first, C_TW[tw], body_last, C_TW[-1], "future", ROW)
        b.kriteria_colours(body_first, body_last, C_KRITERIA)
    if tw < 4:
        b.add_row()
        b.add_row(
            [
                f"Nilai {', '.join(tw_label(i) for i in range(tw + 1, 5))} (abu-abu miring) berada setelah "
                f"triwulan yang dilaporkan dan tidak dihitung dalam realisasi s.d. {tw_label(tw)}."
            ]
        )
        b.style(b.next_row - 1, 0, b.next_row - 1, 0, "note", ROW)
    b.signature_of(s)
    return b.finish(s, head_last)


def _node_rows(b: SheetBuilder, node: Node, number: int) -> None:
    first = b.next_row
    indicators: list[IndicatorResult | None] = list(node.indicators) or [None]
    for i, ind in enumerate(indicators):
        lead = [number, node.uraian] if i == 0 else [None, None]
        r = b.add_row(lead + indicator_cells(ind))
        if ind is not None:
            # Number format per indicator: target, and its realisations (0 decimals when whole).
            b.style(r, C_TARGET, r, C_TARGET, number_style(ind.target), COLUMN)
            b.style(r, C_TW[0], r, C_TOTAL, number_style(ind.realisasi, *ind.realisasi_tw), COLUMN)
    last = b.next_row - 1
    if last > first:
        b.merge(first, C_NO, last, C_NO)
        b.merge(first, C_URAIAN, last, C_URAIAN)
