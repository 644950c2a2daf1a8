"""Every reader of test_nama_periode_pins_kata takes the quarter and half-year words the others took
(lkj_xl.core.nama_periode's QUARTER_WORD and HALF_WORD: "Triwulan", "Triw.", "Trw", "TW", "Semester",
"Smt", "Sem"), their number in words where a number is read ("Triwulan ke-2", "Triwulan Kedua"), and,
where periods are looked for in a text, the word with "di" typed against it ("ditriwulan I", "ditw II":
"di triwulan" joined by mistake)."""

from __future__ import annotations

import pytest

from lkj_xl.core.angka_teks import AKHIR
from lkj_xl.core.keterangan_sd import said_quarter
from lkj_xl.core.model import Value
from lkj_xl.core.nama_negatif import _PLACE
from lkj_xl.core.narasi import ada_periode, triwulan_lain
from lkj_xl.core.pengaturan_nilai import tahunan_why
from lkj_xl.core.rasio_ketik import ratio_row
from lkj_xl.core.rekap_nama_folder import PERIOD_FOLDER, archive_folder, no_agency
from lkj_xl.core.rekap_pemda_kosong import _period
from lkj_xl.core.rekap_revisi import without_revision, without_revision_words
from lkj_xl.core.rekap_singkatan import _around
from lkj_xl.core.rekap_tahun_nama import without_year
from lkj_xl.core.spending_columns import QUARTER, SPENDING, TOTAL_SD, own_column
from lkj_xl.core.typed_sd import _reading
from lkj_xl.core.unit_checks import number_in_status
from tests.test_analisis_periode_lain import _report
from tests.test_nama_periode_pins_kata import _Cell, another_figure, quarter_target_said


@pytest.mark.parametrize("word", ["Triw I", "triw.1", "Smt II", "Sem 2"])
def test_angka_teks_other_period_words_before_the_figure(word):
    # "Capaian pada Smt II sebesar 85%" in a Triwulan II report is Semester II's figure, as "pada Semester
    # II" (narasi58: Semester I, TW I-II, is the Triwulan II report's own figure up to TW II, compared)
    assert another_figure(f"Capaian pada {word} sebesar 85%") is True


@pytest.mark.parametrize("word", ["Triw. I", "Semester II", "Smt. II", "Sem 2"])
def test_angka_teks_other_period_words_after_the_figure(word):
    # "Capaian 85% pada Triw. I" names another period than the report's, as "pada Trw I" did
    assert another_figure(f"Capaian 85% pada {word}") is True


@pytest.mark.parametrize(
    ("teks", "said"),
    [
        ("Capaian ditriwulan I sebesar 70%.", False),
        ("Capaian ditw I sebesar 70%.", False),
        ("Capaian di triwulan I sebesar 70%.", False),
        ("Capaian sebesar 70% ditriwulan I.", False),
        ("Capaian sebesar 70%.", True),  # this quarter's: 68 / 80 = 85 %, not 70
    ],
)
def test_angka_teks_period_typed_di_joined(teks, said):
    # S1's indicator: target 80, TW II 68, capaian 68 / 80 = 85 %; "ditriwulan I" names Triwulan I's
    # figure as "di triwulan I" does, so its 70 % is not said to contradict the table's 85 %
    report = _report(2, "Upaya / Solusi", teks)
    angka = [f.pesan for f in report.findings if f.pesan.endswith(AKHIR)]
    assert bool(angka) is said
    if said:
        assert angka[0].startswith("Upaya / Solusi menyebut capaian 70%, padahal yang dihitung untuk S1:")


def test_angka_teks_still_reads_its_own_figure():
    # words that merely begin as a period word do not silence it
    assert another_figure("Capaian sebesar 85% sesuai twitter dinas") is False
    assert another_figure("Capaian sebesar 85% dari semua kegiatan") is False


@pytest.mark.parametrize("word", ["trw ii", "triw. ii", "smt i", "sem. i"])
def test_nama_negatif_place_ends_at_the_other_period_words(word):
    # "di kabupaten lumajang trw ii" took "trw ii" as the place's name
    text = f"persentase penduduk miskin di kabupaten lumajang {word}"
    assert _PLACE.search(text).group() == "di kabupaten lumajang"


@pytest.mark.parametrize(
    "label",
    [
        "Target Triw. II",
        "Target Triwulan ke-2",
        "Target TW ke 3",
        "Target Triwulan Kedua",
        "Target Trw Keempat",
        "Target Semester Pertama",
        "Target s.d. Sem Kedua",
    ],
)
def test_parse_analisis_quarter_target_column_of_the_other_words(label):
    # "Target Triw. II" was said a column not recognised (or nothing at all), not a per-quarter target
    assert quarter_target_said(label)


