"""Pengaturan's Triwulan typed for the year's report by staff who write what they mean in brackets or
with the year, as they write "Triwulan II (April-Juni)":

- "Tahunan (TW IV)", "Tahunan (Januari-Desember)", "TW IV (Tahunan)", "IV (Tahunan)" were read as
  Triwulan IV but not as the year's report: every title, the Word cover ("TRIWULAN IV TAHUN 2025") and
  the e-mail named the quarter, not the year staff asked for, without a word;
- "Akhir Tahun 2025" was a galat (`harus angka 1-4`), where "Akhir Tahun" and "Tahunan 2025" are the
  year's report; "Laporan Tahunan (s.d. TW IV)" a galat saying "(s.d. TW IV)" is not Triwulan IV;
- a year's report typed otherwise ("Tahun 2025", "TW IV / Tahunan", "Desember") was told `harus angka
  1-4`: followed, a "4" makes it the quarterly Triwulan IV report. It now says to type Tahunan (or 4).
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row

ROW = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Produksi", "100", [25, 25, 25, 30], satuan="Ton")


def _settings(typed):
    report = report_of(book_of([ROW], triwulan=typed))
    said = [f.pesan for f in report.findings if f.sheet == "Pengaturan"]
    return report.settings, said


@pytest.mark.parametrize(
    "typed",
    [
        "Tahunan (TW IV)",
        "Tahunan (Triwulan IV)",
        "Tahunan (Januari-Desember)",
        "TW IV (Tahunan)",
        "IV (Tahunan)",
        "Triwulan IV (Laporan Tahunan)",
        "Akhir Tahun 2025",
        "Laporan Tahunan (s.d. TW IV)",
    ],
)
def test_the_years_report_named_with_its_quarter_months_or_year_is_the_years(typed):
    s, said = _settings(typed)
    assert s.triwulan == 4 and not s.triwulan_galat and s.laporan_tahunan, (s.triwulan, said)
    assert s.tahun_tahunan == 2025
    assert not said, said


@pytest.mark.parametrize("typed", ["TW IV (Triwulan IV)", "4", "Triwulan IV (Oktober-Desember)"])
def test_the_quarterly_triwulan_iv_stays_quarterly(typed):
    s, said = _settings(typed)
    assert s.triwulan == 4 and not s.laporan_tahunan, said


def test_another_quarter_with_the_years_name_is_still_a_galat():
    # "Triwulan II (Tahunan)": which report is meant is unknown
    s, said = _settings("Triwulan II (Tahunan)")
    assert s.triwulan_galat, said


@pytest.mark.parametrize("typed", ["Tahun 2025", "TW IV / Tahunan", "Desember", "Laporan Akhir Tahun"])
def test_a_years_report_not_read_says_to_type_tahunan(typed):
    s, said = _settings(typed)
    assert s.triwulan_galat
    (galat,) = said
    assert "untuk laporan tahunan tulis Tahunan" in galat and "harus angka 1-4" not in galat, galat


@pytest.mark.parametrize(
    "typed",
    [
        "TW 5 Tahun 2025",
        "Triwulan II (April-Juni) Tahun 2025",
        "Triwulan II Tahun 2025.",
        "TW 2/2025 (Tahunan)",
        # a quarter's Roman numeral alone (periode51 turned the pattern's "i{1,3}" into an f-string's
        # "i(1, 3)": II and III were read as no quarter and told to type Tahunan or 4)
        "Tahun 2025 (II)",
        "Desember (III)",
        "Tahun 2025 I",
    ],
)
def test_another_quarter_not_read_is_not_told_to_type_tahunan_or_4(typed):
    # A quarter other than IV named in the text: the year's report or "4" (the quarterly Triwulan IV)
    # is no advice for it; followed, a Triwulan II report would be titled and counted as TW IV.
    s, said = _settings(typed)
    assert s.triwulan_galat
    (galat,) = said
    assert "untuk laporan tahunan tulis Tahunan" not in galat and "tulis 4" not in galat, galat


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Triwulan II Tahun 2024", "Triwulan II"),
        ("Tahunan 2024", "Tahunan"),
        ("Laporan Tahunan 2024", "Tahunan"),
    ],
)
def test_a_quarter_with_another_year_says_the_year_is_not_the_reports(typed, name):
    # "Triwulan II Tahun 2024" in a workbook of Tahun 2025: as "Semester I Tahun 2024" is told; the
    # year's report is told Tahunan, never "Triwulan IV" (the quarterly report)
    s, said = _settings(typed)
    assert s.triwulan_galat
    (galat,) = said
    assert f"tahun 2024 bukan Tahun laporan (2025); tulis {name} saja" in galat, galat


@pytest.mark.parametrize(
    ("typed", "quarter", "tahunan"),
    [
        ("Tahunan (s.d. Desember)", 4, True),
        ("Triwulan II (s.d. Juni)", 2, False),
        ("Semester I (s.d. Juni)", 2, False),
    ],
)
def test_a_report_up_to_its_last_month_in_brackets_is_read(typed, quarter, tahunan):
    # "(s.d. Desember)": January to December, the year's (as "(Januari-Desember)" and "(s.d. TW IV)"
    # are read); "(s.d. Juni)" TW II's end. It was a galat saying "(s.d. Juni)" is not Triwulan II.
    s, said = _settings(typed)
    assert not s.triwulan_galat, said
    assert (s.triwulan, s.tahunan) == (quarter, tahunan)


@pytest.mark.parametrize(
    "typed", ["Tahunan (Juli-Desember)", "Tahunan (TW III)", "Laporan Tahunan (s.d. TW III)"]
)
def test_the_years_report_with_other_months_is_told_tahunan_too(typed):
    # The galat said "tulis triwulannya saja (1-4 atau I-IV)": a 4 typed on it makes the quarterly
    # Triwulan IV report, titled so, where the year's was asked.
    s, said = _settings(typed)
    assert s.triwulan_galat
    (galat,) = said
    assert "untuk laporan tahunan tulis Tahunan" in galat and "tulis triwulannya saja" not in galat, galat
