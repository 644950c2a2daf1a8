"""A refund (pengembalian belanja) among a program's SIPD Kegiatan rows that takes the rows' sum of a
quarter below zero. The contract (README, Anggaran; tests/test_refund_netted.py): a quarter's own
spending may be below zero, netted with a peringatan, while the realisasi s.d. that quarter stays at or
above zero; below zero s.d. the quarter is a galat at the cell, no penyerapan nor efisiensi at any level.

Before, the program's own row kept the contract, but a program made of its rows (no row of its own)
made the quarter a galat whatever the net, and a program's blank row over its rows left the quarter
blank: counted as nothing spent, Rp 100.000.000 where the rows net Rp 80.000.000 (a wrong figure in
Tabel 3.4), and Rp 10.000.000 where they net below zero (a figure where a galat belongs)."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import export
from lkj_xl.core.hierarchy import walk
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import PENGEMBANGAN, UMKM, budget_of, findings_by_cell, kinerja_three_programs
from tests.test_engine import anggaran_row, run

SARANA = "PROGRAM SARANA DISTRIBUSI"
# The two other programs: pagu 100.000.000 each, TW I 10.000.000 + TW II 20.000.000 = 30.000.000 each
OTHERS = [
    anggaran_row("2.17.04", PENGEMBANGAN, None, "100.000.000", ("10.000.000", "20.000.000", None, None)),
    anggaran_row("3.30.03", SARANA, None, "100.000.000", ("10.000.000", "20.000.000", None, None)),
]


def _kegiatan(tw1: str, tw2: str) -> list[list]:
    """Program 2.17.03's two SIPD Kegiatan: the first spends ``tw1`` in TW I and returns ``tw2`` in TW
    II (a refund), the second spends 10 jt in TW II; pagu 600.000.000 + 400.000.000 = 1.000.000.000."""
    return [
        anggaran_row("2.17.03.2.01", "Pemberdayaan Usaha Mikro", None, "600.000.000", (tw1, tw2, None, None)),
        anggaran_row("2.17.03.2.02", "Pendataan Usaha Mikro", None, "400.000.000", (None, "10 jt", None, None)),
    ]  # fmt: skip


def _program_row() -> list:
    return anggaran_row("2.17.03", UMKM, None, "1.000.000.000")  # its quarters left blank


def _assert_counted_net(report) -> None:
    # TW I 100 jt; TW II -30 jt + 10 jt = -20 jt, a refund; s.d. TW II 100 - 20 = 80 jt of 1.000 jt: 8 %
    program = budget_of(report, "2.17.03")
    assert program.realisasi_exact == Fraction(80_000_000), program.realisasi_exact
    assert program.penyerapan == 8
    # the TOTAL: 80 jt + 30 jt + 30 jt = 140 jt
    assert report.total_realisasi_anggaran == 140_000_000


def test_a_program_made_of_its_rows_counts_a_quarter_netting_below_zero_while_the_sd_stays_above():
    report = run(kinerja_three_programs(), [*_kegiatan("100 jt", "-30.000.000"), *OTHERS])
    _assert_counted_net(report)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "pengembalian belanja" in said.get("G2", ""), said
    assert not findings_by_cell(report, "Anggaran", GALAT), findings_by_cell(report, "Anggaran", GALAT)


def test_a_blank_program_row_over_its_rows_takes_their_net_quarter():
    report = run(kinerja_three_programs(), [_program_row(), *_kegiatan("100 jt", "(30.000.000)"), *OTHERS])
    _assert_counted_net(report)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    # the program's TW II cell (G2) is filled with -20 jt and said to be a refund netted: s.d. TW II 80 jt
    assert "diisi jumlah rinciannya" in said.get("G2", "") and "-Rp 20.000.000" in said["G2"], said
    assert "bersih Rp 80.000.000" in said["G2"], said["G2"]


def _assert_no_figure_anywhere(report) -> None:
    """No realisasi, penyerapan nor efisiensi of the program, its Sasaran and Tujuan, nor the total;
    Tabel 3.3's rows and export say galat."""
    program = budget_of(report, "2.17.03")
    assert program.realisasi_exact is None and program.penyerapan is None
    assert report.total_realisasi_anggaran is None and report.total_penyerapan is None
    for node in walk(report.roots):
        if node.kode in ("1", "1.1", "2.17.03"):
            assert node.penyerapan is None and node.efisiensi is None, node.kode
    for row in report.efisiensi:  # Tujuan 1 and Sasaran 1.1
        assert row.penyerapan is None and row.efisiensi is None, row.kode
        assert row.galat_anggaran, row.kode
    exported = export.to_dict(report)
    (row,) = [b for b in exported["anggaran"] if b["kode"] == "2.17.03"]
    assert row["realisasi"] is None and row["penyerapan"] is None, row


