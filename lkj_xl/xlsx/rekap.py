"""The rekap workbook (``lkj-xl rekap``) written with xlsxwriter: Rekap Perangkat Daerah (ranked, kriteria
colours), Semua Indikator and Semua Program (Excel tables with filters, for pivot tables), Grafik
(native charts, :mod:`lkj_xl.xlsx.rekap_grafik`) and Pemeriksaan. Number formats and colours are the output sheets' own
(``lkj_xl.core.styles``): Indonesian separators, the kriteria fills.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.core.formulas import MAX_SHOWN_DECIMALS
from lkj_xl.core.layout import LINE_HEIGHT, MAX_COLUMN_WIDTH, MAX_ROW_HEIGHT, estimate_lines
from lkj_xl.core.numbers import format_number
from lkj_xl.core.pages import PAGES_TALL, grouped_pages, page_columns, pages_wide
from lkj_xl.core.rekap_ganda import period_text, who
from lkj_xl.core.rekap_jumlah import period_lines
from lkj_xl.core.styles import (
    FMT_DECIMAL,
    FMT_INTEGER,
    FMT_RUPIAH,
    KRITERIA_COLOURS,
    STYLES,
    amount_decimals,
    amount_rule,
    column_rupiah_decimals,
    fmt_efisiensi,
    fmt_percent,
    fmt_rupiah,
)
from lkj_xl.errors import FileError
from lkj_xl.xlsx.rekap_keterangan import rekap_note
from lkj_xl.xlsx.rekap_periode import _period, _row_periods, page_title, pemda_shown, period_first
from lkj_xl.xlsx.rekap_rows import Body as _Body
from lkj_xl.xlsx.rekap_rows import plain_value as _value
from lkj_xl.xlsx.rekap_rows import rows as _rows
from lkj_xl.xlsx.rekap_rows import with_bodies as _with_bodies
from lkj_xl.xlsx.rekap_widths import header_words_fit, more_decimals, shown_width, shown_widths
from lkj_xl.xlsx.render import WORKBOOK_OPTIONS, exact_workbook

if TYPE_CHECKING:
    import pandas as pd

    from lkj_xl.agencies import Rekap

DESIMAL = core.DESIMAL  # percentages in the rekap are shown with the output sheets' default decimals
_NUM_FORMATS = {
    "integer": FMT_INTEGER,
    "year": "0",  # 2025, not 2.025
    "decimal": FMT_DECIMAL,
    "percent": fmt_percent(DESIMAL),
    "rupiah": FMT_RUPIAH,
    "efisiensi": fmt_efisiensi(DESIMAL),
}
_WIDTHS = {
    "text": 18,
    "integer": 9,
    "year": 7,
    "decimal": 16,
    "percent": 11,
    "rupiah": 18,
    "efisiensi": 11,
    "key": 18,  # 16 hex digits
}
_WIDE_TEXT = {
    "pemerintah_daerah": 22,  # "Kabupaten Probolinggo" on one line: the column is on every row
    "periode": 21,  # "Triwulan III Tahun 2025" on one line
    "berkas": 30,  # "laporan/dinas-koperasi-ukm.xlsx"
    "perangkat_daerah": 34,
    "uraian": 40,
    "indikator": 44,
    "program": 44,
    "keterangan": 60,
    "rincian": 50,
    "pesan": 110,
}
# Figures shown with more decimals where two would contradict their kriteria, sign or side of 100 (90,004
# by Sangat Tinggi, an efisiensi -0,004, a penyerapan 99,995), by column key; each count's number format.
_SHOWN_DECIMALS: dict[str, Callable[[float, int], int]] = {
    "capaian": core.capaian_decimals,
    "capaian_tujuan": core.capaian_decimals,
    "capaian_sasaran": core.capaian_decimals,
    "efisiensi": core.efisiensi_decimals,
    "penyerapan": core.penyerapan_decimals,
}
_DECIMAL_FORMATS = {"percent": fmt_percent, "efisiensi": fmt_efisiensi}
TABLE_STYLE = "Table Style Medium 2"
_WRAP = {"text_wrap": True}


class _Formats:
    """One xlsxwriter Format per (column kind, kriteria) pair, made on first use."""

    def __init__(self, workbook: Any):
        self.workbook = workbook
        self.cache: dict[tuple, Any] = {}

    def get(self, kind: str, kriteria: str | None = None, *, border: bool = True, **extra: Any) -> Any:
        key = (kind, kriteria, border, tuple(sorted(extra.items())))
        if key not in self.cache:
            props: dict[str, Any] = {"valign": "top"}
            if border:
                props["border"] = 1
            if kind in _NUM_FORMATS:
                props.update(num_format=_NUM_FORMATS[kind], align="right")
            if kind == "kriteria":
                props["align"] = "center"
                if kriteria in KRITERIA_COLOURS:
                    fill, font = KRITERIA_COLOURS[kriteria]
                    props.update(bg_color=fill, font_color=font)
            if kind in STYLES:  # named styles of the output sheets: header, title, galat...
                props.update(STYLES[kind])
            props.update(extra)
            self.cache[key] = self.workbook.add_format(props)
        return self.cache[key]

    def decimals(self, spec: core.Column) -> tuple[Callable[[float, int], int], dict[int, Any]] | None:
        """For a column shown with the decimals its values need: the rule and a format per count."""
        decide = _SHOWN_DECIMALS.get(spec.key)
        if decide is None or spec.kind not in _DECIMAL_FORMATS:
            return None
        number = _DECIMAL_FORMATS[spec.kind]
        return decide, {
            d: self.get(spec.kind, num_format=number(d)) for d in range(DESIMAL, MAX_SHOWN_DECIMALS + 1)
        }


def _row_writer(
    ws: Any,
    columns: Sequence[core.Column],
    formats: _Formats,
    *,
    wrap: bool = False,
    bold: bool = False,
    sen: dict[int, int] | None = None,
):
    """A function writing one row of ``columns``: every column's format looked up once (kriteria:
    one per band), each value written with the typed call (no type sniffing of xlsxwriter's write).
    ``wrap``: texts wrap in their cells (the row's height is the caller's); ``bold``: a total line's
    texts in bold (its figures not: a bold figure is wider than the column sized for it); ``sen``: the
    decimals of the rupiah columns with sen (:func:`_sen_columns`)."""
    extra = {"text_wrap": True} if wrap else {}
    plain = [
        formats.get(spec.kind, **extra, **({"bold": True} if bold and spec.kind == "text" else {}))
        for spec in columns
    ]
    bands = {k: formats.get("kriteria", k) for k in c.KRITERIA}
    kriteria = [spec.kind == "kriteria" for spec in columns]
    shown = [formats.decimals(spec) for spec in columns]
    for col, decimals in (sen or {}).items():  # every figure of the column alike, digits aligned
        plain[col] = formats.get(columns[col].kind, **extra, num_format=fmt_rupiah(decimals))
        shown[col] = amount_rule(
            decimals, lambda d, k=columns[col].kind: formats.get(k, **extra, num_format=fmt_rupiah(d))
        )
    of_row = [spec.key in core.ROW_SHOWN for spec in columns]  # shown with their row's decimals
    write_blank, write_string, write_number = ws.write_blank, ws.write_string, ws.write_number

    def write(row: int, values: Sequence[Any], decimals: int | None = None) -> None:
        """``decimals``: those of the row's capaian, penyerapan and efisiensi (Rekap.row_decimals)."""
        for col, value in enumerate(values):
            fmt = bands.get(value, plain[col]) if kriteria[col] else plain[col]
            if value is None:
                write_blank(row, col, None, fmt)
            elif isinstance(value, str):
                write_string(row, col, value, fmt)
            else:
                rule = shown[col]
                if rule is not None:
                    decide, by_decimals = rule
                    shown_with = decide(value, DESIMAL)
                    if decimals is not None and of_row[col]:
                        shown_with = max(shown_with, decimals)
                    fmt = by_decimals[shown_with]
                write_number(row, col, value, fmt)

    return write


def _sen_columns(columns: Sequence[core.Column], frame: pd.DataFrame) -> dict[int, int]:
    """The rupiah columns of ``frame`` with an amount with sen, with the decimals the column is shown
    with (styles.column_rupiah_decimals: 9.999.999,60 never read as its pagu 10.000.000, and the
    column's whole amounts "10.000.000,00" above it, digits aligned, as Tabel 3.4)."""
    import pandas as pd

    out = {}
    for col, spec in enumerate(columns):
        if spec.kind != "rupiah" or spec.key not in frame:
            continue
        values = pd.to_numeric(frame[spec.key], errors="coerce").astype("float64")
        odd = values[(values.abs() < float("inf")) & (values != values.round())]  # whole ones need none
        if decimals := column_rupiah_decimals(odd.tolist()):
            out[col] = decimals
    return out


def _widths(
    ws: Any,
    columns: Sequence[core.Column],
    frame: pd.DataFrame,
    more: dict[int, int] | None = None,
    row_decimals: Sequence[int | None] = (),
    sen: dict[int, int] | None = None,
) -> list[float]:
    """Each column's width: its kind's, a number column widened to its widest figure (no "###")."""
    import pandas as pd

    widths = [
        (_WIDE_TEXT.get(spec.key) if spec.kind == "text" else None) or _WIDTHS.get(spec.kind, 14)
        for spec in columns
    ]
    widths = shown_widths(frame, columns, widths, _NUM_FORMATS, _SHOWN_DECIMALS, DESIMAL, more, row_decimals)
    for col, decimals in (sen or {}).items():  # ",60" wider than the whole amounts measured
        values = pd.to_numeric(frame[columns[col].key], errors="coerce").astype("float64").dropna()
        need = max(
            shown_width(v, fmt_rupiah(amount_decimals(float(v), decimals)))
            for v in (values.max(), values.min())
        )
        widths[col] = max(widths[col], min(need, MAX_COLUMN_WIDTH))
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    return widths


# The last columns of a table, for joins and filters, not for paper: Tahun and Triwulan as numbers
# (Periode, printed before them, names the period in words: "Triwulan II Tahun 2025", "Tahun 2025")
# and the key (XLOOKUP, pivot tables over several rekaps: 16 hex digits a row on a page of its own).
_NOT_PRINTED = ("tahun", "triwulan", "kunci")


def _printed(columns: Sequence[core.Column]) -> int:
    """How many columns of a sheet print: all but the last ones (:data:`_NOT_PRINTED`)."""
    assert tuple(spec.key for spec in columns[-len(_NOT_PRINTED) :]) == _NOT_PRINTED
    assert columns[-1].kind == "key" and all(spec.kind != "key" for spec in columns[:-1])
    return len(columns) - len(_NOT_PRINTED)


def _print_setup(ws: Any, tall: int | None = PAGES_TALL, *, title: str = "") -> None:
    """A4 landscape, as wide as one page and ``tall`` pages tall (see PAGES_TALL; 0 for a sheet with
    manual page breaks; None: not fitted, the caller sets a zoom), the page number in the footer (as the output sheets) and ``title`` beside
    it: the sheet's title block prints on its first page only, and a later page taken from the pile
    would not say which Pemda and period it ranks."""
    ws.set_landscape()
    ws.set_paper(9)
    if tall is not None:
        ws.fit_to_pages(1, tall)
    left = f"&L&8{title.replace('&', '&&')}" if title else ""  # '&' starts a code in a footer
    ws.set_footer(f"{left}&R&8Halaman &P dari &N")


REKAP_NAME_COLUMNS = 3  # Peringkat, Pemerintah Daerah, Perangkat Daerah: on every printed page
_REKAP_WRAPPED = ("pemerintah_daerah", "perangkat_daerah", "berkas")  # names read whole, not cut off


def _rekap_sheet(wb: Any, formats: _Formats, result: Rekap) -> None:
    import pandas as pd

    frame = result.shown()  # each efisiensi as its agency's Tabel 3.3 shows it
    columns = core.AGENCY_COLUMNS
    ws = wb.add_worksheet(core.SHEET_REKAP)
    last = len(columns) - 1
    lines = _pemda_lines(frame)  # the Pemda's totals: wider figures than any agency's
    shown = pd.DataFrame(lines, columns=frame.columns, dtype=object)
    row_decimals = result.row_decimals()  # (the agencies' rows come first, the Jumlah lines after)
    every = pd.concat([frame.astype(object), shown]) if lines else frame
    sen = _sen_columns(columns, every)  # the agencies' rows and the Jumlah lines alike
    widths = _widths(ws, columns, every, row_decimals=row_decimals, sen=sen)
    widths = header_words_fit(ws, widths, [spec.label.partition(": ")[2] or spec.label for spec in columns])
    # The title, period and note span the columns every printed page repeats (the rank and the names:
    # the sheet prints several pages side by side), so each page carries them whole: centred over all
    # the columns, the title landed on a middle page; over the first page's, later pages printed it cut
    # at their repeated columns' edge ("Rekap Capaian Kinerja Perangkat Da").
    printed = _printed(columns)
    if pages_wide(widths[:printed], REKAP_NAME_COLUMNS) > 1:
        first_page = REKAP_NAME_COLUMNS - 1
    else:
        first_page = page_columns(widths, REKAP_NAME_COLUMNS, zoom=1.0)[0][1]  # on page 1 at any zoom
    ws.merge_range(
        0, 0, 0, first_page, "Rekap Capaian Kinerja Perangkat Daerah", formats.get("title", border=False)
    )
    # The agencies' rows start below the title block and the two header rows (row 7).
    period = _period(frame, 7)
    ws.merge_range(1, 0, 1, first_page, period, formats.get("subtitle", border=False))
    # Several periods' rows named: two lines, which Excel does not grow a merged cell's row for.
    _wrapped(ws, 1, [(period, sum(widths[: first_page + 1]))], bold=True)
    note = rekap_note(frame, result.pemeriksaan)
    ws.merge_range(2, 0, 2, first_page, note, formats.get("note", border=False, text_wrap=True))
    _wrapped(ws, 2, [(note, sum(widths[: first_page + 1]))])
    header = formats.get("header")
    group_row, label_row = 4, 5
    for col, spec in enumerate(columns):
        level, _, kriteria = spec.label.partition(": ")
        if kriteria:  # "Tujuan: Sangat Tinggi": the level above, the kriteria in its colour below
            fill, font = KRITERIA_COLOURS[kriteria]
            ws.write_string(label_row, col, kriteria, formats.get("header", bg_color=fill, font_color=font))
        else:
            ws.merge_range(group_row, col, label_row, col, spec.label, header)
    groups = []  # the kriteria under one heading: printed on one page
    for level in core.KRITERIA_LEVELS:
        first = next(i for i, spec in enumerate(columns) if spec.label.startswith(f"{level}: "))
        title = "Semua Tingkat" if level == "Semua" else f"Indikator {level}"
        groups.append((first, first + len(c.KRITERIA) - 1))
        ws.merge_range(group_row, first, group_row, groups[-1][1], f"{title} per Kriteria", header)
    write = _row_writer(ws, columns, formats, wrap=True, sen=sen)
    wrapped = [i for i, spec in enumerate(columns) if spec.key in _REKAP_WRAPPED]
    for r, values in enumerate(_rows(frame), start=label_row + 1):
        write(r, values, row_decimals[r - label_row - 1])
        _wrapped(ws, r, [(values[i], widths[i]) for i in wrapped])
    end = _write_pemda_lines(ws, formats, lines, label_row + max(len(frame), 1) + 2, widths, sen)
    ws.set_row(label_row, 45)
    ws.freeze_panes(label_row + 1, REKAP_NAME_COLUMNS)
    ws.autofilter(label_row, 0, label_row + max(len(frame), 1), last)
    _print_setup(ws, None, title=page_title("Rekap Capaian Kinerja Perangkat Daerah", frame))
    # Printed as several pages side by side, each with the rank and the agency's name and the headers.
    ws.print_area(0, 0, end, printed - 1)
    starts, zoom = grouped_pages(widths[:printed], REKAP_NAME_COLUMNS, groups)
    ws.set_v_pagebreaks(starts)
    ws.set_print_scale(zoom)
    ws.repeat_rows(group_row, label_row)
    ws.repeat_columns(0, REKAP_NAME_COLUMNS - 1)


def _pemda_lines(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The Pemda's total lines of each period (rekap_jumlah.period_lines: each Pemda's, then all of
    them, in a province's rekap), in the order of the periods' rows; each names its period when there
    are several."""
    keys = [spec.key for spec in core.AGENCY_COLUMNS]
    shown = pemda_shown(frame)
    runs: dict[tuple[int | None, int | None], list[dict[str, Any]]] = {}
    for period, values in zip(_row_periods(frame), _rows(frame)):
        runs.setdefault(period, []).append(dict(zip(keys, values)))
    several = len(runs) > 1
    return [
        line
        for period, agency_rows in runs.items()
        for line in period_lines(agency_rows, shown, period_text(period, agency_rows) if several else "")
    ]


def _write_pemda_lines(
    ws: Any,
    formats: _Formats,
    lines: list[dict[str, Any]],
    first: int,
    widths: list[float],
    sen: dict[int, int] | None = None,
) -> int:
    """``lines`` (their names in bold) from row ``first`` (a blank row apart from the agencies, outside their filter
    and sorting); the last row of the sheet's table."""
    columns = core.AGENCY_COLUMNS
    write = _row_writer(ws, columns, formats, wrap=True, bold=True, sen=sen)
    names = [i for i, spec in enumerate(columns) if spec.key in _REKAP_WRAPPED]  # the Pemda's too
    for row, line in enumerate(lines, start=first):
        write(row, [line[spec.key] for spec in columns])
        _wrapped(ws, row, [(line[columns[i].key], widths[i]) for i in names], bold=True)
    return first + len(lines) - 1 if lines else first - 2


WHOSE_COLUMNS = 2  # Pemerintah Daerah, Perangkat Daerah: the first columns of the table sheets
EXCEL_ROWS = 1_048_576  # rows of a worksheet; a table sheet holds its header and EXCEL_ROWS - 1 rows


def _table_sheet(
    wb: Any, formats: _Formats, name: str, table: str, frame: pd.DataFrame, columns, title: str
) -> _Body:
    """One row per indicator (or budget row) of every agency as an Excel table with filters.

    xlsxwriter writes the sheet, its table and header; the 100,000 data rows are written by
    :mod:`lkj_xl.xlsx.rekap_rows` into the sheet's XML afterwards: xlsxwriter keeps every cell as an object
    until it closes (about 5 times slower and 300 MB more for a province's rekap).
    """
    ws = wb.add_worksheet(name)
    frame = frame.iloc[: EXCEL_ROWS - 1]  # beyond, rows_beyond_excel() warned (use parquet or csv)
    columns, frame = period_first(columns, frame)  # several periods: Periode first, on every page
    whose = WHOSE_COLUMNS + (columns[0].key == "periode")
    # Declared over one data row: xlsxwriter notes every cell of a table's range in a dict (to refuse
    # overlaps), 200 MB for 100,000 rows; _with_bodies widens the range in the table's XML.
    header = formats.get("text", border=False, text_wrap=True)  # "Realisasi s.d. Triwulan": 2 lines
    ws.add_table(
        0,
        0,
        1,
        len(columns) - 1,
        {
            "name": table,
            "style": TABLE_STYLE,
            "columns": [{"header": spec.label, "header_format": header} for spec in columns],
        },
    )
    by_row = more_decimals(frame, columns, DESIMAL)  # target and realisasi shown with more decimals
    sen = _sen_columns(columns, frame)  # Semua Program's pagu and realisasi with sen: as Tabel 3.4
    widths = _widths(ws, columns, frame, by_row, sen=sen)
    _wrapped(ws, 0, [(spec.label, width) for spec, width in zip(columns, widths)], bold=True)
    ws.freeze_panes(1, 3)  # whose row it is, and its Berkas or its Periode
    _print_setup(ws, title=title)
    # Printed as several pages side by side, each with whose row it is (Pemerintah Daerah, Perangkat
    # Daerah; and its Periode in a rekap of several) and the header.
    printed = _printed(columns)
    ws.print_area(0, 0, max(len(frame), 1), printed - 1)
    ws.fit_to_pages(pages_wide(widths[:printed], whose), PAGES_TALL)
    ws.repeat_rows(0)
    ws.repeat_columns(0, whose - 1)
    ws.print_across()  # a band of rows on consecutive pages: an indicator's figures beside its name
    # The style index of each format, fixed now (xlsxwriter numbers a format on its first use). Texts
    # wrap in their cells, each row as tall as its longest text needs (rekap_rows): a long Uraian or
    # Indikator is printed whole, never cut at the column's edge.
    wrap = {col: width for col, (spec, width) in enumerate(zip(columns, widths)) if spec.kind == "text"}
    styles = [
        formats.get(
            spec.kind,
            **_WRAP if col in wrap else {},
            **({"num_format": fmt_rupiah(sen[col])} if col in sen else {}),
        )._get_xf_index()
        for col, spec in enumerate(columns)
    ]
    bands = {k: formats.get("kriteria", k)._get_xf_index() for k in c.KRITERIA}
    shown = {}
    for col, spec in enumerate(columns):
        rule = formats.decimals(spec)
        if rule is not None:
            shown[col] = (rule[0], {d: f._get_xf_index() for d, f in rule[1].items()})
    for col, decimals in sen.items():
        kind = columns[col].kind
        shown[col] = amount_rule(
            decimals, lambda d, k=kind: formats.get(k, num_format=fmt_rupiah(d))._get_xf_index()
        )
    figures = core.figure_columns(columns)
    more = {
        d: formats.get("decimal", num_format=FMT_DECIMAL + "0" * (d - 2))._get_xf_index()
        for d in range(DESIMAL + 1, MAX_SHOWN_DECIMALS + 1)
        if figures
    }
    part = f"xl/worksheets/sheet{ws.index + 1}.xml"
    return _Body(part, table, frame, columns, styles, bands, shown, DESIMAL, figures, more, wrap, by_row)


# Pemeriksaan's column widths: Berkas, the names, Status and the counts, Keterangan, Rincian Teknis.
# One A4 landscape page wide at 75 % or more (pages_wide); every text wraps in its cell instead.
# The file table's columns (Berkas .. Isian Tidak Dihitung; their messages, the last column of the
# tables, are listed above it one a row), as wide together as before the count was added: the sheet
# prints one page wide at 75 % or more.
# Temuan Peringatan as wide as "Peringatan" in bold (10,7; at 9 it printed "Peringata" / "n"), the
# 2 taken from Keterangan, whose sentences wrap anyway.
_PEMERIKSAAN_WIDTHS = (24, 12, 16, 12, 9, 11, 22, 18, 9)  # Rincian Teknis's long message kept at 18
_PEMERIKSAAN_TEXTS = (0, 1, 2, 3, 6, 7)  # the columns whose texts wrap: the row is as tall as they need
_CATATAN = "catatan_angka"


def _wrapped(ws: Any, row: int, texts: Sequence[tuple[Any, float]], bold: bool = False) -> None:
    """Make ``row`` as tall as the most lines any of ``texts`` (text, width) wraps to: LibreOffice,
    which prints, keeps the default height of a row read from an .xlsx."""
    lines = max(estimate_lines(text, width, bold) for text, width in texts)
    if lines > 1:
        ws.set_row(row, min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT))


def _spanning_rows(
    ws: Any, formats: _Formats, row: int, header: tuple[str, str], rows: Sequence[tuple[str, str]], style: str
) -> int:
    """``rows`` of (a short text, a message) under ``header``: the text in the first column, the
    message across every other (the warnings, the rows not counted); the last row written."""
    last = len(_PEMERIKSAAN_WIDTHS) - 1
    pesan_width = sum(_PEMERIKSAAN_WIDTHS[1:])
    ws.write_string(row, 0, header[0], formats.get("header"))
    ws.merge_range(row, 1, row, last, header[1], formats.get("header"))
    for short, pesan in rows:
        row += 1
        ws.write_string(row, 0, short, formats.get(style, text_wrap=True))
        ws.merge_range(row, 1, row, last, pesan, formats.get(style, text_wrap=True))
        _wrapped(ws, row, [(short, _PEMERIKSAAN_WIDTHS[0]), (pesan, pesan_width)])
    return row


def _catatan_rows(pemeriksaan: pd.DataFrame) -> list[tuple[str, str]]:
    """(agency, "Anggaran!A6: pesan") for each message of Isian Tidak Dihitung dan Catatan Total, of
    the files counted (a file not counted, ganda, has no figure in the rekap); an agency whose name
    is on several files counted (its TW I and TW II) with the file, "Dinas X (tw1/x.xlsx)"."""
    records = [r for r in pemeriksaan.to_dict("records") if r["status"] == core.DIBACA]
    names = Counter(_value(r["perangkat_daerah"]) for r in records)
    out = []
    for record in records:
        if not (text := _value(record[_CATATAN])):
            continue
        name = _value(record["perangkat_daerah"])
        shown = who(record) if name and names[name] > 1 else name or record["berkas"]
        out += [(shown, line) for line in text.split("\n")]
    return out


def _pemeriksaan_sheet(wb: Any, formats: _Formats, result: Rekap) -> None:
    ws = wb.add_worksheet(core.SHEET_PEMERIKSAAN)
    ws.write_string(0, 0, "Pemeriksaan Rekap", formats.get("title", border=False))
    ws.write_string(2, 0, "Peringatan rekap", formats.get("heading", border=False))
    header = tuple(spec.label for spec in core.WARNING_COLUMNS)
    warnings = list(_rows(result.peringatan)) or [["-", "Tidak ada peringatan."]]
    style = "peringatan" if result.peringatan.shape[0] else "text"
    row = _spanning_rows(ws, formats, 3, header, warnings, style) + 2
    # The rows not counted above the file table, not below it: Excel and LibreOffice repeat the
    # table's header (the sheet's one block of title rows) on every page from its own on, so the
    # list's continued pages would print it above rows that are no file.
    if catatan := _catatan_rows(result.pemeriksaan):
        ws.write_string(row, 0, CATATAN_HEADING, formats.get("heading", border=False))
        pair = ("Perangkat Daerah", "Sel dan Pesan")
        row = _spanning_rows(ws, formats, row + 1, pair, catatan, "peringatan") + 2
    ws.write_string(row, 0, "Berkas yang direkap", formats.get("heading", border=False))
    row += 1
    columns = [spec for spec in core.FILE_COLUMNS if spec.key != _CATATAN]
    ws.write_row(row, 0, [spec.label for spec in columns], formats.get("header"))
    _wrapped(ws, row, [(spec.label, _PEMERIKSAAN_WIDTHS[i]) for i, spec in enumerate(columns)])
    ws.repeat_rows(row)  # the file table's header on every page after its first
    write = _row_writer(ws, columns, formats, wrap=True)  # a reason is read whole, never cut off
    for values in _rows(result.pemeriksaan[[spec.key for spec in columns]]):
        row += 1
        write(row, values)
        status = values[3]
        if status != core.DIBACA:
            style = "galat" if status == core.TIDAK_TERBACA else "peringatan"
            ws.write_string(row, 3, status, formats.get(style, text_wrap=True))
        else:  # counts a reader should look into, in the colour of their findings
            for col, style in ((4, "galat"), (8, "peringatan")):
                if values[col]:
                    ws.write_number(row, col, values[col], formats.get("integer", **STYLES[style]))
        _wrapped(ws, row, [(values[col], _PEMERIKSAAN_WIDTHS[col]) for col in _PEMERIKSAAN_TEXTS])
    for col, width in enumerate(_PEMERIKSAAN_WIDTHS):
        ws.set_column(col, col, width)
    _print_setup(ws, title=page_title("Pemeriksaan Rekap", result.perangkat_daerah))


# Above the agencies' rows not counted and the notes on their totals, one a row.
CATATAN_HEADING = "Isian yang tidak dihitung dan catatan total, per perangkat daerah"


def rows_beyond_excel(result: Rekap) -> list[tuple[str, str]]:
    """The warning (jenis, pesan) when a table has more rows than a worksheet holds (a whole
    country's indicators): the sheet keeps the first ones, the other formats have them all."""
    found = []
    for sheet, frame in ((core.SHEET_INDIKATOR, result.indikator), (core.SHEET_PROGRAM, result.program)):
        if len(frame) > EXCEL_ROWS - 1:
            found.append(
                (
                    "Batas Excel",
                    f"Sheet {sheet} hanya memuat {format_number(EXCEL_ROWS - 1, 0)} baris pertama dari "
                    f"{format_number(len(frame), 0)} baris (batas Excel); semua baris ada di --format "
                    "parquet atau csv.",
                )
            )
    return found


def render_rekap(result: Rekap) -> bytes:
    """The rekap workbook's bytes. A temporary folder that cannot be written (full /tmp) is a
    FileError naming it; xlsxwriter's temporary files go with their own folder either way."""
    import tempfile

    import xlsxwriter.exceptions

    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="lkj-xl-rekap-") as tmp:
        # Not in_memory: the sheets' XML goes through temporary files, so 100,000 rows do not sit in
        # memory twice (cells and their XML) while the package is zipped.
        # Every number stored exactly, as the output sheets of build store theirs.
        wb = exact_workbook(buffer, {**WORKBOOK_OPTIONS, "in_memory": False, "tmpdir": tmp})
        wb.set_properties({"title": "Rekap Laporan Kinerja Perangkat Daerah", "author": "lkj-xl"})
        formats = _Formats(wb)
        _rekap_sheet(wb, formats, result)
        bodies = [
            _table_sheet(
                wb, formats, name, table, getattr(result, attribute), columns,
                page_title(name, result.perangkat_daerah),
            )
            for name, table, attribute, columns in (
                (core.SHEET_INDIKATOR, "SemuaIndikator", "indikator", core.INDICATOR_COLUMNS),
                (core.SHEET_PROGRAM, "SemuaProgram", "program", core.PROGRAM_COLUMNS),
            )
        ]  # fmt: skip
        from lkj_xl.xlsx.rekap_grafik import grafik_sheet  # it uses this module's formats

        grafik_sheet(wb, formats, result)
        _pemeriksaan_sheet(wb, formats, result)
        try:
            wb.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
            reason = getattr(cause, "strerror", None) or str(cause)
            raise FileError(f"cannot write temporary files in {tempfile.gettempdir()}: {reason}") from exc
    return _with_bodies(buffer.getvalue(), bodies)
