"""Anggaran (anggaran54): a DPA/SIPD paste as keuangan staff type it.

- One jenis belanja line of a program's DPA pasted under its row (a Dinas Sosial's `5.1.06 Belanja Bantuan
  Sosial`, the line that matters to it; its 5.1.02 Barang dan Jasa not copied) got three peringatan: two at
  the program's Pagu and TW II saying the program is not the sum of "its rincian", and one at the line's
  Kode. One line is a part of the program's belanja, no rincian meant to add up to it: one peringatan at the
  line's Kode naming its figures beside the program's.
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_engine import anggaran_row, kinerja_row, run

_PROGRAM = "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"


def _kinerja():
    return [
        kinerja_row(
            "S1",
            "Sasaran",
            "",
            "Meningkatnya perlindungan sosial",
            "Persentase PPKS tertangani",
            "80%",
            (40, 45, None, None),
            jenis="Nilai Akhir",
        ),
        kinerja_row(
            "2.06.04",
            "Program",
            "S1",
            _PROGRAM,
            "Persentase KPM yang menerima bansos",
            "90%",
            (40, 50, None, None),
            jenis="Nilai Akhir",
        ),
    ]


def _anggaran(line_tws, line_pagu="Rp 1.800.000.000,00"):
    return [
        anggaran_row(
            "2.06.04",
            _PROGRAM,
            "",
            "Rp 2.500.000.000,00",
            ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None),
        ),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", line_pagu, line_tws),
    ]


def _said(report):
    return [(f.sel, f.pesan) for f in report.findings if f.sheet == "Anggaran"]


def test_one_belanja_line_under_its_program_is_said_once_with_its_figures():
    report = run(_kinerja(), _anggaran(("Rp 300.000.000,00", "Rp 450.000.000,00", None, None)))
    said = _said(report)
    assert [sel for sel, _ in said] == ["A3"], said
    message = said[0][1]
    # the line's pagu beside the program's: 1.800.000.000 of 2.500.000.000 (700.000.000 in other lines)
    assert "Rp 1.800.000.000" in message and "Rp 2.500.000.000" in message
    # its realisasi s.d. TW II 300 jt + 450 jt = 750.000.000 beside the program's 400 jt + 600 jt = 1 M
    assert "Rp 750.000.000" in message and "Rp 1.000.000.000" in message
    assert "tidak sama dengan jumlah rinciannya" not in message
    # the program's own figures counted, the line not again: 1.000.000.000 / 2.500.000.000 = 40 %
    assert Fraction(report.total_pagu) == 2_500_000_000
    assert Fraction(report.total_realisasi_anggaran) == 1_000_000_000


def test_one_belanja_line_with_its_pagu_alone_is_said_once_never_as_rp_0_spent():
    # the line's quarters blank (its pagu copied for the record, spending kept per program): never
    # "realisasi ... tidak sama dengan jumlah rinciannya (Rp 0 ...)"
    said = _said(run(_kinerja(), _anggaran((None, None, None, None))))
    assert [sel for sel, _ in said] == ["A3"], said
    assert "Rp 0" not in said[0][1]


def test_one_belanja_line_spending_more_than_its_program_is_still_told_at_the_program():
    # the line spent 500 jt + 700 jt = 1.200.000.000 s.d. TW II, more than the whole program's 1.000.000.000:
    # one of the two tables is wrong, said at the program's TW II as before
    said = _said(run(_kinerja(), _anggaran(("Rp 500.000.000,00", "Rp 700.000.000,00", None, None))))
    assert "G2" in [sel for sel, _ in said], said
