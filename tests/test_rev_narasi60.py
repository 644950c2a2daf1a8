"""Review of narasi60: false peringatan its new readings printed on texts staff write.

S1 of tests.test_narasi57 (through tests.test_narasi60's ``_angka``: the figure check's findings only):
Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8: s.d. TW II 38,4 / 80 = 48 %, the year's 76,8 / 80 =
96 %.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook
from tests.test_narasi60 import _angka

# --- a figure naming no period, then an earlier period's clause: the sentence before the noun ----------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Tahun lalu capaian 70%, sedangkan pada TW I sebesar 37,5%."),
        (2, "Tahun lalu capaian 70%, sedangkan pada TW I 2025 sebesar 37,5%."),
        (2, "Dibandingkan tahun lalu, capaian 70%, sedangkan pada TW I sebesar 37,5%."),
        (2, "Secara nasional capaian 70%, sedangkan pada TW I sebesar 37,5%."),
        (2, "Rata-rata provinsi capaian 70%, sedangkan pada TW I sebesar 37,5%."),
        (2, "Kabupaten lain capaian 70%, sedangkan pada TW I sebesar 37,5%."),
        (2, "Untuk indikator lain capaian 70%, sedangkan pada TW I sebesar 37,5%."),
        ("Tahunan", "Tahun lalu capaian 70%, sedangkan pada Semester I sebesar 48%."),
        ("Tahunan", "Tahun 2024 capaian 70%, sedangkan pada Semester I sebesar 48%."),
        ("Tahunan", "Target Renstra capaian 100%, sedangkan pada Semester I sebesar 48%."),
    ],
)
def test_another_figure_named_before_the_noun_stays_quiet_before_an_earlier_period(triwulan, teks):
    # 70 % (100 %) is last year's, the nation's, the province's, another's, the Renstra's: not the report's
    # 48,00 % (96,00 %). Main was quiet (the earlier period's name within 40 characters); narasi60 read
    # the figure as the report's own up to the earlier clause and told 'menyebut capaian 70%, ...'.
    assert _angka(triwulan, teks) == []


def test_the_reports_own_figure_before_an_earlier_period_is_still_told():
    # guard of the fix: nothing before the noun, 69 % typed, TW II's 38,4 / 80 = 48 % (narasi60's reading)
    (said,) = _angka(2, "Capaian 69%, sedangkan pada TW I sebesar 37,5%.")
    assert "menyebut capaian 69%" in said and "capaian 48,00%" in said


def _kumulatif(teks: str) -> list[str]:
    """The figure check's findings of a Kumulatif Sasaran in Triwulan II's report: Target 100 koperasi,
    TW I 25, TW II 4 (s.d. TW II 25 + 4 = 29 of 100 = 29 %; TW II's own share 4 %)."""
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi", "Jumlah koperasi", 100, (25, 4, None, None), jenis="Kumulatif", satuan="Koperasi"),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Jumlah koperasi sehat", 100, (25, 4, None, None), jenis="Kumulatif", satuan="Koperasi"),
    ]  # fmt: skip
    books = workbook(rows, triwulan=2)
    books["Analisis"] = grid(
        [ANALISIS_HEADERS, ["S1", "", *({"Upaya / Solusi": teks}.get(h) for h in ANALISIS_HEADERS[2:])]]
    )
    said = [f.pesan for f in compute(parse_workbook(books)).findings if f.sheet == "Analisis"]
    return [s for s in said if "menyebut capaian" in s]


@pytest.mark.parametrize(
    "teks", ["Capaian 4%, sedangkan pada TW I sebesar 25%.", "Capaian sebesar 4% dan pada TW I sebesar 25%."]
)
def test_a_summed_indicators_share_beside_an_earlier_quarters_stays_quiet(teks):
    # Kumulatif: 4 % is TW II's own share (4 of 100) beside TW I's 25 %, not the report's s.d. TW II 29 %:
    # main was quiet; narasi60 read it as the report's own and told 'menyebut capaian 4%, ... capaian 29,00%'
    assert _kumulatif(teks) == []


