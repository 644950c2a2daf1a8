"""Leftovers of the last reviews on Anggaran's lines ABOVE the first program, each seen failing on main first.

1. Pengaturan's Total Pagu Perjanjian Kinerja (B16) equal to the programs' pagu plus a "5.1.01 Belanja
   Pegawai" line on top that fits within P0.01's pagu: the line was left out as P0.01's rincian while
   B16's peringatan said "kurang Rp 8.000.000.000": two messages contradicting each other. Now the line
   is counted (the agency's own, B16 agrees) and said so; when B16 agrees neither way, the two messages
   name each other.
2. The rules for lines on top compared the pagu used alone (Pagu Perubahan when filled): a DPA block
   equal to P0.01's Pagu beside its Pagu Perubahan was a galat, and one line equal to P0.01's Pagu with
   P0.01's very realisasi was counted as the agency's own (P0.01's money twice).
3. A lone deep SIPD object line ("5.1.02.01.01.0024 ... Alat Tulis Kantor") on top was a galat
   blanking every total, though such a Kode is surely some program's rincian, never a program.

Figures from the seed's Tabel 3.4 (/work/shared/seeds/000_237f033edcd5cb60.txt, lines 953-969); the
example workbook reproduces it, Pengaturan's B16 typed 27.805.047.633 (the seed's TOTAL).
"""

from __future__ import annotations

import shutil
from fractions import Fraction

import openpyxl

from lkj_xl.build import load_report
from lkj_xl.core.export import to_dict
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.rekap import agency_row
from tests.common import EXAMPLE
from tests.helpers_anggaran import findings_by_cell
from tests.test_mend32a import SEED_PAGU, SEED_SPENT
from tests.test_mend32d import P001_PAGU, _on_top, _two_on_top

# The seed's P0.01 realisasi s.d. TW II (Tabel 3.4 row 1): 5.059.823.310.
P001_SPENT = 5_059_823_310
PEGAWAI = ("5.1.01", "Belanja Pegawai")
ATK = ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")


def _report(tmp_path, edit, total_pk=None, p001_perubahan=None):
    """The example with Anggaran edited, Pengaturan's Total Pagu PK (B16) and P0.01's Pagu Perubahan
    typed when given."""
    path = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Pengaturan"]
    assert ws["A16"].value == "Total Pagu Perjanjian Kinerja"
    if total_pk is not None:
        ws["B16"] = total_pk
    anggaran = wb["Anggaran"]
    edit(anggaran)
    if p001_perubahan is not None:
        (row,) = [r for r in range(4, anggaran.max_row + 1) if anggaran.cell(r, 1).value == "P0.01"]
        anggaran.cell(row, 5).value = p001_perubahan  # (column E: Pagu Perubahan)
    wb.save(path)
    return load_report(path)


def _totals(report) -> tuple[Fraction, Fraction]:
    """Tabel 3.4's TOTAL as the report, its export and its rekap row give it (one computation)."""
    exported, rekap = to_dict(report)["ringkasan"], agency_row(report, "laporan.xlsx")
    assert exported["total_pagu"] == rekap["pagu"] == report.total_pagu
    assert (
        exported["total_realisasi_anggaran"] == rekap["realisasi_anggaran"] == report.total_realisasi_anggaran
    )
    return Fraction(report.total_pagu), Fraction(report.total_realisasi_anggaran)


# --- 1. Total Pagu PK and a line on top ---------------------------------------------------------------


def test_a_line_on_top_that_makes_the_total_pagu_pk_agree_is_counted(tmp_path):
    # B16 = the seed's TOTAL 27.805.047.633 + the line's 8.000.000.000 = 35.805.047.633: the Perjanjian
    # Kinerja signed the line as money of its own, so it is counted (not P0.01's rincian): TOTAL
    # 35.805.047.633, realisasi 6.835.975.140 + 2.000.000.000 = 8.835.975.140, and B16 agrees.
    total_pk = SEED_PAGU + 8_000_000_000
    report = _report(tmp_path, _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000), total_pk=total_pk)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    assert (
        findings_by_cell(report, "Pengaturan", PERINGATAN) == {}
    )  # (B16 agrees: no "kurang Rp 8.000.000.000")
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "dihitung" in note and "tidak dihitung" not in note and "Total Pagu Perjanjian Kinerja" in note
    assert _totals(report) == (Fraction(35_805_047_633), SEED_SPENT + 2_000_000_000)


def test_a_line_left_out_and_a_total_pagu_pk_agreeing_neither_way_name_each_other(tmp_path):
    # B16 = 27.805.047.633 + 5.000.000.000 = 32.805.047.633: neither the programs alone (27.805.047.633)
    # nor with the line (35.805.047.633). The line stays P0.01's rincian (TOTAL the seed's), B16's
    # peringatan names the line left out, and the line's names B16: staff see both and fix one.
    report = _report(
        tmp_path, _on_top(*PEGAWAI, 8_000_000_000, 2_000_000_000), total_pk=SEED_PAGU + 5_000_000_000
    )
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    pk = findings_by_cell(report, "Pengaturan", PERINGATAN)["B16"]
    assert "kurang Rp 5.000.000.000" in pk and "Anggaran!A4" in pk and "5.1.01" in pk
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "tidak dihitung" in note and "Pengaturan!B16" in note
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


