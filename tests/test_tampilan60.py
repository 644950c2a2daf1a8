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
