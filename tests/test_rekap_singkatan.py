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
        ("disdik", "Dinas Pendidikan"),  # not the words' starts: listed
        ("setda", "Sekretariat Daerah"),
        ("dispora", "Dinas Pemuda dan Olahraga"),
        ("dinsos", "LKjIP Dinas Sosial TW II"),  # a file's name holding the agency's
        ("dinsos", "LKjIP Dinas Sosial TW2 2025 kosong"),  # the report's, the period's, its state's words
        ("kesbangpol", "LKjIP Badan Kesatuan Bangsa dan Politik"),
        ("dinsos", "LKJIP DINAS SOSIAL KAB LUMAJANG TW II 2025"),  # the Pemda's name after Kab
        ("dinsos", "Dinas Sosial Kota Batu"),  # Badan left out inside a file's name
        ("dpkp", "Dinas Perumahan dan Kawasan Permukiman"),  # whole, "dan" left out
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
        # "dan" supplies no letter: B-K-D of Badan Kepegawaian *dan* Pengembangan SDM (the BKPSDM), D-K-P
        # of Perumahan *dan* Kawasan Permukiman; nor does a match start at it
        ("bkd", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        ("dkp", "Dinas Perumahan dan Kawasan Permukiman"),
        ("dkp", "Dinas Kependudukan dan Pencatatan Sipil"),  # D-K-P with "Sipil" left over
        # a part of another agency's name: the words left over make it another agency (a Bagian of the
        # Setda is not the Setda; the Dinas Kesehatan Hewan is not the Dinas Kesehatan)
        ("setda", "Bagian Organisasi Sekretariat Daerah"),
        ("setda", "LKjIP Bagian Hukum Setda Sekretariat Daerah"),
        ("dinkes", "Dinas Kesehatan Hewan"),
        ("dinkes", "LKjIP Dinas Kesehatan Hewan TW II"),
        # was matched as its first fields ("Dinas Sosial, ..."): matched so, "dinkes" is the Dinas
        # Kesehatan Hewan's too; a name's other fields may name another agency, so the match is whole
        ("dinsos", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"),
        # one abbreviation of two agencies a Pemda often has both of: never taken as either (the Dinas
        # Ketahanan Pangan's blank template is not the Dinas Kelautan dan Perikanan's report)
        ("dkp", "Dinas Ketahanan Pangan"),
        ("dkp", "Dinas Kelautan dan Perikanan"),
        ("dinkes", "LKjIP Dinas Kesehatan Hewan Kab Lumajang"),  # the Pemda after it: Hewan still left
        ("bkd", "Badan Kepegawaian Daerah"),  # and the Badan Keuangan Daerah
        ("bkd", "Badan Keuangan Daerah"),
    ],
)
def test_no_abbreviation_of_another_name(token, name):
    assert not abbreviates(token, name_words(name))
