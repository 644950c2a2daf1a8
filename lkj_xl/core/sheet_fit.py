"""A sheet layout kept within Excel's limits and sized to what it holds: texts longer than a cell holds
shortened visibly, row heights estimated for wrapped text (LibreOffice, which prints the PDFs, does not
size them), columns widened for a Galat text, a title naming a quarter and their numbers as shown.
Pure: standard library only. ``layout.SheetBuilder.build`` calls it; both writers call
:func:`enforce_excel_limits` again on what they write."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from lkj_xl.core.contract import GALAT_LABEL, QUARTER_LABEL
from lkj_xl.core.numberwidth import number_widths
from lkj_xl.core.styles import STYLES
from lkj_xl.core.textwidth import column_width, estimate_lines, lines_height

if TYPE_CHECKING:
    from lkj_xl.core.layout import Merge, SheetLayout

LINE_HEIGHT = 15.0  # points per text line at the default 11 pt font

# Excel's limits (Excel specifications and limits): every writer of a layout stays within them.
MAX_CELL_CHARS = 32_767  # characters in one cell
# Excel allows 409 pt, but row heights are stored in whole pixels (0.75 pt): xlsxwriter writes 409 as
# 545 px = 408.75 pt, the add-in would set 409. The tallest whole-pixel height keeps the two alike.
MAX_ROW_HEIGHT = 408.75  # points
MAX_COLUMN_WIDTH = 255.0  # characters


def excel_length(text: str) -> int:
    """``text``'s length as Excel counts it against its cell limit (and as LEN does): UTF-16 code
    units, two for a character outside the Basic Multilingual Plane (an emoji)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2  # a lone half of a pair counts 1


