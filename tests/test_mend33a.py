"""Review of fix13 (Anggaran lines ABOVE the first program against Pengaturan's Total Pagu Perjanjian
Kinerja, B16), each seen failing on main first.

1. B16 typed as a formula summing Anggaran itself (=SUM(Anggaran!D4:D22)) always "agrees" with a line on
   top: the line was counted, P0.01's money twice, 0 galat. A formula is no evidence: left out.
2. A line between P0.01's Pagu Perubahan and its Pagu was a galat (TOTAL blank) though B16 agreed with
   it counted; its text named only the Pagu Perubahan.
3. B16 left at the pagu before the APBD-P: its peringatan said so and named a line on top too, the
   line's said B16 agreed "baik dengan maupun tanpa baris ini". The revision alone explains B16 now.
4. A SIPD block on top (5.1 with 5.1.01 under it) or two sibling lines: never weighed against B16.
5. A deep object line spending more than every program: its galat said its pagu was "lebih dari pagu
   setiap program" though the pagu fit P0.01.
6. A line counted as the agency's own: "dihitung" at its Kode beside "tidak dihitung ke sasaran mana
   pun" at its Kode Sasaran.

Figures from the seed's Tabel 3.4 (/work/shared/seeds/000_237f033edcd5cb60.txt): TOTAL pagu
27.805.047.633, realisasi 6.835.975.140; P0.01's Pagu 12.076.486.014, realisasi 5.059.823.310.
"""

from __future__ import annotations

import shutil
from fractions import Fraction

import openpyxl

from lkj_xl.build import load_report
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.common import EXAMPLE, rewrite_cells
from tests.helpers_anggaran import findings_by_cell
from tests.test_fix13 import ATK, PEGAWAI, _report, _totals
from tests.test_mend32a import SEED_PAGU, SEED_SPENT
from tests.test_mend32d import P001_PAGU, _on_top, _two_on_top

OPERASI = ("5.1", "BELANJA OPERASI")


def _nested(pagu: int, spent: int):
    """The usual SIPD paste on top: "5.1 BELANJA OPERASI" with "5.1.01 Belanja Pegawai" under it, equal."""

    def edit(ws) -> None:
        _on_top(*OPERASI, pagu, spent)(ws)
        ws.insert_rows(5, 1)
        ws["A5"], ws["B5"], ws["D5"], ws["G5"] = *PEGAWAI, pagu, spent

    return edit


def _formula_total(tmp_path, formula: str, value: int):
    """The example with "5.1.01" 8.000.000.000 (spent 2.000.000.000) on top and B16 ``formula``."""
    path = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000)(wb["Anggaran"])
    wb["Pengaturan"]["B16"] = 0
    part = f"xl/worksheets/sheet{wb.sheetnames.index('Pengaturan') + 1}.xml"
    wb.save(path)
    rewrite_cells(path, {part: [("B16", "", f"<f>{formula}</f><v>{value}</v></c>")]})
    return load_report(path)


# --- 1. B16 a formula over Anggaran -------------------------------------------------------------------


def test_a_total_pagu_pk_summing_anggaran_itself_is_no_evidence_for_a_line_on_top(tmp_path):
    # B16 =SUM(Anggaran!D4:D22), Excel's saved value 27.805.047.633 + 8.000.000.000 = 35.805.047.633 (the
    # column with the line). It agrees whatever the rows are: the line stays P0.01's rincian (TOTAL the
    # seed's 27.805.047.633 / 6.835.975.140), B16 "kurang Rp 8.000.000.000" naming the line, the line
    # naming B16 as a formula.
    report = _formula_total(tmp_path, "SUM(Anggaran!D4:D22)", 35_805_047_633)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    pk = findings_by_cell(report, "Pengaturan", PERINGATAN)["B16"]
    assert "kurang Rp 8.000.000.000" in pk and "Anggaran!A4" in pk
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "tidak dihitung" in note and "Pengaturan!B16" in note and "rumus (=SUM(Anggaran!D4:D22))" in note
    assert "baik dengan maupun tanpa" not in note  # (with it, B16 agrees: that text was false)
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


# --- 2. a line between the Pagu Perubahan and the Pagu ------------------------------------------------

# P0.01 revised to 10.000.000.000: the programs' pagu 27.805.047.633 - 12.076.486.014 + 10.000.000.000.
REVISED_10 = SEED_PAGU - P001_PAGU + 10_000_000_000  # 25.728.561.619


