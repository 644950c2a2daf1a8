"""Review of angka52 (revangka52).

1. SIPD's three zero decimals (`1.250.000,000`) are read as typed since angka52: staff meaning
   Rp 1.250.000.000 who slip the last dot to a comma get a figure a thousand times too small. In an
   Anggaran quarter beside a pagu of billions nothing was said (Rp 1 jt or more is no sign of an
   amount typed in ribuan, so kata_skala stayed quiet): now a peringatan names both readings where the
   larger one fits the pagu. A Pagu or a Kinerja Rupiah figure so slipped was already told (melebihi
   pagu, seperseribu, lebih dari 10 kali): kept so by tests here.
2. signer_text blanked a real name, place or jabatan typed after its label ("Nama: Drs. H. Ahmad",
   "Tempat: Lumajang", "Jabatan Fungsional Perencana Ahli Madya"): the signature block vanished.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.tables import layouts
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.helpers_staff import report_with_pengaturan
from tests.test_anggaran_koma_ribuan import _report as _anggaran
from tests.test_engine import kinerja_row, messages, run
from tests.test_tepi51 import BASE

# --- 1. a slipped last dot read as SIPD's decimals ------------------------------------------------------


def test_a_quarter_a_thousand_times_below_its_pagu_names_both_readings():
    # the seed's P3.01 pagu 3.578.850.965; TW II typed "1.250.000,000": read Rp 1.250.000, which is
    # 1.250.000 / 3.578.850.965 = 0,035 % of the pagu (under 0,1 %); Rp 1.250.000.000 (a dot slipped to
    # a comma) fits the pagu: both said, computed as read
    report = _anggaran("3.578.850.965", (None, "1.250.000,000", None, None))
    assert budget_of(report, "2.17.03").realisasi_exact == 1_250_000
    said = findings_by_cell(report, "Anggaran", PERINGATAN).get("G2", "")
    assert "(Rp 1.250.000)" in said and "Rp 1.250.000.000" in said, messages(report)
    assert "1.250.000,000" in said and "tulis 1.250.000.000" in said, said


def test_two_quarters_slipped_are_each_told():
    # TW I "2.000.000,000" and TW II "1.000.000,000": 2.000.000 and 1.000.000, each under 0,1 % of the pagu
    # (3.578.850,965); 2.000.000.000 + 1.000.000.000 = 3.000.000.000 fits it: each told
    report = _anggaran("3.578.850.965", ("2.000.000,000", "1.000.000,000", None, None))
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "Rp 2.000.000.000" in said.get("F2", ""), said
    assert "Rp 1.000.000.000" in said.get("G2", ""), said


def test_a_small_sipd_quarter_whose_larger_reading_exceeds_the_pagu_is_quiet():
    # TW I 3.000.000.000 spent; TW II "1.250.000,000": 1.250.000.000 + 3.000.000.000 = 4.250.000.000 is
    # above the pagu 3.578.850.965, so Rp 1.250.000 (SIPD's export) is the only reading: quiet
    report = _anggaran("3.578.850.965", ("3.000.000.000", "1.250.000,000", None, None))
    assert budget_of(report, "2.17.03").realisasi_exact == 3_001_250_000
    assert "G2" not in findings_by_cell(report, "Anggaran", PERINGATAN), messages(report)


def test_a_slipped_pagu_below_its_spending_is_told():
    # Pagu "3.578.850,000" (3.578.850.000 meant) read Rp 3.578.850; 157.853.500 spent is above it
    report = _anggaran("3.578.850,000", (None, "157.853.500", None, None))
    # 157.853.500 / 3.578.850 = 44,1 times the pagu as read: since anggaran63 a galat at G2 naming D2 in
    # place of "melebihi pagu" (kumulatif typing gives 4 times at most); D2's reading 3.578.850.000 stays
    said = findings_by_cell(report, "Anggaran", GALAT)
    assert "periksa pagu (Anggaran!D2)" in said.get("G2", ""), said
    assert "3.578.850.000" in findings_by_cell(report, "Anggaran", PERINGATAN).get("D2", "")


@pytest.mark.parametrize(
    ("target", "tw2", "sel"),
    [
        # 1.250.000 / 2.500.000.000 = 0,05 % of the target: under a thousandth
        ("Rp 2.500.000.000", "Rp 1.250.000,000", "L2"),
        # 1.250.000.000 / 2.500.000 = 500 times the target: above ten times
        ("Rp 2.500.000,000", "Rp 1.250.000.000", "I2"),
    ],
)
def test_a_slipped_kinerja_rupiah_figure_is_told(target, tw2, sel):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Nilai investasi", target, (None, tw2, None, None),
        satuan="Rupiah", jenis="Nilai Akhir",
    )  # fmt: skip
    report = run([row], triwulan=2)
    assert sel in findings_by_cell(report, "Kinerja", PERINGATAN), messages(report)


# --- 2. a real signer typed after its label --------------------------------------------------------------


@pytest.mark.parametrize(
    ("nama", "read"),
    [
        ("Nama: Drs. H. Ahmad", "Drs. H. Ahmad"),
        ("NAMA : H. AHMAD SUBAGIO, S.E.", "H. AHMAD SUBAGIO, S.E."),
        ("Nama Kepala: Ir. Budi Santoso", "Ir. Budi Santoso"),
    ],
)
def test_a_name_after_its_label_is_printed(nama, read):
    report = report_with_pengaturan([*BASE, ["Nama Kepala", nama]])
    assert report.settings.nama_kepala == read
    assert any(lay.signature_rows is not None for lay in layouts(report))


@pytest.mark.parametrize(
    ("tempat", "read"), [("Tempat: Lumajang", "Lumajang"), ("Tempat : Lumajang,", "Lumajang")]
)
def test_a_place_after_its_label_is_printed(tempat, read):
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[5] = ["Tempat Penandatanganan", tempat]
    assert report_with_pengaturan(rows).settings.tempat == read


@pytest.mark.parametrize(
    ("jabatan", "read"),
    [
        ("Jabatan Fungsional Perencana Ahli Madya", "Jabatan Fungsional Perencana Ahli Madya"),
        ("Jabatan: Kepala Dinas", "Kepala Dinas"),
    ],
)
def test_a_jabatan_beginning_with_its_label_is_printed(jabatan, read):
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[4] = ["Jabatan Kepala", jabatan]
    assert report_with_pengaturan(rows).settings.jabatan_kepala == read


@pytest.mark.parametrize("nama", ["Nama:", "Nama : ...", "Nama Kepala: -", "Nama: (nama)"])
def test_a_label_with_nothing_after_it_is_no_name(nama):
    assert report_with_pengaturan([*BASE, ["Nama Kepala", nama]]).settings.nama_kepala == ""
