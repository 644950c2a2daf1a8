"""The rekap workbook's Grafik sheet (``lkj-xl rekap``): the agencies ranked by mean capaian and by
penyerapan, and the kriteria distribution of their indicators, as native charts beside the data they
plot; a set of them per period when the rekap holds several."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.core.kalimat import daftar
from lkj_xl.core.layout import LINE_HEIGHT, agency
from lkj_xl.core.rekap_ganda import period_text
from lkj_xl.core.styles import FMT_INTEGER, KRITERIA_COLOURS, fmt_percent
from lkj_xl.core.textwidth import column_width
from lkj_xl.xlsx.rekap import (
    _NUM_FORMATS,
    _SHOWN_DECIMALS,
    DESIMAL,
    _Formats,
    _print_setup,
)
from lkj_xl.xlsx.rekap_periode import _records, _row_periods, page_title, pemda_shown
from lkj_xl.xlsx.rekap_rows import plain_value as _value
from lkj_xl.xlsx.rekap_widths import shown_widths

if TYPE_CHECKING:
    import pandas as pd

    from lkj_xl.agencies import Rekap

PENYERAPAN_COLOUR = "#4472C4"  # budget bars: blue, apart from the kriteria colours
TANPA_PERINGKAT = "tanpa peringkat"  # an agency without a mean capaian, in the capaian block
# An agency without a penyerapan (no program in Anggaran, a galat budget cell: see Pemeriksaan).
TANPA_PENYERAPAN = "tanpa penyerapan"
# The printed chart names the agencies it draws no bar for (its data block is not printed) while the
# names fit in about two lines of its title; beyond, it counts them.
_NAMED_NOTE = 110


def no_bar_note(said: str, names: list[str]) -> str:
    """The line under a chart's title naming the agencies without a bar ("" when every one has it)."""
    if not names:
        return ""
    named = daftar(names)
    if len(named) > _NAMED_NOTE:
        named = f"{len(names)} perangkat daerah (lihat sheet Rekap Perangkat Daerah)"
    return f"Tidak tergambar ({said}): {named}"


_ChartItem = tuple[str, Any, Any, list[int], Any, int | None]


def _chart_data(
    frame: pd.DataFrame, row_decimals: Sequence[int | None]
) -> list[tuple[tuple[Any, Any], list[_ChartItem]]]:
    """Per period (tahun, triwulan), the newest first as the Rekap sheet orders them: (label,
    capaian, penyerapan, kriteria counts, kriteria, the decimals its Rekap row shows them with) per
    agency in ranking order. The label names the Pemda too when the rekap spans several."""
    pemda = pemda_shown(frame)  # "Kab. Lumajang" named as its Pemda's other agencies name it
    several = len(set(pemda.values())) > 1
    out: dict[tuple[Any, Any], list[_ChartItem]] = {}
    records = frame.astype(object).to_dict("records")
    for row, period, decimals in zip(records, _row_periods(frame), row_decimals):
        label = row["perangkat_daerah"] or row["berkas"]
        # ("RSUD Kota Malang" names its Pemda already: never "RSUD Kota Malang (Kota Malang)")
        # ("-" typed is no Pemda: pemda_shown has no name for it)
        if (
            several
            and (its := pemda.get(str(row["pemerintah_daerah"] or "")))
            and agency(label, its) != label
        ):
            label = f"{label} ({its})"
        counts = [int(row[f"semua_{core.column_key(k)}"]) for k in c.KRITERIA]
        out.setdefault(period, []).append(
            (
                label,
                _value(row["capaian"]),
                _value(row["penyerapan"]),
                counts,
                _value(row["kriteria"]),
                decimals,
            )
        )
    return sorted(out.items(), key=lambda item: core.newest_first(item[0]))


