"""The workbook staff fill: input sheets with headers, dropdowns, input styling and instructions.

``new_workbook`` writes the input sheets (``Petunjuk``, ``Pengaturan``, ``Kinerja``, ``Anggaran``
and the optional ``Analisis``) with xlsxwriter, optionally pre-filled with rows; ``write_template`` writes the blank template kept in
``templates/lkj-xl-template.xlsx`` (and used by ``lkj-xl new``).

The output is deterministic: fixed document properties and fixed zip timestamps, so regenerating a
workbook from the same arguments gives identical bytes (a test keeps the committed template honest).
xlsxwriter is imported inside the functions so that importing this module stays cheap.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from lkj_xl.core import contract as c
from lkj_xl.core.layout import LINE_HEIGHT, MAX_ROW_HEIGHT, estimate_lines
from lkj_xl.core.polaritas_teks import ARTI_NEGATIF, ARTI_POSITIF, RUMUS_NEGATIF, RUMUS_POSITIF

# Row (0-based) of the header row in Pengaturan, Kinerja and Anggaran; rows above it hold a title.
HEADER_ROW = 2
# How many rows below the header get dropdowns and validation (more if more data rows are given).
INPUT_ROWS = 2000
# Fixed creation date written into docProps/core.xml, so regenerated files are identical.
CREATED = _dt.datetime(2025, 1, 1)

PENGATURAN_SHEET_HEADERS = (*c.PENGATURAN_HEADERS, "Keterangan")

# Column widths (characters) of the input sheets; columns not listed get the header length + 4.
_WIDTHS_KINERJA = {
    "Kode": 11,
    "Tingkat": 13,
    "Kode Induk": 11,
    "Uraian": 44,
    "Indikator": 44,
    "Satuan": 13,
    "Polaritas": 11,
    "Jenis Realisasi": 14,
    "Target": 18,
    "Target Perubahan": 14,
    "Keterangan": 48,
    c.H_FORMULASI: 40,
    c.H_SUMBER_DATA: 20,
}
# Kinerja's optional columns (issue 11) a new workbook carries after the contract's; "Realisasi <year>"
# columns come first when rows give them (the template cannot know the years).
KINERJA_OPTIONAL_COLUMNS = (*c.KINERJA_OPTIONAL_NUMBERS, *c.KINERJA_OPTIONAL_TEXTS)
_WIDTHS_ANALISIS = {"Kode": 11, "Indikator": 40, **dict.fromkeys(c.ANALISIS_TEXT_HEADERS, 50)}
_WIDTHS_ANGGARAN = {"Kode": 11, "Program": 52, "Kode Sasaran": 11, "Pagu": 18, "Pagu Perubahan": 16}
_REALISASI_WIDTH = 16
# Columns whose width grows to fit the longest value given (up to _MAX_WIDTH); the others wrap.
_MAX_WIDTH = 30
_WRAP_COLUMNS = {"Uraian", "Indikator", "Keterangan", "Program", c.H_FORMULASI, *c.ANALISIS_TEXT_HEADERS}
# Columns holding codes: formatted as text so that "2.17.02" or "1.1" is not turned into a number.
_CODE_COLUMNS = {"Kode", "Kode Induk", "Kode Sasaran"}
_MONEY_COLUMNS = {"Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS}

_FILL_HEADER = "#D9E1F2"
_FILL_INPUT = "#FFF8E1"  # plan columns: codes, names, targets
_FILL_REALISASI = "#E8F5E9"  # realisation columns


def new_workbook(
    path: str | os.PathLike[str] | BinaryIO,
    *,
    pengaturan: Mapping[str, object] | None = None,
    kinerja: Sequence[Mapping[str, object]] = (),
    anggaran: Sequence[Mapping[str, object]] = (),
    narasi: Sequence[tuple[str, str]] = (),
    analisis: Sequence[Mapping[str, object]] = (),
) -> None:
    """Write a workbook for staff to fill to ``path`` (a file name or a binary file object).

    ``pengaturan`` overrides the defaults of ``contract.PENGATURAN_PARAMS`` (keys are parameter
    names); ``kinerja`` and ``anggaran`` are rows keyed by header name (``contract.KINERJA_HEADERS``,
    ``contract.ANGGARAN_HEADERS``; matched ignoring case and spaces). Values are written as given:
    numbers as numbers, text as text ("5.984,04 milyar" stays text), None as an empty cell.
    Kinerja rows may also carry the optional columns (:data:`KINERJA_OPTIONAL_COLUMNS`, always written)
    and "Realisasi <year>" (a column per year given). ``analisis``: rows of the Analisis sheet keyed by
    ``contract.ANALISIS_HEADERS`` (the sheet is always written, empty when none are given).
    ``narasi``: (Bagian, Teks) rows of the optional Narasi sheet (texts of the LKjIP document,
    lkj_xl.core.narasi); no sheet when empty.
    Raises ValueError on an unknown parameter or header name; FileError when the file cannot be
    written (as a build's: open in Excel, read-only, its folder missing, the disk full).
    """
    import xlsxwriter

    settings = _settings(pengaturan)
    kinerja_headers = kinerja_columns(kinerja)
    kinerja_rows = [_row(r, kinerja_headers, c.SHEET_KINERJA) for r in kinerja]
    anggaran_rows = [_row(r, c.ANGGARAN_HEADERS, c.SHEET_ANGGARAN) for r in anggaran]
    analisis_rows = [_row(r, c.ANALISIS_HEADERS, c.SHEET_ANALISIS) for r in analisis]

    # A file is made in memory, then written as a build writes it (lkj_xl.xlsx.safe_io): xlsxwriter
    # writing it itself left a workbook cut short on a full disk, over the one `new --force` replaced.
    out = Path(path) if isinstance(path, (str, os.PathLike)) else None
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer if out is not None else path, {"in_memory": True})
    wb.set_properties(
        {
            "title": "Buku kerja Laporan Kinerja (LKjIP)",
            "subject": " ".join(str(settings[k]) for k in (c.P_OPD, c.P_PEMDA) if settings[k]),
            "author": "lkj-xl",
            "comments": "Dibuat dengan lkj-xl new; isi lembar Pengaturan, Kinerja dan Anggaran.",
            "created": CREATED,
        }
    )
    fmt = _Formats(wb)
    _write_petunjuk(wb.add_worksheet(c.SHEET_PETUNJUK), fmt)
    _write_pengaturan(wb.add_worksheet(c.SHEET_PENGATURAN), fmt, settings)
    _write_table(
        wb.add_worksheet(c.SHEET_KINERJA), fmt, c.SHEET_KINERJA, kinerja_rows, settings, kinerja_headers
    )
    _write_table(wb.add_worksheet(c.SHEET_ANGGARAN), fmt, c.SHEET_ANGGARAN, anggaran_rows, settings)
    _write_table(
        wb.add_worksheet(c.SHEET_ANALISIS), fmt, c.SHEET_ANALISIS, analisis_rows, settings, c.ANALISIS_HEADERS
    )
    if narasi:
        _write_narasi(wb.add_worksheet("Narasi"), fmt, narasi)
    wb.close()
    if out is not None:
        from lkj_xl.xlsx.safe_io import write_workbook

        write_workbook(out, buffer.getvalue())


def kinerja_columns(rows: Sequence[Mapping[str, object]] = ()) -> tuple[str, ...]:
    """The Kinerja sheet's headers in a new workbook: the contract's, the "Realisasi <year>" columns the
    rows give (ascending), then the optional columns."""
    years = sorted(
        {
            int(key.split()[-1])
            for row in rows
            for key in map(c.normalize_label, row)
            if key.startswith(c.REALISASI_TAHUN_PREFIX.casefold() + " ") and key.split()[-1].isdecimal()
        }
    )
    return (*c.KINERJA_HEADERS, *(c.realisasi_tahun_header(y) for y in years), *KINERJA_OPTIONAL_COLUMNS)


def _write_narasi(ws: Any, fmt: _Formats, rows: Sequence[tuple[str, str]]) -> None:
    """The Narasi sheet: Bagian | Teks, one row per section (or paragraph) of the document, each row
    as tall as its text and the sheet printed one page wide (its paragraphs were one line tall)."""
    widths = (28, 110)
    ws.set_column(0, 0, widths[0])
    ws.set_column(1, 1, widths[1])
    ws.write_string(0, 0, "Bagian", fmt.header)
    ws.write_string(0, 1, "Teks", fmt.header)
    for r, (bagian, teks) in enumerate(rows, start=1):
        ws.write_string(r, 0, bagian, fmt.input_wrap)
        ws.write_string(r, 1, teks, fmt.input_wrap)
        _fit_row(ws, r, list(zip((bagian, teks), widths)))
    ws.freeze_panes(1, 0)
    ws.set_paper(9)  # A4
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_footer("&L&A&R&P / &N")


def write_template(path: str | os.PathLike[str] | BinaryIO) -> None:
    """Write the blank template (``templates/lkj-xl-template.xlsx``): no data, defaults only."""
    new_workbook(path)


# --- helpers --------------------------------------------------------------------------------------


def _settings(pengaturan: Mapping[str, object] | None) -> dict[str, object]:
    settings = dict(c.PENGATURAN_PARAMS)
    by_label = {c.normalize_label(name): name for name in c.PENGATURAN_PARAMS}
    for key, value in (pengaturan or {}).items():
        name = by_label.get(c.normalize_label(key))
        if name is None:
            known = ", ".join(c.PENGATURAN_PARAMS)
            raise ValueError(f"Parameter Pengaturan tidak dikenal: {key!r} (yang dikenal: {known})")
        settings[name] = value
    return settings


def _row(row: Mapping[str, object], headers: Sequence[str], sheet: str) -> dict[str, object]:
    by_label = {c.normalize_label(h): h for h in headers}
    out: dict[str, object] = {}
    for key, value in row.items():
        header = by_label.get(c.normalize_label(key))
        if header is None:
            raise ValueError(f"Kolom tidak dikenal di lembar {sheet}: {key!r} (kolom: {', '.join(headers)})")
        out[header] = value
    return out


class _Formats:
    """The cell formats, created once per workbook."""

    def __init__(self, wb: Any) -> None:
        add = wb.add_format
        base = {"font_name": "Calibri", "font_size": 11, "valign": "top"}
        self.plain = add(base)
        self.title = add({**base, "bold": True, "font_size": 14})
        self.subtitle = add({**base, "italic": True, "font_color": "#595959"})
        self.header = add(
            {
                **base,
                "bold": True,
                "bg_color": _FILL_HEADER,
                "border": 1,
                "text_wrap": True,
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.heading = add({**base, "bold": True, "font_size": 12, "font_color": "#1F3864"})
        self.body = add({**base, "text_wrap": True})
        self.code = add({**base, "font_name": "Consolas", "bg_color": "#F2F2F2"})
        self.label = add({**base, "bold": True})
        self.help = add({**base, "italic": True, "font_color": "#595959", "text_wrap": True})
        self.cell_bold = add({**base, "bold": True, "text_wrap": True, "border": 1})
        self.cell = add({**base, "text_wrap": True, "border": 1})
        inp = {**base, "locked": False, "bg_color": _FILL_INPUT}
        real = {**base, "locked": False, "bg_color": _FILL_REALISASI}
        self.input = add(inp)
        self.input_text = add({**inp, "num_format": "@"})
        self.input_wrap = add({**inp, "text_wrap": True})
        self.input_money = add({**inp, "num_format": "#,##0"})
        self.input_date = add({**inp, "num_format": "d mmmm yyyy", "align": "left"})
        self.realisasi = add(real)
        self.realisasi_money = add({**real, "num_format": "#,##0"})


def _write_value(ws: Any, row: int, col: int, value: object, fmt: Any, date_fmt: Any) -> None:
    """Write ``value`` as what it is: never let a string become a number or a formula."""
    if value is None or value == "":
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, (int, float)):
        ws.write_number(row, col, value, fmt)
    elif isinstance(value, (_dt.date, _dt.datetime)):
        ws.write_datetime(row, col, value, date_fmt)
    elif isinstance(value, str):
        ws.write_string(row, col, value, fmt)
    else:
        raise TypeError(f"Nilai tidak didukung di sel ({row + 1}, {col + 1}): {value!r}")


def _subtitle(settings: Mapping[str, object], fallback: str) -> str:
    parts = [str(settings[k]) for k in (c.P_OPD, c.P_PEMDA) if settings.get(k)]
    if settings.get(c.P_TAHUN):
        parts.append(f"Tahun {settings[c.P_TAHUN]}")
    return " - ".join(parts) if parts else fallback


def _page_setup(ws: Any) -> None:
    ws.set_paper(9)  # A4
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(HEADER_ROW)
    ws.set_footer("&L&A&R&P / &N")


# --- Pengaturan -----------------------------------------------------------------------------------


# Validation of the Nilai cell of some Pengaturan parameters (xlsxwriter data_validation options).
_PENGATURAN_RULES: dict[str, dict[str, object]] = {
    c.P_SKALA: {
        "validate": "list",
        "source": list(c.SKALA),
        "input_title": "Skala kriteria",
        "input_message": "Pilih skala penilaian kriteria capaian.",
        "error_type": "warning",
        "error_title": "Skala tidak dikenal",
        "error_message": "Pilih salah satu: " + " / ".join(c.SKALA) + ".",
    },
    # The half years and the year's report are offered too; other forms the reader takes ("TW II",
    # "Triwulan II Tahun 2025") pass after a warning, as a refusal would stop staff making that report.
    c.P_TRIWULAN: {
        "validate": "list",
        "source": [1, 2, 3, 4, "Semester I", "Semester II", "Tahunan"],
        "input_title": "Triwulan",
        "input_message": "Triwulan terakhir yang dilaporkan (1-4); Semester I atau Semester II untuk laporan "
        "semester, Tahunan untuk laporan tahunan.",
        "error_type": "warning",
        "error_title": "Triwulan tidak dikenal",
        "error_message": "Pilih 1, 2, 3, 4, Semester I, Semester II atau Tahunan. Bentuk lain seperti TW II atau "
        "Triwulan II Tahun 2025 juga dibaca; yang tidak terbaca ditandai galat di lembar Pemeriksaan.",
    },
    c.P_TAHUN: {
        "validate": "integer",
        "criteria": "between",
        "minimum": 2000,
        "maximum": 2100,
        "error_title": "Tahun tidak sah",
        "error_message": "Tulis tahun sebagai bilangan bulat, mis. 2025.",
    },
    c.P_TAHUN_AKHIR_RENSTRA: {
        "validate": "integer",
        "criteria": "between",
        "minimum": 2000,
        "maximum": 2100,
        "error_title": "Tahun tidak sah",
        "error_message": "Tulis tahun terakhir Renstra sebagai bilangan bulat, mis. 2026, atau kosongkan.",
    },
    c.P_DESIMAL: {
        "validate": "integer",
        "criteria": "between",
        "minimum": 0,
        "maximum": 6,
        "error_title": "Desimal tidak sah",
        "error_message": "Jumlah desimal: bilangan bulat 0 sampai 6.",
    },
    c.P_BATAS: {
        "validate": "decimal",
        "criteria": ">=",
        "value": 100,
        "error_type": "warning",
        "error_title": "Batas capaian",
        "error_message": "Batas capaian dalam persen, biasanya 100 atau lebih (mis. 120). Kosongkan bila tanpa batas.",
    },
}


def _write_pengaturan(ws: Any, fmt: _Formats, settings: Mapping[str, object]) -> None:
    ws.set_column(0, 0, 26, fmt.label)
    longest = max((len(_display(v)) for v in settings.values()), default=0)
    ws.set_column(1, 1, max(40, min(longest + 2, 80)))
    ws.set_column(2, 2, 72, fmt.help)
    ws.write_string(0, 0, "Pengaturan laporan", fmt.title)
    ws.write_string(
        1,
        0,
        "Isi kolom Nilai. Nama parameter di kolom Parameter jangan diubah; lihat lembar Petunjuk.",
        fmt.subtitle,
    )
    for col, header in enumerate(PENGATURAN_SHEET_HEADERS):
        ws.write_string(HEADER_ROW, col, header, fmt.header)

    rows: dict[str, int] = {}
    for i, name in enumerate(c.PENGATURAN_PARAMS):
        r = HEADER_ROW + 1 + i
        rows[name] = r
        ws.write_string(r, 0, name, fmt.label)
        value = settings[name]
        cell_fmt = fmt.input_text if name == c.P_NIP else fmt.input
        _write_value(ws, r, 1, value, cell_fmt, fmt.input_date)
        ws.write_string(r, 2, c.PENGATURAN_HELP.get(name, ""), fmt.help)

    for name, rule in _PENGATURAN_RULES.items():
        ws.data_validation(rows[name], 1, rows[name], 1, rule)
    ws.freeze_panes(HEADER_ROW + 1, 0)
    _page_setup(ws)


# --- Kinerja and Anggaran -------------------------------------------------------------------------

_TABLE_TEXT = {
    c.SHEET_KINERJA: (
        "Kinerja: indikator, target dan realisasi per triwulan",
        "Satu baris per indikator. Realisasi TW diisi per triwulan (angka atau teks status; belum ada data: tulis -, bukan 0). Lihat Petunjuk.",
    ),
    c.SHEET_ANGGARAN: (
        "Anggaran: pagu dan realisasi belanja per program",
        "Satu baris per program (boleh dirinci per kegiatan). Realisasi TW = belanja pada triwulan itu saja (bukan kumulatif).",
    ),
    c.SHEET_ANALISIS: (
        "Analisis: faktor pendukung, penghambat, upaya dan tindak lanjut (boleh kosong)",
        "Satu baris per Kode (atau per indikator). Satu butir per baris dalam sel (Alt+Enter). Lihat Petunjuk.",
    ),
}

# Dropdown lists of the Kinerja sheet: header -> (values, input message).
_KINERJA_LISTS = {
    "Tingkat": (c.TINGKAT, "Tujuan / Sasaran / Program / Kegiatan / Sub Kegiatan."),
    "Polaritas": (c.POLARITAS, f"Positif: {ARTI_POSITIF}. Negatif (bernilai negatif): {ARTI_NEGATIF}."),
    "Jenis Realisasi": (
        c.JENIS_REALISASI,
        "Kumulatif: TW dijumlahkan. Nilai Akhir: nilai TW terakhir. Rata-rata: rerata TW terisi.",
    ),
}


def _write_table(
    ws: Any,
    fmt: _Formats,
    sheet: str,
    rows: Sequence[Mapping[str, object]],
    settings: Mapping[str, object],
    headers: Sequence[str] = c.ANGGARAN_HEADERS,
) -> None:
    widths = {c.SHEET_KINERJA: _WIDTHS_KINERJA, c.SHEET_ANALISIS: _WIDTHS_ANALISIS}.get(
        sheet, _WIDTHS_ANGGARAN
    )
    title, hint = _TABLE_TEXT[sheet]
    last_col = len(headers) - 1
    first = HEADER_ROW + 1
    last = HEADER_ROW + max(INPUT_ROWS, len(rows) + 200)

    # Column formats give every input cell (also the empty ones below the data) its styling.
    cell_formats = []
    for col, header in enumerate(headers):
        is_real = header in c.REALISASI_TW_HEADERS or header.startswith(c.REALISASI_TAHUN_PREFIX)
        if header in _WRAP_COLUMNS:
            cell_fmt = fmt.input_wrap
        elif header in _CODE_COLUMNS:
            cell_fmt = fmt.input_text
        elif sheet == c.SHEET_ANGGARAN and header in _MONEY_COLUMNS:
            cell_fmt = fmt.realisasi_money if is_real else fmt.input_money
        else:
            cell_fmt = fmt.realisasi if is_real else fmt.input
        cell_formats.append(cell_fmt)
        width = widths.get(header, _REALISASI_WIDTH if is_real else len(header) + 4)
        if header not in _WRAP_COLUMNS:
            longest = max((len(_display(r.get(header))) for r in rows), default=0)
            width = max(width, min(longest + 2, _MAX_WIDTH))
        ws.set_column(col, col, width, cell_fmt)

    # Title rows keep a plain look over the coloured input columns.
    ws.set_row(0, 21, fmt.plain)
    ws.set_row(1, None, fmt.plain)
    ws.write_string(0, 0, title, fmt.title)
    ws.write_string(1, 0, _subtitle(settings, hint), fmt.subtitle)
    ws.set_row(HEADER_ROW, 30)
    for col, header in enumerate(headers):
        ws.write_string(HEADER_ROW, col, header, fmt.header)

    for i, row in enumerate(rows):
        wrapped = []
        for col, header in enumerate(headers):
            value = row.get(header)
            if value is not None and value != "":
                _write_value(ws, first + i, col, value, cell_formats[col], fmt.input_date)
                if header in _WRAP_COLUMNS:
                    wrapped.append((str(value), widths.get(header, _MAX_WIDTH)))
        _fit_row(ws, first + i, wrapped)

    if sheet == c.SHEET_KINERJA:
        for header, (values, message) in _KINERJA_LISTS.items():
            col = headers.index(header)
            ws.data_validation(
                first,
                col,
                last,
                col,
                {
                    "validate": "list",
                    "source": list(values),
                    "input_title": header,
                    "input_message": message,
                    # A warning, not a stop: aliases such as "posisi" are accepted by lkj-xl.
                    "error_type": "warning",
                    "error_title": f"{header} tidak dikenal",
                    "error_message": "Pilih dari daftar: " + " / ".join(values) + ".",
                },
            )

    ws.freeze_panes(first, 1)
    ws.autofilter(HEADER_ROW, 0, max(HEADER_ROW + len(rows), first), last_col)
    _page_setup(ws)


def _fit_row(ws: Any, row: int, cells: Sequence[tuple[str, float]]) -> None:
    """Set the row height for its wrapped cells: Excel and LibreOffice do not re-fit rows of a
    generated file on opening, so wrapped text would be hidden behind a one-line row."""
    lines = max((estimate_lines(text, width) for text, width in cells), default=1)
    if lines > 1:
        ws.set_row(row, min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT))


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


# --- Petunjuk -------------------------------------------------------------------------------------


def _petunjuk_blocks() -> list[tuple[str, tuple[str, ...]]]:
    """The instructions from ``data/petunjuk.json``, as (kind, cells): title, h = heading,
    p = paragraph, t = table row, th = table head, code = a command line and what it does.
    ``{realisasi_tw}``, ``{output_sheets}`` and ``{tingkat}`` stand for the contract's names,
    ``{rumus_positif}`` and ``{rumus_negatif}`` for the capaian formulas as the findings and notes write them."""
    names = {
        "rumus_positif": RUMUS_POSITIF,
        "rumus_negatif": RUMUS_NEGATIF,
        "realisasi_tw": ", ".join(c.REALISASI_TW_HEADERS),
        "output_sheets": ", ".join(c.OUTPUT_SHEETS),
        "tingkat": " / ".join(c.TINGKAT),
    }
    text = resources.files("lkj_xl").joinpath("data/petunjuk.json").read_text(encoding="utf-8")
    return [(kind, tuple(cell.format_map(names) for cell in cells)) for kind, *cells in json.loads(text)]


_PETUNJUK_WIDTHS = (30, 70, 46)


def _write_petunjuk(ws: Any, fmt: _Formats) -> None:
    for col, width in enumerate(_PETUNJUK_WIDTHS):
        ws.set_column(col, col, width, fmt.plain)
    ws.hide_gridlines(2)
    r = 0
    for kind, cells in _petunjuk_blocks():
        if kind == "title":
            ws.set_row(r, 21)
            ws.write_string(r, 0, cells[0], fmt.title)
            r += 2
            continue
        if kind == "h":
            r += 1
            ws.write_string(r, 0, cells[0], fmt.heading)
        elif kind == "p":
            ws.merge_range(r, 0, r, 2, cells[0], fmt.body)
            _fit_row(ws, r, [(cells[0], sum(_PETUNJUK_WIDTHS))])
        elif kind == "code":
            ws.merge_range(r, 0, r, 1, cells[0], fmt.code)
            ws.write_string(r, 2, cells[1], fmt.help)
            _fit_row(ws, r, [(cells[1], _PETUNJUK_WIDTHS[2])])
        else:
            cell_fmts = (fmt.header,) * 3 if kind == "th" else (fmt.cell_bold, fmt.cell, fmt.cell)
            for col, text in enumerate(cells):
                ws.write_string(r, col, text, cell_fmts[col])
            _fit_row(ws, r, list(zip(cells, _PETUNJUK_WIDTHS)))
        r += 1
    _page_setup_petunjuk(ws, r)


def _page_setup_petunjuk(ws: Any, last_row: int) -> None:
    ws.set_paper(9)
    ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.print_area(0, 0, last_row, 2)
    ws.set_footer("&LPetunjuk lkj-xl&R&P / &N")
