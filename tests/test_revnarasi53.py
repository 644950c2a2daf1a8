"""Review of narasi53 (tests/test_narasi53.py): what staff type that the branch read wrongly.

1. s.d. Semester I named from Triwulan III on (narasi_sisa.semester_lalu) in texts that also give the
   current period: in the year's report both halves of the year ("Semester I sebesar 48% dan Semester II
   sebesar 50%": Semester II is the year's own half, as in Triwulan IV), "tahun ini" / the report's year
   beside it ("Capaian kinerja tahun ini sebesar 96%, sedangkan s.d. Semester I sebesar 48%"), or last
   year's half ("s.d. Semester I tahun lalu"): a comparison, not a leftover (the branch named Semester I).
2. A bare capital "SD" after a school word ("lulusan SD Juni 2025") is Sekolah Dasar, no s.d. (the branch
   named Januari – Juni); "Realisasi SD Juni 2025" stays s.d.
3. A quarter's target named before the capaian with the words staff add ("Terhadap target triwulan II
   yang telah ditetapkan, capaian sebesar 100%") or with its own figure after "terhadap" ("Terhadap
   target triwulan II sebesar 68%, capaian sebesar 100%"): that target's capaian (the branch told 100 %
   against the year's 85 %).

The Analisis rows (tests/test_narasi52._angka): S1, one % indicator, target 80, TW II 68: capaian s.d.
TW II 68 / 80 = 85 %; 68 / 68 = 100 % against a quarter's target of 68.
"""

from __future__ import annotations

import pytest

from tests.test_mend36e import _lain
from tests.test_narasi52 import _angka

# --- 1. s.d. Semester I beside the current period ------------------------------------------------------


@pytest.mark.parametrize(
    ("teks", "kode"),
    [
        # the year's two halves (the year's report is Semester II's end, as Triwulan IV is)
        ("Capaian Semester I sebesar 48% dan Semester II sebesar 50%.", "Y"),
        ("Capaian kinerja Semester I sebesar 48%, Semester II sebesar 50%.", "Y"),
        # the current period named as this year: a comparison
        ("Capaian kinerja tahun ini sebesar 96%, sedangkan s.d. Semester I sebesar 48%.", "Y"),
        ("Capaian kinerja tahun ini sebesar 96%, sedangkan s.d. Semester I sebesar 48%.", "T4"),
        ("Capaian kinerja pada tahun ini sebesar 72%, sedangkan s.d. Semester I sebesar 48%.", "T3"),
        ("Capaian s.d. Semester I sebesar 48%, pada tahun 2025 sebesar 96%.", "Y"),
        # last year's half year: a comparison with another year
        ("Capaian kinerja s.d. Semester I tahun lalu sebesar 48%.", "T3"),
        ("Capaian s.d. Semester I tahun sebelumnya sebesar 48%.", "T4"),
    ],
)
def test_semester_i_beside_this_year_or_of_last_year_is_not_named(teks, kode):
    assert "Semester I" not in _lain(teks, kode, 2025)


@pytest.mark.parametrize("kode", ["T3", "T4", "Y"])
def test_semester_i_alone_with_its_figure_is_still_named(kode):
    # (the branch's decision kept: s.d. Semester I is s.d. TW II, named there as Triwulan II)
    assert _lain("Realisasi anggaran sampai dengan semester I sebesar 40%.", kode, 2025) == ["Semester I"]


# --- 2. "SD" after a school word ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Jumlah lulusan SD Juni 2025 sebanyak 1.200 siswa.",
        "Jumlah siswa SD Juni 2025 sebanyak 3.450 orang.",
        "Penerimaan peserta didik baru jenjang SD Juni 2025 telah dilaksanakan.",
    ],
)
def test_a_school_sd_before_a_month_is_no_up_to(teks):
    assert _lain(teks, "T3", 2025) == []


def test_a_capital_sd_after_realisasi_stays_up_to_the_month():
    # Juni (6) ends Triwulan II: Januari - Juni, before Triwulan III's September (9)
    assert _lain("Realisasi SD Juni 2025 sebesar 48%.", "T3", 2025) == ["Januari – Juni"]


