"""Each reader's months and quarter words as it read them before they were kept in one module
(lkj_xl.core.nama_periode): every spelling each accepted, and some each refuses. The spellings are
copied by hand from each module's own table (tanggal._MONTHS, spending_columns._MONTHS,
keterangan_sd._MONTHS, narasi_sisa._EJAAN with dates.BULAN, rekap_revisi._MONTHS,
unit_checks._MONTH_AFTER) so that merging them cannot change an answer silently."""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core.contract import triwulan_from_text
from lkj_xl.core.keterangan_sd import said_quarter
from lkj_xl.core.model import Value
from lkj_xl.core.narasi_sisa import rencana_bulan
from lkj_xl.core.pengaturan_nilai import half_year_why
from lkj_xl.core.quarter_title import same_quarter
from lkj_xl.core.rekap_revisi import without_revision_words
from lkj_xl.core.spending_columns import QUARTER, SPENDING, TOTAL_SD, own_column
from lkj_xl.core.tanggal import month_number, read_tanggal
from lkj_xl.core.typed_sd import _reading
from lkj_xl.core.unit_checks import number_in_status

_FULL = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September")
_FULL += ("Oktober", "November", "Desember")

# tanggal._MONTHS: Indonesian, the old spellings, abbreviations, English.
TANGGAL = {
    1: "januari january jan",
    2: "februari pebruari february feb peb",
    3: "maret march mar",
    4: "april apr",
    5: "mei may",
    6: "juni june jun",
    7: "juli july jul",
    8: "agustus august agu agt ags aug",
    9: "september sep sept",
    10: "oktober october okt oct",
    11: "november nopember nov nop",
    12: "desember december des dec",
}
# spending_columns._MONTHS: no English, no Nopember.
SPENDING_MONTHS = {
    1: "januari jan",
    2: "februari pebruari feb peb",
    3: "maret mar",
    4: "april apr",
    5: "mei",
    6: "juni jun",
    7: "juli jul",
    8: "agustus agu agt ags",
    9: "september sep sept",
    10: "oktober okt",
    11: "november nov nop",
    12: "desember des",
}
# narasi_sisa: dates.BULAN and _EJAAN (no "ags", no "aug"; "agus", "agst", "agust" its own).
NARASI = {
    1: "Januari jan january",
    2: "Februari feb peb pebruari february",
    3: "Maret mar march",
    4: "April apr",
    5: "Mei may",
    6: "Juni jun june",
    7: "Juli jul july",
    8: "Agustus agt agu agus agst agust august",
    9: "September sep sept",
    10: "Oktober okt oct october",
    11: "November nov nop nopember",
    12: "Desember des dec december",
}
# rekap_revisi._MONTHS: tanggal's words without Nopember.
REKAP = {m: " ".join(w for w in words.split() if w != "nopember") for m, words in TANGGAL.items()}
# unit_checks._MONTH_AFTER: the full names, and jan feb mar apr jun jul agu agt sep okt nov des
# (a word boundary after each: "sept" was not one, nor Pebruari or Nopember).
UNIT = {m: name.casefold() for m, name in enumerate(_FULL, start=1)}
for _m, _w in (
    (1, "jan"),
    (2, "feb"),
    (3, "mar"),
    (4, "apr"),
    (6, "jun"),
    (7, "jul"),
    (8, "agu"),
    (8, "agt"),
):
    UNIT[_m] += f" {_w}"
for _m, _w in ((9, "sep"), (10, "okt"), (11, "nov"), (12, "des")):
    UNIT[_m] += f" {_w}"
# keterangan_sd._MONTHS: the last month of each quarter only.
KETERANGAN = {1: "mar maret", 2: "jun juni", 3: "sep sept september", 4: "des desember"}

# Words no reader takes for a month.
NO_MONTH = ("Juno", "Ag", "Dst", "Agustusan", "Desa")


def _pairs(table: dict[int, str]) -> list[tuple[str, int]]:
    return [(word, month) for month, words in table.items() for word in words.split()]


