"""Anggaran and Pengaturan (anggaran56).

- A DPA block's `5.1 BELANJA OPERASI` whose lines do not add up to it was told "Yang dihitung angka jenis
  belanja 5.1": 5.1 is itself a rincian left out; the program's figure is the one counted. The message
  names the program and the figure counted.
"""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_engine import anggaran_row, kinerja_row, run

_PROGRAM = "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"


def _kinerja():
    return [
        kinerja_row("S1", "Sasaran", "", "Meningkatnya perlindungan sosial", "Persentase PPKS tertangani",
                    "80%", (40, 45, None, None), jenis="Nilai Akhir"),
        kinerja_row("2.06.04", "Program", "S1", _PROGRAM, "Persentase KPM yang menerima bansos", "90%",
                    (40, 50, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip


def _dpa(barang_pagu="Rp 700.000.000,00", barang_tws=("Rp 100.000.000,00", "Rp 250.000.000,00")):
    # program 3.000.000.000 = 5.1 2.500.000.000 + 5.2 500.000.000; TW I 500 jt = 400 jt + 100 jt, TW II
    # 700 jt = 600 jt + 100 jt (s.d. TW II 1.200.000.000). 5.1 = 5.1.02 700 jt + 5.1.06 1.800 jt; TW I
    # 400 jt = 100 jt + 300 jt, TW II 600 jt = 250 jt + 350 jt (as SIPD prints 5.1 over its lines)
    return [
        anggaran_row("2.06.04", _PROGRAM, "", "Rp 3.000.000.000,00",
                     ("Rp 500.000.000,00", "Rp 700.000.000,00", None, None)),
        anggaran_row("5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00",
                     ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", barang_pagu, (*barang_tws, None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                     ("Rp 300.000.000,00", "Rp 350.000.000,00", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "Rp 500.000.000,00",
                     ("Rp 100.000.000,00", "Rp 100.000.000,00", None, None)),
    ]  # fmt: skip


def test_a_5_1_block_not_adding_up_names_the_program_figure_counted():
    # 5.1.02 pagu 650 jt, TW II 200 jt: 5.1's lines 650 + 1.800 = 2.450.000.000 (5.1 2.500.000.000, lebih
    # 50.000.000); s.d. TW II 100 + 200 + 300 + 350 = 950.000.000 (5.1 1.000.000.000, lebih 50.000.000)
    report = run(_kinerja(), _dpa("Rp 650.000.000,00", ("Rp 100.000.000,00", "Rp 200.000.000,00")))
    said = findings_by_cell(report, "Anggaran")
    program = budget_of(report, "2.06.04")
    # the program counted: pagu 3.000.000.000, realisasi s.d. TW II 500 jt + 700 jt = 1.200.000.000
    assert Fraction(program.pagu) == 3_000_000_000 and Fraction(program.realisasi) == 1_200_000_000
    assert "Rp 2.450.000.000" in said["D3"] and "Rp 950.000.000" in said["G3"], said
    for cell, figure in (("D3", "Rp 3.000.000.000"), ("G3", "Rp 1.200.000.000")):
        assert "Yang dihitung angka program 2.06.04" in said[cell] and figure in said[cell], said[cell]
        assert "Yang dihitung angka jenis belanja 5.1" not in said[cell], said[cell]


def test_a_5_1_block_differing_in_a_quarter_names_the_program_counted():
    # 5.1.02 TW I 150 jt, TW II 200 jt: s.d. TW II still 350 + 650 = 1.000.000.000 = 5.1's, but TW I
    # 150 + 300 = 450 jt against 5.1's 400 jt: told at 5.1's TW I (F3), the program's figure counted
    report = run(_kinerja(), _dpa(barang_tws=("Rp 150.000.000,00", "Rp 200.000.000,00")))
    said = findings_by_cell(report, "Anggaran")
    assert "Rp 450.000.000" in said["F3"], said
    # the program's own TW I, counted: 500.000.000
    assert "yang dihitung angka program 2.06.04, Rp 500.000.000 pada TW I" in said["F3"], said["F3"]
    assert "yang dihitung angka jenis belanja 5.1" not in said["F3"], said["F3"]
