"""Where a printed output sheet's pages end, estimated from its layout, and the page break that keeps
the signature block whole. Pure: standard library only.

Every printed sheet is printed one page wide (fit to width) and as many pages tall as it needs, with
its table header repeated on every page. Neither Excel nor LibreOffice can be told to keep rows
together, so a signature block (place and date, title, the blank signing space, name, NIP) could land
across a page end, or alone on a page under a repeated header. :func:`keep_signature` estimates the
pages the way both programs fill them (row heights in points, the fit-to-width scale from the column
widths and the paper, margins and orientation, the repeated header rows, the manual breaks the sheet
already has) and, when the block would come within a safety margin of a page end, adds a manual page
break before the table's last rows, which then start the page that carries the block. The workbook
a build writes gets the breaks both programs need, LibreOffice's at the zoom that fits the width and
at the 98 % of it it may print at (:data:`LIBREOFFICE_SHRUNK`); the one `lkj-xl pdf` converts (at
a fixed zoom) only LibreOffice's signature break (a break only Excel needed cost the PDF a page with
a TOTAL row and little else).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from lkj_xl.core.charts import column_pixels
from lkj_xl.core.layout import LINE_HEIGHT, PAPER_A4, SheetLayout

# Paper sizes (OOXML codes) in points, portrait: width, height.
PAPER_POINTS = {PAPER_A4: (595.0, 842.0)}
# The table rows kept on the page of the signature block when it has to move to a new page.
KEEP_TABLE_ROWS = 2
# A table's last page holding this many rows or fewer above the signature block, less than
# ORPHAN_SHARE of what the page holds, is an orphan page to the reader: the break before it moves up
# by the fewest rows that make it none (keep_last_rows).
ORPHAN_ROWS = 4
ORPHAN_SHARE = 0.25
# Excel and LibreOffice place page ends slightly differently (fonts, rounding of the scale): a block
# ending closer than this to the estimated end of its page (points on paper) starts a new page.
SAFETY_POINTS = 24.0
FOOTER_MARGIN = 0.3  # inches from the paper's edge to the footer (xlsxwriter's and Excel's default)


@dataclass(frozen=True)
class Printer:
    """How a program turns a sheet into pages, as far as where pages end depends on it."""

    name: str
    points_per_pixel: float  # a column's printed width (points at 100 %) per pixel of its width
    footer_scaled: bool  # the footer shrinks with the zoom, leaving the body more of the margin
    shrink: int = 100  # the percent of the fitting zoom it prints at (cut to a whole percent)


# Excel prints a column at its screen width (96 pixels an inch) and the footer inside the bottom
# margin. LibreOffice (the PDFs) prints a column a third wider (a pixel per point) and scales the
# footer with the sheet, so a wide sheet gets a smaller zoom there. Measured on LibreOffice 7 and 24.
EXCEL = Printer("Excel", 0.75, footer_scaled=False)
LIBREOFFICE = Printer("LibreOffice", 1.0, footer_scaled=True)
# Fitted 1 page wide and 0 tall, LibreOffice tries 98 % of the fitting zoom (cut to a whole percent)
# and prints at it when the sheet then takes a page less (measured, LibreOffice 7.4: Analisis Capaian
# of 20 of 23 sizes at 72 % instead of 74 %). Whether it does depends on the page count, which the
# breaks change: a built workbook's breaks hold at both zooms.
# Points of the paper's width a sheet fitted one page wide leaves unused (see print_scale).
FIT_SPARE = 1.0
LIBREOFFICE_SHRUNK = Printer("LibreOffice 98 %", 1.0, footer_scaled=True, shrink=98)
PRINTERS = (LIBREOFFICE, LIBREOFFICE_SHRUNK, EXCEL)


def print_scale(lay: SheetLayout, printer: Printer = LIBREOFFICE) -> float:
    """The zoom (at most 1) that prints the sheet one page wide, in whole percents as Excel and
    LibreOffice use it, or the sheet's fixed zoom (:func:`fix_zoom`). A sheet not fitted to one page
    wide prints at 100 %."""
    setup = lay.print_setup
    if setup.zoom is not None:
        return setup.zoom / 100
    if setup.fit_width != 1:
        return 1.0
    width = sum(column_pixels(w) for w in lay.columns) * printer.points_per_pixel
    if width <= 0:
        return 1.0
    paper = _paper(lay)[0]
    fitting = min(100, math.floor(100 * paper / width))
    # LibreOffice's columns print a fraction of a point wider than their pixels: Grafik's 1.245 pixels
    # at 63 % (784,35 of 784,4 points) sent its last column to pages of its own (0,2 point was enough)
    while fitting > 1 and width * fitting / 100 > paper - FIT_SPARE:
        fitting -= 1
    return fitting * printer.shrink // 100 / 100


def _paper(lay: SheetLayout) -> tuple[float, float]:
    """Printable width and height on paper (points) inside the margins."""
    setup = lay.print_setup
    short, long = PAPER_POINTS.get(setup.paper, PAPER_POINTS[PAPER_A4])
    width, height = (long, short) if setup.landscape else (short, long)
    left, right, top, bottom = setup.margins
    return width - (left + right) * 72, height - (top + bottom) * 72


def page_capacity(lay: SheetLayout, printer: Printer = LIBREOFFICE) -> float:
    """The height of sheet rows (points at 100 %) one printed page holds."""
    scale = print_scale(lay, printer)
    height = _paper(lay)[1]
    bottom = lay.print_setup.margins[3]
    if printer.footer_scaled and lay.print_setup.footer and bottom > FOOTER_MARGIN:
        height += (bottom - FOOTER_MARGIN) * 72 * (1 - scale)
    return height / scale


def fix_zoom(lay: SheetLayout, printer: Printer = LIBREOFFICE) -> SheetLayout:
    """Print the sheet at the zoom that fits it one page wide in ``printer`` (:func:`print_scale`),
    written as a fixed zoom instead of the fitting; returns ``lay``. Fitted to one page wide and 0
    pages tall, LibreOffice tries 98 % of that zoom (cut to a whole percent) and prints at it when the
    sheet then takes a page less (measured, LibreOffice 7.4: Analisis Capaian at 72 % instead of 74 %,
    Perbandingan Kinerja at 74 % instead of 76 %), so its pages end elsewhere than where the page
    breaks were placed for; told a height instead (:data:`PAGES_TALL`) it ignores the manual breaks.
    At a fixed zoom it prints the estimated pages. Only for the PDF's workbook: Excel fits a sheet at
    another zoom (a column a third narrower), so the workbook a build writes stays fitted."""
    setup = lay.print_setup
    if setup.fit_width == 1 and setup.zoom is None:
        setup.zoom = round(100 * print_scale(lay, printer))
        setup.fit_width = setup.fit_height = 0
    return lay


def row_height(lay: SheetLayout, row: int) -> float:
    return lay.row_heights.get(row, LINE_HEIGHT)


def page_starts(lay: SheetLayout, printer: Printer = LIBREOFFICE) -> list[int]:
    """The first row of every printed page (0 for the first), as the sheet's manual page breaks and
    rows filling the pages of ``printer`` place them."""
    capacity = page_capacity(lay, printer)
    manual = set(lay.print_setup.page_breaks)
    repeat = lay.print_setup.repeat_rows
    starts = [0]
    used = 0.0
    height_of = lay.row_heights.get  # (row_height inlined: asked of every row once per break added)
    for r in range(lay.n_rows):
        height = height_of(r, LINE_HEIGHT)
        if r > starts[-1] and (r in manual or used + height > capacity):
            starts.append(r)
            used = _repeated_height(lay, repeat, r)
        used += height
    return starts


def _repeated_height(lay: SheetLayout, repeat: tuple[int, int] | None, page_first_row: int) -> float:
    """The height of the header rows printed again above a page starting at ``page_first_row``."""
    if repeat is None or page_first_row <= repeat[1]:
        return 0.0
    return sum(row_height(lay, r) for r in range(repeat[0], repeat[1] + 1))


def tail_rows(lay: SheetLayout) -> tuple[int, int] | None:
    """The rows printed on one page with the table's end: the signature block; on a sheet without one
    whose header every page repeats, the notes under the table (an unsigned Tabel 3.1 of 40 Sasaran
    filling its page printed them on a page of their own, under a repeated header over no row)."""
    if lay.signature_rows is not None:
        return lay.signature_rows
    if lay.print_setup.repeat_rows is None:
        return None
    stop = lay.n_rows if lay.print_setup.last_printed_row is None else lay.print_setup.last_printed_row + 1
    filled = [r for r in range(stop) if any(v not in (None, "") for v in lay.rows[r])]
    if not filled:
        return None
    last = _last_body_row(lay, filled[-1] + 1)
    notes = [r for r in filled if r > last]
    return (notes[0], notes[-1]) if notes else None


def signature_fits(lay: SheetLayout, printer: Printer) -> bool:
    """Whether ``printer`` prints the whole signature block (or :func:`tail_rows`) on one page under
    table rows, with :data:`SAFETY_POINTS` to spare at the page's end."""
    tail = tail_rows(lay)
    assert tail is not None
    first, last = tail
    starts = page_starts(lay, printer)
    page_start = max(s for s in starts if s <= first)
    used = _repeated_height(lay, lay.print_setup.repeat_rows, page_start)
    used += sum(row_height(lay, r) for r in range(page_start, last + 1))
    margin = SAFETY_POINTS / print_scale(lay, printer)
    return page_start <= _keep_from(lay) and used + margin <= page_capacity(lay, printer)


