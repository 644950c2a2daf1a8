"""A new user's trial (newuser59): a Dinas Pertanian dan Ketahanan Pangan and a Disdukcapil typing their
TW III 2025 workbooks as such staff do.

- A yield per hectare (`Produktivitas padi`, Satuan `Ku/Ha`, `ton/ha`, `kuintal per hektar`) is a rate,
  never summed over the quarters: chosen Kumulatif (copied from the row of `Produksi padi` above it) its
  quarters 54,2 + 52,1 + 51,8 ku/ha were summed to 158,1 ku/ha of a target 53,5, printed 295,51 %
  Sangat Tinggi without a word; left blank, it was told as a stock counted per quarter (`jumlah posyandu
  aktif`), the Rata-rata a yield is measured by never named.
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_engine import kinerja_row, run

PRODUKTIVITAS = "Produktivitas padi"


def _row(indikator, target, tws, triwulan, satuan, jenis="Kumulatif", kode="S1", tingkat="Sasaran"):
    row = kinerja_row(
        kode,
        tingkat,
        "",
        "Meningkatnya produksi tanaman pangan",
        indikator,
        target,
        tws,
        satuan=satuan,
        jenis=jenis,
    )
    return run([row], triwulan=triwulan)


def _said(report):
    """The row's findings, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


def test_a_yield_per_hectare_chosen_kumulatif_is_told_at_its_jenis_realisasi():
    # 54,2 + 52,1 + 51,8 = 158,1 ku/ha of 53,5: capaian 158,1 / 53,5 x 100 = 295,51 %, computed as typed
    report = _row(PRODUKTIVITAS, "53,5", ("54,2", "52,1", "51,8 ku/ha", None), 3, "Ku/Ha")
    assert report.indicators[0].capaian_exact == Fraction(1581, 535) * 100
    (said,) = _said(report)
    assert said.severity == "peringatan" and said.sel == "H2", said
    # Rata-rata (54,2 + 52,1 + 51,8) / 3 = 158,1 / 3 = 52,7; Nilai Akhir TW III's 51,8
    assert '"Rata-rata" (52,7)' in said.pesan and "51,8" in said.pesan, said.pesan
    assert 'Satuan "Ku/Ha" bukan jumlah' in said.pesan, said.pesan


def test_a_yield_in_tonnes_per_hectare_written_out_is_a_rate_too():
    # TW II: 5,42 + 5,61 = 11,03 ton per hektar of 5,6: 196,96 %, computed as typed, told at H2
    report = _row(PRODUKTIVITAS, "5,6", ("5,42", "5,61", None, None), 2, "ton per hektar")
    assert report.indicators[0].capaian_exact == Fraction(1103, 560) * 100
    (said,) = _said(report)
    assert said.sel == "H2" and 'Satuan "ton per hektar" bukan jumlah' in said.pesan, said.pesan
    # Rata-rata 11,03 / 2 = 5,515
    assert '"Rata-rata" (5,515)' in said.pesan, said.pesan


def test_a_yield_left_blank_is_asked_as_a_level():
    # Jenis blank: Kumulatif by default, 52,3 + 53,1 + 53,8 = 159,2 kuintal/ha of 53,5, told at H2 that the
    # Satuan is no amount (Rata-rata or Nilai Akhir to choose), not as a stock counted per quarter
    report = _row(PRODUKTIVITAS, "53,5", ("52,3", "53,1", "53,8", None), 3, "Kuintal/Ha", jenis=None)
    assert report.indicators[0].capaian_exact == Fraction(1592, 535) * 100
    at_jenis = [f for f in _said(report) if f.sel == "H2"]
    assert len(at_jenis) == 1, _said(report)
    assert 'Satuan "Kuintal/Ha" bukan jumlah' in at_jenis[0].pesan, at_jenis[0].pesan
    assert "posyandu" not in at_jenis[0].pesan


