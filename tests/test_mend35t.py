"""Rekap, mend of the merged mend35r (a reviewer's reproductions, revQ).

1. "UPT Puskesmas 2 Revisi 30 Juni 2025" beside "UPT Puskesmas 1 Revisi 30 Juni 2025" were read as
   one agency "upt puskesmas": Puskesmas 1's pagu dropped. A number before the mark is the name's.
2. "Dinas Kesehatan TW 2 Revisi 2025" beside "Dinas Kesehatan": two rows, both shown "Dinas
   Kesehatan" (the identity kept "tw 2"); and "Revisi Tahun 2025", "Revisi per/tgl 30 Juni 2025"
   split the agency.
3. A collection folder whose workbooks lie in "TW II/" beside "13 Dinas Sosial/" holding only a PDF
   was read as one agency's folder (no warning); folders "Disperpusip Arsip", "Pasar Lama" were read
   as archive folders.
"""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import other_files_warnings
from lkj_xl.core.rekap_ganda import agency_identity
from lkj_xl.core.rekap_revisi import shown_name
from tests import test_mend35m
from tests.test_mend35i import _file, _pdf, _said
from tests.test_rekap15 import _workbook

_JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"
_PEMDA = "Kabupaten Lumajang"


def _identity(name: str) -> object:
    return agency_identity({"pemerintah_daerah": _PEMDA, "perangkat_daerah": name})


# --- 1. a number before the mark is the name's -----------------------------------------------------


def test_two_numbered_units_revised_on_one_date_are_two_agencies(tmp_path):
    folder = tmp_path / "tw2"
    _file(
        folder / "Puskesmas 1.xlsx",
        _PEMDA,
        "UPT Puskesmas 1 Revisi 30 Juni 2025",
        "1.000.000.000",
        disk=1_751_000_000,
    )
    _file(
        folder / "Puskesmas 2.xlsx",
        _PEMDA,
        "UPT Puskesmas 2 Revisi 30 Juni 2025",
        "1.200.000.000",
        disk=1_751_000_060,
    )
    _file(folder / "Dinsos.xlsx", _PEMDA, "Dinas Sosial", "500.000.000", disk=1_751_000_060)
    result = lkj_xl.rekap(folder, jobs=1)
    rows = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    # three agencies, each file counted: 1.000.000.000 + 1.200.000.000 + 500.000.000 = 2.700.000.000
    assert rows == {
        "UPT Puskesmas 1": 1_000_000_000,
        "UPT Puskesmas 2": 1_200_000_000,
        "Dinas Sosial": 500_000_000,
    }
    assert sum(rows.values()) == 2_700_000_000
    assert "Perangkat daerah ganda" not in list(result.peringatan["jenis"])


@pytest.mark.parametrize(
    ("typed", "name", "words"),
    [
        ("UPT Puskesmas 2 Revisi 30 Juni 2025", "UPT Puskesmas 2", "upt puskesmas 2"),
        ("UPT Puskesmas 2 Revisi 2 2025", "UPT Puskesmas 2", "upt puskesmas 2"),
        ("UPT Puskesmas 2 Revisi", "UPT Puskesmas 2", "upt puskesmas 2"),
        ("SMP Negeri 12 Revisi 2025", "SMP Negeri 12", "smp negeri 12"),
        ("UPT Puskesmas Kunir II Revisi", "UPT Puskesmas Kunir II", "upt puskesmas kunir ii"),
        ("UPT Puskesmas Kunir II Revisi 30 Juni 2025", "UPT Puskesmas Kunir II", "upt puskesmas kunir ii"),
    ],
)
def test_a_number_before_the_mark_stays_the_names(typed, name, words):
    assert shown_name(typed) == name
    assert _identity(typed) == (_PEMDA.casefold(), words)


# --- 2. the shown name and the identity drop the same words -----------------------------------------

SAME_AGENCY = [
    "Dinas Kesehatan TW 2 Revisi 2025",
    "Dinas Kesehatan TW 2 Revisi",
    "Dinas Kesehatan TW II Revisi 2025",
    "Dinas Kesehatan TW II Revisi [2025]",
    "Dinas Kesehatan Revisi Tahun 2025",
    "Dinas Kesehatan Revisi per 30 Juni 2025",
    "Dinas Kesehatan Revisi tgl 30 Juni 2025",
    "Dinas Kesehatan Revisi tanggal 30 Juni 2025",
    "Dinas Kesehatan TW2-REVISI",
]


