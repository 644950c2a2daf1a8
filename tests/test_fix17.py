"""Small leftovers (fix17), each seen failing on main first.

1. Words after an indicator's Satuan ("3 hari kerja" under Satuan "hari", "3 orang peserta" under
   "orang"): the galat named the Satuan itself as the unknown word ("kata 'hari' tidak dikenal dan tidak
   sesuai Satuan indikator ('hari')"). The figure is still not read (the words after the Satuan may
   change what it counts: "5 dokumen belum selesai"), but the galat names the extra words and the number
   to type.
2. `lkj-xl new --triwulan` took only 1-4 while Pengaturan's dropdown offers Semester I, Semester II and
   Tahunan: a half year's workbook could not be made from the command line.
3. The rekap's duplicate-file warning said "berselisih 0 detik" of copies less than a second apart on
   disk (the same time exactly already read "sama persis").
4. A Semester report said "(triwulan yang dilaporkan)" and "berada setelah triwulan yang dilaporkan" of a
   report of no quarter.
"""

from __future__ import annotations

import openpyxl
import pytest

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT
from lkj_xl.core.numbers import NumberParseError, parse_number
from lkj_xl.core.tables import capaian_tujuan_sasaran as tabel31
from tests.common import example_typed
from tests.test_cli import invoke
from tests.test_engine import kinerja_row, run
from tests.test_mend35i import _said
from tests.test_rekap17 import _two_revisions

# --- 1. words after the Satuan ----------------------------------------------------------------------

AFTER_SATUAN = [
    # (typed, Satuan, the extra words, the number to type)
    ("3 hari kerja", "hari", "kerja", "3"),
    ("3 hari kerja", "Hari", "kerja", "3"),
    ("3 orang peserta", "orang", "peserta", "3"),
    ("12 unit usaha", "Unit", "usaha", "12"),
    ("5 dokumen perencanaan", "Dokumen", "perencanaan", "5"),
    ("1.250 orang pelaku usaha", "Orang", "pelaku usaha", "1.250"),
    ("3hari kerja", "hari", "kerja", "3"),  # the Satuan glued to the digits
    ("523 juta rupiah APBD", "Juta Rupiah", "APBD", "523"),  # the whole Satuan, a scale word in it
    ("7 thn berjalan", "Tahun", "berjalan", "7"),  # the Satuan's abbreviation
]


@pytest.mark.parametrize(("typed", "satuan", "extra", "number"), AFTER_SATUAN)
def test_words_after_the_satuan_are_named_not_the_satuan(typed, satuan, extra, number):
    with pytest.raises(NumberParseError) as raised:
        parse_number(typed, satuan=satuan)
    pesan = str(raised.value)
    assert f"'{extra}'" in pesan and "sesudah Satuan" in pesan
    assert f"Tulis angkanya saja ({number})" in pesan
    # never the Satuan's own word called unknown or not matching the Satuan
    assert "tidak dikenal" not in pesan and "tidak sesuai Satuan" not in pesan


def test_the_satuan_alone_still_reads():
    # the same cells without the extra words: the figure as typed
    assert parse_number("3 hari", satuan="hari").value == 3
    assert parse_number("12 unit", satuan="Unit").value == 12
    assert parse_number("523 juta rupiah", satuan="Juta Rupiah").value == 523


def test_a_word_only_part_of_the_satuan_is_said_so():
    # "3 hari" under Satuan "Hari Kerja": 'hari' is a word of the Satuan, not unknown to it; not read
    # (calendar days or working days?), the number to type is 3
    with pytest.raises(NumberParseError) as raised:
        parse_number("3 hari", satuan="Hari Kerja")
    pesan = str(raised.value)
    assert "tidak dikenal" not in pesan and "Tulis angkanya saja (3)" in pesan
    assert "'Hari Kerja'" in pesan


def test_the_galat_in_the_kinerja_sheet_names_the_extra_word():
    # Kinerja row: Satuan hari, TW I 2, TW II "3 hari kerja": the galat at L2 (TW II) names 'kerja'
    row = kinerja_row("S2", "Sasaran", "", "X", "Jumlah hari layanan", "5", (2, "3 hari kerja", None, None), satuan="hari")  # fmt: skip
    report = run([row], triwulan=2)
    (pesan,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "L2"]
    assert "'kerja'" in pesan and "Tulis angkanya saja (3)" in pesan
    assert "kata 'hari'" not in pesan


# --- 2. `lkj-xl new --triwulan` takes the half years and the year, as Pengaturan does --------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Semester I", "Semester I"),
        ("Semester II", "Semester II"),
        ("semester 2", "Semester II"),  # as staff type it: written as the dropdown offers it
        ("Sem. I", "Semester I"),
        ("Tahunan", "Tahunan"),
        ("tahunan", "Tahunan"),
        ("2", 2),
        ("II", 2),  # a quarter in Roman numerals, as the seed's title writes it
        ("TW 3", 3),
    ],
)
def test_new_writes_the_period_as_the_dropdown_offers_it(tmp_path, typed, written):
    out = tmp_path / "baru.xlsx"
    result = invoke("new", out, "--tahun", 2025, "--triwulan", typed)
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(out)[c.SHEET_PENGATURAN]["B7"].value == written


