"""Rekap folder rules and Kunci after revI's review of mend36d (mend36i).

1. An agency keeping its workbook in a subfolder (`01 Dinas Kesehatan/Excel/LKjIP.xlsx` beside its
   `PDF/`, `Bukti Dukung/`) had each such subfolder named `Perangkat daerah tanpa buku kerja`: four
   false agencies "missing" around the one really missing.
2. An agency's folder named by its field only (`Perikanan/` beside `Kesehatan/`, `Sosial/`) holding
   only a ZIP or RAR was no longer named: the agency was missing from every total without a word.
3. A numbered folder of no agency (`99 Lain-lain/`, `03 Maret/`, `00 Template/`, `01 Rekap Bappeda/`)
   was named as an agency without a workbook.
4. `Dinas Kesehatan 2025 Revisi` was keyed `Dinas Kesehatan` only when TW I's `Dinas Kesehatan` was in
   the same rekap: separate rekaps of TW I and TW II, concatenated, split the agency. (Undone by
   mend36k: the Kunci follows the shown name; the join holds within one rekap only.)
"""

from __future__ import annotations

import zipfile

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import other_files_warnings
from tests.test_mend35i import _file, _pdf, _said

_KAB = "Kabupaten Lumajang"
_FOLDER = "Perangkat daerah tanpa buku kerja"
_T0 = 1_751_000_000  # a time on disk (27 Juni 2025)
_AGENCIES = ("01 Dinas Kesehatan", "02 Dinas Sosial", "03 Bappeda", "04 BPBD")


def _folders_named(others, workbooks, roots, archives=()):
    """The folders `Perangkat daerah tanpa buku kerja` names ("" for no such warning)."""
    found = other_files_warnings(others, {w.rsplit("/", 1)[0] for w in workbooks}, roots, archives=archives)
    return next((pesan for jenis, pesan in found if jenis == _FOLDER), "")


# --- 1. an agency's own subfolders ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("workbook", "beside"),
    [
        ("Excel", ["PDF"]),
        ("Final", ["Bukti Dukung", "Draft"]),
        ("LKjIP 2025", ["Scan", "Foto Kegiatan"]),
    ],
)
@pytest.mark.parametrize("quarters", ["", "TW II/"])
def test_an_agency_with_its_workbook_in_a_subfolder_has_none_of_its_subfolders_named(
    workbook, beside, quarters
):
    kab = "/d/kab"
    workbooks = [f"{kab}/{quarters}{a}/{workbook}/LKjIP.xlsx" for a in _AGENCIES]
    others = [f"{kab}/{quarters}{a}/{sub}/LKjIP.pdf" for a in _AGENCIES for sub in beside]
    # the one agency really missing, at the agencies' level
    others.append(f"{kab}/{quarters}05 Dinas Perikanan/LKjIP Perikanan.pdf")
    said = _folders_named(others, workbooks, [kab])
    assert said.startswith("1 folder") and f"{kab}/{quarters}05 Dinas Perikanan (LKjIP Perikanan.pdf)" in said


def test_quarter_folders_each_holding_agencies_with_final_subfolders_name_none():
    kab = "/d/kab"
    workbooks = [f"{kab}/TW {q}/{a}/Final/LKjIP.xlsx" for q in ("I", "II") for a in _AGENCIES]
    others = [f"{kab}/TW II/{a}/Bukti Dukung/bukti.pdf" for a in _AGENCIES]
    assert _folders_named(others, workbooks, [kab]) == ""


def test_one_agency_with_final_and_draft_beside_another_agency_names_none():
    kab = "/d/kab"
    workbooks = [f"{kab}/01 Dinas Kesehatan/{s}/LKjIP.xlsx" for s in ("Final", "Draft", "Excel")]
    workbooks.append(f"{kab}/02 Dinas Sosial/LKjIP.xlsx")
    assert _folders_named([f"{kab}/01 Dinas Kesehatan/PDF/LKjIP.pdf"], workbooks, [kab]) == ""