def test_a_summed_indicators_figure_up_to_the_quarter_is_quiet():
    # guard: s.d. TW II 25 + 4 = 29 of 100 = 29 %, right either way
    assert _kumulatif("Capaian 29%, sedangkan pada TW I sebesar 25%.") == []


# --- a figure naming no period, then another noun's figure of the report's own period ------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "kata", "hitung"),
    [
        # TW II's capaian 38,4 / 80 = 48 %; the realisasi clause names TW II, the capaian's period too
        (2, "Capaian 69% dan realisasi pada TW II sebesar 38,4%.", "capaian 69%", "capaian 48,00%"),
        (2, "Capaian 69%, sedangkan realisasi s.d. TW II 38,4%.", "capaian 69%", "capaian 48,00%"),
        (2, "Capaian 69% (realisasi s.d. TW II 38,4%).", "capaian 69%", "capaian 48,00%"),
        (2, "Realisasi 50% dan capaian pada TW II sebesar 48%.", "realisasi 50%", "realisasi 38,40%"),
        ("Semester I", "Capaian 69% dan realisasi s.d. Semester I sebesar 38,4%.", "capaian 69%", "48,00%"),
        # the year's 76,8 / 80 = 96 %
        (4, "Capaian 69% dan realisasi pada TW IV sebesar 76,8%.", "capaian 69%", "capaian 96,00%"),
        ("Tahunan", "Capaian 69% dan realisasi s.d. TW IV sebesar 76,8%.", "capaian 69%", "capaian 96,00%"),
    ],
)
def test_another_nouns_own_period_after_an_unnamed_figure_leaves_it_the_reports(triwulan, teks, kata, hitung):
    # A wrong figure printed without a word: main told 'menyebut capaian 69%'; narasi60 read the own
    # period of the realisasi's clause as the 69 %'s next period and the 69 % as another period's: quiet.
    (said,) = _angka(triwulan, teks)
    assert f"menyebut {kata}" in said and hitung in said


# --- angka_menjadi: a plan, a hope or a target after "naik dari ... menjadi" ------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Capaian naik dari TW I sebesar 37,5% menjadi 100% pada akhir tahun."),
        (2, "Capaian naik dari TW I sebesar 37,5% menjadi 100% di akhir tahun."),
        (2, "Capaian naik dari TW I sebesar 37,5% menjadi 100% pada tahun 2026."),
        (2, "Diharapkan capaian naik dari TW I sebesar 37,5% menjadi 100%."),
        (2, "Target capaian naik dari TW I sebesar 25% menjadi 50%."),
        (2, "Target realisasi naik dari TW I sebesar 25% menjadi 50%."),
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% menjadi 100% pada tahun 2026."),
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% menjadi 100% tahun depan."),
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% menjadi 100% di tahun mendatang."),
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% menjadi 100% pada tahun berikutnya."),
        ("Semester I", "Capaian naik dari TW I sebesar 37,5% menjadi 100% pada akhir tahun."),
    ],
)
def test_a_plan_after_menjadi_is_not_the_reports_figure(triwulan, teks):
    # 100 % (50 %) is a plan for the year's end, another year, a hope or the quarters' targets: not the
    # report's 48,00 % (96,00 %). narasi60 told 'menyebut capaian 100%, ...' (the main branch never read it).
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("triwulan", "teks", "hitung"),
    [
        # the year's end is the year's report's own: 69 % against 76,8 / 80 = 96 %
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% menjadi 69% pada akhir tahun.", "96,00%"),
        (4, "Capaian naik dari TW III sebesar 75% menjadi 69% pada akhir tahun 2025.", "96,00%"),
        # no plan: 69 % against s.d. TW II's 38,4 / 80 = 48 %
        (2, "Capaian naik dari TW I sebesar 37,5% menjadi 69%, sesuai target.", "48,00%"),
    ],
)
def test_a_reached_figure_after_menjadi_is_still_told(triwulan, teks, hitung):
    (said,) = _angka(triwulan, teks)
    assert "menyebut capaian 69%" in said and f"capaian {hitung}" in said
