"""Rekap: one row per agency (Perangkat Daerah) from its computed Report, the ranking of the agencies
and the warnings about the set (different years or quarters, the same agency twice). Pure.

Every figure comes from the agency's Report as ``export`` gives it (the same attributes
``core.export.table_rows`` lists), so a rekap row never disagrees with that agency's own ``lkj-xl export``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from operator import attrgetter
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core import formulas
from lkj_xl.core.findings import galat_status
from lkj_xl.core.formulas import efisiensi as efisiensi_of
from lkj_xl.core.formulas import kriteria as kriteria_of
from lkj_xl.core.model import GALAT, Report

# The sheets of the rekap workbook, in order.
SHEET_REKAP = "Rekap Perangkat Daerah"
SHEET_INDIKATOR = "Semua Indikator"
SHEET_PROGRAM = "Semua Program"
SHEET_GRAFIK = "Grafik"
SHEET_PEMERIKSAAN = c.SHEET_PEMERIKSAAN

# The levels whose counts per kriteria get their own columns (the report's Tabel 3.1 levels), and
# "semua" for every level together (the kriteria distribution chart).
KRITERIA_LEVELS = ("Tujuan", "Sasaran", "Semua")


def column_key(label: str) -> str:
    """ "Sangat Tinggi" -> "sangat_tinggi" (as export names the Ringkasan's kriteria columns)."""
    return "_".join(label.casefold().split())


@dataclass(frozen=True)
class Column:
    """A column of a rekap table: its key (DataFrame, CSV, JSON), its header in the sheet, its kind
    (how the sheet formats it: text, integer, decimal, percent, rupiah, efisiensi, kriteria)."""

    key: str
    label: str
    kind: str = "text"


def _agency_columns() -> tuple[Column, ...]:
    """The agency's row: first what a reader of the ranking looks for (the mean capaian it is ranked
    by, its kriteria, the budget, the findings), beside the agency's name on the first printed page;
    then the counts behind them; the file and period last."""
    whose = [
        Column("peringkat", "Peringkat", "integer"),
        Column("pemerintah_daerah", "Pemerintah Daerah"),
        Column("perangkat_daerah", "Perangkat Daerah"),
    ]
    headline = [
        Column("capaian", "Rata-rata Capaian Tujuan dan Sasaran (%)", "percent"),
        Column("kriteria", "Kriteria", "kriteria"),
        Column("penyerapan", "Penyerapan Anggaran (%)", "percent"),
        Column("efisiensi", "Efisiensi (poin persen)", "efisiensi"),
        Column("capaian_tujuan", "Rata-rata Capaian Tujuan (%)", "percent"),
        Column("capaian_sasaran", "Rata-rata Capaian Sasaran (%)", "percent"),
        Column("pagu", "Pagu (Rp)", "rupiah"),
        Column("realisasi_anggaran", "Realisasi Anggaran (Rp)", "rupiah"),
        Column("temuan_galat", "Temuan Galat", "integer"),
        Column("temuan_peringatan", "Temuan Peringatan", "integer"),
        Column("temuan", "Jumlah Temuan", "integer"),
    ]
    counts = [
        Column("indikator", "Jumlah Indikator", "integer"),
        *(Column(f"indikator_{column_key(t)}", f"Indikator {t}", "integer") for t in c.TINGKAT),
        Column("terukur", "Terukur", "integer"),
        Column("belum_diketahui", "Belum Diketahui", "integer"),
        Column("galat", "Galat", "integer"),
        Column("program", "Jumlah Program", "integer"),
    ]
    per_kriteria = [
        Column(f"{column_key(level)}_{column_key(k)}", f"{level}: {k}", "integer")
        for level in KRITERIA_LEVELS
        for k in c.KRITERIA
    ]
    source = [
        Column("berkas", "Berkas"),
        Column("tahun", "Tahun", "year"),
        Column("triwulan", "Triwulan", "integer"),
    ]
    return (*whose, *headline, *counts, *per_kriteria, *source)


AGENCY_COLUMNS = _agency_columns()

_WHOSE = (
    Column("pemerintah_daerah", "Pemerintah Daerah"),
    Column("perangkat_daerah", "Perangkat Daerah"),
    Column("berkas", "Berkas"),
)
INDICATOR_COLUMNS = (
    *_WHOSE,
    Column("tingkat", "Tingkat"),
    Column("kode", "Kode"),
    Column("kode_induk", "Kode Induk"),
    Column("uraian", "Uraian"),
    Column("indikator", "Indikator"),
    Column("satuan", "Satuan"),
    Column("polaritas", "Polaritas"),
    Column("jenis_realisasi", "Jenis Realisasi"),
    Column("target", "Target", "decimal"),
    Column("realisasi", "Realisasi s.d. Triwulan", "decimal"),
    Column("capaian", "Capaian (%)", "percent"),
    Column("kriteria", "Kriteria", "kriteria"),
    Column("status", "Status"),
    Column("predikat", "Predikat"),  # "Opini BPK: target WTP, realisasi WTP" (a grade has no number)
)
PROGRAM_COLUMNS = (
    *_WHOSE,
    Column("kode", "Kode"),
    Column("program", "Program"),
    Column("kode_sasaran", "Kode Sasaran"),
    Column("pagu", "Pagu (Rp)", "rupiah"),
    Column("realisasi", "Realisasi (Rp)", "rupiah"),
    Column("penyerapan", "Penyerapan (%)", "percent"),
    Column("status", "Status"),  # "Galat (Anggaran!G5)": why a figure is blank
)
# Pemeriksaan: one row per file (read, unreadable with the reason, or skipped), then the warnings.
FILE_COLUMNS = (
    Column("berkas", "Berkas"),
    Column("pemerintah_daerah", "Pemerintah Daerah"),
    Column("perangkat_daerah", "Perangkat Daerah"),
    Column("status", "Status"),
    Column("temuan_galat", "Temuan Galat", "integer"),
    Column("temuan_peringatan", "Temuan Peringatan", "integer"),
    Column("keterangan", "Keterangan"),
    # The library's own message (English, what `lkj-xl check` prints) for the IT admin.
    Column("rincian", "Rincian Teknis"),
)
WARNING_COLUMNS = (Column("jenis", "Jenis"), Column("pesan", "Pesan"))
# The IndicatorResult attributes behind INDICATOR_COLUMNS after the agency's (export names its
# columns after them).
_INDICATOR_ATTRIBUTES = tuple(col.key for col in INDICATOR_COLUMNS[len(_WHOSE) :])

# Status of a file in Pemeriksaan.
DIBACA = "dibaca"
TIDAK_TERBACA = "tidak dapat dibaca"
DILEWATI = "dilewati"

# Why a file is not in the rekap, in the words of the sheet's readers (the technical detail stays in
# "Rincian Teknis"): by the kind of error the library raised.
ALASAN_BERKAS = (
    "berkas tidak dapat dibuka sebagai buku kerja Excel (rusak, terpotong, terenkripsi, atau tidak aman)"
)
ALASAN_ISI = "bukan buku kerja LKjIP lkj-xl: lembar atau kolom wajib tidak ditemukan atau tidak terbaca"
ALASAN_INTERNAL = "galat internal lkj-xl saat menghitung berkas ini; mohon laporkan kepada pengelola aplikasi"


RANKED_BY = "rata-rata capaian indikator Tujuan dan Sasaran"


def _mean(values: Sequence[Fraction]) -> Fraction | None:
    return sum(values, Fraction(0)) / len(values) if values else None


def _float(value: Fraction | None) -> float | None:
    return float(value) if value is not None else None


# Where a capaian shown rounded could cross into another kriteria or to the other side of 100 %: the
# edges of both scales, since one rekap sheet holds agencies of either.
_EDGES = tuple(sorted({edge for skala in c.SKALA for edge in formulas.band_edges(skala)}))


def capaian_decimals(value: float, decimals: int) -> int:
    """Decimals to show a capaian of the rekap with, at least ``decimals``: enough that the number
    shown gives the kriteria (on either scale) and the side of 100 % the value gives, as the output
    sheets do (90,004 beside Sangat Tinggi is shown "90,004", never "90,00", which reads as Tinggi)."""
    if all(abs(value - edge) > 10**-decimals for edge in _EDGES):  # nearly every value: far from them
        return decimals
    exact = Fraction(value)
    return max(formulas.capaian_decimals(exact, skala, decimals) for skala in c.SKALA)


def figure_columns(columns: Sequence[Column]) -> tuple[int, ...]:
    """Where a table has an indicator's target, realisasi, capaian and polaritas, in the order
    :func:`figure_decimals` takes them (Semua Indikator); empty for any other table."""
    keys = [spec.key for spec in columns]
    wanted = ("target", "realisasi", "capaian", "polaritas")
    return tuple(keys.index(k) for k in wanted) if all(k in keys for k in wanted) else ()


def figure_decimals(target: Any, realisasi: Any, capaian: Any, polaritas: Any, decimals: int) -> int:
    """Decimals for an indicator's target and realisasi in Semua Indikator: ``decimals``, or as many
    more as the agency's own tables show them with, so that the figures shown give the kriteria (on
    either scale) and the side of 100 % of the capaian beside them (90,004 of 100 is shown
    "100,000 | 90,004", not "100,00 | 90,00", which reads exactly 90: formulas.recomputable_decimals)."""
    numbers = (target, realisasi, capaian)
    if polaritas not in (c.POSITIF, c.NEGATIF) or not all(
        type(v) in (int, float) and math.isfinite(v) for v in numbers
    ):
        return decimals
    return max(
        formulas.recomputable_decimals(target, realisasi, capaian, polaritas, skala, decimals)
        for skala in c.SKALA
    )


def efisiensi_decimals(value: float, decimals: int) -> int:
    """Decimals to show an efisiensi with: enough that its sign shows (-0,004 is "(0,004)")."""
    if abs(value) > 10**-decimals:
        return decimals
    return formulas.efisiensi_decimals(Fraction(value), decimals)


def agency_row(report: Report, berkas: str) -> dict[str, Any]:
    """The agency's row of the Rekap sheet (``peringkat`` is set by :func:`rank`).

    Counts and means are taken over the indicators as ``export`` lists them: measured (terukur) has a
    capaian, belum diketahui has none and no galat, galat could not be computed for an unreadable
    cell. The means are exact means of the indicators' capaian (after Batas Capaian). Efisiensi is the
    report's formula on the agency as a whole: that mean capaian minus the penyerapan of its total
    budget, in percentage points.
    """
    s = report.settings
    items = report.indicators
    row: dict[str, Any] = {
        "peringkat": None,
        "pemerintah_daerah": s.pemerintah_daerah,
        "perangkat_daerah": s.perangkat_daerah,
        "berkas": berkas,
        "tahun": s.tahun,
        "triwulan": s.triwulan,
        "indikator": len(items),
        "skala": s.skala,  # not a column: the warnings say when agencies are rated on different scales
    }
    for tingkat in c.TINGKAT:
        row[f"indikator_{column_key(tingkat)}"] = sum(1 for i in items if i.tingkat == tingkat)
    row["terukur"] = sum(1 for i in items if i.capaian_exact is not None)
    row["galat"] = sum(1 for i in items if i.galat)
    row["belum_diketahui"] = sum(1 for i in items if i.capaian_exact is None and not i.galat)
    for level in KRITERIA_LEVELS:
        chosen = items if level == "Semua" else [i for i in items if i.tingkat == level]
        counts = Counter(i.kriteria for i in chosen)
        for k in c.KRITERIA:
            row[f"{column_key(level)}_{column_key(k)}"] = counts.get(k, 0)

    def measured(*levels: str) -> list[Fraction]:
        return [i.capaian_exact for i in items if i.tingkat in levels and i.capaian_exact is not None]

    mean = _mean(measured("Tujuan", "Sasaran"))
    row["capaian_tujuan"] = _float(_mean(measured("Tujuan")))
    row["capaian_sasaran"] = _float(_mean(measured("Sasaran")))
    row["capaian"] = _float(mean)
    row["kriteria"] = kriteria_of(mean, s.skala) if mean is not None else None

    # Budget totals exactly as the engine's (and export's ringkasan): no penyerapan with galat cells.
    pagu = sum((b.pagu_exact for b in report.budgets if b.pagu_exact is not None), Fraction(0))
    spent = sum((b.realisasi_exact for b in report.budgets if b.realisasi_exact is not None), Fraction(0))
    penyerapan = spent / pagu * 100 if pagu and not report.galat_anggaran else None
    row["program"] = len(report.budgets)
    row["pagu"] = report.total_pagu
    row["realisasi_anggaran"] = report.total_realisasi_anggaran
    row["penyerapan"] = report.total_penyerapan
    row["efisiensi"] = efisiensi_of(mean, penyerapan) if mean is not None and penyerapan is not None else None
    galat = sum(1 for f in report.findings if f.severity == GALAT)
    row["temuan_galat"] = galat
    row["temuan_peringatan"] = len(report.findings) - galat
    row["temuan"] = len(report.findings)
    return row


def _whose(report: Report, berkas: str) -> tuple[str, str, str]:
    return (report.settings.pemerintah_daerah, report.settings.perangkat_daerah, berkas)


def indicator_rows(report: Report, berkas: str) -> list[tuple]:
    """Every indicator of the agency as ``export --table indikator`` gives it, in INDICATOR_COLUMNS
    order (compact tuples: this is what a worker process sends back).

    Read straight from the indicators' attributes: each of these export columns is the attribute of
    the same name (``export.to_dict``), and building export's rows (every column, the hierarchy, the
    findings) only to keep these cost more than reading and computing the workbook's Ringkasan
    (tests/test_fast_paths.py compares the two on real workbooks)."""
    whose = _whose(report, berkas)
    fields = attrgetter(*_INDICATOR_ATTRIBUTES)
    return [whose + fields(i) for i in report.indicators]


def program_rows(report: Report, berkas: str) -> list[tuple]:
    """Every budget row as ``export --table anggaran`` gives it, in PROGRAM_COLUMNS order (straight
    from the budgets' attributes, as :func:`indicator_rows`; no Kode Sasaran is None, as in export)."""
    whose = _whose(report, berkas)
    return [
        (
            *whose,
            b.kode,
            b.program,
            b.kode_sasaran or None,
            b.pagu,
            b.realisasi,
            b.penyerapan,
            galat_status(b.galat) if b.galat else None,
        )
        for b in report.budgets
    ]


def rank(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The agencies best first by mean capaian of their Tujuan and Sasaran indicators (ties: higher
    penyerapan, then name and file); ``peringkat`` 1, 2, ... (equal figures share a rank). Agencies
    without a mean capaian come last, unranked (None), by name."""

    def key(row: dict[str, Any]) -> tuple:
        penyerapan = row["penyerapan"]
        return (
            row["capaian"] is None,
            -(row["capaian"] or 0.0),
            penyerapan is None,
            -(penyerapan or 0.0),
            row["perangkat_daerah"].casefold(),
            row["berkas"],
        )

    ordered = sorted(rows, key=key)
    previous: tuple | None = None
    for position, row in enumerate(ordered, start=1):
        if row["capaian"] is None:
            row["peringkat"] = None
            continue
        figures = (row["capaian"], row["penyerapan"])
        row["peringkat"] = ordered[position - 2]["peringkat"] if figures == previous else position
        previous = figures
    return ordered


def _who(row: dict[str, Any]) -> str:
    name = row["perangkat_daerah"] or "(tanpa nama)"
    return f"{name} ({row['berkas']})"


def _differ(rows: Sequence[dict[str, Any]], key: str, label: str, show) -> list[tuple[str, str]]:
    values = Counter(row.get(key) for row in rows)
    if len(values) <= 1:
        return []
    common, _ = values.most_common(1)[0]
    others = [
        f"{show(value)}: " + ", ".join(_who(row) for row in rows if row.get(key) == value)
        for value in sorted((v for v in values if v != common), key=lambda v: (v is None, v))
    ]
    return [
        (
            f"{label} berbeda",
            f"{label} laporan tidak sama di semua perangkat daerah: sebagian besar {show(common)} "
            f"({values[common]} perangkat daerah); " + "; ".join(others) + ".",
        )
    ]


def warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) in Bahasa Indonesia: different years, quarters or Skala Kriteria across the
    agencies (the less common ones named), the same agency (Pemerintah Daerah and Perangkat Daerah, ignoring case and
    spaces) in more than one file (all kept in the rekap), an agency without indicators, an agency
    without a name."""
    found = _differ(rows, "tahun", "Tahun", lambda v: str(v) if v is not None else "tanpa tahun")
    found += _differ(rows, "triwulan", "Triwulan", lambda v: f"Triwulan {c.roman(v)}")
    # Kriteria on different scales are counted in the same columns: 90,996 is Tinggi on one, 90,004
    # Sangat Tinggi on the other.
    found += _differ(rows, "skala", "Skala Kriteria", str)
    same: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["perangkat_daerah"]:
            same[
                (c.normalize_label(row["pemerintah_daerah"]), c.normalize_label(row["perangkat_daerah"]))
            ].append(row)
    for group in same.values():
        if len(group) > 1:
            first = group[0]
            where = f", {first['pemerintah_daerah']}" if first["pemerintah_daerah"] else ""
            found.append(
                (
                    "Perangkat daerah ganda",
                    f"{first['perangkat_daerah']}{where} tercatat di {len(group)} berkas: "
                    + ", ".join(row["berkas"] for row in group)
                    + "; semuanya ikut direkap, periksa mana yang berlaku.",
                )
            )
    for row in rows:
        if row.get("indikator") == 0:  # e.g. the blank workbook of `lkj-xl new`: no galat, a row of zeros
            found.append(
                (
                    "Tanpa indikator",
                    f"{_who(row)}: sheet Kinerja tidak berisi indikator; periksa apakah berkas yang dikirim "
                    "sudah diisi.",
                )
            )
    for row in rows:
        if not row["perangkat_daerah"]:
            found.append(
                (
                    "Tanpa nama",
                    f"Berkas {row['berkas']}: Perangkat Daerah tidak diisi di sheet Pengaturan.",
                )
            )
    return found
