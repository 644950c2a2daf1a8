"""The Word report and the sheets as a reader sees them printed (output63).

1. Word Tabel 3.1 took the sheet's column proportions (made for a screen): the quarter columns TW III
   and TW IV, holding "-" in a TW II report, took 1,65 and 2,05 cm while an indicator's name wrapped to
   6 lines in 2,65 cm. The widths now come from the content: each column its longest word, the room
   left to the columns whose texts are longer (the names).
2. A Rata-rata indicator's row printed the Target typed 95 as `95,000` (and its quarters 85,000): the
   row took the 3 decimals its mean 88,667 needs for a reader to recompute the capaian. A figure typed
   with fewer decimals now shows its own, at least the report's 2: 95,00 beside 88,667.

Every expected figure is derived by hand in its comment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.xlsx.template import new_workbook  # noqa: E402
from tests.helpers_print import built_workbook, laporan_docx  # noqa: E402
from tests.test_fronts_parity import header_columns, sheet_rows  # noqa: E402
from tests.test_laporan import EXAMPLE, table_for  # noqa: E402

# --- 1. Tabel 3.1's columns sized by their content ------------------------------------------------------


@pytest.fixture(scope="module")
def example_tabel_3_1(tmp_path_factory):
    workbook = tmp_path_factory.mktemp("output63") / "contoh.xlsx"
    workbook.write_bytes(Path(EXAMPLE).read_bytes())
    tabel = table_for(laporan_docx(workbook), "Tabel 3.1")
    top, second = ([cell.text for cell in tabel.rows[r].cells] for r in (0, 1))
    # the second header row names the quarters; the first every other column (merged down)
    names = [
        (s if s.startswith("TW") else t).replace("\u00a0", " ") for t, s in zip(top, second, strict=True)
    ]
    return dict(zip(names, (column.width.cm for column in tabel.columns), strict=True))


def test_tabel_3_1_quarter_columns_holding_a_dash_are_as_wide_as_their_header(example_tabel_3_1):
    widths = example_tabel_3_1
    # TW III holds "-" in every row of the example (a TW II report) under its bold header "TW III":
    # Arial Bold 8 pt, T .611 + W .944 + space .278 + I .278 x 3 = 2,667 em = 21,3 pt = 0,75 cm, with
    # Word's cell margins (0,19 cm each side) 1,13 cm. The estimate errs wide (Calibri / DejaVu
    # widths), never past 1,5 cm; it took 1,65 cm (the sheet's proportions, capped).
    assert 1.13 <= widths["TW III"] <= 1.5, widths
    # A4 landscape, 2 cm margins: the table is as wide as the text
    assert sum(widths.values()) == pytest.approx(25.7, abs=0.01)


def test_tabel_3_1_gives_the_room_to_the_names(example_tabel_3_1):
    widths = example_tabel_3_1
    names = widths["Tujuan/Sasaran Strategis"] + widths["Indikator Kinerja"]
    # The two name columns hold most of the table's text ("Terciptanya Ekonomi Wilayah yang Bertumpu
    # pada Sektor Pertanian dan Industri", 77 characters; "Persentase koperasi yang taat akan
    # peraturan perundang - undangan", 65): they took 2,8 + 2,65 = 5,45 cm and the indicator wrapped to
    # 6 lines. Now the room the short columns leave: at least 6 cm, each wider than any quarter column.
    assert names >= 6.0, widths
    quarters = [widths[f"TW {q}"] for q in ("I", "II", "III", "IV")]
    assert min(widths["Tujuan/Sasaran Strategis"], widths["Indikator Kinerja"]) > max(quarters), widths
    # "1.282.684,40 juta" (Nilai Investasi's Target) stays on one line: Arial 8 pt, nine digits .556 +
    # three marks .278 + space .278 + "juta" (.222 + .556 + .278 + .556) = 5,004 + 0,834 + 0,278 +
    # 1,612 = 7,728 em = 61,8 pt = 2,18 cm, with Word's cell margins (0,19 cm each side) 2,56 cm
    # (review: the bound was derived from ten digits and four marks, 2,80)
    assert widths["Target"] >= 2.56, widths


def test_content_widths_by_hand():
    from lkj_xl.laporan.tables import content_widths

    # Three columns whose longest word is 1 cm (1,45 with the 0,45 cm of padding each): 4,35 cm of 10.
    # The middle one's longest text is 20 cm on one line, the last's 6: the 5,65 cm left go to them in
    # proportion to what they lack, 19 : 5 (20,45 - 1,45 and 6,45 - 1,45): 5,65 x 19 / 24 and x 5 / 24.
    assert content_widths([1, 1, 1], [1, 20, 6], 10, [1, 1, 1]) == pytest.approx(
        [1.45, 1.45 + 5.65 * 19 / 24, 1.45 + 5.65 * 5 / 24]
    )
    # Every text fits on one line (1,45 + 5,45 + 1,45 = 8,35 of 10): the 1,65 cm past them in the
    # sheet's proportions 1 : 2 : 1 (a "No" column stays narrow beside short names)
    assert content_widths([1, 1, 1], [1, 5, 1], 10, [1, 2, 1]) == pytest.approx(
        [1.45 + 1.65 / 4, 5.45 + 1.65 / 2, 1.45 + 1.65 / 4]
    )


# --- 2. A Rata-rata row's figures with their own decimals --------------------------------------------------

NAME = "Indeks kepuasan layanan"


@pytest.fixture(scope="module")
def rata_rata(tmp_path_factory):
    """Target 95 (Positif, Rata-rata), TW I-III 85, 90, 91 in a TW III report: the mean (85 + 90 + 91)
    / 3 = 266 / 3 = 88,666..., capaian 266 / 3 / 95 x 100 = 93,333...% (Sangat Tinggi, printed 93,33).
    With 2 decimals the realisasi reads 88,67, and 88,67 / 95 = 93,3368... would be printed 93,34; with
    3, 88,667 / 95 = 93,3337: 93,33 as printed. So the realisasi takes 3 decimals; the Target and the
    quarters, typed whole, the report's 2 (the seed's Tabel 3.1 prints 25,00 and 4,00 beside 40,71)."""
    workbook = tmp_path_factory.mktemp("output63") / "rata.xlsx"
    kinerja = [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Meningkatnya mutu layanan", "Indikator": NAME}
        | {"Satuan": "Indeks", "Target": 95, "Jenis Realisasi": "Rata-rata", "Polaritas": "Positif"}
        | {"Realisasi TW I": 85, "Realisasi TW II": "90", "Realisasi TW III": "91"}
    ]
    new_workbook(workbook, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 3}, kinerja=kinerja)
    return workbook


def test_a_rata_rata_row_prints_its_target_as_typed_beside_a_mean_of_three_decimals(rata_rata):
    rows = sheet_rows(built_workbook(rata_rata)[c.SHEET_CAPAIAN_TS])  # as shown: formats applied
    cols, first = header_columns(rows)
    (row,) = [r for r in rows[first:] if NAME in r]
    shown = [row[cols[label]] for label in ("Target", "TW I", "TW II", "TW III", "Realisasi s.d. TW III")]
    # was 95,000 | 85,000 | 90,000 | 91,000 | 88,667
    assert shown == ["95,00", "85,00", "90,00", "91,00", "88,667"], row
    assert row[cols["Capaian (%)"]] == "93,33", row


def test_the_word_tabel_3_1_row_prints_the_target_as_the_sheet(rata_rata):
    tabel = table_for(laporan_docx(rata_rata), "Tabel 3.1")
    (row,) = [
        [cell.text for cell in r.cells] for r in tabel.rows if any(NAME in cell.text for cell in r.cells)
    ]
    # No, Tujuan/Sasaran, Indikator, Satuan, Target, TW I-IV, Realisasi s.d., Capaian, Kriteria
    assert row[4:10] == ["95,00", "85,00", "90,00", "91,00", "-", "88,667"], row
    assert row[10:] == ["93,33", "Sangat Tinggi"], row
