"""An RSUD's lengths of stay typed with "hari" abbreviated, as its medical records staff write them.

AVLOS (Average Length of Stay) and TOI (Turn Over Interval) are in Satuan "Hari", Polaritas Negatif
(a shorter stay or interval is better, Kepmenkes' ideal 6-9 and 1-3 hari). "7 hr" was a galat ("kata 'hr'
tidak dikenal"), though "90 mnt" under "Menit" and "8,7 thn" under "Tahun" read as their Satuan; "hr" is
the Satuan's own abbreviation and reads as "7 hari" does. Under another Satuan ("Jam") it stays refused.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def _avlos(typed: str, satuan: str = "Hari"):
    row = kinerja_row(
        "S1", "Sasaran", "", "Mutu rawat inap", "Average Length of Stay (AVLOS)", "9", (typed, None, None, None),
        satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir",
    )  # fmt: skip
    return run([row], triwulan=1)


@pytest.mark.parametrize("typed", ["7 hr", "7hr", "7 Hr.", "7 HR"])
def test_hr_under_satuan_hari_reads_as_hari(typed):
    report = _avlos(typed)
    # Negatif: (2 x 9 - 7) / 9 x 100 = 11 / 9 x 100 = 122,2...
    assert report.indicators[0].capaian_exact == Fraction(11, 9) * 100
    assert not [f for f in report.findings if f.sel == "K2"]


def test_hr_under_another_satuan_is_still_a_galat():
    report = _avlos("7 hr", satuan="Jam")
    assert report.indicators[0].capaian_exact is None
    assert [f for f in report.findings if f.sel == "K2" and f.severity == GALAT]
