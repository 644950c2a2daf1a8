"""Cells typed the way agency staff type them (seventh round): values pasted from Word, a PDF, SIPD or
e-Monev. An Excel error copied as text ("#DIV/0!" in a Text cell, which the add-in already reads as
the error), an indicator whose lower value is better left without its Polaritas, Polaritas written as
SAKIP documents write it ("Negatif (-)"), a Kumulatif quarter typed s.d. the quarter (equal to the one
before), a duration summed over the quarters, a target written as a range or a bound ("80 - 85",
">= 80", "<= 2 hari", "maks. 2 hari"), a minus or a footnote mark after the number ("1.250-", "25*"),
a decimal point the English way ("1.2 M"), and the dashes other than "-" that a paste leaves for "no
data" (the minus sign U+2212, the fullwidth hyphen, "Rp -" as the Accounting format shows a zero).
Where a figure came out wrong, or a galat or peringatan was missing or unclear, without a word.

Expected figures are worked out by hand in the comment beside them.
"""

from __future__ import annotations

import pytest

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from lkj_xl.xl.inputs import _cell as addin_cell
from tests.test_engine import anggaran_row, kinerja_row, run


def _at(report, sheet, sel, severity=None):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel) and severity in (None, f.severity)]


# --- an Excel error pasted as text --------------------------------------------------------------------
# "#DIV/0!" copied from an e-Monev page or a colleague's sheet into a Text-formatted cell stays text.
# It was read as a status ("Menunggu data"): the realisasi s.d. TW II came from the other quarter alone
# with a peringatan, a capaian the add-in (which cannot tell that text from the error) never gives.


@pytest.mark.parametrize("typed", ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", " #n/a "])
def test_an_excel_error_pasted_as_text_in_a_quarter_is_a_galat_not_a_status(typed):
    # Kumulatif, target 80: TW I the error text, TW II 85. Read as a status it gave 85 / 80 = 106,25 %.
    report = run([kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "80", (typed, "85", None, None))])
    (ind,) = report.indicators
    assert ind.capaian is None and ind.realisasi is None and ind.kriteria is None
    assert ind.galat == ["Kinerja!K2"]
    (said,) = _at(report, "Kinerja", "K2", GALAT)
    assert typed.strip() in said.pesan and "galat Excel" in said.pesan


def test_an_excel_error_pasted_as_text_reads_as_the_add_in_reads_it():
    # The task pane gets the text and the error alike as the string "#N/A": both are the error there.
    typed = "#N/A"
    assert addin_cell(typed, False).error == typed
    file_side = run([kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "80", ("70", typed, None, None))])
    addin_side = run(
        [kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "80", ("70", Cell(error=typed), None, None))]
    )
    assert file_side.indicators[0].galat == addin_side.indicators[0].galat == ["Kinerja!L2"]
    assert file_side.indicators[0].capaian is addin_side.indicators[0].capaian is None


def test_an_excel_error_pasted_as_text_in_anggaran_is_a_galat_naming_the_error():
    kinerja = [kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind", "40", ("25", "4", None, None))]
    report = run(kinerja, [anggaran_row("S1", "Program", "", "1.000.000.000", ("100.000.000", "#N/A"))])
    assert report.budgets[0].penyerapan is None and report.total_realisasi_anggaran is None
    (said,) = _at(report, "Anggaran", "G2", GALAT)
    assert "#N/A" in said.pesan and "galat Excel" in said.pesan


def test_an_excel_error_saved_as_text_in_a_file_is_a_galat(tmp_path):
    # A real file: the text "#DIV/0!" kept as a shared string (a Text cell), beside a real number.
    from tests.test_staff_round8 import kinerja_workbook

    path = tmp_path / "teks-galat.xlsx"
    wb = kinerja_workbook([kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", 80, (None, 85, None, None))])
    kinerja = wb["Kinerja"]
    kinerja["K2"].value = "#DIV/0!"
    kinerja["K2"].data_type = "s"  # openpyxl would otherwise save the error itself
    wb.save(path)
    report = load_report(path)
    assert report.indicators[0].capaian is None
    assert _at(report, "Kinerja", "K2", GALAT)


# --- an indicator whose lower value is better, Polaritas left blank ------------------------------------
# Polaritas blank is Positif: "Angka kemiskinan" 9,8 against a target of 9,5 gave 9,8 / 9,5 = 103,16 %
# Sangat Tinggi, where the report's Negatif formula gives (2 x 9,5 - 9,8) / 9,5 = 96,84 %, without a word.


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Angka kemiskinan", "%"),
        ("Tingkat Pengangguran Terbuka", "%"),
        ("Tingkat inflasi", "%"),
        ("Prevalensi stunting pada balita", "%"),
        ("Prevalensi balita gizi kurang", "%"),
        ("Angka kematian ibu", "per 100.000 kelahiran hidup"),
        ("Rata-rata waktu penerbitan izin", "Hari"),
        ("Lama pelayanan perizinan", "jam"),
    ],
)
def test_a_lower_is_better_indicator_with_polaritas_blank_is_a_peringatan(indikator, satuan):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", indikator, "9,5", ("9,8", None, None, None), satuan=satuan
    )
    report = run([row], triwulan=1)
    # Computed as typed (Positif): 9,8 / 9,5 x 100 = 103,157... %
    assert report.indicators[0].capaian == pytest.approx(98 / 95 * 100)
    (said,) = _at(report, "Kinerja", "G2", PERINGATAN)
    assert "Negatif" in said.pesan and "kosong" in said.pesan


