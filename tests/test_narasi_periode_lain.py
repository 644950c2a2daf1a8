"""Narasi leftover check (narasi2): reviewers' verdicts the earlier decisions left open, taken here.

Staff copy last period's texts into this period's workbook; the check points out a sentence that
belongs to another period (a peringatan and "[isi: ...]" under staff's paragraph in Word) and stays
quiet on honest ones. Taken (each with honest sentences of the same shape that stay quiet, written as
the seed report, /work/shared/seeds/000_237f033edcd5cb60.txt, writes its narrative):

1. A plan dated by a month the report has already covered ("akan dilaksanakan pada bulan Agustus 2025"
   in Triwulan III): written before that month, a leftover "rencana untuk bulan Agustus 2025".
2. This report's own title naming another year ("LKjIP Tahun 2024 ini disusun ..." in the 2025
   report): left from last year's document.
3. "Pada TW III, sesuai jadwal, akan ..." plans for Triwulan III as "Pada TW III akan ..." does.
4. In Semester II, Semester I's figure stated alone ("Capaian kinerja Semester I sebesar 48%"), as
   "Capaian Triwulan I sebesar 25%" is in Triwulan II.
5. An activity told as done in an earlier quarter of the year ("telah dilaksanakan pada Triwulan I" in
   Triwulan II): history told as history, quiet.

Judged and left (the reason beside each in tests/test_mend36e.py, test_mend36g.py, test_mend36h.py):
"triwulan berikutnya" in Triwulan IV, an earlier quarter without a done-word before it, "dan"/"yang"
inside a plan's subject.

Reports: T1..T4 Triwulan, S1/S2 Semester, Y the year's report (tests/test_mend36e.py's codes); the
periods expected are read off each sentence by hand.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import Cell
from lkj_xl.core.narasi import parse_narasi
from tests.test_mend36e import _lain
from tests.test_narasi1 import tindak_lanjut

# (text, report, its year, the periods named)
MONTH_PLANS = [
    # Agustus and September are Triwulan III's months; Maret 2025 ended before it began
    ("Pelatihan digital marketing akan dilaksanakan pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"]),
    ("Kegiatan Bazar Ramadhan akan dilaksanakan pada bulan Maret 2025.", "T3", 2025, ["rencana untuk bulan Maret 2025"]),
    ("Pada bulan Agustus 2025, kegiatan pameran akan dilaksanakan di alun-alun.", "T3", 2025, ["rencana untuk bulan Agustus 2025"]),
    # a range: its last month counts (Agustus, still Triwulan III's)
    ("Pelatihan akan dilaksanakan pada bulan Juli – Agustus 2025.", "T3", 2025, ["rencana untuk bulan Juli – Agustus 2025"]),
    # without a year: a month of the reported period (Desember in the year's report, Agustus in Semester II)
    ("Pasar murah akan digelar pada bulan Desember menjelang Natal dan Tahun Baru.", "Y", 2025, ["rencana untuk bulan Desember"]),
    ("Sosialisasi akan dilaksanakan pada bulan Agustus.", "S2", 2025, ["rencana untuk bulan Agustus"]),
    # an earlier year's month
    ("Pelatihan akan dilaksanakan pada bulan November 2025.", "T1", 2026, ["rencana untuk bulan November 2025"]),
    # a month of a quarter the same sentence plans for is that plan, said once
    ("Pada Triwulan IV akan dilakukan percepatan pada bulan Desember.", "T4", 2025, ["rencana untuk Triwulan IV"]),
]  # fmt: skip

MONTHS_QUIET = [
    # history: done, a past plan done or moved, the plan turned
    ("Pelatihan digital marketing telah dilaksanakan pada bulan Agustus 2025.", "T3", 2025),
    ("Pelatihan yang direncanakan pada bulan Agustus 2025 telah terlaksana dengan 40 peserta.", "T3", 2025),
    ("Pameran produk UMKM yang semula dijadwalkan pada bulan Agustus diundur ke bulan Oktober 2025.", "T3", 2025),
    ("Kegiatan bimtek akan dilaksanakan pada bulan Agustus 2025, namun karena refocusing anggaran baru terlaksana pada bulan Oktober.", "T3", 2025),
    # a later month, a later year's, the same plan in the report before
    ("Pelatihan lanjutan akan dilaksanakan pada bulan Oktober 2025.", "T3", 2025),
    ("Pelatihan akan dilaksanakan pada bulan September – Oktober 2025.", "T3", 2025),
    ("Pasar murah akan kembali digelar pada bulan Maret 2026 menjelang Ramadhan.", "T4", 2025),
    ("Kegiatan yang belum terlaksana akan dilaksanakan pada bulan Februari 2026.", "Y", 2025),
    ("Pelatihan akan dilaksanakan pada bulan Agustus tahun depan.", "T3", 2025),
    ("Pelatihan digital marketing akan dilaksanakan pada bulan Agustus 2025.", "T2", 2025),
    # the year's report is written in the next year: a month without a year before its last quarter
    # may be the next year's
    ("Sisa pembayaran akan diselesaikan pada bulan Februari.", "Y", 2025),
    # data still to come; the month opening another clause
    ("Realisasi bulan September akan diperbarui setelah rekonsiliasi pada bulan September 2025.", "T3", 2025),
    ("Pada bulan Agustus 2025 capaian belum optimal sehingga akan dilakukan evaluasi.", "T3", 2025),
]  # fmt: skip

TITLES = [
    ("LKjIP Tahun 2024 ini disusun sebagai bentuk pertanggungjawaban.", "T3", 2025, ["Tahun 2024"]),
    ("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban.", "Y", 2026, ["Tahun 2025"]),
    # the Kata Pengantar's closing, as the seed's "sehingga Laporan Kinerja (LKj) Triwulan II Dinas ...
    # Tahun Anggaran 2025 dapat diselesaikan dengan baik"
    ("Puji syukur kami panjatkan, sehingga Laporan Kinerja (LKj) Triwulan IV Dinas Koperasi Tahun Anggaran 2024 dapat diselesaikan dengan baik.", "T4", 2025, ["Triwulan IV Tahun 2024"]),
    ("Puji syukur kami panjatkan, sehingga LKjIP Dinas Koperasi Tahun 2024 dapat diselesaikan dengan baik.", "Y", 2025, ["Tahun 2024"]),
]  # fmt: skip

TITLES_QUIET = [
    # the report's own year
    ("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan Renja.", "Y", 2025),
    ("Laporan Kinerja Triwulan II Tahun 2025 ini disusun secara sistematis dan terukur.", "T2", 2025),
    # last year's report named as history: followed up, used, compared with, cited
    ("Rekomendasi atas LKjIP Tahun 2024 ini telah ditindaklanjuti seluruhnya.", "T3", 2025),
    ("Hasil evaluasi atas LKjIP Tahun 2024 ini menjadi dasar perbaikan penyusunan laporan kinerja.", "T3", 2025),
    ("Laporan Kinerja Dinas Koperasi Tahun 2024 ini menjadi acuan penyusunan target.", "T3", 2025),
    ("Dibandingkan dengan LKjIP Tahun 2024, Laporan Kinerja ini memuat 2 indikator baru.", "Y", 2025),
    ("Sebagaimana tercantum dalam LKjIP Tahun 2024, capaian indikator ini sebesar 88%.", "Y", 2025),
    ("Nilai evaluasi SAKIP atas LKjIP Tahun 2024 adalah 65,21 (predikat B).", "Y", 2025),
    ("Penyusunan LKjIP Tahun 2024 telah disampaikan kepada Inspektorat pada bulan Februari 2025.", "Y", 2025),
]  # fmt: skip

ADJUNCT_PLANS = [
    ("Pada TW III, sesuai jadwal, akan dilaksanakan pelatihan UMKM.", "T3", 2025, ["rencana untuk Triwulan III"]),
    ("Pada TW III sesuai jadwal, akan dilaksanakan pelatihan UMKM.", "T3", 2025, ["rencana untuk Triwulan III"]),
    ("Pada Triwulan IV, sesuai jadwal, kegiatan pameran akan digelar di alun-alun.", "T4", 2025, ["rencana untuk Triwulan IV"]),
    ("Pada Semester II, sesuai jadwal, akan dilakukan pembinaan koperasi.", "S2", 2025, ["rencana untuk Semester II"]),
]  # fmt: skip

ADJUNCT_QUIET = [
    # a later quarter (named "Triwulan IV" before narasi2: the comma hid the plan), a later year's
    ("Pada TW IV, sesuai jadwal, akan dilaksanakan pameran produk UMKM.", "T3", 2025),
    ("Pada Triwulan I Tahun 2026, sesuai jadwal, akan dilaksanakan pelatihan lanjutan.", "T4", 2025),
    ("Pada Semester II, sesuai jadwal, akan dilaksanakan pembinaan koperasi.", "S1", 2025),
    ("Pada TW III, sesuai jadwal, akan dilaksanakan pelatihan UMKM.", "T2", 2025),
    # history, the plan with its result, turned, or the period's state
    ("Pada TW III, sesuai jadwal, telah dilaksanakan pelatihan bagi 40 pelaku usaha.", "T3", 2025),
    ("Pada TW III, sesuai jadwal, pelatihan direncanakan bagi 40 peserta dengan realisasi 40 orang.", "T3", 2025),
    ("Pada TW III, sesuai jadwal, akan dilaksanakan pelatihan, namun baru terlaksana 60%.", "T3", 2025),
    ("Pada TW III, sesuai jadwal, capaian belum optimal sehingga akan dilakukan evaluasi.", "T3", 2025),
]  # fmt: skip

HALF_YEAR = [
    ("Capaian kinerja Semester I Tahun 2025 sebesar 48% atau tergolong sedang.", "S2", 2025, ["Semester I"]),
    ("Realisasi anggaran Semester I mencapai Rp 6.835.975.140 atau 36%.", "S2", 2025, ["Semester I"]),
]  # fmt: skip

HALF_YEAR_QUIET = [
    # the own period named beside it, comparisons, another year's, the report before
    ("Capaian Semester I sebesar 48%, sedangkan capaian Semester II sebesar 92%.", "S2", 2025),
    ("Capaian Semester I sebesar 48%, sedangkan capaian s.d. Triwulan IV sebesar 97%.", "S2", 2025),
    ("Capaian Semester I sebesar 48% dan pada semester ini meningkat menjadi 92%.", "S2", 2025),
    ("Dibandingkan dengan capaian Semester I sebesar 48%, capaian kinerja meningkat menjadi 92%.", "S2", 2025),
    ("Jika dibandingkan dengan realisasi Semester I yang sebesar 40%, realisasi anggaran naik menjadi 95%.", "S2", 2025),
    ("Realisasi Smt I Tahun 2024 sebesar 45% menjadi dasar penetapan target tahun 2025.", "S2", 2025),
    ("Capaian kinerja Semester I sebesar 48% atau tergolong sedang.", "S1", 2025),
    ("Capaian Semester I sebesar 48% dan pada triwulan III meningkat menjadi 70%.", "T3", 2025),
]  # fmt: skip

DONE_EARLIER = [
    # history told as history, as the seed's "(telah dilaksanakan di triwulan I)"
    ("Pelatihan pemasaran online telah dilaksanakan di triwulan I.", "T2", 2025),
    ("Bimtek RAT bagi pengurus koperasi sudah dilaksanakan pada TW II sebanyak 2 angkatan.", "T3", 2025),
    ("Pasar murah telah digelar di triwulan I menjelang bulan Ramadhan.", "T3", 2025),
    ("Fasilitasi sertifikasi halal bagi 40 IKM telah diselesaikan pada Triwulan II Tahun 2025.", "T4", 2025),
    ("Sosialisasi SI DILAN telah dilakukan pada Semester I di 21 kecamatan.", "S2", 2025),
    ("Pelatihan digital marketing telah dilaksanakan pada Triwulan I.", "Y", 2025),
]  # fmt: skip

DONE_EARLIER_LEFTOVER = [
    # another mention of the earlier quarter, or a figure "telah mencapai": still the quarter's own text
    ("Capaian Triwulan I sebesar 25% karena pelatihan telah dilaksanakan pada Triwulan I.", "T2", 2025, ["Triwulan I"]),
    ("Capaian kinerja telah mencapai 25% pada Triwulan I.", "T2", 2025, ["Triwulan I"]),
    ("Anggaran kegiatan pelatihan telah direalisasikan pada Triwulan I sebesar 25%.", "T2", 2025, ["Triwulan I"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("teks", "kode", "tahun", "named"),
    [*MONTH_PLANS, *TITLES, *ADJUNCT_PLANS, *HALF_YEAR, *DONE_EARLIER_LEFTOVER],
)
def test_a_leftover_names_its_periods(teks, kode, tahun, named):
    assert _lain(teks, kode, tahun) == named


@pytest.mark.parametrize(
    ("teks", "kode", "tahun"),
    [*MONTHS_QUIET, *TITLES_QUIET, *ADJUNCT_QUIET, *HALF_YEAR_QUIET, *DONE_EARLIER],
)
def test_an_honest_sentence_stays_quiet(teks, kode, tahun):
    assert _lain(teks, kode, tahun) == []


def test_a_month_plan_is_explained_alike_in_the_peringatan_and_in_word():
    """Triwulan III 2025: why the month's plan is wrong, one text at its cell and under the paragraph."""
    teks = "Pelatihan digital marketing akan dilaksanakan pada bulan Agustus 2025."
    narasi, texts = tindak_lanjut(3, teks)
    uraian = (
        "masih menyebut rencana untuk bulan Agustus 2025, padahal laporan ini melaporkan hasil "
        "Triwulan III Tahun 2025 yang sudah berakhir"
    )
    pesan = (
        f'Teks Bagian "Tindak Lanjut" {uraian} (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini'
    )
    tanda = f'[isi: teks ini {uraian}; perbarui teksnya (sheet Narasi, Bagian "Tindak Lanjut")]'
    assert ([f.pesan for f in narasi.findings], texts) == ([pesan], [teks, tanda])


