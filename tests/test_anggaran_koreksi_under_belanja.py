"""A koreksi row typed under the DPA's belanja lines of a program (staff paste the program's row, its
jenis belanja from the DPA, then a correction line: `Koreksi` or `Pengembalian belanja TW IV`,
`-150.000.000`). Its galat named no program: `Kode program "Koreksi" kosong` alone, or, typed with its
belanja line's Kode, the advice to take the amount off that belanja line (row 3), which is not counted;
typed with the program's Kode, the belanja lines above it were called rincian of program 1.01.02
("Koreksi", baris 5). Each now names the program the block belongs to, Kode and Uraian, with the
figure to type in its counted row, as a koreksi above or below a program row does
(tests/test_anggaran_koreksi_above.py)."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.rincian_said import rows_of
from tests.helpers_anggaran import findings_by_cell
from tests.test_anggaran_koreksi_row import KINERJA, PROGRAM, TWS
from tests.test_anggaran_rincian import P2, PROGRAM_3_01
from tests.test_anggaran_rincian import kinerja as kinerja_3_01
from tests.test_engine import anggaran_row, kinerja_row, run

# Row 2: the program, TW I-IV 10 + 15 + 14 + 15 M (TWS); rows 3-4: its DPA jenis belanja, the TW IV
# 11.000.000.000 + 4.000.000.000 = 15.000.000.000 of the program's TW IV; pagu 40 M + 15 M = 55 M.
PROGRAM_ROW = anggaran_row("1.01.02", PROGRAM, "S1", "55.000.000.000", TWS)
BELANJA = [
    anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", "40.000.000.000", ("7.000.000.000", "11.000.000.000", "10.000.000.000", "11.000.000.000")),
    anggaran_row("5.2.02", "Belanja Modal Peralatan dan Mesin", "", "15.000.000.000", ("3.000.000.000", "4.000.000.000", "4.000.000.000", "4.000.000.000")),
]  # fmt: skip
# The program's TW IV 15.000.000.000 less the koreksi 150.000.000 = 14.850.000.000, the figure to type
FIGURE = "(Rp 15.000.000.000 - Rp 150.000.000 = Rp 14.850.000.000)"
NAMED = f'program 1.01.02 ("{PROGRAM}", baris 2)'


def _koreksi(kode, uraian: str) -> list:
    return anggaran_row(kode, uraian, "", None, (None, None, None, "-150.000.000"))


@pytest.mark.parametrize("uraian", ["Koreksi", "Pengembalian belanja TW IV", "KOREKSI SP2D"])
def test_a_koreksi_row_without_a_kode_under_belanja_lines_names_their_program(uraian):
    report = run(KINERJA, [PROGRAM_ROW, *BELANJA, _koreksi(None, uraian)], triwulan=4)
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert "kosong" in said and NAMED in said, said
    assert f"kurangkan Rp 150.000.000 dari realisasi TW IV baris 2 {FIGURE}" in said, said
    assert report.total_realisasi_anggaran is None  # nothing guessed while the row stands


def test_a_koreksi_under_belanja_lines_right_above_another_program_names_both_programs():
    # the next program's row right below it: the koreksi may close the block above or have been
    # inserted above the row it corrects (tests/test_anggaran_koreksi_above.py): both named, the
    # block's by its program (Kode and Uraian), never by its belanja line; no figure given
    kinerja = [
        *KINERJA,
        kinerja_row("1.01.03", "Program", "S1", "Program Wajib Belajar", "Jumlah siswa", "100", ("25", "25", "25", "25"), satuan="Orang", jenis="Kumulatif"),
    ]  # fmt: skip
    other = anggaran_row("1.01.03", "Program Wajib Belajar", "S1", "1.000.000.000", ("1", "2", "3", "4"))
    report = run(kinerja, [PROGRAM_ROW, *BELANJA, _koreksi(None, "Koreksi"), other], triwulan=4)
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert f"di antara {NAMED} di atas rinciannya dan 1.01.03 (baris 6)" in said, said
    assert "5.2.02" not in said and "dari realisasi TW IV baris" not in said, said


def test_a_koreksi_under_sipd_kegiatan_rows_names_their_program_not_a_kegiatan():
    kinerja = [
        *KINERJA,
        kinerja_row("1.01.03", "Program", "S1", "Program Wajib Belajar", "Jumlah siswa", "100", ("25", "25", "25", "25"), satuan="Orang", jenis="Kumulatif"),
    ]  # fmt: skip
    # program 1.01.02 over its two SIPD Kegiatan (TW IV 10 M + 5 M = its 15 M), then the koreksi
    kegiatan = [
        anggaran_row("1.01.02.2.01", "Pembangunan Ruang Kelas Baru SD", "", "40.000.000.000", ("7.000.000.000", "11.000.000.000", "10.000.000.000", "10.000.000.000")),
        anggaran_row("1.01.02.2.02", "Pengelolaan Dana BOS SD", "", "15.000.000.000", ("3.000.000.000", "4.000.000.000", "4.000.000.000", "5.000.000.000")),
    ]  # fmt: skip
    report = run(kinerja, [PROGRAM_ROW, *kegiatan, _koreksi(None, "Koreksi")], triwulan=4)
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert NAMED in said and f"kurangkan Rp 150.000.000 dari realisasi TW IV baris 2 {FIGURE}" in said, said
    assert "1.01.02.2.02" not in said, said


def test_a_koreksi_row_with_its_belanja_lines_kode_names_the_program_counted():
    # "5.1.02" typed twice under the program: the amount is to come off the program's row (counted),
    # and off belanja line 3 so that the lines still add up to it (11.000.000.000 - 150.000.000)
    report = run(
        KINERJA, [PROGRAM_ROW, *BELANJA, _koreksi("5.1.02", "Koreksi realisasi (SP2D batal)")], triwulan=4
    )
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert "ganda (sudah ada di baris 3)" in said, said
    assert NAMED in said and f"kurangkan Rp 150.000.000 dari realisasi TW IV baris 2 {FIGURE}" in said, said
    assert "Rp 10.850.000.000" in said, said  # belanja line 3's TW IV then
    assert report.total_realisasi_anggaran is None


def test_belanja_lines_above_a_koreksi_with_the_programs_kode_are_the_programs_rincian():
    report = run(KINERJA, [PROGRAM_ROW, *BELANJA, _koreksi("1.01.02", "Koreksi")], triwulan=4)
    notes = findings_by_cell(report, "Anggaran", PERINGATAN)
    # the lines are the program's rincian and add up to it (40 + 15 = 55 M): quiet (anggaran55), left out
    assert "A3" not in notes and "A4" not in notes, notes
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert f"kurangkan Rp 150.000.000 dari realisasi TW IV baris 2 {FIGURE}" in said, said


def test_a_koreksi_belanja_line_netting_below_zero_is_not_called_no_number():
    # "5.1.02.99 Koreksi" -150.000.000 alone under the belanja lines: its own s.d. TW IV is -150.000.000,
    # so the lines are not compared with the program; the reason was "Anggaran!I5 bukan angka"
    report = run(KINERJA, [PROGRAM_ROW, *BELANJA, _koreksi("5.1.02.99", "Koreksi")], triwulan=4)
    # (said once for the program's lines, A3:A5, since anggaran55)
    said = " ".join(f.pesan for f in report.findings if f.sheet == "Anggaran" and 5 in rows_of(f))
    assert "karena realisasi s.d. triwulan di Anggaran!I5 di bawah nol" in said, said
    assert "bukan angka" not in said, said


# --- Under the Kegiatan of Kinerja typed below their program's row (the seed's P3.01, K3.01.01, K3.01.03) -----
# The program's row is counted, its Kegiatan are a check of it (README, Anggaran): a koreksi typed under
# them was told to take the amount off the Kegiatan right above it (not counted), as under SIPD's rows before.
P3_01 = anggaran_row("P3.01", PROGRAM_3_01, "", "3.578.850.965", ("47.853.500", "110.000.000", None, None))
K3_01 = [
    anggaran_row("K3.01.01", "Kegiatan pemberdayaan usaha mikro", "", "2.000.000.000", ("40.000.000", "100.000.000", None, None)),
    anggaran_row("K3.01.03", "Kegiatan kemitraan", "", "1.578.850.965", ("7.853.500", "10.000.000", None, None)),
]  # fmt: skip
NAMED_3_01 = f'program P3.01 ("{PROGRAM_3_01}", baris 2)'
# P3.01's TW II 110.000.000 less the koreksi 5.000.000 = 105.000.000, the figure to type in its row
FIGURE_3_01 = (
    "kurangkan Rp 5.000.000 dari realisasi TW II baris 2 (Rp 110.000.000 - Rp 5.000.000 = Rp 105.000.000)"
)


def _koreksi_tw2(kode) -> list:
    return anggaran_row(kode, "Koreksi", "", None, (None, "-5.000.000", None, None))


def test_a_koreksi_under_kegiatan_of_kinerja_names_their_program_row():
    report = run(kinerja_3_01(), [P3_01, *K3_01, _koreksi_tw2(None)])
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert NAMED_3_01 in said and FIGURE_3_01 in said, said
    assert "K3.01.03" not in said, said


def test_a_koreksi_under_kegiatan_of_kinerja_above_another_program_names_both_programs():
    report = run(kinerja_3_01(), [P3_01, *K3_01, _koreksi_tw2(None), P2])
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert f"di antara {NAMED_3_01} di atas rinciannya dan P3.02 (baris 6)" in said, said


def test_a_koreksi_under_kegiatan_of_a_program_without_a_row_names_the_kegiatan_counted():
    # no row of P3.01: its Kegiatan are summed into it (counted), so the one above is the row to correct:
    # K3.01.03's TW II 10.000.000 - 5.000.000 = 5.000.000
    report = run(kinerja_3_01(), [*K3_01, _koreksi_tw2(None), P2])
    said = findings_by_cell(report, "Anggaran", GALAT)["A4"]
    assert "K3.01.03 (baris 3)" in said and "program P3.01" not in said, said


def test_a_koreksi_typed_with_a_kegiatans_kode_names_the_program_counted():
    # "K3.01.03" typed twice: the amount comes off P3.01's row (counted) and off K3.01.03's row 4 so that
    # its Kegiatan still add up to it (10.000.000 - 5.000.000 = 5.000.000)
    report = run(kinerja_3_01(), [P3_01, *K3_01, _koreksi_tw2("K3.01.03")])
    said = findings_by_cell(report, "Anggaran", GALAT)["A5"]
    assert "ganda (sudah ada di baris 4)" in said and NAMED_3_01 in said and FIGURE_3_01 in said, said
    assert "dari realisasi TW II baris 4 (Rp 10.000.000 - Rp 5.000.000 = Rp 5.000.000)" in said, said
