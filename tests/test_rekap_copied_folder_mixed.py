"""``lkj-xl rekap``: a copied workbook in an agency's folder that also holds that agency's own workbook.

``19 Dinas Perikanan/`` holds the Perikanan's own ``LKjIP Perikanan TW II.xlsx`` (typing Dinas Perikanan) and
``LKjIP TW II.xlsx``, its copy of the Peternakan's workbook still typing Dinas Peternakan; the
Peternakan's own lies in ``18 Dinas Peternakan/``. The folder 19 held files of two agencies, so it was
read as no one agency's folder (a collection's, or an agency's gathering its UPTDs'), and the dates
chose between the Peternakan's two files: the copy counted when saved last. Now a folder holding
several agencies' files is its agency's when one file's name names the folder's agency and the other's
does not: the copy in it is named as in another agency's folder, the file in the Peternakan's counts.

Figures (each typed in tests/test_mend35i's _file Anggaran): the Peternakan's own pagu 1.000.000.000,
the copy's 1.200.000.000, the Perikanan's own 800.000.000, the Dinas Kesehatan's 900.000.000."""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_asing import JENIS_ASING
from tests.test_mend35i import _file
from tests.test_rekap_round3 import saved_by_excel

_PEMDA = "Kabupaten Lumajang"
_EARLY, _LATE = "2025-07-09T08:00:00Z", "2025-07-10T08:00:00Z"


