"""Mend round 34e: what a review (revC) of fix15 found.

1. The rekap's Semua Program kept "#,##0": a program of pagu 10.000.000 spent 9.999.999,60 read
   "10.000.000 | 10.000.000" there, 1.234.567,5 read 1.234.568.
2. A hand-made lkj_xl.Rekap sorted again showed each agency's efisiensi by position: another agency's.
3. A realisasi of 9.999.999,996 (a formula) printed "10.000.000" beside its pagu 10.000.000 and a
   penyerapan under 100; float noise (9.999.999,999999998) stays 10.000.000.
4. Kumulatif running totals corrected then rising (100; 400; 390; 450) or a stock typed Kumulatif
   (500; 520; 510; 495) were summed without a word.
5. "85 %%" with Satuan orang said "tulis 85%", itself a galat there.
6. A rupiah column mixing whole amounts and amounts with sen: every figure with sen, digits aligned.
"""

from __future__ import annotations

import dataclasses
import math
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT
from lkj_xl.core.styles import rupiah_figure
from tests.helpers_staff import sasaran_rows
from tests.test_engine import run

# --- a workbook with programs of chosen pagu and realisasi ------------------------------------------


def _workbook(path, opd: str, programs, capaian_tw2: str = "40"):
    """One agency (Tujuan, Sasaran, one program indicator; Satuan %, Target 80, TW I 30,5, TW II
    ``capaian_tw2``), with ``programs``: (pagu, realisasi TW II) of programs P1.01, P1.02, ... under S1,
    typed as staff type them (a str) or a number a formula left (a float)."""
    from lkj_xl.xlsx.template import new_workbook

    row = {"Satuan": "%", "Target": "80", "Realisasi TW I": "30,5", "Realisasi TW II": capaian_tw2}
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan daerah", "Indikator": "IKU", **row},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran", "Indikator": "IKS", **row},
    ]  # fmt: skip
    anggaran = []
    for i, (pagu, realisasi) in enumerate(programs, start=1):
        kode = f"P1.0{i}"
        kinerja.append({"Kode": kode, "Tingkat": "Program", "Kode Induk": "S1", "Uraian": f"Program {i}",
                        "Indikator": f"Persentase {i}", **row})  # fmt: skip
        anggaran.append({"Kode": kode, "Program": f"Program {i}", "Kode Sasaran": "S1", "Pagu": pagu,
                         "Realisasi TW II": realisasi if isinstance(realisasi, str) else "1"})  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    floats = [(i, v) for i, (_, v) in enumerate(programs) if not isinstance(v, str)]
    if floats:  # the number a formula left in the cell, as Excel saves it
        wb = openpyxl.load_workbook(path)
        ws = wb[c.SHEET_ANGGARAN]
        header = next(r for r in ws.iter_rows() if any(cell.value == "Realisasi TW II" for cell in r))
        col = next(cell.column for cell in header if cell.value == "Realisasi TW II")
        rows = [cell.row for cell in ws["A"] if isinstance(cell.value, str) and cell.value.startswith("P1.0")]
        for i, value in floats:
            ws.cell(rows[i], col).value = value
        wb.save(path)
    return path


def _cell_decimals(number_format: str) -> int:
    """The decimals a "#,##0.00"-like number format shows."""
    body = number_format.split(";")[0]
    return len(body.partition(".")[2].rstrip('"').split()[0]) if "." in body else 0


# --- 1 and 6. the rekap's rupiah columns ------------------------------------------------------------


def _rekap_workbook(tmp_path):
    import lkj_xl
    from lkj_xl.xlsx.rekap import render_rekap

    root = tmp_path / "tw2"
    root.mkdir()
    # Dinas A: 9.999.999,60 of 10.000.000 and 1.234.567,5 of 2.000.000; Dinas B: whole amounts only
    _workbook(root / "a.xlsx", "Dinas A", [("10.000.000", "9.999.999,60"), ("2.000.000", "1.234.567,5")])
    _workbook(root / "b.xlsx", "Dinas B", [("10.000.000", "10.000.000")])
    out = tmp_path / "rekap.xlsx"
    result = lkj_xl.rekap(root, jobs=1)
    out.write_bytes(render_rekap(result))
    return result, openpyxl.load_workbook(out)


