"""The workbook contract: sheet names, headers and accepted values.

These names are a promise to users (their workbooks are built on them), so they change only with a
migration note in the CHANGELOG. Everything here is plain data: no imports beyond the standard library.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from lkj_xl.core.nama_periode import HALF_WORD, ORDINALS, QUARTER_WORDS
from lkj_xl.core.nama_periode import ROMAN as ROMAN  # quarters are written Triwulan I..IV

if TYPE_CHECKING:
    from lkj_xl.core.model import Settings

# --- input sheets -------------------------------------------------------------------------------

SHEET_PENGATURAN = "Pengaturan"
SHEET_KINERJA = "Kinerja"
SHEET_ANGGARAN = "Anggaran"
SHEET_PETUNJUK = "Petunjuk"
SHEET_ANALISIS = "Analisis"  # optional input sheet (issue 11): factors, obstacles, remedies per node
INPUT_SHEETS = (SHEET_PENGATURAN, SHEET_KINERJA, SHEET_ANGGARAN)
# Input sheets a workbook may have: read with the others (by the build and by the add-in) when present.
OPTIONAL_INPUT_SHEETS = (SHEET_ANALISIS,)

# The header row is searched for within the first HEADER_SEARCH_ROWS rows (a title block may sit above).
HEADER_SEARCH_ROWS = 10

PENGATURAN_HEADERS = ("Parameter", "Nilai")

TW_LABELS = ("TW I", "TW II", "TW III", "TW IV")
REALISASI_TW_HEADERS = tuple(f"Realisasi {tw}" for tw in TW_LABELS)

KINERJA_HEADERS = (
    "Kode",
    "Tingkat",
    "Kode Induk",
    "Uraian",
    "Indikator",
    "Satuan",
    "Polaritas",
    "Jenis Realisasi",
    "Target",
    "Target Perubahan",
    *REALISASI_TW_HEADERS,
    "Keterangan",
)

# Optional Kinerja columns (issue 11): found on the header row when present, never required.
H_REALISASI_TAHUN_LALU = "Realisasi Tahun Lalu"
H_TARGET_RENSTRA = "Target Akhir Renstra"
H_STANDAR_NASIONAL = "Standar Nasional"
H_FORMULASI = "Formulasi"
H_SUMBER_DATA = "Sumber Data"
KINERJA_OPTIONAL_NUMBERS = (H_REALISASI_TAHUN_LALU, H_TARGET_RENSTRA, H_STANDAR_NASIONAL)
KINERJA_OPTIONAL_TEXTS = (H_FORMULASI, H_SUMBER_DATA)
# "Realisasi 2024": the realisation of an earlier year (a trend), any year before Tahun.
REALISASI_TAHUN_PREFIX = "Realisasi"


def realisasi_tahun_header(tahun: int) -> str:
    """ "Realisasi 2024": the Kinerja column of an earlier year's realisation."""
    return f"{REALISASI_TAHUN_PREFIX} {tahun}"


# The optional Analisis sheet: Kode (and optionally one Indikator of it), then the points per column.
H_FAKTOR_PENDUKUNG = "Faktor Pendukung"
H_FAKTOR_PENGHAMBAT = "Faktor Penghambat"
H_UPAYA = "Upaya / Solusi"
H_TINDAK_LANJUT = "Tindak Lanjut"
ANALISIS_TEXT_HEADERS = (H_FAKTOR_PENDUKUNG, H_FAKTOR_PENGHAMBAT, H_UPAYA, H_TINDAK_LANJUT)
ANALISIS_HEADERS = ("Kode", "Indikator", *ANALISIS_TEXT_HEADERS)

ANGGARAN_HEADERS = (
    "Kode",
    "Program",
    "Kode Sasaran",
    "Pagu",
    "Pagu Perubahan",
    *REALISASI_TW_HEADERS,
)

# --- Pengaturan parameters (name -> default) ------------------------------------------------------

