"""Computed results as JSON-ready data and CSV. Numbers unrounded; None (null) where unknown.

``to_csv(..., excel_id=True)`` writes instead what Excel set to Indonesian opens as the tables show:
semicolons, a UTF-8 byte order mark, numbers with Indonesian separators and the displayed decimals.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.findings import galat_status
from lkj_xl.core.model import (
    BudgetResult,
    EfisiensiRow,
    IndicatorResult,
    Pembanding,
    Report,
    SummaryGroup,
    in_sheet_order,
)
from lkj_xl.core.target_tertulis import (
    PEMBANDING_TERTULIS,
    REALISASI_TERTULIS,
    TARGET_TERTULIS,
    pembanding_texts,
)

CSV_TABLES = ("indikator", "anggaran", "efisiensi", "ringkasan", "hierarki", "pemeriksaan")
# Columns of the JSON (and the DataFrames) that the CSV tables leave out: their columns are pinned.
JSON_ONLY = {"efisiensi": ("status",)}
_QUARTERS = ("realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4")
_PEMBANDING = (
    "tahun_lalu",
    "selisih",
    "perubahan_persen",
    "membaik",
    "target_renstra",
    "capaian_renstra",
    "standar_nasional",
    "capaian_standar",
)
# The APBD-P: the Perjanjian Kinerja's figure and the revised one beside the figure used (``target``,
# ``pagu``). Last in the CSV tables, whose earlier columns are pinned (README).
TARGET_REVISI = ("target_pk", "target_perubahan")
PAGU_REVISI = ("pagu_pk", "pagu_perubahan")


def _column_name(label: str) -> str:
    return "_".join(label.casefold().split())


_KRITERIA_COLUMNS = tuple(_column_name(k) for k in c.KRITERIA)
# The columns of each table as table_rows gives them, for a table without rows (the CSV's header, the
# DataFrame's columns); the indikator table has realisasi_<year> after the quarters when a workbook
# has earlier years' realisation.
COLUMNS = {
    "indikator": (
        *("kode", "tingkat", "kode_induk", "uraian", "indikator", "satuan", "polaritas", "jenis_realisasi"),
        *("target", "realisasi", "status", "capaian", "kriteria", "keterangan", "formulasi", "sumber_data"),
        *("target_teks", "realisasi_teks", "predikat"),
        *_QUARTERS,
        *_PEMBANDING,
        *TARGET_REVISI,
        *TARGET_TERTULIS,
        *REALISASI_TERTULIS,
        *PEMBANDING_TERTULIS,
    ),
    "anggaran": (
        "kode",
        "program",
        "kode_sasaran",
        "pagu",
        "realisasi",
        "penyerapan",
        "status",
        *PAGU_REVISI,
    ),
    "efisiensi": (
        *("kode", "tingkat", "uraian", "capaian", "pagu", "realisasi_anggaran", "penyerapan", "efisiensi"),
        "status",
        *PAGU_REVISI,
    ),
    "ringkasan": (
        *("tingkat", "jumlah", "tercapai", "belum_tercapai", "belum_diketahui", "galat"),
        *_KRITERIA_COLUMNS,
    ),
    "hierarki": (
        *("jalur", "kedalaman", "tingkat", "kode", "kode_induk", "uraian", "capaian_node", "kriteria_node"),
        *("indikator", "satuan", "target", "realisasi", "status", "capaian", "kriteria"),
        *TARGET_REVISI,
    ),
    "pemeriksaan": ("tingkat", "sheet", "sel", "pesan"),
}
# The DataFrames' dtypes (to_frames), by column: figures float64 (NaN where unknown, also in a column
# no row of a workbook knows, so many agencies' frames stack into number columns), counts and years
# nullable Int64, membaik nullable boolean; texts pandas' text dtype.
_FLOATS = frozenset(
    (
        *("target", "realisasi", "capaian", "capaian_node", "pagu", "realisasi_anggaran", "penyerapan"),
        *("efisiensi", *_QUARTERS, *(k for k in _PEMBANDING if k != "membaik")),
        *TARGET_REVISI,
        *PAGU_REVISI,
    )
)
_INTEGERS = frozenset(("tahun", "triwulan", "semester", "kedalaman", *COLUMNS["ringkasan"][1:]))


def to_dict(report: Report) -> dict[str, Any]:
    from lkj_xl.core.tables.efisiensi import status as efisiensi_status

    s = report.settings
    whose = whose_columns(report)  # the same as every CSV row and DataFrame row carries
    semester = whose.pop("semester")  # the JSON keeps its released order: ..., tahunan, semester
    return {
        "perangkat_daerah": s.perangkat_daerah,
        **whose,
        "semester": semester,
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
                # As typed: a grade target ("WTP") has no number, its texts say it (README "Grade targets")
                "target_teks": i.target_text or None,
                "realisasi_teks": i.realisasi_text or None,
                "predikat": i.predikat,
                **dict(zip(TARGET_REVISI, target_figures(i))),
                # a range or a grade as typed where those figures are None (core.target_tertulis)
                **{k: getattr(i, k) for k in TARGET_TERTULIS},
                # a grade realisasi as typed where realisasi, realisasi_tw are None (core.target_tertulis)
                "realisasi_tertulis": i.realisasi_tertulis,
                "realisasi_tw_tertulis": list(i.realisasi_tw_tertulis),
                **pembanding_texts(i.pembanding),  # a Renstra target or standard typed as a range
            }
            for i in report.indicators
        ],
        "anggaran": [budget_dict(b) for b in report.budgets],
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
                "status": efisiensi_status(e),  # why the efisiensi is null (JSON only)
                **dict(zip(PAGU_REVISI, node_pagu_figures(e))),
            }
            for e in report.efisiensi
        ],
        "ringkasan": {
            "total_pagu": report.total_pagu,
            "total_realisasi_anggaran": report.total_realisasi_anggaran,
            "total_penyerapan": report.total_penyerapan,
            "per_tingkat": [
                {**_counts(g), "per_kriteria": dict(g.per_kriteria), "kalimat": list(g.kalimat)}
                for g in report.ringkasan
            ],
        },
        "hierarki": hierarchy_rows(report),
        "pemeriksaan": [
            {"tingkat": f.severity, "sheet": f.sheet, "sel": f.sel, "pesan": f.pesan}
            for f in in_sheet_order(report.findings)
        ],
    }


def budget_dict(b: BudgetResult) -> dict[str, Any]:
    """A budget row of the ``anggaran`` table (JSON object, CSV row)."""
    return {
        "kode": b.kode,
        "program": b.program,
        "kode_sasaran": b.kode_sasaran or None,
        "pagu": b.pagu,
        "realisasi": b.realisasi,
        "penyerapan": b.penyerapan,
        "status": galat_status(b.galat) if b.galat else None,  # why a figure is null
        **dict(zip(PAGU_REVISI, pagu_figures(b))),
    }


def target_figures(i: IndicatorResult) -> tuple[float | None, float | None]:
    """The Perjanjian Kinerja's target and the Target Perubahan as figures: without a revision in use
    the PK's is the target (``target``) and the Target Perubahan None; with one, ``target`` is the
    Target Perubahan (the capaian is computed from it) and the PK's is its own (None: no figure)."""
    if i.target_pk is None:
        return i.target, None
    return i.target_awal, i.target


