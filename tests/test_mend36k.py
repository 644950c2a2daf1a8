"""Rekap Kunci and folder rules after revK's review of mend36i (mend36k).

1. mend36i keyed a lone `Dinas Kesehatan 2025 Revisi` as `Dinas Kesehatan` while its shown name stayed
   `Dinas Kesehatan 2025`: TW I's `Dinas Kesehatan 2025` and TW II's revision of it, the same name
   shown, got two Kunci (a pivot over quarters split the agency). The Kunci follows the shown name again.
2. mend36i named every folder without a workbook among numbered agencies' folders (`Undangan/`, `WA/`,
   `Pengantar/` holding letters or `LKjIP semua OPD.zip`) `Perangkat daerah tanpa buku kerja`.
"""

from __future__ import annotations

import zipfile

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import other_files_warnings
from lkj_xl.core.rekap_kunci import names_key
from tests.test_mend35i import _file, _pdf, _said
from tests.test_mend36i import four_agencies_with_subfolders

_KAB = "Kabupaten Lumajang"
_FOLDER = "Perangkat daerah tanpa buku kerja"
_T0 = 1_751_000_000  # a time on disk (27 Juni 2025)
_NUMBERED = ("01 Dinas Kesehatan", "02 Dinas Sosial", "03 Bappeda", "04 BPBD")
_FIELDS = ("Kesehatan", "Sosial", "Pendidikan", "Pertanian")


def _folders_named(others, workbooks, roots, archives=()):
    """The folders `Perangkat daerah tanpa buku kerja` names ("" for no such warning)."""
    found = other_files_warnings(others, {w.rsplit("/", 1)[0] for w in workbooks}, roots, archives=archives)
    return next((pesan for jenis, pesan in found if jenis == _FOLDER), "")


# --- 1. the Kunci of a lone year-marked revision --------------------------------------------------


@pytest.mark.parametrize("pemda", [_KAB, "Lumajang"])
@pytest.mark.parametrize(
    ("first", "revision"),
    [
        ("Dinas Kesehatan 2025", "Dinas Kesehatan 2025 Revisi"),
        ("Dinas Kesehatan 2025", "Dinas Kesehatan 2025 (Revisi)"),
        ("Dinas Kesehatan 2025", "Dinas Kesehatan 2025 Rev"),
        ("Dinas Kesehatan 2025", "Dinas Kesehatan 2025 Revisi II"),
        ("Dinas Kesehatan 2025", "Dinas Kesehatan 2025_revisi"),
        ("Dinas Kesehatan Kab. Lumajang 2025", "Dinas Kesehatan Kab. Lumajang 2025 Revisi"),
    ],
)
def test_a_lone_year_marked_revision_is_keyed_as_the_name_it_shows(pemda, first, revision):
    # each revision is shown as `first` (the mark dropped, rekap_revisi.shown_name): one agency, one key
    assert names_key(pemda, revision) == names_key(pemda, first)


def _dinkes_quarters(folder):
    _file(folder / "TW I" / "dinkes.xlsx", _KAB, "Dinas Kesehatan 2025", "1.000.000.000", disk=_T0)
    _file(
        folder / "TW II" / "dinkes.xlsx", _KAB, "Dinas Kesehatan 2025 Revisi", "1.200.000.000", disk=_T0 + 60
    )


def test_tw1_and_its_year_marked_revision_share_one_kunci_apart_and_together(tmp_path):
    # revK's q2: TW I types "Dinas Kesehatan 2025", TW II its revision "Dinas Kesehatan 2025 Revisi"
    _dinkes_quarters(tmp_path)
    together = lkj_xl.rekap(tmp_path, jobs=1).perangkat_daerah
    apart = [lkj_xl.rekap(tmp_path / q, jobs=1).perangkat_daerah for q in ("TW I", "TW II")]
    for table in (together, *apart):
        assert set(table["perangkat_daerah"]) == {"Dinas Kesehatan 2025"}
    assert together["kunci"].nunique() == 1
    assert list(apart[0]["kunci"]) == list(apart[1]["kunci"]) == [together["kunci"].iloc[0]]