P_PEMDA = "Pemerintah Daerah"
P_OPD = "Perangkat Daerah"
P_TAHUN = "Tahun"
P_TRIWULAN = "Triwulan"
P_SKALA = "Skala Kriteria"
P_KEPALA = "Nama Kepala"
P_JABATAN = "Jabatan Kepala"
P_NIP = "NIP Kepala"
P_TEMPAT = "Tempat Penandatanganan"
P_TANGGAL = "Tanggal Penandatanganan"
P_BATAS = "Batas Capaian"
P_DESIMAL = "Desimal"
P_TOTAL_PAGU = "Total Pagu Perjanjian Kinerja"
P_TAHUN_AKHIR_RENSTRA = "Tahun Akhir Renstra"

# Order is the order of rows in a new workbook; the value is the default (None: must be filled).
PENGATURAN_PARAMS: dict[str, object] = {
    P_PEMDA: None,
    P_OPD: None,
    P_TAHUN: None,
    P_TRIWULAN: None,
    P_SKALA: "PermenPANRB",
    P_KEPALA: "",
    P_JABATAN: "",
    P_NIP: "",
    P_TEMPAT: "",
    P_TANGGAL: "",
    P_BATAS: "",
    P_DESIMAL: 2,
    P_TOTAL_PAGU: "",
    P_TAHUN_AKHIR_RENSTRA: "",
}

PENGATURAN_HELP: dict[str, str] = {
    P_PEMDA: "Nama pemerintah daerah, mis. Kabupaten Lumajang",
    P_OPD: "Nama perangkat daerah yang melapor",
    P_TAHUN: "Tahun laporan, mis. 2025",
    P_TRIWULAN: "Triwulan terakhir yang dilaporkan (1-4): realisasi dihitung s.d. triwulan ini; Semester I "
    "atau Semester II untuk laporan semester, Tahunan untuk laporan tahunan",
    P_SKALA: "PermenPANRB (skala laporan, bawaan) atau Permendagri 86/2017",
    P_KEPALA: "Nama kepala perangkat daerah untuk blok tanda tangan",
    P_JABATAN: "Jabatan penandatangan, mis. Kepala Dinas ...",
    P_NIP: "NIP kepala perangkat daerah",
    P_TEMPAT: "Tempat penandatanganan, mis. Lumajang",
    P_TANGGAL: "Tanggal penandatanganan (kosong: tanggal pembuatan)",
    P_BATAS: "Batas atas capaian dalam %, mis. 120 (kosong: tanpa batas)",
    P_DESIMAL: "Jumlah desimal pada tampilan persentase (bawaan 2)",
    P_TOTAL_PAGU: "Jumlah anggaran yang disepakati di Perjanjian Kinerja (Rp); bila diisi, jumlah pagu "
    "program di lembar Anggaran dicocokkan dengannya",
    P_TAHUN_AKHIR_RENSTRA: "Tahun terakhir Renstra, mis. 2029: Target Akhir Renstra di sheet Kinerja adalah "
    "target tahun itu (boleh kosong)",
}

# --- accepted values ------------------------------------------------------------------------------

TINGKAT = ("Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan")
# The level a node's parent must have.
TINGKAT_PARENT = {
    "Tujuan": None,
    "Sasaran": "Tujuan",
    "Program": "Sasaran",
    "Kegiatan": "Program",
    "Sub Kegiatan": "Kegiatan",
}

POSITIF = "Positif"
NEGATIF = "Negatif"
POLARITAS = (POSITIF, NEGATIF)
POLARITAS_ALIASES = {
    "positif": POSITIF,
    "+": POSITIF,
    "naik": POSITIF,
    "semakin tinggi semakin baik": POSITIF,
    "negatif": NEGATIF,
    # Not "-": staff write it in cells they leave empty (no data), so it stays an unknown value.
    "turun": NEGATIF,
    "tren negatif": NEGATIF,
    "semakin rendah semakin baik": NEGATIF,
    # As SAKIP documents and e-Monev exports write them.
    "positif (+)": POSITIF,
    "(+)": POSITIF,
    "positive": POSITIF,
    "meningkat": POSITIF,
    "semakin besar semakin baik": POSITIF,
    "negatif (-)": NEGATIF,
    "(-)": NEGATIF,
    "negative": NEGATIF,
    "menurun": NEGATIF,
    "semakin kecil semakin baik": NEGATIF,
    # As e-SAKIP applications name them (maximize / minimize), and in the words of the findings.
    "maksimalisasi": POSITIF,
    "maximize": POSITIF,
    "maximise": POSITIF,
    "makin tinggi makin baik": POSITIF,
    "makin besar makin baik": POSITIF,
    "minimalisasi": NEGATIF,
    "minimize": NEGATIF,
    "minimise": NEGATIF,
    "makin rendah makin baik": NEGATIF,
    "makin kecil makin baik": NEGATIF,
    # In the report's words, as the notes and findings explain a Negatif indicator (polaritas_teks).
    "semakin tinggi realisasi semakin baik": POSITIF,
    "bernilai positif": POSITIF,
    "indikator bernilai positif": POSITIF,
    "semakin rendah realisasi semakin baik": NEGATIF,
    "bernilai negatif": NEGATIF,
    "indikator bernilai negatif": NEGATIF,
}

