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

from tests.test_engine import anggaran_row, run
from tests.test_staff_round20_anggaran import (
    _PAGU,
    _SPENT,
    _anggaran,
    _kinerja,
    _programs,
)

_OWN = ("P3.01", "P3.02", "P4.02")  # the example's program Kodes


def test_a_real_belanja_program_with_a_kode_sasaran_is_counted():
    # "Belanja Pegawai ..." (not in Kinerja) with the pagu and spending of P3.02 right below it (82.706.300 /
    # 1.800.000) and a Kode Sasaran: a program, no SIPD heading. The TOTAL 10.194.300.230 + 82.706.300 =
    # 10.277.006.530, Sasaran 1.1's the same (every program counts toward it).
    a, b, c = _programs(*_OWN)
    belanja = anggaran_row("P3.05", "Belanja Pegawai ASN", "1.1", 82_706_300, (None, 1_800_000, None, None))
    report = run(_kinerja(*_OWN), [a, belanja, b, c])
    assert [x.kode for x in report.budgets] == ["P3.01", "P3.05", "P3.02", "P4.02"]
    assert report.total_pagu == _PAGU + 82_706_300
    assert report.total_realisasi_anggaran == _SPENT + 1_800_000
    assert report.efisiensi[1].pagu == _PAGU + 82_706_300
    assert not _anggaran(report), _anggaran(report)


def test_a_belanja_program_whose_kode_is_no_sipd_account_is_counted():
    # No Kode Sasaran, but Kode "P3.05": SIPD's Belanja rows carry account Kode 5 ("5", "5.1", "5.1.02"); a
    # Belanja named row of another Kode is a program. Counted (toward no Sasaran): 10.194.300.230 + 82.706.300.
    a, b, c = _programs(*_OWN)
    belanja = anggaran_row("P3.05", "Belanja Pegawai ASN", None, 82_706_300, (None, 1_800_000, None, None))
    report = run(_kinerja(*_OWN), [a, belanja, b, c])
    assert [x.kode for x in report.budgets] == ["P3.01", "P3.05", "P3.02", "P4.02"]
    assert report.total_pagu == _PAGU + 82_706_300


def test_a_single_row_heading_with_a_kode_sasaran_is_a_program():
    # "3.30" above its one program 3.30.03 with the same pagu 6.532.742.965 was left out as a Bidang
    # Urusan; with Kode Sasaran 1.1 (no SIPD heading has one) it is counted: 10.194.300.230 + 6.532.742.965.
    a, b, c = _programs()
    bidang = anggaran_row("3.30", "URUSAN PEMERINTAHAN BIDANG PERDAGANGAN", "1.1", 6_532_742_965)
    report = run(_kinerja(), [a, b, bidang, c])
    assert [x.kode for x in report.budgets] == ["2.17.03", "2.17.04", "3.30", "3.30.03"]
    assert report.total_pagu == _PAGU + 6_532_742_965
    assert report.efisiensi[1].pagu == _PAGU + 6_532_742_965


def test_a_sipd_belanja_total_of_one_program_is_still_left_out():
    # "5 BELANJA DAERAH" below P3.02 alone (82.706.300 / 1.800.000), no Kode Sasaran: SIPD's closing total.
    a, b, c = _programs(*_OWN)
    belanja = anggaran_row("5", "BELANJA DAERAH", None, 82_706_300, (None, 1_800_000, None, None))
    report = run(_kinerja(*_OWN), [a, c, b, belanja])
    assert [x.kode for x in report.budgets] == ["P3.01", "P4.02", "P3.02"]
    assert report.total_pagu == _PAGU and report.total_realisasi_anggaran == _SPENT
    assert set(_anggaran(report)) == {"A5"}
