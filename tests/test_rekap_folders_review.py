"""``lkj-xl rekap`` over a Kabupaten's collection folder as its Bappeda keeps it, reviewed as the staff
member running it: every agency that sent no workbook named once, none of the Bappeda's own folders.

1. Agencies' folders named by abbreviations the rekap did not list (``DLHK/``, ``DISKOMINFOSP/``,
   ``DISPERKIMTAN/``, ``DAMKAR/``) among ``DISDIK/``, ``BPKAD/``, ``DINKES/``: one holding only its PDF,
   or still empty, was named as no agency, the empty one nowhere at all.
2. An agency's folder named by its field only (``Perikanan/``) holding its LKjIP as PDF beside two
   agencies' folders named by their kind was named as no agency: its report's name says whose it is.
3. Exactly one agency-named folder holding a workbook (the first to send, early in the collecting)
   beside agency-named folders still without one: a folder of the Bappeda's papers (``Dokumen
   Evaluasi/``) was named as an agency, the agencies' folders without a workbook not counted as such.
4. An agency's two workbooks its saved dates do not tell apart (one copy or extraction): the one in its
   ``Revisi/`` folder, or in ``Final/`` beside ``Draft/``, lost to the other by the time on disk, the
   rekap saying there was no revision mark to tell them apart. Its ``Draft/`` or unrevised workbook
   saved last counts (never against the saved date) without a word that it is the draft or that
   another says it is a later revision.
5. An agency counted from a workbook outside its own folder (the Bappeda's ``Backup/`` or ``Unduhan
   WA/``) while its folder holds only a cover letter: the warning named its folder as an agency left out
   of the ranking, which it is not.
6. An agency's old copy the Bappeda moved into ``_old/`` (``Arsip/``, ``Backup/``) beside its current
   workbook: counted without a word when saved last, and over it when the saved dates tie.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import JENIS, JENIS_FOLDER
from tests.test_mend35i import _file, _said
from tests.test_rekap14 import PAGU
from tests.test_rekap_collection_folders import _jenis, _pdf, _workbook
from tests.test_rekap_round3 import saved_by_excel


def _abbreviated(root: Path) -> Path:
    """Four agencies by abbreviation that sent their workbook (1.000.000.000 each), the Bappeda's papers."""
    for folder, opd in (
        ("DISDIK", "Dinas Pendidikan"),
        ("BPKAD", "BPKAD"),
        ("DINKES", "Dinas Kesehatan"),
        ("DISHUB", "Dinas Perhubungan"),
    ):
        _workbook(root / folder / "LKjIP.xlsx", opd)
    _pdf(root / "Notulen Rapat" / "Notulen.pdf")
    _pdf(root / "Undangan" / "Undangan Rakor.pdf")
    return root


# --- 1. abbreviations not listed ------------------------------------------------------------------


