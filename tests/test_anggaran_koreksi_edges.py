"""A koreksi row with its Kode blank (`Koreksi TW II`, `-5.000.000`) where staff put it: between a
program and its Kegiatan (the Kegiatan is no program: the galat does not call it one), the first row of
the sheet (only the row below it to correct), right above a TOTAL row typed under the programs (the
TOTAL row is no row it corrects). Totals stay withheld: nothing is guessed (koreksi_row).

Figures: Sasaran S3's programs as the seed prints them (Tabel 3.4, seed ~949-968): P3.01 spent
157.853.500 and P3.02 1.800.000 by TW II."""

from __future__ import annotations

from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    anggaran_said,
    kinerja_usaha_mikro,
    run_usaha_mikro,
    tw2_row,
)
from tests.test_engine import anggaran_row, kinerja_row

P301 = tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500)
P302 = tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000)
KOREKSI = anggaran_row(None, "Koreksi TW II", None, None, (None, -5_000_000, None, None))


def test_a_koreksi_between_a_program_and_its_kegiatan_calls_the_kegiatan_no_program():
    kinerja = [
        *kinerja_usaha_mikro(),
        kinerja_row("P3.01.1", "Kegiatan", "P3.01", "Fasilitasi Usaha Mikro", "I K", 100, (None, 40, None, None)),
    ]  # fmt: skip
    kegiatan = tw2_row("P3.01.1", "Fasilitasi Usaha Mikro", 1_000_000_000, 50_000_000)
    report = run_usaha_mikro([P301, KOREKSI, kegiatan, P302], kinerja)
    said = anggaran_said(report, "galat")["A3"]
    assert "P3.01 (baris 2)" in said and "P3.01.1 (baris 4)" in said, said
    # (before: "di antara program P3.01 (baris 2) dan P3.01.1 (baris 4)", "di baris program yang ...")
    assert "di antara program" not in said and "baris program yang" not in said, said
    assert "tidak dapat dipastikan" in said, said
    assert report.total_realisasi_anggaran is None


def test_a_koreksi_on_the_first_row_names_the_program_below():
    report = run_usaha_mikro([KOREKSI, P301, P302])
    said = anggaran_said(report, "galat")["A2"]
    # P3.01's TW II 157.853.500 less 5.000.000 = 152.853.500, the figure to type in row 3
    figure = "(Rp 157.853.500 - Rp 5.000.000 = Rp 152.853.500)"
    assert f"kurangkan Rp 5.000.000 dari realisasi TW II baris 3 {figure}" in said, said
    assert "lalu hapus baris 2" in said, said
    assert report.total_realisasi_anggaran is None


def test_a_koreksi_above_a_total_row_names_the_program_above():
    total = anggaran_row("TOTAL", "TOTAL", None, 3_661_557_265, (0, 159_653_500, None, None))
    report = run_usaha_mikro([P301, P302, KOREKSI, total])
    said = anggaran_said(report, "galat")["A4"]
    # P3.02 spent 1.800.000 by TW II: less 5.000.000 is below zero, so no figure to type is offered
    assert "P3.02 baris 3" in said and "kurangkan Rp 5.000.000 dari realisasi TW II baris 3," in said, said
    assert "TOTAL" not in said and "baris 5" not in said, said
    assert report.total_realisasi_anggaran is None


def test_a_koreksi_below_with_the_kode_typed_gets_its_advice_once():
    # (before: the advice said twice in one galat, "...lalu hapus baris ini; bila baris ini koreksi
    # realisasi P3.01 baris 2, kurangkan ... lalu hapus baris 3")
    koreksi = anggaran_row(
        "P3.01", "Koreksi realisasi (SP2D batal)", None, None, (None, -5_000_000, None, None)
    )
    report = run_usaha_mikro([P301, koreksi, P302])
    said = anggaran_said(report, "galat")["A3"]
    # P3.01's TW II 157.853.500 less 5.000.000 = 152.853.500
    assert said.count("kurangkan Rp 5.000.000 dari realisasi TW II baris 2") == 1, said
    assert "(Rp 157.853.500 - Rp 5.000.000 = Rp 152.853.500)" in said, said
    assert said.count("hapus baris") == 1, said
    assert report.total_realisasi_anggaran is None
