"""Staff round 21: the SIPD export copied into Anggaran under programs of the agency's own Kode, and SIPD
heading rows that are real programs; Triwulan II 2025, the seed's budget rows (Tabel 3.4, seed ~949-968)
as tests/test_staff_round20_anggaran.py sets them up; every figure by hand (Fraction).

Found wrong, and tested here:
- Kegiatan rows typed with the agency's own Kode scheme ("K3.01.01" under program P3.01, neither its
  Kode extended nor SIPD's five-part shape) were counted as programs: Tabel 3.4's TOTAL too high.
- a real program not in Kinerja named "Belanja ..." whose pagu equals the one row below it was taken
  for a SIPD heading and left out, though its Kode Sasaran says it counts toward a Sasaran.
- the single-heading rule ignored Kode Sasaran, which no SIPD heading row has.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    anggaran_findings,
    anggaran_three_programs,
    assert_only_the_programs_counted,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run

_OWN = ("P3.01", "P3.02", "P4.02")  # the example's program Kodes


def _own_kegiatan(second_pagu: int = 1_578_850_965) -> list[list]:
    """P3.01's two Kegiatan with the agency's own Kode, as round 20's: 2.000.000.000 spent 40.000.000 +
    60.000.000 (its one Sub Kegiatan K3.01.01.01 the same), and ``second_pagu`` spent 7.853.500 +
    50.000.000; with 1.578.850.965 they add up to P3.01's 3.578.850.965 and 157.853.500."""
    return [
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan", None, 2_000_000_000, (40_000_000, 60_000_000, None, None)),
        anggaran_row("K3.01.01.01", "Sub Kegiatan pendataan", None, 2_000_000_000, (40_000_000, 60_000_000, None, None)),
        anggaran_row("K3.01.02", "Kegiatan kemitraan", None, second_pagu, (7_853_500, 50_000_000, None, None)),
    ]  # fmt: skip


def test_kegiatan_with_the_agencys_own_kode_below_their_program_are_left_out():
    # Counted as programs, the TOTAL was 10.194.300.230 + 2.000.000.000 + 2.000.000.000 + 1.578.850.965
    # = 15.773.151.195. "K3.01.01" extends P3.01's numbers (3.01) and its Uraian says Kegiatan; the two
    # Kegiatan add up to P3.01 exactly (2.000.000.000 + 1.578.850.965 = 3.578.850.965): details.
    a, b, c = anggaran_three_programs(*_OWN)
    report = run(kinerja_three_programs(*_OWN), [a, *_own_kegiatan(), b, c])  # P3.01 row 2, details rows 3-5
    assert_only_the_programs_counted(report, _OWN)
    said = anggaran_findings(report)
    # the Kegiatan add up to P3.01 exactly, the Sub Kegiatan to its Kegiatan: quiet since stop 53
    # (anggaran62, core/rincian_breakdown.py: Kegiatan rows not in Kinerja whose pagu and realisasi add up exactly to their parent's are its breakdown, left out without a word; the figures are as before)
    assert not said, said
    assert not [f for f in report.findings if f.severity == GALAT]


def test_kegiatan_known_only_by_their_uraian_are_left_out_too():
    # Kodes that share nothing with P3.01's ("KEG-1", "KEG-2"): the Uraian says Kegiatan, right below the
    # program, 2.000.000.000 + 1.578.850.965 = 3.578.850.965 its pagu. Left out, the reason named.
    a, b, c = anggaran_three_programs(*_OWN)
    first = anggaran_row(
        "KEG-1", "Kegiatan pemberdayaan", None, 2_000_000_000, (40_000_000, 60_000_000, None, None)
    )
    second = anggaran_row(
        "KEG-2", "KEGIATAN KEMITRAAN", None, 1_578_850_965, (7_853_500, 50_000_000, None, None)
    )
    report = run(kinerja_three_programs(*_OWN), [a, first, second, b, c])
    assert_only_the_programs_counted(report, _OWN)
    said = anggaran_findings(report)
    # 2.000.000.000 + 1.578.850.965 = P3.01's pagu, 40.000.000 + 60.000.000 + 7.853.500 + 50.000.000 its
    # realisasi: quiet since stop 53 (anggaran62, core/rincian_breakdown.py: Kegiatan rows not in Kinerja whose pagu and realisasi add up exactly to their parent's are its breakdown, left out without a word; the figures are as before)
    assert not said, said


