"""Perbandingan Kinerja (issue 11): each Tujuan, Sasaran and Program indicator's realisation against
earlier years, last year, the Renstra end target and a national standard.

One row per indicator, in sections Tujuan / Sasaran Strategis / Program like Tabel 3.1: realisation
of each earlier year given (``Realisasi 2023``...), of the same period last year and of this period,
the change (selisih in the indicator's unit, perubahan in %, Membaik / Menurun / Tetap by polarity),
then the Target Akhir Renstra with the capaian against it, and the Standar Nasional with the capaian
against it. Figures follow the indicator's target scale ("5.718,90 milyar"). A figure that cannot
be computed shows why: "-" (no input), the status text, "Belum diketahui", or "Galat (Kinerja!P7)".
Written only when the workbook has an analysis input (contract.ANALYSIS_SHEETS) and a Tujuan, Sasaran
or Program indicator a comparison figure (core.perbandingan_kosong); its columns are those of the
indicators it lists.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract, renstra_jumlah
from lkj_xl.core.contract import periode_kolom
from lkj_xl.core.engine import capaian_decimals
from lkj_xl.core.findings import galat_status
from lkj_xl.core.formulas import (
    figure_decimals,
    lalu_scale,
    realisasi_scale,
    scale_decimals,
    selisih_scale,
    sign_decimals,
)
from lkj_xl.core.layout import (
    BASE,
    COLUMN,
    ROW,
    CellValue,
    SheetBuilder,
    SheetLayout,
    percent_style,
    shown,
)
from lkj_xl.core.model import IndicatorResult, Node, Report, Settings
from lkj_xl.core.pembanding import MEMBAIK, MENURUN, TETAP, arah
from lkj_xl.core.perbandingan_kosong import DIMUAT
from lkj_xl.core.polaritas_teks import BERNILAI_NEGATIF, BERNILAI_POSITIF, RUMUS_NEGATIF, RUMUS_POSITIF
from lkj_xl.core.tables.capaian_tujuan_sasaran import sampai_note, style_figures
from lkj_xl.core.tables.polaritas import negatif_nama_note
from lkj_xl.core.tables.renstra_note import renstra_note
from lkj_xl.core.tables.rentang_note import pembanding_note

SHEET_NAME = contract.SHEET_PERBANDINGAN
TITLE = "Perbandingan Realisasi Kinerja"

SECTIONS = (("Tujuan", "Tujuan"), ("Sasaran", "Sasaran Strategis"), ("Program", "Program"))
assert tuple(tingkat for tingkat, _ in SECTIONS) == DIMUAT  # (perbandingan_kosong's levels)
LEAD_WIDTHS = [5, 30, 30, 9]  # No, Tujuan/Sasaran/Program, Indikator Kinerja, Satuan
YEAR_WIDTH = 14
# Tahun lalu, this period, Selisih, Perubahan (%), Keterangan
TAIL_WIDTHS = [14, 14, 14, 11, 11]
# Target Akhir Renstra or Standar Nasional, and the capaian against it: a pair of columns each, only
# when the workbook gives one (a printed page of empty columns would only shrink the table).
PAIR_WIDTHS = [14, 11]


class Columns:
    """Column positions: four lead columns, one per earlier year, the comparisons with last year, then
    the Renstra and the national standard pairs when given (their positions None otherwise)."""

    def __init__(self, years: list[int], renstra: bool = True, standar: bool = True):
        self.years = {year: 4 + i for i, year in enumerate(years)}
        first = 4 + len(years)
        self.lalu, self.now, self.selisih, self.persen, self.arah = range(first, first + len(TAIL_WIDTHS))
        self.widths = [*LEAD_WIDTHS, *[YEAR_WIDTH] * len(years), *TAIL_WIDTHS]
        self.renstra: int | None = None
        self.capaian_renstra: int | None = None
        self.standar: int | None = None
        self.capaian_standar: int | None = None
        if renstra:
            self.renstra, self.capaian_renstra = len(self.widths), len(self.widths) + 1
            self.widths += PAIR_WIDTHS
        if standar:
            self.standar, self.capaian_standar = len(self.widths), len(self.widths) + 1
            self.widths += PAIR_WIDTHS

    @classmethod
    def of(cls, report: Report) -> Columns:
        """The columns this report needs: the Renstra pair when Tahun Akhir Renstra or a Renstra target
        is given, the standard pair when a Standar Nasional is (an unreadable one counts)."""
        given = {"target_renstra": False, "standar_nasional": False}
        for ind in _listed(report):
            p = ind.pembanding
            for key, value in (
                ("target_renstra", p.target_renstra),
                ("standar_nasional", p.standar_nasional),
            ):
                given[key] |= value is not None or key in p.galat_per or key in p.rentang
        renstra = given["target_renstra"] or bool(report.settings.tahun_akhir_renstra)
        return cls(_years(report), renstra, given["standar_nasional"])


def _years(report: Report) -> list[int]:
    """The earlier years given; under Triwulan IV without last year's: the column of the same period
    last year is that year (s.d. TW IV 2024 is 2024), holding the figure compared."""
    years = {  # a year with a figure or a text in a row listed: a column of dashes else
        year
        for ind in _listed(report)
        for year, value in ind.realisasi_tahun.items()
        if value is not None or ind.realisasi_tahun_text.get(year)
    }
    tahun = report.settings.tahun
    if tahun and _whole_year(report.settings):
        years.discard(tahun - 1)
    return sorted(years)


def _listed(report: Report) -> list[IndicatorResult]:
    """The indicators of the levels the sheet lists: a Kegiatan's figure adds no column of dashes."""
    return [ind for ind in report.indicators if ind.tingkat in DIMUAT]


