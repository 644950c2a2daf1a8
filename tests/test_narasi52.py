"""Period words in staff's texts after narasi51's reviews:

1. a month's name before a capitalised name word is a person's, title or none ("s.d. TW III,
   verifikasi Mei Rahayu" in a quarter's note named TW II, Mei's quarter, and the staff were told the
   note names another quarter than TW III); a month before a year, "Tahun", another month or a word of
   the sentence, or after "s.d.", "bulan" or a day, stays a month;
2. a figure in an Analisis text said of the report's own period ("Capaian 70% pada Semester I" in the
   Semester I report, "pada Triwulan II" in Triwulan II, "s.d. Triwulan II") is checked against the
   capaian computed, as one naming no period is (it was taken for another period's figure);
3. "Sem" ending a text ("Dokumen/Sem", "dokumen per Sem") is the half year, as "Smt" there is;
4. "3 SD 2 SMP" (schools by level, no comma) is no range "3 s.d. 2"; "3 sd 5" stays one.

The Analisis rows: Sasaran S1, one % indicator, target 80, TW II 68 (no other quarter): its capaian
s.d. TW II, Semester I and the year alike is 68 / 80 = 85 %, so a typed 70 % contradicts it.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.angka_teks import AKHIR
from lkj_xl.core.engine import compute
from lkj_xl.core.model import Value
from lkj_xl.core.nama_periode import HALF_WORD
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.rasio_ketik import ratio_row
from lkj_xl.core.typed_sd import _reading
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook
from tests.test_mend36e import _lain
from tests.test_nama_periode_given_names import _said
from tests.test_newuser51 import _sekolah

# --- 1. a month's name before a person's other name ----------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "s.d. TW III, verifikasi Mei Rahayu",
        "s.d. TW III, diverifikasi Juni Astuti",
        "s.d. TW III verifikasi Mei Rahayu, S.E.",
        "s.d. TW III, input oleh Juli Prasetyo",
    ],
)
def test_a_months_name_before_a_capitalised_name_is_a_person_in_a_note(note):
    # TW I 22,5, TW II 24,1, TW III typed up to it: 70,3 - (22,5 + 24,1) = 70,3 - 46,6 = 23,7 is TW III's
    # own; Mei (5) and Juni (6) are TW II's months, Juli (7) TW III's: the person names no quarter
    (said,) = _said(["22,5", "24,1", f"70,3 ({note})", None], triwulan=3)
    assert "70,3 - 46,6 = 23,7" in said
    assert "menyebut" not in said


@pytest.mark.parametrize(
    ("note", "named"),
    [
        # in TW III (2 from 0): the other quarter the note names (Mei 5, Juni 6: (5 - 1) // 3 = 1)
        ("s.d. Mei Tahun 2025", 1),
        ("s.d. Mei 2025", 1),
        ("s.d. Mei", 1),
        ("s.d. bulan Mei", 1),
        ("Januari s.d. Mei", 1),
        ("s.d. Mei Juni 2025", 1),  # another month after it: a list of months
        ("s.d. Juni, verifikasi Mei Rahayu", 1),  # Juni the note's month, Mei the person
        ("s.d. September, verifikasi Mei Rahayu", None),  # September (9): TW III's own
    ],
)
def test_a_month_in_its_context_stays_a_month_in_a_note(note, named):
    found = _reading(Value(text=f"46,6 ({note})"), 2, None, False)
    assert found is not None and found[4] == named


@pytest.mark.parametrize(
    ("teks", "named"),
    [
        # the Narasi reads the person alike: Triwulan I's figure left in Triwulan II, no month of it
        ("Capaian Triwulan I sebesar 25%, verifikasi Mei Rahayu.", ["Triwulan I"]),
        ("Capaian Triwulan I sebesar 25%, data telah diverifikasi Juni Astuti.", ["Triwulan I"]),
        # a month of Triwulan II told as done (mend36a): its sentence's Triwulan I is history
        ("Capaian Triwulan I sebesar 25%, verifikasi telah dilakukan pada Mei Tahun 2025.", []),
    ],
)
def test_the_narasi_reads_a_person_after_a_month_alike(teks, named):
    assert _lain(teks, "T2", 2025) == named


# --- 2. a figure said of the report's own period ----------------------------------------------------------


def _angka(
    triwulan: object, teks: str, tws: tuple = (None, 68, None, None), jenis: str | None = None
) -> list[str]:
    """The figure peringatan of S1's Upaya / Solusi typed ``teks`` (target 80, TW II 68: 85 %)."""
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", 80, tws, jenis=jenis),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Persentase koperasi sehat", 80, tws, jenis=jenis),
    ]  # fmt: skip
    books = workbook(rows, triwulan=triwulan)
    row = ["S1", "", *(teks if h == "Upaya / Solusi" else None for h in ANALISIS_HEADERS[2:])]
    books["Analisis"] = grid([ANALISIS_HEADERS, row])
    report = compute(parse_workbook(books))
    return [f.pesan for f in report.findings if f.sheet == "Analisis" and f.pesan.endswith(AKHIR)]


