"""A new user's trial (newuser55): a Dinas Perhubungan's TW II report (kecelakaan lalu lintas Negatif
Kumulatif, retribusi parkir typed `Rp 2,5 M` / `Rp 580 jt` / `612,5 jt`, a Rata-rata APILL repair time in
jam, a support program counted toward a Sasaran) and a Dinas Pariwisata's TW III report (kunjungan
wisatawan typed `1,2 juta` / `0,31 juta` / `298.115 orang`, a growth `-2,5%` then `(1,5)`, Pagu
Perubahan), filled into `lkj-xl new`'s workbook; then a BPBD's and a Dinas Pendidikan's rows.

- A Dinas Pendidikan's `Jumlah anak tidak sekolah` (1.285 anak of a ceiling of 1.250) left Positif printed
  102,8 % Sangat Tinggi without a word: more children out of school scored higher.
- A BPBD's `Jumlah kejadian bencana` (7 of 25 s.d. TW II) left Positif printed 28 % Sangat Rendah without
  a word: fewer disasters scored lower. Both now have the peringatan of a blank Polaritas, as
  `kecelakaan`, `kebakaran` and `korban jiwa` have.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import anggaran_row, kinerja_row, run

# --- the Dinas Perhubungan's report, every figure by hand -------------------------------------------------


def _dishub():
    rows = [
        kinerja_row(
            "T1",
            "Tujuan",
            "",
            "Meningkatnya keselamatan dan kualitas layanan transportasi",
            "Indeks Kepuasan Masyarakat layanan perhubungan",
            "82",
            ("-", "menunggu hasil survei", None, None),
            satuan="Indeks",
            jenis="Nilai Akhir",
        ),
        kinerja_row(
            "S1",
            "Sasaran",
            "T1",
            "Menurunnya angka kecelakaan lalu lintas",
            "Jumlah kecelakaan lalu lintas",
            "320",
            ("74", "81 kejadian", None, None),
            satuan="kejadian",
            polaritas="Negatif",
            jenis="Kumulatif",
        ),
        kinerja_row(
            "S1",
            "",
            "",
            "",
            "Persentase kendaraan angkutan umum laik jalan",
            "85%",
            ("41,5%", "83,25 %", None, None),
            jenis="Nilai Akhir",
        ),
        kinerja_row(
            "S2",
            "Sasaran",
            "T1",
            "Meningkatnya pendapatan retribusi perhubungan",
            "Realisasi retribusi parkir tepi jalan umum",
            "Rp 2,5 M",
            ("Rp 580 jt", "612,5 jt", None, None),
            satuan="Rp",
            jenis="Kumulatif",
        ),
        kinerja_row(
            "2.15.02",
            "Program",
            "S1",
            "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
            "Waktu rata-rata penanganan gangguan lampu APILL",
            "24 jam",
            ("30", "18 jam", None, None),
            satuan="jam",
            polaritas="Negatif",
            jenis="Rata-rata",
        ),
    ]
    anggaran = [
        anggaran_row(
            "2.15.01",
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "S2",
            "Rp 9.875.420.000",
            ("2.015.300.500", "2,2 M", None, None),
        ),
        anggaran_row(
            "2.15.02",
            "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
            "",
            "Rp 4.250.000.000",
            ("325.750.000", "1.102.400.000", None, None),
        ),
    ]
    return run(rows, anggaran, triwulan=2)


def test_the_dishubs_capaian_penyerapan_and_efisiensi_by_hand():
    report = _dishub()
    assert not [f for f in report.findings if f.severity == "galat"]
    cap = {i.indikator: i for i in report.indicators}
    # kecelakaan, Negatif Kumulatif: 74 + 81 = 155 of 320: (2 x 320 - 155) / 320 = 485 / 320 = 151,5625 %
    kecelakaan = Fraction(2 * 320 - 155, 320) * 100
    assert cap["Jumlah kecelakaan lalu lintas"].capaian == pytest.approx(float(kecelakaan))
    # laik jalan, Nilai Akhir: 83,25 / 85 = 97,94 %
    laik = Fraction("83.25") / 85 * 100
    assert cap["Persentase kendaraan angkutan umum laik jalan"].capaian == pytest.approx(float(laik))
    # retribusi, Kumulatif: 580.000.000 + 612.500.000 = 1.192.500.000 / 2.500.000.000 = 47,7 % Sangat Rendah
    retribusi = cap["Realisasi retribusi parkir tepi jalan umum"]
    assert retribusi.realisasi == 1_192_500_000 and retribusi.capaian == pytest.approx(47.7)
    assert retribusi.kriteria == "Sangat Rendah"
    # APILL, Negatif Rata-rata: (30 + 18) / 2 = 24 jam of 24: (48 - 24) / 24 = 100 %
    assert cap["Waktu rata-rata penanganan gangguan lampu APILL"].capaian == pytest.approx(100.0)
    eff = {e.kode: e for e in report.efisiensi}
    # S1: the LLAJ program, 325.750.000 + 1.102.400.000 = 1.428.150.000 of 4.250.000.000 = 33,60 %;
    # capaian (151,5625 + 97,94) / 2; efisiensi = capaian - penyerapan = 91,15 poin
    penyerapan_s1 = Fraction(1_428_150_000, 4_250_000_000) * 100
    assert eff["S1"].penyerapan == pytest.approx(float(penyerapan_s1))
    assert eff["S1"].efisiensi == pytest.approx(float((kecelakaan + laik) / 2 - penyerapan_s1))
    # S2: the support program, 2.015.300.500 + 2.200.000.000 = 4.215.300.500 of 9.875.420.000 = 42,68 %;
    # 47,7 - 42,68 = 5,02 poin
    penyerapan_s2 = Fraction(4_215_300_500, 9_875_420_000) * 100
    assert eff["S2"].efisiensi == pytest.approx(float(Fraction("47.7") - penyerapan_s2))
    # T1: the sum of its Sasaran, 5.643.450.500 of 14.125.420.000; its own capaian is not known yet
    assert eff["T1"].pagu == 14_125_420_000 and eff["T1"].realisasi_anggaran == 5_643_450_500
    assert eff["T1"].efisiensi is None


# --- lower-is-better counts of a Dinas Pendidikan and a BPBD left Positif ----------------------------------


def _polaritas_said(indikator: str, target: str, tws: tuple, satuan: str, polaritas: str | None = None):
    report = run(
        [
            kinerja_row(
                "S1",
                "Sasaran",
                "",
                "Sasaran",
                indikator,
                target,
                tws,
                satuan=satuan,
                polaritas=polaritas,
                jenis="Nilai Akhir",
            )
        ],
        triwulan=2,
    )
    return report, [f.pesan for f in report.findings if f.sel == "G2"]


@pytest.mark.parametrize(
    "indikator",
    [
        "Jumlah anak tidak sekolah",
        "Angka Anak Tidak Sekolah (ATS)",
        "Persentase anak tidak sekolah",
        "Jumlah anak tidak sekolah di Kabupaten Lumajang",
    ],
)
def test_children_out_of_school_left_positif_are_pointed_out(indikator):
    # 1.285 anak of a ceiling of 1.250: left Positif 1.285 / 1.250 = 102,8 % Sangat Tinggi (more children
    # out of school scoring higher); chosen Negatif, (2 x 1.250 - 1.285) / 1.250 = 97,2 %.
    report, said = _polaritas_said(indikator, "1.250", ("1.310", "1.285 anak", None, None), "anak")
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(1285, 1250) * 100))
    assert len(said) == 1 and 'pilih "Negatif"' in said[0] and "anak tidak sekolah" in said[0], said
    negatif, quiet = _polaritas_said(
        indikator, "1.250", ("1.310", "1.285 anak", None, None), "anak", "Negatif"
    )
    assert negatif.indicators[0].capaian == pytest.approx(float(Fraction(2 * 1250 - 1285, 1250) * 100))
    assert quiet == []


@pytest.mark.parametrize(
    "indikator",
    [
        "Jumlah kejadian bencana",
        "Jumlah kejadian bencana alam",
        "Frekuensi kejadian bencana di Kabupaten Lumajang",
    ],
)
def test_disasters_counted_left_positif_are_pointed_out(indikator):
    # 7 kejadian s.d. TW II (TW II typed "N/A": no disaster, nothing added) of 25: left Positif 7 / 25 =
    # 28 % Sangat Rendah (fewer disasters scoring lower); Negatif (2 x 25 - 7) / 25 = 172 %.
    report, said = _polaritas_said(indikator, "25", ("7", "N/A", None, None), "kejadian")
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(7, 25) * 100))
    assert len(said) == 1 and 'pilih "Negatif"' in said[0] and "kejadian bencana" in said[0], said


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase penanganan anak tidak sekolah",  # the work against it
        "Jumlah anak tidak sekolah yang kembali bersekolah",  # the part brought back
        "Persentase penurunan anak tidak sekolah",  # its fall
        "Jumlah kejadian bencana yang ditangani",  # the part handled
        "Persentase kejadian bencana tertangani",
        "Persentase desa tangguh bencana",
        "Jumlah sosialisasi pencegahan kejadian bencana",
    ],
)
def test_the_work_against_them_stays_quiet(indikator):
    _report, said = _polaritas_said(indikator, "80", ("60", "70", None, None), "%")
    assert said == [], said


# --- a Dinas Perhubungan's accident-prone spots: the place, not the accidents ---------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        # the road furniture put where accidents happen: higher is better
        "Persentase ketersediaan perlengkapan jalan di lokasi rawan kecelakaan",
        "Persentase daerah rawan kecelakaan yang terpasang rambu",
        "Jumlah lokasi rawan kecelakaan yang ditangani",
        "Persentase titik rawan kecelakaan yang dilengkapi APILL",
    ],
)
def test_the_work_at_accident_prone_spots_is_not_asked_negatif(indikator):
    # 70 of 80 % is 87,5 % Tinggi, as meant; the peringatan asked to choose Negatif, (160 - 70) / 80 = 112,5 %
    report, said = _polaritas_said(indikator, "80", ("60", "70", None, None), "%")
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(70, 80) * 100))
    assert said == [], said


@pytest.mark.parametrize(
    "indikator",
    [
        "Jumlah titik rawan kecelakaan",
        "Jumlah lokasi rawan kecelakaan lalu lintas",
        "Jumlah daerah rawan kecelakaan (black spot)",
        "Jumlah kecelakaan lalu lintas",
        "Angka kecelakaan di lokasi rawan kecelakaan",
    ],
)
def test_accident_prone_spots_and_accidents_counted_are_still_told(indikator):
    # 12 titik of a ceiling of 15: left Positif 12 / 15 = 80 % Tinggi; Negatif (30 - 12) / 15 = 120 %.
    report, said = _polaritas_said(indikator, "15", ("14", "12", None, None), "titik")
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(12, 15) * 100))
    assert len(said) == 1 and 'pilih "Negatif"' in said[0] and "kecelakaan" in said[0], said


# --- a Dinas Pariwisata's length of stay: longer is better ----------------------------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        "Rata-rata lama tinggal wisatawan",
        "Lama tinggal wisatawan mancanegara",
        "Rata-rata lama menginap tamu hotel",
        "Rata-rata lama menginap wisatawan nusantara",
    ],
)
def test_a_tourists_length_of_stay_is_not_asked_negatif(indikator):
    # (1,5 + 1,75 + 2) / 3 = 1,75 hari of 1,8: 97,22 % as meant (longer stays spend more); the peringatan
    # asked Negatif, which would print (3,6 - 1,75) / 1,8 = 102,78 % for a stay shorter than planned.
    report = run(
        [
            kinerja_row(
                "S1",
                "Sasaran",
                "",
                "Meningkatnya kunjungan wisatawan",
                indikator,
                "1,8 hari",
                ("1,5", "1,75 hari", "2 hari", None),
                satuan="hari",
                jenis="Rata-rata",
            )
        ],
        triwulan=3,
    )
    assert report.indicators[0].capaian == pytest.approx(float(Fraction("1.75") / Fraction("1.8") * 100))
    said = [f.pesan for f in report.findings if f.sel == "G2"]
    assert said == [], said


@pytest.mark.parametrize(
    "indikator",
    [
        "Rata-rata lama rawat inap pasien",
        "Lama waktu penyaluran bantuan logistik",
        "Rata-rata lama tinggal pasien",
    ],
)
def test_other_durations_are_still_told(indikator):
    _report, said = _polaritas_said(indikator, "3", ("4", "3,5", None, None), "hari")
    assert len(said) == 1 and 'pilih "Negatif"' in said[0], said


# --- a BPBD's quarter with no disaster typed NA, as N/A is ----------------------------------------------


@pytest.mark.parametrize("typed", ["N/A", "NA", "n.a."])
def test_na_in_the_reported_quarter_reads_as_n_slash_a_does(typed):
    # Kumulatif, TW I 7 kejadian, TW II typed "NA" (no data): as "N/A" and "-", realisasi s.d. TW II is
    # TW I's 7 of 25 = 28 %, with the note that TW II has none; "NA" made the whole indicator belum diketahui.
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Sasaran",
        "Jumlah desa tangguh bencana",
        "25",
        ("7", typed, None, None),
        satuan="desa",
        jenis="Kumulatif",
    )
    (ind,) = run([row], triwulan=2).indicators
    assert ind.realisasi == 7 and ind.capaian == pytest.approx(float(Fraction(7, 25) * 100)), ind.status


def test_na_as_a_target_is_told_as_n_slash_a_is():
    report, _said = _polaritas_said("Persentase penanganan pengungsi", "NA", ("100%", "-", None, None), "%")
    assert report.indicators[0].capaian is None
    (said,) = [f.pesan for f in report.findings if f.sel == "I2"]
    assert '"NA"' in said and "tidak ada data" in said, said
