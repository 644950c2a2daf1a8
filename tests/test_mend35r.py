"""Rekap and tables, mend of the merged mend35m and mend35n (a reviewer's reproductions, revO).

1. A year or a date typed after the revision mark ("Dinas Kesehatan_Revisi_2025", "Dinas Kesehatan
   Revisi 2 2025") split the agency in two: its original and its revision both ranked, the pagu
   summed twice, no warning.
2. "[REVISI] Dinas Kesehatan" beside "Dinas Kesehatan": two rows both shown "Dinas Kesehatan".
3. Top-level folders "LKjIP 2024 (Arsip)" and "Laporan Lama" holding old PDFs were flagged as agencies
   without a workbook.
4. One agency's folder given with its workbook in "TW II/" flagged its "Bukti Dukung".
5. A half year's Perbandingan Kinerja header said "s.d. TW II" where the Grafik said "Semester I".
"""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core.rekap_ganda import agency_identity, pemda_words
from lkj_xl.core.rekap_revisi import shown_name
from lkj_xl.core.tables import perbandingan_kinerja
from lkj_xl.core.tables.grafik import trend_columns
from tests import test_mend35m
from tests.report_factory import seed_like_report
from tests.test_mend35i import _pdf, _said
from tests.test_mend35m import DATED_MARKS
from tests.test_rekap15 import PAGU, _workbook

_JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"
_PEMDA = "Kabupaten Lumajang"

# --- 1. a year or a date after the mark ------------------------------------------------------------


@pytest.mark.parametrize("typed", DATED_MARKS)
def test_a_year_or_date_after_the_mark_is_the_same_agency(typed):
    row = {"pemerintah_daerah": _PEMDA, "perangkat_daerah": typed}
    assert agency_identity(row) == ("kabupaten lumajang", "dinas kesehatan")
    assert shown_name(typed) == "Dinas Kesehatan"


@pytest.mark.parametrize(
    "typed", ["Dinas Kesehatan_Revisi_2025", "Dinas Kesehatan Revisi 2 2025", "[REVISI] Dinas Kesehatan"]
)
def test_a_dated_or_bracketed_mark_counts_the_agency_once(tmp_path, typed):
    # mend35m's run: Dinas Kesehatan once by its revision's 1.200.000.000, Dinas Sosial 500.000.000,
    # 1.700.000.000 in all (it was 1.000.000.000 + 1.200.000.000 + 500.000.000 = 2.700.000.000)
    test_mend35m.test_a_mark_before_the_agencys_name_is_the_same_agency_counted_once(tmp_path, typed)


@pytest.mark.parametrize(
    "typed",
    [
        "Dinas Kesehatan 2025 Revisi",  # a year before the mark stays the name's
        "Dinas Kesehatan TW II Tahun 2025 Revisi",
        "Bidang Revisi Tata Ruang 2025",
    ],
)
def test_a_year_before_the_mark_or_without_one_stays_the_names(typed):
    row = {"pemerintah_daerah": _PEMDA, "perangkat_daerah": typed}
    assert "2025" in agency_identity(row)[1] and "2025" in str(shown_name(typed))


# --- 2. square and curly brackets ------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["{Revisi} Dinas Kesehatan", "Dinas Kesehatan [Revisi]", "{REVISI} Dinas Kesehatan"]
)
def test_a_mark_in_square_or_curly_brackets_is_the_same_agency(typed):
    row = {"pemerintah_daerah": _PEMDA, "perangkat_daerah": typed}
    assert agency_identity(row) == ("kabupaten lumajang", "dinas kesehatan")
    assert shown_name(typed) == "Dinas Kesehatan"


def test_a_pemda_typed_after_a_mark_is_the_pemda_shown():
    assert pemda_words("Revisi Kabupaten Lumajang") == ["kabupaten", "lumajang"]
    assert shown_name("Revisi Kabupaten Lumajang") == "Kabupaten Lumajang"


# --- 3. an archive word at a folder name's end -------------------------------------------------------


def test_an_archive_word_at_a_folders_end_is_an_archive_folder(tmp_path):
    base = tmp_path / "tw2"
    _workbook(base / "01 Dinas Kesehatan" / "LKjIP TW II 2025.xlsx", _PEMDA, "Dinas Kesehatan")
    _pdf(base / "LKjIP 2024 (Arsip)" / "LKjIP Dinkes TW IV 2024.pdf")
    _pdf(base / "Laporan Lama" / "LKjIP Dinkes TW I 2025.pdf")
    _pdf(base / "03 Dinas Perpustakaan dan Arsip Daerah" / "LKjIP TW II 2025.pdf")
    _pdf(base / "04 Dinas Perpustakaan dan Arsip" / "LKjIP TW II 2025.pdf")
    result = lkj_xl.rekap(base, jobs=1)
    missing = _said(result, _JENIS_FOLDER)
    # the two agencies named with "Arsip" only; the archives never
    assert missing.startswith("2 folder"), missing
    assert (
        "03 Dinas Perpustakaan dan Arsip Daerah" in missing and "04 Dinas Perpustakaan dan Arsip" in missing
    )
    assert "2024 (Arsip)" not in missing and "Laporan Lama" not in missing


# --- 4. one agency's folder with its workbook in a period's subfolder ---------------------------------


def test_one_agency_folder_with_its_workbook_in_a_quarters_folder_flags_none(tmp_path):
    agency = tmp_path / "01 Dinas Kesehatan"
    _workbook(agency / "TW II" / "LKjIP TW II 2025.xlsx", _PEMDA, "Dinas Kesehatan")
    _pdf(agency / "Bukti Dukung" / "SK Kepala Dinas.pdf")
    result = lkj_xl.rekap(agency, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == PAGU
    assert _JENIS_FOLDER not in list(result.peringatan["jenis"])


def test_a_collection_with_one_workbook_still_flags_the_agency_without_one(tmp_path):
    base = tmp_path / "tw2"
    _workbook(base / "01 Dinas Kesehatan" / "LKjIP TW II 2025.xlsx", _PEMDA, "Dinas Kesehatan")
    _pdf(base / "13 Dinas Sosial" / "LKjIP Dinas Sosial TW II 2025.pdf")
    result = lkj_xl.rekap(base, jobs=1)
    assert "13 Dinas Sosial" in _said(result, _JENIS_FOLDER)


# --- 5. a half year's Perbandingan Kinerja header ----------------------------------------------------


def _header(report) -> list:
    rows = perbandingan_kinerja.layout(report).rows
    return [value for row in rows[:6] for value in row if isinstance(value, str) and value[:1] in "sS"]


@pytest.mark.parametrize(("triwulan", "now"), [(2, "Semester I 2025"), (4, "s.d. Semester II 2025")])
def test_the_half_years_perbandingan_header_names_it_as_the_grafik_does(triwulan, now):
    report = seed_like_report(triwulan=triwulan, semester=True)
    header = _header(report)
    assert now in header and dict(trend_columns(report))["kini"] == now
    assert not [h for h in header if "TW" in h], header
    if triwulan == 2:  # last year's same half year, as the Grafik's
        assert "Semester I 2024" in header


def test_a_quarters_perbandingan_header_keeps_its_tw():
    assert {"s.d. TW II 2024", "s.d. TW II 2025"} <= set(_header(seed_like_report()))
