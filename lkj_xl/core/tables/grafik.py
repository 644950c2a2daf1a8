"""Grafik: the report's charts, each drawn from a data table printed on the same sheet (issue 11).

Four sections, one under the other, each a table and then its chart (a native Excel chart whose
categories and series are ranges of that table, :mod:`lkj_xl.core.charts`):

1. capaian of each Tujuan/Sasaran indicator against the 100 % line, bars in the kriteria colours;
2. the number of indicators per kriteria of each level (Tujuan, Sasaran, Program);
3. penyerapan anggaran per program;
4. where earlier years are given (``Realisasi <tahun>``, ``Realisasi Tahun Lalu``), the trend of each
   Tujuan/Sasaran indicator, one small line chart each (their units differ).

An indicator without a capaian (a status text, a galat) or a program without a penyerapan is listed
under its table with the reason, never drawn as 0. Page breaks keep every chart on one page.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core import contract, ownership
from lkj_xl.core.charts import CellRange, ChartSeries, ChartSpec, column_pixels
from lkj_xl.core.engine import capaian_decimals, galat_status
from lkj_xl.core.formulas import figure_decimals, penyerapan_decimals
from lkj_xl.core.kalimat import angka_indikator, kosong_notes, satuan_beda_teks
from lkj_xl.core.layout import (
    BASE,
    COLUMN,
    KRITERIA_COLOURS,
    KRITERIA_STYLE,
    LINE_HEIGHT,
    ROW,
    SPECIAL,
    SheetBuilder,
    SheetLayout,
    agency,
    fmt_percent,
    footer,
    percent_formats,
    percent_style,
    rupiah_sen,
)
from lkj_xl.core.model import BudgetResult, IndicatorResult, Report
from lkj_xl.core.tables.capaian_tujuan_sasaran import capaian_cell, style_figures
from lkj_xl.core.tables.perubahan import marked, pagu_note, target_note
from lkj_xl.core.tables.trend_labels import trend_format, trend_label_formats, trend_values

SHEET_NAME = contract.SHEET_GRAFIK
TITLE = "Grafik Capaian Kinerja"

# One grid for every table: No, Kode, the long text, then eight figure columns.
C_NO, C_KODE, C_TEKS = 0, 1, 2
C_FIG = 3  # first figure column
N_FIG = 8
WIDTHS = [5, 10, 42, 18, 18] + [12] * (N_FIG - 2)
LEVELS = ("Tujuan", "Sasaran", "Program")  # the levels chart 2 counts
REFERENCE = 100  # the 100 % line of chart 1
LINE_COLOUR = "#404040"  # the reference line and the trend lines
PENYERAPAN_COLOUR = "#2F5597"
CHART_HEIGHT = 300
TREND_HEIGHT = 220
# Printable height of an A4 landscape page with the layout's margins (595 pt less 1,3 in), with room
# for the footer; the sheet is printed one page wide, so a wider sheet is scaled down.
PAGE_POINTS = 480.0
PAGE_WIDTH_POINTS = 784.0  # 842 pt less 0,8 in of side margins

TIDAK_DIGAMBAR = "Tidak digambar (tidak ada angka):"
# More bars than this are unreadable on one A4 page: a chart draws the first ones, the table all.
MAX_BARS = 60
# Who draws the charts: the desktop button (.xlsm, xlwings over COM) and xlwings Lite write the
# tables only (README, "The Hitung Ulang button").
WRITERS_NOTE = (
    "Grafik digambar oleh lkj-xl build dan tombol Hitung Ulang di panel add-in Excel; tombol Hitung "
    "Ulang pada buku kerja .xlsm (Excel desktop) dan xlwings Lite hanya menulis tabel datanya."
)


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    sections = [_capaian_section(b, report), _kriteria_section(b, report), _penyerapan_section(b, report)]
    sections.append(_trend_section(b, report))
    b.signature_of(s, gap=0)  # every section ends with its blank row
    note = _note(b, WRITERS_NOTE)  # for staff: below the signed page, outside its print area
    lay = b.build(footer=_footer(report), freeze=None, repeat_header=False)
    lay.print_setup.last_printed_row = note - 1
    lay.charts = [chart for _, charts, _ in sections for chart in charts]
    lay.print_setup.page_breaks = page_breaks(lay, [(first, charts) for first, charts, _ in sections])
    return lay


def _footer(report: Report) -> str:
    return footer(agency(report.settings.perangkat_daerah, report.settings.pemerintah_daerah))


Section = tuple[int, list[ChartSpec], int]  # (first row, charts, last row)


def _heading(b: SheetBuilder, text: str) -> int:
    r = b.add_row([text])
    b.merge(r, 0, r, b.width - 1)
    b.style(r, 0, r, b.width - 1, "heading", SPECIAL)
    return r


def _table_header(b: SheetBuilder, labels: list[str | None]) -> int:
    r = b.add_row(labels)
    b.style(r, 0, r, len(labels) - 1, "header", BASE)
    return r


def _note(b: SheetBuilder, text: str) -> int:
    r = b.add_row([text])
    b.merge(r, 0, r, b.width - 1)
    b.style(r, 0, r, b.width - 1, "note", SPECIAL)
    return r


def _chart_rows(b: SheetBuilder, chart_height: int) -> int:
    """Reserve the default-height rows a chart covers; returns the first (its anchor row)."""
    first = b.next_row
    for _ in range(-(-chart_height // 20)):
        b.add_row()
    return first


def _chart_width(first_col: int = 0, last_col: int = C_FIG + N_FIG - 1) -> int:
    return sum(column_pixels(w) for w in WIDTHS[first_col : last_col + 1])


def _too_many(b: SheetBuilder, count: int, what: str) -> None:
    """Say so when a chart draws only the first :data:`MAX_BARS` rows of its table."""
    if count > MAX_BARS:
        _note(b, f"Grafik memuat {MAX_BARS} {what} pertama dari {count}; semuanya ada di tabel di atas.")


def _not_drawn(b: SheetBuilder, items: list[tuple[str, str, str]]) -> None:
    """Rows naming what the chart above leaves out and why (a status text, a galat)."""
    if not items:
        return
    _note(b, TIDAK_DIGAMBAR)
    last = b.width - 1
    for i, (kode, text, why) in enumerate(items, start=1):
        r = b.add_row([i, kode, text, why])
        b.merge(r, C_FIG, r, last)
        b.style(r, 0, r, last, "cell", BASE)
        b.style(r, C_NO, r, C_NO, "center", COLUMN)
        b.style(r, C_FIG, r, last, "unknown", ROW)


# --- 1. capaian per Tujuan/Sasaran indicator ---------------------------------------------------------


def indicator_labels(indicators: list[IndicatorResult]) -> list[str]:
    """A short category label per indicator: its Kode, numbered when the node has several ("S1 (2)")."""
    per_node: dict[str, int] = {}
    for ind in indicators:
        per_node[ind.kode] = per_node.get(ind.kode, 0) + 1
    seen: dict[str, int] = {}
    out = []
    for ind in indicators:
        seen[ind.kode] = seen.get(ind.kode, 0) + 1
        out.append(ind.kode if per_node[ind.kode] == 1 else f"{ind.kode} ({seen[ind.kode]})")
    return out


def why_unknown(ind: IndicatorResult) -> str:
    """Why an indicator has no capaian, as the tables say it: the galat with its cells, or the status."""
    if ind.galat or not ind.status or ind.realisasi_text:  # (a grade below its target: its status)
        return str(capaian_cell(ind))
    return f"{contract.BELUM_DIKETAHUI}: {ind.status}"


def why_no_penyerapan(budget: BudgetResult) -> str:
    """Why a program has no penyerapan: its unreadable cells, else an empty or zero pagu."""
    return galat_status(budget.galat) if budget.galat else "Pagu kosong atau nol"


def _tujuan_sasaran(report: Report) -> list[IndicatorResult]:
    return [ind for ind in report.indicators if ind.tingkat in ("Tujuan", "Sasaran")]


def _capaian_section(b: SheetBuilder, report: Report) -> Section:
    s = report.settings
    first = _heading(b, "1. Capaian Indikator Tujuan dan Sasaran terhadap Target (100%)")
    indicators = _tujuan_sasaran(report)
    labels = indicator_labels(indicators)
    _table_header(b, ["No", "Kode", "Indikator", "Tingkat", "Capaian (%)", "Kriteria", "Target (%)"])
    body = b.next_row
    drawn: list[IndicatorResult] = []
    labels_drawn: list[str] = []
    shown_decimals: list[int] = []  # of each capaian drawn, as its cell shows it
    left_out = []
    for ind, label in zip(indicators, labels):
        if ind.capaian is None:
            left_out.append((label, ind.indikator, why_unknown(ind)))
            continue
        labels_drawn.append(label)
        r = b.add_row(
            [
                len(drawn) + 1,
                label,
                marked(ind.indikator, ind.target_pk is not None),
                ind.tingkat,
                ind.capaian,
                ind.kriteria,
                REFERENCE,
            ]
        )
        decimals = capaian_decimals(ind.capaian_exact, s.skala, s.desimal) if ind.capaian_exact else s.desimal
        b.style(r, C_FIG + 1, r, C_FIG + 1, percent_style(decimals), ROW)
        drawn.append(ind)
        shown_decimals.append(decimals)
    charts: list[ChartSpec] = []
    if drawn:
        last = b.next_row - 1
        b.style(body, 0, last, C_FIG + 3, "cell", BASE)
        b.style(body, C_NO, last, C_NO, "center", COLUMN)
        b.style(body, C_FIG + 3, last, C_FIG + 3, "integer", COLUMN)
        b.kriteria_colours(body, last, C_FIG + 2)
        b.add_row()
        anchor = _chart_rows(b, CHART_HEIGHT)
        shown = min(last, body + MAX_BARS - 1)
        kriteria = [ind.kriteria for ind in drawn[:MAX_BARS]]
        # each bar's label as its cell: 90,004 (Sangat Tinggi) is not "90,00" (Tinggi), 15,12 not 15,117
        charts.append(capaian_chart(body, shown, anchor, kriteria, s.desimal, shown_decimals[:MAX_BARS]))
        _note(
            b, "Batang: capaian tiap indikator, berwarna menurut kriterianya; garis putus-putus: target 100%."
        )
        # A capaian computed with the units as typed is drawn as every table prints it (Tabel 3.1, the
        # kriteria counts of chart 2); a bar cannot carry 3.1.3's note, so it stands under the chart.
        for ind, label in zip(drawn, labels_drawn):
            if ind.satuan_beda:
                _note(b, f"{label}: {satuan_beda_teks(ind)}.")
        for note in kosong_notes(report, kinerja=True):  # the earlier quarters' capaian, as Tabel 3.1 says
            _note(b, note)
        target_note(b, drawn)  # a capaian of a Target Perubahan, marked as in Tabel 3.1
        _too_many(b, len(drawn), "indikator")
    else:
        _note(b, "Belum ada indikator Tujuan atau Sasaran dengan capaian: grafik tidak digambar.")
    _not_drawn(b, left_out)
    b.add_row()
    return first, charts, b.next_row - 1


def capaian_chart(
    first_row: int,
    last_row: int,
    anchor: int,
    kriteria: list[str | None],
    desimal: int,
    label_decimals: Sequence[int] = (),
) -> ChartSpec:
    """Columns of capaian (table column E) coloured by kriteria, with the 100 % line (column G); each
    bar's label with its cell's decimals (``label_decimals``, bar by bar; else ``desimal``)."""
    colours = tuple(KRITERIA_COLOURS[k][0] if k in KRITERIA_COLOURS else None for k in kriteria)
    return ChartSpec(
        kind="column",
        title=ownership.CHART_TITLES[0],
        categories=CellRange(first_row, C_KODE, last_row, C_KODE),
        series=(
            ChartSeries(
                "Capaian (%)",
                CellRange(first_row, C_FIG + 1, last_row, C_FIG + 1),
                point_colours=colours,
                labels=True,
                in_legend=False,
            ),
            ChartSeries(
                "Target (100%)",
                CellRange(first_row, C_FIG + 3, last_row, C_FIG + 3),
                colour=LINE_COLOUR,
                kind="line",
                dashed=True,
            ),
        ),
        anchor=(anchor, 0),
        width=_chart_width(),
        height=CHART_HEIGHT,
        y_title="Capaian (%)",
        y_min=0,
        number_format=_chart_format(desimal),
        label_format=_chart_format(max(label_decimals, default=desimal)),  # where one is set for all
        point_label_formats=percent_formats(label_decimals),
        legend=True,
    )


def _chart_format(desimal: int) -> str:
    """Number format of a chart's axis and labels: Indonesian separators, as the cells show them."""
    return fmt_percent(desimal)


