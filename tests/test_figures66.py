"""Kinerja figures printed wrong or falsely told, left open by the last stop (figures66).

1. A Target Akhir Renstra typed in whole rupiah under `Juta Rupiah` beside a Target 5.000: with Rp
   (`Rp 25.000.000.000`) Perbandingan Kinerja printed a capaian against 25.000.000.000 (0,000012 %) beside
   a peringatan saying "Tulis 25.000"; plain (`25.000.000.000`) likewise. Now with Rp it is read as 25.000
   juta (Rp is whole rupiah, as `Rp. 25 M` is read): the Renstra period's total, no capaian; plain, neither
   reading sure, a galat at its cell and no capaian.
2. Target `45` beside Target Perubahan `0,45` (Juta Rupiah) was offered a ribuan reading of Rp 45.000, under
   one unit of the Satuan (target_pasted's rule): the cut is said, no reading named.
3. A score of points chosen Kumulatif (`Skor kepatuhan`, Satuan Skor, TW I 20, TW II -5 for a violation)
   was the galat "kurang dari setengah Target", no capaian (or, named "Jumlah poin ..." under Skor, summed
   without a word): now summed, 15 %, with a peringatan naming the penalty reading and the level's.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.common import kinerja_row
from tests.test_tampilan57 import _findings

# --- 1. a Target Akhir Renstra in whole rupiah --------------------------------------------------------


def _renstra_report(tmp_path, renstra, jenis="Kumulatif", tws=("1.000", "2.000")):
    from lkj_xl.build import load_report
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_tampilan57 import SETTINGS

    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", "5.000", *tws,
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": jenis, "Target Akhir Renstra": renstra},
    )  # fmt: skip
    path = tmp_path / "laporan.xlsx"
    new_workbook(path, pengaturan=SETTINGS, kinerja=[row])
    report = load_report(path)
    return report.indicators[0].pembanding, [(f.severity, f.pesan) for f in report.findings if f.sel == "Q4"]


@pytest.mark.parametrize("renstra", ["Rp 25.000.000.000", "Rp25.000.000.000", "Rp. 25.000.000.000"])
def test_a_renstra_with_rp_is_read_in_the_satuan_and_is_the_periods_total(tmp_path, renstra):
    pembanding, said = _renstra_report(tmp_path, renstra)
    # Rp 25.000.000.000 / 1.000.000 = 25.000 juta = 5 x 5.000 (the Target), at least 3 times: the Renstra
    # period's total. Before: (1.000 + 2.000) / 25.000.000.000 x 100 = 3/250.000 % printed
    assert pembanding.target_renstra == 25_000
    assert pembanding.renstra_jumlah and pembanding.capaian_renstra_exact is None
    assert all(severity == "peringatan" for severity, _ in said), said
    (skala,) = [pesan for _, pesan in said if "rupiah penuh" in pesan]
    assert "yaitu 25.000 Juta Rupiah); Perbandingan Kinerja dihitung dari 25.000." in skala, skala
    assert "Tulis 25.000 (Rp 25.000.000.000 / 1.000.000)" in skala, skala
    assert any("jumlah seluruh periode Renstra" in pesan for _, pesan in said), said


def test_a_nilai_akhir_renstra_with_rp_is_compared_in_the_satuan(tmp_path):
    # Nilai Akhir: TW II 3.500 of "Rp 6.000.000.000" = 6.000 juta: 3.500 / 6.000 x 100 = 175/3 % (58,33);
    # before 3.500 / 6.000.000.000 x 100 = 7/120.000 %
    pembanding, said = _renstra_report(tmp_path, "Rp 6.000.000.000", "Nilai Akhir", ("1.500", "3.500"))
    assert pembanding.target_renstra == 6_000 and not pembanding.renstra_jumlah
    assert pembanding.capaian_renstra_exact == Fraction(175, 3)
    ((severity, pesan),) = said
    assert severity == "peringatan" and "Perbandingan Kinerja dihitung dari 6.000" in pesan, pesan


@pytest.mark.parametrize(
    ("renstra", "to_type"),
    [
        # 25.000.000.000 / 1.000.000 = 25.000 (whole rupiah), before 3.000 / 25.000.000.000 x 100 printed
        ("25.000.000.000", "tulis 25.000"),
        # in ribuan: 25.000.000 / 1.000 = 25.000
        ("25.000.000", "tulis 25.000"),
    ],
)
def test_a_plain_renstra_in_another_scale_is_a_galat_and_not_compared(tmp_path, renstra, to_type):
    pembanding, said = _renstra_report(tmp_path, renstra, "Nilai Akhir", ("1.500", "3.500"))
    # (Nilai Akhir: no period's total either way; before, 3.500 / 25.000.000.000 x 100 = 7/500.000 %)
    assert pembanding.capaian_renstra_exact is None and pembanding.target_renstra is None
    assert pembanding.galat_per["target_renstra"] == ["Kinerja!Q4"]
    ((severity, pesan),) = said
    assert severity == "galat" and "capaian terhadap Target Akhir Renstra tidak dihitung" in pesan, pesan
    assert pesan.endswith(to_type), pesan


def test_the_perbandingan_sheet_prints_no_capaian_against_a_mis_scaled_renstra(tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_tampilan57 import SETTINGS

    rows = [
        kinerja_row(
            f"S{k}",
            "Sasaran",
            "",
            "Meningkatnya investasi",
            f"Nilai investasi {k}",
            "5.000",
            "1.000",
            "2.000",
            **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif", "Target Akhir Renstra": renstra},
        )  # fmt: skip
        for k, renstra in ((1, "Rp 25.000.000.000"), (2, "25.000.000.000"))
    ]
    path, out = tmp_path / "laporan.xlsx", tmp_path / "hasil.xlsx"
    new_workbook(path, pengaturan=SETTINGS, kinerja=rows)
    assert CliRunner().invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Perbandingan Kinerja"]
    got = {r[2]: r[-2:] for r in sheet.iter_rows(values_only=True) if str(r[2]).startswith("Nilai investasi")}
    # Rp: 25.000 (juta) and the period total's words; plain: its cell's galat (before: 25.000.000.000 and
    # 3.000 / 25.000.000.000 x 100 = 0,000012 % in both)
    assert got["Nilai investasi 1"] == (25_000, "Perlu realisasi tahun sebelumnya"), got
    assert got["Nilai investasi 2"] == ("Galat (Kinerja!Q5)", "Galat (Kinerja!Q5)"), got


# --- 2. a Target's ribuan reading under one unit of the Satuan ------------------------------------------


def _perubahan(target, perubahan):
    # (Target I4, Target Perubahan J4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", target, "0,1", "0,2",
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif", "Target Perubahan": perubahan},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("target", "perubahan", "persen"),
    [
        # 45 ribu = Rp 45.000 < Rp 1 juta: no reading (it was "Bila Target ditulis dalam ribuan rupiah (Rp
        # 45.000), tulis Target 0,045"); 0,45 / 45 x 100 = 1 %
        ("45", "0,45", "hanya 1 % dari Target"),
        # 999 ribu, one rupiah-thousand under a juta: 0,45 / 999 x 100 = 0,045045... %; as ribuan
        # 999 / 1.000 = 0,999 juta, 2,22 times 0,45 (was the galat "tulis Target 0,999")
        ("999", "0,45", "Periksa keduanya"),
    ],
)
def test_a_ribuan_reading_under_one_juta_is_not_offered(tmp_path, target, perubahan, persen):
    ind, said = _findings(tmp_path, _perubahan(target, perubahan))
    # the Target Perubahan's capaian either way: (0,1 + 0,2) / 0,45 x 100 = 200/3 %
    assert ind.capaian_exact == Fraction(200, 3)
    (told,) = said["I4"]
    assert told[0] == "peringatan" and "ribuan" not in told[1], told
    assert persen in told[1] and f"bila Target memang {target} Juta Rupiah dan dipangkas" in told[1], told


def test_one_juta_as_ribuan_is_still_offered(tmp_path):
    # 1.000 ribu = Rp 1.000.000, one unit of Juta Rupiah: the reading stays (1.000 / 1.000 = 1 beside 0,45:
    # 1.000 / 0,45 = 2.222 times, from five hundred up the galat)
    _ind, said = _findings(tmp_path, _perubahan("1.000", "0,45"))
    (galat,) = said["I4"]
    assert galat[0] == "galat" and "tulis Target 1 (1.000 / 1.000)" in galat[1], galat


# --- 3. a score of points chosen Kumulatif ----------------------------------------------------------


def _skor(indikator, satuan, tws, target="100"):
    # (Target I4, TW I K4, TW II L4, TW III M4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya disiplin", indikator, target, *tws[:2],
        **{"Satuan": satuan, "Jenis Realisasi": "Kumulatif", "Realisasi TW III": (tws[2:] or [None])[0]},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Skor kepatuhan", "Skor"),
        ("Poin kepatuhan", "Poin"),
        ("Skor disiplin pegawai", "skor"),
        # named a count under Skor: before summed without a word (is_level_unit's share check, no share)
        ("Jumlah poin kepatuhan", "Skor"),
    ],
)
def test_a_penalty_in_a_kumulatif_score_of_points_is_summed_and_told(tmp_path, indikator, satuan):
    ind, said = _findings(tmp_path, _skor(indikator, satuan, ("20", "-5")))
    # 20 + (-5) = 15 points of 100: 15 % (before: the galat "kurang dari setengah Target", no capaian)
    assert ind.capaian_exact == Fraction(15)
    (told,) = said["L4"]
    assert told[0] == "peringatan", told
    assert "realisasi s.d. TW II 20 + (-5) = 15, dihitung sebagai pengurangan poin" in told[1], told
    assert 'pilih "Nilai Akhir"' in told[1] and "nilai sebelumnya dikurangi 5" in told[1], told


def test_a_points_sum_below_zero_stays_a_galat(tmp_path):
    # 5 + (-10) = -5: no score of points reached; the galat, as before
    ind, said = _findings(tmp_path, _skor("Skor kepatuhan", "Skor", ("5", "-10")))
    assert ind.capaian is None
    assert said["L4"][0][0] == "galat" and "jumlahnya di bawah nol" in said["L4"][0][1], said


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        # a level named first, or a Satuan of an index's: summed_below_zero's galat, as before (Nilai SAKIP
        # under Skor is since figures67 skor_evaluasi's galat: test_figures67)
        ("Nilai kinerja pegawai", "Skor"),
        ("Indeks kepuasan masyarakat", "Skor"),
        ("Kepatuhan pajak", "Indeks"),
    ],
)
def test_a_level_under_a_score_keeps_the_galat(tmp_path, indikator, satuan):
    # 20 + (-5) = 15 < 100 / 2: no level reached
    ind, said = _findings(tmp_path, _skor(indikator, satuan, ("20", "-5")))
    assert ind.capaian is None
    (told,) = said["L4"]
    assert told[0] == "galat" and "kurang dari setengah Target (100)" in told[1], told


def test_a_change_of_a_score_of_points_stays_quiet(tmp_path):
    # "Peningkatan skor ..." measures the change: 20 + (-5) = 15 of 100, 15 %, no word (as before figures66)
    ind, said = _findings(tmp_path, _skor("Peningkatan skor kepatuhan", "Skor", ("20", "-5")))
    assert ind.capaian_exact == Fraction(15)
    assert "L4" not in said, said