@pytest.mark.parametrize("typed", SAME_AGENCY)
def test_a_dated_or_quartered_mark_is_the_same_agency_and_shown_so(typed):
    assert _identity(typed) == ("kabupaten lumajang", "dinas kesehatan")
    assert shown_name(typed) == "Dinas Kesehatan"


@pytest.mark.parametrize(
    "typed",
    [
        *SAME_AGENCY,
        "UPT Puskesmas 2 Revisi 30 Juni 2025",
        "SMP Negeri 12 Revisi 2025",
        "Dinas Kesehatan TW II Tahun 2025 Revisi",
        "Dinas Kesehatan 2025 Revisi",
        "Dinas Kesehatan (Perbaikan) Kabupaten Lumajang",
    ],
)
def test_the_shown_name_is_the_same_agency_as_the_typed_one(typed):
    assert _identity(str(shown_name(typed))) == _identity(typed)


def test_two_names_shown_alike_are_one_agency():
    # every pair of names above shown with one name is one agency to the duplicate check
    names = [*SAME_AGENCY, "Dinas Kesehatan", "UPT Puskesmas 1 Revisi 30 Juni 2025", "UPT Puskesmas 1"]
    for a in names:
        for b in names:
            if shown_name(a) == shown_name(b):
                assert _identity(a) == _identity(b), (a, b)


@pytest.mark.parametrize(
    "typed", ["Dinas Kesehatan TW 2 Revisi 2025", "Dinas Kesehatan Revisi per 30 Juni 2025"]
)
def test_a_quartered_or_dated_revision_counts_the_agency_once(tmp_path, typed):
    # mend35m's run: Dinas Kesehatan once by its revision's 1.200.000.000, Dinas Sosial 500.000.000,
    # 1.700.000.000 in all (it was 1.000.000.000 + 1.200.000.000 + 500.000.000 = 2.700.000.000)
    test_mend35m.test_a_mark_before_the_agencys_name_is_the_same_agency_counted_once(tmp_path, typed)


# --- 3. folders ----------------------------------------------------------------------------------

_ROOT = "/d/LKjIP 2025"


@pytest.mark.parametrize("period", [["TW II"], ["TW I", "TW II"], ["2025"]])
def test_period_folders_beside_an_agencys_folder_still_flag_it(tmp_path, period):
    names = [f"{_ROOT}/13 Dinas Sosial/LKjIP Dinsos TW2.pdf"]
    found = other_files_warnings(names, [f"{_ROOT}/{p}" for p in period], [_ROOT])
    assert [jenis for jenis, _ in found][0] == _JENIS_FOLDER
    assert "13 Dinas Sosial" in found[0][1]
    # and so in a rekap of such a folder on disk
    for p in period:
        _workbook(tmp_path / p / f"LKjIP Dinkes {p}.xlsx", _PEMDA, "Dinas Kesehatan")
    _pdf(tmp_path / "13 Dinas Sosial" / "LKjIP Dinas Sosial TW II 2025.pdf")
    assert "13 Dinas Sosial" in _said(lkj_xl.rekap(tmp_path, jobs=1), _JENIS_FOLDER)


def test_one_agencys_folder_with_a_file_beside_its_period_folders_flags_none():
    # files directly in the agency's folder (its cover letter) make no other agency
    agency = "/d/01 Dinas Kesehatan"
    names = [f"{agency}/Bukti Dukung/SK.pdf", f"{agency}/Surat Pengantar.pdf"]
    found = other_files_warnings(names, [f"{agency}/TW II"], [agency])
    assert _JENIS_FOLDER not in [jenis for jenis, _ in found]


@pytest.mark.parametrize(
    ("folder", "agency"),
    [
        ("LKjIP 2024 (Arsip)", False),
        ("Laporan Lama", False),
        ("LKjIP TW I 2025 Lama", False),
        ("Laporan Kinerja Old", False),
        ("Dinkes (Arsip)", False),
        ("Disperpusip Arsip", True),
        ("13 Perpustakaan Arsip", True),
        ("Dispusip - Arsip", True),
        ("Pasar Lama", True),
        ("Kecamatan Kota Lama", True),
        ("Dinas Perpustakaan dan Arsip", True),
    ],
)
def test_an_archive_word_at_the_end_is_an_archive_only_after_report_words_or_in_brackets(folder, agency):
    found = other_files_warnings([f"{_ROOT}/{folder}/a.pdf"], [f"{_ROOT}/01 Dinkes"], [_ROOT])
    assert (_JENIS_FOLDER in [jenis for jenis, _ in found]) is agency