# --- 2. indicators per kriteria per level --------------------------------------------------------------


def _kriteria_section(b: SheetBuilder, report: Report) -> Section:
    first = _heading(b, "2. Jumlah Indikator per Kriteria Capaian")
    head = [
        "No",
        "Tingkat",
        None,
        *contract.KRITERIA,
        contract.BELUM_DIKETAHUI,
        contract.GALAT_LABEL,
        "Jumlah",
    ]
    r = _table_header(b, head)
    b.merge(r, C_KODE, r, C_TEKS)
    for k, col in zip(contract.KRITERIA, range(C_FIG, C_FIG + len(contract.KRITERIA))):
        b.style(r, col, r, col, KRITERIA_STYLE[k], SPECIAL)
    groups = [g for g in report.ringkasan if g.tingkat in LEVELS]
    body = b.next_row
    for i, g in enumerate(groups, start=1):
        counts = [g.per_kriteria.get(k, 0) for k in contract.KRITERIA]
        r = b.add_row([i, g.tingkat, None, *counts, len(g.belum_diketahui), len(g.galat), g.jumlah])
        b.merge(r, C_KODE, r, C_TEKS)
    charts: list[ChartSpec] = []
    if groups:
        last = b.next_row - 1
        b.style(body, 0, last, b.width - 1, "cell", BASE)
        b.style(body, C_NO, last, C_NO, "center", COLUMN)
        b.style(body, C_FIG, last, b.width - 1, "integer", COLUMN)
        b.add_row()
        anchor = _chart_rows(b, CHART_HEIGHT)
        charts.append(kriteria_chart(body, last, anchor))
        _note(b, "Indikator yang capaiannya belum diketahui atau galat tidak digambar (lihat tabel).")
    else:
        _note(b, "Belum ada indikator.")
    b.add_row()
    return first, charts, b.next_row - 1


