"""`Rencana sama` and names sharing their first two words: two agencies of one field, or two parts of
one Setda, named on from a shared start (core/rekap_isi._alike).

Before: any two names beginning with the same two words were one agency's revision to the rekap
("Dinas PU Bina Marga" and "Dinas PU SDA", "Dinas Pemberdayaan Masyarakat dan Desa" and "Dinas
Pemberdayaan Perempuan dan Perlindungan Anak", "Bagian Administrasi Pembangunan" and "Bagian Administrasi
Perekonomian"; a province's "Sekolah Menengah Negeri ..." all one agency), and a plan they share said to
be "one agency's report sent again under another name". Now two names are one agency's only when one
is the start of the other, or one begins with the other's first field, the words before its "dan"
("Dinas Koperasi dan UKM", "Dinas Koperasi & Usaha Mikro", "Dinas Koperasi Usaha Mikro"), or one
abbreviates the other.
"""

from __future__ import annotations

import pytest

from lkj_xl.core import rekap_isi
from tests.test_rekap_rencana_sama_singkatan import _twice, _words

TWO_AGENCIES = [
    ("Dinas PU Bina Marga", "Dinas PU SDA"),
    ("Dinas PU Cipta Karya", "Dinas PU Bina Marga"),
    ("Dinas Pekerjaan Umum Sumber Daya Air", "Dinas Pekerjaan Umum Bina Marga"),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("Bagian Administrasi Pembangunan", "Bagian Administrasi Perekonomian"),
    ("Setda Bagian Umum", "Setda Bagian Hukum"),
    ("Sekretariat Daerah Bagian Umum", "Sekretariat Daerah Bagian Hukum"),
    ("Sekolah Menengah Negeri 1 Tempeh", "Sekolah Menengah Negeri 2 Pasirian"),
    # already apart, kept apart
    ("Bagian Umum", "Bagian Hukum"),
    ("UPTD Puskesmas Tempeh", "UPTD Puskesmas Pasirian"),
    ("Kecamatan Kota", "Kecamatan Kota Barat"),
]

ONE_AGENCY = [
    ("Dinas Koperasi dan UKM", "Dinas Koperasi & Usaha Mikro"),
    ("Dinas Koperasi dan UKM", "Dinas Koperasi Usaha Mikro"),  # its first field, then the rest without "dan"
    ("Dinas Koperasi dan Usaha Mikro", "Dinas Koperasi dan Usaha Kecil Menengah"),
    ("Dinas Pertanian", "Dinas Pertanian dan Ketahanan Pangan"),
    ("Inspektorat", "Inspektorat Daerah"),
    ("Badan Pendapatan Daerah", "Badan Pendapatan"),
    # Bappeda renamed Bappelitbangda: the same Badan, "Daerah" at the end of both
    (
        "Badan Perencanaan Pembangunan Daerah",
        "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
    ),
    # the comma of a name is not read: one the start of the other, as staff shorten it
    ("Dinas Pendidikan", "Dinas Pendidikan, Pemuda dan Olahraga"),
    ("Sekretariat Daerah", "Sekretariat Daerah Bagian Umum"),
    # one the start of the other (a later name longer by a field): kept said, see the report
    ("Dinas Kesehatan", "Dinas Kesehatan Hewan"),
    ("Dinas PU", "Dinas PU Bina Marga"),
    # abbreviations, as before
    ("Dinas Pekerjaan Umum Bina Marga", "Dinas PU Bina Marga"),
    ("Dinas Pekerjaan Umum Sumber Daya Air", "Dinas PU SDA"),
]


@pytest.mark.parametrize(("one", "other"), TWO_AGENCIES)
def test_names_going_on_apart_from_a_shared_start_are_two_agencies(one, other):
    assert not rekap_isi._alike(_words(one), _words(other))
    assert not rekap_isi._alike(_words(other), _words(one))


@pytest.mark.parametrize(("one", "other"), ONE_AGENCY)
def test_one_agencys_names_stay_alike(one, other):
    assert rekap_isi._alike(_words(one), _words(other))
    assert rekap_isi._alike(_words(other), _words(one))


def test_dinas_pu_bina_marga_and_dinas_pu_sda_of_one_plan_are_two_agencies_unsaid(tmp_path):
    result = _twice(tmp_path, "Dinas PU Bina Marga", "Dinas PU SDA")
    assert "Rencana sama" not in set(result.peringatan["jenis"]), result.peringatan.to_dict("records")
    # both counted: pagu 85,4 M each, 85,4 M x 2 = 170,8 M
    assert sorted(result.perangkat_daerah["perangkat_daerah"]) == ["Dinas PU Bina Marga", "Dinas PU SDA"]
    assert result.perangkat_daerah["pagu"].sum() == 170_800_000_000


def test_a_provinces_schools_of_one_plan_are_each_their_own_agency():
    # 3.000 schools of one template (names of 5 to 8 words): never one group of 3.000 "revisions"
    places = ["Tempeh", "Rawa Indah", "Sumber Agung Barat", "Kali Putih Lor Wetan", "Pasirian"]
    plan = [
        {
            "pemerintah_daerah": "Provinsi Jawa Timur",
            "perangkat_daerah": f"Sekolah Menengah Negeri {i} {places[i % 5]}",
        }
        for i in range(3000)
    ]
    groups = rekap_isi._alike_groups(plan)
    assert len(groups) == 3000
