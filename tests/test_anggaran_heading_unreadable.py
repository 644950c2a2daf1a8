"""Anggaran: a row heading its details (a program over its Kegiatan / Sub Kegiatan, a SIPD Urusan /
Bidang Urusan over its programs) whose realisasi cell cannot be read.

The galat at that cell stays, and nothing takes its place: Tabel 3.4 prints the program's realisasi
as `Galat (Anggaran!G2)`, never the sum of its rows. Before, the rows were not compared with the row
heading them at all: a program over Kegiatan of Kinerja had its pagu unchecked too (100 jt over
60 + 45 = 105 jt said nothing), and neither the program nor a SIPD heading left out (its pagu the sum of
the programs below it) said what its rows add up to, so staff fixing the cell had no figure to check
it against. Now the pagu is compared as always, and a peringatan at the unreadable cell gives the
rows' sum for that quarter and says it is not used in its place; a heading left out says its
realisasi could not be compared.

Grids by hand (tests/test_engine.py's helpers). Anggaran: A Kode, B Program, C Kode Sasaran, D Pagu,
E Pagu Perubahan, F-I Realisasi TW I-IV; data from row 2. Every program's indicator: 40 of 100.
"""

from __future__ import annotations

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.tables import realisasi_anggaran
from tests.helpers_anggaran import budget_of
from tests.test_engine import anggaran_row, kinerja_row, run

BAD = "12,5,0"  # two commas: ambiguous, a galat (never guessed)

PROGRAMS = [
    kinerja_row("T1", "Tujuan", "", "T", "I T", 100, (None, 40, None, None)),
    kinerja_row("S1", "Sasaran", "T1", "S", "I S", 100, (None, 40, None, None)),
    kinerja_row("P1", "Program", "S1", "PROGRAM A", "I A", 100, (None, 40, None, None)),
    kinerja_row("P2", "Program", "S1", "PROGRAM B", "I B", 100, (None, 40, None, None)),
]
KEGIATAN = [
    kinerja_row("K1.1", "Kegiatan", "P1", "Kegiatan A1", "I", 100, (None, 40, None, None)),
    kinerja_row("K1.2", "Kegiatan", "P1", "Kegiatan A2", "I", 100, (None, 40, None, None)),
]


def _findings(report, severity, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.severity, f.sel) == ("Anggaran", severity, sel)]


def _tabel34(report) -> dict[str, list]:
    """Tabel 3.4's rows by Kode (TOTAL by its label): [pagu, realisasi, persentase]."""
    out = {}
    for row in realisasi_anggaran.layout(report).rows:
        values = [v for v in row if v not in (None, "")]
        if len(values) >= 4 and values[0] == "TOTAL":
            out["TOTAL"] = values[1:4]
        elif len(values) >= 6 and isinstance(values[0], int):
            out[values[1]] = values[3:6]
    return out


def _program_over_kegiatan(pagu_k2=40_000_000):
    # P1 pagu 100.000.000, TW II unreadable; its Kegiatan K1.1 60.000.000 (TW II 20.000.000) and K1.2
    # ``pagu_k2`` (TW II 10.000.000); P2 50.000.000 spent 5.000.000.
    return run(
        PROGRAMS + KEGIATAN,
        [
            anggaran_row("P1", "PROGRAM A", None, 100_000_000, (None, BAD, None, None)),
            anggaran_row("K1.1", "Kegiatan A1", None, 60_000_000, (None, 20_000_000, None, None)),
            anggaran_row("K1.2", "Kegiatan A2", None, pagu_k2, (None, 10_000_000, None, None)),
            anggaran_row("P2", "PROGRAM B", None, 50_000_000, (None, 5_000_000, None, None)),
        ],
    )


def test_the_program_s_galat_stays_and_its_rows_sum_is_not_its_figure():
    report = _program_over_kegiatan()
    assert _findings(report, GALAT, "G2"), report.findings  # the unreadable cell's galat
    assert budget_of(report, "P1").realisasi is None  # not 20.000.000 + 10.000.000
    tabel = _tabel34(report)
    assert tabel["P1"][1] == "Galat (Anggaran!G2)" and tabel["TOTAL"][1] == "Galat (Anggaran!G2)", tabel
    assert tabel["P1"][0] == 100_000_000 and tabel["P2"] == [50_000_000, 5_000_000, 10.0], tabel
    assert "K1.1" not in tabel and "K1.2" not in tabel  # rincian: never listed as programs


