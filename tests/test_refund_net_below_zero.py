"""A program's quarter below zero that is not counted as a refund (tests/test_refund_netted.py: counted
while the realisasi s.d. it stays at or above zero): its galat says why. Since sipd49 its advice
("realisasi per triwulan tidak boleh di bawah nol ... kurangkan dari TW I ... tulis 0 di TW III")
contradicted the rule, and where an earlier refund had been counted it named a figure that left the
net below zero again."""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages

_KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Akses air minum", "Persentase rumah tangga akses air minum layak", "88",
                ["86,9", "87,4", "87,6", None], jenis="Nilai Akhir"),
]  # fmt: skip


def _report(tws: list, triwulan: int = 3):
    anggaran = [anggaran_row("1.03.01", "PROGRAM PENUNJANG", "S1", "6.250.000.000", [*tws, None])]
    return report_of(book_of(_KINERJA, anggaran, triwulan=triwulan))


def _at(report, cell: str) -> str:
    (said,) = [m for m in messages(report) if m.startswith(f"Anggaran!{cell} ")]
    return said


def test_a_second_refund_taking_the_net_below_zero_names_that_net_not_a_quarter_to_move_it_to():
    # TW I 100 jt, TW II -90 jt (s.d. TW II 10 jt: counted), TW III -20 jt: s.d. TW III 10 - 20 = -10 jt.
    # The old advice, take 20 jt off TW I (80 jt) and type 0 in TW III, left 80 - 90 = -10 jt: a galat again
    report = _report(["100.000.000", "-90.000.000", "-20.000.000"])
    said = _at(report, "H2")
    assert "kurangkan" not in said and "tidak boleh di bawah nol" not in said, said
    assert "s.d. TW III bersih -Rp 10.000.000 (Rp 10.000.000 - Rp 20.000.000)" in said, said
    assert report.budgets[0].realisasi_exact is None  # withheld, as any galat's


def test_a_refund_after_an_unreadable_quarter_is_counted_once_that_cell_is_fixed():
    # TW I 120 jt, TW II "8o jt" (unreadable), TW III -5 jt: the net s.d. TW III is unknown; once TW II
    # reads 80 jt it is 120 + 80 - 5 = 195 jt >= 0 and counted, so nothing is to be moved to TW I
    report = _report(["120.000.000", "8o jt", "-5.000.000"])
    said = _at(report, "H2")
    assert "kurangkan" not in said and "tulis 0" not in said, said
    assert "setelah realisasi triwulan sebelumnya dapat dibaca" in said, said
    fixed = _report(["120.000.000", "80 jt", "-5.000.000"])
    assert fixed.budgets[0].realisasi_exact == 195_000_000  # 120 + 80 - 5 jt


def test_a_refund_in_tw_iv_of_the_year_s_report_nets_the_total_penyerapan_and_efisiensi():
    kinerja = [
        kinerja_row("S1", "Sasaran", "", "Akses air minum", "Persentase rumah tangga akses air minum layak",
                    "88", ["86,9", "87,4", "87,6", "88"], jenis="Nilai Akhir"),
    ]  # fmt: skip
    anggaran = [
        anggaran_row("1.03.01", "PROGRAM PENUNJANG", "S1", "1.000.000.000", ["120 jt", "80 jt", "50 jt", "(5.000.000)"]),
        anggaran_row("1.03.02", "PROGRAM AIR MINUM", "S1", "500.000.000", ["100 jt", "100 jt", "100 jt", "100 jt"]),
    ]  # fmt: skip
    report = report_of(book_of(kinerja, anggaran, triwulan=4))
    penunjang = next(b for b in report.budgets if b.kode == "1.03.01")
    # 120 + 80 + 50 - 5 = 245 jt of 1.000 jt: 24,5 %
    assert penunjang.realisasi_exact == Fraction(245_000_000)
    # the TOTAL: 245 jt + 400 jt = 645 jt of 1.500 jt: 43 %
    assert report.total_realisasi_anggaran == 645_000_000
    assert report.total_penyerapan_exact == Fraction(645, 1_500) * 100 == 43
    (row,) = report.efisiensi
    # Sasaran S1: capaian 88 / 88 = 100 %, penyerapan 43 %: efisiensi 100 - 43 = 57 points
    assert row.capaian_exact == 100 and row.efisiensi_exact == 57
    said = _at(report, "I2")
    assert "s.d. TW IV bersih Rp 245.000.000 (Rp 250.000.000 - Rp 5.000.000)" in said, said
