"""Perbandingan Kinerja (issue 11): each Tujuan, Sasaran and Program indicator's realisation against
earlier years, last year, the Renstra end target and a national standard.

One row per indicator, in sections Tujuan / Sasaran Strategis / Program like Tabel 3.1: realisation
of each earlier year given (``Realisasi 2023``...), of the same period last year and of this period,
the change (selisih in the indicator's unit, perubahan in %, Membaik / Menurun / Tetap by polarity),
then the Target Akhir Renstra with the capaian against it, and the Standar Nasional with the capaian
against it. Figures follow the indicator's target scale ("5.718,90 milyar"). A figure that cannot
be computed shows why: "-" (no input), the status text, "Belum diketahui", or "Galat (Kinerja!P7)".
Written only when the workbook has an analysis input (contract.ANALYSIS_SHEETS).
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract
from lkj_xl.core.contract import tw_label
from lkj_xl.core.engine import capaian_decimals
from lkj_xl.core.findings import galat_status
from lkj_xl.core.formulas import efisiensi_decimals
from lkj_xl.core.layout import BASE, COLUMN, ROW, CellValue, SheetBuilder, SheetLayout, percent_style, shown
from lkj_xl.core.model import IndicatorResult, Node, Report
from lkj_xl.core.pembanding import MEMBAIK, MENURUN, TETAP, arah
from lkj_xl.core.tables.capaian_tujuan_sasaran import style_figures

SHEET_NAME = contract.SHEET_PERBANDINGAN
TITLE = "Perbandingan Realisasi Kinerja"

SECTIONS = (("Tujuan", "Tujuan"), ("Sasaran", "Sasaran Strategis"), ("Program", "Program"))
LEAD_WIDTHS = [5, 30, 30, 9]  # No, Tujuan/Sasaran/Program, Indikator Kinerja, Satuan
YEAR_WIDTH = 14
# Tahun lalu, this period, Selisih, Perubahan (%), Keterangan, Target Renstra, Capaian, Standar, Capaian
TAIL_WIDTHS = [14, 14, 14, 11, 11, 14, 11, 14, 11]


class Columns:
    """Column positions: four lead columns, one per earlier year, then the comparisons."""

    def __init__(self, years: list[int]):
        self.years = {year: 4 + i for i, year in enumerate(years)}
        first = 4 + len(years)
        (
            self.lalu,
            self.now,
            self.selisih,
            self.persen,
            self.arah,
            self.renstra,
            self.capaian_renstra,
            self.standar,
            self.capaian_standar,
        ) = range(first, first + len(TAIL_WIDTHS))
        self.widths = [*LEAD_WIDTHS, *[YEAR_WIDTH] * len(years), *TAIL_WIDTHS]


def _years(report: Report) -> list[int]:
    return sorted({year for ind in report.indicators for year in ind.realisasi_tahun})


def _rows(report: Report) -> list[tuple[str, list[Node]]]:
    nodes = report.nodes()
    return [(label, [n for n in nodes if n.tingkat == tingkat]) for tingkat, label in SECTIONS]


def _header(b: SheetBuilder, cols: Columns, settings) -> int:
    tw, tahun = tw_label(settings.triwulan), settings.tahun
    lalu = f"s.d. {tw} {tahun - 1}" if tahun else f"s.d. {tw} Tahun Lalu"
    now = f"s.d. {tw} {tahun}" if tahun else f"s.d. {tw}"
    renstra = "Target Akhir Renstra"
    if settings.tahun_akhir_renstra:
        renstra += f" ({settings.tahun_akhir_renstra})"
    width = len(cols.widths)
    top: list[CellValue] = [None] * width
    second: list[CellValue] = [None] * width
    top[:4] = ["No", "Tujuan/Sasaran/Program", "Indikator Kinerja", "Satuan"]
    top[min(cols.years.values(), default=cols.lalu)] = "Realisasi"
    for year, col in cols.years.items():
        second[col] = str(year)
    second[cols.lalu], second[cols.now] = lalu, now
    top[cols.selisih] = "Perbandingan dengan Tahun Lalu"
    second[cols.selisih], second[cols.persen], second[cols.arah] = "Selisih", "Perubahan (%)", "Keterangan"
    top[cols.renstra] = renstra
    second[cols.renstra], second[cols.capaian_renstra] = "Target", "Capaian (%)"
    top[cols.standar] = "Standar Nasional"
    second[cols.standar], second[cols.capaian_standar] = "Standar", "Capaian (%)"
    spans = [(0, col, 1, col) for col in range(4)]
    spans += [
        (0, min(cols.years.values(), default=cols.lalu), 0, cols.now),
        (0, cols.selisih, 0, cols.arah),
        (0, cols.renstra, 0, cols.capaian_renstra),
        (0, cols.standar, 0, cols.capaian_standar),
    ]
    _, last = b.header([top, second], spans)
    return last


def _derived(value: float | None, known: bool, galat: list[str], ind: IndicatorResult) -> CellValue:
    """A comparison's figure, or why it is not there: "-" without its input, "Galat (...)" naming
    unreadable cells, Belum diketahui when this period's realisation is not known."""
    if value is not None:
        return value
    if galat:
        return galat_status(galat)
    if not known:
        return "-"
    return contract.BELUM_DIKETAHUI if ind.realisasi is None else "-"


