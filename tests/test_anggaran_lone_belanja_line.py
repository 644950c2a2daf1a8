"""A lone jenis belanja line (SIPD's account Kode `5.1`, `5.1.02`; no Kode Sasaran) is never a program
(README "Anggaran"): it belongs to the nearest program row above it (below it when none is above);
when it does not fit there, a peringatan at its Kode says so and it is counted nowhere, unless
Pengaturan's Total Pagu Perjanjian Kinerja agrees with it counted (the agency's own, as lines on top).

Figures: Sasaran S3's two programs as the seed prints them (Tabel 3.4, seed ~949-968): P3.01
3.578.850.965 spent 157.853.500, P3.02 82.706.300 spent 1.800.000 (TW II); together 3.661.557.265 /
159.653.500."""

from __future__ import annotations

import pytest

from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    USAHA_MIKRO_PAGU,
    USAHA_MIKRO_SPENT,
    anggaran_said,
    findings_by_cell,
    kinerja_usaha_mikro,
    run_usaha_mikro,
    tw2_row,
)
from tests.test_engine import anggaran_row, kinerja_row, run
from tests.test_mend32a import S3_KINERJA

P301 = tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500)
P302 = tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000)


def _only_the_programs(report) -> None:
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.02"]
    # 3.578.850.965 + 82.706.300 ; 157.853.500 + 1.800.000
    assert (report.total_pagu, report.total_realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)


@pytest.mark.parametrize(
    "line",
    [
        # 5.000.000.000 typed as staff do, far above P3.01's 3.578.850.965: counted as a program it made
        # the TOTAL 8.661.557.265
        anggaran_row("5.1", "BELANJA OPERASI", None, "5 M", (0, "Rp 100.000.000", None, None)),
        anggaran_row("5.1", "Belanja Operasi", None, "5.000.000.000", (None, "100 jt", None, None)),
    ],
)
def test_a_belanja_line_too_big_for_the_program_above_is_no_program(line):
    report = run_usaha_mikro([P301, line, P302])
    _only_the_programs(report)
    said = anggaran_said(report, "peringatan")
    assert "bukan program" in said["A3"] and "P3.01" in said["A3"] and "Rp 5.000.000.000" in said["A3"]
    assert "tidak dihitung" in said["A3"]
    assert "C3" not in said  # (no "Program ... tidak ada di sheet Kinerja dan Kode Sasaran kosong")


def test_a_belanja_line_under_the_last_program_that_does_not_fit_is_no_program():
    # 100.000.000 under P3.02's 82.706.300: it would fit P3.01, but P3.01 is not the program it stands under
    line = anggaran_row(
        "5.1.02", "Belanja Barang dan Jasa", "", "100.000.000", (None, "1.000.000", None, None)
    )
    report = run_usaha_mikro([P301, P302, line])
    _only_the_programs(report)
    assert "P3.02" in anggaran_said(report, "peringatan")["A4"]


def test_a_belanja_line_with_a_kode_sasaran_stays_the_agencys_own():
    # README: a jenis belanja row with a Kode Sasaran is the agency's own line, counted (a peringatan):
    # 3.661.557.265 + 5.000.000.000 = 8.661.557.265
    line = anggaran_row("5.1.01", "Belanja Pegawai", "S3", "5.000.000.000", (0, "100.000.000", None, None))
    report = run_usaha_mikro([P301, line, P302])
    assert report.total_pagu == USAHA_MIKRO_PAGU + 5_000_000_000


def test_a_belanja_line_that_does_not_fit_is_counted_when_the_total_pagu_pk_agrees():
    # Pengaturan's Total Pagu Perjanjian Kinerja 8.661.557.265 = 3.661.557.265 + 5.000.000.000: the line
    # is the agency's own, signed in the PK; counted, the peringatan says why
    rows = [
        P301,
        anggaran_row("5.1", "BELANJA OPERASI", None, "5.000.000.000", (0, "100.000.000", None, None)),
        P302,
    ]
    report = run(kinerja_usaha_mikro(), rows, **{"Total Pagu Perjanjian Kinerja": "Rp 8.661.557.265"})
    assert report.total_pagu == 8_661_557_265
    assert report.total_realisasi_anggaran == 159_653_500 + 100_000_000
    assert "Total Pagu Perjanjian Kinerja" in anggaran_said(report, "peringatan")["A3"]


def test_a_lone_line_on_top_equal_to_another_programs_kegiatan_is_the_program_below_it():
    # The draw tests/test_anggaran_blank_program_property.py left out: 5.1 of 100.000.000 on top, P3.01
    # (500.000.000) right below it, and P3.02's Kegiatan K3.02.01 also of 100.000.000 (no spending). The
    # line belongs to the nearest program, P3.01 (it fits: part of its rincian), not to K3.02.01.
    tws = (10, 10, 10, 10)
    kinerja = [
        *S3_KINERJA,
        kinerja_row("P3.02", "Program", "S3", "PROGRAM P3.02", "IP", 100, tws),
        kinerja_row("K3.02.01", "Kegiatan", "P3.02", "Kegiatan 1", "IK1", 100, tws),
        kinerja_row("K3.02.02", "Kegiatan", "P3.02", "Kegiatan 2", "IK2", 100, tws),
    ]
    rows = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "100.000.000", (None, "2 jt", None, None)),
        anggaran_row("P3.01", "PROGRAM PEMBERDAYAAN P3.01", "S3", "500.000.000", (None, None, None, None)),
        anggaran_row("P3.02", "PROGRAM PEMBERDAYAAN P3.02", "S3", "300.000.000", (None, None, None, None)),
        anggaran_row("K3.02.01", "Kegiatan K3.02.01", "", "100.000.000", (None, None, None, None)),
        anggaran_row("K3.02.02", "Kegiatan K3.02.02", "", "200.000.000", (None, "4.000.000", None, None)),
    ]
    report = run(kinerja, rows, triwulan=2)
    said = findings_by_cell(report, "Anggaran")  # (several at a cell joined)
    assert "P3.01" in said["A2"] and "K3.02.01" not in said["A2"]
    # P3.01's TW II blank over a part of its rincian that spent 2.000.000: counted nol, said at its cell
    assert "Rp 2.000.000" in said["G3"]
    # 500.000.000 + 300.000.000; P3.01 nol, P3.02's blank TW II its Kegiatan's 0 + 4.000.000
    assert report.total_pagu == 800_000_000
    assert report.total_realisasi_anggaran == 4_000_000