def kriteria_chart(first_row: int, last_row: int, anchor: int) -> ChartSpec:
    """Clustered columns: one series per kriteria (table columns D..H) in its colour, per level."""
    series = tuple(
        ChartSeries(k, CellRange(first_row, col, last_row, col), colour=KRITERIA_COLOURS[k][0], labels=True)
        for k, col in zip(contract.KRITERIA, range(C_FIG, C_FIG + len(contract.KRITERIA)))
    )
    return ChartSpec(
        kind="column",
        title=ownership.CHART_TITLES[1],
        categories=CellRange(first_row, C_KODE, last_row, C_KODE),
        series=series,
        anchor=(anchor, 0),
        width=_chart_width(),
        height=CHART_HEIGHT,
        y_title="Jumlah indikator",
        y_min=0,
        number_format=_chart_format(0),
        label_format=_chart_format(0) + ";;",  # a kriteria no indicator has: no "0" over the axis
    )


# --- 3. penyerapan anggaran per program ------------------------------------------------------------------


def _penyerapan_section(b: SheetBuilder, report: Report) -> Section:
    s = report.settings
    first = _heading(b, "3. Penyerapan Anggaran per Program")
    _table_header(b, ["No", "Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Penyerapan (%)"])
    body = b.next_row
    left_out = []
    shown_decimals: list[int] = []  # of each penyerapan drawn as its cell shows it, for its bar's label
    for budget in report.budgets:
        if budget.penyerapan is None:
            left_out.append((budget.kode, budget.program, why_no_penyerapan(budget)))
            continue
        b.add_row(
            [
                b.next_row - body + 1,
                budget.kode,
                marked(budget.program, budget.pagu_pk is not None),
                budget.pagu,
                budget.realisasi,
                budget.penyerapan,
            ]
        )
        shown_decimals.append(decimals := penyerapan_decimals(budget.penyerapan, s.desimal))
        if decimals != s.desimal:  # as Tabel 3.4
            b.style(b.next_row - 1, C_FIG + 2, b.next_row - 1, C_FIG + 2, percent_style(decimals), ROW)
    charts: list[ChartSpec] = []
    last = b.next_row - 1
    if last >= body:
        b.style(body, 0, last, C_FIG + 2, "cell", BASE)
        b.style(body, C_NO, last, C_NO, "center", COLUMN)
        b.style(body, C_FIG, last, C_FIG + 1, "rupiah", COLUMN)
        rupiah_sen(b, body, [C_FIG, C_FIG + 1])  # as Tabel 3.4
        b.style(body, C_FIG + 2, last, C_FIG + 2, percent_style(s.desimal), COLUMN)
        b.add_row()
        anchor = _chart_rows(b, CHART_HEIGHT)
        # each bar's label as its cell: 99,96 is not "100,0" (not all was spent), 41,898 not 41,9
        shown = min(last, body + MAX_BARS - 1)
        charts.append(penyerapan_chart(body, shown, anchor, s.desimal, shown_decimals[:MAX_BARS]))
        # the year's or the half year's report by its period; a quarter's "s.d. triwulan ini"
        period = contract.periode_laporan(s) if s.tahun_tahunan or s.semester_laporan else "s.d. triwulan ini"
        _note(b, f"Batang: realisasi anggaran {period} dibagi pagu, per program (nama di tabel).")
        for note in kosong_notes(report, anggaran=True):  # a quarter nobody typed, as Tabel 3.4 says
            _note(b, note)
        pagu_note(b, [x for x in report.budgets if x.penyerapan is not None])  # marked as in Tabel 3.4
        _too_many(b, last - body + 1, "program")
    else:
        _note(b, "Belum ada program dengan penyerapan anggaran: grafik tidak digambar.")
    _not_drawn(b, left_out)
    b.add_row()
    return first, charts, b.next_row - 1


