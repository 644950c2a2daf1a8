"""A revision's file named with a month's word and a capitalised word after it: ``Revisi 2 Mei Rahayu``.

rekap53 read such a name by narasi52's rule for texts (a month's word before a capitalised name word is a
person's: "verifikasi Mei Rahayu"), so "Revisi 2 Mei Rahayu" became revision 2 made by Mei Rahayu and
outranked the agency's other revisions. Its review found the rule picking wrong files: staff capitalise
every word of a file's name, so "Revisi 2 Juli Sore", "Revisi 2 Mei Hasil Verifikasi" and words no list
holds made the day a revision number, and an older file's figures counted in the Pemda's table. In a
file's name "Revisi 2 Mei Rahayu" is truly ambiguous (2 Mei, by Rahayu; or revision 2, by Mei Rahayu),
so the lead's decision is the cautious one main had: the month's word is a date, the file a dated
revision (1), and beside another revision the rekap says it cannot tell which is the later ("tanda
revisinya sama ... periksa") instead of picking one. A title before the month still names the person
("rev 2 Ibu Mei", nama_periode.month_at)."""

from __future__ import annotations

import pytest

from lkj_xl.core.rekap_revisi import revision_number, shown_name
from tests.test_mend35i import _two


@pytest.mark.parametrize(
    ("stem", "number"),
    [
        # ambiguous (2 Mei by Rahayu, or revision 2 by Mei Rahayu): read as a date, revision 1
        ("LKjIP Dinsos Revisi 2 Mei Rahayu", 1),
        ("LKjIP Dinsos revisi 2 Juni Astuti", 1),
        ("LKjIP Dinsos Rev 3 Juli Handayani", 1),
        ("LKjIP Dinsos rev 2 Ibu Mei", 2),  # a title before the month: the person (month_at already)
        ("LKjIP Dinsos rev Ibu Mei", 1),
        # dates stay dates: nothing after the month, a year, capitals throughout, a mark word after it
        ("LKjIP Dinsos Revisi 2 Mei", 1),
        ("LKjIP Dinsos Revisi 2 Mei 2025", 1),
        ("LKJIP DINSOS REVISI 2 MEI RAHAYU", 1),
        ("LKjIP Dinsos Revisi 2 Juli Final", 1),
    ],
)
def test_the_revision_number_of_a_file_name(stem, number):
    assert revision_number(stem, anywhere=True) == number


# Two dated revisions (1 each) of one agency: the marks do not decide; the time on disk picks the first
# file (pagu 1.000.000.000, 60 s later, _two) and the rekap says it is not sure, never "bertanda revisi
# terakhir" from a guess. "Revisi 2 Mei Rahayu" and "Revisi 2 Juli Sore" (pagu 1.200.000.000), read as
# revision 2, would have counted.
@pytest.mark.parametrize(
    ("later", "guessed"),
    [
        ("LKjIP Dinsos TW II Revisi.xlsx", "LKjIP Dinsos TW II Revisi 2 Mei Rahayu.xlsx"),
        ("LKjIP Dinsos TW II Revisi 5 Juli.xlsx", "LKjIP Dinsos TW II Revisi 2 Juli Sore.xlsx"),
    ],
)
def test_no_revision_number_is_guessed_from_a_date(tmp_path, later, guessed):
    result, row = _two(
        tmp_path / "TW II",
        (later, "Kabupaten Lumajang", "Dinas Sosial"),
        (guessed, "Kabupaten Lumajang", "Dinas Sosial"),
    )
    assert row["pagu"] == 1_000_000_000
    said = " ".join(result.peringatan["pesan"])
    assert "tanda revisinya sama" in said and "bertanda revisi terakhir" not in said


# revrekap53: in a file's name staff capitalise every word, so a capitalised word after a month is often
# no person's: the time of day, "Th 2025", a status word, the Pemda's or agency's name. Read as "Revisi
# 2 Mei <person>", the day (2) became a revision number outranking a later date.
@pytest.mark.parametrize(
    "stem",
    [
        "LKjIP Dinsos Revisi 2 Juli Sore",  # the time of day it was saved
        "LKjIP Dinsos Revisi 2 Juli Pagi",
        "LKjIP Dinsos Revisi 2 Juli Jam 10",  # a word before a number: no name
        "LKjIP Dinsos Revisi 2 Juli Th 2025",  # "Th" of Tahun, before the year
        "LKjIP Dinsos Revisi 2 Juli Versi 3",
        "LKjIP Dinsos Revisi 2 Juli Ok",
        "LKjIP Dinsos Revisi 2 Juli Baru",
        "LKjIP Dinsos Revisi 2 Juli Dikirim",
        "LKjIP Dinsos Revisi 2 Juli Kirim Ulang",
        "LKjIP Dinsos Revisi 2 Mei Hasil Verifikasi",
        "LKjIP Dinsos Revisi 2 Mei Setelah Verifikasi",
        "LKjIP Dinsos Revisi 2 Mei Sesuai Catatan",
        "LKjIP Dinsos Revisi 2 Mei Koreksi Inspektorat",
        "LKjIP Dinsos Revisi 2 Mei Ttd",
        "LKjIP Dinsos Revisi 2 Mei Dinas Sosial",
        "LKjIP Dinsos Revisi 2 Mei Subbag Program",
        "LKjIP Dinsos Revisi 30 Juni Astuti",  # 30 is no revision's number (above 20): a day
        "LKjIP Dinsos Revisi 25 Mei Rahayu",
    ],
)
def test_a_date_before_a_capitalised_word_of_a_file_name_stays_a_date(stem):
    # "2 Juli" is the date of the revision ("Revisi"), 1: never revision 2
    assert revision_number(stem, anywhere=True) == 1


def test_a_day_above_a_revision_number_keeps_its_month():
    # "30 Juni" is a date (no revision is numbered 30): the run "Revisi 30 Juni" goes, the person stays
    assert shown_name("Revisi 30 Juni Astuti") == "Astuti"


def test_the_pemda_or_agency_named_after_the_date_is_no_person():
    from lkj_xl.core.rekap_revisi import revision_rank

    # "Lumajang" is the Pemda's name, "Sosial" a word of the agency's: "2 Mei" the revision's date, 1
    row = {"pemerintah_daerah": "Kabupaten Lumajang", "perangkat_daerah": "Dinas Sosial"}
    assert revision_rank({**row, "berkas": "x/LKjIP Revisi 2 Mei Lumajang.xlsx"}) == 1
    assert revision_rank({**row, "berkas": "x/LKjIP Revisi 2 Mei Sosial.xlsx"}) == 1
    assert revision_rank({**row, "berkas": "x/LKjIP Revisi 2 Mei Dinsos.xlsx"}) == 1
    # a person's name after the date too: a dated revision, 1 (the ambiguity said, never guessed)
    assert revision_rank({**row, "berkas": "x/LKjIP Revisi 2 Mei Rahayu.xlsx"}) == 1