def _said(result: lkj_xl.Rekap, jenis: str) -> list[str]:
    return [str(p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == jenis]


@pytest.mark.parametrize("own_name", ["LKjIP Perikanan TW II.xlsx", "LKjIP Diskan TW II.xlsx"])
def test_the_copy_beside_the_folders_own_agencys_file_does_not_count(tmp_path, own_name):
    root = tmp_path / "TW II"
    _file(root / "07 Dinas Kesehatan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    own = _file(
        root / "18 Dinas Peternakan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1
    )
    copy = _file(
        root / "19 Dinas Perikanan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1
    )
    fish = _file(root / "19 Dinas Perikanan" / own_name, _PEMDA, "Dinas Perikanan", "800.000.000", disk=1)
    saved_by_excel(own, _EARLY)
    saved_by_excel(copy, _LATE)  # the copy saved last: the dates chose it
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert sorted(frame.index) == ["Dinas Kesehatan", "Dinas Perikanan", "Dinas Peternakan"]
    assert frame.loc["Dinas Peternakan", "berkas"] == str(own)
    assert frame.loc["Dinas Peternakan", "pagu"] == 1_000_000_000  # its own, not the copy's 1.200.000.000
    assert frame["pagu"].sum() == 2_700_000_000  # 900.000.000 + 1.000.000.000 + 800.000.000
    (said,) = _said(result, "Perangkat daerah ganda")
    said = " ".join(said.split())
    assert f"{own}, {copy}" in said and f"Hanya {own} yang dihitung (foldernya (18 Dinas Peternakan)" in said
    assert (
        f"{copy} foldernya (19 Dinas Perikanan) menyebut perangkat daerah lain, seperti nama berkas {fish} "
        "di folder itu padahal Perangkat Daerah di sheet Pengaturan-nya Dinas Peternakan"
    ) in said, said
    checked = result.pemeriksaan.set_index("berkas")
    assert checked.loc[str(copy), "status"] == "tidak dihitung: ganda"
    assert _said(result, JENIS_ASING) == []


def test_an_agencys_file_saved_again_with_another_agency_typed_does_not_count(tmp_path):
    # The Peternakan saved its workbook twice in its folder, the second time typing Dinas Perikanan
    # (the Perikanan's own lies in its folder): the Perikanan's row is its own file's
    root = tmp_path / "TW II"
    _file(
        root / "18 Dinas Peternakan" / "LKjIP Disnak TW II.xlsx",
        _PEMDA,
        "Dinas Peternakan",
        "1.000.000.000",
        disk=1,
    )
    wrong = _file(
        root / "18 Dinas Peternakan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Perikanan", "1.200.000.000", disk=1
    )
    fish = _file(
        root / "19 Dinas Perikanan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Perikanan", "800.000.000", disk=1
    )
    saved_by_excel(fish, _EARLY)
    saved_by_excel(wrong, _LATE)
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert frame.loc["Dinas Perikanan", "berkas"] == str(fish)
    assert frame["pagu"].sum() == 1_800_000_000  # 1.000.000.000 + 800.000.000
    (said,) = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {fish} yang dihitung" in said
    assert f"{wrong} foldernya (18 Dinas Peternakan) menyebut perangkat daerah lain" in " ".join(said.split())


@pytest.mark.parametrize(
    "names",
    [
        ("LKjIP TW II.xlsx", "LKjIP TW II (1).xlsx"),  # neither file's name names the folder's agency
        ("LKjIP Perikanan.xlsx", "LKjIP Perikanan TW II.xlsx"),  # both do
    ],
)
def test_names_that_do_not_tell_leave_the_dates_to_choose(tmp_path, names):
    root = tmp_path / "TW II"
    own = _file(
        root / "18 Dinas Peternakan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1
    )
    copy = _file(root / "19 Dinas Perikanan" / names[0], _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1)
    _file(root / "19 Dinas Perikanan" / names[1], _PEMDA, "Dinas Perikanan", "800.000.000", disk=1)
    saved_by_excel(own, _EARLY)
    saved_by_excel(copy, _LATE)
    frame = lkj_xl.rekap(root, jobs=1).perangkat_daerah.set_index("perangkat_daerah")
    assert frame.loc["Dinas Peternakan", "pagu"] == 1_200_000_000  # saved last, as before


def test_a_unit_gathered_in_its_parents_folder_is_still_warned_of_by_no_one(tmp_path):
    # The Dinas Kesehatan gathers its UPTD's workbook: counted alone, the UPTD's file is no copy
    root = tmp_path / "TW II"
    _file(root / "05 Dinas Kesehatan" / "LKjIP Dinkes.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    _file(root / "05 Dinas Kesehatan" / "LKjIP.xlsx", _PEMDA, "UPTD Puskesmas Tempeh", "100.000.000", disk=1)
    _file(root / "06 Dinas Sosial" / "LKjIP.xlsx", _PEMDA, "Dinas Sosial", "700.000.000", disk=1)
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 1_700_000_000  # 900 jt + 100 jt + 700 jt
    assert _said(result, JENIS_ASING) == []


@pytest.mark.parametrize(
    ("sent", "unit"),
    [
        ("LKjIP UPTD Puskeswan TW II.xlsx", "UPTD Puskeswan"),  # its name names its own agency
        ("LKjIP TW II Puskeswan.xlsx", "UPTD Puskeswan Klakah"),  # a unit, its name read as none
    ],
)
def test_a_units_later_file_gathered_in_its_parents_folder_still_counts(tmp_path, sent, unit):
    # The Dinas Peternakan gathers its UPTD's corrected workbook in its own folder beside its own file
    # (named for it, "Disnak"); the UPTD had sent the first one itself. The folder 18 holds two agencies'
    # files (the Dinas's and its unit's): it tells nothing of the UPTD's file, and the dates choose the
    # later one, pagu 150.000.000 (not the first one's 100.000.000), as before rekap22 named the folder
    # the Peternakan's from "LKjIP Disnak TW II.xlsx" and set the UPTD's file aside as a copy.
    root = tmp_path / "TW II"
    _file(
        root / "18 Dinas Peternakan" / "LKjIP Disnak TW II.xlsx",
        _PEMDA,
        "Dinas Peternakan",
        "1.000.000.000",
        disk=1,
    )
    later = _file(root / "18 Dinas Peternakan" / sent, _PEMDA, unit, "150.000.000", disk=1)
    first = _file(root / f"20 {unit}" / "LKjIP TW II.xlsx", _PEMDA, unit, "100.000.000", disk=1)
    saved_by_excel(first, _EARLY)
    saved_by_excel(later, _LATE)
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert frame.loc[unit, "berkas"] == str(later)
    assert frame.loc[unit, "pagu"] == 150_000_000
    (said,) = _said(result, "Perangkat daerah ganda")
    assert "menyebut perangkat daerah lain" not in said, said
    assert "disimpan paling akhir menurut buku kerjanya" in said