def signature_break(lay: SheetLayout, printers: Sequence[Printer] = PRINTERS) -> int | None:
    """The row before which a page break keeps the signature block whole and with the end of the
    table in each of ``printers``, or None when they all print it safely on one page with the
    table's last :data:`KEEP_TABLE_ROWS` rows (a TOTAL never alone on a page). The break stands
    before those rows."""
    if tail_rows(lay) is None or all(signature_fits(lay, p) for p in printers):
        return None
    keep_from = _keep_from(lay)
    return keep_from if keep_from > 0 else None


def _keep_from(lay: SheetLayout) -> int:
    """The first of the table rows kept on the page of the signature block: the table's last
    :data:`KEEP_TABLE_ROWS` rows, and before them the rest of a range they end (a Sasaran with its
    first Program) when that much still fits a page with the block; not above a manual break among
    those rows, which starts their page already (Grafik's last section starts a page: a break on the
    row above it gave a page of one blank row)."""
    body_first = (lay.header_rows[1] + 1) if lay.header_rows else 0
    last = last_table_row(lay)
    floor = max([body_first, *(b for b in lay.print_setup.page_breaks if b <= last)])
    start = max(last + 1 - KEEP_TABLE_ROWS, floor)
    chained = _range_starts(sorted({*lay.keep_together, *implied_together(lay)}), start + 1)[start]
    return chained if floor <= chained < start and _fits_with_block(lay, chained) else start


