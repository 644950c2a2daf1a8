"""Review of anggaran55: a koreksi under SIPD's `5.1` heading line, a rounded total's slip worded."""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_anggaran import kinerja_three_programs
from tests.test_anggaran55 import _PROGRAM, _anggaran_said, _kinerja, _slipped
from tests.test_engine import anggaran_row, messages, run


def _koreksi_under_5_1(program_tw2):
    # As SIPD prints it: 5.1 BELANJA OPERASI over 5.1.02 (TW I "-", TW II a koreksi "(1.500.000)") and 5.1.06
    # (400 jt + 600 jt). 5.1's lines s.d. TW II: -1.500.000 + 1.000.000.000 = 998.500.000, TW II
    # -1.500.000 + 600.000.000 = 598.500.000; 5.1 typed so: 400.000.000 + 598.500.000
    tws = ("Rp 400.000.000,00", "Rp 598.500.000,00", None, None)
    return [
        anggaran_row("2.06.04", _PROGRAM, "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", program_tw2, None, None)),
        anggaran_row("5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00", tws),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", "Rp 700.000.000,00", ("-", "(1.500.000)", None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                     ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
    ]  # fmt: skip


def test_a_koreksi_under_a_5_1_line_netting_is_quiet():
    # 5.1 nets its lines (998.500.000 = 998.500.000) and the program nets 5.1: compared, nothing wrong;
    # "tidak dicocokkan ... di bawah nol" (not compared) was said of the block though both sums were compared
    report = run(_kinerja(), _koreksi_under_5_1("Rp 598.500.000,00"))
    assert _anggaran_said(report) == [], messages(report)
    assert Fraction(report.total_realisasi_anggaran) == 998_500_000  # 400 jt + 598,5 jt


def test_a_program_above_its_5_1_with_a_koreksi_is_told_not_called_unread():
    # the program's TW II 700 jt: s.d. TW II 1.100.000.000 against 5.1's 998.500.000, lebih 101.500.000
    report = run(_kinerja(), _koreksi_under_5_1("Rp 700.000.000,00"))
    said = dict(_anggaran_said(report))
    assert "G2" in said and "Rp 101.500.000" in said["G2"], said
    assert not any("di bawah nol" in m for m in said.values()), said


def test_a_slip_told_by_a_rounded_jumlah_says_the_sum_rounds_to_it_not_that_it_is_it():
    # "10,19 M": the programs with 6.532.742.000 sum 3.578.850.965 + 82.706.300 + 6.532.742.000 =
    # 10.194.299.265, which is not Rp 10.190.000.000: it rounds to 10,19 M (4.299.265 < 5.000.000)
    said = [
        f.pesan
        for f in run(kinerja_three_programs(), _slipped("10,19 M")).findings
        if (f.sheet, f.sel) == ("Anggaran", "D4")
    ]
    assert len(said) == 1, said
    assert "(Rp 10.194.299.265) bila dibulatkan sama dengan" in said[0], said
    assert "jumlah pagu program sama dengan" not in said[0], said  # (the sum is not Rp 10.190.000.000)


def test_dpa_lines_with_a_pagu_blank_or_dash_are_not_taken_for_adding_up():
    # 5.1.02's pagu "-" or blank beside 5.1.06's 1.800.000.000 under a program of 2.500.000.000: the lines'
    # pagu sum is unknown (1.800.000.000 as typed, 700.000.000 short), never compared: not quiet as if they
    # added up (the realisasi do: 100 + 300 = 400 jt, 250 + 350 = 600 jt)
    for pagu in ("-", None):
        rows = [
            anggaran_row("2.06.04", _PROGRAM, "", "Rp 2.500.000.000,00",
                         ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
            anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", pagu,
                         ("Rp 100.000.000,00", "Rp 250.000.000,00", None, None)),
            anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                         ("Rp 300.000.000,00", "Rp 350.000.000,00", None, None)),
        ]  # fmt: skip
        report = run(_kinerja(), rows)
        said = dict(_anggaran_said(report))
        assert "A3" in said or any(cell.startswith("A3:") for cell in said), (pagu, said)
        assert Fraction(report.total_pagu) == 2_500_000_000  # the program's, the lines left out all the same


def test_dpa_lines_with_their_pagu_only_leave_the_programs_realisasi_alone():
    # The DPA (a budget document: pagu, no realisasi) pasted under a program: 5.1.02 700.000.000 +
    # 5.1.06 1.800.000.000 = 2.500.000.000, the program's pagu; the realisasi kept per program (400 + 600 jt).
    # Not "tidak sama dengan jumlah rinciannya (Rp 0)", lebih Rp 1.000.000.000: the lines hold no spending
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
        anggaran_row("5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00"),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", "Rp 700.000.000,00"),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00"),
    ]  # fmt: skip
    report = run(_kinerja(), rows)
    assert _anggaran_said(report) == [], messages(report)
    assert Fraction(report.total_realisasi_anggaran) == 1_000_000_000  # 400 jt + 600 jt, the program's