def test_the_rows_sum_is_said_at_the_unreadable_cell():
    report = _program_over_kegiatan()
    (said,) = _findings(report, PERINGATAN, "G2")
    # TW II of the rows: 20.000.000 + 10.000.000 = 30.000.000
    assert "Rp 30.000.000" in said and "K1.1 baris 3" in said and "K1.2 baris 4" in said, said
    assert "program P1" in said and "tidak dipakai" in said, said


def test_the_program_s_pagu_is_still_compared_with_its_rows():
    # pagu 100.000.000 over 60.000.000 + 45.000.000 = 105.000.000: 5.000.000 apart
    report = _program_over_kegiatan(pagu_k2=45_000_000)
    (said,) = _findings(report, PERINGATAN, "D2")
    assert "Rp 100.000.000" in said and "Rp 105.000.000" in said, said
    # the pagu that adds up says nothing
    assert not _findings(_program_over_kegiatan(), PERINGATAN, "D2")


def test_a_sipd_copy_under_a_program_with_an_unreadable_cell():
    # SIPD's Kegiatan rows (P1.2.01, P1.2.02: not in Kinerja, left out as rincian of P1)
    report = run(
        PROGRAMS,
        [
            anggaran_row("P1", "PROGRAM A", None, 100_000_000, (None, BAD, None, None)),
            anggaran_row("P1.2.01", "Kegiatan A1", None, 60_000_000, (None, 20_000_000, None, None)),
            anggaran_row("P1.2.02", "Kegiatan A2", None, 40_000_000, (None, 10_000_000, None, None)),
            anggaran_row("P2", "PROGRAM B", None, 50_000_000, (None, 5_000_000, None, None)),
        ],
    )
    assert _findings(report, GALAT, "G2")
    assert budget_of(report, "P1").realisasi is None and _tabel34(report)["P1"][1] == "Galat (Anggaran!G2)"
    (said,) = _findings(report, PERINGATAN, "G2")
    assert "Rp 30.000.000" in said and "P1.2.01 baris 3" in said and "tidak dipakai" in said, said


def test_a_heading_left_out_says_its_realisasi_was_not_compared():
    # "2.17 BIDANG URUSAN KOPERASI" pagu 150.000.000 = P1 100.000.000 + P2 50.000.000 below it: left
    # out as before; its TW II unreadable, so its spending cannot be matched with theirs (30.000.000 +
    # 5.000.000 = 35.000.000): it says so, and the galat stays
    report = run(
        PROGRAMS,
        [
            anggaran_row("2.17", "BIDANG URUSAN KOPERASI", None, 150_000_000, (None, BAD, None, None)),
            anggaran_row("P1", "PROGRAM A", None, 100_000_000, (None, 30_000_000, None, None)),
            anggaran_row("P2", "PROGRAM B", None, 50_000_000, (None, 5_000_000, None, None)),
        ],
    )
    assert _findings(report, GALAT, "G2")
    (said,) = _findings(report, PERINGATAN, "A2")
    assert "tidak dihitung" in said, said
    assert "Realisasi TW II-nya (G2) tidak dapat dipakai" in said and "Rp 35.000.000" in said, said
    tabel = _tabel34(report)  # the programs' own figures
    assert tabel["TOTAL"][:2] == [150_000_000, 35_000_000] and "2.17" not in tabel, tabel


def test_readable_cells_say_nothing_new():
    report = run(
        PROGRAMS + KEGIATAN,
        [
            anggaran_row("P1", "PROGRAM A", None, 100_000_000, (None, 30_000_000, None, None)),
            anggaran_row("K1.1", "Kegiatan A1", None, 60_000_000, (None, 20_000_000, None, None)),
            anggaran_row("K1.2", "Kegiatan A2", None, 40_000_000, (None, 10_000_000, None, None)),
            anggaran_row("P2", "PROGRAM B", None, 50_000_000, (None, 5_000_000, None, None)),
        ],
    )
    assert not [f for f in report.findings if f.sheet == "Anggaran"], report.findings
    assert budget_of(report, "P1").realisasi == 30_000_000
