"""Computed results as JSON-ready data and CSV. Numbers unrounded; None (null) where unknown."""

from __future__ import annotations

import csv
import io
from typing import Any

from .model import Report

CSV_TABLES = ("indikator", "anggaran", "efisiensi", "pemeriksaan")


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
            "per_tingkat": [
                {
                    "tingkat": g.tingkat,
                    "jumlah": g.jumlah,
                    "tercapai": len(g.tercapai),
                    "belum_tercapai": len(g.belum_tercapai),
                    "belum_diketahui": len(g.belum_diketahui),
                    "per_kriteria": dict(g.per_kriteria),
                    "kalimat": list(g.kalimat),
                }
                for g in report.ringkasan
            ],
        },
        "pemeriksaan": [
            {"tingkat": f.tingkat, "sheet": f.sheet, "sel": f.sel, "pesan": f.pesan} for f in report.findings
        ],
    }


def neutralize(value: Any) -> Any:
    """Guard against CSV/formula injection: a text starting with = + - @ (or tab/CR) gets a leading '."""
    if isinstance(value, str) and value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _rows(report: Report, table: str) -> list[dict[str, Any]]:
    if table not in CSV_TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(CSV_TABLES)}")
    rows: list[dict[str, Any]] = to_dict(report)[table]
    if table == "indikator":  # one column per quarter instead of a list
        rows = [
            {
                **{k: v for k, v in r.items() if k != "realisasi_tw"},
                **{f"realisasi_tw{q + 1}": v for q, v in enumerate(r["realisasi_tw"])},
            }
            for r in rows
        ]
    return rows


def to_frames(report: Report) -> dict[str, Any]:
    """The result tables as pandas DataFrames (indikator, anggaran, efisiensi, pemeriksaan).

    For analysts combining many agencies' reports (e.g. Bappeda): ``pd.concat`` the frames of every
    workbook. pandas is imported only here.
    """
    import pandas as pd

    return {table: pd.DataFrame(_rows(report, table)) for table in CSV_TABLES}


def to_csv(report: Report, table: str = "indikator") -> str:
    """One table of the results as CSV text (UTF-8, comma-separated, header row first)."""
    rows = _rows(report, table)
    buffer = io.StringIO()
    fields = list(rows[0]) if rows else []
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else neutralize(v) for k, v in row.items()})
    return buffer.getvalue()
