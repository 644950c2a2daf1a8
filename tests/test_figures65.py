"""Kinerja figures printed wrong or falsely told, left open by the last stop (figures65).

1. A quarter below zero under an index's or a ratio's Satuan with Jenis Realisasi chosen `Kumulatif`
   (`Indeks Gini` TW I 0,38, TW II -0,01: the fall typed for the level): summed without a word (102,63 % of
   a Negatif Gini; -0,02 + (-0,01) = -0,03 printed 207,89 %). Now a peringatan naming the sum where it is
   a level (at least half the target), a galat where it is none.
2. A plain Target a hundred to five hundred times its Target Perubahan (`5.000` beside `45` Juta Rupiah: a
   refocusing cut, or a Target pasted in ribuan) was the galat `tampaknya ditulis dalam ribuan rupiah`;
   both readings may be right there: a peringatan naming both. From five hundred times up: the galat.
3. A Target Akhir Renstra (or last year's figure) typed with `Rp` in whole rupiah under `Juta Rupiah`
   (`Rp 25.000.000.000` beside a Target 5.000) was told only `skala berbeda ... periksa besarnya` and named
   the Renstra period's total of 25.000.000.000 Juta Rupiah. Now the figure to type, 25.000.
4. A lower-is-better amount realised far below its Target (`Tunggakan pajak` 1.250 Juta Rupiah, TW II 5)
   was told `tampaknya ditulis dalam ribuan rupiah`: pasted, a realisasi four times its Target. Quiet now
   where the realisasi is above twice the ribuan reading; told up to it.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.common import kinerja_row
from tests.test_tampilan57 import _findings

# --- 1. a quarter below zero of an index chosen Kumulatif --------------------------------------------


def _gini(tw1, tw2, polaritas="Negatif", jenis="Kumulatif", satuan="Indeks Gini", target="0,38"):
    # (Target I4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Menurunnya ketimpangan pendapatan", "Indeks Gini", target, tw1, tw2,
        **{"Satuan": satuan, "Polaritas": polaritas, "Jenis Realisasi": jenis},
    )  # fmt: skip


@pytest.mark.parametrize("satuan", ["Indeks Gini", "Indeks", "Rasio"])
@pytest.mark.parametrize(
    ("polaritas", "capaian"),
    [
        # 0,38 + (-0,01) = 0,37; Positif 0,37 / 0,38 x 100 = 37/38 x 100 = 1850/19 (97,37 %)
        ("Positif", Fraction(1850, 19)),
        # Negatif (2 x 0,38 - 0,37) / 0,38 x 100 = 0,39 / 0,38 x 100 = 1950/19 (102,63 %, printed untold)
        ("Negatif", Fraction(1950, 19)),
    ],
)
def test_a_kumulatif_index_with_a_fall_summed_to_a_level_is_told(tmp_path, satuan, polaritas, capaian):
    ind, said = _findings(tmp_path, _gini("0,38", "-0,01", polaritas, satuan=satuan))
    assert ind.capaian_exact == capaian  # computed: the sum is the level when TW I holds it
    (told,) = said["L4"]  # (before: nothing at L4)
    assert told[0] == "peringatan", told
    assert "realisasi s.d. TW II 0,38 + (-0,01) = 0,37" in told[1], told
    assert f'padahal Satuan "{satuan}" tidak bisa di bawah nol' in told[1], told
    assert 'pilih "Nilai Akhir" dan tulis nilai tiap triwulan (TW II 0,37)' in told[1], told


@pytest.mark.parametrize("polaritas", ["Positif", "Negatif"])
@pytest.mark.parametrize(
    ("tw1", "tw2", "why"),
    [
        # -0,02 + (-0,01) = -0,03: no index is below zero (Negatif (0,76 + 0,03) / 0,38 = 207,89 % untold,
        # Positif -7,89 % with the capaian-below-zero peringatan only)
        ("-0,02", "-0,01", "jumlahnya di bawah nol"),
        # 0,01 + (-0,005) = 0,005 < 0,38 / 2: changes only, no level (Negatif (0,76 - 0,005) / 0,38 =
        # 198,68 % untold, Positif 1,32 % untold)
        ("0,01", "-0,005", "jumlahnya kurang dari setengah Target (0,38)"),
    ],
)
def test_a_kumulatif_index_summed_to_no_level_is_a_galat(tmp_path, polaritas, tw1, tw2, why):
    ind, said = _findings(tmp_path, _gini(tw1, tw2, polaritas))
    assert ind.capaian is None
    (galat,) = said["L4"]
    assert galat[0] == "galat" and why in galat[1] and "capaian tidak dihitung" in galat[1], galat


@pytest.mark.parametrize(
    ("tw1", "capaian"),
    [
        # the edge: 1,5 + (-0,5) = 1 = half of 2, a level: 1 / 2 x 100 = 50 % (figures64's pin, computed)
        ("1,5", Fraction(50)),
        # 1,4 + (-0,5) = 0,9 < 1: no level, a galat
        ("1,4", None),
    ],
)
def test_half_the_target_is_the_edge_of_a_level(tmp_path, tw1, capaian):
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya pelayanan", "Indeks Kepuasan Masyarakat", "2", tw1, "-0,5",
        **{"Satuan": "Indeks", "Jenis Realisasi": "Kumulatif"},
    )  # fmt: skip
    ind, said = _findings(tmp_path, row)
    assert ind.capaian_exact == capaian
    (told,) = said["L4"]
    assert told[0] == ("peringatan" if capaian is not None else "galat"), told


def test_a_later_level_beside_a_fall_in_the_years_report_is_a_galat(tmp_path):
    # Tahunan (s.d. TW IV): 0,38 + (-0,01) + 0,37 + (-0,02) = 0,72 adds two levels (TW III 0,37 is half
    # the target or more); it printed (0,76 - 0,72) / 0,38 = 10,53 % untold
    row = _gini("0,38", "-0,01")
    row.update({"Realisasi TW III": "0,37", "Realisasi TW IV": "-0,02"})
    ind, said = _findings(tmp_path, row, triwulan="Tahunan")
    assert ind.capaian is None
    (galat,) = said["N4"]
    assert galat[0] == "galat" and "TW III 0,37 tampaknya nilainya, bukan perubahan" in galat[1], galat


def test_a_half_years_report_is_told_alike(tmp_path):
    # Semester I (s.d. TW II): 0,37, (0,76 - 0,37) / 0,38 x 100 = 1950/19, with the peringatan
    ind, said = _findings(tmp_path, _gini("0,38", "-0,01"), triwulan="Semester I")
    assert ind.capaian_exact == Fraction(1950, 19)
    assert said["L4"][0][0] == "peringatan", said


@pytest.mark.parametrize("jenis", [None, "Nilai Akhir", "Rata-rata"])
@pytest.mark.parametrize("polaritas", ["Positif", "Negatif"])
def test_every_other_jenis_keeps_the_galat(tmp_path, jenis, polaritas):
    # figures64's rule, every Jenis but Kumulatif and both Polaritas: -0,01 is no level (the Nilai Akhir
    # (0,76 + 0,01) / 0,38 = 202,63 % before it)
    ind, said = _findings(tmp_path, _gini("0,38", "-0,01", polaritas, jenis))
    assert ind.capaian is None
    assert said["L4"][0][0] == "galat", said


def test_a_kumulatif_index_measuring_a_change_stays_quiet(tmp_path):
    # "Pertumbuhan ..." measures the change: 0,1 + (-0,05) = 0,05 of 2, 2,5 %, no word at TW II
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya ekonomi", "Pertumbuhan indeks harga produsen", "2", "0,1", "-0,05",
        **{"Satuan": "Indeks", "Jenis Realisasi": "Kumulatif"},
    )  # fmt: skip
    ind, said = _findings(tmp_path, row)
    assert ind.capaian_exact == Fraction(5, 2)  # 0,05 / 2 x 100
    assert "L4" not in said, said


# --- 2. a Target a hundred times its Target Perubahan or more --------------------------------------


def _investasi(target, perubahan, satuan="Juta Rupiah", tws=("10", "15")):
    # (Target I4, Target Perubahan J4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", target, *tws,
        **{"Satuan": satuan, "Jenis Realisasi": "Kumulatif", "Target Perubahan": perubahan},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("target", "perubahan", "satuan", "words"),
    [
        # 45 / 5.000 x 100 = 0,9 % (a refocusing cut); as ribuan 5.000 / 1.000 = 5 juta, the Target
        # Perubahan 9 times it: no ordinary revision either
        ("5.000", "45", "Juta Rupiah", ("hanya 0,9 % dari Target", "tulis Target 5 (5.000 / 1.000)")),
        # the lower edge: 4.500 = 100 x 45 (1 %)
        ("4.500", "45", "Juta Rupiah", ("hanya 1 % dari Target", "tulis Target 4,5 (4.500 / 1.000)")),
        # just under five hundred times: 22.499 / 1.000 = 22,499 < 45 / 2 = 22,5
        ("22.499", "45", "Juta Rupiah", ("tulis Target 22,499 (22.499 / 1.000)",)),
        # a juta paste under Milyar Rupiah, one scale down too: 45 / 5.000 = 0,9 %; 5.000 / 1.000 = 5 milyar
        ("5.000", "45", "Milyar Rupiah", ("Bila Target ditulis dalam juta rupiah (Rp 5.000.000.000)",)),
        # whole rupiah under Ribu Rupiah: 1.250.000 / 500.000.000 = 0,25 %; Rp 500.000.000 = 500.000 ribu,
        # the Target Perubahan 2,5 times it
        ("500.000.000", "1.250.000", "Ribu Rupiah", ("tulis Target 500.000 (500.000.000 / 1.000)",)),
    ],
)
def test_a_deep_cut_is_a_peringatan_naming_both_readings(tmp_path, target, perubahan, satuan, words):
    ind, said = _findings(tmp_path, _investasi(target, perubahan, satuan))
    # the Target Perubahan's capaian either way: (10 + 15) / 45 x 100 = 500/9 (Ribu Rupiah: 25 of
    # 1.250.000, 1/500)
    assert ind.capaian_exact == (Fraction(500, 9) if perubahan == "45" else Fraction(1, 500))
    (told,) = said["I4"]  # (before: the galat "tampaknya ditulis dalam ...")
    assert told[0] == "peringatan", told
    assert "bila Target memang" in told[1] and "dipangkas (mis. refocusing), biarkan" in told[1], told
    for w in words:
        assert w in told[1], told


@pytest.mark.parametrize(
    ("target", "perubahan", "satuan", "to_type"),
    [
        # five hundred times: 22.500 / 1.000 = 22,5 = 45 / 2, a revision of twice as pasted; as typed
        # a cut to 0,2 %: the paste the likelier, the galat
        ("22.500", "45", "Juta Rupiah", "tulis Target 22,5 (22.500 / 1.000)"),
        # figures64's: 1.000.000 / 1.000 = 1.000 beside 1.250
        ("1.000.000", "1.250", "Juta Rupiah", "tulis Target 1.000 (1.000.000 / 1.000)"),
        # README's: 325.000 (juta) / 1.000 = 325 beside 350 Milyar Rupiah
        ("325.000", "350", "Milyar Rupiah", "tulis Target 325 (325.000 / 1.000)"),
        # 1.000.000.000 / 1.000 = 1.000.000 beside 1.250.000 Ribu Rupiah
        ("1.000.000.000", "1.250.000", "Ribu Rupiah", "tulis Target 1.000.000 (Rp 1.000.000.000 / 1.000)"),
    ],
)
def test_a_paste_the_likelier_reading_stays_a_galat(tmp_path, target, perubahan, satuan, to_type):
    _ind, said = _findings(tmp_path, _investasi(target, perubahan, satuan))
    (galat,) = said["I4"]
    assert galat[0] == "galat" and to_type in galat[1], galat


def test_under_a_hundred_times_nothing_is_said_of_the_target(tmp_path):
    # 4.499 < 100 x 45: a cut to 1,0002 %, as before
    _ind, said = _findings(tmp_path, _investasi("4.499", "45"))
    assert "I4" not in said, said


# --- 3. a comparison typed with Rp in whole rupiah ------------------------------------------------


def _renstra(renstra, column="Target Akhir Renstra", tws=("1.500", "2.000")):
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", "5.000", *tws,
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif", column: renstra},
    )  # fmt: skip


@pytest.mark.parametrize("renstra", ["Rp 25.000.000.000", "Rp25.000.000.000", "Rp. 25.000.000.000"])
def test_a_renstra_with_rp_in_whole_rupiah_names_the_figure_to_type(tmp_path, renstra):
    from lkj_xl.build import load_report
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_tampilan57 import SETTINGS

    path = tmp_path / "laporan.xlsx"
    new_workbook(path, pengaturan=SETTINGS, kinerja=[_renstra(renstra)])
    report = load_report(path)
    said = [f.pesan for f in report.findings if f.sel == "Q4"]
    # Rp 25.000.000.000 / 1.000.000 = 25.000 juta. Before: "skala berbeda ... periksa besarnya" and
    # "Target Akhir Renstra 25.000.000.000 Juta Rupiah ... jumlah seluruh periode Renstra"
    (skala,) = [pesan for pesan in said if "rupiah penuh" in pesan]
    assert "Tulis 25.000 (Rp 25.000.000.000 / 1.000.000)" in skala, said
    # figures66: read as 25.000 juta (Rp is whole rupiah, as "Rp. 25 M" is read), 5 x 5.000: the Renstra
    # period's total, no capaian (kinerja64/figures65 compared as typed: (1.500 + 2.000) / 25.000.000.000
    # x 100 = 7/500.000 %, a figure against one the tool said was mis-scaled)
    assert "Perbandingan Kinerja dihitung dari 25.000" in skala, skala
    pembanding = report.indicators[0].pembanding
    assert pembanding.renstra_jumlah and pembanding.target_renstra == 25_000
    assert pembanding.capaian_renstra_exact is None
    assert any("jumlah seluruh periode Renstra" in pesan for pesan in said), said


def test_a_renstra_with_a_scale_word_is_read_in_the_satuan(tmp_path):
    # "Rp. 25 M" = 25.000 juta, read so (as before): 25.000 is 5 x 5.000, the Renstra period's total
    from lkj_xl.build import load_report
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_tampilan57 import SETTINGS

    path = tmp_path / "laporan.xlsx"
    new_workbook(path, pengaturan=SETTINGS, kinerja=[_renstra("Rp. 25 M")])
    pembanding = load_report(path).indicators[0].pembanding
    assert pembanding.target_renstra == 25_000 and pembanding.renstra_jumlah


def test_last_years_figure_with_rp_in_whole_rupiah_names_the_figure_to_type(tmp_path):
    # Rp 1.100.000.000 / 1.000.000 = 1.100 beside this year's 5.000 Juta Rupiah (before: "skala berbeda
    # ... periksa besarnya" only, a change of -99,99...% printed)
    _ind, said = _findings(tmp_path, _renstra("Rp 1.100.000.000", "Realisasi Tahun Lalu"))
    told = [m for ms in said.values() for m in ms if "Realisasi Tahun Lalu" in m[1]]
    assert len(told) == 1, said
    assert "Tulis 1.100 (Rp 1.100.000.000 / 1.000.000)" in told[0][1], told


# --- 4. a lower-is-better amount far below its Target ------------------------------------------------


def _tunggakan(indikator, tws, jenis):
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya pendapatan", indikator, "1.250", *tws,
        **{"Satuan": "Juta Rupiah", "Polaritas": "Negatif", "Jenis Realisasi": jenis},
    )  # fmt: skip


@pytest.mark.parametrize("indikator", ["Tunggakan pajak daerah", "Belanja pegawai"])
@pytest.mark.parametrize(
    ("jenis", "capaian"),
    [
        # Nilai Akhir 5: (2 x 1.250 - 5) / 1.250 x 100 = 2.495 / 12,5 = 199,6 %
        ("Nilai Akhir", Fraction(998, 5)),
        # Rata-rata (10 + 5) / 2 = 7,5: (2.500 - 7,5) / 1.250 x 100 = 199,4 %
        ("Rata-rata", Fraction(997, 5)),
    ],
)
def test_a_good_lower_is_better_result_is_quiet(tmp_path, indikator, jenis, capaian):
    # as ribuan the Target is 1,25 juta and the realisasi 5 (or 7,5) above twice it: pasted it would
    # read below 0 %; as typed a good result. Before: "tampaknya ditulis dalam ribuan rupiah"
    ind, said = _findings(tmp_path, _tunggakan(indikator, ("10", "5"), jenis))
    assert ind.capaian_exact == capaian
    assert "I4" not in said, said


@pytest.mark.parametrize(
    ("tw2", "told"),
    [
        # 2,5 = 2 x 1,25 (the ribuan reading): pasted, a capaian of 0 %; still told
        ("2,5", True),
        # 2,6 > 2,5: pasted below 0 %, as typed a good result: quiet
        ("2,6", False),
    ],
)
def test_twice_the_ribuan_reading_is_the_edge(tmp_path, tw2, told):
    _ind, said = _findings(tmp_path, _tunggakan("Tunggakan pajak daerah", ("10", tw2), "Nilai Akhir"))
    got = [m for m in said.get("I4", []) if "tampaknya ditulis dalam ribuan rupiah" in m[1]]
    assert len(got) == (1 if told else 0), said
    assert all(m[0] == "peringatan" for m in got), got


@pytest.mark.parametrize(
    ("tw2", "told"),
    [
        # Satuan Rupiah, a Target in rupiah: TW II 5.000.000 as ribuan is Rp 5.000.000.000, four times
        # the Target 1.250.000.000 (below 0 % pasted); typed, (2.500.000.000 - 5.000.000) / 1.250.000.000
        # = 199,6 %, a good result: quiet (before: "tampaknya ditulis dalam ribuan rupiah")
        ("5.000.000", False),
        # 2.500.000 x 1.000 = 2.500.000.000 = twice the Target: still told
        ("2.500.000", True),
    ],
)
def test_a_lower_is_better_amount_in_rupiah_far_below_its_target(tmp_path, tw2, told):
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya pendapatan", "Tunggakan pajak daerah", "1.250.000.000",
        "10.000.000", tw2, **{"Satuan": "Rupiah", "Polaritas": "Negatif", "Jenis Realisasi": "Nilai Akhir"},
    )  # fmt: skip
    _ind, said = _findings(tmp_path, row)
    got = [m for m in said.get("L4", []) if "tampaknya ditulis dalam ribuan rupiah" in m[1]]
    assert len(got) == (1 if told else 0), said
