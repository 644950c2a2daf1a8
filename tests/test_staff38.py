"""Staff round 38: one Dinas filling the same workbook through the year, TW I to TW IV.

- A Nilai Akhir indicator (a position or a rate: the latest quarter that has a value counts) whose
  TW I cell is unreadable ("1.282,684,40": two commas) printed "Galat (Kinerja!K2)" for its capaian
  in the TW II report although TW II's valid figure is the one the report uses: the reader lost the
  quarter's capaian for a cell that does not enter it. The galat at K2 stays (staff must correct it).
- "3,4 / 5" (a score on a scale of 5) got only "ada teks '/ 5' setelah angka" where "3,2 dari 5" says
  what to type; a fraction sign ("¼", "1½", "2 ½ jam") said "mis. 0,5" or "ada karakter bukan angka".
- After the APBD-P, a revision typed whole in Target Perubahan ("100 menjadi 80", "100 → 80") was told
  "tulis angkanya saja (100)": followed, the capaian is computed against the old target. An indicator
  typed "Dihapus" in Target Perubahan was told "kosongkan bila target tidak berubah", which brings the
  old target back (a program "Dihapus" in Pagu Perubahan alike).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, messages, run

AMBIGUOUS = "1.282,684,40"  # DOMAIN.md: ambiguous, rejected with a message, never guessed


def _one(tws, jenis, triwulan=2, target="80"):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Tingkat hunian", target, tws, jenis=jenis)
    report = run([row], triwulan=triwulan)
    (indicator,) = report.indicators
    return report, indicator


# --- 1. Nilai Akhir: an unreadable earlier quarter does not enter the figure ------------------------


@pytest.mark.parametrize(
    ("tws", "triwulan", "cell", "latest"),
    [
        ((AMBIGUOUS, "85", None, None), 2, "K2", 85),
        ((AMBIGUOUS, "70", "85", None), 3, "K2", 85),
        (("70", AMBIGUOUS, "85", None), 3, "L2", 85),
        ((AMBIGUOUS, "70", None, "85"), 4, "K2", 85),
    ],
)
def test_nilai_akhir_earlier_unreadable_quarter_leaves_the_latest_capaian(tws, triwulan, cell, latest):
    report, indicator = _one(tws, "Nilai Akhir", triwulan)
    # latest quarter with a value / target 80 x 100: 85 / 80 x 100 = 106,25 (Sangat Tinggi)
    assert Fraction(indicator.realisasi) == latest
    assert Fraction(indicator.capaian).limit_denominator(1000) == Fraction(latest * 100, 80)
    assert indicator.kriteria == "Sangat Tinggi"
    # the unreadable cell is still a galat at its cell: staff must correct it
    said = [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", cell, "galat")]
    assert said and AMBIGUOUS in said[0].pesan, messages(report)


@pytest.mark.parametrize("jenis", ["Kumulatif", "Rata-rata"])
def test_an_unreadable_quarter_still_blocks_a_sum_or_a_mean(jenis):
    # control: TW I enters the sum (Kumulatif) and the mean (Rata-rata): unknown, never a guess
    _, indicator = _one((AMBIGUOUS, "85", None, None), jenis)
    assert indicator.capaian is None and indicator.status == "Galat (Kinerja!K2)"


def test_nilai_akhir_unreadable_reported_quarter_still_blocks():
    # control: the reported quarter is the one that counts; TW I's 70 is not the figure s.d. TW II
    _, indicator = _one(("70", AMBIGUOUS, None, None), "Nilai Akhir")
    assert indicator.capaian is None and indicator.status == "Galat (Kinerja!L2)"


# --- 2. Messages: "3,4 / 5" as clear as "3,2 dari 5"; a fraction sign "½" says the figure to type --


def _typed(text: str, satuan: str = "Indeks") -> str:
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Indeks kepuasan", "5", (text, None, None, None), satuan=satuan
    )
    report = run([row], triwulan=1)
    said = [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "K2", "galat")]
    assert len(said) == 1, messages(report)
    return said[0]


@pytest.mark.parametrize("typed", ["3,4 / 5", "3,4/5", "3,4 dari 5"])
def test_a_score_out_of_its_scale_says_what_to_type(typed):
    # "3,4 / 5" is the score 3,4 on a scale of 5, as "3,4 dari 5": never a fraction (3,4 is no whole
    # numerator); the message says to type 3,4 and the 5 in Keterangan, as it did for "dari"
    said = _typed(typed)
    assert "bagian dari jumlah (3,4 dari 5)" in said and "tulis realisasinya saja (3,4)" in said


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("½", "0,5"),  # 1/2 = 0,5
        ("¼", "0,25"),  # 1/4 = 0,25 (never "mis. 0,5")
        ("1½", "1,5"),  # 1 + 1/2
        ("2 ½", "2,5"),  # 2 + 1/2
        ("3 ¾", "3,75"),  # 3 + 3/4
    ],
)
def test_a_fraction_sign_says_the_decimal_to_type(typed, figure):
    said = _typed(typed, satuan="Jam")
    assert f"tulis {figure}" in said and "pecahan" in said, said
    assert "tidak diawali angka" not in said and "mis. 0,5" not in said


# --- 3. After the APBD-P: a revision typed as "100 menjadi 80", an indicator typed "Dihapus" --------


def _revised(target, target_perubahan) -> tuple[str, str]:
    row = kinerja_row(
        "T1",
        "Tujuan",
        "",
        "Tujuan",
        "Ind",
        target,
        ("20", "30", "30", None),
        jenis="Kumulatif",
        target_perubahan=target_perubahan,
    )
    report = run([row], triwulan=3)
    (indicator,) = report.indicators
    assert indicator.capaian is None, messages(report)  # a galat: never a guessed target
    said = [f for f in report.findings if f.severity == "galat"]
    assert len(said) == 1, messages(report)
    return said[0].sel, said[0].pesan


@pytest.mark.parametrize(
    "typed", ["100 menjadi 80", "100 → 80", "100 -> 80", "semula 100 menjadi 80", "100% menjadi 80%"]
)
def test_a_revision_typed_whole_in_target_perubahan_says_type_the_new_target(typed):
    # Before: "Tulis angkanya saja (100)": followed, the Target Perubahan would be the old 100 and
    # the capaian 80 / 100 in place of 80 / 80. The new target is the one after the arrow.
    sel, said = _revised("100", typed)
    assert sel == "J2"
    assert "tulis Target Perubahan saja (80" in said and "Target semula (100" in said
    assert "angkanya saja (100)" not in said


def test_a_revision_typed_whole_in_target_says_where_each_figure_goes():
    sel, said = _revised("100 menjadi 80", None)
    assert sel == "I2"
    assert "Target semula (100) di kolom Target" in said and "(80) di kolom Target Perubahan" in said


@pytest.mark.parametrize("typed", ["Dihapus", "dihapus pada perubahan", "Drop", "ditiadakan"])
def test_an_indicator_dropped_in_the_revision_is_not_told_to_empty_target_perubahan(typed):
    # Before: "kosongkan bila target tidak berubah": emptied, the old target counts again and the
    # dropped indicator is scored in the report as if it were still in the Perjanjian Kinerja
    sel, said = _revised("100", typed)
    assert sel == "J2" and "kosongkan bila target tidak berubah" not in said
    assert "hapus barisnya" in said


def test_a_program_dropped_in_the_revision_is_told_to_type_zero():
    from tests.test_engine import anggaran_row

    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "100", ("20", "30", "30", None), jenis="Kumulatif")
    budget = anggaran_row(
        "P1", "Program", "T1", 1_000_000_000, (None, None, None, None), pagu_perubahan="Dihapus"
    )
    report = run([row], [budget], triwulan=3)
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "E2")]
    assert len(said) == 1 and "kosongkan bila pagu tidak berubah" not in said[0], said
    assert "tulis 0" in said[0]


@pytest.mark.parametrize("typed", ["Rp 1.000.000.000 menjadi Rp 800.000.000", "1 M → 800 jt"])
def test_a_revision_typed_whole_in_pagu_perubahan_says_type_the_new_pagu(typed):
    from tests.test_engine import anggaran_row

    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "100", ("20", "30", "30", None), jenis="Kumulatif")
    budget = anggaran_row(
        "P1", "Program", "T1", 1_000_000_000, (1_000_000, None, None, None), pagu_perubahan=typed
    )
    report = run([row], [budget], triwulan=3)
    said = [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Anggaran", "E2", "galat")]
    assert len(said) == 1, messages(report)
    # the new pagu, after the arrow, is the figure to type; the old one stays under Pagu
    assert "Pagu Perubahan" in said[0] and "saja (" in said[0], said
    assert said[0].split("saja (")[1].startswith(("Rp 800.000.000", "800 jt"))
