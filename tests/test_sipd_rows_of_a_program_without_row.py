"""SIPD Sub Kegiatan rows pasted for a program whose own row was not copied (staff round 43: a Dinas
Pendidikan's annual report).

Kinerja lists the programs by their SIPD Kode (1.01.01 Penunjang, 1.01.02 Pengelolaan Pendidikan).
Anggaran has the row of 1.01.01 and, below it, the Sub Kegiatan of 1.01.02 as SIPD exports them (BOS
1.01.02.2.01.0016, DAK Fisik 1.01.02.2.01.0017), the row of 1.01.02 itself not copied. The rows were
taken for the rincian of 1.01.01, the row above them, "menurut Kodenya" (their Kode names 1.01.02): not
counted, so Tabel 3.4's TOTAL lost the whole Pengelolaan Pendidikan budget (Rp 125.500.000.000 of Rp
170.750.000.000) with only a peringatan that 1.01.01 does not add up to them. A SIPD row whose Kode
extends a program of Kinerja other than the row above is no rincian of that row: it is counted (the
program made of its rows, README Anggaran; as a row not in Kinerja when they cannot be summed), and its
peringatan names the program its Kode extends.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_engine import anggaran_row, kinerja_row, run

_KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Akses", "APK SD", 100, (None, None, None, 102), jenis="Nilai Akhir"),
    kinerja_row(
        "1.01.01",
        "Program",
        "S1",
        "Penunjang",
        "Nilai SAKIP",
        70,
        (None, None, None, 71),
        satuan="Nilai",
        jenis="Nilai Akhir",
    ),  # fmt: skip
    kinerja_row(
        "1.01.02",
        "Program",
        "S1",
        "Pengelolaan Pendidikan",
        "Sekolah direhabilitasi",
        40,
        (5, 10, 12, 13),
        satuan="Unit",
        jenis="Kumulatif",
    ),  # fmt: skip
]
_PENUNJANG = anggaran_row("1.01.01", "Penunjang", "", "45.250.000.000", ("10 M", "11 M", "12 M", "12,1 M"))
_BOS = anggaran_row("1.01.02.2.01.0016", "BOS SD", "", "62.000.000.000", ("15 M", "15 M", "16 M", "15,5 M"))
_DAK = anggaran_row(
    "1.01.02.2.01.0017", "DAK Fisik", "", "63.500.000.000", ("10 M", "15,5 M", "16 M", "19,9 M")
)


def _anggaran(report, sel):
    return [f for f in report.findings if f.sheet == "Anggaran" and f.sel == sel]


def test_sipd_rows_of_another_program_are_no_rincian_of_the_row_above():
    report = run(_KINERJA, [_PENUNJANG, _BOS, _DAK], triwulan=4)
    # Tabel 3.4's TOTAL: every row's money once, 45.250.000.000 + 62.000.000.000 + 63.500.000.000
    assert Fraction(report.total_pagu) == 170_750_000_000
    # realisasi: (10 + 11 + 12 + 12,1) M + (15 + 15 + 16 + 15,5) M + (10 + 15,5 + 16 + 19,9) M
    #          = 45,1 M + 61,5 M + 61,4 M = 168 M
    assert Fraction(report.total_realisasi_anggaran) == 168_000_000_000
    # Since anggaran44 (merged with this round): program 1.01.02 of Kinerja, without a row of its own, is
    # made from its SIPD rows (README Anggaran), counted toward S1: pagu 62.000.000.000 + 63.500.000.000
    # = 125.500.000.000; they were rows not in Kinerja when this round wrote the test (the TOTAL alike)
    assert [(b.kode, Fraction(b.pagu)) for b in report.budgets] == [
        ("1.01.01", 45_250_000_000),
        ("1.01.02", 125_500_000_000),
    ]
    # 1.01.01 is not compared with rows that are not its own
    assert _anggaran(report, "D2") == [] and _anggaran(report, "I2") == []
    for sel in ("A3", "A4", "C3", "C4"):
        for f in _anggaran(report, sel):
            assert "rincian program 1.01.01" not in f.pesan
    said = " ".join(f.pesan for sel in ("A3", "C3") for f in _anggaran(report, sel))
    assert "1.01.02" in said and "Pengelolaan Pendidikan" in said


def test_sipd_rows_below_their_own_program_row_stay_its_rincian():
    # the row of 1.01.02 typed above them: its rincian, counted once (Pagu 125.500.000.000 = 62 + 63,5 M)
    program = anggaran_row("1.01.02", "Pengelolaan Pendidikan", "", "125.500.000.000",
                           ("25 M", "30,5 M", "32 M", "35,4 M"))  # fmt: skip
    report = run(_KINERJA, [_PENUNJANG, program, _BOS, _DAK], triwulan=4)
    assert [b.kode for b in report.budgets] == ["1.01.01", "1.01.02"]
    assert Fraction(report.total_pagu) == 45_250_000_000 + 125_500_000_000


def test_a_row_named_sub_kegiatan_of_another_program_is_no_rincian_by_its_uraian():
    # The BOS row's Uraian copied with its level ("Sub Kegiatan Pengelolaan Dana BOS SD"), below a
    # program whose pagu has room for it (1.01.01 of Rp 200.000.000.000): taken for 1.01.01's rincian
    # "menurut Uraian dan letaknya" though its Kode names 1.01.02, and not counted
    penunjang = anggaran_row(
        "1.01.01", "Penunjang", "", "200.000.000.000", ("10 M", "11 M", "12 M", "12,1 M")
    )
    bos = anggaran_row("1.01.02.2.01.0016", "Sub Kegiatan Pengelolaan Dana BOS SD", "", "62.000.000.000",
                       ("15 M", "15 M", "16 M", "15,5 M"))  # fmt: skip
    report = run(_KINERJA, [penunjang, bos], triwulan=4)
    # TOTAL: 200.000.000.000 + 62.000.000.000; realisasi (10 + 11 + 12 + 12,1) M + (15 + 15 + 16 + 15,5) M
    assert Fraction(report.total_pagu) == 262_000_000_000
    assert Fraction(report.total_realisasi_anggaran) == 45_100_000_000 + 61_500_000_000
    for sel in ("A3", "C3", "D2", "I2"):
        for f in _anggaran(report, sel):
            assert "rincian program 1.01.01" not in f.pesan and "rinciannya di bawahnya" not in f.pesan
    said = " ".join(f.pesan for sel in ("A3", "C3") for f in _anggaran(report, sel))
    assert "1.01.02" in said and "Pengelolaan Pendidikan" in said
