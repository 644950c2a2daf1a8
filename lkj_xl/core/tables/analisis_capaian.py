"""Analisis Capaian: the narrative of Bab III's analysis and Bab IV's conclusions as a printable sheet.

The text comes from :func:`lkj_xl.core.analisis_teks.analisis_capaian` (the same one the LKjIP
document writes): section titles, node headings and paragraphs merged across the page width, numbered
points with their number in the column of their depth and the text merged to the right edge, every
text row wrapped and as tall as its text needs (estimated by the layout, as LibreOffice and Excel do
not size merged rows). Printed portrait, one page wide, with the title block, the period and the
signature block of the other printed tables.
"""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.analisis_bagian import BUTIR, EFISIENSI, JUDUL, PARAGRAF, SUBJUDUL, Bagian, Blok
from lkj_xl.core.analisis_teks import analisis_capaian
from lkj_xl.core.layout import (
    LINE_HEIGHT,
    MAX_ROW_HEIGHT,
    ROW,
    SheetBuilder,
    SheetLayout,
    agency,
    estimate_lines,
    footer,
)
from lkj_xl.core.model import Report
from lkj_xl.core.tables.efisiensi import catatan_desimal

SHEET_NAME = contract.SHEET_ANALISIS_CAPAIAN
TITLE = "Analisis Capaian Kinerja"

# Three narrow columns for the numbers of points at depth 0, 1 and 2, then the text columns; every
# text is merged to the last column. The last three columns (42 characters) carry the signature block,
# at the same place as under every printed table.
C_TEXT = 3
WIDTHS = [4, 4, 4, 44, 14, 14, 14]
# Rows are at most MAX_ROW_HEIGHT tall: a paragraph longer than that many lines goes on several rows.
MAX_LINES = int(MAX_ROW_HEIGHT // LINE_HEIGHT)
STYLE = {JUDUL: "section_text", SUBJUDUL: "heading_text", PARAGRAF: "paragraph", BUTIR: "paragraph"}


def split_long(text: str, width: float, bold: bool = False) -> list[str]:
    """``text`` as pieces that each fit in one row (at most :data:`MAX_LINES` lines at ``width``),
    cut between sentences, else between words."""
    if estimate_lines(text, width, bold) <= MAX_LINES:
        return [text]
    pieces: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and estimate_lines(candidate, width, bold) > MAX_LINES - 1:
            cut = current.rfind(". ")
            if cut > len(current) // 2:  # prefer a sentence end in the second half
                pieces.append(current[: cut + 1])
                current = f"{current[cut + 2 :]} {word}"
                continue
            pieces.append(current)
            candidate = word
        current = candidate
    if current:
        pieces.append(current)
    return pieces


def _text_row(b: SheetBuilder, first_col: int, text: str, style: str, number: str = "") -> None:
    last = b.width - 1
    width = sum(b.layout.columns[first_col:])
    for i, piece in enumerate(split_long(text, width, bold=style != "paragraph")):
        lead = [None] * max(first_col - 1, 0)
        row = lead + ([number if i == 0 else None] if first_col > 0 else []) + [piece]
        r = b.add_row(row)
        b.merge(r, first_col, r, last)
        b.style(r, 0, r, last, style, ROW)


def _blank(b: SheetBuilder) -> None:
    """A blank line between sections and before each Tujuan / Sasaran, formatted as the text around
    it (wrapped, top): nothing shows on a blank row, and the text's format is then one rectangle for
    the add-in instead of one per paragraph between blank lines."""
    r = b.add_row()
    b.style(r, 0, r, b.width - 1, "paragraph", ROW)


def _blok(b: SheetBuilder, blok: Blok) -> None:
    style = STYLE[blok.jenis]
    if blok.jenis != BUTIR:
        _text_row(b, 0, blok.teks, style)
        return
    depth = min(blok.tingkat, C_TEXT - 1)
    # A lead line without a number ("Program ini diwujudkan ...:") starts where its depth's numbers stand.
    _text_row(b, depth + 1 if blok.nomor else max(depth, 1), blok.teks, style, blok.nomor)


def _bagian(b: SheetBuilder, bagian: Bagian, kept: list[tuple[int, int]]) -> None:
    """A section's rows; ``kept`` gets the rows printed on one page: a title, a heading or a line
    leading into a list ("... sebagai berikut:") with the first row of what follows."""
    lead: int | None = b.next_row
    _text_row(b, 0, bagian.judul, STYLE[JUDUL])
    for i, blok in enumerate(bagian.blok):
        if blok.jenis == SUBJUDUL and i > 0:
            _blank(b)  # a blank line before each Tujuan / Sasaran
        if lead is not None:
            kept.append((lead, b.next_row))
        lead = b.next_row if blok.with_next else None
        _blok(b, blok)


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    breaks = []
    kept: list[tuple[int, int]] = []
    for i, bagian in enumerate(analisis_capaian(report)):
        if bagian.judul == EFISIENSI:
            # 66,667 in 3.2.2 beside 3.2.1's 66,67: Tabel 3.3's note, which this sheet does not print
            # (the Word report prints it under the table, above the same text: not in analisis_teks)
            bagian.paragraf(catatan_desimal(report, pada="Catatan: pada uraian efisiensi"))
        if i:
            _blank(b)  # a blank line between sections, and each section starts a page
            breaks.append(b.next_row)
        _bagian(b, bagian, kept)
    b.signature_of(s)
    lay = b.build(
        footer=footer(agency(s.perangkat_daerah, s.pemerintah_daerah), portrait=True),
        freeze=None,
        repeat_header=False,
    )
    lay.print_setup.landscape = False  # running text reads best on a portrait page
    lay.print_setup.page_breaks = breaks
    lay.keep_together = kept
    return lay
