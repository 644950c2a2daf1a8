"""Narasi and Analisis texts left by narasi52's review (tests/test_narasi52.py, test_revnarasi52.py):

1. a bare "sd" before a month ("Realisasi sd Juni 2025") is read as "s/d Juni 2025" is: January - June,
   an earlier period in a Triwulan III report (it named nothing);
2. the seed's own wording "capaian kinerja triwulan ini sebesar 71%" (seed ~734), "semester ini" in the
   half year's report, "tahun ini": the report's own period, its figure checked (was read as another
   quarter's, never checked);
3. a capaian against a quarter's target named before it ("Terhadap target triwulan II capaian
   Triwulan II sebesar 100%"), or after it beyond 40 characters ("... sebesar 100% dari target yang
   ditetapkan pada Triwulan II"), is another figure than the capaian of the year's target (was a
   false peringatan);
4. "Capaian s.d. Semester I sebesar 85%" in a Triwulan III or IV report or the year's report names
   Semester I, an earlier period (Semester I is s.d. Triwulan II), as "s.d. TW II" names Triwulan II
   there and as the Semester II report names it (it named nothing).

The Analisis rows (tests/test_narasi52._angka): S1, one % indicator, target 80, TW II 68: its capaian
s.d. TW II is 68 / 80 = 85 %, so a typed 70 % contradicts it, and each 100 % below names another figure.
"""

from __future__ import annotations

import pytest

from tests.test_mend36e import _lain
from tests.test_narasi52 import _angka

# --- 1. a bare "sd" before a month -------------------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Realisasi sd Juni 2025 sebesar 48%.",
        "Realisasi sd. Juni 2025 sebesar 48%.",
        "Realisasi SD Juni 2025 sebesar 48%.",
        "Realisasi fisik Sd Juni 2025 mencapai 48%.",
        "Realisasi s/d Juni 2025 sebesar 48%.",  # (as before)
    ],
)
def test_a_bare_sd_before_a_month_is_up_to_it(teks):
    # Juni (6) ends Triwulan II: up to it is Januari - Juni, before Triwulan III's September (9)
    assert _lain(teks, "T3", 2025) == ["Januari – Juni"]


@pytest.mark.parametrize(
    ("teks", "kode"),
    [
        ("Realisasi sd September 2025 sebesar 72%.", "T3"),  # Triwulan III's own last month
        ("Pelatihan berlangsung dari April sd Juni 2025.", "T3"),  # a range's end
        ("Pelatihan dilaksanakan tanggal 12 sd 14 Juni 2025.", "T3"),  # a range of days
        ("Realisasi sd Juni 2024 sebesar 48%.", "T3"),  # another year's month
        ("Realisasi sd Juni 2025 sebesar 48%.", "T2"),  # Triwulan II's own last month
    ],
)
def test_a_bare_sd_before_the_own_or_a_ranges_month_stays_quiet(teks, kode):
    assert _lain(teks, kode, 2025) == []


# --- 2. "triwulan ini", "semester ini", "tahun ini": the report's own period -----------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Capaian kinerja triwulan ini sebesar 70% belum dapat mencapai target 2025."),
        (2, "Capaian kinerja sebesar 70% pada triwulan ini."),
        (2, "Capaian s.d. triwulan ini sebesar 70%."),
        (2, "Capaian kinerja ditriwulan ini sebesar 70%."),
        ("Semester I", "Capaian kinerja semester ini sebesar 70%."),
        ("Semester I", "Capaian sebesar 70% pada semester ini."),
        (2, "Capaian kinerja tahun ini sebesar 70%."),  # (as before)
        ("Tahunan", "Capaian kinerja tahun ini sebesar 70%."),  # (as before)
    ],
)
def test_this_quarter_half_year_or_year_is_the_reports_own(triwulan, teks):
    (said,) = _angka(triwulan, teks)
    assert "menyebut capaian 70%" in said and "capaian 85,00%" in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # the seed's Sasaran 2 paragraph with its own figures (71 %): right, quiet
        (2, "capaian kinerja triwulan ini sebesar 85% belum dapat mencapai target 2025."),
        # another period beside it: a comparison, left alone
        (2, "Capaian triwulan ini sebesar 70%, naik dibanding triwulan lalu."),
        # "semester ini" in a quarterly report, "triwulan ini" in a half year's or the year's: not
        # the report's own words (as "Semester I" in Triwulan II is left alone)
        (2, "Capaian kinerja semester ini sebesar 70%."),
        ("Semester I", "Capaian kinerja triwulan ini sebesar 70%."),
        ("Tahunan", "Capaian kinerja triwulan ini sebesar 70%."),
    ],
)
def test_this_period_said_otherwise_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


