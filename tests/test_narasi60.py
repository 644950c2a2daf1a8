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


# --- 1. two periods in one sentence: each figure with its own -----------------------------------------


def _angka(triwulan: object, teks: str) -> list[str]:
    """The figure check's findings only (the period check's 'menyebut Triwulan I ...' left aside)."""
    return [s for s in _semua(triwulan, teks) if "menyebut capaian" in s or "menyebut realisasi" in s]


@pytest.mark.parametrize("triwulan", ["Tahunan", 4])
def test_an_unnamed_figure_before_the_years_own_is_not_the_years(triwulan):
    # "Capaian 48% dan pada TW IV sebesar 96%": 96 % = 76,8 / 80 is TW IV's, the year's; the 48 % before
    # it (s.d. TW II's 38,4 / 80) names no period but is not the year's. Before: 'menyebut capaian 48%,
    # ... capaian 96,00%'.
    assert _semua(triwulan, "Capaian 48% dan pada TW IV sebesar 96%.") == []


@pytest.mark.parametrize("triwulan", ["Tahunan", 4])
def test_a_wrong_years_figure_after_an_unnamed_one_is_told(triwulan):
    # 69 % typed for TW IV, the year's 76,8 / 80 = 96 %: before, the 48 % was told and the 69 % never
    # compared
    (said,) = _angka(triwulan, "Capaian 48% dan pada TW IV sebesar 69%.")
    assert "menyebut capaian 69%" in said and "capaian 96,00%" in said


@pytest.mark.parametrize(("triwulan", "periode"), [(2, "pada TW II"), ("Semester I", "s.d. TW II")])
def test_an_unnamed_figure_before_the_quarters_own_is_not_the_quarters(triwulan, periode):
    # Triwulan II's (Semester I's) report: TW II's 48 % = 38,4 / 80 named; the 96 % before it is another
    # period's. Before: 'menyebut capaian 96%, ... capaian 48,00%' in Triwulan II (in Semester I a quarter
    # alone is the quarter's share, so "s.d. TW II" there; before: quiet, the 69 % never compared).
    assert _angka(triwulan, f"Capaian 96% dan {periode} sebesar 48%.") == []
    (said,) = _angka(triwulan, f"Capaian 96% dan {periode} sebesar 69%.")
    assert "menyebut capaian 69%" in said and "capaian 48,00%" in said


@pytest.mark.parametrize(
    ("triwulan", "dihitung"), [("Tahunan", "96,00"), (2, "48,00"), ("Semester II", "96,00")]
)
def test_an_unnamed_figure_before_an_earlier_periods_is_the_reports(triwulan, dihitung):
    # "Capaian 69%, sedangkan pada TW I sebesar 37,5%": TW I (30 / 80 = 37,5 %) is earlier than every one
    # of these reports, so the 69 % is the report's own: the year's 96 %, TW II's 48 %. Before: not
    # compared (the "TW I" after it made it another period's).
    (said,) = _angka(triwulan, "Capaian 69%, sedangkan pada TW I sebesar 37,5%.")
    assert "menyebut capaian 69%" in said and f"capaian {dihitung}%" in said
    assert _angka(triwulan, f"Capaian {dihitung.split(',')[0]}%, sedangkan pada TW I sebesar 37,5%.") == []


@pytest.mark.parametrize(
    "teks", ["Capaian 48% dan pada TW IV ditargetkan 100%.", "Capaian 48% dan pada TW IV sebesar 96%."]
)
def test_a_later_periods_clause_leaves_the_quarters_figure_as_before(teks):
    # Triwulan II: TW IV is later (a plan, or a figure not yet known): the 48 % (38,4 / 80) is compared as
    # before, quiet; and a wrong 69 % stays quiet as before (the "TW IV" after it: another period's)
    assert _angka(2, teks) == []
    assert _angka(2, teks.replace("48%", "69%")) == []


# --- 3. the year's figure named "tahun 2025" before an earlier period's ---------------------------------


@pytest.mark.parametrize("triwulan", ["Tahunan", 4, "Semester II"])
def test_the_years_figure_named_by_its_year_before_semester_i_is_compared(triwulan):
    # 69 % typed for the year 2025, its 76,8 / 80 = 96 %; Semester I's 48 % (38,4 / 80) right. Before:
    # quiet (the "Semester I" after the 69 % made it another period's).
    (said,) = _angka(triwulan, "Capaian tahun 2025 sebesar 69% dan s.d. Semester I sebesar 48%.")
    assert "menyebut capaian 69%" in said and "capaian 96,00%" in said
    assert _angka(triwulan, "Capaian tahun 2025 sebesar 96% dan s.d. Semester I sebesar 48%.") == []


