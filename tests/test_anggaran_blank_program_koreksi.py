"""A program row whose blank quarter is filled from its SIPD Sub Kegiatan rows (blank_program), one of
them holding a koreksi (a negative amount: an SP2D returned) in that quarter.

Without the program's row the same rows make the program (program_from_rincian) and the koreksi
sums, as README's Anggaran section says (3.050.000 - 1.250.000 = 1.800.000). With the row typed
blank, the koreksi stopped the quarter being filled: the program's realisasi left that quarter out
(8,1 M where the rows say 9 M), one program's figure depending on whether its blank row was typed."""

from __future__ import annotations

from lkj_xl.core.model import PERINGATAN
from tests.helpers_anggaran import findings_by_cell
from tests.test_engine import anggaran_row, kinerja_row, run

PROGRAM = "Program Pengelolaan Pendidikan"
KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Meningkatnya partisipasi pendidikan", "APK SD", "100 %", ("99,1 %", "99,5 %", "100,8 %", "101,2 %"), jenis="Nilai Akhir"),
    kinerja_row("1.01.02", "Program", "S1", PROGRAM, "Jumlah sekolah yang direhab", "12", ("2", "3", "4", "3"), satuan="Unit", jenis="Kumulatif"),
]  # fmt: skip


def _rows(rkb_tw4: str, program: bool = True):
    rkb = ("1.500.000.000", "1.500.000.000", "1.500.000.000", rkb_tw4)
    return [
        *([anggaran_row("1.01.02", PROGRAM, "S1", "12 M")] if program else []),
        anggaran_row("1.01.02.2.01.0001", "Pembangunan Ruang Kelas Baru SD", "", "5.000.000.000", rkb),
        anggaran_row(
            "1.01.02.2.01.0002", "Pengelolaan Dana BOS SD", "", "7.000.000.000", ("1.200.000.000",) * 4
        ),
    ]


def _program(report):
    (budget,) = [b for b in report.budgets if b.kode == "1.01.02"]
    return budget


def test_a_koreksi_among_the_rows_is_netted_into_the_blank_quarter():
    # TW IV: RKB -300.000.000 (SP2D returned) + BOS 1.200.000.000 = 900.000.000; TW I-III 2.700.000.000
    # each (1,5 M + 1,2 M): 3 x 2.700.000.000 + 900.000.000 = 9.000.000.000 of 12 M (75 %)
    report = run(KINERJA, _rows("-300.000.000"), triwulan=4)
    assert _program(report).realisasi_tw[3] == 900_000_000
    assert _program(report).realisasi == 9_000_000_000
    assert report.total_realisasi_anggaran == 9_000_000_000
    note = findings_by_cell(report, "Anggaran", PERINGATAN).get("I2", "")
    assert "diisi jumlah rinciannya" in note and "Rp 900.000.000" in note, note
    assert "koreksi (pengembalian belanja) -Rp 300.000.000 (1.01.02.2.01.0001 baris 3)" in note, note
    # the same rows without the program's row: the same 9.000.000.000
    alone = run(KINERJA, _rows("-300.000.000", program=False), triwulan=4)
    assert _program(alone).realisasi == 9_000_000_000


def test_a_koreksi_typed_in_brackets_is_netted_too():
    # "(300.000.000)" = -300.000.000: the same 9.000.000.000
    report = run(KINERJA, _rows("(300.000.000)"), triwulan=4)
    assert _program(report).realisasi == 9_000_000_000


def test_rows_netting_below_zero_fill_the_quarter_as_a_refund():
    # TW IV: -1.500.000.000 + 1.200.000.000 = -300.000.000, the quarter's own spending below zero while
    # s.d. TW IV 3 x 2.700.000.000 - 300.000.000 = 7.800.000.000 stays above: a refund netted, as the
    # program row's own (README Anggaran). Before anggaran50 the cell stayed blank and 8.100.000.000
    # was counted, 300.000.000 above what the rows say.
    report = run(KINERJA, _rows("-1.500.000.000"), triwulan=4)
    assert _program(report).realisasi_tw[3] == -300_000_000
    assert _program(report).realisasi == 7_800_000_000
    note = findings_by_cell(report, "Anggaran", PERINGATAN).get("I2", "")
    assert "diisi jumlah rinciannya" in note and "bersih Rp 7.800.000.000" in note, note
