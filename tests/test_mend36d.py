"""Rekap after revD's review of rekap17 (mend36d).

1. A year before the mark joined the year-less name only when both typed the Pemda alike: "Dinas
   Kesehatan" of "Kabupaten Lumajang" beside "Dinas Kesehatan 2025 Revisi" of "Lumajang" (or the kinds
   swapped), and "Dinas Kesehatan Kab. Lumajang Tahun 2025" beside "Dinas Kesehatan", were two
   agencies: the pagu summed twice (2,7 M for 1,7 M) without a word.
2. The joined agency was shown and keyed by its year ("Dinas Kesehatan 2025"): TW I's "Dinas
   Kesehatan" and TW II's counted revision had two Kunci and two names, so a pivot split the agency.
3. Two files marked alike with the same time on disk and different figures: "yang terakhir menurut
   urutan berkas" alone, as though file order told which is newer.
4. `Perangkat daerah tanpa buku kerja` looked only at the first level under the folder given: in
   `kab/2025/TW II/07 Dinas Perikanan/` or a province's `TW II/Kab Lumajang/07 .../` it said nothing.
5. An agency's folder named by its abbreviation ("03 Diskominfo/") holding only its cover letter was no
   agency's.
6. A ZIP in a folder of no agency ("Unduhan WA/", "Surat Masuk/") was named as an agency without a
   workbook.
7. `Peringkat tanpa indikator galat` said "Perbaiki sel itu" of several cells.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import other_files_warnings
from lkj_xl.core.rekap_peringkat import galat_left_out_warnings
from tests.test_mend35i import _file, _pdf, _said
from tests.test_rekap17 import _agency

_KAB = "Kabupaten Lumajang"
_FOLDER = "Perangkat daerah tanpa buku kerja"
_T0 = 1_751_000_000  # a time on disk (27 Juni 2025)


# --- 1. a year before the mark, the Pemda typed another way -----------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((_KAB, "Dinas Kesehatan"), ("Lumajang", "Dinas Kesehatan 2025 Revisi")),
        (("Lumajang", "Dinas Kesehatan"), (_KAB, "Dinas Kesehatan 2025 Revisi")),
        ((_KAB, "Dinas Kesehatan"), (_KAB, "Dinas Kesehatan Kabupaten Lumajang 2025 Revisi")),
        ((_KAB, "Dinas Kesehatan"), (_KAB, "Dinas Kesehatan Kab. Lumajang Tahun 2025")),
        (("Kab. Lumajang", "Dinas Kesehatan"), ("Pemkab Lumajang", "Dinas Kesehatan TW II 2025 Revisi")),
    ],
)
def test_a_year_before_the_mark_joins_however_the_pemda_is_typed(tmp_path, first, second):
    folder = tmp_path / "tw2"
    # both saved by Excel at one moment; the original 60 s later on disk (one extraction): the mark, or
    # for the unmarked second the file order, decides; either way one file counts
    _file(folder / "LKjIP Dinkes TW2.xlsx", *first, "1.000.000.000", disk=_T0 + 60)
    _file(folder / "LKjIP Dinkes TW2 revisi.xlsx", *second, "1.200.000.000", disk=_T0)
    _file(folder / "LKjIP Dinsos TW2.xlsx", _KAB, "Dinas Sosial", "500.000.000", disk=_T0 + 60)
    result = lkj_xl.rekap(folder, jobs=1)
    pagu = sorted(result.perangkat_daerah["pagu"])
    # Dinas Kesehatan once (1.000.000.000 or 1.200.000.000) and Dinas Sosial 500.000.000: never the
    # 1.000.000.000 + 1.200.000.000 + 500.000.000 = 2.700.000.000 of two Dinas Kesehatan
    assert len(pagu) == 2 and pagu[0] == 500_000_000 and pagu[1] in (1_000_000_000, 1_200_000_000)
    said = _said(result, "Perangkat daerah ganda")
    assert "LKjIP Dinkes TW2.xlsx" in said and "LKjIP Dinkes TW2 revisi.xlsx" in said
    # named by the joined name, never "Dinas Kesehatan 2025"
    assert said.startswith("Dinas Kesehatan, ")


def test_a_marked_revision_with_the_year_counts_by_its_mark(tmp_path):
    # t1/t2 a: the revision (marked) counts: 1.200.000.000 + 500.000.000 = 1.700.000.000
    folder = tmp_path / "tw2"
    _file(folder / "LKjIP Dinkes TW2.xlsx", _KAB, "Dinas Kesehatan", "1.000.000.000", disk=_T0 + 60)
    _file(
        folder / "LKjIP Dinkes TW2 revisi.xlsx",
        "Lumajang",
        "Dinas Kesehatan 2025 Revisi",
        "1.200.000.000",
        disk=_T0,
    )
    _file(folder / "LKjIP Dinsos TW2.xlsx", _KAB, "Dinas Sosial", "500.000.000", disk=_T0 + 60)
    result = lkj_xl.rekap(folder, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 1_700_000_000
    shown = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    assert shown == {"Dinas Kesehatan": 1_200_000_000, "Dinas Sosial": 500_000_000}


def test_a_year_named_agency_of_another_pemda_stays_apart(tmp_path):
    # "Dinas Kesehatan 2025" of Kota Probolinggo is no revision of Kabupaten Lumajang's Dinas Kesehatan
    folder = tmp_path / "tw2"
    _file(folder / "a.xlsx", _KAB, "Dinas Kesehatan", "1.000.000.000", disk=_T0)
    _file(folder / "b.xlsx", "Kota Probolinggo", "Dinas Kesehatan 2025 Revisi", "1.200.000.000", disk=_T0)
    result = lkj_xl.rekap(folder, jobs=1)
    # two agencies: 1.000.000.000 + 1.200.000.000
    assert result.perangkat_daerah["pagu"].sum() == 2_200_000_000


# --- 2. the joined agency shown and keyed by its joined name ----------------------------------------


def test_the_year_joined_revision_shares_the_name_and_kunci_across_quarters(tmp_path):
    folder = tmp_path / "rekap"
    _quarter(folder / "TW I" / "dinkes.xlsx", "Dinas Kesehatan", "1.000.000.000", 1)
    _quarter(folder / "TW I" / "pkm1.xlsx", "UPT Puskesmas 1", "150.000.000", 1)
    for name, opd, pagu, disk in (
        ("dinkes.xlsx", "Dinas Kesehatan", "1.000.000.000", _T0 + 60),
        ("dinkes revisi.xlsx", "Dinas Kesehatan 2025 Revisi", "1.200.000.000", _T0),
        ("pkm1.xlsx", "UPT Puskesmas 1", "150.000.000", _T0 + 60),
        ("pkm1 revisi.xlsx", "UPT Puskesmas 1 2025 Revisi", "155.000.000", _T0),
    ):
        _file(folder / "TW II" / name, _KAB, opd, pagu, disk=disk)
    result = lkj_xl.rekap(folder, jobs=1)
    table = result.perangkat_daerah
    # 2 agencies x 2 quarters; each agency one name and one Kunci in both
    assert sorted(table["perangkat_daerah"]) == ["Dinas Kesehatan"] * 2 + ["UPT Puskesmas 1"] * 2
    for _, rows in table.groupby("perangkat_daerah"):
        assert rows["kunci"].nunique() == 1 and sorted(rows["triwulan"]) == [1, 2]
    # TW II counts the revisions: 1.200.000.000 and 155.000.000
    tw2 = dict(zip(table[table.triwulan == 2]["perangkat_daerah"], table[table.triwulan == 2]["pagu"]))
    assert tw2 == {"Dinas Kesehatan": 1_200_000_000, "UPT Puskesmas 1": 155_000_000}
    # every indicator and program of TW II keyed as TW I's (the same Kode and Indikator)
    for frame in (result.indikator, result.program):
        keys = frame.groupby("triwulan")["kunci"].apply(frozenset).to_dict()
        assert keys[1] == keys[2]
        assert set(frame["perangkat_daerah"]) == {"Dinas Kesehatan", "UPT Puskesmas 1"}
    # the Beberapa periode sentence on Kunci is true: both agencies named in two periods
    assert "2 perangkat daerah tercatat di lebih dari satu periode" in _said(result, "Beberapa periode")
    ganda = result.peringatan[result.peringatan.jenis == "Perangkat daerah ganda"]["pesan"]
    assert sorted(p.split(",")[0] for p in ganda) == ["Dinas Kesehatan", "UPT Puskesmas 1"]
    # Pemeriksaan keeps what each file typed
    assert "Dinas Kesehatan 2025 Revisi" in set(result.pemeriksaan["perangkat_daerah"])


def _quarter(path: Path, opd: str, pagu: str, triwulan: int) -> None:
    """A workbook of Kabupaten Lumajang's ``opd`` for ``triwulan`` (tests.test_mend35i._file's figures)."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_rekap_round3 import anggaran, kinerja

    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: _KAB, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan},
        kinerja=kinerja("85", "9%"),
        anggaran=anggaran(pagu, "100 jt", "150 jt"),
    )


