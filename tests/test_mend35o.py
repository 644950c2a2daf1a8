"""Mend of mend35j's typing rules after review (revM).

- The thousands-comma peringatan for any last three digits (mend35j) fired on correctly typed
  three-decimal figures ("1.023,456" km of 1.100,5; "12.345,678" ton): for endings other than ",000" it
  now needs a Satuan of whole things or money, or the thousand-times reading to fit the target where
  the figure as typed does not.
- pasted.py defined _PROGRESS twice: staff37's longer list silenced the older lower-is-better words
  ("Angka kematian pasien di instalasi rehabilitasi medik") that warned at 60f0e75.
- The place after "di Kabupaten/Kota" swallowed every capitalised word ("... Di Kabupaten Lumajang Yang
  Mendapat Bantuan Sosial" warned); a place in lower case was no place.
- "A- (Memuaskan)." and "A- [Memuaskan]" got the signed-grade galat.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from tests.test_engine import kinerja_row, messages, run

# --- 1. Three decimals typed correctly are no thousands slip ------------------------------------------


def _report(indikator, satuan, target, typed, target_jenis="Nilai Akhir"):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", indikator, target, (None, typed, None, None),
        satuan=satuan, polaritas="Positif", jenis=target_jenis,
    )  # fmt: skip
    return run([row], triwulan=2)


def _comma_said(report, sel):
    return [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == ("Kinerja", sel) and "tulis ribuan dengan titik" in f.pesan
    ]


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "typed", "capaian"),
    [
        # 1.023,456 of 1.100,5 km: 1023456/1000 / (11005/10) x 100 = 1023456/11005 (92,99... %)
        (
            "Panjang jalan kabupaten dalam kondisi mantap",
            "Km",
            "1.100,500",
            "1.023,456",
            Fraction(1023456, 11005),
        ),
        # 12.345,678 of 15.000 ton: 12345678/1000 / 15000 x 100 = 12345678/150000 (82,30 %)
        ("Volume sampah yang terangkut ke TPA", "ton", "15.000", "12.345,678", Fraction(12345678, 150000)),
        # 312.456,789 of 450.000 ton: 312456789/1000 / 450000 x 100 (69,43 %)
        ("Produksi padi", "ton", "450.000", "312.456,789", Fraction(312456789, 4500000)),
        # 1.234,567 of 1.500 liter/detik: 1234567/1000 / 1500 x 100 (82,30 %)
        ("Kapasitas produksi air bersih", "liter/detik", "1.500", "1.234,567", Fraction(1234567, 15000)),
        # 45.123,456 of 50.000 miliar rupiah (a scale word in the Satuan): 45123456/1000 / 50000 x 100
        (
            "PDRB atas dasar harga berlaku",
            "miliar rupiah",
            "50.000",
            "45.123,456",
            Fraction(45123456, 500000),
        ),
        # 1.234,567 of 10.000 Ha: neither 1.234,567 (12 %) nor 1.234.567 (123 times) fits: nothing to say
        ("Luas lahan sawah beririgasi teknis", "Ha", "10.000", "1.234,567", Fraction(1234567, 100000)),
    ],
)
def test_three_decimals_typed_correctly_are_quiet(indikator, satuan, target, typed, capaian):
    report = _report(indikator, satuan, target, typed)
    assert Fraction(report.indicators[0].capaian).limit_denominator(10**6) == capaian
    assert not _comma_said(report, "I2") and not _comma_said(report, "L2"), messages(report)


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "typed", "meant"),
    [
        # a count of people has no thousandths: "1.134,567" jiwa is 1.134.567 with its last dot slipped
        ("Jumlah penduduk", "jiwa", "1.200.000", "1.134,567", "1.134.567"),
        ("Jumlah UMKM binaan", "UMKM", "2.000.000", "1.250,500", "1.250.500"),
        ("Jumlah kunjungan", "Kunjungan", "2.000", "1.250,500", "1.250.500"),
        # money: "Rp" has no thousandths either
        ("Nilai investasi", "Rp", "5.000.000", "1.250,500", "1.250.500"),
        # 12.345.678 ton is 0,82 of the target 15.000.000; 12.345,678 ton is 0,0008 of it
        ("Volume sampah yang terangkut ke TPA", "ton", "15.000.000", "12.345,678", "12.345.678"),
    ],
)
def test_a_slipped_last_dot_still_warns_where_three_decimals_are_implausible(
    indikator, satuan, target, typed, meant
):
    report = _report(indikator, satuan, target, typed)
    if (
        satuan == "Rp"
    ):  # money: since anggaran51 a galat naming both readings (tests/test_anggaran_koma_ribuan.py)
        galat = [
            f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "L2", "galat")
        ]
        assert len(galat) == 1 and f"tulis {meant}" in galat[0], messages(report)
        return
    said = _comma_said(report, "L2")
    assert len(said) == 1 and f"bila maksudnya {meant}," in said[0], said


def test_a_target_is_weighed_against_its_realisasi():
    # target "12.345,678" ton beside a realisasi 12.000.000: 12.345.678 is 1,03 of it, 12.345,678 0,001
    report = _report("Volume sampah yang terangkut ke TPA", "ton", "12.345,678", "12.000.000")
    said = _comma_said(report, "I2")
    assert len(said) == 1 and "bila maksudnya 12.345.678," in said[0], messages(report)


def test_a_zero_ending_keeps_its_peringatan():
    # ",000" is as before: "1.100,000" km is said; "1.023,456" of 1.100 km (0,93 of it) is not
    report = _report("Panjang jalan kabupaten dalam kondisi mantap", "km", "1.100,000", "1.023,456")
    assert len(_comma_said(report, "I2")) == 1 and not _comma_said(report, "L2"), messages(report)


# --- 2. The older lower-is-better words read exactly as at 60f0e75 -------------------------------------

# Expected: lower_is_better(name, satuan) of 60f0e75's code (git archive 60f0e75 into /tmp/mend35o/old,
# run on these names and Satuan), hard-coded here: the older words (and a duration in days or hours)
# with staff37's longer list of progress words beside them (rehabilitasi, perbaikan, pemulihan,
# penataan, penegakan, penindakan, pengentasan, penyelesaian, tindak lanjut) warned; the older list's
# own progress words (penurunan, pengendalian, penanganan, bebas, pemberantasan, ketepatan,
# tertangani) were quiet. No staff37 RPJMD word (miskin, tertinggal, temuan, ...) is in these names.
OLD_VERDICTS = [
    ("Angka kematian pasien di instalasi rehabilitasi medik", "%", "kematian"),
    ("Insiden keselamatan pasien pada pelayanan rehabilitasi medik", "%", "insiden"),
    ("Angka kejadian infeksi luka operasi pasca perbaikan fraktur", "%", "infeksi"),
    ("Jumlah kecelakaan lalu lintas di ruas jalan setelah perbaikan", "kejadian", "kecelakaan"),
    ("Tingkat pengangguran terbuka peserta pemulihan ekonomi", "%", "pengangguran"),
    ("Prevalensi stunting pada balita penerima pemulihan gizi", "%", "prevalensi"),
    ("Angka putus sekolah setelah penataan zonasi", "%", "putus sekolah"),
    ("Tingkat kriminalitas setelah penegakan perda", "%", "kriminalitas"),
    ("Angka kriminalitas setelah penindakan premanisme", "kasus", "kriminalitas"),
    ("Tingkat kemiskinan setelah pengentasan desa", "%", "kemiskinan"),
    ("Angka kematian ibu pasca penyelesaian rujukan", "per 100.000 KH", "kematian"),
    ("Persentase infeksi daerah operasi setelah tindak lanjut audit", "%", "infeksi"),
    ("Angka kecelakaan kerja pasca tindaklanjut inspeksi", "kasus", "kecelakaan"),
    ("Net Death Rate (NDR) ruang rehabilitasi", "permil", "death rate"),
    ("Gross Death Rate (GDR) setelah perbaikan sarana", "permil", "death rate"),
    ("Angka mortalitas pasca pemulihan layanan", "%", "mortalitas"),
    ("Insiden HAIs setelah penataan ruang rawat", "%", "insiden"),
    ("Angka buta aksara warga binaan rehabilitasi sosial", "%", "buta aksara"),
    ("Tingkat inflasi setelah penataan pasar", "%", "inflasi"),
    ("Indeks Gini setelah pemulihan ekonomi", "indeks", "gini"),
    ("Angka mengulang kelas setelah perbaikan kurikulum", "%", "mengulang"),
    ("Angka buta huruf penduduk usia 15 tahun ke atas", "%", "buta huruf"),
    ("Persentase balita gizi buruk pasca penegakan diagnosis", "%", "gizi buruk"),
    ("Rata-rata waktu penyelesaian pengaduan", "hari", "waktu"),
    ("Lama penyelesaian perizinan", "hari kerja", "lama"),
    ("Rata-rata waktu penindakan pelanggaran", "jam", "waktu"),
    ("Waktu tanggap perbaikan jalan rusak", "hari", "waktu"),
    ("Lama waktu pemulihan jaringan", "jam", "lama"),
    ("Rata-rata waktu penerbitan izin", "hari", "waktu"),
    ("Angka kematian ibu", "per 100.000 KH", "kematian"),
    ("Tingkat pengangguran terbuka", "%", "pengangguran"),
    ("Persentase penurunan angka kemiskinan", "%", ""),
    ("Pengendalian inflasi daerah", "%", ""),
    ("Penanganan kasus stunting", "%", ""),
    ("Desa bebas stunting", "desa", ""),
    ("Pemberantasan buta aksara", "%", ""),
    ("Ketepatan waktu penyelesaian pengaduan", "hari", ""),
    ("Angka kematian pasien yang mendapat perawatan > 48 jam", "permil", "kematian"),
    ("Prevalensi stunting pada balita yang mendapat intervensi", "%", "prevalensi"),
    ("Persentase kasus kriminalitas yang tertangani", "%", ""),
    ("Cakupan rehabilitasi medik", "%", ""),
    ("Persentase perbaikan jalan", "%", ""),
    ("Rata-rata waktu tunggu rawat jalan", "menit", "waktu"),
    ("Tingkat kecelakaan lalu lintas", "%", "kecelakaan"),
]


@pytest.mark.parametrize(("indikator", "satuan", "word"), OLD_VERDICTS)
def test_older_words_read_as_at_60f0e75(indikator, satuan, word):
    assert pasted.lower_is_better(indikator, satuan) == word


# --- 3. A place's name ends at a connecting word, whatever its case --------------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase Penduduk Miskin Di Kabupaten Lumajang Yang Mendapat Bantuan Sosial",
        "PERSENTASE PENDUDUK MISKIN DI KABUPATEN LUMAJANG YANG MENDAPAT BANTUAN SOSIAL",
        "Jumlah Keluarga Miskin Di Kota Malang Penerima PKH",
        "Jumlah Desa Tertinggal Di Kabupaten Lumajang Yang Berhasil Dientaskan",
        "Jumlah Keluarga Miskin Di Kota Batu Peserta PKH",
        "Persentase penduduk miskin di kabupaten lumajang yang mendapat bantuan sosial",
        "Persentase penduduk miskin di kabupaten lumajang menurun",
        # a place's name has at most three words: "Sejahtera Bersama Mandiri" is read after it
        "Jumlah Keluarga Miskin Di Kota Malang Sejahtera Bersama Mandiri",
    ],
)
def test_what_follows_a_place_in_title_case_is_read(indikator):
    assert pasted.lower_is_better(indikator, "%") == ""


@pytest.mark.parametrize(
    ("indikator", "word"),
    [
        ("Persentase penduduk miskin di kabupaten lumajang", '"penduduk miskin"'),
        ("PERSENTASE PENDUDUK MISKIN DI KABUPATEN LUMAJANG", '"penduduk miskin"'),
        ("Persentase Penduduk Miskin Di Kabupaten Lumajang Tahun 2025", '"penduduk miskin"'),
        ("Persentase Penduduk Miskin Di Kabupaten Hulu Sungai Selatan", '"penduduk miskin"'),
        ("Persentase penduduk miskin di kota batu yang belum menerima bantuan", '"penduduk miskin"'),
    ],
)
def test_a_place_in_any_case_is_a_place(indikator, word):
    assert pasted.lower_is_better(indikator, "%") == word


# --- 4. A grade's meaning in brackets, a full stop after ----------------------------------------------


@pytest.mark.parametrize("typed", ["A- (Memuaskan).", "A- [Memuaskan]", "A-[Memuaskan].", "A- (Memuaskan) ."])
def test_a_grade_with_its_meaning_bracketed_or_stopped_reads_as_without(typed):
    def said(text):
        report = _report("Predikat SAKIP", "predikat", "A", text)
        return [(f.severity, f.pesan.replace(f'"{text}"', '""')) for f in report.findings if f.sel == "L2"]

    assert said(typed) == said("A- (Memuaskan)"), said(typed)