def indicator_cells(ind: IndicatorResult | None, cols: Columns) -> list[CellValue]:
    """The cells of one indicator's row after No and the node's name."""
    if ind is None:
        return ["-", "", *["-"] * (len(cols.widths) - 4)]
    p = ind.pembanding
    per = p.galat_per
    cells: list[CellValue] = [ind.indikator, ind.satuan]
    texts = ind.realisasi_tahun_text
    cells += [shown(ind.realisasi_tahun.get(year), texts.get(year)) for year in cols.years]
    lalu = _derived(p.tahun_lalu, False, per.get("tahun_lalu", [])[:1], ind)
    cells.append(p.tahun_lalu_text if lalu == "-" and p.tahun_lalu_text else lalu)  # a status text
    cells.append(shown(ind.realisasi, ind.status))
    lalu_galat = per.get("tahun_lalu", [])
    known = p.tahun_lalu is not None
    cells.append(_derived(p.selisih, known, lalu_galat, ind))
    cells.append(_derived(p.perubahan_persen, known and p.tahun_lalu != 0, lalu_galat, ind))
    cells.append(arah(p) or ("-" if not known or lalu_galat else contract.BELUM_DIKETAHUI))
    for value, key, capaian in (
        (p.target_renstra, "target_renstra", p.capaian_renstra),
        (p.standar_nasional, "standar_nasional", p.capaian_standar),
    ):
        galat = per.get(key, [])
        own = [ref for ref in galat if value is None]  # the reference's own cell was unreadable
        cells.append(value if value is not None else (galat_status(own) if own else "-"))
        cells.append(_derived(capaian, value is not None, galat, ind))
    return cells


def _style_row(b: SheetBuilder, r: int, ind: IndicatorResult, cols: Columns, settings) -> None:
    p = ind.pembanding
    scale = ind.scale_word
    figures = [(col, ind.realisasi_tahun.get(year), scale) for year, col in cols.years.items()]
    figures += [(cols.lalu, p.tahun_lalu, scale), (cols.now, ind.realisasi, scale)]
    figures += [(cols.selisih, p.selisih, scale)]
    figures += [(cols.renstra, p.target_renstra, scale), (cols.standar, p.standar_nasional, scale)]
    style_figures(b, r, sorted(figures, key=lambda f: f[0]))
    if p.perubahan_exact is not None:
        decimals = efisiensi_decimals(p.perubahan_exact, settings.desimal)  # enough to show the sign
        if decimals != settings.desimal:
            b.style(r, cols.persen, r, cols.persen, percent_style(decimals), ROW)
    for exact, col in (
        (p.capaian_renstra_exact, cols.capaian_renstra),
        (p.capaian_standar_exact, cols.capaian_standar),
    ):
        _capaian_style(b, r, col, exact, settings)


def _capaian_style(b: SheetBuilder, r: int, col: int, exact: Fraction | None, settings) -> None:
    if exact is not None:
        decimals = capaian_decimals(exact, settings.skala, settings.desimal)
        if decimals != settings.desimal:
            b.style(r, col, r, col, percent_style(decimals), ROW)


def layout(report: Report) -> SheetLayout:
    s = report.settings
    cols = Columns(_years(report))
    b = SheetBuilder(SHEET_NAME, TITLE, cols.widths)
    b.report_title(s)
    head_last = _header(b, cols, s)
    last_col = b.width - 1
    body_first = b.next_row
    for label, nodes in _rows(report):
        r = b.add_row([label])
        b.merge(r, 0, r, last_col)
        b.style(r, 0, r, last_col, "section", ROW)
        for number, node in enumerate(nodes, start=1):
            _node_rows(b, node, number, cols, s)
    body_last = b.next_row - 1
    b.style(body_first, 0, body_last, last_col, "cell", BASE)
    b.style(body_first, 0, body_last, 0, "center", COLUMN)
    b.style(body_first, 3, body_last, 3, "center", COLUMN)
    b.style(body_first, cols.arah, body_last, cols.arah, "center", COLUMN)
    for col in (cols.persen, cols.capaian_renstra, cols.capaian_standar):
        b.style(body_first, col, body_last, col, percent_style(s.desimal), COLUMN)
    b.conditional(body_first, cols.arah, body_last, cols.arah, MEMBAIK, "efisien")
    b.conditional(body_first, cols.arah, body_last, cols.arah, MENURUN, "tidak_efisien")
    _notes(b, s)
    b.signature_of(s)
    return b.finish(s, head_last)


def _node_rows(b: SheetBuilder, node: Node, number: int, cols: Columns, settings) -> None:
    first = b.next_row
    indicators: list[IndicatorResult | None] = list(node.indicators) or [None]
    for i, ind in enumerate(indicators):
        lead: list[CellValue] = [number, node.uraian] if i == 0 else [None, None]
        r = b.add_row(lead + indicator_cells(ind, cols))
        if ind is not None:
            _style_row(b, r, ind, cols, settings)
    last = b.next_row - 1
    if last > first:
        b.merge(first, 0, last, 0)
        b.merge(first, 1, last, 1)


NOTES = (
    "Selisih = realisasi periode ini - realisasi periode yang sama tahun lalu (dalam satuan indikator); "
    "Perubahan (%) = selisih / |realisasi tahun lalu| x 100 (tidak dihitung bila realisasi tahun lalu nol).",
    f"Keterangan: {MEMBAIK} bila realisasi naik (polaritas Positif) atau turun (polaritas Negatif), "
    f"{MENURUN} sebaliknya, {TETAP} bila sama.",
    "Capaian terhadap Target Akhir Renstra dan Standar Nasional dihitung dengan rumus capaian yang sama "
    "(polaritas Positif: realisasi / target x 100; Negatif: (target - (realisasi - target)) / target x 100).",
)


def _notes(b: SheetBuilder, settings) -> None:
    b.add_row()
    for text in NOTES:
        r = b.add_row([text])
        b.merge(r, 0, r, b.width - 1)
        b.style(r, 0, r, b.width - 1, "note", ROW)
        b.style(r, 0, r, b.width - 1, "paragraph", ROW)
