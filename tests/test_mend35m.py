"""Rekap, mend of the merged mend35i (a reviewer's reproductions, revL).

1. An agency typed "Revisi Dinas Kesehatan" (the mark first) beside "Dinas Kesehatan" was a second
   agency shown under the same name: the pagu summed twice, no warning.
2. Dates and years after the mark were read as revision numbers ("Revisi 30 Juni" over "Revisi 2
   Juli", "_Revisi_2025" over "_Revisi2_2025"): the older file counted.
3. "03 Dinas Perpustakaan dan Arsip Daerah/" was taken as an archive folder: the agency without a
   workbook went unnamed.
4. Agency folders given one by one (`lkj-xl rekap */`): every "Bukti Dukung" named as an agency
   without a workbook.
5. "Dinas Kesehatan TW II Tahun 2025 Revisi" was shown without its year.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core.rekap_ganda import agency_identity
from lkj_xl.core.rekap_revisi import revision_rank, shown_name
from tests.test_mend35i import _file, _pdf, _said
from tests.test_rekap15 import PAGU, _workbook

_JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"
_PEMDA = "Kabupaten Lumajang"

# --- 1. a mark typed before the agency's name ------------------------------------------------------

# mend35r: a year or a date after the mark split the agency ("dinas kesehatan revisi 2025"), and so did
# a mark in square brackets ("[revisi] dinas kesehatan")
DATED_MARKS = [
    "Dinas Kesehatan_Revisi_2025",
    "Dinas Kesehatan Revisi 2 2025",
    "Dinas Kesehatan (Revisi) 2025",
    "Dinas Kesehatan Revisi 1 TW 2 2025",
    "Dinas Kesehatan Revisi II 2025",
    "Dinas Kesehatan - Revisi TW 2 2025",
    "Dinas Kesehatan Revisi 30 Juni 2025",
    "Dinas Kesehatan Revisi 28-06-2025",
    "Dinas Kesehatan Revisi Triwulan 2 2025",
    "[REVISI] Dinas Kesehatan",
]


@pytest.mark.parametrize(
    "typed", ["Revisi Dinas Kesehatan", "REV Dinas Kesehatan", "(Revisi) Dinas Kesehatan"]
)
def test_a_mark_before_the_agencys_name_is_the_same_agency_counted_once(tmp_path, typed):
    folder = tmp_path / "tw2"
    # one extraction: the original 60 s later on disk than the revision (within 10 minutes)
    _file(folder / "LKjIP Dinkes TW2.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1_751_000_060)
    _file(folder / "LKjIP Dinkes TW2 revisi.xlsx", _PEMDA, typed, "1.200.000.000", disk=1_751_000_000)
    _file(folder / "LKjIP Dinsos TW2.xlsx", _PEMDA, "Dinas Sosial", "500.000.000", disk=1_751_000_060)
    result = lkj_xl.rekap(folder, jobs=1)
    rows = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    # Dinas Kesehatan once, by its revision's 1.200.000.000; Dinas Sosial 500.000.000: 1.700.000.000
    assert rows == {"Dinas Kesehatan": 1_200_000_000, "Dinas Sosial": 500_000_000}
    assert sum(rows.values()) == 1_700_000_000
    assert "bertanda revisi" in _said(result, "Perangkat daerah ganda")


@pytest.mark.parametrize(
    "typed",
    [
        "Revisi Dinas Kesehatan",
        "REV Dinas Kesehatan",
        "Revisi 2 Dinas Kesehatan",
        "Dinas Kesehatan Revisi II",
        "Dinas Kesehatan (revisi) TW II",
        "Dinas Kesehatan (Revisi) Kabupaten Lumajang",
        "Dinas Kesehatan TW II Tahun 2025 Revisi",
        "DINAS KESEHATAN - REVISI 2",
        "Bidang Revisi Tata Ruang",
        "Revisi TW II Dinas Kesehatan",
        # were shown "Dinas Kesehatan" while read as another agency ("dinas kesehatan 2025")
        "Dinas Kesehatan 2025 Revisi",
        "Dinas Kesehatan TW II 2025 (Revisi)",
        *DATED_MARKS,
    ],
)
def test_the_shown_name_is_the_same_agency_as_the_typed_one(typed):
    # what the tables show names the agency the duplicate check read: never two agencies under one name
    def identity(name: str) -> object:
        return agency_identity({"pemerintah_daerah": _PEMDA, "perangkat_daerah": name})

    assert identity(str(shown_name(typed))) == identity(typed)


def test_a_leading_mark_is_dropped_from_the_shown_name_and_the_identity():
    assert shown_name("Revisi Dinas Kesehatan") == "Dinas Kesehatan"
    assert agency_identity({"pemerintah_daerah": _PEMDA, "perangkat_daerah": "REV Dinas Kesehatan"}) == (
        "kabupaten lumajang",
        "dinas kesehatan",
    )


# --- 2. dates and years are no revision numbers ----------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "rank"),
    [
        ("LKjIP Dinkes TW2 Revisi 30 Juni", 1),  # a date: the revision without number
        ("LKjIP Dinkes TW2 Revisi 2 Juli", 1),
        ("LKjIP_Dinkes_TW2_Revisi_2025", 1),  # a year
        ("LKjIP_Dinkes_TW2_Revisi2_2025", 1),  # 2 followed by a year: a date's piece as likely
        ("LKjIP Dinkes TW2 Revisi 28-06-2025", 1),
        ("LKJIP DINKES TW II 2025 REVISI 05072025", 1),
        ("LKjIP Dinkes TW2 Revisi 2", 2),
        ("LKjIP Dinkes TW2 Revisi II", 2),
        ("LKjIP Dinkes Rev.3 TW II 2025", 3),
        ("LKjIP Dinkes Revisi ke-2", 2),
    ],
)
def test_a_number_after_the_mark_is_a_revision_number_only_when_small_and_no_date(stem, rank):
    assert revision_rank({"berkas": f"{stem}.xlsx"}) == rank


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("LKjIP Dinkes TW2 Revisi 30 Juni.xlsx", "LKjIP Dinkes TW2 Revisi 2 Juli.xlsx"),
        ("LKjIP_Dinkes_TW2_Revisi_2025.xlsx", "LKjIP_Dinkes_TW2_Revisi2_2025.xlsx"),
        ("LKjIP Dinkes TW2 Revisi 28-06-2025.xlsx", "LKjIP Dinkes TW2 Revisi 02-07-2025.xlsx"),
    ],
)
def test_files_dated_after_the_mark_go_by_the_time_on_disk(tmp_path, older, newer):
    folder = tmp_path / "tw2"
    # saved alike in the workbooks; the newer 120 s later on disk
    _file(folder / older, _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1_751_000_000)
    _file(folder / newer, _PEMDA, "Dinas Kesehatan", "1.200.000.000", disk=1_751_000_120)
    result = lkj_xl.rekap(folder, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    # the newer file's pagu, 1.200.000.000 as typed in its Anggaran
    assert Path(row["berkas"]).name == newer and row["pagu"] == 1_200_000_000
    said = _said(result, "Perangkat daerah ganda")
    assert "paling akhir diubah" in said and "bertanda revisi" not in said


def test_files_marked_alike_go_by_the_time_on_disk_then_file_order(tmp_path):
    folder = tmp_path / "tw2"
    # "Revisi a" 5 minutes (300 s) after "Revisi b" on disk: a counts, as before the marks were ranked
    _file(folder / "Dinkes Revisi a.xlsx", _PEMDA, "Dinas Kesehatan", "1.200.000.000", disk=1_751_000_300)
    _file(folder / "Dinkes Revisi b.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1_751_000_000)
    result = lkj_xl.rekap(folder, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert Path(row["berkas"]).name == "Dinkes Revisi a.xlsx" and row["pagu"] == 1_200_000_000
    said = _said(result, "Perangkat daerah ganda")
    assert "paling akhir diubah" in said and "tidak membedakan" not in said
    # the same second on disk: the last in file order (b), saying so
    os.utime(folder / "Dinkes Revisi a.xlsx", (1_751_000_000, 1_751_000_000))
    result = lkj_xl.rekap(folder, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert Path(row["berkas"]).name == "Dinkes Revisi b.xlsx" and row["pagu"] == 1_000_000_000
    assert "urutan berkas" in _said(result, "Perangkat daerah ganda")


# --- 3. an agency named with "Arsip" --------------------------------------------------------------


def test_an_agency_named_with_arsip_is_no_archive_folder(tmp_path):
    base = tmp_path / "tw2"
    _workbook(base / "01 Dinas Kesehatan" / "LKjIP TW II 2025.xlsx", _PEMDA, "Dinas Kesehatan")
    _pdf(base / "03 Dinas Perpustakaan dan Arsip Daerah" / "LKjIP TW II 2025.pdf")
    _pdf(base / "Kantor Arsip Daerah" / "LKjIP TW II 2025.pdf")
    for archive in ("arsip", "02 Arsip 2024", "_old", "Backup TW1"):
        _pdf(base / archive / "LKjIP 2024.pdf")
    result = lkj_xl.rekap(base, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == PAGU  # the one workbook
    missing = _said(result, _JENIS_FOLDER)
    assert missing.startswith("2 folder")
    assert "03 Dinas Perpustakaan dan Arsip Daerah" in missing and "Kantor Arsip Daerah" in missing
    assert "2024" not in missing and "_old" not in missing


# --- 4. agency folders given one by one ------------------------------------------------------------


def _collection(base: Path) -> list[Path]:
    folders = []
    for number, name in enumerate(["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pertanian"], 1):
        folder = base / f"{number:02d} {name}"
        _workbook(folder / "LKjIP TW II 2025.xlsx", _PEMDA, name)
        for k in (1, 2):
            _pdf(folder / "Bukti Dukung" / f"Bukti {k}.pdf")
        folders.append(folder)
    _pdf(base / "04 Dinas Sosial" / "LKjIP Dinas Sosial TW II 2025.pdf")
    return [*folders, base / "04 Dinas Sosial"]


def test_agency_folders_given_one_by_one_flag_only_the_agency_without_a_workbook(tmp_path):
    folders = _collection(tmp_path / "tw2")
    result = lkj_xl.rekap(folders, jobs=1)  # `lkj-xl rekap */`
    assert result.perangkat_daerah["pagu"].sum() == 3 * PAGU  # three workbooks, each once
    missing = _said(result, _JENIS_FOLDER)
    assert missing.startswith("1 folder") and "04 Dinas Sosial" in missing and "Bukti Dukung" not in missing


def test_one_agency_folder_given_alone_flags_none_of_its_subfolders(tmp_path):
    (dinkes, *_) = _collection(tmp_path / "tw2")
    result = lkj_xl.rekap(dinkes, jobs=1)
    assert _JENIS_FOLDER not in list(result.peringatan["jenis"])


# --- 5. the rest of a name kept as typed ----------------------------------------------------------


def test_the_year_before_a_trailing_mark_is_kept():
    assert shown_name("Dinas Kesehatan TW II Tahun 2025 Revisi") == "Dinas Kesehatan TW II Tahun 2025"
    assert shown_name("Dinas Kesehatan Revisi II") == "Dinas Kesehatan"
