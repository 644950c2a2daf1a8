"""The rekap's Semua Indikator shows a target (and Target PK / Target Perubahan) with the decimals it
was typed with, at least 2, where its row's realisasi needs more (output64), as the agency's own
Tabel 3.1 does since output63: `100,00 | 90,004`, never `100,000 | 90,004`."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from test_rekap_staff import invoke, sasaran, settings

from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook
from tests.helpers_print import have_soffice, page_texts

TWO, THREE, FOUR = "[$-421]#,##0.00", "[$-421]#,##0.000", "[$-421]#,##0.0000"


@pytest.fixture(scope="module")
def typed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("typed") / "opd"
    folder.mkdir()
    # 90,004 of a Target typed 100: capaian 90,004, Sangat Tinggi (> 90); 90,00 would read exactly 90,
    # Tinggi: the realisasi takes 3 decimals, the target its own 0, shown 2: 100,00.
    new_workbook(folder / "a.xlsx", pengaturan=settings("Dinas Seratus"), kinerja=sasaran("90,004"))
    # 85,954 of 95,5 (typed "95,5"): 85,954 / 95,5 x 100 = 90,00418..., Sangat Tinggi; 85,95 / 95,5 =
    # exactly 90,00, Tinggi: 3 decimals in the row, the target typed with 1 shown 95,50.
    new_workbook(folder / "b.xlsx", pengaturan=settings("Dinas Koma"), kinerja=sasaran("85,954", "95,5"))
    # 36,0016 of 40: 90,004 (README's case); 36,002 gives 90,005 and 36,00 90,00: 4 decimals, the
    # target typed 40 shown 40,00.
    new_workbook(folder / "c.xlsx", pengaturan=settings("Dinas Empat"), kinerja=sasaran("36,0016", 40))
    # 50 of 100: 2 decimals everywhere (control).
    new_workbook(folder / "d.xlsx", pengaturan=settings("Dinas Biasa"), kinerja=sasaran(50))
    out = folder.parent / "rekap.xlsx"
    assert invoke("rekap", folder, "-o", out, "--jobs", "1").exit_code == 0
    return out


def test_semua_indikator_shows_the_target_with_its_own_decimals(typed: Path):
    ind = openpyxl.load_workbook(typed)[core.SHEET_INDIKATOR]
    keys = [spec.key for spec in core.INDICATOR_COLUMNS]
    target, realisasi = keys.index("target") + 1, keys.index("realisasi") + 1
    shown = {
        ind.cell(r, 2).value: (ind.cell(r, target).value, ind.cell(r, target).number_format,
                               ind.cell(r, realisasi).value, ind.cell(r, realisasi).number_format)
        for r in range(2, 6)
    }  # fmt: skip
    assert shown == {
        "Dinas Seratus": (100, TWO, pytest.approx(90.004), THREE),
        "Dinas Koma": (pytest.approx(95.5), TWO, pytest.approx(85.954), THREE),
        "Dinas Empat": (40, TWO, pytest.approx(36.0016), FOUR),
        "Dinas Biasa": (100, TWO, 50, TWO),
    }


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_the_printed_semua_indikator_reads_100_00_beside_90_004(typed: Path, tmp_path: Path):
    pdf = tmp_path / "semua.pdf"
    assert invoke("pdf", typed, "-o", pdf, "--sheet", core.SHEET_INDIKATOR).exit_code == 0
    words = " ".join(page_texts(pdf)).split()
    for figure in ("100,00", "90,004", "95,50", "85,954", "40,00", "36,0016"):
        assert figure in words, figure
    for padded in ("100,000", "95,500", "40,0000"):  # (printed before output64)
        assert padded not in words, padded
