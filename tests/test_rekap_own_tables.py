"""``lkj-xl rekap`` of a collection folder holding the admin's earlier rekap tables.

The Bappeda's admin writes the CSV or Parquet set into the collection it was made from (``lkj-xl rekap
tw3/ --format csv -o tw3/csv/``) and runs the rekap again when a late agency sends its workbook. The
folder ``tw3/csv/`` (its tables and ``_manifest.json``, no workbook) was named in ``Perangkat daerah
tanpa buku kerja`` as an agency that sent no workbook (so was ``tw3/json/rekap.json``), and counted on the log's last line: beside Pemda
folders (``Kab Lumajang/``, ``Kota Malang/``) any folder may be an agency's named by its field. An earlier
rekap's set, told by its manifest, is the admin's own, as an earlier rekap workbook is.

Figures: three agencies from tests/test_mend35i's ``_file``, pagu 1.000.000.000 each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from tests.test_mend35i import _file


def _collection(root: Path) -> Path:
    _file(
        root / "Kab Lumajang" / "01 Dinas Kesehatan" / "LKjIP.xlsx",
        "Kabupaten Lumajang",
        "Dinas Kesehatan",
        "1.000.000.000",
        disk=1,
    )
    _file(
        root / "Kab Lumajang" / "02 Dinas Sosial" / "LKjIP.xlsx",
        "Kabupaten Lumajang",
        "Dinas Sosial",
        "1.000.000.000",
        disk=1,
    )
    _file(
        root / "Kota Malang" / "Dinkes" / "LKjIP.xlsx",
        "Kota Malang",
        "Dinas Kesehatan",
        "1.000.000.000",
        disk=1,
    )
    return root  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json"])
def test_an_earlier_rekaps_table_set_in_the_collection_is_no_agency(tmp_path, fmt):
    root = _collection(tmp_path / "TW III")
    runner = CliRunner()
    out = root / fmt / "rekap.json" if fmt == "json" else root / fmt
    out.parent.mkdir(exist_ok=True)  # the folder of the JSON file (csv and parquet make theirs)
    first = runner.invoke(main, ["rekap", str(root), "--format", fmt, "-o", str(out), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    assert (root / fmt / ("rekap.json" if fmt == "json" else "_manifest.json")).is_file()
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3_000_000_000  # the three agencies, as before
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    again = runner.invoke(main, ["rekap", str(root), "-o", str(tmp_path / "rekap.xlsx"), "--jobs", "1"])
    assert again.exit_code == 0, again.output
    assert "without a workbook" not in again.output and str(root / fmt) not in again.output


def test_a_folder_of_other_tables_beside_the_pemda_folders_is_still_named(tmp_path):
    # No manifest: the tables are no rekap's set, and the folder is decided as before (its files named);
    # a JSON of other keys is no rekap's
    root = _collection(tmp_path / "TW III")
    (root / "csv").mkdir()
    (root / "csv" / "indikator.csv").write_text("pemerintah_daerah,perangkat_daerah\n", encoding="utf-8")
    (root / "csv" / "settings.json").write_text('{"perangkat": []}', encoding="utf-8")
    result = lkj_xl.rekap(root, jobs=1)
    assert str(root / "csv") in result.tanpa_buku_kerja[JENIS_FOLDER]


@pytest.mark.parametrize(
    "files",
    [
        {"perangkat_daerah.csv": {"rows": 3}},  # stale: its tables moved away
        {},  # forged: no table
        {"LKjIP hal 1.jpg": {"rows": 1}},  # naming the agency's own photograph as its table
        {"/abs/perangkat_daerah.csv": {"rows": 3}},  # no table of its folder
    ],
)
def test_a_manifest_without_its_tables_hides_no_agency_without_a_workbook(tmp_path, files):
    # An agency's folder holding only its report photographed is an agency without a workbook; a
    # _manifest.json naming lkj-xl beside the photographs (copied from the admin's set, or forged) made
    # it the admin's own, the agency missing from the ranking without a word. Only a manifest whose
    # tables (.csv or .parquet files beside it) are there makes a rekap's set.
    root = _collection(tmp_path / "TW III")
    folder = root / "Kab Lumajang" / "03 Dinas Perikanan"
    folder.mkdir()
    (folder / "LKjIP hal 1.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photograph")
    (folder / "_manifest.json").write_text(
        json.dumps({"program": "lkj-xl 0.9", "format": "csv", "files": files}), encoding="utf-8"
    )
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3_000_000_000  # the three agencies' workbooks
    named = result.tanpa_buku_kerja[JENIS_FOLDER]
    assert any(str(folder) in entry for entry in named), named
