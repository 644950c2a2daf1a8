"""How wide a text prints and how many lines it wraps to in a column, in units of a column's width
(the digit '0'), for Excel and LibreOffice alike: row heights and column widths are estimated from
it. Pure: standard library only."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Widths of characters in units of a column's width (the digit '0'), each the larger of Excel's
# (Calibri 11: its digit is 7,43 pixels at 96 dpi, the unit 7) and LibreOffice's where Calibri is not
# installed (DejaVu Sans, which also sizes the columns by its own digit), to the nearest 0,05: a
# wrapped text is estimated in as many lines as either prints it in, rarely one more.
_CHAR_WIDTHS = {
    **dict.fromkeys("'", 0.45),
    **dict.fromkeys("ijl ,|", 0.5),
    **dict.fromkeys("I.:;`", 0.55),
    **dict.fromkeys("fJ()[]-!", 0.65),
    **dict.fromkeys("t", 0.7),
    **dict.fromkeys("r", 0.75),
    **dict.fromkeys('s/"', 0.8),
    **dict.fromkeys("z", 0.85),
    **dict.fromkeys("cL", 0.9),
    **dict.fromkeys("kvxyF", 0.95),
    **dict.fromkeys("agESTY", 1.0),
    **dict.fromkeys("e0123456789", 1.05),
    **dict.fromkeys("bdhnopquCKPXZ", 1.1),
    **dict.fromkeys("BR", 1.15),
    **dict.fromkeys("AV", 1.2),
    **dict.fromkeys("DGH", 1.3),
    **dict.fromkeys("NU", 1.35),
    **dict.fromkeys("OQ", 1.4),
    **dict.fromkeys("&", 1.45),
    **dict.fromkeys("w%", 1.5),
    **dict.fromkeys("m", 1.65),
    **dict.fromkeys("M", 1.8),
    **dict.fromkeys("W@", 1.85),
}
# A column ``width`` wide holds width + 5/7 digits, less the cell's padding: a text ``width`` - _PADDING
# wide fits one line. Bold text is up to _BOLD times as wide (DejaVu Sans Bold).
_PADDING = 0.3
_BOLD = 1.12
_OTHER_WIDTH = 1.35  # any other character (symbols, letters with accents)
_MAX_WIDTH = max(*_CHAR_WIDTHS.values(), _OTHER_WIDTH)


def _table(groups: dict[float, str]) -> dict[str, float]:
    return {ch: width for width, chars in groups.items() for ch in chars}


# DejaVu Sans alone, regular and bold, in units of its regular digit (how LibreOffice sizes the
# columns), each rounded up to 0,05: from the font's advance widths (printable ASCII; any other
# character counts as in _CHAR_WIDTHS). DejaVu sets capitals narrower than Excel's Calibri does
# (its digit is wide): "PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI" takes 53,7 digits in
# LibreOffice and 60,1 in Excel (421 pixels, xlsxwriter's Calibri widths), so a column 58 wide
# holds it on one line in LibreOffice and two in Excel.
_DEJAVU = _table(
    {
        0.45: "'ijl",
        0.5: " ,.IJ",
        0.55: "/:;\\|",
        0.6: "-f",
        0.65: "!()[]rt",
        0.75: '"',
        0.8: "*_`",
        0.85: "?sz",
        0.9: "Lc",
        0.95: "FPkvxy",
        1.0: "$0123456789ESTYabdeghnopqu{}",
        1.05: "K",
        1.1: "ABCRVXZ",
        1.2: "HNU",
        1.25: "&DGOQ",
        1.3: "w",
        1.35: "#+<=>^~",
        1.4: "M",
        1.5: "%",
        1.55: "m",
        1.6: "@W",
    }
)
_DEJAVU_BOLD = _table(
    {
        0.5: "'",
        0.55: " ijl",
        0.6: ",./IJ\\|",
        0.65: ":;",
        0.7: "-f",
        0.75: "!()[]",
        0.8: "_`rt",
        0.85: '"*',
        0.95: "?csz",
        1.05: "Lkvxy",
        1.1: "$0123456789EFTaeo",
        1.15: "SYZbdghnpqu{}",
        1.2: "BCP",
        1.25: "AKRVX",
        1.3: "GU",
        1.35: "#+<=>DHNOQ^~",
        1.4: "&",
        1.5: "w",
        1.6: "%@M",
        1.65: "m",
        1.75: "W",
    }
)

# The font rows are sized for. EITHER (the default): as tall as Excel (Calibri) or LibreOffice without
# Calibri (DejaVu Sans) prints the text, whichever needs more lines, since a workbook is opened in
# both. DEJAVU: for LibreOffice alone when it prints with DejaVu Sans (the PDF `lkj-xl pdf` makes on
# a server without Calibri or its metric twin Carlito): Excel's extra line is a blank line there.
EITHER = "either"
DEJAVU = "dejavu"
_ROW_FONT: ContextVar[str] = ContextVar("lkj_xl_row_font", default=EITHER)


@contextmanager
def rows_sized_for(font: str) -> Iterator[None]:
    """Within the block, :func:`estimate_lines` counts the lines ``font`` (EITHER or DEJAVU) prints."""
    if font not in (EITHER, DEJAVU):
        raise ValueError(f"unknown font {font!r}")
    token = _ROW_FONT.set(font)
    try:
        yield
    finally:
        _ROW_FONT.reset(token)


def _char_width(ch: str) -> float:
    """Width of a character in units of the digit '0' (the unit of Excel column widths)."""
    return _CHAR_WIDTHS.get(ch, _OTHER_WIDTH)


@functools.lru_cache(maxsize=65536)
def _word_width(word: str) -> float:
    # Cached: the same words (indicator names, "Program", "Kegiatan"...) recur on thousands of rows.
    return sum(_char_width(ch) for ch in word)


@functools.lru_cache(maxsize=65536)
def _dejavu_width(word: str, bold: bool) -> float:
    """Width of a word in DejaVu Sans (bold included), in units of its regular digit."""
    table, other = (_DEJAVU_BOLD, _OTHER_WIDTH * _BOLD) if bold else (_DEJAVU, _OTHER_WIDTH)
    return sum(table.get(ch, other) for ch in word)


def column_characters(width: float) -> int:
    """Characters a line of a column ``width`` wide holds even at the widest: a text of one paragraph
    and no more characters fits one line (estimate_lines need not be asked)."""
    return int((width - _PADDING) / (_MAX_WIDTH * _BOLD))


def column_width(text: str, bold: bool = False) -> float:
    """The width of a column that shows ``text`` on one line (its padding included)."""
    words = text.split(" ")
    width = sum(map(_word_width, words)) + (len(words) - 1) * _char_width(" ")
    return width * (_BOLD if bold else 1.0) + _PADDING


def estimate_lines(value: str | float | None, width: float, bold: bool = False) -> int:
    """Lines a wrapped text needs in a column ``width`` characters wide: a word-wrap simulation with
    rough character widths, erring on the generous side (a spare line beats a clipped one), in the
    font rows are sized for (:func:`rows_sized_for`)."""
    if value is None or value == "":
        return 1
    if _ROW_FONT.get() == DEJAVU:
        capacity = max(width - _PADDING, 1.0)
        space = _DEJAVU_BOLD[" "] if bold else _DEJAVU[" "]
        return _wrapped_lines(str(value), capacity, space, lambda word: _dejavu_width(word, bold))
    capacity = max(width - _PADDING, 1.0) / (_BOLD if bold else 1.0)
    return _wrapped_lines(str(value), capacity, _char_width(" "), _word_width)


def _wrapped_lines(text: str, capacity: float, space: float, word_width) -> int:
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            w = word_width(word)
            if used and used + space + w > capacity:
                lines += 1
                used = 0.0
            used = used + space + w if used else w
            while used > capacity:  # a word longer than the line breaks anywhere
                lines += 1
                used -= capacity
    return lines


# LibreOffice's lines of DejaVu Sans 11 pt are 12,73 points apart (measured in its PDFs: 10,31 at a
# zoom of 81 %), the first 1,5 points under the row's top; Excel's Calibri lines are 15 points apart.
_DEJAVU_LINE = 12.75
_DEJAVU_MARGIN = 3.0


def lines_height(lines: int, line_height: float) -> float:
    """Points a row needs for ``lines`` lines of text in the font rows are sized for: ``line_height``
    (Excel's Calibri) a line, or DejaVu Sans' lines with a margin, never below one line_height, in
    whole pixels (0,75 points) as both programs keep them."""
    if _ROW_FONT.get() != DEJAVU:
        return line_height * lines
    return max(line_height, math.ceil((_DEJAVU_LINE * lines + _DEJAVU_MARGIN) / 0.75) * 0.75)


def wrap_words(text: str, width: float) -> list[str]:
    """``text`` broken at spaces into lines each at most ``width`` wide (a word wider stays whole on
    its own line): for a text no cell wraps, such as a page footer."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and column_width(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines
