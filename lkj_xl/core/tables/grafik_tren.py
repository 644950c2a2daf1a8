"""Grafik's section 4: where earlier years are given (``Realisasi <tahun>``, ``Realisasi Tahun Lalu``),
the trend of each Tujuan/Sasaran indicator, one small line chart each (their units differ).
"""

from __future__ import annotations

from functools import partial

from lkj_xl.core import contract, ownership
from lkj_xl.core.charts import CellRange, ChartSeries, ChartSpec
from lkj_xl.core.formulas import figure_decimals, lalu_scale, realisasi_scale, scale_decimals
from lkj_xl.core.kalimat import angka_indikator, dengan_skala, satuan_beda_teks
from lkj_xl.core.layout import BASE, COLUMN, SheetBuilder
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.tables.capaian_tujuan_sasaran import style_figures
from lkj_xl.core.tables.grafik_parts import (
    C_FIG,
    C_NO,
    LINE_COLOUR,
    N_FIG,
    TREND_HEIGHT,
    Section,
    add_heading,
    add_note,
    add_table_header,
    chart_rows,
    chart_width,
    indicator_labels,
    tujuan_sasaran,
    why_unknown,
)
from lkj_xl.core.tables.trend_labels import trend_format, trend_label_formats, trend_values


def trend_columns(report: Report) -> list[tuple[str, str]]:
    """The periods of the trend table, oldest first, as (key, header): each earlier year with a figure,
    last year's same period, this period. At most :data:`N_FIG` - 1 (the last one is Keterangan)."""
    s = report.settings
    # a year with a figure (a column left empty, or holding only "-" or a text, is no point on a line)
    years = sorted(
        {y for ind in tujuan_sasaran(report) for y, v in ind.realisasi_tahun.items() if v is not None}
    )
    period = contract.periode_kolom(s)
    columns = [(str(y), str(y)) for y in years if s.tahun is None or y < s.tahun]
    if s.tahun and s.triwulan == 4 and not s.triwulan_galat:
        # Last year s.d. TW IV is last year's whole year: one point, Realisasi Tahun Lalu or the year's.
        whole = ("lalu:" + str(s.tahun - 1), str(s.tahun - 1))
        columns = [whole if key == whole[1] else (key, h) for key, h in columns]
        if whole not in columns and any(
            ind.pembanding.tahun_lalu is not None for ind in tujuan_sasaran(report)
        ):
            columns.append(whole)
    elif any(ind.pembanding.tahun_lalu is not None for ind in tujuan_sasaran(report)):
        columns.append(("lalu", f"{period} {s.tahun - 1}" if s.tahun else f"{period} Tahun Lalu"))
    if s.tahun_tahunan:  # the year's report: this year, not "s.d. TW IV 2025" (the seed's order)
        columns.append(("kini", str(s.tahun_tahunan)))
    else:
        columns.append(("kini", f"{period} {s.tahun}" if s.tahun else f"{period} Tahun Ini"))
    return columns[-(N_FIG - 1) :]


def trend_value(ind: IndicatorResult, key: str) -> float | None:
    if key == "kini":
        return ind.realisasi
    if key == "lalu":
        return ind.pembanding.tahun_lalu
    if key.startswith("lalu:"):  # Triwulan IV: last year's whole year
        lalu = ind.pembanding.tahun_lalu
        return lalu if lalu is not None else ind.realisasi_tahun.get(int(key[5:]))
    return ind.realisasi_tahun.get(int(key))


def trend_scales(ind: IndicatorResult, columns: list[tuple[str, str]]) -> list[str | None]:
    """The scale word of each period's figure, as Perbandingan Kinerja shows it: the indicator's, this
    period's realisasi in its own (595.430 beside 1,10 juta: formulas.realisasi_scale), last year's as
    formulas.lalu_scale (705 juta beside 775 juta), at TW IV under its year too (trend_value)."""
    lalu = lalu_scale(ind) if ind.pembanding.tahun_lalu is not None else ind.scale_word
    return [
        realisasi_scale(ind) if key == "kini" else lalu if key.startswith("lalu") else ind.scale_word
        for key, _ in columns
    ]


