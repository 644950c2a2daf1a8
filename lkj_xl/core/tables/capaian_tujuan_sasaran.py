"""Tabel 3.1: Capaian Kinerja Tujuan dan Sasaran Strategis (seed ~480).

One row per indicator of each Tujuan, then of each Sasaran: target, realisation per quarter, the
realisation up to the reported quarter, capaian and kriteria. Quarters after the reported one are
shown (the engine flags them) but greyed and italic: they are not counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lkj_xl.core import contract
from lkj_xl.core.contract import realisasi_sd_label, sd_laporan, tw_label
from lkj_xl.core.desimal_ketik import typed_places
from lkj_xl.core.engine import capaian_decimals
from lkj_xl.core.formulas import figure_decimals, realisasi_scale, scale_decimals
from lkj_xl.core.kalimat import angka, capaian_teks, daftar, data_sampai
from lkj_xl.core.layout import (
    BASE,
    COLUMN,
    ROW,
    SCALE_COMMAS,
    CellValue,
    SheetBuilder,
    SheetLayout,
    figure_kind,
    percent_style,
    shown,
)
from lkj_xl.core.model import IndicatorResult, Node, Report, Settings
from lkj_xl.core.summary import MAX_NAMES
from lkj_xl.core.tables.kumulatif_note import kumulatif_note
from lkj_xl.core.tables.perubahan import kosong_note, marked, target_note
from lkj_xl.core.tables.polaritas import negatif_note
from lkj_xl.core.tables.rentang_note import rentang_note

SHEET_NAME = contract.SHEET_CAPAIAN_TS
TITLE = "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis"

# Columns
C_NO, C_URAIAN, C_INDIKATOR, C_SATUAN, C_TARGET = 0, 1, 2, 3, 4
C_TW = (5, 6, 7, 8)
C_TOTAL, C_CAPAIAN, C_KRITERIA = 9, 10, 11
WIDTHS = [5, 32, 32, 10, 15, 11, 11, 11, 11, 15, 11, 15]

SECTIONS = (("Tujuan", "Tujuan"), ("Sasaran", "Sasaran Strategis"))


def target_cell(ind: IndicatorResult):
    """The target as a number (shown in its scale when written "5.984,04 milyar"), else as written."""
    return shown(ind.target, ind.target_text)


def capaian_cell(ind: IndicatorResult):
    """The capaian, or "Galat (Kinerja!L7)" naming the unreadable cells, or Belum diketahui."""
    if ind.capaian is not None:
        return ind.capaian
    # (a grade below its target says so: "Predikat B di bawah target BB")
    return ind.status if ind.galat or ind.realisasi_text else contract.BELUM_DIKETAHUI


def result_cells(ind: IndicatorResult) -> list:
    """Realisasi s.d. TW n, Capaian (%) and Kriteria of an indicator, as both capaian tables show them."""
    return [
        shown(ind.realisasi, ind.realisasi_text or ind.status),  # a grade as typed ("WTP")
        capaian_cell(ind),
        ind.kriteria or (contract.GALAT_LABEL if ind.galat else "-"),
    ]


def style_indicator(
    b: SheetBuilder,
    r: int,
    ind: IndicatorResult,
    settings,
    figures: list[tuple[int, float | None, str | None]],
    capaian_col: int,
) -> None:
    """Number formats of an indicator's row. ``figures``: (column, value, scale word) of its target,
    quarters and realisasi. All take one decimals rule (a target 3 beside a realisation 2,80 shows
    3,00); each is shown in the scale it was typed with ("193.900 juta": the number 193.900.000.000
    formatted in juta), and its column widens so that the number never shows as ###. The capaian gets
    enough decimals that the number shown never contradicts its kriteria (90,004, not 90,00, beside
    Sangat Tinggi)."""
    decimals = figure_decimals(ind, settings.skala, desimal=settings.desimal)
    style_figures(b, r, figures, decimals, lambda scale: scale_decimals(ind, decimals, scale))
    if ind.capaian_exact is not None:
        decimals = capaian_decimals(ind.capaian_exact, settings.skala, settings.desimal)
        if decimals != settings.desimal:
            b.style(r, capaian_col, r, capaian_col, percent_style(decimals), ROW)


def style_figures(
    b: SheetBuilder,
    r: int,
    figures: list[tuple[int, float | None, str | None]],
    decimals: int,
    of_scale: Callable[[str | None], int] | None = None,
) -> None:
    """Number formats of one row's figures ((column, value, scale word)): one decimals rule for all
    (``decimals``: the indicator's, formulas.figure_decimals), each in its scale, columns widened
    so that no number shows as ###. ``of_scale``: the decimals of a figure in a scale (None: plain)
    other than the target's (formulas.scale_decimals: 285.430 beside 1,20 juta), when not ``decimals``."""
    run: list[int] = []  # consecutive columns of the same style share one block
    run_style = ""
    for col, value, scale in figures:
        # a figure typed with fewer decimals than the row's keeps its own (95,00 beside 88,667)
        places = typed_places(value, decimals if of_scale is None else of_scale(scale), _factor(scale))
        kind = figure_kind(places)
        style = f"{scale}_{kind}" if scale in SCALE_COMMAS else kind
        if run and (style != run_style or col != run[-1] + 1):
            b.style(r, run[0], r, run[-1], run_style, COLUMN)
            run = []
        run, run_style = [*run, col], style
        if isinstance(value, float | int):
            _fit_width(b, col, value, scale, places)
    if run:
        b.style(r, run[0], r, run[-1], run_style, COLUMN)


def _factor(scale: str | None) -> int:
    return 1000 ** len(SCALE_COMMAS[scale]) if scale in SCALE_COMMAS else 1


def _fit_width(b: SheetBuilder, col: int, value: float, scale: str | None, decimals: int) -> None:
    # Python's "1,234.50" has exactly the length of the Indonesian "1.234,50" (only the separators
    # swap), and costs a fraction of a Babel call: this runs for every figure of every indicator.
    text = f"{value / _factor(scale):,.{max(decimals, 0)}f}"
    needed = len(text) + (len(scale) + 1 if scale else 0) + 2
    if needed > b.layout.columns[col]:
        b.layout.columns[col] = needed


def indicator_cells(ind: IndicatorResult | None) -> list:
    """Indikator, Satuan, Target, TW I..IV, Realisasi s.d. TW n, Capaian, Kriteria."""
    if ind is None:
        return ["-", "", "-", "-", "-", "-", "-", "-", contract.BELUM_DIKETAHUI, "-"]
    tw_numbers = list(ind.realisasi_tw) + [None] * (4 - len(ind.realisasi_tw))
    tw_texts = list(ind.realisasi_tw_text) + [""] * (4 - len(ind.realisasi_tw_text))
    return [
        marked(ind.indikator, ind.target_pk is not None),
        ind.satuan,
        target_cell(ind),
        *(shown(tw_numbers[i], tw_texts[i]) for i in range(4)),
        *result_cells(ind),
    ]


def later_quarters_shown(indicators: Iterable[IndicatorResult], tw: int) -> list[int]:
    """The quarters after the reported one (``tw``) with a value shown in some indicator's column (a
    figure or a text, not the "-" of a blank cell): what the note on greyed quarters names."""
    cells = [indicator_cells(i) for i in indicators]
    return [q for q in range(tw + 1, 5) if any(row[2 + q] != "-" for row in cells)]


def layout(report: Report) -> SheetLayout:
    s = report.settings
    tw = s.triwulan
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    top: list[CellValue] = ["No", "Tujuan/Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]
    top += [
        "Realisasi per Triwulan",
        None,
        None,
        None,
        realisasi_sd_label(s),
        "Capaian (%)",
    ]
    top += ["Kriteria"]
    second: list = [None] * 5 + [tw_label(i) for i in (1, 2, 3, 4)]
    spans = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 9, 10, 11)] + [(0, 5, 0, 8)]
    _, head_last = b.header([top, second], spans)

    last_col = b.width - 1
    body_first = b.next_row
    nodes = report.nodes()
    kept: list[tuple[int, int]] = []  # a section's title with its first node, a node's rows
    for tingkat, label in SECTIONS:
        r = b.add_row([label])
        b.merge(r, 0, r, last_col)
        b.style(r, 0, r, last_col, "section", ROW)
        for number, node in enumerate((n for n in nodes if n.tingkat == tingkat), start=1):
            kept.append((r if number == 1 else b.next_row, _node_rows(b, node, number, s)))
    body_last = b.next_row - 1

    if body_last >= body_first:
        style_body(b, (body_first, body_last), (C_NO, C_SATUAN, C_CAPAIAN, C_KRITERIA), report)
        if tw < 4:
            # Quarters after the reported one: shown, not counted.
            b.style(body_first, C_TW[tw], body_last, C_TW[-1], "future", ROW)
    if later := later_quarters_shown(
        (i for n in nodes if n.tingkat in dict(SECTIONS) for i in n.indicators), tw
    ):
        b.add_row()
        b.add_row(
            [
                f"Nilai {', '.join(tw_label(i) for i in later)} (abu-abu miring) berada setelah "
                f"{'periode' if s.semester_laporan else 'triwulan'} yang dilaporkan dan tidak dihitung dalam "
                f"realisasi {sd_laporan(s)}."
            ]
        )
        b.style(b.next_row - 1, 0, b.next_row - 1, 0, "note", ROW)
    # (kosong_note: TW I's figures under "Realisasi s.d. TW II")
    capaian_notes(b, report, [i for n in nodes if n.tingkat in dict(SECTIONS) for i in n.indicators])
    b.signature_of(s)
    lay = b.finish(s, head_last)
    lay.keep_together = [(first, last) for first, last in kept if last > first]
    return lay


