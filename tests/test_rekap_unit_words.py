"""``lkj-xl rekap``: the units an agency gathers or a collection holds named by their kind, a Bagian of the
Sekretariat Daerah, a Bidang of a Dinas, a Seksi of a Kecamatan, a province's Cabang Dinas, as the rule
already reads a UPTD (tests/test_rekap_copied_folder_mixed.py) and a Bagian among its siblings
(tests/test_rekap_collection_folders.py).

1. A unit's later workbook gathered in its parent's folder, beside the parent's own file named for it,
   still counts by its dates: the parent's folder is no other agency's for a unit
   (core.rekap_berkas_asing._UNIT_WORDS).
2. A unit's folder holding only its PDF beside its siblings holding their workbooks is an agency that
   sent no workbook (core.rekap_berkas_lain._member), as ``Sekretariat Daerah/Bagian Umum/`` is.

Figures: every workbook from tests/test_mend35i's ``_file``, its pagu typed here."""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_asing import JENIS_ASING
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from tests.test_mend35i import _file, _said
from tests.test_rekap_round3 import saved_by_excel

_PEMDA = "Kabupaten Lumajang"
_EARLY, _LATE = "2025-07-09T08:00:00Z", "2025-07-10T08:00:00Z"


@pytest.mark.parametrize(
    ("folder", "own_name", "parent", "sent", "unit"),
    [
        ("02 Setda", "LKjIP Setda TW II.xlsx", "Sekretariat Daerah", "LKjIP TW II kiriman WA.xlsx",
         "Bagian Hukum"),
        ("11 Dinas Pekerjaan Umum", "LKjIP Pekerjaan Umum TW II.xlsx", "Dinas Pekerjaan Umum",
         "LKjIP TW II kiriman WA.xlsx", "Bidang Bina Marga"),
        ("30 Kecamatan Tempeh", "LKjIP Kecamatan Tempeh TW II.xlsx", "Kecamatan Tempeh",
         "LKjIP TW II Kesra.xlsx", "Seksi Kesejahteraan Sosial"),
        ("07 Disdik", "LKjIP Disdik TW II.xlsx", "Dinas Pendidikan", "LKjIP TW II kiriman WA.xlsx",
         "Cabang Dinas Wilayah Malang"),
    ],
)  # fmt: skip
def test_a_units_later_file_gathered_in_its_parents_folder_still_counts(
    tmp_path: Path, folder: str, own_name: str, parent: str, sent: str, unit: str
) -> None:
    # The parent gathers its unit's corrected workbook (pagu 150.000.000), forwarded from WhatsApp under
    # a name of no agency, beside its own file named for it; the unit had sent its first one (100.000.000)
    # itself. The dates choose the later one: the parent's folder, told as the parent's by its own file,
    # is no other agency's for its unit (each case fails without its word in _UNIT_WORDS).
    root = tmp_path / "TW II"
    _file(root / folder / own_name, _PEMDA, parent, "1.000.000.000", disk=1)
    later = _file(root / folder / sent, _PEMDA, unit, "150.000.000", disk=1)
    first = _file(root / f"40 {unit}" / "LKjIP TW II.xlsx", _PEMDA, unit, "100.000.000", disk=1)
    saved_by_excel(first, _EARLY)
    saved_by_excel(later, _LATE)
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert frame.loc[unit, "berkas"] == str(later)
    assert frame.loc[unit, "pagu"] == 150_000_000
    assert frame["pagu"].sum() == 1_150_000_000  # the parent's 1.000.000.000 + the unit's later 150.000.000
    said = _said(result, "Perangkat daerah ganda")
    assert "menyebut perangkat daerah lain" not in said, said
    assert "disimpan paling akhir menurut buku kerjanya" in said
    assert JENIS_ASING not in set(result.peringatan["jenis"])


def _pdf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4\n")
    return path


