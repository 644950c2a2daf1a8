"""rev_anggaran61: review of anggaran61 (a Kegiatan's pagu in ribuan inside a program made of its Kegiatan;
spending ten to a thousand times a pagu whose quarters read a thousandth fit it).

- A program made of its Kegiatan, one of them with a quarter typed a thousand times over (Kegiatan A pagu
  70.000.000, TW I 10.000.000, TW II 30.000.000.000): two galat with readings that disagree, the program's
  at A's TW II (``tulis TW II 30.150.000``: A's and B's TW II summed, a wrong figure for A's cell) and A's
  at its pagu (``tulis 70.000.000.000`` only). Now one galat at A's TW II naming both of A's readings.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _kinerja
from tests.test_engine import anggaran_row, run


@pytest.mark.parametrize(
    "a_pagu, a_tws, fix, pagu_meant",
    [
        # A: 10.000.000 + 30.000.000.000 = 30.010.000.000, 428,7 times its pagu of 70.000.000; TW II read a
        # thousandth, 10.000.000 + 30.000.000 = 40.000.000 <= 70.000.000: TW II typed three zeros over, or
        # the pagu in ribuan (70.000.000 x 1.000). The program made of A and B: pagu 570.000.000
        ("70.000.000", ("10.000.000", "30.000.000.000"), "tulis TW II 30.000.000", "70.000.000.000"),
        # A: 100.000.000 + 300.000.000.000 = 300.100.000.000, 428,7 times 700.000.000; 100 jt + 300 jt = 400 jt
        # <= 700 jt. The program's pagu 1.200.000.000 (x 1.000 above Rp 1 triliun: no program-level tell):
        # before, A's galat said the pagu reading alone and the program's "melebihi pagu ... kumulatif" stayed
        ("700.000.000", ("100.000.000", "300.000.000.000"), "tulis TW II 300.000.000", "700.000.000.000"),
    ],
)
def test_a_kegiatan_quarter_a_thousand_times_over_in_a_made_program_is_one_galat_with_both_readings(
    a_pagu, a_tws, fix, pagu_meant
):
    rows = [
        anggaran_row("2.06.04.1.01", "Kegiatan A", "", a_pagu, (*a_tws, None, None)),
        anggaran_row("2.06.04.1.02", "Kegiatan B", "", "500.000.000", (None, "150.000.000", None, None)),
    ]
    report = run(_kinerja(), rows)
    assert budget_of(report, "2.06.04").penyerapan is None
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"G2"}, galat  # (A's TW II, the quarter typed over; row 2)
    assert f"{fix};" in galat["G2"] and f"tulis pagu {pagu_meant}" in galat["G2"], galat
    said = str(findings_by_cell(report, "Anggaran"))
    assert "melebihi pagu" not in said, said


def test_a_small_pagu_with_a_quarter_within_it_and_one_a_thousand_times_over_is_the_galat_of_both_readings():
    # Pagu 200.000 (below Rp 1 juta), TW I 50.000, TW II 150.000.000: s.d. TW II 150.050.000, 750,25 times the
    # pagu (75.025 % was printed, with "hanya Rp 200.000: ditulis dalam juta?" and "melebihi pagu ... kumulatif"
    # while the same pagu with 20 jt + 30 jt spent was the galat). TW II read a thousandth: 50.000 + 150.000 =
    # 200.000, 100 %; the pagu in ribuan: 150.050.000 / 200.000.000 = 75,025 %, shown 75,03 %
    rows = [anggaran_row("2.06.04", "PROGRAM A", "", "200.000", ("50.000", "150.000.000", None, None))]
    report = run(_kinerja(), rows)
    assert budget_of(report, "2.06.04").penyerapan is None
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"G2"}, galat
    assert "tulis TW II 150.000 (penyerapan 100,00%)" in galat["G2"], galat
    assert "tulis pagu 200.000.000 (penyerapan 75,03%)" in galat["G2"], galat
    said = str(findings_by_cell(report, "Anggaran"))
    assert "melebihi pagu" not in said and "ditulis dalam juta" not in said, said
