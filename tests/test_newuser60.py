"""A new user's trial (newuser60): a Dinas Lingkungan Hidup and a Satpol PP typing their TW III 2025
workbooks as such staff do.

- An index's value typed with the word its reports use for it (`68,2 poin` of the Indeks Kualitas
  Lingkungan Hidup, Satuan `Indeks`) was a galat, `kata 'poin' tidak sesuai Satuan indikator ('Indeks')`,
  the capaian not computed, and told to convert it into the Satuan: an index is counted in points, the
  figure is the Satuan's own. Under `%` a `poin` (percentage points) stays another unit.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run

IKLH = "Indeks Kualitas Lingkungan Hidup (IKLH)"


def _row(indikator, target, tws, satuan, jenis="Nilai Akhir", triwulan=3):
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya kualitas lingkungan hidup",
        indikator,
        target,
        tws,
        satuan=satuan,
        jenis=jenis,
    )
    return run([row], triwulan=triwulan)


def _said(report):
    """The row's findings, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


@pytest.mark.parametrize("satuan", ["Indeks", "indeks", "Nilai", "Skor", "Poin"])
def test_an_index_typed_in_points_is_its_satuan(satuan):
    # Nilai Akhir: TW III's 68,2 of 68,5: 68,2 / 68,5 x 100 = 99,56 %
    report = _row(IKLH, "68,5", ("67,90 poin", "menunggu hasil uji lab", "68,2 poin", None), satuan)
    assert report.indicators[0].capaian_exact == Fraction(682, 685) * 100
    assert [f for f in _said(report) if f.severity == "galat"] == []


def test_an_index_target_typed_in_points_is_read_too():
    # Target 68,5 poin, TW II 69,1 (Nilai Akhir): 69,1 / 68,5 x 100 = 100,88 %
    report = _row(IKLH, "68,5 poin", ("67,9", "69,1", None, None), "Indeks", triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(691, 685) * 100
    assert [f for f in _said(report) if f.severity == "galat"] == []


def test_points_under_a_percentage_stay_another_unit():
    # 70,25 poin under % may be percentage points of a change: not read, a galat at its cell
    report = _row("Persentase sampah terkelola", "72,5%", ("65,3%", "68,1%", "70,25 poin", None), "%")
    assert report.indicators[0].capaian_exact is None
    assert any(f.severity == "galat" and f.sel == "M2" for f in _said(report)), _said(report)