def pagu_figures(b: BudgetResult) -> tuple[float | None, float | None]:
    """The Perjanjian Kinerja's pagu and the Pagu Perubahan, as :func:`target_figures` for a target."""
    if b.pagu_pk is None:
        return b.pagu, None
    pk = b.pagu_pk.exact
    return (float(pk) if pk is not None else None), b.pagu


def node_pagu_figures(e: EfisiensiRow) -> tuple[float | None, float | None]:
    """A Sasaran's / Tujuan's pagu as the Perjanjian Kinerja signed it (its programs' PK Pagu) and the
    one it sums with a Pagu Perubahan, as :func:`pagu_figures` for a program."""
    if not e.pagu_perubahan:
        return e.pagu, None
    return e.pagu_pk, e.pagu


def pembanding_dict(p: Pembanding) -> dict[str, Any]:
    """The pinned ``pembanding`` object of an indicator (issue 11): null where not known."""
    return {key: getattr(p, key) for key in _PEMBANDING}


def _counts(g: SummaryGroup) -> dict[str, Any]:
    """A level's counts as the Ringkasan sheet's columns: they add up to ``jumlah``."""
    return {
        "tingkat": g.tingkat,
        "jumlah": g.jumlah,
        "tercapai": len(g.tercapai),
        "belum_tercapai": len(g.belum_tercapai),
        "belum_diketahui": len(g.belum_diketahui),
        "galat": len(g.galat),  # indicators not scored for an unreadable cell
    }


def summary_rows(report: Report) -> list[dict[str, Any]]:
    """The Ringkasan table: one row per level with its counts, and one column per kriteria."""
    return [
        {**_counts(g), **{_column_name(k): g.per_kriteria.get(k, 0) for k in c.KRITERIA}}
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
                    # last: the columns before are pinned (README)
                    **dict(zip(TARGET_REVISI, target_figures(ind) if ind else (None, None))),
                }
            )
        for child in node.children:
            walk(child, path)

    for root in report.roots:
        walk(root, ())
    return rows


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
        grades = ("realisasi_tertulis", "realisasi_tw_tertulis")  # (realisasi_tw_tertulis: one a quarter)
        nested = (
            "realisasi_tw",
            "pembanding",
            "realisasi_tahun",
            *TARGET_REVISI,
            *TARGET_TERTULIS,
            *grades,
            *PEMBANDING_TERTULIS,
        )
        rows = [
            {
                **{k: v for k, v in r.items() if k not in nested},
                **{f"realisasi_tw{q + 1}": v for q, v in enumerate(r["realisasi_tw"])},
                **{f"realisasi_{year}": r["realisasi_tahun"].get(year) for year in years},
                **r["pembanding"],
                # last: the columns before are pinned (README)
                **{k: r[k] for k in (*TARGET_REVISI, *TARGET_TERTULIS)},
                "realisasi_tertulis": r["realisasi_tertulis"],
                **{f"realisasi_tw{q + 1}_tertulis": v for q, v in enumerate(r["realisasi_tw_tertulis"])},
                **{k: r[k] for k in PEMBANDING_TERTULIS},
            }
            for r in rows
        ]
    return rows


