"""rev_narasi61: the review of narasi61's Analisis figure checks.

S1 of tests.test_narasi57._semua: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8:
s.d. TW II 38,4 / 80 = 48 %, the year's 76,8 / 80 = 96 %.
"""

from __future__ import annotations

import pytest

from tests.test_narasi57 import _semua

# --- "ditargetkan" with the target's figure, then a hope or plan: no figure reached ---------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Ditargetkan sebesar 80% dapat tercapai dengan capaian 100% pada akhir tahun.",
        "Ditargetkan sebesar 80% agar tercapai capaian 100% pada akhir tahun.",
        "Ditargetkan sebesar 80% sehingga realisasi akhir tahun 80% dan capaian 100%.",
        "Ditargetkan sebesar 80% dan diharapkan realisasi 80% dengan capaian 100%.",
        "Ditargetkan sebesar 80% sampai akhir tahun tercapai dengan capaian 100%.",
        "Tahun depan ditargetkan sebesar 85% dengan realisasi 85% dan capaian 100%.",
    ],
)
def test_a_plan_after_the_targets_figure_stays_a_plan(teks):
    # 100 % (and 80 %, 85 %) is planned, not reached: quiet on main c8318afd. narasi61 (257a3d5d) read
    # "ditargetkan <figure> ... tercapai / realisasi" as the seed's Bab III sentence and told 'menyebut
    # capaian 100%, ... capaian 48,00%' (s.d. TW II 38,4 / 80), a false peringatan on an Upaya / Solusi.
    assert _semua(2, teks) == []


@pytest.mark.parametrize(
    ("teks", "dihitung"),
    [
        # the seed's shape with the year's target stated "sampai akhir tahun" before its figure: still reached
        ("Yang ditargetkan sampai akhir tahun sebesar 80% terealisasi s.d. TW II sebesar 38,4% dengan capaian 69%.", "48,00"),
        ("Indikator ini yang ditargetkan dalam tahun 2025 sebesar 80% terealisasi sebesar 38,4% dengan capaian 69%.", "48,00"),
    ],
)  # fmt: skip
def test_the_reached_capaian_after_the_target_is_still_told(teks, dihitung):
    # 69 % typed; 38,4 / 80 = 48 % (guard: told on narasi61 too, quiet on main)
    (said,) = _semua(2, teks)
    assert "menyebut capaian 69%," in said and f"capaian {dihitung}%" in said