# --- 2. folders of no agency among numbered agencies' folders -------------------------------------

_NO_AGENCY_FOLDERS = (
    "Undangan", "Pengantar", "Nota Dinas", "WA", "WhatsApp", "Email", "New folder", "Folder Baru", "Revisi",
    "Perbaikan", "Juknis", "Pedoman", "Contoh", "Bahan Rapat", "Hasil Rekap", "Data Rekap", "Belum Masuk",
    "Semua OPD", "Format",
)  # fmt: skip


@pytest.mark.parametrize("agencies", [_NUMBERED, _FIELDS])
@pytest.mark.parametrize("folder", _NO_AGENCY_FOLDERS)
@pytest.mark.parametrize("sent", ["undangan rapat.pdf", "LKjIP semua OPD.zip"])
def test_a_folder_named_as_no_agency_is_never_named(agencies, folder, sent):
    assert _named_beside(agencies, f"{folder}/{sent}") == ""


def _named_beside(agencies, other):
    """What `Perangkat daerah tanpa buku kerja` says of ``other`` beside ``agencies`` holding workbooks."""
    kab = "/d/kab"
    path = f"{kab}/{other}"
    zipped = path.endswith(".zip")
    workbooks = [f"{kab}/{a}/LKjIP.xlsx" for a in agencies]
    return _folders_named([] if zipped else [path], workbooks, [kab], [path] if zipped else [])


@pytest.mark.parametrize("folder", ["Materi Sosialisasi", "Kumpulan", "Hasil Evaluasi"])
@pytest.mark.parametrize("sent", ["undangan rapat.pdf", "LKjIP semua OPD.zip"])
def test_among_numbered_agencies_an_unnumbered_folder_of_letters_or_archives_is_not_named(folder, sent):
    # the agencies' folders are numbered: a folder neither numbered nor named as an agency is none
    assert _named_beside(_NUMBERED, f"{folder}/{sent}") == ""


@pytest.mark.parametrize("folder", ["05 Perikanan", "Dinas Perikanan", "Diskominfo"])
def test_among_numbered_agencies_a_numbered_or_agency_named_folder_with_a_zip_is_named(folder):
    said = _named_beside(_NUMBERED, f"{folder}/LKjIP.zip")
    assert said.startswith("1 folder") and f"/d/kab/{folder} (LKjIP.zip)" in said


def test_revk_coll3_names_only_the_agency_without_a_workbook(tmp_path):
    # revK's coll3: 4 numbered agencies each with Excel/, PDF/, Bukti Dukung/; letters in 03 Maret/,
    # 99 Lain-lain/, Pengantar/, Undangan/; WA/ holding a ZIP of all; 05 Dinas Perikanan/ sent its PDF
    kab = tmp_path / "Kab Lumajang"
    four_agencies_with_subfolders(kab)
    for letter in ("03 Maret/surat pengantar.pdf", "99 Lain-lain/undangan rapat evaluasi.pdf",
                   "Pengantar/surat pengantar Dinkes.pdf", "Undangan/undangan rapat evaluasi.pdf"):  # fmt: skip
        _pdf(kab / letter)
    (kab / "WA").mkdir()
    with zipfile.ZipFile(kab / "WA" / "LKjIP semua OPD.zip", "w") as archive:
        archive.writestr("x.txt", "x")
    _pdf(kab / "05 Dinas Perikanan" / "LKjIP Perikanan.pdf")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    said = _said(result, _FOLDER)
    assert said.startswith("1 folder") and f"{kab / '05 Dinas Perikanan'} (LKjIP Perikanan.pdf)" in said
    # the 4 agencies counted: 4 x 500.000.000 = 2.000.000.000
    assert result.perangkat_daerah["pagu"].sum() == 2_000_000_000
