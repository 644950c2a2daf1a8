"""kinerja65: Kinerja cells staff type, read wrong or told wrong, left open by the last stop.

- A score typed with its Satuan's word before it, `Indeks 72,4` under Satuan `Indeks`, `Nilai 85` under
  `Nilai`, `Skor 3,5` under `Skor` (a Target too): a galat `angkanya (72,4) tidak dibaca` (status_named's
  rule for a figure named by its indicator), while `72,4 poin` and `Level 3` under `Level` are read. Now
  read as `72,4 Indeks` is (satuan_skor). Another word before it (`IKM 82` under `Nilai`, `Nilai 72,4`
  under `Indeks`) stays that galat. `Indeks 72,4 (sementara)` was a peringatan, TW I's 70 scored for
  the Nilai Akhir (87,5 % Tinggi): now the galat `Nilai 3,4 (sementara)` already got (`indeks` a label
  as `nilai` is). `Nilai B` beside a numeric Target was a peringatan, TW I scored: now the galat `B` gets.
- `12 jam` under Satuan `Orang` (a duration under a count) was told `kata 'jam' tidak dikenal ... Tulis
  angkanya saja (12)`, which typed so reads 12 orang: now a galat naming the time and the Satuan, no
  figure offered, as `12 menit` under `%` (durasi_persen).
- `Persentase jalan rusak-berat`, `Panjang jalan rusak sedang dan berat`, `... rusak ringan/berat` under
  Polaritas `Positif` or blank: quiet, while `jalan rusak berat` is asked Negatif; now asked too
  (nama_sambung), as `gizi-buruk`, `tidak-layak-huni`, `rumah kumuh/tidak layak huni`.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _row(indikator, satuan, target, tws, jenis="Nilai Akhir", polaritas=None):
    return run([kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis,
                            polaritas=polaritas)])  # fmt: skip


def _said(report):
    """The row's findings, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


# --- 1. a score typed with its Satuan's word before it ------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "tw1", "typed", "realisasi", "capaian"),
    [
        # Nilai Akhir takes TW II: 72,4 / 80 x 100 = 90,5 % (Sangat Tinggi, above 90)
        ("Indeks Kepuasan Masyarakat", "Indeks", "80", "70", "Indeks 72,4", "72,4", Fraction(905, 10)),
        ("Indeks Kepuasan Masyarakat", "Indeks", "80", "70", "indeks 72,4", "72,4", Fraction(905, 10)),
        ("Indeks Kepuasan Masyarakat", "Indeks", "80", "70", "INDEKS 72,4.", "72,4", Fraction(905, 10)),
        # 85 / 80 x 100 = 106,25 %
        ("Nilai SAKIP", "Nilai", "80", "78", "Nilai 85", "85", Fraction(10625, 100)),
        ("Nilai SAKIP", "Nilai", "80", "78", "Nilai: 85", "85", Fraction(10625, 100)),
        ("Nilai SAKIP", "Nilai", "80", "78", "nilai 85,00", "85", Fraction(10625, 100)),
        # 3,5 / 4 x 100 = 87,5 %
        ("Skor Pola Pangan Harapan", "Skor", "4", "3,2", "Skor 3,5", "3,5", Fraction(875, 10)),
        # under a Satuan of two score words, either word or both
        ("Indeks Kepuasan Masyarakat", "Nilai Indeks", "80", "70", "Indeks 72,4", "72,4", Fraction(905, 10)),
        (
            "Indeks Kepuasan Masyarakat",
            "Nilai Indeks",
            "80",
            "70",
            "Nilai Indeks 72,4",
            "72,4",
            Fraction(905, 10),
        ),  # fmt: skip
    ],
)
def test_a_score_typed_after_its_satuans_word_is_read(
    indikator, satuan, target, tw1, typed, realisasi, capaian
):
    # before: a galat at L2, "angkanya (72,4) tidak dibaca", no capaian
    report = _row(indikator, satuan, target, (tw1, typed, None, None))
    (ind,) = report.indicators
    assert ind.realisasi == float(realisasi.replace(",", ".")), messages(report)
    assert ind.capaian_exact == capaian
    assert _said(report) == [], messages(report)


