"""``lkj-xl rekap``: an agency that sends the blank template back unfilled has not reported.

``13 Dinas Sosial/LKjIP kosong.xlsx`` (or ``LKjIP Dinsos TW II.xlsx`` among the agencies' files),
unmistakably blank, is listed in Pemeriksaan as the blank template (tests.test_rekap_blank_template);
the agency is also named, once, in the warning on agencies without a workbook, and the log's last
line counts it, the exit status staying the workbooks' (README: "the exit status stays the
workbooks'" for an agency's folder without a workbook). The Bappeda's own blank copy (``Template
LKjIP 2025/``, ``Format/``, ``00 Template/``, beside the agencies' files) is named in no warning.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from lkj_xl.core.rekap_templat_kiriman import JENIS_KOSONG
from lkj_xl.xlsx.template import write_template
from tests.test_mend35i import _file

_PEMDA = "Kabupaten Lumajang"
_KOSONG = "buku kerja kosong (templat)"


def _numbered(root: Path) -> None:
    """Two agencies' folders, numbered, each with its filled workbook (pagu 1.000.000.000 and
    1.200.000.000: else 'Isi sama'); each mean capaian 87,5 (tests.test_rekap_blank_template)."""
    _file(
        root / "01 Dinas Kesehatan" / "LKjIP Dinkes.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1
    )
    _file(
        root / "02 Dinas Pendidikan" / "LKjIP Disdik.xlsx",
        _PEMDA,
        "Dinas Pendidikan",
        "1.200.000.000",
        disk=1,
    )


def _blank(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_template(path)  # as the Bappeda sent it out: nothing typed
    return path


def _said(result: lkj_xl.Rekap, text: str) -> list[tuple[str, str]]:
    return [(j, p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if text in p]


def _agencies_counted(result: lkj_xl.Rekap) -> None:
    frame = result.perangkat_daerah
    assert list(frame["perangkat_daerah"]) == ["Dinas Kesehatan", "Dinas Pendidikan"]
    assert frame["pagu"].sum() == 2_200_000_000  # 1.000.000.000 + 1.200.000.000: the blank adds none
    assert result.status == 0  # no workbook has a galat; a folder without a workbook leaves it so


def test_an_agency_folder_holding_only_the_blank_template_is_named(tmp_path):
    root = tmp_path / "TW II"
    _numbered(root)
    blank = _blank(root / "13 Dinas Sosial" / "LKjIP kosong.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    _agencies_counted(result)
    (said,) = _said(result, "13 Dinas Sosial")  # named once, in one warning
    assert said[0] == JENIS_FOLDER
    assert said[1].count("13 Dinas Sosial") == 1
    assert "LKjIP kosong.xlsx" in said[1] and _KOSONG in said[1]
    assert "minta" in said[1]  # what the Bappeda does: ask for the workbook filled in
    row = result.pemeriksaan[result.pemeriksaan["berkas"] == str(blank)].iloc[0]
    assert row["status"] == core.DILEWATI  # listed as the merged change lists it
    assert str(root / "13 Dinas Sosial") in result.tanpa_buku_kerja[JENIS_FOLDER]


def test_the_blank_template_in_an_agency_period_folder_names_the_agency_folder(tmp_path):
    root = tmp_path / "2025"
    _numbered(root)
    _blank(root / "13 Dinas Sosial" / "TW II" / "LKjIP.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    _agencies_counted(result)
    (said,) = _said(result, "13 Dinas Sosial")
    assert said[0] == JENIS_FOLDER and said[1].count("13 Dinas Sosial") == 1
    assert _KOSONG in said[1]


def test_the_blank_template_beside_a_cover_letter_names_the_folder_once(tmp_path):
    root = tmp_path / "TW II"
    _numbered(root)
    _blank(root / "13 Dinas Sosial" / "LKjIP kosong.xlsx")
    (root / "13 Dinas Sosial" / "Surat Pengantar.pdf").write_bytes(b"%PDF-1.4\n")
    result = lkj_xl.rekap(root, jobs=1)
    _agencies_counted(result)
    folder = [p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == JENIS_FOLDER]
    assert len(folder) == 1 and folder[0].count("13 Dinas Sosial") == 1
    assert "Surat Pengantar.pdf" in folder[0] and "LKjIP kosong.xlsx" in folder[0]


def test_a_file_named_for_an_agency_among_the_agencies_files(tmp_path):
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinkes TW II.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / "LKjIP Disdik TW II.xlsx", _PEMDA, "Dinas Pendidikan", "1.200.000.000", disk=1)
    blank = _blank(root / "LKjIP Dinsos TW II.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    _agencies_counted(result)
    (said,) = _said(result, "LKjIP Dinsos TW II.xlsx")
    assert said[0] == JENIS_FOLDER
    assert said[1].count("LKjIP Dinsos TW II.xlsx") == 1 and _KOSONG in said[1]
    assert str(blank) in result.tanpa_buku_kerja[JENIS_KOSONG]


def test_the_bappedas_own_copies_stay_unnamed(tmp_path):
    # Its template folder among the numbered agencies' folders, its Format/ folder and the template
    # beside the agencies' files: none an agency's; and an agency's own spare blank copy beside its
    # filled workbook (it has reported) is no agency missing either.
    root = tmp_path / "TW II"
    _numbered(root)
    copies = [
        _blank(root / "00 Template" / "LKjIP kosong.xlsx"),
        _blank(root / "Template LKjIP 2025" / "LKjIP kosong.xlsx"),
        _blank(root / "Format" / "Format LKjIP.xlsx"),
        _blank(root / "Template LKjIP.xlsx"),
        _blank(root / "01 Dinas Kesehatan" / "Bahan" / "LKjIP kosong.xlsx"),
    ]
    result = lkj_xl.rekap(root, jobs=1)
    _agencies_counted(result)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    for copy in copies:
        assert not _said(result, copy.name)
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER)


def test_cli_names_the_agency_in_a_warning_and_the_last_line_exit_0(tmp_path):
    root = tmp_path / "TW II"
    _numbered(root)
    _blank(root / "13 Dinas Sosial" / "LKjIP kosong.xlsx")
    _blank(root / "Format" / "LKjIP kosong.xlsx")  # the Bappeda's: not counted below
    out = tmp_path / "rekap.xlsx"
    result = CliRunner().invoke(main, ["rekap", str(root), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output  # README: the exit status stays the workbooks'
    log = result.output
    warnings = [line for line in log.splitlines() if line.startswith("warning:")]
    assert len([line for line in warnings if "13 Dinas Sosial" in line]) == 1
    last = log.strip().splitlines()[-1]
    assert "2 of 4 workbooks" in last and "2 skipped (see Pemeriksaan)" in last
    assert "1 agency folder without a workbook" in last
    assert "1 agency sent the blank template unfilled" in last
    wb = openpyxl.load_workbook(out, read_only=True)
    every = [str(v) for row in wb[c.SHEET_PEMERIKSAAN].iter_rows(values_only=True) for v in row if v]
    assert any(v == JENIS_FOLDER for v in every)
    assert any("13 Dinas Sosial" in v and _KOSONG in v for v in every)


@pytest.mark.parametrize(
    ("blank_name", "filled_name"),
    [
        ("LKjIP Dinsos TW II.xlsx", "LKjIP Dinsos TW II revisi.xlsx"),  # its abbreviation in both names
        ("LKjIP Dinas Sosial kosong.xlsx", "LKjIP DS.xlsx"),  # the agency's name, counted from another file
        # ... its Pemda after it: the word after Kab / Kota is the Pemda's, not another agency's
        ("LKJIP DINAS SOSIAL KAB LUMAJANG TW II 2025.xlsx", "LKjIP DS.xlsx"),
        ("LKjIP Dinsos Kabupaten Lumajang kosong.xlsx", "Laporan Kinerja.xlsx"),
    ],
)
def test_a_blank_named_for_an_agency_that_reported_is_no_agency_missing(tmp_path, blank_name, filled_name):
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinkes TW II.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / filled_name, _PEMDA, "Dinas Sosial", "1.200.000.000", disk=1)
    _blank(root / blank_name)
    result = lkj_xl.rekap(root, jobs=1)
    assert list(result.perangkat_daerah["perangkat_daerah"]) == ["Dinas Kesehatan", "Dinas Sosial"]
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    assert not result.tanpa_buku_kerja.get(JENIS_KOSONG)


@pytest.mark.parametrize(
    ("blank_name", "filled_name", "agency"),
    [
        # the abbreviation in the blank's name, the agency's name typed whole in the filled workbook,
        # whose file name shares no word with the blank's (was: flagged as Dinas Sosial not reporting)
        ("LKjIP Dinsos TW II.xlsx", "Laporan Kinerja TW II.xlsx", "Dinas Sosial"),
        ("LKjIP BPKAD TW II.xlsx", "LKJIP TW2 keuangan.xlsx", "Badan Pengelolaan Keuangan dan Aset Daerah"),
        ("LKjIP Dishub.xlsx", "LKJIP TW2.xlsx", "Dinas Perhubungan"),
        ("LKjIP Disdik kosong.xlsx", "lkjip final.xlsx", "Dinas Pendidikan"),
        # the agency's name whole in the blank's name, the agency typed by its abbreviation
        ("LKjIP Dinas Sosial.xlsx", "final_tw2.xlsx", "Dinsos"),
    ],
)
def test_a_blank_named_by_abbreviation_for_an_agency_that_reported_under_another_file_name(
    tmp_path, blank_name, filled_name, agency
):
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinkes TW II.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / filled_name, _PEMDA, agency, "1.200.000.000", disk=1)
    _blank(root / blank_name)
    result = lkj_xl.rekap(root, jobs=1)
    assert sorted(result.perangkat_daerah["perangkat_daerah"]) == sorted(["Dinas Kesehatan", agency])
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    assert not result.tanpa_buku_kerja.get(JENIS_KOSONG)


@pytest.mark.parametrize("agency", ["Dinas Koperasi dan Usaha Mikro", "Dinas Kesehatan Hewan"])
def test_a_blank_named_by_an_abbreviation_of_no_agency_counted_is_still_flagged(tmp_path, agency):
    # "dinsos" is no abbreviation of either: din- (Dinas), then no word beginning "sos"
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinkes TW II.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / "LKjIP Lain TW II.xlsx", _PEMDA, agency, "1.200.000.000", disk=1)
    blank = _blank(root / "LKjIP Dinsos TW II.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.tanpa_buku_kerja[JENIS_KOSONG] == [str(blank)]


@pytest.mark.parametrize(
    ("blank_name", "agency"),
    [
        # B-K-D was spelt with the "d" of "dan": the BKPSDM counted hid the BKD's blank template
        ("LKjIP BKD TW II.xlsx", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        # DKP is the Dinas Ketahanan Pangan's as much as the Dinas Kelautan dan Perikanan's
        ("LKjIP DKP TW II.xlsx", "Dinas Kelautan dan Perikanan"),
        # a Bagian of the Setda is not every Bagian: "setda" was found anywhere in the name counted
        ("LKjIP Bag Hukum Setda.xlsx", "Bagian Organisasi Sekretariat Daerah"),
        # the name counted found whole inside the blank's, other words after it: another agency
        ("LKjIP Dinas Kesehatan Hewan TW II.xlsx", "Dinas Kesehatan"),
        # the abbreviation spells the name counted, but the blank's name says more: another agency
        ("LKjIP Bag Hukum Setda.xlsx", "Sekretariat Daerah"),
        ("LKjIP Dinkes Hewan TW II.xlsx", "Dinas Kesehatan"),
    ],
)
def test_a_blank_of_another_agency_than_the_one_its_name_resembles_is_still_flagged(
    tmp_path, blank_name, agency
):
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinsos TW II.xlsx", _PEMDA, "Dinas Sosial", "1.000.000.000", disk=1)
    _file(root / "LKjIP Lain TW II.xlsx", _PEMDA, agency, "1.200.000.000", disk=1)
    blank = _blank(root / blank_name)
    result = lkj_xl.rekap(root, jobs=1)
    # the two agencies counted, and only they: 1.000.000.000 + 1.200.000.000
    assert sorted(result.perangkat_daerah["perangkat_daerah"]) == sorted(["Dinas Sosial", agency])
    assert result.perangkat_daerah["pagu"].sum() == 2_200_000_000
    # the agency that sent the blank template has not reported: said so
    assert result.tanpa_buku_kerja[JENIS_KOSONG] == [str(blank)]
    assert _said(result, blank_name)


def test_a_blank_sharing_an_abbreviation_with_a_file_counted_beside_it_but_saying_more_is_flagged(tmp_path):
    # "LKjIP Dinkes Hewan" beside the Dinas Kesehatan's "LKjIP Dinkes TW II": "dinkes" is in both names,
    # but Hewan makes the blank another agency's (was: taken as the Dinas Kesehatan's, not flagged)
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinkes TW II.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / "LKjIP Dinsos TW II.xlsx", _PEMDA, "Dinas Sosial", "1.200.000.000", disk=1)
    blank = _blank(root / "LKjIP Dinkes Hewan TW II.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.tanpa_buku_kerja[JENIS_KOSONG] == [str(blank)]
    assert result.perangkat_daerah["pagu"].sum() == 2_200_000_000  # 1.000.000.000 + 1.200.000.000
