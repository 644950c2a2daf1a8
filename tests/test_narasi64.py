"""narasi64: figures in the Analisis texts left unread, each against the table.

S1 of tests.test_narasi57 / tests.test_narasi62: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 /
60 / 76,8. By hand: s.d. TW I realisasi 30, capaian 30 / 80 = 37,5 %; s.d. TW II 38,4 / 80 = 48 %; s.d. TW III
60 / 80 = 75 %; the year's 76,8 / 80 = 96 %. ``_angka(triwulan, teks)``: the figure check's peringatan of S1's
Upaya / Solusi typed ``teks`` in the report of Pengaturan's Triwulan ``triwulan`` ("padahal yang dihitung").
"""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook
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


# --- 2. a capaian or realisasi written without "%" -----------------------------------------------------------


def _hitung(teks: str, tws: tuple = (500, 700, None, None), satuan: str = "Orang") -> list[str]:
    """The figure check's peringatan of S1's Upaya / Solusi typed ``teks`` in Triwulan II: S1 a count, Target
    1.500 ``satuan``, Kumulatif, quarters ``tws``."""
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", 80, (30, "38,4", 60, "76,8"), jenis="Nilai Akhir"),
        kinerja_row("S1", "Sasaran", "T1", "SDM koperasi", "Jumlah pengurus koperasi terlatih", 1500, tws, jenis="Kumulatif", satuan=satuan),
    ]  # fmt: skip
    books = workbook(rows, triwulan=2)
    row = ["S1", "", *(teks if h == "Upaya / Solusi" else None for h in ANALISIS_HEADERS[2:])]
    books["Analisis"] = grid([ANALISIS_HEADERS, row])
    report = compute(parse_workbook(books))
    return [f.pesan for f in report.findings if f.sheet == "Analisis" and "padahal yang dihitung" in f.pesan]


# By hand: s.d. TW II 500 + 700 = 1.200 orang of 1.500, capaian 1.200 / 1.500 = 80 %
COUNT = "padahal yang dihitung untuk S1: target 1.500 Orang, realisasi 1.200 Orang, capaian 80,00%"


@pytest.mark.parametrize(
    ("teks", "said"),
    [
        # the seed's way: "target 400 IKM dan realisasi 95 IKM sehingga capaiannya 24%"
        ("Target 1.500 orang dan realisasi 1.250 orang sehingga capaiannya 80%.", "realisasi 1.250 orang"),
        ("Realisasi 1.250 orang.", "realisasi 1.250 orang"),
        ("Realisasi sebanyak 1.250 orang.", "realisasi 1.250 orang"),
        ("Terealisasi sebesar 1.250 orang dari target 1.500 orang.", "realisasi 1.250 orang"),
        ("Realisasi s.d. TW II 1.250 orang.", "realisasi 1.250 orang"),
        # the figure closing its clause, no word after it: the realisasi, the capaian (in percent)
        ("Realisasi sebesar 1.250, sesuai jadwal.", "realisasi 1.250"),
        ("Capaian 85.", "capaian 85"),
        ("Capaian kinerja sebesar 85 sehingga tergolong sangat tinggi.", "capaian 85"),
    ],
)
def test_a_figure_without_percent_read_as_the_rows_is_compared(teks, said):
    # Before: quiet (only a figure with "%" or "persen" was read)
    (pesan,) = _hitung(teks)
    assert pesan.startswith(f"Upaya / Solusi menyebut {said}, {COUNT}")


@pytest.mark.parametrize(
    "teks",
    [
        # right: 1.200 orang, 80 %; "1200" typed without its dot
        "Target 1.500 orang dan realisasi 1.200 orang sehingga capaiannya 80%.",
        "Realisasi 1200 orang.",
        "Capaian 80.",
        # another thing counted, another noun, words between the noun and the figure
        "Realisasi 120 peserta.",
        "Realisasi pelatihan 1.250 orang.",
        "Capaian 85 koperasi.",
        "Capaian 2 dari 3 indikator belum tercapai.",
        "Capaian 1 dan 2 belum optimal.",
        "Capaian 1, 2 dan 3 perlu ditingkatkan.",
        # another period, last year, a hope, a year, a Kegiatan's sentence, a date
        "Realisasi TW I 600 orang.",
        "Realisasi 600 orang pada TW I.",
        "Tahun lalu realisasi 1.000 orang.",
        "Realisasi tahun lalu 1.000 orang.",
        "Diharapkan realisasi 1.500 orang.",
        "Capaian 2024.",
        "Kegiatan Pelatihan Perkoperasian dengan target 300 orang dan realisasi 250 orang sehingga capaiannya 83%.",
        "Realisasi hingga 30 Juni 2025 sebesar 1.200 orang.",
    ],
)
def test_a_figure_without_percent_right_or_another_stays_quiet(teks):
    assert _hitung(teks) == []


def test_a_percent_indicators_realisasi_without_percent_is_compared():
    # S1 of test_narasi62, Triwulan II: realisasi 38,4 (%), capaian 38,4 / 80 = 48 %; "38" is 38,4 cut
    assert _angka(2, "Realisasi 38,4 dan capaian 48%.") == []
    assert _angka(2, "Realisasi 38 dan capaian 48%.") == []
    (pesan,) = _angka(2, "Realisasi 40 dan capaian 48%.")
    assert pesan.startswith(
        "Upaya / Solusi menyebut realisasi 40, padahal yang dihitung untuk S1: target 80%"
    )


# --- 4. a goal's figure: "target" or "sasaran" right before the noun, "ditarget" -----------------------------


@pytest.mark.parametrize(
    "teks",
    [
        # S1, Triwulan II (capaian 48 %, realisasi 38,4 %): each 100 % / 80 % a goal, no figure reached; told
        # as "menyebut capaian 100%" / "realisasi 80%" before
        "Target capaian 100%.",
        "Sasaran capaian 100% pada akhir tahun.",
        "Untuk mencapai target capaian 100%, perlu percepatan pelaksanaan kegiatan.",
        "Sasaran capaian sebesar 100% belum tercapai karena capaian baru 48%.",
        "Target realisasi 80% belum tercapai, realisasi baru 38,4%.",
        "Sasaran realisasi 80%.",
        "Capaian ditarget 100%.",
        "Capaian yang disasar 100%.",
        "Target capaian 100.",
    ],
)
def test_a_goals_figure_stays_quiet(teks):
    assert _angka(2, teks) == []


@pytest.mark.parametrize(
    ("teks", "said"),
    [
        # "sasaran" after the noun is the node's own: its capaian (48 %) typed 50 %
        ("Capaian sasaran strategis sebesar 50%.", "capaian 50%"),
        # a goal beside a figure reached: the one reached is compared
        ("Sasaran capaian sebesar 100% belum tercapai karena capaian baru 50%.", "capaian 50%"),
        # "capaian 100% dari sasaran": the share of the goal reached, the capaian
        ("Capaian 100% dari sasaran yang ditetapkan.", "capaian 100%"),
    ],
)
def test_the_figure_reached_beside_a_goal_word_is_compared(teks, said):
    (pesan,) = _angka(2, teks)
    assert pesan.startswith(f"Upaya / Solusi menyebut {said}, padahal yang dihitung untuk S1: target 80%")
