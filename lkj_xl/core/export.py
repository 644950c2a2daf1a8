"""Computed results as JSON-ready data and CSV. Numbers unrounded; None (null) where unknown.

``to_csv(..., excel_id=True)`` writes instead what Excel set to Indonesian opens as the tables show:
semicolons, a UTF-8 byte order mark, numbers with Indonesian separators and the displayed decimals.
"""

from __future__ import annotations

import csv
import io
import math
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.findings import galat_status
from lkj_xl.core.model import Pembanding, Report, SummaryGroup, in_sheet_order

CSV_TABLES = ("indikator", "anggaran", "efisiensi", "ringkasan", "hierarki", "pemeriksaan")


def to_dict(report: Report) -> dict[str, Any]:
    s = report.settings
    return {
        "perangkat_daerah": s.perangkat_daerah,
        "pemerintah_daerah": s.pemerintah_daerah,
        "tahun": s.tahun,
        "triwulan": s.triwulan,
        "skala_kriteria": s.skala,
        "indikator": [
            {
                "kode": i.kode,
                "tingkat": i.tingkat,
                "kode_induk": i.kode_induk,
                "uraian": i.uraian,
                "indikator": i.indikator,
                "satuan": i.satuan,
                "polaritas": i.polaritas,
                "jenis_realisasi": i.jenis_realisasi,
                "target": i.target,
                "realisasi_tw": list(i.realisasi_tw),
                "realisasi": i.realisasi,
                "status": i.status,
                "capaian": i.capaian,
                "kriteria": i.kriteria,
                "keterangan": i.keterangan,
                "pembanding": pembanding_dict(i.pembanding),
                "realisasi_tahun": {str(year): v for year, v in i.realisasi_tahun.items()},
                "formulasi": i.formulasi,
                "sumber_data": i.sumber_data,
            }
            for i in report.indicators
        ],
        "anggaran": [
            {
                "kode": b.kode,
                "program": b.program,
                "kode_sasaran": b.kode_sasaran or None,
                "pagu": b.pagu,
                "realisasi": b.realisasi,
                "penyerapan": b.penyerapan,
                "status": galat_status(b.galat) if b.galat else None,  # why a figure is null
            }
            for b in report.budgets
        ],
        "efisiensi": [
            {
                "kode": e.kode,
                "tingkat": e.tingkat,
                "uraian": e.uraian,
                "capaian": e.capaian,
                "pagu": e.pagu,
                "realisasi_anggaran": e.realisasi_anggaran,
                "penyerapan": e.penyerapan,
                "efisiensi": e.efisiensi,
            }
            for e in report.efisiensi
        ],
        "ringkasan": {
            "total_pagu": report.total_pagu,
            "total_realisasi_anggaran": report.total_realisasi_anggaran,
            "total_penyerapan": report.total_penyerapan,
            "per_tingkat": [_per_tingkat(g) for g in report.ringkasan],
        },
        "hierarki": hierarchy_rows(report),
        "pemeriksaan": [
            {"tingkat": f.severity, "sheet": f.sheet, "sel": f.sel, "pesan": f.pesan}
            for f in in_sheet_order(report.findings)
        ],
    }


def _per_tingkat(g: SummaryGroup) -> dict[str, Any]:
    """One level's Ringkasan counts in the JSON: those of the sheet (galat: not scored for an
    unreadable cell, the sheet's Galat column), its kriteria and its sentences."""
    return {
        "tingkat": g.tingkat,
        "jumlah": g.jumlah,
        "tercapai": len(g.tercapai),
        "belum_tercapai": len(g.belum_tercapai),
        "belum_diketahui": len(g.belum_diketahui),
        "galat": len(g.galat),
        "per_kriteria": dict(g.per_kriteria),
        "kalimat": list(g.kalimat),
    }


