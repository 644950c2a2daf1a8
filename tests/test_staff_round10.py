"""The workbook as it has lived (tenth round): a new workbook filled from the seed, then kept for a
year the way an agency keeps it. Where a figure came out wrong, or a galat or peringatan was missing or
misleading, without a word.

Found wrong, and tested here:
- a "Jumlah" or "Rata-rata" row typed under the Kinerja table (as LKjIP tables print one) was a galat
  "Kode kosong; ... tulis lagi Kodenya" or "Tingkat kosong": followed, the hint makes the subtotal an
  indicator of the node above, its figures in the node's capaian;
- a note typed under a table ("Catatan: ...", "Sumber: BPS", "*) angka sementara") was a galat
  naming a Kode or Tingkat in Kinerja, and in Anggaran a program without Pagu: a galat, and the total
  pagu and realisasi of Tabel 3.4 left unknown because of a note;
- a number or a date typed in Keterangan (12,5 in a General cell, a capaian formula, a cell formatted
  as %, a date) was exported as "12.5", "0.4071", "2025-07-10 00:00:00".
- the quarters titled in two rows ("Realisasi" merged over "TW I" ... "TW IV") were refused asking
  four times 'maksud Anda "Realisasi"?'.
- the quarter typed in a copy of Kinerja ("Kinerja (2)"), the old sheet hidden: the hidden sheet
  was read, the copy ignored, last quarter's figure printed without a word.
- "#N/A" pasted as text anywhere in Kinerja made the hidden columns and rows forgotten: a hidden
  Target Perubahan still replaced the Target, without its peringatan.
- a quarter typed as a formula adding the quarter before (Realisasi TW II =K2+4, the realisation s.d.
  TW II) was summed with it under Kumulatif, and in Anggaran: TW I counted twice, without a word.

Found right, and left alone (probed the same day): the filled workbook opened and saved by LibreOffice
(shared or inline strings, t="str" formula results, LibreOffice's own number and date formats, its
errors written as #VALUE!) gives the same export, built once and again; a workbook in the 1904 date
system signs on the same day (4 Juli 2025); formulas without a saved value and cached #REF! are galat
at their cells; merges over a node's rows, a repeated indicator row, Kodes sorted as text, capaian
exactly on 90 / 75 / 65 / 50 (27 of 30, and Negatif 110 / 125 / 135 / 150 of 100). The LibreOffice
round trip is kept below as a slow test.

The grids are built by hand (tests/test_engine.py's helpers); the Kinerja header is row 1, so data
rows start at 2: A Kode, D Uraian, E Indikator, I Target, L Realisasi TW II. Expected figures are
worked out by hand beside them.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.grids import column_letter
from lkj_xl.core.model import GALAT, PERINGATAN, Cell, HiddenRow, SheetGrid
from lkj_xl.core.parse import WorkbookError, parse_workbook
from tests.test_engine import anggaran_row, kinerja_row, run, workbook

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def _sasaran_and_programs():
    # S1 with two programs; capaian by hand: S1 20 of 40 = 50 %, P1 50 of 100 = 50 %, P2 90 of 100 = 90 %
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas koperasi", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program A", "Persentase A", 100, (None, 50, None, None), jenis="Nilai Akhir"),
        kinerja_row("P2", "Program", "S1", "Program B", "Persentase B", 100, (None, 90, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip


def _row(**cells):
    """A Kinerja row with only the given columns filled (letters as in the module docstring)."""
    row = [None] * 15
    for letter, value in cells.items():
        row[ord(letter) - ord("A")] = value
    return row


def _at(report, sheet, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel)]


# --- a subtotal row under the Kinerja table ---------------------------------------------------------
# LKjIP tables print a "Jumlah" or "Rata-rata capaian" row; staff type one under theirs. It is no
# indicator: a peringatan at the label, the row not read, and no galat telling staff to give it a Kode
# (which would make it an indicator of P2: 2 of 3 indicators at 90 % or more would become 3 of 4).


@pytest.mark.parametrize(
    ("row", "sel", "label"),
    [
        (_row(A="Jumlah", I=240, L=Cell(160, formula="=SUM(L2:L4)")), "A5", "Jumlah"),
        (_row(D="JUMLAH", I=240, L=160), "D5", "JUMLAH"),
        (_row(E="Rata-rata capaian", L=Cell(Fraction(190, 3), formula="=AVERAGE(M2:M4)")), "E5", "Rata-rata capaian"),
        (_row(A="Rata-rata", L=63.33), "A5", "Rata-rata"),
        (_row(D="Total"), "D5", "Total"),
    ],
)  # fmt: skip
def test_a_subtotal_row_under_kinerja_is_a_peringatan_not_an_indicator(row, sel, label):
    report = run([*_sasaran_and_programs(), row])
    assert [i.kode for i in report.indicators] == ["S1", "P1", "P2"]
    # capaian by hand (see _sasaran_and_programs): 50, 50, 90 %, nothing of the subtotal's figures
    assert [i.capaian_exact for i in report.indicators] == [Fraction(50), Fraction(50), Fraction(90)]
    assert not [f for f in report.findings if f.severity == GALAT], [f.pesan for f in report.findings]
    (warn,) = _at(report, "Kinerja", sel)
    assert warn.severity == PERINGATAN
    assert f'"{label}"' in warn.pesan and "bukan indikator" in warn.pesan and "tidak dihitung" in warn.pesan
    assert "tulis lagi Kodenya" not in warn.pesan


@pytest.mark.parametrize(
    ("row", "sel", "note"),
    [
        (_row(A="Catatan: realisasi TW II data sementara"), "A5", "Catatan: realisasi TW II data sementara"),
        (_row(D="Sumber: BPS Kabupaten Lumajang"), "D5", "Sumber: BPS Kabupaten Lumajang"),
        (_row(A="*) angka sementara"), "A5", "*) angka sementara"),
        (_row(E="Keterangan : capaian di atas 100% dibatasi"), "E5", "Keterangan : capaian di atas 100% dibatasi"),
    ],
)  # fmt: skip
def test_a_note_under_kinerja_is_a_peringatan_not_a_galat(row, sel, note):
    report = run([*_sasaran_and_programs(), [None] * 15, row])  # a blank row, then the note
    assert [i.kode for i in report.indicators] == ["S1", "P1", "P2"]
    assert not [f for f in report.findings if f.severity == GALAT], [f.pesan for f in report.findings]
    sel = f"{sel[0]}6"  # below the blank row
    (warn,) = _at(report, "Kinerja", sel)
    assert warn.severity == PERINGATAN and note[:40] in warn.pesan and "catatan" in warn.pesan
    assert "Keterangan" in warn.pesan  # where a note on one indicator belongs


def test_an_indicator_row_without_kode_is_still_a_galat():
    # not a subtotal or a note ("Jumlah UMKM" is an indicator's name): the galat and its hint stay
    report = run([*_sasaran_and_programs(), _row(E="Jumlah UMKM naik kelas", I=10, L=4)])
    (galat,) = _at(report, "Kinerja", "A5")
    assert galat.severity == GALAT and "tulis lagi Kodenya" in galat.pesan


# --- a note under the Anggaran table ----------------------------------------------------------------
# Pagu by hand: 41.000.000 + 54.888.000 = 95.888.000; realisasi 8.000.000 + 0 = 8.000.000,
# penyerapan 8.000.000 / 95.888.000 x 100 = 8,3431... % (Fraction(8_000_000, 95_888_000) * 100).

_BUDGET = [
    anggaran_row("P1", "Program A", "S1", 41_000_000, (None, 8_000_000, None, None)),
    anggaran_row("P2", "Program B", "S1", 54_888_000, (None, 0, None, None)),
]


@pytest.mark.parametrize(
    ("row", "sel"),
    [
        (["Catatan: realisasi s.d. 30 Juni 2025 (SIPD)"], "A5"),
        ([None, "Sumber: SIPD, diunduh 1 Juli 2025"], "B5"),
    ],
)
def test_a_note_under_anggaran_leaves_the_totals_known(row, sel):
    report = run(_sasaran_and_programs(), [*_BUDGET, [], row])
    assert report.total_pagu == 95_888_000
    assert report.total_realisasi_anggaran == 8_000_000
    assert report.total_penyerapan == pytest.approx(float(Fraction(8_000_000, 95_888_000) * 100))
    assert [b.kode for b in report.budgets] == ["P1", "P2"]
    assert not [f for f in report.findings if f.sheet == "Anggaran" and f.severity == GALAT]
    (warn,) = _at(report, "Anggaran", sel)
    assert warn.severity == PERINGATAN and "catatan" in warn.pesan and "bukan program" in warn.pesan


def test_a_note_with_a_figure_in_anggaran_is_read_as_before():
    # a pagu beside the text: a row of figures after all, never dropped without a word; counted as it
    # was before this round: 41.000.000 + 54.888.000 + 5.000.000 = 100.888.000, pointed out at its row
    report = run(_sasaran_and_programs(), [*_BUDGET, ["Catatan: dana BOK", None, None, 5_000_000]])
    assert report.total_pagu == 100_888_000
    assert [f for f in report.findings if f.sheet == "Anggaran" and f.sel.endswith("4")]
    assert not [f for f in report.findings if "bukan program" in f.pesan]


# --- a number or a date in a column of words ---------------------------------------------------------
# Keterangan is exported (JSON, CSV, the rekap) as the text staff see in the cell. A number typed there
# in a General cell (12,5) or a capaian formula (=L2/I2*100) came out with a decimal point, the
# English way ("12.5" reads as 125 in Indonesian); a date as Python writes it ("2025-07-10 00:00:00");
# a cell formatted as % as its stored fraction ("0.4071" for 40,71%).


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        (Cell(12.5), "12,5"),
        # the capaian 29 / 40,71 x 100 = 71,2355...; a figure in a text shows at most 4 decimals
        (Cell(float(Fraction(290_000, 4071)), formula="=L2/I2*100"), "71,2356"),
        (Cell(0.4071, percent=True), "40,71%"),  # shown as 40,71% in the cell
        (Cell(dt.datetime(2025, 7, 10)), "10 Juli 2025"),
        (Cell(dt.datetime(2025, 7, 1), month_only=True), "Juli 2025"),  # "Jul-25": no day invented
        (Cell(2024), "2024"),  # a year stays a year (no "2.024")
        (Cell(2024.0), "2024"),
        (Cell("Data BPS 12.5"), "Data BPS 12.5"),  # text stays as typed
    ],
)
def test_a_number_or_date_in_keterangan_is_shown_the_indonesian_way(cell, shown):
    rows = _sasaran_and_programs()
    rows[0][14] = cell  # O2, Keterangan
    report = run(rows)
    assert report.indicators[0].keterangan == shown


def test_a_date_shown_without_its_day_in_a_figure_cell_is_named_as_shown():
    # "10-2025" typed in Realisasi TW II, kept by Excel as 1 October 2025 shown "Okt-25": the galat named
    # a day the cell does not show ("1 Oktober 2025"); it names what the cell shows
    rows = _sasaran_and_programs()
    rows[0][11] = Cell(dt.datetime(2025, 10, 1), month_only=True)  # L2
    report = run(rows)
    (galat,) = _at(report, "Kinerja", "L2")
    assert galat.severity == GALAT and "(Oktober 2025)" in galat.pesan and "1 Oktober" not in galat.pesan


# --- a quarter typed as a formula adding the quarter before ----------------------------------------------
# Staff keep the realisation s.d. the quarter with a formula: Realisasi TW II =K2+4 (TW I 25, 4 more
# this quarter, 29 shown). Kumulatif sums the quarters: 25 + 29 = 54, capaian 54 / 40,71 x 100 =
# 132,65 % "Sangat Tinggi" printed without a word where the seed's 29 gives 71,24 % "Sedang". The same
# in Anggaran: TW II =F2+300000000 (s.d. TW II 500 juta) summed with TW I's 200 juta gives 700 juta,
# penyerapan 70 % of a pagu of 1 miliar instead of 50 %. The formula itself says the cell holds TW I:
# a galat at the cell, no capaian (no total) computed from it.


def _koperasi(tw2, jenis="Kumulatif"):
    row = kinerja_row("S1", "Sasaran", "", "S", "Persentase koperasi diperiksa", "40,71", (25, tw2, None, None), jenis=jenis)  # fmt: skip
    return run([row])


@pytest.mark.parametrize("formula", ["=K2+4", "=SUM(K2,4)", "=$K$2+4", "=4+K2", "=K2"])
def test_a_kumulatif_quarter_adding_the_quarter_before_is_a_galat(formula):
    value = 25 if formula == "=K2" else 29
    report = _koperasi(Cell(value, formula=formula))
    ind = report.indicators[0]
    assert ind.capaian is None and ind.galat == ["Kinerja!L2"]
    (galat,) = _at(report, "Kinerja", "L2")
    assert galat.severity == GALAT and formula in galat.pesan and "K2" in galat.pesan
    assert "Kumulatif" in galat.pesan and "Nilai Akhir" in galat.pesan


@pytest.mark.parametrize(
    ("tw2", "jenis", "capaian"),
    [
        # the quarter's own figure worked out from the total: =29-K2 = 4; (25 + 4) / 40,71 x 100
        (Cell(4, formula="=29-K2"), "Kumulatif", Fraction(290_000, 4071)),
        # a Nilai Akhir (position) may carry the quarter before forward: the last, 29 / 40,71 x 100
        (Cell(29, formula="=K2+4"), "Nilai Akhir", Fraction(290_000, 4071)),
        # another sheet's K2 is not this row's TW I: 25 + 4 = 29
        (Cell(4, formula="=Data!K2"), "Kumulatif", Fraction(290_000, 4071)),
    ],
)
def test_other_quarter_formulas_are_computed_as_before(tw2, jenis, capaian):
    report = _koperasi(tw2, jenis)
    assert report.indicators[0].capaian_exact == capaian
    assert not [f for f in report.findings if f.severity == GALAT]


def test_an_anggaran_quarter_adding_the_quarter_before_is_a_galat():
    rows = [
        kinerja_row(
            "P1", "Program", "", "P", "Persentase A", 100, (None, 50, None, None), jenis="Nilai Akhir"
        )
    ]
    budget = [anggaran_row("P1", "Program A", "", 1_000_000_000, (200_000_000, Cell(500_000_000, formula="=F2+300000000"), None, None))]  # fmt: skip
    report = run(rows, budget)
    assert report.total_realisasi_anggaran is None and report.total_penyerapan is None
    (galat,) = _at(report, "Anggaran", "G2")
    assert galat.severity == GALAT and "=F2+300000000" in galat.pesan and "F2" in galat.pesan


# --- a header of two rows ------------------------------------------------------------------------------
# LKjIP tables title the quarters in two rows: "Realisasi" merged over four columns, "TW I" ... "TW IV"
# below. The refusal said "Realisasi TW I" was missing, asking four times 'maksud Anda "Realisasi"?'
# (renaming "Realisasi" would not do): it names the two rows and what to type in one cell.


def _two_row_header(sheet_headers, first, subs):
    top = [Cell(None if h.startswith("Realisasi TW") else h) for h in sheet_headers]
    top[first] = Cell("Realisasi")
    for col in range(first + 1, first + 4):
        top[col] = Cell(None, merged=f"{column_letter(first)}1:{column_letter(first + 3)}1")
    below = [Cell(None)] * len(sheet_headers)
    below[first : first + 4] = [Cell(s) for s in subs]
    return [top, below]


@pytest.mark.parametrize("subs", [("TW I", "TW II", "TW III", "TW IV"), ("I", "II", "III", "IV")])
def test_a_header_of_two_rows_is_refused_saying_how_to_title_it(subs):
    book = workbook([kinerja_row("T1", "Tujuan", "", "T", "Jumlah koperasi", 10, (None, 5, None, None))])
    book["Kinerja"] = [*_two_row_header(c.KINERJA_HEADERS, 10, subs), *book["Kinerja"][1:]]
    with pytest.raises(WorkbookError) as caught:
        parse_workbook(book)
    (problem,) = caught.value.problems
    assert 'Sheet "Kinerja" baris 1' in problem
    assert 'dua baris ("Realisasi" di atas ' in problem and "K2" in problem
    assert '"Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"' in problem
    assert "maksud Anda" not in problem


def test_a_header_of_two_rows_in_anggaran_too():
    book = workbook([kinerja_row("P1", "Program", "", "P", "Jumlah koperasi", 10, (None, 5, None, None))])
    book["Anggaran"] = _two_row_header(c.ANGGARAN_HEADERS, 5, ("TW I", "TW II", "TW III", "TW IV"))
    with pytest.raises(WorkbookError) as caught:
        parse_workbook(book)
    (problem,) = caught.value.problems
    assert 'Sheet "Anggaran" baris 1' in problem and "F2" in problem and '"Realisasi TW IV"' in problem


# --- an input sheet hidden, and its copy ---------------------------------------------------------------
# A quarter's figures typed in a copy of the sheet (Excel's Move or Copy names it "Kinerja (2)",
# LibreOffice "Kinerja_2", openpyxl "Kinerja Copy", Google Sheets "Salinan dari Kinerja"), the old sheet
# hidden: the hidden Kinerja was read, last quarter's 95 printed where 200 was typed, without a word.


def _copy_book(hidden: bool, copy_name: str | None):
    book = workbook(
        [
            kinerja_row(
                "T1", "Tujuan", "", "T", "Jumlah IKM difasilitasi", 400, (None, 95, None, None), satuan="IKM"
            )
        ]
    )
    if hidden:
        book["Kinerja"] = SheetGrid(book["Kinerja"], frozenset(), hidden_sheet=True)
    names = ["Pengaturan", "Kinerja", *([copy_name] if copy_name else []), "Anggaran"]
    return compute(parse_workbook(book, names))


# fmt: skip


@pytest.mark.parametrize("copy_name", ["Kinerja (2)", "Kinerja(2)", "Kinerja_2", "Kinerja Copy", "Salinan dari Kinerja", "Copy of Kinerja", "KINERJA (3)"])  # fmt: skip
def test_a_hidden_input_sheet_beside_its_copy_is_a_galat(copy_name):
    report = _copy_book(True, copy_name)
    (galat,) = [f for f in report.findings if f.severity == GALAT]
    assert (galat.sheet, galat.sel) == ("Kinerja", "")
    assert (
        f'"{copy_name}"' in galat.pesan and "tidak dibaca" in galat.pesan and "disembunyikan" in galat.pesan
    )


def test_a_copy_of_a_visible_input_sheet_is_a_peringatan():
    report = _copy_book(False, "Kinerja (2)")
    (warn,) = [f for f in report.findings if '"Kinerja (2)"' in f.pesan]
    assert warn.severity == PERINGATAN and warn.sheet == "Kinerja" and "tidak dibaca" in warn.pesan
    assert report.indicators[0].capaian_exact == Fraction(95, 4)  # 95 / 400 x 100 = 23,75 %, as before


def test_a_hidden_input_sheet_alone_is_a_peringatan():
    report = _copy_book(True, None)
    (warn,) = [f for f in report.findings if f.sel == "" and f.sheet == "Kinerja"]
    assert warn.severity == PERINGATAN and "disembunyikan" in warn.pesan and "dibaca" in warn.pesan


def test_other_sheets_are_no_copies():
    # "Kinerja 2024" (last year's, kept on purpose) and "Analisis" name no copy of an input sheet
    report = compute(parse_workbook(workbook([kinerja_row("T1", "Tujuan", "", "T", "X", 10, (None, 5, None, None))]), ["Pengaturan", "Kinerja", "Anggaran", "Kinerja 2024", "Anggaran Murni"]))  # fmt: skip
    assert not [f for f in report.findings if f.sel == ""]


@pytest.mark.parametrize("reader", ["read_grids", "read_grids_lxml"])
def test_the_file_readers_see_a_hidden_input_sheet(tmp_path, reader):
    openpyxl = pytest.importorskip("openpyxl")
    from lkj_xl.xlsx import read

    book = openpyxl.load_workbook(EXAMPLE)
    copy = book.copy_worksheet(book["Kinerja"])
    copy.title = "Kinerja (2)"
    copy["L7"] = 200  # this quarter typed in the copy; the hidden sheet keeps 95
    book["Kinerja"].sheet_state = "hidden"
    path = tmp_path / "disalin.xlsx"
    book.save(path)
    grids, names = getattr(read, reader)(path)
    assert getattr(grids["Kinerja"], "hidden_sheet", False) is True
    assert not getattr(grids["Anggaran"], "hidden_sheet", False)
    report = compute(parse_workbook(grids, names))
    assert [f for f in report.findings if f.severity == GALAT and '"Kinerja (2)"' in f.pesan]


# --- "#N/A" pasted as text beside a hidden column or in a hidden row ---------------------------------------
# A "#N/A" text anywhere in Kinerja (a VLOOKUP pasted as values into Keterangan) made the parser copy the
# grid as a plain list: the hidden columns and rows were forgotten, and with them their peringatan. A
# Target Perubahan of 20 typed earlier and hidden still replaced the Target of 10 (capaian 5 / 20 x 100
# = 25 %, not the 50 % the visible Target gives) without a word.


def test_a_hidden_target_perubahan_is_said_beside_an_error_pasted_as_text():
    row = kinerja_row("T1", "Tujuan", "", "T", "Jumlah IKM", 10, (None, 5, None, None), satuan="unit", target_perubahan=20, keterangan="#N/A")  # fmt: skip
    book = workbook([row])
    book["Kinerja"] = SheetGrid(book["Kinerja"], frozenset({9}))  # J, Target Perubahan, hidden
    report = compute(parse_workbook(book))
    assert report.indicators[0].capaian_exact == Fraction(25)  # 5 / 20 x 100: read, as Excel's SUM would
    assert [f for f in report.findings if f.sel == "J1" and "disembunyikan" in f.pesan]


def test_a_hidden_row_is_said_beside_an_error_pasted_as_text():
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Jumlah IKM", 10, (None, 5, None, None), satuan="unit"),
        kinerja_row("T1", "Tujuan", "", "T", "Jumlah IKM tahun lalu", 10, (None, 8, None, None), satuan="unit", keterangan="#N/A"),
    ]  # fmt: skip
    book = workbook(rows)
    book["Kinerja"][2] = HiddenRow(book["Kinerja"][2])  # row 3, last year's indicator, hidden
    report = compute(parse_workbook(book))
    assert [f for f in report.findings if f.sel == "A3" and "disembunyikan" in f.pesan]


# --- the filled workbook saved by LibreOffice ----------------------------------------------------------


@pytest.mark.slow
def test_the_example_saved_by_libreoffice_exports_the_same(tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from lkj_xl.xlsx.read import read_grids, read_grids_lxml

    out = tmp_path / "lo"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(EXAMPLE)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    saved = out / EXAMPLE.name
    exports = []
    for path in (EXAMPLE, saved):
        done = subprocess.run(
            [sys.executable, "-m", "lkj_xl", "export", str(path)], check=True, capture_output=True, cwd=ROOT
        )
        exports.append(json.loads(done.stdout))
    assert exports[0] == exports[1]
    # and both readers read LibreOffice's XML alike (tests/test_read_fast.py compares Excel's)
    assert read_grids(saved) == read_grids_lxml(saved)