def prefix_within(text: str, units: int) -> str:
    """The longest start of ``text`` of at most ``units`` UTF-16 code units, never half an emoji nor
    part of an emoji shown as one (_splits: joined by ZWJ, a flag, a skin tone, an emoji's U+FE0F)."""
    head = text[:units]
    over = excel_length(head) - units
    while over > 0:  # each character dropped from the end frees one or two units
        head = head[: -max(1, over // 2)]
        over = excel_length(head) - units
    while head and _splits(text, len(head)):
        head = head[:-1]  # back to before the joined sequence
    return head


_ZWJ = "\u200d"
_VS16 = "\ufe0f"  # emoji presentation (❤️): belongs to the character before it
_SKIN = ("\U0001f3fb", "\U0001f3ff")  # skin tone modifiers (👍🏽): belong to the emoji before them
_FLAG = ("\U0001f1e6", "\U0001f1ff")  # regional indicators: a flag is a pair of them (🇮🇩)


def _splits(text: str, at: int) -> bool:
    """Whether cutting ``text`` at ``at`` (characters) splits what is shown as one emoji: at a ZWJ, before
    U+FE0F or a skin tone, or between the two regional indicators of a flag (an odd run before them)."""
    last, after = text[at - 1 : at], text[at : at + 1]
    if _ZWJ in (last, after) or after == _VS16 or _SKIN[0] <= after <= _SKIN[1]:
        return True
    if not _FLAG[0] <= after <= _FLAG[1]:
        return False
    run = 0
    while run < at and _FLAG[0] <= text[at - 1 - run] <= _FLAG[1]:
        run += 1
    return run % 2 == 1


def cut_mark(dropped: int) -> str:
    """What ends a text cut visibly: "… (dipotong, 2.345 karakter lagi)", ``dropped`` characters left
    out (the input readers' 10.000-character cut, lkj_xl.core.long_text, says it alike)."""
    count = f"{dropped:,}".replace(",", ".")  # Indonesian thousands separator
    return f"… (dipotong, {count} karakter lagi)"


def shorten_text(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters as Excel counts them (:func:`excel_length`),
    visibly: it then ends with "… (dipotong, N karakter lagi)", N being how many characters were
    left out."""
    if excel_length(text) <= limit:
        return text
    dropped = 0
    for _ in range(10):  # the suffix's length settles after a few rounds (N's digits)
        suffix = cut_mark(dropped)
        kept = prefix_within(text, limit - len(suffix))
        if len(text) - len(kept) == dropped:
            break
        dropped = len(text) - len(kept)
    return kept + suffix


def enforce_excel_limits(lay: SheetLayout) -> None:
    """Keep a layout within Excel's limits, whatever the tables put in it (a safety net under them):
    texts longer than a cell holds are shortened visibly (:func:`shorten_text`), row heights are
    clamped at 408.75 pt (545 px) and column widths at 255 characters. Both writers call it."""
    for row in lay.rows:
        for c, value in enumerate(row):
            # (half the limit in characters cannot be over it in units: the quick test first)
            if (
                isinstance(value, str)
                and len(value) > MAX_CELL_CHARS // 2
                and excel_length(value) > MAX_CELL_CHARS
            ):
                row[c] = shorten_text(value)
    for r, height in lay.row_heights.items():
        if height > MAX_ROW_HEIGHT:
            lay.row_heights[r] = MAX_ROW_HEIGHT
    lay.columns = [min(width, MAX_COLUMN_WIDTH) for width in lay.columns]


GALAT_WIDTH = 24.0  # characters at most a column is widened to for a Galat text
# Digits of a column an indent level takes: three spaces (Excel: 9 pixels, 1,3 digits; LibreOffice,
# DejaVu Sans: 1,5 digits).
INDENT_DIGITS = 1.5


def fit_galat_widths(lay: SheetLayout, bold: dict[tuple[int, int], bool]) -> None:
    """Widen a column (up to GALAT_WIDTH) so that a Galat text in it, "Galat (Kinerja!L5)", shows its
    first cell on one line: wrapped in a narrow figure column it read "Galat (Kinerja!" / "L5)" on
    paper (LibreOffice breaks after the "!"). Several cells wrap after a comma, each cell whole.
    ``bold``: the cells in bold (a Tujuan's or Sasaran's row), wider."""
    merged = {(m.first_row, m.first_col) for m in lay.merges if m.last_col > m.first_col}
    prefix = GALAT_LABEL + " ("
    for r, row in enumerate(lay.rows):
        for c, value in enumerate(row[: len(lay.columns)]):
            if isinstance(value, str) and value.startswith(prefix) and (r, c) not in merged:
                first = value.split(", ", 1)[0]
                needed = min(column_width(first, bold.get((r, c), False)) + 0.2, GALAT_WIDTH)
                if needed > lay.columns[c]:
                    lay.columns[c] = needed


def fit_quarter_titles(lay: SheetLayout, bold: dict[tuple[int, int], bool]) -> None:
    """Widen a column so that its title naming a quarter prints on one line: a column as narrow as its
    figures printed "Realisasi s.d. TW" / "IV" (LibreOffice wraps at the last space that fits)."""
    if lay.header_rows is None:
        return
    merged = {(m.first_row, m.first_col) for m in lay.merges if m.last_col > m.first_col}
    for r in range(lay.header_rows[0], lay.header_rows[1] + 1):
        for c, value in enumerate(lay.rows[r][: len(lay.columns)]):
            if isinstance(value, str) and QUARTER_LABEL.search(value) and (r, c) not in merged:
                lay.columns[c] = max(lay.columns[c], column_width(value, bold.get((r, c), False)) + 0.2)


def fit_quarter_headers(lay: SheetLayout, bold: dict[tuple[int, int], bool]) -> None:
    """Widen a column so that a quarter or half year in a table header outside the sheet's own header
    rows (Grafik's trend table: "s.d. Semester II 2025") is not cut at its space: the header printed
    "s.d. Semester" / "II 2025"; the text up to the quarter's end fits on its first line."""
    first, last = lay.header_rows or (-1, -2)
    merged = {(m.first_row, m.first_col) for m in lay.merges if m.last_col > m.first_col}
    for b in lay.blocks:
        if b.style != "header":
            continue
        for r in range(b.first_row, b.last_row + 1):
            for c in range(b.first_col, min(b.last_col + 1, len(lay.columns))):
                value = lay.value(r, c)
                text = value if isinstance(value, str) else ""
                found = QUARTER_LABEL.search(text)
                if found and not first <= r <= last and (r, c) not in merged:
                    needed = column_width(text[: found.end()], bold.get((r, c), False)) + 0.2
                    lay.columns[c] = max(lay.columns[c], needed)


def fit_row_heights(lay: SheetLayout) -> None:
    """Set the height of rows whose wrapped text needs more than one line.

    LibreOffice (which prints the PDFs) keeps the default height of rows read from an .xlsx, and
    neither it nor Excel sizes rows for merged cells, so the layout carries estimated heights. Rows
    that fit on one line get no entry. Heights set before (``row_heights``) are kept. First the
    columns are widened for a Galat text (:func:`fit_galat_widths`), for a title naming a quarter
    (:func:`fit_quarter_titles`, :func:`fit_quarter_headers`) and for their numbers as shown
    (numberwidth.number_widths: never "###").
    """
    wrap: dict[tuple[int, int], bool] = {}
    bold: dict[tuple[int, int], bool] = {}
    formats: dict[tuple[int, int], str] = {}
    indent: dict[tuple[int, int], int] = {}
    for b in lay.blocks:
        props = STYLES[b.style]
        if not {"text_wrap", "bold", "num_format", "indent"} & props.keys():
            continue
        for r in range(b.first_row, b.last_row + 1):
            for c in range(b.first_col, b.last_col + 1):
                if "text_wrap" in props:
                    wrap[r, c] = bool(props["text_wrap"])
                if "bold" in props:
                    bold[r, c] = bool(props["bold"])
                if "num_format" in props:
                    formats[r, c] = str(props["num_format"])
                if "indent" in props:
                    indent[r, c] = int(str(props["indent"]))
    fit_galat_widths(lay, bold)
    fit_quarter_titles(lay, bold)
    fit_quarter_headers(lay, bold)
    merged = {(m.first_row, m.first_col) for m in lay.merges if m.last_col > m.first_col}
    lay.columns = number_widths(lay.rows, lay.columns, merged, bold, formats, MAX_COLUMN_WIDTH)
    widths = lay.columns
    covered: set[tuple[int, int]] = set()
    span: dict[tuple[int, int], Merge] = {}
    for m in lay.merges:
        span[m.first_row, m.first_col] = m
        for r in range(m.first_row, m.last_row + 1):
            for c in range(m.first_col, m.last_col + 1):
                if (r, c) != (m.first_row, m.first_col):
                    covered.add((r, c))

    def lines_of(r: int, c: int, last_col: int) -> int:
        value = lay.value(r, c)
        if not isinstance(value, str) or not wrap.get((r, c), False):
            return 1
        width = sum(widths[c : last_col + 1]) - INDENT_DIGITS * indent.get((r, c), 0)
        return estimate_lines(value, width, bold=bold.get((r, c), False))

    lines = [1] * lay.n_rows
    for r, row in enumerate(lay.rows):
        for c in range(min(len(row), len(widths))):
            if (r, c) in covered:
                continue
            spanned = span.get((r, c))
            if spanned is not None and spanned.last_row > spanned.first_row:
                continue  # vertical merges below
            lines[r] = max(lines[r], lines_of(r, c, spanned.last_col if spanned else c))
    for m in lay.merges:
        if m.last_row == m.first_row or m.first_col >= len(widths):
            continue
        need = lines_of(m.first_row, m.first_col, m.last_col)
        rows = range(m.first_row, min(m.last_row, lay.n_rows - 1) + 1)
        if sum(lines[r] for r in rows) < need:
            share = math.ceil(need / len(rows))
            for r in rows:
                lines[r] = max(lines[r], share)
    for r, n in enumerate(lines):
        if n > 1 and r not in lay.row_heights:
            lay.row_heights[r] = min(lines_height(n, LINE_HEIGHT), MAX_ROW_HEIGHT)
