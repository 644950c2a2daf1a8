"""A program typed only in Anggaran (no indicators in Kinerja) whose Pagu Perubahan happens to be the sum of
the programs' right below it, but whose Pagu (before the APBD-P) is not theirs, is no SIPD heading: a SIPD
Urusan / Bidang Urusan row sums every pagu column of the rows it heads. It was left out of Tabel 3.4, its
Sasaran's budget and efisiensi (found by tests/test_oracle.py's long run).

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_engine import anggaran_row, kinerja_row, run

M = 1_000_000

# Tujuan 1 > Sasaran 1.1, its indicator 60 of 100 s.d. TW II (capaian 60).
_KINERJA = [
    kinerja_row("1", "Tujuan", "", "Tujuan", "I T", 100, (20, 40, None, None), jenis="Kumulatif"),
    kinerja_row("1.1", "Sasaran", "1", "Sasaran satu", "I S1", 100, (20, 40, None, None), jenis="Kumulatif"),
]


def test_a_program_whose_pagu_perubahan_alone_sums_the_programs_below_is_counted():
    # P1 Pagu 100 jt raised to 2.000 jt; P2 and P3 Pagu 400 jt and 600 jt, each raised to 1.000 jt.
    # 2.000 = 1.000 + 1.000 and P1's spending 100 jt a quarter = 50 + 50 jt, but its Pagu 100 jt is not
    # 400 + 600 = 1.000 jt: three programs, none a heading.
    rows = [
        anggaran_row("P1", "Program Penunjang", "1.1", 100 * M, (100 * M, 100 * M, None, None), 2000 * M),
        anggaran_row("P2", "Program Koperasi", "1.1", 400 * M, (50 * M, 50 * M, None, None), 1000 * M),
        anggaran_row("P3", "Program UMKM", "1.1", 600 * M, (50 * M, 50 * M, None, None), 1000 * M),
    ]
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == ["P1", "P2", "P3"]
    pagu = Fraction(2000 * M + 1000 * M + 1000 * M)  # 4.000 jt
    spent = Fraction(200 * M + 100 * M + 100 * M)  # 400 jt s.d. TW II
    assert (report.total_pagu, report.total_realisasi_anggaran) == (pagu, spent)
    _, s1 = report.efisiensi
    assert (s1.pagu, s1.realisasi_anggaran) == (pagu, spent)
    # capaian 60 - penyerapan 400 / 4.000 x 100 = 10 -> efisiensi 50 points
    assert s1.efisiensi_exact == Fraction(60) - spent / pagu * 100 == 50
    assert not [f for f in report.findings if "tidak dihitung" in f.pesan]


def test_with_its_tw_i_unreadable_its_sasaran_gets_no_efisiensi():
    # The same program with TW I "12,3,4": counted, it leaves Sasaran 1.1 without a realisasi anggaran,
    # so without penyerapan and efisiensi (left out as a heading it gave 60 - 200 / 2.000 x 100 = 50).
    rows = [
        anggaran_row("P1", "Program Penunjang", "1.1", 100 * M, ("12,3,4", 100 * M, None, None), 2000 * M),
        anggaran_row("P2", "Program Koperasi", "1.1", 400 * M, (50 * M, 50 * M, None, None), 1000 * M),
        anggaran_row("P3", "Program UMKM", "1.1", 600 * M, (50 * M, 50 * M, None, None), 1000 * M),
    ]
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == ["P1", "P2", "P3"]
    _, s1 = report.efisiensi
    assert s1.realisasi_anggaran is None and s1.efisiensi_exact is None


def test_a_sipd_heading_summing_both_pagu_columns_is_still_left_out():
    # "2.17" Pagu 1.000 jt = 400 + 600, Pagu Perubahan 2.000 jt = 1.000 + 1.000: a heading, not counted.
    rows = [
        anggaran_row("2.17", "URUSAN PEMERINTAHAN BIDANG KOPERASI", None, 1000 * M, (None,) * 4, 2000 * M),
        anggaran_row("P2", "Program Koperasi", "1.1", 400 * M, (50 * M, 50 * M, None, None), 1000 * M),
        anggaran_row("P3", "Program UMKM", "1.1", 600 * M, (50 * M, 50 * M, None, None), 1000 * M),
    ]
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == ["P2", "P3"]
    assert report.total_pagu == 2000 * M  # 1.000 + 1.000 jt
