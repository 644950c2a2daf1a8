"""Programs numbered like SIPD's belanja accounts ("5.1", "5.2" of a Renstra, or zero-padded "5.1.01",
"5.1.02") beside the DPA's jenis belanja lines of the very same Kode ("5.1 BELANJA OPERASI", "5.1.01
Belanja Pegawai", "5.2 Belanja Modal") pasted under them.

On main every such line was read as the program of its Kode typed again: "Kode program 5.1 ganda" at
each, and Tabel 3.4's TOTAL (and every Sasaran budget) blank. A reader tells them apart by the row's
Uraian: "Program ..." (Kinerja's name) is the program, "Belanja ..." the DPA's account, a rincian of the
program it stands under. A program typed twice stays a ganda galat.

Figures: the seed's Tabel 3.4 (seed ~949-968): P3.01 3.578.850.965 spent 157.853.500 (here Kode "5.1"
or "5.1.01"), P3.02 82.706.300 spent 1.800.000 ("5.2" or "5.1.02"), the support program 12.076.486.014
spent 5.059.823.310 ("5.3"), all under Sasaran S1 of Tujuan T1; every indicator 40 of 100. Anggaran's
header is row 1 (the engine's grids) or row 3 (the workbook of `new`): A Kode, B Program, C Kode
Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.analisis_program import _anggaran_kalimat
from lkj_xl.core.engine import compute
from lkj_xl.core.kalimat_program import catatan_tanpa_indikator
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import parse_workbook
from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    anggaran_said,
    cli_ok,
    fill_new_workbook,
    findings_by_cell,
    kinerja_usaha_mikro,
    rows_by_header,
    run_usaha_mikro,
    tw2_row,
)
from tests.test_engine import grid, kinerja_row, pengaturan

PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"
TWO = kinerja_usaha_mikro("5.1", "5.2", tujuan="T1", sasaran="S1")
PADDED = kinerja_usaha_mikro("5.1.01", "5.1.02", tujuan="T1", sasaran="S1")
THREE = [*TWO, kinerja_row("5.3", "Program", "S1", PENUNJANG, "I C", 100, (None, 40, None, None))]
# the two programs: 3.578.850.965 + 82.706.300; 157.853.500 + 1.800.000
TWO_PAGU, TWO_SPENT = Fraction(3_661_557_265), Fraction(159_653_500)
# with the support program: 3.661.557.265 + 12.076.486.014; 159.653.500 + 5.059.823.310
THREE_PAGU, THREE_SPENT = Fraction(15_738_043_279), Fraction(5_219_476_810)


def _totals(report, kodes: list[str], pagu: Fraction, spent: Fraction) -> None:
    """No galat on Anggaran; the programs counted, Tabel 3.4's TOTAL and penyerapan; Sasaran S1's and
    Tujuan T1's budget and efisiensi (capaian 40 - penyerapan)."""
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == kodes
    assert (report.total_pagu, report.total_realisasi_anggaran) == (pagu, spent)
    assert report.total_penyerapan_exact == spent / pagu * 100
    assert len(report.efisiensi) == 2
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (pagu, spent), row
        assert row.efisiensi == float(40 - spent / pagu * 100), row


def _account_of(said: dict[str, str], cells: list[str], kode_program: str, owner: str) -> None:
    """Each cell: the line is the DPA's account, not Program ``kode_program`` of Kinerja, and left out
    as a rincian of program ``owner``."""
    for cell in cells:
        text = said.get(cell, "")
        assert f'bukan Program "{kode_program}"' in text and "kode rekening belanja salinan DPA" in text, text
        assert f"rincian program {owner}" in text and "tidak dihitung" in text, text