def to_frames(report: Report) -> dict[str, Any]:
    """The result tables as pandas DataFrames (indikator, anggaran, efisiensi, ringkasan, hierarki,
    pemeriksaan).

    For analysts combining many agencies' reports (e.g. Bappeda): every row starts with
    ``pemerintah_daerah``, ``perangkat_daerah``, ``tahun``, ``triwulan``, ``semester`` (1, 2, or NA)
    and ``tahunan`` (the Laporan Tahunan), so ``pd.concat`` of the
    frames of every workbook is one table. Figures are float64 (percent as 0-100, amounts in rupiah,
    not thousands or millions; NaN where unknown, the reason in ``status``), counts, years and
    quarters nullable Int64, ``membaik`` nullable boolean, whatever a workbook leaves empty; a table
    without rows keeps its columns.
    pandas is imported only here.
    """
    import pandas as pd

    whose = whose_columns(report)
    text = pd.Series(["x"]).dtype  # pandas' dtype for texts (str from pandas 3), also for a column of None
    frames = {}
    for table in CSV_TABLES:
        rows = table_rows(report, table)
        data = {key: [value] * len(rows) for key, value in whose.items()}
        data.update({key: [row[key] for row in rows] for key in columns_of(table, rows)})
        frames[table] = pd.DataFrame(
            {key: pd.Series(values, dtype=_dtype(key) or text) for key, values in data.items()}
        )
    return frames


def whose_columns(report: Report) -> dict[str, Any]:
    """The columns every row of a DataFrame and a CSV starts with: whose report and its period, so the
    tables of many agencies and quarters concatenate into one (every Pemda has its Dinas Pendidikan:
    pemerintah_daerah tells them apart; TW I and TW II of one agency: triwulan)."""
    s = report.settings
    return {
        "pemerintah_daerah": s.pemerintah_daerah,
        "perangkat_daerah": s.perangkat_daerah,
        "tahun": s.tahun,
        "triwulan": s.triwulan_laporan,
        # a Semester I report is s.d. Triwulan II, the Laporan Tahunan s.d. Triwulan IV: periods of their own
        "semester": s.semester_laporan,  # Triwulan "Semester I" (II): 1 (2), s.d. TW II (IV); else null
        "tahunan": s.laporan_tahunan,  # Triwulan "Laporan Tahunan": the year's report (s.d. TW IV)
    }


def columns_of(table: str, rows: list[dict[str, Any]]) -> list[str]:
    """The columns of ``table``: its rows' keys, or without rows the table's own (COLUMNS)."""
    return list(rows[0]) if rows else list(COLUMNS[table])


def _dtype(column: str) -> str | None:
    if column in _FLOATS or (column.startswith("realisasi_") and column[-4:].isdigit()):
        return "float64"
    if column in _INTEGERS:
        return "Int64"
    return "boolean" if column in ("membaik", "tahunan") else None


def to_csv(report: Report, table: str = "indikator", *, excel_id: bool = False) -> str:
    """One table of the results as CSV text (UTF-8, comma-separated, header row first).

    ``excel_id``: for Excel set to Indonesian (Windows regional format Indonesia): semicolon separated,
    a UTF-8 byte order mark (so Excel reads UTF-8), CRLF line ends, and values as the output sheets
    display them (1.491.388.500.000; 15,12; (10,27); "Belum diketahui" for an unknown capaian).
    Formula-like texts are neutralised in both forms.
    """
    # whose report and its period last (first in the DataFrame): the columns before keep their places
    whose = whose_columns(report)
    rows = table_rows(report, table)
    fields = [*(k for k in columns_of(table, rows) if k not in JSON_ONLY.get(table, ())), *whose]
    rows = [{**{k: v for k, v in row.items() if k not in JSON_ONLY.get(table, ())}, **whose} for row in rows]
    buffer = io.StringIO()
    if excel_id:
        buffer.write("\ufeff")
        writer = csv.DictWriter(buffer, fieldnames=fields, delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        from lkj_xl.core.export_excel_id import shown_rows  # it builds on this module

        writer.writerows(shown_rows(report, table, rows))
        return buffer.getvalue()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else neutralize(v) for k, v in row.items()})
    return buffer.getvalue()
