"""`Rencana sama` names an agency's revision sent under the name staff say it by, however long the
agency's full name and however many words the short one has (core/rekap_isi._alike).

Before: a short name of one or two words was compared ("Dinas PUPR", "DPUPR", "Bappeda"); a short name
of three words or more ("Dinas PU PR", "Satpol PP dan Damkar", "Dinas PU Bina Marga") or one whose
abbreviated word is not made of the words' starts ("Disperkim", "Disdikbud", "Dinas Dukcapil") was
another agency to the rekap, and the revision's pagu was summed twice without a word. Two real
agencies whose names abbreviate nothing of each other stay unsaid (Dinas Kesehatan and Dinas
Ketahanan Pangan, Dinas Pekerjaan Umum Bina Marga and Dinas PU SDA).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core import rekap_isi
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja


def _words(name: str) -> tuple[str, ...]:
    return rekap_isi._name_words({"pemerintah_daerah": "Kabupaten Lumajang", "perangkat_daerah": name})


# The agency's name as its Pengaturan types it, and the name its revision was typed with.
ONE_AGENCY = [
    # the names of the brief (one or two words: already said, kept said)
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR"),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("Satuan Polisi Pamong Praja", "Satpol PP"),
    ("Dinas Komunikasi dan Informatika", "Diskominfo"),
    # three words or more, each a word of the name or the abbreviation of a run of its words
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PU PR"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PU dan PR"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PU & PR"),
    ("Satuan Polisi Pamong Praja dan Pemadam Kebakaran", "Satpol PP dan Damkar"),
    ("Dinas Pekerjaan Umum Bina Marga", "Dinas PU Bina Marga"),
    ("Dinas Pekerjaan Umum Sumber Daya Air", "Dinas PU SDA"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas PM PTSP"),
    # a word of the short name abbreviating the rest, not from the words' starts
    ("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Dukcapil"),
    ("Dinas Perumahan dan Kawasan Permukiman", "Disperkim"),
    ("Dinas Perumahan dan Kawasan Permukiman", "Dinas Perkim"),
    ("Dinas Pendidikan dan Kebudayaan", "Disdikbud"),
    ("Dinas Pendidikan dan Kebudayaan", "Dinas Dikbud"),
    # one agency's two abbreviations, the later with a letter more (its Aset): one finance agency
    ("BPKD", "BPKAD"),
]

TWO_AGENCIES = [
    ("Dinas Kesehatan", "Dinas Ketahanan Pangan"),
    ("Dinas Kesehatan", "Dinkes Hewan"),
    ("Dinas Pekerjaan Umum Bina Marga", "Dinas PU SDA"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perkim"),
    ("Dinas Kelautan dan Perikanan", "DKP"),  # DKP is also the Dinas Ketahanan Pangan's
    ("BKD", "BKPSDM"),  # never read from letters alone: BKD is two agencies' abbreviation
    ("Dinas Sosial", "Dinas Kesehatan"),
    ("Dinsos", "Dinkes"),
    ("DLH", "DPMD"),
]


@pytest.mark.parametrize(("full", "short"), ONE_AGENCY)
def test_a_short_name_of_any_length_is_alike(full, short):
    assert rekap_isi._alike(_words(full), _words(short))
    assert rekap_isi._alike(_words(short), _words(full))


@pytest.mark.parametrize(("one", "other"), TWO_AGENCIES)
def test_two_agencies_are_not_alike(one, other):
    assert not rekap_isi._alike(_words(one), _words(other))
    assert not rekap_isi._alike(_words(other), _words(one))


def _twice(root: Path, first: str, second: str) -> lkj_xl.Rekap:
    # one plan (indicators, targets, pagu 85,4 M), realisasi 70 / 72 and TW II spending 20,45 M / 21,1 M
    for name, opd, realisasi, tw2 in (("a", first, "70", "20,45 M"), ("b", second, "72", "21,1 M")):
        new_workbook(root / f"LKjIP {name}.xlsx",
                     pengaturan={c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(realisasi, "48,5%"), anggaran=anggaran("85,4 M", "12,3 M", tw2))  # fmt: skip
    return lkj_xl.rekap(root, jobs=1)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PU dan PR"),
        ("Dinas Perumahan dan Kawasan Permukiman", "Disperkim"),
    ],
)
def test_the_revision_under_a_long_short_name_is_said_in_the_rekap(tmp_path, full, short):
    result = _twice(tmp_path, full, short)
    said = result.peringatan[result.peringatan["jenis"] == "Rencana sama"]["pesan"].tolist()
    assert len(said) == 1, result.peringatan.to_dict("records")
    assert full in said[0] and short in said[0]
    # both still counted (which one stands is the analyst's call): 85,4 M twice in the Jumlah
    assert result.perangkat_daerah["pagu"].sum() == 2 * 85_400_000_000


def test_two_agencies_of_one_plan_by_chance_stay_unsaid(tmp_path):
    result = _twice(tmp_path, "Dinas Pekerjaan Umum Bina Marga", "Dinas PU SDA")
    assert "Rencana sama" not in set(result.peringatan["jenis"])