def test_another_years_title_gets_a_peringatan_at_its_cell():
    """The Pendahuluan left from the 2024 workbook in the Triwulan II 2025 one (the report's year from
    Pengaturan, tests/test_staff_round5.py BASE)."""
    from tests.helpers_staff import report_with_pengaturan
    from tests.test_staff_round5 import BASE

    teks = "LKjIP Tahun 2024 ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan Renja."
    report = report_with_pengaturan([*BASE, ["Triwulan", 2]])
    rows = [[Cell("Bagian"), Cell("Teks")], [Cell("Pendahuluan"), Cell(teks)]]
    narasi = parse_narasi(rows, settings=report.settings)
    assert [(f.sel, f.pesan) for f in narasi.findings] == [
        (
            "B2",
            'Teks Bagian "Pendahuluan" menyebut Tahun 2024, tetapi laporan ini Triwulan II Tahun 2025 '
            "(Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini",
        )
    ]
    assert narasi.lain == {"Pendahuluan": {0: ["Tahun 2024"]}}


@pytest.mark.parametrize(
    "teks",
    [
        "Pelatihan pemasaran online telah dilaksanakan di triwulan I.",
        "Pada TW IV, sesuai jadwal, akan dilaksanakan pameran produk UMKM.",
        "Pelatihan lanjutan akan dilaksanakan pada bulan Oktober 2025.",
    ],
)
def test_an_honest_cell_gets_no_peringatan_nor_word_placeholder(teks):
    """Triwulan III 2025 cells (the second flagged "Triwulan IV" before narasi2)."""
    narasi, texts = tindak_lanjut(3, teks)
    assert (narasi.findings, texts) == ([], [teks])