def _fits_with_block(lay: SheetLayout, first: int, printers: Sequence[Printer] = PRINTERS) -> bool:
    """Whether the rows from ``first`` to the end of the signature block fit one page in every one
    of ``printers``, under the repeated header and with :data:`SAFETY_POINTS` to spare."""
    tail = tail_rows(lay)
    assert tail is not None
    rows = sum(row_height(lay, r) for r in range(first, tail[1] + 1))
    rows += _repeated_height(lay, lay.print_setup.repeat_rows, first)
    return all(rows + SAFETY_POINTS / print_scale(lay, p) <= page_capacity(lay, p) for p in printers)


def last_table_row(lay: SheetLayout) -> int:
    """The last row of the table (or text) above the signature block (or :func:`tail_rows`)."""
    tail = tail_rows(lay)
    assert tail is not None
    return _last_body_row(lay, tail[0])


def _last_body_row(lay: SheetLayout, stop: int) -> int:
    """The last row above ``stop`` with a value that is not a note (the notes under a table explain
    it and may stand apart from it)."""
    notes = [b for b in lay.blocks if b.style == "note"]
    for r in range(stop - 1, -1, -1):
        filled = [c for c, v in enumerate(lay.rows[r]) if v not in (None, "")]
        if filled and not any(b.contains(r, c) for b in notes for c in filled):
            return r
    return 0


