"""A new user's trial (newuser62): a Dinas Pendidikan and a Dinas PUPR typing their TW II 2025
workbooks as such staff do.

- Jenis Realisasi typed `Terakhir` (also `Nilai Terakhir`, `Posisi Terakhir`: the latest figure, as
  e-Monev and the schools' data name a position) or `Rata2` (the usual shortening of rata-rata) was a
  galat, `Jenis Realisasi "Terakhir" tidak dikenal`, and the indicator had no capaian. They are Nilai
  Akhir and Rata-rata, as `posisi akhir` and `rerata` already were.
- A PUPR road length typed with its share beside it, as the road-condition reports print it,
  `1.210,75 km (73,40%)` under Satuan km, was refused (rightly) with a reason that is not true: `tanda
  persen (%) harus langsung setelah angka`, where the % does follow its figure. Now the words after the
  Satuan are named and the figure to type is said, as for `1.210,75 km (panjang total)`.
- A damaged share with Polaritas left blank (`Persentase jalan kabupaten dalam kondisi rusak berat`, Target
  15, TW II 12; `Jumlah ruang kelas rusak berat`, `Luas genangan banjir`) was read Positif without a word,
  12 / 15 = 80 % Tinggi, where its fall is Negatif's 120 %: the Polaritas cell now asks, as it does for
  `putus sekolah`.
- A count of bridges typed `3 buah` under Satuan `unit` (`3 unit` under `Buah`) was a galat telling staff to
  convert it into the Satuan: the two counting words count the same items, it is read.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def _row(indikator, satuan, target, tws, jenis, polaritas=None):
    row = kinerja_row(
        "S2",
        "Sasaran",
        "",
        "Meningkatnya mutu pendidikan",
        indikator,
        target,
        tws,
        satuan=satuan,
        polaritas=polaritas,
        jenis=jenis,
    )
    return run([row], triwulan=2)


def _said(report):
    """The row's findings, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


# --- 1. Jenis Realisasi "Terakhir", "Rata2" --------------------------------------------------------


@pytest.mark.parametrize("jenis", ["Terakhir", "terakhir", "TERAKHIR", "Nilai Terakhir", "Posisi Terakhir"])
def test_terakhir_is_nilai_akhir(jenis):
    # Persentase sekolah terakreditasi minimal B, Target 95, TW I 92,5, TW II 93,75: the latest quarter,
    # 93,75 / 95 x 100 = 9375 / 95 = 98,684... % (Sangat Tinggi, above 90)
    report = _row(
        "Persentase sekolah terakreditasi minimal B", "%", "95,00%", ("92,5%", "93,75 %", None, None), jenis
    )
    (ind,) = report.indicators
    assert ind.jenis_realisasi == c.NILAI_AKHIR
    assert ind.realisasi == 93.75
    assert ind.capaian_exact == Fraction(9375, 95)
    assert ind.kriteria == "Sangat Tinggi"
    assert _said(report) == [], _said(report)


@pytest.mark.parametrize("jenis", ["Rata2", "rata2", "Rata 2"])
def test_rata2_is_rata_rata(jenis):
    # Nilai rata-rata ujian (ANBK) SMP, Target 75, TW I 72,5, TW II 74,25: (72,5 + 74,25) / 2 = 73,375,
    # 73,375 / 75 x 100 = 97,8333... % = Fraction(73375, 750)
    report = _row("Nilai rata-rata ujian (ANBK) SMP", "Nilai", "75", ("72,5", "74,25", None, None), jenis)
    (ind,) = report.indicators
    assert ind.jenis_realisasi == c.RATA_RATA
    assert ind.realisasi == 73.375
    assert ind.capaian_exact == Fraction(73375, 750)
    assert _said(report) == [], _said(report)


@pytest.mark.parametrize("jenis", ["Terakhirnya", "Akhir Tahun", "Non Kumulatif", "Rata2 tertimbang"])
def test_other_words_stay_unknown(jenis):
    # (a guard: only those spellings are read; "Akhir Tahun" might be the year's figure of any kind)
    report = _row(
        "Persentase sekolah terakreditasi minimal B", "%", "95", ("92,5", "93,75", None, None), jenis
    )
    (said,) = [f for f in _said(report) if f.sel == "H2"]
    assert said.severity == GALAT and "tidak dikenal" in said.pesan, said.pesan
    assert report.indicators[0].capaian is None


