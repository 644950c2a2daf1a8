"""Mend of mend31c (Anggaran: a jenis belanja row with a Kode Sasaran is counted as a program), after
review; every figure by hand with Fraction.

- Staff who fill the Kode Sasaran column down a pasted DPA block (P3.01, then its 5.1 / 5.1.02 / 5.2, all
  "S3") got the block counted on top of its program, 5.1.02 even on top of 5.1 (TOTAL 10.240.408.230
  instead of the seed's 3.661.557.265). A belanja row with a Kode Sasaran stays a rincian when its Kode
  extends another belanja row of the block (5.1.02 under 5.1), or when the block's top jenis belanja
  (5.1 + 5.2) add up exactly to the row above's pagu, and spending where typed: a DPA paste. Otherwise
  (mend31c's own salary line) it is counted, with its peringatan, as before.

Grids as tests/test_mend31c.py's: Anggaran's data from row 2, A Kode, C Kode Sasaran, D Pagu, G TW II.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import (
    USAHA_MIKRO_PAGU,
    USAHA_MIKRO_SPENT,
    anggaran_said,
    assert_s3_totals,
    belanja_rows,
    run_usaha_mikro,
    tw2_row,
    usaha_mikro_rows,
)
from tests.helpers_anggaran import s3_row as _s3

_P301, _P302 = usaha_mikro_rows(_s3)  # the seed's programs of S3 (Tabel 3.4), Kode Sasaran typed
# P3.01's DPA: 5.1 3.000.000.000 (spent 150.000.000), in it 5.1.02 the same, and 5.2 578.850.965 (spent
# 7.853.500): 3.000.000.000 + 578.850.965 = 3.578.850.965 and 150.000.000 + 7.853.500 = 157.853.500, P3.01's.
_OPERASI = _s3("5.1", "Belanja Operasi", 3_000_000_000, 150_000_000)
_BARANG = _s3("5.1.02", "Belanja Barang dan Jasa", 3_000_000_000, 150_000_000)
_MODAL = _s3("5.2", "Belanja Modal", 578_850_965, 7_853_500)


@pytest.mark.parametrize(
    "order",
    [
        ("P3.02", "P3.01", "5.1", "5.1.02", "5.2"),  # the reviewer's
        ("P3.01", "5.1", "5.1.02", "5.2", "P3.02"),  # P3.01 first, P3.02 below its block
        ("P3.02", "P3.01", "5.2", "5.1", "5.1.02"),  # Belanja Modal first
        ("P3.02", "P3.01", "5.1.02", "5.2", "5.1"),  # 5.1.02 typed above its 5.1
    ],
)
def test_a_dpa_block_with_the_kode_sasaran_filled_down_stays_rincian(order):
    # On main every belanja row was counted: 3.661.557.265 + 3.000.000.000 x 2 + 578.850.965 =
    # 10.240.408.230, spent 159.653.500 + 150.000.000 x 2 + 7.853.500 = 467.507.000. 5.1 + 5.2 add up to
    # P3.01 (pagu and spending): the seed's 3.661.557.265 / 159.653.500 (as at 2a0aa7e).
    rows = {"P3.02": _P302, "P3.01": _P301, "5.1": _OPERASI, "5.1.02": _BARANG, "5.2": _MODAL}
    report = run_usaha_mikro([rows[kode] for kode in order])
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == [k for k in order if k.startswith("P")]
    assert_s3_totals(report, USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    for kode in ("5.1", "5.1.02", "5.2"):
        cell = f"A{order.index(kode) + 2}"
        assert "rincian program P3.01" in said[cell] and "tidak dihitung" in said[cell], said[cell]
    # The block adds up to P3.01: nothing said at its figures.
    p301 = order.index("P3.01") + 2
    assert not {f"D{p301}", f"G{p301}"} & set(said), said


@pytest.mark.parametrize("reverse", [False, True])
def test_an_own_jenis_belanja_line_and_its_breakdown_are_counted_once(reverse):
    # The agency's own line for S3 under P3.01, not adding up to it: 5.1 Belanja Operasi 500.000.000
    # (spent 200.000.000) and its 5.1.01 Belanja Pegawai, the same. 5.1 is counted (mend31c), 5.1.01 is
    # part of it: TOTAL 3.661.557.265 + 500.000.000 = 4.161.557.265, spent 159.653.500 + 200.000.000 =
    # 359.653.500. On main both were counted (4.661.557.265); the same typed 5.1.01 first.
    block = [
        _s3("5.1", "Belanja Operasi", 500_000_000, 200_000_000),
        _s3("5.1.01", "Belanja Pegawai", 500_000_000, 200_000_000),
    ]
    report = run_usaha_mikro([_P302, _P301, *(block[::-1] if reverse else block)])
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert_s3_totals(report, USAHA_MIKRO_PAGU + 500_000_000, USAHA_MIKRO_SPENT + 200_000_000)
    said = anggaran_said(report, PERINGATAN)
    own, part = ("A5", "A4") if reverse else ("A4", "A5")
    assert "dihitung sebagai program" in said[own], said[own]
    assert "rincian jenis belanja 5.1 " in said[part] and "tidak dihitung" in said[part], said[part]


def test_a_filled_down_block_whose_spending_differs_is_counted_but_not_its_breakdown():
    # 5.2 spent 7.000.000: 150.000.000 + 7.000.000 = 157.000.000, not P3.01's 157.853.500; no DPA paste to
    # be told (pagu alike): 5.1 and 5.2 are counted, 5.1.02 is part of 5.1. TOTAL 3.661.557.265 +
    # 3.000.000.000 + 578.850.965 = 7.240.408.230, spent 159.653.500 + 150.000.000 + 7.000.000 = 316.653.500.
    modal = _s3("5.2", "Belanja Modal", 578_850_965, 7_000_000)
    report = run_usaha_mikro([_P302, _P301, _OPERASI, _BARANG, modal])
    assert_s3_totals(
        report, USAHA_MIKRO_PAGU + 3_000_000_000 + 578_850_965, USAHA_MIKRO_SPENT + 150_000_000 + 7_000_000
    )
    said = anggaran_said(report, PERINGATAN)
    assert "dihitung sebagai program" in said["A4"] and "dihitung sebagai program" in said["A6"], said
    assert "rincian jenis belanja 5.1 " in said["A5"], said["A5"]


def test_a_jenis_belanja_whose_rincian_differ_is_named_a_jenis_belanja():
    # Round 31's DPA without a Kode Sasaran, P3.01's 5.1.02 typed 3.000.000.000: Rp 78.850.965 short of its
    # 5.1 (3.078.850.965 - 3.000.000.000). The peringatan at 5.1's Pagu called it "kegiatan 5.1"; it is a
    # jenis belanja. Figures the seed's (all rincian).
    rows = belanja_rows()
    rows[2] = tw2_row("5.1.02", "Belanja Barang dan Jasa", 3_000_000_000, 150_000_000)
    report = run_usaha_mikro(rows)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, PERINGATAN)["D3"]
    assert "Pagu jenis belanja 5.1 (Rp 3.078.850.965)" in said and "lebih Rp 78.850.965" in said, said
    assert "kegiatan 5.1" not in said, said


def test_a_belanja_with_a_kode_sasaran_under_a_pasted_one_without_stays_its_rincian():
    # The DPA pasted without a Kode Sasaran but for 5.1.02, and 5.2 typed 400.000.000 (5.1 + 5.2 =
    # 3.400.000.000, not P3.01's 3.578.850.965: no block adding up). 5.1 and 5.2 fit in P3.01 (3.000.000.000
    # + 400.000.000 <= 3.578.850.965): its rincian, as before; 5.1.02 (S3) extends 5.1: part of it, in P3.01
    # too. The seed's figures; on main 5.1.02 was counted: TOTAL 3.661.557.265 + 3.000.000.000.
    rows = [
        _P302,
        _P301,
        tw2_row("5.1", "Belanja Operasi", 3_000_000_000, 150_000_000),
        _BARANG,
        tw2_row("5.2", "Belanja Modal", 400_000_000, 7_853_500),
    ]
    report = run_usaha_mikro(rows)
    assert_s3_totals(report, USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    for cell in ("A4", "A5", "A6"):
        assert "rincian program P3.01" in said[cell] and "tidak dihitung" in said[cell], said[cell]
    # 3.000.000.000 + 400.000.000 = 3.400.000.000: Rp 178.850.965 short of P3.01's pagu, said there.
    assert "Rp 3.400.000.000" in said["D3"] and "lebih Rp 178.850.965" in said["D3"], said["D3"]


def test_a_sipd_sub_kegiatan_s_belanja_with_the_kode_sasaran_filled_down_stays_rincian():
    # SIPD's program 2.17.03 > Kegiatan 2.17.03.2.01 > Sub Kegiatan 2.17.03.2.01.0001 (each 3.578.850.965,
    # spent 157.853.500) > 5.1.02 3.078.850.965 (150.000.000) + 5.2.02 500.000.000 (7.853.500) = the Sub
    # Kegiatan's, every row "S3". On main both belanja were counted: TOTAL 3.661.557.265 + 3.578.850.965 =
    # 7.240.408.230, spent 159.653.500 + 157.853.500 = 317.507.000. Now the seed's.
    from tests.helpers_anggaran import kinerja_usaha_mikro

    program, pengembangan = usaha_mikro_rows(_s3, "2.17.03", "2.17.04")
    sipd = (("2.17.03.2.01", "Pemberdayaan"), ("2.17.03.2.01.0001", "Pendataan"))
    rows = [
        program,
        *(_s3(kode, uraian, 3_578_850_965, 157_853_500) for kode, uraian in sipd),
        _s3("5.1.02", "Belanja Barang dan Jasa", 3_078_850_965, 150_000_000),
        _s3("5.2.02", "Belanja Modal Peralatan dan Mesin", 500_000_000, 7_853_500),
        pengembangan,
    ]
    report = run_usaha_mikro(rows, kinerja_usaha_mikro("2.17.03", "2.17.04"))
    assert [b.kode for b in report.budgets] == ["2.17.03", "2.17.04"]
    assert_s3_totals(report, USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    assert "rincian program 2.17.03" in said["A5"] and "rincian program 2.17.03" in said["A6"], said