# --- 2. lines on top beside a Pagu Perubahan ----------------------------------------------------------


def test_a_block_equal_to_the_programs_pagu_before_its_revision_is_its_rincian(tmp_path):
    # P0.01's DPA before the APBD-P above it: 5.1 11.576.486.014 + 5.2 500.000.000 = 12.076.486.014 (its
    # Pagu), spent 5.000.000.000 + 59.823.310 = 5.059.823.310 (its realisasi); P0.01's Pagu Perubahan
    # 12.500.000.000. Its rincian: left out; TOTAL 27.805.047.633 - 12.076.486.014 + 12.500.000.000 =
    # 28.228.561.619 (the pagu used), not blanked by a galat.
    edit = _two_on_top(
        ("5.1", "BELANJA OPERASI", 11_576_486_014, 5_000_000_000),
        ("5.2", "BELANJA MODAL", 500_000_000, 59_823_310),
    )
    report = _report(tmp_path, edit, p001_perubahan=12_500_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "P0.01" in said["A4"] and "tidak dihitung" in said["A4"] and "P0.01" in said["A5"]
    assert "Pagu sebelum perubahan P0.01" in said["A4"]
    assert "E6" not in said  # (it equals P0.01's Pagu: no "tidak sama dengan jumlah rinciannya" there)
    assert _totals(report) == (SEED_PAGU - P001_PAGU + 12_500_000_000, SEED_SPENT)


def test_one_line_equal_to_the_programs_pagu_with_its_spending_is_no_money_of_its_own(tmp_path):
    # P0.01 revised down to 11.000.000.000; its line on top typed with its Pagu 12.076.486.014 and its
    # very realisasi 5.059.823.310: a copy of P0.01, not more money (counted, TOTAL was 26.728.561.619 +
    # 12.076.486.014 = 38.805.047.633). TOTAL 27.805.047.633 - 12.076.486.014 + 11.000.000.000 =
    # 26.728.561.619; realisasi the seed's.
    report = _report(
        tmp_path, _on_top("5.1", "BELANJA OPERASI", P001_PAGU, P001_SPENT), p001_perubahan=11_000_000_000
    )
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    assert "P0.01" in findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert _totals(report) == (SEED_PAGU - P001_PAGU + 11_000_000_000, SEED_SPENT)


def test_a_larger_line_with_the_programs_very_spending_is_a_galat(tmp_path):
    # 13.000.000.000 above P0.01's 12.076.486.014 (no part of it by its pagu) but spent exactly P0.01's
    # 5.059.823.310: the agency's own Belanja Pegawai spending P0.01's figure to the rupiah is a copy
    # with its pagu mistyped far more likely; counted (as before), TOTAL had P0.01's spending twice.
    report = _report(tmp_path, _on_top(*PEGAWAI, 13_000_000_000, P001_SPENT))
    galat = findings_by_cell(report, "Anggaran", GALAT)["A4"]
    assert "P0.01" in galat and "realisasi" in galat
    assert report.total_pagu is None


# --- 3. a deep SIPD object line on top ----------------------------------------------------------------


def test_a_deep_object_line_on_top_is_a_rincian_not_a_galat(tmp_path):
    # A sub rincian objek (six parts of Kode) is a line of some program's DPA, never a program: not
    # counted, TOTAL the seed's (27.805.047.633, 6.835.975.140), a peringatan at its Kode saying to delete
    # it. (It fits within P0.01's pagu and spending, so leaving it out loses no program's money; a deep
    # line larger than every program typed fits no program: that one stays a galat, as we cannot tell
    # whose money it is.)
    report = _report(tmp_path, _on_top(*ATK, 20_000_000, 5_000_000))
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    note = findings_by_cell(report, "Anggaran", PERINGATAN)["A4"]
    assert "tidak dihitung" in note and "hapus baris ini" in note and "baris 4" in note
    assert _totals(report) == (SEED_PAGU, SEED_SPENT)


def test_a_deep_object_line_larger_than_every_program_stays_a_galat(tmp_path):
    # 30.000.000.000 above the largest program's pagu (P0.01, 12.076.486.014): no program's rincian and
    # no program; counted or not, TOTAL may be wrong: a galat, TOTAL blank.
    report = _report(tmp_path, _on_top(*ATK, 30_000_000_000, 5_000_000))
    assert "A4" in findings_by_cell(report, "Anggaran", GALAT)
    assert report.total_pagu is None


def test_a_deep_object_line_that_makes_the_total_pagu_pk_agree_is_counted(tmp_path):
    # As item 1: B16 = 27.805.047.633 + 20.000.000 = 27.825.047.633 signed the line as money of its own.
    report = _report(tmp_path, _on_top(*ATK, 20_000_000, 5_000_000), total_pk=SEED_PAGU + 20_000_000)
    assert findings_by_cell(report, "Anggaran", GALAT) == {}
    assert findings_by_cell(report, "Pengaturan", PERINGATAN) == {}
    assert _totals(report) == (SEED_PAGU + 20_000_000, SEED_SPENT + 5_000_000)