@pytest.mark.parametrize("triwulan", [2, "Semester I"])
def test_the_year_named_before_the_quarters_own_period_is_not_compared(triwulan):
    # Triwulan II / Semester I: "s.d. Semester I" is the report's own, 48 % = 38,4 / 80 right; the 69 %
    # "tahun 2025" before it is not this period's. Before: 'menyebut capaian 69%, ... capaian 48,00%'.
    assert _angka(triwulan, "Capaian tahun 2025 sebesar 69% dan s.d. Semester I sebesar 48%.") == []
    (said,) = _angka(triwulan, "Capaian tahun 2025 sebesar 69% dan s.d. Semester I sebesar 50%.")
    assert "menyebut capaian 50%" in said and "capaian 48,00%" in said


# --- 2. "naik dari Semester I", "semester ini" -----------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian semester ini sebesar 69%, naik dari Semester I sebesar 48%.",
        "Capaian sebesar 69%, naik dari Semester I sebesar 48%.",
        "Capaian kinerja s.d. Semester II sebesar 69%, meningkat dari Semester I sebesar 48%.",
    ],
)
def test_the_half_years_figure_before_naik_dari_semester_i_is_compared(teks):
    # Semester II's report: "semester ini" / no period / "s.d. Semester II" is the report's own, its
    # 76,8 / 80 = 96 %; 69 % typed. Before: quiet ("Semester I" within 40 characters after the 69 %
    # made it another period's). Semester I's 48 % (38,4 / 80) is never compared with the 96 %.
    (said,) = _angka("Semester II", teks)
    assert "menyebut capaian 69%" in said and "capaian 96,00%" in said
    assert _angka("Semester II", teks.replace("69%", "96%")) == []


def test_the_quarters_figure_before_meningkat_dari_tw_i_is_compared():
    # Triwulan II: "triwulan ini" is TW II, 38,4 / 80 = 48 %; TW I's 30 / 80 = 37,5 % right. Before: quiet.
    teks = "Capaian triwulan ini sebesar 69%, meningkat dari TW I sebesar 37,5%."
    (said,) = _angka(2, teks)
    assert "menyebut capaian 69%" in said and "capaian 48,00%" in said
    assert _angka(2, teks.replace("69%", "48%")) == []


def test_naik_dari_an_earlier_period_without_its_figure_stays_another(
    teks="Capaian naik 21% dari Semester I.",
):
    # a change ("naik 48%": 96 - 48 = 48 points), no figure of the half year's: never compared, as before
    assert _angka("Semester II", teks) == []


# --- 5. a quarter beside the half year it ends: "TW II / Semester I" ------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "dihitung"),
    [
        ("Semester I", "Capaian TW II/Semester I sebesar 69%.", "48,00"),
        ("Semester I", "Capaian Semester I (TW II) sebesar 69%.", "48,00"),
        ("Semester I", "Capaian Semester I / Triwulan II sebesar 69%.", "48,00"),
        ("Semester II", "Capaian TW IV/Semester II sebesar 69%.", "96,00"),
        ("Semester II", "Capaian s.d. TW IV / Semester II sebesar 69%.", "96,00"),
    ],
)
def test_a_quarter_beside_the_half_year_it_ends_is_the_half_years(triwulan, teks, dihitung):
    # Semester I's report: 38,4 / 80 = 48 %; Semester II's: 76,8 / 80 = 96 %; 69 % typed. Before: quiet
    # (the quarter beside it, alone in a half year's report, named the quarter's own share).
    (said,) = _angka(triwulan, teks)
    assert "menyebut capaian 69%" in said and f"capaian {dihitung}%" in said
    assert _angka(triwulan, teks.replace("69%", f"{dihitung.split(',')[0]}%")) == []


@pytest.mark.parametrize("triwulan", ["Semester I", 2])
def test_a_quarter_that_does_not_end_the_half_year_stays_as_typed(triwulan):
    # "TW I / Semester I": TW I (30 / 80 = 37,5 %) is not where Semester I ends: read as before, another
    # period's figure beside the report's, not compared
    assert _angka(triwulan, "Capaian TW I / Semester I sebesar 69%.") == []


