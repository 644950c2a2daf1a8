"""Printed pages: the estimate of where pages end (lkj_xl.core.pages) and, through a real LibreOffice,
that the signature block is never split and always stands under table rows."""

from __future__ import annotations

import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_factory import budget, chain_report, efisiensi_row, indicator, node, report, settings, summary

from lkj_xl.cli import main
from lkj_xl.core import pages
from lkj_xl.core.layout import BASE, SheetBuilder, SheetLayout, footer
from lkj_xl.core.model import Pembanding
from lkj_xl.core.tables import layouts, written
from lkj_xl.delivery.pdf import xlsx_to_pdf
from lkj_xl.xlsx.render import render_workbook
from tests.helpers_print import assert_blocks_whole, have_soffice, page_texts

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
HEAD = dict(
    tempat="Lumajang",
    tanggal="4 Juli 2025",
    jabatan_kepala="Kepala Dinas Koperasi",
    nama_kepala="Dr. SUGENG WIDODO",
    nip_kepala="19700101 199001 1 001",
)

# --- the estimate (pure) ----------------------------------------------------------------------------


def _grid(widths: list[float], n: int, *, signed: bool = False) -> SheetLayout:
    """Title (3 rows), a 2-row header repeated on every page, ``n`` one-line rows, maybe a signature."""
    b = SheetBuilder("Uji", "Uji", widths)
    b.title_block("Judul", "Sub")
    b.header([["H"], ["No"]], [])
    for i in range(n):
        r = b.add_row([f"R{i:03d}X"] + ["x"] * (len(widths) - 1))
        b.style(r, 0, r, len(widths) - 1, "cell", BASE)
    if signed:
        b.signature(
            len(widths) - 3, len(widths) - 1, **{k.removesuffix("_kepala"): v for k, v in HEAD.items()}
        )
    return b.build(footer=footer("Dinas"), freeze=None)


def test_fit_to_width_scale_of_each_printer():
    # 12 columns 30 characters wide: 30 * 7 + 5 = 215 pixels each, 2580 in all. A4 landscape less the
    # 0,4 in side margins is 842 - 57,6 = 784,4 pt. LibreOffice prints a pixel as a point: 784,4 / 2580
    # = 0,304 -> 30 % (measured: rows 15 pt apart print 4,5 pt apart); Excel 0,75 pt a pixel:
    # 784,4 / 1935 = 0,405 -> 40 %.
    wide = _grid([30] * 12, 3)
    assert pages.print_scale(wide, pages.LIBREOFFICE) == 0.30
    assert pages.print_scale(wide, pages.EXCEL) == 0.40
    # 5 columns of 10 characters (75 px) fit at 100 % in both.
    narrow = _grid([10] * 5, 3)
    assert pages.print_scale(narrow, pages.LIBREOFFICE) == pages.print_scale(narrow, pages.EXCEL) == 1.0


def test_page_starts_repeat_the_header():
    # A4 landscape, top 0,6 in and bottom 0,7 in: 595 - 93,6 = 501,4 pt -> 33 rows of 15 pt (495).
    # Page 1: 3 title rows, 2 header rows, R000..R027; then the repeated header (2 rows) and 31 rows.
    # LibreOffice printed exactly these pages (R028, R059, R090, R121 first on pages 2 to 5).
    lay = _grid([10] * 5, 150)
    for printer in (pages.LIBREOFFICE, pages.EXCEL):
        assert pages.page_starts(lay, printer) == [0, 33, 64, 95, 126]
    # LibreOffice at 98 % of that zoom (100 % fits the width): (501,4 + 28,8 x 0,02) / 0,98 = 512,2 pt
    # with the footer scaled, 34 rows: R029 starts page 2, then 2 header rows and 32 rows a page.
    assert pages.page_starts(lay, pages.LIBREOFFICE_SHRUNK) == [0, 34, 66, 98, 130]


def test_libreoffice_scales_the_footer_with_the_sheet():
    # At 30 % LibreOffice shrinks the 0,4 in footer area (bottom margin 0,7 less footer margin 0,3)
    # too: (501,4 + 28,8 * 0,7) / 0,3 = 1738,5 pt, 115 rows of 15 pt (measured: R110 starts page 2,
    # after 5 title and header rows and R000..R109). Excel keeps 501,4 / 0,4 = 1253,5 pt: 83 rows.
    lay = _grid([30] * 12, 150)
    assert pages.page_starts(lay, pages.LIBREOFFICE)[:2] == [0, 115]
    assert pages.page_starts(lay, pages.EXCEL)[:2] == [0, 83]


