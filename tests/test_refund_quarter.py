"""A program's quarter holding only a refund ("(2.500.000)" in TW II after TW I's 1.450.000.000, a
koreksi of the Penunjang program): a program row's own quarter below zero stays a galat (README,
Anggaran), but its advice "tulis realisasi bersih triwulan itu" could not be followed: TW II's net is
that negative amount. The galat names what to type: the refund taken off the quarter it returns
(1.450.000.000 - 2.500.000 = 1.447.500.000) and 0 in TW II, or TW II's own net where it has spending."""

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
    galat, budget = _galat(["1.450.000.000", "(2.500.000)"])
    # 1.450.000.000 - 2.500.000 = 1.447.500.000
    assert (
        "kurangkan dari TW I (Rp 1.450.000.000 - Rp 2.500.000 = Rp 1.447.500.000) dan tulis 0 di TW II"
        in galat
    )
    assert "di bawah nol; tidak dihitung" in galat and budget.realisasi is None  # still a galat, not summed


def test_a_refund_above_the_spending_before_it_keeps_the_old_advice():
    # 1.000.000 - 2.500.000 < 0: no quarter to take it off
    galat, _ = _galat(["1.000.000", "-2.500.000"])
    assert "kurangkan" not in galat and "tulis realisasi bersih triwulan itu" in galat, galat


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
    (galat,) = [m for m in messages(report) if m.startswith("Anggaran!H2 ")]
    assert "kurangkan dari TW I (Rp 3.000.000 - Rp 2.500.000 = Rp 500.000) dan tulis 0 di TW III" in galat, (
        galat
    )
