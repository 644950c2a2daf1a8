"""Review of narasi57 (tests/test_narasi57.py): the period's peringatan on up to TW IV in the year's
report is dropped only where the figure check compared the figure stated with it: the Narasi sheet has
no figure check, and the Analisis's budget, counts, a Program's or last year's figure are not compared.

The Analisis rows are tests/test_narasi57._semua's: S1, one % indicator, target 80, Nilai Akhir, TW I 30,
TW II 38,4, TW III 60, TW IV 76,8: the year's capaian 76,8 / 80 = 96 %, its realisasi 76,8 %.
"""

from __future__ import annotations

import pytest

from tests.test_mend36e import _lain
from tests.test_narasi57 import _semua

TW_IV = "menyebut Triwulan IV"  # the period's peringatan (narasi_pesan.periode_pesan)


# --- 1. a figure nothing compares keeps the period's peringatan ----------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian s.d. TW IV sebesar 96%.",
        "Sampai dengan TW IV, realisasi mencapai 76,8%.",
        "Capaian sebesar 96% s.d. TW IV.",
    ],
)
def test_the_narasi_sheet_has_no_figure_check_so_its_period_is_told(teks):
    # the Narasi reads no figure: a TW IV report's sentence with an outdated figure would pass unseen
    assert _lain(teks, "Y", 2025) == ["Triwulan IV"]


@pytest.mark.parametrize(
    "teks",
    [
        # the budget's absorption, a count in units, a Program's capaian: not the row's figures,
        # the figure check leaves them alone (angka_teks._LAIN, _bawahan)
        "Penyerapan anggaran s.d. TW IV sebesar 85%.",
        "Realisasi anggaran s.d. TW IV sebesar Rp 1.200.000.000.",
        "Jumlah koperasi sehat s.d. TW IV sebanyak 120 unit.",
        "Capaian Program Perdagangan s.d. TW IV sebesar 69%.",
        # last year's figure: not compared either
        "Capaian s.d. TW IV tahun 2024 sebesar 90%.",
    ],
)
def test_an_analisis_figure_not_compared_keeps_the_period_told(teks):
    said = _semua("Tahunan", teks)
    assert any(TW_IV in s for s in said)


@pytest.mark.parametrize(
    ("teks", "figure"),
    [
        # 96 % = 76,8 / 80: compared, right: nothing said
        ("Capaian s.d. TW IV sebesar 96%.", None),
        ("Sampai dengan TW IV, realisasi mencapai 76,8%.", None),
        # 69 % is not 96 %: told once, by the figure check
        ("Capaian s.d. TW IV sebesar 69%.", "menyebut capaian 69%"),
    ],
)
def test_an_analisis_figure_compared_drops_the_period(teks, figure):
    said = _semua("Tahunan", teks)
    assert not any(TW_IV in s for s in said)
    assert [s for s in said if figure and figure in s] == said


def test_a_compared_figure_in_another_column_leaves_this_ones_period_told():
    # the Faktor Pendukung states 96 %, compared; the Upaya's "s.d. TW IV" budget figure is not
    said = _semua(
        "Tahunan",
        "Penyerapan anggaran s.d. TW IV sebesar 85%.",
        faktor="Capaian s.d. TW IV sebesar 96%.",
    )
    assert len(said) == 1 and TW_IV in said[0] and "Upaya / Solusi" in said[0]


# --- 2. the Renstra's indicator with a figure over the Renstra's years -------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        # summed or counted over the Renstra's years, not this year's capaian (96 %): not compared, as
        # "Capaian Renstra sebesar 60%" is not (narasi56)
        "Capaian indikator kinerja RPJMD secara kumulatif sebesar 60%.",
        "Capaian indikator kinerja utama Renstra s.d. tahun 2025 sebesar 60%.",
        "Capaian IKU Renstra sampai dengan tahun 2025 sebesar 60%.",
        "Capaian IKU Renstra tahun ke-4 sebesar 60%.",
        "Capaian terhadap target Renstra tahun 2025 secara akumulatif sebesar 60%.",
    ],
)
def test_the_renstras_indicator_over_its_years_stays_alone(teks):
    assert _semua("Tahunan", teks) == []


def test_the_renstras_indicator_up_to_a_quarter_is_still_compared():
    # TW II: 38,4 / 80 = 48 %; "s.d. TW II" is this report's period, 70 % told
    (said,) = _semua(2, "Capaian IKU Renstra s.d. TW II sebesar 70%.")
    assert "menyebut capaian 70%" in said and "capaian 48,00%" in said
