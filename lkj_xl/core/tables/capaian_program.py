"""Tabel 3.2: Capaian Kinerja Program yang Mendukung Sasaran Strategis (seed ~534).

The whole hierarchy, depth first: Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan, each node with
its indicators (a node with several indicators takes several rows, its text merged vertically).
Tujuan and Sasaran rows are bold (Tujuan shaded); the node text is indented by depth.
"""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.contract import realisasi_sd_label
from lkj_xl.core.formulas import realisasi_scale
from lkj_xl.core.layout import (
    ROW,
    CellValue,
    SheetBuilder,
    SheetLayout,
    indent_style,
)
from lkj_xl.core.model import IndicatorResult, Node, Report
from lkj_xl.core.tables.capaian_tujuan_sasaran import (
    capaian_notes,
    result_cells,
    style_body,
    style_indicator,
    target_cell,
)
from lkj_xl.core.tables.perubahan import marked

SHEET_NAME = contract.SHEET_CAPAIAN_PROGRAM
TITLE = "Tabel 3.2 Capaian Kinerja Program yang Mendukung Sasaran Strategis"

C_NO, C_URAIAN, C_INDIKATOR, C_SATUAN, C_TARGET, C_REALISASI, C_CAPAIAN, C_KRITERIA = range(8)
WIDTHS = [5, 46, 36, 10, 17, 17, 11, 15]

ROW_STYLE = {"Tujuan": "tujuan", "Sasaran": "sasaran"}


def node_label(node: Node, counters: dict[str, int]) -> str:
    """'Tujuan 1: ...', 'Sasaran 2: ...' (numbered through the report, as the seed does),
    'Program: ...', 'Kegiatan: ...', 'Sub Kegiatan: ...'."""
    if node.tingkat in ("Tujuan", "Sasaran"):
        counters[node.tingkat] = counters.get(node.tingkat, 0) + 1
        label = f"{node.tingkat} {counters[node.tingkat]}"
    else:
        label = node.tingkat or "Lainnya"
    return f"{label}: {node.uraian}" if node.uraian else label


def indicator_cells(ind: IndicatorResult | None) -> list:
    """Indikator, Satuan, Target, Realisasi s.d. TW n, Capaian, Kriteria."""
    if ind is None:
        return ["-", "", "-", "-", contract.BELUM_DIKETAHUI, "-"]
    return [
        marked(ind.indikator, ind.target_pk is not None),
        ind.satuan,
        target_cell(ind),
        *result_cells(ind),
    ]


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    kinerja = (
        f"Kinerja Tahun {s.tahun or '?'}" if s.tahun or s.tahun_galat else "Kinerja"
    )  # (unreadable: "?")
    top: list[CellValue] = [
        "No",
        "Tujuan/Sasaran Strategis/Program/Kegiatan",
        "Indikator Kinerja",
        "Satuan",
        kinerja,
    ]
    top += [None, None, None]
    second = [None] * 4 + [
        "Target",
        realisasi_sd_label(s),
        "Capaian (%)",
        "Kriteria",
    ]
    spans = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7)]
    _, head_last = b.header([top, second], spans)

    last_col = b.width - 1
    body_first = b.next_row
    counters: dict[str, int] = {}
    node_rows: list[tuple[int, int, int]] = []  # each node's first and last row, and its depth
    for node in report.nodes():
        first = b.next_row
        number = counters.get("Tujuan", 0) + 1 if node.tingkat == "Tujuan" else None
        label = node_label(node, counters)
        indicators: list[IndicatorResult | None] = list(node.indicators) or [None]
        for i, ind in enumerate(indicators):
            lead = [number, label] if i == 0 else [None, None]
            r = b.add_row(lead + indicator_cells(ind))
            if ind is not None:
                figures = [
                    (C_TARGET, ind.target, ind.scale_word),
                    # typed in another scale than the target, or a whole sum it rounds: as read
                    (C_REALISASI, ind.realisasi, realisasi_scale(ind)),
                ]
                style_indicator(b, r, ind, s, figures, C_CAPAIAN)
        last = b.next_row - 1
        node_rows.append((first, last, node.depth))
        # Hierarchy: one range per node (consecutive nodes of the same kind share a block).
        b.style(first, 0, last, last_col, ROW_STYLE.get(node.tingkat), ROW)
        b.style(first, C_URAIAN, last, C_URAIAN, indent_style(node.depth), ROW)
        if last > first:
            b.merge(first, C_NO, last, C_NO)
            b.merge(first, C_URAIAN, last, C_URAIAN)
    body_last = b.next_row - 1

    if body_last >= body_first:
        style_body(b, (body_first, body_last), (C_NO, C_SATUAN, C_CAPAIAN, C_KRITERIA), report)
    capaian_notes(b, report, [i for n in report.nodes() for i in n.indicators])
    b.signature_of(s)
    lay = b.finish(s, head_last)
    lay.keep_together = kept_with_first_child(node_rows)
    return lay


def kept_with_first_child(spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The rows printed on one page: a node's rows (its text merged over them) and, when the node
    right after it is its child, that child's first row (a Sasaran or a program never ends a page
    its programs or kegiatan start the next). ``spans``: (first row, last row, depth) in order."""
    kept = []
    for (first, last, depth), following in zip(spans, [*spans[1:], None]):
        if following is not None and following[2] > depth:
            last = following[0]
        if last > first:
            kept.append((first, last))
    return kept
