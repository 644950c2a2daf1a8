"""A Program of Kinerja made of its SIPD Kegiatan rows (no row of its own, README "Anggaran") whose
Kegiatan have the DPA's jenis belanja lines pasted under them (`5.1 Belanja Operasi` under
`2.17.04.2.01`): those lines are the Kegiatan's rincian, never compared with the program's sum.

Before the fix the program made of its two Kegiatan (50.000.000 + 32.706.300) stood where the first
Kegiatan stood and the `5.1` line below it was taken for the whole program's only rincian: a peringatan
said the program's Pagu `tidak sama dengan jumlah rinciannya di bawahnya (Rp 50.000.000: 5.1 baris 4),
lebih Rp 32.706.300` and its TW II spending `lebih Rp 800.000`, figures that add up, telling staff to
change them.

Figures: the seed's Tabel 3.4 (seed ~949-968): P3.01 3.578.850.965 (spent 157.853.500), P3.02
82.706.300 (spent 1.800.000), P4.02 6.532.742.965 (spent 1.211.837.250), under SIPD's Kodes 2.17.03,
2.17.04 and 3.30.03; P3.02 typed only as two Kegiatan, split by hand: 50.000.000 (spent 1.000.000 in
TW II) + 32.706.300 (spent 800.000 in TW II) = 82.706.300 / 1.800.000."""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    UMKM,
    anggaran_said,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run


def _rows(belanja: list[list]) -> list[list]:
    """2.17.03 (row 2), 2.17.04's first Kegiatan (row 3) with ``belanja`` under it (rows 4...), its
    second Kegiatan, then 3.30.03."""
    return [
        anggaran_row("2.17.03", UMKM, None, "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
        anggaran_row("2.17.04.2.01", "Pengembangan Kapasitas Usaha Mikro", None, "50.000.000", (None, "1.000.000", None, None)),
        *belanja,
        anggaran_row("2.17.04.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "800.000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "Rp 6.532.742.965", (None, "1.211.837.250", None, None)),
    ]  # fmt: skip


def _check_program(report) -> None:
    """The program made of its two Kegiatan, the belanja lines counted nowhere: Tabel 3.4's TOTAL,
    the Sasaran's and Tujuan's pagu and realisasi are the three programs' (10.194.300.230 /
    1.371.490.750)."""
    assert [b.kode for b in report.budgets] == ["2.17.03", "2.17.04", "3.30.03"]
    made = report.budgets[1]
    assert made.pagu_exact == Fraction(82_706_300)  # 50.000.000 + 32.706.300
    assert made.realisasi_exact == Fraction(1_800_000)  # 1.000.000 + 800.000
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)


def test_a_kegiatans_belanja_line_is_its_rincian_not_the_whole_programs():
    # 5.1 of 50.000.000 (spent 1.000.000 in TW II): exactly its Kegiatan's figures.
    belanja = [anggaran_row("5.1", "Belanja Operasi", None, "50.000.000", (None, "1.000.000", None, None))]
    report = run(kinerja_three_programs(), _rows(belanja))
    _check_program(report)
    said = anggaran_said(report, "peringatan")
    assert not any("tidak sama dengan jumlah rinciannya" in m for m in said.values()), said
    assert "rincian" in said["A4"] and "tidak dihitung" in said["A4"]
    assert "2.17.04.2.01" in said["A4"]  # the Kegiatan it details, not only the program


def test_belanja_lines_not_adding_up_to_their_kegiatan_are_said_at_the_kegiatan():
    # 5.1 30.000.000 + 5.2 15.000.000 = 45.000.000 under a Kegiatan of 50.000.000: 5.000.000 apart;
    # spent 400.000 + 500.000 = 900.000 of its 1.000.000: 100.000 apart. The program's sum is still
    # its two Kegiatan's.
    belanja = [
        anggaran_row("5.1", "Belanja Operasi", None, "30.000.000", (None, "400.000", None, None)),
        anggaran_row("5.2", "Belanja Modal", None, "15.000.000", (None, "500.000", None, None)),
    ]
    report = run(kinerja_three_programs(), _rows(belanja))
    _check_program(report)
    said = anggaran_said(report, "peringatan")
    assert "kegiatan 2.17.04.2.01" in said["D3"] and "Rp 45.000.000" in said["D3"]
    assert "Rp 5.000.000" in said["D3"]
    assert "kegiatan 2.17.04.2.01" in said["G3"] and "Rp 900.000" in said["G3"]
    assert "Rp 100.000" in said["G3"]
    assert not any("program 2.17.04 (" in m and "tidak sama dengan" in m for m in said.values()), said


