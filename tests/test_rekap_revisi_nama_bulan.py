"""A revision's file named with the person who made it: ``Revisi 2 Mei Rahayu`` (rekap53).

rekap_revisi read a month's word with nama_periode.month_at, without narasi52's rule that a month's
word before a capitalised name word is a person's (nama_periode.months_in: "verifikasi Mei Rahayu"):
"Revisi 2 Mei Rahayu" was revision 1 of 2 May, so beside "Revisi" it did not say it is the later one,
and the file counted was left to the time on disk. Now one rule reads both. A date stays a date
("Revisi 2 Mei", "Revisi 2 Mei 2025", "REVISI 2 MEI RAHAYU" typed in capitals cannot tell) and a
title before the month names the person as before ("rev 2 Ibu Mei")."""

from __future__ import annotations

import pytest

from lkj_xl.core.rekap_revisi import revision_number, shown_name
from tests.test_mend35i import _two


@pytest.mark.parametrize(
    ("stem", "number"),
    [
        ("LKjIP Dinsos Revisi 2 Mei Rahayu", 2),  # revision 2, made by Mei Rahayu
        ("LKjIP Dinsos revisi 2 Juni Astuti", 2),
        ("LKjIP Dinsos Rev 3 Juli Handayani", 3),
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


def test_the_agency_name_keeps_the_person():
    # the leading run "Revisi 2" goes; "Mei Rahayu" is no date of it
    assert shown_name("Revisi 2 Mei Rahayu") == "Mei Rahayu"


def test_the_later_revision_named_with_its_maker_counts(tmp_path):
    # "Revisi" (pagu 1.000.000.000) is 60 s later on disk: one extraction, which tells nothing; the
    # marks decide: "Revisi 2 Mei Rahayu" (pagu 1.200.000.000) is revision 2 and counts
    result, row = _two(
        tmp_path / "TW II",
        ("LKjIP Dinsos TW II Revisi.xlsx", "Kabupaten Lumajang", "Dinas Sosial"),
        ("LKjIP Dinsos TW II Revisi 2 Mei Rahayu.xlsx", "Kabupaten Lumajang", "Dinas Sosial"),
    )
    assert row["pagu"] == 1_200_000_000
    assert row["berkas"].endswith("Revisi 2 Mei Rahayu.xlsx")