def keep_signature(lay: SheetLayout, printers: Sequence[Printer] = PRINTERS) -> SheetLayout:
    """Add :func:`signature_break` (the signature block's or, unsigned, the notes': :func:`tail_rows`)
    to the sheet's manual page breaks (kept sorted); returns ``lay``.
    ``printers``: the programs the sheet is printed with; only LibreOffice for the PDF, whose
    workbook no one prints from Excel (a break only Excel needs cost it a page)."""
    row = signature_break(lay, printers)
    if row is not None and row not in lay.print_setup.page_breaks:
        lay.print_setup.page_breaks = sorted([*lay.print_setup.page_breaks, row])
    return lay


def keep_last_rows(
    lay: SheetLayout, printers: Sequence[Printer] = PRINTERS, own: Collection[int] = ()
) -> SheetLayout:
    """Move the page break before the table's last page up when that page holds at most
    :data:`ORPHAN_ROWS` table rows above the signature block (or :func:`tail_rows`) in any of
    ``printers`` (and less than :data:`ORPHAN_SHARE` of the page), up by the fewest rows that make it
    no orphan, the page before keeping at least as many rows: Perbandingan Kinerja of the example
    printed its last 2 programs alone over the notes and the signature. The break stands at the first row of a range
    (:func:`keep_together`), never moves a break the sheet's layout placed (a section starting a
    page: ``own``, the breaks of the sheet's layout), and is left where it was when the rows and the
    block would not fit one page in every one of ``printers`` with :data:`SAFETY_POINTS` to spare, or any of
    ``printers`` would print a page more. Call it after :func:`keep_signature`; returns ``lay``."""
    if tail_rows(lay) is None:
        return lay
    last = last_table_row(lay)
    body_first = (lay.header_rows[1] + 1) if lay.header_rows else 0
    moved = _range_starts(sorted({*lay.keep_together, *implied_together(lay)}), lay.n_rows)
    for printer in printers:
        starts = [s for s in page_starts(lay, printer) if s <= last]
        page = starts[-1]
        if len(starts) < 2 or page <= body_first or page in own or not _orphaned(lay, page, last, printer):
            continue
        # the fewest rows that fill the page enough (a range's row moves with its first one), the page
        # before keeping at least as many
        for row in dict.fromkeys(moved[r] for r in range(page - 1, starts[-2], -1)):
            if row - starts[-2] < last + 1 - row:
                break
            if not _orphaned(lay, row, last, printer) and _moves_break(lay, page, row, moved, printers):
                break
    return lay


def _orphaned(lay: SheetLayout, page: int, last: int, printer: Printer) -> bool:
    """Whether the table rows ``page`` to ``last`` on a page of their own are an orphan page: at most
    :data:`ORPHAN_ROWS` rows, together less than :data:`ORPHAN_SHARE` of what a page holds (the
    Ringkasan's last section, 4 points of 13 lines, fills its page with the block: no orphan)."""
    height = sum(row_height(lay, r) for r in range(page, last + 1))
    return last + 1 - page <= ORPHAN_ROWS and height < ORPHAN_SHARE * page_capacity(lay, printer)


