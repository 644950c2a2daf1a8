"""A BLUD's revenue line pasted among its belanja, known by its account Kode when its name is no
"Pendapatan ...": "4.1.04.16.01 Jasa Layanan Kesehatan BLUD" (SIPD's chart of accounts, Kepmendagri
050-5889: 4 Pendapatan Daerah, 4.1 PAD, 4.1.04 Lain-lain PAD yang Sah, 4.1.04.16 Pendapatan BLUD) was
counted as a program: its Rp 100 M of revenue joined Tabel 3.4's pagu and realisasi belanja, and its
Sasaran's penyerapan, with no word but "realisasi melebihi pagu" when the year's revenue beat its plan.
It is left out as "Pendapatan BLUD" is, a peringatan at its Kode; so is a financing account (6.1 ...).
A program's own Kode (Urusan 4 is the Unsur Pendukung: "4.01.01" of a Setda) and a Renstra-numbered
"4.1.1" stay programs.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run

M = 1_000_000_000


def _rsud(kode: str, nama: str):
    kinerja = [
        kinerja_row("S1", "Sasaran", "", "Mutu layanan", "Persentase klaim BPJS terbayar", "90",
                    (None, None, None, "92,5"), satuan="%", jenis="Nilai Akhir"),
        kinerja_row("1.02.02", "Program", "S1", "Program Pemenuhan Upaya Kesehatan", "Sarana sesuai standar",
                    "90", (None, None, None, "90"), satuan="%", jenis="Nilai Akhir"),
    ]  # fmt: skip
    anggaran = [
        anggaran_row("1.02.02", "Program Pemenuhan Upaya Kesehatan", "S1", "Rp 85,5 M",
                     ("20.000.000.000", "Rp 21,5 M", "22.250.000.000", "24.000.000.000")),
        anggaran_row(kode, nama, "S1", "Rp 100 M", ("Rp 20 M", "Rp 25 M", "Rp 25 M", "Rp 25 M")),
    ]  # fmt: skip
    return run(kinerja, anggaran, triwulan=4)


@pytest.mark.parametrize(
    ("kode", "nama", "what"),
    [
        ("4.1.04.16.01", "Jasa Layanan Kesehatan BLUD", "pendapatan"),
        ("4.1.4.16.01", "Jasa Layanan Kesehatan BLUD", "pendapatan"),  # unpadded, as typed
        ("4.1.04.16", "BLUD RSUD dr. Haryoto", "pendapatan"),
        ("6.1.01", "Dana BLUD tahun lalu", "pembiayaan"),
        ("4.1.04.16.01.", "Jasa Layanan Kesehatan BLUD", "pendapatan"),  # a trailing dot, as staff end a Kode
    ],
)
def test_a_revenue_account_is_no_program(kode, nama, what):
    report = _rsud(kode, nama)
    assert [b.kode for b in report.budgets] == ["1.02.02"]
    # The program alone: pagu 85,5 M; realisasi 20 + 21,5 + 22,25 + 24 = 87,75 M
    assert report.total_pagu == 85.5 * M
    assert report.total_realisasi_anggaran == 87.75 * M
    said = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "A3"]
    assert [f.severity for f in said] == [PERINGATAN]
    assert f'Baris "{nama}" adalah {what}, bukan belanja program; tidak dihitung' in said[0].pesan


@pytest.mark.parametrize(
    ("kode", "nama"),
    [
        ("4.01.01", "Program Penunjang Urusan Pemerintahan Daerah"),
        ("4.1.1", "Program Penunjang Urusan Pemerintahan Daerah"),
        # a Setda's 4.01.01 typed without its zero: also the account Kode of 4.1.01 Pajak Daerah, its
        # Uraian "Program ..." (as SIPD writes it, in capitals) makes it the program
        ("4.1.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"),
    ],
)
def test_a_program_kode_beginning_with_4_stays_a_program(kode, nama):
    report = _rsud(kode, nama)
    assert [b.kode for b in report.budgets] == ["1.02.02", kode]
    # 85,5 + 100 = 185,5 M; 87,75 + (20 + 25 + 25 + 25 = 95) = 182,75 M
    assert report.total_pagu == 185.5 * M
    assert Fraction(report.total_realisasi_anggaran) == Fraction(18275, 100) * M


def _kegiatan_only(program: str, kegiatan: list[tuple[str, str, str]]):
    """A Program of Kinerja whose Anggaran rows are its Kegiatan alone (no program row): summed into it."""
    kinerja = [
        kinerja_row("S1", "Sasaran", "", "Tata kelola", "Nilai SAKIP", "80", (None, None, None, "80"),
                    satuan="Nilai", jenis="Nilai Akhir"),
        kinerja_row(program, "Program", "S1", "Program Penunjang Urusan", "Nilai reformasi birokrasi", "80",
                    (None, None, None, "80"), satuan="Nilai", jenis="Nilai Akhir"),
    ]  # fmt: skip
    anggaran = [
        anggaran_row(k, nama, "S1", pagu, ("1.000.000", "1.000.000", "-", "")) for k, nama, pagu in kegiatan
    ]
    return run(kinerja, anggaran, triwulan=4)


@pytest.mark.parametrize(
    ("program", "kegiatan", "pagu"),
    [
        # A Renstra's Kegiatan 4.1.1.1, 4.1.1.2 of its Program 4.1.1 (four parts, "deep" as 4.1.04.16):
        # 10.000.000 + 5.000.000 = 15.000.000
        ("4.1.1", [("4.1.1.1", "Penyediaan Jasa Kantor", "10.000.000"), ("4.1.1.2", "Rapat Koordinasi", "5 jt")],
         15_000_000),
        # SIPD's Setda kegiatan 4.01.01.2.01 typed unpadded under its program 4.1.1: 12.500.000
        ("4.1.1", [("4.1.1.2.1", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "12.500.000")], 12_500_000),
        # An Inspektorat's Renstra Kegiatan 6.1.1.1 of Program 6.1.1: 7.250.000,5
        ("6.1.1", [("6.1.1.1", "Pengawasan Internal", "7.250.000,5")], Fraction(145000010, 20)),
    ],
)  # fmt: skip
def test_a_kegiatan_under_a_program_of_kinerja_is_no_revenue(program, kegiatan, pagu):
    report = _kegiatan_only(program, kegiatan)
    assert [b.kode for b in report.budgets] == [program]
    assert Fraction(report.total_pagu) == pagu
    # realisasi per kegiatan 1.000.000 + 1.000.000 + "-" (0) + blank
    assert report.total_realisasi_anggaran == 2_000_000 * len(kegiatan)
    assert not [f for f in report.findings if "pendapatan" in f.pesan or "pembiayaan" in f.pesan]


def test_a_setda_program_named_without_the_word_program_stays_a_program():
    # SIPD's 4.01.01 typed with its name alone ("Penunjang Urusan ...", no "Program"): a program, its
    # Kode not in Kinerja (a peringatan that it counts toward no Sasaran, as for any such Kode)
    report = _rsud("4.01.01", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")
    assert [b.kode for b in report.budgets] == ["1.02.02", "4.01.01"]
    assert report.total_pagu == 185.5 * M  # 85,5 + 100