def test_semua_program_and_the_rekap_show_the_sen_in_every_cell_of_the_column(tmp_path):
    from lkj_xl.core import rekap as core

    result, wb = _rekap_workbook(tmp_path)
    ws = wb[core.SHEET_PROGRAM]
    keys = [spec.key for spec in core.PROGRAM_COLUMNS]
    rows = [r for r in ws.iter_rows(min_row=2) if r[0].value]
    realisasi = {(r[keys.index("perangkat_daerah")].value, r[keys.index("kode")].value): r for r in rows}
    a1 = realisasi["Dinas A", "P1.01"][keys.index("realisasi")]
    a2 = realisasi["Dinas A", "P1.02"][keys.index("realisasi")]
    b1 = realisasi["Dinas B", "P1.01"][keys.index("realisasi")]
    # the figures as typed: 9.999.999,60, 1.234.567,50 and the whole 10.000.000
    assert Fraction(repr(a1.value)) == Fraction("9999999.6") and Fraction(repr(a2.value)) == Fraction(
        "1234567.5"
    )
    # the column with sen: every cell shows two decimals (Dinas B's whole 10.000.000 as 10.000.000,00)
    assert [_cell_decimals(x.number_format) for x in (a1, a2, b1)] == [2, 2, 2]
    # the pagu column, all whole, keeps "#,##0"
    assert _cell_decimals(realisasi["Dinas A", "P1.01"][keys.index("pagu")].number_format) == 0
    # Rekap Perangkat Daerah: Dinas A's realisasi 9.999.999,60 + 1.234.567,5 = 11.234.567,10; Dinas B's
    # 10.000.000 in the same column with two decimals, as is the Pemda's Jumlah line
    ws = wb[core.SHEET_REKAP]
    keys = [spec.key for spec in core.AGENCY_COLUMNS]
    col = keys.index("realisasi_anggaran")
    figures = [r[col] for r in ws.iter_rows(min_row=7) if isinstance(r[col].value, int | float)]
    assert Fraction("9999999.6") + Fraction("1234567.5") in {Fraction(repr(x.value)) for x in figures}
    assert len(figures) == 3 and all(_cell_decimals(x.number_format) == 2 for x in figures)
    # csv and json keep the figures as they are (no rounding, no text)
    assert Fraction(repr(float(result.program["realisasi"].iloc[0]))) == Fraction("9999999.6")


# --- 2. a hand-made Rekap sorted again -------------------------------------------------------------


def _half_up(x: Fraction, d: int) -> Fraction:
    """``x`` rounded half up to ``d`` decimals, as Excel shows it (88,125 is 88,13)."""
    return Fraction(math.floor(x * 10**d + Fraction(1, 2)), 10**d)


def test_a_rekap_sorted_by_hand_shows_each_agency_s_own_efisiensi(tmp_path):
    import lkj_xl
    from lkj_xl.core import rekap as core
    from lkj_xl.xlsx.rekap import render_rekap

    root = tmp_path / "tw2"
    root.mkdir()
    # penyerapan by hand: A 2.500.000 / 10.000.000 = 25 %; B 8.812.500 / 10.000.000 = 88,125 %;
    # C 9.000.000 / 10.000.000 = 90 %; capaian differ by their TW II (40, 60, 20 of Target 80)
    _workbook(root / "a.xlsx", "Dinas A", [("10.000.000", "2.500.000")], capaian_tw2="40")
    _workbook(root / "b.xlsx", "Dinas B", [("10.000.000", "8.812.500")], capaian_tw2="60")
    _workbook(root / "c.xlsx", "Dinas C", [("10.000.000", "9.000.000")], capaian_tw2="20")
    made = lkj_xl.rekap(root, jobs=1)
    frame = made.perangkat_daerah
    resorted = dataclasses.replace(made, perangkat_daerah=frame.sort_values("penyerapan"))
    penyerapan = {"Dinas A": Fraction(25), "Dinas B": Fraction("88.125"), "Dinas C": Fraction(90)}
    for result in (
        resorted,
        dataclasses.replace(made, perangkat_daerah=frame[frame.perangkat_daerah != "Dinas A"]),
    ):
        out = tmp_path / "rekap.xlsx"
        out.write_bytes(render_rekap(result))
        ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
        keys = [spec.key for spec in core.AGENCY_COLUMNS]
        rows = [r for r in ws.iter_rows(min_row=7) if r[keys.index("perangkat_daerah")].value in penyerapan]
        assert len(rows) == len(result.perangkat_daerah)
        shown = result.tables(shown=True)["perangkat_daerah"].set_index("perangkat_daerah")
        for r in rows:
            name = r[keys.index("perangkat_daerah")].value
            cap, pen, efi = (r[keys.index(k)] for k in ("capaian", "penyerapan", "efisiensi"))
            assert Fraction(repr(pen.value)) == penyerapan[name]
            d = _cell_decimals(efi.number_format)
            # each row adds up: its capaian shown minus its own penyerapan shown (its own, not a
            # neighbour's by position)
            expected = _half_up(Fraction(repr(cap.value)), d) - _half_up(penyerapan[name], d)
            assert Fraction(repr(efi.value)) == expected, name
            assert Fraction(repr(float(shown.loc[name, "efisiensi"]))) == expected, name  # csv --excel-id


