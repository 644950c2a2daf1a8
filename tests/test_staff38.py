"""Staff round 38: one Dinas filling the same workbook through the year, TW I to TW IV.

- A Nilai Akhir indicator (a position or a rate: the latest quarter that has a value counts) whose
  TW I cell is unreadable ("1.282,684,40": two commas) printed "Galat (Kinerja!K2)" for its capaian
  in the TW II report although TW II's valid figure is the one the report uses: the reader lost the
  quarter's capaian for a cell that does not enter it. The galat at K2 stays (staff must correct it).
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