TINGKAT_ALIASES = {
    "subkegiatan": "Sub Kegiatan",
    "sub-kegiatan": "Sub Kegiatan",
    "sub kegiatan": "Sub Kegiatan",
    "sasaran strategis": "Sasaran",
    "tujuan strategis": "Tujuan",
}

KUMULATIF = "Kumulatif"
NILAI_AKHIR = "Nilai Akhir"
RATA_RATA = "Rata-rata"
JENIS_REALISASI = (KUMULATIF, NILAI_AKHIR, RATA_RATA)
JENIS_ALIASES = {
    "kumulatif": KUMULATIF,
    "akumulasi": KUMULATIF,
    "akumulatif": KUMULATIF,
    "komulatif": KUMULATIF,  # as often misspelt
    "jumlah": KUMULATIF,
    "nilai akhir": NILAI_AKHIR,
    "akhir": NILAI_AKHIR,
    "posisi": NILAI_AKHIR,
    "posisi akhir": NILAI_AKHIR,
    "stok": NILAI_AKHIR,
    "tetap": NILAI_AKHIR,
    # the latest figure, as e-Monev and school data name a position
    "terakhir": NILAI_AKHIR,
    "nilai terakhir": NILAI_AKHIR,
    "posisi terakhir": NILAI_AKHIR,
    "rata-rata": RATA_RATA,
    "rata rata": RATA_RATA,
    "ratarata": RATA_RATA,
    "rerata": RATA_RATA,
    "rata2": RATA_RATA,  # the usual shortening
    "rata 2": RATA_RATA,
    "average": RATA_RATA,
}

SKALA_PERMENPANRB = "PermenPANRB"
SKALA_PERMENDAGRI = "Permendagri 86/2017"
SKALA = (SKALA_PERMENPANRB, SKALA_PERMENDAGRI)
# A scale named as its regulation ("Permen PAN RB No. 53 Tahun 2014", "Permendagri Nomor 86/2017"):
# its letters and digits without "nomor"/"no"/"tahun" (see skala_from_text).
SKALA_KEYS = {
    "permenpanrb": SKALA_PERMENPANRB,
    "permenpan": SKALA_PERMENPANRB,
    "permenpanrb532014": SKALA_PERMENPANRB,
    "permendagri": SKALA_PERMENDAGRI,
    "permendagri86": SKALA_PERMENDAGRI,
    "permendagri862017": SKALA_PERMENDAGRI,
}
SKALA_ALIASES = {
    "permenpanrb": SKALA_PERMENPANRB,
    "permenpan": SKALA_PERMENPANRB,
    "permenpanrb 53/2014": SKALA_PERMENPANRB,
    "permendagri 86/2017": SKALA_PERMENDAGRI,
    "permendagri": SKALA_PERMENDAGRI,
    "permendagri 86": SKALA_PERMENDAGRI,
}

KRITERIA = ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")

# --- output sheets (owned by the tool, rewritten on every build) ----------------------------------

