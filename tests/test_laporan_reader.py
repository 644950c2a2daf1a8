"""lkj-xl laporan read as its readers read it (the Kepala Dinas who signs it, the Inspektorat): every
figure of the document is the built workbook's figure, nothing false or broken where a value cannot be
given, and a layout that does not cut a word or leave a heading alone at the bottom of a page.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N") with cells changed the way
staff type them, or small ones made with ``lkj-xl new``; the expected texts are the output sheets'
(the sheet is the reference for the document) or worked out by hand in the comment beside them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")

from lkj_xl.cli import main  # noqa: E402
from tests.test_laporan import EXAMPLE, row_with, table_for  # noqa: E402


def _laporan(workbook: Path) -> object:
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def _built(workbook: Path) -> openpyxl.Workbook:
    out = workbook.with_name(workbook.stem + "-built.xlsx")
    result = CliRunner().invoke(main, ["build", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def _sheet_row(ws, text: str) -> list[object]:
    for row in ws.iter_rows(values_only=True):
        if any(isinstance(v, str) and text in v for v in row):
            return list(row)
    raise AssertionError(f"no row with {text!r} in {ws.title}")


def test_an_unreadable_target_reads_as_tabel_3_1_says_it_in_every_bab_2_table(tmp_path):
    """T2's target pasted from the seed's Tabel 2.4 (l.419) as "1.282,684,40 juta" (ambiguous: a galat
    at Kinerja!I12), P1.03's percentage target typed "-" (no data: a galat at I10). Tabel 3.1 / 3.2
    say "Galat (Kinerja!I12)" / "Galat (Kinerja!I10)"; Tabel 2.2, 2.4 and L.2 printed a unit around
    that text ("Rp Galat (Kinerja!I12)" with Satuan Rupiah, "Galat (Kinerja!I10)%"), as if it were a
    figure. They must show the sheet's text as it is."""
    workbook = tmp_path / "target-galat.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    kinerja = wb["Kinerja"]
    assert kinerja["A12"].value == "T2" and kinerja["A10"].value == "P1.03"
    kinerja["I12"] = "1.282,684,40 juta"
    kinerja["I10"] = "-"
    wb.save(workbook)
    built = _built(workbook)
    document = _laporan(workbook)
    # The sheets' target cells (Tabel 3.1 for T2, Tabel 3.2 for P1.03) are the reference.
    t2 = _sheet_row(built["Capaian Tujuan Sasaran"], "Nilai Investasi")
    p103 = _sheet_row(built["Capaian Program"], "Prosentase jumlah IKM yang mengupdate data di SIINAS")
    assert t2[4] == "Galat (Kinerja!I12)" and p103[4] == "Galat (Kinerja!I10)"
    assert row_with(table_for(document, "Tabel 2.2"), "Nilai Investasi")[-1] == "Galat (Kinerja!I12)"
    matrix = table_for(document, "Tabel 2.4")
    assert row_with(matrix, "Nilai Investasi")[2] == "Galat (Kinerja!I12)"
    assert row_with(matrix, "mengupdate data di SIINAS")[2] == "Galat (Kinerja!I10)"
    lampiran = table_for(document, "Tabel L.2")
    assert row_with(lampiran, "Nilai Investasi")[-1] == "Galat (Kinerja!I12)"
    assert row_with(lampiran, "mengupdate data di SIINAS")[-1] == "Galat (Kinerja!I10)"
    # A readable target keeps its unit, as before (l.358 "5.984,04 milyar"; P1.02 "100%", l.415)
    assert row_with(matrix, "Nilai PDRB sektor Industri")[2] == "5.984,04 milyar"
    assert row_with(matrix, "Prosentase jumlah izin yang diterbitkan")[2] == "100%"


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    workbook = tmp_path_factory.mktemp("pembaca") / "contoh.xlsx"
    shutil.copy(EXAMPLE, workbook)
    return _laporan(workbook)


def test_tabel_2_1_columns_hold_their_longest_word(example):
    """Tabel 2.1's Sumber Data column printed "Olah data DISKOPINDA / G" (l.340-347: "Olah data
    DISKOPINDAG"): the column got 3/21 of 16 cm = 2,29 cm. "DISKOPINDAG" in Arial 8 pt is 6,946 em
    (D .722, I .278, S .667, K .667, O .778, P .667, I .278, N .722, D .722, A .667, G .778) = 55,57 pt
    = 1,96 cm, plus the cell's left and right margins (Word's default 0,19 cm each): 2,34 cm."""
    iku = table_for(example, "Tabel 2.1")
    assert "Olah data DISKOPINDAG" in row_with(iku, "Meningkatnya kualitas Koperasi")
    widths = [column.width.cm for column in iku.columns]
    assert widths[-1] >= 2.34, widths
    assert sum(widths) == pytest.approx(16.0, abs=0.01)  # still the text width of the A4 portrait page
