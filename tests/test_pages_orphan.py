"""A table's last printed page holding a few rows over the signature block, the page before it full
(output64): the break before that page moves up, where the rows can move, so the reader never turns
to a page of 2 programs and a signature (pages.keep_last_rows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_pages import EXAMPLE, sized_report

from lkj_xl.cli import main
from lkj_xl.core import pages
from lkj_xl.core.layout import PrintSetup, SheetLayout
from lkj_xl.core.tables import layouts
from tests.helpers_print import have_soffice, page_texts

# The synthetic sheet below prints at a fixed 100 %, A4 landscape without a footer, margins top 0,6 and
# bottom 0,7 inch: every printer's page holds 595 - 1,3 x 72 = 501,4 pt of rows, header included.
CAPACITY = 595 - 1.3 * 72


def _sheet(heights: list[float], keep: list[tuple[int, int]] = (), breaks: list[int] = ()) -> SheetLayout:
    """Row 0 a header repeated on every page (15 pt), one body row per height, a blank row, then a
    signature block of 7 rows of 15 pt (105 pt)."""
    n = len(heights)
    rows: list[list] = [["No", "Uraian"]] + [[i, f"Baris {i}"] for i in range(1, n + 1)] + [[None, None]]
    sig_first = len(rows)
    rows += [[None, "Lumajang, 4 Juli 2025"], [None, "Kepala"], [None, None], [None, None], [None, None]]
    rows += [[None, "NAMA"], [None, "NIP. 1"]]
    setup = PrintSetup(fit_width=0, zoom=100, repeat_rows=(0, 0), page_breaks=list(breaks))
    return SheetLayout(
        name="Uji",
        columns=[5.0, 40.0],
        rows=rows,
        row_heights={i + 1: h for i, h in enumerate(heights)},
        print_setup=setup,
        header_rows=(0, 0),
        signature_rows=(sig_first, sig_first + 6),
        keep_together=list(keep),
    )


def test_capacity_is_as_derived():
    assert pages.page_capacity(_sheet([30.0] * 18)) == pytest.approx(CAPACITY)


def test_two_rows_alone_over_the_block_get_three_more():
    # 18 rows of 30 pt: page 1 holds the header and 16 rows (15 + 16 x 30 = 495 <= 501,4; a 17th
    # would need 525), rows 17 and 18 start page 2 with the block (15 + 60 + 15 + 105 = 195 pt, 24
    # to spare: no break needed), 60 pt < a quarter of the page (125,35): an orphan page. 4 rows
    # (120 pt) would still be one; 5 rows (rows 14-18, 150 pt) are not: the break stands before row 14.
    lay = _sheet([30.0] * 18)
    assert pages.page_starts(lay) == [0, 17]  # (before: rows 17, 18 alone)
    pages.keep_last_rows(lay, pages.PRINTERS)
    assert lay.print_setup.page_breaks == [14]
    for printer in pages.PRINTERS:
        assert pages.page_starts(lay, printer) == [0, 14], printer.name
        assert pages.signature_fits(lay, printer), printer.name


def test_a_range_moves_whole():
    # As above, rows 12-17 kept on one page (a Sasaran with its programs): the fewest rows making page
    # 2 no orphan begin at row 14, inside the range, so it starts at the range's first row, 12 (7 rows).
    lay = _sheet([30.0] * 18, keep=[(12, 17)])
    pages.keep_last_rows(lay, pages.PRINTERS)
    assert lay.print_setup.page_breaks == [12]


def test_few_tall_rows_filling_a_quarter_are_no_orphan():
    # 8 rows of 75 pt (5 lines of text each): page 1 holds 6 (15 + 450 = 465), rows 7 and 8 fill
    # 150 pt of page 2, more than a quarter of it (125,35): a page the reader sees filled, left.
    lay = _sheet([75.0] * 8)
    assert pages.page_starts(lay) == [0, 7]
    pages.keep_last_rows(lay, pages.PRINTERS)
    assert lay.print_setup.page_breaks == []


def test_a_break_of_the_layout_itself_is_never_moved():
    # The 18 rows of 30 pt with the sheet's own break before row 17 (a section starting a page).
    lay = _sheet([30.0] * 18, breaks=[17])
    pages.keep_last_rows(lay, pages.PRINTERS, own={17})
    assert lay.print_setup.page_breaks == [17]


def test_the_page_before_keeps_at_least_as_many_rows():
    # A row of 480 pt fills page 1 (15 + 480 = 495; with the next row 525 > 501,4), the last row
    # (30 pt) is alone on page 2 with the block: an orphan, but moving the break before row 1 would
    # leave page 1 fewer rows (none) than page 2 gets (2): no move.
    lay = _sheet([480.0, 30.0])
    assert pages.page_starts(lay) == [0, 2]
    pages.keep_last_rows(lay, pages.PRINTERS)
    assert lay.print_setup.page_breaks == []


def test_tabel_3_1_of_37_sasaran_ends_on_a_page_of_five_rows():
    # sized_report(37): Tabel 3.1 lists the Tujuan and its 37 Sasaran, one 15 pt row each (Sasaran 37
    # on row 44, the table's last; a note of 150 pt under it, then the signature block). The block did
    # not fit under them on page 1: keep_signature's break kept the last 2 rows (Sasaran 36 and 37,
    # 30 pt) alone with it on page 2. Now Sasaran 33-37 (rows 40-44, 5 rows) start page 2; every
    # printer prints 2 pages (Excel printed 3 before: its page 2 ended before the block).
    lay = next(lay for lay in layouts(sized_report(37)) if lay.name == "Capaian Tujuan Sasaran")
    last = pages.last_table_row(lay)
    assert last == 44 and [lay.rows[r][1] for r in (40, 44)] == ["Sasaran 33", "Sasaran 37"]
    assert lay.print_setup.page_breaks == [40]
    for printer in pages.PRINTERS:
        starts = pages.page_starts(lay, printer)
        assert starts == [0, 40], printer.name
        assert pages.signature_fits(lay, printer), printer.name


def test_the_pdf_moves_rows_only_excels_smaller_page_could_not_hold():
    # sized_report(12), Perbandingan Kinerja as `lkj-xl pdf` paginates it (LibreOffice alone, at its
    # 76 %: (595 - 1,3 x 72 + 0,4 x 72 x 0,24) / 0,76 = 668,83 pt a page). Rows are 15 pt; Program 12
    # is the table's last row (32), the notes and the signature block under it rows 33-45 (390 pt),
    # the repeated header rows 3-4 (45 pt). Page 2 began at row 31: Programs 11 and 12 alone, 30 pt <
    # 668,83 / 4 = 167,2. From row 28 (Programs 8-12, 75 pt) the page holds 45 + 75 + 390 = 510 pt,
    # + 24 / 0,76 = 31,6 to spare: 541,6 <= 668,83. Excel's page at 100 % holds 501,4 (510 + 24 does
    # not fit), which the PDF is never printed in: before (review of output64) the rows stayed.
    rep = sized_report(12)
    lay = next(lay for lay in layouts(rep, (pages.LIBREOFFICE,)) if lay.name == "Perbandingan Kinerja")
    assert pages.last_table_row(lay) == 32 and lay.rows[28][1] == "Program 8"
    assert lay.print_setup.page_breaks == [28]
    assert pages.page_starts(lay, pages.LIBREOFFICE) == [0, 28]
    assert pages.signature_fits(lay, pages.LIBREOFFICE)
    # The built workbook, printed in Excel too, keeps the 2 programs: 5 would not fit Excel's page.
    lay = next(lay for lay in layouts(rep, pages.PRINTERS) if lay.name == "Perbandingan Kinerja")
    assert lay.print_setup.page_breaks == [31]


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_the_examples_perbandingan_kinerja_ends_with_four_programs(tmp_path: Path):
    # The example's Perbandingan Kinerja printed by a real LibreOffice: page 1 full (the Tujuan,
    # Sasaran and programs 1-13), page 2 held programs 14 and 15 only (2 rows of 30 pt of 870) over the
    # notes and the signature. Now programs 12-15 (5 rows: program 13 has 2 indicators) start page 2;
    # still 2 pages, and the whole report's PDF stays 25 pages (measured before and after).
    pdf = tmp_path / "perbandingan.pdf"
    result = CliRunner().invoke(
        main, ["pdf", str(EXAMPLE), "-o", str(pdf), "--sheet", "Perbandingan Kinerja"]
    )
    assert result.exit_code == 0, result.output
    texts = page_texts(pdf)
    assert len(texts) == 2
    # (programs 11-15: PENINGKATAN SARANA, STABILISASI HARGA, PENGEMBANGAN EKSPOR, STANDARDISASI,
    # PENGGUNAAN DAN PEMASARAN; pdftotext's plain text joins a name's lines, not its words)
    assert "PENINGKATAN SARANA" in texts[0]
    for name in ("STABILISASI HARGA", "PENGEMBANGAN EKSPOR", "STANDARDISASI DAN", "PENGGUNAAN DAN"):
        assert name in texts[1] and name not in texts[0], name
    assert "NIP." in texts[1] and "Nilai ekspor" in texts[1]
    whole = tmp_path / "semua.pdf"
    result = CliRunner().invoke(main, ["pdf", str(EXAMPLE), "-o", str(whole)])
    assert result.exit_code == 0, result.output
    assert len(page_texts(whole)) == 25
