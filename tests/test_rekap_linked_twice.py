"""``lkj-xl rekap`` of a collection where a folder or workbook is a link (symlink) to one already read.

The rekap reads each folder once (a link back up never, a loop never), but a second name of a folder
it has read was passed over without a word: ``04 Dinas Koperasi -> 03 Dinas Perikanan`` (linked by
mistake, the Koperasi's own files elsewhere) left the Dinas Koperasi missing from the ranking with
nothing saying so, exactly as a harmless alias (``Dinkes -> 01 Dinas Kesehatan``) was. The rekap
cannot tell the two apart: Pemeriksaan names the link and the folder it was read as, skipped, and the
agencies and their figures stay those of the folders read once.

Figures: tests/test_mend35i's ``_file``, pagu as typed per agency (``1.000.000.000``, ``700 jt`` =
700.000.000, ``Rp 1,2 M`` = 1.200.000.000)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core.rekap import DILEWATI
from tests.test_mend35i import _file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")


def _collection(root: Path) -> Path:
    _file(
        root / "01 Dinas Kesehatan" / "LKjIP.xlsx",
        "Kabupaten Jember",
        "Dinas Kesehatan",
        "1.000.000.000",
        disk=1,
    )
    _file(root / "02 Dinas Sosial" / "LKjIP.xlsx", "Kabupaten Jember", "Dinas Sosial", "700 jt", disk=1)
    _file(
        root / "03 Dinas Perikanan" / "LKjIP.xlsx", "Kabupaten Jember", "Dinas Perikanan", "Rp 1,2 M", disk=1
    )
    return root  # fmt: skip


def _rows(result: lkj_xl.Rekap) -> dict[str, tuple[str, str]]:
    frame = result.pemeriksaan[["berkas", "status", "keterangan"]]
    return {str(b): (s, k) for b, s, k in frame.itertuples(index=False)}


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("04 Dinas Koperasi", "03 Dinas Perikanan"),  # linked by mistake: the Koperasi missing
        ("Dinkes", "01 Dinas Kesehatan"),  # a harmless second name
    ],
)
def test_a_folder_linked_to_one_read_is_named_with_it(tmp_path: Path, link: str, target: str) -> None:
    root = _collection(tmp_path / "TW III")
    os.symlink(target, root / link, target_is_directory=True)
    result = lkj_xl.rekap(root, jobs=1)
    # three agencies, each once: 1.000.000.000 + 700.000.000 + 1.200.000.000
    assert len(result.perangkat_daerah) == 3
    assert result.perangkat_daerah["pagu"].sum() == 2_900_000_000
    rows = _rows(result)
    assert str(root / target / "LKjIP.xlsx") in rows  # read under its own name, not the link's
    status, said = rows[str(root / link)]
    assert status == DILEWATI
    # neutral: both paths named, the folder read once, what to do if it is another agency's
    assert f"tautan (symlink) ke folder yang sudah direkap sebagai {root / target}" in said, said
    assert "perangkat daerah lain" in said
    assert result.status == 0


def test_a_link_sorting_before_its_target_is_still_the_one_named(tmp_path: Path) -> None:
    # "00 Dinas Perikanan Lama" sorts before "03 Dinas Perikanan": the real folder is read, the link named
    root = _collection(tmp_path / "TW III")
    os.symlink("03 Dinas Perikanan", root / "00 Dinas Perikanan Lama", target_is_directory=True)
    result = lkj_xl.rekap(root, jobs=1)
    rows = _rows(result)
    assert str(root / "03 Dinas Perikanan" / "LKjIP.xlsx") in rows
    assert rows[str(root / "00 Dinas Perikanan Lama")][0] == DILEWATI
    assert result.perangkat_daerah["pagu"].sum() == 2_900_000_000


def test_a_workbook_linked_into_another_agencys_folder_is_named(tmp_path: Path) -> None:
    # 04 Dinas Koperasi/LKjIP.xlsx -> ../03 Dinas Perikanan/LKjIP.xlsx: read once, the link named
    root = _collection(tmp_path / "TW III")
    (root / "04 Dinas Koperasi").mkdir()
    os.symlink(Path("..") / "03 Dinas Perikanan" / "LKjIP.xlsx", root / "04 Dinas Koperasi" / "LKjIP.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 3
    assert result.perangkat_daerah["pagu"].sum() == 2_900_000_000
    status, said = _rows(result)[str(root / "04 Dinas Koperasi" / "LKjIP.xlsx")]
    assert status == DILEWATI
    assert (
        f"tautan (symlink) ke buku kerja yang sudah direkap sebagai {root / '03 Dinas Perikanan' / 'LKjIP.xlsx'}"
        in said
    )


def test_through_the_cli_the_link_is_skipped_and_counted_as_such(tmp_path: Path) -> None:
    root = _collection(tmp_path / "TW III")
    os.symlink("03 Dinas Perikanan", root / "04 Dinas Koperasi", target_is_directory=True)
    out = tmp_path / "rekap.json"
    run = CliRunner().invoke(main, ["rekap", str(root), "--format", "json", "-o", str(out), "--jobs", "1"])
    assert run.exit_code == 0, run.output
    last = run.output.splitlines()[-1]
    assert "3 of 3 workbooks" in last and "1 skipped (see Pemeriksaan)" in last, last
    import json

    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["perangkat_daerah"]) == 3
    assert sum(row["pagu"] for row in data["perangkat_daerah"]) == 2_900_000_000
    linked = [row for row in data["pemeriksaan"] if row["berkas"] == str(root / "04 Dinas Koperasi")]
    assert len(linked) == 1 and linked[0]["status"] == DILEWATI


def test_a_folder_given_twice_or_a_loop_says_nothing(tmp_path: Path) -> None:
    # the same folder given twice, a folder inside another given, a link back up: nothing to name
    root = _collection(tmp_path / "TW III")
    os.symlink("..", root / "02 Dinas Sosial" / "semua", target_is_directory=True)
    result = lkj_xl.rekap([root, root / "01 Dinas Kesehatan", str(root) + "/"], jobs=1)
    assert sorted(_rows(result)) == [str(root / f) for f in ("01 Dinas Kesehatan/LKjIP.xlsx", "02 Dinas Sosial/LKjIP.xlsx", "03 Dinas Perikanan/LKjIP.xlsx")]  # fmt: skip
