"""narasi64: figures in the Analisis texts left unread, each against the table.

S1 of tests.test_narasi57 / tests.test_narasi62: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 /
60 / 76,8. By hand: s.d. TW I realisasi 30, capaian 30 / 80 = 37,5 %; s.d. TW II 38,4 / 80 = 48 %; s.d. TW III
60 / 80 = 75 %; the year's 76,8 / 80 = 96 %. ``_angka(triwulan, teks)``: the figure check's peringatan of S1's
Upaya / Solusi typed ``teks`` in the report of Pengaturan's Triwulan ``triwulan`` ("padahal yang dihitung").
"""

from __future__ import annotations

import pytest

from tests.test_narasi62 import _angka

TW_II = "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"
TW_III = "target 80%, realisasi 60,00%, capaian 75,00%"

# --- 1. several periods' figures listed after one noun -------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said"),
    [
        # TW II's 48 % typed 50 % after TW I's right 37,5 %: quiet before (no noun before "TW II")
        (3, "Capaian TW I 37,5% dan TW II 50%.", f"capaian Triwulan II sebesar 50%, padahal yang dihitung untuk S1 {TW_II}"),
        (3, "Capaian TW I 37,5%, TW II 50% dan TW III 75%.", f"capaian Triwulan II sebesar 50%, padahal yang dihitung untuk S1 {TW_II}"),
        (3, "Capaian pada TW I sebesar 37,5% dan pada TW II sebesar 50%.", f"capaian Triwulan II sebesar 50%, padahal yang dihitung untuk S1 {TW_II}"),
        # the realisasi so: TW II's 38,4 % typed 40 %
        (3, "Realisasi TW I 30%, TW II 40% dan TW III 60%.", f"realisasi Triwulan II sebesar 40%, padahal yang dihitung untuk S1 {TW_II}"),
        # the report's own TW III 75 % typed 70 % at the end of the list: quiet before
        (3, "Capaian TW I 37,5%, TW II 48% dan TW III 70%.", f"capaian 70%, padahal yang dihitung untuk S1: {TW_III}"),
        (3, "Capaian TW I 37,5%, TW II 48%, serta TW III sebesar 70 persen.", f"capaian 70 persen, padahal yang dihitung untuk S1: {TW_III}"),
    ],
)  # fmt: skip
def test_each_listed_periods_figure_is_compared(triwulan, teks, said):
    (pesan,) = _angka(triwulan, teks)
    assert pesan.startswith(f"Upaya / Solusi menyebut {said}")


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # every figure its period's own (37,5 / 48 / 75 %; the year's 96 %)
        (3, "Capaian TW I 37,5% dan TW II 48%."),
        (3, "Capaian TW I 37,5%, TW II 48% dan TW III 75%."),
        (3, "Realisasi TW I 30%, TW II 38,4% dan TW III 60%."),
        ("Tahunan", "Capaian Semester I 48% dan Semester II 96%."),
        # the budget's, the quarters' targets, a later quarter's hope: no figure of the indicator reached
        (3, "Realisasi anggaran TW I 20% dan TW II 30%."),
        (3, "Target TW I 20% dan TW II 30%."),
        (3, "Capaian TW II 48% dan TW IV ditargetkan 100%."),
    ],
)
def test_listed_figures_right_or_of_another_thing_stay_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    "teks",
    [
        # Kumulatif 10 / 20 / 30 of 80: a quarter alone may be its own share (TW II 20 / 80 = 25 %, TW III
        # 30 / 80 = 37,5 %) or up to it (30 / 80 = 37,5 %, 60 / 80 = 75 %): either reading, quiet
        "Capaian TW I 12,5%, TW II 25% dan TW III 37,5%.",
        "Capaian TW I 12,5%, s.d. TW II 37,5% dan s.d. TW III 75%.",
    ],
)
def test_a_summed_indicators_listed_quarters_stay_quiet(teks):
    assert _angka(3, teks, (10, 20, 30, None), "Kumulatif") == []


def test_a_summed_indicators_listed_figure_up_to_a_quarter_is_compared():
    # s.d. TW II 10 + 20 = 30 of 80 = 37,5 %, typed 40 %
    (pesan,) = _angka(
        3, "Capaian TW I 12,5%, s.d. TW II 40% dan s.d. TW III 75%.", (10, 20, 30, None), "Kumulatif"
    )
    assert pesan.startswith("Upaya / Solusi menyebut capaian s.d. Triwulan II sebesar 40%, padahal")
    assert "capaian 37,50%" in pesan
