"""Analisis sentences' figures compared with the computed ones (angka_teks), left by narasi54:

1. the year's report whose sentence says "capaian s.d. TW IV sebesar 69%" was never compared (the check
   looked for a quarter of its own, and the year's report has none): TW IV up to its end is the year's
   figure there (and in Semester II), compared as "pada tahun 2025" is;
2. a figure cited "dari target RPJMD", "terhadap target akhir Renstra", "target 2026" is a capaian
   against a multi-year target, another figure than this year's capaian: it was compared with it and
   told as wrong on an honest sentence; this year's own figure in the same sentence still is.

The Analisis rows (tests/test_narasi52._angka): S1, one % indicator, target 80, Nilai Akhir, TW I 30,
TW II 38,4, TW III 60, TW IV 76,8: its capaian of the year is 76,8 / 80 = 96 %, its realisasi 76,8 %.
"""

from __future__ import annotations

import pytest

from tests.test_narasi52 import _angka

TAHUN = (30, "38,4", 60, "76,8")  # TW IV 76,8 / 80 = 96 %
KUMULATIF = (10, 20, 30, 20)  # Kumulatif: 10 + 20 + 30 + 20 = 80 of 80 = 100 %; TW IV alone 20 / 80 = 25 %

# --- 1. the year's report: "s.d. TW IV" is the year's figure -----------------------------------------


@pytest.mark.parametrize("triwulan", ["Tahunan", "Semester II", 4])
@pytest.mark.parametrize(
    "teks",
    [
        "Capaian s.d. TW IV sebesar 69%.",
        "Capaian kinerja s.d. Triwulan IV Tahun 2025 sebesar 69%.",
        "Capaian kinerja sampai dengan triwulan IV sebesar 69% dan tergolong sedang.",
        "Realisasi s/d TW IV sebesar 69%.",
    ],
)
def test_a_wrong_figure_up_to_tw_iv_in_the_years_report_is_told(teks, triwulan):
    # 69 % typed; the year's capaian 76,8 / 80 = 96 % (its realisasi 76,8 %): neither
    (said,) = _angka(triwulan, teks, TAHUN, "Nilai Akhir")
    assert "menyebut" in said and "69%" in said and "capaian 96,00%" in said


@pytest.mark.parametrize("triwulan", ["Tahunan", "Semester II", 4])
@pytest.mark.parametrize(
    "teks",
    [
        "Capaian s.d. TW IV sebesar 96%.",
        "Capaian kinerja s.d. Triwulan IV Tahun 2025 sebesar 96,00%.",
        "Realisasi s.d. TW IV sebesar 76,8% sehingga capaiannya 96%.",
    ],
)
def test_the_right_figure_up_to_tw_iv_in_the_years_report_is_quiet(teks, triwulan):
    assert _angka(triwulan, teks, TAHUN, "Nilai Akhir") == []


def test_tw_iv_alone_in_the_years_report_of_a_nilai_akhir_is_the_years():
    # Nilai Akhir: TW IV's value 76,8 is the year's; "pada Triwulan IV sebesar 69%" is not 96 %
    (said,) = _angka("Tahunan", "Capaian pada Triwulan IV sebesar 69%.", TAHUN, "Nilai Akhir")
    assert "capaian 96,00%" in said


@pytest.mark.parametrize("triwulan", ["Tahunan", "Semester II"])
def test_tw_iv_alone_of_a_kumulatif_may_be_its_own_share(triwulan):
    # Kumulatif 10 + 20 + 30 + 20 = 80 of 80: the year's 100 %; TW IV's own 20 / 80 = 25 % is a share
    assert _angka(triwulan, "Capaian pada Triwulan IV sebesar 25%.", KUMULATIF, "Kumulatif") == []
    # up to it is the year's: 25 % is not 100 %
    (said,) = _angka(triwulan, "Capaian s.d. Triwulan IV sebesar 25%.", KUMULATIF, "Kumulatif")
    assert "capaian 100,00%" in said


