"""rev_anggaran60: the review of anggaran60 (the Anggaran sheet as staff fill it)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran60 import _refund_program


@pytest.mark.parametrize(
    "funding",
    [
        [("DAU", None, (None, "-5.000.000", None))],
        [("DAU", None, (None, "-3.000.000", None)), ("DAK", None, (None, "-2.000.000", None))],
    ],
)
def test_a_funding_row_s_share_of_the_program_s_own_refund_is_no_koreksi(funding):
    # 2.06.04 TW II -5.000.000 (a refund, counted net): under it DAU's share of that same refund, -5.000.000
    # with no pagu (or DAU -3 jt and DAK -2 jt). The refund is already in the program's row: a share, left out.
    # Counted: 120 - 5 + 80 = 195.000.000 of 1.200.000.000 = 16,25 % (anggaran60 made it a koreksi galat,
    # "kurangkan Rp 5.000.000 dari realisasi TW II baris 2", counting the refund twice, and no TOTAL)
    report = _refund_program(*funding)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 195_000_000)
    assert budget_of(report, "2.06.04").penyerapan == Fraction(65, 4)
    assert "rincian sumber dana 2.06.04" in findings_by_cell(report, "Anggaran")["B3"]


def test_a_refund_row_under_a_program_spending_in_that_quarter_stays_a_koreksi():
    # guard: 2.06.04 TW II 100.000.000 spent, DAU -5.000.000 alone: a refund the program's 100 jt does not hold
    report = _refund_program(("DAU", None, (None, "-5.000.000", None)), tw2="100.000.000")
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "Rp 100.000.000 - Rp 5.000.000 = Rp 95.000.000" in galat.get("A3", ""), galat