@pytest.mark.parametrize(
    "agency",
    [
        "DLHK",  # Dinas Lingkungan Hidup dan Kehutanan: DLH and a field more
        "DISKOMINFOSP",  # Kominfo, Statistik dan Persandian
        "DISPERKIMTAN",  # Perumahan, Permukiman dan Pertanahan
        "DPUTR",  # Pekerjaan Umum dan Tata Ruang
        "DAMKAR",  # Dinas Pemadam Kebakaran
        "Dinsosp3a",  # Sosial, PPPA
    ],
)
def test_an_agency_named_by_an_abbreviation_not_listed_holding_only_its_pdf_is_named(tmp_path, agency):
    root = _abbreviated(tmp_path / "tw2")
    _pdf(root / agency / f"LKjIP {agency}.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 4 * PAGU  # the four workbooks, 1.000.000.000 each
    missing = _said(result, JENIS_FOLDER)
    # was: no such warning (its PDF only among every file): the agency missing from the ranking unsaid
    assert missing.startswith("1 folder") and f"{root / agency} (LKjIP {agency}.pdf)" in missing
    assert "Notulen" not in missing and "Undangan" not in missing


def test_an_empty_folder_named_by_an_abbreviation_not_listed_is_named_kosong(tmp_path):
    root = _abbreviated(tmp_path / "tw2")
    (root / "DAMKAR").mkdir()
    result = lkj_xl.rekap(root, jobs=1)
    # was: named nowhere (an empty folder has no file for the list of every file)
    assert f"{root / 'DAMKAR'} (kosong)" in _said(result, JENIS_FOLDER)


@pytest.mark.parametrize("folder", ["Disposisi", "Diskusi FGD", "Distribusi Undangan", "Desain Cover"])
def test_words_that_begin_like_an_abbreviation_are_no_agency(tmp_path, folder):
    root = _abbreviated(tmp_path / "tw2")
    _pdf(root / folder / "Catatan.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    # the Bappeda's own folder: its file is listed, the folder never named as an agency's
    assert JENIS_FOLDER not in _jenis(result) and "Catatan.pdf" in _said(result, JENIS)


# --- 2. a folder named by its field holding its LKjIP as PDF --------------------------------------


@pytest.mark.parametrize("agencies", [2, 3])
def test_a_field_named_folder_holding_its_lkjip_pdf_beside_agency_named_ones_is_named(tmp_path, agencies):
    root = tmp_path / "tw2"
    for opd in ("Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan")[:agencies]:
        _workbook(root / opd / "LKjIP.xlsx", opd)
    _pdf(root / "Perikanan" / "LKjIP Perikanan TW II.pdf")
    _pdf(root / "Notulen Rapat" / "Notulen.pdf")
    _pdf(root / "Dokumen Evaluasi" / "Hasil Evaluasi SAKIP.pdf")
    # the Bappeda's papers about the LKjIP are no agency's report
    _pdf(root / "Notulen Rapat Penyusunan" / "Notulen Rapat Penyusunan LKjIP.pdf")
    _pdf(root / "Regulasi" / "Juknis LKjIP.pdf")
    _pdf(root / "Pengumpulan" / "Format LKjIP TW II.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == agencies * PAGU
    missing = _said(result, JENIS_FOLDER)
    # was: no such warning: the agency that sent only its report named among every file only
    assert missing.startswith("1 folder") and "Perikanan (LKjIP Perikanan TW II.pdf)" in missing
    for papers in ("Notulen", "Evaluasi", "Regulasi", "Pengumpulan"):
        assert papers not in missing


# --- 3. exactly one agency-named folder holding a workbook --------------------------------------------


def test_one_agency_named_folder_with_a_workbook_beside_others_without_decides_as_two(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Dinas Kesehatan")  # the first to send
    _pdf(root / "02 Dinas Sosial" / "LKjIP Dinsos.pdf")
    (root / "03 Dinas Koperasi").mkdir()
    _pdf(root / "Perikanan" / "LKjIP Perikanan.pdf")
    _pdf(root / "Dokumen Evaluasi" / "Hasil Evaluasi.pdf")  # the Bappeda's own papers
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == PAGU
    assert sorted(result.tanpa_buku_kerja[JENIS_FOLDER]) == [
        str(root / "02 Dinas Sosial"),
        str(root / "03 Dinas Koperasi"),
        str(root / "Perikanan"),
    ]  # was: "Dokumen Evaluasi" too, as an agency that sent nothing
    # exactly two agency-named folders holding workbooks decide alike
    _workbook(root / "02 Dinas Sosial" / "LKjIP.xlsx", "Dinas Sosial")
    assert sorted(lkj_xl.rekap(root, jobs=1).tanpa_buku_kerja[JENIS_FOLDER]) == [
        str(root / "03 Dinas Koperasi"),
        str(root / "Perikanan"),
    ]


# --- 4. an agency's revision or final version in a folder of its own ---------------------------------


@pytest.mark.parametrize(
    ("counted", "other"),
    [
        ("Revisi/LKjIP Dinkes.xlsx", "LKjIP Dinkes.xlsx"),
        ("Revisi 2/LKjIP Dinkes.xlsx", "Revisi/LKjIP Dinkes.xlsx"),
        ("Perbaikan/LKjIP Dinkes.xlsx", "LKjIP Dinkes.xlsx"),
        ("Final/LKjIP Dinkes.xlsx", "Draft/LKjIP Dinkes.xlsx"),
        ("LKjIP Dinkes.xlsx", "Draft/LKjIP Dinkes.xlsx"),
        # words joined by "_" (no \b after the mark): no mark was read of Perbaikan_1/ nor of draft_v2/
        ("Perbaikan_1/LKjIP Dinkes.xlsx", "LKjIP Dinkes.xlsx"),
        ("LKjIP Dinkes.xlsx", "draft_v2/LKjIP Dinkes.xlsx"),
    ],
)
def test_a_workbook_in_its_revision_or_final_folder_counts_when_saved_dates_tie(tmp_path, counted, other):
    root = tmp_path / "tw2"
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    folder = root / "DINKES"
    # one extraction: the same saved date, the other file 60 s later on disk (within one copy's 10 minutes)
    _file(folder / counted, "Kabupaten Lumajang", "Dinas Kesehatan", "800.000.000", disk=1_751_000_000)
    _file(folder / other, "Kabupaten Lumajang", "Dinas Kesehatan", "700.000.000", disk=1_751_000_060)
    result = lkj_xl.rekap(root, jobs=1)
    pagu = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    # was: 700.000.000, the file later on disk, "tanpa tanda revisi yang membedakan" said of it
    assert pagu["Dinas Kesehatan"] == 800_000_000
    said = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {folder / counted} yang dihitung" in said and "tanpa tanda revisi" not in said


@pytest.mark.parametrize(
    ("kept", "other", "said"),
    [
        # the draft saved last counts (never against the saved date), but the warning says it is a draft
        # (was Draft/ beside Final/: rekap20 counts the Final/ one, the agency's word that it stands,
        # tests.test_rekap_final_folder; beside an unmarked workbook the saved date still decides)
        ("Draft/LKjIP BPKAD.xlsx", "LKjIP BPKAD.xlsx", "berkas ini di folder draf"),
        # the workbook opened and saved again after its revision came: the revision is named
        ("LKjIP BPKAD.xlsx", "Revisi/LKjIP BPKAD.xlsx", "bertanda revisi lebih akhir"),
        ("LKjIP BPKAD.xlsx", "LKjIP BPKAD revisi 2.xlsx", "bertanda revisi lebih akhir"),
    ],
)
def test_a_draft_or_unrevised_workbook_saved_last_is_counted_and_said_so(tmp_path, kept, other, said):
    root = tmp_path / "tw2"
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    folder = root / "BPKAD"
    _file(folder / other, "Kabupaten Lumajang", "BPKAD", "800.000.000", disk=1_751_000_000)
    _file(folder / kept, "Kabupaten Lumajang", "BPKAD", "700.000.000", disk=1_751_000_000)
    saved_by_excel(folder / kept, "2025-07-03T08:00:00Z")  # saved two days after the other (07-01)
    result = lkj_xl.rekap(root, jobs=1)
    pagu = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    assert pagu["BPKAD"] == 700_000_000  # the file saved last, as before
    warning = _said(result, "Perangkat daerah ganda")
    # was: only "disimpan paling akhir menurut buku kerjanya", nothing of the draft or the revision
    assert f"Hanya {folder / kept} yang dihitung" in warning and said in warning
    assert "periksa mana yang berlaku" in warning
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"]))
    assert said in notes[str(folder / kept)]  # its Pemeriksaan row says it too


def test_a_final_saved_last_says_nothing_more(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    folder = root / "BPKAD"
    _file(folder / "Draft" / "LKjIP.xlsx", "Kabupaten Lumajang", "BPKAD", "800.000.000", disk=1_751_000_000)
    _file(folder / "Final" / "LKjIP.xlsx", "Kabupaten Lumajang", "BPKAD", "700.000.000", disk=1_751_000_000)
    saved_by_excel(folder / "Final" / "LKjIP.xlsx", "2025-07-03T08:00:00Z")
    warning = _said(lkj_xl.rekap(root, jobs=1), "Perangkat daerah ganda")
    assert f"Hanya {folder / 'Final' / 'LKjIP.xlsx'} yang dihitung" in warning
    assert "draf" not in warning and "periksa mana yang berlaku" not in warning


# --- 5. an agency counted from a workbook outside its own folder -------------------------------------


def test_an_agency_folder_without_a_workbook_names_the_agencys_workbook_counted_elsewhere(tmp_path):
    root = tmp_path / "tw2"
    for number, opd in ((1, "Dinas Kesehatan"), (2, "Dinas Pendidikan")):
        _workbook(root / f"{number:02d}. {opd}" / "LKjIP.xlsx", opd)
    _pdf(root / "03. Dinas Sosial" / "Surat Pengantar.pdf")
    _workbook(root / "Unduhan WA" / "LKjIP Dinsos.xlsx", "Dinas Sosial")  # its workbook came by WhatsApp
    _pdf(root / "04. Dinas Perikanan" / "LKjIP Perikanan.pdf")  # an agency that sent no workbook
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3 * PAGU  # Kesehatan, Pendidikan, Sosial
    missing = _said(result, JENIS_FOLDER)
    # was: "03. Dinas Sosial (Surat Pengantar.pdf)" alone, "tidak masuk peringkat" said of it
    assert (
        f"{root / '03. Dinas Sosial'} (Surat Pengantar.pdf; Dinas Sosial direkap dari "
        f"{root / 'Unduhan WA' / 'LKjIP Dinsos.xlsx'})" in missing
    )
    assert f"{root / '04. Dinas Perikanan'} (LKjIP Perikanan.pdf)" in missing


# --- 6. an old copy moved into an archive folder ---------------------------------------------------


@pytest.mark.parametrize("old", ["_old", "Arsip", "Backup", "01 Lama"])
def test_an_old_copy_in_an_archive_folder_is_said_or_loses_a_tie(tmp_path, old):
    root = tmp_path / "tw2"
    _workbook(root / "DINSOS" / "LKjIP.xlsx", "Dinas Sosial")
    folder = root / "DINKES"
    _file(folder / "LKjIP.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", "800.000.000", disk=1_751_000_000)
    _file(
        folder / old / "LKjIP.xlsx",
        "Kabupaten Lumajang",
        "Dinas Kesehatan",
        "700.000.000",
        disk=1_751_000_060,
    )
    # the saved dates tie: the current one counts (was: the old copy, 60 s later on disk)
    pagu = lkj_xl.rekap(root, jobs=1).perangkat_daerah.set_index("perangkat_daerah")["pagu"]
    assert pagu["Dinas Kesehatan"] == 800_000_000
    # the old copy opened and saved again: it counts (never against the saved date), said so
    saved_by_excel(folder / old / "LKjIP.xlsx", "2025-07-03T08:00:00Z")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah.set_index("perangkat_daerah")["pagu"]["Dinas Kesehatan"] == 700_000_000
    warning = _said(result, "Perangkat daerah ganda")
    assert f"berkas ini di folder draf atau arsip ({old}/)" in warning  # was: nothing of it
