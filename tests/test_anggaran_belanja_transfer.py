"""Kelompok belanja typed in Anggaran that are no program (satuan52).

1. `5.4 Belanja Transfer` (SIPD's kelompok of Belanja Bagi Hasil 5.4.01 and Belanja Bantuan Keuangan
   5.4.02, to other governments and to desa: Permendagri 90/2019, budgeted by the SKPKD outside any
   program's Kegiatan, like `5.3 Belanja Tidak Terduga`) pasted under a program was told it is that
   program's rincian ("menurut Kode rekening belanjanya baris ini rincian program 2.17.03 ... hapus
   baris ini"), and the program's pagu and realisasi "tidak sama dengan jumlah rinciannya" twice. It is
   left out as BTT is, a peringatan at its Kode saying it is a kelompok belanja of its own.
2. `5.2 Belanja Modal` (a jenis belanja, never a program) typed as the only Anggaran row was counted as
   a program: Tabel 3.4's TOTAL Rp 500.000.000, realisasi Rp 50.000.000, 10 %. With Kinerja's programs
   lacking rows it may be their money: a galat, no TOTAL; with no program in Kinerja, left out.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    anggaran_three_programs,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, kinerja_row, run


@pytest.mark.parametrize(
    ("kode", "uraian"),
    [
        ("5.4", "Belanja Transfer"),
        ("5.4", "BELANJA TRANSFER"),
        ("5.4.01", "Belanja Bagi Hasil"),
        ("5.4.02", "Belanja Bantuan Keuangan"),
        ("5.4.02.05", "Belanja Bantuan Keuangan kepada Pemerintah Desa"),
        ("5.4.02.05.01.0001", "Bantuan Keuangan Khusus kepada Desa"),
    ],
)
@pytest.mark.parametrize("last", [False, True])
def test_belanja_transfer_is_no_rincian_of_the_program_above(kode, uraian, last):
    # Bantuan keuangan 500 jt, TW II 50 jt under 2.17.03 (or under the last program, 3.30.03)
    transfer = anggaran_row(kode, uraian, None, "500.000.000", (None, "50.000.000", None, None))
    three = anggaran_three_programs()
    rows = [*three, transfer] if last else [three[0], transfer, *three[1:]]
    report = run(kinerja_three_programs(), rows)
    at = "A5" if last else "A3"
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "Belanja Transfer" in said[at] and "kelompok belanja tersendiri" in said[at], said[at]
    assert "bukan rincian program" in said[at] and "rincian program 2.17.03" not in said[at], said[at]
    assert not [m for m in said.values() if "jumlah rinciannya" in m], said  # no program compared with it
    assert not findings_by_cell(report, "Anggaran", GALAT)
    # Tabel 3.4 counts the three programs only (the seed's 10.194.300.230 and 1.371.490.750)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)


def test_belanja_transfer_with_its_kode_sasaran_stays_counted():
    # typed for Sasaran 1.1 (the agency counts its bantuan keuangan toward it): a row of its own, as BTT
    transfer = anggaran_row("5.4", "Belanja Transfer", "1.1", "500.000.000", (None, "50.000.000", None, None))
    report = run(kinerja_three_programs(), [*anggaran_three_programs(), transfer])
    assert [b.kode for b in report.budgets if b.kode == "5.4"] == ["5.4"]
    # 10.194.300.230 + 500.000.000 = 10.694.300.230
    assert report.total_pagu == THREE_PROGRAMS_PAGU + 500_000_000


def test_another_5_4_row_is_not_taken_for_belanja_transfer():
    # a Kode 5.4 whose Uraian names no transfer (a program row of its own, typed in Kinerja too): counted
    kinerja = [*kinerja_three_programs(), kinerja_row("5.4", "Program", "1.1", "PROGRAM LAIN", "I D", 100, (None, 40, None, None))]  # fmt: skip
    row = anggaran_row("5.4", "PROGRAM LAIN", None, "500.000.000", (None, "50.000.000", None, None))
    report = run(kinerja, [*anggaran_three_programs(), row])
    assert report.total_pagu == THREE_PROGRAMS_PAGU + 500_000_000  # 10.694.300.230


@pytest.mark.parametrize(
    ("kode", "uraian"), [("5.2", "Belanja Modal"), ("5.2", "BELANJA MODAL"), ("5.1", "Belanja Operasi")]
)
def test_a_jenis_belanja_alone_is_never_a_program(kode, uraian):
    # the Anggaran's only row, Kinerja's three programs without one: maybe their money, whose is unknown
    row = anggaran_row(kode, uraian, None, "500.000.000", (None, "50.000.000", None, None))
    report = run(kinerja_three_programs(), [row])
    # was a program: TOTAL Rp 500.000.000, 10 %; now kept with its galat, no figure of it counted
    assert [b.pagu for b in report.budgets if b.kode == kode] == [None]
    said = findings_by_cell(report, "Anggaran", GALAT)
    assert "bukan program" in said["A2"] and "tidak punya baris di sheet Anggaran" in said["A2"], said
    assert report.total_pagu is None and report.total_realisasi_anggaran is None


def test_two_jenis_belanja_alone_are_both_said():
    # 5.1 Belanja Operasi 400 jt and 5.2 Belanja Modal 100 jt: neither a program, each said
    rows = [
        anggaran_row("5.1", "Belanja Operasi", None, "400.000.000", (None, "40.000.000", None, None)),
        anggaran_row("5.2", "Belanja Modal", None, "100.000.000", (None, "10.000.000", None, None)),
    ]
    report = run(kinerja_three_programs(), rows)
    assert [b.pagu for b in report.budgets] == [None, None]
    said = findings_by_cell(report, "Anggaran", GALAT)
    assert {"A2", "A3"} <= said.keys(), said
    assert report.total_pagu is None


def test_a_jenis_belanja_alone_without_programs_in_kinerja_is_left_out():
    # Kinerja with a Tujuan and a Sasaran only: no program whose money the line may be; left out
    kinerja = kinerja_three_programs()[:2]
    row = anggaran_row("5.2", "Belanja Modal", None, "500.000.000", (None, "50.000.000", None, None))
    report = run(kinerja, [row])
    assert not report.budgets
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "bukan program" in said["A2"] and "tidak masuk total Tabel 3.4" in said["A2"], said
    assert not findings_by_cell(report, "Anggaran", GALAT)