@pytest.mark.parametrize(
    ("indikator", "satuan", "polaritas"),
    [
        ("Angka kemiskinan", "%", "Negatif"),  # chosen: nothing to say
        ("Angka kemiskinan", "%", "Positif"),  # chosen on purpose
        ("Persentase penurunan angka kemiskinan", "%", None),  # a fall measured: higher is better
        ("Persentase pengendalian inflasi", "%", None),
        ("Persentase ketepatan waktu penyampaian laporan", "%", None),
        ("Rata-rata lama sekolah", "Tahun", None),  # a schooling length: higher is better
        ("Persentase koperasi yang taat", "%", None),  # the seed's: no such word
    ],
)
def test_no_polaritas_peringatan_where_it_was_chosen_or_higher_is_better(indikator, satuan, polaritas):
    row = kinerja_row(
        "T1",
        "Tujuan",
        "",
        "Tujuan",
        indikator,
        "9,5",
        ("9,8", None, None, None),
        satuan=satuan,
        polaritas=polaritas,
    )
    report = run([row], triwulan=1)
    assert not _at(report, "Kinerja", "G2")


# --- realisasi typed s.d. the quarter where Kumulatif sums the quarters ------------------------------
# The contract asks for each quarter's own realisation. Typed s.d. the quarter (as e-Monev shows it),
# a quarter without progress repeats the one before and is counted twice: TW I 25, TW II 25 (s.d.) gave
# 25 + 25 = 50 of a target of 40,71, capaian 122,82 % Sangat Tinggi, without a word (Anggaran says so).


def test_a_kumulatif_quarter_equal_to_the_one_before_over_the_target_is_a_peringatan():
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Koperasi", "40,71", ("25", "25", None, None), jenis="Kumulatif"
    )
    report = run([row])
    # Computed as typed: (25 + 25) / 40,71 x 100 = 5000 / 40,71 = 122,8199... %
    assert report.indicators[0].capaian == pytest.approx(5000 / 40.71)
    (said,) = _at(report, "Kinerja", "L2", PERINGATAN)
    assert "sama dengan TW I" in said.pesan and "s.d." in said.pesan and "40,71" in said.pesan


@pytest.mark.parametrize(
    ("tws", "jenis", "target"),
    [
        (("25", "4"), "Kumulatif", "40,71"),  # the seed's own quarters: 25 + 4 = 29
        (("2", "2"), "Kumulatif", "8"),  # 2 trainings a quarter: 4 of 8, nothing odd
        (("25", "25"), "Nilai Akhir", "40,71"),  # a level that did not move
        (("25", "25"), "Rata-rata", "40,71"),
        (("0", "0"), "Kumulatif", "40,71"),
    ],
)
def test_no_peringatan_for_equal_quarters_that_are_no_double_count(tws, jenis, target):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Koperasi", target, (*tws, None, None), jenis=jenis)
    assert not _at(run([row]), "Kinerja", "L2", PERINGATAN)


# --- Polaritas written as SAKIP documents write it -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "capaian"),
    [
        # Negatif: (2 x 100 - 150) / 100 x 100 = 50; Positif: 150 / 100 x 100 = 150.
        ("Negatif (-)", 50),
        ("(-)", 50),
        ("negative", 50),
        ("Menurun", 50),
        ("Semakin kecil semakin baik", 50),
        ("Positif (+)", 150),
        ("(+)", 150),
        ("positive", 150),
        ("Meningkat", 150),
        ("Semakin besar semakin baik", 150),
    ],
)
def test_polaritas_written_the_way_sakip_documents_write_it(typed, capaian):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "100", ("150", None, None, None), polaritas=typed)
    report = run([row], triwulan=1)
    assert report.indicators[0].capaian == capaian
    assert not _at(report, "Kinerja", "G2")