def test_an_area_or_a_harvest_in_tonnes_stays_summed_without_a_word():
    # Luas tanam 24.350 + 21.780 + 21.780 = 67.910 ha of 78.000: 87,06 %; produksi 125.430 + 125.400 +
    # 98.215,6 = 349.045,6 ton of 412.500: 84,62 %: flows, Kumulatif as chosen
    luas = _row("Luas tanam padi", "78.000", ("24.350", "21.780", "21.780", None), 3, "Ha")
    assert luas.indicators[0].capaian_exact == Fraction(67910, 78000) * 100
    assert _said(luas) == []
    produksi = _row(
        "Produksi padi", "412.500 ton", ("125.430 ton", "125,4 rb ton", "98.215,6", None), 3, "Ton"
    )
    assert produksi.indicators[0].capaian_exact == Fraction(3490456, 4125000) * 100
    assert _said(produksi) == []


NTP = "Nilai Tukar Petani (NTP)"


def test_an_index_left_blank_rising_is_not_told_to_subtract_its_quarters():
    # NTP 104,12; 106,35; 107,1 of 105, Jenis blank: Kumulatif by default, 317,57 (302,45 %), told at H2
    # to choose Nilai Akhir or Rata-rata; "TW III dikurangi TW II" would make the NTP 0,75
    report = _row(
        NTP, "105", ("104,12", "106,35", "107,1", None), 3, "Indeks", jenis=None, kode="T1", tingkat="Tujuan"
    )
    assert report.indicators[0].capaian_exact == Fraction(31757, 10500) * 100
    (said,) = _said(report)
    assert said.sel == "H2" and 'Satuan "Indeks" bukan jumlah' in said.pesan, said.pesan
    assert "dikurangi" not in said.pesan


def test_a_yield_left_blank_falling_back_is_told_once():
    # 52,3; 53,1; 51,8 ku/ha of 53,5, Jenis blank: 157,2 (293,83 %), told at H2 alone (no "koreksinya di
    # triwulan yang dikoreksi" at TW III: a yield that fell is no corrected running total)
    report = _row(PRODUKTIVITAS, "53,5", ("52,3", "53,1", "51,8", None), 3, "Ku/Ha", jenis=None)
    assert report.indicators[0].capaian_exact == Fraction(1572, 535) * 100
    (said,) = _said(report)
    assert said.sel == "H2", said


def test_a_percentage_left_blank_typed_sd_each_quarter_keeps_both_readings():
    # realisasi fisik 20; 30; 40 % of 45 %, Jenis blank: 90 % (under the whole: no galat), 200 %; a share
    # typed s.d. each quarter may be meant (TW III dikurangi TW II): both peringatan stay
    report = _row(
        "Persentase realisasi fisik irigasi", "45%", ("20%", "30%", "40%", None), 3, "%", jenis=None
    )
    assert report.indicators[0].capaian_exact == 200
    cells = sorted(f.sel for f in _said(report))
    assert cells == ["H2", "M2"], _said(report)


def _polaritas_blank(indikator, target, tws, satuan):
    row = kinerja_row(
        "T1", "Tujuan", "", "Meningkatnya produksi pertanian", indikator, target, tws, satuan=satuan
    )
    row[6] = None  # Polaritas left blank (kinerja_row's own default is Positif)
    return run([row], triwulan=3)


def test_pests_and_crop_failures_with_a_blank_polaritas_are_asked():
    # Jumlah kasus serangan OPT 12 + 9 + nihil = 21 of 40: Positif 21 / 40 = 52,5 % Rendah as typed, where
    # Negatif gives (80 - 21) / 40 = 147,5 %: the Polaritas cell asks
    report = _polaritas_blank("Jumlah kasus serangan OPT", "40", ("12", "9", "nihil", None), "Kasus")
    assert report.indicators[0].capaian_exact == Fraction(525, 10)
    (said,) = [f for f in report.findings if f.sel == "G2"]
    assert said.severity == "peringatan" and "serangan OPT" in said.pesan, said.pesan
    for indikator, satuan in (
        ("Luas serangan OPT", "Ha"),
        ("Persentase luas serangan OPT terhadap luas tanam", "%"),
        ("Luas lahan puso akibat banjir dan kekeringan", "Ha"),
        ("Jumlah kejadian gagal panen", "Kali"),
        ("Luas serangan organisme pengganggu tumbuhan (OPT) padi", "Ha"),
    ):
        report = _polaritas_blank(indikator, "5", ("2", "1", "1", None), satuan)
        assert [f.sel for f in report.findings if f.sel == "G2"] == ["G2"], (indikator, report.findings)


