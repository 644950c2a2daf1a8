"""Rekap: one row per agency (Perangkat Daerah) from its computed Report, the ranking of the agencies
(the warnings about the set, different years or quarters, the same agency twice: rekap_peringatan). Pure.

Every figure comes from the agency's Report as ``export`` gives it (the same attributes
``core.export.table_rows`` lists), so a rekap row never disagrees with that agency's own ``lkj-xl export``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from operator import attrgetter
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core import formulas
from lkj_xl.core.export import TARGET_REVISI, pagu_figures, target_figures
from lkj_xl.core.findings import galat_status
from lkj_xl.core.formulas import kriteria as kriteria_of
from lkj_xl.core.grids import REKAP_SHEET
from lkj_xl.core.model import GALAT, Report, Settings
from lkj_xl.core.rekap_catatan import catatan_angka
from lkj_xl.core.rekap_desimal import (  # noqa: F401 (core.*_decimals)
    DESIMAL,
    ROW_SHOWN,
    capaian_decimals,
    efisiensi_decimals,
    efisiensi_figures,
    figure_decimals,
    penyerapan_decimals,
)
from lkj_xl.core.rekap_ganda import GANDA, choose
from lkj_xl.core.rekap_isi import fingerprint, plan_fingerprint
from lkj_xl.core.rekap_kunci import agency_key, indicator_part, row_keys
from lkj_xl.core.rekap_peringkat import (
    below_grade_left_out,
    galat_cells,
    galat_left_out,
    newest_first,
    periods,
    rank,
    unranked_notes,
    unranked_reason,
)
from lkj_xl.core.rekap_serapan import over_pagu

# Pemeriksaan's status of a file not counted, and the choice (rekap_ganda); the ranking (rekap_peringkat);
# the rows an agency's figures leave out (rekap_catatan).
__all__ = ["GANDA", "catatan_angka", "choose", "newest_first", "periods", "rank", "unranked_notes"]

# The sheets of the rekap workbook, in order.
SHEET_REKAP = REKAP_SHEET  # what tells a rekap workbook from an agency's (core.grids)
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
    then the counts behind them; the file, the period and the key last."""
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
        Column("pagu", "Pagu (Rp)", "rupiah"),  # the pagu used: the Pagu Perubahan after the APBD-P
        Column("pagu_pk", "Pagu PK (Rp)", "rupiah"),  # the Perjanjian Kinerja's (export.pagu_figures)
        Column("pagu_perubahan", "Pagu Perubahan (Rp)", "rupiah"),  # blank: no program revised
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
    return (*whose, *headline, *counts, *per_kriteria, Column("berkas", "Berkas"), *_PERIOD_AND_KEY)


