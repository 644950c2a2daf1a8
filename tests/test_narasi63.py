"""narasi63: figures in the Analisis texts against the table, each read as the period it is said of.

S1 of tests.test_narasi57 / tests.test_narasi62: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 /
60 / 76,8. By hand: s.d. TW I realisasi 30, capaian 30 / 80 = 37,5 %; s.d. TW II (Semester I) 38,4, 38,4 / 80
= 48 %; s.d. TW III 60, 60 / 80 = 75 %; the year's (Semester II) 76,8, 76,8 / 80 = 96 %.
``_semua(triwulan, teks)``: every Analisis finding of S1's Upaya / Solusi typed ``teks`` in the report of
Pengaturan's Triwulan ``triwulan``; ``_angka``: only the figure check's ("padahal yang dihitung").
"""

from __future__ import annotations

import pytest

from tests.test_narasi57 import _semua
from tests.test_narasi62 import _angka

AKHIR = "perbaiki teksnya (angka dalam teks dicetak apa adanya di laporan)"

# --- 1. a later half year's figure in Semester I's report ---------------------------------------------------


@pytest.mark.parametrize(
    ("teks", "said_as"),
    [
        ("Capaian pada Semester II 96%.", "capaian Semester II sebesar 96%"),
        ("Capaian Semester II 96%.", "capaian Semester II sebesar 96%"),
        ("Capaian pada Semester II sebesar 96%.", "capaian Semester II sebesar 96%"),
        ("Capaian 96% pada Semester II.", "capaian Semester II sebesar 96%"),
        ("Realisasi pada Semester II 76,8%.", "realisasi Semester II sebesar 76,8%"),
    ],
)
def test_a_later_half_years_figure_in_semester_is_report_is_told(teks, said_as):
    # Semester II ends with TW IV, after Semester I's report (s.d. TW II): no such figure yet. Before: quiet
    # (angka_nanti read quarterly reports only; the period check took "pada Semester II" for a plan's time).
    (said,) = _semua("Semester I", teks)
    assert said == (
        f'Upaya / Solusi Kode "S1" menyebut {said_as}, tetapi laporan ini Semester I Tahun 2025 (Pengaturan, '
        f"Triwulan): semester itu belum berakhir, angkanya belum ada; {AKHIR}"
    )


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # the report's own half year, right (38,4 / 80 = 48 %)
        ("Semester I", "Capaian 48% pada Semester I."),
        # a hope, a target, a plan after a comma: no figure reached
        ("Semester I", "Capaian 96% pada Semester II diharapkan tercapai."),
        ("Semester I", "Target 96% pada Semester II."),
        ("Semester I", "Capaian 48%, semester II perlu percepatan."),
        # Semester II's own report: Semester II's figure right (96 %)
        ("Semester II", "Capaian pada Semester II 96%."),
    ],
)
def test_no_later_half_years_figure_stays_quiet(triwulan, teks):
    assert _semua(triwulan, teks) == []


# --- 2. "dari X menjadi Y" with no period named: Y is the report's own ------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as"),
    [
        # Triwulan II: capaian 48 %, realisasi 38,4 %; the figure before "menjadi" is the previous value
        (2, "Capaian meningkat dari 69% menjadi 96%.", "capaian 96%"),
        (2, "Capaian meningkat dari 37,5% menjadi 96%.", "capaian 96%"),
        (2, "Realisasi naik dari 30% menjadi 50%.", "realisasi 50%"),
        # the year's report: capaian 96 %
        ("Tahunan", "Capaian naik dari 48% menjadi 69%.", "capaian 69%"),
    ],
)
def test_the_figure_after_menjadi_is_compared(triwulan, teks, said_as):
    # Before: quiet ("dari" ends the words a figure is read with, and angka_menjadi read only "dari <an
    # earlier period> ... menjadi").
    (said,) = _angka(triwulan, teks)
    assert said.startswith(f"Upaya / Solusi menyebut {said_as}, padahal yang dihitung untuk S1: target 80%")


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # the figure after "menjadi" right (48 %, 38,4 %, the year's 96 %): the one before never compared,
        # whatever it is (69 % is no period's here: last year's, perhaps)
        (2, "Capaian meningkat dari 37,5% menjadi 48%."),
        (2, "Capaian meningkat dari 69% menjadi 48%."),
        (2, "Capaian turun dari 69% menjadi 48%."),
        (2, "Realisasi naik dari 40% menjadi 38,4%."),
        ("Tahunan", "Capaian naik dari 69% menjadi 96%."),
        # a goal, a hope, a plan, another period or year after the figure: no figure reached
        (2, "Upaya agar capaian meningkat dari 48% menjadi 100%."),
        (2, "Upaya agar capaian meningkat dari TW I sebesar 37,5% menjadi 100%."),
        (2, "Diupayakan capaian meningkat dari 48% menjadi 100%."),
        (2, "Capaian diharapkan meningkat dari 48% menjadi 100%."),
        (2, "Capaian meningkat dari 48% menjadi 100% pada tahun 2026."),
        (2, "Capaian meningkat dari 48% menjadi 100% tahun depan."),
        (2, "Capaian meningkat dari 48% menjadi 96% pada TW IV."),
    ],
)
def test_menjadi_with_its_figure_right_or_not_reached_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


