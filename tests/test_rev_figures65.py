"""Review of figures65: a Kumulatif index's or score's quarter below zero (tanda_tambah.summed_below_zero).

1. A later fall, however large, was taken for a level: `Indeks` TW I 1, TW II -0,3 of a target 0,5 was the
   galat `TW II -0,3 tampaknya nilainya, bukan perubahan, sehingga jumlahnya menambahkan dua nilai`, the
   capaian not computed, though 1 + (-0,3) = 0,7 is a level like 0,38 + (-0,01).
2. Under a score's Satuan (`Poin`, `Nilai`, `Skor`) the count's peringatan `dibaca -5 ... dihitung apa
   adanya` was said at the same cell beside the new finding; beside the galat it contradicted `realisasi dan
   capaian tidak dihitung`.
3. An indicator named a count first (`Jumlah poin kredit pegawai`, Satuan `Poin`, 20 + (-5) of 100) was the
   galat `jumlahnya kurang dari setengah Target`, no capaian: a count of points is a flow, its minus a
   correction; told by the count's peringatan as on main, 15 %.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.common import kinerja_row
from tests.test_tampilan57 import _findings


def _row(indikator, satuan, target, tw1, tw2, polaritas="Positif"):
    # (Target I4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Sasaran uji", indikator, target, tw1, tw2,
        **{"Satuan": satuan, "Polaritas": polaritas, "Jenis Realisasi": "Kumulatif"},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("polaritas", "capaian"),
    [
        # 1 + (-0,3) = 0,7 >= 0,5 / 2: a level; Positif 0,7 / 0,5 x 100 = 140
        ("Positif", Fraction(140)),
        # Negatif (2 x 0,5 - 0,7) / 0,5 x 100 = 0,3 / 0,5 x 100 = 60
        ("Negatif", Fraction(60)),
    ],
)
def test_a_large_later_fall_is_no_level(tmp_path, polaritas, capaian):
    ind, said = _findings(tmp_path, _row("Indeks kualitas air", "Indeks", "0,5", "1", "-0,3", polaritas))
    assert ind.capaian_exact == capaian
    (told,) = said["L4"]
    assert told[0] == "peringatan", told
    assert "realisasi s.d. TW II 1 + (-0,3) = 0,7" in told[1], told
    assert "tampaknya nilainya" not in told[1], told


def test_a_large_fall_below_half_the_target_names_the_half_not_a_level(tmp_path):
    # 0,38 + (-0,2) = 0,18 < 0,38 / 2 = 0,19: no level; the reason is the half, never "-0,2 is a level"
    ind, said = _findings(tmp_path, _row("Indeks Gini", "Indeks Gini", "0,38", "0,38", "-0,2", "Negatif"))
    assert ind.capaian is None
    (told,) = said["L4"]
    assert told[0] == "galat" and "jumlahnya kurang dari setengah Target (0,38)" in told[1], told
    assert "tampaknya nilainya" not in told[1], told


@pytest.mark.parametrize(
    ("indikator", "satuan", "tw1", "severity", "capaian"),
    [
        # 60 + (-5) = 55 >= 100 / 2: computed, 55 / 100 x 100 = 55
        ("Nilai tambah", "Nilai", "60", "peringatan", Fraction(55)),
        # 20 + (-5) = 15 < 50: was the galat, not computed; figures66: a Satuan of points chosen Kumulatif
        # is points earned, -5 a penalty: 15 / 100 x 100 = 15 %, told (tests/test_figures66)
        ("Skor kepatuhan", "Skor", "20", "peringatan", Fraction(15)),
        ("Poin kepatuhan pegawai", "Poin", "20", "peringatan", Fraction(15)),
    ],
)
def test_one_finding_at_the_fall_of_a_score(tmp_path, indikator, satuan, tw1, severity, capaian):
    ind, said = _findings(tmp_path, _row(indikator, satuan, "100", tw1, "-5"))
    assert ind.capaian_exact == capaian
    (told,) = said["L4"]  # (before: also "dibaca -5 ... dihitung apa adanya")
    assert told[0] == severity and "dijumlahkan" in told[1], told


@pytest.mark.parametrize("indikator", ["Jumlah poin kredit pegawai", "Jml. poin kredit pegawai"])
def test_a_count_of_points_is_summed_with_the_counts_peringatan(tmp_path, indikator):
    ind, said = _findings(tmp_path, _row(indikator, "Poin", "100", "20", "-5"))
    # 20 + (-5) = 15 of 100: 15 % (a flow summed; the minus a correction of TW I)
    assert ind.capaian_exact == Fraction(15)
    (told,) = said["L4"]
    # (figures66: the points' peringatan, naming the correction too; it was the count's "Bila bukan koreksi
    # triwulan sebelumnya")
    assert told[0] == "peringatan" and "atau koreksi triwulan sebelumnya" in told[1], told
