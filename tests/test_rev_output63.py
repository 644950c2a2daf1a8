"""Review of output63 (a figure typed with fewer decimals than its row's keeps its own, at least 2):
every front shows such a figure alike. Every expected figure is derived by hand in its comment."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.helpers_print import built_workbook
from tests.test_fronts_parity import header_columns, sheet_rows

NAME = "Persentase layanan tepat waktu"


def _rata_rata_with_last_year(path) -> None:
    """Target 95 %, Rata-rata, TW I-III 85, 90, 91 (TW III report), last year 90,5: the mean
    266 / 3 = 88,666... needs 3 decimals (88,67 / 95 = 93,3368... would print 93,34 beside the
    capaian 93,33), so the row takes 3; last year's figure was typed with 1 (90,5)."""
    kinerja = [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Meningkatnya mutu layanan", "Indikator": NAME}
        | {"Satuan": "%", "Target": "95%", "Jenis Realisasi": "Rata-rata", "Polaritas": "Positif"}
        | {"Realisasi TW I": "85 %", "Realisasi TW II": "90", "Realisasi TW III": "91"}
        | {c.H_REALISASI_TAHUN_LALU: "90,5"}
    ]
    new_workbook(path, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 3}, kinerja=kinerja)


def test_excel_id_csv_shows_last_years_figure_as_perbandingan_kinerja_does(tmp_path):
    path = tmp_path / "lalu.xlsx"
    _rata_rata_with_last_year(path)
    rows = sheet_rows(built_workbook(path)[c.SHEET_PERBANDINGAN])
    cols, first = header_columns(rows)
    (row,) = [r for r in rows[first:] if NAME in r]
    # the sheet: last year 90,50 (typed 90,5: its own decimal, at least 2), this year 88,667, the
    # selisih 88,666... - 90,5 = -1,8333... with the row's 3 decimals, -1,833
    sheet = [row[cols["s.d. TW III 2024"]], row[cols["s.d. TW III 2025"]], row[cols["Selisih"]]]
    assert sheet == ["90,50", "88,667", "-1,833"], row
    result = CliRunner().invoke(main, ["export", str(path), "--format", "csv", "--excel-id"])
    assert result.exit_code == 0, result.output
    (t1,) = csv.DictReader(io.StringIO(result.output.lstrip("\ufeff")), delimiter=";")
    # the CSV as the sheet: it printed 90,500 (the row's 3 decimals) beside the sheet's 90,50
    assert [t1["tahun_lalu"], t1["realisasi"], t1["selisih"]] == sheet, t1
    assert t1["target"] == "95,00", t1


def test_the_sentence_names_last_years_figure_as_perbandingan_kinerja_does(tmp_path):
    path = tmp_path / "lalu.xlsx"
    _rata_rata_with_last_year(path)
    ws = built_workbook(path)[c.SHEET_ANALISIS_CAPAIAN]
    text = " ".join(str(cell.value) for row in ws.iter_rows() for cell in row if cell.value is not None)
    # Perbandingan Kinerja prints last year's 90,5 as 90,50 (test above); the sentence said 90,500%.
    # The change: 88,666... - 90,5 = -1,8333... (3 decimals: 1,833 poin), 1,8333... / 90,5 = 2,0258...%
    assert "tahun sebelumnya (90,50%) mengalami penurunan sebesar 1,833 poin (2,03% dari" in text, text
    assert "90,500" not in text, text


def test_a_selisih_with_two_decimals_of_its_own_reads_as_its_cell(tmp_path):
    """Target 0,135 (3 decimals typed: the row takes 3), Nilai Akhir, TW I 0,15; last year 0,1. The
    selisih 0,15 - 0,1 = 0,05 exactly: Perbandingan Kinerja prints it with its own 2 decimals, 0,05
    (and 0,15, 0,10); the sentence wrote 0,050 from the exact selisih."""
    path = tmp_path / "selisih.xlsx"
    name = "Rasio layanan terpadu"
    kinerja = [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Meningkatnya mutu layanan", "Indikator": name}
        | {"Satuan": "Rasio", "Target": "0,135", "Jenis Realisasi": "Nilai Akhir", "Polaritas": "Positif"}
        | {"Realisasi TW I": "0,15", c.H_REALISASI_TAHUN_LALU: "0,1"}
    ]
    new_workbook(path, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 1}, kinerja=kinerja)
    wb = built_workbook(path)
    rows = sheet_rows(wb[c.SHEET_PERBANDINGAN])
    cols, first = header_columns(rows)
    (row,) = [r for r in rows[first:] if name in r]
    sheet = [row[cols["s.d. TW I 2024"]], row[cols["s.d. TW I 2025"]], row[cols["Selisih"]]]
    assert sheet == ["0,10", "0,15", "0,05"], row
    ws = wb[c.SHEET_ANALISIS_CAPAIAN]
    text = " ".join(str(cell.value) for r in ws.iter_rows() for cell in r if cell.value is not None)
    assert "(0,10 Rasio) mengalami kenaikan sebesar 0,05 Rasio (50,00% dari" in text, text


def test_a_short_name_beside_a_long_list_keeps_its_line():
    from lkj_xl.laporan.tables import content_widths

    # Longest words 1 cm each (+ 0,45 cm padding: 1,45). Column 2's text is 20 cm on one line, column
    # 3's 2 (2,45 with its padding): 10 cm do not hold both on one line. Column 3 fits in an equal share
    # of the 10 - 1,45 = 8,55 cm the two wrapping columns take (4,275): it gets its 2,45 whole, column
    # 2 the rest, 10 - 1,45 - 2,45 = 6,10. Shared in proportion to what each lacks (19 : 1) column 3
    # got 1,45 + 5,65 / 20 = 1,73 and wrapped: Tabel 3.3's "Uraian Sasaran S1.1" beside a list of 7
    # indicators (test_fronts_parity's printed edges could no longer find its row).
    assert content_widths([1, 1, 1], [1, 20, 2], 10, [1, 1, 1]) == pytest.approx([1.45, 6.10, 2.45])
    # Both long (the example's Tabel 3.1 names): in proportion, as before (test_output63's first case)
    assert content_widths([1, 1, 1], [1, 20, 6], 10, [1, 1, 1]) == pytest.approx(
        [1.45, 1.45 + 5.65 * 19 / 24, 1.45 + 5.65 * 5 / 24]
    )