@pytest.mark.parametrize("label", ["Target Triwulan Kelima", "Target Semester Ketiga", "Target Trw V"])
def test_parse_analisis_no_quarter_of_those_words(label):
    assert not quarter_target_said(label)


@pytest.mark.parametrize(
    ("name", "period"),
    [
        ("Trw II", ("tw", "2")),
        ("Triw. 3", ("tw", "3")),
        ("Triwulan ke-2", ("tw", "2")),
        ("TW ke 4", ("tw", "4")),
        ("Triwulan Kedua", ("tw", "2")),
        ("Triwulan Ketiga Susulan", ("tw", "3")),
        ("Sem 1", ("semester", "1")),
        ("Semester Kedua", ("semester", "2")),
    ],
)
def test_rekap_period_folder_of_the_other_words(name, period):
    # "Trw II/" was taken for an agency's folder, and its period was not told from "TW II/"'s
    assert PERIOD_FOLDER.match(name) and no_agency(name)
    assert _period(name) == period


@pytest.mark.parametrize("name", ["LKjIP Trw II Arsip", "LKjIP Triw 2 Arsip", "LKjIP Sem 1 Arsip"])
def test_rekap_archive_named_after_the_other_period_words(name):
    assert archive_folder(name)


@pytest.mark.parametrize("words", [["triw", "ii"], ["triw2"], ["twii"], ["trwii"], ["smtii"], ["sem2"]])
def test_rekap_singkatan_other_period_words_around(words):
    # "LKjIP Dinsos Triw II.xlsx": Triw is the period's word, no agency's
    assert _around(words)


@pytest.mark.parametrize("words", [["semi"], ["twitter"], ["semesta"], ["trwhewan"]])
def test_rekap_singkatan_still_not_around(words):
    assert not _around(words)


def test_pengaturan_tahunan_beside_another_quarter_in_the_other_words():
    # "Tahunan (Trw Kedua)" names Triwulan II beside the year's report, as "Tahunan (Triwulan II)" does
    assert tahunan_why(_Cell("Tahunan (Trw Kedua)"), 2025) is None
    assert tahunan_why(_Cell("Tahunan (Triw. Kedua)"), 2025) is None
    # ... and "Triwulan IV" is never read as "Triw" before "ulan IV"
    assert "tulis Tahunan" in tahunan_why(_Cell("Tahunan (Triwulan IV)"), 2025)


@pytest.mark.parametrize("satuan", ["orang/tw", "orang/trw", "kunjungan per triw", "dokumen/smt"])
def test_numbers_rate_per_period_in_the_other_words(satuan):
    # "orang/tw" is a count per quarter, as "orang/triwulan": no ratio
    assert not ratio_row(satuan)


@pytest.mark.parametrize("text", ["direkap ditw 4", "direkap ditriwulan 4", "direkap disemester 2"])
def test_unit_checks_quarter_number_after_di_joined(text):
    # "direkap di triwulan 4" holds no figure (4 is the quarter); typed joined, neither
    assert number_in_status(text) == ""
    assert number_in_status("direkap di triwulan 4") == ""


def test_keterangan_quarter_after_di_joined():
    # "kumulatif ditriwulan II" says the running total of TW II, as "kumulatif di triwulan II"
    assert said_quarter("Realisasi diisi kumulatif ditriwulan II") == 2
    assert said_quarter("Realisasi diisi kumulatif di triwulan II") == 2


@pytest.mark.parametrize("word", ["ditriwulan I", "ditw I", "ditrw. I"])
def test_narasi_names_a_quarter_typed_di_joined(word):
    # in Triwulan II, "Capaian di triwulan I sebesar 80%" names Triwulan I; typed joined, so does it
    assert triwulan_lain("Capaian di triwulan I sebesar 80%", 2) == ["Triwulan I"]
    teks = f"Capaian {word} sebesar 80%"
    assert ada_periode(teks.replace("80", "delapan puluh"))  # the first look, without a year's figures
    assert triwulan_lain(teks, 2) == ["Triwulan I"]


def test_narasi_di_joined_half_year():
    # a Semester II report's Narasi: "disemester I" names Semester I as "di semester I" does
    teks = "Laporan Kinerja disemester I disusun sebagai bentuk pertanggungjawaban."
    assert triwulan_lain(teks.replace("disemester", "di semester"), 4, semester=2) == ["Semester I"]
    assert triwulan_lain(teks, 4, semester=2) == ["Semester I"]


