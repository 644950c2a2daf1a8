"""A koreksi row typed ABOVE the row it corrects (staff insert a row above: `Koreksi TW II` with
`-5.000.000`) gets the same advice as one below (koreksi_row), naming the row it corrects; a koreksi
row with its Kode blank between two programs names both candidates (which one it corrects cannot be
told). Totals stay withheld: nothing is guessed."""

from __future__ import annotations

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import findings_by_cell
from tests.test_anggaran_koreksi_row import KINERJA, PROGRAM, TWS
from tests.test_engine import anggaran_row, kinerja_row, run

PROGRAM_ROW = anggaran_row("1.01.02", PROGRAM, "S1", "55.000.000.000", TWS)
# TW II of the program row 15.000.000.000 less the koreksi 5.000.000 = 14.995.000.000, the figure to type
FIGURE = "(Rp 15.000.000.000 - Rp 5.000.000 = Rp 14.995.000.000)"


def _galat(rows):
    report = run(KINERJA, rows, triwulan=4)
    return report, findings_by_cell(report, "Anggaran", GALAT)


def test_a_koreksi_row_with_the_kode_above_the_row_it_corrects_gets_the_advice():
    koreksi = anggaran_row("1.01.02", "Koreksi TW II", "", None, (None, "-5.000.000", None, None))
    report, galat = _galat([koreksi, PROGRAM_ROW])
    said = galat["A3"]  # the program row, typed second, is the Kode typed twice
    assert "ganda (sudah ada di baris 2)" in said, said
    assert f"kurangkan Rp 5.000.000 dari realisasi TW II baris 3 {FIGURE}" in said, said
    assert "hapus baris 2" in said, said
    assert report.total_realisasi_anggaran is None


def test_a_koreksi_row_without_a_kode_above_the_row_it_corrects_gets_the_advice():
    koreksi = anggaran_row(None, "Koreksi TW II", "", None, (None, "-5.000.000", None, None))
    report, galat = _galat([koreksi, PROGRAM_ROW])
    said = galat["A2"]
    assert "kosong" in said and "1.01.02 baris 3" in said, said
    assert f"kurangkan Rp 5.000.000 dari realisasi TW II baris 3 {FIGURE}" in said, said
    assert report.total_realisasi_anggaran is None


def test_a_program_pasted_twice_above_gets_no_koreksi_advice():
    again = anggaran_row("1.01.02", PROGRAM, "S1", "55.000.000.000", TWS)
    _, galat = _galat([again, PROGRAM_ROW])
    assert "koreksi" not in galat["A3"], galat["A3"]


def test_a_koreksi_row_between_two_programs_names_both():
    kinerja = [
        *KINERJA,
        kinerja_row("1.01.03", "Program", "S1", "Program Wajib Belajar", "Jumlah siswa", "100", ("25", "25", "25", "25"), satuan="Orang", jenis="Kumulatif"),
    ]  # fmt: skip
    koreksi = anggaran_row(None, "Koreksi TW II", "", None, (None, "-5.000.000", None, None))
    other = anggaran_row("1.01.03", "Program Wajib Belajar", "S1", "1.000.000.000", ("1", "2", "3", "4"))
    report = run(kinerja, [PROGRAM_ROW, koreksi, other], triwulan=4)
    said = findings_by_cell(report, "Anggaran", GALAT)["A3"]
    assert "1.01.02 (baris 2)" in said and "1.01.03 (baris 4)" in said, said
    # (no figure given for either row: which one it corrects is not guessed)
    assert "tidak dapat dipastikan" in said and "dari realisasi TW II baris" not in said, said
    assert report.total_realisasi_anggaran is None
