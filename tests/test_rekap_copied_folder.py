"""``lkj-xl rekap``: a copied workbook told apart only by its folder.

The Bappeda's collection is laid out one folder per agency: ``18 Dinas Peternakan/LKjIP TW II.xlsx`` and
``19 Dinas Perikanan/LKjIP TW II.xlsx``, both typing Dinas Peternakan in Pengaturan (the Perikanan copied
the Peternakan's workbook and forgot to change it). The dates chose: the copy counted when saved later.
Now the folder's agency name counts as the file's name does (core.rekap_berkas_asing): the file in the
folder named for the agency counts, the copy in another agency's folder is named. Folders of no agency
("Masuk", "TW II") and the folders above every file read say nothing.

Figures: the Peternakan's own pagu 1.000.000.000, the copy's 1.200.000.000, the Dinas Kesehatan's
900.000.000 (each typed in _file's Anggaran)."""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_asing import (
    JENIS_ASING,
    folders_of,
    named_for_another,
    named_for_another_warnings,
)
from lkj_xl.core.rekap_nama import name_words
from tests.test_mend35i import _file
from tests.test_rekap_round3 import saved_by_excel

_PEMDA = "Kabupaten Lumajang"
_EARLY, _LATE = "2025-07-09T08:00:00Z", "2025-07-10T08:00:00Z"