# --- 2. a road length typed with its share beside it --------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "extra"),
    [
        ("1.210,75 km (73,40%)", "(73,40%)"),
        ("1.210,75 km (73,40 %)", "(73,40 %)"),
        ("1.210,75 Km (73,40% dari total)", "(73,40% dari total)"),
        ("1.210,75 km / 73,40%", "/73,40%"),  # (a slash joined to what follows, as "/tahun" is named)
    ],
)
def test_a_length_with_its_share_names_the_words_and_the_figure(typed, extra):
    report = _row(
        "Panjang jalan kabupaten dalam kondisi mantap",
        "km",
        "1.234,5",
        ("1.198,25", typed, None, None),
        "Nilai Akhir",
    )
    (said,) = [f for f in _said(report) if f.sel == "L2"]
    assert said.severity == GALAT
    assert "harus langsung setelah angka" not in said.pesan, said.pesan
    assert f"ada kata '{extra}' sesudah Satuan indikator ('km')" in said.pesan, said.pesan
    assert "Tulis angkanya saja (1.210,75)" in said.pesan, said.pesan
    assert report.indicators[0].capaian is None  # never read: which figure is meant is the typist's


def test_an_area_with_its_share_likewise():
    # Luas daerah irigasi dalam kondisi baik, Satuan Ha: "12.350 Ha (98,8%)"
    report = _row("Luas daerah irigasi dalam kondisi baik", "Ha", "12.500", ("12.100", "12.350 Ha (98,8%)", None, None), "Nilai Akhir")  # fmt: skip
    (said,) = [f for f in _said(report) if f.sel == "L2"]
    assert "ada kata '(98,8%)' sesudah Satuan indikator ('Ha')" in said.pesan, said.pesan
    assert "Tulis angkanya saja (12.350)" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("typed", "extra"), [("1.210,75 meter (73,40%)", "meter (73,40%)"), ("12 ruas (5%)", "ruas (5%)")]
)
def test_a_share_after_other_words_names_them_too(typed, extra):
    # (not the Satuan's word before it: the text after the figure is named, as "1.210,75 (73,40%)" is)
    report = _row(
        "Panjang jalan kabupaten dalam kondisi mantap",
        "km",
        "1.234,5",
        ("1.198,25", typed, None, None),
        "Nilai Akhir",
    )
    (said,) = [f for f in _said(report) if f.sel == "L2"]
    assert said.severity == GALAT
    assert f"ada teks '{extra}' setelah angka" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["85 fisik %", "85 realisasi fisik %"])
def test_a_percent_sign_apart_from_its_figure_is_still_said_so(typed):
    # (a guard: no figure before the %, the old reason is the true one)
    report = _row("Progres fisik rehabilitasi bendung", "%", "100", ("35", typed, None, None), "Nilai Akhir")
    (said,) = [f for f in _said(report) if f.sel == "L2"]
    assert "tanda persen (%) harus langsung setelah angka" in said.pesan, said.pesan


# --- 3. damaged roads, bridges and classrooms, flooding: a blank Polaritas asked ------------------------


def _polaritas_said(report):
    return [f for f in _said(report) if f.sel == "G2"]