@pytest.mark.parametrize(
    ("satuan", "target", "value"), [("Skor", "Skor 3,5", "3,5"), ("Nilai", "Nilai 85", "85")]
)
def test_a_target_typed_after_its_satuans_word_is_read(satuan, target, value):
    # Target "Skor 3,5", TW II 3,2: 3,2 / 3,5 x 100 = 91,428...%; "Nilai 85", TW II 3,2 of 85 alike
    # (before: a galat at I2 "Target ... bukan angka", no capaian)
    report = _row("Skor Pola Pangan Harapan", satuan, target, ("3", "3,2", None, None))
    (ind,) = report.indicators
    assert ind.target == float(value.replace(",", "."))
    assert ind.capaian_exact == Fraction(32, 10) / Fraction(value.replace(",", ".")) * 100
    assert not _at(report, "I2"), messages(report)


@pytest.mark.parametrize(
    ("satuan", "typed", "figure"),
    [
        ("Nilai", "IKM 82", "82"),  # the indicator's initials, no word of the Satuan: a label
        ("Indeks", "Nilai 72,4", "72,4"),  # another score word than the Satuan's
        ("Indeks", "Indeks 72,4 poin", "72,4"),  # a word after the figure
        ("Poin", "Poin 72,4", "72,4"),  # Poin is no score's Satuan word written before a figure
        ("%", "Indeks 72,4", "72,4"),  # (as before: under % the index's word is a label)
        ("Indeks", "Indeks Kepuasan 72,4", "72,4"),  # the indicator's words, not the Satuan alone
    ],
)
def test_another_word_before_the_figure_stays_a_galat(satuan, typed, figure):
    # TW II (L2) not read: no capaian, never TW I's 70 in its place
    report = _row("Indeks Kepuasan Masyarakat", satuan, "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and f"angkanya ({figure}) tidak dibaca" in said.pesan, said.pesan


@pytest.mark.parametrize(
    "typed", ["Indeks 72,4 (sementara)", "Indeks sementara 72,4", "index 72,4 (sementara)"]
)
def test_a_provisional_index_in_the_counted_quarter_is_a_galat(typed):
    # before: a peringatan, TW I's 70 scored for the Nilai Akhir, 70 / 80 x 100 = 87,5 % Tinggi printed;
    # "72,4 (sementara)" and "Nilai 72,4 (sementara)" were a galat already
    report = _row("Indeks Kepuasan Masyarakat", "Indeks", "80", ("70", typed, None, None))
    (ind,) = report.indicators
    assert ind.capaian_exact is None and ind.galat == ["Kinerja!L2"], messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "angkanya (72,4) tidak dibaca" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["Nilai B", "nilai BB", "Predikat: A", "Kategori B", "Mutu B"])