def penyerapan_chart(
    first_row: int, last_row: int, anchor: int, desimal: int, label_decimals: Sequence[int] = ()
) -> ChartSpec:
    """Columns of penyerapan (table column F) per program Kode (column B); each bar's label with its
    cell's decimals (``label_decimals``, bar by bar; else one decimal at most)."""
    return ChartSpec(
        kind="column",
        title=ownership.CHART_TITLES[2],
        categories=CellRange(first_row, C_KODE, last_row, C_KODE),
        series=(
            ChartSeries(
                "Penyerapan (%)",
                CellRange(first_row, C_FIG + 2, last_row, C_FIG + 2),
                colour=PENYERAPAN_COLOUR,
                labels=True,
            ),
        ),
        anchor=(anchor, 0),
        width=_chart_width(),
        height=CHART_HEIGHT,
        y_title="Penyerapan (%)",
        y_min=0,
        number_format=_chart_format(min(desimal, 1)),
        label_format=_chart_format(max(label_decimals, default=min(desimal, 1))),  # one for all
        point_label_formats=percent_formats(label_decimals),
        legend=False,
    )


# --- 4. the trend of each Tujuan/Sasaran indicator ------------------------------------------------------


def trend_columns(report: Report) -> list[tuple[str, str]]:
    """The periods of the trend table, oldest first, as (key, header): each earlier year given,
    last year's same period, this period. At most :data:`N_FIG` - 1 (the last one is Keterangan)."""
    s = report.settings
    years = sorted({y for ind in _tujuan_sasaran(report) for y in ind.realisasi_tahun})
    period = contract.periode_kolom(s)
    columns = [(str(y), str(y)) for y in years if s.tahun is None or y < s.tahun]
    if s.tahun and s.triwulan == 4 and not s.triwulan_galat:
        # Last year s.d. TW IV is last year's whole year: one point, Realisasi Tahun Lalu or the year's.
        whole = ("lalu:" + str(s.tahun - 1), str(s.tahun - 1))
        columns = [whole if key == whole[1] else (key, h) for key, h in columns]
        if whole not in columns and any(
            ind.pembanding.tahun_lalu is not None for ind in _tujuan_sasaran(report)
        ):
            columns.append(whole)
    elif any(ind.pembanding.tahun_lalu is not None for ind in _tujuan_sasaran(report)):
        columns.append(("lalu", f"{period} {s.tahun - 1}" if s.tahun else f"{period} Tahun Lalu"))
    if s.tahun_tahunan:  # the year's report: this year, not "s.d. TW IV 2025" (the seed's order)
        columns.append(("kini", str(s.tahun_tahunan)))
    else:
        columns.append(("kini", f"{period} {s.tahun}" if s.tahun else f"{period} Tahun Ini"))
    return columns[-(N_FIG - 1) :]


