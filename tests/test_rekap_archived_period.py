"""``lkj-xl rekap``: an agency whose only workbook in the quarter's folder is last quarter's, kept in its
own archive folder (``03 Dinas Sosial/Arsip TW I/LKjIP.xlsx`` in the TW II collection).

Its folder holds a workbook, so it was never named in ``Perangkat daerah tanpa buku kerja``: the
Bappeda admin saw it ranked alone in a Triwulan I table and a ``Triwulan berbeda`` warning saying to
move a file of another period out, and nothing said that the agency has sent no TW II workbook. An
archive folder's workbook of another period than most agencies' is now no workbook of that folder for
that warning: the folder is named, saying what it holds. The workbook itself is still read and listed
as before (its own period's row, the ``Triwulan berbeda`` warning): nothing is dropped unsaid.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend35i import _said
from tests.test_rekap_collection_folders import _workbook


def _tw1(path: Path, opd: str) -> Path:
    """``opd``'s Triwulan I workbook: T1 40 of 100 -> 40; pagu 500 jt, TW I spending 100 jt."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 1},
        kinerja=[
            {
                "Kode": "T1",
                "Tingkat": "Tujuan",
                "Uraian": "Layanan",
                "Indikator": "Indeks layanan",
                "Satuan": "Indeks",
                "Jenis Realisasi": "Nilai Akhir",
                "Target": 100,
                "Realisasi TW I": "40",
            },
        ],  # fmt: skip
        anggaran=[
            {
                "Kode": "P1",
                "Program": "Program layanan",
                "Kode Sasaran": "T1",
                "Pagu": "500 jt",
                "Realisasi TW I": "100 jt",
            }
        ],  # fmt: skip
    )
    return path


def _tw2_folder(root: Path) -> Path:
    """Two agencies that sent their TW II workbook (1.000.000.000 each); Dinas Sosial's folder holds
    only its TW I workbook in its own archive folder."""
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP TW II.xlsx", "Dinas Kesehatan")
    _workbook(root / "02 Dinas Pendidikan" / "LKjIP TW II.xlsx", "Dinas Pendidikan")
    _tw1(root / "03 Dinas Sosial" / "Arsip TW I" / "LKjIP Dinsos TW I.xlsx", "Dinas Sosial")
    return root


def test_an_agency_with_only_last_quarters_workbook_in_its_archive_is_named_without_a_workbook(tmp_path):
    root = _tw2_folder(tmp_path / "tw2")
    result = lkj_xl.rekap(root, jobs=1)
    # was: not named (its folder holds a workbook)
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(root / "03 Dinas Sosial")]
    missing = _said(result, JENIS_FOLDER)
    assert missing.startswith("1 folder ")
    assert (
        f"{root / '03 Dinas Sosial'} (Arsip TW I/LKjIP Dinsos TW I.xlsx: buku kerja Triwulan I Tahun 2025 "
        "di folder arsip)" in missing
    )
    assert "buku kerja periode lain di folder arsip" in missing
    # still read as before: its own Triwulan I row (pagu 500 jt) and the warning on the quarters
    rows = result.perangkat_daerah.set_index("perangkat_daerah")
    assert rows.loc["Dinas Sosial", "triwulan"] == 1 and rows.loc["Dinas Sosial", "pagu"] == 500_000_000
    assert "Triwulan berbeda" in set(result.peringatan["jenis"])
    # the CLI's last line counts it
    out = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx"), "--jobs", "1"])
    assert "1 agency folder without a workbook" in out.stdout.splitlines()[-1]


def test_an_agency_with_this_quarters_workbook_beside_its_archive_is_not_named(tmp_path):
    root = _tw2_folder(tmp_path / "tw2")
    _workbook(root / "03 Dinas Sosial" / "LKjIP TW II.xlsx", "Dinas Sosial")
    result = lkj_xl.rekap(root, jobs=1)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    # three TW II agencies of 1.000.000.000 each
    assert result.perangkat_daerah.query("triwulan == 2")["pagu"].sum() == 3_000_000_000


def test_this_quarters_workbook_kept_in_an_archive_folder_is_the_agencys_workbook(tmp_path):
    root = tmp_path / "tw2"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP TW II.xlsx", "Dinas Kesehatan")
    _workbook(root / "02 Dinas Pendidikan" / "LKjIP TW II.xlsx", "Dinas Pendidikan")
    _workbook(root / "03 Dinas Sosial" / "Arsip" / "LKjIP TW II.xlsx", "Dinas Sosial")
    result = lkj_xl.rekap(root, jobs=1)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    assert result.perangkat_daerah["pagu"].sum() == 3_000_000_000


