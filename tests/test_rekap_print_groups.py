"""The Rekap Perangkat Daerah sheet prints several pages side by side; a page never ends inside one of
its kriteria groups ("Indikator Tujuan per Kriteria": Sangat Tinggi ... Sangat Rendah under one heading).

Fitted to 7 pages wide, Excel and LibreOffice packed the columns page by page whatever the headings
above them: printed, page 5 ended with Sasaran's Sangat Tinggi under no heading, right after Tujuan's
five (a sixth Tujuan column to the reader), and page 6 ended in "Semua Tingkat per", its Rendah and
Sangat Rendah on page 7 under no heading (seen in the PDF of a rekap of the example workbook).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import rekap as core
from tests.common import EXAMPLE
from tests.test_rekap import print_pdf
from tests.test_rekap_staff import LEGIBLE, PAGE_POINTS, printed_pixels

REPEATED = 3  # Peringkat, Pemerintah Daerah, Perangkat Daerah: on every page (test_rekap_staff)
PRINTED = 43  # every column up to Periode (test_rekap_staff)


@pytest.fixture(scope="module")
def rekap(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kelompok") / "rekap.xlsx"
    result = CliRunner().invoke(main, ["rekap", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _pages(ws) -> list[tuple[int, int]]:
    """The (first, last) 1-based columns of each printed page after the repeated ones, from the
    sheet's manual column breaks (a break with id k ends a page after column k)."""
    starts = [REPEATED + 1] + sorted(brk.id + 1 for brk in ws.col_breaks.brk)
    return [(first, nxt - 1) for first, nxt in zip(starts, [*starts[1:], PRINTED + 1])]


def test_no_printed_page_of_the_rekap_sheet_ends_inside_a_kriteria_group(rekap):
    ws = openpyxl.load_workbook(rekap)[core.SHEET_REKAP]
    # Fitted to a number of pages, Excel ignores manual page breaks: the sheet prints at a zoom.
    setup_pr = ws.sheet_properties.pageSetUpPr
    assert setup_pr is None or not setup_pr.fitToPage
    zoom = ws.page_setup.scale / 100
    assert zoom >= LEGIBLE  # as legible as the fitted sheet was (75 % or more)
    groups = [
        (m.min_col, m.max_col)
        for m in ws.merged_cells.ranges
        if m.min_row == m.max_row == 5 and "per Kriteria" in str(ws.cell(5, m.min_col).value)
    ]
    assert len(groups) == 3 and all(last - first == 4 for first, last in groups), groups  # 5 kriteria each
    pages = _pages(ws)
    for first, last in groups:
        assert any(a <= first and last <= b for a, b in pages), (first, last, pages)
    # Every page fits the paper at that zoom (LibreOffice prints a pixel a point): the repeated names
    # and the page's own columns, A4 landscape between 0,7 inch margins.
    pixels = printed_pixels(ws, PRINTED)
    for a, b in pages:
        assert (sum(pixels[:REPEATED]) + sum(pixels[a - 1 : b])) * zoom <= PAGE_POINTS, (a, b, zoom)
    assert pages[-1][1] == PRINTED and len(pages) <= 8  # Periode printed; a page more than fitted at most


@pytest.mark.slow
def test_every_printed_kriteria_column_stands_under_its_heading(rekap, tmp_path):
    from tests.helpers_print import pdf_words

    words = pdf_words(print_pdf(rekap, tmp_path / "rekap.pdf", [core.SHEET_REKAP]))
    for page in sorted({w[0] for w in words}):
        on_page = [w for w in words if w[0] == page]
        header = max(y for _, _, y, _, w in on_page if w == "Peringkat")  # (the note above starts so too)
        band = [w for _, _, y, _, w in on_page if header - 30 <= y <= header + 18]
        headings = band.count("per")  # "Indikator Tujuan per Kriteria", "Semua Tingkat per Kriteria"
        # Each heading over its five kriteria: Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah.
        counts = {k: band.count(k) for k in ("Tinggi", "Sedang", "Rendah")}
        assert counts == {"Tinggi": 2 * headings, "Sedang": headings, "Rendah": 2 * headings}, (page, band)
        assert band.count("Kriteria") >= headings, (page, band)  # the heading whole, not "Semua Tingkat per"


def test_grouped_pages_moves_a_split_group_to_the_next_page_by_hand():
    from lkj_xl.core.pages import grouped_pages

    # A column 20 characters wide is 7 x 20 + 5 = 145 pixels, one of 10 is 75 (a point each, as
    # LibreOffice prints). A4 landscape between 0,7 inch margins: 841,89 - 100,8 = 741,09 points; at
    # 75 % that is 988,12, less the repeated 145: 843,12 for a page's own columns, 11 of 75 (825).
    widths = [20] + [10] * 30  # the repeated column, then columns 1-30
    assert grouped_pages(widths, 1, []) == ([12, 23], 76)  # packed: 1-11, 12-22, 23-30
    # A group 10-14 would end page 1 after its first two: the page ends before it, at column 9; page 2
    # holds 10-20 (11 columns), page 3 21-30. The widest page, 145 + 825 = 970 points, prints at
    # 741,09 / 970 = 76,4 %: 76.
    assert grouped_pages(widths, 1, [(10, 14)]) == ([10, 21], 76)
    # A group that starts a page already stays; one wider than a page (12 columns, 900 > 843,12) is
    # cut where the page is full, as nothing else would print it at 75 %.
    assert grouped_pages(widths, 1, [(12, 16)]) == ([12, 23], 76)
    assert grouped_pages(widths, 1, [(1, 12)]) == ([12, 23], 76)
    # Wider than any page and starting mid-page (5-28): moved to start page 2, then cut where pages
    # are full, never a page of one column each (5-15, 16-26, 27-30).
    assert grouped_pages(widths, 1, [(5, 28)]) == ([5, 16, 27], 76)


def test_a_hidden_column_takes_no_page_width_and_makes_no_page_of_its_own():
    from lkj_xl.core.pages import grouped_pages, page_columns

    # Widths as in the test above: the repeated column 145 points, a column of 10 characters 75, one of
    # 120 is 7 x 120 + 5 = 845 (wider than a page's 843,12); a hidden column (width 0) 0.
    widths = [20, 0, 120, 10, 10, 10]
    # The hidden column 1 stays on the page of the wide column 2 (a page of hidden columns only would
    # print nothing but the repeated one); column 3 starts page 2: 845 + 75 > 843,12.
    assert page_columns(widths, 1) == [(1, 2), (3, 5)]
    # The same packing with kriteria groups; the widest page, 145 + 845 = 990 points, prints at
    # 741,09 / 990 = 74,9 %: 74.
    assert grouped_pages(widths, 1, []) == ([3], 74)
    # A group wider than a page (12 columns of 75 = 900) after two hidden columns: not moved to a page
    # of its own (it would leave the hidden ones alone on page 1), cut where the page is full: columns
    # 1-13 (0 + 0 + 11 x 75 = 825), then 14. The widest page, 145 + 825 = 970, at 76 %.
    widths = [20, 0, 0] + [10] * 12
    assert grouped_pages(widths, 1, [(3, 14)]) == ([14], 76)
    assert page_columns(widths, 1) == [(1, 13), (14, 14)]
