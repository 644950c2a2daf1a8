"""``lkj-xl rekap``: a file named by the agency's own abbreviation is no copy of another agency's.

Of one agency's files, the one named for it counts over one whose name names another agency by an
abbreviation (core.rekap_berkas_asing: the Dinas Perikanan's copy of the Peternakan's workbook sent as
``LKjIP Diskan SMT I.xlsx``), whatever their dates. But "names another agency" was read as "the
abbreviation reader (core.rekap_singkatan.abbreviates) does not spell this agency's name from it", a
heuristic made to err the other way (a miss there only named an agency that reported). Its misses are
many: ``Diskan`` does not spell Dinas Perikanan, ``Satpol`` not Satuan Polisi Pamong Praja, ``Disbun``
not Dinas Perkebunan, ``DP3A`` not the DP3AP2KB. So the Dinas Perikanan's own revision, ``LKjIP Diskan
TW II revisi.xlsx`` saved a day after ``LKjIP Dinas Perikanan TW II.xlsx``, was set aside as another
agency's copy and the older figures counted, the warning telling the Bappeda that Diskan is another
agency than the Dinas Perikanan (review of rekap21).

Now an abbreviation names another agency only when the agency's own name holds none of the words it
stands for (Diskan: perikanan, kelautan), so such a revision is chosen by its dates as before."""

from __future__ import annotations

import re

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_asing import JENIS_ASING, named_for_another, named_for_another_warnings
from lkj_xl.core.rekap_berkas_lain import AGENCY_ABBREVIATIONS
from lkj_xl.core.rekap_ganda import agency_identity
from lkj_xl.core.rekap_singkatan import ambiguous
from tests.test_mend35i import _file
from tests.test_rekap_round3 import saved_by_excel

_PEMDA = "Kabupaten Lumajang"


def _apart(agency: str, *files: str) -> list[str]:
    """The files (of one agency typed ``agency`` in each Pengaturan) set aside as another agency's copy."""
    rows = [
        {"berkas": f"/tw2/{name}.xlsx", "perangkat_daerah": agency, "pemerintah_daerah": _PEMDA}
        for name in files
    ]
    identity = agency_identity(rows[0])
    assert identity is not None
    apart = named_for_another(rows, identity[1].split())
    return [str(row["berkas"]).removeprefix("/tw2/") for row in rows if id(row) in apart]


@pytest.mark.parametrize(
    ("agency", "own", "revision"),
    [
        # the agency's own abbreviation, which the reader does not spell
        ("Dinas Perikanan", "LKjIP Dinas Perikanan TW II", "LKjIP Diskan TW II revisi"),
        (
            "Dinas Perikanan dan Kelautan",
            "LKjIP Dinas Perikanan dan Kelautan TW II",
            "LKjIP Diskan TW II rev",
        ),
        ("Dinas Perkebunan", "LKjIP Dinas Perkebunan TW II", "LKjIP Disbun TW II revisi"),
        (
            "Dinas Perpustakaan dan Kearsipan",
            "LKjIP Dinas Perpustakaan dan Kearsipan",
            "LKjIP Dispusip revisi",
        ),
        (
            "Dinas Perpustakaan dan Kearsipan",
            "LKjIP Dinas Perpustakaan dan Kearsipan",
            "LKjIP Disperpusip rev",
        ),
        ("Satuan Polisi Pamong Praja", "LKjIP Satuan Polisi Pamong Praja", "LKjIP Satpol revisi"),
        ("Badan Penelitian dan Pengembangan Daerah", "LKjIP Balitbangda", "LKjIP Balitbangda revisi"),
        # one field of a merged agency's name, or its old name after a rename not listed
        ("Satuan Polisi Pamong Praja dan Pemadam Kebakaran", "LKjIP Satpol PP", "LKjIP Damkar revisi"),
        ("Dinas Peternakan dan Perikanan", "LKjIP Disnak TW II", "LKjIP Diskan TW II revisi"),
        (
            "Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian Penduduk dan Keluarga Berencana",
            "LKjIP DP3AP2KB",
            "LKjIP DP3A revisi",
        ),
        (
            "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
            "LKjIP Dinsos P3A",
            "LKjIP DP3A revisi",
        ),
        (
            "Dinas Kesehatan Pengendalian Penduduk dan Keluarga Berencana",
            "LKjIP Dinkes P2KB",
            "LKjIP Dinkes rev",
        ),
        ("Badan Pendapatan Daerah", "LKjIP Bapenda", "LKjIP BPPRD revisi"),
        ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "LKjIP BKPSDM", "LKjIP BKPP revisi"),
        ("Badan Riset dan Inovasi Daerah", "LKjIP BRIDA", "LKjIP Balitbangda revisi"),
        (
            "Dinas Pariwisata, Pemuda dan Olahraga",
            "LKjIP Dinas Pariwisata Pemuda dan Olahraga",
            "LKjIP Dispora rev",
        ),
        # the Dinas Kesehatan may have copied the Dinas Kesehatan Hewan's workbook, or the Keswan's staff
        # call it "Dinkes": its name holds "kesehatan", so the dates choose (both files named in the warning)
        ("Dinas Kesehatan Hewan", "LKjIP Dinas Kesehatan Hewan", "LKjIP Dinkes"),
        # two agencies in one name: neither alone, the dates choose
        ("Dinas Kesehatan", "LKjIP Dinkes", "Rekap Dinkes dan Diskan"),
    ],
)
def test_an_agency_s_own_abbreviation_names_no_other_agency(agency, own, revision):
    # neither file is another agency's copy: the dates choose, as between any two of one agency
    assert _apart(agency, own, revision) == []