def test_a_grade_with_its_word_beside_a_numeric_target_is_the_grades_galat(typed):
    # before: a peringatan "bukan angka", TW I's 70 scored (70 / 80 x 100 = 87,5 % Tinggi); "B" alone got
    # the galat "berisi predikat ... padahal targetnya angka"
    report = _row("Indeks Kepuasan Masyarakat", "Nilai", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "padahal targetnya angka" in said.pesan, said.pesan


def test_a_grades_meaning_with_its_word_stays_as_before():
    # "Nilai Baik": no grade's code (Baik is B's meaning), the status it was: TW I's 70 / 80 = 87,5 %
    report = _row("Indeks Kepuasan Masyarakat", "Nilai", "80", ("70", "Nilai Baik", None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10)
    assert [f.severity for f in _at(report, "L2")] == [PERINGATAN]


def test_score_last_reads_only_the_satuans_own_words():
    from lkj_xl.core.satuan_skor import score_last, score_satuan

    assert score_satuan("Indeks") and score_satuan("Nilai Indeks") and score_satuan("SKOR")
    assert not score_satuan("Nilai SAKIP") and not score_satuan("Nilai (0-100)") and not score_satuan("%")
    assert score_last("Indeks 72,4", "Indeks") == "72,4 Indeks"
    assert score_last("Nilai 72,4", "Indeks") == "Nilai 72,4"
    assert score_last("Skor +0,3", "Skor") == "Skor +0,3"  # a change (status_named), never the level
    assert score_last("Skor -0,3", "Skor") == "-0,3 Skor"  # a fall: tanda_tambah's galat, below


@pytest.mark.parametrize(
    ("satuan", "typed", "fall"), [("Indeks", "Indeks -0,2", "0,2"), ("Nilai", "Nilai -1,5", "1,5")]
)
def test_a_fall_after_the_satuans_word_is_the_fall_galat(satuan, typed, fall):
    # before: "angkanya (2) tidak dibaca ... Bila 2 realisasinya, tulis angkanya saja" (the decimals of
    # -0,2 named: 2 typed so is 2 / 80 = 2,5 %); now the galat "-0,2" alone gets, a fall to subtract
    report = _row("Indeks Kepuasan Masyarakat", satuan, "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and f"nilai sebelumnya dikurangi {fall}" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["realisasi -0,2", "TW II: -0,2", "sekitar -0,2"])
def test_a_figure_below_zero_in_a_text_is_named_with_its_sign(typed):
    # before: "angkanya (2) tidak dibaca ... Bila 2 realisasinya, tulis angkanya saja" (2, not -0,2)
    report = _row("Indeks Kepuasan Masyarakat", "Indeks", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "angkanya (-0,2) tidak dibaca" in said.pesan, said.pesan
    assert "(2)" not in said.pesan and "Bila 2 " not in said.pesan


# --- 2. a duration under a count -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "typed", "unit"),
    [
        ("Orang", "12 jam", "jam"),
        ("Orang", "12 menit", "menit"),
        ("Dokumen", "12 hari", "hari"),
        ("Desa", "12 bulan", "bulan"),
        ("Kegiatan", "1,5 jam", "jam"),
        ("Orang", "3 hr", "hari"),
        ("Unit", "2 minggu", "minggu"),
    ],
)
def test_a_duration_under_a_count_is_a_galat_without_a_figure(satuan, typed, unit):
    # Kumulatif, TW I 10, TW II (L2) a duration: before, "Tulis angkanya saja (12)", which typed so is
    # 12 orang, 10 + 12 = 22 of 40 = 55 %; now nothing is computed and no figure offered
    report = _row("Jumlah peserta pelatihan", satuan, "40", ("10", typed, None, None), jenis="Kumulatif")
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT
    assert (
        f'berupa waktu ("{typed}")' in said.pesan
        and f'Satuan indikator ("{satuan}") bukan satuan waktu' in (said.pesan)
    )
    assert f'ubah Satuannya menjadi "{unit}"' in said.pesan
    assert "tidak dikenal" not in said.pesan and "angkanya saja" not in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("satuan", "typed"),
    [
        ("Orang per Tahun", "12 jam"),  # a Satuan naming a time: its own galat, as before
        ("Jam/Hari", "90 menit"),
        ("Hari Orang Kerja", "12 hari"),
    ],
)
def test_a_duration_under_a_satuan_naming_a_time_is_not_told_so(satuan, typed):
    report = _row("Jumlah jam layanan", satuan, "40", ("10", typed, None, None), jenis="Kumulatif")
    assert all("bukan satuan waktu" not in f.pesan for f in _at(report, "L2")), messages(report)


@pytest.mark.parametrize(
    ("typed", "word"), [("12 Rp", "'Rp' (rupiah)"), ("12 rupiah", "'rupiah'"), ("12 IDR", "'IDR' (rupiah)")]
)
def test_money_after_a_counts_figure_offers_no_figure(typed, word):
    # before: "kata 'Rp' tidak dikenal ... Tulis angkanya saja (12)", which typed so is 12 unit
    report = _row("Jumlah sarana", "Unit", "40", ("10", typed, None, None), jenis="Kumulatif")
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and f"kata {word} tidak sesuai Satuan indikator ('Unit')" in said.pesan
    assert "angkanya saja" not in said.pesan and "tidak dikenal" not in said.pesan, said.pesan


def test_another_unit_under_a_count_still_offers_no_figure():
    # "12 km" under Unit, "12 %" under Orang: as before, no figure offered
    for satuan, typed in (("Unit", "12 km"), ("Orang", "12 %")):
        report = _row("Jumlah sarana", satuan, "40", ("10", typed, None, None), jenis="Kumulatif")
        (said,) = _at(report, "L2")
        assert said.severity == GALAT and "angkanya saja (12)" not in said.pesan, said.pesan


# --- 3. a damage's grades joined ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "named"),
    [
        ("Persentase jalan rusak-berat", '"jalan rusak berat"'),
        ("Panjang jalan rusak sedang dan berat", '"jalan rusak sedang dan berat"'),
        ("Persentase jalan dalam kondisi rusak ringan/berat", '"jalan dalam kondisi rusak ringan/berat"'),
        ("Persentase jalan rusak ringan, sedang dan berat", '"jalan rusak ringan, sedang dan berat"'),
        (
            "Persentase jalan dalam kondisi rusak sedang dan rusak berat",
            '"jalan dalam kondisi rusak sedang dan rusak berat"',
        ),  # fmt: skip
        ("Jumlah ruang kelas rusak sedang/berat", '"ruang kelas rusak sedang/berat"'),
        ("Persentase jalan rusak sedang & berat", '"jalan rusak sedang & berat"'),
        # the other words of two the module knows, with a hyphen; two bad words joined
        ("Persentase balita gizi-buruk", "gizi buruk"),
        ("Persentase penduduk rawan-pangan", '"penduduk rawan pangan"'),
        ("Persentase rumah tidak-layak-huni", '"rumah tidak layak huni"'),
        ("Luas lahan gagal-panen", "gagal panen"),
        ("Angka putus-sekolah", "putus sekolah"),
        ("Persentase rumah kumuh/tidak layak huni", '"rumah kumuh"'),
        # a road's damage as PUPR's condition reports name it (rusak ringan + rusak berat: tidak mantap)
        ("Persentase jalan tidak mantap", '"jalan tidak mantap"'),
        ("Persentase jalan dalam kondisi tidak mantap", '"jalan dalam kondisi tidak mantap"'),
        ("Persentase jalan kondisi buruk", '"jalan kondisi buruk"'),
        ("Persentase jalan rusak parah", '"jalan rusak parah"'),
        ("Luas kawasan kumuh dan tidak layak huni", '"kawasan kumuh"'),
    ],
)
def test_a_damage_with_its_grades_joined_is_asked_negatif(indikator, named):
    # Polaritas blank, read Positif: Target 15, TW II 12, Nilai Akhir 12 / 15 x 100 = 80 % Tinggi, where
    # Negatif's (2 x 15 - 12) / 15 x 100 = 120 %; before: nothing said (a Positif chosen is staff's answer
    # to the question, quiet for "jalan rusak berat" too)
    report = _row(indikator, "%", "15", ("14", "12", None, None))
    assert report.indicators[0].capaian_exact == Fraction(80)
    (said,) = _at(report, "G2")
    assert said.severity == PERINGATAN and named in said.pesan and "Negatif" in said.pesan, said.pesan


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase jalan mantap",
        "Persentase jalan tidak rusak",
        "Persentase jalan tidak-rusak",
        "Persentase jalan dalam kondisi baik",
        "Persentase jalan dalam kondisi baik/sedang",
        "Persentase jalan kondisi baik dan sedang",
        "Persentase jalan rusak ringan/berat yang diperbaiki",
        "Rehabilitasi jalan rusak sedang/berat",
        "Persentase penduduk non-miskin",
        "Jumlah korban luka-luka yang tertangani",
    ],
)
def test_good_and_handled_roads_stay_quiet(indikator):
    # Polaritas blank: read Positif without a word (85 / 90 x 100 = 94,44 %)
    report = _row(indikator, "%", "90", ("80", "85", None, None))
    assert report.indicators[0].capaian_exact == Fraction(8500, 90)
    assert _said(report) == [], messages(report)