def test_a_kegiatan_row_adding_above_its_program_is_counted_with_a_peringatan():
    # The second Kegiatan 1.600.000.000: 2.000.000.000 + 1.600.000.000 = 3.600.000.000 is above P3.01's
    # 3.578.850.965, so it is no detail of it: counted (never drop a real program), the TOTAL
    # 10.194.300.230 + 1.600.000.000 = 11.794.300.230, and said at its Kode. The first one fits (left
    # out), so P3.01's details add up to 2.000.000.000, 1.578.850.965 short: said at its pagu (D2).
    a, b, c = anggaran_three_programs(*_OWN)
    report = run(kinerja_three_programs(*_OWN), [a, *_own_kegiatan(second_pagu=1_600_000_000), b, c])
    assert [x.kode for x in report.budgets] == ["P3.01", "K3.01.02", "P3.02", "P4.02"]
    assert report.total_pagu == THREE_PROGRAMS_PAGU + 1_600_000_000
    assert report.total_realisasi_anggaran == THREE_PROGRAMS_SPENT + 7_853_500 + 50_000_000
    said = anggaran_findings(report)
    counted = said["A5"].pesan
    assert said["A5"].severity == PERINGATAN and "dihitung sebagai program" in counted, counted
    assert "Rp 1.600.000.000" in counted and "Rp 1.578.850.965" in counted and "P3.01" in counted, counted
    assert "lebih Rp 1.578.850.965" in said["D2"].pesan  # 3.578.850.965 - 2.000.000.000


def test_a_kegiatan_named_row_with_a_kode_sasaran_is_counted_with_a_peringatan():
    # A Kode Sasaran says the row counts toward Sasaran 1.1: a program, whatever its name; counted,
    # toward 1.1 (the Sasaran's pagu 10.194.300.230 + 1.578.850.965), and said it may be a rincian.
    a, b, c = anggaran_three_programs(*_OWN)
    row = anggaran_row(
        "K3.01.02", "Kegiatan kemitraan", "1.1", 1_578_850_965, (7_853_500, 50_000_000, None, None)
    )
    report = run(kinerja_three_programs(*_OWN), [a, row, b, c])
    assert [x.kode for x in report.budgets] == ["P3.01", "K3.01.02", "P3.02", "P4.02"]
    sasaran = report.efisiensi[1]
    assert sasaran.pagu == THREE_PROGRAMS_PAGU + 1_578_850_965
    said = anggaran_findings(report)
    assert set(said) == {"A3"} and "Kode Sasaran" in said["A3"].pesan, said


def test_a_real_belanja_program_with_a_kode_sasaran_is_counted():
    # "Belanja Pegawai ..." (not in Kinerja) with the pagu and spending of P3.02 right below it (82.706.300 /
    # 1.800.000) and a Kode Sasaran: a program, no SIPD heading. The TOTAL 10.194.300.230 + 82.706.300 =
    # 10.277.006.530, Sasaran 1.1's the same (every program counts toward it).
    a, b, c = anggaran_three_programs(*_OWN)
    belanja = anggaran_row("P3.05", "Belanja Pegawai ASN", "1.1", 82_706_300, (None, 1_800_000, None, None))
    report = run(kinerja_three_programs(*_OWN), [a, belanja, b, c])
    assert [x.kode for x in report.budgets] == ["P3.01", "P3.05", "P3.02", "P4.02"]
    assert report.total_pagu == THREE_PROGRAMS_PAGU + 82_706_300
    assert report.total_realisasi_anggaran == THREE_PROGRAMS_SPENT + 1_800_000
    assert report.efisiensi[1].pagu == THREE_PROGRAMS_PAGU + 82_706_300
    assert not anggaran_findings(report), anggaran_findings(report)


def test_a_belanja_program_whose_kode_is_no_sipd_account_is_counted():
    # No Kode Sasaran, but Kode "P3.05": SIPD's Belanja rows carry account Kode 5 ("5", "5.1", "5.1.02"); a
    # Belanja named row of another Kode is a program. Counted (toward no Sasaran): 10.194.300.230 + 82.706.300.
    a, b, c = anggaran_three_programs(*_OWN)
    belanja = anggaran_row("P3.05", "Belanja Pegawai ASN", None, 82_706_300, (None, 1_800_000, None, None))
    report = run(kinerja_three_programs(*_OWN), [a, belanja, b, c])
    assert [x.kode for x in report.budgets] == ["P3.01", "P3.05", "P3.02", "P4.02"]
    assert report.total_pagu == THREE_PROGRAMS_PAGU + 82_706_300


def test_a_single_row_heading_with_a_kode_sasaran_and_its_signs_is_left_out():
    # "3.30 URUSAN PEMERINTAHAN BIDANG PERDAGANGAN" above its one program 3.30.03 with the same pagu
    # 6.532.742.965, Kode Sasaran 1.1 typed on it. This test asserted it counted (10.194.300.230 +
    # 6.532.742.965: the program's money twice in the TOTAL and the Sasaran's pagu). Changed (rev2budget):
    # a Kode Sasaran filled down the column over a SIPD paste is real (tests/test_heading_kode_sasaran.py
    # leaves such a heading out over two programs), and its Uraian names a Bidang Urusan and its Kode
    # begins the program's, which no program shows by chance: left out over one program too, said at its
    # Kode (A4). The TOTAL: the three programs once, 10.194.300.230 (helpers_anggaran).
    a, b, c = anggaran_three_programs()
    bidang = anggaran_row("3.30", "URUSAN PEMERINTAHAN BIDANG PERDAGANGAN", "1.1", 6_532_742_965)
    report = run(kinerja_three_programs(), [a, b, bidang, c])
    assert_only_the_programs_counted(report)
    assert "tidak dihitung" in anggaran_findings(report)["A4"].pesan