def test_a_block_adding_up_to_the_program_below_stays_that_programs():
    # 5.1 20.000.000 + 5.2 10.000.000 = 30.000.000, the pagu of 3.30.03 right below (here 30.000.000,
    # spent 1.000.000 + 500.000 = 1.500.000 in TW II, as its row): its DPA block pasted above its row,
    # though it would fit in the last Kegiatan's 32.706.300 (whose 800.000 it does not match).
    rows = [
        anggaran_row("2.17.03", UMKM, None, "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
        anggaran_row("2.17.04.2.01", "Pengembangan Kapasitas Usaha Mikro", None, "50.000.000", (None, "1.000.000", None, None)),
        anggaran_row("2.17.04.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "800.000", None, None)),
        anggaran_row("5.1", "Belanja Operasi", None, "20.000.000", (None, "1.000.000", None, None)),
        anggaran_row("5.2", "Belanja Modal", None, "10.000.000", (None, "500.000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "30.000.000", (None, "1.500.000", None, None)),
    ]  # fmt: skip
    report = run(kinerja_three_programs(), rows)
    assert [b.kode for b in report.budgets] == ["2.17.03", "2.17.04", "3.30.03"]
    # 3.578.850.965 + 82.706.300 + 30.000.000; spent 157.853.500 + 1.800.000 + 1.500.000
    assert report.total_pagu == Fraction(3_691_557_265)
    assert report.total_realisasi_anggaran == Fraction(161_153_500)
    said = anggaran_said(report, "peringatan")
    assert not any("tidak sama dengan jumlah rinciannya" in m for m in said.values()), said
    assert "3.30.03" in said["A5"] and "kegiatan 2.17.04.2.02" not in said["A5"]


def test_belanja_lines_under_a_sub_kegiatan_are_its_rincian():
    # Kegiatan 2.17.04.2.01 (50.000.000) > Sub Kegiatan .0001 (50.000.000) > 5.1 30.000.000 (over its
    # 5.1.02 30.000.000) + 5.2 15.000.000 = 45.000.000: 5.000.000 short of the Sub Kegiatan, said at
    # its cell (row 4) as a sub kegiatan's; the program is still its two Kegiatan (82.706.300).
    belanja = [
        anggaran_row("2.17.04.2.01.0001", "Sub Kegiatan Pelatihan", None, "50.000.000", (None, "1.000.000", None, None)),
        anggaran_row("5.1", "Belanja Operasi", None, "30.000.000", (None, "600.000", None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", None, "30.000.000", (None, "600.000", None, None)),
        anggaran_row("5.2", "Belanja Modal", None, "15.000.000", (None, "400.000", None, None)),
    ]  # fmt: skip
    report = run(kinerja_three_programs(), _rows(belanja))
    _check_program(report)
    said = anggaran_said(report, "peringatan")
    for cell in ("A5", "A6", "A7"):
        assert "rincian sub kegiatan 2.17.04.2.01.0001" in said[cell] and "tidak dihitung" in said[cell]
    assert "sub kegiatan 2.17.04.2.01.0001" in said["D4"] and "Rp 45.000.000" in said["D4"]
    assert "Rp 5.000.000" in said["D4"]
    assert "G4" not in said  # 600.000 + 400.000 = 1.000.000, its own spending
    assert not any("program 2.17.04 (" in m and "tidak sama dengan" in m for m in said.values()), said


def test_a_dpa_block_from_before_the_apbd_p_under_its_kegiatan():
    # Kegiatan 2.17.04.2.01: Pagu 50.000.000, Pagu Perubahan 45.000.000; under it the DPA from before
    # the APBD-P, 5.1 30.000.000 + 5.2 20.000.000 = 50.000.000 (its Pagu), spent 600.000 + 400.000 =
    # 1.000.000 (its own). The program: 45.000.000 + 32.706.300 = 77.706.300, spent 1.800.000. Before
    # the fix the block was compared with the whole program ('lebih Rp 27.706.300', 'lebih Rp 800.000').
    rows = [
        anggaran_row("2.17.03", UMKM, None, "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
        anggaran_row("2.17.04.2.01", "Pengembangan Kapasitas Usaha Mikro", None, "50.000.000", (None, "1.000.000", None, None), "45.000.000"),
        anggaran_row("5.1", "Belanja Operasi", None, "30.000.000", (None, "600.000", None, None)),
        anggaran_row("5.2", "Belanja Modal", None, "20.000.000", (None, "400.000", None, None)),
        anggaran_row("2.17.04.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "800.000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "Rp 6.532.742.965", (None, "1.211.837.250", None, None)),
    ]  # fmt: skip
    report = run(kinerja_three_programs(), rows)
    made = report.budgets[1]
    assert (made.kode, made.pagu_exact, made.realisasi_exact) == (
        "2.17.04",
        Fraction(77_706_300),
        Fraction(1_800_000),
    )
    assert report.total_pagu == Fraction(3_578_850_965 + 77_706_300 + 6_532_742_965)
    assert report.total_realisasi_anggaran == THREE_PROGRAMS_SPENT
    said = anggaran_said(report, "peringatan")
    assert not any("tidak sama dengan jumlah rinciannya" in m for m in said.values()), said
    assert "rincian kegiatan 2.17.04.2.01" in said["A4"] and "rincian kegiatan 2.17.04.2.01" in said["A5"]
