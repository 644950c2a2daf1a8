"""Staff round 36: a staff member typing the way real staff do, through the real readers.

- Pengaturan's text cells (Pemerintah Daerah, Perangkat Daerah, Nama/Jabatan/NIP Kepala, Tempat)
  longer than the readers keep (10.000 characters) were cut with no word, while Kinerja/Narasi texts
  got a peringatan naming the cell (mend33h): a title or a signature block printed half-written.
"""

from __future__ import annotations

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
