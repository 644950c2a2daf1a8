"""The zoom of the printed output sheets (`lkj-xl pdf`, a real LibreOffice): every page of a sheet at
the zoom that prints it one page wide, the zoom the page ends were estimated at (lkj_xl.core.pages)
for the signature block and the rows kept together.

Fitted to one page wide and 0 ("as many as needed") pages tall, LibreOffice tries 98 % of that zoom
(cut to a whole percent) and prints at it when the sheet then takes a page less: the pages then end
elsewhere than where the page breaks were placed for. Measured before the fix (LibreOffice 7.4):
Analisis Capaian of 24 Sasaran at 72 % instead of 74 %, Perbandingan Kinerja of 36 at 74 % instead of
76 %, each a page shorter than estimated.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from tests.helpers_print import page_zooms, pdf_words
from tests.test_pages import sized_report
from tests.test_rekap import print_pdf


def _printed_zooms(n: int, sheet: str, tmp_path: Path) -> dict[int, int]:
    """Each page's zoom (whole percent) of ``sheet`` of :func:`sized_report` of ``n`` Sasaran as
    `lkj-xl pdf` prints it, against the same sheet printed at 100 %."""
    from lkj_xl.delivery.pdf import PdfError
    from lkj_xl.delivery.send import make_pdf

    rep = sized_report(n)
    pdf = tmp_path / f"{n}.pdf"
    try:
        # The report given: make_pdf only names its temporary workbook after the path.
        make_pdf(tmp_path / "laporan.xlsx", pdf, sheets=[sheet], report=rep)
    except PdfError as exc:
        if "not found" in str(exc) or "install" in str(exc):
            pytest.skip(str(exc))
        raise
    from lkj_xl.build import render_outputs

    full = tmp_path / f"{n}-100.xlsx"  # the same sheet at 100 % (no fitting): each word's height there
    full.write_bytes(render_outputs(rep, for_pdf=True))
    book = openpyxl.load_workbook(full)
    for ws in book.worksheets:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = 100
    book.save(full)
    reference = pdf_words(print_pdf(full, tmp_path / f"{n}-100.pdf", [sheet]))
    return page_zooms(pdf_words(pdf), reference)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("n", "sheet", "zoom"),
    [
        # A4 portrait between 0,4-inch margins: 595 - 0,8 x 72 = 537,4 points; the columns 4, 4, 4, 44,
        # 14, 14, 14 wide are 33 x 3 + 313 + 103 x 3 = 721 pixels, a point each in LibreOffice:
        # 537,4 / 721 = 0,745, so 74 % (98 % of it, 72,5, cut to 72, was printed).
        (24, c.SHEET_ANALISIS_CAPAIAN, 74),
        # A4 landscape: 842 - 57,6 = 784,4 points; columns 5, 30, 30, 9, 14,668, 14,668, 14, 11, 11:
        # 40 + 215 + 215 + 68 + 108 + 108 + 103 + 82 + 82 = 1.021 pixels: 784,4 / 1.021 = 0,768, so 76 %
        # (74 was printed).
        (36, c.SHEET_PERBANDINGAN, 76),
    ],
)
def test_every_page_prints_at_the_zoom_that_fits_the_width(n, sheet, zoom, tmp_path):
    zooms = _printed_zooms(n, sheet, tmp_path)
    assert len(zooms) >= 2 and set(zooms.values()) == {zoom}, zooms


def test_the_pdf_workbook_prints_each_sheet_at_the_zoom_its_pages_were_estimated_at(tmp_path):
    # The PDF's workbook (LibreOffice alone) is written at that zoom, not fitted, so its pages end where
    # the estimate placed them: Analisis Capaian at 74 % (as above), Perbandingan Kinerja at 76 %. The
    # workbook a build writes, printed from Excel as well (which fits a column a third narrower), stays
    # fitted to one page wide and any number tall.
    from lkj_xl.build import render_outputs

    rep = sized_report(24)
    for for_pdf, name in ((True, "pdf.xlsx"), (False, "build.xlsx")):
        (tmp_path / name).write_bytes(render_outputs(rep, for_pdf=for_pdf))
    pdf, built = (openpyxl.load_workbook(tmp_path / name) for name in ("pdf.xlsx", "build.xlsx"))
    for sheet, zoom in ((c.SHEET_ANALISIS_CAPAIAN, 74), (c.SHEET_PERBANDINGAN, 76)):
        ws = pdf[sheet]
        assert not ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.scale == zoom, sheet
        assert ws.row_breaks.count > 0 or sheet == c.SHEET_PERBANDINGAN  # the breaks are kept
        ws = built[sheet]
        # fitToWidth left out: OOXML's default, 1 page wide; fitToHeight 0: as many pages as needed.
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1), sheet
        assert ws.page_setup.fitToHeight == 0, sheet