def _bar_chart(
    wb: Any, sheet: str, title: str, axis: str, first: int, n: int, col: int, colours: list[str], note: str
) -> Any:
    """A bar per agency, each in its colour (its kriteria's for capaian); ``note`` under the title."""
    chart = wb.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": title,
            "categories": [sheet, first, col, first + n - 1, col],
            "values": [sheet, first, col + 1, first + n - 1, col + 1],
            "points": [{"fill": {"color": colour}} for colour in colours],
            "data_labels": {"value": True},  # in the format of each value's cell
        }
    )
    chart.set_title({"name": f"{title}\n{note}" if note else title})
    chart.set_legend({"none": True})
    chart.set_y_axis(_agency_axis(n))
    chart.set_x_axis({"name": axis, "num_format": fmt_percent(0), "min": 0})
    return chart


# The Grafik sheet's charts, beside the data blocks (column N on), each printed alone on an A4
# landscape page at 75 % or more in LibreOffice (which prints a column a third wider than Excel):
# 960 pixels (15 default columns) wide, so that an agency's long name is a label of one line in
# 8 pt; 18 pixels a bar, at most a page tall (700 pixels: LibreOffice printed an 820-pixel chart's
# scale on the next page; beyond 32 agencies the bars get thinner).
CHART_COLUMN, CHART_COLUMNS, CHART_WIDTH = 13, 15, 960
DEFAULT_ROW_PIXELS = 20
CHART_MAX_HEIGHT = 700


def chart_height(agencies: int) -> int:
    return max(320, min(18 * agencies + 120, CHART_MAX_HEIGHT))


# Up to this many agencies every bar is labelled (38 long names, 8 pt, printed whole in LibreOffice on
# a 700-pixel chart); beyond, a label on every bar would print over its neighbours: the program labels
# what fits.
LABELLED_AGENCIES = 38


def _agency_axis(agencies: int) -> dict[str, Any]:
    """The agencies' axis: the best at the top and the scale below, the labels in 8 pt; every agency
    labelled where they fit (left alone, a program finding two-line labels crowded names every
    other one)."""
    axis: dict[str, Any] = {"reverse": True, "crossing": "max", "num_font": {"size": 8}}
    if agencies <= LABELLED_AGENCIES:
        axis["interval_unit"] = 1
    return axis


# The plot area is placed by hand (what LibreOffice, which prints the project's PDFs, lays out itself
# left the agencies' labels a room narrower than a long name of the last bar: it broke that name into
# lines over its neighbour's, or left out every other label as crowded, tickLblSkip 1 or not). In
# pixels: an 8 pt label's width is its column width (units of 7 pixels at 11 pt) at 8/11; the bold
# title's some 11,6 pixels a unit (measured), broken into lines of some 740 (a period's kriteria title
# takes two); below the bars their scale and the axis title, and the legend of the kriteria chart.
_LABEL_UNIT, _TITLE_UNIT, _TITLE_LINE = 7 * 8 / 11, 11.6, 720
_LABEL_ROOM_MAX = 0.45  # of the chart's width: a name beyond some 85 characters is broken into lines
_RIGHT, _BELOW, _LEGEND = 56, 60, 28  # the data label of the longest bar; scale and axis title; legend


def place_plot_area(chart: Any, labels: list[str], title: str, height: int, legend: bool = False) -> None:
    """The bars' area of a chart ``height`` pixels tall, right of a room for the longest label."""
    room = min(max(map(column_width, labels)) * _LABEL_UNIT + 16, _LABEL_ROOM_MAX * CHART_WIDTH)
    lines = sum(
        math.ceil(column_width(line, bold=True) * _TITLE_UNIT / _TITLE_LINE) for line in title.split("\n")
    )
    top = 30 + 28 * lines
    bottom = _BELOW + (_LEGEND if legend else 0)
    layout = {"x": room / CHART_WIDTH, "y": top / height}
    layout |= {
        "width": (CHART_WIDTH - room - _RIGHT) / CHART_WIDTH,
        "height": (height - top - bottom) / height,
    }
    chart.set_plotarea({"layout": layout})


