"""``lkj-xl rekap``: a copy of one agency's workbook sent under another agency's full name.

The Dinas Pemberdayaan Masyarakat dan Desa filled in a copy of the Dinas Sosial's workbook, left
Perangkat Daerah in Pengaturan as Dinas Sosial and sent it as ``LKjIP Dinas Pemberdayaan Masyarakat dan
Desa TW II 2025.xlsx`` beside the Dinas Sosial's own ``LKjIP Dinas Sosial TW II 2025.xlsx``. Only an
abbreviation in the file's name (``Diskan``) told another agency (tests/test_rekap_copied_workbook):
here the copy saved last counted as the Dinas Sosial, its pagu 1.200.000.000 in the Dinas Sosial's row
of the Pemda's report and the Dinas Sosial's own 1.000.000.000 dropped, the warning saying only that
the dates were unsure. Now a file's name naming an agency by its kind and its own words, none of them
the agency's of its Pengaturan, names another agency as the abbreviation does: the file named for the
agency counts, whatever the dates, and Pemeriksaan says why.

A name holding the agency's own words or its abbreviation is the agency's (``Dinas Perkim`` of the Dinas
Perumahan dan Kawasan Permukiman, ``Dinas PU`` of the Dinas Pekerjaan Umum dan Penataan Ruang, ``Dinas
Kesehatan Kab Lumajang``): nothing said.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from tests.test_mend35i import _file
from tests.test_rekap_round3 import saved_by_excel

_PEMDA = "Kabupaten Lumajang"


def _said(result: lkj_xl.Rekap, jenis: str) -> list[str]:
    return [str(p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == jenis]


@pytest.mark.parametrize(
    "copy_name",
    [
        "LKjIP Dinas Pemberdayaan Masyarakat dan Desa TW II 2025.xlsx",
        "Dinas Pemberdayaan Masyarakat dan Desa.xlsx",
        "LAPORAN KINERJA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KAB LUMAJANG TW 2.xlsx",
        "LKjIP Badan Penanggulangan Bencana Daerah TW II.xlsx",
    ],
)
@pytest.mark.parametrize(("own_saved", "copy_saved"), [("2025-07-09T08:00:00Z", "2025-07-10T08:00:00Z"),
                                                       ("2025-07-10T08:00:00Z", "2025-07-09T08:00:00Z")])  # fmt: skip
def test_the_file_named_for_the_agency_counts_over_one_named_for_another_in_full(
    tmp_path, copy_name, own_saved, copy_saved
):
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinas Kesehatan TW II 2025.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    own = _file(root / "LKjIP Dinas Sosial TW II 2025.xlsx", _PEMDA, "Dinas Sosial", "1.000.000.000", disk=1)
    copy = _file(root / copy_name, _PEMDA, "Dinas Sosial", "1.200.000.000", disk=1)
    saved_by_excel(own, own_saved)
    saved_by_excel(copy, copy_saved)
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert sorted(frame.index) == ["Dinas Kesehatan", "Dinas Sosial"]
    assert frame.loc["Dinas Sosial", "berkas"] == str(own)
    assert frame.loc["Dinas Sosial", "pagu"] == 1_000_000_000  # its own, not the copy's 1.200.000.000
    assert frame["pagu"].sum() == 1_900_000_000  # 900.000.000 + 1.000.000.000
    (said,) = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {own} yang dihitung" in said and "namanya menyebut perangkat daerah lain" in said
    checked = result.pemeriksaan.set_index("berkas")
    assert checked.loc[str(copy), "status"] == "tidak dihitung: ganda"
    assert "namanya menyebut perangkat daerah lain" in checked.loc[str(copy), "keterangan"]


@pytest.mark.parametrize(
    ("berkas", "opd"),
    [
        ("LKjIP Dinas Perkim TW II.xlsx", "Dinas Perumahan dan Kawasan Permukiman"),
        ("LKjIP Dinas PU TW II.xlsx", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("LKjIP Dinas PU dan PR TW II.xlsx", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("Dinas Kesehatan Kab Lumajang.xlsx", "Dinas Kesehatan"),
        ("Dinas Kesehatan.xlsx", "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"),
        ("Dinas Kependudukan dan Catatan Sipil.xlsx", "Dinas Kependudukan dan Pencatatan Sipil"),
        ("Badan Kesbangpol.xlsx", "Badan Kesatuan Bangsa dan Politik"),
        ("Dinas Dukcapil.xlsx", "Dinas Kependudukan dan Pencatatan Sipil"),
        ("LKjIP TW II 2025.xlsx", "Dinas Sosial"),
        # the Pemda's name without its kind; a unit's name under its agency's
        ("Inspektorat Lumajang.xlsx", "Inspektorat Daerah"),
        ("Sekretariat Daerah Bagian Organisasi.xlsx", "Sekretariat Daerah"),
        # a word of the agency's name misspelt in the file's name is still its own
        ("Dinas Kesehtan.xlsx", "Dinas Kesehatan"),
        ("LKjIP Dinas Sosail TW II.xlsx", "Dinas Sosial"),
    ],
)
def test_a_file_named_for_its_own_agency_is_counted_without_a_word(tmp_path, berkas, opd):
    # one file of the agency, and a revision of it named alike saved later: the later counts by its date
    first = _file(tmp_path / berkas, _PEMDA, opd, "1.000.000.000", disk=1)
    last = _file(tmp_path / f"{Path(berkas).stem} revisi.xlsx", _PEMDA, opd, "1.200.000.000", disk=1)
    saved_by_excel(first, "2025-07-09T08:00:00Z")
    saved_by_excel(last, "2025-07-10T08:00:00Z")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    assert list(result.perangkat_daerah["pagu"]) == [1_200_000_000]
    assert not _said(result, "Nama berkas menyebut perangkat daerah lain")
    assert not any("perangkat daerah lain" in pesan for pesan in result.peringatan["pesan"])


@pytest.mark.parametrize(
    ("first_name", "revision_name", "opd"),
    [
        # Pengaturan typing the agency by its abbreviation, as staff say it; the revision's file named
        # in full (review of rekap52: the full name held none of the typed words, so it read as another
        # agency's and the older file counted whatever the dates)
        ("LKjIP Satpol PP TW II.xlsx", "LKjIP Satuan Polisi Pamong Praja TW II revisi.xlsx", "Satpol PP"),
        ("Dinsos P3A.xlsx", "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak.xlsx", "Dinsos P3A"),
        (
            "Dinas Sosial P3A.xlsx",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak.xlsx",
            "Dinas Sosial P3A",
        ),
        ("Dinas PUPR.xlsx", "Dinas Pekerjaan Umum TW II.xlsx", "Dinas PUPR"),
        ("DINAS PUPR.xlsx", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG.xlsx", "DINAS PUPR"),
        ("Dinas PU dan PR.xlsx", "Dinas Pekerjaan Umum dan Penataan Ruang.xlsx", "Dinas PU dan PR"),
        ("Sekretariat DPRD.xlsx", "Sekretariat Dewan revisi.xlsx", "Sekretariat DPRD"),
        ("Dinas Perkim.xlsx", "Dinas Perumahan dan Permukiman.xlsx", "Dinas Perkim"),
        ("DPM-PTSP.xlsx", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.xlsx", "Dinas PM PTSP"),
        # the revision named as staff call the agency, by a word the rekap already reads as its
        # abbreviation's (rekap_berkas_asing.SUBJECTS: Disperta of pertanian or tanaman pangan, Bapenda
        # of pendapatan or pajak, DPMPTSP of penanaman modal or perizinan) (review of rekap52)
        (
            "Dinas Tanaman Pangan Hortikultura dan Perkebunan.xlsx",
            "Dinas Pertanian revisi.xlsx",
            "Dinas Tanaman Pangan, Hortikultura dan Perkebunan",
        ),
        ("Badan Pendapatan Daerah.xlsx", "Badan Pelayanan Pajak Daerah.xlsx", "Badan Pendapatan Daerah"),
        (
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.xlsx",
            "Dinas Perizinan TW II.xlsx",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        ),
    ],
)
def test_a_revision_named_in_full_or_as_staff_call_the_agency_counts_by_its_dates(
    tmp_path, first_name, revision_name, opd
):
    first = _file(tmp_path / first_name, _PEMDA, opd, "1.000.000.000", disk=1)
    revision = _file(tmp_path / revision_name, _PEMDA, opd, "1.200.000.000", disk=1)
    saved_by_excel(first, "2025-07-09T08:00:00Z")
    saved_by_excel(revision, "2025-07-10T08:00:00Z")  # the revision, saved a day later
    result = lkj_xl.rekap(tmp_path, jobs=1)
    assert list(result.perangkat_daerah["berkas"]) == [str(revision)]
    assert list(result.perangkat_daerah["pagu"]) == [1_200_000_000]  # the revision's, not 1.000.000.000
    assert not any("perangkat daerah lain" in pesan for pesan in result.peringatan["pesan"])
    assert not any("perangkat daerah lain" in str(k) for k in result.pemeriksaan["keterangan"])