# --- 3. an amount rounding to a whole at the sen ----------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (9999999.996, "9.999.999,996"),  # a formula's: no whole amount, never "10.000.000"
        (9999999.999999998, "10.000.000"),  # the float noise of a sum: the whole amount
        (Fraction("9999999.6"), "9.999.999,60"),
        (1234567.5, "1.234.567,50"),
        (10_000_000, "10.000.000"),
        (9876543212237.5, "9.876.543.212.237,50"),  # 13 digits: no room for more decimals in a float
    ],
)
def test_rupiah_figure_never_prints_a_non_whole_amount_as_a_whole(value, expected):
    assert rupiah_figure(value) == expected


def test_a_realisasi_a_formula_left_just_under_its_pagu_is_never_printed_as_the_pagu(tmp_path):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.helpers_print import built_workbook, docx_text

    # 9.999.999,996 of 10.000.000 (penyerapan 99,99999996 %) and 10.000.000 spent in full
    path = _workbook(
        tmp_path / "laporan.xlsx", "Dinas A", [("10.000.000", 9999999.996), ("10.000.000", "10.000.000")]
    )
    runner = CliRunner()
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    assert Fraction(repr(exported["anggaran"][0]["realisasi"])) == Fraction("9999999.996")
    csv = runner.invoke(
        main, ["export", str(path), "--format", "csv", "--table", "anggaran", "--excel-id"]
    ).stdout
    assert "9.999.999,996" in csv
    wb = built_workbook(path)
    ws = wb[c.SHEET_REALISASI_ANGGARAN]
    cells = [cell for row in ws.iter_rows() for cell in row if isinstance(cell.value, float)]
    odd = [cell for cell in cells if Fraction(repr(cell.value)) == Fraction("9999999.996")]
    assert odd and all(_cell_decimals(cell.number_format) == 3 for cell in odd)
    # the column's other figures alike (10.000.000,000 and the TOTAL 19.999.999,996)
    column = [cell for cell in cells if cell.column == odd[0].column]
    assert all(_cell_decimals(cell.number_format) == 3 for cell in column)
    docx = tmp_path / "lkjip.docx"
    assert runner.invoke(main, ["laporan", str(path), "-o", str(docx)]).exit_code == 0
    word = docx_text(docx.read_bytes())
    assert "9.999.999,996" in word and "19.999.999,996" in word


def test_float_noise_of_a_sum_stays_a_whole_amount(tmp_path):
    from tests.helpers_print import built_workbook

    path = _workbook(tmp_path / "laporan.xlsx", "Dinas A", [("10.000.000", 9999999.999999998)])
    ws = built_workbook(path)[c.SHEET_REALISASI_ANGGARAN]
    cells = [cell for row in ws.iter_rows() for cell in row if cell.value == 9999999.999999998]
    assert cells and all(_cell_decimals(cell.number_format) == 0 for cell in cells)


# --- 4. Kumulatif running totals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tws", "total", "cells"),
    [
        # corrected at TW III, then rising: 100 + 400 + 390 + 450 = 1.340 of 471 (284,50 %)
        ("471", ("100", "400", "390", "450"), "1.340", "kecuali TW III (Kinerja!M2) yang sedikit di bawah"),
        # a stock typed Kumulatif: 500 + 520 + 510 + 495 = 2.025 of 520
        ("520", ("500", "520", "510", "495"), "2.025", "lalu TW III (Kinerja!M2) dan TW IV (Kinerja!N2)"),
    ],
)
def test_a_running_total_corrected_then_rising_or_a_stock_is_said(target, tws, total, cells):
    report = run(sasaran_rows([("S1", target, tws)], jenis="Kumulatif"), [], triwulan=4)
    (said,) = [f for f in report.findings if "Kumulatif menjumlahkannya" in f.pesan]
    assert said.sel == "N2" and cells in said.pesan
    assert f"s.d. TW IV {total} melebihi Target ({target})" in said.pesan
    assert f'"Nilai Akhir" (realisasi s.d. TW IV = TW IV, {tws[3]})' in said.pesan
    # computed as typed (the peringatan asks)
    assert report.indicators[0].realisasi == pytest.approx(sum(int(v) for v in tws))


