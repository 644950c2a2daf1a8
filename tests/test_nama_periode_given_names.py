"""A month's spelling that is also a given name ("Agus", among the commonest men's names) names the
month only where a date is plain around it: a year after it ("Agus 2025"), a day or "s.d." before it
in a note ("s.d. 31 Agus", "s.d. Agus"). Alone it is the person who checked the figure or saved the
file (review of bulan50: the union of the month tables let "verifikasi Pak Agus" in a quarter's
note name TW III, and "Revisi 2 Agus" lose its revision number)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_xl.core.model import Value
from lkj_xl.core.rekap_revisi import revision_rank, without_revision_words
from lkj_xl.core.typed_sd import _reading
from tests.test_mend35i import _two
from tests.test_typed_sd_chain import _said as said_of


def _said(tws, *, triwulan):
    """The messages of a Kumulatif % indicator, target 95 (test_typed_sd_chain's), but its Kode Induk's."""
    return [m for m in said_of(tws, jenis="Kumulatif", triwulan=triwulan) if "Kode Induk" not in m]


# --- a quarter's note naming who checked it ---------------------------------------------------------


def test_a_note_naming_its_checker_agus_still_names_its_own_quarter():
    # TW I 22,5; TW II typed up to it with who verified it: 46,6 - 22,5 = 24,1 is TW II's own
    (said,) = _said(["22,5", "46,6 (s.d. TW II, verifikasi Pak Agus)", None, None], triwulan=2)
    assert "46,6 - 22,5 = 24,1" in said
    assert "menyebut TW III" not in said


def test_a_note_up_to_the_quarter_before_naming_agus_is_no_total_of_this_one():
    # TW III typed 46,6 "s.d. TW II" (TW I 22,5 + TW II 24,1 = 46,6): the quarter before's total,
    # never TW III's own 46,6 - 46,6 = 0 (as it was told with "Pak Agus" read as Agustus)
    (said,) = _said(["22,5", "24,1", "46,6 (s.d. TW II, Pak Agus)", None], triwulan=3)
    assert "menyebut TW II, bukan TW III" in said
    assert "46,6 - 46,6" not in said


@pytest.mark.parametrize(
    ("note", "named"),
    [
        ("s.d. Agus", 2),  # "s.d." before it: Agustus, TW III (2 from 0)
        ("s.d. 31 Agus", 2),  # a day before it
        ("s.d. Agus 2025", 2),  # a year after it
        ("s.d. Agst", 2),  # no name: as before
        ("s.d. TW II, Pak Agus", None),  # the person: TW II, its own, named; (8 - 1) // 3 = TW III never
        ("kumulatif, input Agus", None),  # nothing named but the person: TW II's own in TW II
    ],
)
def test_the_month_agus_named_only_beside_a_date(note, named):
    # in TW II (1 from 0): the other quarter the note names, None for its own
    found = _reading(Value(text=f"46,6 ({note})"), 1, None, False)
    assert found is not None and found[4] == named


# --- a file saved by Agus ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "rank"),
    [
        ("LKjIP Dinkes TW2 Revisi 2 Agus", 2),  # revision 2, saved by Agus
        ("LKjIP Dinkes TW2 Revisi 3 agus", 3),
        ("LKjIP Dinkes TW2 Revisi 2 Agus 2025", 1),  # 2 Agustus 2025: a date, the revision unnumbered
        ("LKjIP Dinkes TW2 Revisi 2 Agst", 1),  # Agst names no one: the date, as before
    ],
)
def test_a_revision_number_before_agus_is_the_revisions(stem, rank):
    assert revision_rank({"berkas": f"{stem}.xlsx"}) == rank


def test_a_revision_dated_agus_with_its_year_goes_with_the_mark():
    assert without_revision_words(["dinas", "kesehatan", "revisi", "2", "agus", "2025"]) == [
        "dinas",
        "kesehatan",
    ]
    # the person stays the name's: nothing dropped but what is a mark's
    assert without_revision_words(["dinas", "kesehatan", "revisi", "2", "agus"]) == [
        "dinas",
        "kesehatan",
        "revisi",
        "2",
        "agus",
    ]


def test_of_two_revisions_saved_by_agus_the_higher_number_counts(tmp_path):
    # "Revisi 2 Agus" extracted first, "Revisi 1 Agus" 60 s later on disk (one extraction: the time on
    # disk tells nothing); the number decides: Revisi 2's pagu 1.200.000.000, not Revisi 1's 1.000.000.000
    first = ("LKjIP Dinkes TW2 Revisi 1 Agus.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    second = ("LKjIP Dinkes TW2 Revisi 2 Agus.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan")
    _, row = _two(tmp_path / "tw2", first, second)
    assert Path(row["berkas"]).name == second[0] and row["pagu"] == 1_200_000_000