def _moves_break(
    lay: SheetLayout, page: int, row: int, moved: list[int], printers: Sequence[Printer]
) -> bool:
    """Whether the page starting at ``page`` may start at ``row`` instead (and so it does): each of
    ``printers`` prints the rows from it with the signature block on one page and as many pages as
    before, and no range of :func:`keep_together` is split there or in Excel."""
    if not _fits_with_block(lay, row, printers):  # (the PDF's: LibreOffice's page, not Excel's smaller one)
        return False
    saved = lay.print_setup.page_breaks
    counts = [len(page_starts(lay, p)) for p in printers]
    lay.print_setup.page_breaks = sorted({*saved, row} - {page})
    if (
        all(signature_fits(lay, p) for p in printers)
        and _first_split(lay, moved, tuple(dict.fromkeys((*printers, EXCEL)))) is None
        and all(len(page_starts(lay, p)) <= n for p, n in zip(printers, counts))
    ):
        return True
    lay.print_setup.page_breaks = saved
    return False


def keep_together(lay: SheetLayout, printers: Sequence[Printer] = PRINTERS) -> SheetLayout:
    """Add manual page breaks so that no page, in ``printers`` or in Excel, starts inside a range of
    ``lay.keep_together`` or of :func:`implied_together` (a Sasaran printed alone at the foot of a page with its programs on the
    next, or a program's second indicator on a page without the program's name, merged above). The
    break stands before the range; a range that would leave no row on the page before is let split.
    Excel's page ends are checked even for the PDF: the estimate of LibreOffice alone missed page
    ends that Excel's breaks happened to cover (a program ended page 1, its kegiatan on page 2); a
    break that then leaves one row alone on a page of ``printers`` is moved before that row
    (:func:`_move_strays`). Returns ``lay``."""
    ranges = sorted({*lay.keep_together, *implied_together(lay)})
    checked = tuple(dict.fromkeys((*printers, EXCEL)))
    moved = _range_starts(ranges, lay.n_rows)  # (the ranges stay, the breaks move)
    added = _add_breaks(lay, moved, checked, len(ranges))
    return _move_strays(lay, added, moved, printers, len(ranges))


def _add_breaks(lay: SheetLayout, moved: list[int], checked: Sequence[Printer], tries: int) -> list[int]:
    """Add the breaks :func:`keep_together` needs, at most ``tries``; returns them."""
    added: list[int] = []
    for _ in range(tries):
        row = _first_split(lay, moved, checked)
        if row is None:
            break
        added.append(row)
        lay.print_setup.page_breaks = sorted({*lay.print_setup.page_breaks, row})
    return added


def _move_strays(
    lay: SheetLayout, added: list[int], moved: list[int], printers: Sequence[Printer], tries: int
) -> SheetLayout:
    """Move each break of ``added`` that ends a page of ``printers`` holding one row, begun because
    the page before it was full, up before that row, and add the breaks the pages after it then
    need: the break was placed for a page that might hold a little more (:func:`_split_near`), and
    one that held no more printed the row alone under the repeated header (the PDF of 120 programs,
    Tabel 3.2: Kegiatan 402 alone on page 6). Left where it was when the move splits a range or
    costs any of ``printers`` a page: the breaks added after it serve every printer (a workbook of 160
    programs at TW I printed its Tabel 3.2 in 30 pages instead of 21 in LibreOffice, at 98 %)."""
    checked = tuple(dict.fromkeys((*printers, EXCEL)))
    tried: set[int] = set()
    while True:
        row = next((b for b in _strays(lay, added, printers) if b not in tried), None)
        if row is None:
            return lay
        tried.add(row)
        saved = lay.print_setup.page_breaks
        counts = [len(page_starts(lay, p)) for p in printers]
        lay.print_setup.page_breaks = sorted({*saved, moved[row - 1]} - {row})
        more = _add_breaks(lay, moved, checked, tries)
        if (
            _first_split(lay, moved, checked) is not None
            or _strays(lay, [moved[row - 1]], printers)
            or any(len(page_starts(lay, p)) > n for p, n in zip(printers, counts))
        ):
            lay.print_setup.page_breaks = saved
            continue
        added = [b for b in added if b != row] + [moved[row - 1], *more]


