"""Figures and Kinerja readings left open by the review of tampilan59 (tampilan60).

1. A Satuan of area written as an abbreviation with its dot and a word (`Ha. sawah`): `5 M` was told
   `'M' bisa berarti miliar atau meter` and `12.500 m2` got no figure in the Satuan, as under `Ha sawah`
   and `Ha.` they do (its head word `ha.` was no unit).
2. A Satuan of two index words (`Nilai Indeks`, `Skor Indeks`) with a figure typed with its points
   (`72,5 poin`): a galat `kata 'poin' tidak sesuai Satuan`, no capaian; read as the index level, as under
   `Indeks` it is.
"""

from __future__ import annotations

import pytest

from tests.common import kinerja_row
from tests.test_length_area_units import _galat_at_l2
from tests.test_tampilan57 import _findings


def _galat(said):
    return [m for ms in said.values() for m in ms if m[0] == "galat"]


# --- 1. Satuan "Ha. sawah" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        # 5 m2 / 10.000 m2 per ha = 0,0005 ha (was: "'M' bisa berarti miliar atau meter")
        ("5 M", "bila meter persegi: 5 m2 = 0,0005 Ha. sawah, jadi tulis 0,0005"),
        # 12.500 m2 / 10.000 = 1,25 ha (was: no figure in the Satuan)
        ("12.500 m2", "12.500 m2 = 1,25 Ha. sawah, jadi tulis 1,25"),
    ],
)
def test_an_area_satuan_with_its_dot_and_a_word_is_read_as_its_unit(typed, told):
    galat = _galat_at_l2(typed, "Ha. sawah")
    assert "miliar" not in galat, galat
    assert told in galat, galat


# --- 2. Satuan "Nilai Indeks" with points ---------------------------------------------------------------


def _indeks(tw1, satuan):
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya kepuasan masyarakat", "Indeks kepuasan masyarakat", "75", tw1,
        None, **{"Satuan": satuan, "Jenis Realisasi": "Nilai Akhir"},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("tw1", "satuan"),
    [("72,5 poin", "Nilai Indeks"), ("72,5 Poin", "Nilai Indeks"), ("72,5 point", "Nilai Indeks"),
     ("72,5 poin", "Skor Indeks")],
)  # fmt: skip
def test_points_under_a_two_word_index_satuan_are_the_index_level(tmp_path, tw1, satuan):
    ind, said = _findings(tmp_path, _indeks(tw1, satuan), triwulan=1)
    # 72,5 / 75 x 100 = 96,666... % (was: a galat, "kata 'poin' tidak sesuai Satuan", no capaian)
    assert ind.capaian is not None and round(ind.capaian, 2) == 96.67
    assert not _galat(said), said


@pytest.mark.parametrize("satuan", ["Nilai Rupiah", "Indeks Persen"])
def test_points_under_a_satuan_with_a_word_of_another_unit_stay_a_galat(tmp_path, satuan):
    ind, said = _findings(tmp_path, _indeks("72,5 poin", satuan), triwulan=1)
    assert ind.capaian is None
    assert any("kata 'poin' tidak sesuai Satuan" in m[1] for m in _galat(said)), said


# --- 3. a money flow above its year's Target by TW I or TW II ---------------------------------------------


def _investasi(target, tw1, tw2, **more):
    # (row 4 of `lkj-xl new`'s Kinerja: Target I4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", target, tw1, tw2,
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif", **more},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("tw1", "tw2", "triwulan", "capaian", "told"),
    [
        # TW I 2.500 (Rp 2,5 juta pasted in ribuan) of 1.250 juta: 2.500 / 1.250 x 100 = 200 %, twice
        # the year's Target in TW I (below the ten-times peringatan)
        ("2.500", None, 1, 200.0, "(2.500) sudah melebihi Target setahun (1.250) pada TW I"),
        # 900 + 800 = 1.700 of 1.250: 136 % by TW II; in ribuan 1.700 / 1.000 = 1,7 juta
        ("900", "800", 2, 136.0, "(1.700 ribu = 1,7 Juta Rupiah)"),
        # exactly ten times: 12.500 / 1.250 x 100 = 1.000 % (over ten times is capaian_checks')
        ("12.500", None, 1, 1000.0, "(12.500) sudah melebihi Target setahun (1.250) pada TW I"),
    ],
)
def test_a_money_flow_above_its_year_target_early_is_a_peringatan(tmp_path, tw1, tw2, triwulan, capaian, told):
    ind, said = _findings(tmp_path, _investasi("1.250", tw1, tw2), triwulan=triwulan)
    assert ind.capaian == capaian  # computed as typed
    (peringatan,) = said["I4"]  # was: nothing said
    assert peringatan[0] == "peringatan" and told in peringatan[1], peringatan
    assert "periksa skala dan satuan keduanya" in peringatan[1], peringatan


def test_a_money_flow_above_its_target_under_rp_names_no_ribuan(tmp_path):
    # Rp 1,25 M target, TW I Rp 2 M: 160 %; under Rp no ribuan reading of the Satuan's
    ind, said = _findings(tmp_path, _investasi("1,25 M", "2 M", None, Satuan="Rp"), triwulan=1)
    assert ind.capaian == 160.0  # 2 / 1,25 x 100
    (peringatan,) = said["I4"]
    assert "sudah melebihi Target setahun" in peringatan[1] and "ribuan" not in peringatan[1], peringatan


@pytest.mark.parametrize(
    ("more", "tw", "triwulan"),
    [
        ({}, {"Realisasi TW III": "400"}, 3),  # 900 + 800 + 400 = 2.100 by TW III: may have met it
        ({"Jenis Realisasi": "Nilai Akhir"}, {}, 2),  # a level: 800 above 750 all year long
        ({"Polaritas": "Negatif"}, {}, 2),  # a lower-is-better amount above its target: a bad result
        ({"Satuan": "Orang"}, {}, 2),  # no money
    ],
)
def test_above_the_year_target_stays_quiet_where_it_may_be_so(tmp_path, more, tw, triwulan):
    target = "750" if more.get("Jenis Realisasi") == "Nilai Akhir" else "1.250"
    ind, said = _findings(tmp_path, _investasi(target, "900", "800", **more, **tw), triwulan=triwulan)
    assert ind.capaian is not None
    assert not any("melebihi Target setahun" in m[1] for ms in said.values() for m in ms), said
