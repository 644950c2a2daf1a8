"""Two calendar years typed as a range (`2025-2026`, `2025 - 2026`, `2025/2026`) under a Satuan of years.

Under Satuan `tahun` a Target `2025-2026` was scored as a range of 2025 to 2026 years (a realisasi of
9 tahun: 9/2025 x 100 = 0,44 %); a realisasi so typed was told to write one figure and note the range.
Lead's decision: two four-digit years 1900-2100 typed as a range under a time Satuan (`tahun`, `thn`)
are calendar years, not a quantity: a galat at the cell saying so and asking for the figure the
indicator measures, in its Satuan. A real range of years of duration (`8-9 tahun` lama sekolah) is
unchanged.

Grids from tests/test_engine.py's helpers (header row 1; the row under test on row 3, Target I3,
Realisasi TW II L3).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def _rows(target, realisasi, satuan="tahun"):
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program Pendidikan", "Rata-rata lama sekolah", target, (None, realisasi, None, None), jenis="Nilai Akhir", satuan=satuan),
    ]  # fmt: skip


def _galat(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", sel, GALAT)]


@pytest.mark.parametrize("typed", ["2025-2026", "2025 - 2026", "2025/2026", "2025 – 2026", "2025 s.d. 2029"])
@pytest.mark.parametrize("satuan", ["tahun", "Tahun", "thn"])
def test_a_target_typed_as_calendar_years_is_a_galat(typed, satuan):
    report = run(_rows(typed, "9,2", satuan))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat == ["Kinerja!I3"]  # (before: 9,2/2025 x 100 scored)
    (galat,) = _galat(report, "I3")
    assert "tahun kalender" in galat.pesan, galat.pesan
    assert f"Satuan indikator ('{satuan}')" in galat.pesan


@pytest.mark.parametrize("typed", ["2025-2026", "2025/2026"])
def test_a_realisasi_typed_as_calendar_years_is_the_same_galat(typed):
    report = run(_rows(9, typed))
    p1 = report.indicators[1]
    assert p1.capaian is None
    (galat,) = _galat(report, "L3")
    assert "tahun kalender" in galat.pesan and "catat rentangnya" not in galat.pesan, galat.pesan


@pytest.mark.parametrize(
    ("typed", "realisasi", "capaian"),
    [
        # years of duration: 8 to 9 tahun, realisasi 7,2 below L = 8: 7,2/8 x 100 = 90
        ("8-9 tahun", "7,2", Fraction(90)),
        ("8 - 9", "8,5", Fraction(100)),  # inside: met
    ],
)
def test_a_range_of_years_of_duration_is_unchanged(typed, realisasi, capaian):
    report = run(_rows(typed, realisasi))
    assert report.indicators[1].capaian_exact == capaian
    assert not _galat(report, "I3")


@pytest.mark.parametrize(
    ("typed", "satuan", "realisasi", "capaian"),
    [
        # not a Satuan of years: a range as before; 2.050 above U = 2.026 (a count of people): 2050/2026
        ("2025-2026", "orang", 2050, Fraction(2050, 2026) * 100),
        # not a calendar year (1899 below 1900): 1.800 years? a range as typed, 1800 below 1899
        ("1899-1950", "tahun", 1800, Fraction(1800, 1899) * 100),
    ],
)
def test_four_digits_elsewhere_are_read_as_before(typed, satuan, realisasi, capaian):
    report = run(_rows(typed, realisasi, satuan))
    assert report.indicators[1].capaian_exact == capaian
    assert not _galat(report, "I3")


@pytest.mark.parametrize(
    ("typed", "years"),
    [("2025/26", "2025 sampai 2026"), ("2025-26", "2025 sampai 2026"), ("2025 - 30", "2025 sampai 2030")],
)
def test_calendar_years_with_the_second_shortened_are_the_same_galat(typed, years):
    # a tahun ajaran "2025/26" (or a Renstra period "2025-30") is two calendar years too; before it was
    # read as a range typed top first, 26 to 2.025 tahun: 9,2 below L = 26 scored 9,2/26 x 100 = 35,38 %
    report = run(_rows(typed, "9,2"))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat == ["Kinerja!I3"]
    (galat,) = _galat(report, "I3")
    assert f"tahun kalender ({years})" in galat.pesan, galat.pesan


@pytest.mark.parametrize(("typed", "capaian"), [("20-25", Fraction(46)), ("2025-2", None)])
def test_a_short_range_beside_no_calendar_year_is_no_calendar_years(typed, capaian):
    # "20-25" tahun (an age): 9,2 below L = 20: 9,2/20 x 100 = 46; "2025-2" is no shortened year (2 digits
    # are needed), so it is left to the range rules as before (its note, not the calendar galat)
    report = run(_rows(typed, "9,2"))
    assert not any("tahun kalender" in f.pesan for f in report.findings)
    if capaian is not None:
        assert report.indicators[1].capaian_exact == capaian