@pytest.mark.parametrize(
    ("group", "members", "pdf_only"),
    [
        ("Dinas PUPR", ("Bidang Bina Marga", "Bidang Cipta Karya"), "Bidang Sumber Daya Air"),
        ("Kecamatan Tempeh", ("Seksi Pemerintahan", "Seksi Kesejahteraan Sosial"), "Seksi Trantib"),
        ("Dinas Pendidikan", ("Cabang Dinas Wilayah Malang", "Cabang Dinas Wilayah Blitar"),
         "Cabang Dinas Wilayah Jember"),
        # a group's folder named by the units' kind alone, as "UPTD/": each folder in it is a unit's
        ("Cabang Dinas", ("Wilayah Malang", "Wilayah Blitar"), "Wilayah Jember"),
    ],
)  # fmt: skip
def test_a_units_folder_holding_only_a_pdf_is_named_as_any_agency(
    tmp_path: Path, group: str, members: tuple[str, ...], pdf_only: str
) -> None:
    root = tmp_path / "tw2"
    for opd in ("Dinas Kesehatan", "Dinas Sosial"):
        _file(root / opd / "LKjIP.xlsx", _PEMDA, opd, "1.000.000.000", disk=1)
    for member in members:
        _file(root / group / member / "LKjIP.xlsx", _PEMDA, f"Unit {member}", "1.000.000.000", disk=1)
        _pdf(root / group / member / "Bukti Dukung" / "Foto.pdf")  # its own papers: no agency
    _pdf(root / group / pdf_only / f"LKjIP {pdf_only}.pdf")
    result = lkj_xl.rekap(root, jobs=1)
    # the two agencies and the members that sent a workbook, 1.000.000.000 each
    assert result.perangkat_daerah["pagu"].sum() == (2 + len(members)) * 1_000_000_000
    missing = _said(result, JENIS_FOLDER)
    assert missing.startswith("1 folder"), missing
    assert f"{root / group / pdf_only} (LKjIP {pdf_only}.pdf)" in missing
    assert "Bukti Dukung" not in missing


@pytest.mark.parametrize(
    ("folder", "held"),
    [
        ("Seksi Dokumentasi", "Foto Rapat Evaluasi.jpg"),  # the photographs of the Bappeda's meeting
        ("Seksi Dokumentasi", "Notulen.pdf"),
        ("Seksi Acara", "Rundown Acara.pdf"),
        ("05 Seksi Konsumsi", "Nota.pdf"),
    ],
)
def test_a_committees_seksi_beside_the_agencies_is_no_agency(tmp_path: Path, folder: str, held: str) -> None:
    # "Seksi" names a Kecamatan's unit (Seksi Pemerintahan) and a committee's task alike: the folder
    # of a meeting's Seksi Dokumentasi beside the agencies' folders was named in Perangkat daerah tanpa
    # buku kerja, an agency said missing that is none. A Seksi of a task is named so no more.
    root = tmp_path / "tw2"
    for number, opd in enumerate(("Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan"), 1):
        _file(root / f"0{number} {opd}" / "LKjIP.xlsx", _PEMDA, opd, "1.000.000.000", disk=1)
    (root / folder).mkdir(parents=True)
    (root / folder / held).write_bytes(b"%PDF-1.4\n" if held.endswith(".pdf") else b"\xff\xd8\xff\xe0")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.perangkat_daerah["pagu"].sum() == 3_000_000_000  # the three agencies, 1.000.000.000 each
    assert not result.tanpa_buku_kerja[JENIS_FOLDER]


def test_a_kecamatans_seksi_holding_only_its_pdf_is_still_named(tmp_path: Path) -> None:
    # the committee's tasks only: "Seksi Pemerintahan" among the agencies' folders is an agency's
    root = tmp_path / "tw2"
    for number, opd in enumerate(("Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan"), 1):
        _file(root / f"0{number} {opd}" / "LKjIP.xlsx", _PEMDA, opd, "1.000.000.000", disk=1)
    _pdf(root / "Seksi Pemerintahan" / "LKjIP Seksi Pemerintahan.pdf")
    assert str(root / "Seksi Pemerintahan") in _said(lkj_xl.rekap(root, jobs=1), JENIS_FOLDER)