def _strays(lay: SheetLayout, breaks: Sequence[int], printers: Sequence[Printer]) -> list[int]:
    """The manual ``breaks`` that end a page of ``printers`` holding the row above them alone, that
    page begun because the one before it was full (each printer's pages estimated once)."""
    manual = set(lay.print_setup.page_breaks)
    found: set[int] = set()
    for printer in printers:
        starts = set(page_starts(lay, printer))
        found |= {b for b in breaks if b in manual and b - 1 in starts and b - 1 not in manual and b > 1}
    return sorted(found)


def implied_together(lay: SheetLayout) -> list[tuple[int, int]]:
    """Rows every table keeps on one page: a text merged down over rows (a node's name beside its
    indicators), and a section's title row ("Sasaran Strategis", "Program") with the row under it."""
    body = lay.header_rows[1] + 1 if lay.header_rows else 0
    merged = [(m.first_row, m.last_row) for m in lay.merges if m.last_row > m.first_row >= body]
    titles = {b.first_row for b in lay.blocks if b.style == "section" and b.first_row >= body}
    return merged + [(r, r + 1) for r in titles if r + 1 < lay.n_rows]


def _first_split(lay: SheetLayout, moved: list[int], printers: Sequence[Printer]) -> int | None:
    """The first row a page break must move to, over both printers, or None. A page may hold up to
    :data:`SAFETY_POINTS` more than estimated (LibreOffice put the example's "Hal yang mendukung
    ... antara lain:" at the foot of a page the estimate had ended 10 points of paper before it)."""
    found: list[int] = []
    for printer in printers:
        starts = page_starts(lay, printer)
        spare = SAFETY_POINTS / print_scale(lay, printer)
        for before, start in zip(starts, starts[1:]):
            row = _split_near(lay, moved, before, start, spare)
            if row is not None:
                found.append(row)
                break
    return min(found, default=None)


def _split_near(lay: SheetLayout, moved: list[int], before: int, start: int, spare: float) -> int | None:
    """The range start a page break must move to when the page from ``before`` ends at ``start`` or,
    holding up to ``spare`` points more than estimated, at a later row (not past a manual break).
    ``moved``: :func:`_range_starts` of the sheet's rows."""
    manual = set(lay.print_setup.page_breaks)
    extra, r = 0.0, start
    while r < lay.n_rows and extra <= spare:
        row = moved[r]
        if before < row < r:
            return row
        if start in manual:
            return None  # a manual break ends the page exactly there
        extra += row_height(lay, r)
        r += 1
        if r in manual:
            break
    return None


def _range_starts(ranges: Sequence[tuple[int, int]], n_rows: int) -> list[int]:
    """Where a page starting at each row below ``n_rows`` must start instead: before each range it
    would split, in a chain (a Tujuan kept with its Sasaran, kept with its first program, move
    together). All rows in one pass: asked of every range per row, a sheet of thousands of
    indicators took seconds. A row inside ranges moves where the earliest-starting of them moves."""
    order = sorted(ranges)
    out: list[int] = []
    inside: list[tuple[int, int]] = []  # the ranges begun above the row, earliest first on top
    i = 0
    for row in range(n_rows):
        while i < len(order) and order[i][0] < row:
            heapq.heappush(inside, order[i])
            i += 1
        while inside and inside[0][1] < row:  # (ended above: it ends above every later row too)
            heapq.heappop(inside)
        out.append(out[inside[0][0]] if inside else row)
    return out


# A4 landscape between xlsxwriter's default margins (0,7 inch each side), in points. A page printed at
# no less than 75 % stays legible (the rekap's 42 columns on one page printed at about 3 pt).
LANDSCAPE_A4_POINTS = 297 / 25.4 * 72 - 2 * 0.7 * 72
LEGIBLE_ZOOM = 0.75
# "As many pages tall as needed" for a sheet without manual page breaks, written as Excel's largest
# count rather than 0. Fitted to N pages wide and 0 tall, LibreOffice tries 98 % of the zoom that fits
# the width (cut to a whole percent) and prints at that when the sheet gets a page shorter, so the zoom
# depended on the rows (measured, LibreOffice 7.4: the rekap's Semua Indikator fitted at 76 % printed
# at 74 %, Semua Program at 75 % at 73 %, for some numbers of agencies). Told a height, it keeps the
# zoom of the width, and so does Excel (32.767 pages at 75 % hold rows of 21 million points). But
# told a height LibreOffice also ignores the manual page breaks: a sheet with breaks keeps 0.
PAGES_TALL = 32767


