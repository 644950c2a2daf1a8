"""``lkj-xl rekap``: an agency's folder kept inside an archive folder (``Arsip Kab Jember/03 Dinas
Perikanan/``, ``Arsip 2025/Dinas Perikanan/``) holds old copies, not this period's report: it is never
named in ``Perangkat daerah tanpa buku kerja`` as an agency that sent no workbook, whatever the level
of the agencies' folders beside it. The agency's name comes from the folder under the archive (the
one named as an agency), never from the archive itself (core.rekap_nama_folder.archive_folder).

Before: a province's ``Arsip Kab Jember/`` holding an old ``01 Dinas Kesehatan/LKjIP.xlsx`` made its
``03 Dinas Perikanan/`` (a PDF only) an agency missing, as the archive's subfolders named as agencies
outranked the Pemda folders ``Kab Lumajang/`` and ``Kab Jember/`` (named by no agency's kind)."""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from tests.test_mend35i import _file, _pdf

_PAGU = "1.000.000.000"


def _province(root: Path) -> None:
    """Two Pemda of a province, each with its Dinas Kesehatan and Dinas Sosial."""
    for folder, pemda in (("Kab Lumajang", "Kabupaten Lumajang"), ("Kab Jember", "Kabupaten Jember")):
        _file(root / folder / "01 Dinas Kesehatan" / "LKjIP.xlsx", pemda, "Dinas Kesehatan", _PAGU, disk=1)
        _file(root / folder / "02 Dinas Sosial" / "LKjIP.xlsx", pemda, "Dinas Sosial", _PAGU, disk=1)


def test_an_archived_pemdas_agency_folder_is_no_agency_missing(tmp_path):
    root = tmp_path / "TW II"
    _province(root)
    # last year's copies of Kab Jember, kept in the collection folder
    old = root / "Arsip Kab Jember"
    _file(old / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Kabupaten Jember", "Dinas Kesehatan", _PAGU, disk=1)
    _pdf(old / "03 Dinas Perikanan" / "LKjIP Perikanan.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    # the PDF is still named among the files that are no workbook
    (pesan,) = result.peringatan[result.peringatan["jenis"] == "Berkas bukan buku kerja"]["pesan"]
    assert "Arsip Kab Jember/03 Dinas Perikanan/LKjIP Perikanan.pdf" in pesan


def test_an_archive_of_more_agencies_than_the_collection_names_none_missing(tmp_path):
    # A Kabupaten's TW II folder: two agencies sent; last year's folder "Arsip 2024" keeps three
    # agencies' workbooks and the Dinas Perikanan's PDF. The archive's four agencies' folders are more
    # than the two of this quarter: its Dinas Perikanan was named missing.
    root = tmp_path / "TW II"
    pemda = "Kabupaten Lumajang"
    _file(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", pemda, "Dinas Kesehatan", _PAGU, disk=1)
    _file(root / "02 Dinas Sosial" / "LKjIP.xlsx", pemda, "Dinas Sosial", "1.100.000.000", disk=1)
    old = root / "Arsip 2024"
    for name in ("Dinas Kesehatan", "Dinas Sosial", "Dinas Pertanian"):
        _file(old / name / "LKjIP.xlsx", pemda, name, "900.000.000", disk=1)
    _pdf(old / "Dinas Perikanan" / "LKjIP.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])


def test_an_agency_folder_beside_the_archive_is_still_named(tmp_path):
    # The rule is the archive's, not the level's: this quarter's 03 Dinas Perikanan/ holding only its
    # PDF, beside the same archive, is an agency missing, named by its own folder.
    root = tmp_path / "TW II"
    _province(root)
    old = root / "Arsip Kab Jember"
    _file(old / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Kabupaten Jember", "Dinas Kesehatan", _PAGU, disk=1)
    _pdf(root / "Kab Jember" / "03 Dinas Perikanan" / "LKjIP Perikanan.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    (pesan,) = result.peringatan[result.peringatan["jenis"] == JENIS_FOLDER]["pesan"]
    assert "Kab Jember/03 Dinas Perikanan (LKjIP Perikanan.pdf)" in pesan
    assert "Arsip Kab Jember" not in pesan


def _kabupaten_with_archive(root: Path) -> None:
    """A Kabupaten's TW II folder: two agencies sent; "Arsip 2024" keeps last year's three agencies'
    workbooks and the Dinas Perikanan's PDF."""
    pemda = "Kabupaten Lumajang"
    _file(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", pemda, "Dinas Kesehatan", _PAGU, disk=1)
    _file(root / "02 Dinas Sosial" / "LKjIP.xlsx", pemda, "Dinas Sosial", "1.100.000.000", disk=1)
    for name in ("Dinas Kesehatan", "Dinas Sosial", "Dinas Pertanian"):
        _file(root / "Arsip 2024" / name / "LKjIP.xlsx", pemda, name, "900.000.000", disk=1)
    _pdf(root / "Arsip 2024" / "Dinas Perikanan" / "LKjIP.pdf")


def test_an_archive_given_among_the_agencies_folders_is_still_an_archive(tmp_path):
    # `lkj-xl rekap "TW II"/*`, as the README shows (`lkj-xl rekap */`): the shell gives every folder
    # of the collection, the archive among them. Its Dinas Perikanan/ is last year's as when "TW II/"
    # is given (it was named missing: the archive, a folder given, was taken as chosen to rekap).
    root = tmp_path / "TW II"
    _kabupaten_with_archive(root)
    result = lkj_xl.rekap(sorted(root.iterdir()), jobs=1)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])


def test_an_archive_given_alone_is_rekapped_as_chosen(tmp_path):
    # The admin rekaps last year's archive itself: its agencies' folders are the agencies of that
    # rekap, and the Dinas Perikanan that kept only its PDF is missing from it.
    root = tmp_path / "TW II"
    _kabupaten_with_archive(root)
    result = lkj_xl.rekap(root / "Arsip 2024", jobs=1)
    (pesan,) = result.peringatan[result.peringatan["jenis"] == JENIS_FOLDER]["pesan"]
    assert "Arsip 2024/Dinas Perikanan (LKjIP.pdf)" in pesan