def style_body(
    b: SheetBuilder, rows: tuple[int, int], columns: tuple[int, int, int, int], report: Report
) -> None:
    """The body of a capaian table (Tabel 3.1 / 3.2, Capaian Program): every cell bordered, the No,
    Satuan and Kriteria columns centred, the capaian a percentage with the report's Desimal, each
    kriteria in its colour and a galat marked. ``rows``: the body's first and last; ``columns``: No,
    Satuan, Capaian, Kriteria."""
    first, last = rows
    no, satuan, capaian, kriteria = columns
    b.style(first, 0, last, b.width - 1, "cell", BASE)
    for col in (no, satuan, kriteria):
        b.style(first, col, last, col, "center", COLUMN)
    b.style(first, capaian, last, capaian, percent_style(report.settings.desimal), COLUMN)
    b.kriteria_colours(first, last, kriteria)
    if any(i.galat for i in report.indicators):
        b.conditional(first, kriteria, last, kriteria, contract.GALAT_LABEL, "galat")


def capaian_notes(b: SheetBuilder, report: Report, indicators: list[IndicatorResult]) -> None:
    """The notes under a capaian table of ``indicators``, as Tabel 3.1 and Pemeriksaan say them: the
    earlier quarters' figures counted (the column, or an indicator's), a Target Perubahan used, a capaian
    Batas Capaian cut, a Negatif capaian, a target typed as a range, a Kumulatif sum so far against the
    year's target."""
    kosong_note(b, report, kinerja=True)
    target_note(b, indicators)
    capped_note(b, indicators, report.settings)
    negatif_note(b, indicators, report.settings)
    rentang_note(b, indicators, report.settings)
    sampai_note(b, report, indicators)
    kumulatif_note(b, report, indicators)  # TW I-III: a sum so far against the year's target


