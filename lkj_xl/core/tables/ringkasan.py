"""Ringkasan: per level, how many indicators reached >= 100 %, how many are below, how many cannot
be measured yet, the count per kriteria, and the report's summary sentences (seed ~500-528, ~570-574).
"""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.layout import (
    BASE,
    COLUMN,
    KRITERIA_STYLE,
    ROW,
    SPECIAL,
    SheetBuilder,
    SheetLayout,
)
from lkj_xl.core.model import Report
from lkj_xl.core.tables.perubahan import kosong_note

SHEET_NAME = contract.SHEET_RINGKASAN
TITLE = "Ringkasan Capaian Kinerja"

C_NO, C_TINGKAT, C_JUMLAH, C_TERCAPAI, C_BELUM_TERCAPAI, C_BELUM_DIKETAHUI, C_GALAT = range(7)
C_KRITERIA = tuple(range(7, 7 + len(contract.KRITERIA)))
WIDTHS = [5, 22, 11, 11, 11, 11, 11] + [11] * len(contract.KRITERIA)
SENTENCES_TITLE = "Uraian Capaian"


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    last_col = b.width - 1
    top = ["No", "Tingkat", "Jumlah Indikator", "Capaian", None, None, None, "Jumlah Indikator per Kriteria"]
    top += [None] * (len(contract.KRITERIA) - 1)
    # Galat: indicators with an unreadable input cell, not scored (named in the sentences below).
    second = [None, None, None, "≥ 100%", "Di bawah 100%", contract.BELUM_DIKETAHUI, contract.GALAT_LABEL]
    second += list(contract.KRITERIA)
    spans = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, C_GALAT), (0, C_KRITERIA[0], 0, last_col)]
    _, head_last = b.header([top, second], spans)
    for kriteria, col in zip(contract.KRITERIA, C_KRITERIA):
        b.style(head_last, col, head_last, col, KRITERIA_STYLE[kriteria], SPECIAL)

    body_first = b.next_row
    for i, group in enumerate(report.ringkasan, start=1):
        b.add_row(
            [
                i,
                group.tingkat,
                group.jumlah,
                len(group.tercapai),
                len(group.belum_tercapai),
                len(group.belum_diketahui),
                len(group.galat),
                *(group.per_kriteria.get(k, 0) for k in contract.KRITERIA),
            ]
        )
    body_last = b.next_row - 1
    if body_last >= body_first:
        b.style(body_first, 0, body_last, last_col, "cell", BASE)
        b.style(body_first, C_NO, body_last, C_NO, "center", COLUMN)
        b.style(body_first, C_JUMLAH, body_last, last_col, "integer", COLUMN)
    else:
        r = b.add_row(["Belum ada indikator."])
        b.merge(r, 0, r, last_col)
        b.style(r, 0, r, last_col, "cell", BASE)
    kosong_note(b, report, kinerja=True)  # the counts are of the earlier quarters' capaian

    # The sentences, one wrapped row each, under a heading per level.
    b.add_row()
    r = b.add_row([SENTENCES_TITLE])
    b.style(r, 0, r, last_col, "heading", ROW)
    for group in report.ringkasan:
        if not group.kalimat:
            continue
        r = b.add_row([group.tingkat])
        b.merge(r, 0, r, last_col)
        b.style(r, 0, r, last_col, "section", ROW)
        for i, kalimat in enumerate(group.kalimat, start=1):
            r = b.add_row([f"{i}.", kalimat])
            b.merge(r, 1, r, last_col)
            b.style(r, 0, r, last_col, "paragraph", ROW)
    b.signature_of(s)
    # The sentences below the counts do not need the counts header repeated on every page.
    return b.finish(s, head_last, repeat_header=False)