def _trend_value(ind: IndicatorResult, key: str) -> float | None:
    if key == "kini":
        return ind.realisasi
    if key == "lalu":
        return ind.pembanding.tahun_lalu
    if key.startswith("lalu:"):  # Triwulan IV: last year's whole year
        lalu = ind.pembanding.tahun_lalu
        return lalu if lalu is not None else ind.realisasi_tahun.get(int(key[5:]))
    return ind.realisasi_tahun.get(int(key))


def _trend_section(b: SheetBuilder, report: Report) -> Section:
    indicators = _tujuan_sasaran(report)
    labels = indicator_labels(indicators)
    columns = trend_columns(report)
    rows = [
        (ind, label)
        for ind, label in zip(indicators, labels)
        if sum(_trend_value(ind, key) is not None for key, _ in columns if key != "kini") > 0
    ]
    first = _heading(b, "4. Tren Realisasi Indikator Tujuan dan Sasaran")
    if not rows:
        _note(
            b,
            "Tidak ada realisasi tahun-tahun sebelumnya di lembar Kinerja (kolom Realisasi Tahun Lalu atau "
            "Realisasi <tahun>): tren tidak digambar.",
        )
        b.add_row()
        return first, [], b.next_row - 1
    header = _table_header(b, ["No", "Kode", "Indikator (Satuan)", *(h for _, h in columns), "Keterangan"])
    keterangan_col = C_FIG + len(columns)
    last_col = b.width - 1  # Keterangan spans the columns the periods leave free
    b.merge(header, keterangan_col, header, last_col)
    b.style(header, keterangan_col, header, last_col, "header", BASE)
    body = b.next_row
    for i, (ind, label) in enumerate(rows, start=1):
        values = [_trend_value(ind, key) for key, _ in columns]
        why = "" if ind.realisasi is not None else f"{columns[-1][1]}: {why_unknown(ind)}"
        if ind.realisasi is not None and ind.satuan_beda:
            # Typed in another scale than the target (and the earlier years, as Perbandingan Kinerja
            # reads them): in the line's scale it is a fall to nothing (3.969,54 beside 3.800 milyar),
            # so no point; the figure as read and 3.1.3's note go to Keterangan.
            values[-1] = None
            shown = angka_indikator(ind, report.settings).realisasi
            why = f"{columns[-1][1]}: {shown} (tidak digambar: {satuan_beda_teks(ind)})"
        if ind.realisasi_text:  # a grade ("WTP") is no point on a line
            why = f"{columns[-1][1]}: {ind.skala_predikat} {ind.realisasi_text} (predikat, bukan angka)"
        text = f"{ind.indikator} ({ind.satuan})" if ind.satuan else ind.indikator
        r = b.add_row([i, label, text, *values, why])
        b.merge(r, keterangan_col, r, last_col)
        # As Perbandingan Kinerja shows the same figures: the indicator's scale word and decimals.
        figures = [(col, value, ind.scale_word) for col, value in enumerate(values, start=C_FIG)]
        style_figures(b, r, figures, figure_decimals(ind, report.settings.skala, comparisons=True))
    last = b.next_row - 1
    b.style(body, 0, last, last_col, "cell", BASE)
    b.style(body, C_NO, last, C_NO, "center", COLUMN)
    b.add_row()
    charts, skala = [], report.settings.skala
    for n, (ind, label) in enumerate(rows):
        if n % 2 == 0:
            anchor = _chart_rows(b, TREND_HEIGHT)
            b.add_row()
        charts.append(trend_chart(header, body + n, label, ind, anchor, len(columns), n % 2 == 0, skala))
    _note(b, "Garis: realisasi tiap periode; titik kosong: tidak ada angka (lihat Keterangan).")
    b.add_row()
    return first, charts, b.next_row - 1