# --- 3. two periods' figures in one sentence --------------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as", "quarter", "dihitung"),
    [
        # TW II's capaian is 48 %, not 69 %; TW IV's (the report's) 96 % right
        (4, "Capaian TW II 69% dan TW IV 96%.", "Triwulan II sebesar 69%", "Triwulan II", "38,40%, capaian 48,00%"),
        ("Tahunan", "Capaian TW II 69% dan TW IV 96%.", "Triwulan II sebesar 69%", "Triwulan II", "38,40%, capaian 48,00%"),
        # TW I's is 37,5 %
        (4, "Capaian TW I 50% dan TW IV 96%.", "Triwulan I sebesar 50%", "Triwulan I", "30,00%, capaian 37,50%"),
        (3, "Capaian TW I 40% dan TW III 75%.", "Triwulan I sebesar 40%", "Triwulan I", "30,00%, capaian 37,50%"),
    ],
)  # fmt: skip
def test_an_earlier_periods_figure_before_the_reports_own_is_that_periods(
    triwulan, teks, said_as, quarter, dihitung
):
    # Before: quiet (the figure of the report's own period after it made the first "another" figure, never
    # compared with its own period's).
    (said,) = _angka(triwulan, teks)
    assert said == (
        f"Upaya / Solusi menyebut capaian {said_as}, padahal yang dihitung untuk S1 s.d. {quarter}: target 80%, "
        f"realisasi {dihitung}; {AKHIR}"
    )


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (4, "Capaian TW II 48% dan TW IV 96%."),
        ("Tahunan", "Capaian TW II 48% dan TW IV 96%."),
        (3, "Capaian TW I 37,5% dan TW III 75%."),
    ],
)
def test_each_periods_figure_right_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


def test_the_reports_own_figure_after_an_earlier_one_is_still_compared():
    # TW II's 48 % right, the year's 69 % wrong (96 %): told as before, once
    (said,) = _angka(4, "Capaian TW II 48% dan TW IV 69%.")
    assert said.startswith("Upaya / Solusi menyebut capaian 69%, padahal yang dihitung untuk S1: target 80%")