SHEET_CAPAIAN_TS = "Capaian Tujuan Sasaran"
SHEET_CAPAIAN_PROGRAM = "Capaian Program"
SHEET_EFISIENSI = "Efisiensi"
SHEET_REALISASI_ANGGARAN = "Realisasi Anggaran"
SHEET_RINGKASAN = "Ringkasan"
SHEET_PEMERIKSAAN = "Pemeriksaan"
# Issue 11's analysis sheets. They go into OUTPUT_SHEETS after Ringkasan, in this order, before
# Pemeriksaan; a build writes them only when the workbook has an analysis input (Report.analisis_inputs).
SHEET_PERBANDINGAN = "Perbandingan Kinerja"
SHEET_ANALISIS_CAPAIAN = "Analisis Capaian"
SHEET_GRAFIK = "Grafik"
ANALYSIS_SHEETS = (SHEET_PERBANDINGAN, SHEET_ANALISIS_CAPAIAN, SHEET_GRAFIK)
OUTPUT_SHEETS = (
    SHEET_CAPAIAN_TS,
    SHEET_CAPAIAN_PROGRAM,
    SHEET_EFISIENSI,
    SHEET_REALISASI_ANGGARAN,
    SHEET_RINGKASAN,
    SHEET_PERBANDINGAN,
    SHEET_ANALISIS_CAPAIAN,
    SHEET_GRAFIK,
    SHEET_PEMERIKSAAN,
)
# Sheets with a role of their own: never the one a missing input sheet was meant to be ("Pengaturan" is
# close to "Anggaran" in spelling only).
ROLE_SHEETS = (*INPUT_SHEETS, *OPTIONAL_INPUT_SHEETS, SHEET_PETUNJUK, *OUTPUT_SHEETS)
# The signed report: every output sheet except the working sheet Pemeriksaan (the findings list is
# for staff fixing the workbook; it is printed only on request and never carries the signature).
PRINTED_SHEETS = tuple(name for name in OUTPUT_SHEETS if name != SHEET_PEMERIKSAAN)


def written_sheets(
    analisis_inputs: bool, names: Sequence[str] = OUTPUT_SHEETS, *, perbandingan: bool = True
) -> tuple[str, ...]:
    """The sheets of ``names`` a build writes: the analysis sheets only when the workbook has an
    analysis input (Report.analisis_inputs), Perbandingan Kinerja only when ``perbandingan`` (an
    indicator has a comparison figure: a Report's sheets are core.perbandingan_kosong.written_sheets);
    a rebuild without them removes the ones written before."""
    return tuple(
        n
        for n in names
        if (analisis_inputs or n not in ANALYSIS_SHEETS) and (perbandingan or n != SHEET_PERBANDINGAN)
    )


BELUM_DIKETAHUI = "Belum diketahui"

