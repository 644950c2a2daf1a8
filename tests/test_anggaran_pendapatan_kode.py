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


@pytest.mark.parametrize("kode", ["4.01.01", "4.1.1"])
def test_a_program_kode_beginning_with_4_stays_a_program(kode):
    report = _rsud(kode, "Program Penunjang Urusan Pemerintahan Daerah")
    assert [b.kode for b in report.budgets] == ["1.02.02", kode]
    # 85,5 + 100 = 185,5 M; 87,75 + (20 + 25 + 25 + 25 = 95) = 182,75 M
    assert report.total_pagu == 185.5 * M
    assert Fraction(report.total_realisasi_anggaran) == Fraction(18275, 100) * M