def test_a_block_across_a_page_end_moves_with_the_last_two_rows():
    # 5 title/header rows + 24 rows end at row 28; the gap row 29; the block (7 rows: place and date,
    # title, 3 blank, name, NIP) rows 30..36. Page 1 holds rows 0..32 (33 rows): the block would be cut
    # after its 3rd row. The break stands before the table's last 2 rows, R022 and R023 (rows 27, 28).
    lay = _grid([10] * 5, 24, signed=True)
    assert lay.signature_rows == (30, 36)
    assert pages.signature_fits(lay, pages.LIBREOFFICE) is False
    assert pages.signature_break(lay) == 27
    pages.keep_signature(lay)
    assert lay.print_setup.page_breaks == [27]
    assert pages.signature_fits(lay, pages.LIBREOFFICE) and pages.signature_fits(lay, pages.EXCEL)
    assert pages.page_starts(lay, pages.LIBREOFFICE) == [0, 27]


def test_a_block_with_room_to_spare_gets_no_break():
    # 10 rows: the block ends at row 22, 23 rows of 15 pt = 345 pt of the 501,4 pt page.
    lay = _grid([10] * 5, 10, signed=True)
    assert pages.signature_break(lay) is None
    assert pages.keep_signature(lay).print_setup.page_breaks == []


def test_a_block_too_close_to_the_page_end_moves_too():
    # 22 rows: the block ends at row 34, 35 rows = 525 pt > 501,4: it would be cut. 20 rows: ends at
    # row 32, exactly 33 rows = 495 pt, 6,4 pt short of the page end, within the safety margin.
    for n in (22, 20):
        lay = _grid([10] * 5, n, signed=True)
        assert pages.signature_break(lay) == 5 + n - 2, n
    lay = _grid([10] * 5, 18, signed=True)  # 31 rows = 465 pt: 36,4 pt to spare
    assert pages.signature_break(lay) is None


def test_a_last_row_alone_at_a_page_top_moves_with_the_row_above():
    # 29 rows: page 1 holds rows 0..32 (33 rows of 15 pt), so page 2 starts at row 33, the table's
    # last row (R028: a TOTAL in a real table), under the repeated header, the block after it with
    # room to spare. The block fitted, and that row stood alone on its page; the page of the block
    # keeps the table's last 2 rows, as when the block itself has to move: the break before R027.
    lay = _grid([10] * 5, 29, signed=True)
    assert pages.last_table_row(lay) == 33 and pages.page_starts(lay, pages.LIBREOFFICE) == [0, 33]
    assert pages.signature_fits(lay, pages.LIBREOFFICE) is False
    assert pages.signature_break(lay) == 32
    assert pages.page_starts(pages.keep_signature(lay), pages.EXCEL) == [0, 32]


def test_existing_section_breaks_are_kept():
    # A manual break at row 10 restarts the count: rows 10.. with the repeated header (30 pt).
    lay = _grid([10] * 5, 40, signed=True)
    lay.print_setup.page_breaks = [10]
    starts = pages.page_starts(lay, pages.LIBREOFFICE)
    assert starts[:2] == [0, 10]
    pages.keep_signature(lay)
    assert (
        lay.print_setup.page_breaks[0] == 10
        and sorted(lay.print_setup.page_breaks) == lay.print_setup.page_breaks
    )


def test_a_sheet_without_signature_is_left_alone():
    lay = _grid([10] * 5, 200)
    assert pages.signature_break(lay) is None


def test_the_example_sheets_each_keep_their_block():
    from lkj_xl.build import load_report

    for lay in layouts(load_report(EXAMPLE)):
        if lay.signature_rows is not None:
            assert all(pages.signature_fits(lay, p) for p in pages.PRINTERS), lay.name
    # Analisis Capaian and Grafik keep their section breaks (a chart or a chapter starts a page).
    by_name = {lay.name: lay for lay in layouts(load_report(EXAMPLE))}
    analisis = by_name["Analisis Capaian"]
    # The rows of its sections, found by their headings (a sentence added above one moves it down).
    heads = ("3.2.1 ", "3.2.2 ", "3.2.3 ", "Kesimpulan (Bab IV")
    starts = {r for r in range(analisis.n_rows) if str(analisis.value(r, 0)).startswith(heads)}
    assert len(starts) == 4
    assert set(analisis.print_setup.page_breaks) >= starts
    assert by_name["Grafik"].print_setup.page_breaks[:4] == [30, 53, 71, 89]