def sampai_note(
    b: SheetBuilder,
    report: Report,
    indicators: list[IndicatorResult],
    label: str | None = None,
    begitu: str = "capaian dan kriterianya",
) -> None:
    """Under a capaian table, each indicator whose realisasi s.d. TW n holds the earlier quarters' data
    only (its reported quarter "belum ada data", "-" or blank), in 3.2.3's words (kalimat.data_sampai):
    Tabel 3.2 shows no quarter, and 25 (61,41 % Rendah) read as TW II's result. Not when the column is
    blank in every row: kosong_note says it for all. ``label``: the column's name when not the capaian
    tables' (Perbandingan Kinerja's "Realisasi 2025"); ``begitu``: the figures computed from it."""
    if report.kinerja_kosong:
        return
    names = [f"{i.indikator}{said}" for i in indicators if (said := data_sampai(i, report.settings))]
    if not names:
        return
    more = len(names) - MAX_NAMES
    names = names[:MAX_NAMES] + ([f"{more} indikator lainnya"] if more > 0 else [])
    b.add_row()
    r = b.add_row(  # (named as the table's column: "Realisasi s.d. TW II", "Realisasi Tahun 2025")
        [
            f"{label or realisasi_sd_label(report.settings)} berikut memuat data triwulan sebelumnya saja, "
            f"begitu pula {begitu}: {daftar(names)}."
        ]
    )
    b.merge(r, 0, r, b.width - 1)
    b.style(r, 0, r, b.width - 1, "note", ROW)
    b.style(r, 0, r, b.width - 1, "paragraph", ROW)