# --- 3. a quarter's target before the capaian, as staff add to it ---------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Terhadap target triwulan II yang telah ditetapkan, capaian sebesar 100%.",
        "Terhadap target TW II yang ditetapkan capaian kinerja sebesar 100%.",
        # 68 / 68 = 100 %: the quarter's target of 68 %, its capaian
        "Terhadap target triwulan II sebesar 68%, capaian sebesar 100%.",
        "Namun terhadap target triwulan yaitu 68%, capaian sebesar 100%.",
    ],
)
def test_a_quarters_target_with_staffs_words_is_quiet(teks):
    assert _angka(2, teks) == []


@pytest.mark.parametrize(
    "teks",
    [
        # no "terhadap": the quarter's target stated, then the capaian of the year's (narasi53)
        "Target TW II sebesar 50%, capaian sebesar 70%.",
        # the year's target: 70 % is not 68 / 80 = 85 %
        "Terhadap target tahun 2025 yang telah ditetapkan, capaian sebesar 70%.",
    ],
)
def test_the_years_capaian_after_a_target_is_still_told(teks):
    (said,) = _angka(2, teks)
    assert "menyebut capaian 70%" in said and "capaian 85,00%" in said


# --- 4. the seed's own sentence on the seed's own figures (the example workbook) -----------------------

# Seed l.734, Sasaran 2's paragraph as staff type it into Analisis (S2, Faktor Pendukung, C7)
SEED_S2 = (
    "Sasaran Meningkatnya kualitas Koperasi dengan indikator Persentase koperasi yang taat akan peraturan "
    "perundang undangan capaian kinerja {periode} sebesar {angka} belum dapat mencapai target 2025, namun "
    "terhadap target triwulan capaiannya sebesar 100%. Capaian sebesar 100% tersebut tidak luput dari "
    "adanya faktor pendukung yaitu"
)


def _seed_s2(tmp_path, triwulan: int, periode: str, angka: str) -> list[str]:
    from common import example_typed

    from lkj_xl.build import load_report
    from lkj_xl.core.angka_teks import AKHIR

    cells = {("Analisis", "C7"): SEED_S2.format(periode=periode, angka=angka)}
    report = load_report(example_typed(tmp_path, f"s2_{triwulan}_{len(angka)}", triwulan, cells))
    return [f.pesan for f in report.findings if f.sheet == "Analisis" and f.pesan.endswith(AKHIR)]


@pytest.mark.parametrize(
    ("periode", "angka"),
    [
        # S2: Kumulatif, TW I 25 + TW II 4 = 29 of target 40,71: 29 / 40,71 = 71,236.. % (Tabel 3.3: 71);
        # the seed's own words: "triwulan ini" alone may be TW II's own share (4 / 40,71): not compared
        ("triwulan ini", "71%"),
        # up to it, compared: 71,236.. shown as 71, 71,2 and 71,24 (rounded half-up)
        ("s.d. triwulan ini", "71%"),
        ("s.d. triwulan ini", "71,2%"),
        ("s.d. triwulan ini", "71,24%"),
        ("s.d. Triwulan II", "71 persen"),
    ],
)
def test_the_seeds_sentence_with_its_rounded_capaian_is_quiet(tmp_path, periode, angka):
    assert _seed_s2(tmp_path, 2, periode, angka) == []


def test_the_seeds_sentence_with_another_capaian_is_told(tmp_path):
    # 72 is not 71,236.. rounded; the peringatan gives the table's 71,24 %
    (said,) = _seed_s2(tmp_path, 2, "s.d. triwulan ini", "72%")
    assert "menyebut capaian 72%" in said and "capaian 71,24%" in said


def test_the_seeds_sentence_in_triwulan_i_is_told(tmp_path):
    # a Triwulan I report of the same workbook: TW I 25 of 40,71 = 61,41 %, not the 71 % typed
    (said,) = _seed_s2(tmp_path, 1, "triwulan ini", "71%")
    assert "menyebut capaian 71%" in said and "capaian 61,41%" in said
