"""``lkj-xl rekap`` of a province's collection, one folder per Pemda (``Kab Lumajang/``, ``Kota Malang/``),
each holding its agencies' folders: a Pemda none of whose agencies sent a workbook yet.

``Kab Jember/`` holding ``01 Dinas Kesehatan/LKjIP.pdf`` and ``02 Dinas Sosial/LKjIP.pdf`` was named in
``Perangkat daerah tanpa buku kerja`` as one folder, ``Kab Jember``, and counted as one agency without a
workbook on the log's last line: two agencies are missing, each named.

Figures: every workbook from tests/test_mend35i's ``_file``, pagu 1.000.000.000 each."""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from lkj_xl.core.rekap_pemda_kosong import JENIS_PEMDA
from tests.test_mend35i import _file, _said


def _province(root: Path) -> Path:
    for pemda, folder, agencies in (
        ("Kabupaten Lumajang", "Kab Lumajang", (("01 Dinas Kesehatan", "Dinas Kesehatan"), ("02 Dinas Sosial", "Dinas Sosial"))),
        ("Kota Malang", "Kota Malang", (("Dinkes", "Dinas Kesehatan"), ("Dinsos", "Dinas Sosial"))),
    ):  # fmt: skip
        for agency, name in agencies:
            _file(root / folder / agency / "LKjIP.xlsx", pemda, name, "1.000.000.000", disk=1)
    return root


@pytest.mark.parametrize("held", ["LKjIP.pdf", "LKjIP hal 1.jpg"])
def test_a_pemdas_agencies_without_a_workbook_are_each_named(tmp_path: Path, held: str) -> None:
    root = _province(tmp_path / "Jatim TW III")
    for agency in ("01 Dinas Kesehatan", "02 Dinas Sosial"):
        (root / "Kab Jember" / agency).mkdir(parents=True)
        (root / "Kab Jember" / agency / held).write_bytes(
            b"%PDF-1.4\n" if held.endswith(".pdf") else b"\xff\xd8"
        )
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 4_000_000_000  # the four agencies' workbooks
    assert result.tanpa_buku_kerja[JENIS_FOLDER] == [
        str(root / "Kab Jember" / "01 Dinas Kesehatan"),
        str(root / "Kab Jember" / "02 Dinas Sosial"),
    ]
    assert _said(result, JENIS_FOLDER).startswith("2 folder")


def test_an_empty_pemda_folder_is_still_named(tmp_path: Path) -> None:
    # made for a Pemda's files, nothing in it yet: named, one folder. Changed (rekap48): named in a
    # warning of its own, JENIS_PEMDA, a Pemda none of whose agencies sent a workbook, no longer among
    # the agencies' folders (tests/test_rekap_empty_pemda_folder.py)
    root = _province(tmp_path / "Jatim TW III")
    (root / "Kab Jember").mkdir()
    assert result_named(root) == [str(root / "Kab Jember")]


def result_named(root: Path) -> list[str]:
    return list(lkj_xl.rekap(root, jobs=1).tanpa_buku_kerja[JENIS_PEMDA])


def test_a_pemdas_missing_agency_is_never_said_counted_from_another_pemdas_workbook(tmp_path: Path) -> None:
    # Kab Jember's Dinas Kesehatan and Dinas Sosial sent only their PDF. Kab Lumajang's and Kota
    # Malang's agencies of those names are other agencies: the warning said "Dinas Kesehatan direkap
    # dari .../Kab Lumajang/01 Dinas Kesehatan/LKjIP.xlsx", as if Jember's were counted (filed in the
    # wrong Pemda's folder), in every province where a Pemda's agency is missing.
    root = _province(tmp_path / "Jatim TW III")
    for agency in ("01 Dinas Kesehatan", "02 Dinas Sosial", "03 Dinas Perikanan"):
        (root / "Kab Jember" / agency).mkdir(parents=True)
        (root / "Kab Jember" / agency / "LKjIP.pdf").write_bytes(b"%PDF-1.4\n")
    # Jember's own Dinas Perikanan workbook, sent again into a folder of its own: that note stays
    unduhan = root / "Kab Jember" / "04 Dinas Perikanan Baru" / "LKjIP Perikanan.xlsx"
    _file(unduhan, "Kabupaten Jember", "Dinas Perikanan", "1.000.000.000", disk=1)
    result = lkj_xl.rekap(root, jobs=1)
    # Kab Lumajang's two, Kota Malang's two, Jember's Perikanan: 5 x 1.000.000.000
    assert result.perangkat_daerah["pagu"].sum() == 5_000_000_000
    said = _said(result, JENIS_FOLDER)
    assert f"{root / 'Kab Jember' / '01 Dinas Kesehatan'} (LKjIP.pdf)" in said, said
    assert f"{root / 'Kab Jember' / '02 Dinas Sosial'} (LKjIP.pdf)" in said, said
    assert "Kab Lumajang" not in said and "Kota Malang" not in said, said
    assert (
        f"{root / 'Kab Jember' / '03 Dinas Perikanan'} (LKjIP.pdf; Dinas Perikanan direkap dari {unduhan})"
        in said
    )