def capped_note(b: SheetBuilder, indicators, settings: Settings) -> None:
    """Under a capaian table, each capaian that Batas Capaian cut, with its value before the cap: the
    reader sees target and realisasi beside a capaian that is not their quotient (15 of 12, 120 %)."""
    batas = settings.batas_capaian
    if batas is None:
        return
    cut = [i for i in indicators if i.capaian_mentah is not None and i.capaian_mentah > batas]
    if not cut:
        return
    names = [f"{i.indikator} {capaian_teks(None, i.capaian_mentah, settings)}" for i in cut[:MAX_NAMES]]
    if len(cut) > MAX_NAMES:
        names.append(f"{len(cut) - MAX_NAMES} indikator lainnya")
    b.add_row()
    r = b.add_row(
        [
            f"Capaian dibatasi {angka(batas)}% (Batas Capaian di sheet Pengaturan); sebelum dibatasi: "
            f"{daftar(names)}."
        ]
    )
    b.merge(r, 0, r, b.width - 1)
    b.style(r, 0, r, b.width - 1, "note", ROW)
    b.style(r, 0, r, b.width - 1, "paragraph", ROW)


def _node_rows(b: SheetBuilder, node: Node, number: int, settings) -> int:
    """A node's rows (one per indicator, its text merged over them); returns the last."""
    first = b.next_row
    indicators: list[IndicatorResult | None] = list(node.indicators) or [None]
    for i, ind in enumerate(indicators):
        lead = [number, node.uraian] if i == 0 else [None, None]
        r = b.add_row(lead + indicator_cells(ind))
        if ind is not None:
            scales = [*ind.realisasi_tw_scale, None, None, None, None]
            values = [*ind.realisasi_tw, None, None, None, None]
            tws = [(C_TW[q], values[q], scales[q]) for q in range(4)]
            # a realisasi typed in another scale than its target, or a whole sum that scale rounds: shown
            # as read, never "0,00 milyar" nor "0,5954 juta" (formulas.realisasi_scale)
            total = realisasi_scale(ind)
            figures = [(C_TARGET, ind.target, ind.scale_word), *tws, (C_TOTAL, ind.realisasi, total)]
            style_indicator(b, r, ind, settings, figures, C_CAPAIAN)
    last = b.next_row - 1
    if last > first:
        b.merge(first, C_NO, last, C_NO)
        b.merge(first, C_URAIAN, last, C_URAIAN)
    return last