# Last in every table: the period the row reports (so that rekaps of several quarters stack) and the
# row's key across quarters and years (:func:`row_keys`). A key is for joins, not for paper: the
# sheets print every column but it (kind "key", always the last column). ``periode`` names the
# period as the agency's own report does: "Triwulan IV Tahun 2025", or "Tahun 2025" for a Laporan
# Tahunan (Triwulan typed "Laporan Tahunan"), whose ``triwulan`` stays 4 (figures s.d. TW IV).
_PERIOD_AND_KEY = (
    Column("periode", "Periode"),
    Column("tahun", "Tahun", "year"),
    Column("triwulan", "Triwulan", "integer"),
    Column("kunci", "Kunci", "key"),
)
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
    Column("target", "Target", "decimal"),  # the target used: the Target Perubahan after the APBD-P
    Column("target_pk", "Target PK", "decimal"),  # the Perjanjian Kinerja's (export.target_figures)
    Column("target_perubahan", "Target Perubahan", "decimal"),  # blank: no revision
    Column("realisasi", "Realisasi s.d. Triwulan", "decimal"),
    Column("capaian", "Capaian (%)", "percent"),
    Column("kriteria", "Kriteria", "kriteria"),
    Column("status", "Status"),
    Column("predikat", "Predikat"),  # "Opini BPK: target WTP, realisasi WTP" (a grade has no number)
    # a range or a grade as typed where Target, Target PK, Target Perubahan are blank for it
    Column("target_tertulis", "Target (tertulis)"),
    Column("target_pk_tertulis", "Target PK (tertulis)"),
    Column("target_perubahan_tertulis", "Target Perubahan (tertulis)"),
    Column("realisasi_tertulis", "Realisasi s.d. Triwulan (tertulis)"),  # a grade realisasi as typed
    *_PERIOD_AND_KEY,
)
PROGRAM_COLUMNS = (
    *_WHOSE,
    Column("kode", "Kode"),
    Column("program", "Program"),
    Column("kode_sasaran", "Kode Sasaran"),
    Column("pagu", "Pagu (Rp)", "rupiah"),  # the pagu used: the Pagu Perubahan after the APBD-P
    Column("pagu_pk", "Pagu PK (Rp)", "rupiah"),  # the Perjanjian Kinerja's (export.pagu_figures)
    Column("pagu_perubahan", "Pagu Perubahan (Rp)", "rupiah"),  # blank: no revision
    Column("realisasi", "Realisasi (Rp)", "rupiah"),
    Column("penyerapan", "Penyerapan (%)", "percent"),
    Column("status", "Status"),  # "Galat (Anggaran!G5)": why a figure is blank
    *_PERIOD_AND_KEY,
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
    # The library's message for the IT admin in Bahasa Indonesia, its facts kept (core.rekap_rincian; its
    # English, what `lkj-xl check` prints, is the log's).
    Column("rincian", "Rincian Teknis"),
    # Of the peringatan, the rows and values the reader left out of the agency's figures (SIPD
    # headings, Kegiatan rows under their program, a quarter after the reported one...), and their
    # messages at their cells with those that change what its totals mean (:func:`catatan_angka`).
    Column("tidak_dihitung", "Isian Tidak Dihitung", "integer"),
    Column("catatan_angka", "Isian Tidak Dihitung dan Catatan Total"),
)
WARNING_COLUMNS = (Column("jenis", "Jenis"), Column("pesan", "Pesan"))
# The IndicatorResult attributes behind INDICATOR_COLUMNS after the agency's (export names its
# columns after them), before and after the PK's target and the Target Perubahan (figures of their own).
_INDICATOR_KEYS = [col.key for col in INDICATOR_COLUMNS[len(_WHOSE) : -len(_PERIOD_AND_KEY)]]
_REVISED_AT = _INDICATOR_KEYS.index(TARGET_REVISI[0])
_INDICATOR_ATTRIBUTES = tuple(_INDICATOR_KEYS[:_REVISED_AT])
_INDICATOR_ATTRIBUTES_AFTER = tuple(_INDICATOR_KEYS[_REVISED_AT + len(TARGET_REVISI) :])

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
# A spreadsheet saved in another format (.xls, .xlsb, .ods): the agency is missing until it is resent.
ALASAN_FORMAT = (
    "bukan buku kerja .xlsx/.xlsm (format .xls Excel 97-2003, .xlsb atau .ods LibreOffice tidak dibaca): "
    "buka berkas lalu simpan sebagai Excel Workbook (.xlsx), kemudian rekap ulang"
)
# Saved with a password to open: only the agency can remove it.
ALASAN_TERENKRIPSI = (
    "buku kerja dikunci dengan kata sandi untuk membuka (terenkripsi), sehingga tidak dapat dibaca: "
    "minta perangkat daerah menyimpannya tanpa kata sandi (Excel: File > Info > Protect Workbook > "
    "Encrypt with Password, kosongkan kata sandinya) lalu mengirim ulang"
)
# 0 bytes: the copy or download never completed; only a new copy helps.
ALASAN_NOL_BYTE = (
    "berkas kosong (0 byte): penyalinan atau unduhannya tidak selesai; minta perangkat daerah mengirim "
    "ulang buku kerjanya lalu rekap ulang"
)
# Saved as "Strict Open XML Spreadsheet": named .xlsx, but other namespaces throughout.
ALASAN_STRICT = (
    "disimpan dalam format Strict Open XML, yang tidak dibaca: buka berkas lalu simpan sebagai "
    "Excel Workbook (.xlsx) biasa, kemudian rekap ulang"
)
# A Word document or a PowerPoint presentation renamed .xlsx (the narrative report, a presentation sent
# instead of the workbook): no workbook in it to save as .xlsx; only the agency has the workbook.
_MINTA_BUKU_KERJA = "minta perangkat daerah mengirim buku kerja LKjIP-nya (.xlsx) lalu rekap ulang"
ALASAN_WORD = f"dokumen Word (.docx) yang diberi nama .xlsx, bukan buku kerja Excel: {_MINTA_BUKU_KERJA}"
ALASAN_PPT = (
    f"presentasi PowerPoint (.pptx) yang diberi nama .xlsx, bukan buku kerja Excel: {_MINTA_BUKU_KERJA}"
)
# A file named on the command line (a shell's dir/*) that is no spreadsheet at all: skipped.
ALASAN_BUKAN_BUKU_KERJA = "bukan berkas spreadsheet (.xlsx/.xlsm): tidak direkap"
# A folder under the one given that cannot be listed (its permissions on the share).
ALASAN_FOLDER = (
    "folder tidak dapat dibaca (izin akses), sehingga buku kerja di dalamnya tidak direkap: minta izin "
    "baca folder itu untuk akun yang menjalankan rekap, lalu rekap ulang"
)
# A ZIP archive: its workbooks are not read until extracted (they may be copies of those beside it).
ALASAN_ARSIP = (
    "arsip ZIP, isinya tidak direkap: bila berisi buku kerja perangkat daerah yang belum ada di folder, "
    "ekstrak ke folder lalu rekap ulang"
)
# A link (symlink) in the folder to a workbook that is gone: its target removed or its share not mounted.
ALASAN_TAUTAN = (
    "tautan (symlink) ke berkas yang tidak ada atau tidak terjangkau (folder bersama yang tidak "
    "tersambung?): salin buku kerja yang dituju ke folder ini, atau sambungkan foldernya, lalu rekap ulang"
)
ALASAN_INTERNAL = "galat internal lkj-xl saat menghitung berkas ini; mohon laporkan kepada pengelola aplikasi"