def test_grafik_gets_no_break_on_the_row_above_its_last_section():
    # Grafik of 10 Sasaran: its last section ("4. Tren Realisasi ...", row 85) starts a page by its own
    # break and is the last row above the signature block that is not a note; the table's last 2 rows
    # kept with the block were rows 84 (blank) and 85, so a break before row 84 made a page holding
    # only that blank row: the estimate counted 5 pages where LibreOffice, which leaves an empty page
    # out, printed 4 (measured). The page from row 85 already carries the block.
    lay = next(lay for lay in layouts(sized_report(10)) if lay.name == "Grafik")
    breaks = lay.print_setup.page_breaks
    assert pages.last_table_row(lay) == 85 and 85 in breaks
    assert 84 not in breaks, breaks
    assert len(pages.page_starts(lay, pages.LIBREOFFICE)) == 4  # pages from rows 0, 34, 55 and 85
    for printer in pages.PRINTERS:
        assert pages.signature_fits(lay, printer), printer.name


def test_the_rows_kept_with_a_signature_block_keep_a_node_with_its_first_child():
    # Capaian Program (Tabel 3.2) of 8 Sasaran: rows 27, 28, 29 are Sasaran 8, Program 8, Kegiatan 8,
    # the table's end (one indicator each). The block did not fit under page 1, so the table's last 2
    # rows (28, 29) started page 2 with it, leaving Sasaran 8 alone at the foot of page 1 without its
    # Program (README: a Sasaran stays on one page with its first child). The break stood before 27;
    # since output64 Sasaran 8's 3 rows (45 pt) alone on page 2 are an orphan page (pages.keep_last_rows)
    # and Sasaran 7 with its Program and Kegiatan joins them: the break stands before 24, still before
    # a Sasaran, never between one and its first child.
    lay = next(lay for lay in layouts(sized_report(8)) if lay.name == "Capaian Program")
    assert [lay.rows[r][1].split(":")[0] for r in (27, 28, 29)] == ["Sasaran 8", "Program", "Kegiatan"]
    assert pages.last_table_row(lay) == 29
    assert lay.rows[24][1] == "Sasaran 7: Sasaran 7"
    assert lay.print_setup.page_breaks == [24]
    for printer in pages.PRINTERS:
        assert pages.signature_fits(lay, printer), printer.name


# --- real LibreOffice ---------------------------------------------------------------------------------


def sized_report(n: int):
    """A Tujuan with ``n`` Sasaran, each with a Program and a Kegiatan, ``n`` budgets and efisiensi
    rows: every printed table grows with ``n``. Figures are plain (capaian 50 %): only lengths matter."""

    def ind(name: str):
        return indicator(name, target=20.0, tw=(10.0, None, None, None), realisasi=10.0, capaian=50.0)

    sasaran = [
        node(
            f"S{i}",
            "Sasaran",
            f"Sasaran {i}",
            [ind(f"Indikator sasaran {i}")],
            [
                node(
                    f"P{i}",
                    "Program",
                    f"Program {i}",
                    [ind(f"Indikator program {i}")],
                    [node(f"K{i}", "Kegiatan", f"Kegiatan {i}", [ind(f"Indikator kegiatan {i}")])],
                )
            ],
        )
        for i in range(1, n + 1)
    ]
    rep = report(
        [node("T1", "Tujuan", "Tujuan 1", [ind("Indikator tujuan 1")], sasaran)],
        settings_=settings(**HEAD),
        budgets=[budget(f"P{i}", f"Program {i}", 1000.0 * i, 500.0 * i, 50.0) for i in range(1, n + 1)],
        efisiensi=[
            efisiensi_row(
                "Sasaran",
                f"Sasaran {i}",
                f"Indikator sasaran {i}",
                capaian=50.0,
                pagu=1000.0 * i,
                realisasi_anggaran=500.0 * i,
                penyerapan=50.0,
                efisiensi=0.0,
            )
            for i in range(1, n + 1)
        ],
        ringkasan=[
            summary("Sasaran", belum_tercapai=[], kalimat=[f"Kalimat ringkasan {i}." for i in range(n)])
        ],
        total_pagu=1000.0 * n * (n + 1) / 2,
        total_realisasi_anggaran=500.0 * n * (n + 1) / 2,
        total_penyerapan=50.0,
    )
    rep.analisis_inputs = True  # all eight printed sheets:
    # Perbandingan Kinerja needs one comparison figure: Program 1's last year 10 (selisih 0, Tetap; a
    # program's, which Grafik's trend of Tujuan and Sasaran does not draw)
    (program,) = [i for i in rep.indicators if i.indikator == "Indikator program 1"]
    program.pembanding = Pembanding(tahun_lalu=10.0, selisih=0.0, selisih_exact=Fraction(0))
    return rep


