"""The review of newuser51: its new readings tried as staff type, beyond the cells its own tests typed.

- "SD" without its dot read as s.d. only before a month or quarter written right after it: "8 sd bulan
  Juni", "8 sd posisi Juni", "8 (sd bulan Juni)", "Rp 8 jt sd bulan Juni" were no longer read so and told
  "Tulis angkanya saja (8)", TW I's 3 counted twice once followed (3 + 8 = 11 where 8 were done).
- A text of two figures was told "Tulis satu angka saja (mis. jumlahnya ...)": "7 buah, 2 rusak" (7
  bought, 2 of them broken) summed is 9, "6 gedung 2 lantai" 8 (main since reads "10 desa" as a unit).
- A name holding "rasio ... guru ... murid" anywhere was taken for pupils per teacher: "Jumlah sekolah
  dengan rasio guru:murid sesuai standar" (more is better) was asked to choose Negatif.
- Anggaran's "Keuangan TW I" beside "Fisik TW I" (no "Realisasi"): the refusal still offered the
  physical column; a column of both ("Realisasi Keuangan dan Fisik TW I") was said to be physical only.
- A NIP typed "'-" (the dash after Excel's text mark) printed "NIP. '-".
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_newuser51 import PEMDA, TW_II, _anggaran_refusal, _sekolah

# --- s.d. with a word between it and the month ----------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "8 sd bulan Juni",
        "8 sd bln Juni",
        "8 sd posisi Juni",
        "8 sd dengan Juni",
        "8 sd dgn bulan Juni",
        "8 (sd bulan Juni)",
        "8 sd 30/06/2025",
        "8 sd pertengahan tahun",
        "8 sd bulan ini",
    ],
)
def test_an_sd_note_with_a_word_before_its_period_is_still_read_so(typed):
    # 8 schools up to June after TW I's 3 (Kumulatif): TW II's own share is 8 - 3 = 5
    said = _sekolah(typed)
    assert len(said) == 1 and "(8 - 3 = 5)" in said[0], said


def test_an_anggaran_sd_note_with_a_word_before_its_month_names_the_quarters_share():
    from tests.test_engine import anggaran_row, kinerja_row, run

    kinerja = kinerja_row("P1", "Program", "", "Program Pengelolaan Pendidikan", "Jumlah sekolah yang direhabilitasi", "12", ("3", "5", None, None), satuan="sekolah")  # fmt: skip
    program = anggaran_row("P1", "Program Pengelolaan Pendidikan", "", "Rp 100 jt", ("Rp 3 jt", "Rp 8 jt sd bulan Juni", None, None))  # fmt: skip
    said = [f.pesan for f in run([kinerja], [program]).findings if (f.sheet, f.sel) == ("Anggaran", "G2")]
    # Rp 8.000.000 up to June less TW I's Rp 3.000.000: TW II spent Rp 5.000.000
    assert len(said) == 1 and "berarti realisasi s.d. TW II" in said[0] and "5.000.000" in said[0], said


@pytest.mark.parametrize("typed", ["8 SD/MI", "8 SD Negeri", "3 SD 2 SMP", "3 SD + 2 SMP"])
def test_other_school_levels_are_no_sd_note(typed):
    said = _sekolah(typed)
    assert said, "still a galat: no one figure typed"
    assert not [m for m in said if "s.d. TW II" in m or " - 3 = " in m], said


# --- two figures: no sum advised ------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["7 buah, 2 rusak", "6 gedung 2 lantai", "3 SD, 2 SMP"])
def test_a_text_of_two_figures_is_asked_for_one_without_advising_their_sum(typed):
    # 7 bought of which 2 broken is no 9; 6 buildings of 2 storeys no 8: the sum is no figure to advise
    said = _sekolah(typed)
    assert len(said) == 1 and "satu angka saja" in said[0], said
    assert "jumlah" not in said[0].casefold(), said


# --- a ratio's name: only the ratio itself ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        (
            "Jumlah sekolah dengan rasio guru:murid sesuai standar",
            "sekolah",
        ),  # schools counted: more is better
        ("Jumlah kelas dengan rasio siswa per rombel ideal", "kelas"),
        ("Rasio guru murid sesuai SPM", "%"),  # a share meeting the standard
        ("Rasio guru terhadap murid ideal", "%"),
        ("Rasio guru murid SD", "%"),  # in %: teachers per 100 pupils, never pupils per teacher
    ],
)
def test_a_ratio_named_only_as_a_standard_met_stays_quiet(indikator, satuan):
    from tests.test_engine import kinerja_row, run

    report = run([kinerja_row("S1", "Sasaran", "", "Mutu pendidikan", indikator, "20", (None, "21", None, None), satuan=satuan, jenis="Nilai Akhir")])  # fmt: skip
    assert not [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "G2")]


# --- Anggaran's quarters: physical progress never offered as spending ------------------------------------
_BASE = ["Kode", "Program", "Kode Sasaran", "Pagu", "Pagu Perubahan"]


def test_a_spending_quarter_titled_without_realisasi_is_named_not_the_physical_one():
    headers = [
        *_BASE,
        "Fisik TW I",
        "Keuangan TW I",
        "Realisasi TW II",
        "Realisasi TW III",
        "Realisasi TW IV",
    ]
    said = _anggaran_refusal(headers)
    assert 'maksud Anda "Fisik TW I"' not in said, said
    assert 'maksud Anda "Keuangan TW I"?' in said, said


def test_a_physical_column_alone_is_never_suggested_by_its_letters():
    headers = [*_BASE, "Fisik TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"]
    said = _anggaran_refusal(headers)
    assert 'maksud Anda "Fisik TW I"' not in said, said


def test_a_column_of_spending_and_physical_progress_is_not_called_physical_only():
    headers = [
        *_BASE,
        "Realisasi Keuangan dan Fisik TW I",
        "Realisasi TW II",
        "Realisasi TW III",
        "Realisasi TW IV",
    ]
    said = _anggaran_refusal(headers)
    assert "berisi realisasi fisik, bukan realisasi anggaran" not in said, said


# --- a dash after the text mark: no NIP ----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["'-", "' -", "\u2019-", "'"])
def test_a_dash_after_the_text_mark_prints_no_nip_line(typed):
    report = report_with_pengaturan([*PEMDA, *TW_II, ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == ""
    assert not pengaturan_findings(report, "B7")
