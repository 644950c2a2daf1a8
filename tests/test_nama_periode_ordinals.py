"""The quarter's and half year's number in words, as each reader took it before they were kept in
lkj_xl.core.nama_periode (contract._QUARTER_WORDS, narasi_pola._URUTAN and _SEMESTER_KE,
pengaturan_nilai._HALF_NAMES): the same answers after."""

from __future__ import annotations

import pytest

from lkj_xl.core.contract import triwulan_from_text
from lkj_xl.core.narasi_pola import _SEMESTER, _SEMESTER_KE, _TRIWULAN, kuartal
from lkj_xl.core.pengaturan_nilai import _names_quarter


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("Triwulan Pertama", 1),
        ("Triwulan Kesatu", 1),  # "ke" dropped: "satu"
        ("Triwulan Kedua", 2),
        ("ke-2", 2),
        ("Triwulan Ketiga", 3),
        ("Triwulan Keempat", 4),
        ("Triwulan Kelima", None),
        ("Semester Kedua", 4),  # Semester II is reported s.d. TW IV
    ],
)
def test_pengaturan_quarter_in_words(text, quarter):
    assert triwulan_from_text(text) == quarter


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("Triwulan Pertama", 1),
        ("TW ke-2", 2),
        ("Triwulan Ketiga", 3),
        ("triwulan keempat", 4),
        ("TW IV", 4),
        ("Trw 3", 3),
    ],
)
def test_narasi_quarter_in_words(text, quarter):
    found = _TRIWULAN.search(f"capaian pada {text} meningkat")
    assert found is not None and kuartal(found.group(1)) == quarter


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("Semester Pertama", 1),
        ("Semester Satu", 1),
        ("Smt. Kedua", 2),
        ("Semester dua", 2),
        ("Semester II", 2),
    ],
)
def test_narasi_half_year_in_words(text, half):
    found = _SEMESTER.search(f"capaian pada {text} meningkat")
    assert found is not None and _SEMESTER_KE[found.group(1).lower()] == half


@pytest.mark.parametrize(
    ("bracket", "quarter", "same"),
    [
        ("Dua", 4, True),  # "Semester II (Dua)": the half's own name
        ("Kedua", 4, True),
        ("ke-2", 4, True),
        ("Pertama", 2, True),
        ("Kesatu", 2, True),
        ("ke1", 2, True),
        ("Satu", 4, False),  # Semester II named as the first
    ],
)
def test_pengaturan_half_year_named_in_brackets(bracket, quarter, same):
    assert _names_quarter(bracket, quarter, 2025, semester=True) is same