def grafik_sheet(wb: Any, formats: _Formats, result: Rekap) -> None:
    """Data blocks on the left (what the charts plot), the charts beside them. A rekap of several
    periods (the TW I and TW II folders together) gets a set of blocks and charts per period, the
    newest first, each titled with its period: one chart never ranks an agency's TW I bar beside
    its own TW II bar."""
    sheet = core.SHEET_GRAFIK
    ws = wb.add_worksheet(sheet)
    ws.write_string(0, 0, "Grafik Rekap Perangkat Daerah", formats.get("title", border=False))
    row_decimals = result.row_decimals()  # each agency's figures as its Rekap sheet row shows them
    by_period = _chart_data(result.perangkat_daerah, row_decimals)
    records = _records(result.perangkat_daerah)  # "Tahun 2025" when a period's agencies are all annual
    charts: list[tuple[Any, int]] = []
    top = 3
    for period, data in by_period:
        # (an unknown quarter too, "Triwulan ?": untitled, its block read as the whole Pemda's)
        suffix = f", {period_text(period, records)}" if len(by_period) > 1 else ""
        charts += _grafik_blocks(wb, ws, formats, data, top, suffix)
        top += max(len(data), 1) + 4  # its rows, then a blank row, the next heading and header
    # The figures' columns as wide as their widest figure (a penyerapan of 4.000.000.000,00 %).
    figures = [core.Column(key, key, "percent") for key in ("capaian", "penyerapan")]
    # At least as wide as the note of an agency without the figure written there ("tanpa
    # penyerapan", right-aligned: cut on screen and on paper in a column 12 wide).
    least = [
        max([12.0] + [column_width(note) + 0.2 for _, data in by_period if any(d[i] is None for d in data)])
        for i, note in ((1, TANPA_PERINGKAT), (2, TANPA_PENYERAPAN))
    ]
    capaian, penyerapan = shown_widths(
        result.perangkat_daerah, figures, least, _NUM_FORMATS, _SHOWN_DECIMALS, DESIMAL, None, row_decimals
    )
    for width, w in ((0, 34), (1, capaian), (3, 34), (4, penyerapan), (6, 34)):
        ws.set_column(width, width, w)
    ws.set_column(7, 11, 11)
    # Printed: the charts alone, one a page, A4 landscape (the data blocks are the Rekap sheet's
    # figures again). Each chart starts on a row of its own, a page break before it.
    # A blank row above each chart: LibreOffice would print a chart's top edge on the page before.
    row, breaks = 1, []
    for chart, h in charts:
        chart.set_size({"width": CHART_WIDTH, "height": h})
        if row > 1:
            breaks.append(row)
        ws.insert_chart(row + 1, CHART_COLUMN, chart)
        row += math.ceil(h / DEFAULT_ROW_PIXELS) + 2
    # Told a height, LibreOffice would ignore the breaks.
    _print_setup(ws, tall=0, title=page_title("Grafik Rekap Perangkat Daerah", result.perangkat_daerah))
    ws.set_h_pagebreaks(breaks)
    ws.print_area(1, CHART_COLUMN, max(row - 1, 1), CHART_COLUMN + CHART_COLUMNS - 1)


