"""Every reader of a month or a quarter takes every spelling one of them took (the union of the tables
test_nama_periode_pins copies): "Realisasi Agustus" and "Realisasi August", "s.d. Juni" and "s.d.
June", "Rilis 30 Sept 2025", "s.d. Trw II" are read alike wherever a month or a quarter is read."""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core.contract import triwulan_from_text
from lkj_xl.core.keterangan_sd import said_quarter
from lkj_xl.core.model import Value
from lkj_xl.core.nama_periode import MONTHS
from lkj_xl.core.narasi_sisa import rencana_bulan
from lkj_xl.core.quarter_title import same_quarter
from lkj_xl.core.rekap_revisi import without_revision_words
from lkj_xl.core.spending_columns import QUARTER, SPENDING, TOTAL_SD, own_column
from lkj_xl.core.tanggal import read_tanggal
from lkj_xl.core.typed_sd import _reading
from lkj_xl.core.unit_checks import number_in_status
from tests.test_nama_periode_pins import _FULL, KETERANGAN, NARASI, REKAP, SPENDING_MONTHS, TANGGAL, UNIT

# The union of the six tables, by hand: tanggal's words (the widest) and narasi_sisa's own three for
# Agustus ("agus", "agst", "agust"); every other table's words are among those
# (test_the_union_holds_every_table).
ALL = {**TANGGAL, 8: f"{TANGGAL[8]} agus agst agust"}