def test_the_work_against_pests_stays_quiet():
    # the part handled or the work on them: higher is better, no question asked
    for indikator in (
        "Persentase luas serangan OPT yang dikendalikan",
        "Pengendalian serangan OPT",
        "Jumlah kelompok tani yang dilatih penanganan serangan OPT",
        "Luas lahan puso yang mendapat bantuan benih",
        "Persentase petani gagal panen yang menerima asuransi",
    ):
        report = _polaritas_blank(indikator, "5", ("2", "1", "1", None), "%")
        assert [f for f in report.findings if f.sel == "G2"] == [], indikator


def test_a_funding_source_line_without_kode_says_what_to_do():
    # a program of Rp 2,5 M with its DAK Fisik (Rp 1 M) and BLUD (Rp 450 jt) parts typed on rows of their own,
    # Kode blank, as staff note the sumber dana: each row a galat (not counted, the totals neither), now
    # saying that such a part is already in the program's figures: delete the row
    from tests.test_engine import anggaran_row

    kinerja = [
        kinerja_row(
            "3.27.03",
            "Program",
            "",
            "PROGRAM SARANA",
            "Luas tanam padi",
            "78.000",
            ("24.350", "21.780", "21.780", None),
            satuan="Ha",
            jenis="Kumulatif",
        )
    ]
    anggaran = [
        anggaran_row(
            "3.27.03",
            "PROGRAM SARANA",
            "",
            "2.500.000.000",
            ("250.000.000", "750.000.000", "812.300.000", None),
        ),
        anggaran_row(
            "", "- Sumber dana DAK Fisik", "", "1.000.000.000", ("0", "400.000.000", "350.000.000", None)
        ),
        anggaran_row("", "BLUD UPT Balai Benih Induk", "", "450 jt", ("100 jt", "120 jt", "95 jt", None)),
        anggaran_row(
            "", "Program Penyuluhan Pertanian", "", "1.200.000.000", ("100 jt", "120 jt", "95 jt", None)
        ),
    ]
    report = run(kinerja, anggaran, triwulan=3)
    galat = {f.sel: f.pesan for f in report.findings if f.severity == "galat" and f.sheet == "Anggaran"}
    # (anggaran59: the funding rows under the program are a peringatan, left out; only the program's Kode
    # is asked)
    assert sorted(galat) == ["A5"], galat
    said = {f.sel: f.pesan for f in report.findings if f.severity == "peringatan" and f.sheet == "Anggaran"}
    for sel in ("B3", "B4"):
        assert "rincian sumber dana" in said[sel] and "tidak dihitung" in said[sel], said
    assert "sumber dana" not in galat["A5"], galat["A5"]  # a program: its Kode asked


def test_a_figure_per_capita_or_per_kilogram_chosen_kumulatif_is_told_as_a_rate():
    # a Dinas Ketahanan Pangan's energy per capita 2.380 + 2.410 + 2.395 = 7.185 kkal/kapita/hari of 2.400
    # (299,38 %) and the farm-gate price 6.200 + 6.350 + 6.500 = 19.050 Rp/kg of 6.500 (293,08 %): computed as
    # typed, told at H2 with Rata-rata (7.185 / 3 = 2.395; 19.050 / 3 = 6.350), never to subtract the quarters
    energi = _row(
        "Ketersediaan energi per kapita", "2.400", ("2.380", "2.410", "2.395", None), 3, "kkal/kapita/hari"
    )
    assert energi.indicators[0].capaian_exact == Fraction(7185, 2400) * 100
    (said,) = _said(energi)
    assert said.sel == "H2" and '"Rata-rata" (2.395)' in said.pesan, said.pesan
    harga = _row(
        "Harga gabah kering panen di tingkat petani", "6.500", ("6.200", "6.350", "6.500", None), 3, "Rp/kg"
    )
    assert harga.indicators[0].capaian_exact == Fraction(19050, 6500) * 100
    (said,) = _said(harga)
    assert said.sel == "H2" and '"Rata-rata" (6.350)' in said.pesan, said.pesan


def test_a_flow_per_year_stays_summed():
    # visitors 1.200 + 1.500 + 1.800 = 4.500 orang/tahun of 5.000: 90 %, a flow, quiet
    report = _row("Jumlah kunjungan wisatawan", "5.000", ("1.200", "1.500", "1.800", None), 3, "orang/tahun")
    assert report.indicators[0].capaian_exact == 90
    assert _said(report) == []
