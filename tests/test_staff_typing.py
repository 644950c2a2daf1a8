"""Cells typed the way agency staff type them, where the easy reading gives a wrong figure silently.

Most cases are one Kinerja row; the expected figures are worked out by hand (Fractions) in the comment
beside them, and where the input is ambiguous the expectation is a finding at the cell, not a number.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from tests.common import EXAMPLE
from tests.helpers_staff import built_new_workbook, csv_rows, row_of
from tests.test_engine import kinerja_row, messages, run


def _findings(report, sel, severity):
    return [f for f in report.findings if f.sel == sel and f.severity == severity]


# --- a number with a sign or mark in front of it is not a status text --------------------------------


@pytest.mark.parametrize("typed", ["± 4", "~4", "> 4", "<4", "≥ 4", "≈4", "½", "٤"])
def test_number_with_a_mark_in_front_is_galat_not_a_status(typed):
    # Target 40,71 (%), TW I 25, TW II typed "± 4" (about four). Read as a status text, the Kumulatif
    # sum silently became TW I alone: 25 / 40,71 = 61,41 % (Rendah) instead of (25 + 4) / 40,71. The
    # cell is a number the tool cannot read exactly: a galat at L2, and no capaian from TW I alone.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "Persen", "40,71", (25, typed, None, None))]
    report = run(rows)
    ind = report.indicators[0]
    assert ind.capaian is None and ind.realisasi is None and ind.kriteria is None, ind
    assert ind.galat == ["Kinerja!L2"], ind.galat
    (finding,) = _findings(report, "L2", GALAT)
    assert typed in finding.pesan and "Realisasi TW II" in finding.pesan, finding.pesan


@pytest.mark.parametrize(
    "status", ["Menunggu data BPS", "(Data BPS 2025 belum terbit)", "TW 2 belum direkap"]
)
def test_status_texts_stay_statuses(status):
    # A status alone (no number typed anywhere): Belum diketahui with that text, no galat; a year or a
    # quarter number inside a text that begins with a word is part of the status.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "PDRB", "40,71", ("-", status, None, None))]
    ind = run(rows).indicators[0]
    assert ind.capaian is None and ind.status == status and not ind.galat


# --- a status text in a counted quarter beside numbers in the others is pointed out -------------------


@pytest.mark.parametrize(
    ("jenis", "realisasi"),
    [
        ("Kumulatif", Fraction(25)),  # the sum of the quarters with a number: TW I 25 alone
        ("Rata-rata", Fraction(25)),  # the mean of the quarters with a number: 25 / 1
        ("Nilai Akhir", Fraction(25)),  # the latest quarter with a number: TW I
    ],
)
def test_status_text_in_a_counted_quarter_beside_numbers_is_a_peringatan(jenis, realisasi):
    # TW I 25, TW II "Menunggu data" (not known yet). The README's rule counts the quarters that have a
    # number, so realisasi s.d. TW II is TW I's 25 and capaian 25 / 40 = 62,5 %; but that figure stands
    # for s.d. TW II while TW II itself is missing, which the user must be told at L2.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Persen", 40, (25, "Menunggu data", None, None), jenis=jenis)
    ]
    report = run(rows)
    ind = report.indicators[0]
    if jenis != "Nilai Akhir":
        # Changed by the lead's later decision (README "Values"): a Kumulatif or Rata-rata whose reported
        # quarter holds a status is belum diketahui (this test pinned TW I's 25, 62,5 %, for them too)
        assert ind.realisasi is None and ind.capaian is None and ind.status == "Menunggu data"
        return
    assert ind.realisasi == realisasi and ind.capaian == 62.5  # 25 / 40 * 100 = 62,5 exactly
    (finding,) = _findings(report, "L2", PERINGATAN)
    assert "Menunggu data" in finding.pesan and "TW I" in finding.pesan, finding.pesan


def test_no_data_dash_beside_numbers_is_not_a_finding():
    # The seed's Nilai Investasi: TW I 193.900 juta, TW II "-" (no data): capaian from TW I, as the
    # report printed it (193.900 / 1.282.684,40 = 15,12 %); "-" is "no data", not a missing figure.
    rows = [
        kinerja_row(
            "T2", "Tujuan", "", "T", "Investasi", "1.282.684,40 juta", ("193.900 juta", "-", None, None)
        )
    ]
    report = run(rows, satuan="Rupiah")
    assert report.indicators[0].capaian == pytest.approx(
        float(Fraction(193900) / Fraction("1282684.4") * 100)
    )
    assert not [m for m in messages(report) if "!L2" in m], messages(report)


# --- one indicator, one way of showing its numbers, in every table and sentence ----------------------


def _texts(ws):
    return [cell.value for r in ws.iter_rows() for cell in r if isinstance(cell.value, str)]


def test_decimals_of_a_quarter_are_the_decimals_of_every_figure_of_its_indicator(tmp_path):
    # Kumulatif TW I 1,5 + TW II 2,5 = 4 of a target 40: capaian 4 / 40 = 10 %. Tabel 3.1 shows the
    # quarters 1,50 and 2,50, so (one decimals rule per indicator) the target and realisasi read 40,00
    # and 4,00 there, and must read so in Tabel 3.2 and in the Analisis Capaian sentences too (they
    # read 40 and 4 there, while Tabel 3.1 printed 40,00 and 4,00). Realisasi Tahun Lalu 3 (a whole
    # number) makes the analysis sheets appear and is shown 3,00 alike.
    kinerja = [
        {
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Uraian": "Sasaran satu",
            "Indikator": "Persentase desimal",
            "Satuan": "%",
            "Target": 40,
            "Realisasi TW I": "1,5",
            "Realisasi TW II": "2,5",
            "Realisasi Tahun Lalu": 3,
        }
    ]
    book = built_new_workbook(tmp_path, kinerja)
    two = "[$-421]#,##0.00"
    ts = row_of(book["Capaian Tujuan Sasaran"], "Persentase desimal")
    assert [cell.value for cell in ts[4:7]] + [ts[9].value] == [40, 1.5, 2.5, 4]
    assert {cell.number_format for cell in (*ts[4:7], ts[9])} == {two}
    cp = row_of(book["Capaian Program"], "Persentase desimal")
    numbers = [cell for cell in cp[3:] if isinstance(cell.value, int | float) and cell.value in (40, 4)]
    assert len(numbers) == 2 and {cell.number_format for cell in numbers} == {two}, numbers
    pk = row_of(book["Perbandingan Kinerja"], "Persentase desimal")
    # Tahun lalu 3, realisasi 4, selisih 4 - 3 = 1: all shown with two decimals.
    shown = [cell for cell in pk[3:] if isinstance(cell.value, int | float) and cell.value in (3, 4, 1)]
    assert len(shown) == 3 and {cell.number_format for cell in shown} == {two}, shown
    text = " ".join(_texts(book["Analisis Capaian"]))
    # the target as typed and as the PK tables print it, 40 (tampilan61: "40,00%" beside a realisasi
    # 73,375 read "75,000"); the realisasi keeps its row's decimals, as Tabel 3.1 shows it
    assert "sebesar 40%, terealisasi" in text and "sebesar 4,00%" in text, text
    assert "sebesar 40,00%" not in text and "sebesar 4%" not in text
    assert "(3,00%)" in text and "sebesar 1,00 poin" in text  # last year 3%, rise 4 - 3 = 1 poin


# --- a percentage written as a fraction beside one written with % ------------------------------------


@pytest.mark.parametrize(
    ("target", "tw2", "percent_cells", "odd", "capaian"),
    [
        # Target "90%", TW II typed 0,81 (meaning 81 %): read as 0,81 %, capaian 0,81 / 90 = 0,9 %.
        ("90%", "0,81", (), "L2", Fraction(9, 10)),
        # Target a cell formatted 0% holding 0,9 (shown 90%), TW II a plain number cell 0,81: the same.
        (0.9, 0.81, ("target",), "L2", Fraction(9, 10)),
        # Target typed "0,9" (meaning 90 %), TW II "81%": 81 / 0,9 = 9.000 %, Sangat Tinggi.
        ("0,9", "81%", (), "I2", Fraction(9000)),
    ],
)
def test_percent_beside_a_fraction_is_a_peringatan(target, tw2, percent_cells, odd, capaian):
    from lkj_xl.core.model import Cell

    if "target" in percent_cells:
        target = Cell(target, percent=True)
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Persen", target, (None, tw2, None, None), jenis="Nilai Akhir")
    ]
    report = run(rows)
    ind = report.indicators[0]
    assert ind.capaian_exact == capaian  # the figure as written: not guessed
    (finding,) = _findings(report, odd, PERINGATAN)
    assert "%" in finding.pesan, finding.pesan


@pytest.mark.parametrize(
    ("target", "tws"),
    [
        ("40,71%", (25, 4)),  # the seed's koperasi: quarters in % units, written without % (> 1)
        ("54,27%", (None, "0,8%")),  # both with %: 0,8 % is a real 0,8 %
        ("61,45%", (None, 0)),  # zero is zero in any unit
        ("0,9", (None, "0,6")),  # neither with %
    ],
)
def test_percent_units_written_alike_are_not_a_finding(target, tws):
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "Persen", target, (*tws, None, None), jenis="Kumulatif")]
    )
    assert not [f for f in report.findings if f.severity == PERINGATAN], messages(report)


# --- a formula's float noise on a kriteria edge -----------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tw1", "shown_capaian"),
    [
        # A realisation computed in Excel, =0,27/0,3*100, is saved as 90.00000000000001 (17 digits);
        # Excel shows 90 (15 significant digits), and no one can type the 17-digit value. Of a
        # target 100 the capaian is 90,00000000000001 (Sangat Tinggi) as saved, 90 (Tinggi) as shown:
        # the cell decides the kriteria by its noise, so it is pointed out at K2.
        (100, 0.27 / 0.3 * 100, Fraction(90)),
        # 0,1 + 0,2 computed in a cell (0.30000000000000004) of a target 0,4: 75,00000000000001
        # (Tinggi) as saved, 0,3 / 0,4 = 75 (Sedang) as shown.
        (0.4, 0.1 + 0.2, Fraction(75)),
    ],
)
def test_float_noise_that_decides_the_kriteria_is_a_peringatan(target, tw1, shown_capaian):
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "P", target, (tw1, None, None, None), jenis="Kumulatif")]
    )
    ind = report.indicators[0]
    # The figure follows the README (a number cell at its shortest decimal form): above the edge.
    assert ind.capaian_exact > shown_capaian and ind.capaian_exact - shown_capaian < Fraction(1, 10**12)
    (finding,) = _findings(report, "K2", PERINGATAN)
    assert "15" in finding.pesan and ind.kriteria.lower() in finding.pesan.lower(), finding.pesan


def test_float_noise_away_from_an_edge_is_not_a_finding():
    # =214/737*100 (seed: 214 of 737 koperasi) saved as 29.036635006784262: capaian of a target 40,71
    # is 71,33 % whichever way it is rounded (Sedang): nothing to point out.
    report = run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "T", "P", "40,71", (None, 214 / 737 * 100, None, None), jenis="Kumulatif"
            )
        ]
    )
    assert report.indicators[0].kriteria == "Sedang" and not report.findings, messages(report)


# --- a node's capaian from part of its indicators says so ----------------------------------------------


def test_node_capaian_from_part_of_its_indicators_has_a_note():
    # Sasaran S1 has two indicators: A, 29 of 40 = 72,5 % (Sedang), and B, "Menunggu data BPS". Its
    # capaian is the mean of the measured ones (README): 72,5 %, printed in Tabel 3.3 beside both
    # indicator names; a note says it is 1 of the 2 and why B is left out, as for a galat.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Tujuan satu", 100, (None, 50, None, None), jenis="Kumulatif"),
        kinerja_row("S1", "Sasaran", "T1", "S", "A", 40, (25, 4, None, None), jenis="Kumulatif"),
        kinerja_row(
            "S1", "Sasaran", "T1", "S", "B", 50, ("-", "Menunggu data BPS", None, None), jenis="Nilai Akhir"
        ),
    ]
    report = run(rows)
    row = next(r for r in report.efisiensi if r.kode == "S1")
    assert row.capaian_exact == Fraction(145, 2)  # (25 + 4) / 40 * 100 = 72,5
    assert "1 dari 2" in row.catatan and "B" in row.catatan and "Menunggu data BPS" in row.catatan, (
        row.catatan
    )
    # A node whose indicators are all measured has no note.
    assert not next(r for r in report.efisiensi if r.kode == "T1").catatan


def test_node_capaian_sentence_says_which_indicators_it_stands_for():
    # The same Sasaran: 3.2.1 of Analisis Capaian gave "capaian kinerja ... sebesar 72,50%" for "A dan
    # B", while 72,5 % is A's alone ((25 + 4) / 40 * 100); the sentence now says 1 of 2 and why.
    from lkj_xl.core.analisis_teks import faktor

    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Tujuan satu", 100, (None, 50, None, None), jenis="Kumulatif"),
        kinerja_row("S1", "Sasaran", "T1", "S", "A", 40, (25, 4, None, None), jenis="Kumulatif"),
        kinerja_row(
            "S1", "Sasaran", "T1", "S", "B", 50, ("-", "Menunggu data BPS", None, None), jenis="Nilai Akhir"
        ),
    ]
    text = faktor(run(rows)).teks
    sentence = next(
        line for line in text.splitlines() if line.startswith("Sasaran S dengan indikator A dan B")
    )
    assert "sebesar 72,50% (kriteria sedang)" in sentence, sentence
    assert "1 dari 2 indikator" in sentence and "Menunggu data BPS" in sentence, sentence
    # Tujuan T1: its one indicator measured (50 / 100 = 50 %): no such remark.
    tujuan = next(line for line in text.splitlines() if line.startswith("Tujuan T dengan indikator"))
    assert "dari 1 indikator" not in tujuan, tujuan


# --- the Excel-id CSV shows an edge value as the sheets do ------------------------------------------------


@pytest.mark.parametrize(
    ("tw2", "shown", "kriteria"),
    [
        # 36,0016 / 40 * 100 = 90,004: Sangat Tinggi; the sheets show 90,004 (never 90,00 beside it).
        ("36,0016", "90,004", "Sangat Tinggi"),
        # 39,9984 / 40 * 100 = 99,996: below 100 %; the sheets show 99,996 (never 100,00).
        ("39,9984", "99,996", "Sangat Tinggi"),
        # 35,998 / 40 * 100 = 89,995: Tinggi; 90,00 (two decimals, half up) is Tinggi too.
        ("35,998", "90,00", "Tinggi"),
    ],
)
def test_excel_id_csv_shows_capaian_with_the_decimals_of_its_kriteria(tw2, shown, kriteria):
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 40, (None, tw2, None, None), jenis="Kumulatif")]
    report = run(rows)
    (row,) = csv_rows(report, "indikator")
    assert (row["capaian"], row["kriteria"]) == (shown, kriteria)
    (node,) = csv_rows(report, "efisiensi")
    assert node["capaian"] == shown


def test_excel_id_csv_shows_the_sign_of_a_tiny_efisiensi():
    # Capaian 40 / 100 = 40 %; Anggaran pagu 1.000.000, realisasi 400.040: penyerapan 40,004 %;
    # efisiensi 40 - 40,004 = -0,004 points, Tidak efisien: shown (0,004), as in Tabel 3.3.
    from tests.test_engine import anggaran_row

    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 100, (None, 40, None, None), jenis="Kumulatif")]
    report = run(rows, [anggaran_row("P1", "Program", "T1", 1_000_000, (None, 400_040, None, None))])
    (node,) = csv_rows(report, "efisiensi")
    assert node["efisiensi"] == "(0,004)", node


# --- a percent format on an amount that is not a percentage ---------------------------------------------


def test_percent_format_on_a_budget_cell_is_a_peringatan():
    # Pagu typed 410.000 into a cell formatted 0% (Excel stores 410.000 and shows 41.000.000%): read as
    # it shows (README: a percent cell in percent units), 41.000.000; a rupiah amount shown with % is
    # pointed out at D2. Realisasi 8.000.000 in a plain cell: penyerapan 8 / 41 * 100 = 19,51 %.
    from lkj_xl.core.model import Cell
    from tests.test_engine import anggaran_row

    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 100, (None, 40, None, None), jenis="Kumulatif")]
    budgets = [
        anggaran_row("P1", "Program", "T1", Cell(410_000, percent=True), (None, 8_000_000, None, None))
    ]
    report = run(rows, budgets)
    [budget] = report.budgets
    assert budget.pagu == 41_000_000 and budget.penyerapan == pytest.approx(float(Fraction(8, 41) * 100))
    (finding,) = _findings(report, "D2", PERINGATAN)
    assert "persen" in finding.pesan, finding.pesan


def test_percent_format_on_a_count_is_a_peringatan_and_on_a_percentage_is_not():
    from lkj_xl.core.model import Cell

    # Satuan "unit", target 4 in a cell formatted 0% (shown 400%): read 400 as shown, pointed out at I2.
    rows = [
        kinerja_row(
            "T1", "Tujuan", "", "T", "P", Cell(4, percent=True), (None, 100, None, None), satuan="unit"
        )
    ]
    report = run(rows)
    assert report.indicators[0].target == 400
    (finding,) = _findings(report, "I2", PERINGATAN)
    assert "persen" in finding.pesan and "unit" in finding.pesan, finding.pesan
    # Satuan "%": the percent format is what the cell means.
    rows = [
        kinerja_row(
            "T1", "Tujuan", "", "T", "P", Cell(0.4, percent=True), (None, 30, None, None), jenis="Kumulatif"
        )
    ]
    assert not run(rows).findings


# --- a Batas Capaian below 100 -------------------------------------------------------------------------


def test_batas_capaian_below_100_is_a_galat_and_no_cap():
    # Batas Capaian typed 1,2 (meaning 120 %, written as a fraction). Applied, it capped every capaian
    # at 1,2 %, so 40 of 40 (100 %) printed 1,2 %, Sangat Rendah, with only a peringatan. Changed by the
    # lead (stop 42): a cap below 100 cuts even a target met, which no agency means, so it is a galat at
    # its cell and no cap is applied: 40 / 40 x 100 = 100 %, Sangat Tinggi.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 40, (None, 40, None, None), jenis="Kumulatif")]
    report = run(rows, **{"Batas Capaian": "1,2"})
    ind = report.indicators[0]
    assert ind.capaian_exact == 100 and ind.kriteria == "Sangat Tinggi"
    # Pengaturan rows: title, header, then Pemerintah Daerah (B3) ... Triwulan (B6), Batas Capaian B7.
    (finding,) = [f for f in report.findings if f.sheet == "Pengaturan" and f.sel == "B7"]
    assert finding.severity == GALAT and "di bawah 100" in finding.pesan and "120" in finding.pesan, (
        finding.pesan
    )


def test_batas_capaian_of_99_is_no_cap_either():
    # 99 typed: a target met (30 of 30, 100 %) would print 99 %: no cap, a galat; 36 of 30 is 120 %.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 30, (None, 36, None, None), jenis="Kumulatif")]
    report = run(rows, **{"Batas Capaian": 99})
    assert report.indicators[0].capaian_exact == 120
    assert [f.severity for f in report.findings if f.sheet == "Pengaturan"] == [GALAT]


def test_batas_capaian_of_100_or_more_is_not_a_finding():
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 40, (None, 50, None, None), jenis="Kumulatif")]
    report = run(rows, **{"Batas Capaian": 120})
    assert report.indicators[0].capaian_exact == 120 and not report.findings, messages(report)  # 125 capped


# --- "-" in Polaritas -------------------------------------------------------------------------------------


def test_dash_in_polaritas_is_galat_not_negatif():
    # Staff write "-" in cells they leave empty (README: "-" means no data). Read as Negatif it flipped
    # the formula: (2 x 40 - 29) / 40 x 100 = 127,5 % (Sangat Tinggi) instead of 29 / 40 x 100 =
    # 72,5 % (Sedang). It is ambiguous: a galat at G2, and no capaian.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "P", 40, (25, 4, None, None), jenis="Kumulatif", polaritas="-")
    ]
    report = run(rows)
    ind = report.indicators[0]
    assert ind.capaian is None and ind.kriteria is None and ind.galat == ["Kinerja!G2"], ind
    (finding,) = _findings(report, "G2", GALAT)
    assert '"-"' in finding.pesan and "Negatif" in finding.pesan, finding.pesan


# --- Polaritas / Jenis Realisasi from a formula that has no value ----------------------------------------


@pytest.mark.parametrize("header_col", [("polaritas", "G2"), ("jenis", "H2")])
@pytest.mark.parametrize("cell", ["error", "formula"])
def test_dropdown_cell_without_a_value_is_galat_not_the_default(header_col, cell):
    # Polaritas filled by =VLOOKUP(...) that gives #N/A (or a formula saved without its value): it
    # was read as blank, so the default Positif (Kumulatif) applied without a word; for a Negatif
    # indicator 29 of 40 gave 72,5 % instead of (80 - 29) / 40 = 127,5 %. A galat at the cell.
    from lkj_xl.core.model import Cell

    key, ref = header_col
    value = Cell(None, error="#N/A") if cell == "error" else Cell(None, formula="VLOOKUP(E2,Master!A:B,2,0)")
    kw = {"polaritas": "Negatif", "jenis": "Kumulatif", key: value}
    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", 40, (25, 4, None, None), **kw)])
    ind = report.indicators[0]
    assert ind.capaian is None and ind.galat == [f"Kinerja!{ref}"], ind
    (finding,) = _findings(report, ref, GALAT)
    assert ("#N/A" if cell == "error" else "rumus") in finding.pesan, finding.pesan


# --- "1,250": a decimal comma, or thousands written the English way? ----------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"), [("1,250", "1.250"), ("500,000", "500.000"), ("Rp 2,500", "2.500")]
)
def test_comma_before_three_digits_of_rupiah_is_a_galat(typed, meant):
    # README: "," is the decimal mark, so "1,250" reads 1,25; written the English way it means 1.250 (a
    # thousand times more). A rupiah figure (Kinerja's Satuan Rp, Anggaran's pagu) is printed from neither
    # guess since anggaran51 (tests/test_anggaran_koma_ribuan.py): a galat at the cell naming both.
    from tests.test_engine import anggaran_row

    rows = [
        kinerja_row(
            "T1", "Tujuan", "", "T", "P", 100, (None, typed, None, None), jenis="Kumulatif", satuan="Rp"
        )
    ]
    budgets = [anggaran_row("P1", "Program", "T1", typed, (None, None, None, None))]
    report = run(rows, budgets)
    assert report.indicators[0].realisasi is None and report.budgets[0].pagu is None
    (kinerja,) = _findings(report, "L2", GALAT)
    (anggaran,) = _findings(report, "D2", GALAT)
    assert all(typed in f.pesan and f"tulis {meant}" in f.pesan for f in (kinerja, anggaran)), (
        kinerja,
        anggaran,
    )


# ("1.250,500" is no longer quiet: it may be 1.250.500 with its last dot slipped, tests/test_mend35j.py)
@pytest.mark.parametrize("typed", ["1,25", "0,125", "1,250 juta", "40,710%", "12,5"])
def test_unambiguous_decimals_are_not_pointed_out(typed):
    # Two decimals; a leading 0; a scale word; a percentage.
    rows = [
        kinerja_row(
            "T1", "Tujuan", "", "T", "P", 100, (None, typed, None, None), jenis="Kumulatif", satuan="Rp"
        )
    ]
    # (a scale word beside a target without one has its own peringatan: not this one)
    assert not [f for f in _findings(run(rows), "L2", PERINGATAN) if "koma" in f.pesan]


def test_percent_sign_on_an_indicator_whose_satuan_is_not_a_percentage_is_a_peringatan():
    # Satuan "Rp", Target typed "40,71%": read as 40,71 (the % does not divide), so the capaian of a
    # realisation Rp 483.624.842.126 is 483.624.842.126 / 40,71 x 100, absurd; pointed out at I2.
    rows = [
        kinerja_row(
            "T1", "Tujuan", "", "T", "P", "40,71%", (None, "Rp 483.624.842.126", None, None), satuan="Rp"
        )
    ]
    report = run(rows)
    assert report.indicators[0].target == 40.71
    (finding,) = _findings(report, "I2", PERINGATAN)
    assert "%" in finding.pesan and '"Rp"' in finding.pesan, finding.pesan


def test_blank_reported_quarter_beside_an_earlier_number_is_a_peringatan():
    # TW II report, TW I 25, TW II left blank: realisasi s.d. TW II is TW I's 25 (README's rule),
    # capaian 25 / 40 x 100 = 62,5 %; the blank reported quarter is pointed out at L2. A "-" there
    # (the seed's Nilai Investasi) says on purpose that there is no data: no finding.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", 40, (25, None, None, None), jenis="Kumulatif")])
    assert report.indicators[0].capaian_exact == Fraction(125, 2)
    (finding,) = _findings(report, "L2", PERINGATAN)
    assert "kosong" in finding.pesan and "TW I" in finding.pesan, finding.pesan
    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", 40, (25, "-", None, None), jenis="Kumulatif")])
    assert report.indicators[0].capaian_exact == Fraction(125, 2) and not report.findings, messages(report)


@pytest.mark.parametrize("cell", ["error", "formula"])
def test_skala_kriteria_without_a_value_is_galat_not_silently_permenpanrb(cell):
    # Skala Kriteria from a formula that gives #N/A (or was saved without its value) was read as
    # blank: PermenPANRB without a word, which rates 90,5 Sangat Tinggi where Permendagri 86/2017
    # says Tinggi. Like an unknown Skala text: PermenPANRB is used and a galat names the cell (B7).
    from lkj_xl.core.model import Cell

    value = Cell(None, error="#N/A") if cell == "error" else Cell(None, formula='IF(A1,"Permendagri","")')
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 200, (None, 181, None, None), jenis="Kumulatif")]
    report = run(rows, **{"Skala Kriteria": value})
    assert report.indicators[0].kriteria == "Sangat Tinggi"  # 181 / 200 = 90,5 % on PermenPANRB (> 90)
    (finding,) = [f for f in report.findings if f.sheet == "Pengaturan" and f.sel == "B7"]
    assert finding.severity == GALAT, finding


def test_kode_sasaran_without_a_value_is_galat_not_the_parent():
    # Kode Sasaran from =VLOOKUP(...) giving #N/A was read as blank, so the program's budget counted
    # toward its parent in Kinerja without a word. Like an unknown code: a galat at C2, counted toward
    # no Sasaran. Program P1 (pagu 1.000, realisasi 400: 40 %) under S1 in Kinerja; S1 then has no budget.
    from lkj_xl.core.model import Cell
    from tests.test_engine import anggaran_row

    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Tujuan satu", 100, (None, 50, None, None), jenis="Kumulatif"),
        kinerja_row("S1", "Sasaran", "T1", "S", "A", 40, (None, 29, None, None), jenis="Kumulatif"),
        kinerja_row("P1", "Program", "S1", "P", "B", 10, (None, 5, None, None), jenis="Kumulatif"),
    ]
    budgets = [anggaran_row("P1", "Program satu", Cell(None, error="#N/A"), 1000, (None, 400, None, None))]
    report = run(rows, budgets)
    assert report.budgets[0].penyerapan == 40  # the program's own figure: 400 / 1.000 x 100
    s1 = next(r for r in report.efisiensi if r.kode == "S1")
    assert s1.pagu is None and s1.penyerapan is None, s1
    assert [f.severity for f in report.findings if f.sheet == "Anggaran" and f.sel == "C2"][:1] == [GALAT]


# --- Kode, Tingkat, Kode Induk, Indikator, Satuan from a formula that has no value ------------------------


@pytest.mark.parametrize("column", ["Kode", "Tingkat", "Kode Induk", "Indikator", "Satuan"])
@pytest.mark.parametrize("cell", ["error", "formula"])
def test_structure_cell_without_a_value_is_galat_and_the_row_is_not_computed(column, cell):
    # Row 4 (S2, below the header row and T1, S1) has its Kode Induk (or Kode, Tingkat, Indikator, Satuan) from =VLOOKUP(...) giving
    # #N/A, or a formula saved without its value. Read as blank, a Kode Induk detached S2 from T1 with
    # only a peringatan "tidak punya Kode Induk", a Satuan changed how its numbers read, an Indikator
    # or Kode said "kosong". Now: one galat at that cell naming the error, and S2 is not computed.
    from lkj_xl.core.model import Cell

    value = Cell(None, error="#N/A") if cell == "error" else Cell(None, formula="VLOOKUP(A3,Master!A:C,3,0)")
    s2 = {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Indikator": "B", "Satuan": "%"}
    s2[column] = value
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Tujuan", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "A", 40, (None, 29, None, None)),
        kinerja_row(
            s2["Kode"],
            s2["Tingkat"],
            s2["Kode Induk"],
            "S",
            s2["Indikator"],
            40,
            (None, 36, None, None),
            satuan=s2["Satuan"],
        ),
    ]
    report = run(rows)
    assert [i.kode for i in report.indicators] == ["T1", "S1"]  # S2 (row 4) is not computed
    letter = "ABCDEF"[["Kode", "Tingkat", "Kode Induk", "Uraian", "Indikator", "Satuan"].index(column)]
    row4 = [f for f in report.findings if f.sheet == "Kinerja" and f.sel[1:] == "4"]
    assert [(f.severity, f.sel) for f in row4] == [(GALAT, f"{letter}4")], row4
    assert ("#N/A" if cell == "error" else "rumus") in row4[0].pesan, row4[0].pesan
    assert "tidak dihitung" in row4[0].pesan and column in row4[0].pesan, row4[0].pesan
    s1 = report.indicators[1]
    assert s1.capaian == 72.5 and not s1.galat  # 29 / 40 x 100, untouched by its neighbour


def test_formula_giving_an_empty_text_is_blank_not_galat():
    # =IF(...;"";...) saved with its value "" is a blank cell, as typed nothing: Kode Induk blank on a
    # Tujuan, Polaritas blank (Positif), no galat. Capaian 50 / 100 x 100 = 50.
    from lkj_xl.core.model import Cell

    empty = Cell("", formula='IF(A2="T1","","X")')
    rows = [kinerja_row("T1", "Tujuan", empty, "T", "Tujuan", 100, (None, 50, None, None), polaritas=empty)]
    report = run(rows)
    ind = report.indicators[0]
    assert ind.capaian == 50 and ind.polaritas == "Positif" and not ind.galat, ind
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


def test_anggaran_kode_without_a_value_is_galat_and_the_row_is_not_counted():
    # Anggaran's Kode from a VLOOKUP giving #N/A: the row was "Kode program kosong"; now the galat
    # names the error, and the row is counted nowhere; P2's own figures stand: 500 / 1.000 = 50 %.
    # The row holds figures, so it is listed with its galat and the total (1.000 + 2.000 = 3.000 only
    # with it) is not given without it (tests/test_staff_round3.py).
    from lkj_xl.core.model import Cell
    from tests.test_engine import anggaran_row

    rows = [kinerja_row("T1", "Tujuan", "", "T", "Tujuan", 100, (None, 50, None, None))]
    budgets = [
        anggaran_row(Cell(None, error="#N/A"), "Program satu", "T1", 2000, (None, 400, None, None)),
        anggaran_row("P2", "Program dua", "T1", 1000, (None, 500, None, None)),
    ]
    report = run(rows, budgets)
    assert [(b.kode, b.penyerapan, b.galat) for b in report.budgets] == [
        ("", None, ["Anggaran!A2"]),
        ("P2", 50, []),
    ]
    assert report.total_pagu is None
    (finding,) = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "A2"]
    assert finding.severity == GALAT and "#N/A" in finding.pesan and "tidak dihitung" in finding.pesan


# --- decimals of large amounts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shows"),
    [
        (1_234_567_890_123.85, True),  # ,85 of a rupiah amount of 10^12: kept (it was taken for noise)
        (483_624_842_126.5, True),
        (483_624_842_126.0, False),
        (90.00000000000001, False),  # a formula's noise on 90: one unit in the last place
        (0.1 + 0.2, True),  # 0,30000000000000004 is 0,30: a real fraction with noise on it
        (4.0, False),
        (40.71, True),
    ],
)
def test_shows_fraction_keeps_real_fractions_of_any_size(value, shows):
    from lkj_xl.core.formulas import has_decimals, number_style, shows_fraction

    assert shows_fraction(value) is shows
    assert has_decimals(value) is shows
    assert number_style(value) == ("decimal" if shows else "integer")


def test_cents_of_a_large_rupiah_target_show_in_the_capaian_table():
    # Target Rp 1.491.388.500.000, TW II Rp 483.624.842.126,85 (the seed's P1.01 with cents added):
    # the realisasi keeps its ,85 and the row shows decimals; capaian 483.624.842.126,85 /
    # 1.491.388.500.000 x 100 = 32,43 (rounded to 2 decimals).
    rows = [
        kinerja_row(
            "P1",
            "Program",
            "",
            "P",
            "Nilai produksi",
            "Rp 1.491.388.500.000",
            (None, "Rp 483.624.842.126,85", None, None),
            satuan="Rp",
            jenis="Kumulatif",
        )
    ]
    report = run(rows)
    ind = report.indicators[0]
    assert Fraction(ind.realisasi).limit_denominator(100) == Fraction(48362484212685, 100)
    from lkj_xl.core.formulas import indicator_has_decimals

    assert indicator_has_decimals(ind)
    assert round(Fraction(48362484212685, 100) / 1491388500000 * 100, 2) == Fraction(3243, 100)
    assert round(ind.capaian, 2) == 32.43


def test_spending_against_a_pagu_of_zero_is_galat_not_an_inflated_penyerapan():
    # P1 pagu 1.000, realisasi 400; P2 pagu 0 (typed), realisasi 500; both under S1. Summed, S1's
    # penyerapan was (400 + 500) / 1.000 = 90 % from a program with no budget (193 % in a helper's
    # workbook) with only a peringatan "nol". Now a galat at P2's Pagu cell (D3), and no penyerapan for
    # P2, S1 or T1; P1's own 400 / 1.000 = 40 % stands. A pagu of 0 with nothing spent stays a peringatan.
    from tests.test_engine import anggaran_row

    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Tujuan satu", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "A", 40, (None, 29, None, None)),
    ]
    budgets = [
        anggaran_row("P1", "Program satu", "S1", 1000, (None, 400, None, None)),
        anggaran_row("P2", "Program dua", "S1", 0, (None, 500, None, None)),
        anggaran_row("P3", "Program tiga", "S1", 0, (None, 0, None, None)),
    ]
    report = run(rows, budgets)
    p1, p2, p3 = report.budgets
    assert p1.penyerapan == 40 and p2.penyerapan is None and p2.galat == ["Anggaran!D3"]
    s1 = next(r for r in report.efisiensi if r.kode == "S1")
    assert s1.penyerapan is None and s1.efisiensi is None, s1
    (finding,) = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "D3"]
    assert finding.severity == GALAT and "nol padahal ada realisasi" in finding.pesan, finding
    (zero,) = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "D4"]
    assert zero.severity == PERINGATAN and p3.penyerapan is None and not p3.galat


# --- a number Excel turned into a date is named the Indonesian way ---------------------------------


@pytest.mark.parametrize(
    "typed, shown",
    [
        # "1/2" typed into a realisation: Excel (id-ID) keeps 1 February 2025 at midnight
        (dt.datetime(2025, 2, 1), "1 Februari 2025"),
        (dt.date(2025, 2, 1), "1 Februari 2025"),
        # a time of day is kept, written with a dot as Indonesian clocks are (13.30)
        (dt.datetime(2025, 2, 1, 13, 30), "1 Februari 2025 pukul 13.30"),
    ],
)
def test_date_in_a_number_cell_is_named_as_staff_read_it(typed, shown):
    # The galat used to quote Python's repr, "2025-02-01 00:00:00", which staff never typed.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "Persen", "40,71", (25, typed, None, None))]
    report = run(rows)
    (finding,) = _findings(report, "L2", GALAT)
    assert f"Realisasi TW II berisi tanggal ({shown});" in finding.pesan, finding.pesan
    assert "00:00" not in finding.pesan and "2025-02" not in finding.pesan


def test_efisiensi_names_for_each_budget_figure_its_own_unreadable_cells():
    # S1 counts P1 (Pagu typed "12,3,4": Anggaran!D2 unreadable) and P2 (Realisasi TW II "12,3,4":
    # Anggaran!G3). Tabel 3.3's Pagu cell for S1 said "Galat (Anggaran!D2, Anggaran!G3)", naming a
    # realisasi cell as a cause of an unknown pagu; now each figure names its own cells, and the
    # penyerapan (which needs both) names both.
    from lkj_xl.core.tables.efisiensi import row_cells
    from tests.test_engine import anggaran_row

    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Tujuan satu", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "A", 40, (None, 29, None, None)),
    ]
    budgets = [
        anggaran_row("P1", "Program satu", "S1", "12,3,4", (None, 400, None, None)),
        anggaran_row("P2", "Program dua", "S1", 1000, (None, "12,3,4", None, None)),
    ]
    report = run(rows, budgets)
    s1 = next(r for r in report.efisiensi if r.kode == "S1")
    cells = row_cells(s1, 1)
    assert cells[4:7] == [
        "Galat (Anggaran!D2)",
        "Galat (Anggaran!G3)",
        "Galat (Anggaran!D2, Anggaran!G3)",
    ], cells


# --- a merge across rows shows one value over several rows: the hidden rows are not scored ----------


def _example_with(tmp_path, change) -> Path:
    wb = openpyxl.load_workbook(EXAMPLE)
    change(wb[c.SHEET_KINERJA])
    path = tmp_path / "digabung.xlsx"
    wb.save(path)
    return path


def _indicator(report, kode):
    (ind,) = [i for i in report.indicators if i.kode == kode]
    return ind


def test_a_polaritas_merged_over_a_program_and_a_kegiatan_scores_only_the_first(tmp_path):
    # Staff typed "Negatif" once and merged G6:G7 over P1.01 and K1.01.01 (Excel keeps G7 empty).
    # K1.01.01's Polaritas read blank is Positif: 95 / 400 = 23,75 % Sangat Rendah; read as Excel shows
    # it, Negatif: (800 - 95) / 400 = 176,25 % Sangat Tinggi. Over two nodes (a Program and its
    # Kegiatan) the merge is no PK's merge of one node's indicators (rows59 reads those): neither figure
    # is said to be the row's, G7 is a galat and K1.01.01 is not scored (review of rows59).
    def change(ws):
        ws["G6"], ws["G7"] = "Negatif", "Negatif"
        ws.merge_cells("G6:G7")

    report = load_report(_example_with(tmp_path, change))
    hidden = _indicator(report, "K1.01.01")
    assert hidden.capaian is None and hidden.kriteria is None and hidden.galat == ["Kinerja!G7"], hidden
    (finding,) = _findings(report, "G7", GALAT)
    assert "Polaritas tertutup gabungan sel G6:G7" in finding.pesan and "isi sel G6" in finding.pesan
    # the merge's own peringatan is not said beside the galat naming it (rows60: it was, a peringatan
    # and a galat on one cell)
    assert not _findings(report, "G6:G7", PERINGATAN)
    # P1.01, Negatif: (2 x 1.491.388.500.000 - 483.624.842.126) / 1.491.388.500.000 x 100 (example row 6)
    first = _indicator(report, "P1.01")
    exact = Fraction(2 * 1_491_388_500_000 - 483_624_842_126, 1_491_388_500_000) * 100
    assert first.polaritas == "Negatif" and first.capaian == pytest.approx(float(exact), abs=1e-9)


def test_a_realisation_hidden_under_a_merge_is_not_summed_even_when_the_file_keeps_it():
    # LibreOffice can keep a hidden cell's value when cells are merged: TW II of the second row holds
    # 4 under the merge L2:L3 that shows 25 over both rows. Neither "4" (not shown) nor blank (TW I
    # alone, 25 / 40 = 62,5 %) is the row's figure: a galat at L3, no capaian.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Persen", 40, (10, 25, None, None)),
        kinerja_row("T2", "Tujuan", "", "T", "Persen", 40, (25, 4, None, None)),
    ]
    tw2 = c.KINERJA_HEADERS.index("Realisasi TW II")  # column L
    rows[1][tw2] = Cell(4, merged="L2:L3")
    report = run(rows)
    first, second = report.indicators
    assert first.capaian == 87.5  # (10 + 25) / 40 x 100 = 87,5 exactly: the merge's first cell
    assert second.capaian is None and second.galat == ["Kinerja!L3"], second
    assert _findings(report, "L3", GALAT)


def test_a_merge_of_empty_cells_hides_nothing(tmp_path):
    # Realisasi TW III left empty on rows 6-7 and merged (formatting): nothing is hidden, the report
    # is the example's own (P1.01 483.624.842.126 / 1.491.388.500.000 = 32,43 %, K1.01.01 95 / 400).
    report = load_report(_example_with(tmp_path, lambda ws: ws.merge_cells("M6:M7")))
    plain = load_report(EXAMPLE)
    assert [(i.kode, i.capaian, i.galat) for i in report.indicators] == [
        (i.kode, i.capaian, i.galat) for i in plain.indicators
    ]
    assert _indicator(report, "K1.01.01").capaian == 23.75  # 95 / 400 x 100
    assert not [f for f in report.findings if f.sel and f.sel.startswith("M")]


def test_a_kode_sasaran_hidden_under_a_merge_is_counted_toward_no_sasaran(tmp_path):
    # "S2" typed in Anggaran!C5 (P2.01) and merged over C5:C6: P2.02's Kode Sasaran is hidden. Read
    # as blank it silently went to P2.02's parent in Kinerja; it was meant for some Sasaran, which
    # one the sheet does not say: like a code that names none, no Sasaran/Tujuan budget figure is
    # given and each names Anggaran!C6. The programs' own figures and Tabel 3.4's total pagu stay:
    # 27.805.047.633 (seed Tabel 3.4, l.~968).
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb[c.SHEET_ANGGARAN]
    assert (ws["A5"].value, ws["A6"].value) == ("P2.01", "P2.02")
    ws["C5"] = "S2"
    ws.merge_cells("C5:C6")
    path = tmp_path / "anggaran-digabung.xlsx"
    wb.save(path)
    report = load_report(path)
    assert report.efisiensi
    for row in report.efisiensi:
        assert row.pagu is None and row.penyerapan is None and "Anggaran!C6" in row.galat_pagu, row
    assert report.total_pagu == 27_805_047_633
    (finding,) = [f for f in report.findings if f.sheet == c.SHEET_ANGGARAN and f.sel == "C6"]
    assert finding.severity == GALAT and "C5:C6" in finding.pesan, finding.pesan