# --- a dash pasted for "no data" -----------------------------------------------------------------------
# "-" is no data. The minus sign U+2212, a non-breaking hyphen (Word's Ctrl+Shift+-), the fullwidth
# hyphen of an Asian-font PDF were a status text instead ("berisi "−", bukan angka"), and "Rp -", the
# way Excel's Accounting format shows a zero, pasted as text into Anggaran was a galat "bukan angka".


@pytest.mark.parametrize(
    "typed", ["\u2212", "\u2010", "\u2011", "\u2012", "\u2015", "\ufe63", "\uff0d", "---"]
)
def test_a_pasted_dash_in_a_quarter_means_no_data_as_a_hyphen_does(typed):
    # Nilai Akhir, target 80: TW I 80, TW II the dash. As "-": s.d. TW II is TW I's 80, capaian 100 %.
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Ind", "80", ("80", typed, None, None), jenis="Nilai Akhir"
    )
    hyphen = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Ind", "80", ("80", "-", None, None), jenis="Nilai Akhir"
    )
    pasted, typed_hyphen = run([row]), run([hyphen])
    assert pasted.indicators[0].capaian == typed_hyphen.indicators[0].capaian == 100
    assert [f.pesan for f in pasted.findings] == [f.pesan for f in typed_hyphen.findings]


@pytest.mark.parametrize("typed", ["Rp -", "Rp. -", "Rp -,-", "-,-", "Rp\u00a0-"])
def test_rp_dash_in_anggaran_is_read_as_a_hyphen_is(typed):
    # Pagu 1.000.000.000, TW I 100.000.000, TW II "Rp -" (nothing spent): as "-", 10 % absorbed.
    kinerja = [kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind", "40", ("25", "4", None, None))]
    report = run(kinerja, [anggaran_row("S1", "Program", "", "1.000.000.000", ("100.000.000", typed))])
    assert report.budgets[0].penyerapan == 10
    assert not _at(report, "Anggaran", "G2")


# --- a target written as a range or a bound, a mark after the number ------------------------------------
# Each was already a galat, but the message did not say what to do: "ada teks '- 85' setelah angka",
# "bukan angka: "maks. 2 hari"", "ada karakter bukan angka ('-')".


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("80 - 85", "rentang"),
        ("80-85", "rentang"),
        ("80 – 85", "rentang"),
        ("80 s.d. 85", "rentang"),
        ("80 s/d 85", "rentang"),
    ],
)
def test_a_target_range_is_scored_and_said_to_be_a_range(typed, says):
    # Was a galat ("satu angka"); the lead's decision (tests/test_target_rentang.py): a range target is
    # scored by PermenPANRB 8/2021's rule. Realisasi 82 is inside 80-85: the target is met, capaian 100,
    # and a peringatan at the Target cell says it is a range and how it was scored.
    report = run(
        [kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", typed, ("82", None, None, None))], triwulan=1
    )
    (said,) = _at(report, "Kinerja", "I2", PERINGATAN)
    assert says in said.pesan and "di dalam rentang target" in said.pesan
    assert not _at(report, "Kinerja", "I2", GALAT)
    assert report.indicators[0].capaian_exact == 100


@pytest.mark.parametrize(
    ("typed", "satuan", "says"),
    [
        ("<= 2 hari", "Hari", "Negatif"),
        ("≤ 2", "Hari", "Negatif"),
        ("maks. 2 hari", "Hari", "Negatif"),
        ("maksimal 2 hari", "Hari", "Negatif"),
        ("< 5", "%", "Negatif"),
        (">= 80", "%", "Positif"),
        ("≥ 80", "%", "Positif"),
        ("min. 75", "%", "Positif"),
        ("Minimal 75%", "%", "Positif"),
    ],
)
def test_a_target_written_as_a_bound_is_a_galat_naming_the_polaritas_to_choose(typed, satuan, says):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", typed, ("3", None, None, None), satuan=satuan)
    report = run([row], triwulan=1)
    (said,) = _at(report, "Kinerja", "I2", GALAT)
    assert says in said.pesan and "tulis" in said.pesan
    assert report.indicators[0].capaian is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("1.250-", "-1.250"),  # a minus after the number (SAP, some accounting exports)
        ("25*", "catatan kaki"),
        ("25 *)", "catatan kaki"),
        ("25¹", "catatan kaki"),
        ("90%*", "catatan kaki"),
    ],
)
def test_a_mark_after_the_number_is_a_galat_that_says_what_it_is(typed, says):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "80", (typed, None, None, None), satuan="%")
    report = run([row], triwulan=1)
    (said,) = _at(report, "Kinerja", "K2", GALAT)
    assert says in said.pesan
    assert report.indicators[0].capaian is None


