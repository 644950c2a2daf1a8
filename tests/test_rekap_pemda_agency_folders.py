"""``lkj-xl rekap`` of a province's collection (one folder per Pemda, its agencies' folders in it): every
agency folder of a Pemda without a workbook is named, however the Pemda's folder is named and wherever
its one workbook lies.

- A Pemda whose only workbook sits in a folder that is no agency's (``Kab Jember/Unduhan WA/``), its
  agencies' folders holding only PDFs: the Pemda's folder held a workbook, so it was taken for one
  agency's folder holding its workbook, and none of the PDF-only agencies was named.
- A Pemda's folder named with the word rekap (``Rekap Kab Jember/``) was taken for the collector's
  folder by its name: its agencies sending only PDFs were named nowhere. A folder is an earlier rekap's
  by its content, not by its name.

Figures: the four workbooks of tests/test_rekap_province_folders's ``_province`` (Kab Lumajang's
``01 Dinas Kesehatan``, ``02 Dinas Sosial``; Kota Malang's ``Dinkes``, ``Dinsos``), pagu
1.000.000.000 each (tests/test_mend35i's ``_file``), plus one of Kab Jember where said."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from lkj_xl.core.rekap_pemda_kosong import JENIS_PEMDA
from tests.test_mend35i import _file, _said
from tests.test_rekap_province_folders import _province

_JEMBER_AGENCIES = ("01 Dinas Kesehatan", "02 Dinas Sosial", "03 Dinas Perikanan")


def _pdfs(pemda: Path, agencies: tuple[str, ...] = _JEMBER_AGENCIES) -> None:
    for agency in agencies:
        (pemda / agency).mkdir(parents=True, exist_ok=True)
        (pemda / agency / "LKjIP.pdf").write_bytes(b"%PDF-1.4\n")


@pytest.mark.parametrize("inbox", ["Unduhan WA", "Download", "Kiriman", "Baru"])
def test_a_pemdas_workbook_in_a_download_folder_hides_none_of_its_agencies(
    tmp_path: Path, inbox: str
) -> None:
    root = _province(tmp_path / "Jatim TW III")
    jember = root / "Kab Jember"
    # Jember's Dinas Kesehatan sent its workbook by WhatsApp: saved in the Pemda's download folder
    wa = _file(
        jember / inbox / "LKjIP Dinkes.xlsx", "Kabupaten Jember", "Dinas Kesehatan", "1.000.000.000", disk=1
    )
    _pdfs(jember)  # the three agencies' folders, each holding only its PDF
    result = lkj_xl.rekap(root, jobs=1)
    # four workbooks of _province and Jember's Dinas Kesehatan: 5 rows, 5 x 1.000.000.000
    assert len(result.perangkat_daerah) == 5
    assert result.perangkat_daerah["pagu"].sum() == 5_000_000_000
    # the three folders named, by hand: none holds a workbook
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / agency) for agency in _JEMBER_AGENCIES]
    assert not result.tanpa_buku_kerja.get(JENIS_PEMDA)  # the Pemda sent one workbook
    said = _said(result, JENIS_FOLDER)
    assert said.startswith("3 folder"), said
    # the Dinas Kesehatan's folder said counted from the workbook in the download folder (its
    # Pengaturan names the Dinas Kesehatan of Kabupaten Jember), never from Lumajang's or Malang's
    assert f"{jember / '01 Dinas Kesehatan'} (LKjIP.pdf; Dinas Kesehatan direkap dari {wa})" in said, said
    assert f"{jember / '02 Dinas Sosial'} (LKjIP.pdf)" in said, said
    assert f"{jember / '03 Dinas Perikanan'} (LKjIP.pdf)" in said, said
    assert "Kab Lumajang" not in said and "Kota Malang" not in said, said


def test_a_pemdas_workbook_left_in_its_folder_hides_none_of_its_agencies(tmp_path: Path) -> None:
    # the same workbook saved straight into Kab Jember/, beside its agencies' folders
    root = _province(tmp_path / "Jatim TW III")
    jember = root / "Kab Jember"
    _file(jember / "LKjIP Dinkes.xlsx", "Kabupaten Jember", "Dinas Kesehatan", "1.000.000.000", disk=1)
    _pdfs(jember, _JEMBER_AGENCIES[1:])
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 5  # _province's four and Jember's Dinas Kesehatan
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / agency) for agency in _JEMBER_AGENCIES[1:]]


@pytest.mark.parametrize(
    "name", ["Rekap Kab Jember", "Rekapitulasi Kab Jember", "Hasil Rekap Kab Jember", "Kab Jember (rekap)"]
)
def test_a_pemda_folder_named_with_rekap_is_a_pemda(tmp_path: Path, name: str) -> None:
    root = _province(tmp_path / "Jatim TW III")
    _pdfs(root / name)  # none of Jember's agencies sent a workbook: three PDFs
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4  # _province's four
    assert result.perangkat_daerah["pagu"].sum() == 4_000_000_000
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(root / name / agency) for agency in _JEMBER_AGENCIES]
    assert _said(result, JENIS_FOLDER).startswith("3 folder")
    log = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx"), "--jobs", "1"])
    assert log.exit_code == 0, log.output  # the workbooks' status: agencies' folders leave it alone
    assert "3 agency folders without a workbook" in log.output.splitlines()[-1], log.output


def test_a_pemda_folder_named_rekap_with_its_rekap_in_it_is_still_a_pemda(tmp_path: Path) -> None:
    # Rekap Kab Jember/ holds Jember's Bappeda's rekap workbook beside its agencies' folders: the
    # rekap is skipped (an earlier rekap by its content), the agencies without a workbook named
    root = _province(tmp_path / "Jatim TW III")
    folder = root / "Rekap Kab Jember"
    _pdfs(folder, _JEMBER_AGENCIES[:2])
    written = CliRunner().invoke(
        main, ["rekap", str(root / "Kota Malang"), "-o", str(folder / "rekap.xlsx"), "--jobs", "1"]
    )
    assert written.exit_code == 0, written.output
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4  # the rekap is no agency's row
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(folder / agency) for agency in _JEMBER_AGENCIES[:2]]


def test_the_collectors_rekap_folder_is_still_no_pemda(tmp_path: Path) -> None:
    # unchanged: Rekap Kab Jember/ holding only the rekap (no agency's folder) is the collector's
    root = _province(tmp_path / "Jatim TW III")
    folder = root / "Rekap Kab Jember"
    folder.mkdir()
    written = CliRunner().invoke(
        main, ["rekap", str(root / "Kota Malang"), "-o", str(folder / "rekap.xlsx"), "--jobs", "1"]
    )
    assert written.exit_code == 0, written.output
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER) and not result.tanpa_buku_kerja.get(JENIS_PEMDA)


def test_a_pemdas_agency_folders_under_its_period_folders_are_each_named(tmp_path: Path) -> None:
    # Kab Jember/2025/TW III/02 Dinas Sosial/LKjIP.pdf and 03 Dinas Perikanan/LKjIP.pdf, no workbook of
    # Jember at all: it was named once as a Pemda without a workbook (its agencies' PDFs as its files),
    # while Kab Jember/02 Dinas Sosial/LKjIP.pdf names each agency: the period folders are Jember's own
    root = _province(tmp_path / "Jatim TW III")
    period = root / "Kab Jember" / "2025" / "TW III"
    _pdfs(period, _JEMBER_AGENCIES[1:])
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4  # _province's four
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(period / agency) for agency in _JEMBER_AGENCIES[1:]]
    assert not result.tanpa_buku_kerja.get(JENIS_PEMDA)
    assert _said(result, JENIS_FOLDER).startswith("2 folder")


def test_a_pemdas_agency_folders_named_by_their_field_are_named(tmp_path: Path) -> None:
    # Kab Jember's agencies' folders named by their field only, as a Pemda's often are: Kesehatan/
    # holds its workbook, Sosial/ and Perikanan/ only their PDFs. Both were in no warning but the list
    # of files (Kab Jember/, holding a workbook, taken for one agency's folder); in a Pemda's own
    # collection (no province) Sosial/ and Perikanan/ beside Kesehatan/ are named
    root = _province(tmp_path / "Jatim TW III")
    jember = root / "Kab Jember"
    _file(jember / "Kesehatan" / "LKjIP.xlsx", "Kabupaten Jember", "Dinas Kesehatan", "1.000.000.000", disk=1)
    _pdfs(jember, ("Sosial", "Perikanan"))
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 5  # _province's four and Jember's Dinas Kesehatan
    # by hand, in the order of their paths: Perikanan before Sosial
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / "Perikanan"), str(jember / "Sosial")]


@pytest.mark.parametrize("held", [None, "~$LKjIP.xlsx", "desktop.ini"])
def test_a_pemdas_empty_agency_folders_are_each_named(tmp_path: Path, held: str | None) -> None:
    # Kab Jember/01 Dinas Kesehatan/ and 02 Dinas Sosial/ made for the agencies' files, still empty (or
    # holding only Excel's owner file of a workbook moved away, or desktop.ini): Kab Jember was named
    # as a Pemda "(kosong)", its two agencies' folders in it unsaid; each is named as an agency's
    # folder, as one holding a PDF is
    root = _province(tmp_path / "Jatim TW III")
    jember = root / "Kab Jember"
    for agency in _JEMBER_AGENCIES[:2]:
        (jember / agency).mkdir(parents=True)
        if held:
            (jember / agency / held).write_bytes(b"\0" * 165)
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / agency) for agency in _JEMBER_AGENCIES[:2]]
    assert not result.tanpa_buku_kerja.get(JENIS_PEMDA)
    said = _said(result, JENIS_FOLDER)
    assert f"{jember / '01 Dinas Kesehatan'} (kosong); {jember / '02 Dinas Sosial'} (kosong)" in said, said


def _kindless_province(root: Path) -> Path:
    """_province's four workbooks, the Pemda's folders named without their kind: "Lumajang/", "Malang/"."""
    for pemda, folder, agencies in (
        ("Kabupaten Lumajang", "Lumajang", (("01 Dinas Kesehatan", "Dinas Kesehatan"), ("02 Dinas Sosial", "Dinas Sosial"))),
        ("Kota Malang", "Malang", (("Dinkes", "Dinas Kesehatan"), ("Dinsos", "Dinas Sosial"))),
    ):  # fmt: skip
        for agency, name in agencies:
            _file(root / folder / agency / "LKjIP.xlsx", pemda, name, "1.000.000.000", disk=1)
    return root


@pytest.mark.parametrize("sent", [False, True])
def test_a_pemda_folder_named_without_its_kind_is_a_pemda(tmp_path: Path, sent: bool) -> None:
    # Jember/ beside Lumajang/ and Malang/: its agencies' folders holding only PDFs. Jember/ was named
    # as one agency's folder (none of Jember's workbooks in), or named nowhere when its one workbook
    # lay in Jember/Unduhan WA/; and each agency's folder of it is said counted from Lumajang's agency
    # of its name, another Pemda's
    root = _kindless_province(tmp_path / "Jatim TW III")
    jember = root / "Jember"
    if sent:
        wa = _file(
            jember / "Unduhan WA" / "LKjIP Dinkes.xlsx",
            "Kabupaten Jember",
            "Dinas Kesehatan",
            "1.000.000.000",
            disk=1,
        )
    _pdfs(jember, _JEMBER_AGENCIES[:2])
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4 + sent  # the four, and Jember's Dinas Kesehatan when sent
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / agency) for agency in _JEMBER_AGENCIES[:2]]
    said = _said(result, JENIS_FOLDER)
    note = f"; Dinas Kesehatan direkap dari {wa}" if sent else ""
    assert f"{jember / '01 Dinas Kesehatan'} (LKjIP.pdf{note})" in said, said
    assert f"{jember / '02 Dinas Sosial'} (LKjIP.pdf)" in said, said
    assert "Lumajang" not in said and "Malang" not in said, said


def test_a_kindless_pemdas_empty_agency_folders_are_each_named(tmp_path: Path) -> None:
    # Jember/01 Dinas Kesehatan/ and 02 Dinas Sosial/ still empty, beside Lumajang/ and Malang/: Jember
    # was named as one agency's folder, "Jember (kosong)"
    root = _kindless_province(tmp_path / "Jatim TW III")
    for agency in _JEMBER_AGENCIES[:2]:
        (root / "Jember" / agency).mkdir(parents=True)
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(root / "Jember" / a) for a in _JEMBER_AGENCIES[:2]]


@pytest.mark.parametrize("sent", [False, True])
def test_a_pemdas_agency_folders_in_a_folder_of_them_are_each_named(tmp_path: Path, sent: bool) -> None:
    # Kab Jember/OPD/01 Dinas Kesehatan/LKjIP.pdf and OPD/02 Dinas Sosial/LKjIP.pdf: named nowhere when
    # Jember's one workbook lay in Kab Jember/Unduhan WA/, else Kab Jember named as a Pemda whose
    # folder holds no agency's folder
    root = _province(tmp_path / "Jatim TW III")
    jember = root / "Kab Jember"
    if sent:
        _file(
            jember / "Unduhan WA" / "LKjIP.xlsx",
            "Kabupaten Jember",
            "Dinas Kesehatan",
            "1.000.000.000",
            disk=1,
        )
    _pdfs(jember / "OPD", _JEMBER_AGENCIES[:2])
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 4 + sent
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(jember / "OPD" / a) for a in _JEMBER_AGENCIES[:2]]
    assert not result.tanpa_buku_kerja.get(JENIS_PEMDA)


def test_a_pemdas_empty_agency_folders_beside_its_download_folder_are_named(tmp_path: Path) -> None:
    # one Pemda's collection (no province): its one workbook in Unduhan WA/, 01 Dinas Kesehatan/ and
    # 02 Dinas Sosial/ made for the agencies' files, still empty. The folder given was taken for one
    # agency's folder (its workbook in its own subfolder) and neither folder was named; with a PDF in
    # them both were
    root = tmp_path / "Kab Jember TW III"
    wa = _file(
        root / "Unduhan WA" / "LKjIP Dinkes.xlsx",
        "Kabupaten Jember",
        "Dinas Kesehatan",
        "1.000.000.000",
        disk=1,
    )
    for agency in _JEMBER_AGENCIES[:2]:
        (root / agency).mkdir()
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 1  # the Dinas Kesehatan, from Unduhan WA/
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(root / agency) for agency in _JEMBER_AGENCIES[:2]]
    said = _said(result, JENIS_FOLDER)
    assert f"{root / '01 Dinas Kesehatan'} (kosong; Dinas Kesehatan direkap dari {wa})" in said, said
    assert f"{root / '02 Dinas Sosial'} (kosong)" in said, said


def test_a_folder_beside_an_agency_holding_its_units_is_no_pemda(tmp_path: Path) -> None:
    # one Pemda's collection: 01 Dinas Kesehatan/ holds its Puskesmas' workbooks (Puskesmas A/, B/).
    # A folder of papers beside it (Dokumen/02 Bidang X/x.pdf) is no Pemda named without its kind, so
    # its "02 Bidang X/" is no agency's folder; 03 Dinas Perikanan/ holding only its PDF is named, as before
    root = tmp_path / "Kab Jember TW III"
    for folder, name in (
        ("01 Dinas Kesehatan/Puskesmas A", "Puskesmas A"),
        ("01 Dinas Kesehatan/Puskesmas B", "Puskesmas B"),
        ("02 Dinas Sosial", "Dinas Sosial"),
    ):
        _file(root / folder / "LKjIP.xlsx", "Kabupaten Jember", name, "1.000.000.000", disk=1)
    _pdfs(root / "Dokumen", ("02 Bidang X",))
    _pdfs(root, ("03 Dinas Perikanan",))
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 3  # the three workbooks
    named = result.tanpa_buku_kerja[JENIS_FOLDER]
    assert str(root / "03 Dinas Perikanan") in named
    # Dokumen/ itself is named as before this change (a folder beside agencies' folders holding a
    # file, core.rekap_berkas_lain._an_agency), never its "02 Bidang X/" as a Pemda's agency
    assert str(root / "Dokumen" / "02 Bidang X") not in named, named