@pytest.mark.parametrize(
    "teks",
    [
        # another year's TW IV, or a quarter before it: not this report's figure (as before)
        "Capaian s.d. TW IV Tahun 2024 sebesar 69%.",
        "Capaian s.d. TW III sebesar 75%.",
        "Capaian s.d. TW IV sebesar 69% terhadap target triwulan IV.",
    ],
)
def test_another_period_in_the_years_report_stays_quiet(teks):
    assert _angka("Tahunan", teks, TAHUN, "Nilai Akhir") == []


# --- 2. a capaian against a multi-year target --------------------------------------------------------

MULTI = [
    "Capaian sebesar 60% dari target RPJMD.",
    "Capaian kinerja sebesar 60% terhadap target akhir Renstra.",
    "Capaian kinerja mencapai 60% terhadap target akhir periode RPJMD tahun 2026.",
    "Capaian 60% dari target akhir periode Renstra.",
    "Capaian 60% terhadap target tahun 2026.",
    "Capaian sebesar 60% dari target 2026.",
    "Capaian 60% dari target Renstra 2021-2026.",
    "Realisasi kumulatif sebesar 60% dari target lima tahun Renstra.",
    "Capaian sebesar 60% apabila dibandingkan dengan target akhir periode RPJMD.",
    "Capaian dibandingkan target akhir periode sebesar 60%.",
    "Terhadap target akhir Renstra, capaian kinerja sebesar 60%.",
    "Terhadap target RPJMD tahun 2026 capaian sebesar 60%.",
    "Capaian sebesar 60% dari target jangka menengah.",
]


@pytest.mark.parametrize("triwulan", ["Tahunan", 2])
@pytest.mark.parametrize("teks", MULTI)
def test_a_capaian_against_a_multi_year_target_is_another_figure(teks, triwulan):
    # 60 % is no capaian of this year (96 % in the year's report, 38,4 / 80 = 48 % s.d. TW II): against
    # the Renstra's or RPJMD's end target it is another quotient, not compared
    assert _angka(triwulan, teks, TAHUN, "Nilai Akhir") == []


@pytest.mark.parametrize(
    "teks",
    [
        # this year's target named: still this year's capaian (96 %), 69 % is wrong
        "Capaian sebesar 69% dari target tahun 2025.",
        "Capaian sebesar 69% terhadap target akhir tahun.",
        "Capaian kinerja tahun ini sebesar 69% dari target tahunan.",
        # this year's figure first, then the Renstra's: the first is compared
        "Capaian tahun 2025 sebesar 69%, sedangkan terhadap target akhir Renstra sebesar 60%.",
        "Capaian sebesar 69%, atau 60% dari target akhir RPJMD.",
    ],
)
def test_this_years_capaian_beside_a_multi_year_target_is_still_compared(teks):
    (said,) = _angka("Tahunan", teks, TAHUN, "Nilai Akhir")
    assert "menyebut capaian 69%" in said and "60%" not in said.split("padahal")[0]


def test_the_seeds_target_of_its_own_year_is_compared():
    # the seed (line 734): "capaian kinerja triwulan ini sebesar 71% belum dapat mencapai target 2025";
    # TW II 68 of 80: 85 %, so 71 % is told; 85 % is quiet
    teks = "Capaian kinerja triwulan ini sebesar {}% belum dapat mencapai target 2025."
    (said,) = _angka(2, teks.format(71))
    assert "capaian 85,00%" in said
    assert _angka(2, teks.format(85)) == []


def test_the_years_figure_after_tw_iii_is_compared():
    # TW III's 60 / 80 = 75 % is the contrast; up to TW IV is the year's: 96 %, so 69 % is told
    teks = "Capaian s.d. triwulan III sebesar 75%, dan s.d. triwulan IV sebesar {}%."
    (said,) = _angka("Tahunan", teks.format(69), TAHUN, "Nilai Akhir")
    assert "menyebut capaian 69%" in said and "75%" not in said
    assert _angka("Tahunan", teks.format(96), TAHUN, "Nilai Akhir") == []