def test_a_bound_or_an_error_text_in_pengaturan_is_a_galat_without_a_word_of_polaritas():
    # "maks. 120" as Batas Capaian: no cap is read (a galat), and Polaritas is no Pengaturan matter.
    # The capaian is then uncapped: Kumulatif 25 + 4 = 29 of 40 -> 72,5 %.
    report = run(
        [kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "40", ("25", "4", None, None))],
        **{"Batas Capaian": "maks. 120", "Total Pagu Perjanjian Kinerja": "#REF!"},
    )
    assert report.settings.batas_capaian is None and report.indicators[0].capaian == 72.5
    (cap,) = _at(report, "Pengaturan", "B7", GALAT)
    assert "batas atas" in cap.pesan and "Polaritas" not in cap.pesan
    (total,) = _at(report, "Pengaturan", "B8", GALAT)
    assert "#REF!" in total.pesan and "galat Excel" in total.pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "money", "says"),
    [
        ("1.2 M", None, True, "1,2 M"),  # SIPD / a PC set to English: one point, not three digits after it
        ("Rp 1.25 miliar", None, True, "Rp 1,25 miliar"),
        ("12.5%", "%", False, "12,5%"),
        ("0.75", "%", False, "0,75"),
        ("\u2212 1.250", "Unit", False, "-1.250"),  # Word's minus sign set apart from the number
    ],
)
def test_an_english_decimal_point_or_a_spaced_minus_is_a_galat_naming_what_to_write(
    typed, satuan, money, says
):
    # Still a galat (1.2 could be a typo as well): the message writes the number the Indonesian way.
    if money:
        kinerja = [kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind", "40", ("25", "4", None, None))]
        report = run(kinerja, [anggaran_row("S1", "Program", "", typed, ("100.000.000", None))])
        (said,) = _at(report, "Anggaran", "D2", GALAT)
    else:
        row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "80", (typed, None, None, None), satuan=satuan)
        report = run([row], triwulan=1)
        (said,) = _at(report, "Kinerja", "K2", GALAT)
    assert says in said.pesan


# --- a duration summed over the quarters -----------------------------------------------------------------
# "Rata-rata waktu penerbitan izin" in Hari, Negatif, Jenis Realisasi left blank (Kumulatif): TW I 3 hari
# + TW II 2 hari = 5 hari against a target of 2 gave (2 x 2 - 5) / 2 = -50 % without a word, where a
# percentage in the same place is pointed out (a rate is not summed; neither is a duration).


@pytest.mark.parametrize("satuan", ["Hari", "hari kerja", "Jam", "Menit"])
def test_a_duration_summed_for_a_blank_jenis_realisasi_is_a_peringatan(satuan):
    row = kinerja_row(
        "T1",
        "Tujuan",
        "",
        "Tujuan",
        "Rata-rata waktu penerbitan izin",
        "2",
        ("3", "2", None, None),
        satuan=satuan,
        polaritas="Negatif",
    )
    report = run([row])
    assert report.indicators[0].capaian == -50  # computed as typed: (2 x 2 - (3 + 2)) / 2 x 100
    (said,) = _at(report, "Kinerja", "H2", PERINGATAN)
    assert "Nilai Akhir" in said.pesan and "Rata-rata" in said.pesan


@pytest.mark.parametrize("header", ["Kode Induk", "Satuan"])
def test_an_excel_error_pasted_as_text_in_a_kinerja_column_of_the_row_is_read_as_the_error(header):
    # A VLOOKUP's "#N/A" pasted as values into a Text cell: the add-in reads it as the error (the row is
    # not computed); the file side took "#N/A" for a Satuan or a parent's Kode.
    def report(value):
        row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Ind", "80", ("70", None, None, None))
        row[c.KINERJA_HEADERS.index(header)] = value
        return run([row], triwulan=1)

    as_text, as_error = report("#N/A"), report(Cell(error="#N/A"))
    sel = f"{'CF'[header == 'Satuan']}2"
    assert (
        [f.severity for f in _at(as_text, "Kinerja", sel)]
        == [f.severity for f in _at(as_error, "Kinerja", sel)]
        == [GALAT]
    )
    assert [i.capaian for i in as_text.indicators] == [i.capaian for i in as_error.indicators]