def test_an_archived_workbook_of_a_quarter_the_collection_holds_names_no_folder(tmp_path):
    # a folder mixing quarters: Dinas Pendidikan's TW I workbook at its folder's top says the folder
    # collects TW I too, so Dinas Sosial's archived TW I workbook is no workbook of another period
    root = tmp_path / "kumpulan"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP TW II.xlsx", "Dinas Kesehatan")
    _tw1(root / "02 Dinas Pendidikan" / "LKjIP Disdik TW I.xlsx", "Dinas Pendidikan")
    _tw1(root / "03 Dinas Sosial" / "Arsip TW I" / "LKjIP Dinsos TW I.xlsx", "Dinas Sosial")
    result = lkj_xl.rekap(root, jobs=1)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])


def test_the_quarters_folders_rekapped_together_name_the_folder_of_its_own_quarter(tmp_path):
    # TW I/ and TW II/ given together (the year's folder): Dinas Sosial's TW II folder holds only its TW I
    # workbook in its archive; TW I is a quarter of the rekap, but not of the TW II folder's agencies
    root = tmp_path / "2025"
    _tw1(root / "TW I" / "01 Dinas Kesehatan" / "LKjIP TW I.xlsx", "Dinas Kesehatan")
    _tw1(root / "TW I" / "03 Dinas Sosial" / "LKjIP TW I.xlsx", "Dinas Sosial")
    _tw2_folder(root / "TW II")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(root / "TW II" / "03 Dinas Sosial")]


def test_an_archive_folder_deeper_in_the_agencys_folder_is_named_too(tmp_path):
    # the Dinas Sosial keeps its workbooks in Excel/, last quarter's in Excel/Arsip TW I/: the folder
    # above the archive's (Excel/) holds no workbook of this quarter, its agency's folder's collection
    # does (tw2/: two TW II agencies); was: not named, nothing to compare the archived period with
    root = tmp_path / "tw2"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP TW II.xlsx", "Dinas Kesehatan")
    _workbook(root / "02 Dinas Pendidikan" / "LKjIP TW II.xlsx", "Dinas Pendidikan")
    _tw1(root / "03 Dinas Sosial" / "Excel" / "Arsip TW I" / "LKjIP TW I.xlsx", "Dinas Sosial")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(root / "03 Dinas Sosial")]
    assert "Excel/Arsip TW I/LKjIP TW I.xlsx: buku kerja Triwulan I Tahun 2025 di folder arsip" in _said(
        result, JENIS_FOLDER
    )
    # still read: Dinas Sosial's TW I row (pagu 500 jt) beside the two TW II agencies' 1.000.000.000 each
    assert result.perangkat_daerah.query("triwulan == 2")["pagu"].sum() == 2_000_000_000
    assert result.perangkat_daerah.query("triwulan == 1")["pagu"].sum() == 500_000_000


def test_the_bappedas_own_archive_of_last_quarter_names_no_agency(tmp_path):
    # tw2/Arsip TW I/ is the Bappeda's (last quarter's collection kept), not an agency's: every agency
    # sent TW II, none is named
    root = tmp_path / "tw2"
    for folder, agency in [("01 Dinas Kesehatan", "Dinas Kesehatan"), ("03 Dinas Sosial", "Dinas Sosial")]:
        _workbook(root / folder / "LKjIP TW II.xlsx", agency)
        _tw1(root / "Arsip TW I" / folder / "LKjIP TW I.xlsx", agency)
    _tw1(root / "Arsip" / "LKjIP Dinkes TW I.xlsx", "Dinas Kesehatan")
    result = lkj_xl.rekap(root, jobs=1)
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER)
    assert result.perangkat_daerah.query("triwulan == 2")["pagu"].sum() == 2_000_000_000


def test_an_archived_workbook_whose_quarter_cannot_be_read_is_not_said_of_another_period(tmp_path):
    # its Triwulan left blank: the period is unknown (its galat says so), not another one; was: "buku
    # kerja Triwulan ? Tahun 2025 di folder arsip" and the agency named as sending no workbook
    from lkj_xl.core import contract as c
    from tests.test_rekap_round3 import anggaran, kinerja

    root = tmp_path / "tw2"
    _workbook(root / "01 Dinas Kesehatan" / "LKjIP TW II.xlsx", "Dinas Kesehatan")
    _workbook(root / "02 Dinas Pendidikan" / "LKjIP TW II.xlsx", "Dinas Pendidikan")
    path = root / "03 Dinas Sosial" / "Arsip" / "LKjIP.xlsx"
    path.parent.mkdir(parents=True)
    settings = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: "Dinas Sosial", c.P_TAHUN: 2025, c.P_TRIWULAN: ""}
    new_workbook(path, pengaturan=settings, kinerja=kinerja("85", "9%"), anggaran=anggaran("1 M", "1", "2"))
    result = lkj_xl.rekap(root, jobs=1)
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER)
    assert "Triwulan ? Tahun 2025 di folder arsip" not in " ".join(result.peringatan["pesan"])
    assert len(result.perangkat_daerah) == 3  # still read, its row as before
