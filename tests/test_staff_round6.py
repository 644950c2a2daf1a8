"""The input sheets typed the way agency staff type them (sixth round): a signing date typed as text,
a parameter typed under another name beside the real one or with a row number, a unit or a full stop,
the Renstra written as its period, an optional Kinerja column hidden, a column titled twice, a
realisation far off its target (another scale), Jenis Realisasi and headers written another way, and
in Anggaran a program Kode with a trailing dot, a Kegiatan row beside its Program's, a Kode Sasaran
that contradicts Kinerja. Where a figure or a printed text came out wrong, or a galat or peringatan
was missing, without a word.

Expected figures and dates are worked out by hand in the comment beside them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN, Cell, SheetGrid
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.perbandingan_kosong import TIDAK_DIBUAT
from tests.test_engine import grid, kinerja_row, workbook

# One Kumulatif indicator (the seed's cooperatives): TW I 25 + TW II 4 = 29 s.d. TW II; TW III 10
# makes s.d. TW III 39, so a report of the wrong quarter shows another figure.
KOPERASI = kinerja_row("T1", "Tujuan", "", "Tujuan", "Koperasi diperiksa", "40", ("25", "4", "10", None))

# Pengaturan: title (row 1), header (row 2), Pemerintah Daerah (B3), Perangkat Daerah (B4), Tahun (B5),
# Triwulan (B6); the test's own rows from row 7 (B7, B8, ...).
BASE = [
    ["Pemerintah Daerah", "Kabupaten Contoh"],
    ["Perangkat Daerah", "Dinas Contoh"],
    ["Tahun", 2025],
    ["Triwulan", 2],
]


def _report(rows, kinerja=(KOPERASI,)):
    books = workbook(list(kinerja))
    books["Pengaturan"] = grid([["Pengaturan laporan"], ["Parameter", "Nilai"], *rows])
    return compute(parse_workbook(books))


def _findings(report, sheet, sel, severity=None):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel) and severity in (None, f.severity)]


def _signed(typed, tempat=None):
    rows = [*BASE, ["Tanggal Penandatanganan", typed]]
    return _report(rows + ([["Tempat Penandatanganan", tempat]] if tempat is not None else []))


# --- a signing date typed as text --------------------------------------------------------------------
# A date typed into a Text cell (or pasted from Word) stays text: it was printed as typed and never
# checked against the reported quarter (TW II 2025 ends 30 Juni 2025), whereas a date cell is.


@pytest.mark.parametrize(
    "typed",
    [
        "04-07-2025",  # dd-mm-yyyy, the Indonesian order: 4 July
        "4/7/2025",
        "4.7.2025",
        "4 Juli 2025",
        "04 Juli 2025",
        "4 juli 2025",
        "4 Jul 2025",
        "04-Jul-2025",  # Excel's d-mmm-yyyy written as text
        "4 July 2025",  # English month name: the same day
        "2025-07-04",  # ISO: year, month, day
        "  4  Juli  2025 ",
    ],
)
def test_a_signing_date_typed_as_text_is_printed_the_indonesian_way(typed):
    report = _signed(typed)
    assert report.settings.tanggal == "4 Juli 2025"
    assert not _findings(report, "Pengaturan", "B7")


@pytest.mark.parametrize(
    ("typed", "swapped"),
    [
        # 7 April 2025 (day 7, month 4) is before 30 Juni 2025; swapped it is 4 Juli 2025.
        ("07-04-2025", "4 Juli 2025"),
        ("7/4/2025", "4 Juli 2025"),
        ("7 April 2025", "4 Juli 2025"),
        ("2025-04-07", "4 Juli 2025"),
    ],
)
def test_a_signing_date_text_before_the_quarter_ends_is_a_peringatan_naming_the_swapped_date(typed, swapped):
    report = _signed(typed)
    assert report.settings.tanggal == "7 April 2025"
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert "30 Juni 2025" in said.pesan and swapped in said.pesan


def test_a_signing_date_text_of_last_year_is_a_peringatan():
    # "4 Juli 2024" under a TW II 2025 report: the year not changed since last year's report.
    report = _signed("4 Juli 2024")
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert "30 Juni 2025" in said.pesan


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31-06-2025", "31"),  # June has 30 days
        ("29 Februari 2025", "29"),  # 2025 is no leap year
        ("07-13-2025", "13"),  # no 13th month: the US order (13 July)? never guessed
        ("4-7-25", "25"),  # a two-digit year
        ("4-0-2025", "ke-0"),  # no month 0 (and no "0 April" in the other order either)
    ],
)
def test_an_impossible_or_ambiguous_signing_date_is_a_peringatan_and_printed_as_typed(typed, says):
    report = _signed(typed)
    assert report.settings.tanggal == typed
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert says in said.pesan and typed in said.pesan


@pytest.mark.parametrize(
    ("typed", "printed"), [("Juli 2025", "Juli 2025"), ("...... Juli 2025", "...... Juli 2025")]
)
def test_a_signing_month_without_its_day_is_checked_and_printed_as_typed(typed, printed):
    # Staff leave the day to be written by hand: July ends after 30 Juni 2025, nothing to say.
    report = _signed(typed)
    assert report.settings.tanggal == printed
    assert not _findings(report, "Pengaturan", "B7")


def test_a_signing_month_before_the_quarter_ends_is_a_peringatan():
    # "April 2025": the whole month is before 30 Juni 2025, the end of TW II.
    report = _signed("April 2025")
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert "30 Juni 2025" in said.pesan


def test_a_signing_date_text_that_is_no_date_is_a_peringatan():
    # "4 Juli" with no year: printed as typed under the signature, never checked, said.
    # ("(tanggal)" left from a template is read as an empty Tanggal since angka52: tests/test_angka52.py)
    report = _signed("tgl 4 Juli")
    assert report.settings.tanggal == "tgl 4 Juli"
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert "tanggal" in said.pesan


@pytest.mark.parametrize("tempat", ["Lumajang", "LUMAJANG", None])
def test_the_place_typed_with_the_date_is_printed_once(tempat):
    # "Lumajang, 4 Juli 2025" typed as the signature line: the block printed "Lumajang, Lumajang, 4 Juli
    # 2025". The place is the Tempat (or stands for it when Tempat is empty), the date is read.
    report = _signed("Lumajang, 4 Juli 2025", tempat)
    assert report.settings.tanggal == "4 Juli 2025"
    assert report.settings.tempat == (tempat or "Lumajang")
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


def test_another_place_typed_with_the_date_is_a_peringatan_naming_both():
    report = _signed("Surabaya, 4 Juli 2025", "Lumajang")
    assert (report.settings.tempat, report.settings.tanggal) == ("Lumajang", "4 Juli 2025")
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert "Surabaya" in said.pesan and "Lumajang" in said.pesan and "B8" in said.pesan


def test_a_weekday_typed_with_the_date_is_kept_and_checked():
    # 4 July 2025 is a Friday (Jumat): kept; "Kamis" (Thursday) beside it does not fit the date.
    assert _signed("Jumat, 4 Juli 2025").settings.tanggal == "Jumat, 4 Juli 2025"
    assert not _findings(_signed("Jumat, 4 Juli 2025"), "Pengaturan", "B7")
    (said,) = _findings(_signed("Kamis, 4 Juli 2025"), "Pengaturan", "B7", PERINGATAN)
    assert "Jumat" in said.pesan


def test_a_signing_date_cell_is_still_printed_the_indonesian_way():
    assert _signed(dt.datetime(2025, 7, 4)).settings.tanggal == "4 Juli 2025"


# --- a parameter under another name beside the real one ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "real_ref"),
    [
        ("TW", 3, "B6"),  # Triwulan 2 used: "TW 3" below it ignored without a word
        ("Tahun Laporan", 2024, "B5"),
        ("Skala", "Permendagri 86/2017", "B7"),
    ],
)
def test_a_parameter_named_another_way_with_another_value_is_a_peringatan_naming_both(name, value, real_ref):
    rows = [*BASE, ["Skala Kriteria", "PermenPANRB"], [name, value]]
    report = _report(rows)
    assert (report.settings.tahun, report.settings.triwulan) == (2025, 2)
    (said,) = _findings(report, "Pengaturan", "A8", PERINGATAN)
    assert "B8" in said.pesan and real_ref in said.pesan


@pytest.mark.parametrize(
    ("name", "value"), [("TW", "II"), ("Tahun Laporan", "TA 2025"), ("Skala", "Permen PANRB"), ("TW", None)]
)
def test_a_parameter_named_another_way_with_the_same_value_is_not_pointed_out(name, value):
    report = _report([*BASE, ["Skala Kriteria", "PermenPANRB"], [name, value]])
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


def test_a_date_named_another_way_beside_the_same_date_is_not_pointed_out():
    rows = [*BASE, ["Tanggal Penandatanganan", dt.datetime(2025, 7, 4)], ["Tanggal", "4 Juli 2025"]]
    assert not [f for f in _report(rows).findings if f.sheet == "Pengaturan"]


# --- an optional Kinerja column hidden -------------------------------------------------------------------

_OPTIONAL = [
    "Realisasi Tahun Lalu",
    "Realisasi 2024",
    "Target Akhir Renstra",
    "Standar Nasional",
    "Sumber Data",
]


def _hidden(header, value):
    """KOPERASI with the optional columns after Keterangan; the column ``header`` hidden, holding
    ``value`` (the others empty)."""
    books = workbook([KOPERASI])
    rows = books["Kinerja"]
    first = len(rows[0])
    rows[0] = rows[0] + [Cell(h) for h in _OPTIONAL]
    rows[1] = rows[1] + [Cell(value if h == header else None) for h in _OPTIONAL]
    books["Kinerja"] = SheetGrid(rows, frozenset({first + _OPTIONAL.index(header)}))
    return compute(parse_workbook(books)), f"{chr(ord('A') + first + _OPTIONAL.index(header))}1"


@pytest.mark.parametrize("header", _OPTIONAL[:4])
def test_a_hidden_optional_column_holding_figures_is_pointed_out(header):
    # A Realisasi Tahun Lalu (or Renstra target...) typed earlier, then the column hidden: still read and
    # compared in Perbandingan Kinerja, with no word. Said at its header cell, as a hidden Target
    # Perubahan is.
    report, header_ref = _hidden(header, "35")
    (said,) = _findings(report, "Kinerja", header_ref, PERINGATAN)
    assert header in said.pesan and "disembunyikan" in said.pesan


@pytest.mark.parametrize(("header", "value"), [("Realisasi Tahun Lalu", None), ("Sumber Data", "BPS")])
def test_a_hidden_optional_column_left_empty_or_holding_a_text_is_not_pointed_out(header, value):
    # An empty column, or the data source (a text printed as it is, like Keterangan): nothing computed.
    report, header_ref = _hidden(header, value)
    assert not _findings(report, "Kinerja", header_ref)


def test_no_galat_in_the_clean_books():
    assert not [f for f in _report(BASE).findings if f.severity == GALAT]


# --- a program Kode in Anggaran typed with a trailing dot -------------------------------------------------


def _s1_programs():
    return [
        kinerja_row("T1", "Tujuan", "", "T", "t", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "p1", 100, (None, 50, None, None)),
        kinerja_row("P2", "Program", "S1", "P", "p2", 100, (None, 50, None, None)),
    ]


# (tepi52: "P1." is read as P1, a dot as staff end a Kode: tests/test_tepi52.py and below)
@pytest.mark.parametrize("kode", ["p1"])
def test_a_program_kode_typed_another_way_in_anggaran_leaves_the_sasaran_budget_unknown(kode):
    # "P1." (or "p1") in Anggaran for the program P1 of Kinerja: the row was counted toward no Sasaran
    # with a peringatan that did not say why, and S1's penyerapan came from P2 alone: 300.000 /
    # 1.000.000 = 30 %, efisiensi 50 - 30 = 20 points, a partial figure shown as whole. Like a Kode
    # Sasaran naming no Sasaran: a galat at the Kode naming "P1", S1's and T1's budget figures unknown.
    # The row's own figures and Tabel 3.4's totals stand: 100.000 / 1.000.000 = 10 %; total 2.000.000,
    # spent 400.000, 20 %.
    from tests.test_engine import anggaran_row, run

    budgets = [
        anggaran_row(kode, "Program satu", None, "1.000.000", (None, "100.000", None, None)),
        anggaran_row("P2", "Program dua", None, "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_s1_programs(), budgets)
    assert [b.penyerapan for b in report.budgets] == [10, 30]
    assert (report.total_pagu, report.total_realisasi_anggaran, report.total_penyerapan) == (
        2_000_000,
        400_000,
        20,
    )
    for row in report.efisiensi:
        assert row.penyerapan is None and row.efisiensi is None, row
    (said,) = _findings(report, "Anggaran", "A2", GALAT)
    assert 'maksud Anda "P1"' in said.pesan


def test_a_program_kode_ended_with_a_dot_in_anggaran_is_the_program():
    # "P1." in Anggaran is Kinerja's P1 (changed, tepi52: it was the galat above): S1's penyerapan
    # (100.000 + 300.000) / (1.000.000 + 1.000.000) = 20 %, no galat
    from tests.test_engine import anggaran_row, run

    budgets = [
        anggaran_row("P1.", "Program satu", None, "1.000.000", (None, "100.000", None, None)),
        anggaran_row("P2", "Program dua", None, "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_s1_programs(), budgets)
    assert [b.kode for b in report.budgets] == ["P1", "P2"]
    assert {row.penyerapan for row in report.efisiensi} == {20}
    assert not [f for f in report.findings if f.severity == GALAT]


def test_a_program_kode_missing_from_kinerja_stays_a_peringatan():
    # P9 is no Kode of Kinerja, nor one typed another way: a budget of its own, counted toward no
    # Sasaran as before (S1 from P2: 300.000 / 1.000.000 = 30 %).
    from tests.test_engine import anggaran_row, run

    budgets = [
        anggaran_row("P9", "Program lain", None, "1.000.000", (None, "100.000", None, None)),
        anggaran_row("P2", "Program dua", None, "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_s1_programs(), budgets)
    assert {row.kode: row.penyerapan for row in report.efisiensi}["S1"] == 30
    assert _findings(report, "Anggaran", "C2", PERINGATAN)


# --- a realisation far off its target: a scale or a percent typed another way -----------------------------


@pytest.mark.parametrize(
    ("satuan", "target", "tws"),
    [
        # 0,4071 typed for 40,71 %: 25 + 4 = 29 of 0,4071 is 29 / 0,4071 x 100 = 7.123,6 %, Sangat Tinggi.
        ("%", "0,4071", ("25", "4", None, None)),
        # "1.250 M" typed for 1,25 M (a decimal point the English way): 1.250 x 10^9 of 450 juta is
        # 1.250.000.000.000 / 450.000.000 x 100 = 277.777,8 %.
        ("Rp", "450 jt", (None, "1.250 M", None, None)),
        # 2.047 units typed in a General cell on a PC set to English: Excel keeps the number 2,047, and
        # 891 of it is 891 / 2,047 x 100 = 43.527,1 %.
        ("unit", 2.047, (None, 891, None, None)),
    ],
)
def test_a_realisation_more_than_ten_times_its_target_is_pointed_out(satuan, target, tws):
    # (a count's name, "Jumlah unit": since stop 45 an Indikator naming a level, "Nilai ...", is no count
    # of things, and its figure stored with decimals is not told to be typed whole)
    row = kinerja_row("T1", "Tujuan", "", "T", "Jumlah unit", target, tws, satuan=satuan)
    report = compute(parse_workbook(workbook([row])))
    assert report.indicators[0].capaian > 1000
    (said,) = _findings(report, "Kinerja", "I2", PERINGATAN)
    # (round 19: a count of units stored with decimals, 2,047, is said as such at the cell, naming the
    # 2047 to type; the ten-times peringatan then says nothing more there)
    assert ("tulis 2047 tanpa titik" if satuan == "unit" else "10 kali") in said.pesan


@pytest.mark.parametrize(
    ("target", "tws"), [("2", (None, "15", None, None)), ("40", ("25", "4", None, None))]
)
def test_a_realisation_within_ten_times_its_target_is_not_pointed_out(target, tws):
    # 15 of 2 (7,5 times: a count well over its target), 29 of 40.
    row = kinerja_row("T1", "Tujuan", "", "T", "Nilai", target, tws, satuan="unit")
    assert not compute(parse_workbook(workbook([row]))).findings


# --- Kinerja's headers and dropdowns written another way ---------------------------------------------------


@pytest.mark.parametrize("typed", ["Realisasi TW 2", "Realisasi Triwulan II", "Realisasi TW.II"])
def test_a_quarter_header_written_another_way_is_named_in_the_message(typed):
    # The sheet is refused (the header is a contract); the message suggested "Realisasi TW III", a
    # column the sheet has, instead of the label typed for TW II.
    from lkj_xl.core.grids import WorkbookError

    books = workbook([KOPERASI])
    header = books["Kinerja"][0]
    col = next(i for i, cell in enumerate(header) if cell.value == "Realisasi TW II")
    header[col] = Cell(typed)
    with pytest.raises(WorkbookError) as caught:
        parse_workbook(books)
    assert f'maksud Anda "{typed}"' in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "realisasi"),
    [
        ("Posisi Akhir", 4),  # the domain's own words for Nilai Akhir: TW II, 4
        ("posisi akhir", 4),
        ("Komulatif", 29),  # Kumulatif as often misspelt: 25 + 4 = 29
    ],
)
def test_jenis_realisasi_written_as_staff_write_it_is_read(typed, realisasi):
    row = kinerja_row("T1", "Tujuan", "", "T", "Koperasi", "40", ("25", "4", None, None), jenis=typed)
    report = compute(parse_workbook(workbook([row])))
    assert report.indicators[0].realisasi == realisasi
    assert not [f for f in report.findings if f.severity == GALAT]


def test_a_signing_date_is_not_checked_against_a_quarter_that_was_not_read():
    # Triwulan "2/2025" kept by Excel as the date 1 Februari 2025: a galat, Triwulan IV used. The
    # signing date (4 Juli 2025, after the TW II meant) was also said to be "before the end of Triwulan
    # IV": a second, misleading finding about a quarter nobody typed.
    rows = [*BASE[:3], ["Triwulan", dt.datetime(2025, 2, 1)], ["Tanggal Penandatanganan", "4 Juli 2025"]]
    report = _report(rows)
    assert _findings(report, "Pengaturan", "B6", GALAT)
    assert not _findings(report, "Pengaturan", "B7")


# --- a column of the contract typed twice on the header row --------------------------------------------------


def _with_copy_of(sheet_rows, header, values):
    """``sheet_rows`` (header row first) with another column titled ``header`` appended, holding
    ``values`` down its data rows."""
    rows = [list(row) for row in sheet_rows]
    width = max(len(row) for row in rows)
    for r, row in enumerate(rows):
        row.extend([Cell(None)] * (width - len(row)))
        row.append(Cell(header if r == 0 else (values[r - 1] if r - 1 < len(values) else None)))
    return rows, width


def test_a_realisation_column_typed_twice_is_pointed_out_at_the_copy():
    # Staff copy the "Realisasi TW II" column to the right to type this quarter's figures: only the
    # first column is read (25 + 4 = 29), the copy's 10 vanished without a word. Said at the copy's
    # header, naming the first cell that differs.
    books = workbook([KOPERASI])
    books["Kinerja"], col = _with_copy_of(books["Kinerja"], "Realisasi TW II", ["10"])
    report = compute(parse_workbook(books))
    assert report.indicators[0].realisasi == 29
    letter = chr(ord("A") + col)
    (said,) = _findings(report, "Kinerja", f"{letter}1", PERINGATAN)
    assert "L1" in said.pesan and f"{letter}2" in said.pesan


def test_a_budget_column_typed_twice_is_pointed_out_at_the_copy():
    from tests.test_engine import anggaran_row

    books = workbook([KOPERASI], [anggaran_row("P1", "P", "T1", "1.000.000", (None, "300.000", None, None))])
    books["Anggaran"], col = _with_copy_of(books["Anggaran"], "realisasi tw ii ", ["400.000"])
    report = compute(parse_workbook(books))
    assert report.budgets[0].realisasi == 300_000
    assert _findings(report, "Anggaran", f"{chr(ord('A') + col)}1", PERINGATAN)


@pytest.mark.parametrize("tempat", ["Lumajang,", "Lumajang ,"])
def test_a_place_typed_with_its_comma_is_printed_with_one(tempat):
    # The block prints "Tempat, Tanggal": "Lumajang,, 4 Juli 2025" under every table.
    assert _signed("4 Juli 2025", tempat).settings.tempat == "Lumajang"


@pytest.mark.parametrize("typed", ["4 Juli 2025.", "4 Juli 2025,"])
def test_a_signing_date_typed_with_a_full_stop_is_read(typed):
    report = _signed(typed)
    assert report.settings.tanggal == "4 Juli 2025"
    assert not _findings(report, "Pengaturan", "B7")


# --- Tahun Akhir Renstra written as the Renstra's period -----------------------------------------------------


@pytest.mark.parametrize("typed", ["2021-2026", "2021 - 2026", "2021–2026", "2021 s.d. 2026", "2021/2026"])
def test_the_renstra_written_as_its_period_is_read_as_its_last_year(typed):
    # Staff write the Renstra as its period (Renstra 2021-2026): its last year is 2026; it was a galat,
    # and the Perbandingan Kinerja named the Renstra target without its year.
    report = _report([*BASE, ["Tahun Akhir Renstra", typed]])
    assert report.settings.tahun_akhir_renstra == 2026
    # (the one peringatan there: no Kinerja row has a comparison figure, so no Perbandingan Kinerja)
    assert [f.pesan for f in _findings(report, "Pengaturan", "B7") if TIDAK_DIBUAT not in f.pesan] == []


@pytest.mark.parametrize("typed", ["2026-2021", "2021-2021"])
def test_a_period_that_is_no_period_stays_a_galat(typed):
    report = _report([*BASE, ["Tahun Akhir Renstra", typed]])
    assert report.settings.tahun_akhir_renstra is None
    assert _findings(report, "Pengaturan", "B7", GALAT)


def test_a_renstra_that_ended_before_the_report_year_is_a_peringatan():
    # Tahun Akhir Renstra 2024 under a 2025 report: the Renstra target compared is the old period's
    # (the cell not updated for the new Renstra).
    report = _report([*BASE, ["Tahun Akhir Renstra", 2024]])
    assert report.settings.tahun_akhir_renstra == 2024
    # (besides the one saying no Perbandingan Kinerja is written: no row has a comparison figure)
    (said,) = [f for f in _findings(report, "Pengaturan", "B7", PERINGATAN) if TIDAK_DIBUAT not in f.pesan]
    assert "2024" in said.pesan and "2025" in said.pesan


# --- a Kegiatan's budget row beside its Program's ---------------------------------------------------------


def _program_with_kegiatan():
    return [
        kinerja_row("T1", "Tujuan", "", "T", "t", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "p1", 100, (None, 50, None, None)),
        kinerja_row("K1", "Kegiatan", "P1", "K", "k1", 100, (None, 50, None, None)),
    ]


def test_a_kegiatan_row_under_a_program_row_is_not_counted_twice():
    # Staff list the program P1 (pagu 1.000.000, spent 300.000) and, below it, its only kegiatan K1 with
    # the same money: the program's pagu is the sum of its kegiatan's, so both were summed: Tabel 3.4's
    # TOTAL 2.000.000 / 600.000 and S1's pagu 2.000.000, each twice the money, without a word. K1's row
    # is a rincian of P1 (README "Anggaran"), not counted again: total 1.000.000, spent 300.000, 30 %;
    # S1 the same, efisiensi 50 - 30 = 20 points. It adds up to P1's row: nothing to point out (a DPA
    # copied per Kegiatan would otherwise give a peringatan per row); one that does not add up is a
    # peringatan at P1's cell naming both figures (tests/test_anggaran_rincian.py).
    from tests.test_engine import anggaran_row, run

    budgets = [
        anggaran_row("P1", "Program satu", None, "1.000.000", (None, "300.000", None, None)),
        anggaran_row("K1", "Kegiatan satu", None, "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_program_with_kegiatan(), budgets)
    assert [b.kode for b in report.budgets] == ["P1"]
    assert (report.total_pagu, report.total_realisasi_anggaran, report.total_penyerapan) == (
        1_000_000,
        300_000,
        30,
    )
    s1 = {row.kode: row for row in report.efisiensi}["S1"]
    assert (s1.pagu, s1.penyerapan, s1.efisiensi) == (1_000_000, 30, 20)
    assert not [f for f in report.findings if f.sheet == "Anggaran"]


def test_kegiatan_rows_without_their_program_row_are_counted():
    # Budgets recorded per Kegiatan only (the README allows it): K1's 1.000.000 / 300.000 counts toward
    # S1 (its program's Sasaran): 30 %.
    from tests.test_engine import anggaran_row, run

    budgets = [anggaran_row("K1", "Kegiatan satu", None, "1.000.000", (None, "300.000", None, None))]
    report = run(_program_with_kegiatan(), budgets)
    s1 = {row.kode: row for row in report.efisiensi}["S1"]
    assert (s1.pagu, s1.penyerapan) == (1_000_000, 30)
    assert not [f for f in report.findings if f.sheet == "Anggaran"]


def test_a_second_indicator_typed_without_its_kode_says_which_kode_to_repeat():
    # Staff leave the Kode blank on a node's second indicator, as they would under a merged cell: the
    # row is not computed (a galat, as before); the message now says to repeat the Kode above.
    second = kinerja_row(None, None, None, None, "Koperasi sehat", "50", (None, "20", None, None))
    report = compute(parse_workbook(workbook([KOPERASI, second])))
    (said,) = _findings(report, "Kinerja", "A3", GALAT)
    assert '"T1"' in said.pesan


def test_a_place_and_a_weekday_typed_with_the_date_are_read_apart():
    report = _signed("Lumajang, Jumat, 4 Juli 2025", "Lumajang")
    assert (report.settings.tempat, report.settings.tanggal) == ("Lumajang", "Jumat, 4 Juli 2025")
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


# --- a Kode Sasaran that contradicts the program's place in Kinerja ------------------------------------------


def _two_sasaran_programs():
    return [
        kinerja_row("T1", "Tujuan", "", "T", "t", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("S2", "Sasaran", "T1", "S", "s2", 100, (None, 50, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "p1", 100, (None, 50, None, None)),
        kinerja_row("P2", "Program", "S2", "P", "p2", 100, (None, 50, None, None)),
    ]


def test_a_kode_sasaran_other_than_the_programs_sasaran_in_kinerja_is_pointed_out():
    # P1 sits under S1 in Kinerja, but its budget row names S2 (the Kode Sasaran column copied down
    # from P2's row): the budget counts toward S2 as typed (S2: 1.000.000 + 1.000.000, spent 100.000 +
    # 300.000, 400.000 / 2.000.000 = 20 %; S1 none), which contradicts Kinerja without a word. Said at
    # the Kode Sasaran cell, naming S1.
    from tests.test_engine import anggaran_row, run

    budgets = [
        anggaran_row("P1", "Program satu", "S2", "1.000.000", (None, "100.000", None, None)),
        anggaran_row("P2", "Program dua", "S2", "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_two_sasaran_programs(), budgets)
    rows = {row.kode: row for row in report.efisiensi}
    assert (rows["S2"].pagu, rows["S2"].penyerapan, rows["S1"].pagu) == (2_000_000, 20, None)
    (said,) = _findings(report, "Anggaran", "C2", PERINGATAN)
    assert '"S1"' in said.pesan and '"S2"' in said.pesan
    assert not _findings(report, "Anggaran", "C3")  # P2 under S2: as in Kinerja


def test_a_kode_sasaran_for_a_program_not_in_kinerja_is_not_pointed_out():
    # The support program (the seed's P0.01) has no indicator: its Kode Sasaran is the only mapping.
    from tests.test_engine import anggaran_row, run

    budgets = [anggaran_row("P0", "Program penunjang", "S2", "1.000.000", (None, "100.000", None, None))]
    report = run(_two_sasaran_programs(), budgets)
    assert not [f for f in report.findings if f.sheet == "Anggaran"]


# --- Pengaturan's parameter names numbered or ending in a full stop ---------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        ("1. Pemerintah Daerah", "2. Perangkat Daerah", "3. Tahun", "4. Triwulan"),
        ("1) Pemerintah Daerah", "2) Perangkat Daerah", "3) Tahun", "4) Triwulan"),
        ("a. Pemerintah Daerah", "b. Perangkat Daerah", "c. Tahun", "d. Triwulan"),
        ("Pemerintah Daerah.", "Perangkat Daerah.", "Tahun.", "Triwulan."),
    ],
)
def test_parameter_names_numbered_as_staff_number_rows_are_read(names):
    # Staff number the rows of a settings table: "3. Tahun" was no parameter, so the year was missing
    # (titles without it) and the quarter a galat with Triwulan IV used (25 + 4 + 10 = 39 s.d. TW III
    # instead of 25 + 4 = 29 s.d. TW II).
    rows = [[name, value] for name, (_, value) in zip(names, BASE)]
    report = _report(rows)
    assert (report.settings.tahun, report.settings.triwulan) == (2025, 2)
    assert report.indicators[0].realisasi == 29
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


@pytest.mark.parametrize(
    ("name", "value", "read"),
    [
        ("Triwulan (1-4)", 2, ("triwulan", 2)),
        ("Batas Capaian (%)", 120, ("batas_capaian", 120)),
        ("Total Pagu Perjanjian Kinerja (Rp)", "1.000.000", ("total_pagu", 1_000_000)),
    ],
)
def test_parameter_names_with_their_unit_or_hint_in_brackets_are_read(name, value, read):
    # A template's own hint or unit after the name: "Batas Capaian (%)" was no parameter, so no cap.
    rows = [r for r in BASE if r[0] != "Triwulan"] + [[name, value]]
    report = _report(rows)
    assert getattr(report.settings, read[0]) == read[1]
    assert not [f for f in report.findings if f.sheet == "Pengaturan" and f.sel.startswith("A")]


@pytest.mark.parametrize("typed", ["tetap", "Sama", "tidak berubah"])
def test_a_revision_typed_as_unchanged_reads_the_original_figure(typed):
    # "tetap" in Target Perubahan / Pagu Perubahan (no revision) was a galat saying to leave it empty.
    # kinerja50 decided: it says the figure did not change, so the Target (Pagu) applies, quietly:
    # TW II 4 of 40 -> 10 %; 1.000 of 1.000.000 -> 0,1 %.
    from tests.test_engine import anggaran_row, run

    row = kinerja_row("T1", "Tujuan", "", "T", "t", "40", (None, "4", None, None), target_perubahan=typed)
    budget = anggaran_row(
        "P1", "Program", "T1", "1.000.000", (None, "1.000", None, None), pagu_perubahan=typed
    )
    report = run([row], [budget])
    assert report.indicators[0].capaian == 10 and report.budgets[0].penyerapan == pytest.approx(0.1)
    for sheet, sel in (("Kinerja", "J2"), ("Anggaran", "E2")):
        assert not _findings(report, sheet, sel), sheet


# --- a budget row under a Sasaran's own Kode ---------------------------------------------------------------


def test_a_budget_row_of_a_sasaran_counts_toward_that_sasaran():
    # A row with Kode "S2" (the budget of Sasaran S2 itself, no program row under it): it counted toward
    # S2's Tujuan T1 and S2 got no budget (efisiensi unknown), without a word. S2: 300.000 / 1.000.000
    # = 30 %, efisiensi 50 - 30 = 20 points; S1 from P1: 100.000 / 1.000.000 = 10 %.
    from tests.test_engine import anggaran_row, run

    rows = [r for r in _two_sasaran_programs() if r[0] != "P2"]
    budgets = [
        anggaran_row("P1", "Program satu", None, "1.000.000", (None, "100.000", None, None)),
        anggaran_row("S2", "Sasaran dua", None, "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(rows, budgets)
    by_kode = {row.kode: row for row in report.efisiensi}
    assert (by_kode["S2"].pagu, by_kode["S2"].penyerapan, by_kode["S2"].efisiensi) == (1_000_000, 30, 20)
    assert (by_kode["S1"].pagu, by_kode["S1"].penyerapan) == (1_000_000, 10)
    assert by_kode["T1"].pagu == 2_000_000


def test_a_sasaran_subtotal_row_beside_its_programs_is_not_counted_twice():
    # Anggaran grouped by Sasaran: a row "S2" holding the sum of its programs (P2 1.000.000, spent
    # 300.000) above them. Both were counted: Tabel 3.4's TOTAL 3.000.000 instead of 2.000.000 and T1's
    # pagu likewise. The subtotal row is left out (a peringatan at its Kode): total P1 + P2 = 2.000.000,
    # spent 100.000 + 300.000 = 400.000, 20 %; S2 30 %.
    from tests.test_engine import anggaran_row, run

    budgets = [
        anggaran_row("P1", "Program satu", None, "1.000.000", (None, "100.000", None, None)),
        anggaran_row("S2", "Sasaran dua", None, "1.000.000", (None, "300.000", None, None)),
        anggaran_row("P2", "Program dua", None, "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_two_sasaran_programs(), budgets)
    assert (report.total_pagu, report.total_realisasi_anggaran, report.total_penyerapan) == (
        2_000_000,
        400_000,
        20,
    )
    by_kode = {row.kode: row for row in report.efisiensi}
    assert (by_kode["S2"].pagu, by_kode["S2"].penyerapan, by_kode["T1"].pagu) == (1_000_000, 30, 2_000_000)
    (said,) = _findings(report, "Anggaran", "A3", PERINGATAN)
    assert '"P2"' in said.pesan


def test_a_sasaran_row_naming_itself_as_kode_sasaran_is_not_pointed_out():
    from tests.test_engine import anggaran_row, run

    rows = [r for r in _two_sasaran_programs() if r[0] != "P2"]
    budgets = [anggaran_row("S2", "Sasaran dua", "S2", "1.000.000", (None, "300.000", None, None))]
    report = run(rows, budgets)
    assert {row.kode: row.penyerapan for row in report.efisiensi}["S2"] == 30
    assert not [f for f in report.findings if f.sheet == "Anggaran"]


# --- a Pengaturan row hidden while it holds a value ----------------------------------------------------------


def test_a_hidden_parameter_row_with_a_value_is_pointed_out():
    # Staff hide the template's rows they do not use; a Batas Capaian 100 typed earlier and then hidden
    # still cut every capaian above 100 % (a target exceeded showed 100,0 %) without a word. Read, as a
    # hidden Kinerja row is, and said at its name.
    from lkj_xl.core.model import HiddenRow

    books = workbook([KOPERASI])
    rows = grid([["Pengaturan laporan"], ["Parameter", "Nilai"], *BASE, ["Batas Capaian", 100]])
    rows[-1] = HiddenRow(rows[-1])
    books["Pengaturan"] = rows
    report = compute(parse_workbook(books))
    assert report.settings.batas_capaian == 100
    (said,) = _findings(report, "Pengaturan", "A7", PERINGATAN)
    assert "Batas Capaian" in said.pesan and "disembunyikan" in said.pesan


def test_a_hidden_parameter_row_left_empty_is_not_pointed_out():
    from lkj_xl.core.model import HiddenRow

    books = workbook([KOPERASI])
    rows = grid([["Pengaturan laporan"], ["Parameter", "Nilai"], *BASE, ["Batas Capaian", None]])
    rows[-1] = HiddenRow(rows[-1])
    books["Pengaturan"] = rows
    assert not [f for f in compute(parse_workbook(books)).findings if f.sheet == "Pengaturan"]


def test_a_program_budgeted_through_its_kegiatan_is_not_said_to_have_no_budget():
    # Budgets recorded per Kegiatan (K1 under P1): "Program P1 punya indikator tetapi tidak ada baris
    # anggarannya" was said of every program, though its money is there.
    from tests.test_engine import anggaran_row, run

    budgets = [anggaran_row("K1", "Kegiatan satu", None, "1.000.000", (None, "300.000", None, None))]
    report = run(_program_with_kegiatan(), budgets)
    assert not _findings(report, "Kinerja", "A4")  # P1's row


# --- a Kode Induk or Kode Sasaran typed as the node's Uraian -----------------------------------------------


def test_a_kode_induk_typed_as_the_parents_uraian_names_its_kode():
    # The parent's Uraian typed in Kode Induk (as the Renja names it): a galat as before (the parent is
    # never guessed), which now says which Kode has that Uraian.
    rows = [
        kinerja_row("T1", "Tujuan", "", "Tujuan satu", "t", 100, (None, 50, None, None)),
        kinerja_row(
            "S1", "Sasaran", "T1", "Meningkatnya kualitas koperasi", "s1", 100, (None, 50, None, None)
        ),
        kinerja_row(
            "P1", "Program", "meningkatnya  Kualitas Koperasi", "P", "p1", 100, (None, 50, None, None)
        ),
    ]
    report = compute(parse_workbook(workbook(rows)))
    (said,) = _findings(report, "Kinerja", "C4", GALAT)
    assert 'Kode "S1"' in said.pesan, said.pesan


def test_a_kode_sasaran_typed_as_the_sasarans_uraian_names_its_kode():
    from tests.test_engine import anggaran_row, run

    rows = [
        kinerja_row("T1", "Tujuan", "", "Tujuan satu", "t", 100, (None, 50, None, None)),
        kinerja_row(
            "S1", "Sasaran", "T1", "Meningkatnya kualitas koperasi", "s1", 100, (None, 50, None, None)
        ),
    ]
    budget = anggaran_row("P0", "Penunjang", "Meningkatnya kualitas koperasi", "1.000.000")
    report = run(rows, [budget])
    (said,) = _findings(report, "Anggaran", "C2", GALAT)
    assert 'Kode "S1"' in said.pesan, said.pesan


# --- the whole signature line typed in Tempat Penandatanganan ---------------------------------------------


def test_a_signature_line_typed_in_tempat_gives_the_place_and_the_date():
    # "Lumajang, 4 Juli 2025" typed as the Tempat with the Tanggal left empty: the block printed
    # "Lumajang, 4 Juli 2025, <the build's date>".
    report = _report([*BASE, ["Tempat Penandatanganan", "Lumajang, 4 Juli 2025"]])
    assert (report.settings.tempat, report.settings.tanggal) == ("Lumajang", "4 Juli 2025")
    assert not [f for f in report.findings if f.sheet == "Pengaturan"]


def test_a_date_typed_in_tempat_beside_a_tanggal_is_pointed_out():
    rows = [
        *BASE,
        ["Tempat Penandatanganan", "Lumajang, 1 Juli 2025"],
        ["Tanggal Penandatanganan", "4 Juli 2025"],
    ]
    report = _report(rows)
    assert (report.settings.tempat, report.settings.tanggal) == ("Lumajang", "4 Juli 2025")
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert "B8" in said.pesan


def test_a_signature_line_in_tempat_before_the_quarter_ends_is_checked():
    report = _report([*BASE, ["Tempat Penandatanganan", "Lumajang, 7 April 2025"]])
    assert report.settings.tanggal == "7 April 2025"
    (said,) = _findings(report, "Pengaturan", "B7", PERINGATAN)
    assert "30 Juni 2025" in said.pesan


@pytest.mark.parametrize("reader", ["read_grids", "read_grids_lxml"])
def test_a_hidden_realisasi_tahun_lalu_column_in_a_saved_workbook_is_pointed_out(tmp_path, reader):
    # The same, through both readers of a file saved by another program (openpyxl hides the column as
    # Excel's Format > Hide does): the template writes Realisasi Tahun Lalu among the optional columns.
    import openpyxl

    from lkj_xl.xlsx import read as xlsx_read
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "dinas.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Contoh", "Perangkat Daerah": "Dinas Contoh", "Tahun": 2025}
    row = {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "T", "Indikator": "Nilai", "Satuan": "%"}
    row.update({"Target": 80, "Realisasi TW I": 60, "Realisasi Tahun Lalu": 55})
    new_workbook(path, pengaturan={**settings, "Triwulan": 1}, kinerja=[row])
    wb = openpyxl.load_workbook(path)
    ws = wb["Kinerja"]
    top = next(r for r in ws.iter_rows(max_row=10) if any(cell.value == "Realisasi Tahun Lalu" for cell in r))
    header = next(cell for cell in top if cell.value == "Realisasi Tahun Lalu")
    ws.column_dimensions[header.column_letter].hidden = True
    wb.save(path)
    grids, names = getattr(xlsx_read, reader)(path.read_bytes())
    report = compute(parse_workbook(grids, names))
    (said,) = _findings(report, "Kinerja", header.coordinate, PERINGATAN)
    assert "Realisasi Tahun Lalu" in said.pesan


def test_a_staff_row_named_with_a_word_in_brackets_is_not_read_as_the_parameter():
    # "Tahun (lalu)" 2024 above the Tahun row: no unit or hint, another year meant; never the report's
    # Tahun (which would change every title), pointed out beside it as a row named another way.
    rows = [BASE[0], BASE[1], ["Tahun (lalu)", 2024], ["Tahun", 2025], ["Triwulan", 2]]
    report = _report(rows)
    assert report.settings.tahun == 2025
    assert _findings(report, "Pengaturan", "A5", PERINGATAN)