def test_agency_folders_given_one_by_one_with_excel_and_pdf_subfolders_name_none():
    kab = "/d/kab"
    workbooks = [f"{kab}/{a}/Excel/LKjIP.xlsx" for a in _AGENCIES]
    others = [f"{kab}/{a}/PDF/LKjIP.pdf" for a in _AGENCIES]
    assert _folders_named(others, workbooks, [f"{kab}/{a}" for a in _AGENCIES]) == ""


def four_agencies_with_subfolders(kab):
    """4 numbered agencies' folders, each holding its workbook (pagu 500.000.000) in Excel/, its PDF in
    PDF/ and Bukti Dukung/foto kegiatan.pdf."""
    for i, (folder, opd) in enumerate(
        (("01 Dinas Kesehatan", "Dinas Kesehatan"), ("02 Dinas Sosial", "Dinas Sosial"),
         ("03 Bappeda", "Badan Perencanaan Pembangunan Daerah"), ("04 BPBD", "Badan Penanggulangan Bencana Daerah"))
    ):  # fmt: skip
        _file(kab / folder / "Excel" / f"LKjIP {opd}.xlsx", _KAB, opd, "500.000.000", disk=_T0 + i * 3600)
        _pdf(kab / folder / "PDF" / f"LKjIP {opd}.pdf")
        _pdf(kab / folder / "Bukti Dukung" / "foto kegiatan.pdf")


def test_revi_collection_names_only_the_agency_without_a_workbook(tmp_path):
    # revI's coll: 4 agencies each with Excel/, PDF/ and Bukti Dukung/; 99 Lain-lain/ and 03 Maret/ of
    # letters; 05 Dinas Perikanan/ sent only its PDF
    kab = tmp_path / "Kab Lumajang"
    four_agencies_with_subfolders(kab)
    _pdf(kab / "99 Lain-lain" / "undangan rapat evaluasi.pdf")
    _pdf(kab / "03 Maret" / "surat pengantar.pdf")
    _pdf(kab / "05 Dinas Perikanan" / "LKjIP Perikanan.pdf")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    said = _said(result, _FOLDER)
    assert said.startswith("1 folder") and f"{kab / '05 Dinas Perikanan'} (LKjIP Perikanan.pdf)" in said
    # the 4 agencies counted: 4 x 500.000.000 = 2.000.000.000
    assert result.perangkat_daerah["pagu"].sum() == 2_000_000_000


# --- 2. an agency folder named by its field only, holding an archive ----------------------------------


@pytest.mark.parametrize("archive", ["LKjIP Perikanan.zip", "LKjIP Perikanan.rar", "LKjIP Perikanan.pdf"])
@pytest.mark.parametrize("quarters", ["", "TW II/"])
def test_a_field_named_agency_folder_holding_only_an_archive_is_named(archive, quarters):
    kab = "/d/kab"
    workbooks = [f"{kab}/{quarters}{a}/LKjIP.xlsx" for a in ("Kesehatan", "Sosial", "Pendidikan")]
    path = f"{kab}/{quarters}Perikanan/{archive}"
    zipped = archive.endswith(".zip")
    said = _folders_named([] if zipped else [path], workbooks, [kab], [path] if zipped else [])
    assert said.startswith("1 folder") and f"{kab}/{quarters}Perikanan ({archive})" in said


def test_revi_coll2_names_the_field_folder_holding_a_zip(tmp_path):
    for i, (folder, opd) in enumerate((("Kesehatan", "Dinas Kesehatan"), ("Sosial", "Dinas Sosial"))):
        _file(tmp_path / folder / f"LKjIP {opd}.xlsx", _KAB, opd, "500.000.000", disk=_T0 + i * 3600)
    (tmp_path / "Perikanan").mkdir()
    with zipfile.ZipFile(tmp_path / "Perikanan" / "LKjIP Dinas Perikanan.zip", "w") as archive:
        archive.writestr("x.txt", "x")
    said = _said(lkj_xl.rekap(tmp_path, jobs=1), _FOLDER)
    assert said.startswith("1 folder") and f"{tmp_path / 'Perikanan'} (LKjIP Dinas Perikanan.zip)" in said