def page_columns(widths: Sequence[float], repeated: int, zoom: float = LEGIBLE_ZOOM) -> list[tuple[int, int]]:
    """The columns each page prints after the first ``repeated`` ones (which every page repeats),
    as (first, last) indices, at ``zoom`` (by default the least that prints legibly). Both programs
    end a page before the first column that does not fit whole, so the columns are packed page by
    page (:func:`_across_starts`); at the widths LibreOffice prints (a third wider than Excel's: the
    PDFs). A sheet fitted to that many pages wide and :data:`PAGES_TALL` tall prints at ``zoom`` or
    more (up to 100 %): fewer columns a page, so what must be on the first page is what fits at 100 %."""
    points = _printed_points(widths)
    starts = _across_starts(points, repeated, LANDSCAPE_A4_POINTS / zoom - sum(points[:repeated]))
    return list(zip([repeated, *starts], [s - 1 for s in [*starts, len(points)]]))


def pages_wide(widths: Sequence[float], repeated: int) -> int:
    """How many pages wide a sheet prints legibly, its first ``repeated`` columns on every page."""
    return len(page_columns(widths, repeated))


def grouped_pages(
    widths: Sequence[float], repeated: int, groups: Sequence[tuple[int, int]]
) -> tuple[list[int], int]:
    """The columns that start a new printed page and the zoom (whole percent, at most 100) at which
    every page fits, packed as :func:`page_columns` packs them at the legible zoom, but never ending
    a page inside one of ``groups`` (first, last column indices: five kriteria under one heading). Fitted
    to a number of pages, both programs packed columns whatever their heading: a page ended with the
    first kriteria of the next level under no heading. The breaks need a fixed zoom: fitted to pages,
    Excel ignores manual breaks."""
    points = _printed_points(widths)
    room = LANDSCAPE_A4_POINTS / LEGIBLE_ZOOM - sum(points[:repeated])
    starts = _across_starts(points, repeated, room, groups)
    bounds = [repeated, *starts, len(points)]
    widest = max(sum(points[a:b]) for a, b in zip(bounds, bounds[1:]))
    zoom = math.floor(100 * LANDSCAPE_A4_POINTS / (sum(points[:repeated]) + widest) + 1e-9)  # (75 stays 75)
    return starts, min(100, zoom)


def _printed_points(widths: Sequence[float]) -> list[float]:
    """Each column's printed width in points at 100 %, in the program that prints it widest."""
    per_pixel = max(printer.points_per_pixel for printer in PRINTERS)
    return [column_pixels(w) * per_pixel for w in widths]


def _across_starts(
    points: Sequence[float], repeated: int, room: float, groups: Sequence[tuple[int, int]] = ()
) -> list[int]:
    """The columns after the first ``repeated`` that start a new page, each page holding the columns
    that fit whole in ``room`` points, never ending inside one of ``groups``: the page ends before the
    group instead, unless nothing printed would be left on it (a group wider than a page is cut where
    the page is full). A hidden column (no width) takes no room: a page of hidden columns only is no
    page, so a column wider than a page after them stays with them."""
    start_of = {col: first for first, last in groups for col in range(first, last + 1)}
    starts: list[int] = []
    first, used, col = repeated, 0.0, repeated
    while col < len(points):
        if used and used + points[col] > room:
            cut = start_of.get(col, col)  # back to the group's first column
            if not sum(points[first:cut]):  # (nothing printed before it on the page, or it began earlier)
                cut = col
            starts.append(cut)
            first, used, col = cut, 0.0, cut
            continue
        used += points[col]
        col += 1
    return starts