def test_spaced_keeps_a_word_said_twice():
    from lkj_xl.core.nama_sambung import spaced

    assert spaced("jalan rusak-berat") == "jalan rusak berat"
    assert (
        spaced("korban luka-luka") == "korban luka-luka"
        and spaced("rata-rata gizi-buruk") == "rata-rata gizi buruk"
    )
    assert spaced("usia 7-18 tahun") == "usia 7-18 tahun"


# --- check, export and build agree ------------------------------------------------------------------------


def test_check_export_and_build_agree_on_a_score_typed_after_its_word(tmp_path):
    from tests.common import kinerja_row as row
    from tests.test_kinerja64 import one_row_through_three_fronts

    more = {"Satuan": "Indeks", "Polaritas": "Positif", "Jenis Realisasi": "Nilai Akhir"}
    # row 4: Target "Indeks 80", TW I 70, TW II "Indeks 72,4": Nilai Akhir 72,4 / 80 x 100 = 90,5 % (before:
    # two galat, I4 and L4, nothing computed)
    kinerja = row("T1", "Tujuan", None, "Meningkatnya pelayanan", "Indeks Kepuasan Masyarakat", "Indeks 80", "70",
                  "Indeks 72,4", **more)  # fmt: skip
    output, got, found = one_row_through_three_fronts(
        tmp_path, "DPMPTSP", kinerja, "Indeks Kepuasan Masyarakat"
    )
    assert "Kinerja!" not in output.replace("Kinerja!C", ""), output
    assert got == pytest.approx((80, 72.4, 90.5))
    # Target, TW I, TW II, TW III, TW IV, Realisasi s.d. TW II, Capaian
    assert found[4:11] == (80, 70, 72.4, "-", "-", 72.4, 90.5), found
