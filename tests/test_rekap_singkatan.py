"""core.rekap_singkatan: an agency's abbreviation and the name it stands for (the blank template named
"LKjIP Dinsos TW II.xlsx" beside the Dinas Sosial's workbook named otherwise). A pair wrongly matched
would hide an agency that sent the blank template back; one wrongly missed names an agency that did
report: both are tried."""

from __future__ import annotations

import pytest

from lkj_xl.core.rekap_nama import name_words
from lkj_xl.core.rekap_singkatan import abbreviates


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("dinsos", "Dinas Sosial"),  # din-as sos-ial
        ("dinkes", "Dinas Kesehatan"),
        ("dishub", "Dinas Perhubungan"),  # dis of Dinas, hub of per-hubungan
        ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah"),  # "dan" left out
        ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
        ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
        ("disperindag", "Dinas Perindustrian dan Perdagangan"),
        ("kesbangpol", "Badan Kesatuan Bangsa dan Politik"),  # from the second word on
        ("dinsos", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"),  # its first fields
        ("disdik", "Dinas Pendidikan"),  # not the words' starts: listed
        ("setda", "Sekretariat Daerah"),
        ("dispora", "Dinas Pemuda dan Olahraga"),
        ("dinsos", "LKjIP Dinas Sosial TW II"),  # a file's name holding the agency's
    ],
)
def test_an_abbreviation_of_the_name(token, name):
    assert abbreviates(token, name_words(name))


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("dinsos", "Dinas Koperasi dan Usaha Mikro"),
        ("dinsos", "Dinas Kesehatan Hewan"),
        ("dinkes", "Dinas Koperasi"),
        ("dinkes", "Dinas Kebudayaan dan Kesenian"),  # never the "s" of ke-senian
        ("dinsos", "Dinas"),  # one word: too little to tell
        ("disdik", "Dinas Kesehatan"),
        ("bpkad", "Badan Penanggulangan Bencana Daerah"),
    ],
)
def test_no_abbreviation_of_another_name(token, name):
    assert not abbreviates(token, name_words(name))