@pytest.mark.parametrize(
    ("indikator", "named"),
    [
        (
            "Persentase jalan kabupaten dalam kondisi rusak berat",
            '"jalan kabupaten dalam kondisi rusak berat"',
        ),
        ("Persentase panjang jalan kondisi rusak", '"jalan kondisi rusak"'),
        ("Jumlah ruang kelas rusak berat", '"ruang kelas rusak berat"'),
        ("Persentase sekolah dengan ruang kelas rusak", '"sekolah dengan ruang kelas rusak"'),
        ("Jumlah jembatan rusak", '"jembatan rusak"'),
        ("Persentase jaringan irigasi dalam kondisi rusak", '"jaringan irigasi dalam kondisi rusak"'),
        ("Persentase saluran drainase rusak", '"saluran drainase rusak"'),
        ("Tingkat kerusakan jalan kabupaten", "kerusakan jalan"),
        ("Luas genangan banjir", "genangan"),
        ("Jumlah titik genangan", "genangan"),
    ],
)
def test_damage_or_flooding_with_a_blank_polaritas_is_asked_negatif(indikator, named):
    # Target 15, TW I 14, TW II 12, Nilai Akhir, Polaritas blank: read Positif, 12 / 15 x 100 = 80 % (Tinggi),
    # printed without a word before; a damaged share falling to 12 of 15 is Negatif's (15 - (12 - 15)) / 15
    # x 100 = 120 %. The row is computed as typed (Positif) and the Polaritas cell asks.
    report = _row(indikator, "%", "15", ("14", "12", None, None), "Nilai Akhir")
    assert report.indicators[0].capaian_exact == 80
    (said,) = _polaritas_said(report)
    assert f"padahal indikator {named} biasanya bernilai negatif" in said.pesan, said.pesan
    assert 'pilih "Negatif"' in said.pesan, said.pesan
    chosen = _row(indikator, "%", "15", ("14", "12", None, None), "Nilai Akhir", polaritas="Negatif")
    assert chosen.indicators[0].capaian_exact == 120
    assert _polaritas_said(chosen) == []


@pytest.mark.parametrize(
    "indikator",
    [
        "Rehabilitasi jalan kondisi rusak",  # the work on them
        "Persentase jalan rusak yang diperbaiki",
        "Jumlah ruang kelas rusak yang direhabilitasi",
        "Jumlah jembatan rusak yang ditangani",
        "Pemeliharaan jalan rusak ringan",
        "Persentase penanganan genangan",
        "Persentase penurunan luas genangan",
        "Persentase jalan dalam kondisi mantap",
        "Persentase jalan tidak rusak",
        "Persentase jaringan irigasi rusak yang direhabilitasi",
        "Peningkatan saluran drainase rusak",
    ],
)
def test_the_work_on_damage_stays_quiet(indikator):
    # (guards: higher is better there; Positif 12 / 15 = 80 %, no word)
    report = _row(indikator, "%", "15", ("14", "12", None, None), "Nilai Akhir")
    assert _polaritas_said(report) == []


# --- 4. the counting words of items: "3 buah" of Satuan unit ----------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "typed"), [("unit", "3 buah"), ("Unit", "3 Buah"), ("unit", "3 bh"), ("buah", "3 unit")]
)
def test_buah_and_unit_count_the_same_items(satuan, typed):
    # Jumlah jembatan yang dibangun/direhabilitasi, Kumulatif, Target 8, TW I "nihil" (0), TW II 3 bridges
    # typed with the other counting word: 0 + 3 = 3, 3 / 8 x 100 = 37,5 % (Sangat Rendah). It was a galat,
    # "kata 'buah' tidak sesuai Satuan indikator ('unit') ... hitung dulu angkanya dalam Satuan indikator",
    # where there is nothing to convert.
    report = _row(
        "Jumlah jembatan yang dibangun/direhabilitasi", satuan, "8", ("nihil", typed, None, None), "Kumulatif"
    )
    (ind,) = report.indicators
    assert ind.realisasi == 3
    assert ind.capaian_exact == Fraction(300, 8)
    assert ind.kriteria == "Sangat Rendah"
    assert _said(report) == [], _said(report)


@pytest.mark.parametrize(
    ("satuan", "typed"), [("orang", "3 buah"), ("Unit Kerja", "3 buah"), ("unit", "3 ekor")]
)
def test_other_counts_stay_a_galat(satuan, typed):
    # (guards: people, a unit kerja and heads of cattle are no items)
    report = _row("Jumlah yang dibina", satuan, "8", ("1", typed, None, None), "Kumulatif")
    (said,) = [f for f in _said(report) if f.sel == "L2"]
    assert said.severity == GALAT and "tidak sesuai Satuan indikator" in said.pesan, said.pesan
