"""The other input sheets typed the way agency staff type them (fifth round): Pengaturan's parameters
(a row typed twice, a quarter written "1 s.d. 2", a parameter named another way, a missing year, a
signing date whose day and month were swapped, a NIP typed as a number), and the Anggaran sheet.
Where a figure came out wrong, or a galat or peringatan was missing, without a word.

Expected figures are worked out by hand (exact arithmetic) in the comment beside them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.parse_analisis import split_points
from tests.helpers_staff import KOPERASI, pengaturan_findings, report_with_pengaturan
from tests.test_engine import grid, kinerja_row, workbook

BASE = [["Pemerintah Daerah", "Kabupaten Contoh"], ["Perangkat Daerah", "Dinas Contoh"], ["Tahun", 2025]]


# --- a parameter typed twice ------------------------------------------------------------------------


def test_a_quarter_typed_again_below_is_galat_and_the_first_is_used():
    # Staff add "Triwulan 3" below the template's "Triwulan 2" instead of changing it. The last row
    # silently won: a TW III report (25 + 4 + 10 = 39) with no word. The first row is used (s.d. TW II:
    # 25 + 4 = 29) and the second is a galat at its Nilai cell, naming both.
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["Triwulan", 3]])
    assert report.settings.triwulan == 2
    assert report.indicators[0].realisasi == 29
    (galat,) = pengaturan_findings(report, "B7", GALAT)
    assert "B6" in galat.pesan and "dua kali" in galat.pesan


def test_a_year_typed_again_below_is_galat_and_the_first_is_used():
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["Tahun", 2024]])
    assert report.settings.tahun == 2025
    assert pengaturan_findings(report, "B7", GALAT)


@pytest.mark.parametrize("second", ["2", "  2", "II", None])
def test_a_parameter_repeated_with_its_value_or_blank_is_a_peringatan(second):
    # The same quarter twice (or "II" for 2): nothing changes, a row to delete.
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["Triwulan ", second]])
    assert report.settings.triwulan == 2
    assert pengaturan_findings(report, "B7", PERINGATAN) and not pengaturan_findings(report, "B7", GALAT)


def test_a_blank_parameter_row_above_the_filled_one_does_not_hide_it():
    # The template's Triwulan row left blank and the quarter typed on a row of its own below: the row
    # with a value is used (s.d. TW II: 25 + 4 = 29), never "Triwulan kosong, dipakai Triwulan IV".
    report = report_with_pengaturan([*BASE, ["Triwulan", None], ["Triwulan", "II"]])
    assert report.settings.triwulan == 2
    assert report.indicators[0].realisasi == 29
    assert not [f for f in report.findings if f.severity == GALAT]
    assert pengaturan_findings(report, "B6", PERINGATAN)


# --- a word after a parameter's number ----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1 s.d. 2", "1 s/d 2", "1 sampai 2"])
def test_a_quarter_typed_as_a_range_is_galat_not_its_first_number(typed):
    # "1 s.d. 2" (TW I up to TW II) was read as Triwulan 1 with no word: realisasi s.d. TW I = 25
    # instead of 25 + 4 = 29. A word after the number is never ignored: a galat at the cell.
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    (galat,) = pengaturan_findings(report, "B6", GALAT)
    assert typed in galat.pesan
    assert report.settings.triwulan != 1


@pytest.mark.parametrize(("param", "typed"), [("Tahun", "2025 s.d. 2026"), ("Desimal", "2 atau 3")])
def test_a_word_after_a_whole_number_parameter_is_galat(param, typed):
    rows = [[p, typed if p == param else v] for p, v in [*BASE, ["Triwulan", 2], ["Desimal", 2]]]
    report = report_with_pengaturan(rows)
    assert pengaturan_findings(report, "B5" if param == "Tahun" else "B7", GALAT)


# --- a parameter named another way -----------------------------------------------------------------


def test_parameter_names_typed_with_a_colon_are_read():
    # "Tahun:" and "Triwulan:" as a form writes them: s.d. TW II, 25 + 4 = 29.
    report = report_with_pengaturan([BASE[0], BASE[1], ["Tahun:", 2025], ["Triwulan :", "II"]])
    assert (report.settings.tahun, report.settings.triwulan) == (2025, 2)
    assert report.indicators[0].realisasi == 29
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


@pytest.mark.parametrize(
    ("name", "value", "meant"),
    [
        ("Skala", "Permendagri 86/2017", "Skala Kriteria"),  # the kriteria silently on PermenPANRB
        ("Tanggal", "4 Juli 2025", "Tanggal Penandatanganan"),  # the signature silently dated today
        ("Tahun Laporan", 2025, "Tahun"),  # the titles silently without the year
        ("TW", 2, "Triwulan"),
    ],
)
def test_a_parameter_named_another_way_is_pointed_out_at_its_name(name, value, meant):
    rows = [r for r in [*BASE, ["Triwulan", 2]] if r[0] != meant] + [[name, value]]
    report = report_with_pengaturan(rows)
    sel = f"A{len(rows) + 2}"
    (said,) = pengaturan_findings(report, sel, PERINGATAN)
    assert f'"{meant}"' in said.pesan


@pytest.mark.parametrize("name", ["Catatan", "Nama Operator", "Tahun Anggaran"])
def test_staff_rows_of_their_own_are_not_pointed_out(name):
    # "Nama Operator" beside a Nama Kepala row, "Tahun Anggaran" beside a Tahun row: something else.
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["Nama Kepala", "Drs. A"], [name, "x"]])
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


def test_a_missing_year_is_a_peringatan():
    # Every title says "s.d. Triwulan II" without the year: like a missing Pemerintah Daerah, said.
    report = report_with_pengaturan([BASE[0], BASE[1], ["Triwulan", 2]])
    assert [f for f in report.findings if f.sheet == "Pengaturan" and "Tahun" in f.pesan]


# --- the signature block --------------------------------------------------------------------------


def test_a_signing_date_before_the_quarter_ends_is_a_peringatan_naming_the_swapped_date():
    # "04-07-2025" typed on a PC set to English (United States): Excel keeps the date 7 April 2025, and
    # the TW II 2025 report (the quarter ends 30 June 2025) was signed "Lumajang, 7 April 2025" with no
    # word. Read as Excel keeps it, pointed out with the day and month swapped: 4 Juli 2025.
    rows = [*BASE, ["Triwulan", 2], ["Tanggal Penandatanganan", dt.datetime(2025, 4, 7)]]
    report = report_with_pengaturan(rows)
    assert report.settings.tanggal == "7 April 2025"
    (said,) = pengaturan_findings(report, "B7", PERINGATAN)
    assert "30 Juni 2025" in said.pesan and "4 Juli 2025" in said.pesan


@pytest.mark.parametrize(
    "signed", [dt.datetime(2025, 7, 4), dt.date(2025, 6, 30), dt.datetime(2026, 1, 10), "04-07-2025"]
)
def test_a_signing_date_after_the_quarter_is_not_pointed_out(signed):
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["Tanggal Penandatanganan", signed]])
    assert not pengaturan_findings(report, "B7")


def test_a_signing_date_of_last_year_is_a_peringatan():
    # 4 Juli 2024 under a TW II 2025 report (the year not changed since the last report).
    report = report_with_pengaturan(
        [*BASE, ["Triwulan", 2], ["Tanggal Penandatanganan", dt.datetime(2024, 7, 4)]]
    )
    (said,) = pengaturan_findings(report, "B7", PERINGATAN)
    assert "30 Juni 2025" in said.pesan


def test_a_date_kept_as_a_plain_number_is_read_as_the_date_it_is():
    # A date pasted as a value into a General cell shows 45842: the signature said "Lumajang, 45842".
    # Excel's day 45842 (days after 30 December 1899: 2025-01-01 is 2 + 125 x 365 + 31 leap days = 45658,
    # + 31 + 28 + 31 + 30 + 31 + 30 + 3 = 184 days) is 4 Juli 2025: read so, and pointed out.
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["Tanggal Penandatanganan", 45842]])
    assert report.settings.tanggal == "4 Juli 2025"
    assert pengaturan_findings(report, "B7", PERINGATAN)


@pytest.mark.parametrize(
    "typed", ["NIP. 19700101 199503 1 001", "NIP 19700101 199503 1 001", "NIP: 19700101 199503 1 001"]
)
def test_a_nip_typed_with_its_label_is_printed_once(typed):
    # The block prints "NIP. " before the NIP: "NIP. NIP. 19700101 ..." under the signature.
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == "19700101 199503 1 001"


def test_a_nip_typed_as_a_number_is_a_peringatan():
    # 197001011995031001 typed in a General cell: Excel keeps 15 digits (1,97001011995031E+17), so the
    # NIP printed under the signature ends 031008 or 031000, not 031001: said, to type it as text.
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["NIP Kepala", 1.97001011995031e17]])
    (said,) = pengaturan_findings(report, "B7", PERINGATAN)
    assert "teks" in said.pesan


# --- Triwulan and Skala Kriteria written as staff write them ------------------------------------------


@pytest.mark.parametrize("typed", ["TW-II", "ke-2", "Triwulan ke-2", "Triwulan Kedua", "TW. 2"])
def test_the_quarter_written_in_words_is_read(typed):
    # Each says the second quarter: s.d. TW II, 25 + 4 = 29 (it was a galat, and Triwulan IV was used).
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan == 2
    assert report.indicators[0].realisasi == 29
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


@pytest.mark.parametrize(
    ("typed", "skala"),
    [
        ("Permen PANRB", "PermenPANRB"),
        ("PermenPAN-RB", "PermenPANRB"),
        ("Permen PAN RB No. 53 Tahun 2014", "PermenPANRB"),
        ("Permendagri 86 Tahun 2017", "Permendagri 86/2017"),
        ("Permendagri No. 86 Tahun 2017", "Permendagri 86/2017"),
        ("Permendagri Nomor 86/2017", "Permendagri 86/2017"),
    ],
)
def test_the_scale_written_as_a_regulation_is_named_is_read(typed, skala):
    # It was a galat and PermenPANRB was used: 90,5 % is Sangat Tinggi there but Tinggi under
    # Permendagri 86/2017 (>= 91 Sangat Tinggi, >= 76 Tinggi).
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["Skala Kriteria", typed]])
    assert report.settings.skala == skala
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


# --- Anggaran ---------------------------------------------------------------------------------------

PROGRAM = kinerja_row("P1", "Program", "S1", "Program", "Koperasi dibina", "50", ("10", "15", None, None))
SASARAN = kinerja_row("S1", "Sasaran", "T1", "Sasaran", "Koperasi sehat", "40", ("25", "4", None, None))


def _anggaran(*rows, triwulan=2):
    books = workbook([KOPERASI, SASARAN, PROGRAM], list(rows), triwulan)
    report = compute(parse_workbook(books))
    return report, [(f.severity, f.sel, f.pesan) for f in report.findings if f.sheet == "Anggaran"]


def test_a_quarter_equal_to_the_one_before_is_pointed_out_as_maybe_cumulative():
    # TW II typed as realisasi s.d. TW II when nothing was spent in TW II: 250.000.000 twice. Summed,
    # the program spent 500.000.000 of 1.000.000.000 (50 %) instead of 250.000.000 (25 %), silently.
    report, said = _anggaran(["P1", "Program", "", "1.000.000.000", None, "250.000.000", "250.000.000"])
    assert report.budgets[0].penyerapan == 50  # (250.000.000 + 250.000.000) / 1.000.000.000 x 100, as typed
    (finding,) = [f for f in said if f[1] == "G2"]
    assert finding[0] == PERINGATAN and "kumulatif" in finding[2]


def test_quarters_that_differ_are_not_pointed_out():
    _, said = _anggaran(["P1", "Program", "", "1.000.000.000", None, "250.000.000", "300.000.000"])
    assert not said


def test_spending_above_the_pagu_that_a_cumulative_quarter_explains_says_so():
    # TW I 400.000.000, TW II typed cumulatively 900.000.000 (400 + 500): summed 1.300.000.000 > the pagu
    # 1.000.000.000 (a peringatan already), while TW II alone is within it: the message says why.
    _, said = _anggaran(["P1", "Program", "", "1.000.000.000", None, "400.000.000", "900.000.000"])
    (finding,) = [f for f in said if f[1] == "G2"]
    assert "melebihi pagu" in finding[2] and "kumulatif" in finding[2]


def test_a_kode_sasaran_naming_two_sasaran_says_a_row_counts_toward_one():
    _, said = _anggaran(["P1", "Program", "S1, T1", "1.000.000.000", None, "250.000.000", "300.000.000"])
    (finding,) = [f for f in said if f[1] == "C2"]
    assert finding[0] == GALAT and "satu Sasaran" in finding[2]


def test_a_negative_quarter_names_its_program():
    # Changed (stop 43, the lead's decision on refunds, tests/test_refund_netted.py): a negative quarter
    # whose realisasi s.d. that quarter stays >= 0 is a refund counted net, a peringatan (was a galat):
    # 250.000.000 - 5.000.000 = 245.000.000 s.d. TW II, 24,5 % of the 1.000.000.000 pagu
    report, said = _anggaran(
        ["P1", "Program Koperasi", "", "1.000.000.000", None, "250.000.000", "-5.000.000"]
    )
    (finding,) = [f for f in said if f[1] == "G2"]
    assert finding[0] == PERINGATAN and "Program Koperasi" in finding[2] and "Rp 245.000.000" in finding[2]
    assert report.budgets[0].penyerapan == 24.5


# --- Analisis ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "points"),
    [
        # Points numbered on one line (Alt+Enter unknown to many): one point "Dukungan APBD 2. SDM
        # memadai" was printed under 3.2.1, its "2." in the middle of the sentence.
        ("1. Dukungan APBD 2. SDM memadai", ["Dukungan APBD", "SDM memadai"]),
        ("1) Dukungan APBD; 2) SDM memadai; 3) Sarana", ["Dukungan APBD", "SDM memadai", "Sarana"]),
        ("a. kurang SDM b. cuaca", ["kurang SDM", "cuaca"]),
        # Not a numbering: a number in the sentence, numbers out of order, a point of its own.
        ("1. Dana naik 2.047 unit", ["Dana naik 2.047 unit"]),
        ("1. Target 3. bulan", ["Target 3. bulan"]),
        ("Dukungan APBD 2. SDM", ["Dukungan APBD 2. SDM"]),
    ],
)
def test_points_numbered_on_one_line_are_points(text, points):
    assert split_points(text) == points


def test_an_analisis_kode_in_another_case_names_the_kode_meant():
    books = workbook([KOPERASI], [])
    books["Analisis"] = grid([["Kode", "Faktor Pendukung"], ["t1", "APBD cukup"]])
    data = parse_workbook(books)
    (said,) = [f for f in data.findings if f.sheet == "Analisis"]
    assert said.sel == "A2" and '"T1"' in said.pesan


@pytest.mark.parametrize(
    ("row", "cell"),
    [
        # A pagu typed in juta without the word ("1.250" for 1.250 juta): Tabel 3.4's total pagu was
        # 1.250 + 1.000.000.000 = 1.000.001.250 with no word (the penyerapan 300 / 1.250 = 24 % looked right).
        (["P1", "Program", "", "1.250", None, "300", None], "D2"),
        # A quarter typed in juta beside a pagu in rupiah: 250 of 1.000.000.000 is 0,000025 %.
        (["P1", "Program", "", "1.000.000.000", None, "250.000.000", "250"], "G2"),
    ],
)
def test_an_amount_typed_in_juta_beside_rupiah_is_pointed_out(row, cell):
    other = ["P2", "Program Lain", "S1", "1.000.000.000", None, "100.000.000", None]
    report, said = _anggaran(row, other)
    assert report.total_pagu is not None  # computed as typed, and pointed out at its cell
    (finding,) = [f for f in said if f[1] == cell]
    assert finding[0] == PERINGATAN and "juta" in finding[2]


def test_whole_rupiah_amounts_are_not_pointed_out():
    _, said = _anggaran(["P1", "Program", "", "Rp 1.250.000", None, "300.000", "Rp 2.500"])
    assert not said


@pytest.mark.parametrize("typed", ["Triwulan II Tahun 2025", "TW II 2025", "II/2025", "TW 2 TA 2025"])
def test_the_quarter_written_with_the_report_year_is_read(typed):
    # As the report's title writes it: the quarter of Tahun 2025, s.d. TW II = 25 + 4 = 29 (a galat before,
    # with Triwulan IV used).
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan == 2
    assert report.indicators[0].realisasi == 29
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


def test_the_quarter_written_with_another_year_stays_a_galat():
    # "Triwulan II Tahun 2024" under Tahun 2025: last year's sheet not updated, or the Tahun wrong.
    report = report_with_pengaturan([*BASE, ["Triwulan", "Triwulan II Tahun 2024"]])
    assert pengaturan_findings(report, "B6", GALAT)


@pytest.mark.parametrize("typed", ["TA 2025", "T.A. 2025", "Tahun 2025", "Tahun Anggaran 2025"])
def test_the_year_written_with_its_label_is_read(typed):
    # It was a galat, and every title went without the year.
    report = report_with_pengaturan([BASE[0], BASE[1], ["Tahun", typed], ["Triwulan", 2]])
    assert report.settings.tahun == 2025
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


def test_the_lkj_kriteria_function_reads_the_scale_as_pengaturan_does():
    # =LKJ.KRITERIA(90,5; "Permendagri No. 86 Tahun 2017") refused the scale Pengaturan reads: 90,5 is
    # Tinggi there (>= 76, below 91), Sangat Tinggi under PermenPANRB (> 90).
    pytest.importorskip("xlwings")
    from lkj_xl.xl import scripts

    assert scripts.kriteria(90.5, "Permendagri No. 86 Tahun 2017") == "Tinggi"
    assert scripts.kriteria(90.5, "Permen PANRB") == "Sangat Tinggi"


def test_a_pagu_perubahan_of_zero_says_to_leave_it_empty():
    # "0" typed for "no revision" replaces the Pagu: a galat (no penyerapan), which now says what to do.
    _, said = _anggaran(["P1", "Program", "", "1.000.000.000", "0", "250.000.000", "300.000.000"])
    (finding,) = [f for f in said if f[1] == "E2"]
    assert finding[0] == GALAT and "kosongkan" in finding[2]
