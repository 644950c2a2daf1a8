"""``lkj-xl rekap``: one agency's workbook copied by another that forgot to change Nama Perangkat Daerah.

The Dinas Perikanan filled in a copy of the Dinas Peternakan's workbook and sent it as ``LKjIP Diskan
SMT I.xlsx``, its Pengaturan still saying Dinas Peternakan; the Dinas Peternakan sent its own as
``LKjIP Disnak SMT I.xlsx``. Both read as the Dinas Peternakan's: the one saved last counted. The
Perikanan's copy, saved a day later, counted as the Peternakan's (its figures in the Peternakan's row of
a signed report, the Peternakan's own dropped) and the warning said nothing of the file's name naming
another agency (the Bappeda's Semester I rekap, round 21).

Now the file named for the agency counts over the one whose name names another agency (by its
abbreviation, core.rekap_singkatan), whatever their dates, and the warning says so: the Perangkat Daerah
in that file's Pengaturan may be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from tests.test_mend35i import _file
from tests.test_rekap_round3 import saved_by_excel

_PEMDA = "Kabupaten Lumajang"


def _said(result: lkj_xl.Rekap, jenis: str) -> list[str]:
    return [str(p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == jenis]


def _sent(root: Path, own_saved: str, copy_saved: str) -> tuple[Path, Path]:
    """The Peternakan's own workbook (pagu 1.000.000.000) and the Perikanan's copy still naming the
    Peternakan (pagu 1.200.000.000), saved by Excel at ``own_saved`` and ``copy_saved``; the Dinas
    Kesehatan beside them (pagu 900.000.000)."""
    _file(root / "LKjIP Dinkes SMT I.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    own = _file(root / "LKjIP Disnak SMT I.xlsx", _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1)
    copy = _file(root / "LKjIP Diskan SMT I.xlsx", _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1)
    saved_by_excel(own, own_saved)
    saved_by_excel(copy, copy_saved)
    return own, copy


@pytest.mark.parametrize(
    ("own_saved", "copy_saved"),
    [
        ("2025-07-09T08:00:00Z", "2025-07-10T08:00:00Z"),  # the copy saved last: was counted
        ("2025-07-10T08:00:00Z", "2025-07-09T08:00:00Z"),  # the agency's own saved last
    ],
)
def test_the_file_named_for_the_agency_counts_over_one_named_for_another(tmp_path, own_saved, copy_saved):
    own, copy = _sent(tmp_path / "SMT I", own_saved, copy_saved)
    result = lkj_xl.rekap(tmp_path / "SMT I", jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert sorted(frame.index) == ["Dinas Kesehatan", "Dinas Peternakan"]
    assert frame.loc["Dinas Peternakan", "berkas"] == str(own)
    assert frame.loc["Dinas Peternakan", "pagu"] == 1_000_000_000  # its own, not the copy's 1.200.000.000
    assert frame["pagu"].sum() == 1_900_000_000  # 900.000.000 + 1.000.000.000
    (said,) = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {own} yang dihitung" in said
    # the copy's name names another agency: said, with what to do
    assert "namanya menyebut perangkat daerah lain (Diskan)" in said and "sheet Pengaturan" in said
    checked = result.pemeriksaan.set_index("berkas")["keterangan"]
    assert "namanya menyebut perangkat daerah lain (Diskan)" in checked[str(copy)]


def test_files_named_alike_are_still_chosen_by_their_dates(tmp_path):
    # both named for the Dinas Peternakan (a revision): the one saved last counts, as before
    root = tmp_path / "SMT I"
    first = _file(root / "LKjIP Disnak SMT I.xlsx", _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1)
    last = _file(
        root / "LKjIP Dinas Peternakan SMT I perbaikan.xlsx",
        _PEMDA,
        "Dinas Peternakan",
        "1.200.000.000",
        disk=1,
    )
    saved_by_excel(first, "2025-07-09T08:00:00Z")
    saved_by_excel(last, "2025-07-10T08:00:00Z")
    result = lkj_xl.rekap(root, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert row["berkas"] == str(last) and row["pagu"] == 1_200_000_000
    (said,) = _said(result, "Perangkat daerah ganda")
    assert "perangkat daerah lain" not in said


def test_an_agency_renamed_is_not_another_agency(tmp_path):
    # The Bappeda became the Bapperida (Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah): its
    # staff still name the file "Bappeda", the revision saved last counts by its date as any other
    root = tmp_path / "SMT I"
    agency = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
    first = _file(root / "LKjIP Bapperida SMT I.xlsx", _PEMDA, agency, "1.000.000.000", disk=1)
    last = _file(root / "LKjIP Bappeda SMT I rev.xlsx", _PEMDA, agency, "1.200.000.000", disk=1)
    saved_by_excel(first, "2025-07-09T08:00:00Z")
    saved_by_excel(last, "2025-07-10T08:00:00Z")
    result = lkj_xl.rekap(root, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert row["berkas"] == str(last) and row["pagu"] == 1_200_000_000
    (said,) = _said(result, "Perangkat daerah ganda")
    assert "perangkat daerah lain" not in said


@pytest.mark.parametrize(
    ("own_name", "copy_name"),
    [
        ("LKjIP Disnak TW ll.xlsx", "LKjIP Diskan TW ll.xlsx"),  # the numeral's I typed as an L
        ("LKjIP Disnak Tahunan.xlsx", "LKjIP Diskan Tahunan.xlsx"),
        ("Laporan Akhir Tahun Disnak.xlsx", "Laporan Akhir Tahun Diskan.xlsx"),
    ],
)
def test_the_period_written_otherwise_in_the_names_still_tells(tmp_path, own_name, copy_name):
    # The same period in both files (Pengaturan's Triwulan 2, tests/test_mend35i's _file): the names
    # alone choose; "ll", "Tahunan", "Akhir" were taken for words of another agency's name beside the
    # abbreviation, and the copy saved last counted (pagu 1.200.000.000 for the Peternakan's 1.000.000.000)
    own = _file(tmp_path / own_name, _PEMDA, "Dinas Peternakan", "1.000.000.000", disk=1)
    copy = _file(tmp_path / copy_name, _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1)
    saved_by_excel(own, "2025-07-09T08:00:00Z")
    saved_by_excel(copy, "2025-07-10T08:00:00Z")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    assert list(result.perangkat_daerah["pagu"]) == [1_000_000_000]
    (said,) = _said(result, "Perangkat daerah ganda")
    assert f"{copy} namanya menyebut perangkat daerah lain (Diskan)" in " ".join(said.split())
