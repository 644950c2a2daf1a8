"""``Bappelitbangda``, ``Balitbangda``, ``Bapperida``: the planning agencies' abbreviations (rekap53).

"Lit" of pe-NE-LIT-ian and "bang" of peng-em-BANG-an are no word's start (the roots teliti and kembang
under their affixes), so the Bappelitbangda (Badan Perencanaan Pembangunan, Penelitian dan Pengembangan
Daerah) was no abbreviation of its name: its blank template sent beside its filled workbook named
otherwise made the warning that it had not reported. The Bapperida (Badan Perencanaan Pembangunan,
Riset dan Inovasi Daerah: BA-P-PE-R-I-DA, "dan" left out) was read already: checked beside it."""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from lkj_xl.core.rekap_nama import name_words
from lkj_xl.core.rekap_singkatan import abbreviates
from lkj_xl.core.rekap_templat_kiriman import JENIS_KOSONG
from tests.test_mend35i import _file
from tests.test_rekap_blank_template_agency import _blank

_LITBANG = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"
_RISET = "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("bappelitbangda", _LITBANG),  # ba-p-pe-LIT-BANG-da, "dan" left out
        ("bapelitbangda", "Badan Perencanaan, Penelitian dan Pengembangan Daerah"),  # no Pembangunan
        ("balitbangda", "Badan Penelitian dan Pengembangan Daerah"),
        ("litbang", "Penelitian dan Pengembangan"),
        ("bapperida", _RISET),
        ("brida", "Badan Riset dan Inovasi Daerah"),
    ],
)
def test_the_planning_agencies_abbreviations(token, name):
    assert abbreviates(token, name_words(name))


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("bappelitbangda", "Badan Perencanaan Pembangunan Daerah"),  # no Penelitian, no Pengembangan
        ("bappelitbangda", _RISET),
        ("bapperida", _LITBANG),
        ("bappeda", _LITBANG),  # the Bappeda of a Pemda with both is another agency's
        ("balitbangda", "Badan Pengembangan Sumber Daya Manusia Daerah"),
    ],
)
def test_no_abbreviation_of_another_planning_agency(token, name):
    assert not abbreviates(token, name_words(name))


@pytest.mark.parametrize(
    ("blank_name", "agency"),
    [("LKjIP Bappelitbangda TW II.xlsx", _LITBANG), ("LKjIP Bapperida TW II.xlsx", _RISET)],
)
def test_its_blank_template_beside_its_workbook_is_no_agency_missing(tmp_path, blank_name, agency):
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinkes TW II.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / "LKJIP TW2 perencanaan.xlsx", "Kabupaten Lumajang", agency, "1.200.000.000", disk=1)
    _blank(root / blank_name)
    result = lkj_xl.rekap(root, jobs=1)
    assert sorted(result.perangkat_daerah["perangkat_daerah"]) == sorted(["Dinas Kesehatan", agency])
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    assert not result.tanpa_buku_kerja.get(JENIS_KOSONG)
