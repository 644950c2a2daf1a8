"""narasi59: gaps left open by the review of narasi58.

1. The report's own period with its figure, then an earlier period's figure in the same sentence
   (``Capaian s.d. Semester II sebesar 69% dan s.d. Semester I sebesar 48%`` in the year's report): the
   own figure is compared, the earlier one is not.
2. ``--triwulan`` reaches the checks made while Pengaturan and Kinerja are read: the signing date before
   the period's end, and a Keterangan naming a figure beside a blank reported quarter.

S1 of tests.test_narasi57: Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8 (s.d. TW II 38,4 / 80 =
48 %; the year's 76,8 / 80 = 96 %).
"""

from __future__ import annotations

import pytest

from tests.test_narasi57 import _semua

# --- 1. the own period's figure before an earlier period's ---------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        ("Tahunan", "Capaian s.d. Semester II sebesar 69% dan s.d. Semester I sebesar 48%."),
        ("Tahunan", "Capaian s.d. TW IV sebesar 69% dan s.d. TW II sebesar 48%."),
        (4, "Capaian s.d. TW IV sebesar 69% dan s.d. TW II sebesar 48%."),
        (4, "Capaian s.d. Semester II sebesar 69%, sedangkan s.d. Semester I sebesar 48%."),
    ],
)
def test_the_own_periods_wrong_figure_is_told_before_an_earlier_one(triwulan, teks):
    # 69 % typed for the year, the year's 76,8 / 80 = 96 %; Semester I's / TW II's 48 % (38,4 / 80) right
    said = [s for s in _semua(triwulan, teks) if "menyebut capaian" in s]
    assert len(said) == 1
    assert "menyebut capaian 69%" in said[0] and "capaian 96,00%" in said[0]


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        ("Tahunan", "Capaian s.d. Semester II sebesar 96% dan s.d. Semester I sebesar 48%."),
        ("Tahunan", "Capaian s.d. TW IV sebesar 96% dan s.d. TW II sebesar 48%."),
        (4, "Capaian s.d. TW IV sebesar 96% dan s.d. TW II sebesar 48%."),
    ],
)
def test_the_earlier_periods_figure_is_not_compared_with_the_years(triwulan, teks):
    # 96 % = 76,8 / 80 right; 48 % is s.d. TW II's (38,4 / 80), never compared with the year's 96 %;
    # and the own period with its compared figure is no stale text
    said = _semua(triwulan, teks)
    assert not [s for s in said if "menyebut capaian" in s]
    assert not [s for s in said if "menyebut Semester II" in s or "menyebut Triwulan IV" in s]


def test_the_earlier_periods_wrong_figure_alone_is_not_told_as_the_years():
    # 20 % for Semester I (its own is 48 %): not the year's figure, so not compared with 96 %
    said = _semua("Tahunan", "Capaian s.d. Semester II sebesar 96% dan s.d. Semester I sebesar 20%.")
    assert not [s for s in said if "menyebut capaian" in s]
