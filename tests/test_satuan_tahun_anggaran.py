"""Two calendar years under a Satuan that names a period (`Tahun Anggaran`, `TA`, `Tahun Ajaran`).

Under Satuan `tahun` a Target `2024-2025` is a galat (calendar years, tests/test_tahun_kalender.py); under
`tahun anggaran` or `TA` it was still scored as a range of 2.024 to 2.025 (a realisasi 2025 inside it:
100 %; a realisasi 1: 1 / 2.024 x 100 = 0,05 %), and a school year `2024/2025` under `Tahun Ajaran` was
told to be a Target semula and its Target perubahan. Decision (satuan50): under a Satuan naming a
fiscal or school year, two calendar years are the period the figure belongs to, never the figure: a
galat at the cell asking for the figure the indicator measures, the period in Keterangan.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def _rows(target, realisasi, satuan):
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program Pendidikan", "Laporan keuangan tersusun", target, (None, realisasi, None, None), jenis="Nilai Akhir", satuan=satuan),
    ]  # fmt: skip


def _galat(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", sel, GALAT)]


@pytest.mark.parametrize("typed", ["2024-2025", "2024 - 2025", "2024/2025", "2024 s.d. 2025", "2024-25"])
@pytest.mark.parametrize("satuan", ["tahun anggaran", "Tahun Anggaran", "TA", "T.A.", "Thn Anggaran"])
def test_calendar_years_under_a_fiscal_year_satuan_are_a_galat(typed, satuan):
    report = run(_rows(typed, "2025", satuan))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat == ["Kinerja!I3"]  # (before: 2.025 inside 2.024-2.025, 100 %)
    (said,) = _galat(report, "I3")
    assert "tahun kalender (2024 sampai 2025)" in said, said
    assert f"Satuan indikator ('{satuan}')" in said and "Keterangan" in said, said
    assert "8,5" not in said  # (the example of a Satuan of years, a length of schooling, not this one's)


@pytest.mark.parametrize("typed", ["2024/2025", "2024-2025", "2024/25"])
@pytest.mark.parametrize("satuan", ["Tahun Ajaran", "tahun pelajaran", "TA"])
def test_a_school_year_is_a_period_name_not_a_figure(typed, satuan):
    report = run(_rows("1", typed, satuan))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.realisasi is None
    (said,) = _galat(report, "L3")
    assert "(2024 sampai 2025)" in said and "bukan angka yang diukur indikator" in said, said
    assert "Target semula" not in said and "catat rentangnya" not in said, said


def test_a_school_year_target_is_not_a_revised_target():
    # "2024/2025" under Tahun Ajaran was told "bila 2024 Target semula dan 2025 Target perubahannya"
    report = run(_rows("2024/2025", "1", "Tahun Ajaran"))
    (said,) = _galat(report, "I3")
    assert "Target perubahan" not in said and "tahun kalender (2024 sampai 2025)" in said, said


def test_a_range_of_fiscal_years_that_are_no_calendar_years_is_read_as_before():
    # 1-2 tahun anggaran (a count of fiscal years, no calendar year): realisasi 1 inside [1, 2], 100 %
    # by the range rule
    report = run(_rows("1-2", "1", "Tahun Anggaran"))
    assert report.indicators[1].capaian_exact == Fraction(100)
    assert not _galat(report, "I3")
