"""Review of tampilan59: a Target pasted in juta rupiah under `Milyar Rupiah` (rupiah_penuh.target_pasted).

1. The rule fired at a Target a hundred times its realisasi s.d. TW n, so an honest slow start was a
   galat blocking the capaian and telling staff to type their true Target a thousand times smaller
   (`325` Milyar Rupiah beside TW I `2`: `tulis 0,325`), where seperseribu holds that a flow may
   honestly start at a thousandth of its Target. A lower-is-better indicator realised that low (a
   good result) and a realisasi already a galat in one quarter (judged on the other's figure alone)
   were told alike.
2. A Target pasted in juta beside a Target Perubahan (`325.000` beside `350`) was printed in the
   Perjanjian Kinerja's tables without a word, where `325.000.000.000` beside `350` is told.
3. `5 M` under Satuan `Ha .` said `0,0005 Ha , jadi`, and `(atau salah ketik Ha.?)` kept the dot.
"""

from __future__ import annotations

import pytest

from tests.common import kinerja_row
from tests.test_length_area_units import _galat_at_l2
from tests.test_tampilan57 import _findings, _investasi


def _galat(said):
    return [m for ms in said.values() for m in ms if m[0] == "galat"]


# --- 1. an honest low realisasi is computed ---------------------------------------------------------


@pytest.mark.parametrize(
    ("tw1", "tw2", "triwulan", "capaian"),
    [
        ("2", None, 1, 0.615),  # 2 / 325 x 100 = 0,615 % (325 is 162 times 2: a slow TW I)
        ("3", None, 1, 0.923),  # 3 / 325 x 100 = 0,923 %
        ("1", "1,5", 2, 0.769),  # (1 + 1,5) / 325 x 100 = 2,5 / 325 x 100 = 0,769 %
    ],
)
def test_an_honest_slow_start_of_a_flow_is_computed_not_a_pasted_target(
    tmp_path, tw1, tw2, triwulan, capaian
):
    ind, said = _findings(tmp_path, _investasi("325", tw1, tw2), triwulan=triwulan)
    assert ind.capaian is not None and round(ind.capaian, 3) == capaian  # was None: "tulis 0,325"
    assert not _galat(said), said


def test_a_lower_is_better_amount_realised_low_is_a_good_result(tmp_path):
    # Nilai kerugian daerah, Target at most 5 milyar, TW I 0,02 (Rp 20 juta): (2 x 5 - 0,02) / 5 x 100
    # = 9,98 / 5 x 100 = 199,6 %
    row = kinerja_row(
        "S1", "Sasaran", "", "Menurunnya kerugian daerah", "Nilai kerugian daerah", "5", "0,02", None,
        **{"Satuan": "Milyar Rupiah", "Jenis Realisasi": "Kumulatif", "Polaritas": "Negatif"},
    )  # fmt: skip
    ind, said = _findings(tmp_path, row, triwulan=1)
    assert ind.capaian is not None and round(ind.capaian, 1) == 199.6  # was None: "tulis 0,005"
    assert not _galat(said), said


def test_a_quarter_already_a_galat_leaves_the_target_untold(tmp_path):
    # TW I pasted in whole rupiah (its own galat); TW II 2 alone is no realisasi s.d. TW II to hold
    # the Target 325 against (it was told "tulis 0,325" too)
    ind, said = _findings(tmp_path, _investasi("325", "78.450.125.300", "2"))
    assert ind.capaian is None
    assert [m[0] for m in said["K4"]] == ["galat"], said
    assert "I4" not in said, said