OWN = [
    # the report's own period named: its capaian is the computed 85 %, not the 70 % typed (was: quiet)
    ("Semester I", "Capaian 70% pada Semester I."),
    ("Semester I", "Capaian pada Semester I sebesar 70%."),
    ("Semester I", "Capaian kinerja s.d. Semester I Tahun 2025 sebesar 70%."),
    ("Semester I", "Capaian sebesar 70% pada Smt I."),
    ("Semester I", "Capaian sebesar 70% pada semester 1."),
    (2, "Capaian 70% pada Triwulan II."),
    (2, "Capaian pada TW II sebesar 70%."),
    (2, "Capaian s.d. Triwulan II Tahun 2025 sebesar 70%."),
    (2, "Capaian sebesar 70% pada Trw 2."),
    # (narasi58) Semester I is TW I-II: in the Triwulan II report its figure is the one up to TW II
    (2, "Capaian 70% pada Semester I."),
    ("Tahunan", "Capaian 70% pada Tahun 2025."),
    ("Tahunan", "Capaian pada Tahun 2025 sebesar 70%."),
    ("Tahunan", "Capaian tahun 2025 sebesar 70%."),
]


@pytest.mark.parametrize(("triwulan", "teks"), OWN)
def test_a_figure_of_the_reports_own_period_is_checked(triwulan, teks):
    (said,) = _angka(triwulan, teks)
    assert said.startswith("Upaya / Solusi menyebut capaian 70%, padahal yang dihitung untuk S1:"), said
    assert "capaian 85,00%" in said


OTHER = [
    # another period's figure, or one not the report's own words: left alone (as before)
    ("Semester I", "Capaian 70% pada Triwulan I."),
    ("Semester I", "Capaian 70% pada Triwulan II."),  # TW II's own share may differ from the half year's
    (2, "Capaian 70% pada Triwulan I."),
    (2, "Capaian pada Triwulan II sebesar 70%, naik dari Triwulan I."),
    # (narasi62: "Capaian 70% pada Triwulan II" in Triwulan III is compared with TW II's own 85 %, told:
    # tests/test_narasi62.py)
    ("Tahunan", "Capaian 70% pada Tahun 2024."),
    # the right figure of its own period
    ("Semester I", "Capaian 85% pada Semester I."),
    (2, "Capaian pada Triwulan II sebesar 85%."),
]


# a target named by the report's period is that period's target (a quarter's, typed in the Renja), no
# year's target: the indicator's 80 % is not what "target TW II sebesar 50%" says (no peringatan, as before)
OTHER += [
    (2, "Target TW II sebesar 50% telah tercapai."),
    (2, "Target pada Triwulan II sebesar 50%."),
    (2, "Target s.d. TW II sebesar 50%."),
    ("Semester I", "Target Semester I sebesar 50%."),
]

# "s.d." before a month: up to that month, the figure of the quarter it ends ("s.d. Juni": Triwulan II's,
# not Triwulan III's 85 %): another period's (the " s.d. " once ended the sentence, so none was read)
OTHER += [
    (3, "Capaian s.d. Juni sebesar 70%."),
    (3, "Capaian s.d. Juni 2025 sebesar 70%."),
    (3, "Capaian s/d Juni sebesar 70%."),
]


@pytest.mark.parametrize(("triwulan", "teks"), OTHER)
def test_another_periods_figure_or_the_right_one_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


def _kumulatif(teks: str) -> list[str]:
    """S1's Kumulatif indicator, target 80, TW I 20 and TW II 48 in Triwulan II: s.d. TW II 20 + 48 = 68,
    68 / 80 = 85 %; TW II's own share 48 / 80 = 60 %."""
    return _angka(2, teks, (20, 48, None, None), "Kumulatif")


def test_a_quarter_named_alone_may_be_its_own_share_of_a_running_total():
    # "Capaian pada Triwulan II sebesar 60%": TW II's own 48 / 80 = 60 %, a right figure of the quarter
    assert _kumulatif("Capaian pada Triwulan II sebesar 60%.") == []
    # "s.d. Triwulan II" is the figure up to it: 85 %, not 60 %
    (said,) = _kumulatif("Capaian s.d. Triwulan II sebesar 60%.")
    assert "capaian 85,00%" in said
    assert _kumulatif("Capaian s.d. Triwulan II sebesar 85%.") == []
    # up to another quarter stays another figure: s.d. TW I 20 / 80 = 25 %
    assert _kumulatif("Capaian s.d. Triwulan I sebesar 25%.") == []


