"""rev_narasi64: narasi64's readers of Analisis figures (a list after one noun, a figure without %, a goal
word) on sentences staff write that are no figure of the row, and on the node's own figure.

``_angka`` (tests.test_narasi62): S1, a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8.
By hand: s.d. TW I 30 / 80 = 37,5 %; s.d. TW II 38,4 / 80 = 48 %; s.d. TW III 60 / 80 = 75 %.
``_hitung`` (tests.test_narasi64): S1 a count, Target 1.500 Orang, Kumulatif, TW I-II 500 / 700, Triwulan
II: realisasi 500 + 700 = 1.200, capaian 1.200 / 1.500 = 80 %.
"""

from __future__ import annotations

import pytest

from tests.test_narasi62 import _angka
from tests.test_narasi64 import COUNT, _hitung

# --- a list's point number after "capaian" / "realisasi" is no figure --------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        # the Faktor / Upaya columns' numbered points: told as "capaian 1" / "realisasi 1" by narasi64
        "Faktor penghambat capaian: 1. anggaran terbatas; 2. SDM kurang.",
        "Kendala realisasi: 1) dana terlambat, 2) SDM kurang.",
        "Upaya peningkatan capaian: 1. koordinasi; 2. monitoring.",
        "Upaya meningkatkan realisasi 1. koordinasi 2. monitoring",
        "Capaian: 1. Pelatihan dilaksanakan.",
        # the next point's number after it ("3." then "4.")
        "Penghambat capaian: 3. cuaca; 4. SDM kurang.",
    ],
)
def test_a_points_number_after_the_noun_stays_quiet(teks):
    assert _hitung(teks) == []


@pytest.mark.parametrize(
    ("teks", "said"),
    [
        # a figure closing its sentence, no next point's number: the capaian (80 % computed)
        ("Capaian 85. Hal ini perlu ditingkatkan.", "capaian 85"),
        ("Capaian 3. Hal ini perlu ditingkatkan.", "capaian 3"),
        ("Capaian 1.", "capaian 1"),
    ],
)
def test_a_bare_figure_ending_its_sentence_is_still_compared(teks, said):
    (pesan,) = _hitung(teks)
    assert pesan.startswith(f"Upaya / Solusi menyebut {said}, {COUNT}")


# --- a bare realisasi in a sentence of the budget -------------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        # the spending's, not the 1.200 orang (told as "realisasi 700" by narasi64)
        "Realisasi sebesar 700, dari pagu 1.000 juta.",
        "Realisasi sebesar 450, dengan serapan anggaran 45%.",
    ],
)
def test_a_bare_realisasi_in_a_budget_sentence_stays_quiet(teks):
    assert not [p for p in _hitung(teks) if "menyebut realisasi 700" in p or "menyebut realisasi 450" in p]


def test_a_bare_realisasi_with_its_satuan_in_a_budget_sentence_is_compared():
    # its Satuan after it makes it the indicator's: 1.250 orang against 1.200
    (pesan,) = _hitung("Realisasi 1.250 orang dengan serapan anggaran 45%.")
    assert pesan.startswith(f"Upaya / Solusi menyebut realisasi 1.250 orang, {COUNT}")


# --- a list of goals, or of another year's figures ------------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        # the quarters' goals (TW II's 50 % no figure reached): told as "capaian Triwulan II sebesar 50%" by
        # narasi64 (the goal word was not repeated with the noun)
        "Target capaian TW I 40% dan TW II 50%.",
        "Target capaian TW I 40%, TW II 60%, TW III 75%.",
        "Sasaran capaian TW I 40% dan TW II 50%.",
        # last year's, or 2024's, TW I: the listed TW II's year unknown
        "Capaian TW I tahun lalu 37,5% dan TW II 50%.",
        "Capaian TW I sebelumnya 37,5% dan TW II 50%.",
        "Capaian TW I 2024 30% dan TW II 50%.",
    ],
)
def test_a_list_of_goals_or_of_another_year_stays_quiet(teks):
    assert _angka(3, teks) == []


def test_a_listed_figure_naming_this_year_is_still_compared():
    # TW II 2025 (Pengaturan's year): 48 %, typed 50 %
    (pesan,) = _angka(3, "Capaian TW II 2024 30% dan TW II 2025 50%.")
    assert pesan.startswith("Upaya / Solusi menyebut capaian Triwulan II sebesar 50%, padahal")
    assert "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%" in pesan


# --- "sasaran" naming the node before the noun: the node's own figure -----------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        # S1's capaian (48 % in Triwulan II) typed 50 %: quiet in narasi64 (read as a goal's)
        "Indikator sasaran capaian 50%.",
        "Pada sasaran capaian 50%.",
    ],
)
def test_the_sasaran_node_named_before_the_noun_is_compared(teks):
    (pesan,) = _angka(2, teks)
    assert pesan.startswith(
        "Upaya / Solusi menyebut capaian 50%, padahal yang dihitung untuk S1: target 80%, realisasi 38,40%, "
        "capaian 48,00%"
    )


@pytest.mark.parametrize(
    "teks",
    [
        # the things the figure counts listed after it: 3 trainings, not the 1.200 orang (told as
        # "realisasi 3" by narasi64)
        "Realisasi sebesar 3, yaitu pelatihan A, B dan C.",
        "Realisasi 2, antara lain pelatihan dan pendampingan.",
        "Capaian 4, meliputi pelatihan, pendampingan, fasilitasi dan monitoring.",
    ],
)
def test_a_bare_figure_counting_what_is_listed_after_it_stays_quiet(teks):
    assert _hitung(teks) == []


# --- a goal said reached: the report's own figure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("teks", "said"),
    [
        # S1 in Triwulan II: capaian 38,4 / 80 = 48 %, realisasi 38,4 %; the goal said reached claims the
        # capaian 100 % (realisasi 80 %): told on main, quiet in narasi64 (read as a goal's figure)
        ("Target capaian 100% telah tercapai.", "capaian 100%"),
        ("Target capaian sebesar 100% berhasil dicapai.", "capaian 100%"),
        ("Sasaran capaian 100% telah terpenuhi.", "capaian 100%"),
        ("Target realisasi 80% sudah tercapai.", "realisasi 80%"),
    ],
)
def test_a_goal_said_reached_is_compared(teks, said):
    (pesan,) = _angka(2, teks)
    assert pesan.startswith(f"Upaya / Solusi menyebut {said}, padahal yang dihitung untuk S1: target 80%")


@pytest.mark.parametrize(
    "teks",
    [
        # missed, hoped for, or reached later: no figure reached now
        "Target capaian 100% belum tercapai.",
        "Target capaian 100% tidak tercapai karena anggaran terlambat.",
        "Target capaian 100% diharapkan dapat tercapai.",
        "Target capaian 100% tercapai pada akhir tahun.",
        # "untuk" before "sasaran": the goal's ("for the goal of 100 %")
        "Untuk sasaran capaian 100%, perlu percepatan kegiatan.",
    ],
)
def test_a_goal_not_said_reached_stays_quiet(teks):
    assert _angka(2, teks) == []