# --- 3. files marked alike, the same time on disk ---------------------------------------------------


def test_two_revisions_with_one_time_on_disk_and_different_figures_ask_to_check(tmp_path):
    folder = tmp_path / "tw2"
    # both "revisi", saved alike, the same second on disk, pagu 1.200.000.000 against 1.000.000.000
    _file(folder / "Dinkes (Revisi).xlsx", _KAB, "Dinas Kesehatan", "1.200.000.000", disk=_T0)
    _file(folder / "LKjIP Dinkes TW2 revisi.xlsx", _KAB, "Dinas Kesehatan", "1.000.000.000", disk=_T0)
    result = lkj_xl.rekap(folder, jobs=1)
    said = _said(result, "Perangkat daerah ganda")
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"]))
    for text in (said, *notes.values()):
        assert "tanda revisinya sama" in text and "waktu berkasnya di disk sama" in text
        assert "tidak pasti mana yang terbaru padahal isinya berbeda" in text
        assert "periksa berkas mana yang berlaku" in text


def test_two_revisions_with_one_time_on_disk_and_one_content_need_no_check(tmp_path):
    folder = tmp_path / "tw2"
    for name in ("Dinkes (Revisi).xlsx", "LKjIP Dinkes TW2 revisi.xlsx"):
        _file(folder / name, _KAB, "Dinas Kesehatan", "1.000.000.000", disk=_T0)
    said = _said(lkj_xl.rekap(folder, jobs=1), "Perangkat daerah ganda")
    assert "tidak pasti" not in said and "yang terakhir menurut urutan berkas" in said


