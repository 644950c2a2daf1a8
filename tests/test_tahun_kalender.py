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
