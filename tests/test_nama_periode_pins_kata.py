"""The quarter and half-year words of the readers that kept their own before periode51 moved them to
lkj_xl.core.nama_periode (angka_teks, nama_negatif, parse_analisis, rekap_nama_folder,
rekap_pemda_kosong, rekap_singkatan, pengaturan_nilai, numbers, rekap_revisi, rekap_tahun_nama,
keterangan_sd's label): each spelling each took, copied by
hand from its own pattern, and some each refuses. They pass on main before the move and after it
(test_nama_periode_union_kata: the spellings each gained)."""

from __future__ import annotations

import pytest

from lkj_xl.core.angka_teks import _DISEBUT, _lain
from lkj_xl.core.keterangan_sd import said_quarter
from lkj_xl.core.model import Settings
from lkj_xl.core.nama_negatif import _PLACE
from lkj_xl.core.parse_analisis import _near_miss
from lkj_xl.core.pengaturan_nilai import tahunan_why
from lkj_xl.core.rasio_ketik import ratio_row
from lkj_xl.core.rekap_nama_folder import PERIOD_FOLDER, archive_folder, no_agency
from lkj_xl.core.rekap_pemda_kosong import _period
from lkj_xl.core.rekap_revisi import without_revision, without_revision_words
from lkj_xl.core.rekap_singkatan import _around
from lkj_xl.core.rekap_tahun_nama import without_year

TW2 = Settings(tahun=2025, triwulan=2)


def another_figure(text: str) -> bool | None:
    """Whether angka_teks takes the percentage after "capaian" in ``text`` for another period's (True: no
    peringatan), or its own (False); None when no such figure is read at all."""
    found = _DISEBUT.search(text)
    return None if found is None else _lain(found, TW2)


# angka_teks._BANDING: "triwulan|trw|tw|semester" between "capaian" and its figure (narasi58: Semester II,
# as Semester I is the Triwulan II report's own, TW I-II)
@pytest.mark.parametrize("word", ["triwulan I", "TW I", "Trw I", "Semester II", "TW-I", "Triwulan ke-1"])
def test_angka_teks_period_word_before_the_figure(word):
    assert another_figure(f"Capaian pada {word} sebesar 85%") is True


# angka_teks._PERIODE_LAIN: "triwulan|trw|tw" after the figure, up to the sentence's end
@pytest.mark.parametrize("word", ["triwulan I", "TW I", "Trw I", "tw.1"])
def test_angka_teks_period_word_after_the_figure(word):
    assert another_figure(f"Capaian 85% pada {word}") is True


def test_angka_teks_reads_its_own_figure():
    assert another_figure("Capaian sebesar 85% dari target") is False
    assert another_figure("Capaian sebesar 85% sesuai rencana") is False


# nama_negatif._PLACE_ENDS: a place's name ends before "tw|triwulan|semester|bulan"
@pytest.mark.parametrize("word", ["tw ii", "triwulan ii", "semester i", "bulan juni"])
def test_nama_negatif_place_ends_at_a_period_word(word):
    text = f"persentase penduduk miskin di kabupaten lumajang {word}"
    assert _PLACE.search(text).group() == "di kabupaten lumajang"


class _Reader:
    """The one method _near_miss calls of a CellReader: what it adds, by cell."""

    def __init__(self) -> None:
        self.said: dict[str, str] = {}

    def add(self, severity: str, ref: str, message: str) -> None:
        self.said[ref] = message


def quarter_target_said(label: str) -> bool:
    """Whether parse_analisis says the column ``label`` is a per-quarter (half-year) target not read."""
    reader = _Reader()
    _near_miss(reader, "P3", label, 2025)  # type: ignore[arg-type]
    return "capaian dihitung terhadap Target tahunan" in reader.said.get("P3", "")


# parse_analisis._QUARTER_TARGET: "target (s d |sd )?(tw|triwulan|trw|q) ?(i..iv|1..4)" and
# "(semester|smt|sem) ?(i|ii|1|2)", on the header's words without punctuation
@pytest.mark.parametrize(
    "label",
    [
        "Target TW II",
        "Target Triwulan 2",
        "Target s.d. TW II",
        "Target Trw 3",
        "Target Q2",
        "Target TWII",
        "Target TW-IV",
        "Target Semester I",
        "Target Smt 2",
        "Target Sem. 1",
        "Target s/d Semester II",
    ],
)
def test_parse_analisis_quarter_target_column(label):
    assert quarter_target_said(label)


@pytest.mark.parametrize("label", ["Target", "Target Renstra", "Target TW V", "Target Semester III"])
def test_parse_analisis_no_quarter_target_column(label):
    assert not quarter_target_said(label)


