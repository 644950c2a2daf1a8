"""`th` for tahun (`9,2 th`, `9,2 th.`, `9,2th`, `9 th 2 bln`) under a Satuan of time.

Rata-rata lama sekolah typed `9,2 th` under Satuan `tahun` was a galat ("kata 'th' tidak dikenal"),
while `9,2 thn` was read; staff abbreviate tahun both ways. Lead's decision: where the Satuan is a time
unit, `th` is tahun (and `bln` bulan, read already); elsewhere as before (`th` under Satuan `%` stays a
galat). A duration in years and months (`9 th 2 bln`) is the galat durasi gives `9 tahun 2 bulan`, with
the figure to type.

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


def _found(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


@pytest.mark.parametrize("typed", ["9,2 th", "9,2 th.", "9,2th", "9,2 TH", "9,2 thn", "9,2 tahun"])
@pytest.mark.parametrize("satuan", ["tahun", "Tahun", "thn", "Th"])
def test_th_is_tahun_under_a_satuan_of_years(typed, satuan):
    # target 10, realisasi 9,2 (tahun): 9,2/10 x 100 = 92
    report = run(_rows(10, typed, satuan))
    p1 = report.indicators[1]
    assert not _found(report, "L3"), [f.pesan for f in _found(report, "L3")]
    assert p1.capaian_exact == Fraction(92)


def test_a_target_typed_with_th_is_read_too():
    # target 9 th, realisasi 8,1: 8,1/9 x 100 = 90
    report = run(_rows("9 th", "8,1"))
    assert report.indicators[1].capaian_exact == Fraction(90)
    assert not _found(report, "I3")


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("9 th 2 bln", "9,1667"),  # 9 + 2/12 = 55/6 = 9,1666... shown to four decimals
        ("9 thn 6 bln", "9,5"),  # 9 + 6/12 = 9,5
        ("9 tahun 2 bulan", "9,1667"),  # as before
    ],
)
def test_years_and_months_give_the_figure_in_the_satuan(typed, figure):
    report = run(_rows(10, typed))
    (galat,) = _found(report, "L3")
    assert galat.severity == GALAT
    assert f"tulis angkanya dalam tahun saja: {figure}" in galat.pesan, galat.pesan
    assert report.indicators[1].capaian is None  # never read as a number


def test_th_under_a_percentage_stays_a_galat():
    # not a duration: "th" is no word of Satuan % (today's handling kept)
    report = run(_rows(90, "9,2 th", "%"))
    (galat,) = _found(report, "L3")
    assert galat.severity == GALAT and "'th'" in galat.pesan
    assert report.indicators[1].capaian is None


def test_th_under_a_rate_per_year_is_as_before():
    # only a Satuan that is a time unit reads "th": "Orang/Tahun" keeps today's handling
    report = run(_rows(90, "5 orang/th", "Orang/Tahun"))
    (galat,) = [f for f in _found(report, "L3") if f.severity == GALAT]
    assert report.indicators[1].capaian is None
    assert galat


def test_thn_before_a_year_is_no_duration():
    # "thn 2025" names a year: never read as 2025 tahun (no capaian of 2025/10)
    report = run(_rows(10, "thn 2025"))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.realisasi is None
