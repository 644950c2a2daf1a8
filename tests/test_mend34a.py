"""Mend 34a: what review revA found in reader12 (half-year and year-end reports as their signer reads them).

1. A quarterly Triwulan I/III/IV report: "target s.d. Semester I", "capaian s.d. Semester I Tahun
   2025 sebesar 45%", "realisasi anggaran sampai dengan semester I" (ordinary mentions of the half
   year) got a peringatan and the Word document a "[isi: ...]" placeholder instead of the text.
2. "Laporan Pelaksanaan Kinerja Triwulan IV ini" in the year's report (a word before the title's
   "Kinerja") was no longer pointed out.
3. The seed's Kata Pengantar with Semester I ("Laporan Kinerja (LKj) Semester I Dinas ... Tahun
   Anggaran 2025 dapat diselesaikan") in a Triwulan III report, and "Laporan Kinerja Instansi
   Pemerintah (LKjIP) Triwulan IV Tahun 2025 ini" in the year's report, were read by no check.
4. Pengaturan Triwulan "Semester I (s/d Triwulan II)" (the seed writes "s/d") was a galat at B6
   saying "(s/d Triwulan II)" is not Semester I.
5. Grafik: a trend of large figures was labelled "36,0 juta" beside the cell 36.001.600 (90,004 %,
   Sangat Tinggi; the label recomputes 90,0 %, Tinggi).
6. The peringatan named three periods "Triwulan II dan Semester I dan Triwulan III".
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from lkj_xl.core.model import GALAT, Cell
from lkj_xl.core.narasi import parse_narasi, triwulan_lain
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_grafik import hand_report
from tests.test_reader12 import trend_points
from tests.test_staff_round5 import BASE

SEED_KATA_PENGANTAR = (
    "Puji Syukur kami panjatkan kehadirat Allah SWT, atas limpahan rahmat dan hidayah-Nya, sehingga "
    "Laporan Kinerja (LKj) {periode} Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten "
    "Lumajang Tahun Anggaran {tahun} dapat diselesaikan dengan baik."
)

# (text, triwulan, tahunan, semester, what is named as another period); the report is of 2025.
# Expected by reading each text as the head of agency signing that report would.
NARASI = [
    # 1. the half year mentioned in a quarterly report: a period compared or aimed at, not the report's
    (
        "Upaya yang dilakukan agar target s.d. Semester I dapat tercapai adalah percepatan kegiatan.",
        1,
        False,
        None,
        [],
    ),
    (
        "Capaian s.d. Semester I Tahun 2025 sebesar 45% meningkat menjadi 70% pada akhir September 2025.",
        3,
        False,
        None,
        [],
    ),
    ("Dibandingkan dengan capaian s.d. Semester I, capaian meningkat menjadi 70%.", 3, False, None, []),
    # (narasi53) ... but up to it with its figure, in Triwulan III, is the Semester I (Triwulan II) report's
    # figure left, as "Realisasi anggaran s.d. TW II sebesar 40%" names Triwulan II there (was: a mention)
    ("Realisasi anggaran sampai dengan semester I sebesar 40%.", 3, False, None, ["Semester I"]),
    ("Realisasi anggaran s/d Semester I diharapkan mencapai 50% dari pagu.", 1, False, None, []),
    ("Capaian kinerja s.d. Semester I disajikan berikut.", 4, False, None, []),
    # ... a half year's title left in a quarterly report still is
    (
        "Laporan Kinerja Semester I Tahun 2025 ini disusun sebagai bahan evaluasi.",
        3,
        False,
        None,
        ["Semester I"],
    ),
    ("Laporan Kinerja Semester I ini disusun.", 1, False, None, ["Semester I"]),
    ("Laporan Hasil Kinerja Semester I ini disusun.", 4, False, None, ["Semester I"]),
    # and a half year's report cited is not
    ("Laporan ini melengkapi Laporan Kinerja Semester I yang telah disampaikan.", 3, False, None, []),
    ("Sesuai Laporan Kinerja Semester I, capaian ini meningkat.", 3, False, None, []),
    ("Sesuai Laporan Kinerja Semester I, kegiatan dapat diselesaikan tepat waktu.", 3, False, None, []),
    # this report's own title with a half year's name
    ("Penyusunan Laporan Kinerja Semester I ini melibatkan seluruh bidang.", 3, False, None, ["Semester I"]),
    # 2. a word or two before the title's word: still the report's title
    ("Laporan Pelaksanaan Kinerja Triwulan IV ini disusun sebagai evaluasi.", 4, True, None, ["Triwulan IV"]),
    ("Laporan Realisasi Kinerja Triwulan IV ini disusun sebagai evaluasi.", 4, True, None, ["Triwulan IV"]),
    (
        "Laporan Evaluasi Kinerja Triwulan IV ini disusun sebagai bahan evaluasi.",
        4,
        True,
        None,
        ["Triwulan IV"],
    ),
    # Semester II's report (s.d. Triwulan IV): the first half year's title left in it
    ("Laporan Hasil Kinerja Semester I ini disusun.", 4, False, 2, ["Semester I"]),
    # ... while other reports of a period inside this one stay mentions
    ("Data diambil dari laporan monev semester II.", 4, True, None, []),
    ("Berdasarkan laporan realisasi fisik triwulan IV, realisasi fisik mencapai 100%.", 4, True, None, []),
    ("Data diambil dari laporan monev semester I.", 2, False, 1, []),
    # 3. the seed's Kata Pengantar with a half year, in a quarterly report of another quarter
    (SEED_KATA_PENGANTAR.format(periode="Semester I", tahun=2025), 1, False, None, ["Semester I"]),
    (SEED_KATA_PENGANTAR.format(periode="Semester I", tahun=2025), 3, False, None, ["Semester I"]),
    (SEED_KATA_PENGANTAR.format(periode="Semester I", tahun=2025), 4, False, None, ["Semester I"]),
    # ... its own period's (Semester I is s.d. Triwulan II) is not
    (SEED_KATA_PENGANTAR.format(periode="Semester I", tahun=2025), 2, False, None, []),
    # another year's: this report's own title (Kata Pengantar's "... dapat diselesaikan") with the year
    # before is a leftover since narasi2 (tests/test_narasi_periode_lain.py: "LKjIP Tahun 2024 ini
    # disusun" in the 2025 report; revnarasi2 took the seed's Kata Pengantar with Tahun Anggaran 2024);
    # it was quiet here when only the period was read, and is named with its year
    (SEED_KATA_PENGANTAR.format(periode="Semester I", tahun=2024), 3, False, None, ["Semester I Tahun 2024"]),
    # the long name of the report before its quarter, in the year's report
    (
        "Laporan Kinerja Instansi Pemerintah (LKjIP) Triwulan IV Tahun 2025 ini disusun.",
        4,
        True,
        None,
        ["Triwulan IV"],
    ),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester", "named"), NARASI)
def test_a_narasi_text_naming_another_period(teks, triwulan, tahunan, semester, named):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == named


def test_an_ordinary_mention_of_the_half_year_keeps_its_text_in_the_document():
    """Triwulan III 2025: "s.d. Semester I" compares, no peringatan (the Word document prints the text)."""
    report = report_with_pengaturan([*BASE, ["Triwulan", "III"]])
    teks = "Capaian s.d. Semester I Tahun 2025 sebesar 45% meningkat menjadi 70% pada akhir September 2025."
    narasi = parse_narasi(
        [[Cell("Bagian"), Cell("Teks")], [Cell("Kata Pengantar"), Cell(teks)]], settings=report.settings
    )
    assert report.settings.triwulan == 3
    assert [f.pesan for f in narasi.findings] == []


def test_three_periods_named_are_listed_the_indonesian_way():
    """A combined title of Triwulan II and Semester I beside "Triwulan III" in a Triwulan I report:
    three periods, "A, B dan C" (kalimat.daftar), not "A dan B dan C"."""
    report = report_with_pengaturan([*BASE, ["Triwulan", "I"]])
    teks = "Laporan Kinerja Triwulan II dan Semester I Tahun 2025 ini disusun sebagai evaluasi triwulan III."
    narasi = parse_narasi(
        [[Cell("Bagian"), Cell("Teks")], [Cell("Kata Pengantar"), Cell(teks)]], settings=report.settings
    )
    (said,) = [f.pesan for f in narasi.findings]
    assert "menyebut Triwulan II, Semester I dan Triwulan III, tetapi laporan ini Triwulan I" in said


# --- 4. Pengaturan: a half year "s/d" its last quarter, as the seed writes "s/d" ---------------------------


@pytest.mark.parametrize(
    ("typed", "triwulan", "semester"),
    [
        # Semester I is Triwulan I and II (Januari-Juni), s/d TW II; Semester II s/d TW IV
        ("Semester I (s/d Triwulan II)", 2, 1),
        ("Semester II (s/d TW IV)", 4, 2),
        ("Semester I (TW I s/d TW II)", 2, 1),
        ("Semester II (TW III s/d IV)", 4, 2),
    ],
)
def test_a_half_year_up_to_its_last_quarter_with_s_slash_d_is_read(typed, triwulan, semester):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert not pengaturan_findings(report, "B6", GALAT)
    assert (report.settings.triwulan, report.settings.semester_laporan) == (triwulan, semester)


@pytest.mark.parametrize(
    "typed", ["Semester I (s/d TW III)", "Semester II (s/d TW II)", "Semester I (TW I s/d TW III)"]
)
def test_a_half_year_s_slash_d_another_quarter_stays_galat(typed):
    # Semester I ends with Triwulan II, Semester II with Triwulan IV
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == "Pengaturan!B6"


# --- 5. A trend of large figures is labelled so that its kriteria can be read back --------------------------


def test_a_trend_of_large_figures_is_labelled_as_its_cells():
    rep = hand_report()
    (inv,) = [i for i in rep.indicators if i.indikator == "Nilai Investasi"]
    inv.realisasi_tahun = {2023: 10e6, 2024: 20e6}
    inv.pembanding.tahun_lalu = 12e6
    # Rp 36.001.600 of Rp 40.000.000 is 90,004 % (36.001.600 / 40.000.000 x 100), Sangat Tinggi; a
    # label "36,0 juta" reads back 36/40 = 90,0 % (Tinggi). Earlier years Rp 10, 20 and 12 juta.
    capaian = F(36_001_600, 40_000_000) * 100
    assert capaian == F(900040, 10000)  # 90,004
    seen = trend_points(rep, 40_000_000, 36_001_600, capaian)
    # whole rupiah: each cell shows the figure in full, the label the same
    assert seen == [
        ("10.000.000", "10.000.000"),
        ("20.000.000", "20.000.000"),
        ("12.000.000", "12.000.000"),
        ("36.001.600", "36.001.600"),
    ]