def test_a_line_between_the_pagu_perubahan_and_the_pagu_is_counted_when_the_total_agrees(tmp_path):
    # "5.1.01 Belanja Pegawai" 11.000.000.000 spent 2.000.000.000: above P0.01's Pagu Perubahan, within its
    # Pagu. B16 = 25.728.561.619 + 11.000.000.000 = 36.728.561.619: counted (as before fix13), TOTAL = B16,
    # realisasi 6.835.975.140 + 2.000.000.000.
    edit = _on_top(*PEGAWAI, 11_000_000_000, 2_000_000_000)
    report = _report(tmp_path, edit, total_pk=REVISED_10 + 11_000_000_000, p001_perubahan=10_000_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    assert findings_by_cell(report, "Pengaturan", PERINGATAN) == {}
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "Rp 10.000.000.000" in note and "Rp 12.076.486.014" in note  # (both pagus named)
    assert _totals(report) == (Fraction(36_728_561_619), SEED_SPENT + 2_000_000_000)


def test_a_line_between_the_pagu_perubahan_and_the_pagu_without_a_total_names_both_pagus(tmp_path):
    # B16 blank: the line may be part of P0.01's DPA before the APBD-P (12.076.486.014): left out with a
    # peringatan naming both pagus; TOTAL 25.728.561.619, realisasi the seed's.
    edit = _on_top(*PEGAWAI, 11_000_000_000, 2_000_000_000)
    report = _report(tmp_path, edit, total_pk="", p001_perubahan=10_000_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "tidak dihitung" in note and "Rp 10.000.000.000" in note and "Rp 12.076.486.014" in note
    assert _totals(report) == (Fraction(REVISED_10), SEED_SPENT)


# --- 3. B16 at the pagu before the APBD-P -------------------------------------------------------------


def test_a_total_explained_by_the_revision_alone_says_nothing_of_the_line(tmp_path):
    # P0.01 revised to 11.500.000.000; B16 27.805.047.633 = the programs' Pagu before it. The 8 M line is
    # P0.01's rincian and no part of B16's difference: B16 names the revision only, the line not B16.
    # TOTAL 27.805.047.633 - 12.076.486.014 + 11.500.000.000 = 27.228.561.619.
    edit = _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000)
    report = _report(tmp_path, edit, total_pk=SEED_PAGU, p001_perubahan=11_500_000_000)
    # (B16 equal to the programs' Pagu, the PK's before the APBD-P, is quiet since sipd49, the lead's
    # decision; it named the revision before: "Pagu sebelum perubahan")
    assert "B16" not in findings_by_cell(report, "Pengaturan", PERINGATAN)
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "tidak dihitung" in note and "Pengaturan!B16" not in note and "baik dengan" not in note
    assert _totals(report) == (Fraction(27_228_561_619), SEED_SPENT)


def test_a_total_of_the_pagu_before_the_revision_with_the_line_counts_it(tmp_path):
    # P0.01 revised to 12.500.000.000; B16 = 27.805.047.633 + 8.000.000.000 = 35.805.047.633: the Pagu
    # before the revision with the line. Counted: TOTAL 27.805.047.633 - 12.076.486.014 + 12.500.000.000
    # + 8.000.000.000 = 36.228.561.619; B16 says the revision (lebih Rp 423.513.986), not the line.
    edit = _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000)
    report = _report(tmp_path, edit, total_pk=SEED_PAGU + 8_000_000_000, p001_perubahan=12_500_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    # (B16 equal to the Pagu before the revision with the line, the PK's, is quiet since sipd49, the
    # lead's decision; it said the revision before, "lebih Rp 423.513.986 ... Pagu sebelum perubahan")
    assert "B16" not in findings_by_cell(report, "Pengaturan", PERINGATAN)
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "tidak dihitung ke total" not in note and "Pagu sebelum perubahan" in note
    assert _totals(report) == (Fraction(36_228_561_619), SEED_SPENT + 2_000_000_000)


# --- 4. blocks on top ---------------------------------------------------------------------------------


def test_a_sipd_block_on_top_that_makes_the_total_agree_is_counted_once(tmp_path):
    # 5.1 8.000.000.000 with 5.1.01 8.000.000.000 under it (its rincian); B16 = 27.805.047.633 +
    # 8.000.000.000: counted once, TOTAL 35.805.047.633, realisasi 6.835.975.140 + 2.000.000.000.
    report = _report(tmp_path, _nested(8_000_000_000, 2_000_000_000), total_pk=SEED_PAGU + 8_000_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    assert findings_by_cell(report, "Pengaturan", PERINGATAN) == {}
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "dihitung ke total Tabel 3.4" in said["A4"] and "tidak dihitung" not in said["A4"]  # (one word)
    assert "rincian 5.1 baris 4" in said["A5"] and "tidak dihitung lagi" in said["A5"]
    assert _totals(report) == (Fraction(35_805_047_633), SEED_SPENT + 2_000_000_000)


def test_a_sipd_block_on_top_and_a_total_agreeing_neither_way_name_each_other(tmp_path):
    # B16 = 27.805.047.633 + 5.000.000.000: neither way (the block is 8.000.000.000). Left out (TOTAL the
    # seed's); B16 names both rows, each row names B16.
    report = _report(tmp_path, _nested(8_000_000_000, 2_000_000_000), total_pk=SEED_PAGU + 5_000_000_000)
    pk = findings_by_cell(report, "Pengaturan", PERINGATAN)["B16"]
    # (the block named once by its outer line, 5.1.01 as its rincian: mend33i)
    assert "kurang Rp 5.000.000.000" in pk and "Anggaran!A4" in pk and "rinciannya A5" in pk
    assert "Rp 16.000.000.000" not in pk  # (the block's pagu once: 5.1.01 is 5.1's rincian)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "Pengaturan!B16" in said["A4"] and "Pengaturan!B16" in said["A5"]
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


def test_two_sibling_lines_on_top_that_make_the_total_agree_are_counted(tmp_path):
    # 5.1.01 8.000.000.000 (spent 2.000.000.000) and 5.1.02 3.000.000.000 (spent 1.000.000.000); B16 =
    # 27.805.047.633 + 11.000.000.000 = 38.805.047.633: both counted, realisasi 6.835.975.140 + 3.000.000.000.
    edit = _two_on_top(
        (*PEGAWAI, 8_000_000_000, 2_000_000_000),
        ("5.1.02", "Belanja Barang dan Jasa", 3_000_000_000, 1_000_000_000),
    )
    report = _report(tmp_path, edit, total_pk=SEED_PAGU + 11_000_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    assert findings_by_cell(report, "Pengaturan", PERINGATAN) == {}
    assert _totals(report) == (Fraction(38_805_047_633), SEED_SPENT + 3_000_000_000)


def test_two_sibling_lines_on_top_without_the_total_agreeing_stay_a_galat(tmp_path):
    # B16 the seed's (27.805.047.633): the two lines (11.000.000.000, short of P0.01's pagu) cannot be told
    # P0.01's rincian or the agency's own: a galat at each Kode, TOTAL blank (as before).
    edit = _two_on_top(
        (*PEGAWAI, 8_000_000_000, 2_000_000_000),
        ("5.1.02", "Belanja Barang dan Jasa", 3_000_000_000, 1_000_000_000),
    )
    report = _report(tmp_path, edit, total_pk=SEED_PAGU)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "A4" in galat and "A5" in galat
    assert report.total_pagu is None


# --- 5. a deep object line spending more than every program -------------------------------------------


def test_a_deep_line_spending_more_than_every_program_says_its_realisasi(tmp_path):
    # ATK pagu 20.000.000 (fits P0.01's 12.076.486.014) but realisasi 6.000.000.000, more than P0.01's
    # 5.059.823.310 (the largest spending): the realisasi fits no program, not the pagu.
    report = _report(tmp_path, _on_top(*ATK, 20_000_000, 6_000_000_000))
    galat = findings_by_cell(report, "Anggaran", GALAT)["A4"]
    assert "lebih dari pagu setiap program" not in galat
    assert "realisasinya Rp 6.000.000.000" in galat and "lebih dari realisasi setiap program" in galat


# --- 6. a line counted: its Kode and its Kode Sasaran agree -------------------------------------------


def test_a_counted_line_says_it_is_counted_in_the_total_not_toward_a_sasaran(tmp_path):
    # fix13's first case (B16 = 27.805.047.633 + 8.000.000.000): counted in Tabel 3.4's TOTAL, toward no
    # Sasaran (Kode Sasaran blank): both messages say that.
    edit = _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000)
    report = _report(tmp_path, edit, total_pk=SEED_PAGU + 8_000_000_000)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "dihitung ke total Tabel 3.4" in said["A4"] and "tidak ke sasaran mana pun" in said["A4"]
    assert "tidak dihitung ke sasaran mana pun" in said["C4"]