# Grade targets (predikat): well-known ordinal scales, lowest grade first. A Tujuan/Sasaran of an
# Inspektorat, BPKAD or Sekretariat often has a target such as Opini BPK "WTP" or Predikat SAKIP
# "BB": a realisasi at or above the target is 100 % (tercapai); below it no capaian is invented.
# Each grade: its code as shown, then the other ways staff write it (compared casefolded, spaces
# and dashes as one space). WTP with paragraf penjelasan is a WTP opinion (BPK counts it so).
PREDIKAT_SKALA: dict[str, tuple[tuple[str, ...], ...]] = {
    "Opini BPK": (
        (
            "TMP",
            "tidak menyatakan pendapat",
            "tidak memberikan pendapat",
            "disclaimer",
            "disclaimer of opinion",
        ),
        ("TW", "tidak wajar", "adverse"),
        ("WDP", "wajar dengan pengecualian"),
        (
            "WTP",
            "wajar tanpa pengecualian",
            "wtp dpp",
            "wtp dengan paragraf penjelasan",
            "wajar tanpa pengecualian dengan paragraf penjelasan",
        ),
    ),
    # PermenPANRB 88/2021 (earlier 12/2015): AA > A > BB > B > CC > C > D.
    "Predikat SAKIP": (("D",), ("C",), ("CC",), ("B",), ("BB",), ("A",), ("AA",)),
    # Kabupaten/Kota Layak Anak: Pratama < Madya < Nindya < Utama < Paripurna (KLA).
    "Predikat KLA": (
        ("Pratama",),
        ("Madya",),
        ("Nindya",),
        ("Utama",),
        ("Paripurna", "kla", "kla paripurna"),
    ),
}
# The meaning written beside a SAKIP code ("BB (Sangat Baik)"): accepted only beside its own code.
PREDIKAT_ARTI: dict[str, tuple[str, ...]] = {
    "AA": ("sangat memuaskan",),
    "A": ("memuaskan",),
    "BB": ("sangat baik",),
    "B": ("baik",),
    "CC": ("cukup", "cukup baik", "memadai", "cukup memadai"),
    "C": ("kurang", "agak kurang"),
    "D": ("sangat kurang", "kurang"),
}
# The meaning written beside an IKM's mutu pelayanan (PermenPANRB 14/2017, Lampiran): the same letters as
# the SAKIP's A, B, C, D, with other meanings (an IKM's A is Sangat Baik, the SAKIP's BB).
IKM_ARTI: dict[str, tuple[str, ...]] = {
    "A": ("sangat baik",),
    "B": ("baik",),
    "C": ("kurang baik",),
    "D": ("tidak baik",),
}
# Words staff write before a grade ("Opini WTP", "Predikat BB", "KLA Madya"): dropped before matching.
PREDIKAT_AWALAN = ("opini bpk", "opini", "predikat sakip", "predikat kla", "predikat", "nilai sakip", "kla")
# Words an accreditation is written with ("Terakreditasi Paripurna", "Lulus Tingkat Paripurna", as a
# hospital's KARS certificate and its LKjIP say): dropped before the grades in words (Madya, Utama,
# Paripurna) only; an akreditasi's letter ("Terakreditasi A") is no SAKIP grade.
PREDIKAT_AWALAN_AKREDITASI = (
    "terakreditasi tingkat",
    "terakreditasi",
    "akreditasi tingkat",
    "akreditasi",
    "lulus tingkat",
    "lulus",
)
# Shown instead of a figure whose input cells could not be read, with the cells named.
GALAT_LABEL = "Galat"


# (a whole cell is the quarter: "Tri Wulan 2" and "Q2" are read there too)
_QUARTER_PREFIXES = (*QUARTER_WORDS, "tri wulan", "q")


# The quarter in words, after "ke" ("kedua" -> "dua"; "keempat" -> "empat").
_QUARTER_WORDS = ORDINALS


# The annual report typed as the year: s.d. Triwulan IV.
_TAHUNAN = frozenset({"tahunan", "laporan tahunan", "akhir tahun"})


def is_tahunan(text: str) -> bool:
    """The Triwulan typed as the year's report: "Tahunan", "Laporan Tahunan", "Akhir Tahun"."""
    return tidy_text(text.casefold().replace(".", " ").replace("-", " ")) in _TAHUNAN


# A half year typed as the Triwulan: "Semester", "Smt", "Sem" before its number ("Sem. II", "Sem 2",
# "Sem-II"; "Semua" is no half year; "S2" stays unreadable: a Sasaran's Kode is written so).
HALF_YEAR = re.compile(HALF_WORD, re.IGNORECASE)


# A Roman numeral typed with a lower-case L for its I ("Semester l", "TW lV"), after a word and its space,
# dot or dash: only there, so a lone "l" or an "L" stays unread.
_NUMERAL_WITH_L = re.compile(r"(?<=[a-zA-Z][\s.-])\s*[IVl]*l[IVl]*$")


def triwulan_from_text(text: str) -> int | None:
    """A quarter typed as staff write it: "2", "II", "TW 2", "TW. II", "TW-II", "Triwulan II", "ke-2",
    "Triwulan Kedua", "Semester I", "Sem. I", "Semester l" -> 2; "Tahunan" -> 4; None for anything else
    (then it is read as a number, with its galat)."""
    text = _NUMERAL_WITH_L.sub(lambda found: found.group().replace("l", "I"), text.rstrip())
    if is_tahunan(text):  # the year's report (the LKjIP proper) is reported s.d. TW IV
        return 4
    key = tidy_text(text.casefold().replace(".", " ").replace("-", " "))
    half_year = HALF_YEAR.match(key)  # "Semester I" is reported s.d. TW II, "Semester II" s.d. TW IV
    if half_year:
        half = triwulan_from_text(key[half_year.end() :])
        return 2 * half if half in (1, 2) else None
    for prefix in _QUARTER_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix) :].strip()
            break
    if key.startswith("ke"):  # "ke-2", "Triwulan Kedua"
        key = key[2:].strip()
    if key in ("1", "2", "3", "4"):
        return int(key)
    if key in _QUARTER_WORDS:
        return _QUARTER_WORDS[key]
    numeral = key.upper()
    return ROMAN.index(numeral) + 1 if numeral in ROMAN else None


