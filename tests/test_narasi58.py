"""Analisis figures and periods after narasi57 (narasi58):

1. a half year that ends where the report ends is the report's own period for the figure check, as
   "s.d. TW IV" is in the year's report (narasi56): "Capaian s.d. Semester II sebesar 96%" in the year's
   report (was: not compared, "menyebut Semester II" instead), "Capaian Semester I sebesar 48%" in a
   Triwulan II report, "s.d. TW II" in Semester I's, "s.d. Semester II" in Triwulan IV's (were: quiet,
   any figure); another period, a figure nothing compares and a hope keep the period's peringatan;
2. "setiap triwulan. Kedua, ..." is a sentence's end, then an ordinal: no Triwulan II (was told);
3. a sentence's figures read by their words: "Capaian 96% dari target 100%" is the capaian against
   its full mark (was: "target 100%" told against the target 80 %), a realisasi beside a target's or a
   capaian's own figure is the indicator's level, not its capaian ("Realisasi 96% dari target 80%"
   passed as the capaian 96 %).

The Analisis rows are tests/test_narasi57's: S1, one % indicator, target 80, Nilai Akhir, TW I 30,
TW II 38,4, TW III 60, TW IV 76,8: the year's capaian 76,8 / 80 = 96 %; s.d. TW II 38,4 / 80 = 48 %.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook
from tests.test_mend36e import _lain
from tests.test_narasi57 import _semua


def _kumulatif(triwulan: object, teks: str) -> list[str]:
    """S1's Upaya / Solusi ``teks`` of a Kumulatif count, 10 koperasi a quarter of a target of 40:
    the year's 10 + 10 + 10 + 10 = 40, capaian 40 / 40 = 100 %; Semester II's own share 20."""
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", 80, (30, 40, 60, 80), jenis="Nilai Akhir"),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Koperasi sehat", 40, (10, 10, 10, 10), satuan="koperasi", jenis="Kumulatif"),
    ]  # fmt: skip
    books = workbook(rows, triwulan=triwulan)
    row = ["S1", "", *({"Upaya / Solusi": teks}.get(h) for h in ANALISIS_HEADERS[2:])]
    books["Analisis"] = grid([ANALISIS_HEADERS, row])
    return [f.pesan for f in compute(parse_workbook(books)).findings if f.sheet == "Analisis"]


# --- 1. a half year ending where the report ends ------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian s.d. Semester II sebesar 96%.",
        "Capaian sampai dengan Semester II Tahun 2025 sebesar 96,00%.",
        "Realisasi s/d Smt II sebesar 76,8% sehingga capaiannya 96%.",
    ],
)
def test_up_to_semester_ii_is_the_years_figure_in_the_years_report(teks):
    # 76,8 / 80 = 96 %: right, and Semester II up to its end is the year
    assert _semua("Tahunan", teks) == []


def test_a_wrong_figure_up_to_semester_ii_is_told_once_in_the_years_report():
    # 69 % typed, the year's 76,8 / 80 = 96 %: the figure told, no second peringatan on the period
    (said,) = _semua("Tahunan", "Capaian s.d. Semester II sebesar 69%.")
    assert "menyebut capaian 69%" in said and "capaian 96,00%" in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Capaian Semester I sebesar 84%."),  # Semester I is TW I-II: s.d. TW II, 38,4 / 80 = 48 %
        (2, "Capaian s.d. Semester I sebesar 84%."),
        ("Semester I", "Capaian s.d. TW II sebesar 84%."),  # the half year's figure up to its last quarter
        (4, "Capaian s.d. Semester II sebesar 84%."),  # s.d. TW IV: 76,8 / 80 = 96 %
    ],
)
def test_a_half_year_ending_with_the_report_is_compared(triwulan, teks):
    (said,) = _semua(triwulan, teks)
    computed = "capaian 96,00%" if triwulan == 4 else "capaian 48,00%"
    assert "menyebut capaian 84%" in said and computed in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Capaian Semester I sebesar 48%."),
        (2, "Capaian pada Semester I Tahun 2025 sebesar 48,00%."),
        ("Semester I", "Capaian s.d. TW II sebesar 48%."),
        (4, "Capaian s.d. Semester II sebesar 96%."),
    ],
)
def test_the_right_half_years_figure_is_quiet(triwulan, teks):
    assert _semua(triwulan, teks) == []


@pytest.mark.parametrize(
    ("triwulan", "teks", "periode"),
    [
        # another period: Semester I is s.d. TW II, not the year nor TW III
        ("Tahunan", "Capaian s.d. Semester I sebesar 48%.", "Semester I"),
        (3, "Capaian s.d. Semester I sebesar 48%.", "Semester I"),
        # a figure nothing compares (a budget's): the period stays told, as "s.d. TW IV" (revnarasi57)
        ("Tahunan", "Penyerapan anggaran s.d. Semester II sebesar 85%.", "Semester II"),
        # a hope is no figure reached: its period told, its figure not compared (was: "capaian 100%" told
        # against the year's 96 % as if reached, with "s.d. TW IV" alike)
        ("Tahunan", "Diharapkan s.d. Semester II capaian mencapai 100%.", "Semester II"),
        ("Tahunan", "Diharapkan s.d. TW IV capaian mencapai 100%.", "Triwulan IV"),
    ],
)
def test_another_period_keeps_its_peringatan(triwulan, teks, periode):
    (said,) = _semua(triwulan, teks)
    assert f"menyebut {periode}," in said


def test_the_narasi_keeps_semester_ii_told_in_the_years_report():
    # the Narasi sheet has no figure check: the figure may be the Semester II report's
    assert _lain("Realisasi s.d. Semester II sebesar 96%.", "Y", 2025) == ["Semester II"]


def test_semester_ii_alone_of_a_kumulatif_count_is_its_own_share():
    # 10 + 10 = 20 koperasi in Semester II, 20 / 40 = 50 %: the half year's share, not the year's
    # 40 / 40 = 100 %; not compared (the year's figure is told only up to Semester II)
    assert _kumulatif("Tahunan", "Capaian Semester II sebesar 50%.") == []
    (said,) = _kumulatif("Tahunan", "Capaian s.d. Semester II sebesar 50%.")
    assert "menyebut capaian 50%" in said and "capaian 100,00%" in said


# --- 2. a period's word at a sentence's end, an ordinal after it ---------------------------------------


@pytest.mark.parametrize(
    ("teks", "kode"),
    [
        ("Monitoring dilaksanakan setiap triwulan. Kedua, capaian kinerja meningkat.", "Y"),
        ("Monitoring dilaksanakan setiap triwulan. Kedua, capaian kinerja meningkat.", "T3"),
        ("Rapat evaluasi dilakukan tiap triwulan. Ketiga, anggaran terserap baik.", "Y"),
        ("Rapat evaluasi dilakukan tiap triwulan.Kedua, anggaran terserap baik.", "T3"),
        ("Pelaporan dilakukan setiap TW. Kedua, sarana sudah memadai.", "T3"),
        ("Monev dilakukan per triwulan, kedua kegiatan berjalan baik.", "T3"),
        ("Capaian triwulan ini; ke-2 kegiatan berjalan baik.", "T3"),
    ],
)
def test_an_ordinal_after_a_sentences_end_is_no_quarter(teks, kode):
    assert _lain(teks, kode, 2025) == []


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian Triwulan II sebesar 48%.",
        "Capaian Triwulan Kedua sebesar 48%.",
        "Capaian TW. II sebesar 48%.",
        "Capaian Triwulan ke-2 sebesar 48%.",
    ],
)
def test_triwulan_ii_is_still_read(teks):
    assert _lain(teks, "T3", 2025) == ["Triwulan II"]


def test_an_ordinal_sentence_in_analisis_is_compared_as_the_years():
    # "Kedua, capaian sebesar 96%" is the year's 76,8 / 80 = 96 %: quiet (was "menyebut Triwulan II")
    assert _semua("Tahunan", "Kegiatan dilaksanakan setiap triwulan. Kedua, capaian sebesar 96%.") == []
    (said,) = _semua("Tahunan", "Kegiatan dilaksanakan setiap triwulan. Kedua, capaian sebesar 69%.")
    assert "menyebut capaian 69%" in said


# --- 3. each figure read by its own words ----------------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian 96% dari target 100%.",  # 76,8 / 80 = 96 % of the full 100 %
        "Capaian kinerja sebesar 96% dari target 100%.",
        "Capaian kinerja sebesar 96% terhadap target 100%.",
    ],
)
def test_a_capaian_against_its_full_mark_is_quiet(teks):
    assert _semua("Tahunan", teks) == []


def test_a_wrong_capaian_against_its_full_mark_tells_the_capaian_only():
    (said,) = _semua("Tahunan", "Capaian 69% dari target 100%.")
    assert "menyebut capaian 69%," in said and "target 100%" not in said


@pytest.mark.parametrize(
    "teks",
    [
        # the realisasi beside its target's figure is the level reached: 76,8 %, not the capaian 96 %
        "Realisasi 96% dari target 80%.",
        "Dari target 80%, realisasi 96%.",
        "Target 80% tercapai dengan realisasi 96%.",
        # ... and beside a capaian's own figure
        "Realisasi sebesar 96%, capaian 96%.",
    ],
)
def test_a_realisasi_named_beside_a_target_or_capaian_figure_is_the_level(teks):
    (said,) = _semua("Tahunan", teks)
    assert "menyebut realisasi 96%" in said and "realisasi 76,80%" in said


@pytest.mark.parametrize(
    "teks",
    [
        "Realisasi 76,8% dari target 80% sehingga capaian 96%.",
        "Dengan target 80% dan realisasi 76,8%, capaian 96%.",
        # the realisasi as a share of the target, no target's figure: its capaian (as before)
        "Realisasi mencapai 96% dari target.",
        "Realisasi kinerja sebesar 96%.",
        # ... and against the full mark, 100 %: the share reached, 76,8 / 80 = 96 % (was: "realisasi 96%
        # dan target 100%" told)
        "Realisasi kinerja mencapai 96% dari target 100%.",
        "Realisasi 96% terhadap target 100%.",
    ],
)
def test_honest_realisasi_sentences_stay_quiet(teks):
    assert _semua("Tahunan", teks) == []