@pytest.mark.parametrize("typed", ["5", "0", "Semester III", "Semester", "kuartal"])
def test_new_refuses_a_period_pengaturan_does_not_take(tmp_path, typed):
    out = tmp_path / "baru.xlsx"
    result = invoke("new", out, "--triwulan", typed)
    assert result.exit_code == 2, result.output
    assert "--triwulan" in result.output and "Semester I" in result.output
    assert not out.exists()


def test_new_semester_i_then_build_titles_the_tables_semester_i(tmp_path):
    out, built = tmp_path / "baru.xlsx", tmp_path / "hasil.xlsx"
    assert (
        invoke("new", out, "--opd", "Dinas Uji", "--tahun", 2025, "--triwulan", "Semester I").exit_code == 0
    )
    result = invoke("build", out, "-o", built)
    assert result.exit_code == 0, result.output
    title = openpyxl.load_workbook(built)["Capaian Tujuan Sasaran"]["A1"].value
    # Semester I is reported s.d. TW II, a period of its own: no "s.d.", no "Triwulan"
    assert title == "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis Semester I Tahun 2025"


# --- 3. the rekap's duplicate files: copies saved within one second --------------------------------


def test_copies_the_same_second_on_disk_are_said_to_have_the_same_time(tmp_path):
    # two files of Dinas Kesehatan both marked "Revisi", saved by Excel at one moment, the pagu differing
    # (1.000.000.000 against 1.200.000.000), the same time on disk: "sama persis" (main said so already)
    said = _said(_two_revisions(tmp_path / "tw2", first_disk=1_751_000_000), "Perangkat daerah ganda")
    assert "waktu berkasnya di disk sama persis" in said and "berselisih" not in said


@pytest.mark.parametrize("first_disk", [1_751_000_000.4, 1_750_999_999.6])
def test_copies_within_one_second_on_disk_are_never_said_0_seconds_apart(tmp_path, first_disk):
    # the same two files 0,4 s apart on disk (st_mtime keeps fractions of a second; Excel saving both
    # copies in one second): main said "berselisih 0 detik". The later on disk still counts, so the
    # times are not "sama persis": "kurang dari 1 detik"
    result = _two_revisions(tmp_path / "tw2", first_disk=first_disk)
    said = _said(result, "Perangkat daerah ganda")
    assert "waktu berkasnya di disk hanya berselisih kurang dari 1 detik" in said
    assert "0 detik" not in said
    assert "tidak pasti mana yang terbaru" in said and "isinya berbeda" in said


# --- 4. a half year's report names its own period, not "triwulan yang dilaporkan" ------------------


def _two_rows(triwulan):
    # T1: TW I 25, TW II blank, TW III 30, TW IV 10 (later quarters shown greyed); S1: TW I 25, TW II 5
    rows = [
        kinerja_row(
            "T1",
            "Tujuan",
            "",
            "Tujuan",
            "Jumlah A",
            "100",
            (25, None, 30, 10),
            satuan="orang",
            jenis="Kumulatif",
        ),  # fmt: skip
        kinerja_row(
            "S1",
            "Sasaran",
            "T1",
            "Sasaran",
            "Jumlah B",
            "100",
            (25, 5, None, None),
            satuan="orang",
            jenis="Kumulatif",
        ),  # fmt: skip
    ]
    return run(rows, triwulan=triwulan)


def _blank_tw2(report):
    (pesan,) = [f.pesan for f in report.findings if f.sel == "L2" and "kosong" in f.pesan]
    return pesan


def test_semester_i_names_the_blank_quarter_as_its_last():
    pesan = _blank_tw2(_two_rows("Semester I"))
    assert pesan.startswith(
        'Realisasi TW II indikator "Jumlah A" (T1) (triwulan terakhir Semester I) kosong: realisasi '
        "Semester I dihitung dari TW I saja"
    )
    assert "triwulan yang dilaporkan" not in pesan


def test_the_quarterly_report_is_unchanged():
    # byte for byte as main writes it in a TW II report
    assert _blank_tw2(_two_rows(2)).startswith(
        'Realisasi TW II indikator "Jumlah A" (T1) (triwulan yang dilaporkan) kosong: realisasi s.d. TW II '
        "dihitung dari TW I saja; "
    )


def _later_note(report) -> list[str]:
    return [v for row in tabel31.layout(report).rows for v in row if isinstance(v, str) and "abu-abu" in v]


def test_semester_i_tabel_3_1_note_on_later_quarters_says_the_period():
    assert _later_note(_two_rows("Semester I")) == [
        "Nilai TW III, TW IV (abu-abu miring) berada setelah periode yang dilaporkan dan tidak dihitung "
        "dalam realisasi Semester I."
    ]
    # a TW II report: as before
    assert _later_note(_two_rows(2)) == [
        "Nilai TW III, TW IV (abu-abu miring) berada setelah triwulan yang dilaporkan dan tidak dihitung "
        "dalam realisasi s.d. TW II."
    ]


def test_semester_ii_budget_blank_names_the_half_year(tmp_path):
    # the example (TW II) as a Semester II report: its Anggaran's TW IV realisasi is blank in every row,
    # said once at the column with the half year's last quarter named, as its Kinerja findings are
    report = load_report(example_typed(tmp_path, "smt2", "Semester II", {}))
    said = [f.pesan for f in report.findings if "dilaporkan" in f.pesan or "triwulan terakhir" in f.pesan]
    assert said and all("triwulan yang dilaporkan" not in p for p in said), said
    assert any("(triwulan terakhir Semester II)" in p for p in said), said
