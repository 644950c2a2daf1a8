"""``lkj-xl rekap`` of a province-like collection where an earlier rekap was written into an agency's
own folder (a Bappeda officer ran ``lkj-xl rekap -o`` into ``03 Dinas Perikanan/``, which is made for
the Dinas Perikanan's files): the agency has sent no workbook yet.

An earlier rekap's CSV/Parquet set or JSON made its folder "the admin's own", never an agency's
without a workbook, and an earlier rekap workbook (``rekap.xlsx``, listed in Pemeriksaan as skipped)
made its folder one holding a workbook: either way the Dinas Perikanan was missing from the ranking
and from ``Perangkat daerah tanpa buku kerja``, nothing saying so. Beside the agency's own workbook
the earlier rekap hides nothing: the workbook counts.

Figures: three agencies' workbooks from tests/test_mend35i's ``_file``, pagu 1.000.000.000 each
(``Kab Lumajang/01 Dinas Kesehatan``, ``Kab Lumajang/02 Dinas Sosial``, ``Kota Malang/Dinkes``): their
pagu sums to 3.000.000.000 whatever else the folders hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from tests.test_mend35i import _file, _said
from tests.test_rekap_own_tables import _collection


def _earlier(root: Path, into: Path, fmt: str) -> None:
    """``lkj-xl rekap root --format fmt -o into`` (JSON and xlsx: a file in ``into``)."""
    out = into / {"json": "rekap.json", "xlsx": "rekap.xlsx"}.get(fmt, "")
    into.mkdir(parents=True, exist_ok=True)
    args = ["rekap", str(root), "-o", str(out).rstrip("/"), "--jobs", "1"]
    written = CliRunner().invoke(main, [*args, *(["--format", fmt] if fmt != "xlsx" else [])])
    assert written.exit_code == 0, written.output


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json", "xlsx"])
def test_an_agency_folder_holding_only_an_earlier_rekap_is_named(tmp_path: Path, fmt: str) -> None:
    root = _collection(tmp_path / "TW III")
    folder = root / "Kab Lumajang" / "03 Dinas Perikanan"
    _earlier(root, folder, fmt)
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3_000_000_000  # the three workbooks, no more
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(folder)]
    said = _said(result, JENIS_FOLDER)
    # the file that is there named, and what it is
    shown = {"csv": "_manifest.json", "parquet": "_manifest.json", "json": "rekap.json", "xlsx": "rekap.xlsx"}
    assert f"{folder} ({shown[fmt]}: hasil lkj-xl rekap, bukan buku kerja perangkat daerah)" in said, said
    again = CliRunner().invoke(main, ["rekap", str(root), "-o", str(tmp_path / "r.xlsx"), "--jobs", "1"])
    assert again.exit_code == 0, again.output
    assert "1 agency folder without a workbook" in again.output.splitlines()[-1]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json", "xlsx"])
@pytest.mark.parametrize(
    "into",
    [
        Path("Kab Lumajang") / "01 Dinas Kesehatan",  # beside the agency's workbook
        Path("Kab Lumajang"),  # a Pemda's folder
        Path("."),  # the collection's top
        Path("Kab Lumajang") / "01 Dinas Kesehatan" / "rekap",  # under an agency holding its workbook
    ],
)
def test_an_earlier_rekap_beside_the_workbooks_hides_no_agency(tmp_path: Path, fmt: str, into: Path) -> None:
    root = _collection(tmp_path / "TW III")
    _earlier(root, root / into, fmt)
    result = lkj_xl.rekap(root, jobs=1)
    # the three agencies, each once: the Dinas Kesehatan's workbook beside the rekap counted
    rows = result.perangkat_daerah
    assert len(rows) == 3 and rows["pagu"].sum() == 3_000_000_000
    assert str(root / "Kab Lumajang" / "01 Dinas Kesehatan" / "LKjIP.xlsx") in set(rows["berkas"])
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER)


def test_an_earlier_rekap_beside_two_agencies_workbooks(tmp_path: Path) -> None:
    # one folder gathering two agencies' workbooks and a CSV set: four agencies, 4.000.000.000
    root = _collection(tmp_path / "TW III")
    shared = root / "Kab Lumajang" / "03 Dinas Perikanan"
    _file(shared / "LKjIP Perikanan.xlsx", "Kabupaten Lumajang", "Dinas Perikanan", "1.000.000.000", disk=1)
    _file(shared / "LKjIP Disnak.xlsx", "Kabupaten Lumajang", "Dinas Peternakan", "1.000.000.000", disk=1)
    _earlier(root, shared, "csv")
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 5  # 3 + the two in the shared folder
    assert result.perangkat_daerah["pagu"].sum() == 5_000_000_000
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER)


def test_an_agencys_own_export_is_no_workbook(tmp_path: Path) -> None:
    # `lkj-xl export` of the Dinas Perikanan's workbook into its folder, the workbook not sent: its
    # CSV is no workbook to rank, and the folder is named with it
    root = _collection(tmp_path / "TW III")
    source = _file(
        tmp_path / "elsewhere" / "LKjIP.xlsx", "Kabupaten Lumajang", "Dinas Perikanan", "1 M", disk=1
    )
    folder = root / "Kab Lumajang" / "03 Dinas Perikanan"
    folder.mkdir()
    exported = CliRunner().invoke(
        main, ["export", str(source), "--format", "csv", "-o", str(folder / "LKjIP.csv")]
    )
    assert exported.exit_code == 0, exported.output
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3_000_000_000
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(folder)]
    assert f"{folder} (LKjIP.csv)" in _said(result, JENIS_FOLDER)


def test_a_lone_table_named_as_a_rekaps_is_no_rekap(tmp_path: Path) -> None:
    # perangkat_daerah.csv without a manifest: no rekap's set, the folder named with it
    root = _collection(tmp_path / "TW III")
    folder = root / "Kab Lumajang" / "03 Dinas Perikanan"
    folder.mkdir()
    (folder / "perangkat_daerah.csv").write_text(
        "perangkat_daerah,pagu\nDinas Perikanan,1\n", encoding="utf-8"
    )
    result = lkj_xl.rekap(root, jobs=1)
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [str(folder)]
    assert f"{folder} (perangkat_daerah.csv)" in _said(result, JENIS_FOLDER)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_pemdas_rekap_sent_instead_of_its_agencies_workbooks(tmp_path: Path, fmt: str) -> None:
    # A province's collection: Kab Jember's Bappeda sent its own rekap, not its agencies' workbooks.
    # Kab Jember's agencies are all missing: its folder is named as a Pemda holding no workbook.
    from lkj_xl.core.rekap_pemda_kosong import JENIS_PEMDA
    from tests.test_rekap_province_folders import _province

    root = _province(tmp_path / "Jatim TW III")
    jember = root / "Kab Jember"
    _earlier(root, jember, fmt)
    result = lkj_xl.rekap(root, jobs=1)
    # Kab Lumajang's two and Kota Malang's two workbooks, pagu 1.000.000.000 each
    assert result.perangkat_daerah["pagu"].sum() == 4_000_000_000
    assert result.tanpa_buku_kerja[JENIS_PEMDA] == [str(jember)]
    shown = "_manifest.json" if fmt == "csv" else "rekap.xlsx"
    said = _said(result, JENIS_PEMDA)
    assert f"{jember} ({shown}: hasil lkj-xl rekap, bukan buku kerja perangkat daerah)" in said, said


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize(
    "into",
    [
        # named as an agency's (the Bagian Organisasi collects) or a Pemda's, and as the rekap's
        Path("Kab Lumajang") / "Bagian Organisasi - Rekap TW III",
        Path("Kab Lumajang") / "Bappeda Rekap",
        Path("Kab Lumajang Rekap TW III"),  # beside the Pemda folders
        Path("Kota Malang") / "Kota Malang - Hasil Rekap",
    ],
)
def test_a_folder_named_as_the_rekaps_own_hides_no_agency(tmp_path: Path, fmt: str, into: Path) -> None:
    # The folder's name says it holds the rekap, whatever agency or Pemda it names besides: the
    # admin's own, never an agency's or a Pemda's without a workbook (a false alarm, as before rekap48
    # said nothing of it)
    from lkj_xl.core.rekap_pemda_kosong import JENIS_PEMDA

    root = _collection(tmp_path / "TW III")
    _earlier(root, root / into, fmt)
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 3 and result.perangkat_daerah["pagu"].sum() == 3_000_000_000
    assert not result.tanpa_buku_kerja.get(JENIS_FOLDER), result.tanpa_buku_kerja
    assert not result.tanpa_buku_kerja.get(JENIS_PEMDA), result.tanpa_buku_kerja