def trend_chart(
    header_row: int,
    row: int,
    label: str,
    ind: IndicatorResult,
    anchor: int,
    n_periods: int,
    left: bool,
    skala: str,
) -> ChartSpec:
    """A line of one indicator's row across the period columns, categories from the header row, each
    point labelled as its cell shows it (trend_labels)."""
    values = trend_values(ind)
    label_format, point_label_formats = trend_label_formats(ind, skala, values, n_periods)
    first_col = 0 if left else C_FIG + 1
    last_col = C_FIG if left else C_FIG + N_FIG - 1
    return ChartSpec(
        kind="line",
        title=f"{ownership.TREND_TITLE_PREFIX}{label}: {ind.indikator}"[:120],
        categories=CellRange(header_row, C_FIG, header_row, C_FIG + n_periods - 1),
        series=(
            ChartSeries(
                ind.satuan or "Realisasi",
                CellRange(row, C_FIG, row, C_FIG + n_periods - 1),
                colour=LINE_COLOUR,
                labels=True,
                marker=True,
            ),
        ),
        anchor=(anchor, first_col),
        width=_chart_width(first_col, last_col) - 10,
        height=TREND_HEIGHT,
        y_title=ind.satuan,
        number_format=trend_format(values),
        label_format=label_format,
        point_label_formats=point_label_formats,
        legend=False,
    )


