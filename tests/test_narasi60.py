"""narasi60: Analisis figures named with their period, gaps left by narasi59.

S1 of tests.test_narasi57: Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8 (s.d. TW II 38,4 / 80 =
48 %; the year's 76,8 / 80 = 96 %). ``_semua(triwulan, teks)``: every Analisis finding of S1's Upaya /
Solusi typed ``teks`` in the report of Pengaturan's Triwulan ``triwulan``.
"""

from __future__ import annotations

import pytest

from tests.test_narasi57 import _semua

# --- the colon form: "s.d. Semester II: 96%" ------------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian s.d. Semester II: 96%.",
        "Capaian s.d. TW IV: 96%.",
        "Capaian s.d. Semester II Tahun 2025: 96%.",
        "Realisasi s.d. Semester II: 76,8%.",
        "Capaian kinerja sampai dengan Triwulan IV: 96,00%.",
    ],
)
def test_the_years_figure_after_a_colon_is_quiet_in_the_years_report(teks):
    # 96 % = 76,8 / 80 and the realisasi 76,8 %: right for the year. Before, the figure was compared
    # (quiet) but the period still told: 'menyebut Semester II (Triwulan IV) ... perbarui teksnya'.
    assert _semua("Tahunan", teks) == []


def test_a_wrong_years_figure_after_a_colon_is_told_once():
    # 69 % typed, the year's 76,8 / 80 = 96 %: told as the figure; before, 'menyebut Semester II' too
    (said,) = _semua("Tahunan", "Capaian s.d. Semester II: 69%.")
    assert "menyebut capaian 69%" in said and "capaian 96,00%" in said


@pytest.mark.parametrize("teks", ["Capaian s.d. Semester II: 48%.", "Capaian s.d. TW IV: 48%."])
def test_a_later_period_after_a_colon_stays_told_in_semester_i(teks):
    # Semester I's report (s.d. TW II: 48 %): Semester II / TW IV is another period, told as before
    said = _semua("Semester I", teks)
    assert len(said) == 1 and "tetapi laporan ini Semester I Tahun 2025" in said[0], said