def _p51_block() -> list[list]:
    """Program 5.1 and its DPA: 5.1 BELANJA OPERASI 3.078.850.965 (spent 150.000.000), in it 5.1.02 the
    same, 5.2 BELANJA MODAL 500.000.000 (7.853.500): 3.078.850.965 + 500.000.000 = 3.578.850.965,
    150.000.000 + 7.853.500 = 157.853.500."""
    return [
        tw2_row("5.1", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1", "BELANJA OPERASI", 3_078_850_965, 150_000_000),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 3_078_850_965, 150_000_000),
        tw2_row("5.2", "BELANJA MODAL", 500_000_000, 7_853_500),
    ]


def _p52_block() -> list[list]:
    """Program 5.2 (82.706.300, spent 1.800.000) and its DPA: 5.1 / 5.1.02 the whole program."""
    return [
        tw2_row("5.2", PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5.1", "BELANJA OPERASI", 82_706_300, 1_800_000),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 82_706_300, 1_800_000),
    ]


def test_programs_5_1_and_5_2_with_their_dpa_lines_of_the_same_kodes():
    # On main: A3 "5.1", A6 "5.2" and A7 "5.1" each a galat "Kode program ... ganda", the TOTAL blank.
    report = run_usaha_mikro([*_p51_block(), *_p52_block()], TWO)
    _totals(report, ["5.1", "5.2"], TWO_PAGU, TWO_SPENT)
    p1, p2 = report.budgets
    assert (p1.pagu_exact, p1.realisasi_exact) == (3_578_850_965, 157_853_500)
    assert (p2.pagu_exact, p2.realisasi_exact) == (82_706_300, 1_800_000)
    said = anggaran_said(report, PERINGATAN)
    _account_of(said, ["A3"], "5.1", "5.1")
    _account_of(said, ["A5"], "5.2", "5.1")  # 5.1's Belanja Modal, not program 5.2 (row 6)
    _account_of(said, ["A7"], "5.1", "5.2")
    for cell, owner in (("A4", "5.1"), ("A8", "5.2")):  # 5.1.02 is no Kode of Kinerja
        assert "tidak ada di sheet Kinerja" in said[cell] and f"rincian program {owner}" in said[cell], said
    # the blocks add up (5.1.02 inside 5.1, not beside it): nothing said at the programs' figures
    assert set(said) == {"A3", "A4", "A5", "A7", "A8"}, said


def test_programs_5_1_to_5_3_without_dpa_lines():
    rows = [
        tw2_row("5.1", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.2", PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5.3", PENUNJANG, 12_076_486_014, 5_059_823_310),
    ]
    report = run_usaha_mikro(rows, THREE)
    _totals(report, ["5.1", "5.2", "5.3"], THREE_PAGU, THREE_SPENT)
    assert not anggaran_said(report, PERINGATAN)


def test_program_5_3_after_the_blocks_and_a_recap_per_jenis_belanja_below():
    # The DPA's recap of the three programs below them: 5.1 3.078.850.965 + 82.706.300 + 12.076.486.014
    # = 15.238.043.279 (spent 150.000.000 + 1.800.000 + 5.059.823.310 = 5.211.623.310) and 5.2
    # 500.000.000 (7.853.500): 15.738.043.279 / 5.219.476.810, the programs' pagu and spending again.
    rows = [
        *_p51_block(),
        *_p52_block(),
        tw2_row("5.3", PENUNJANG, 12_076_486_014, 5_059_823_310),
        tw2_row("5.1", "BELANJA OPERASI", 15_238_043_279, 5_211_623_310),
        tw2_row("5.2", "BELANJA MODAL", 500_000_000, 7_853_500),
    ]
    report = run_usaha_mikro(rows, THREE)
    _totals(report, ["5.1", "5.2", "5.3"], THREE_PAGU, THREE_SPENT)
    said = anggaran_said(report, PERINGATAN)
    for cell in ("A10", "A11"):
        assert "rekap per jenis belanja salinan DPA" in said[cell] and "tidak dihitung" in said[cell], said
    assert not {"D2", "G2", "D6", "G6", "D9", "G9"} & set(said), said


def test_program_5_2_typed_above_the_5_2_belanja_modal_of_program_5_1():
    # Program 5.2 first, then 5.1 with its block (its "5.2 BELANJA MODAL" row 6 is 5.1's, not 5.2 again).
    rows = [tw2_row("5.2", PENGEMBANGAN, 82_706_300, 1_800_000), *_p51_block()]
    report = run_usaha_mikro(rows, TWO)
    _totals(report, ["5.2", "5.1"], TWO_PAGU, TWO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    _account_of(said, ["A4"], "5.1", "5.1")
    _account_of(said, ["A6"], "5.2", "5.1")
    assert set(said) == {"A4", "A5", "A6"}, said


def test_zero_padded_programs_with_belanja_pegawai_lines_under_each():
    # 5.1.01: 5.1 3.578.850.965 (157.853.500) = 5.1.01 Belanja Pegawai 578.850.965 (57.853.500) + 5.1.02
    # Belanja Barang dan Jasa 3.000.000.000 (100.000.000); 5.1.02: 5.1 = 5.1.01 = the program.
    rows = [
        tw2_row("5.1.01", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1", "BELANJA OPERASI", 3_578_850_965, 157_853_500),
        tw2_row("5.1.01", "Belanja Pegawai", 578_850_965, 57_853_500),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 3_000_000_000, 100_000_000),
        tw2_row("5.1.02", PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5.1", "BELANJA OPERASI", 82_706_300, 1_800_000),
        tw2_row("5.1.01", "Belanja Pegawai", 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows, PADDED)
    _totals(report, ["5.1.01", "5.1.02"], TWO_PAGU, TWO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    _account_of(said, ["A4"], "5.1.01", "5.1.01")
    _account_of(said, ["A5"], "5.1.02", "5.1.01")
    _account_of(said, ["A8"], "5.1.01", "5.1.02")
    assert set(said) == {"A3", "A4", "A5", "A7", "A8"}, said


def test_a_program_without_its_row_is_not_made_of_an_account_line_of_its_kode():
    # 5.1.02 has no program row; "5.1.02 Belanja Barang dan Jasa" under 5.1.01 is 5.1.01's account: the
    # TOTAL is 5.1.01 alone (3.578.850.965 / 157.853.500), and Kinerja says 5.1.02 has no budget row.
    rows = [
        tw2_row("5.1.01", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1", "BELANJA OPERASI", 3_578_850_965, 157_853_500),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 3_578_850_965, 157_853_500),
    ]
    report = run_usaha_mikro(rows, PADDED)
    assert not anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == ["5.1.01"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (3_578_850_965, 157_853_500)
    _account_of(anggaran_said(report, PERINGATAN), ["A4"], "5.1.02", "5.1.01")
    kinerja = findings_by_cell(report, "Kinerja")
    assert any("tidak ada baris anggarannya" in m for m in kinerja.values()), kinerja


def test_blocks_with_the_kode_sasaran_filled_down():
    rows = [[*row[:2], "S1", *row[3:]] for row in [*_p51_block(), *_p52_block()]]
    report = run_usaha_mikro(rows, TWO)
    _totals(report, ["5.1", "5.2"], TWO_PAGU, TWO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    _account_of(said, ["A3"], "5.1", "5.1")
    _account_of(said, ["A5"], "5.2", "5.1")
    _account_of(said, ["A7"], "5.1", "5.2")


def test_rekening_lines_without_belanja_in_their_uraian_under_two_part_programs():
    # The DPA's object lines (5.1.02.01.01.0024 "Alat Tulis Kantor", no "Belanja" in it) under their jenis
    # 5.1.02 under 5.1 BELANJA OPERASI, in each program's block: 5.1 = 5.1.02 = the rekening = the
    # program, so every block adds up. Before, the rekening of 5.1's block extended program 5.1's Kode
    # (5.1 + 02.01.01.0024) and was summed beside the 5.1 above it: D2 / G2 said the program's figures
    # were Rp 3.578.850.965 / Rp 157.853.500 short of "its rincian" (twice the program), figures that add up.
    rows = [
        tw2_row("5.1", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1", "BELANJA OPERASI", 3_578_850_965, 157_853_500),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 3_578_850_965, 157_853_500),
        tw2_row("5.1.02.01.01.0024", "Alat Tulis Kantor", 3_578_850_965, 157_853_500),
        tw2_row("5.2", PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5.1", "BELANJA OPERASI", 82_706_300, 1_800_000),
        tw2_row("5.1.01", "Belanja Pegawai", 82_706_300, 1_800_000),
        tw2_row("5.1.01.01.01.0001", "Gaji Pokok PNS", 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows, TWO)
    _totals(report, ["5.1", "5.2"], TWO_PAGU, TWO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    for cell, owner in (("A5", "5.1"), ("A9", "5.2")):
        assert f"rincian program {owner}" in said[cell] and "tidak dihitung" in said[cell], said[cell]
    assert set(said) == {f"A{r}" for r in (3, 4, 5, 7, 8, 9)}, said


@pytest.mark.parametrize(
    "kinerja, first, second",
    [
        (TWO, "5.1", "5.2"),
        (kinerja_usaha_mikro("1.02.01", "1.02.02", tujuan="T1", sasaran="S1"), "1.02.01", "1.02.02"),
    ],
)
def test_a_recap_per_jenis_belanja_right_under_the_last_block(kinerja, first, second):
    # The DPA's recap right under the last program's block (no row between): its "5.1 BELANJA OPERASI"
    # stands under the same program row as the block's own 5.1. Parse took it for that 5.1 typed twice:
    # "Kode program 5.1 ganda" at A6 and a blank TOTAL (under SIPD Kodes too). The recap, 3.578.850.965 +
    # 82.706.300 = 3.661.557.265 (spent 157.853.500 + 1.800.000 = 159.653.500), is the programs' money
    # again: left out with a peringatan, the TOTAL the programs'.
    rows = [
        tw2_row(first, UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1", "BELANJA OPERASI", 3_578_850_965, 157_853_500),
        tw2_row(second, PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5.1", "BELANJA OPERASI", 82_706_300, 1_800_000),
        tw2_row("5.1", "BELANJA OPERASI", 3_661_557_265, 159_653_500),
    ]
    report = run_usaha_mikro(rows, kinerja)
    _totals(report, [first, second], TWO_PAGU, TWO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    # (read as the sum of the program rows above it, as a Bidang Urusan's heading or an SIPD total is)
    assert "sama dengan jumlah pagu baris di atasnya" in said["A6"], said["A6"]
    assert "tidak dihitung (agar tidak dijumlahkan dua kali ke total Tabel 3.4)" in said["A6"], said["A6"]
    # each block's 5.1 adds up to its program: quiet (anggaran55) under SIPD's Kodes; under programs
    # numbered like accounts (5.1, 5.2) said as before
    assert set(said) == ({"A3", "A5", "A6"} if first == "5.1" else {"A6"}), said


def test_a_jenis_belanja_line_pasted_twice_under_one_program_is_left_out_not_counted():
    # 5.2's "5.1 BELANJA OPERASI" pasted twice (rows 7 and 8): the first is its rincian (82.706.300, the
    # whole program), the second is its pagu again: left out with a peringatan, never counted (it was a
    # ganda galat and a blank TOTAL); the TOTAL the programs' 3.661.557.265 / 159.653.500.
    rows = [*_p51_block(), *_p52_block()[:2], tw2_row("5.1", "BELANJA OPERASI", 82_706_300, 1_800_000)]
    report = run_usaha_mikro(rows, TWO)
    _totals(report, ["5.1", "5.2"], TWO_PAGU, TWO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    assert "tidak dihitung (agar tidak dijumlahkan dua kali ke total Tabel 3.4)" in said["A8"], said["A8"]


@pytest.mark.parametrize(
    "kinerja, first, second",
    [(TWO, "5.1", "5.2"), (PADDED, "5.1.01", "5.1.02")],
)
def test_a_program_typed_twice_among_dpa_lines_stays_a_ganda(kinerja, first, second):
    # Program ``first`` typed again (row 4) under its own DPA line: a real duplicate, the TOTAL not given.
    rows = [
        tw2_row(first, UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1", "BELANJA OPERASI", 3_578_850_965, 157_853_500),
        tw2_row(first, UMKM, 3_578_850_965, 157_853_500),
        tw2_row(second, PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5.1", "BELANJA OPERASI", 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows, kinerja)
    galat = anggaran_said(report, GALAT)
    assert f'Kode program "{first}" ganda (sudah ada di baris 2)' in galat.get("A4", ""), galat
    assert report.total_pagu is None and report.total_realisasi_anggaran is None
    assert all(row.pagu is None for row in report.efisiensi), report.efisiensi


# --- the workbook of `new`, as staff fill it ------------------------------------------------------


def _fill(path) -> None:
    """Kinerja and Anggaran of ``path`` (made by `new`) filled as staff type: TW II 2025, programs 5.1,
    5.2 and 5.3 with 5.1's and 5.2's DPA blocks (amounts typed "Rp ...", "150 jt", "-")."""
    fill_new_workbook(
        path,
        [
            ("T1", "Tujuan", None, "Investasi inklusif"),
            ("S1", "Sasaran", "T1", "Kualitas Usaha Mikro"),
            ("5.1", "Program", "S1", UMKM),
            ("5.2", "Program", "S1", PENGEMBANGAN),
            ("5.3", "Program", "S1", PENUNJANG),
        ],
        [
            ["5.1", UMKM, None, "Rp 3.578.850.965", None, "-", "157.853.500"],
            ["5.1", "BELANJA OPERASI", None, "3.078.850.965", None, "-", "150 jt"],
            ["5.1.02", "Belanja Barang dan Jasa", None, "3.078.850.965", None, "-", "150.000.000"],
            ["5.2", "Belanja Modal", None, "500.000.000", None, None, "7.853.500"],
            ["5.2", PENGEMBANGAN, None, "82.706.300", None, 0, "1.800.000"],
            ["5.1", "Belanja Operasi", None, "82.706.300", None, None, "1,8 jt"],
            ["5.3", PENUNJANG, None, "Rp 12.076.486.014", None, 0, "5.059.823.310"],
        ],
    )


PROGRAMS = [
    ("5.1", 3_578_850_965, 157_853_500),
    ("5.2", 82_706_300, 1_800_000),
    ("5.3", 12_076_486_014, 5_059_823_310),
]


def test_build_check_export_and_rekap_agree_on_programs_numbered_like_accounts(tmp_path):
    book = tmp_path / "dinas.xlsx"
    cli_ok("new", book, "--pemda", "Kabupaten Lumajang", "--opd", "Dinas Uji")
    _fill(book)
    assert "ganda" not in cli_ok("check", book)  # exit 0: no galat
    exported = json.loads(cli_ok("export", book))
    assert [(p["kode"], p["pagu"], p["realisasi"]) for p in exported["anggaran"]] == PROGRAMS
    cli_ok("build", book)
    sheet = openpyxl.load_workbook(book)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    # Tabel 3.4's TOTAL: 15.738.043.279 / 5.219.476.810 (x 100 = 33,16...%)
    assert total[3:5] == (THREE_PAGU, THREE_SPENT)
    assert total[5] == float(THREE_SPENT / THREE_PAGU * 100)
    rekap = tmp_path / "rekap.xlsx"
    cli_ok("rekap", book, "-o", rekap)
    wb = openpyxl.load_workbook(rekap)
    (agency,) = [
        r for r in rows_by_header(wb["Rekap Perangkat Daerah"], 5) if r["Perangkat Daerah"] == "Dinas Uji"
    ]
    assert (agency["Pagu (Rp)"], agency["Realisasi Anggaran (Rp)"]) == (THREE_PAGU, THREE_SPENT)
    assert agency["Temuan Galat"] == 0
    programs = [r for r in rows_by_header(wb["Semua Program"], 1) if r["Kode"]]
    assert [(r["Kode"], r["Pagu (Rp)"], r["Realisasi (Rp)"]) for r in programs] == PROGRAMS


# --- review: a program named "Belanja ...", an account line counted, the Kode as a plain string --------


def test_a_program_whose_kinerja_name_is_a_belanja_is_still_counted():
    # Kinerja's own Program 5.1 is named "Belanja Hibah" (the Anggaran row says so too): the row is that
    # program, not the DPA's account of its Kode. Main counted it; the account reading lost it, the TOTAL
    # 82.706.300 (5.2 alone) in place of 3.578.850.965 + 82.706.300 = 3.661.557.265 (157.853.500 +
    # 1.800.000 = 159.653.500), with only a peringatan.
    kinerja = kinerja_usaha_mikro("5.1", "5.2", tujuan="T1", sasaran="S1")
    kinerja[2][3] = "Belanja Hibah"  # (Uraian, the 4th column of Kinerja)
    rows = [
        tw2_row("5.1", "Belanja Hibah", 3_578_850_965, 157_853_500),
        tw2_row("5.2", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows, kinerja)
    _totals(report, ["5.1", "5.2"], TWO_PAGU, TWO_SPENT)
    assert not anggaran_said(report, PERINGATAN)


def _own_line(sasaran: str | None) -> list[list]:
    """Programs 5.1 and 5.2, then the agency's own "5.1 Belanja Operasi" 5.000.000.000 (spent
    100.000.000 s.d. TW II), too big to be a rincian of 5.2 (82.706.300)."""
    return [
        tw2_row("5.1", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.2", PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5.1", "Belanja Operasi", 5_000_000_000, 100_000_000, sasaran),
    ]


# the programs and the own line: 3.661.557.265 + 5.000.000.000; 159.653.500 + 100.000.000
WITH_OWN_PAGU, WITH_OWN_SPENT = Fraction(8_661_557_265), Fraction(259_653_500)


def _program_5_1_node(report):
    (tujuan,) = report.roots
    (sasaran,) = tujuan.children
    return next(n for n in sasaran.children if n.kode == "5.1")


def test_an_own_belanja_line_with_a_kode_sasaran_is_counted_under_its_plain_kode():
    # Counted (its Kode Sasaran S1, as README says of the agency's own line) toward S1: 8.661.557.265 /
    # 259.653.500. Its Kode is the text "5.1" wherever it goes (export, rekap, ==): a Kode unequal to "5.1"
    # is a trap for every lookup outside the engine. Program 5.1's own budget stays 3.578.850.965.
    report = run_usaha_mikro(_own_line("S1"), TWO)
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == ["5.1", "5.2", "5.1"]
    assert all(type(b.kode) is str for b in report.budgets)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (WITH_OWN_PAGU, WITH_OWN_SPENT)
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (WITH_OWN_PAGU, WITH_OWN_SPENT), row
    program = _program_5_1_node(report)
    assert (program.pagu, program.realisasi_anggaran) == (3_578_850_965, 157_853_500)


def test_an_own_belanja_line_counted_by_the_total_pagu_pk_and_without_it():
    # Total Pagu PK 8.661.557.265 names the own line's 5.000.000.000 with the programs: counted in the
    # TOTAL, toward no Sasaran (no Kode Sasaran, no node of Kinerja: as a SIPD workbook's own 5.1 line),
    # a peringatan saying so; S1 and T1 the programs' 3.661.557.265 / 159.653.500. It got a galat `Kode
    # "5.1" tidak ada di sheet Kinerja (maksud Anda "5.1"?)` and blank Sasaran budgets.
    report = run_usaha_mikro_pk(_own_line(None), WITH_OWN_PAGU)
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == ["5.1", "5.2", "5.1"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (WITH_OWN_PAGU, WITH_OWN_SPENT)
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (TWO_PAGU, TWO_SPENT), row
    assert "anggarannya tidak dihitung ke sasaran mana pun" in anggaran_said(report, PERINGATAN)["C4"]
    program = _program_5_1_node(report)
    assert (program.pagu, program.realisasi_anggaran) == (3_578_850_965, 157_853_500)
    # Total Pagu PK the programs' alone (3.661.557.265), or none: the line is left out, both alike
    for pk in (TWO_PAGU, None):
        report = run_usaha_mikro_pk(_own_line(None), pk)
        _totals(report, ["5.1", "5.2"], TWO_PAGU, TWO_SPENT)
        assert "tidak muat dalam pagu 5.2" in anggaran_said(report, PERINGATAN)["A4"]


def run_usaha_mikro_pk(rows: list[list], total_pagu_pk: Fraction | None):
    """:func:`run_usaha_mikro` of ``rows`` under TWO, Pengaturan's Total Pagu Perjanjian Kinerja typed."""
    extra = {} if total_pagu_pk is None else {"Total Pagu Perjanjian Kinerja": int(total_pagu_pk)}
    sheets = {
        "Pengaturan": pengaturan(2, **extra),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *TWO]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS), *rows]),
    }
    return compute(parse_workbook(sheets))


def _blocks_named(uraian: str | None, sasaran: str | None = None, above: bool = False) -> list[list]:
    """Programs 5.1 and 5.2 each with one "5.1" line of ``uraian`` (Kode Sasaran ``sasaran``) of the
    whole program's figures, right under it (or right ``above`` it)."""
    blocks = []
    for kode, name, pagu, spent in (
        ("5.1", UMKM, 3_578_850_965, 157_853_500),
        ("5.2", PENGEMBANGAN, 82_706_300, 1_800_000),
    ):
        pair = [tw2_row(kode, name, pagu, spent), tw2_row("5.1", uraian, pagu, spent, sasaran)]
        blocks += pair[::-1] if above else pair
    return blocks


@pytest.mark.parametrize(
    "uraian, sasaran, above",
    [
        ("BELANJA OPERASI", None, False),
        ("belanja operasi", None, False),
        ("Belanja Operasi", "S1", False),  # a Kode Sasaran filled down onto the DPA's line
        ("BELANJA OPERASI", None, True),  # the DPA's line right above its program
    ],
)
def test_an_account_line_of_a_programs_kode_however_typed_is_its_rincian(uraian, sasaran, above):
    # Each "5.1" line is its program's whole pagu again: left out, the TOTAL the programs' 3.661.557.265
    # / 159.653.500; the peringatan at each says it is not Program 5.1 of Kinerja.
    report = run_usaha_mikro(_blocks_named(uraian, sasaran, above), TWO)
    _totals(report, ["5.1", "5.2"], TWO_PAGU, TWO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    lines = ("A2", "A4") if above else ("A3", "A5")
    for cell in lines:
        assert 'bukan Program "5.1"' in said[cell] and "tidak dihitung" in said[cell], said
    assert not {"D2", "G2", "D3", "G3", "D4", "G4", "D5", "G5"} & set(said), said


@pytest.mark.parametrize("uraian", ["Rekening 5.1 Belanja Operasi", None, "Operasi"])
def test_a_line_of_a_programs_kode_not_named_belanja_stays_a_ganda(uraian):
    # Nothing tells such a row from Program 5.1 typed again: a galat at its Kode and no TOTAL (never a
    # figure counted twice, nor one guessed away).
    report = run_usaha_mikro(_blocks_named(uraian), TWO)
    galat = anggaran_said(report, GALAT)
    for cell in ("A3", "A5"):
        assert 'Kode program "5.1" ganda (sudah ada di baris 2)' in galat[cell], galat
    assert report.total_pagu is None and report.total_realisasi_anggaran is None


def test_an_own_belanja_line_is_named_in_tabel_3_3s_note_as_a_program_without_indicator():
    # Its 5.000.000.000 is in Sasaran S1's pagu (8.661.557.265) and in no program of Tabel 3.2: the note
    # names it, as it names a SIPD workbook's own "5.1 Belanja Operasi" (no Kode of Kinerja at all).
    note = catatan_tanpa_indikator(run_usaha_mikro(_own_line("S1"), TWO))
    assert (
        "Belanja Operasi (pagu Rp 5.000.000.000, realisasi s.d. Triwulan II Tahun 2025 Rp 100.000.000)"
        in note
    )
    assert UMKM not in note and PENGEMBANGAN not in note


def test_program_5_1s_spending_above_its_pagu_names_its_own_row_not_the_own_belanja_line():
    # Program 5.1 spent 4.000.000.000 of 3.578.850.965 (421.149.035 above) and the own "5.1 Belanja
    # Operasi" (row 4) 6.000.000.000 of 5.000.000.000: 3.2.3's sentence of Program 5.1 sends staff to
    # row 2's cell alone (row 4 is no row of that program).
    rows = _own_line("S1")
    rows[0] = tw2_row("5.1", UMKM, 3_578_850_965, 4_000_000_000)
    rows[2] = tw2_row("5.1", "Belanja Operasi", 5_000_000_000, 6_000_000_000, "S1")
    report = run_usaha_mikro(rows, TWO)
    text = _anggaran_kalimat(_program_5_1_node(report), report)
    assert "melebihi pagu sebesar Rp 421.149.035 (periksa Anggaran!G2," in text, text
    assert "Anggaran!G4" not in text, text
