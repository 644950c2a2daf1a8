"""An Anggaran row not in Kinerja whose pagu happens to be the sum of the rows right below (or above) it,
with a Kode Sasaran typed on it: a program staff meant to count, or a SIPD heading with the Kode Sasaran
column filled down over it?

A Kode Sasaran says "count me toward this Sasaran", and no SIPD export has one: such a row is counted
unless something besides the pagu says it is a heading, which a program's row never says by chance:
its Uraian names an Urusan / Bidang Urusan (SIPD's headings) or its Kode begins its rows' ("2.17" over
"2.17.02"), or its spending, a figure other than zero, is in some quarter exactly its rows' (a SIPD
export sums every column). Counted on the pagu alone, a peringatan at its Kode says what it equals, so
a heading left in is found. Found by the oracle (tests/test_oracle.py, seed 3009 of the stop before):
such a program was left out of Tabel 3.4's TOTAL and its Sasaran's efisiensi.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run

M = 1_000_000

# Tujuan 1 > Sasaran 1.1, its indicator 60 of 100 s.d. TW II (capaian 60).
_KINERJA = [
    kinerja_row("1", "Tujuan", "", "Tujuan", "I T", 100, (20, 40, None, None), jenis="Kumulatif"),
    kinerja_row("1.1", "Sasaran", "1", "Sasaran satu", "I S1", 100, (20, 40, None, None), jenis="Kumulatif"),
]


def _said_at(report, sel: str) -> list[str]:
    return [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Anggaran", sel, PERINGATAN)]


def test_a_program_with_a_kode_sasaran_and_no_spending_yet_is_counted():
    # P0.1 "2.000 jt" with no spending typed yet; P0.2 "1.200 jt" and P0.3 "Rp 800.000.000" spent
    # 100 + 50 jt in TW I and 150 + 50 jt in TW II. 2.000 = 1.200 + 800 jt, but P0.1 carries its own Kode
    # Sasaran and nothing else says heading (an Uraian "Program ...", its own Kode): three programs.
    rows = [
        anggaran_row("P0.1", "Program Penunjang Urusan", "1.1", "2.000 jt", (None, "-", None, None)),
        anggaran_row("P0.2", "Program Koperasi", "1.1", "1.200 jt", ("100 jt", "150 jt", None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", "Rp 800.000.000", ("50 jt", "50 jt", None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == ["P0.1", "P0.2", "P0.3"]
    pagu = Fraction(2000 * M + 1200 * M + 800 * M)  # 4.000 jt
    spent = Fraction(100 * M + 150 * M + 50 * M + 50 * M)  # 350 jt s.d. TW II
    assert (report.total_pagu, report.total_realisasi_anggaran) == (pagu, spent)
    _, s1 = report.efisiensi
    # capaian 60 - penyerapan 350 / 4.000 x 100 = 8,75 -> efisiensi 51,25 points (left out: 60 - 17,5)
    assert s1.efisiensi_exact == Fraction(60) - spent / pagu * 100 == Fraction(5125, 100)
    assert not [f for f in report.findings if "tidak dihitung" in f.pesan]
    # said at its Kode (A2), with the rows it equals, so a heading left in with a Kode Sasaran is found
    (pesan,) = [p for p in _said_at(report, "A2") if "sama dengan jumlah pagu" in p]
    assert "P0.2 baris 3, P0.3 baris 4" in pesan and "dihitung" in pesan, pesan
    assert "Kode Sasaran" in pesan, pesan


def test_a_program_whose_spending_is_zero_like_its_rows_is_counted():
    # TW I: 0 everywhere ("0", "nihil", "Rp 0"): a zero agreeing is nothing spent, no sign of a sum.
    rows = [
        anggaran_row("P0.1", "Program Penunjang Urusan", "1.1", 2000 * M, ("0", None, None, None)),
        anggaran_row("P0.2", "Program Koperasi", "1.1", 1200 * M, ("nihil", None, None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", 800 * M, ("Rp 0", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["P0.1", "P0.2", "P0.3"]
    assert report.total_pagu == 4000 * M  # 2.000 + 1.200 + 800 jt


def test_the_same_rows_above_it_a_program_typed_last_is_counted():
    # The sum above: P0.3 "2.000 jt" under P0.1 1.200 jt and P0.2 800 jt, its TW I blank.
    rows = [
        anggaran_row("P0.1", "Program Koperasi", "1.1", 1200 * M, (100 * M, None, None, None)),
        anggaran_row("P0.2", "Program UMKM", "1.1", 800 * M, (50 * M, None, None, None)),
        anggaran_row("P0.3", "Program Penunjang Urusan", "1.1", "2.000 jt", (None, None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["P0.1", "P0.2", "P0.3"]
    assert report.total_pagu == 4000 * M  # 1.200 + 800 + 2.000 jt


def test_a_sipd_urusan_heading_with_the_kode_sasaran_filled_down_is_left_out():
    # A SIPD paste, the Kode Sasaran column filled down from the heading: "2.17 URUSAN ..." 2.000 jt =
    # 1.200 + 800 jt of the programs under it. Its Uraian says heading: counted, 4.000 jt twice over.
    rows = [
        anggaran_row("2.17", "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", "1.1", "2.000 jt"),
        anggaran_row("2.17.02", "PROGRAM PEMBERDAYAAN KOPERASI", "1.1", "1.200 jt", ("100 jt", None, None, None)),
        anggaran_row("P0.3", "PROGRAM PEMBERDAYAAN UMKM", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]  # fmt: skip
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["2.17.02", "P0.3"]
    assert report.total_pagu == 2000 * M  # 1.200 + 800 jt, once
    assert [p for p in _said_at(report, "A2") if "tidak dihitung" in p]


def test_a_heading_whose_spending_is_its_rows_sum_is_left_out_with_the_kode_sasaran_filled_down():
    # An agency's own heading row "JML" ("Jumlah belanja sasaran 1.1"? no: "Belanja Sasaran 1.1", no
    # total-row label) over two programs, all with Kode Sasaran 1.1: pagu 2.000 = 1.200 + 800 jt and TW I
    # 150 jt = 100 + 50 jt, TW II 200 jt = 150 + 50 jt: a sum in every column, to the rupiah.
    rows = [
        anggaran_row(
            "X1", "Belanja Sasaran 1.1", "1.1", "2.000 jt", ("150 jt", "Rp 200.000.000", None, None)
        ),
        anggaran_row("P0.2", "Program Koperasi", "1.1", "1.200 jt", ("100 jt", "150 jt", None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", "800 jt", ("50 jt", "50 jt", None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == ["P0.2", "P0.3"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (2000 * M, 350 * M)  # 1.200 + 800; 350
    assert [p for p in _said_at(report, "A2") if "tidak dihitung" in p]


def test_a_row_without_a_kode_sasaran_summing_the_rows_below_is_still_left_out():
    # As before: no Kode Sasaran (SIPD's heading, nothing typed beside it) and 2.000 = 1.200 + 800 jt.
    rows = [
        anggaran_row("P0.1", "Program Penunjang Urusan", None, "2.000 jt"),
        anggaran_row("P0.2", "Program Koperasi", "1.1", "1.200 jt", ("100 jt", None, None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["P0.2", "P0.3"]
    assert report.total_pagu == 2000 * M
