"""Edges of naming a province's (or one agency's) folders without a workbook, found reviewing the
rekap over Pemda folders (tests/test_rekap_pemda_agency_folders.py):

- the folders of a province holding nothing to read, split into each Pemda's agencies' folders, were
  searched one Pemda folder at a time: 40 Pemda of 40 agencies' folders, most still empty, took
  minutes before the rekap read a workbook;
- a Pemda's folder of last year (``Kab Jember/2024/``) beside this year's (``Kab Jember/2025/``, holding
  the workbooks) had its agencies' folders named as this rekap's agencies without a workbook;
- a folder said counted from a workbook of another period ("direkap dari .../2024/...");
- one agency's own folder given, its workbook in its ``TW II/``, its empty ``Bidang Umum/`` named as an
  agency without a workbook.

Figures: the workbooks of tests/test_mend35i's ``_file`` (pagu 1.000.000.000 each), of Tahun 2025,
Triwulan II unless said; tests/test_rekap_province_folders's ``_province`` (four workbooks: Kab
Lumajang's ``01 Dinas Kesehatan``, ``02 Dinas Sosial``; Kota Malang's ``Dinkes``, ``Dinsos``)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.agency_files import workbook_paths
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from tests.test_mend35i import _file, _said
from tests.test_rekap_province_folders import _province


def test_a_province_of_many_empty_agency_folders_is_walked_at_once(tmp_path: Path) -> None:
    # 40 Pemda folders, each holding one agency's workbook and 39 agencies' folders made for their
    # files, still empty: each of the 40 x 39 = 1.560 empty folders is named as itself. Searching the
    # 1.641 folders walked once per empty folder took over a minute here; one pass takes about a second
    root = tmp_path / "Jatim TW III"
    seed = _file(tmp_path / "seed.xlsx", "Kabupaten Uji", "Dinas Kesehatan", "1.000.000.000", disk=1)
    for pemda in range(40):
        folder = root / f"Kab Daerah{pemda:02d}"
        for agency in range(1, 41):
            (folder / f"{agency:02d} Dinas Bidang{agency:02d}").mkdir(parents=True)
        shutil.copy(seed, folder / "01 Dinas Bidang01" / "LKjIP.xlsx")
    beside: list[Path] = []
    started = time.perf_counter()
    files = workbook_paths([root], others=beside)
    took = time.perf_counter() - started
    assert len(files) == 40
    assert len(beside) == 40 * 39
    assert all(path.is_dir() and path.name != "01 Dinas Bidang01" for path in beside)
    assert took < 10, f"{took:.1f} s"  # a generous bound: over 60 s before, about 1 s after


def _jember(folder: Path, sub: str, name: str, year: int = 2025) -> Path:
    """A workbook of Kabupaten Jember's agency ``name`` in ``sub`` of ``folder``, of Tahun ``year``."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_rekap_round3 import anggaran, kinerja, saved_by_excel

    path = folder / sub / "LKjIP.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: "Kabupaten Jember", c.P_OPD: name, c.P_TAHUN: year, c.P_TRIWULAN: 2},
        kinerja=kinerja("85", "9%"),
        anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"),
    )
    saved_by_excel(path, "2025-07-01T08:00:00Z")
    return path


def _pdf(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4\n")


def test_a_pemdas_folder_of_last_year_beside_this_years_names_none_of_its_agencies(tmp_path: Path) -> None:
    # Kab Jember/2025/ holds this year's folders (01 Dinas Kesehatan's workbook, 02 Dinas Sosial's PDF);
    # Kab Jember/2024/ last year's, kept (03 Dinas Perikanan's PDF of 2024, 04 Dinas Koperasi/ empty):
    # only 2025/02 Dinas Sosial is an agency of this rekap without a workbook (2024's were named too)
    root = _province(tmp_path / "Jatim TW II")
    jember = root / "Kab Jember"
    _jember(jember, "2025/01 Dinas Kesehatan", "Dinas Kesehatan")
    _pdf(jember / "2025" / "02 Dinas Sosial" / "LKjIP.pdf")
    _pdf(jember / "2024" / "03 Dinas Perikanan" / "LKjIP 2024.pdf")
    (jember / "2024" / "04 Dinas Koperasi").mkdir(parents=True)
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 5  # _province's four and Jember's Dinas Kesehatan
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / "2025" / "02 Dinas Sosial")]
    # the PDF of last year still listed among the files not read
    (files,) = result.peringatan[result.peringatan["jenis"] == "Berkas bukan buku kerja"]["pesan"]
    assert str(jember / "2024" / "03 Dinas Perikanan" / "LKjIP 2024.pdf") in files