def test_the_total_pagu_pk_notes_name_lines_between_programs_without_calling_them_on_top():
    # 5.1 of 5.000.000.000 under P3.01 and 5.2 of 1.000.000.000 under P3.02 (82.706.300): neither fits,
    # both left out. Total Pagu Perjanjian Kinerja 8.661.557.265 = 3.661.557.265 + 5.000.000.000: not the
    # programs with both lines (9.661.557.265), so neither is counted; the Total's peringatan names them,
    # and the note under Tabel 3.4 says the difference (kurang Rp 5.000.000.000) is the 5.1 line. Neither
    # may call them lines "di atas program pertama" (they stand below the programs).
    from lkj_xl.core.kalimat import total_pk_beda

    rows = [
        P301,
        anggaran_row("5.1", "BELANJA OPERASI", None, "5.000.000.000", (0, "100.000.000", None, None)),
        P302,
        anggaran_row("5.2", "BELANJA MODAL", None, "Rp 1 M", (0, None, None, None)),
    ]
    report = run(kinerja_usaha_mikro(), rows, **{"Total Pagu Perjanjian Kinerja": "Rp 8.661.557.265"})
    _only_the_programs(report)
    (total,) = [f.pesan for f in report.findings if f.sheet == "Pengaturan" and "Total Pagu" in f.pesan]
    assert "kurang Rp 5.000.000.000" in total and "Anggaran!A3" in total and "Anggaran!A5" in total
    note = total_pk_beda(report.budgets, report.settings)
    assert 'Anggaran!A3 "5.1 BELANJA OPERASI" (Rp 5.000.000.000)' in note, note
    assert "di atas program pertama" not in total and "di atas program pertama" not in note


@pytest.mark.parametrize(
    ("at", "line"),
    [
        # Sasaran "5.1" of the Renstra's numbering and the DPA's "5.1 BELANJA OPERASI" share a Kode
        (1, anggaran_row("5.1", "BELANJA OPERASI", None, "5.000.000.000", (0, "Rp 100.000.000", None, None))),
        (2, anggaran_row("5.2", "BELANJA MODAL", None, "100 jt", (0, "1 jt", None, None))),
    ],
)
def test_a_lone_line_under_a_program_numbered_by_the_renstra_is_no_program(at, line):
    # A Kinerja numbered by its Renstra (Tujuan 5, Sasaran 5.1, programs 5.1.1 and 5.1.2: Kodes shaped
    # like belanja accounts): 5.1 of 5.000.000.000 under 5.1.1 (3.578.850.965), 5.2 of 100.000.000 under
    # 5.1.2 (82.706.300) fit nothing. No program row was found above or below them (the programs' Kodes
    # read as belanja), so they stayed counted: TOTAL 3.661.557.265 + 5.000.000.000 (the Sasaran's too),
    # or + 100.000.000.
    p1 = tw2_row("5.1.1", UMKM, 3_578_850_965, 157_853_500)
    p2 = tw2_row("5.1.2", PENGEMBANGAN, 82_706_300, 1_800_000)
    rows = [p1, p2]
    rows.insert(at, line)
    report = run(kinerja_usaha_mikro("5.1.1", "5.1.2", tujuan="5", sasaran="5.1"), rows)
    assert [b.kode for b in report.budgets] == ["5.1.1", "5.1.2"]
    # 3.578.850.965 + 82.706.300 ; 157.853.500 + 1.800.000
    assert (report.total_pagu, report.total_realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    owner = "5.1.1" if at == 1 else "5.1.2"
    said = anggaran_said(report, "peringatan")[f"A{at + 2}"]
    assert "bukan program" in said and f"program {owner}" in said, said


def test_a_dpa_block_on_top_of_a_program_numbered_by_the_renstra_is_its_rincian():
    # The same Renstra numbering, 5.1.1's DPA pasted above its row: 5.1 of 3.078.850.965 and 5.2 of
    # 500.000.000 = 3.578.850.965, its pagu, and 150.000.000 + 7.853.500 = 157.853.500, its spending
    # (tests/helpers_anggaran.belanja_rows' split). The block is its rincian, said so; it was said "tidak
    # muat dalam pagu 5.1.1" (5.1.1 read as no program row for its belanja-shaped Kode), and on main
    # counted as two programs: TOTAL 3.661.557.265 + 3.578.850.965 = 7.240.408.230.
    rows = [
        tw2_row("5.1", "BELANJA OPERASI", 3_078_850_965, 150_000_000),
        tw2_row("5.2", "BELANJA MODAL", 500_000_000, 7_853_500),
        tw2_row("5.1.1", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1.2", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run(kinerja_usaha_mikro("5.1.1", "5.1.2", tujuan="5", sasaran="5.1"), rows)
    assert [b.kode for b in report.budgets] == ["5.1.1", "5.1.2"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, "peringatan")
    for cell in ("A2", "A3"):
        assert "rincian belanja DPA program 5.1.1" in said[cell] and "tidak muat" not in said[cell], said
