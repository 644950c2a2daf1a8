"""``lkj-xl rekap`` over the folders a Bappeda really collects: what the warnings on files without a
workbook name, and the CLI's last line.

1. Among agencies' folders named by their kind (``Dinas Kesehatan/``, ``Bappeda/``), a folder of the
   Bappeda's own papers (``Materi Sosialisasi/``, ``LHE 2024/``, ``Notulen Rapat/``) was named as an
   agency that sent nothing; a real agency's folder holding only its PDF still is.
2. A group's folder (``Kecamatan/Kec A/``, ``Kec B/``): a member holding only its PDF was named nowhere
   but in the list of every file (its group's folder holds workbooks).
3. A revision sent as a PDF only (``Dinas Sosial/Revisi/LKjIP.pdf``) beside the workbook sent before:
   the rekap counts the old workbook's figures, nothing said so.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import JENIS, JENIS_FOLDER
from lkj_xl.core.rekap_berkas_revisi import JENIS_REVISI
from tests.test_mend35i import _file, _said
from tests.test_rekap14 import PAGU

_PEMDA = "Kabupaten Lumajang"


def _workbook(path: Path, opd: str, pagu: str = "1.000.000.000") -> Path:
    return _file(path, _PEMDA, opd, pagu, disk=1_751_000_000)


def _pdf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4\n")
    return path


def _jenis(result: lkj_xl.Rekap) -> list[str]:
    return list(result.peringatan["jenis"])


def _cli(tmp_path: Path, root: Path) -> str:
    from click.testing import CliRunner

    from lkj_xl.cli import main

    out = tmp_path / "rekap.xlsx"
    return CliRunner().invoke(main, ["rekap", str(root), "-o", str(out), "--jobs", "1"]).stdout


# --- 1. the Bappeda's own papers among agencies' folders named by their kind -------------------------


def _named_collection(root: Path) -> Path:
    for opd in ("Dinas Kesehatan", "Bappeda", "Dinas Sosial"):
        _workbook(root / opd / f"LKjIP {opd}.xlsx", opd)
    # the Bappeda's own papers: two folders named by words of no agency's, two by words of none listed
    _pdf(root / "Materi Sosialisasi" / "Paparan SAKIP 2025.pdf")
    _pdf(root / "LHE 2024" / "LHE AKIP 2024.pdf")
    _pdf(root / "Notulen Rapat Koordinasi" / "Notulen.pdf")
    _pdf(root / "Dokumen Evaluasi" / "Hasil Evaluasi SAKIP.pdf")
    _pdf(root / "Surat Masuk" / "Surat Edaran.pdf")
    # an agency that sent only its report as PDF
    _pdf(root / "Dinas Perikanan" / "LKjIP Perikanan TW II.pdf")
    return root


def test_papers_among_agency_named_folders_are_no_agency_while_a_pdf_only_agency_is(tmp_path):
    result = lkj_xl.rekap(_named_collection(tmp_path / "tw2"), jobs=1)
    # three agencies counted, 3 x 1.000.000.000
    assert result.perangkat_daerah["pagu"].sum() == 3 * PAGU
    missing = _said(result, JENIS_FOLDER)
    assert missing.startswith("1 folder") and "Dinas Perikanan (LKjIP Perikanan TW II.pdf)" in missing
    for papers in ("Materi Sosialisasi", "LHE 2024", "Notulen Rapat", "Dokumen Evaluasi", "Surat Masuk"):
        assert papers not in missing
    # none of the six files is passed over: each stays named among the files not read
    every = _said(result, JENIS)
    assert every.startswith("6 berkas") and "lainnya" not in every
    for name in ("Paparan SAKIP 2025.pdf", "LHE AKIP 2024.pdf", "Notulen.pdf", "Hasil Evaluasi SAKIP.pdf"):
        assert name in every
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(tmp_path / "tw2" / "Dinas Perikanan")]


def test_the_cli_line_counts_the_agency_without_a_workbook(tmp_path):
    out = _cli(tmp_path, _named_collection(tmp_path / "tw2"))
    assert "3 of 3 workbooks" in out and "1 agency folder without a workbook (see the warnings)" in out


@pytest.mark.parametrize("agency", ["Bapperida", "BRIDA", "Diskan", "RSU Daerah", "Inspektorat", "Satpol PP"])
def test_an_agency_named_by_its_abbreviation_among_agency_named_folders_is_named(tmp_path, agency):
    root = tmp_path / "tw2"
    for opd in ("Dinas Kesehatan", "Bappeda", "Dinas Sosial"):
        _workbook(root / opd / "LKjIP.xlsx", opd)
    _pdf(root / agency / "LKjIP.pdf")
    _pdf(root / "Notulen Rapat" / "Notulen.pdf")
    missing = _said(lkj_xl.rekap(root, jobs=1), JENIS_FOLDER)
    assert missing.startswith("1 folder") and f"{root / agency} (LKjIP.pdf)" in missing


def test_papers_among_field_named_folders_are_no_agency_by_their_words(tmp_path):
    root = tmp_path / "tw2"
    for field, opd in (
        ("Kesehatan", "Dinas Kesehatan"),
        ("Sosial", "Dinas Sosial"),
        ("Pendidikan", "Dinas Pendidikan"),
    ):
        _workbook(root / field / "LKjIP.xlsx", opd)
    _pdf(root / "Materi Sosialisasi" / "Paparan.pdf")
    _pdf(root / "LHE 2024" / "LHE.pdf")
    _pdf(root / "Perikanan" / "LKjIP.pdf")  # among folders named by their field: an agency's
    missing = _said(lkj_xl.rekap(root, jobs=1), JENIS_FOLDER)
    assert missing.startswith("1 folder") and "Perikanan (LKjIP.pdf)" in missing
    assert "Materi" not in missing and "LHE" not in missing


# --- 2. a group's member holding only its PDF --------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "members", "pdf_only"),
    [
        ("Kecamatan", ("Kec A", "Kec B"), "Kec C"),
        # members named by their place only: in a group's folder each is an agency's
        ("Kecamatan", ("Tempeh", "Pasirian"), "Candipuro"),
        ("05 Puskesmas", ("Puskesmas Tempeh", "Puskesmas Pasirian"), "Puskesmas Candipuro"),
        # not a group's name: members named by their kind
        ("Sekretariat Daerah", ("Bagian Organisasi", "Bagian Hukum"), "Bagian Umum"),
        # a single member holding its workbook
        ("Kecamatan", ("Kec A",), "Kec B"),
    ],
)
def test_a_groups_member_holding_only_a_pdf_is_named_as_any_agency(tmp_path, group, members, pdf_only):
    root = tmp_path / "tw2"
    for opd in ("Dinas Kesehatan", "Dinas Sosial"):
        _workbook(root / opd / "LKjIP.xlsx", opd)
    for member in members:
        _workbook(root / group / member / "LKjIP.xlsx", f"Unit {member}")
        _pdf(root / group / member / "Bukti Dukung" / "Foto.pdf")  # its own papers: no agency
    _pdf(root / group / pdf_only / f"LKjIP {pdf_only}.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    # the agencies and members that sent a workbook, 1.000.000.000 each
    assert result.perangkat_daerah["pagu"].sum() == (2 + len(members)) * PAGU
    missing = _said(result, JENIS_FOLDER)
    assert missing.startswith("1 folder")
    assert f"{root / group / pdf_only} (LKjIP {pdf_only}.pdf)" in missing
    assert "Bukti Dukung" not in missing


def test_an_agencys_own_numbered_subfolders_are_no_members(tmp_path):
    root = tmp_path / "tw2"
    for opd in ("Dinas Sosial", "Dinas Pendidikan"):
        _workbook(root / opd / "LKjIP.xlsx", opd)
    # the agency keeps its plan and its report apart, its papers in a third folder
    _workbook(root / "Dinas Kesehatan" / "1. Renja" / "LKjIP.xlsx", "Dinas Kesehatan")
    _workbook(root / "Dinas Kesehatan" / "2. Renstra" / "LKjIP.xlsx", "Dinas Kesehatan")
    _pdf(root / "Dinas Kesehatan" / "3. Dokumen Pendukung" / "SK Tim.pdf")
    assert JENIS_FOLDER not in _jenis(lkj_xl.rekap(root, jobs=1))


# --- 3. a revision sent as a PDF only -----------------------------------------------------------------


def test_a_revision_sent_as_pdf_only_names_the_workbook_counted_instead(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "Dinas Kesehatan" / "LKjIP.xlsx", "Dinas Kesehatan")
    _workbook(root / "Dinas Sosial" / "LKjIP.xlsx", "Dinas Sosial", "500.000.000")
    _pdf(root / "Dinas Sosial" / "Revisi" / "LKjIP.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    pagu = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    assert pagu["Dinas Sosial"] == 500_000_000  # the workbook sent before the revision, as before
    said = _said(result, JENIS_REVISI)
    assert said.startswith("1 dokumen")
    assert (
        f"{root / 'Dinas Sosial' / 'Revisi' / 'LKjIP.pdf'} (yang direkap: {root / 'Dinas Sosial' / 'LKjIP.xlsx'})"
        in said
    )
    assert "sebelum revisi" in said and "minta buku kerja revisinya" in said
    assert JENIS_FOLDER not in _jenis(result)  # the agency is counted: no agency missing
    # its file's row in Pemeriksaan says so where its figures are read; the other's says nothing
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"]))
    revision = root / "Dinas Sosial" / "Revisi" / "LKjIP.pdf"
    assert f"ada revisi tanpa buku kerjanya ({revision})" in notes[str(root / "Dinas Sosial" / "LKjIP.xlsx")]
    assert "revisi" not in str(notes[str(root / "Dinas Kesehatan" / "LKjIP.xlsx")])
    assert result.tanpa_buku_kerja[JENIS_REVISI] == [str(root / "Dinas Sosial" / "Revisi" / "LKjIP.pdf")]
    out = _cli(tmp_path, root)
    assert "2 of 2 workbooks" in out and "1 revision sent as a document only (see the warnings)" in out


@pytest.mark.parametrize(
    ("workbook", "document", "named"),
    [
        # the revised workbook sent too, its print beside it: nothing to ask
        ("Revisi/LKjIP.xlsx", "Revisi/LKjIP.pdf", False),
        ("LKjIP Revisi.xlsx", "Revisi/LKjIP.pdf", False),
        ("LKjIP revisi 2.xlsx", "LKjIP revisi 2.pdf", False),
        # a later revision than the workbook's
        ("Revisi/LKjIP.xlsx", "Revisi 2/LKjIP.pdf", True),
        ("LKjIP.xlsx", "Perbaikan/LKjIP.docx", True),
        ("LKjIP.xlsx", "LKjIP Dinsos (revisi).pdf", True),
        # a document of no revision beside the workbook: its print or its papers; "Final" is the
        # signed print of the workbook as often as anything newer
        ("LKjIP.xlsx", "Bukti Dukung/SK.pdf", False),
        ("LKjIP.xlsx", "LKjIP (Final).pdf", False),
    ],
)
def test_a_document_is_named_when_its_revision_is_above_the_workbooks(tmp_path, workbook, document, named):
    root = tmp_path / "tw2"
    _workbook(root / "Dinas Kesehatan" / "LKjIP.xlsx", "Dinas Kesehatan")
    _workbook(root / "Dinas Sosial" / workbook, "Dinas Sosial")
    _pdf(root / "Dinas Sosial" / document)
    assert (JENIS_REVISI in _jenis(lkj_xl.rekap(root, jobs=1))) is named


def test_in_a_flat_folder_a_revision_is_told_by_its_name(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "LKjIP Dinsos TW2.xlsx", "Dinas Sosial")
    _workbook(root / "LKjIP Dinkes TW2 revisi.xlsx", "Dinas Kesehatan")
    _pdf(root / "LKjIP Dinsos TW2 Revisi.pdf")  # Dinas Sosial's revision, its workbook not sent
    _pdf(root / "LKjIP Dinkes TW2 revisi.pdf")  # the print of Dinas Kesehatan's revised workbook
    said = _said(lkj_xl.rekap(root, jobs=1), JENIS_REVISI)
    assert said.startswith("1 dokumen")
    assert f"LKjIP Dinsos TW2 Revisi.pdf (yang direkap: {root / 'LKjIP Dinsos TW2.xlsx'})" in said
    assert "Dinkes" not in said


def test_a_revision_alone_is_an_agency_missing_named_once(tmp_path):
    root = tmp_path / "tw2"
    for opd in ("Dinas Kesehatan", "Dinas Sosial"):
        _workbook(root / opd / "LKjIP.xlsx", opd)
    _pdf(root / "Dinas Perikanan" / "Revisi" / "LKjIP.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert "Dinas Perikanan (Revisi/LKjIP.pdf)" in _said(result, JENIS_FOLDER)
    assert JENIS_REVISI not in _jenis(result)


def test_a_revision_zipped_says_to_extract_it(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "Dinas Kesehatan" / "LKjIP.xlsx", "Dinas Kesehatan")
    sent = _workbook(root / "Dinas Sosial" / "LKjIP.xlsx", "Dinas Sosial")
    (root / "Dinas Sosial" / "Revisi").mkdir()
    with zipfile.ZipFile(root / "Dinas Sosial" / "Revisi" / "LKjIP revisi.zip", "w") as archive:
        archive.write(sent, "LKjIP revisi.xlsx")
    said = _said(lkj_xl.rekap(root, jobs=1), JENIS_REVISI)
    assert "LKjIP revisi.zip" in said and "ekstrak ke folder itu" in said


def test_a_folder_of_revisions_beside_the_agencies_folders_is_named(tmp_path):
    root = tmp_path / "tw2"
    for opd in ("Dinas Kesehatan", "Dinas Sosial"):
        _workbook(root / opd / "LKjIP.xlsx", opd)
    # the Bappeda gathered the revisions that came by WhatsApp in a folder of their own
    _pdf(root / "Revisi" / "LKjIP Dinas Sosial.pdf")
    said = _said(lkj_xl.rekap(root, jobs=1), JENIS_REVISI)
    assert f"{root / 'Revisi' / 'LKjIP Dinas Sosial.pdf'} (tidak ada buku kerja di foldernya)" in said


# --- 4. what else a collection folder holds --------------------------------------------------------


def _real_collection(root: Path) -> Path:
    """A quarter's folder as a Bappeda's share holds it (pagu per agency in rupiah as typed)."""
    import os
    import shutil

    from lkj_xl.rekap_output import write

    kes = _workbook(root / "01 Dinas Kesehatan" / "LKjIP Dinkes.xlsx", "Dinas Kesehatan", "1.000.000.000")
    shutil.copy2(kes, root / "01 Dinas Kesehatan" / "LKjIP Dinkes (1).xlsx")  # the same mail saved twice
    _workbook(root / "02 Dinas Sosial" / "LKjIP Dinsos.xlsx", "Dinas Sosial", "700 jt")
    (root / "02 Dinas Sosial" / "~$LKjIP Dinsos.xlsx").write_bytes(
        b"\x06staf  " + b"\x00" * 150
    )  # open in Excel
    _workbook(root / "07 Bappeda" / "LKjIP Bappeda.xlsx", "Bappeda", "1.250.000.000")
    os.symlink("..", root / "07 Bappeda" / "semua")  # a link back up: a loop
    # Excel 97-2003 (the OLE2 header)
    (root / "03 Dinas Pendidikan").mkdir()
    (root / "03 Dinas Pendidikan" / "LKjIP.xls").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    )
    sent = _workbook(root / "04 Dinas Perikanan" / "LKjIP.xlsx", "Dinas Perikanan", "900 jt")
    with zipfile.ZipFile(root / "04 Dinas Perikanan" / "LKjIP Perikanan.zip", "w") as archive:
        archive.write(sent, sent.name)
    sent.unlink()
    # a Windows shortcut to the agency's workbook on its own share
    (root / "05 Dinas Koperasi").mkdir()
    (root / "05 Dinas Koperasi" / "LKjIP Koperasi.xlsx - Shortcut.lnk").write_bytes(
        b"L\x00\x00\x00" + b"\x00" * 72
    )
    # a link to the agency's workbook on a share not mounted
    (root / "06 Dinas Pertanian").mkdir()
    os.symlink(root.parent / "share" / "LKjIP Pertanian.xlsx", root / "06 Dinas Pertanian" / "LKjIP.xlsx")
    # last quarter's rekap kept in the folder
    (root / "Hasil Rekap").mkdir()
    write(lkj_xl.rekap(root / "01 Dinas Kesehatan", jobs=1), "xlsx", root / "Hasil Rekap" / "rekap TW I.xlsx")
    return root


def test_a_real_collection_folder_counts_each_agency_once_and_names_every_one_missing(tmp_path):
    from lkj_xl.core import rekap as core

    root = _real_collection(tmp_path / "tw2")
    result = lkj_xl.rekap(root, jobs=1)
    # Dinas Kesehatan once (1.000.000.000), Dinas Sosial 700.000.000, Bappeda 1.250.000.000
    assert sorted(result.perangkat_daerah["perangkat_daerah"]) == [
        "Bappeda",
        "Dinas Kesehatan",
        "Dinas Sosial",
    ]
    assert result.perangkat_daerah["pagu"].sum() == 2_950_000_000
    rows = {
        str(b).removeprefix(f"{root}/"): (s, k)
        for b, s, k in result.pemeriksaan[["berkas", "status", "keterangan"]].itertuples(index=False)
    }
    # each file once (the loop brings none twice), the lock file none
    assert sorted(rows) == [
        "01 Dinas Kesehatan/LKjIP Dinkes (1).xlsx",
        "01 Dinas Kesehatan/LKjIP Dinkes.xlsx",
        "02 Dinas Sosial/LKjIP Dinsos.xlsx",
        "03 Dinas Pendidikan/LKjIP.xls",
        "04 Dinas Perikanan/LKjIP Perikanan.zip",
        "06 Dinas Pertanian/LKjIP.xlsx",
        "07 Bappeda/LKjIP Bappeda.xlsx",
        "Hasil Rekap/rekap TW I.xlsx",
    ]
    assert rows["03 Dinas Pendidikan/LKjIP.xls"] == (core.TIDAK_TERBACA, core.ALASAN_FORMAT)
    assert rows["04 Dinas Perikanan/LKjIP Perikanan.zip"] == (core.DILEWATI, core.ALASAN_ARSIP)
    assert rows["06 Dinas Pertanian/LKjIP.xlsx"] == (core.TIDAK_TERBACA, core.ALASAN_TAUTAN)
    assert rows["Hasil Rekap/rekap TW I.xlsx"][0] == core.DILEWATI
    assert [s for name, (s, _) in rows.items() if name.startswith("01")].count(core.GANDA) == 1
    # the agencies that sent no workbook the rekap can read by its folder: the ZIP and the shortcut
    missing = _said(result, JENIS_FOLDER)
    assert missing.startswith("2 folder")
    assert "04 Dinas Perikanan (LKjIP Perikanan.zip)" in missing
    assert "05 Dinas Koperasi (LKjIP Koperasi.xlsx - Shortcut.lnk)" in missing
    assert "Pintasan (.lnk, .url) tidak diikuti" in missing and "ekstrak ke folder itu" in missing
    assert "02 Dinas Sosial/LKjIP Dinsos.xlsx sedang dibuka" in _said(result, "Sedang dibuka")
    # the linked one is a file not read: exit status 2, as any
    assert result.status == 2


def test_the_cli_log_of_a_real_collection_folder(tmp_path):
    root = _real_collection(tmp_path / "tw2")
    out = _cli(tmp_path, root)
    assert "3 of 8 workbooks" in out and "1 not counted" in out and "2 skipped" in out
    assert "2 agency folders without a workbook (see the warnings)" in out


def test_a_shortcut_beside_the_agencys_workbook_is_no_agency_missing(tmp_path):
    root = tmp_path / "tw2"
    for opd in ("Dinas Kesehatan", "Dinas Sosial"):
        _workbook(root / opd / "LKjIP.xlsx", opd)
    (root / "Dinas Sosial" / "Folder Bukti.lnk").write_bytes(b"L\x00\x00\x00")
    result = lkj_xl.rekap(root, jobs=1)
    assert JENIS_FOLDER not in _jenis(result)
    every = _said(result, JENIS)
    assert "Folder Bukti.lnk" in every and "Pintasan (.lnk, .url) tidak diikuti" in every


# --- 5. an agency's folder made for its files, still empty -------------------------------------------


def test_an_empty_agency_folder_is_an_agency_that_sent_nothing(tmp_path):
    root = tmp_path / "tw2"
    for number, opd in ((1, "Dinas Kesehatan"), (2, "Dinas Sosial"), (3, "Dinas Pendidikan")):
        _workbook(root / f"{number:02d} {opd}" / "LKjIP.xlsx", opd)
        (root / f"{number:02d} {opd}" / "Bukti Dukung").mkdir()  # its own empty subfolder: nothing
    # the Bappeda made a folder per agency; two are still empty (one with an empty period folder), one
    # holds only the owner file of a workbook moved away while open
    (root / "04 Dinas Perikanan" / "TW II").mkdir(parents=True)
    (root / "05 Dinas Koperasi").mkdir()
    (root / "05 Dinas Koperasi" / "desktop.ini").write_bytes(b"[.ShellClassInfo]\r\n")
    (root / "06 Dinas Pertanian").mkdir()
    (root / "06 Dinas Pertanian" / "~$LKjIP.xlsx").write_bytes(b"\x06staf  " + b"\x00" * 150)
    # folders of no agency, empty
    for folder in ("New folder", "99 Lain-lain", "Hasil Rekap"):
        (root / folder).mkdir()
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3 * PAGU
    missing = _said(result, JENIS_FOLDER)
    assert missing.startswith("3 folder kosong atau berisi dokumen")
    for folder in ("04 Dinas Perikanan", "05 Dinas Koperasi", "06 Dinas Pertanian"):
        assert f"{root / folder} (kosong)" in missing
    for folder in ("Bukti Dukung", "TW II", "New folder", "Lain-lain", "Hasil Rekap"):
        assert folder not in missing
    assert JENIS not in _jenis(result)  # no file to list
    out = _cli(tmp_path, root)
    assert "3 of 3 workbooks" in out and "3 agency folders without a workbook" in out


def test_an_empty_folder_beside_a_pdf_only_agency_is_said_with_it(tmp_path):
    root = tmp_path / "tw2"
    for number, opd in ((1, "Dinas Kesehatan"), (2, "Dinas Sosial")):
        _workbook(root / f"{number:02d} {opd}" / "LKjIP.xlsx", opd)
    _pdf(root / "13 Dinas Perikanan" / "LKjIP Perikanan.pdf")
    (root / "13 Dinas Perikanan" / "Foto").mkdir()  # its empty subfolder is not said
    (root / "14 Dinas Koperasi").mkdir()
    missing = _said(lkj_xl.rekap(root, jobs=1), JENIS_FOLDER)
    assert "13 Dinas Perikanan (LKjIP Perikanan.pdf)" in missing and "Foto" not in missing
    assert f"{root / '14 Dinas Koperasi'} (kosong)" in missing


def test_an_empty_folder_is_never_an_agency_unless_named_or_among_field_folders(tmp_path):
    root = tmp_path / "tw2"
    # a flat collection: the workbooks in the folder given, an empty folder beside them
    _workbook(root / "LKjIP Dinkes.xlsx", "Dinas Kesehatan")
    _workbook(root / "LKjIP Dinsos.xlsx", "Dinas Sosial")
    (root / "Scan").mkdir()
    (root / "Belum Diperiksa").mkdir()
    assert JENIS_FOLDER not in _jenis(lkj_xl.rekap(root, jobs=1))
    # among folders named by their field, any empty one may be an agency's
    field = tmp_path / "field"
    for name, opd in (
        ("Kesehatan", "Dinas Kesehatan"),
        ("Sosial", "Dinas Sosial"),
        ("Pendidikan", "Dinas Pendidikan"),
    ):
        _workbook(field / name / "LKjIP.xlsx", opd)
    (field / "Perikanan").mkdir()
    missing = _said(lkj_xl.rekap(field, jobs=1), JENIS_FOLDER)
    assert f"{field / 'Perikanan'} (kosong)" in missing


def test_an_agency_folder_holding_only_its_scans_is_named_with_them(tmp_path):
    root = tmp_path / "tw2"
    for number, opd in ((1, "Dinas Kesehatan"), (2, "Dinas Sosial")):
        _workbook(root / f"{number:02d} {opd}" / "LKjIP.xlsx", opd)
    # the agency photographed its signed report; another's photos lie beside its workbook
    for page in (1, 2, 3, 4):
        (root / "13 Dinas Perikanan").mkdir(exist_ok=True)
        (root / "13 Dinas Perikanan" / f"LKjIP hal {page}.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / "01 Dinas Kesehatan" / "Foto Kegiatan").mkdir()
    (root / "01 Dinas Kesehatan" / "Foto Kegiatan" / "rapat.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    # the Bappeda's own photos, and last quarter's rekap as CSV tables
    (root / "Dokumentasi Rapat").mkdir()
    (root / "Dokumentasi Rapat" / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / "rekap tw1").mkdir()
    (root / "rekap tw1" / "perangkat_daerah.csv").write_text("perangkat_daerah\nDinas Kesehatan\n")
    result = lkj_xl.rekap(root, jobs=1)
    missing = _said(result, JENIS_FOLDER)
    assert missing.startswith("1 folder berisi dokumen, arsip atau berkas lain")
    assert (
        "13 Dinas Perikanan (LKjIP hal 1.jpg, LKjIP hal 2.jpg, LKjIP hal 3.jpg dan 1 berkas lain)" in missing
    )
    for other in ("Foto Kegiatan", "Dokumentasi", "rekap tw1"):
        assert other not in missing
    assert JENIS not in _jenis(result)  # photographs are no document to list one by one


def test_an_empty_agency_folder_given_by_a_shells_glob_is_named(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Dinas Kesehatan")
    _workbook(root / "02 Dinas Sosial" / "LKjIP.xlsx", "Dinas Sosial")
    (root / "13 Dinas Perikanan").mkdir()
    from click.testing import CliRunner

    from lkj_xl.cli import main

    # `lkj-xl rekap tw2/*/`: each agency's folder given
    given = [str(folder) for folder in sorted(root.iterdir())]
    run = CliRunner().invoke(main, ["rekap", *given, "-o", str(tmp_path / "rekap.xlsx"), "--jobs", "1"])
    assert "2 of 2 workbooks" in run.stdout and "1 agency folder without a workbook" in run.stdout
    assert f"{root / '13 Dinas Perikanan'} (kosong)" in run.stderr
