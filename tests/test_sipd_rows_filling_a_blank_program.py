"""SIPD Kegiatan rows under a program row whose quarters are left blank (the Inspektorat types its
spending per Kegiatan, as SIPD gives it): the program's blank quarters take the rows' sum, and the
rows are not counted again. The peringatan at each row's Kode said "hapus baris ini": followed, the
program's quarters are blank again and its realisasi is Rp 0 (a wrong Tabel 3.4). Where the rows carry
the program's figures, the advice says to keep them until the program's own figures are typed.

Anggaran columns: A Kode, B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F..I TW I..IV; the
header is row 1, the program row 2, its Kegiatan rows 3 and 4 (TW II report).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run

KINERJA = [
    kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Pengawasan",
        "Indeks integritas",
        "72",
        (None, "72,4", None, None),
        satuan="Indeks",
        jenis="Nilai Akhir",
    ),
    kinerja_row(
        "6.01.02",
        "Program",
        "S1",
        "Program Penyelenggaraan Pengawasan",
        "Persentase obyek diperiksa",
        "100",
        ("25", "30", None, None),
        jenis="Kumulatif",
    ),
]


def kode_peringatan(report, sel):
    return [f for f in report.findings if f.sheet == "Anggaran" and f.sel == sel and f.severity == PERINGATAN]


def test_rows_filling_the_program_s_blank_quarters_are_not_advised_deleted():
    report = run(
        KINERJA,
        [
            anggaran_row("6.01.02", "PROGRAM PENYELENGGARAAN PENGAWASAN", "S1", "2.250.000.000"),
            anggaran_row(
                "6.01.02.2.01",
                "Penyelenggaraan Pengawasan Internal",
                None,
                "1.700.000.000",
                ("310 jt", "425.500.000", None, None),
            ),
            anggaran_row(
                "6.01.02.2.02",
                "Pengawasan dengan Tujuan Tertentu",
                None,
                "550.000.000",
                ("75.000.000", "98.750.000,00", None, None),
            ),
        ],
    )
    (program,) = report.budgets
    # by hand: TW I 310.000.000 + 75.000.000 = 385.000.000; TW II 425.500.000 + 98.750.000 = 524.250.000;
    # s.d. TW II 909.250.000 of 2.250.000.000
    assert program.realisasi == Fraction(909_250_000)
    # (the rows are said once for the program, at A3:A4, no longer once per row: sipd49, the lead's
    # decision on a SIPD paste's per-row peringatan; the advice is the same, in the plural)
    (said,) = kode_peringatan(report, "A3:A4")
    assert "; hapus baris-baris ini" not in said.pesan  # the old advice, which loses the spending
    assert "jangan hapus baris-baris ini" in said.pesan and "6.01.02" in said.pesan
    assert "tidak dihitung" in said.pesan  # still said: the rows are not counted on their own


@pytest.mark.parametrize("pagu", ["2.250.000.000", "2.300.000.000"])
def test_rows_beside_a_program_with_its_own_figures_are_still_advised_deleted(pagu):
    # The program's quarters typed: the rows add nothing, deleting them loses nothing.
    report = run(
        KINERJA,
        [
            anggaran_row(
                "6.01.02",
                "PROGRAM PENYELENGGARAAN PENGAWASAN",
                "S1",
                pagu,
                ("385 jt", "524.250.000", None, None),
            ),
            anggaran_row(
                "6.01.02.2.01",
                "Penyelenggaraan Pengawasan Internal",
                None,
                "1.700.000.000",
                ("310 jt", "425.500.000", None, None),
            ),
            anggaran_row(
                "6.01.02.2.02",
                "Pengawasan dengan Tujuan Tertentu",
                None,
                "550.000.000",
                ("75.000.000", "98.750.000,00", None, None),
            ),
        ],
    )
    assert report.budgets[0].realisasi == Fraction(909_250_000)
    # (sipd49, the lead's decision: SIPD rows that add up to their program's figures say nothing;
    # 1.700.000.000 + 550.000.000 = 2.250.000.000 and 385 jt + 524.250.000 = 909.250.000 are the
    # program's. Its pagu typed 2.300.000.000 differs by 50.000.000: the rows are named once, at A3:A4,
    # with the old advice)
    if pagu == "2.250.000.000":
        assert kode_peringatan(report, "A3") == kode_peringatan(report, "A3:A4") == []
        return
    (said,) = kode_peringatan(report, "A3:A4")
    assert "; hapus baris-baris ini" in said.pesan and "jangan hapus" not in said.pesan
