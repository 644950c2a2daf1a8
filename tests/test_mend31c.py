"""Mend of staff round 31 (Anggaran: the DPA's jenis belanja rows under a program counted as its rincian),
after review; every figure by hand with Fraction.

- A "5.1.01 Belanja Pegawai" row with a Kode Sasaran typed below the programs (an agency's own budget
  line, the salaries, meant for that Sasaran) was dropped as a rincian of the program above whenever its
  pagu fitted in that program's: Tabel 3.4's TOTAL and the Sasaran's budget lost it, and the figures
  depended on the row's place (typed above the programs it counted). A DPA / SIPD paste carries no Kode
  Sasaran: such a row is counted, a peringatan saying it looks like a jenis belanja.
- Bappeda / BPKAD / BKPSDM, whose program Kodes begin "5.01" / "5.02" (Permendagri 90's bidang with its
  leading zero), had their program rows taken for jenis belanja: the DPA's "5.1" under their second
  program was a Kode ganda galat, every total unknown.
- A Kegiatan of a numbered Kinerja named "Belanja ..." (5.1.1.1 under program 5.1.1) was told to be a
  "rincian belanja DPA".

Grids as tests/test_staff_round31_anggaran.py's: Anggaran's data from row 2, A Kode, C Kode Sasaran, D Pagu,
G TW II.
"""

from __future__ import annotations

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.rowkinds import belanja_kode
from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    USAHA_MIKRO_PAGU,
    USAHA_MIKRO_SPENT,
    anggaran_said,
    assert_s3_totals,
    run_usaha_mikro,
    s3_row,
    tw2_row,
    usaha_mikro_rows,
)
from tests.test_engine import kinerja_row

# The seed's two programs of Sasaran S3 (Tabel 3.4, seed ~949-968), P3.02 typed first.
_P301, _P302 = usaha_mikro_rows()


def test_a_belanja_pegawai_line_with_a_kode_sasaran_below_the_programs_is_counted():
    # Gaji 1.200.000.000 (spent 550.000.000) for S3 below P3.01 (3.578.850.965): it fits in P3.01's pagu,
    # and on main it was dropped as P3.01's rincian (TOTAL 3.661.557.265). Counted: 3.661.557.265 +
    # 1.200.000.000 = 4.861.557.265, spent 159.653.500 + 550.000.000 = 709.653.500.
    gaji = s3_row("5.1.01", "Belanja Pegawai (gaji dan tunjangan ASN)", 1_200_000_000, 550_000_000)
    report = run_usaha_mikro([_P302, _P301, gaji])
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == ["P3.02", "P3.01", "5.1.01"]
    assert_s3_totals(report, USAHA_MIKRO_PAGU + 1_200_000_000, USAHA_MIKRO_SPENT + 550_000_000)
    said = anggaran_said(report, PERINGATAN)
    assert 'Kode Sasaran ("S3")' in said["A4"] and "belanja" in said["A4"], said["A4"]
    assert "dihitung" in said["A4"] and "tidak dihitung" not in said["A4"], said["A4"]
    assert not {"D3", "G3"} & set(said), said  # P3.01 has no rincian to add up
    # Typed above the programs: the same figures (the row's place decides nothing).
    above = run_usaha_mikro([gaji, _P302, _P301])
    assert_s3_totals(above, USAHA_MIKRO_PAGU + 1_200_000_000, USAHA_MIKRO_SPENT + 550_000_000)


def test_two_jenis_belanja_lines_with_a_kode_sasaran_under_a_program_are_both_counted():
    # 5.1.01 300.000.000 (spent 100.000.000) and 5.1.02 200.000.000 (spent 50.000.000), both for S3, under
    # P3.01: 300.000.000 + 200.000.000 = 500.000.000 fits in its 3.578.850.965 (main dropped both).
    # TOTAL 3.661.557.265 + 500.000.000 = 4.161.557.265, spent 159.653.500 + 150.000.000 = 309.653.500.
    rows = [
        _P302,
        _P301,
        s3_row("5.1.01", "Belanja Pegawai", 300_000_000, 100_000_000),
        s3_row("5.1.02", "Belanja Barang dan Jasa", 200_000_000, 50_000_000),
    ]
    report = run_usaha_mikro(rows)
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert_s3_totals(report, USAHA_MIKRO_PAGU + 500_000_000, USAHA_MIKRO_SPENT + 150_000_000)


