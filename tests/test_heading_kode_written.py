"""A SIPD heading pasted into Anggaran with the Kode Sasaran column filled down over it, its Uraian the
Bidang's name alone ("KOPERASI, USAHA KECIL, DAN MENENGAH", no "URUSAN"), its spending blank: only its
Kode tells it from a program whose pagu happens to be its neighbours' sum (heading_signs). That Kode is
written as staff write it: "2.17." with a dot after, "2. 17" with a space, over the Penunjang program
"X.XX.01" (SIPD's Kode of a program common to every Urusan) beside "2.17.02"; two levels ("2" over
"2.17"); a Pagu Perubahan that sums its rows' as its Pagu sums theirs. Each was counted as a program
(mend38), the same money twice in Tabel 3.4's TOTAL and its Sasaran's pagu; a heading above a row counted
that way was counted with no word at all.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run

M = 1_000_000
BIDANG = "KOPERASI, USAHA KECIL, DAN MENENGAH"  # SIPD's Bidang Urusan 2.17, without the word URUSAN

# Tujuan 1 > Sasaran 1.1, its indicator 60 of 100 s.d. TW II.
_KINERJA = [
    kinerja_row("1", "Tujuan", "", "Tujuan", "I T", 100, (20, 40, None, None), jenis="Kumulatif"),
    kinerja_row("1.1", "Sasaran", "1", "Sasaran satu", "I S1", 100, (20, 40, None, None), jenis="Kumulatif"),
]


def _programs(first: str = "2.17.02") -> list[list]:
    # Two programs, Kode Sasaran filled down: 1.200 jt spent 100 + 20 jt, 800 jt spent 50 + 10 jt.
    return [
        anggaran_row(first, "PROGRAM PENUNJANG URUSAN", "1.1", "1.200 jt", ("100 jt", "20 jt", None, None)),
        anggaran_row("2.17.03", "PROGRAM PEMBERDAYAAN UMKM", "1.1", "Rp 800.000.000", ("50 jt", "10 jt", None, None)),
    ]  # fmt: skip


def _left_out(report, sel: str) -> bool:
    return any(
        "tidak dihitung" in f.pesan
        for f in report.findings
        if (f.sheet, f.sel, f.severity) == ("Anggaran", sel, PERINGATAN)
    )


@pytest.mark.parametrize("kode", ["2.17.", "2. 17", " 2.17 .", "2.17"])
def test_a_heading_whose_kode_is_written_with_a_dot_or_a_space_is_left_out(kode):
    # "2.17" 2.000 jt = 1.200 + 800 jt of 2.17.02 and 2.17.03 below it; spending blank.
    rows = [anggaran_row(kode, BIDANG, "1.1", "2.000 jt"), *_programs()]
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == ["2.17.02", "2.17.03"]
    # pagu 1.200 + 800 = 2.000 jt once (counted, 4.000 jt); spent 100 + 20 + 50 + 10 = 180 jt
    assert (report.total_pagu, report.total_realisasi_anggaran) == (2000 * M, 180 * M)
    assert _left_out(report, "A2")


def test_a_heading_whose_kode_excel_kept_as_a_number_is_left_out():
    # "2.10" (Bidang Pertanahan) typed into a cell of General format: Excel keeps 2.1, the zero lost;
    # 2.000 jt = 1.200 + 800 jt of 2.10.02 and 2.10.03 below it.
    rows = [
        anggaran_row(2.10, "PERTANAHAN", "1.1", "2.000 jt"),
        anggaran_row(
            "2.10.02", "PROGRAM PENATAGUNAAN TANAH", "1.1", "1.200 jt", ("100 jt", None, None, None)
        ),
        anggaran_row("2.10.03", "PROGRAM PENGADAAN TANAH", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["2.10.02", "2.10.03"]
    assert report.total_pagu == 2000 * M  # 1.200 + 800 jt (it was 4.000 jt)
    assert _left_out(report, "A2")


def test_a_kode_that_only_begins_with_the_same_digits_is_no_heading_s():
    # "2.1" over "2.11.02" and "2.12.03": 11 and 12 are other Bidang, no 2.10 lost its zero: counted.
    rows = [
        anggaran_row("2.1", "PERTANAHAN", "1.1", "2.000 jt"),
        anggaran_row("2.11.02", "PROGRAM A", "1.1", "1.200 jt", ("100 jt", None, None, None)),
        anggaran_row("2.12.03", "PROGRAM B", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["2.1", "2.11.02", "2.12.03"]
    assert report.total_pagu == 4000 * M  # 2.000 + 1.200 + 800 jt, pointed out at A2
    assert not _left_out(report, "A2")


@pytest.mark.parametrize("kode", ["P2.1", "1.2.1"])
def test_a_kode_no_number_could_be_keeps_its_zeros(kode):
    # "P2.1" or "1.2.1" (letters, two dots: never a number Excel shortened) over "...10.01" and
    # "...10.02": no Kode lost a zero, so nothing but the pagu (2.000 = 1.200 + 800 jt): counted.
    first = kode.rsplit(".", 1)[0]
    rows = [
        anggaran_row(kode, "Program Induk", "1.1", "2.000 jt"),
        anggaran_row(f"{first}.10.01", "Program A", "1.1", "1.200 jt", ("100 jt", None, None, None)),
        anggaran_row(f"{first}.10.02", "Program B", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert report.total_pagu == 4000 * M  # 2.000 + 1.200 + 800 jt, pointed out at A2
    assert not _left_out(report, "A2")


@pytest.mark.parametrize("penunjang", ["X.XX.01", "x.xx.01"])
def test_a_heading_over_the_penunjang_program_x_xx_01_is_left_out(penunjang):
    # SIPD writes the Penunjang program X.XX.01: "2.17" begins 2.17.03's Kode, and X.XX stands for it.
    rows = [anggaran_row("2.17", BIDANG, "1.1", "2.000 jt"), *_programs(penunjang)]
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == [penunjang, "2.17.03"]
    assert report.total_pagu == 2000 * M  # 1.200 + 800 jt
    assert _left_out(report, "A2")


def test_two_levels_of_headings_named_by_their_kode_alone_are_both_left_out():
    # "2" 2.000 jt over "2.17" 2.000 jt over X.XX.01 1.200 jt and 2.17.03 800 jt, all Kode Sasaran 1.1.
    rows = [
        anggaran_row("2", "PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", "1.1", "2.000 jt"),
        anggaran_row("2.17", BIDANG, "1.1", "2.000 jt"),
        *_programs("X.XX.01"),
    ]  # fmt: skip
    report = run(_KINERJA, rows, triwulan=2)
    assert [b.kode for b in report.budgets] == ["X.XX.01", "2.17.03"]
    assert report.total_pagu == 2000 * M  # 1.200 + 800 jt once (it was 6.000 jt: three times)
    assert _left_out(report, "A2") and _left_out(report, "A3")


def test_a_heading_whose_pagu_and_pagu_perubahan_both_sum_its_rows_is_left_out():
    # "2.17" Pagu 1.900 jt = 1.100 + 800 jt, Pagu Perubahan 2.000 jt = 1.200 + 800 jt (X.XX.01 raised
    # to 1.200 jt): two columns each its rows' sum, and different figures, a total row's, no chance.
    rows = [
        anggaran_row("2.17", BIDANG, "1.1", "1.900 jt", (None,) * 4, "2.000 jt"),
        anggaran_row("X.XX.01", "PROGRAM PENUNJANG", "1.1", "1.100 jt", ("100 jt", None, None, None), "1.200 jt"),
        anggaran_row("P0.3", "PROGRAM UMKM", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]  # fmt: skip
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["X.XX.01", "P0.3"]
    assert report.total_pagu == 2000 * M  # 1.200 (Pagu Perubahan) + 800 jt
    assert _left_out(report, "A2")


def test_a_program_whose_pagu_perubahan_alone_sums_its_neighbours_is_still_counted():
    # P0.1 Pagu 1.500 jt raised to 2.000 jt = 1.200 + 800 jt; its Pagu 1.500 is no sum: a program.
    rows = [
        anggaran_row("P0.1", "Program Penunjang Urusan", "1.1", "1.500 jt", (None,) * 4, "2.000 jt"),
        anggaran_row("P0.2", "Program Koperasi", "1.1", "1.200 jt", ("100 jt", None, None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["P0.1", "P0.2", "P0.3"]
    assert report.total_pagu == 4000 * M  # 2.000 + 1.200 + 800 jt


def test_a_row_above_a_program_counted_on_its_sum_is_pointed_out_too():
    # "A" 2.000 jt over P0.1 2.000 jt (counted: its Kode Sasaran, no sign of a heading) over P0.2
    # 1.200 jt + P0.3 800 jt. "A" equals P0.1 alone (equal pagu: no heading by itself) and the sum of
    # P0.2 and P0.3: counted as P0.1 is, but said at its Kode too, not counted without a word.
    rows = [
        anggaran_row("A", "Program Induk", "1.1", "2.000 jt"),
        anggaran_row("P0.1", "Program Penunjang Urusan", "1.1", "2.000 jt"),
        anggaran_row("P0.2", "Program Koperasi", "1.1", "1.200 jt", ("100 jt", None, None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    said = [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == ("Anggaran", "A2") and "sama dengan jumlah pagu" in f.pesan
    ]
    assert said and "P0.2 baris 4, P0.3 baris 5" in said[0], said


def test_a_program_over_two_others_whose_kode_begins_no_x_is_still_counted():
    # mend38's case with SIPD-like Kodes of its own scheme: "P0" is no number, X.XX stands for none.
    rows = [
        anggaran_row("P0", "Program Penunjang Urusan", "1.1", "2.000 jt"),
        anggaran_row("X.XX.01", "Program Koperasi", "1.1", "1.200 jt", ("100 jt", None, None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", "800 jt", ("50 jt", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["P0", "X.XX.01", "P0.3"]
    assert report.total_pagu == 4000 * M  # 2.000 + 1.200 + 800 jt


def test_a_program_spending_what_one_row_beside_it_spent_is_still_counted():
    # P0.1 2.000 jt = 1.200 + 800 jt (chance) and spent "50 jt" in TW I, as P0.3 did, P0.2 nothing
    # yet: equal spending of two programs is a chance too, no export's sum (that adds two figures or more).
    rows = [
        anggaran_row("P0.1", "Program Penunjang Urusan", "1.1", "2.000 jt", ("50 jt", None, None, None)),
        anggaran_row("P0.2", "Program Koperasi", "1.1", "1.200 jt", ("-", None, None, None)),
        anggaran_row("P0.3", "Program UMKM", "1.1", "800 jt", ("Rp 50.000.000", None, None, None)),
    ]
    report = run(_KINERJA, rows, triwulan=1)
    assert [b.kode for b in report.budgets] == ["P0.1", "P0.2", "P0.3"]
    # pagu 2.000 + 1.200 + 800 = 4.000 jt; spent 50 + 50 = 100 jt s.d. TW I
    assert (report.total_pagu, report.total_realisasi_anggaran) == (4000 * M, 100 * M)
    assert not _left_out(report, "A2")
