"""Review of narasi56: the Renstra's (or RPJMD's) target of this very year named is this year's target.

"Capaian sebesar 69% dari target Renstra tahun 2025" in the 2025 report cites the capaian against the
Renstra's target for 2025, the year's own target (the Renstra sets one per year): it is this year's
capaian and was compared before narasi56; narasi56's multi-year reading ("target Renstra", "target
RPJMD") silenced it. Another year ("tahun 2026"), the period ("2021-2026") or the end target ("target
akhir Renstra") stay another figure.

The rows are tests/test_narasi52._angka's: S1, one % indicator, target 80, Nilai Akhir, TW I 30,
TW II 38,4, TW III 60, TW IV 76,8: the year's capaian 76,8 / 80 = 96 %; its TW II report 38,4 / 80 = 48 %.
"""

from __future__ import annotations

import pytest

from tests.test_narasi52 import _angka

TAHUN = (30, "38,4", 60, "76,8")  # TW IV 76,8 / 80 = 96 %; s.d. TW II 38,4 / 80 = 48 %


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian sebesar 69% dari target Renstra tahun 2025.",
        "Capaian sebesar 69% dari target RPJMD tahun 2025.",
        "Capaian sebesar 69% dari target Renstra untuk tahun 2025.",
        "Capaian sebesar 69% dari target Renstra pada tahun 2025.",
        "Capaian sebesar 69% dari target Renstra 2025.",
        "Capaian sebesar 69% dari target Renstra Tahun 2025 sebesar 80%.",
        "Terhadap target Renstra tahun 2025, capaian kinerja sebesar 69%.",
    ],
)
def test_the_renstras_target_of_this_year_is_this_years(teks):
    # 69 % typed; the year's capaian 96 %: told, as before narasi56
    (said,) = _angka("Tahunan", teks, TAHUN, "Nilai Akhir")
    assert "menyebut capaian 69%" in said and "capaian 96,00%" in said


def test_the_renstras_target_of_this_year_in_a_quarter():
    # TW II report: 38,4 / 80 = 48 %, 70 % typed against the Renstra's 2025 target is told
    (said,) = _angka(
        2, "Capaian kinerja TW II sebesar 70% terhadap target Renstra tahun 2025.", TAHUN, "Nilai Akhir"
    )
    assert "capaian 48,00%" in said
    # quiet when right: 48 %
    assert (
        _angka(
            2, "Capaian kinerja TW II sebesar 48% terhadap target Renstra tahun 2025.", TAHUN, "Nilai Akhir"
        )
        == []
    )


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian sebesar 60% dari target Renstra tahun 2026.",  # another year's
        "Capaian sebesar 60% dari target RPJMD 2025-2026.",  # the period's, two years
        "Capaian sebesar 60% dari target Renstra 2021-2025.",  # the period's, ending this year
        "Capaian sebesar 60% dari target akhir Renstra tahun 2025.",  # the end target (a Kumulatif: the sum)
    ],
)
def test_another_renstra_target_stays_another_figure(teks):
    assert _angka("Tahunan", teks, TAHUN, "Nilai Akhir") == []