# --- the next figure's period after its figure: "naik dari 48% pada Semester I" ------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "dihitung"),
    [
        ("Semester II", "Capaian sebesar 69%, naik dari 48% pada Semester I.", "96,00"),
        ("Tahunan", "Capaian s.d. Semester II sebesar 69%, naik dari 48% pada Semester I.", "96,00"),
        (2, "Capaian sebesar 69%, naik dari 37,5% pada TW I.", "48,00"),
        ("Tahunan", "Capaian sebesar 69% (48% pada Semester I).", "96,00"),
    ],
)
def test_the_reports_figure_before_an_earlier_figure_then_its_period_is_compared(triwulan, teks, dihitung):
    # the year's (Semester II's) 76,8 / 80 = 96 %, TW II's 38,4 / 80 = 48 %; the earlier 48 % (37,5 % =
    # 30 / 80) is Semester I's (TW I's), never compared. 69 % typed. Before: quiet (the earlier period's
    # name within 40 characters after the 69 % made it another period's).
    (said,) = _angka(triwulan, teks)
    assert "menyebut capaian 69%" in said and f"capaian {dihitung}%" in said
    assert _angka(triwulan, teks.replace("69%", f"{dihitung.split(',')[0]}%")) == []


def test_an_unnamed_figure_before_the_own_periods_figure_then_its_period_is_not_the_reports():
    # the year's report: "96% pada TW IV" is the year's (76,8 / 80 = 96 %); the 48 % before it is
    # another period's, not compared (a guard: quiet on main too, by "dibandingkan"; the new reading of
    # the next clause must not turn the 48 % into the year's)
    assert _angka("Tahunan", "Capaian 48%, dibandingkan 96% pada TW IV.") == []


# --- 2. "naik dari Semester I sebesar 48% menjadi 69%": the figure after "menjadi" ----------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as"),
    [
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% menjadi 69%.", "capaian 69%"),
        ("Semester II", "Capaian meningkat dari 48% pada Semester I menjadi 69%.", "capaian 69%"),
        (
            "Semester II",
            "Capaian kinerja mengalami peningkatan dari TW II sebesar 48% menjadi 69%.",
            "capaian 69%",
        ),
        # realisasi: the year's 76,8 %; TW II's 38,4 %
        (4, "Realisasi naik dari TW II sebesar 38,4% menjadi 70%.", "realisasi 70%"),
        (2, "Realisasi naik dari TW I sebesar 30% menjadi 40%.", "realisasi 40%"),
    ],
)
def test_the_figure_after_menjadi_is_the_reports(triwulan, teks, said_as):
    # the year's (Semester II's, TW IV's) 76,8 / 80 = 96 % (realisasi 76,8 %), TW II's 38,4 / 80 = 48 %
    # (realisasi 38,4 %); the earlier figure is that period's, never compared. Before: quiet ("dari"
    # ended the words the figure after it was read with: the figure after "menjadi" was never read).
    (said,) = _angka(triwulan, teks)
    assert f"menyebut {said_as}" in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% menjadi 96%."),
        ("Semester II", "Capaian meningkat dari 48% pada Semester I menjadi 96,00%."),
        (4, "Realisasi naik dari TW II sebesar 38,4% menjadi 76,8%."),
        (2, "Capaian naik dari TW I sebesar 37,5% menjadi 48%."),
        # a hope, not the figure reached; a later period's; the own period as the "earlier" one
        ("Tahunan", "Capaian naik dari Semester I sebesar 48% diharapkan menjadi 100%."),
        ("Tahunan", "Capaian naik dari TW I sebesar 37,5% menjadi 75% pada TW III."),
        (2, "Capaian naik dari Semester I sebesar 48% menjadi 69%."),
    ],
)
def test_a_right_figure_after_menjadi_or_none_of_the_reports_is_quiet(triwulan, teks):
    # right: 76,8 / 80 = 96 %, realisasi 76,8 %, 38,4 / 80 = 48 %; the rest is no figure of the report's
    assert _angka(triwulan, teks) == []


# --- the noun again before "pada": "dan capaian pada TW IV sebesar 96%" -------------------------------


@pytest.mark.parametrize("triwulan", ["Tahunan", 4])
def test_an_unnamed_figure_before_capaian_pada_the_own_period_is_not_the_years(triwulan):
    # the year's 76,8 / 80 = 96 %: "capaian pada TW IV sebesar 96%" is the year's, the 48 % before it
    # another period's. Before: 'menyebut capaian 48%, ... capaian 96,00%'.
    assert _angka(triwulan, "Capaian 48% dan capaian pada TW IV sebesar 96%.") == []
    (said,) = _angka(triwulan, "Capaian 48% dan capaian pada TW IV sebesar 69%.")
    assert "menyebut capaian 69%" in said and "capaian 48%" not in said
