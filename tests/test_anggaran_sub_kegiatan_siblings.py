"""Two Sub Kegiatan rows typed one after the other under their program (a DPMPTSP's Anggaran: the
program P3.01 Rp 1,5 M split into two Sub Kegiatan, no Kegiatan row between): siblings, each a rincian
of the program, never the second a rincian of the first."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from tests.helpers_anggaran import UMKM, budget_of, findings_by_cell, kinerja_koperasi
from tests.test_engine import anggaran_row, run

# P3.01 pagu 1.500.000.000 = Sub Kegiatan A 500.000.000 + Sub Kegiatan B 1.000.000.000.
# Realisasi s.d. TW II: P3.01 150.000.000 + 300.000.000 = 450.000.000 = A's nothing (`Rp -`) + B's
# 150.000.000 + 300.000.000.
PAGU, SPENT = 1_500_000_000, 450_000_000


def _anggaran(b_pagu: object = 1_000_000_000) -> list[list]:
    return [
        anggaran_row("P3.01", UMKM, "S2", PAGU, (150_000_000, 300_000_000, None, None)),
        anggaran_row("P3.01.1", "Sub Kegiatan Penyusunan Kajian Iklim Investasi", None, 500_000_000, ("Rp -", "Rp -", None, None)),
        anggaran_row("P3.01.2", "Sub Kegiatan Fasilitasi Forum Investasi", None, b_pagu, (150_000_000, 300_000_000, None, None)),
        anggaran_row("P3.02", "PROGRAM PENGEMBANGAN UMKM", "S2", 82_706_300, (None, 1_800_000, None, None)),
    ]  # fmt: skip


def test_two_sub_kegiatan_that_add_up_to_their_program_say_nothing():
    report = run(kinerja_koperasi(), _anggaran())
    anggaran = findings_by_cell(report, c.SHEET_ANGGARAN)
    # Before: "Pagu kegiatan P3.01.1 (Rp 500.000.000) tidak sama dengan jumlah rinciannya di bawahnya
    # (Rp 1.000.000.000: P3.01.2 baris 4)" and P3.01's pagu said to be Rp 1.000.000.000 over its rincian.
    assert not [m for m in anggaran.values() if "rinciannya" in m], anggaran
    p = budget_of(report, "P3.01")
    assert (p.pagu_exact, p.realisasi_exact) == (Fraction(PAGU), Fraction(SPENT))
    # The total counts the programs once: 1.500.000.000 + 82.706.300; 450.000.000 + 1.800.000.
    assert (report.total_pagu, report.total_realisasi_anggaran) == (
        Fraction(1_582_706_300),
        Fraction(451_800_000),
    )


def test_sub_kegiatan_that_do_not_add_up_are_compared_with_the_program():
    # B typed 900.000.000: 500.000.000 + 900.000.000 = 1.400.000.000, Rp 100.000.000 under P3.01's pagu.
    report = run(kinerja_koperasi(), _anggaran(900_000_000))
    anggaran = findings_by_cell(report, c.SHEET_ANGGARAN)
    assert (
        "Rp 1.400.000.000" in anggaran["D2"] and "P3.01.1" in anggaran["D2"] and "P3.01.2" in anggaran["D2"]
    )
    assert "lebih Rp 100.000.000" in anggaran["D2"]
    assert "D3" not in anggaran  # no sum checked at the first Sub Kegiatan


def test_sub_kegiatan_spelt_with_a_hyphen_are_rincian_of_their_kegiatan():
    # "Sub-Kegiatan", "Sub - Kegiatan" (as staff type it) were no Sub Kegiatan by their Uraian: each row
    # a program not in Kinerja, counted in the total besides the program that holds it.
    for spelt in ("Sub-Kegiatan", "Sub - Kegiatan"):
        report = run(
            kinerja_koperasi(),
            [
                anggaran_row("P3.01", UMKM, "S2", PAGU, (150_000_000, 300_000_000, None, None)),
                anggaran_row(
                    "1", "Kegiatan Promosi Investasi", None, PAGU, (150_000_000, 300_000_000, None, None)
                ),
                anggaran_row("2", f"{spelt} Kajian", None, 500_000_000, ("Rp -", "Rp -", None, None)),
                anggaran_row(
                    "3", f"{spelt} Forum", None, 1_000_000_000, (150_000_000, 300_000_000, None, None)
                ),
            ],
        )
        # the program alone: 1.500.000.000 and 150.000.000 + 300.000.000, not 3.000.000.000 / 900.000.000
        assert (report.total_pagu, report.total_realisasi_anggaran) == (Fraction(PAGU), Fraction(SPENT)), (
            spelt
        )
        anggaran = findings_by_cell(report, c.SHEET_ANGGARAN)
        assert not [m for m in anggaran.values() if "rinciannya" in m or "sasaran mana pun" in m], anggaran