def pembanding_dict(p: Pembanding) -> dict[str, Any]:
    """The pinned ``pembanding`` object of an indicator (issue 11): null where not known."""
    return {
        "tahun_lalu": p.tahun_lalu,
        "selisih": p.selisih,
        "perubahan_persen": p.perubahan_persen,
        "membaik": p.membaik,
        "target_renstra": p.target_renstra,
        "capaian_renstra": p.capaian_renstra,
        "standar_nasional": p.standar_nasional,
        "capaian_standar": p.capaian_standar,
    }


def summary_rows(report: Report) -> list[dict[str, Any]]:
    """The Ringkasan table: one row per level with its counts, and one column per kriteria."""
    return [
        {
            "tingkat": g.tingkat,
            "jumlah": g.jumlah,
            "tercapai": len(g.tercapai),
            "belum_tercapai": len(g.belum_tercapai),
            "belum_diketahui": len(g.belum_diketahui),
            "galat": len(getattr(g, "galat", ())),  # indicators not scored for an unreadable cell
            **{_column_name(k): g.per_kriteria.get(k, 0) for k in c.KRITERIA},
        }
        for g in report.ringkasan
    ]


def hierarchy_rows(report: Report) -> list[dict[str, Any]]:
    """The Capaian Program table: every node depth first (Tujuan > Sasaran > Program > Kegiatan ...)
    with its capaian (the mean of its indicators), one row per indicator (a node without indicators
    has one row with empty indicator fields). ``jalur`` is the chain of Kode from the Tujuan down."""
    rows: list[dict[str, Any]] = []

    def walk(node, path: tuple[str, ...]) -> None:
        path = (*path, node.kode)
        head = {
            "jalur": " > ".join(path),
            "kedalaman": node.depth,
            "tingkat": node.tingkat,
            "kode": node.kode,
            "kode_induk": node.kode_induk,
            "uraian": node.uraian,
            "capaian_node": node.capaian,
            "kriteria_node": node.kriteria,
        }
        for ind in node.indicators or [None]:
            rows.append(
                {
                    **head,
                    "indikator": ind.indikator if ind else None,
                    "satuan": ind.satuan if ind else None,
                    "target": ind.target if ind else None,
                    "realisasi": ind.realisasi if ind else None,
                    "status": ind.status if ind else None,
                    "capaian": ind.capaian if ind else None,
                    "kriteria": ind.kriteria if ind else None,
                }
            )
        for child in node.children:
            walk(child, path)

    for root in report.roots:
        walk(root, ())
    return rows


def _column_name(label: str) -> str:
    return "_".join(label.casefold().split())


def neutralize(value: Any) -> Any:
    """Guard against CSV/formula injection: a text starting with = + - @ (or tab/CR) gets a leading '."""
    if isinstance(value, str) and value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def table_rows(report: Report, table: str) -> list[dict[str, Any]]:
    """One table of the results as rows (what ``export --table`` writes as JSON or CSV)."""
    if table not in CSV_TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(CSV_TABLES)}")
    if table == "ringkasan":  # the JSON object's "ringkasan" also carries totals and sentences
        return summary_rows(report)
    rows: list[dict[str, Any]] = to_dict(report)[table]
    if table == "indikator":  # one column per quarter, per earlier year and per comparison
        years = sorted({year for r in rows for year in r["realisasi_tahun"]})
        nested = ("realisasi_tw", "pembanding", "realisasi_tahun")
        rows = [
            {
                **{k: v for k, v in r.items() if k not in nested},
                **{f"realisasi_tw{q + 1}": v for q, v in enumerate(r["realisasi_tw"])},
                **{f"realisasi_{year}": r["realisasi_tahun"].get(year) for year in years},
                **r["pembanding"],
            }
            for r in rows
        ]
    return rows


