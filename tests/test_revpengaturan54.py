"""Review of pengaturan54: typings its rules missed or misread.

1. A Nama Kepala cell holding the jabatan and then the name (a signature block copied into one cell:
   "Plt. Kepala Dinas Kesehatan" Alt+Enter "Drs. H. Ahmad Fauzi, M.Si.") was told "adalah jabatan, bukan
   nama" although the name is there; "Kabag Umum", "Kasubbid Perencanaan" were printed as the name.
2. A NIP typed with dots between its groups and the rank ("19700101.199003.1.005 / Pembina Tk. I") printed
   the rank after "NIP.", quietly.
3. A grade typed with a dash and its LHE score ("B-B (70,5)": BB meant) was told to type "B".
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.tables import layouts
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_pengaturan54 import _said, _sakip
from tests.test_tepi51 import BASE

# Pengaturan rows B3..B9 (tests.test_tepi51.BASE: Jabatan Kepala "Kepala Dinas Contoh" at B7); the test's
# own rows from B10 on.


def _signed(rows):
    return report_with_pengaturan([*BASE, *rows])


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Plt. Kepala Dinas Kesehatan\nDrs. H. Ahmad Fauzi, M.Si.", "Drs. H. Ahmad Fauzi, M.Si."),
        ("a.n. Kepala Dinas\nSekretaris\nDr. Ir. Siti Aminah, M.T.", "Dr. Ir. Siti Aminah, M.T."),
        ("Kepala Dinas Kesehatan dr. Bayu Wibowo, M.Kes", "dr. Bayu Wibowo, M.Kes"),
        ("KEPALA DINAS KESEHATAN, Hj. SITI AMINAH, S.E.", "Hj. SITI AMINAH, S.E."),
    ],
)
def test_a_jabatan_and_the_name_in_one_cell_is_told_with_the_name_found(typed, name):
    # the jabatan (with its Plt./a.n.) belongs in Jabatan Kepala: printed with the name alone under "Kepala
    # Dinas Contoh" the acting or delegated signer would read as the Kepala, so no block; the peringatan
    # names the name found and never says the cell holds no name
    report = _signed([["Nama Kepala", typed]])
    assert report.settings.nama_kepala == ""
    assert all(lay.signature_rows is None for lay in layouts(report))
    said = pengaturan_findings(report, "B10", PERINGATAN)
    assert len(said) == 1, said
    assert f'"{name}"' in said[0].pesan and "Jabatan Kepala" in said[0].pesan, said
    assert "bukan nama" not in said[0].pesan


@pytest.mark.parametrize("typed", ["Kabag Umum", "Kasubbid Perencanaan", "Plt. Kabag Perencanaan"])
def test_a_bagians_jabatan_is_never_printed_as_the_name(typed):
    # Kepala Bagian / Kepala Sub Bidang as staff abbreviate them on a Sekretariat's cover
    report = _signed([["Nama Kepala", typed]])
    assert report.settings.nama_kepala == ""
    said = pengaturan_findings(report, "B10", PERINGATAN)
    assert len(said) == 1 and "jabatan" in said[0].pesan, said


@pytest.mark.parametrize(
    "nama",
    [
        "SUPARMAN",
        "Ir. Hj. Siti Aminah, M.T.",
        "Prof. Dr. Ir. Kasiyanto, M.Si.",
        "I Gusti Ngurah Made Kasi, S.E.",
        "I Wayan Sudirta, S.H.",
        "Plt. SUPARMAN",
        "Dr. Kepala Uji",
        "R. Ngabehi Kabagyo",
    ],
)
def test_names_stay_printed(nama):
    # single names, Balinese names, a name ending in a jabatan's letters (Kasi), titles before the name
    report = _signed([["Nama Kepala", nama]])
    assert report.settings.nama_kepala == nama
    assert not pengaturan_findings(report, "B10")


@pytest.mark.parametrize(
    ("typed", "nip", "rank"),
    [
        ("19700101.199003.1.005 / Pembina Tk. I (IV/b)", "19700101.199003.1.005", "Pembina Tk. I (IV/b)"),
        ("NIP. 19700101.199003.1.005, Pembina Utama Muda", "19700101.199003.1.005", "Pembina Utama Muda"),
    ],
)
def test_a_dotted_nip_typed_with_the_rank_prints_the_nip_alone(typed, nip, rank):
    # the NIP's 18 digits (born 1 Januari 1970, CPNS Maret 1990, 1, 005) grouped with dots as some SKs do
    report = _signed([["Nama Kepala", "Drs. H. Ahmad Fauzi, M.Si."], ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == nip
    said = pengaturan_findings(report, "B11", PERINGATAN)
    assert len(said) == 1 and f'"{rank}"' in said[0].pesan, said


def test_a_dotted_nip_alone_is_printed_as_typed_quietly():
    report = _signed([["Nama Kepala", "Drs. H. Ahmad Fauzi, M.Si."], ["NIP Kepala", "19700101.199003.1.005"]])
    assert report.settings.nip_kepala == "19700101.199003.1.005"
    assert not pengaturan_findings(report, "B11")


@pytest.mark.parametrize("typed", ["B-B (70,5)", "B - B (70,5)", "B-B (LHE 2024)"])
def test_a_dashed_grade_with_its_score_names_bb_never_b(typed):
    # LHE score 70,5 lies in BB's band (> 70 - 80): "B-B" is BB typed with a dash, never B; as "BB (70,5)"
    # the galat asks to type the grade alone ("BB")
    report = _sakip((None, typed, None, None))
    assert report.indicators[0].capaian is None
    said = _said(report, "L2", GALAT) + _said(report, "L2")
    assert said and all('("B")' not in s and '"B"' not in s for s in said), said
    assert any('("BB")' in s for s in said), said


# --- Tahun after "Thn." (the branch read "Th. 2025"; its test says "Thn." is read as well) ------------------


def _tahun(tahun):
    rows = [["Pemerintah Daerah", "Kabupaten Lumajang"], ["Perangkat Daerah", "Sekretariat Daerah"]]
    return report_with_pengaturan([*rows, ["Tahun", tahun], ["Triwulan", 2]])


@pytest.mark.parametrize("tahun", ["Thn. 2025", "Thn.2025", "THN. 2025"])
def test_the_year_after_thn_with_its_stop_is_read(tahun):
    # "Thn." as on the SK's cover, as "Thn 2025" is read: the TW II 2025 report
    report = _tahun(tahun)
    assert report.settings.tahun == 2025
    assert not pengaturan_findings(report, "B5")


@pytest.mark.parametrize("tahun", ["Th. 2025/2026", "Thn. 2025/2026"])
def test_two_years_after_th_are_told_as_two_years(tahun):
    # as "Thn 2025/2026" and "T.A. 2025/2026" are: which one is reported is not guessed
    report = _tahun(tahun)
    assert report.settings.tahun is None
    said = pengaturan_findings(report, "B5", GALAT)
    assert len(said) == 1 and "dua tahun" in said[0].pesan, said
