"""A ZIP archive named .xlsx is told to be extracted (rekap52); a real workbook damaged, or an archive
holding nothing, is not one to extract (review of rekap52).

A workbook whose ZIP lost its ``[Content_Types].xml`` and ``xl/workbook.xml`` (a copy cut by a broken
flash disk, a repair tool's leftovers) still holds its ``xl/worksheets``: extracting it gives no
workbook, so it keeps the message of a damaged file, ``rusak, terpotong, ...``; so does a ZIP with
nothing in it. An agency's zipped folder (``Dinas Sosial/LKjIP.xlsx`` inside) is the archive to extract.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.rekap import ALASAN_BERKAS
from lkj_xl.xlsx.opc import check_package
from lkj_xl.xlsx.package import PackageError
from lkj_xl.xlsx.template import new_workbook
from lkj_xl.xlsx.zipsafe import ARCHIVE


def _workbook(tmp_path: Path) -> bytes:
    path = tmp_path / "asli" / "Dinas Sosial.xlsx"
    path.parent.mkdir()
    new_workbook(
        path,
        pengaturan={
            c.P_PEMDA: "Kabupaten Lumajang",
            c.P_OPD: "Dinas Sosial",
            c.P_TAHUN: 2025,
            c.P_TRIWULAN: 2,
        },
    )
    return path.read_bytes()


def _zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def _without(data: bytes, *dropped: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return _zipped({name: z.read(name) for name in z.namelist() if name not in dropped})


def _kinds(tmp_path: Path) -> dict[str, tuple[bytes, bool]]:
    """File name: its bytes, and whether it is an archive to extract."""
    good = _workbook(tmp_path)
    return {
        "Dinas Kesehatan.xlsx": (_without(good, "[Content_Types].xml", "xl/workbook.xml"), False),
        "Dinas Pendidikan.xlsx": (_zipped({}), False),
        "Dinas Sosial.xlsx": (
            _zipped({"Dinas Sosial/LKjIP.xlsx": good, "Dinas Sosial/surat.pdf": b"%PDF"}),
            True,
        ),
    }


def test_only_an_archive_of_other_files_is_told_to_be_extracted(tmp_path):
    for name, (data, archive) in _kinds(tmp_path).items():
        with pytest.raises(PackageError) as raised:
            check_package(data, filename=name)
        assert (raised.value.kind == ARCHIVE) is archive, name
        assert ("ZIP archive of other files" in str(raised.value)) is archive, name


def test_pemeriksaan_says_extract_only_for_an_archive(tmp_path):
    root = tmp_path / "TW II"
    root.mkdir()
    for name, (data, _) in _kinds(tmp_path).items():
        (root / name).write_bytes(data)
    result = lkj_xl.rekap(root, jobs=1)
    said = dict(
        zip(result.pemeriksaan["berkas"].map(lambda b: Path(b).name), result.pemeriksaan["keterangan"])
    )
    assert said["Dinas Sosial.xlsx"].startswith("arsip ZIP berisi berkas lain")
    assert said["Dinas Kesehatan.xlsx"] == ALASAN_BERKAS  # damaged: rusak, terpotong, ...
    assert said["Dinas Pendidikan.xlsx"] == ALASAN_BERKAS