def skala_from_text(text: str) -> str | None:
    """The scale a Skala Kriteria cell names, also as its regulation is written ("Permen PANRB",
    "PermenPAN-RB", "Permendagri No. 86 Tahun 2017"); None for any other text (a year other than the
    regulation's, "Permen PANRB 2021", names another regulation)."""
    words = "".join(ch if ch.isalnum() else " " for ch in normalize_label(text)).split()
    key = "".join(w for w in words if w not in ("no", "nomor", "tahun", "thn", "th"))
    return match_choice(text, SKALA, SKALA_ALIASES) or SKALA_KEYS.get(key)


def roman(triwulan: int) -> str:
    """Roman numeral of a quarter (1 -> "I"); other values as they are."""
    return ROMAN[triwulan - 1] if isinstance(triwulan, int) and 1 <= triwulan <= 4 else str(triwulan)


def tw_label(triwulan: int, galat: str = "") -> str:
    """A quarter in a column header: "TW II" ("TW ?" when the Triwulan is unreadable: ``galat``)."""
    return f"TW {roman(triwulan) if not galat else '?'}"


# A quarter or a half year as a column title names it ("Realisasi s.d. TW IV", "Realisasi s.d.
# Semester II"): printed, "TW" or "Semester" must not end a line.
QUARTER_LABEL = re.compile(r"\b(?:TW|Semester) (?:IV|I{1,3})\b")


# What an unreadable Triwulan withholds (its galat's last words).
TRIWULAN_UNKNOWN = (
    "triwulan laporan tidak diketahui: realisasi s.d. triwulan, capaian dan realisasi anggaran tidak dihitung"
)


def triwulan_tahun(
    triwulan: int | None,
    tahun: int | None,
    galat: str = "",
    tahunan: bool = False,
    semester: int | None = None,
    tahun_galat: bool = False,
) -> str:
    """ "Triwulan II Tahun 2025" (without the year when it is unknown): the period in a title or a mail.
    ``galat``: the unreadable Triwulan's cell (Settings.triwulan_galat), named instead of a quarter;
    a quarter unknown (None, as a rekap row of such a workbook has it) is "Triwulan ?" too.
    ``tahunan``: the year's report (Settings.laporan_tahunan): "Tahun 2025" when the year is known.
    ``semester``: the half year typed (Settings.semester_laporan, 1 or 2): "Semester I Tahun 2025".
    ``tahun_galat``: the Tahun typed but unreadable (Settings.tahun_galat): "Tahun ?" where it belongs."""
    year = tahun or ("?" if tahun_galat else None)
    if tahunan and year and not galat:
        return f"Tahun {year}"
    text = f"Triwulan {roman(triwulan) if triwulan is not None and not galat else '?'}"
    text = f"Semester {roman(semester)}" if semester and not galat else text
    text = f"{text} Tahun {year}" if year else text
    return f"{text} ({GALAT_LABEL}: Triwulan di {galat} tidak terbaca)" if galat else text


def periode(
    triwulan: int,
    tahun: int | None,
    galat: str = "",
    tahunan: bool = False,
    semester: int | None = None,
    tahun_galat: bool = False,
) -> str:
    """ "s.d. Triwulan II Tahun 2025": the period under every output table's title; the year's report
    (``tahunan``, the year known): "Tahun 2025"; a half year typed (``semester``): "Semester I Tahun 2025"
    (Semester I is s.d. TW II, a period of its own: no "s.d."), "s.d. Semester II Tahun 2025" (its
    figures are counted from TW I: "Semester II" alone would say July to December spent them).
    ``tahun_galat``: the Tahun unreadable, "Tahun ?" (as triwulan_tahun)."""
    if tahunan and (tahun or tahun_galat) and not galat:
        return f"Tahun {tahun or '?'}"
    if semester and not galat:
        half = triwulan_tahun(triwulan, tahun, semester=semester, tahun_galat=tahun_galat)
        return f"s.d. {half}" if semester == 2 else half
    return f"s.d. {triwulan_tahun(triwulan, tahun, galat, tahun_galat=tahun_galat)}"