def test_a_folder_is_never_said_counted_from_last_years_workbook(tmp_path: Path) -> None:
    # Kab Jember/02 Dinas Sosial/ holds only its PDF; the Dinas Sosial of Jember counted is last year's,
    # Kab Jember/2024/02 Dinas Sosial/LKjIP.xlsx (Tahun 2024, a period of its own): the folder is named
    # without "direkap dari" (it said so, as if this year's Dinas Sosial were in the rekap)
    root = _province(tmp_path / "Jatim TW II")
    jember = root / "Kab Jember"
    _jember(jember, "01 Dinas Kesehatan", "Dinas Kesehatan")
    _jember(jember, "2024/02 Dinas Sosial", "Dinas Sosial", year=2024)
    _pdf(jember / "02 Dinas Sosial" / "LKjIP.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    # _province's four, Jember's Dinas Kesehatan of 2025 and Dinas Sosial of 2024
    assert len(result.perangkat_daerah) == 6
    assert str(jember / "02 Dinas Sosial") in result.tanpa_buku_kerja[JENIS_FOLDER]
    said = _said(result, JENIS_FOLDER)
    assert f"{jember / '02 Dinas Sosial'} (LKjIP.pdf)" in said, said
    assert "direkap dari" not in said, said


def test_a_folder_is_said_counted_from_this_years_workbook_beside_last_years(tmp_path: Path) -> None:
    # one Pemda's collection: 02 Dinas Sosial/ holds only its PDF; its workbook of 2025 lies in Unduhan
    # WA/, last year's in 2024/02 Dinas Sosial/: the note names this year's, whichever is found first
    root = tmp_path / "Kab Jember TW II"
    wa = _file(
        root / "Unduhan WA" / "LKjIP.xlsx", "Kabupaten Jember", "Dinas Sosial", "1.000.000.000", disk=1
    )
    _jember(root, "2024/02 Dinas Sosial", "Dinas Sosial", year=2024)
    _pdf(root / "02 Dinas Sosial" / "LKjIP.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 2  # the Dinas Sosial of 2025 and of 2024
    said = _said(result, JENIS_FOLDER)
    assert f"{root / '02 Dinas Sosial'} (LKjIP.pdf; Dinas Sosial direkap dari {wa})" in said, said


@pytest.mark.parametrize("held", [None, "foto kegiatan.jpg"])
def test_one_agencys_folder_given_with_its_units_folders_empty_names_none(
    tmp_path: Path, held: str | None
) -> None:
    # `lkj-xl rekap "Dinas Kesehatan/"`: its workbook in its TW II/, its Bidang Umum/ and Sekretariat/
    # made for the units' papers, still empty (or holding a photograph). One agency's folder (named as
    # an agency, its workbook in its own period folder): no agency without a workbook (both were named
    # "(kosong)", as before rekap's last change they were not)
    root = tmp_path / "Dinas Kesehatan"
    _file(root / "TW II" / "LKjIP.xlsx", "Kabupaten Jember", "Dinas Kesehatan", "1.000.000.000", disk=1)
    for unit in ("Bidang Umum", "Sekretariat"):
        (root / unit).mkdir()
        if held:
            (root / unit / held).write_bytes(b"\xff\xd8")
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 1
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])


def test_a_pemdas_folder_of_this_year_beside_last_years_workbooks_names_its_agencies(tmp_path: Path) -> None:
    # the other way round: Kab Jember/2024/ holds last year's workbook (01 Dinas Kesehatan, Tahun
    # 2024), Kab Jember/2025/ this year's folders, none with a workbook yet (02 Dinas Sosial's PDF, 03
    # Dinas Perikanan/ empty): both of 2025 are named, a year after the one holding workbooks
    root = _province(tmp_path / "Jatim TW II")
    jember = root / "Kab Jember"
    _jember(jember, "2024/01 Dinas Kesehatan", "Dinas Kesehatan", year=2024)
    _pdf(jember / "2025" / "02 Dinas Sosial" / "LKjIP.pdf")
    (jember / "2025" / "03 Dinas Perikanan").mkdir(parents=True)
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 5  # _province's four and Jember's Dinas Kesehatan of 2024
    # by hand, the PDF's folder first, then the empty one (as every test of the branch lists them)
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [
        str(jember / "2025" / "02 Dinas Sosial"),
        str(jember / "2025" / "03 Dinas Perikanan"),
    ]


def test_a_pemdas_late_folder_of_the_same_quarter_names_its_agencies(tmp_path: Path) -> None:
    # Kab Jember/TW II/ holds the workbooks sent in time (01 Dinas Kesehatan's); TW II Susulan/ the
    # late ones, 02 Dinas Sosial's PDF only: the same quarter, so 02 Dinas Sosial is named (a period
    # folder beside the one holding workbooks is another period's only when it names another period)
    root = _province(tmp_path / "Jatim TW II")
    jember = root / "Kab Jember"
    _jember(jember, "TW II/01 Dinas Kesehatan", "Dinas Kesehatan")
    _pdf(jember / "TW II Susulan" / "02 Dinas Sosial" / "LKjIP.pdf")
    _pdf(jember / "TW I" / "03 Dinas Perikanan" / "LKjIP TW I.pdf")  # last quarter's: not named
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 5  # _province's four and Jember's Dinas Kesehatan
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / "TW II Susulan" / "02 Dinas Sosial")]


def test_a_folder_named_by_the_agencys_abbreviation_is_said_counted(tmp_path: Path) -> None:
    # Kab Jember/Dinsos/ holds only its PDF, the Dinas Sosial of Jember counted from Unduhan WA/ (its
    # Pengaturan names it whole): the folder is named, saying so, as "02 Dinas Sosial/" is; Dinkes/
    # holding its PDF beside the Dinas Kesehatan Hewan counted is another agency: no word of it
    root = _province(tmp_path / "Jatim TW II")
    jember = root / "Kab Jember"
    sosial = _jember(jember, "Unduhan WA", "Dinas Sosial")
    _jember(jember, "Unduhan WA/Hewan", "Dinas Kesehatan Hewan")
    _pdf(jember / "Dinsos" / "LKjIP.pdf")
    _pdf(jember / "Dinkes" / "LKjIP.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 6  # _province's four and Jember's two
    # by hand, in the order of their paths
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / "Dinkes"), str(jember / "Dinsos")]
    said = _said(result, JENIS_FOLDER)
    assert f"{jember / 'Dinsos'} (LKjIP.pdf; Dinas Sosial direkap dari {sosial})" in said, said
    assert f"{jember / 'Dinkes'} (LKjIP.pdf)" in said, said