def test_a_program_made_of_its_rows_netting_below_zero_sd_the_quarter_is_a_galat():
    # TW I 10 jt; TW II -30 jt + 10 jt: s.d. TW II 10 - 20 = -10 jt
    report = run(kinerja_three_programs(), [*_kegiatan("10 jt", "-30.000.000"), *OTHERS])
    _assert_no_figure_anywhere(report)
    assert "di bawah nol" in findings_by_cell(report, "Anggaran", GALAT).get("G2", "")


def test_a_blank_program_row_over_rows_netting_below_zero_sd_the_quarter_is_a_galat():
    # the same rows under the program's blank row: was counted as TW I's 10 jt alone (1 %)
    report = run(kinerja_three_programs(), [_program_row(), *_kegiatan("10 jt", "-30.000.000"), *OTHERS])
    _assert_no_figure_anywhere(report)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "-Rp 10.000.000" in galat.get("G2", ""), galat


# --- The year's report (Triwulan "Laporan Tahunan"): a quarter's net is "s.d. TW II", never the year's ---


def _kegiatan_year(tw1: str) -> list[list]:
    """:func:`_kegiatan` with TW III and TW IV typed: 5 jt + 5 jt each."""
    return [
        anggaran_row("2.17.03.2.01", "Pemberdayaan Usaha Mikro", None, "600.000.000", (tw1, "-30.000.000", "5 jt", "5 jt")),
        anggaran_row("2.17.03.2.02", "Pendataan Usaha Mikro", None, "400.000.000", (None, "10 jt", "5 jt", "5 jt")),
    ]  # fmt: skip


def test_the_years_report_names_a_refunds_net_sd_its_quarter_not_the_year():
    # TW I 100 jt; TW II -30 jt + 10 jt = -20 jt: s.d. TW II 100 - 20 = 80 jt (the year's: 80 + 10 + 10 = 100 jt)
    report = run(kinerja_three_programs(), [*_kegiatan_year("100 jt"), *OTHERS], triwulan="Laporan Tahunan")
    said = findings_by_cell(report, "Anggaran", PERINGATAN)["G2"]
    assert "realisasi s.d. TW II bersih Rp 80.000.000" in said and "Tahun 2025 bersih" not in said, said
    assert budget_of(report, "2.17.03").realisasi_exact == 100_000_000


def test_the_years_report_names_a_net_below_zero_sd_its_quarter_not_the_year():
    # TW I 10 jt; TW II -20 jt: s.d. TW II 10 - 20 = -10 jt, a galat (the year's would be 0)
    report = run(kinerja_three_programs(), [*_kegiatan_year("10 jt"), *OTHERS], triwulan="Laporan Tahunan")
    said = findings_by_cell(report, "Anggaran", GALAT)["G2"]
    assert "realisasi s.d. TW II bersih -Rp 10.000.000" in said and "Tahun 2025 bersih" not in said, said
    assert budget_of(report, "2.17.03").realisasi_exact is None