def to_frames(report: Report) -> dict[str, Any]:
    """The result tables as pandas DataFrames (indikator, anggaran, efisiensi, ringkasan, hierarki,
    pemeriksaan).

    For analysts combining many agencies' reports (e.g. Bappeda): every row starts with
    ``perangkat_daerah``, ``tahun`` and ``triwulan``, so ``pd.concat`` of the frames of every workbook
    is one table. pandas is imported only here.
    """
    import pandas as pd

    s = report.settings
    # Every row says whose report it is, so the frames of many agencies concatenate into one table.
    whose = {"perangkat_daerah": s.perangkat_daerah, "tahun": s.tahun, "triwulan": s.triwulan}
    frames = {}
    for table in CSV_TABLES:
        rows = [{**whose, **row} for row in table_rows(report, table)]
        frames[table] = pd.DataFrame(rows, columns=list(rows[0]) if rows else list(whose))
    return frames


# Display of a column in an Excel-id CSV, as the output sheets show it.
# the Desimal setting
_PERCENT = {
    "capaian",
    "capaian_mentah",
    "capaian_node",
    "penyerapan",
    "perubahan_persen",
    "capaian_renstra",
    "capaian_standar",
}
_POINTS = {"efisiensi"}  # percentage points, negative in parentheses: (10,27)
_RUPIAH = {"pagu", "realisasi_anggaran"}  # whole rupiah
_UNKNOWN_SHOWN = {"capaian", "capaian_node", "efisiensi"}  # empty here reads "Belum diketahui"


_CAPAIAN = {"capaian", "capaian_mentah", "capaian_node", "capaian_renstra", "capaian_standar"}


def _displayed(table: str, column: str, value: Any, desimal: int, row: dict[str, Any], skala: str) -> Any:
    """A cell of an Excel-id CSV: numbers in Indonesian format with the decimals the sheets show (a
    capaian with those that agree with its kriteria and 100 %, an efisiensi or change with its sign)."""
    from lkj_xl.core.formulas import capaian_decimals, efisiensi_decimals
    from lkj_xl.core.numbers import format_number, to_fraction

    if column == "membaik":  # the direction as the Perbandingan Kinerja sheet says it
        if value is None:
            return "Tetap" if row.get("selisih") == 0 else ""
        return "Membaik" if value else "Menurun"
    if value is None:
        if column in _UNKNOWN_SHOWN:
            return "Galat" if row.get("galat") else c.BELUM_DIKETAHUI
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return neutralize(value)
    if column in _POINTS:
        shown = format_number(abs(value), efisiensi_decimals(to_fraction(value), desimal))
        return f"({shown})" if value < 0 and shown.strip("0,") else shown
    if column in _CAPAIAN:
        return format_number(value, capaian_decimals(to_fraction(value), skala, desimal))
    if column == "perubahan_persen":  # as Perbandingan Kinerja: enough decimals to show the sign
        return format_number(value, efisiensi_decimals(to_fraction(value), desimal))
    if column in _PERCENT:
        return format_number(value, desimal)
    if column in _RUPIAH or (table == "anggaran" and column == "realisasi"):
        return format_number(value, 0)
    # targets, realisations, counts: 2 decimals unless whole (as the tables' number formats)
    return format_number(value, 0 if float(value).is_integer() else 2)


def to_csv(report: Report, table: str = "indikator", *, excel_id: bool = False) -> str:
    """One table of the results as CSV text (UTF-8, comma-separated, header row first).

    ``excel_id``: for Excel set to Indonesian (Windows regional format Indonesia): semicolon separated,
    a UTF-8 byte order mark (so Excel reads UTF-8), CRLF line ends, and values as the output sheets
    display them (1.491.388.500.000; 15,12; (10,27); "Belum diketahui" for an unknown capaian).
    Formula-like texts are neutralised in both forms.
    """
    rows = table_rows(report, table)
    buffer = io.StringIO()
    fields = list(rows[0]) if rows else []
    if excel_id:
        buffer.write("\ufeff")
        writer = csv.DictWriter(buffer, fieldnames=fields, delimiter=";", lineterminator="\r\n")
        desimal, skala = report.settings.desimal, report.settings.skala
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _displayed(table, k, v, desimal, row, skala) for k, v in row.items()})
        return buffer.getvalue()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else neutralize(v) for k, v in row.items()})
    return buffer.getvalue()
