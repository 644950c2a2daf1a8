"""A plan for the reported period opened by a connective ("Selanjutnya pada Triwulan IV akan dilakukan
percepatan." in a Triwulan IV report) is a leftover of the report before, as the same sentence without
the connective is: the Narasi check went quiet on it when the plan rule learnt which periods open a
clause (revJ, a golden review: the example's Tindak Lanjut with "Selanjutnya pada Triwulan II akan
dilaksanakan sosialisasi kepada pelaku UMKM." lost its peringatan and Word placeholder)."""

from __future__ import annotations

import pytest

from lkj_xl.core.narasi import triwulan_lain

OPENERS = [
    "Selanjutnya", "Namun", "Sedangkan", "Adapun", "Untuk itu", "Dengan demikian", "Oleh sebab itu",
    "Oleh karena itu", "Kemudian", "Sementara itu", "Di samping itu", "Selain itu", "Ke depan,",
    "Capaian masih rendah. Selanjutnya", "Kegiatan belum optimal, selanjutnya",
]  # fmt: skip


@pytest.mark.parametrize("opener", OPENERS)
def test_a_plan_for_the_reported_quarter_after_a_connective_is_a_leftover(opener):
    # Triwulan IV 2025: written after the quarter ended, a plan for it was written for the report before
    teks = f"{opener} pada Triwulan IV akan dilakukan percepatan realisasi anggaran."
    assert triwulan_lain(teks, 4, False, None, 2025) == ["rencana untuk Triwulan IV"]


@pytest.mark.parametrize("opener", OPENERS)
def test_the_same_plan_in_the_report_before_is_honest(opener):
    # Triwulan III 2025: Triwulan IV is still to come
    teks = f"{opener} pada Triwulan IV akan dilakukan percepatan realisasi anggaran."
    assert triwulan_lain(teks, 3, False, None, 2025) == []


def test_a_half_year_plan_after_a_connective():
    # Semester II 2025 (triwulan 4, semester 2)
    teks = "Selanjutnya pada Semester II akan dilaksanakan sosialisasi kepada pelaku UMKM."
    assert triwulan_lain(teks, 4, False, 2, 2025) == ["rencana untuk Semester II"]