# rekap_nama_folder.PERIOD_FOLDER: "(tw|triwulan|semester|smt)[\W_]*([ivx]+|\d)" or a year
@pytest.mark.parametrize(
    ("name", "period"),
    [
        ("TW II", ("tw", "2")),
        ("Triwulan 2", ("tw", "2")),
        ("TWII", ("tw", "2")),
        ("TW_II", ("tw", "2")),
        ("tw-iii Susulan", ("tw", "3")),
        ("01 TW III", ("tw", "3")),
        ("Semester I", ("semester", "1")),
        ("Smt 2", ("semester", "2")),
        ("2025", ("tahun", "2025")),
    ],
)
def test_rekap_period_folder(name, period):
    assert PERIOD_FOLDER.match(name) and no_agency(name)
    # rekap_pemda_kosong._PERIOD_NAMED: the same folder's period
    assert _period(name) == period


@pytest.mark.parametrize("name", ["Dinas Kesehatan", "Triwulanan", "Twitter", "Semesta"])
def test_rekap_no_period_folder(name):
    assert not PERIOD_FOLDER.match(name)
    assert _period(name) == ("", name.casefold())


# rekap_nama_folder._REPORT_NAME_WORDS: "tw", "triwulan", "semester", "smt" before "Arsip"
@pytest.mark.parametrize("name", ["LKjIP TW II Arsip", "Laporan Triwulan 2 Arsip", "LKjIP Smt 1 Arsip"])
def test_rekap_archive_named_after_period_words(name):
    assert archive_folder(name)


def test_rekap_archive_word_after_an_agency_s_name():
    assert not archive_folder("Disperpusip Arsip")


# rekap_singkatan._AROUND: "(tw|trw|triwulan|smt|semester|sem)\d*" and a numeral's own word
@pytest.mark.parametrize(
    "words",
    [["lkjip", "tw", "ii"], ["trw", "2"], ["triwulan2"], ["smt1"], ["sem"], ["semester", "ll"]],
)
def test_rekap_singkatan_period_words_around(words):
    assert _around(words)


@pytest.mark.parametrize("words", [["tw", "hewan"], ["twitter"], ["semesta"]])
def test_rekap_singkatan_other_words_not_around(words):
    assert not _around(words)


class _Cell:
    def __init__(self, value: str) -> None:
        self.value = value


# pengaturan_nilai._OTHER_QUARTER: "(triwulan|tw|kuartal|q)" before a quarter other than IV
@pytest.mark.parametrize("typed", ["Tahunan (Triwulan II)", "Tahunan (TW 2)", "Tahunan (Kuartal 3)"])
def test_pengaturan_tahunan_beside_another_quarter_is_no_advice(typed):
    assert tahunan_why(_Cell(typed), 2025) is None  # (its galat names both)


def test_pengaturan_tahunan_beside_its_quarter_is_advised():
    assert "untuk laporan tahunan tulis Tahunan" in tahunan_why(_Cell("Tahunan (Triwulan IV)"), 2025)


# rasio_ketik._PERIOD: a rate per "triwulan" or "semester" is no ratio
@pytest.mark.parametrize("satuan", ["orang/triwulan", "kunjungan per semester", "dokumen/bulan"])
def test_numbers_rate_per_period_is_no_ratio(satuan):
    assert not ratio_row(satuan)


def test_numbers_ratio():
    assert ratio_row("murid/guru")


# rekap_revisi._WORD and _RUN_WORDS: "tw", "triwulan" in a revision's bracket or run of marks
@pytest.mark.parametrize("name", ["Dinas Kesehatan (TW II Revisi)", "Dinas Kesehatan (Triwulan 2 Revisi)"])
def test_rekap_revisi_bracket_of_a_quarter(name):
    assert without_revision(name) == "Dinas Kesehatan"


def test_rekap_revisi_run_of_a_quarter():
    assert without_revision_words(["dinas", "kesehatan", "tw", "ii", "revisi"]) == ["dinas", "kesehatan"]


# rekap_tahun_nama._START: "tahun", "ta", "tw", "triwulan", "semester", "smt" begin a year's tail
@pytest.mark.parametrize("tail", ["tw ii 2025", "triwulan 2 2025", "semester i 2025", "smt i 2025", "2025"])
def test_rekap_tahun_nama_tail_of_period_words(tail):
    assert without_year(f"dinas kesehatan {tail}") == "dinas kesehatan"


# keterangan_sd._LABEL: "tw II:" before the up-to ("TW II: s.d. Juni 45")
def test_keterangan_sd_quarter_label_before_its_up_to():
    assert said_quarter("TW II: s.d. Juni 45") == 2
    assert said_quarter("Bulan II: s.d. Juni 45") is None