def _grafik_blocks(
    wb: Any, ws: Any, formats: _Formats, data: list[_ChartItem], top: int, suffix: str
) -> list[tuple[Any, int]]:
    """One period's three data blocks, headed on row ``top - 1``, and their charts (with heights);
    ``suffix`` (", Triwulan II Tahun 2025") names the period in the headings and the charts' titles."""
    sheet = ws.get_name()
    header = formats.get("header")
    ws.set_row(top, 2 * LINE_HEIGHT)  # the headers wrap to two lines ("Rata-rata / Capaian (%)")
    blocks = [
        ("Peringkat Rata-rata Capaian", "Rata-rata Capaian (%)", 1, 0),
        ("Peringkat Penyerapan Anggaran", "Penyerapan Anggaran (%)", 2, 3),
    ]
    charts = []
    height = chart_height(len(data))
    for title, label, index, col in blocks:
        title += suffix
        rows = sorted((d for d in data if d[index] is not None), key=lambda d: -d[index])
        ws.write_string(top - 1, col, title, formats.get("heading", border=False))
        ws.write_row(top, col, ["Perangkat Daerah", label], header)
        # A capaian with the decimals its kriteria (its bar's colour) needs; the bars' labels follow.
        rule = formats.decimals(core.Column("capaian" if index == 1 else "penyerapan", label, "percent"))
        for r, item in enumerate(rows, start=top + 1):
            ws.write_string(r, col, item[0], formats.get("text"))
            fmt = (
                rule[1][max(rule[0](item[index], DESIMAL), item[5] or 0)] if rule else formats.get("percent")
            )
            ws.write_number(r, col + 1, item[index], fmt)
        # The agencies without the figure listed below the chart's data, without a bar (never 0): no
        # agency leaves a chart without a word.
        unranked = [d for d in data if d[index] is None]
        said = TANPA_PERINGKAT if index == 1 else TANPA_PENYERAPAN
        for r, item in enumerate(unranked, start=top + 1 + len(rows)):
            ws.write_string(r, col, item[0], formats.get("text"))
            ws.write_string(r, col + 1, said, formats.get("text", align="right"))
        if rows:
            # Capaian bars in their kriteria's colour (one colour for all would rate every agency alike).
            colours = [PENYERAPAN_COLOUR if index == 2 else KRITERIA_COLOURS[item[4]][0] for item in rows]
            # Printed, the chart is all the reader has: it names the agencies it has no bar for.
            note = no_bar_note(said, [item[0] for item in unranked])
            chart = _bar_chart(wb, sheet, title, label, top + 1, len(rows), col, colours, note)
            place_plot_area(chart, [item[0] for item in rows], f"{title}\n{note}" if note else title, height)
            charts.append((chart, height))
    col = 6
    ws.write_string(
        top - 1,
        col,
        f"Sebaran Kriteria Indikator (semua tingkat){suffix}",
        formats.get("heading", border=False),
    )
    ws.write_row(top, col, ["Perangkat Daerah", *c.KRITERIA], header)
    for r, item in enumerate(data, start=top + 1):
        ws.write_string(r, col, item[0], formats.get("text"))
        for k, count in enumerate(item[3]):
            ws.write_number(r, col + 1 + k, count, formats.get("integer"))
    if data:
        stacked = wb.add_chart({"type": "bar", "subtype": "stacked"})
        for k, kriteria in enumerate(c.KRITERIA):
            stacked.add_series(
                {
                    "name": [sheet, top, col + 1 + k],
                    "categories": [sheet, top + 1, col, top + len(data), col],
                    "values": [sheet, top + 1, col + 1 + k, top + len(data), col + 1 + k],
                    "fill": {"color": KRITERIA_COLOURS[kriteria][0]},
                    "border": {"color": "#404040"},
                }
            )
        stacked_title = f"Sebaran Kriteria Indikator per Perangkat Daerah{suffix}"
        stacked.set_title({"name": stacked_title})
        place_plot_area(stacked, [item[0] for item in data], stacked_title, height, legend=True)
        stacked.set_y_axis(_agency_axis(len(data)))
        # Printed, the chart is read beside the ranking by Tujuan and Sasaran alone: it says it counts more.
        every_level = f"Jumlah indikator semua tingkat ({', '.join(c.TINGKAT)})"
        stacked.set_x_axis({"name": every_level, "num_format": FMT_INTEGER})
        stacked.set_legend({"position": "bottom"})
        charts.append((stacked, height))
    return charts
