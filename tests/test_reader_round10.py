"""Reader round 10: Tabel 3.3 read as the Inspektorat checks it, column by column with a pencil.

A row of Tabel 3.3 printed "capaian 96,76 | penyerapan 40,00 | tingkat efisiensi 56,77": the reader
subtracts the two figures shown beside it and gets 56,76. The efisiensi was the exact difference
(96,7647... - 39,9965... = 56,768...) rounded on its own, so the three figures of one row did not add
up. The seed computes it from the figures it prints (Tabel 3.3, l.787-805: koperasi 71 - 36 = 35), and
so does every reader: the efisiensi shown is now the capaian shown minus the penyerapan shown, in the
sheet, the Word/PDF table, 3.2.2's sentence (Word, and the Analisis Capaian sheet: one function) and the Excel-id
CSV; the JSON export keeps the exact figures of its exact capaian and penyerapan. The year-end case
(the example at Triwulan IV, every quarter typed) printed 100,48 - 62,66 = 37,81 in Tujuan 1's row.

A small agency, typed for this round: one Tujuan, one Sasaran, one program.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.formulas import round_half_up
from tests.common import kinerja_row
from tests.helpers_print import built_workbook, laporan_docx

# Tujuan T1: indeks kepuasan, target 85, TW II 82,25 (Nilai Akhir): capaian 82,25 / 85 x 100
CAPAIAN_T1 = Fraction(8225, 85)  # 96,7647... -> shown 96,76 (Sangat Tinggi, > 90)
# Sasaran S1: target 65,5, TW II 58,95: exactly 90 -> 90,00 (Tinggi: exactly 90 is Tinggi)
CAPAIAN_S1 = Fraction(5895, 6550) * 100
# The one program: pagu 1.250.000.000, spent 187.500.000 (TW I) + 312.456.789 (TW II) = 499.956.789
PENYERAPAN = Fraction(187_500_000 + 312_456_789, 1_250_000_000) * 100  # 39,9965... -> shown 40,00
# The row as printed: 96,76 - 40,00 = 56,76 (the exact difference 56,768... was shown 56,77)
SHOWN_T1 = round_half_up(CAPAIAN_T1, 2) - round_half_up(PENYERAPAN, 2)
# 90,00 - 40,00 = 50,00 (the exact 50,0035 rounds alike: the row that always added up)
SHOWN_S1 = round_half_up(CAPAIAN_S1, 2) - round_half_up(PENYERAPAN, 2)


def _agency(folder: Path) -> Path:
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    indeks = {"Satuan": "indeks", "Jenis Realisasi": "Nilai Akhir"}
    rows = [
        kinerja_row(
            "T1",
            "Tujuan",
            None,
            "Meningkatnya kualitas pelayanan perpustakaan",
            "Indeks kepuasan pemustaka",
            "85",
            "80,5",
            "82,25",
            **indeks,
        ),  # fmt: skip
        kinerja_row(
            "S1",
            "Sasaran",
            "T1",
            "Meningkatnya minat baca masyarakat",
            "Tingkat gemar membaca",
            "65,5",
            "30,1",
            "58,95",
            **indeks,
        ),  # fmt: skip
        kinerja_row(
            "P1.01",
            "Program",
            "S1",
            "PROGRAM PEMBINAAN PERPUSTAKAAN",
            "Jumlah pengunjung",
            "12.000",
            "2.500",
            "3.100",
            **{"Satuan": "orang", "Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
    ]
    budgets = [
        {
            "Kode": "P1.01",
            "Program": "PROGRAM PEMBINAAN PERPUSTAKAAN",
            "Pagu": "1.250.000.000",
            "Realisasi TW I": "187.500.000",
            "Realisasi TW II": "312.456.789",
        }
    ]
    path = folder / "perpustakaan.xlsx"
    pengaturan = {c.P_OPD: "Dinas Perpustakaan dan Kearsipan", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=pengaturan, kinerja=rows, anggaran=budgets)
    return path


def test_the_hand_arithmetic():
    assert Fraction("56.76") == SHOWN_T1
    assert round_half_up(CAPAIAN_T1 - PENYERAPAN, 2) == Fraction("56.77")  # what was printed
    assert Fraction("50.00") == SHOWN_S1


def test_tabel_3_3_sheet_efisiensi_is_the_capaian_shown_minus_the_penyerapan_shown(tmp_path):
    ws = built_workbook(_agency(tmp_path))["Efisiensi"]
    rows = {r[1].value: r for r in ws.iter_rows() if r[1].value in ("Meningkatnya kualitas pelayanan perpustakaan",
                                                                     "Meningkatnya minat baca masyarakat")}  # fmt: skip
    t1 = rows["Meningkatnya kualitas pelayanan perpustakaan"]
    capaian, penyerapan, efisiensi = t1[3].value, t1[6].value, t1[7].value
    assert round(capaian, 2) == 96.76 and round(penyerapan, 2) == 40.00  # as the cells show them
    assert efisiensi == pytest.approx(float(SHOWN_T1), abs=1e-9)

    def decimals(cell) -> int:  # "[$-421]#,##0.00;(#,##0.00)": the zeros after the first point
        return cell.number_format.split(";")[0].split(".")[1].count("0")

    assert decimals(t1[7]) == decimals(t1[3]) == decimals(t1[6]) == 2
    s1 = rows["Meningkatnya minat baca masyarakat"]
    assert s1[7].value == pytest.approx(float(SHOWN_S1), abs=1e-9)


def test_the_word_report_s_tabel_3_3_and_3_2_2_say_56_76(tmp_path):
    document = laporan_docx(_agency(tmp_path))
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    t1 = next(r for r in cells if r[1].startswith("Meningkatnya kualitas pelayanan") and "40,00" in r)
    assert t1[3:8] == ["96,76", "1.250.000.000", "499.956.789", "40,00", "56,76"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "sehingga tingkat efisiensinya 56,76 poin" in text
    assert "56,77" not in text


def test_the_excel_id_csv_says_56_76_and_the_json_keeps_the_exact_figures(tmp_path):
    workbook = _agency(tmp_path)
    runner = CliRunner()
    csv = runner.invoke(
        main, ["export", str(workbook), "--table", "efisiensi", "--format", "csv", "--excel-id"]
    )
    assert csv.exit_code == 0, csv.output
    t1 = next(line for line in csv.output.splitlines() if line.startswith("T1;"))
    assert t1.split(";")[3:8] == ["96,76", "1.250.000.000", "499.956.789", "40,00", "56,76"]
    # the JSON keeps the exact figures: its efisiensi is its capaian minus its penyerapan
    data = json.loads(runner.invoke(main, ["export", str(workbook), "--table", "efisiensi"]).output)
    row = next(r for r in data if r["kode"] == "T1")
    assert row["efisiensi"] == pytest.approx(float(CAPAIAN_T1 - PENYERAPAN))
    assert row["efisiensi"] == pytest.approx(row["capaian"] - row["penyerapan"])