def _whole_year(settings: Settings) -> bool:
    """Triwulan IV of a known year: the same period last year is last year's whole year."""
    return settings.triwulan == 4 and not settings.triwulan_galat and bool(settings.tahun)


def _rows(report: Report) -> list[tuple[str, list[Node]]]:
    nodes = report.nodes()
    return [(label, [n for n in nodes if n.tingkat == tingkat]) for tingkat, label in SECTIONS]


def _now_label(settings) -> str:
    """This period's column: "s.d. TW II 2025"; a half year's "Semester I 2025" as the title and the
    Grafik name it; the year's report its year, "2025", not "s.d. TW IV"."""
    period, tahun = periode_kolom(settings), settings.tahun
    if settings.tahun_tahunan:
        return str(settings.tahun_tahunan)
    return f"{period} {tahun}" if tahun else period


def _header(b: SheetBuilder, cols: Columns, settings) -> int:
    period, tahun = periode_kolom(settings), settings.tahun
    lalu = f"{period} {tahun - 1}" if tahun else f"{period} Tahun Lalu"
    now = _now_label(settings)
    if tahun and _whole_year(
        settings
    ):  # one column for last year (the whole year), as the trend chart's point
        lalu = str(tahun - 1)
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
    spans = [(0, col, 1, col) for col in range(4)]
    spans += [(0, min(cols.years.values(), default=cols.lalu), 0, cols.now), (0, cols.selisih, 0, cols.arah)]
    for title, label, pair, capaian in (
        (renstra, "Target", cols.renstra, cols.capaian_renstra),
        ("Standar Nasional", "Standar", cols.standar, cols.capaian_standar),
    ):
        if pair is not None and capaian is not None:
            top[pair] = title
            second[pair], second[capaian] = label, "Capaian (%)"
            spans.append((0, pair, 0, capaian))
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
    cells.append(shown(ind.realisasi, ind.realisasi_text or ind.status))  # a grade as typed ("WTP")
    lalu_galat = per.get("tahun_lalu", [])
    known = p.tahun_lalu is not None
    cells.append(_derived(p.selisih, known, lalu_galat, ind))
    cells.append(_derived(p.perubahan_persen, known and p.tahun_lalu != 0, lalu_galat, ind))
    cells.append(arah(p) or ("-" if not known or lalu_galat else contract.BELUM_DIKETAHUI))
    for value, key, capaian, shown_col in (
        (p.target_renstra, "target_renstra", p.capaian_renstra, cols.renstra),
        (p.standar_nasional, "standar_nasional", p.capaian_standar, cols.standar),
    ):
        if shown_col is None:
            continue
        galat = per.get(key, [])
        ranged = p.rentang.get(key)  # "60-85 %": printed as typed, never one bound
        own = [ref for ref in galat if value is None and ranged is None]  # its own cell unreadable
        cells.append(value if value is not None else ranged or (galat_status(own) if own else "-"))
        if key == "target_renstra" and p.renstra_jumlah:  # the period's total: no progress from one year
            cells.append(renstra_jumlah.SEL)
            continue
        cells.append(_derived(capaian, value is not None or bool(ranged), galat, ind))
    return cells


