"""Anggaran (anggaran55): a DPA paste of a program's jenis belanja lines as SIPD prints it.

- The lines under a program adding up exactly to its pagu and realisasi got one peringatan each ("hapus
  baris ini"): a false alarm on every honest paste, where SIPD's Kegiatan rows that add up are quiet.
- A koreksi `(1.500.000)` in a quarter of a DPA line (a refund) nets in its sum like any quarter.
"""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_anggaran import UMKM, kinerja_three_programs
from tests.test_engine import anggaran_row, kinerja_row, messages, run

_PROGRAM = "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"


def _kinerja():
    return [
        kinerja_row("S1", "Sasaran", "", "Meningkatnya perlindungan sosial", "Persentase PPKS tertangani",
                    "80%", (40, 45, None, None), jenis="Nilai Akhir"),
        kinerja_row("2.06.04", "Program", "S1", _PROGRAM, "Persentase KPM yang menerima bansos", "90%",
                    (40, 50, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip


def _dpa(tw2_barang="Rp 250.000.000,00"):
    # program 2.500.000.000 = 5.1.02 700.000.000 + 5.1.06 1.800.000.000; TW I 400 jt = 100 jt + 300 jt,
    # TW II 600 jt = 250 jt + 350 jt (as SIPD prints 5.1 over its 5.1.02 and 5.1.06)
    return [
        anggaran_row("2.06.04", _PROGRAM, "", "Rp 2.500.000.000,00",
                     ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
        anggaran_row("5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00",
                     ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", "Rp 700.000.000,00",
                     ("Rp 100.000.000,00", tw2_barang, None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                     ("Rp 300.000.000,00", "Rp 350.000.000,00", None, None)),
    ]  # fmt: skip


def _anggaran_said(report):
    return [(f.sel, f.pesan) for f in report.findings if f.sheet == "Anggaran"]


def test_dpa_lines_adding_up_to_their_program_are_quiet():
    report = run(_kinerja(), _dpa())
    assert _anggaran_said(report) == [], messages(report)
    # the program counted once: 1.000.000.000 / 2.500.000.000 = 40 %
    assert Fraction(report.total_pagu) == 2_500_000_000
    assert Fraction(report.total_realisasi_anggaran) == 1_000_000_000


def test_dpa_lines_not_adding_up_are_told_once_at_the_program():
    # 5.1.02's TW II typed 200 jt: 5.1 still says 400 + 600 = 1.000.000.000, its lines s.d. TW II
    # 5.1.02 100 + 200 = 300 jt + 5.1.06 300 + 350 = 650 jt = 950.000.000: 5.1 lebih 50.000.000 told at its
    # realisasi (G3), the lines said once for the block (A3:A5), never one peringatan per line
    report = run(_kinerja(), _dpa("Rp 200.000.000,00"))
    said = dict(_anggaran_said(report))
    assert "Rp 950.000.000" in said["G3"] and "Rp 50.000.000" in said["G3"], said
    assert "A3:A5" in said and "hapus baris-baris ini" in said["A3:A5"], said
    assert not {"A3", "A4", "A5"} & set(said), said


# --- A koreksi in a quarter of a DPA line: `(1.500.000)`, the line's net s.d. TW II below zero ------------


def _koreksi_rows(program_tw2):
    # 5.1.02 TW I "-", TW II "(1.500.000)" (a refund: its own s.d. TW II -1.500.000); 5.1.06 400 jt + 600 jt.
    # The lines s.d. TW II: -1.500.000 + 1.000.000.000 = 998.500.000; TW II -1.500.000 + 600 jt = 598.500.000
    return [
        anggaran_row("2.06.04", _PROGRAM, "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", program_tw2, None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", "Rp 700.000.000,00", ("-", "(1.500.000)", None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                     ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
    ]  # fmt: skip


def test_a_koreksi_line_netting_with_its_program_is_quiet():
    # the program's TW II 598.500.000 = the lines' (above): nothing wrong, nothing said
    report = run(_kinerja(), _koreksi_rows("598.500.000"))
    assert _anggaran_said(report) == [], messages(report)
    assert Fraction(report.total_realisasi_anggaran) == 998_500_000  # 400 jt + 598,5 jt


def test_a_program_not_netting_its_koreksi_is_told_at_its_realisasi():
    # the program's TW II 700.000.000: s.d. TW II 1.100.000.000 against the lines' 998.500.000, lebih
    # 101.500.000 (penyerapan 1,1 M / 2,5 M = 44 % where the lines give 39,94 %): told at G2, never hidden
    # behind "tidak dicocokkan ... di bawah nol"
    report = run(_kinerja(), _koreksi_rows("700.000.000"))
    said = dict(_anggaran_said(report))
    assert "G2" in said and "Rp 998.500.000" in said["G2"] and "Rp 101.500.000" in said["G2"], said
    assert not any("di bawah nol" in m for m in said.values()), said


# --- A `,000` pagu slip told by a total typed rounded in a scale word ------------------------------------


def _slipped(total):
    # tests/test_anggaran54's sheet: 3.30.03 meant 6.532.742.000, typed "6.532.742,000" (read 6.532.742).
    # The programs as typed: 3.578.850.965 + 82.706.300 + 6.532.742 = 3.668.090.007; slipped back:
    # 3.578.850.965 + 82.706.300 + 6.532.742.000 = 10.194.299.265
    return [
        anggaran_row("2.17.03", UMKM, None, "Rp 3.578.850.965", ("Rp 47.853.500", "Rp 110.000.000", None, None)),
        anggaran_row("2.17.04", "PROGRAM PENGEMBANGAN UMKM", None, "Rp 82.706.300", ("-", "Rp 1.800.000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "6.532.742,000", ("-", "-", None, None)),
        *([anggaran_row("", "JUMLAH", None, total, (None, None, None, None))] if total else []),
    ]  # fmt: skip


def _slip_said(report):
    return [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == ("Anggaran", "D4") and "titik ribuan" in f.pesan
    ]


def test_a_jumlah_rounded_in_m_to_the_slipped_sum_tells_it():
    # "10,19 M": 10.194.299.265 rounds to 10,19 M (|10.194.299.265 - 10.190.000.000| = 4.299.265 < 5.000.000,
    # half of 0,01 M); 3.668.090.007 is far from it
    said = _slip_said(run(kinerja_three_programs(), _slipped("10,19 M")))
    assert len(said) == 1 and "tulis 6.532.742.000" in said[0], said


def test_a_total_pagu_pk_rounded_in_m_to_the_slipped_sum_tells_it():
    # "10,2 M" in Pengaturan: 10.194.299.265 within 50.000.000 (half of 0,1 M) of 10.200.000.000
    report = run(kinerja_three_programs(), _slipped(None), **{"Total Pagu Perjanjian Kinerja": "10,2 M"})
    said = _slip_said(report)
    assert len(said) == 1 and "tulis 6.532.742.000" in said[0], messages(report)


def test_a_rounded_jumlah_of_the_sum_as_typed_or_of_neither_stays_quiet():
    # "3,67 M": the sum as typed 3.668.090.007 rounds to it (1.909.993 < 5.000.000): the pagu meant as typed;
    # "12,5 M" matches neither 3.668.090.007 nor 10.194.299.265: no slip told on it
    for total in ("3,67 M", "12,5 M"):
        assert _slip_said(run(kinerja_three_programs(), _slipped(total))) == [], total


# --- A DPA of 8 programs with their belanja lines as SIPD prints them ------------------------------------


def _jt(amount):
    """An amount in juta as SIPD prints it: 'Rp 1.250.000.000,00'."""
    return "Rp " + f"{amount * 1_000_000:,}".replace(",", ".") + ",00"


def _eight_programs(tw2_of_the_fifth=None):
    # program k (1..8): 5.1.01 k x 100 jt, 5.1.02 k x 200 jt (5.1 their sum), 5.2.02 250 jt: pagu k x 300 jt
    # + 250 jt; TW I 5.1.01 k x 20 jt, 5.1.02 k x 30 jt, 5.2.02 "-"; TW II k x 25 jt, k x 40 jt, 100 jt
    kinerja = [kinerja_row("S1", "Sasaran", "", "Meningkatnya perlindungan sosial", "Persentase PPKS tertangani",
                           "80%", (40, 45, None, None), jenis="Nilai Akhir")]  # fmt: skip
    rows = []
    for k in range(1, 9):
        kode, name = f"2.06.0{k}", f"PROGRAM PERLINDUNGAN SOSIAL {k}"
        kinerja.append(kinerja_row(kode, "Program", "S1", name, f"Persentase KPM {k}", "90%", (40, 50, None, None),
                                   jenis="Nilai Akhir"))  # fmt: skip
        tw2 = k * 65 + 100 if k != 5 or tw2_of_the_fifth is None else tw2_of_the_fifth
        rows += [
            anggaran_row(kode, name, "", _jt(k * 300 + 250), (_jt(k * 50), _jt(tw2), None, None)),
            anggaran_row("5.1", "BELANJA OPERASI", "", _jt(k * 300), (_jt(k * 50), _jt(k * 65), None, None)),
            anggaran_row("5.1.01", "Belanja Pegawai", "", _jt(k * 100), (_jt(k * 20), _jt(k * 25), None, None)),
            anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", _jt(k * 200), (_jt(k * 30), _jt(k * 40), None, None)),
            anggaran_row("5.2", "BELANJA MODAL", "", _jt(250), ("-", _jt(100), None, None)),
            anggaran_row("5.2.02", "Belanja Modal Peralatan dan Mesin", "", _jt(250), ("-", _jt(100), None, None)),
        ]  # fmt: skip
    return kinerja, rows


def test_a_dpa_of_eight_programs_with_their_lines_is_quiet_and_counted_once():
    report = run(*_eight_programs())
    assert _anggaran_said(report) == [], messages(report)
    # 1 + ... + 8 = 36: pagu 36 x 300 jt + 8 x 250 jt = 12.800.000.000; realisasi s.d. TW II
    # 36 x (50 + 65) jt + 8 x 100 jt = 4.940.000.000 (penyerapan 38,59 %)
    assert Fraction(report.total_pagu) == 12_800_000_000
    assert Fraction(report.total_realisasi_anggaran) == 4_940_000_000


def test_a_dpa_of_eight_programs_one_realisasi_mistyped_is_told_at_it():
    # program 2.06.05's TW II typed 525 jt where its lines give 5 x 65 + 100 = 425 jt: told at G26
    # (525 - 425 = 100 jt more; rows of program k start at 2 + 6 x (k - 1): row 26 for k = 5)
    report = run(*_eight_programs(tw2_of_the_fifth=525))
    said = dict(_anggaran_said(report))
    assert "G26" in said and "Rp 100.000.000" in said["G26"], said