# --- 3. "Sem" ending a text --------------------------------------------------------------------------------


@pytest.mark.parametrize("satuan", ["Dokumen/Sem", "dokumen per Sem", "Laporan/sem", "Dokumen/Smt"])
def test_sem_at_the_end_is_a_half_year_as_smt_is(satuan):
    # a count per half year is a rate, no ratio ("orang/hari", "dokumen/smt")
    assert ratio_row(satuan) is False


def test_a_ratio_typed_under_a_count_per_sem_is_told_as_under_smt():
    from tests.test_engine import kinerja_row, run

    # "1:2" under "Dokumen/Sem" was told "tulis angka pembandingnya saja (2)" and Polaritas Negatif, as
    # a ratio row; under "Dokumen/Smt" it is a count per half year: the figure in its Satuan to type
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Perencanaan",
        "Jumlah dokumen",
        "4",
        ("1:2", None, None, None),
        satuan="Dokumen/Sem",
    )
    (said,) = [f.pesan for f in run([row]).findings if f.sel == "K2"]
    assert 'tulis angkanya dalam Satuan "Dokumen/Sem" saja' in said
    assert "pembandingnya" not in said and "Negatif" not in said


@pytest.mark.parametrize("word", ["Semarang", "sembako", "Semua", "Semen", "Seminar", "sempat"])
def test_words_beginning_with_sem_are_no_half_year(word):
    import re

    assert re.match(HALF_WORD, word, re.IGNORECASE) is None
    assert re.search(rf"\b{HALF_WORD}", f"bantuan {word}", re.IGNORECASE) is None


# --- 4. schools by level, no comma -----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["3 SD 2 SMP", "4 SD 1 SMK", "3 SD 2 SMP 1 SMA", "2 MI 1 MTs"])
def test_schools_by_level_without_a_comma_are_no_range(typed):
    said = _sekolah(typed)
    assert said, "still a galat: no one figure typed"
    # never "berupa rentang (3 sampai 2 SMP)": 3 + 2 = 5 schools were done, no range of 3 to 2
    assert not [m for m in said if "rentang" in m or " sampai " in m], said


@pytest.mark.parametrize(
    ("typed", "low", "high"), [("3 sd 5", "3", "5"), ("3 s.d. 5", "3", "5"), ("3 SD 5", "3", "5")]
)
def test_a_range_between_figures_stays_a_range(typed, low, high):
    (said,) = _sekolah(typed)
    assert f"berupa rentang ({low} sampai {high})" in said


def test_a_target_of_schools_by_level_is_no_range():
    from lkj_xl.core.rentang import bounds

    # "5 SD 3 SMP" as a Target was scored as the range 3 to 5 SMP; "5 sd 8" stays 5 to 8
    assert bounds("5 SD 3 SMP") is None
    assert bounds("5 sd 8") == ("5", "8")


# --- 5. staff's texts copied from last quarter's report -----------------------------------------------------
# The report's period by its months, with "s/d" as staff type it or "pelaporan" after "periode": a
# quarter other than the reported one (April – Juni ends Triwulan II, before Triwulan IV; Januari – Juni
# ends Triwulan II, before Triwulan III), as "April – Juni" and "April sampai Juni" were read.
PERIODE_BULAN = [
    ("Laporan ini disusun selama periode bulan April s/d Juni.", "T4", ["April – Juni"]),
    ("Laporan ini disusun selama periode bulan April sd Juni.", "T4", ["April – Juni"]),
    ("Periode pelaporan Januari s/d Juni 2025.", "T3", ["Januari – Juni"]),
    ("Periode pelaporan: Januari - Juni 2025.", "T3", ["Januari – Juni"]),
    # the report's own months stay quiet
    ("Periode pelaporan Januari s/d September 2025.", "T3", []),
    ("Laporan ini disusun selama periode bulan Juli s/d September.", "T3", []),
]


@pytest.mark.parametrize(("teks", "kode", "named"), PERIODE_BULAN)
def test_the_reports_period_by_its_months_with_s_d_as_typed(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


@pytest.mark.parametrize(
    "typed", ["46,6 s/d TW 2", "46,6 s/d Trw 2", "46,6 s.d. Triwulan 2", "46,6 sd TW 2", "46,6 s/d Sem 1"]
)
def test_a_note_up_to_a_quarter_numbered_by_a_digit_names_its_share(typed):
    # TW I 22,5, TW II typed up to it: 46,6 - 22,5 = 24,1 is TW II's own (as "46,6 s/d TW II" was told);
    # the quarter's digit is no range's end ("40 s.d. 50"): it got "tulis satu angka saja", and 46,6
    # typed alone counts TW I twice, 22,5 + 46,6 = 69,1
    (said,) = _said(["22,5", typed, None, None], triwulan=2)
    assert "46,6 - 22,5 = 24,1" in said
