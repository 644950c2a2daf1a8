"""The LKjIP document read as the Inspektorat reads it before it is signed (round 3): the example at
Triwulan IV (year-end) with TW III/IV realisasi filled, and at Triwulan II.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N"); the figures typed for
TW III/IV are ours, chosen so that the arithmetic below is exact.
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")
openpyxl = pytest.importorskip("openpyxl")

from lkj_xl.cli import main  # noqa: E402
from tests.test_laporan import EXAMPLE  # noqa: E402


def _workbook(tmp_path, name: str, triwulan: int, cells: dict[tuple[str, str], object]) -> str:
    """The example with Pengaturan's Triwulan (B7) set and the given cells typed."""
    workbook = tmp_path / f"{name}.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Pengaturan"]["A7"].value == "Triwulan"
    wb["Pengaturan"]["B7"] = triwulan
    for (sheet, ref), value in cells.items():
        wb[sheet][ref] = value
    wb.save(workbook)
    return str(workbook)


def _paragraphs(tmp_path, workbook: str) -> list[str]:
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", workbook, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(str(out)).paragraphs]


@pytest.mark.slow
def test_a_change_of_a_percentage_indicator_is_said_in_poin_not_percent(tmp_path):
    """Sasaran S1 "Persentase Pertumbuhan Nilai Produksi Industri" (Satuan %, Nilai Akhir; Kinerja row
    5): Realisasi Tahun Lalu (R5) 2,50% (the seed's Tabel 2.x "2,5", l.1126). At Triwulan IV with TW IV
    (N5) typed 3,10%: realisasi s.d. TW IV 3,10%, 3,10 - 2,50 = 0,60 percentage points, and the change
    0,60 / 2,50 = 24/100 = 24,00% of last year's figure. The sentence read "mengalami kenaikan sebesar
    0,60% (24,00% dari realisasi tahun sebelumnya)": two percentages for one change, the first read
    as a rise of 0,6 per cent. A difference of two percentages is in poin (as Tabel 3.3's Tingkat
    Efisiensi); the relative change stays in %."""
    assert (openpyxl.load_workbook(EXAMPLE)["Kinerja"]["R5"].value) == "2,50%"
    workbook = _workbook(tmp_path, "tw4", 4, {("Kinerja", "N5"): "3,10%"})
    texts = _paragraphs(tmp_path, workbook)
    said = [t for t in texts if "Jika diperbandingkan dengan tahun sebelumnya (2,50%)" in t]
    assert len(said) == 2, said  # 3.1.3 (Penyajian Data Kinerja) and 3.2.1 (faktor, Sasaran S1)
    for text in said:
        assert "mengalami kenaikan sebesar 0,60 poin (24,00% dari realisasi tahun sebelumnya)" in text
        assert "0,60%" not in text