@pytest.mark.parametrize(
    ("quarters", "triwulan", "told"),
    [
        # TW I 80 of 325 milyar (24,6 %), read in milyar 325.000 / 80 = 4.062 times: a thousandth
        # of the Target or less, no flow's honest start
        (["80"], 1, "tulis 325 (325.000 / 1.000)"),
        # TW IV 80 + 95 + 90 + 76 = 341 of 325 milyar (104,9 %), read in milyar 325.000 / 341 = 953
        # times: four thousandths at the year's end or less
        (["80", "95", "90", "76"], 4, "tulis 325 (325.000 / 1.000)"),
    ],
)
def test_a_target_pasted_in_juta_is_still_told_in_any_quarter(tmp_path, quarters, triwulan, told):
    tw = dict(zip(("Realisasi TW III", "Realisasi TW IV"), quarters[2:]))
    row = _investasi("325.000", quarters[0], quarters[1] if len(quarters) > 1 else None, **tw)
    ind, said = _findings(tmp_path, row, triwulan=triwulan)
    assert ind.capaian is None
    (galat,) = said["I4"]
    assert galat[0] == "galat" and told in galat[1], galat


# --- 2. a Target pasted in juta beside a Target Perubahan --------------------------------------------


@pytest.mark.parametrize(
    ("target", "perubahan", "tw1", "tw2", "satuan", "capaian", "told"),
    [
        # 325.000 juta = Rp 325.000.000.000 = 325 milyar; the capaian the Target Perubahan's:
        # (80 + 95) / 350 x 100 = 50 %
        ("325.000", "350", "80", "95", "Milyar Rupiah", 50.0, "tulis Target 325 (325.000 / 1.000)"),
        # 5.000 milyar = Rp 5 triliun; (2 + 1,5) / 5,5 x 100 = 63,64 %
        ("5.000", "5,5", "2", "1,5", "Triliun Rupiah", 63.64, "tulis Target 5 (5.000 / 1.000)"),
    ],
)
def test_a_target_pasted_in_juta_beside_a_target_perubahan_is_told(
    tmp_path, target, perubahan, tw1, tw2, satuan, capaian, told
):
    row = _investasi(target, tw1, tw2, Satuan=satuan, **{"Target Perubahan": perubahan})
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is not None and round(ind.capaian, 2) == capaian
    (galat,) = said["I4"]  # was: nothing (the PK tables printed 325.000 Milyar Rupiah)
    assert galat[0] == "galat" and "tampaknya ditulis dalam" in galat[1] and told in galat[1], galat


# --- 3. a Satuan's dot --------------------------------------------------------------------------------


def test_a_satuan_dot_after_a_space_leaves_no_space_before_the_comma():
    galat = _galat_at_l2("5 M", "Ha .")  # 5 m2 / 10.000 m2 per ha = 0,0005 ha
    assert "5 m2 = 0,0005 Ha, jadi tulis 0,0005" in galat, galat  # was "0,0005 Ha , jadi"
    assert "salah ketik Ha?" in galat, galat  # was "salah ketik Ha .?"


def test_an_unreadable_triwulan_counts_no_quarter_and_tells_no_target(tmp_path):
    # no quarter known (Pengaturan's Triwulan "Triwulan V"): none counted, no realisasi s.d. to hold
    # the Target against (the review's first threshold, a thousand / n times, divided by n = 0)
    ind, said = _findings(tmp_path, _investasi("325.000", "80", "95"), triwulan="Triwulan V")
    assert ind.capaian is None
    assert "I4" not in said, said


def test_a_target_perubahan_pasted_in_juta_is_told_at_its_cell(tmp_path):
    # the Target Perubahan applies: 350.000 juta = Rp 350.000.000.000 = 350 milyar; read in milyar
    # (80 + 95) / 350.000 x 100 = 0,05 %, the Target Perubahan 2.000 times the realisasi s.d. TW II
    # (175): the same paste as a Target alone, told at its cell (J4) (it was computed untold)
    row = _investasi("325", "80", "95", **{"Target Perubahan": "350.000"})
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is None
    (galat,) = said["J4"]
    assert galat[0] == "galat" and 'Target Perubahan indikator "Nilai realisasi investasi"' in galat[1], galat
    assert "juta rupiah (Rp 350.000.000.000), tulis 350 (350.000 / 1.000)" in galat[1], galat
    assert "I4" not in said, said  # (325 is of one size with 350 read so)