@pytest.mark.parametrize(("word", "month"), _pairs(TANGGAL))
def test_tanggal_reads_each_of_its_spellings(word, month):
    assert month_number(word) == month
    assert month_number(f"{word.title()}.") == month  # "Agt." as abbreviated
    assert read_tanggal(f"4 {word.title()} 2025").day == dt.date(2025, month, 4)
    assert read_tanggal(f"{word.upper()} 2025").month == (2025, month)  # the day left to be written


@pytest.mark.parametrize("word", NO_MONTH)
def test_tanggal_refuses_other_words(word):
    assert month_number(word) is None
    assert read_tanggal(f"4 {word} 2025") == read_tanggal("")


@pytest.mark.parametrize(("word", "month"), _pairs(SPENDING_MONTHS))
def test_spending_column_of_each_month_is_its_quarters(word, month):
    # a month's column holds part of its quarter: Juni (6) is TW II, (6 - 1) // 3 + 1 = 2
    assert own_column(f"Realisasi {word.title()}", 2025, SPENDING) == (QUARTER, (month - 1) // 3 + 1)
    # "Januari s.d. <month>" is a total s.d. the quarter the month ends, none for a month inside one
    expected = (TOTAL_SD, month // 3) if month % 3 == 0 else None
    assert own_column(f"Realisasi Januari s.d. {word.title()}", 2025, SPENDING) == expected


@pytest.mark.parametrize("word", NO_MONTH)
def test_spending_column_of_no_month_is_none(word):
    assert own_column(f"Realisasi {word}", 2025, SPENDING) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("SP2D TW 2", (QUARTER, 2)),
        ("SP2D Triwulan II", (QUARTER, 2)),
        ("SP2D Trw 2", (QUARTER, 2)),
        ("Realisasi s.d. Semester I", (TOTAL_SD, 2)),  # Semester I is s.d. TW II
        ("Realisasi Smt 2", (TOTAL_SD, 4)),  # Semester II's figure, s.d. TW IV
        ("Realisasi Sem 1", (TOTAL_SD, 2)),
        ("Realisasi Jan s.d. Sept", (TOTAL_SD, 3)),  # September ends TW III
    ],
)
def test_spending_column_quarter_words(label, expected):
    assert own_column(label, 2025, SPENDING) == expected


@pytest.mark.parametrize(("word", "quarter"), _pairs(KETERANGAN))
def test_keterangan_reads_a_quarters_last_month(word, quarter):
    assert said_quarter(f"Realisasi s.d. {word.title()}") == quarter
    assert said_quarter(f"TW {quarter} diisi kumulatif s.d. {word}") == quarter


@pytest.mark.parametrize("word", ["Mei", "Agustus", "Juno", "Januari"])
def test_keterangan_reads_no_month_inside_a_quarter(word):
    assert said_quarter(f"Realisasi s.d. {word}") is None


@pytest.mark.parametrize(
    ("note", "quarter"),
    [
        ("realisasi s/d TW II", 2),
        ("Realisasi s.d. TW 2", 2),
        ("Realisasi s.d. Triwulan III", 3),
        ("Realisasi s.d. tw.4", 4),
        ("Realisasi s.d. Semester I", 2),  # Semester I ends with TW II
        ("Realisasi s.d. smt 2", 4),
        ("nilai TW II adalah akumulasi", 2),
        ("kumulatif Jan-Jun", 2),
        ("kumulatif Januari s.d. Sept", 3),
    ],
)
def test_keterangan_quarter_words(note, quarter):
    assert said_quarter(note) == quarter


@pytest.mark.parametrize(("word", "month"), _pairs(NARASI))
def test_narasi_reads_each_of_its_spellings(word, month):
    teks = f"Pameran produk UMKM akan dilaksanakan pada bulan {word} 2025."
    # TW IV: every month of 2025 is covered, the plan for it left over
    assert rencana_bulan(teks, 4, False, None, 2025) == [f"rencana untuk bulan {_FULL[month - 1]} 2025"]


