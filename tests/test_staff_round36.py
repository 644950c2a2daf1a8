"""Staff round 36: a staff member typing the way real staff do, through the real readers.

- Pengaturan's text cells (Pemerintah Daerah, Perangkat Daerah, Nama/Jabatan/NIP Kepala, Tempat)
  longer than the readers keep (10.000 characters) were cut with no word, while Kinerja/Narasi texts
  got a peringatan naming the cell (mend33h): a title or a signature block printed half-written.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.build import load_report
from tests.test_fix14 import _example_with

# --- 1. Pengaturan texts over 10.000 characters: a peringatan at the cell, as Kinerja's --------------


@pytest.mark.parametrize(
    ("ref", "what"),
    [
        ("B4", "Pemerintah Daerah"),
        ("B5", "Perangkat Daerah"),
        ("B9", "Nama Kepala"),
        ("B10", "Jabatan Kepala"),
        ("B11", "NIP Kepala"),  # printed as typed when not all digits (a rank after it)
        ("B12", "Tempat Penandatanganan"),
    ],
)
def test_a_pengaturan_text_over_10000_characters_is_said_at_its_cell(tmp_path, ref, what):
    # 10.250 characters typed (a whole Renstra paragraph pasted into the wrong cell): 250 left out
    text = ("Dinas Koperasi dan Usaha Mikro " * 400)[:10_250]
    report = load_report(_example_with(tmp_path, {("Pengaturan", ref): text}))
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", ref)]
    assert [(f.severity, f.pesan) for f in said] == [
        (
            "peringatan",
            f"Teks di Pengaturan!{ref} terlalu panjang (10.250 karakter); laporan memuat 10.000 karakter "
            "pertama: persingkat teksnya",
        )
    ], (what, said)


def test_a_pengaturan_text_of_exactly_10000_characters_is_kept_whole_without_a_word(tmp_path):
    text = "a" * 10_000  # at the bound: nothing is cut
    report = load_report(_example_with(tmp_path, {("Pengaturan", "B5"): text}))
    assert report.settings.perangkat_daerah == text
    assert not [f for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B5")]


def test_an_unknown_skala_kriteria_galat_quotes_a_long_text_by_its_start(tmp_path):
    text = "Skala menurut Permendagri 86 tahun 2017 dan juga PermenPANRB " * 200  # 12.200 characters
    report = load_report(_example_with(tmp_path, {("Pengaturan", "B8"): text}))
    (galat,) = [f for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B8")]
    # findings.clip: the first 59 characters and "…" (the whole 10.000 kept buried the message)
    assert galat.severity == "galat" and f'"{text[:59]}…" tidak dikenal' in galat.pesan, galat.pesan
    assert len(galat.pesan) < 300, len(galat.pesan)


# --- 2. the Tahun typed as the fiscal span: two years, no report year -----------------------------------


@pytest.mark.parametrize("typed", ["2025/2026", "2024-2025", "2024 s.d. 2025"])
def test_a_tahun_typed_as_two_years_asks_for_the_one_report_year(tmp_path, typed):
    # Before: "2024-2025" was told "tulis satu angka saja (target: yang tertulis di Perjanjian
    # Kinerja)", the advice for a Kinerja target, and "2025/2026" "ada karakter bukan angka ('/')".
    report = load_report(_example_with(tmp_path, {("Pengaturan", "B6"): typed}))
    assert report.settings.tahun is None  # which year was meant is unknown: no year guessed
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B6")]
    assert [(f.severity, f.pesan) for f in said] == [
        (
            "galat",
            f'Parameter "Tahun" "{typed}" berisi dua tahun; tulis satu tahun saja: tahun anggaran yang dilaporkan',
        )
    ], said
    assert not [f for f in said if "Perjanjian Kinerja" in f.pesan or "Keterangan" in f.pesan]


# --- 3. a realisasi typed 85 in a cell formatted Percent afterwards (Excel shows 8.500%) ---------------


@pytest.mark.parametrize("target", ["80%", 0.8])  # typed as text; 80% typed in a Percent cell
def test_a_whole_realisasi_in_a_percent_cell_is_said_at_that_quarter_with_what_to_type(tmp_path, target):
    import openpyxl

    from tests.helpers_staff import csv_rows

    # Kinerja row 28, P4.01 "Persentase perusahaan ...": Target "80%", Nilai Akhir. Staff type 85 in
    # L28 (Realisasi TW II) and then format the column as Percent: Excel keeps 85, shows 8.500%.
    path = _example_with(tmp_path, {("Kinerja", "L28"): 85, ("Kinerja", "I28"): target})
    book = openpyxl.load_workbook(path)
    book["Kinerja"]["L28"].number_format = "0%"
    book["Kinerja"]["I28"].number_format = "0%"
    book.save(path)
    report = load_report(path)
    (p401,) = [i for i in report.indicators if i.kode == "P4.01"]
    # computed as Excel shows it (8.500 %): 8500 / 80 x 100 = 10.625 % (not guessed to be 85 %)
    assert p401.capaian == pytest.approx(float(Fraction(8500, 80) * 100))
    said = [f for f in report.findings if f.sheet == "Kinerja" and f.sel in ("I28", "L28")]
    # one peringatan, at the realisasi's own cell, saying what Excel shows and what to type
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "L28")], said
    assert "tampak 8.500%" in said[0].pesan and "ketik ulang 85%" in said[0].pesan, said[0].pesan
    # the export's Pemeriksaan table is the same finding (one computation)
    rows = csv_rows(report, "pemeriksaan")
    assert any(r["sel"] == "L28" and "tampak 8.500%" in r["pesan"] for r in rows), rows[:3]


def test_a_realisasi_in_a_percent_cell_shown_as_its_percentage_is_quiet(tmp_path):
    import openpyxl

    # 0,85 in a Percent cell (typed 85% in it): shown 85%, read 85: 85 / 80 x 100 = 106,25 %
    path = _example_with(tmp_path, {("Kinerja", "L28"): 0.85})
    book = openpyxl.load_workbook(path)
    book["Kinerja"]["L28"].number_format = "0%"
    book.save(path)
    report = load_report(path)
    (p401,) = [i for i in report.indicators if i.kode == "P4.01"]
    assert p401.capaian == pytest.approx(float(Fraction(85, 80) * 100))
    assert not [f for f in report.findings if f.sheet == "Kinerja" and f.sel in ("I28", "L28")]


def test_a_target_and_realisasi_both_whole_in_percent_cells_keep_their_ratio_quietly(tmp_path):
    import openpyxl

    # 80 and 85 both formatted Percent afterwards (shown 8.000% and 8.500%): 8500 / 8000 x 100 =
    # 106,25 %, the capaian meant, so nothing to say at the realisasi
    path = _example_with(tmp_path, {("Kinerja", "L28"): 85, ("Kinerja", "I28"): 80})
    book = openpyxl.load_workbook(path)
    book["Kinerja"]["L28"].number_format = book["Kinerja"]["I28"].number_format = "0%"
    book.save(path)
    report = load_report(path)
    (p401,) = [i for i in report.indicators if i.kode == "P4.01"]
    assert p401.capaian == pytest.approx(float(Fraction(8500, 8000) * 100))
    assert not [f for f in report.findings if f.sheet == "Kinerja" and f.sel == "L28"]


# --- 4. an amount typed with "(dalam ribuan)" after it: the advice must keep the thousands ------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("1.800.000 (dalam ribuan)", "1.800.000 ribu"),
        ("1.800 (dalam jutaan rupiah)", "1.800 juta"),
        ("1.800.000 (Rp 000)", "1.800.000 ribu"),
    ],
)
def test_an_amount_said_in_thousands_in_its_cell_is_told_to_keep_the_scale_word(tmp_path, typed, meant):
    from lkj_xl.core.numbers import parse_number

    # Anggaran!G10: P3.02's Realisasi TW II, pasted from a DPA table "dalam ribuan". Before, the galat
    # said "tulis angkanya saja (1.800.000)": typed so, 1.800.000 rupiah is read, a thousandth of the
    # 1.800.000.000 meant, and no word is said any more.
    report = load_report(_example_with(tmp_path, {("Anggaran", "G10"): typed}))
    (galat,) = [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G10")]
    assert galat.severity == "galat" and f"({meant})" in galat.pesan, galat.pesan
    assert "tulis angkanya saja" not in galat.pesan, galat.pesan
    # what it advises is read as the amount meant: 1.800.000 x 1.000 = 1.800 x 1.000.000
    assert parse_number(meant).exact == 1_800_000_000


# --- 5. a quarter's realisasi typed in thousands beside a pagu in rupiah --------------------------------


def test_a_realisasi_typed_in_thousands_is_said_at_its_cell(tmp_path):
    # Anggaran row 9, P3.01: Pagu 3.578.850.965, Realisasi TW II 157.853.500 in the seed. Typed from a
    # report "dalam ribuan": 157.853,5. Computed as typed: 157.853,5 / 3.578.850.965 x 100 = 0,0044 %
    # penyerapan, a thousandth of the seed's 4,41 %, printed before without a word.
    report = load_report(_example_with(tmp_path, {("Anggaran", "G9"): "157.853,5"}))
    (p301,) = [b for b in report.budgets if b.kode == "P3.01"]
    assert p301.penyerapan == pytest.approx(float(Fraction(1578535, 10) / 3578850965 * 100))
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G9")]
    assert said.severity == "peringatan" and "ribuan" in said.pesan, said
    assert "Rp 157.853,5" in said.pesan or "Rp 157.854" in said.pesan, said.pesan


def test_the_seeds_smallest_realisasi_share_is_quiet(tmp_path):
    # P4.01: 525.000 of 62.200.000 = 0,84 %, the seed's smallest share of a program that spent: no word
    report = load_report(_example_with(tmp_path, {}))
    assert not [f for f in report.findings if f.sheet == "Anggaran" and f.sel.startswith("G")]
