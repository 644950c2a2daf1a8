"""``lkj-xl rekap``: a folder whose name begins with "Arsip" but names an agency (``05 Arsip dan
Perpustakaan/``, the Dinas Kearsipan dan Perpustakaan's own folder) is that agency's folder, not a folder
of old copies (core.rekap_berkas_lain.archive_folder, core.rekap_revisi.draft_folder).

Read as an archive folder, its only workbook still counted, but: the agency that put only its PDF or a
blank template there went unnamed in ``Perangkat daerah tanpa buku kerja`` (as ``13 Dinas Sosial/``
would be named), and its workbook beside a copy sent over WhatsApp was said to lie "di folder draf atau
arsip (05 Arsip dan Perpustakaan/)". An agency's own ``Arsip/`` holding its only workbook of this
period is counted once (pinned here: neither dropped nor counted twice)."""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import archive_folder
from lkj_xl.core.rekap_revisi import draft_folder
from lkj_xl.core.rekap_templat_kiriman import JENIS_KOSONG
from lkj_xl.xlsx.template import write_template
from tests.test_mend35i import _file, _pdf, _said
from tests.test_rekap_round3 import saved_by_excel

_PEMDA = "Kabupaten Lumajang"
_JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"
_ARPUS = "Dinas Kearsipan dan Perpustakaan"


@pytest.mark.parametrize(
    "name",
    ["05 Arsip dan Perpustakaan", "Arsip dan Perpustakaan", "05. ARSIP & PERPUSTAKAAN", "12 Arsip Daerah"],
)
def test_an_agency_named_from_arsip_is_no_archive_nor_draft_folder(name):
    assert not archive_folder(name)
    assert not draft_folder(name)


@pytest.mark.parametrize(
    "name", ["Arsip", "02 Arsip 2024", "Arsip TW I", "arsip lama", "_old", "Arsip LKjIP"]
)
def test_archive_folders_stay_so(name):
    assert archive_folder(name)
    assert draft_folder(name)


def _two_agencies(root: Path) -> None:
    """The Dinas Kesehatan's and the Dinas Sosial's folders, each with its workbook (pagu 1.000.000.000
    and 1.100.000.000)."""
    _file(
        root / "01 Dinas Kesehatan" / "LKjIP Dinkes.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1
    )
    _file(root / "02 Dinas Sosial" / "LKjIP Dinsos.xlsx", _PEMDA, "Dinas Sosial", "1.100.000.000", disk=1)


def test_the_arsip_agency_that_sent_only_its_pdf_is_named(tmp_path):
    root = tmp_path / "TW II"
    _two_agencies(root)
    _pdf(root / "05 Arsip dan Perpustakaan" / "LKjIP Arpus TW II.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 2_100_000_000  # 1.000.000.000 + 1.100.000.000
    assert "05 Arsip dan Perpustakaan" in _said(result, _JENIS_FOLDER)


def test_the_arsip_agency_that_sent_the_blank_template_back_is_named(tmp_path):
    root = tmp_path / "TW II"
    _two_agencies(root)
    (root / "05 Arsip dan Perpustakaan").mkdir()
    blank = root / "05 Arsip dan Perpustakaan" / "LKjIP kosong.xlsx"
    write_template(blank)
    result = lkj_xl.rekap(root, jobs=1)
    assert result.tanpa_buku_kerja[JENIS_KOSONG] == [str(blank)]
    assert "05 Arsip dan Perpustakaan" in _said(result, _JENIS_FOLDER)


def test_the_arsip_agency_workbook_is_not_said_to_lie_in_an_archive_folder(tmp_path):
    root = tmp_path / "TW II"
    _two_agencies(root)
    own = _file(
        root / "05 Arsip dan Perpustakaan" / "LKjIP Arpus.xlsx", _PEMDA, _ARPUS, "1.250.000.000", disk=1
    )
    saved_by_excel(own, "2025-07-02T08:00:00Z")  # a day after the copy sent over WhatsApp: it counts
    _file(root / "Unduhan WA" / "LKjIP Arpus.xlsx", _PEMDA, _ARPUS, "1.200.000.000", disk=1)
    result = lkj_xl.rekap(root, jobs=1)
    said = _said(result, "Perangkat daerah ganda")
    assert said and "folder draf atau arsip" not in said
    checked = result.pemeriksaan.set_index("berkas")["keterangan"]
    assert not checked.str.contains("folder draf atau arsip").any()
    # one row of the agency, its own folder's, saved last
    rows = result.perangkat_daerah[result.perangkat_daerah["perangkat_daerah"] == _ARPUS]
    assert list(rows["berkas"]) == [str(own)] and list(rows["pagu"]) == [1_250_000_000]


def test_an_agency_arsip_folder_holding_its_only_workbook_counts_once(tmp_path):
    root = tmp_path / "TW II"
    _two_agencies(root)
    _file(
        root / "06 Dinas Pendidikan" / "Arsip" / "LKjIP Disdik.xlsx",
        _PEMDA,
        "Dinas Pendidikan",
        "1.300.000.000",
        disk=1,
    )
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah
    assert sorted(frame["perangkat_daerah"]) == ["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Sosial"]
    assert frame["pagu"].sum() == 3_400_000_000  # 1.000.000.000 + 1.100.000.000 + 1.300.000.000