# --- 4. an earlier period's realisasi ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as", "quarter", "dihitung"),
    [
        # TW I's realisasi is 30 % (capaian 37,5 %): 40 % is neither
        (2, "Realisasi TW I sebesar 40%.", "Triwulan I sebesar 40%", "Triwulan I", "30,00%, capaian 37,50%"),
        (2, "Realisasi pada TW I sebesar 40%.", "Triwulan I sebesar 40%", "Triwulan I", "30,00%, capaian 37,50%"),
        (2, "Realisasi sebesar 40% pada TW I.", "Triwulan I sebesar 40%", "Triwulan I", "30,00%, capaian 37,50%"),
        (2, "Pada TW I, realisasi sebesar 40%.", "Triwulan I sebesar 40%", "Triwulan I", "30,00%, capaian 37,50%"),
        # s.d. TW II's is 38,4 % (capaian 48 %)
        ("Tahunan", "Realisasi s.d. TW II sebesar 69%.", "s.d. Triwulan II sebesar 69%", "Triwulan II", "38,40%, capaian 48,00%"),
        (3, "Realisasi s.d. Semester I sebesar 50%.", "s.d. Semester I sebesar 50%", "Triwulan II", "38,40%, capaian 48,00%"),
    ],
)  # fmt: skip
def test_an_earlier_periods_realisasi_is_compared_with_that_periods(
    triwulan, teks, said_as, quarter, dihitung
):
    # Before: quiet (only an earlier period's capaian was compared; the TW II total was never its measure
    # either, the figure being read as another period's).
    (said,) = _angka(triwulan, teks)
    assert said == (
        f"Upaya / Solusi menyebut realisasi {said_as}, padahal yang dihitung untuk S1 s.d. {quarter}: "
        f"target 80%, realisasi {dihitung}; {AKHIR}"
    )


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # right: TW I's 30 %, s.d. Semester I's 38,4 %; 37,5 % is TW I's capaian, a share reached
        (2, "Realisasi TW I sebesar 30%."),
        (3, "Realisasi s.d. Semester I sebesar 38,4%."),
        (2, "Realisasi TW I sebesar 37,5%."),
        # a target's, a hope's, last year's, the budget's, two quarters': no figure of that period reached
        (2, "Target realisasi TW I sebesar 40%."),
        (2, "Target capaian TW I sebesar 40%."),
        (2, "Realisasi TW I diharapkan 40%."),
        (2, "Realisasi TW I tahun lalu sebesar 40%."),
        (2, "Realisasi anggaran TW I sebesar 40%."),
        (4, "Realisasi TW I dan II sebesar 40%."),
    ],
)
def test_no_earlier_realisasi_to_compare_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("teks", "told"),
    [
        # Kumulatif, TW I-IV 10 / 5 / 20 / 30: TW II's own 5 %, s.d. TW II 10 + 5 = 15 % (capaian 15 / 80 =
        # 18,75 %): staff write either as "realisasi TW II"
        ("Realisasi TW II sebesar 5%.", False),
        ("Realisasi TW II sebesar 15%.", False),
        ("Realisasi s.d. TW II sebesar 15%.", False),
        ("Realisasi s.d. TW II sebesar 7%.", True),
        # the quarter alone of a Kumulatif: angka_dulu leaves it (narasi62's rule, kept), though 7 % is neither
        ("Realisasi TW II sebesar 7%.", False),
    ],
)
def test_a_kumulatif_quarters_realisasi_may_be_its_own_or_up_to_it(teks, told):
    said = _angka(3, teks, tws=(10, 5, 20, 30), jenis="Kumulatif")
    assert bool(said) is told, said


@pytest.mark.parametrize(
    "teks",
    [
        # the budget's realisasi in its sentence: never the indicator's (its realisasi s.d. TW II is 38,4 %)
        "Realisasi anggaran s.d. triwulan III sebesar 61,2% dari pagu, lebih tinggi dibandingkan realisasi s.d. "
        "triwulan II yang sebesar 36%.",
        "Realisasi semester pertama tercatat sebesar 36% dari total pagu.",
        "Realisasi Semester I sebesar 36% telah dibahas bersama TAPD.",
    ],
)
def test_an_earlier_realisasi_in_a_budget_sentence_stays_quiet(teks):
    assert _angka(3, teks) == []


@pytest.mark.parametrize("triwulan", [2, "Semester I"])
def test_the_reports_own_figure_after_a_later_half_years_is_compared(triwulan):
    # s.d. Semester I (the report's own half year in Triwulan II and Semester I): 48 %, not 20 %. Before:
    # lost with the later half year's figure before it (its Semester I report told the 20 % only while
    # angka_nanti read no half year's report).
    said = _semua(triwulan, "Capaian s.d. Semester II sebesar 96% dan s.d. Semester I sebesar 20%.")
    assert len(said) == 2
    assert "menyebut capaian s.d. Semester II sebesar 96%, tetapi laporan ini" in said[0]
    assert said[1].startswith(
        "Upaya / Solusi menyebut capaian 20%, padahal yang dihitung untuk S1: target 80%"
    )