def _new(table: dict[int, str], quarter_ends: bool = False) -> list[tuple[str, int]]:
    """The spellings of ALL a reader's own table lacked (only the quarters' last months: ``quarter_ends``)."""
    return [
        (word, month)
        for month, words in ALL.items()
        for word in words.split()
        if word not in table.get(month // 3 if quarter_ends else month, "").casefold().split()
        and (not quarter_ends or month % 3 == 0)
    ]


def test_the_union_holds_every_table():
    for table in (TANGGAL, SPENDING_MONTHS, NARASI, REKAP, UNIT):
        for month, words in table.items():
            assert set(words.casefold().split()) <= set(ALL[month].split())
    # and the one table every reader reads now holds exactly those
    assert {word: month for month, words in ALL.items() for word in words.split()} == MONTHS


@pytest.mark.parametrize(("word", "month"), _new(TANGGAL))
def test_tanggal_reads_the_other_readers_spellings(word, month):
    # "4 Agst 2025": narasi_sisa's abbreviation of Agustus
    assert read_tanggal(f"4 {word.title()} 2025").day == dt.date(2025, month, 4)


@pytest.mark.parametrize(("word", "month"), _new(SPENDING_MONTHS))
def test_spending_column_of_the_other_readers_spellings(word, month):
    # "Realisasi August" is TW III's: (8 - 1) // 3 + 1 = 3
    assert own_column(f"Realisasi {word.title()}", 2025, SPENDING) == (QUARTER, (month - 1) // 3 + 1)


@pytest.mark.parametrize(("word", "quarter"), [(w, m // 3) for w, m in _new(KETERANGAN, quarter_ends=True)])
def test_keterangan_reads_the_other_readers_spellings(word, quarter):
    # "Realisasi s.d. June": June ends TW II
    assert said_quarter(f"Realisasi s.d. {word.title()}") == quarter


@pytest.mark.parametrize(("word", "month"), _new(NARASI))
def test_narasi_reads_the_other_readers_spellings(word, month):
    teks = f"Pameran produk UMKM akan dilaksanakan pada bulan {word.title()} 2025."
    assert rencana_bulan(teks, 4, False, None, 2025) == [f"rencana untuk bulan {_FULL[month - 1]} 2025"]


@pytest.mark.parametrize(("word", "month"), _new(REKAP))
def test_rekap_revision_dated_by_the_other_readers_spellings(word, month):
    # "Revisi 2 Agst" is a date; "Agus" with its year only ("Revisi 2 Agus" was saved by Agus:
    # test_nama_periode_given_names)
    year = ["2025"] if word == "agus" else []
    assert without_revision_words(["dinas", "kesehatan", "revisi", "2", word, *year]) == [
        "dinas",
        "kesehatan",
    ]


@pytest.mark.parametrize(("word", "month"), _new(UNIT))
def test_unit_checks_day_before_the_other_readers_spellings(word, month):
    # "Rilis 30 Sept 2025" named 30 as the figure the status holds
    assert number_in_status(f"Rilis 30 {word.title()} 2025") == ""


def test_typed_sd_note_of_a_month_abbreviated_otherwise():
    # "s.d. Agst" in TW IV (quarter 3 from 0) names TW III: (8 - 1) // 3 = 2
    found = _reading(Value(text="55 (s.d. Agst)"), 3, None, False)
    assert found is not None and found[4] == 2


@pytest.mark.parametrize("note", ["s.d. Trw I", "s.d. Triw. I"])
def test_typed_sd_note_of_a_quarter_word_spelt_otherwise(note):
    found = _reading(Value(text=f"55 ({note})"), 2, None, False)  # in TW III, naming TW I (0)
    assert found is not None and found[4] == 0


@pytest.mark.parametrize(
    ("note", "quarter"),
    [
        ("Realisasi s.d. Trw II", 2),
        ("Realisasi s.d. Triw. III", 3),
        ("Realisasi s.d. Sem I", 2),  # Semester I ends with TW II
        ("Realisasi s.d. Sem. 2", 4),
        ("kumulatif January-June", 2),
    ],
)
def test_keterangan_quarter_words_of_the_other_readers(note, quarter):
    assert said_quarter(note) == quarter


def test_spending_column_triw():
    assert own_column("SP2D Triw 2", 2025, SPENDING) == (QUARTER, 2)
    assert own_column("Realisasi Jan s.d. June", 2025, SPENDING) == (TOTAL_SD, 2)


def test_pengaturan_triw():
    assert triwulan_from_text("Triw II") == 2
    assert triwulan_from_text("Triw. 3") == 3


def test_quarter_title_trw():
    assert same_quarter("Realisasi TW II", ["Realisasi Trw 2"]) == ' (maksud Anda "Realisasi Trw 2"?)'


@pytest.mark.parametrize("text", ["direkap di Sem 2", "direkap di Triw. 4"])
def test_unit_checks_quarter_number_after_the_other_readers_words(text):
    # "direkap di TW 4" holds no figure (4 is the quarter); nor does "Sem 2" (the half year)
    assert number_in_status(text) == ""
    assert number_in_status("direkap di TW 4") == ""


def test_narasi_this_quarter_as_triw():
    from lkj_xl.core.narasi_pola import _KINI_TRIWULAN

    assert _KINI_TRIWULAN.search("capaian pada triw ini meningkat")


def test_narasi_half_year_as_sem():
    from lkj_xl.core.narasi_pola import _PERIODE_SEMESTER, _SEMESTER

    # "Sem. I" names Semester I as "Smt. I" does; "semi" names none
    assert _PERIODE_SEMESTER.search("Laporan Kinerja Sem. I Tahun 2025")
    assert _SEMESTER.search("pada Sem 2 capaian meningkat")
    assert not _SEMESTER.search("bangunan semi permanen 1 unit")


def test_narasi_range_of_quarters_ending_in_triw():
    from lkj_xl.core.narasi_tahun import _DARI_AWAL

    # its first quarter already took "Triw"; the last one is read alike
    assert _DARI_AWAL.sub("Triwulan I – ", "pada Triwulan I s.d. Triw IV") == "pada Triwulan I – Triw IV"


@pytest.mark.parametrize("label", ["trw ii:", "triw. 2 =", "sem. i:"])
def test_unit_checks_figure_label_of_the_other_readers_words(label):
    from lkj_xl.core.unit_checks import _LABEL_ONLY

    # "Trw II: 13,8" names its figure as "TW II: 13,8" does
    assert _LABEL_ONLY.fullmatch(label)
    assert _LABEL_ONLY.fullmatch("tw ii:")


@pytest.mark.parametrize("word", ["Semester", "Smt.", "Sem."])
def test_narasi_half_year_as_sem_passes_the_look_for_a_period(word):
    from lkj_xl.core.narasi import triwulan_lain

    # a Semester II report's Narasi left from Semester I, no year written: "Sem. I" names it as "Smt. I"
    # does (narasi's cheap look for a period word, merged from main, knew no "Sem")
    teks = f"Laporan Kinerja {word} I disusun sebagai bentuk pertanggungjawaban."
    assert triwulan_lain(teks, 4, semester=2) == ["Semester I"]
