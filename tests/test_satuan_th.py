""" "th" (and "th.") after a figure of Satuan "Tahun" (staff round 43: a Dinas Pendidikan's Harapan Lama
Sekolah "13,15 th", the abbreviation an office writes as often as "thn"): a galat "kata 'th' tidak dikenal",
where "13,15 thn" reads as 13,15 tahun. It is the Satuan, as "thn" is.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run


def _hls(typed, satuan="Tahun"):
    row = kinerja_row("T1", "Tujuan", "", "Mutu", "Harapan Lama Sekolah", "13,20", (None, None, None, typed),
                      satuan=satuan, polaritas="Positif", jenis="Nilai Akhir")  # fmt: skip
    return run([row], triwulan=4)


@pytest.mark.parametrize("typed", ["13,15 th", "13,15 th.", "13,15 Th", "13,15th"])
def test_th_is_the_satuan_tahun(typed):
    report = _hls(typed)
    assert [f for f in report.findings if f.sel == "N2"] == []
    # 13,15 / 13,20 x 100 = 99,62...
    assert report.indicators[0].capaian_exact == Fraction(1315, 1320) * 100


def test_th_under_another_satuan_stays_a_galat():
    report = _hls("13,15 th", satuan="Poin")
    (said,) = [f for f in report.findings if f.sel == "N2"]
    assert said.severity == "galat" and report.indicators[0].capaian_exact is None
