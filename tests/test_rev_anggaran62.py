"""rev_anggaran62: review of anggaran62's Anggaran findings.

- The refund-in-ribuan question (refund_quarter._in_ribuan) asked every refund under Rp 1 juta and 0,1 %
  of the pagu whose thousandfold the spending before it held: an ordinary refund of a few hundred thousand
  rupiah after big spending (TW I 2.000.000.000, TW II -300.000 of a Pagu 5.000.000.000) was asked
  "ditulis dalam ribuan rupiah? ... tulis -300.000.000". Only a refund under Rp 100.000 is asked now.
"""

from __future__ import annotations

import pytest

from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, run

_P = "2.06.04"


def _one(pagu, tws, pagu_perubahan=None, triwulan=2):
    row = anggaran_row(_P, _PROGRAM, "", pagu, (*tws, None, None), pagu_perubahan)
    return run(_kinerja(), [row], triwulan=triwulan)


@pytest.mark.parametrize(
    "pagu, tws, net",
    [
        # 2.000.000.000 - 300.000 = 1.999.700.000 (300.000 x 1.000 = 300 jt < 5 M / 1.000 x 1.000 and <= 2 M)
        ("5.000.000.000", ("2.000.000.000", "-300.000"), 1_999_700_000),
        # 500.000.000 - 350.000 = 499.650.000 (350 jt would fit the 500 jt spent)
        ("1.200.000.000", ("500.000.000", "-350.000"), 499_650_000),
        # 900.000.000 - 750.500 = 899.249.500
        ("1.200.000.000", ("900.000.000", "-750.500"), 899_249_500),
        # the boundary: Rp 100.000 itself is read as typed; 150.000.000 - 100.000 = 149.900.000
        ("1.200.000.000", ("150.000.000", "-100.000"), 149_900_000),
    ],
)
def test_an_ordinary_refund_of_some_hundred_thousand_rupiah_is_not_asked_whether_ribuan(pagu, tws, net):
    report = _one(pagu, tws)
    assert budget_of(report, _P).realisasi_exact == net
    said = findings_by_cell(report, "Anggaran")["G2"]
    assert "pengembalian belanja" in said and "ditulis dalam ribuan" not in said, said


def test_a_refund_just_under_rp_100_000_is_still_asked():
    # -99.000 after 150.000.000 of 1.200.000.000: 99.000 < 1.200.000 (0,1 %) and < 100.000; 99.000.000 <=
    # 150.000.000. Read in ribuan: 150.000.000 - 99.000.000 = 51.000.000 / 1.200.000.000 = 4,25 %
    said = findings_by_cell(_one("1.200.000.000", ("150.000.000", "-99.000")), "Anggaran")["G2"]
    assert "bila maksudnya -Rp 99.000.000, tulis -99.000.000" in said, said
    assert "bersih Rp 51.000.000, 4,25% pagu" in said, said