# --- 4.-6. which folder is an agency's -------------------------------------------------------------


def _zip(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("x.txt", "x")


@pytest.mark.parametrize("levels", ["2025/TW II", "TW II/Kab Lumajang"])
def test_an_agency_without_a_workbook_is_named_at_any_depth(tmp_path, levels):
    root = tmp_path / "kab"
    here = root / levels
    _file(here / "01 Dinas Kesehatan" / "LKjIP.xlsx", _KAB, "Dinas Kesehatan", "1.000.000.000", disk=_T0)
    _file(here / "02 Dinas Sosial" / "LKjIP.xlsx", _KAB, "Dinas Sosial", "1.000.000.000", disk=_T0)
    if levels.startswith("TW II/"):  # a province: another Pemda beside it
        _file(
            root / "TW II" / "Kota Probolinggo" / "01 Dinas Kesehatan" / "LKjIP.xlsx",
            "Kota Probolinggo",
            "Dinas Kesehatan",
            "1.000.000.000",
            disk=_T0,
        )
    _zip(here / "07 Dinas Perikanan" / "x.zip")
    _pdf(here / "08 Dinas Tenaga Kerja" / "surat pengantar.pdf")
    _pdf(here / "01 Dinas Kesehatan" / "Surat Pengantar Dinkes.pdf")
    _pdf(here / "Surat Masuk" / "surat pengantar dinsos.pdf")
    _pdf(here / "Arsip 2024" / "LKjIP 2024.pdf")
    said = _said(lkj_xl.rekap(root, jobs=1), _FOLDER)
    assert "2 folder" in said
    assert f"{here / '07 Dinas Perikanan'} (x.zip)" in said
    assert f"{here / '08 Dinas Tenaga Kerja'} (surat pengantar.pdf)" in said
    for folder in ("01 Dinas Kesehatan", "Surat Masuk", "Arsip 2024", "Kota Probolinggo"):
        assert folder not in said
    assert f"{here} (" not in said and f"{root / levels.split('/')[0]} (" not in said


def test_an_agency_level_is_told_by_its_agencies_not_a_stray_workbook():
    # a workbook left in the Pemda's folder makes it no agency's level: the agencies' folders are
    root = "/d/Rekap"
    kab = f"{root}/TW II/Kab Lumajang"
    folders = [f"{kab}/01 Dinas Kesehatan", f"{kab}/02 Dinas Sosial", f"{root}/TW II", kab]
    found = other_files_warnings([f"{kab}/08 Dinas Tenaga Kerja/surat pengantar.pdf"], folders, [root])
    assert found[0][0] == _FOLDER and "08 Dinas Tenaga Kerja (surat pengantar.pdf)" in found[0][1]
    # an agency's own bukti dukung with its lampiran's workbook below stays its own
    lampiran = f"{kab}/01 Dinas Kesehatan/Lampiran"
    found = other_files_warnings(
        [f"{lampiran}/Foto/scan.pdf"], [*folders[:2], f"{lampiran}/Data Puskesmas"], [root]
    )
    assert _FOLDER not in [jenis for jenis, _ in found]


@pytest.mark.parametrize(
    "folder",
    ["03 Diskominfo", "04 BPBD", "05 Dinkes", "Disdik", "Bappeda", "Bapenda", "BPKAD", "Satpol PP",
     "Kesbangpol", "Setwan", "Sekwan", "Setda", "DPMPTSP", "DLH", "Dispendukcapil", "Disperindag",
     "BKPSDM", "Disnaker", "Dinsos", "Inspektorat", "RSUD Dr Haryoto", "Puskesmas Tempeh", "Kec. Tempeh",
     "12 Perikanan"],
)  # fmt: skip
def test_an_agency_folder_by_its_abbreviation_with_only_a_cover_letter_is_named(folder):
    root = "/d/TW II"
    found = other_files_warnings(
        [f"{root}/{folder}/surat pengantar.pdf"], [f"{root}/01 Dinas Kesehatan"], [root]
    )
    assert found[0][0] == _FOLDER and f"{root}/{folder} (surat pengantar.pdf)" in found[0][1]


@pytest.mark.parametrize(
    "folder", ["Surat Masuk", "00 Surat Masuk", "Unduhan WA", "Kiriman", "Arsip 2024", "Lama"]
)
def test_a_zip_in_a_folder_of_no_agency_is_no_agency_without_a_workbook(folder):
    root = "/d/TW II"
    found = other_files_warnings(
        [f"{root}/{folder}/surat pengantar dinsos.pdf"],
        [f"{root}/01 Dinas Kesehatan"],
        [root],
        archives=[f"{root}/{folder}/LKjIP semua OPD.zip"],
    )
    assert _FOLDER not in [jenis for jenis, _ in found]


def test_a_zip_alone_in_a_folder_of_no_agency_on_disk(tmp_path):
    root = tmp_path / "TW II"
    _agency(root / "01 Dinas Kesehatan" / "lkjip.xlsx", "Dinas Kesehatan", "90")
    _zip(root / "Unduhan WA" / "LKjIP semua OPD.zip")
    _zip(root / "Surat Masuk" / "scan surat.zip")
    _pdf(root / "Surat Masuk" / "surat pengantar dinsos.pdf")
    _pdf(root / "03 Diskominfo" / "surat pengantar.pdf")
    said = _said(lkj_xl.rekap(root, jobs=1), _FOLDER)
    assert said.startswith("1 folder") and "03 Diskominfo (surat pengantar.pdf)" in said
    assert "Unduhan WA" not in said and "Surat Masuk" not in said


# --- 7. the galat rank's advice ---------------------------------------------------------------------


def test_the_galat_rank_warning_says_the_cells_in_the_plural_for_several():
    one = {"perangkat_daerah": "Dinas A", "berkas": "a.xlsx", "sel_galat": 1, "peringkat_galat": "x"}
    two = one | {"sel_galat": 2}
    ((_, said_one),) = galat_left_out_warnings([one])
    ((_, said_two),) = galat_left_out_warnings([two])
    assert "Perbaiki sel itu " in said_one and "Perbaiki sel-sel itu " in said_two


def test_the_galat_rank_counts_the_cells_left_out(tmp_path):
    folder = tmp_path / "tw2"
    _agency(folder / "a.xlsx", "Dinas A", "#REF!")
    _agency(folder / "b.xlsx", "Dinas B", "90")
    result = lkj_xl.rekap(folder, jobs=1)
    # one galat cell, Kinerja's Realisasi TW II of T1
    assert "Perbaiki sel itu " in _said(result, "Peringkat tanpa indikator galat")
