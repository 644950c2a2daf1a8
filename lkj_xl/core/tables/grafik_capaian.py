"""Grafik's sections 1 and 2: the capaian of each Tujuan/Sasaran indicator against the 100 % line,
in the kriteria colours, and the number of indicators per kriteria of each level.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core import contract, ownership
from lkj_xl.core.charts import CellRange, ChartSeries, ChartSpec
from lkj_xl.core.engine import capaian_decimals
from lkj_xl.core.kalimat import kosong_notes, satuan_beda_teks
from lkj_xl.core.layout import (
    BASE,
    COLUMN,
    KRITERIA_COLOURS,
    KRITERIA_STYLE,
    ROW,
    SPECIAL,
    SheetBuilder,
    percent_formats,
    percent_style,
)
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.tables.grafik_parts import (
    C_FIG,
    C_KODE,
    C_NO,
    C_TEKS,
    CHART_HEIGHT,
    LEVELS,
    LINE_COLOUR,
    MAX_BARS,
    REFERENCE,
    Section,
    add_heading,
    add_note,
    add_table_header,
    chart_format,
    chart_rows,
    column_chart,
    indicator_labels,
    not_drawn,
    too_many,
    tujuan_sasaran,
    why_unknown,
)
from lkj_xl.core.tables.perubahan import marked, target_note

# --- 1. capaian per Tujuan/Sasaran indicator ---------------------------------------------------------


def capaian_section(b: SheetBuilder, report: Report) -> Section:
    s = report.settings
    first = add_heading(b, "1. Capaian Indikator Tujuan dan Sasaran terhadap Target (100%)")
    indicators = tujuan_sasaran(report)
    labels = indicator_labels(indicators)
    add_table_header(b, ["No", "Kode", "Indikator", "Tingkat", "Capaian (%)", "Kriteria", "Target (%)"])
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
        b.style(body, C_FIG + 2, last, C_FIG + 2, "center", COLUMN)  # Kriteria, centred as in Tabel 3.1
        b.style(body, C_FIG + 3, last, C_FIG + 3, "integer", COLUMN)
        b.kriteria_colours(body, last, C_FIG + 2)
        b.add_row()
        anchor = chart_rows(b, CHART_HEIGHT)
        shown = min(last, body + MAX_BARS - 1)
        kriteria = [ind.kriteria for ind in drawn[:MAX_BARS]]
        # each bar's label as its cell: 90,004 (Sangat Tinggi) is not "90,00" (Tinggi), 15,12 not 15,117
        charts.append(capaian_chart(body, shown, anchor, kriteria, s.desimal, shown_decimals[:MAX_BARS]))
        add_note(
            b, "Batang: capaian tiap indikator, berwarna menurut kriterianya; garis putus-putus: target 100%."
        )
        # A capaian computed with the units as typed is drawn as every table prints it (Tabel 3.1, the
        # kriteria counts of chart 2); a bar cannot carry 3.1.3's note, so it stands under the chart.
        for ind, label in zip(drawn, labels_drawn):
            if ind.satuan_beda:
                add_note(b, f"{label}: {satuan_beda_teks(ind)}.")
        for note in kosong_notes(report, kinerja=True):  # the earlier quarters' capaian, as Tabel 3.1 says
            add_note(b, note)
        target_note(b, drawn)  # a capaian of a Target Perubahan, marked as in Tabel 3.1
        too_many(b, len(drawn), "indikator")
    else:
        add_note(b, "Belum ada indikator Tujuan atau Sasaran dengan capaian: grafik tidak digambar.")
    not_drawn(b, left_out)
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
    series = (
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
    )
    formats = (
        chart_format(desimal),
        chart_format(max(label_decimals, default=desimal)),  # where one is set for all
        percent_formats(label_decimals),
    )
    return column_chart(
        ownership.CHART_TITLES[0], (first_row, last_row), anchor, series, "Capaian (%)", formats
    )


# --- 2. indicators per kriteria per level --------------------------------------------------------------


def kriteria_section(b: SheetBuilder, report: Report) -> Section:
    first = add_heading(b, "2. Jumlah Indikator per Kriteria Capaian")
    head = [
        "No",
        "Tingkat",
        None,
        *contract.KRITERIA,
        contract.BELUM_DIKETAHUI,
        contract.GALAT_LABEL,
        "Jumlah",
    ]
    r = add_table_header(b, head)
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
        anchor = chart_rows(b, CHART_HEIGHT)
        charts.append(kriteria_chart(body, last, anchor))
        add_note(b, "Indikator yang capaiannya belum diketahui atau galat tidak digambar (lihat tabel).")
    else:
        add_note(b, "Belum ada indikator.")
    b.add_row()
    return first, charts, b.next_row - 1


def kriteria_chart(first_row: int, last_row: int, anchor: int) -> ChartSpec:
    """Clustered columns: one series per kriteria (table columns D..H) in its colour, per level."""
    series = tuple(
        ChartSeries(k, CellRange(first_row, col, last_row, col), colour=KRITERIA_COLOURS[k][0], labels=True)
        for k, col in zip(contract.KRITERIA, range(C_FIG, C_FIG + len(contract.KRITERIA)))
    )
    # (the labels: a kriteria no indicator has is no "0" over the axis)
    formats = (chart_format(0), chart_format(0) + ";;", ())
    return column_chart(
        ownership.CHART_TITLES[1], (first_row, last_row), anchor, series, "Jumlah indikator", formats
    )
