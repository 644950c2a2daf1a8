"""A Program's name typed with its Kode blank over the DPA's jenis belanja lines (named_program) whose
figures are the lines' sum (program_of_belanja): one peringatan at its Kode cell saying both (the Kode
read from Kinerja's name, the figures from the lines), not two at one cell for one row to fix.

Figures: P3.02 as the seed prints it (Tabel 3.4, seed ~949-968): 82.706.300 spent 1.800.000 (TW II),
here as 5.1 52.706.300 (spent 1.500.000) + 5.2 30.000.000 (spent 300.000)."""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_anggaran import PENGEMBANGAN, UMKM, budget_of, run_usaha_mikro, tw2_row
from tests.test_engine import anggaran_row

P301 = tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500)
LINES = [
    tw2_row("5.1", "BELANJA OPERASI", 52_706_300, 1_500_000),
    tw2_row("5.2", "BELANJA MODAL", 30_000_000, 300_000),
]


def _at(report, cell: str) -> list[str]:
    return [f.pesan for f in report.findings if f.sheet == "Anggaran" and f.sel == cell]


def test_the_name_read_as_a_program_and_its_figures_from_the_lines_are_one_peringatan():
    # the name typed as staff type it: lower case, a space too many
    name = anggaran_row(None, "program  pengembangan umkm ", None, None)
    report = run_usaha_mikro([P301, name, *LINES])
    p302 = budget_of(report, "P3.02")
    # 52.706.300 + 30.000.000 and 1.500.000 + 300.000
    assert (p302.pagu_exact, p302.realisasi_exact) == (Fraction(82_706_300), Fraction(1_800_000))
    (said,) = _at(report, "A3")
    assert "dibaca sebagai program P3.02" in said and "isi Kodenya (P3.02)" in said
    assert "Rp 82.706.300" in said and "Rp 1.800.000" in said and "5.1 baris 4, 5.2 baris 5" in said


def test_a_program_row_with_its_kode_over_its_lines_still_says_one_peringatan():
    report = run_usaha_mikro([P301, anggaran_row("P3.02", PENGEMBANGAN, None, None), *LINES])
    (said,) = _at(report, "A3")
    assert "Rp 82.706.300" in said and "dibaca sebagai" not in said
