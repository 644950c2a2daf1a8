"""Kinerja figures printed wrong or doubted wrongly, left open by the last stop (figures67).

1. An evaluation's score chosen Kumulatif (`Skor SAKIP`, Satuan Skor, Target 70): TW I 60 + TW II 65 was
   summed to 125, 178,57 % beside a peringatan; 30 + 35 = 65, 92,86 % without a word; 60 + (-5) = 55 told
   as points taken off (figures66's points reading). Now a galat at the Jenis Realisasi, no capaian.
2. Realisasi Tahun Lalu typed `Rp 1.100.000.000` under Juta Rupiah beside Target 5.000: Perbandingan
   Kinerja compared 1.100.000.000 juta (a change of -99,99 %). Now read as 1.100 juta, as a Target Akhir
   Renstra with Rp is (figures66).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.common import kinerja_row
from tests.test_tampilan57 import _findings

# --- 1. an evaluation's score chosen Kumulatif --------------------------------------------------------


def _skor(indikator, tws, satuan="Skor", jenis="Kumulatif", target="70"):
    # (Jenis Realisasi H4, Target I4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya akuntabilitas", indikator, target, *tws,
        **{"Satuan": satuan, "Jenis Realisasi": jenis},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("indikator", "satuan", "tws", "parts"),
    [
        # before: 60 + 65 = 125 of 70, 125 / 70 x 100 = 178,57 % beside a peringatan
        ("Skor SAKIP", "Skor", ("60", "65"), "TW I 60 + TW II 65 = 125"),
        # before: 30 + 35 = 65 of 70, 65 / 70 x 100 = 92,857... % "Sangat Tinggi" without a word
        ("Skor SAKIP", "Skor", ("30", "35"), "TW I 30 + TW II 35 = 65"),
        ("Nilai evaluasi SAKIP", "Nilai", ("60", "65"), "TW I 60 + TW II 65 = 125"),
        ("Indeks SPBE", "Indeks", ("2,5", "2,6"), "TW I 2,5 + TW II 2,6 = 5,1"),
        ("SAKIP (nilai evaluasi)", "poin", ("60", "65"), "TW I 60 + TW II 65 = 125"),
        ("Nilai Reformasi Birokrasi", "%", ("60", "65"), "TW I 60 + TW II 65 = 125"),
    ],
)
def test_an_evaluation_score_chosen_kumulatif_is_a_galat(tmp_path, indikator, satuan, tws, parts):
    ind, said = _findings(tmp_path, _skor(indikator, tws, satuan))
    assert ind.capaian is None and ind.realisasi is None
    (told,) = said["H4"]
    assert told[0] == "galat" and f"(Kumulatif): {parts}," in told[1], told
    assert "realisasi dan capaian tidak dihitung" in told[1], told
    assert all(severity != "peringatan" for severity, _ in said.get("L4", [])), said


def test_an_evaluation_score_galat_names_the_readings(tmp_path):
    _ind, said = _findings(tmp_path, _skor("Skor SAKIP", ("60", "65")))
    (told,) = said["H4"]
    # Nilai Akhir TW II's 65; Rata-rata (60 + 65) / 2 = 62,5 (in a galat: main's peringatan named them too)
    assert told[0] == "galat", told
    assert '"Nilai Akhir" (nilai triwulan terakhir, 65)' in told[1] and '"Rata-rata" (62,5)' in told[1], told


def test_an_evaluation_score_with_a_fall_typed_is_no_penalty(tmp_path):
    # 60 + (-5) = 55 was told "dihitung sebagai pengurangan poin" (a peringatan at L4), capaian 55 / 70 x 100
    # = 78,57 %: a SAKIP score has no penalty points
    ind, said = _findings(tmp_path, _skor("Skor SAKIP", ("60", "-5")))
    assert ind.capaian is None
    (told,) = said["H4"]
    assert told[0] == "galat" and "TW I 60 + TW II (-5) = 55" in told[1], told
    assert "tulis nilai hasil evaluasi tiap triwulan" in told[1], told
    assert not any("pengurangan poin" in pesan for _, pesan in said.get("L4", [])), said


@pytest.mark.parametrize(
    ("indikator", "tws", "jenis", "capaian"),
    [
        # one quarter: its figure is the score, 65 / 70 x 100 = 6.500 / 70 = 650/7 %
        ("Skor SAKIP", (None, "65"), "Kumulatif", Fraction(650, 7)),
        # Nilai Akhir chosen: TW II's 65, 650/7 %
        ("Skor SAKIP", ("60", "65"), "Nilai Akhir", Fraction(650, 7)),
        # a count naming SAKIP: 2 + 3 = 5 of 70 recommendations, 5 / 70 x 100 = 50/7 %
        ("Jumlah rekomendasi SAKIP yang ditindaklanjuti", ("2", "3"), "Kumulatif", Fraction(50, 7)),
        # an amount named "Nilai" (rupiah of findings, summed per quarter): (2 + 3) / 70 x 100 = 50/7 %
        ("Nilai temuan SPIP", ("2", "3"), "Kumulatif", Fraction(50, 7)),
    ],
)
def test_no_galat_where_the_score_is_not_summed(tmp_path, indikator, tws, jenis, capaian):
    satuan = "rekomendasi" if indikator.startswith("Jumlah") else "Skor"
    ind, said = _findings(tmp_path, _skor(indikator, tws, satuan, jenis))
    assert ind.capaian_exact == capaian
    assert not [t for t in said.get("H4", []) if t[0] == "galat"], said


def test_a_score_of_points_stays_summed_as_figures66_reads_it(tmp_path):
    # "Skor kepatuhan" names no evaluation: 20 + (-5) = 15 of 100, 15 %, a peringatan (figures66)
    ind, said = _findings(tmp_path, _skor("Skor kepatuhan", ("20", "-5"), target="100"))
    assert ind.capaian_exact == Fraction(15)
    assert "H4" not in said and said["L4"][0][0] == "peringatan", said


# --- 2. last year's realisasi with Rp in whole rupiah -------------------------------------------------


def _lalu(lalu, jenis="Kumulatif", tws=("1.000", "2.000")):
    # (Realisasi Tahun Lalu P4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", "5.000", *tws,
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": jenis, "Realisasi Tahun Lalu": lalu},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lalu", "jenis", "tws", "selisih", "perubahan"),
    [
        # Rp 1.100.000.000 / 1.000.000 = 1.100 juta; Kumulatif 1.000 + 2.000 = 3.000: selisih 1.900,
        # 1.900 / 1.100 x 100 = 1.900/11 % (172,73). Before: 3.000 - 1.100.000.000 = -1.099.997.000,
        # -99,99...% printed
        ("Rp 1.100.000.000", "Kumulatif", ("1.000", "2.000"), Fraction(1900), Fraction(1900, 11)),
        ("Rp. 1.100.000.000", "Kumulatif", ("1.000", "2.000"), Fraction(1900), Fraction(1900, 11)),
        # Nilai Akhir TW II 3.500 against Rp 4.500.000.000 = 4.500 juta: -1.000, -1.000 / 4.500 x 100 = -200/9 %
        ("Rp 4.500.000.000", "Nilai Akhir", ("1.500", "3.500"), Fraction(-1000), Fraction(-200, 9)),
    ],
)
def test_last_years_figure_with_rp_is_read_in_the_satuan(tmp_path, lalu, jenis, tws, selisih, perubahan):
    ind, said = _findings(tmp_path, _lalu(lalu, jenis, tws))
    pembanding = ind.pembanding
    assert pembanding.selisih_exact == selisih and pembanding.perubahan_exact == perubahan
    # last year's figure as compared: this year's (3.000 Kumulatif, 3.500 Nilai Akhir) less the selisih
    assert Fraction(pembanding.tahun_lalu) == {"Kumulatif": 3_000, "Nilai Akhir": 3_500}[jenis] - selisih
    ((severity, pesan),) = said["P4"]
    assert severity == "peringatan" and "Perbandingan Kinerja dihitung dari" in pesan, pesan
    assert "dihitung apa adanya" not in pesan, pesan


def test_a_plain_last_years_figure_is_still_compared_as_typed(tmp_path):
    # plain 1.100.000.000: neither reading sure (the peringatan names both); 3.000 - 1.100.000.000 as before
    ind, said = _findings(tmp_path, _lalu("1.100.000.000"))
    assert ind.pembanding.selisih_exact == 3_000 - 1_100_000_000
    assert "dihitung apa adanya" in said["P4"][0][1], said


def test_the_perbandingan_sheet_prints_last_years_figure_in_the_satuan(tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_tampilan57 import SETTINGS

    path, out = tmp_path / "laporan.xlsx", tmp_path / "hasil.xlsx"
    new_workbook(path, pengaturan=SETTINGS, kinerja=[_lalu("Rp 1.100.000.000")])
    assert CliRunner().invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Perbandingan Kinerja"]
    (row,) = [r for r in sheet.iter_rows(values_only=True) if r[2] == "Nilai realisasi investasi"]
    # last year 1.100 (juta), selisih 3.000 - 1.100 = 1.900, perubahan 1.900 / 1.100 x 100 = 172,7272... %
    # (before: 1.100.000.000, -1.099.997.000 and -99,99...%)
    assert 1_100 in row and 1_900 in row, row
    assert 1_100_000_000 not in row and -1_099_997_000 not in row, row


# --- 3. the Word report's sentence for a comparison figure left out by a galat ----------------------


def test_the_word_sentence_names_the_mis_scaled_renstra(tmp_path):
    from tests.test_tampilan57 import _laporan

    # plain 25.000.000.000 under Juta Rupiah beside Target 5.000: a galat at Q4 (figures66). Before the
    # sentence said "Nilai pembanding pada sel Kinerja!Q4 tidak dapat dibaca (galat)": no figure named,
    # and the cell was read (in another scale)
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", "5.000", "1.500", "3.500",
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Nilai Akhir", "Target Akhir Renstra": "25.000.000.000"},
    )  # fmt: skip
    text = "\n".join(p.text for p in _laporan(tmp_path, [row]).paragraphs)
    # ("sheet Pemeriksaan", as the report's other sentences pointing at a galat say it: kalimat.py)
    assert (
        "Target akhir Renstra tidak dipakai dalam perbandingan karena galat pada sel Kinerja!Q4 (lihat sheet "
        "Pemeriksaan)." in text
    )
    assert "tidak dapat dibaca (galat)" not in text


# --- 4. Ribu Rupiah: a Renstra or last year's figure in whole rupiah ----------------------------------


def _ribu(**more):
    # (Satuan Ribu Rupiah, Target 5.000 = Rp 5.000.000; Kumulatif 1.000 + 2.000 = 3.000)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", "5.000", "1.000", "2.000",
        **{"Satuan": "Ribu Rupiah", "Jenis Realisasi": "Kumulatif", **more},
    )  # fmt: skip


def test_a_renstra_with_rp_under_ribu_rupiah_is_read_in_the_satuan(tmp_path):
    # Rp 25.000.000 / 1.000 = 25.000 ribu = 5 x 5.000: the Renstra period's total. Before: read as
    # 25.000.000 ribu (Rp 25 M), told only "skala berbeda ... periksa besarnya", and printed so
    ind, said = _findings(tmp_path, _ribu(**{"Target Akhir Renstra": "Rp 25.000.000"}))
    assert ind.pembanding.target_renstra == 25_000 and ind.pembanding.renstra_jumlah
    assert any("Perbandingan Kinerja dihitung dari 25.000" in pesan for _, pesan in said["Q4"]), said


def test_a_plain_renstra_in_whole_rupiah_under_ribu_rupiah_is_a_galat(tmp_path):
    # 25.000.000 plain: 25.000.000 ribu or Rp 25.000.000 (= 25.000 ribu), neither sure: a galat, as under
    # Juta Rupiah (figures66); before a period's total of 25.000.000 ribu, 5.000 times the Target
    ind, said = _findings(tmp_path, _ribu(**{"Target Akhir Renstra": "25.000.000"}))
    assert ind.pembanding.target_renstra is None and ind.pembanding.capaian_renstra_exact is None
    ((severity, pesan),) = said["Q4"]
    assert severity == "galat" and pesan.endswith("tulis 25.000"), pesan


def test_last_years_figure_with_rp_under_ribu_rupiah_is_read_in_the_satuan(tmp_path):
    # Rp 1.100.000 / 1.000 = 1.100 ribu; 3.000 - 1.100 = 1.900, 1.900 / 1.100 x 100 = 1.900/11 %. Before:
    # 3.000 - 1.100.000 = -1.097.000, -99,73 % printed beside "skala berbeda ... periksa besarnya" only
    ind, _said = _findings(tmp_path, _ribu(**{"Realisasi Tahun Lalu": "Rp 1.100.000"}))
    assert ind.pembanding.selisih_exact == 1_900 and ind.pembanding.perubahan_exact == Fraction(1900, 11)


# --- review (rev_figures67) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan", "tws", "capaian"),
    [
        # a share of the year's recommendations followed up each quarter, chosen Kumulatif: 25 + 25 = 50 of
        # 100, 50 %. figures67 gave a galat ("nilai hasil evaluasi") and no capaian: it starts with Tingkat
        # and names SAKIP
        ("Tingkat penyelesaian tindak lanjut rekomendasi SAKIP", "%", ("25", "25"), Fraction(50)),
        ("Nilai tindak lanjut temuan SPIP", "%", ("25", "25"), Fraction(50)),
        ("Tingkat penyerapan anggaran SPBE", "%", ("30", "20"), Fraction(50)),
    ],
)
def test_a_flow_naming_an_evaluation_is_summed_as_chosen(tmp_path, indikator, satuan, tws, capaian):
    ind, said = _findings(tmp_path, _skor(indikator, tws, satuan, target="100"))
    assert ind.capaian_exact == capaian
    assert not [t for t in said.get("H4", []) if t[0] == "galat"], said


@pytest.mark.parametrize(
    ("tws", "parts"),
    [
        # Jenis Realisasi blank: Kumulatif by default. Before: 60 + 65 = 125 of 70, 125 / 70 x 100 = 178,57 %
        # printed beside _summed_levels' peringatan ("bila nilainya posisi, pilih Nilai Akhir")
        (("60", "65"), "TW I 60 + TW II 65 = 125"),
        # before: 30 + 35 = 65 of 70, 92,86 % "Sangat Tinggi" beside the same peringatan
        (("30", "35"), "TW I 30 + TW II 35 = 65"),
    ],
)
def test_an_evaluation_score_with_jenis_left_blank_is_a_galat_too(tmp_path, tws, parts):
    ind, said = _findings(tmp_path, _skor("Skor SAKIP", tws, jenis=None))
    assert ind.capaian is None and ind.realisasi is None
    (told,) = said["H4"]  # (the galat alone: no peringatan of the blank Jenis beside it)
    assert told[0] == "galat", told
    assert f"(Jenis Realisasi kosong, jadi Kumulatif): {parts}," in told[1], told
    # Nilai Akhir: TW II's figure; Rata-rata: (60 + 65) / 2 = 62,5, (30 + 35) / 2 = 32,5
    akhir, rata = tws[1], {"60": "62,5", "30": "32,5"}[tws[0]]
    assert f"(nilai triwulan terakhir, {akhir})" in told[1] and f'"Rata-rata" ({rata})' in told[1], told


def test_an_evaluation_score_with_jenis_blank_and_one_figure_keeps_the_peringatan(tmp_path):
    # 60 + 0: one quarter not nought, no galat; summed 60 of 70, 60 / 70 x 100 = 600/7 % as before, with
    # the blank Jenis' peringatan
    ind, said = _findings(tmp_path, _skor("Skor SAKIP", ("60", "0"), jenis=None))
    assert ind.capaian_exact == Fraction(600, 7)
    assert [s for s, _ in said["H4"]] == ["peringatan"], said


def test_an_amount_in_rupiah_naming_an_evaluation_is_summed_as_chosen(tmp_path):
    # "Nilai investasi SPBE" of Juta Rupiah: spent each quarter, 1.000 + 2.000 = 3.000 of 5.000, 3.000 /
    # 5.000 x 100 = 60 %. figures67 gave the evaluation's galat (Nilai first, SPBE named), no capaian
    ind, said = _findings(
        tmp_path, _skor("Nilai investasi SPBE", ("1.000", "2.000"), "Juta Rupiah", target="5.000")
    )
    assert ind.capaian_exact == Fraction(60)
    assert not [t for t in said.get("H4", []) if t[0] == "galat"], said


def _lalu_tahun(lalu, tahun_lalu, tws=("1.000", "2.000")):
    # (Satuan Juta Rupiah, Target 5.000; "Realisasi 2024" beside Realisasi Tahun Lalu: the latter at Q4)
    more = dict(zip(("Realisasi TW III", "Realisasi TW IV"), tws[2:]))
    return {**_lalu(lalu, "Kumulatif", tws[:2]), **more, "Realisasi 2024": tahun_lalu}


def test_last_years_figure_with_rp_equal_to_the_years_column_is_one_figure_at_tw_iv(tmp_path):
    # Rp 1.100.000.000 = 1.100 juta, read so since figures67; "Realisasi 2024" 1.100: one figure. figures67
    # still told "(Rp 1.100.000.000) berbeda dengan kolom "Realisasi 2024" (1.100) ... perbaiki angka yang
    # salah" beside the peringatan saying it is read as 1.100
    row = _lalu_tahun("Rp 1.100.000.000", "1.100", ("1.000", "2.000", "1.000", "500"))
    _ind, said = _findings(tmp_path, row, triwulan=4)
    assert not any("berbeda dengan kolom" in pesan for _, pesan in said["Q4"]), said
    # Rp 1.200.000.000 = 1.200 beside 1.100: two figures, still told
    _ind, said = _findings(
        tmp_path, _lalu_tahun("Rp 1.200.000.000", "1.100", ("1.000", "2.000", "1.000", "500")), 4
    )
    assert any("berbeda dengan kolom" in pesan for _, pesan in said["Q4"]), said


def test_last_years_whole_year_typed_with_rp_in_a_tw_ii_report_is_told(tmp_path):
    # Rp 3.000.000.000 = 3.000 juta, the "Realisasi 2024" column's whole year, in the TW II report: told as
    # the plain 3.000 is (Perbandingan Kinerja sets s.d. TW II against a whole year); figures67 said nothing
    _ind, said = _findings(tmp_path, _lalu_tahun("Rp 3.000.000.000", "3.000"))
    (pesan,) = [p for _, p in said["Q4"] if "realisasi setahun penuh" in p]
    assert 'sama dengan kolom "Realisasi 2024" (3.000)' in pesan, pesan