def test_this_quarter_alone_may_be_its_own_share_of_a_running_total():
    # Kumulatif, TW I 20, TW II 48: s.d. TW II 68 / 80 = 85 %; TW II's own 48 / 80 = 60 %: "triwulan
    # ini" alone may be either (as "Triwulan II" alone), "s.d. triwulan ini" is 85 %
    tws = (20, 48, None, None)
    assert _angka(2, "Capaian triwulan ini sebesar 60%.", tws, "Kumulatif") == []
    (said,) = _angka(2, "Capaian s.d. triwulan ini sebesar 60%.", tws, "Kumulatif")
    assert "capaian 85,00%" in said


# --- 3. a quarter's target named before the capaian, or after it far ------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Terhadap target triwulan II capaian Triwulan II sebesar 100%."),
        (2, "Terhadap target triwulan II, capaian sebesar 100%."),
        (2, "Terhadap target TW II Tahun 2025 capaian sebesar 100%."),
        ("Semester I", "Terhadap target semester I, capaian sebesar 100%."),
        (2, "Capaian Triwulan II sebesar 100% dari target yang ditetapkan pada Triwulan II."),
        (2, "Capaian sebesar 100% dari target yang telah ditetapkan untuk Triwulan II."),
        (2, "Capaian kinerja sebesar 100% apabila dibandingkan dengan target pada Triwulan II."),
    ],
)
def test_a_capaian_of_a_quarters_target_is_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # the year's target named: the capaian computed, 70 % is not 85 %
        (2, "Terhadap target tahun 2025, capaian sebesar 70%."),
        # a quarter's target with its own figure, then the capaian: the capaian is the year's
        (2, "Target TW II sebesar 50%, capaian sebesar 70%."),
        (2, "Capaian sebesar 70% dari target tahun 2025 yang ditetapkan dalam Perjanjian Kinerja."),
    ],
)
def test_the_capaian_of_the_years_target_is_still_told(triwulan, teks):
    (said,) = _angka(triwulan, teks)
    assert "menyebut capaian 70%" in said and "capaian 85,00%" in said


# --- 4. s.d. Semester I in a later quarterly report or the year's ----------------------------------------


@pytest.mark.parametrize("kode", ["T3", "T4", "Y", "S2"])
@pytest.mark.parametrize(
    "teks",
    [
        "Capaian s.d. Semester I sebesar 85%.",
        "Capaian s/d Semester I sebesar 85%.",
        "Capaian s.d. Smt I sebesar 85%.",
        "Capaian kinerja Semester I masih rendah, yaitu sebesar 48%.",
        "Sampai dengan Semester I realisasi fisik mencapai 48%.",
    ],
)
def test_up_to_semester_i_is_an_earlier_period_from_triwulan_iii_on(teks, kode):
    # Semester I ends with Triwulan II (Juni): the Semester I (or Triwulan II) report's figure, as "s.d.
    # TW II" is named "Triwulan II" in Triwulan III, IV and the year's report
    assert _lain(teks, kode, 2025) == ["Semester I"]


@pytest.mark.parametrize(
    ("teks", "kode"),
    [
        ("Capaian s.d. Semester I sebesar 85%.", "T2"),  # Semester I is s.d. Triwulan II: its own
        ("Capaian s.d. Semester I sebesar 85%.", "S1"),
        ("Capaian s.d. Semester I Tahun 2024 sebesar 85%.", "T3"),  # last year's: a comparison
        ("Capaian s.d. Semester I sebesar 48%, pada triwulan ini meningkat menjadi 72%.", "T3"),
        ("Capaian s.d. Semester I sebesar 48%, s.d. Triwulan III sebesar 72%.", "T3"),
        ("Capaian s.d. Semester I sebesar 48% meningkat menjadi 96% pada akhir tahun.", "Y"),
        ("Kegiatan pelatihan telah dilaksanakan pada Semester I.", "T3"),  # history
        ("Capaian kinerja s.d. Semester I disajikan berikut.", "T3"),  # no figure: a mention (mend34a)
        ("Sesuai Laporan Kinerja Semester I, capaian ini sebesar 45%.", "T3"),  # a report cited (mend34a)
        ("Dibandingkan dengan capaian s.d. Semester I sebesar 40%, capaian naik menjadi 65%.", "T3"),
    ],
)
def test_semester_i_as_the_own_period_last_year_or_beside_the_own_stays_quiet(teks, kode):
    assert _lain(teks, kode, 2025) == []
