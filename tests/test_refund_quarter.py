"""A program's quarter holding only a refund ("(2.500.000)" in TW II after TW I's 1.450.000.000, a
koreksi of the Penunjang program). Since sipd49 a refund whose realisasi s.d. its quarter stays at or
above zero is counted net with a peringatan (tests/test_refund_netted.py); a net below zero stays a
galat, whose advice "tulis realisasi bersih triwulan itu" could not always be followed (TW II's net is
that negative amount): it names what to type where an earlier quarter covers the refund."""

from __future__ import annotations

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages

_KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Akses air minum", "Persentase rumah tangga akses air minum layak", "88",
                ["86,9", "87,4", None, None], jenis="Nilai Akhir"),
]  # fmt: skip


def _galat(tws):
    anggaran = [anggaran_row("1.03.01", "PROGRAM PENUNJANG", "S1", "6.250.000.000", [*tws, None, None])]
    report = report_of(book_of(_KINERJA, anggaran, triwulan=2))
    (galat,) = [m for m in messages(report) if m.startswith("Anggaran!G2 ")]
    (budget,) = report.budgets
    return galat, budget


def test_a_refund_alone_in_a_quarter_names_the_figure_of_the_quarter_it_returns():
    said, budget = _galat(["1.450.000.000", "(2.500.000)"])
    # 1.450.000.000 - 2.500.000 = 1.447.500.000. Since sipd49 (the lead's decision: a refund whose net
    # s.d. its quarter stays >= 0 is the netted spending SIPD reports) it is counted, a peringatan at
    # G2 naming the refund and that net, no longer a galat telling to move it to TW I
    assert "bersih Rp 1.447.500.000 (Rp 1.450.000.000 - Rp 2.500.000)" in said, said
    assert "pengembalian belanja" in said and "tidak dihitung" not in said
    assert budget.realisasi_exact == 1_447_500_000


def test_a_refund_above_the_spending_before_it_names_the_net_below_zero():
    # 1.000.000 - 2.500.000 = -1.500.000 < 0: no quarter to take it off. (revsipd49: this pinned the old
    # advice "tulis realisasi bersih triwulan itu", which named TW II's own net, -2.500.000, still below
    # zero and so a galat again; the galat now names the net s.d. TW II and what to check)
    galat, budget = _galat(["1.000.000", "-2.500.000"])
    assert "kurangkan" not in galat and "tulis realisasi bersih triwulan itu" not in galat, galat
    assert "s.d. TW II bersih -Rp 1.500.000 (Rp 1.000.000 - Rp 2.500.000)" in galat, galat
    assert budget.realisasi_exact is None


def test_a_refund_above_the_quarter_before_it_is_taken_off_an_earlier_one_that_covers_it():
    # (revnewuser44) TW II's 1.000.000 cannot take a refund of 2.500.000, TW I's 3.000.000 can:
    # 3.000.000 - 2.500.000 = 500.000; the old advice ("realisasi bersih") could not be followed
    kinerja = [
        kinerja_row("S1", "Sasaran", "", "Akses air minum", "Persentase rumah tangga akses air minum layak",
                    "88", ["86,9", "87,4", "87,6", None], jenis="Nilai Akhir"),
    ]  # fmt: skip
    tws = ["3.000.000", "1.000.000", "(2.500.000)", None]
    anggaran = [anggaran_row("1.03.01", "PROGRAM PENUNJANG", "S1", "6.250.000.000", tws)]
    report = report_of(book_of(kinerja, anggaran, triwulan=3))
    (said,) = [m for m in messages(report) if m.startswith("Anggaran!H2 ")]
    # (sipd49, the lead's decision: s.d. TW III 3.000.000 + 1.000.000 - 2.500.000 = 1.500.000 >= 0, the
    # netted spending: counted with a peringatan naming it, no longer a galat saying to move the refund)
    assert "s.d. TW III bersih Rp 1.500.000 (Rp 4.000.000 - Rp 2.500.000)" in said, said
    assert report.budgets[0].realisasi_exact == 1_500_000