def test_a_sipd_belanja_total_of_one_program_is_still_left_out():
    # "5 BELANJA DAERAH" below P3.02 alone (82.706.300 / 1.800.000), no Kode Sasaran: SIPD's closing total.
    a, b, c = anggaran_three_programs(*_OWN)
    belanja = anggaran_row("5", "BELANJA DAERAH", None, 82_706_300, (None, 1_800_000, None, None))
    report = run(kinerja_three_programs(*_OWN), [a, c, b, belanja])
    assert [x.kode for x in report.budgets] == ["P3.01", "P4.02", "P3.02"]
    assert (
        report.total_pagu == THREE_PROGRAMS_PAGU and report.total_realisasi_anggaran == THREE_PROGRAMS_SPENT
    )
    assert set(anggaran_findings(report)) == {"A5"}


def test_below_a_kegiatan_of_kinerja_a_sub_kegiatan_is_its_detail_a_kegiatan_is_not():
    # Kinerja lists P3.01's Kegiatan K3.01.01 (indicator 40 of 100); Anggaran has P3.01 (3.578.850.965),
    # K3.01.01 (2.000.000.000, a rincian of P3.01 counted once), then "SUB-1 Sub Kegiatan pendataan"
    # 2.000.000.000 (its detail: fits in K3.01.01's 2.000.000.000, left out) and "KEG-2 Kegiatan
    # kemitraan" 1.578.850.965: a Kegiatan below a Kegiatan is its sibling, no detail of it: counted.
    # The TOTAL: 10.194.300.230 + 1.578.850.965 = 11.773.151.195.
    from tests.test_engine import kinerja_row

    kinerja = [
        *kinerja_three_programs(*_OWN),
        kinerja_row("K3.01.01", "Kegiatan", "P3.01", "Pemberdayaan", "I K", 100, (None, 40, None, None)),
    ]
    a, b, c = anggaran_three_programs(*_OWN)
    kegiatan = anggaran_row(
        "K3.01.01", "Kegiatan pemberdayaan", None, 2_000_000_000, (40_000_000, 60_000_000, None, None)
    )
    sub = anggaran_row(
        "SUB-1", "Sub Kegiatan pendataan", None, 2_000_000_000, (40_000_000, 60_000_000, None, None)
    )
    sibling = anggaran_row(
        "KEG-2", "Kegiatan kemitraan", None, 1_578_850_965, (7_853_500, 50_000_000, None, None)
    )
    report = run(kinerja, [a, kegiatan, sub, sibling, b, c])  # rows 2-7
    assert [x.kode for x in report.budgets] == ["P3.01", "KEG-2", "P3.02", "P4.02"]
    assert report.total_pagu == THREE_PROGRAMS_PAGU + 1_578_850_965
    said = anggaran_findings(report)
    # SUB-1 adds up to K3.01.01 exactly: quiet since stop 53 (anggaran62, core/rincian_breakdown.py: Kegiatan rows not in Kinerja whose pagu and realisasi add up exactly to their parent's are its breakdown, left out without a word; the figures are as before)
    assert "A4" not in said, said["A4"].pesan
    assert "A5" not in said, said["A5"].pesan  # KEG-2: only "not in Kinerja" at its Kode Sasaran
    assert "C5" in said


def test_a_belanja_daerah_total_pasted_without_its_kode_is_a_total_row():
    # SIPD's closing "5 BELANJA DAERAH" pasted without its Kode "5" (found by the rekap7 round): the
    # programs' sums, 10.194.300.230 pagu and 47.853.500 + 110.000.000 + 1.800.000 + 1.211.837.250 =
    # 1.371.490.750 spent s.d. TW II (TW I 47.853.500, TW II 1.323.637.250). It was a galat "Kode
    # program kosong" that left the whole budget unknown (no TOTAL, no penyerapan, in rekap too); as a
    # "JUMLAH" row it is a total: not counted, said at its Program cell.
    belanja = anggaran_row(
        "", "BELANJA DAERAH", None, 10_194_300_230, (47_853_500, 1_323_637_250, None, None)
    )
    report = run(
        kinerja_three_programs(), [*anggaran_three_programs(), belanja]
    )  # programs rows 2-4, the total row 5
    assert_only_the_programs_counted(report)
    said = anggaran_findings(report)
    assert set(said) == {"B5"} and said["B5"].severity == PERINGATAN, said
    assert "baris jumlah" in said["B5"].pesan
    assert not [f for f in report.findings if f.severity == GALAT]