# --- 3. numbered folders of no agency -----------------------------------------------------------------


@pytest.mark.parametrize(
    "other",
    ["99 Lain-lain/undangan rapat.pdf", "00 Template/Template LKjIP.zip", "03 Maret/surat pengantar.pdf",
     "01 Rekap Bappeda/rekap TW I.rar", "02 Arsip/lama.zip", "01 Surat Masuk/x.zip", "Lampiran 1/lampiran.zip",
     "Unduhan WA/LKjIP.zip", "05 Kiriman/LKjIP Dinas Sosial.pdf", "2024/LKjIP 2024.pdf",
     "01 TW I/surat.pdf", "07 Juli/LKjIP.pdf"],
)  # fmt: skip
def test_a_numbered_folder_of_no_agency_is_not_named(other):
    kab = "/d/kab"
    workbooks = [f"{kab}/{a}/LKjIP.xlsx" for a in _AGENCIES]
    path = f"{kab}/{other}"
    zipped = path.endswith(".zip")
    assert _folders_named([] if zipped else [path], workbooks, [kab], [path] if zipped else []) == ""


# --- 4. the Kunci of a year before the revision mark ---------------------------------------------------


def test_a_year_before_the_mark_is_joined_to_the_year_less_name_only_within_one_rekap(tmp_path):
    # Changed by mend36k (the lead's decision after revK): a lone "Dinas Kesehatan 2025 Revisi" is
    # keyed as the name it shows, "Dinas Kesehatan 2025" (TW I typing that name shares its Kunci);
    # joined to a year-less "Dinas Kesehatan" only when both are in one rekap (test_mend36d), so
    # separate rekaps of TW I and TW II concatenated keep their keys as typed.
    from tests.test_mend36d import _quarter

    _quarter(tmp_path / "TW I" / "dinkes.xlsx", "Dinas Kesehatan", "1.000.000.000", 1)
    _quarter(tmp_path / "TW II" / "dinkes.xlsx", "Dinas Kesehatan 2025 Revisi", "1.200.000.000", 2)
    tw1, tw2 = (lkj_xl.rekap(tmp_path / q, jobs=1) for q in ("TW I", "TW II"))
    assert list(tw1.perangkat_daerah["kunci"]) != list(tw2.perangkat_daerah["kunci"])
    # in one rekap both quarters are one agency, one Kunci
    both = lkj_xl.rekap(tmp_path, jobs=1).perangkat_daerah
    assert set(both["perangkat_daerah"]) == {"Dinas Kesehatan"} and both["kunci"].nunique() == 1
    # the name a lone file shows stays as typed without the mark (test_mend35r)
    assert list(tw2.perangkat_daerah["perangkat_daerah"]) == ["Dinas Kesehatan 2025"]


def test_a_year_without_a_mark_keeps_its_own_kunci(tmp_path):
    # "Bappeda Tahun 2025" alone names no revision: its key stays the name's as typed
    from tests.test_mend36d import _quarter

    _quarter(tmp_path / "a" / "x.xlsx", "Bidang Revisi Tata Ruang 2025", "1.000.000.000", 2)
    _quarter(tmp_path / "b" / "x.xlsx", "Bidang Revisi Tata Ruang", "1.000.000.000", 2)
    first, second = (lkj_xl.rekap(tmp_path / q, jobs=1) for q in ("a", "b"))
    assert list(first.perangkat_daerah["kunci"]) != list(second.perangkat_daerah["kunci"])


def test_a_stray_workbook_in_the_folder_given_makes_it_no_agencys_own():
    # "Format LKjIP.xlsx" left in the collection folder beside four agencies' folders
    kab = "/d/kab"
    workbooks = [f"{kab}/Format LKjIP.xlsx", *(f"{kab}/{a}/LKjIP.xlsx" for a in _AGENCIES)]
    said = _folders_named([f"{kab}/05 Dinas Perikanan/LKjIP.pdf"], workbooks, [kab])
    assert said.startswith("1 folder") and f"{kab}/05 Dinas Perikanan (LKjIP.pdf)" in said