def trend_section(b: SheetBuilder, report: Report) -> Section:
    indicators = tujuan_sasaran(report)
    labels = indicator_labels(indicators)
    columns = trend_columns(report)
    rows = [
        (ind, label)
        for ind, label in zip(indicators, labels)
        if sum(trend_value(ind, key) is not None for key, _ in columns if key != "kini") > 0
    ]
    first = add_heading(b, "4. Tren Realisasi Indikator Tujuan dan Sasaran")
    if not rows:
        add_note(
            b,
            "Tidak ada realisasi tahun-tahun sebelumnya di lembar Kinerja (kolom Realisasi Tahun Lalu atau "
            "Realisasi <tahun>): tren tidak digambar.",
        )
        b.add_row()
        return first, [], b.next_row - 1
    header = add_table_header(b, ["No", "Kode", "Indikator (Satuan)", *(h for _, h in columns), "Keterangan"])
    keterangan_col = C_FIG + len(columns)
    last_col = b.width - 1  # Keterangan spans the columns the periods leave free
    b.merge(header, keterangan_col, header, last_col)
    b.style(header, keterangan_col, header, last_col, "header", BASE)
    body = b.next_row
    for i, (ind, label) in enumerate(rows, start=1):
        values = [trend_value(ind, key) for key, _ in columns]
        why = "" if ind.realisasi is not None else f"{columns[-1][1]}: {why_unknown(ind)}"
        if ind.realisasi is not None and ind.satuan_beda:
            # Typed in another scale than the target (and the earlier years, as Perbandingan Kinerja
            # reads them): in the line's scale it is a fall to nothing (3.969,54 beside 3.800 milyar),
            # so no point; the figure as read and 3.1.3's note go to Keterangan.
            values[-1] = None
            shown = angka_indikator(ind, report.settings).realisasi
            why = f"{columns[-1][1]}: {shown} (tidak digambar: {satuan_beda_teks(ind)})"
        if ind.realisasi_text:  # a grade ("WTP") is no point on a line
            why = f"{columns[-1][1]}: {dengan_skala(ind.skala_predikat, ind.realisasi_text)} (predikat, bukan angka)"
        text = f"{ind.indikator} ({ind.satuan})" if ind.satuan else ind.indikator
        r = b.add_row([i, label, text, *values, why])
        b.merge(r, keterangan_col, r, last_col)
        # As Perbandingan Kinerja shows the same figures: the indicator's scale word and decimals, this
        # period's realisasi in its own (595.430 beside 1,10 juta: formulas.realisasi_scale)
        scales = trend_scales(ind, columns)
        figures = [(C_FIG + k, value, scale) for k, (value, scale) in enumerate(zip(values, scales))]
        decimals = figure_decimals(
            ind, report.settings.skala, comparisons=True, desimal=report.settings.desimal
        )
        style_figures(b, r, figures, decimals, partial(scale_decimals, ind, decimals, comparisons=True))
    last = b.next_row - 1
    b.style(body, 0, last, last_col, "cell", BASE)
    b.style(body, C_NO, last, C_NO, "center", COLUMN)
    b.add_row()
    charts, skala, desimal = [], report.settings.skala, report.settings.desimal
    for n, (ind, label) in enumerate(rows):
        if n % 2 == 0:
            anchor = chart_rows(b, TREND_HEIGHT)
            b.add_row()
        charts.append(trend_chart(header, body + n, label, ind, anchor, columns, n % 2 == 0, skala, desimal))
    add_note(b, "Garis: realisasi tiap periode; titik kosong: tidak ada angka (lihat Keterangan).")
    b.add_row()
    return first, charts, b.next_row - 1


def trend_chart(
    header_row: int,
    row: int,
    label: str,
    ind: IndicatorResult,
    anchor: int,
    columns: list[tuple[str, str]],
    left: bool,
    skala: str,
    desimal: int = 2,
) -> ChartSpec:
    """A line of one indicator's row across the period columns, categories from the header row, each
    point labelled as its cell shows it (trend_labels)."""
    values, n_periods = trend_values(ind), len(columns)
    points = list(zip((trend_value(ind, key) for key, _ in columns), trend_scales(ind, columns), strict=True))
    label_format, point_label_formats = trend_label_formats(ind, skala, values, points, desimal)
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
        width=chart_width(first_col, last_col) - 10,
        height=TREND_HEIGHT,
        y_title=ind.satuan,
        number_format=trend_format(values),
        label_format=label_format,
        point_label_formats=point_label_formats,
        legend=False,
    )
