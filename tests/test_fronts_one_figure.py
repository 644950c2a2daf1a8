"""Two cases the property tests (tests/test_fronts_parity.py, tests/test_fronts_triwulan.py) found
now and then, fixed here on small hand-built workbooks so CI does not wait for hypothesis to draw them.

1. A quarter typed as a formula (``=B7/3``): Excel saves its value at 17 significant digits
   (30.333333333333332 for 91/3). Every front takes that figure, exact, and converts the capaian to a
   float once: the export, the report and the sheet hold the same float. (The failure seen,
   93.95698924731184 against 93.95698924731182, came from tests/test_fronts_triwulan.py typing the
   formula's value as a plain number, which the template writer stores at 16 digits, while its model
   kept the 17-digit figure: the model now takes the figure written.)
2. A realisasi typed in another scale than its target (1000 beside "0,07 juta", a peringatan "satuan
   berbeda"): the Analisis Capaian sentence shows it as its row in Tabel 3.1 does. Since tampilan55
   a figure shown plain beside a target in a scale word takes the decimals of its own (a whole 1.000
   shows "1.000"): the 2 decimals of "0,07 juta" count hundredths of a juta, not of a rupiah.
"""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.contract import ANALISIS_TEXT_HEADERS, SHEET_ANALISIS_CAPAIAN, SHEET_CAPAIAN_TS
from lkj_xl.xlsx.template import new_workbook
from tests.fronts_kalimat import sheet_texts
from tests.test_fronts_parity import header_columns, sheet_rows
from tests.test_fronts_triwulan import without_formulas
from tests.test_oracle import FormulaCell, Q, write_formulas

NAME = "Jumlah koperasi sehat"
# 91/3 as Excel saves the formula's result (repr: 17 significant digits) and as a writer that keeps 16
# digits stores the same float typed as a number: two different floats.
SAVED_17 = 91 / 3
assert repr(SAVED_17) == "30.333333333333332" and f"{SAVED_17:.16g}" == "30.33333333333333"


def _workbook(path, triwulan: int, row: dict[str, object]) -> None:
    """One Sasaran indicator, and a factor on the Analisis sheet (so Analisis Capaian is written)."""
    base = {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Meningkatnya koperasi", "Indikator": NAME}
    pengaturan = {"Tahun": 2025, "Triwulan": triwulan}
    analisis = [{"Kode": "S1", ANALISIS_TEXT_HEADERS[0]: "Pendampingan koperasi"}]
    new_workbook(path, pengaturan=pengaturan, kinerja=[{**base, **row}], analisis=analisis)


def _tabel_31(path) -> dict[str, object]:
    """The indicator's row of Tabel 3.1 as shown (header label -> text)."""
    rows = sheet_rows(openpyxl.load_workbook(path)[SHEET_CAPAIAN_TS])
    cols, first = header_columns(rows)
    row = next(r for r in rows[first:] if NAME in r)
    return {label: row[k] for label, k in cols.items()}


def test_a_formula_quarter_gives_one_capaian_from_its_saved_value(tmp_path):
    path = tmp_path / "rumus.xlsx"
    row = {"Satuan": "Unit", "Polaritas": "Positif", "Jenis Realisasi": "Kumulatif", "Target": 80}
    _workbook(path, 2, {**row, "Realisasi TW I": 25, "Realisasi TW II": 0})
    write_formulas(path, {"Kinerja": [(0, "Realisasi TW II", FormulaCell("B7/3", SAVED_17))], "Anggaran": []})
    # Kumulatif s.d. TW II: 25 + 30.333333333333332; capaian (R / T x 100, T = 80), exactly
    realisasi = 25 + Fraction("30.333333333333332")
    capaian = realisasi * 100 / 80
    assert float(capaian) == 69.16666666666667  # the 16-digit figure would give 69.16666666666666
    result = CliRunner().invoke(main, ["export", str(path)])
    assert result.exit_code == 0, result.output
    exported = next(r for r in json.loads(result.stdout)["indikator"] if r["indikator"] == NAME)
    assert (exported["capaian"], exported["realisasi"]) == (float(capaian), float(realisasi))
    hasil = tmp_path / "hasil.xlsx"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(hasil)])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(hasil)[SHEET_CAPAIAN_TS]
    cells = [c.value for r in ws.iter_rows() if any(c.value == NAME for c in r) for c in r]
    assert float(capaian) in cells and float(realisasi) in cells, cells
    # 69,1666...: Sedang on the PermenPANRB scale (> 65 - 75), shown with two decimals
    assert _tabel_31(hasil)["Capaian (%)"] == "69,17"


def test_the_triwulan_harness_models_the_figure_it_writes():
    # tests/test_fronts_triwulan.py types a formula as its value; the template writes 16 digits
    typed = without_formulas(Q(Fraction(repr(SAVED_17)), FormulaCell("B7/3", SAVED_17)))
    assert typed.exact == Fraction("30.33333333333333") and typed.typed == SAVED_17
    assert without_formulas(Q(Fraction(5), FormulaCell("SUM(Q7:R7)", 5))) == Q(Fraction(5), 5)


def test_a_realisasi_in_another_scale_reads_as_in_its_table_row(tmp_path):
    path = tmp_path / "skala.xlsx"
    row = {"Satuan": "Rupiah", "Polaritas": "Negatif", "Jenis Realisasi": "Nilai Akhir"}
    _workbook(path, 1, {**row, "Target": "0,07 juta", "Realisasi TW I": 1000})
    hasil = tmp_path / "hasil.xlsx"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(hasil)])
    assert result.exit_code in (0, 1), result.output  # the peringatan "satuan berbeda"
    # the target in juta with two decimals (0,07), its realisasi 1000 plain and whole: no decimals
    shown = _tabel_31(hasil)
    assert (shown["Target"], shown["Realisasi s.d. TW I"]) == ("0,07 juta", "1.000"), shown
    # negative polarity: (2 x 70.000 - 1.000) / 70.000 x 100 = 198,571...% -> 198,57
    assert round(float(Fraction(2 * 70_000 - 1000, 70_000) * 100), 2) == 198.57
    texts = " | ".join(sheet_texts(openpyxl.load_workbook(hasil)[SHEET_ANALISIS_CAPAIAN]))
    for said in (  # 3.1.3's sentence (as the Word report's) and the indicator's own
        "sebesar Rp 0,07 juta, terealisasi s.d. Triwulan I Tahun 2025 sebesar Rp 1.000 dengan capaian 198,57%",
        "dengan target Rp 0,07 juta dan realisasi Rp 1.000 sehingga capaiannya 198,57%",
    ):
        assert said in texts, texts