@pytest.mark.parametrize("word", NO_MONTH)
def test_narasi_reads_no_other_word(word):
    teks = f"Pameran produk UMKM akan dilaksanakan pada bulan {word} 2025."
    assert rencana_bulan(teks, 4, False, None, 2025) == []


@pytest.mark.parametrize(("word", "month"), _pairs(REKAP))
def test_rekap_revision_dated_by_each_month(word, month):
    # "Revisi 2 Juli": a date (2 July), not revision 2; the date goes with its mark
    words = ["dinas", "kesehatan", "revisi", "2", word]
    assert without_revision_words(words) == ["dinas", "kesehatan"]


@pytest.mark.parametrize("word", [w.casefold() for w in NO_MONTH])
def test_rekap_revision_not_dated_by_other_words(word):
    words = ["dinas", "kesehatan", "revisi", "2", word]
    assert without_revision_words(words) == words


@pytest.mark.parametrize(("word", "month"), _pairs(UNIT))
def test_unit_checks_day_before_each_month(word, month):
    # "Rilis 30 Juni 2025": 30 is a day, 2025 a year: no figure in the text
    assert number_in_status(f"Rilis 30 {word.title()} 2025") == ""


@pytest.mark.parametrize("word", NO_MONTH)
def test_unit_checks_number_before_other_words(word):
    assert number_in_status(f"Rilis 30 {word} 2025") == "30"


@pytest.mark.parametrize(
    ("note", "q", "named"),
    [
        # _reading's quarters count from 0 (TW I); "elsewhere" is the other quarter the note names
        ("s.d. TW I", 2, 0),
        ("s.d. Triwulan 2", 2, 1),
        ("s.d. tw.II", 3, 1),
        ("s.d. Maret", 2, 0),  # March ends TW I: (3 - 1) // 3 = 0
        ("s.d. Jun", 2, 1),
        ("s.d. Sept", 3, 2),
        ("s.d. Agt", 3, 2),  # August is TW III's: (8 - 1) // 3 = 2
        ("s.d. Juni", 1, None),  # TW II's own: none elsewhere
    ],
)
def test_typed_sd_note_names_its_quarter(note, q, named):
    found = _reading(Value(text=f"55 ({note})"), q, None, False)
    assert found is not None
    assert found[4] == named


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("TW 2", 2),
        ("Trw II", 2),
        ("Triwulan II", 2),
        ("Tri Wulan 2", 2),
        ("Q2", 2),
        ("ke-3", 3),
        ("Triwulan Ketiga", 3),
        ("Semester I", 2),
        ("Smt 2", 4),
        ("Sem. II", 4),
        ("TW V", None),
    ],
)
def test_pengaturan_triwulan_words(text, quarter):
    assert triwulan_from_text(text) == quarter


@pytest.mark.parametrize("text", ["Januari-Juni", "Jan - Jun", "Jul - Des", "Juli-Desember"])
def test_pengaturan_half_year_by_its_months(text):
    # a half year's six months typed in the Triwulan: told to type Semester I or II
    why = half_year_why(_Cell(text), 2025)
    assert why is not None and "Semester I (Januari-Juni)" in why


def test_pengaturan_months_of_no_half_year():
    assert half_year_why(_Cell("Agustus - Desember"), 2025) is None  # five months: no half year


def test_quarter_title_names_a_numeral_spelt_otherwise():
    assert same_quarter("Realisasi TW II", ["Realisasi TW 2"]) == ' (maksud Anda "Realisasi TW 2"?)'
    assert (
        same_quarter("Realisasi TW II", ["Realisasi Triwulan II"])
        == ' (maksud Anda "Realisasi Triwulan II"?)'
    )
    assert same_quarter("Realisasi TW II", ["Realisasi TW 3"]) == ""


class _Cell:
    """The one field half_year_why reads of a Pengaturan cell."""

    def __init__(self, value: str) -> None:
        self.value = value
