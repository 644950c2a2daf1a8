"""Rekap, mend of round 15 (a reviewer's reproductions of the merged rekap15).

1. The one agency that sent only its PDF, in a folder of its own, was buried in "dan N lainnya" among
   the cover letters beside every workbook; a generic "LKJIP TW2.pdf" beside another agency's "LKJIP
   TW2.xlsx" was read as lkj-xl's own print of it and never named.
2. Revision marks still missed ("(Revisi) Kabupaten Lumajang", "(revisi final)", "(TW II Revisi)",
   "_revisi"): two agencies, the pagu summed twice.
3. Of "Dinkes.xlsx" and "Dinkes (Revisi).xlsx" saved alike, the original counted (file order or the
   time on disk) and the revision left out.
4. A 1:1 tie of Pemda spellings shown as "KAB LUMAJANG"; the counted revision shown "Dinas Kesehatan
   (Revisi)" in the tables (a pivot over perangkat_daerah split the agency in two).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core import rekap as core
from tests.test_rekap15 import LIBREOFFICE_PDF, PAGU, _workbook
from tests.test_rekap_round3 import saved_by_excel


def _jenis(result: lkj_xl.Rekap) -> list[str]:
    return list(result.peringatan["jenis"])


def _said(result: lkj_xl.Rekap, jenis: str) -> str:
    (pesan,) = result.peringatan[result.peringatan["jenis"] == jenis]["pesan"]
    return str(pesan)


# --- 1. an agency that sent only documents ---------------------------------------------------------

_AGENCIES = [
    "Badan Perencanaan Pembangunan Daerah",
    "Badan Pendapatan Daerah",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Pertanian",
    "Dinas Perhubungan",
    "Dinas Koperasi dan UKM",
    "Dinas Pariwisata",
    "Inspektorat",
    "Kecamatan Sukodono",
    "Kecamatan Tempeh",
    "Satuan Polisi Pamong Praja",
]


def test_a_folder_of_documents_without_a_workbook_is_named_apart_however_many_cover_letters(tmp_path):
    base = tmp_path / "tw2"
    for number, name in enumerate(_AGENCIES, 1):
        folder = base / f"{number:02d} {name}"
        _workbook(folder / "LKjIP TW II 2025.xlsx", "Kabupaten Lumajang", name, capaian=str(70 + number))
        (folder / "Surat Pengantar.pdf").write_bytes(b"%PDF-1.4\n")
    only = base / "13 Dinas Sosial"
    only.mkdir()
    (only / "LKjIP Dinas Sosial TW II 2025.pdf").write_bytes(b"%PDF-1.4\n")
    result = lkj_xl.rekap(base, jobs=1)
    # the twelve workbooks, each pagu once: 12 x 1.000.000.000
    assert len(result.perangkat_daerah) == 12 and result.perangkat_daerah["pagu"].sum() == 12 * PAGU
    missing = _said(result, "Perangkat daerah tanpa buku kerja")
    assert "13 Dinas Sosial" in missing and "LKjIP Dinas Sosial TW II 2025.pdf" in missing
    assert "Surat Pengantar" not in missing and "lainnya" not in missing
    # the cover letters beside a workbook: said briefly, counted
    # every file counted in the other warning, which points to the first
    letters = _said(result, "Berkas bukan buku kerja")
    assert "13 berkas" in letters and "Perangkat daerah tanpa buku kerja" in letters


def test_every_folder_without_a_workbook_is_named_never_cut(tmp_path):
    base = tmp_path / "tw2"
    _workbook(base / "dinkes" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    for number in range(1, 15):  # 14 agencies sent only a Word document
        folder = base / f"opd {number:02d}"
        folder.mkdir(parents=True)
        (folder / "laporan.docx").write_bytes(b"PK\x03\x04")
    missing = _said(lkj_xl.rekap(base, jobs=1), "Perangkat daerah tanpa buku kerja")
    assert all(f"opd {number:02d}" in missing for number in range(1, 15))
    assert "14 folder" in missing and "lainnya" not in missing


def test_a_generic_pdf_beside_another_agencys_workbook_is_named_unless_lkj_xl_printed_it(tmp_path):
    base = tmp_path / "tw2"
    _workbook(base / "LKJIP TW2.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")  # Dinas Kesehatan's
    (base / "LKJIP TW2.pdf").write_bytes(b"%PDF-1.4\n")  # Dinas Sosial sent only its PDF, same name
    _workbook(base / "LKJIP TW2 (1).xlsx", "Kabupaten Lumajang", "Dinas Pendidikan", capaian="70")
    (base / "LKJIP TW2 (1)-laporan.pdf").write_bytes(LIBREOFFICE_PDF)  # lkj-xl's print of it
    result = lkj_xl.rekap(base, jobs=1)
    assert len(result.perangkat_daerah) == 2 and result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    said = _said(result, "Berkas bukan buku kerja")
    assert "LKJIP TW2.pdf" in said and "1 berkas" in said
    assert "(1)-laporan.pdf" not in said


# --- 2. revision marks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "revised",
    [
        "Dinas Kesehatan (Revisi) Kabupaten Lumajang",
        "Dinas Kesehatan (revisi final)",
        "Dinas Kesehatan (TW II Revisi)",
        "Dinas Kesehatan_revisi",
        "Dinas Kesehatan (Final Revisi 2) Kab. Lumajang",
    ],
)
def test_more_revision_marks_are_the_same_agency_counted_once(tmp_path, revised):
    folder = tmp_path / "tw2"
    _workbook(
        folder / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan Kabupaten Lumajang", capaian="80"
    )
    _workbook(folder / "dinkes revisi.xlsx", "Kabupaten Lumajang", revised, capaian="85")
    result = lkj_xl.rekap(folder, jobs=1)
    # one agency: its pagu 1.000.000.000 once, never 2 x
    assert len(result.perangkat_daerah) == 1 and result.perangkat_daerah["pagu"].sum() == PAGU
    assert "Perangkat daerah ganda" in _jenis(result)


@pytest.mark.parametrize(
    "name",
    [
        "Dinas Perbaikan Jalan",
        "Bidang Revisi Tata Ruang",
        "UPT Perbaikan Gizi",
        "Dinas PU Bina Marga (Perbaikan Jalan)",
        "Dinas Kesehatan Final",  # a bare trailing word of those may be a name's
    ],
)
def test_names_that_only_hold_a_revision_word_stay_apart(tmp_path, name):
    folder = tmp_path / "tw2"
    _workbook(folder / "a.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    _workbook(folder / "b.xlsx", "Kabupaten Lumajang", name)
    _workbook(folder / "c.xlsx", "Kabupaten Lumajang", name.replace("Jalan", "").replace("Gizi", "").strip())
    result = lkj_xl.rekap(folder, jobs=1)
    names = {core_name.strip() for core_name in result.perangkat_daerah["perangkat_daerah"]}
    # a.xlsx, b.xlsx and c.xlsx are three agencies (c the name without its last word where that is
    # Jalan/Gizi; the same as b otherwise, which is then one agency sent twice)
    expected = 3 if name.endswith(("Jalan", "Gizi", "Jalan)")) else 2
    assert len(result.perangkat_daerah) == expected, names
    assert result.perangkat_daerah["pagu"].sum() == expected * PAGU


# --- 3. which of a ganda pair counts ----------------------------------------------------------------


def _pair(folder: Path) -> tuple[Path, Path]:
    """Dinas Kesehatan's original (capaian 80, pagu 1.000.000.000) and its revision (capaian 85, pagu
    1.200.000.000), the same saved date and the same time on disk (one archive extracted)."""
    original = _workbook(folder / "Dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", capaian="80")
    revision = folder / "Dinkes (Revisi).xlsx"
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_rekap_round3 import anggaran, kinerja

    new_workbook(
        revision,
        pengaturan={
            c.P_PEMDA: "Kabupaten Lumajang",
            c.P_OPD: "Dinas Kesehatan (Revisi)",
            c.P_TAHUN: 2025,
            c.P_TRIWULAN: 2,
        },
        kinerja=kinerja("85", "9%"),
        anggaran=anggaran("1.200.000.000", "100 jt", "150 jt"),
    )
    return original, revision


@pytest.mark.parametrize("original_newer_on_disk", [False, True])
def test_the_file_marked_revisi_counts_when_the_saved_dates_tie(tmp_path, original_newer_on_disk):
    original, revision = _pair(tmp_path / "tw2")
    for path in (original, revision):  # the same saved date in both workbooks
        saved_by_excel(path, "2025-07-01T08:00:00Z")
    os.utime(revision, (1_751_000_000, 1_751_000_000))
    later = 1_751_000_100 if original_newer_on_disk else 1_751_000_000  # re-copied after, or one archive
    os.utime(original, (later, later))
    result = lkj_xl.rekap(tmp_path / "tw2", jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    # the revision's figures: pagu 1.200.000.000 (its Anggaran), capaian 85 typed
    assert Path(row["berkas"]).name == "Dinkes (Revisi).xlsx"
    assert row["pagu"] == 1_200_000_000
    assert set(result.program["pagu"]) == {1_200_000_000}
    status = dict(zip(result.pemeriksaan["berkas"].map(lambda b: Path(b).name), result.pemeriksaan["status"]))
    assert status == {"Dinkes.xlsx": core.GANDA, "Dinkes (Revisi).xlsx": "dibaca"}
    assert "bertanda revisi" in _said(result, "Perangkat daerah ganda")


def test_the_newer_saved_date_still_wins_over_the_mark(tmp_path):
    # README's rule: the workbook saved last counts. The original saved after its revision (reopened,
    # edited, saved) is counted; the mark only breaks a tie.
    original, revision = _pair(tmp_path / "tw2")
    saved_by_excel(revision, "2025-07-01T08:00:00Z")
    saved_by_excel(original, "2025-07-02T08:00:00Z")  # a day later
    (row,) = lkj_xl.rekap(tmp_path / "tw2", jobs=1).perangkat_daerah.to_dict("records")
    assert Path(row["berkas"]).name == "Dinkes.xlsx" and row["pagu"] == PAGU


# --- 4. what the tables show ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spellings", "shown"),
    [
        (("Kabupaten Lumajang", "KAB LUMAJANG"), "Kabupaten Lumajang"),
        (("KAB LUMAJANG", "Kabupaten Lumajang"), "Kabupaten Lumajang"),
        (("Prov. Jawa Timur", "Provinsi Jawa Timur"), "Provinsi Jawa Timur"),
        (("KABUPATEN LUMAJANG", "Kab. Lumajang"), "KABUPATEN LUMAJANG"),  # spelt out first
    ],
)
def test_a_tie_of_pemda_spellings_shows_the_kind_spelt_out_not_in_capitals(tmp_path, spellings, shown):
    folder = tmp_path / "tw2"
    _workbook(folder / "a.xlsx", spellings[0], "Dinas Kesehatan", capaian="81")
    _workbook(folder / "b.xlsx", spellings[1], "Dinas Sosial", capaian="82")
    result = lkj_xl.rekap(folder, jobs=1)
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["pemerintah_daerah"]) == {shown}


def test_the_counted_revision_is_shown_without_its_mark(tmp_path):
    _workbook(tmp_path / "tw1" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", 1, capaian="80")
    _workbook(tmp_path / "tw2" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", capaian="80")
    revision = _workbook(
        tmp_path / "tw2" / "dinkes revisi.xlsx",
        "Kabupaten Lumajang",
        "Dinas Kesehatan (Revisi)",
        capaian="85",
    )
    os.utime(revision, (2_000_000_000, 2_000_000_000))
    result = lkj_xl.rekap([tmp_path / "tw1", tmp_path / "tw2"], jobs=1)
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["perangkat_daerah"]) == {"Dinas Kesehatan"}
    # one agency in a pivot: its indicators of both quarters under one name
    sizes = result.indikator.groupby("perangkat_daerah").size().to_dict()
    assert list(sizes) == ["Dinas Kesehatan"]
    # Pemeriksaan keeps what each file typed
    typed = dict(
        zip(result.pemeriksaan["berkas"].map(lambda b: Path(b).name), result.pemeriksaan["perangkat_daerah"])
    )
    assert typed["dinkes revisi.xlsx"] == "Dinas Kesehatan (Revisi)"


def test_a_pemda_typed_with_revisi_is_the_same_pemda(tmp_path):
    # Dinas Kesehatan's revision typed "Kabupaten Lumajang (Revisi)" in Pengaturan: still Dinas Kesehatan
    # of Kabupaten Lumajang, counted once; with Dinas Sosial 2 x 1.000.000.000, one Pemda
    folder = tmp_path / "tw2"
    _workbook(folder / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", capaian="80")
    for name in ("dinkes revisi.xlsx", "dinkes revisi 2.xlsx"):  # the marked spelling typed more often
        _workbook(folder / name, "Kabupaten Lumajang (Revisi)", "Dinas Kesehatan", capaian="85")
    _workbook(folder / "dinsos.xlsx", "Kabupaten Lumajang", "Dinas Sosial", capaian="70")
    result = lkj_xl.rekap(folder, jobs=1)
    assert len(result.perangkat_daerah) == 2 and result.perangkat_daerah["pagu"].sum() == 2 * PAGU
    assert "Pemerintah Daerah berbeda" not in _jenis(result)
    assert set(result.perangkat_daerah["pemerintah_daerah"]) == {"Kabupaten Lumajang"}


def test_a_document_in_the_collection_folder_above_the_agencies_folders_is_no_missing_agency(tmp_path):
    # the Bappeda's own "Petunjuk Pengisian.pdf" beside the agencies' folders: one file, no agency missing
    base = tmp_path / "tw2"
    _workbook(base / "dinkes" / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    (base / "Petunjuk Pengisian.pdf").write_bytes(b"%PDF-1.4\n")
    result = lkj_xl.rekap(base, jobs=1)
    assert "Perangkat daerah tanpa buku kerja" not in _jenis(result)
    assert "Petunjuk Pengisian.pdf" in _said(result, "Berkas bukan buku kerja")
