"""narasi61: figures staff write in the Analisis texts, compared with the table, each with its own period.

S1 of tests.test_narasi57: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8: s.d. TW I
30 / 80 = 37,5 %, s.d. TW II 38,4 / 80 = 48 %, s.d. TW III 60 / 80 = 75 %, the year's 76,8 / 80 = 96 %.
``_semua(triwulan, teks)``: every Analisis finding of S1's Upaya / Solusi typed ``teks`` in the report of
Pengaturan's Triwulan ``triwulan``; ``_angka``: the figure check's only.
"""

from __future__ import annotations

import pytest

from tests.test_narasi57 import _semua
from tests.test_narasi60 import _angka

# --- 1. last year (another period) named before the noun, without "pada" ---------------------------------


@pytest.mark.parametrize("triwulan", [2, "Semester I", "Tahunan"])
@pytest.mark.parametrize(
    "teks",
    [
        "Tahun lalu capaian 70%.",
        "Tahun lalu, capaian sebesar 70%.",
        "Tahun sebelumnya capaian kinerja 70%.",
        "Tahun 2024 capaian 70%.",
        "Tahun 2024, realisasi sebesar 70%.",
        "Triwulan lalu capaian 70%.",
        "Semester yang lalu capaian 70%.",
        "Periode lalu capaian 70%.",
        "Capaian 48% di triwulan ini, dan tahun lalu capaian 70%.",
    ],
)
def test_a_figure_of_last_year_named_before_the_noun_is_not_this_years(triwulan, teks):
    # 70 % is last year's (an earlier period's) capaian: the workbook holds no last year's target, so no
    # capaian of last year to compare it with. Before: 'menyebut capaian 70%, padahal yang dihitung ...
    # capaian 48,00%' (96,00 % in the year's report), a false peringatan on a true sentence ("Pada tahun
    # lalu capaian 70%", with "pada", was already quiet).
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("triwulan", "teks", "dihitung"),
    [
        # this year's figure after last year's, in the same sentence: still compared
        (2, "Tahun lalu capaian 70%, tahun ini capaian 69%.", "48,00"),
        (2, "Tahun lalu capaian 70% dan tahun ini capaian 69%.", "48,00"),
        ("Tahunan", "Tahun lalu capaian 70%, tahun ini 69%.", "96,00"),
        # this year named so, or last year only compared with: this year's
        (2, "Tahun 2025 capaian 69%.", "48,00"),
        (2, "Tahun ini, capaian 69%.", "48,00"),
        (2, "Dibandingkan tahun lalu, capaian 69%.", "48,00"),
        (2, "Sama seperti tahun lalu, capaian 69%.", "48,00"),
    ],
)
def test_this_years_figure_beside_last_years_is_still_told(triwulan, teks, dihitung):
    # 69 % typed; TW II's 38,4 / 80 = 48 %, the year's 76,8 / 80 = 96 %: told (70 % never)
    (said,) = _angka(triwulan, teks)
    assert "menyebut capaian 69%" in said and f"capaian {dihitung}%" in said and "70%" not in said


@pytest.mark.parametrize("triwulan", [2, "Tahunan"])
def test_a_right_figure_of_this_year_beside_last_years_is_quiet(triwulan):
    dihitung = "48" if triwulan == 2 else "96"
    assert _semua(triwulan, f"Tahun lalu capaian 70%, tahun ini capaian {dihitung}%.") == []
