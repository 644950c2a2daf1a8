"""narasi62: figures staff write in the Analisis texts, each read with its own period.

S1 of tests.test_narasi57: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8: s.d. TW I
30 / 80 = 37,5 %, s.d. TW II 38,4 / 80 = 48 %, s.d. TW III 60 / 80 = 75 %, the year's 76,8 / 80 = 96 %.
``_semua(triwulan, teks)``: every Analisis finding of S1's Upaya / Solusi typed ``teks`` in the report of
Pengaturan's Triwulan ``triwulan``.
"""

from __future__ import annotations

import pytest

from tests.test_narasi57 import _semua

# --- 3. a later half year named after the figure -----------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as"),
    [
        (2, "Capaian 96% pada Semester II.", "capaian Semester II sebesar 96%"),
        (2, "Capaian sebesar 96% di semester II.", "capaian Semester II sebesar 96%"),
        (
            2,
            "Capaian kinerja sebesar 96% s.d. Semester II Tahun 2025.",
            "capaian s.d. Semester II sebesar 96%",
        ),
        (3, "Capaian 96% pada Semester II.", "capaian Semester II sebesar 96%"),
        (1, "Realisasi 38,4% pada Semester I.", "realisasi Semester I sebesar 38,4%"),
    ],
)
def test_a_later_half_year_named_after_the_figure_is_told(triwulan, teks, said_as):
    # Semester II ends with TW IV, Semester I with TW II: after the report's quarter, no figure yet. Before:
    # quiet (angka_nanti read the half year between the noun and the figure only; after the figure it made
    # the figure another period's, left alone by the figure check too).
    (said,) = _semua(triwulan, teks)
    assert said.startswith(f'Upaya / Solusi Kode "S1" menyebut {said_as}, tetapi laporan ini Triwulan ')
    assert "semester itu belum berakhir, angkanya belum ada" in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # a hope, a plan, a target, another year's, last year's, the budget's: no figure reached
        (2, "Capaian 96% pada Semester II diharapkan tercapai."),
        (2, "Capaian diharapkan 100% pada Semester II."),
        (2, "Upaya agar capaian 100% pada Semester II."),
        (2, "Capaian 100% pada Semester II mendatang."),
        (2, "Target 96% pada Semester II."),
        (2, "Capaian 96% pada Semester II tahun lalu."),
        (2, "Capaian 96% pada Semester II tahun 2024."),
        (2, "Realisasi anggaran 50% pada Semester II."),
        # the report's own half year (48 % = 38,4 / 80) and the year's reports: as before
        (2, "Capaian 48% pada Semester I."),
        (4, "Capaian 96% pada Semester II."),
        ("Tahunan", "Capaian 96% pada Semester II."),
    ],
)
def test_no_reached_figure_of_a_later_half_year_after_it_stays_quiet(triwulan, teks):
    assert _semua(triwulan, teks) == []