# --- pages -------------------------------------------------------------------------------------------------


def page_breaks(lay: SheetLayout, sections: list[tuple[int, list[ChartSpec]]]) -> list[int]:
    """Rows that start a printed page so that no chart is cut: a section starts a page when it does not
    fit on the rest of the current one, and a chart starts one when its table filled the page."""
    width_points = sum(column_pixels(w) for w in lay.columns) * 0.75
    capacity = PAGE_POINTS / min(1.0, PAGE_WIDTH_POINTS / width_points)
    heights = [lay.row_heights.get(r, LINE_HEIGHT) for r in range(lay.n_rows)]
    ends = [first for first, _ in sections[1:]] + [lay.n_rows]
    breaks: list[int] = []
    start = 0

    def used(first: int, stop: int) -> float:
        return sum(heights[first:stop])

    for (first, charts), stop in zip(sections, ends):
        if used(start, stop) > capacity and first > start:
            breaks.append(first)
            start = first
        for chart in charts:
            # the page starts at the blank row above the chart: LibreOffice clips a chart drawn right
            # at a page's edge with a hairline of its frame on the page before
            chart_row = chart.anchor[0] - 1
            if used(start, chart_row + 1 + chart.rows) > capacity and chart_row > start:
                breaks.append(chart_row)
                start = chart_row
    return breaks