@pytest.mark.parametrize(
    ("target", "tws"),
    [
        ("200", ("100", "120", "115", "130")),  # flows dipping once, each far under the target: sum 465
        ("180", ("100", "105", "100", "95")),  # fix15's: flows each about half the target
    ],
)
def test_flows_dipping_and_rising_stay_quiet(target, tws):
    report = run(sasaran_rows([("S1", target, tws)], jenis="Kumulatif"), [], triwulan=4)
    assert not [f for f in report.findings if "Kumulatif menjumlahkannya" in f.pesan]


# --- 5. a doubled percent sign with a Satuan that is no percentage ----------------------------------


@pytest.mark.parametrize(
    ("typed", "satuan", "advice"),
    [
        ("85 %%", "orang", "tulis 85 (tanpa %)"),
        ("85%%", "orang", "tulis 85 (tanpa %)"),
        ("85,5% %", "unit", "tulis 85,5 (tanpa %)"),
        ("85 ％％", "orang", "tulis 85 (tanpa %)"),  # the full-width sign of an IME
        ("85 ％％", "persen", "tulis 85%"),
        ("85 %%", "persen", "tulis 85%"),
    ],
)
def test_a_doubled_percent_sign_advises_a_figure_that_reads_under_its_satuan(typed, satuan, advice):
    report = run(sasaran_rows([("S1", "100", (typed, None, None, None))], satuan=satuan), [], triwulan=1)
    (galat,) = [f for f in report.findings if f.severity == GALAT]
    assert galat.sel == "K2" and galat.pesan.endswith(f"tanda persen (%) ganda; {advice}")
    figure = advice.removeprefix("tulis ").removesuffix(" (tanpa %)")
    # what it advises reads without a galat under that Satuan
    again = run(sasaran_rows([("S1", "100", (figure, None, None, None))], satuan=satuan), [], triwulan=1)
    assert not [f for f in again.findings if f.severity == GALAT]


# --- 6. Tabel 3.3 / 3.4 columns mixing whole amounts and sen ----------------------------------------


def test_a_column_with_sen_shows_every_figure_with_them_in_the_sheet_and_word(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.helpers_print import built_workbook, docx_text

    # realisasi 10.000.000 (whole) and 9.999.999,60; TOTAL 19.999.999,60 of 20.000.000
    path = _workbook(
        tmp_path / "laporan.xlsx", "Dinas A", [("10.000.000", "10.000.000"), ("10.000.000", "9.999.999,60")]
    )
    wb = built_workbook(path)
    ws = wb[c.SHEET_REALISASI_ANGGARAN]
    sen = [cell for row in ws.iter_rows() for cell in row if cell.value == 9999999.6]
    column = [
        cell
        for row in ws.iter_rows(min_row=sen[0].row - 1)
        for cell in row
        if cell.column == sen[0].column and isinstance(cell.value, int | float)
    ]
    # 10.000.000, 9.999.999,60 and the TOTAL 19.999.999,60: all three with two decimals
    assert [Fraction(repr(float(x.value))) for x in column] == [
        10_000_000,
        Fraction("9999999.6"),
        Fraction("19999999.6"),
    ]
    assert all(_cell_decimals(x.number_format) == 2 for x in column)
    # Tabel 3.3: Sasaran S1's (and its Tujuan's) realisasi 10.000.000 + 9.999.999,60 = 19.999.999,60
    ws = wb[c.SHEET_EFISIENSI]
    sums = [cell for row in ws.iter_rows() for cell in row if cell.value == 19999999.6]
    assert sums and all(_cell_decimals(x.number_format) == 2 for x in sums)
    docx = tmp_path / "lkjip.docx"
    assert CliRunner().invoke(main, ["laporan", str(path), "-o", str(docx)]).exit_code == 0
    word = docx_text(docx.read_bytes()).splitlines()
    # Tabel 3.4's realisasi column: "10.000.000,00" above "9.999.999,60", the TOTAL "19.999.999,60"
    assert "10.000.000,00" in word and "9.999.999,60" in word and "19.999.999,60" in word