@pytest.mark.parametrize(
    ("agency", "own", "copy"),
    [
        ("Dinas Peternakan", "LKjIP Disnak SMT I", "LKjIP Diskan SMT I"),  # the case rekap21 mended
        ("Dinas Peternakan", "LKjIP Dinas Peternakan SMT I", "LKjIP Diskan SMT I"),  # the own by its name
        ("Dinas Perikanan", "LKjIP Dinas Perikanan", "LKjIP Disnak"),
        ("Dinas Sosial", "LKjIP Dinsos TW II", "LKjIP Dinkes TW II"),
        ("Dinas Perhubungan", "LKjIP Dishub", "LKjIP Satpol TW II"),
    ],
)
def test_another_agency_s_abbreviation_still_names_the_copy(agency, own, copy):
    assert _apart(agency, own, copy) == [f"{copy}.xlsx"]


def test_every_abbreviation_listed_knows_the_words_it_stands_for():
    # one listed without them never names another agency (a copy then chosen by its dates, as before
    # rekap21): each abbreviation of core.rekap_berkas_lain.AGENCY_ABBREVIATIONS has its words
    from lkj_xl.core.rekap_berkas_asing import SUBJECTS

    tokens = re.split(r"\|", AGENCY_ABBREVIATIONS)
    assert [token for token in tokens if token not in SUBJECTS and not ambiguous(token)] == []


def test_the_agency_s_revision_named_by_its_abbreviation_counts_when_saved_last(tmp_path):
    # The Dinas Perikanan sent its report (pagu 1.000.000.000), then a revision named by its usual
    # abbreviation (pagu 1.200.000.000) a day later: the revision's figures count, by its saved date
    root = tmp_path / "TW II"
    first = _file(
        root / "LKjIP Dinas Perikanan TW II.xlsx", _PEMDA, "Dinas Perikanan", "1.000.000.000", disk=1
    )
    last = _file(root / "LKjIP Diskan TW II revisi.xlsx", _PEMDA, "Dinas Perikanan", "1.200.000.000", disk=1)
    saved_by_excel(first, "2025-07-09T08:00:00Z")
    saved_by_excel(last, "2025-07-10T08:00:00Z")
    result = lkj_xl.rekap(root, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert row["berkas"] == str(last)
    assert row["pagu"] == 1_200_000_000  # the revision's pagu as typed, not the first file's 1.000.000.000
    (said,) = [
        str(p)
        for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"])
        if j == "Perangkat daerah ganda"
    ]
    assert f"Hanya {last} yang dihitung" in said
    assert "perangkat daerah lain" not in said


def test_a_copy_counted_alone_is_warned_about(tmp_path):
    # The Dinas Peternakan sent nothing; the Dinas Perikanan's copy of its workbook, Perangkat Daerah not
    # changed, is the Peternakan's only file: it counts as the Peternakan's (nothing tells otherwise),
    # but the Bappeda is told its name names the Perikanan, which is in no row
    root = tmp_path / "SMT I"
    _file(root / "LKjIP Dinkes SMT I.xlsx", _PEMDA, "Dinas Kesehatan", "900.000.000", disk=1)
    copy = _file(root / "LKjIP Diskan SMT I.xlsx", _PEMDA, "Dinas Peternakan", "1.200.000.000", disk=1)
    _file(root / "LKjIP Dinas Perikanan revisi.xlsx", _PEMDA, "Dinas Perikanan", "800.000.000", disk=1)
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert sorted(frame.index) == ["Dinas Kesehatan", "Dinas Perikanan", "Dinas Peternakan"]
    assert frame["pagu"].sum() == 2_900_000_000  # 900.000.000 + 1.200.000.000 + 800.000.000: each once
    said = [
        str(p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == JENIS_ASING
    ]
    assert len(said) == 1
    assert f"{copy} dihitung sebagai Dinas Peternakan" in said[0]
    assert "namanya menyebut perangkat daerah lain (Diskan)" in said[0]
    assert "Dinkes" not in said[0] and "Dinas Perikanan revisi" not in said[0]  # each named for its own


def test_a_file_named_for_its_own_agency_is_not_warned_about():
    rows = [
        {"berkas": f"/smt1/{name}.xlsx", "perangkat_daerah": agency, "pemerintah_daerah": _PEMDA}
        for name, agency in [
            ("LKjIP Diskan SMT I", "Dinas Perikanan"),
            ("LKjIP Satpol PP", "Satuan Polisi Pamong Praja"),
            ("LKjIP DP3A", "Dinas Pemberdayaan Perempuan Perlindungan Anak Pengendalian Penduduk dan KB"),
            ("LKjIP Dinkes dan Diskan", "Dinas Kesehatan"),  # two agencies named: neither alone
            ("LKjIP DKP", "Dinas Peternakan"),  # DKP is two agencies' abbreviation
            ("LKjIP", "Dinas Peternakan"),
        ]
    ]
    assert named_for_another_warnings(rows) == []
