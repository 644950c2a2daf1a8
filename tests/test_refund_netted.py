"""A refund (pengembalian belanja, a contra pos) booked in a later quarter makes that quarter's own
spending negative (TW I 120 jt, TW II -5 jt, TW III 80 jt). Anggaran's quarters are each quarter's own
spending, summed (README, Anggaran), so while the realisasi s.d. that quarter stays at or above zero it
is the netted spending SIPD reports: counted, with a peringatan at the cell naming the refund and the
net. A net below zero stays a galat (tests/test_refund_quarter.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row

_KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Akses air minum", "Persentase rumah tangga akses air minum layak", "88",
                ["86,9", "87,4", "87,6", None], jenis="Nilai Akhir"),
]  # fmt: skip
_PAGU = Fraction(1_000_000_000)


def _report(tws, triwulan=3):
    anggaran = [anggaran_row("1.03.01", "PROGRAM PENUNJANG", "S1", "1.000.000.000", [*tws, None][:4])]
    report = report_of(book_of(_KINERJA, anggaran, triwulan=triwulan))
    said = {(f.sel, f.severity): f.pesan for f in report.findings if f.sheet == "Anggaran"}
    (budget,) = report.budgets
    return budget, said


@pytest.mark.parametrize("refund", ["-5.000.000", "(5.000.000)", "-5 jt", "Rp -5.000.000"])
def test_a_refund_in_a_later_quarter_is_counted_net(refund):
    budget, said = _report(["120.000.000", refund, "80.000.000"])
    # s.d. TW III: 120.000.000 - 5.000.000 + 80.000.000 = 195.000.000 of 1.000.000.000 (19,5 %)
    assert budget.realisasi_exact == Fraction(195_000_000)
    assert budget.penyerapan == float(Fraction(195_000_000) / _PAGU * 100)
    # one peringatan, at TW II's cell (G2), naming the refund and the net s.d. TW II:
    # 120.000.000 - 5.000.000 = 115.000.000
    assert set(said) == {("G2", PERINGATAN)}, said
    pesan = said[("G2", PERINGATAN)]
    assert "pengembalian belanja" in pesan and "-Rp 5.000.000" in pesan, pesan
    assert "s.d. TW II bersih Rp 115.000.000 (Rp 120.000.000 - Rp 5.000.000)" in pesan, pesan


def test_the_report_of_the_refund_s_quarter_counts_the_net():
    budget, said = _report(["120.000.000", "(5.000.000)"], triwulan=2)
    assert budget.realisasi_exact == Fraction(115_000_000)  # 120.000.000 - 5.000.000
    assert set(said) == {("G2", PERINGATAN)}, said


def test_a_refund_of_all_spent_before_nets_to_zero():
    # exactly the spending before it: 5.000.000 - 5.000.000 = 0, not below zero: counted, Rp 0
    budget, said = _report(["5.000.000", "(5.000.000)"], triwulan=2)
    assert budget.realisasi_exact == 0
    assert "bersih Rp 0 (Rp 5.000.000 - Rp 5.000.000)" in said[("G2", PERINGATAN)]


def test_two_refunds_are_netted_in_turn():
    # TW I 10.000.000, TW II -4.000.000 (net 6.000.000), TW III -6.000.000 (net 0): both counted
    budget, said = _report(["10.000.000", "-4.000.000", "-6.000.000"])
    assert budget.realisasi_exact == 0  # 10 - 4 - 6 = 0 (juta)
    assert "bersih Rp 6.000.000 (Rp 10.000.000 - Rp 4.000.000)" in said[("G2", PERINGATAN)]
    assert "bersih Rp 0 (Rp 6.000.000 - Rp 6.000.000)" in said[("H2", PERINGATAN)]


@pytest.mark.parametrize(
    "tws",
    [
        ["1.000.000", "(2.500.000)"],  # 1.000.000 - 2.500.000 = -1.500.000
        ["(2.500.000)", "1.000.000"],  # TW I alone: nothing before it, -2.500.000
        ["10.000.000", "-4.000.000", "-7.000.000"],  # 10 - 4 - 7 = -1 (juta) s.d. TW III
    ],
)
def test_a_net_below_zero_stays_a_galat(tws):
    budget, said = _report(tws)
    assert budget.realisasi is None  # not summed
    assert any(sev == GALAT and "di bawah nol; tidak dihitung" in p for (_, sev), p in said.items()), said


def test_a_refund_after_an_unreadable_quarter_stays_a_galat():
    # TW I "belum" (a status): the net s.d. TW II is unknown, so the refund cannot be judged
    budget, said = _report(["belum", "(5.000.000)"], triwulan=2)
    assert budget.realisasi is None
    assert ("G2", GALAT) in said, said