def periode_laporan(s: Settings) -> str:
    """The report's own period (``periode``) as its Pengaturan names it: quarter, half year or year."""
    return periode(
        s.triwulan, s.tahun, s.triwulan_galat, s.laporan_tahunan, s.semester_laporan, s.tahun_galat
    )


def periode_kolom(s: Settings) -> str:
    """The report's period in a column header, before its year: "s.d. TW II"; a half year's report
    as its title names it (``periode``): "Semester I", "s.d. Semester II"."""
    return sd_label(s.triwulan, s.triwulan_galat, semester=s.semester_laporan)


def sd_label(
    triwulan: int, galat: str = "", tahun_tahunan: int | None = None, semester: int | None = None
) -> str:
    """The period a realisasi is counted over, after "realisasi": "s.d. TW II"; the year's report
    (Settings.tahun_tahunan): "Tahun 2025"; a half year's report (Settings.semester_laporan) at its
    last quarter, as its title names it (``periode``): "Semester I", "s.d. Semester II"."""
    if tahun_tahunan:
        return f"Tahun {tahun_tahunan}"
    if semester and not galat and triwulan == 2 * semester:
        return periode(triwulan, None, semester=semester)
    return f"s.d. {tw_label(triwulan, galat)}"


def sd_laporan(s: Settings) -> str:
    """The report's own period after "realisasi" (:func:`sd_label`): "s.d. TW II", "Tahun 2025",
    "Semester I", "s.d. Semester II": every output's words for the realisation counted."""
    return sd_label(s.triwulan, s.triwulan_galat, s.tahun_tahunan, s.semester_laporan)


def realisasi_sd_label(s: Settings) -> str:
    """The capaian tables' column of the realisation counted: "Realisasi s.d. TW II"; the year's
    report: "Realisasi Tahun 2025"; a half year's: "Realisasi Semester I", "Realisasi s.d. Semester II"."""
    return f"Realisasi {sd_laporan(s)}"


# Invisible characters a paste from a PDF, Word or a web page leaves in a cell (zero-width space and
# joiners, word joiner, byte order mark, soft hyphen, direction marks): removed, so that "S1" + U+200B
# is the Kode "S1" it shows and "nihil" + U+200B is zero.
_INVISIBLE = dict.fromkeys(
    (
        0x00AD,
        0x200B,
        0x200C,
        0x200D,
        0x200E,
        0x200F,
        0x2060,
        0xFEFF,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
)


def tidy_text(text: str) -> str:
    """A cell's text as it shows: invisible characters removed, surrounding and repeated spaces (any
    Unicode space, line breaks) as one space."""
    if not text.isascii():
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())


def normalize_label(text: object) -> str:
    """Header/parameter matching key: case-insensitive, surrounding and repeated spaces ignored."""
    if type(text) is str:
        return _label_key(text)
    return tidy_text(str(text)).casefold() if text is not None else ""


@functools.lru_cache(maxsize=4096)
def _label_key(text: str) -> str:
    """normalize_label of a text (cached: every row repeats Tingkat, Polaritas, Jenis Realisasi)."""
    return tidy_text(text).casefold()


def match_choice(
    text: object, canonical: Sequence[str], aliases: Mapping[str, str] | None = None
) -> str | None:
    """The canonical value a dropdown cell or a function argument means ("posisi" -> "Nilai Akhir"),
    compared as :func:`normalize_label` does; None when it names none."""
    if type(text) is str and text in canonical:  # picked from the dropdown (nearly every cell)
        # (the canonical names' keys differ from one another: the one it equals is the one it names)
        return canonical[canonical.index(text)]
    key = normalize_label(text)
    for name in canonical:
        if normalize_label(name) == key:
            return name
    if aliases:
        return aliases.get(key) or aliases.get(key.replace("-", " ")) or None
    return None