def test_the_dpa_paste_without_a_kode_sasaran_stays_rincian():
    # The same 5.1.01 without a Kode Sasaran: the DPA's belanja of P3.01, in its figures (the seed's).
    rows = [_P302, _P301, tw2_row("5.1.01", "Belanja Pegawai", 1_200_000_000, 550_000_000)]
    report = run_usaha_mikro(rows)
    assert_s3_totals(report, USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    assert "tidak dihitung" in anggaran_said(report, PERINGATAN)["A4"]


def test_a_jenis_belanja_line_with_a_kode_sasaran_summing_the_programs_is_said_once():
    # 5.1.02 for S3 typed 3.661.557.265 (spent 159.653.500) below P3.02 and P3.01: exactly their sum
    # (82.706.300 + 3.578.850.965; 1.800.000 + 157.853.500), a total left out as before round 31 (the
    # seed's figures); one peringatan at A4 saying so, none saying it is counted.
    rows = [_P302, _P301, s3_row("5.1.02", "Belanja Barang dan Jasa", USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)]
    report = run_usaha_mikro(rows)
    assert_s3_totals(report, USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = [f.pesan for f in report.findings if f.sheet == "Anggaran" and f.sel == "A4"]
    assert len(said) == 1 and "tidak dihitung" in said[0], said


def test_a_jenis_belanja_account_has_one_non_zero_digit_after_5():
    assert belanja_kode("5.1") and belanja_kode("5.2") and belanja_kode("5.1.02.01.01.0024")
    # Permendagri 90's bidang of Bappeda / BPKAD / BKPSDM and their programs: a leading zero.
    assert not belanja_kode("5.01") and not belanja_kode("5.01.02") and not belanja_kode("5.02.01.2.01")


def _tree(tujuan: str, sasaran: str, *programs: tuple[str, str]) -> list[list]:
    """Kinerja: Tujuan > Sasaran > the (Kode, Uraian) ``programs``; every indicator 40 of 100."""
    tw = (None, 40, None, None)
    return [
        kinerja_row(tujuan, "Tujuan", "", "Tujuan", "I T", 100, tw),
        kinerja_row(sasaran, "Sasaran", tujuan, "Sasaran", "I S", 100, tw),
        *(kinerja_row(kode, "Program", sasaran, uraian, f"I {kode}", 100, tw) for kode, uraian in programs),
    ]


_PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
_PERENCANAAN = "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH"


def test_bappeda_programs_5_01_with_the_dpa_pasted_under_each():
    # Bappeda: programs 5.01.01 4.250.000.000 (spent 1.900.000.000) = 5.1 4.000.000.000 (1.850.000.000:
    # 5.1.01 3.100.000.000 / 1.500.000.000 + 5.1.02 900.000.000 / 350.000.000) + 5.2 250.000.000
    # (50.000.000); 5.01.02 1.300.000.000 (420.000.000) = 5.1 = 5.1.02. On main the second 5.1 was a
    # Kode ganda galat (every total unknown) and 5.1.02 / 5.2 of 5.01.02 rows not in Kinerja.
    # TOTAL 4.250.000.000 + 1.300.000.000 = 5.550.000.000, spent 1.900.000.000 + 420.000.000 = 2.320.000.000.
    kinerja = _tree("T1", "S3", ("5.01.01", _PENUNJANG), ("5.01.02", _PERENCANAAN))
    rows = [
        tw2_row("5.01.01", _PENUNJANG, 4_250_000_000, 1_900_000_000),
        tw2_row("5.1", "BELANJA OPERASI", 4_000_000_000, 1_850_000_000),
        tw2_row("5.1.01", "Belanja Pegawai", 3_100_000_000, 1_500_000_000),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 900_000_000, 350_000_000),
        tw2_row("5.2", "BELANJA MODAL", 250_000_000, 50_000_000),
        tw2_row("5.01.02", _PERENCANAAN, 1_300_000_000, 420_000_000),
        tw2_row("5.1", "BELANJA OPERASI", 1_300_000_000, 420_000_000),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 1_300_000_000, 420_000_000),
    ]
    report = run_usaha_mikro(rows, kinerja)
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == ["5.01.01", "5.01.02"]
    assert_s3_totals(report, 5_550_000_000, 2_320_000_000)
    # every block adds up to its program (sums above): its lines quiet, left out all the same (anggaran55)
    said = anggaran_said(report, PERINGATAN)
    assert not {f"A{r}" for r in (3, 4, 5, 6, 8, 9)} & set(said), said
    # Everything adds up: nothing said at the programs' figures.
    assert not {"D2", "G2", "D7", "G7"} & set(said), said


def test_a_kegiatan_of_a_numbered_kinerja_named_belanja_is_told_as_a_kegiatan():
    # Kinerja numbered as the Renstra (Sasaran 5.1, programs 5.1.1, 5.1.2); Anggaran has the Kegiatan
    # 5.1.1.1 "Belanja Kegiatan Pelatihan" 1.000.000.000 (spent 40.000.000) under 5.1.1: its Kode extends
    # the program's, a rincian of it (not counted; the seed's figures), but no rincian belanja of a DPA.
    kinerja = _tree("5", "5.1", ("5.1.1", UMKM), ("5.1.2", PENGEMBANGAN))
    program_1, program_2 = usaha_mikro_rows(a="5.1.1", b="5.1.2")
    rows = [program_1, tw2_row("5.1.1.1", "Belanja Kegiatan Pelatihan", 1_000_000_000, 40_000_000), program_2]
    report = run_usaha_mikro(rows, kinerja)
    assert_s3_totals(report, USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, PERINGATAN)["A3"]
    assert "rincian program 5.1.1" in said and "tidak dihitung" in said, said
    assert "belanja DPA" not in said and "rekening" not in said and "salinan SIPD" not in said, said
    assert "sheet Kinerja dengan Kode Induk" in said, said


def test_a_jenis_belanja_under_a_numbered_kinerja_s_program_5_2_is_its_rincian_not_5_1_s():
    # Kinerja's programs numbered 5.1 and 5.2; the DPA's 5.1.02 Barang dan Jasa 82.706.300 (spent
    # 1.800.000) pasted under program 5.2 (the same figures): 5.2's rincian, though its Kode extends 5.1's.
    # The seed's figures; nothing said at 5.1's Pagu or realisasi (no rincian of its own).
    kinerja = _tree("T2", "S3", ("5.1", UMKM), ("5.2", PENGEMBANGAN))
    rows = [
        *usaha_mikro_rows(a="5.1", b="5.2"),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows, kinerja)
    assert_s3_totals(report, USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    assert "rincian program 5.2" in said["A4"] and "tidak dihitung" in said["A4"], said["A4"]
    assert not {"D2", "G2", "D3", "G3"} & set(said), said
