"""Review of mend33a (lines on top of Anggaran's first program against Pengaturan!B16), each seen
failing on main first.

1. A copy of P0.01's DPA on top (its realisasi, alone or summed, P0.01's very realisasi; or the very
   rows pasted under P0.01 as its rincian) was counted when B16 agreed: P0.01's money twice.
2. A line spending more than P0.01 (no part of it) was a galat even with B16 agreeing.
3. B16 typed as numbers (=27805047633+8000000000) was "no evidence" like a formula over cells.
4. A deep object line counted still said it was "rincian belanja suatu kegiatan".
5. B16's peringatan named every row of a block (5.1 and the 5.1.01 under it), reading as twice the sum.

Figures from the seed's Tabel 3.4 (/work/shared/seeds/000_237f033edcd5cb60.txt): TOTAL pagu
27.805.047.633, realisasi 6.835.975.140; P0.01's Pagu 12.076.486.014, realisasi 5.059.823.310.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import findings_by_cell
from tests.test_fix13 import ATK, P001_SPENT, PEGAWAI, _report, _totals
from tests.test_mend32a import SEED_PAGU, SEED_SPENT
from tests.test_mend32d import P001_PAGU, _on_top, _two_on_top
from tests.test_mend33a import _formula_total, _nested

BARANG = ("5.1.02", "Belanja Barang dan Jasa")


def _under_p001(*lines):
    """Rows typed right under P0.01 (its rincian), after ``edit`` inserted the lines on top."""

    def edit(ws) -> None:
        (row,) = [r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == "P0.01"]
        for k, (kode, uraian, pagu, spent) in enumerate(lines, 1):
            ws.insert_rows(row + k, 1)
            ws.cell(row + k, 1).value, ws.cell(row + k, 2).value = kode, uraian
            ws.cell(row + k, 4).value, ws.cell(row + k, 7).value = pagu, spent

    return edit


# --- 1. a copy of P0.01's DPA on top ------------------------------------------------------------------


def test_sibling_lines_whose_realisasi_sum_to_the_programs_are_a_copy_not_counted(tmp_path):
    # 5.1.01 8.000.000.000 spent 2.000.000.000 and 5.1.02 3.076.486.014 (P0.01's 4.076.486.014 mistyped)
    # spent 3.059.823.310: 2.000.000.000 + 3.059.823.310 = 5.059.823.310, P0.01's realisasi (a copy).
    # B16 = 27.805.047.633 + 11.076.486.014 = 38.881.533.647 (column D's sum) must not count them (it was
    # 38.881.533.647 / 11.895.798.450, P0.01's money twice). Flipped by mend33j: a sure copy is left out
    # as P0.01's rincian with a peringatan, as a lone copied line is, TOTAL the seed's (a galat blanked it).
    assert P001_SPENT == 2_000_000_000 + 3_059_823_310
    edit = _two_on_top((*PEGAWAI, 8_000_000_000, 2_000_000_000), (*BARANG, 3_076_486_014, 3_059_823_310))
    report = _report(tmp_path, edit, total_pk=SEED_PAGU + 11_076_486_014)
    notes = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "A4" not in findings_by_cell(report, "Anggaran", GALAT)
    assert "tanda salinan" in notes["A4"] and "tanda salinan" in notes["A5"]
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


def test_a_lone_line_with_the_programs_very_realisasi_is_not_counted_by_the_total(tmp_path):
    # "5.1 BELANJA OPERASI" 11.076.486.014 (P0.01's 12.076.486.014 mistyped) spent 5.059.823.310, P0.01's
    # realisasi; B16 = 27.805.047.633 + 11.076.486.014: left out as P0.01's copy, TOTAL the seed's.
    edit = _on_top("5.1", "BELANJA OPERASI", 11_076_486_014, P001_SPENT)
    report = _report(tmp_path, edit, total_pk=SEED_PAGU + 11_076_486_014)
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "tidak dihitung" in note and "tanda salinan" in note and "dihitung ke total" not in note
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


def test_lines_on_top_equal_to_rincian_rows_under_the_program_are_never_counted(tmp_path):
    # The same 5.1.01 (8.000.000.000 / 2.000.000.000) and 5.1.02 (3.000.000.000 / 1.000.000.000) on top and
    # under P0.01 (with 5.2 1.076.486.014 / 2.059.823.310: 8 + 3 + 1.076.486.014 = P0.01's 12.076.486.014).
    # B16 = 27.805.047.633 + 11.000.000.000 must not count the copy on top (it was 38.805.047.633).
    # Flipped by mend33j: left out as P0.01's rincian (peringatan), TOTAL the seed's (a galat blanked it).
    assert P001_PAGU == 8_000_000_000 + 3_000_000_000 + 1_076_486_014
    pegawai, barang = (*PEGAWAI, 8_000_000_000, 2_000_000_000), (*BARANG, 3_000_000_000, 1_000_000_000)
    on_top, under = (
        _two_on_top(pegawai, barang),
        _under_p001(pegawai, barang, ("5.2", "BELANJA MODAL", 1_076_486_014, 2_059_823_310)),
    )

    def edit(ws) -> None:
        on_top(ws)
        under(ws)

    report = _report(tmp_path, edit, total_pk=SEED_PAGU + 11_000_000_000)
    notes = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "A4" not in findings_by_cell(report, "Anggaran", GALAT)
    assert "tanda salinan" in notes["A4"] and "tanda salinan" in notes["A5"]
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


# --- 2. a line spending more than the program ---------------------------------------------------------


def test_a_line_spending_more_than_the_program_is_counted_when_the_total_agrees(tmp_path):
    # P0.01 revised to 10.000.000.000; "5.1.01" 11.000.000.000 spent 6.000.000.000 (> P0.01's 5.059.823.310:
    # no part of it). B16 = 27.805.047.633 - 12.076.486.014 + 10.000.000.000 + 11.000.000.000 =
    # 36.728.561.619: counted, realisasi 6.835.975.140 + 6.000.000.000 (it was a galat, TOTAL blank).
    edit = _on_top(*PEGAWAI, 11_000_000_000, 6_000_000_000)
    report = _report(tmp_path, edit, total_pk=36_728_561_619, p001_perubahan=10_000_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    assert _totals(report) == (Fraction(36_728_561_619), SEED_SPENT + 6_000_000_000)


def test_a_line_spending_more_than_the_program_without_the_total_names_its_figures(tmp_path):
    # B16 blank: a galat naming the line's realisasi and P0.01's, and both of P0.01's pagus.
    edit = _on_top(*PEGAWAI, 11_000_000_000, 6_000_000_000)
    report = _report(tmp_path, edit, total_pk="", p001_perubahan=10_000_000_000)
    galat = findings_by_cell(report, "Anggaran", GALAT)["A4"]
    for figure in ("Rp 6.000.000.000", "Rp 5.059.823.310", "Rp 10.000.000.000", "Rp 12.076.486.014"):
        assert figure in galat
    assert report.total_pagu is None


# --- 3. B16 a formula of numbers only -----------------------------------------------------------------


def test_a_total_typed_as_a_sum_of_numbers_is_the_pk_figures(tmp_path):
    # =27805047633+8000000000 (staff adding the PK's figures in the cell) = 35.805.047.633: typed figures,
    # the line counted: TOTAL 35.805.047.633, realisasi 6.835.975.140 + 2.000.000.000.
    report = _formula_total(tmp_path, "27805047633+8000000000", 35_805_047_633)
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "bukan angka yang diketik" not in note and "dihitung ke total Tabel 3.4" in note
    assert _totals(report) == (Fraction(35_805_047_633), SEED_SPENT + 2_000_000_000)


def test_a_total_referring_to_a_name_is_still_no_evidence(tmp_path):
    # =TotalPagu (a defined name) + 0: refers to cells; no evidence, the line left out (TOTAL the seed's).
    report = _formula_total(tmp_path, "TotalPagu+0", 35_805_047_633)
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "bukan angka yang diketik" in note
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


# --- 4. a deep object line counted --------------------------------------------------------------------


def test_a_deep_line_counted_does_not_call_itself_a_rincian(tmp_path):
    # ATK 20.000.000 spent 5.000.000; B16 = 27.805.047.633 + 20.000.000: counted (TOTAL 27.825.047.633,
    # realisasi 6.840.975.140); its peringatan says it is counted, not "rincian belanja suatu kegiatan".
    report = _report(tmp_path, _on_top(*ATK, 20_000_000, 5_000_000), total_pk=SEED_PAGU + 20_000_000)
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "rincian belanja suatu kegiatan" not in note and "dihitung ke total Tabel 3.4" in note
    assert _totals(report) == (Fraction(27_825_047_633), SEED_SPENT + 5_000_000)


# --- 5. B16's peringatan names a block once -----------------------------------------------------------


def test_the_totals_peringatan_names_a_block_once_by_its_outer_line(tmp_path):
    # 5.1 8.000.000.000 with 5.1.01 8.000.000.000 under it; B16 = seed + 5.000.000.000 (neither way): the
    # block is 8.000.000.000 once: "A4 5.1 (Rp 8.000.000.000, rinciannya A5)", not 5.1.01's 8 M again.
    report = _report(tmp_path, _nested(8_000_000_000, 2_000_000_000), total_pk=SEED_PAGU + 5_000_000_000)
    pk = findings_by_cell(report, "Pengaturan", PERINGATAN)["B16"]
    assert "Anggaran!A4 5.1 (Rp 8.000.000.000, rinciannya A5)" in pk and "5.1.01 (" not in pk
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)
