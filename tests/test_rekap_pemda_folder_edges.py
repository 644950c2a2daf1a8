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


def _jember(root: Path, sub: str, name: str, year: int = 2025) -> Path:
    """A workbook of Kabupaten Jember's agency ``name`` in ``sub`` of its Pemda folder, of Tahun ``year``."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_rekap_round3 import anggaran, kinerja, saved_by_excel

    path = root / "Kab Jember" / sub / "LKjIP.xlsx"
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