def _style_row(b: SheetBuilder, r: int, ind: IndicatorResult, cols: Columns, settings) -> None:
    p = ind.pembanding
    scale = ind.scale_word
    figures = [(col, ind.realisasi_tahun.get(year), scale) for year, col in cols.years.items()]
    now = realisasi_scale(ind)  # typed in another scale than the target, a whole sum it rounds: as read
    figures += [(cols.lalu, p.tahun_lalu, lalu_scale(ind)), (cols.now, ind.realisasi, now)]  # 705 juta
    figures += [(cols.selisih, p.selisih, selisih_scale(ind))]  # 75 juta beside 775 juta
    figures += [
        (col, value, scale)
        for col, value in ((cols.renstra, p.target_renstra), (cols.standar, p.standar_nasional))
        if col is not None
    ]
    decimals = figure_decimals(ind, settings.skala, comparisons=True, desimal=settings.desimal)
    style_figures(
        b,
        r,
        sorted(figures, key=lambda f: f[0]),
        decimals,
        lambda of: scale_decimals(ind, decimals, of, comparisons=True),
    )
    if p.perubahan_exact is not None:
        decimals = sign_decimals(p.perubahan_exact, settings.desimal)  # a change never shows 0
        if decimals != settings.desimal:
            b.style(r, cols.persen, r, cols.persen, percent_style(decimals), ROW)
    for exact, col in (
        (p.capaian_renstra_exact, cols.capaian_renstra),
        (p.capaian_standar_exact, cols.capaian_standar),
    ):
        if col is not None:
            _capaian_style(b, r, col, exact, settings)


def _capaian_style(b: SheetBuilder, r: int, col: int, exact: Fraction | None, settings) -> None:
    if exact is not None:
        decimals = capaian_decimals(exact, settings.skala, settings.desimal)
        if decimals != settings.desimal:
            b.style(r, col, r, col, percent_style(decimals), ROW)


def layout(report: Report) -> SheetLayout:
    s = report.settings
    cols = Columns.of(report)
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
        if col is not None:
            b.style(body_first, col, body_last, col, percent_style(s.desimal), COLUMN)
    b.conditional(body_first, cols.arah, body_last, cols.arah, MEMBAIK, "efisien")
    b.conditional(body_first, cols.arah, body_last, cols.arah, MENURUN, "tidak_efisien")
    _notes(b, cols)
    # a realisasi of the earlier quarters only (TW IV "-"), compared with last year's whole period:
    # said as under Tabel 3.1 / 3.2, which print the same figure
    listed = [i for _, nodes in _rows(report) for n in nodes for i in n.indicators]
    sampai_note(b, report, listed, f"Realisasi {_now_label(s)}", _begitu(cols))
    # which rows a fall is Membaik in: the Keterangan's note names the rule, this the indicators
    negatif_nama_note(b, (i for _, nodes in _rows(report) for n in nodes for i in n.indicators))
    pembanding_note(b, (i for _, nodes in _rows(report) for n in nodes for i in n.indicators))
    renstra_note(b, listed, s)
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
    f"Keterangan: {MEMBAIK} bila realisasi naik ({BERNILAI_POSITIF}) atau turun ({BERNILAI_NEGATIF}), "
    f"{MENURUN} sebaliknya, {TETAP} bila sama.",
)
# The third note names the references the sheet shows ({} -> "Target Akhir Renstra dan Standar Nasional").
NOTE_CAPAIAN = (
    "Capaian terhadap {} dihitung dengan rumus capaian yang sama ("
    + f"{BERNILAI_POSITIF}: {RUMUS_POSITIF}; {BERNILAI_NEGATIF}: {RUMUS_NEGATIF})."
)


def _shown_refs(cols: Columns) -> list[str]:
    """The references the sheet shows a capaian against."""
    pairs = (("Target Akhir Renstra", cols.renstra), ("Standar Nasional", cols.standar))
    return [name for name, col in pairs if col is not None]


def _begitu(cols: Columns) -> str:
    """What a realisasi of the earlier quarters only changes in this sheet (sampai_note's words)."""
    refs = _shown_refs(cols)
    capaian = f", serta capaian terhadap {' dan '.join(refs)}" if refs else ""
    return f"selisih, perubahan dan keterangannya{capaian}"


def _notes(b: SheetBuilder, cols: Columns) -> None:
    b.add_row()
    shown_refs = _shown_refs(cols)
    notes = [*NOTES, NOTE_CAPAIAN.format(" dan ".join(shown_refs))] if shown_refs else list(NOTES)
    for text in notes:
        r = b.add_row([text])
        b.merge(r, 0, r, b.width - 1)
        b.style(r, 0, r, b.width - 1, "note", ROW)
        b.style(r, 0, r, b.width - 1, "paragraph", ROW)