def _said(result: lkj_xl.Rekap, jenis: str) -> list[str]:
    return [str(p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == jenis]


@pytest.mark.parametrize(
    ("own_folder", "copy_folder", "saved"),
    [
        ("18 Dinas Peternakan", "19 Dinas Perikanan", (_EARLY, _LATE)),  # the copy saved last: was counted
        ("18 Dinas Peternakan", "19 Dinas Perikanan", (_LATE, _EARLY)),
        ("18. Disnak", "19. Diskan", (_EARLY, _LATE)),  # listed abbreviations, numbered "18. "
        ("18_Dinas Peternakan", "19_Diskan", (_EARLY, _LATE)),
        ("18 Dinas Peternakan/Final", "19 Dinas Perikanan/Final", (_EARLY, _LATE)),  # an agency's subfolder
    ],
)
def test_the_file_in_the_agencys_folder_counts_over_the_copy_in_anothers(
    tmp_path, own_folder, copy_folder, saved
):
    root = tmp_path / "TW II"
    _file(root / "07 Dinas Kesehatan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    own = _file(root / own_folder / "LKjIP TW II.xlsx", _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1)
    copy = _file(root / copy_folder / "LKjIP TW II.xlsx", _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1)
    saved_by_excel(own, saved[0])
    saved_by_excel(copy, saved[1])
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert sorted(frame.index) == ["Dinas Kesehatan", "Dinas Peternakan"]
    assert frame.loc["Dinas Peternakan", "berkas"] == str(own)
    assert frame.loc["Dinas Peternakan", "pagu"] == 1_000_000_000  # its own, not the copy's 1.200.000.000
    assert frame["pagu"].sum() == 1_900_000_000  # 900.000.000 + 1.000.000.000
    (said,) = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {own} yang dihitung" in said
    agency_folder = copy_folder.split("/")[0]
    assert (
        f"foldernya ({agency_folder}) menyebut perangkat daerah lain" in said and "sheet Pengaturan" in said
    )
    checked = result.pemeriksaan.set_index("berkas")["keterangan"]
    assert f"foldernya ({agency_folder}) menyebut perangkat daerah lain" in checked[str(copy)]
    assert _said(result, JENIS_ASING) == []  # the copy is not counted: nothing to warn of among those counted


def test_a_copy_alone_in_another_agencys_folder_counts_as_pengaturan_says_and_is_warned_of(tmp_path):
    # The Peternakan sent nothing: the copy counts as the Peternakan's (nothing else tells), said
    root = tmp_path / "TW II"
    _file(root / "07 Dinas Kesehatan" / "LKjIP TW II.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    copy = _file(
        root / "19 Dinas Perikanan" / "LKjIP.xlsx", _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1
    )
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert frame.loc["Dinas Peternakan", "pagu"] == 1_200_000_000
    assert frame["pagu"].sum() == 2_100_000_000  # 900.000.000 + 1.200.000.000
    (said,) = _said(result, JENIS_ASING)
    assert f"{copy} dihitung sebagai Dinas Peternakan" in said
    assert "foldernya (19 Dinas Perikanan) menyebut perangkat daerah lain" in said
    assert "Dinas Kesehatan" not in said  # in its own folder


@pytest.mark.parametrize(("first", "last"), [("Masuk", "Kiriman WA"), ("TW II", "Revisi")])
def test_folders_of_no_agency_leave_the_dates_to_choose(tmp_path, first, last):
    root = tmp_path / "Rekap"
    early = _file(root / first / "LKjIP Peternakan.xlsx", _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1)
    later = _file(root / last / "LKjIP Peternakan.xlsx", _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1)
    saved_by_excel(early, _EARLY)
    saved_by_excel(later, _LATE)
    result = lkj_xl.rekap(root, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert row["berkas"] == str(later) and row["pagu"] == 1_200_000_000  # saved last
    (said,) = _said(result, "Perangkat daerah ganda")
    assert "perangkat daerah lain" not in said
    assert _said(result, JENIS_ASING) == []


@pytest.mark.parametrize("copy_folder", ["19 Diskan", "19 Dinas Perikanan"])
def test_a_folder_naming_words_of_the_agencys_own_name_is_no_other_agency(tmp_path, copy_folder):
    # revrekap21's rule: the Dinas Peternakan dan Perikanan's own name holds "perikanan": the dates choose
    agency = "Dinas Peternakan dan Perikanan"
    root = tmp_path / "TW II"
    early = _file(
        root / "18 Dinas Peternakan dan Perikanan" / "a.xlsx", _PEMDA, agency, "1.000.000.000", disk=1
    )
    later = _file(root / copy_folder / "b.xlsx", _PEMDA, agency, "1.200.000.000", disk=1)
    saved_by_excel(early, _EARLY)
    saved_by_excel(later, _LATE)
    result = lkj_xl.rekap(root, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert row["berkas"] == str(later) and row["pagu"] == 1_200_000_000
    assert _said(result, JENIS_ASING) == []
    (said,) = _said(result, "Perangkat daerah ganda")
    assert "perangkat daerah lain" not in said


def test_the_folder_holding_every_file_names_no_agency(tmp_path):
    # The Bappeda's own folder "Bappeda/TW II/" holds every agency's workbook: no file is the Bappeda's copy
    root = tmp_path / "Bappeda" / "TW II"
    _file(root / "LKjIP Dinkes.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    _file(root / "LKjIP Disnak.xlsx", _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1)
    result = lkj_xl.rekap(tmp_path / "Bappeda", jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 1_900_000_000  # 900.000.000 + 1.000.000.000
    assert _said(result, JENIS_ASING) == []


def _rows(*files: tuple[str, str]) -> list[dict[str, object]]:
    return [
        {"berkas": path, "perangkat_daerah": agency, "pemerintah_daerah": _PEMDA} for path, agency in files
    ]


def test_a_folder_holding_several_agencies_files_is_no_one_agencys():
    # The Dinas Kesehatan gathers its UPTD's workbook in its own folder: the UPTD is no copy
    rows = _rows(
        ("/tw2/05 Dinas Kesehatan/LKjIP Dinkes.xlsx", "Dinas Kesehatan"),
        ("/tw2/05 Dinas Kesehatan/LKjIP.xlsx", "UPTD Puskesmas Tempeh"),
        ("/tw2/06 Dinas Sosial/LKjIP.xlsx", "Dinas Sosial"),
        # an agency typed by an abbreviation: "12 Perikanan" may well be the DKP's (Kelautan dan Perikanan)
        ("/tw2/12 Perikanan/LKjIP.xlsx", "DKP"),
    )
    assert named_for_another_warnings(rows, folders_of(rows)) == []


def test_a_copy_alone_is_warned_of_only_with_the_folders_read():
    rows = _rows(
        ("/tw2/19 Dinas Perikanan/LKjIP.xlsx", "Dinas Peternakan"),
        ("/tw2/06 Dinas Sosial/LKjIP.xlsx", "Dinas Sosial"),
    )
    assert named_for_another_warnings(rows) == []  # the file's name alone names no agency
    ((jenis, said),) = named_for_another_warnings(rows, folders_of(rows))
    assert jenis == JENIS_ASING
    assert "/tw2/19 Dinas Perikanan/LKjIP.xlsx dihitung sebagai Dinas Peternakan" in said
    assert (
        "foldernya (19 Dinas Perikanan) menyebut perangkat daerah lain" in said
        and "06 Dinas Sosial" not in said
    )


def test_an_agencys_own_subfolders_name_no_other_agency():
    # a draft's numbered folder ("02_Konsep") and a field's ("12 Bidang Pendapatan") inside the agency's
    # own folder: the agency's folder above them names it
    agency = "Badan Pengelolaan Keuangan dan Aset Daerah"
    rows = _rows(
        ("/tw2/06 Dinas Sosial/01_Final/LKjIP.xlsx", "Dinas Sosial"),
        ("/tw2/06 Dinas Sosial/02_Konsep/LKjIP.xlsx", "Dinas Sosial"),
        ("/tw2/05 BPKAD/12 Bidang Pendapatan/LKjIP.xlsx", agency),
        ("/tw2/05 BPKAD/LKjIP BPKAD.xlsx", agency),
    )
    folders = folders_of(rows)
    assert named_for_another(rows[:2], ["dinas", "sosial"], folders) == {}
    assert named_for_another(rows[2:], name_words(agency), folders) == {}
    assert named_for_another_warnings(rows, folders) == []
