"""anggaran61: Anggaran figures printed wrong with too little said (left open by stop 60).

- A program's Pagu ``1.200.000`` (ribuan) with TW I ``1.000.000`` and TW II ``300.000.000`` (rupiah): the
  quarter within the pagu kept the pagu-in-ribuan galat quiet, 25.083 % printed with "melebihi pagu"; now
  the galat. Spending ten to a thousand times a pagu whose quarters read a thousandth would fit it
  (``500.000.000`` beside ``100.000.000`` and ``150.000.000.000``) is a galat naming both readings (30.020 %
  was printed).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, run

# --- Spending ten to a thousand times the pagu, a quarter within it ----------------------------------------


def _one(pagu, tws, triwulan=2):
    return run(_kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", pagu, (*tws, None, None))], triwulan=triwulan)


def test_a_pagu_in_ribuan_with_a_first_quarter_within_it_is_a_galat():
    # Pagu 1.200.000, TW I 1.000.000 (within it), TW II 300.000.000: s.d. TW II 301.000.000 = 250,83 times the
    # pagu (25.083 % printed before with "melebihi pagu" at G2). Read with the pagu right and TW II three
    # zeros over: 1.000.000 + 300.000 = 1.300.000 > 1.200.000, no reading of a right pagu either; so the
    # pagu in ribuan: 301.000.000 / 1.200.000.000 = 25,08 %
    report = _one("1.200.000", ("1.000.000", "300.000.000"))
    program = budget_of(report, "2.06.04")
    assert (program.pagu, program.penyerapan, program.realisasi_exact) == (None, None, 301_000_000)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"D2"}, galat
    assert "tulis 1.200.000.000" in galat["D2"] and "penyerapan 25,08%" in galat["D2"], galat
    assert "melebihi pagu" not in str(findings_by_cell(report, "Anggaran")), report.findings
    assert report.total_penyerapan is None
    # the Sasaran the program counts toward: its budget is that program's, so no efisiensi
    (sasaran,) = [r for r in report.efisiensi if r.kode == "S1"]
    assert (sasaran.pagu, sasaran.penyerapan, sasaran.efisiensi) == (None, None, None)


def test_spending_a_thousand_times_over_in_a_quarter_beside_a_right_pagu_names_both_readings():
    # Pagu 1.200.000, TW I 1.000.000, TW II 200.000.000: 201.000.000 = 167,5 times (16.750 % printed before).
    # TW II read a thousandth: 1.000.000 + 200.000 = 1.200.000, the whole pagu (100 %); the pagu read in
    # ribuan: 201.000.000 / 1.200.000.000 = 16,75 %. Neither is 16.750 %: a galat at TW II (G2)
    report = _one("1.200.000", ("1.000.000", "200.000.000"))
    assert budget_of(report, "2.06.04").penyerapan is None
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"G2"}, galat
    assert "tulis TW II 200.000 (penyerapan 100,00%)" in galat["G2"], galat
    assert "tulis pagu 1.200.000.000 (penyerapan 16,75%)" in galat["G2"], galat


@pytest.mark.parametrize(
    "pagu, tws, penyerapan",
    [
        # a real small pagu with a small overspend: 1.000.000 + 500.000 = 1.500.000, 125 % (1,25 times)
        ("1.200.000", ("1.000.000", "500.000"), Fraction(125)),
        # ten times exactly is no slip: 2.000.000 + 10.000.000 = 12.000.000 = 10 x 1.200.000, 1.000 %
        ("1.200.000", ("2.000.000", "10.000.000"), Fraction(1000)),
    ],
)
def test_a_small_pagu_with_a_small_overspend_stays_a_peringatan(pagu, tws, penyerapan):
    report = _one(pagu, tws)
    assert budget_of(report, "2.06.04").penyerapan == penyerapan
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert "melebihi pagu" in findings_by_cell(report, "Anggaran")["G2"]