def _unkept(rep) -> list[SheetLayout]:
    """The layouts as the old code printed them (no signature break)."""
    return [table.layout(rep) for table in written(rep)]


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_example_pdf_never_splits_a_signature_block(tmp_path):
    from lkj_xl.build import load_report

    book = tmp_path / "contoh.xlsx"
    shutil.copyfile(EXAMPLE, book)
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(book)]).exit_code == 0
    assert runner.invoke(main, ["pdf", str(book), "-o", str(tmp_path / "contoh.pdf")]).exit_code == 0
    signed = [lay for lay in layouts(load_report(book)) if lay.signature_rows and lay.name != "Pemeriksaan"]
    assert len(signed) == 8
    s = load_report(book).settings
    head = dict(
        tempat=s.tempat,
        tanggal=s.tanggal,
        jabatan_kepala=s.jabatan_kepala,
        nama_kepala=s.nama_kepala,
        nip_kepala=s.nip_kepala,
    )
    assert_blocks_whole(page_texts(tmp_path / "contoh.pdf"), signed, head)


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_tables_of_many_lengths_never_split_a_signature_block(tmp_path):
    # For every printed sheet, the first table length (1..45 Sasaran) at which the old layout put the
    # block across a LibreOffice page end, plus a chain of 40 Kegiatan; all printed in one PDF.
    sizes: dict[int, list[str]] = {}
    covered: set[str] = set()
    for n in range(1, 46):
        for lay in _unkept(sized_report(n)):
            cut = lay.signature_rows and not pages.signature_fits(lay, pages.LIBREOFFICE)
            if cut and lay.name not in covered:
                sizes.setdefault(n, []).append(lay.name)
                covered.add(lay.name)
    # (measured: Capaian Program at 11, Perbandingan Kinerja 19, Ringkasan 25, Realisasi Anggaran and
    # Analisis Capaian 26, Capaian Tujuan Sasaran and Efisiensi 38; the old code failed at 25)
    assert len(covered) >= 5, sizes
    reports = [sized_report(n) for n in sorted(sizes)]
    chain = chain_report(40)
    chain.settings = settings(**HEAD)
    reports.append(chain)
    sheets: list[SheetLayout] = []
    for k, rep in enumerate(reports):
        for lay in layouts(rep, printers=(pages.LIBREOFFICE,)):  # as lkj-xl pdf paginates them
            if lay.name != "Pemeriksaan":
                lay.name = f"{k} {lay.name}"[:31]
                sheets.append(lay)
    book = tmp_path / "ukuran.xlsx"
    book.write_bytes(render_workbook(sheets))
    pdf = xlsx_to_pdf(book, tmp_path / "ukuran.pdf")
    assert_blocks_whole(page_texts(pdf), [lay for lay in sheets if lay.signature_rows], HEAD)


def test_rows_kept_together_move_when_a_page_holding_a_little_more_would_split_them():
    # The example's Analisis Capaian: the estimate ended LibreOffice's page 2 before "Hal yang
    # mendukung ... antara lain:", kept with its first point; LibreOffice held 10 points of paper
    # more and printed the line at the page's foot, its points on the next page. A range whose first
    # row starts a page by the estimate, where a page with SAFETY_POINTS more would take that row
    # alone, starts the page by a manual break.
    lay = _grid([10] * 5, 200)
    start = pages.page_starts(lay, pages.LIBREOFFICE)[1]
    lay.keep_together = [(start, start + 1)]
    pages.keep_together(lay)
    assert start in lay.print_setup.page_breaks
    # A range well inside a page is left alone.
    lay = _grid([10] * 5, 200)
    lay.keep_together = [(start - 10, start - 9)]
    pages.keep_together(lay)
    assert lay.print_setup.page_breaks == []


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_the_signature_page_keeps_the_last_sasaran_with_its_program(tmp_path):
    # Capaian Program of 8 Sasaran as a build writes it (see the estimate's test above), printed by a
    # real LibreOffice: the block's page holds Sasaran 8 with Program 8 and Kegiatan 8.
    lay = next(lay for lay in layouts(sized_report(8)) if lay.name == "Capaian Program")
    book = tmp_path / "tabel32.xlsx"
    book.write_bytes(render_workbook([lay]))
    texts = page_texts(xlsx_to_pdf(book, tmp_path / "tabel32.pdf"))
    assert_blocks_whole(texts, [lay], HEAD)
    block_page = next(t for t in texts if f"NIP. {HEAD['nip_kepala']}" in t)
    for words in ("Sasaran 8", "Program 8", "Kegiatan 8"):
        assert words in block_page, (words, block_page)