RANKED_BY = "rata-rata capaian indikator Tujuan dan Sasaran"


def _mean(values: Sequence[Fraction]) -> Fraction | None:
    return formulas.exact_sum(values) / len(values) if values else None


def _float(value: Fraction | None) -> float | None:
    return float(value) if value is not None else None


def figure_columns(columns: Sequence[Column]) -> tuple[int, ...]:
    """Where a table has an indicator's target, realisasi, capaian and polaritas, in the order
    :func:`figure_decimals` takes them (Semua Indikator), then its Target PK and Target Perubahan,
    shown with the target's decimals; empty for any other table."""
    keys = [spec.key for spec in columns]
    wanted = ("target", "realisasi", "capaian", "polaritas")
    if not all(k in keys for k in wanted):
        return ()
    return tuple(keys.index(k) for k in (*wanted, *(k for k in TARGET_REVISI if k in keys)))


def agency_row(report: Report, berkas: str) -> dict[str, Any]:
    """The agency's row of the Rekap sheet (``peringkat`` is set by :func:`rank`).

    Counts and means are taken over the indicators as ``export`` lists them: measured (terukur) has a
    capaian or is a grade below its target (known, not met, no capaian), belum diketahui has neither and
    no galat, galat could not be computed for an unreadable
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
        "periode": periode(s),
        "tahun": s.tahun,
        "triwulan": s.triwulan_laporan,
        "kunci": agency_key(s),
        "indikator": len(items),
        "skala": s.skala,  # not a column: the warnings say when agencies are rated on different scales
        "batas_capaian": s.batas_capaian,  # not a column either: capped and uncapped means side by side
    }
    for tingkat in c.TINGKAT:
        row[f"indikator_{column_key(tingkat)}"] = sum(1 for i in items if i.tingkat == tingkat)
    # A grade below its target (realisasi_text, no capaian) is known and not met: measured, as the
    # agency's own Ringkasan counts it under "di bawah 100%", never "belum diketahui".
    known = [i.capaian_exact is not None or bool(i.realisasi_text and not i.galat) for i in items]
    row["terukur"] = sum(known)
    row["galat"] = sum(1 for i in items if i.galat)
    row["belum_diketahui"] = sum(1 for i, k in zip(items, known) if not k and not i.galat)
    for level in KRITERIA_LEVELS:
        chosen = items if level == "Semua" else [i for i in items if i.tingkat == level]
        counts = Counter(i.kriteria for i in chosen)
        for k in c.KRITERIA:
            row[f"{column_key(level)}_{column_key(k)}"] = counts.get(k, 0)

    def measured(*levels: str) -> list[Fraction]:
        return [i.capaian_exact for i in items if i.tingkat in levels and i.capaian_exact is not None]

    mean = _mean(measured("Tujuan", "Sasaran"))
    # Not a column: the capaian in that mean from a realisasi more than ten times its target (a
    # fraction typed for a percentage): one such figure decides the agency's rank (warnings()).
    row["ekstrem"] = [
        (i.tingkat, i.kode, i.capaian_exact)
        for i in items
        if i.tingkat in ("Tujuan", "Sasaran")
        and i.capaian_exact is not None
        and not -800 <= i.capaian_exact <= 1000
    ]
    row["capaian_tujuan"] = _float(_mean(measured("Tujuan")))
    row["capaian_sasaran"] = _float(_mean(measured("Sasaran")))
    row["capaian"] = _float(mean)
    row["kriteria"] = kriteria_of(mean, s.skala) if mean is not None else None
    row["tanpa_peringkat"] = unranked_reason(items)  # not a column: why no mean (warnings(), Pemeriksaan)
    row["peringkat_galat"] = galat_left_out(items)  # not a column: a mean without its galat indicators
    row["sel_galat"] = galat_cells(items)  # its cells: "Perbaiki sel itu" or "sel-sel itu"
    # not columns: a mean without a missed grade, and what it averages ("Tujuan T1 (100,00%) dan ...")
    row["peringkat_predikat"], row["dasar_peringkat"] = below_grade_left_out(items)
    _budget_figures(row, report, mean)
    galat = sum(1 for f in report.findings if f.severity == GALAT)
    row["tidak_dihitung"], row["catatan_angka"] = catatan_angka(report.findings)
    row["temuan_galat"] = galat
    row["temuan_peringatan"] = len(report.findings) - galat
    row["temuan"] = len(report.findings)
    return row


def _budget_figures(row: dict[str, Any], report: Report, mean: Fraction | None) -> None:
    """The agency's budget columns of ``row``, after its capaian's: the engine's budget totals (Tabel
    3.4's TOTAL, export's ringkasan, the mail), no penyerapan with galat cells; the efisiensi of the
    ``mean`` capaian from its exact penyerapan, not from the budgets summed again."""
    penyerapan = report.total_penyerapan_exact
    row["program"] = len(report.budgets)
    row["pagu"] = report.total_pagu
    row["pagu_pk"], row["pagu_perubahan"] = _pagu_figures(report)
    row["realisasi_anggaran"] = report.total_realisasi_anggaran
    row["penyerapan"] = report.total_penyerapan
    row["galat_anggaran"] = report.galat_anggaran  # not a column: why a figure is blank (warnings())
    row["serapan_lebih"] = over_pagu(report)  # not a column: a penyerapan above 100 % (warnings())
    # The efisiensi exact, and as the Rekap sheet's row adds up (not a column: Rekap.shown())
    row["efisiensi"], row["efisiensi_tampil"], row["desimal_tampil"] = efisiensi_figures(mean, penyerapan)


def _pagu_figures(report: Report) -> tuple[float | None, float | None]:
    """The agency's pagu as the Perjanjian Kinerja signed it and its Pagu Perubahan, as a Sasaran's
    (export.node_pagu_figures): after the APBD-P of any program, the PK's pagu of every program summed
    (unknown when one is blank or galat) and the pagu used; without one, the pagu and None."""
    if not any(b.pagu_pk is not None for b in report.budgets):
        return report.total_pagu, None
    signed = formulas.known_sum([b.pagu_pk_exact for b in report.budgets])
    return (float(signed) if signed is not None else None), report.total_pagu


def periode(settings: Settings) -> str:
    """The period as the agency's report names it: "Triwulan II Tahun 2025", "Tahun 2025" for a Laporan
    Tahunan, "Semester I Tahun 2025" for a half year's, "Triwulan ? Tahun 2025" when its Triwulan is
    unreadable (its galat is in Pemeriksaan), "Triwulan II Tahun ?" when its Tahun is (as its report)."""
    s = settings
    return c.triwulan_tahun(
        s.triwulan_laporan,
        s.tahun,
        tahunan=s.laporan_tahunan,
        semester=s.semester_laporan,
        tahun_galat=s.tahun_galat,
    )


def _whose(report: Report, berkas: str) -> tuple[str, str, str]:
    return (report.settings.pemerintah_daerah, report.settings.perangkat_daerah, berkas)


def indicator_rows(report: Report, berkas: str) -> list[tuple]:
    """Every indicator of the agency as ``export --table indikator`` gives it, in INDICATOR_COLUMNS
    order (compact tuples: this is what a worker process sends back).

    Read straight from the indicators' attributes: each of these export columns is the attribute of
    the same name (``export.to_dict``), and building export's rows (every column, the hierarchy, the
    findings) only to keep these cost more than reading and computing the workbook's Ringkasan
    (tests/test_fast_paths.py compares the two on real workbooks)."""
    s = report.settings
    whose, period = _whose(report, berkas), (periode(s), s.tahun, s.triwulan_laporan)
    fields, after = attrgetter(*_INDICATOR_ATTRIBUTES), attrgetter(*_INDICATOR_ATTRIBUTES_AFTER)
    items = report.indicators
    # Kode and Indikator as the parser tells a node's indicators apart (a repeated pair is a galat
    # there, left out): unique within the workbook.
    keys = row_keys(s, [(i.kode, indicator_part(i.indikator)) for i in items])
    return [whose + fields(i) + target_figures(i) + after(i) + period + (key,) for i, key in zip(items, keys)]


def program_rows(report: Report, berkas: str) -> list[tuple]:
    """Every budget row as ``export --table anggaran`` gives it, in PROGRAM_COLUMNS order (straight
    from the budgets' attributes, as :func:`indicator_rows`; no Kode Sasaran is None, as in export)."""
    s = report.settings
    whose, named = _whose(report, berkas), periode(s)  # (the period named once, not per row)
    keys = row_keys(s, [(b.kode,) for b in report.budgets])
    return [
        (
            *whose,
            b.kode,
            b.program,
            b.kode_sasaran or None,
            b.pagu,
            *pagu_figures(b),
            b.realisasi,
            b.penyerapan,
            galat_status(b.galat) if b.galat else None,
            named,
            s.tahun,
            s.triwulan_laporan,
            key,
        )
        for b, key in zip(report.budgets, keys)
    ]


# What an agency planned, no realisasi (rekap_isi.plan_fingerprint): the columns kept of each table.
_PLAN = (
    [
        i
        for i, col in enumerate(INDICATOR_COLUMNS)
        if col.key in ("tingkat", "kode", "indikator", "satuan", "target", "target_tertulis")
    ],
    [i for i, col in enumerate(PROGRAM_COLUMNS) if col.key in ("kode", "pagu")],
)


def plan_of(report: Report, indicators: Sequence[tuple], programs: Sequence[tuple]) -> str | None:
    """The agency's plan as one digest (not a column: core.rekap_isi)."""
    return plan_fingerprint(report, indicators, programs, _PLAN)


def content_of(report: Report, indicators: Sequence[tuple], programs: Sequence[tuple]) -> str | None:
    """The agency's indicators and budget as one digest (not a column: core.rekap_isi)."""
    return fingerprint(report, indicators, programs, len(_WHOSE), len(_PERIOD_AND_KEY))