def test_narasi_words_beginning_with_di_and_a_period_word_name_none():
    # (the first look may let them by, as it lets "twitter" by: the patterns after it want a number)
    assert triwulan_lain("Promosi produk UMKM ditwitter dinas I", 2) == []
    assert triwulan_lain("Lahan disemprot 2 kali pada bulan ini", 2) == []


@pytest.mark.parametrize(
    "name",
    [
        "Dinas Kesehatan (Trw II Revisi)",
        "Dinas Kesehatan (Semester I Revisi)",
        "Dinas Kesehatan (Sem 1 Revisi)",
    ],
)
def test_rekap_revisi_bracket_of_the_other_period_words(name):
    # "(Trw II Revisi)" was left in the agency's name, as if part of it
    assert without_revision(name) == "Dinas Kesehatan"


@pytest.mark.parametrize("words", [["trw", "ii"], ["triw", "2"], ["smt", "i"], ["semester", "1"]])
def test_rekap_revisi_run_of_the_other_period_words(words):
    assert without_revision_words(["dinas", "kesehatan", *words, "revisi"]) == ["dinas", "kesehatan"]


@pytest.mark.parametrize("tail", ["trw ii 2025", "triw ii 2025", "sem 1 2025"])
def test_rekap_tahun_nama_tail_of_the_other_period_words(tail):
    # "Dinas Kesehatan Trw II 2025" kept "trw ii" in the agency's name
    assert without_year(f"dinas kesehatan {tail}") == "dinas kesehatan"


@pytest.mark.parametrize("label", ["Trw II", "Triw. II", "Tw. II", "Triwulan II"])
def test_keterangan_sd_other_quarter_label_before_its_up_to(label):
    assert said_quarter(f"{label}: s.d. Juni 45") == 2


# The quarter's number joined to its word, after a dash, after "ke", or as an ordinal ("TWII", "TW-II",
# "Triwulan ke-2", "Triwulan Kedua") in the readers of a column's title, a Keterangan and a note beside
# a figure, as Pengaturan's Triwulan and the Narasi read them.
OTHER_NUMBERS = ["TWII", "TW-II", "Trw-2", "Triwulan ke-2", "TW ke 2", "Triwulan Kedua", "Triw. Kedua"]


@pytest.mark.parametrize("word", OTHER_NUMBERS)
def test_spending_column_of_a_quarter_numbered_otherwise(word):
    # "Realisasi Triwulan Kedua" is TW II's own column, as "Realisasi Triwulan II"
    assert own_column(f"Realisasi {word}", 2025, SPENDING) == (QUARTER, 2)
    assert own_column(f"Realisasi s.d. {word}", 2025, SPENDING) == (TOTAL_SD, 2)


@pytest.mark.parametrize("word", ["Semester Kedua", "Smt ke-2", "SmtII"])
def test_spending_column_of_a_half_year_numbered_otherwise(word):
    assert own_column(f"Realisasi s.d. {word}", 2025, SPENDING) == (TOTAL_SD, 4)  # s.d. Semester II: TW IV


@pytest.mark.parametrize("title", ["Realisasi Triwulan Kelima", "Realisasi TW ke", "Realisasi Kedua"])
def test_spending_column_of_no_quarter(title):
    assert own_column(title, 2025, SPENDING) is None


@pytest.mark.parametrize("word", OTHER_NUMBERS)
def test_keterangan_quarter_numbered_otherwise(word):
    assert said_quarter(f"Realisasi s.d. {word}") == 2
    assert said_quarter(f"nilai {word} adalah akumulasi") == 2


@pytest.mark.parametrize("word", OTHER_NUMBERS)
def test_typed_sd_note_of_a_quarter_numbered_otherwise(word):
    # "55 (s.d. Triwulan Kedua)" in TW III names TW II (1, counted from 0), as "s.d. TW II" does
    found = _reading(Value(text=f"55 (s.d. {word})"), 2, None, False)
    assert found is not None and found[4] == 1


@pytest.mark.parametrize("word", ["TWII", "TwII", "Trw2", "TW.II"])
def test_narasi_names_a_quarter_joined_to_its_number(word):
    # in Triwulan III, "Capaian TW II sebesar 80%" names Triwulan II; typed joined, so does it
    assert triwulan_lain(f"Capaian pada {word} sebesar 80%", 3) == ["Triwulan II"]


@pytest.mark.parametrize(
    "teks", ["Promosi melalui Twitter dinas 2 kali", "Program TWIN 2 berjalan", "Triwulanan 2 kali"]
)
def test_narasi_words_beginning_as_a_quarter_word_name_none(teks):
    assert triwulan_lain(teks, 3) == []
