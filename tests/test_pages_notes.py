"""Printed pages of an unsigned sheet (no Nama Kepala): the notes under a table stay on a page with
its last rows, never alone under the repeated header (pages62)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench_build import district_workbook
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import pages
from lkj_xl.core.layout import BASE, SheetBuilder, SheetLayout, footer
from tests.helpers_print import have_soffice, page_texts


def _noted(n: int, *, repeat_header: bool = True) -> SheetLayout:
    """As test_pages._grid, unsigned: title (3 rows), a 2-row header, ``n`` rows, a blank row, a note."""
    b = SheetBuilder("Uji", "Uji", [10] * 5)
    b.title_block("Judul", "Sub")
    b.header([["H"], ["No"]], [])
    for i in range(n):
        r = b.add_row([f"R{i:03d}X"] + ["x"] * 4)
        b.style(r, 0, r, 4, "cell", BASE)
    b.add_row()
    note = b.add_row(["Catatan di bawah tabel."])
    b.style(note, 0, note, 4, "note", BASE)
    return b.build(footer=footer("Dinas"), freeze=None, repeat_header=repeat_header)


def test_notes_alone_under_the_repeated_header_move_with_the_last_two_rows():
    # As in test_pages: A4 landscape holds 33 rows of 15 pt (501,4 pt), both printers at 100 %. 28 rows
    # end at row 32 (5 title/header rows + 28): page 1 is full, and the blank row 33 and the note (row
    # 34) started page 2 under the repeated header, a page with no table row on it. The break stands
    # before the table's last 2 rows, R026 and R027 (rows 31, 32), as before a signature block.
    lay = _noted(28)
    assert pages.tail_rows(lay) == (34, 34) and pages.last_table_row(lay) == 32
    assert pages.page_starts(lay, pages.LIBREOFFICE) == [0, 33]
    assert pages.signature_break(lay) == 31
    pages.keep_signature(lay)
    assert lay.print_setup.page_breaks == [31]
    for printer in (pages.LIBREOFFICE, pages.EXCEL):
        assert pages.page_starts(lay, printer) == [0, 31], printer.name


def test_notes_with_room_to_spare_or_without_a_repeated_header_are_left_alone():
    # 18 rows: the note ends at row 24, 25 rows = 375 pt of the 501,4 pt page: no break.
    assert pages.keep_signature(_noted(18)).print_setup.page_breaks == []
    # No header repeated on the next page (a text sheet): the note may start a page of its own.
    lay = _noted(28, repeat_header=False)
    assert pages.tail_rows(lay) is None
    assert pages.keep_signature(lay).print_setup.page_breaks == []


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_an_unsigned_tabel_3_1_filling_its_page_prints_its_notes_under_rows(tmp_path: Path):
    # The 200-indicator agency of tests/bench_build.py (10 Tujuan, 40 Sasaran, no Nama Kepala): its
    # Tabel 3.1 filled page 1 and page 2 held only the repeated header and the note on the Kumulatif
    # Sasaran (measured, LibreOffice 7.4). Now the note's page holds the table's last rows too.
    book = tmp_path / "dinas.xlsx"
    district_workbook(book, 200, 40, opd="Dinas Pekerjaan Umum dan Penataan Ruang")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(book)]).exit_code == 0
    pdf = tmp_path / "dinas.pdf"
    result = runner.invoke(main, ["pdf", str(book), "-o", str(pdf), "--sheet", "Capaian Tujuan Sasaran"])
    assert result.exit_code == 0, result.output
    texts = page_texts(pdf)
    note = "Capaian indikator Kumulatif berikut dihitung"
    (page,) = [t for t in texts if note in t]
    # the table's last row: Sasaran 39 (the generator's last Sasaran, S39), with its indicator
    assert "Indikator sasaran 39" in page, page[:300]
    # and no page is the header alone: each holds a row's indicator
    assert all(re.search(r"Indikator (tujuan|sasaran) \d+", t) for t in texts), [t[:200] for t in texts]
