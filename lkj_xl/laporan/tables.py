"""The output sheets' layouts (lkj_xl.core.tables) written as Word tables.

A :class:`~lkj_xl.core.layout.SheetLayout` already holds every value of Tabel 3.1-3.4, its merges,
emphasis, kriteria colours and number formats; here its table part (header rows and body) becomes a
Word table and each number is shown as its number format shows it in the sheet, with Indonesian
separators (``lkj_xl.core.numbers.format_number``). Nothing is computed again.
"""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, RGBColor

from lkj_xl.core.contract import QUARTER_LABEL
from lkj_xl.core.layout import STYLES, SheetLayout
from lkj_xl.core.pages import implied_together
from lkj_xl.core.styles import format_cell
from lkj_xl.core.textwidth import column_width
from lkj_xl.laporan import word

_ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
}
formatted = format_cell  # a cell value as the sheet shows it under its number format


def _cell_styles(lay: SheetLayout) -> dict[tuple[int, int], dict[str, object]]:
    """Format properties per cell: the blocks in order, then the conditional rules that match."""
    props: dict[tuple[int, int], dict[str, object]] = {}
    for block in lay.blocks:
        style = STYLES[block.style]
        for r in range(block.first_row, block.last_row + 1):
            for c in range(block.first_col, block.last_col + 1):
                props.setdefault((r, c), {}).update(style)
    for rule in lay.conditionals:
        for r in range(rule.first_row, rule.last_row + 1):
            for c in range(rule.first_col, rule.last_col + 1):
                if lay.value(r, c) == rule.equals:
                    props.setdefault((r, c), {}).update(STYLES[rule.style])
    return props


def table_extent(lay: SheetLayout) -> tuple[int, int]:
    """(first, last) row of the table itself: its header rows to the last framed (bordered) row."""
    first = lay.header_rows[0] if lay.header_rows else 0
    framed = [b.last_row for b in lay.blocks if STYLES[b.style].get("border")]
    return first, max(framed, default=lay.n_rows - 1)


def notes_below(lay: SheetLayout) -> list[str]:
    """Texts under the table before the signature block (the notes on Galat, quarters after TW n)."""
    _, last = table_extent(lay)
    stop = lay.signature_rows[0] if lay.signature_rows else lay.n_rows
    out = []
    for r in range(last + 1, stop):
        text = " ".join(str(v) for v in lay.rows[r] if v not in (None, ""))
        if text:
            out.append(text)
    return out


def add_layout_table(doc, lay: SheetLayout, width_cm: float, *, skip_columns: tuple[int, ...] = ()):
    """Write the table part of ``lay`` as a Word table ``width_cm`` wide: merges, header rows repeated
    on every page, emphasis, fills and kriteria colours, numbers as the sheet shows them."""
    first, last = table_extent(lay)
    columns = [c for c in range(lay.n_cols) if c not in skip_columns]
    index = {c: i for i, c in enumerate(columns)}
    table = doc.add_table(rows=last - first + 1, cols=len(columns))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    word.borders(table)
    props = _cell_styles(lay)
    widths = [Cm(w) for w in _column_widths(lay, props, columns, first, last, width_cm)]
    for i, column in enumerate(table.columns):
        column.width = widths[i]
    header_last = lay.header_rows[1] if lay.header_rows else first - 1
    # Rows the sheet keeps on one page (a node's rows, a node with its first child): kept with the next.
    with_next = {r for a, b in [*lay.keep_together, *implied_together(lay)] for r in range(a, b)}
    for r in range(first, last + 1):
        if r <= header_last:
            word.repeat_header(table.rows[r - first])
        else:
            word.no_split(table.rows[r - first])
    # Cells are written first, then merged (a merge keeps the first cell's text); python-docx looks a
    # cell up by walking the whole table, so the grid is taken once.
    grid = [row.cells for row in table.rows]
    covered: set[tuple[int, int]] = set()
    merges = []
    for m in lay.merges:
        if m.first_row < first or m.last_row > last:
            continue
        cols = [c for c in range(m.first_col, m.last_col + 1) if c in index]
        if not cols or (len(cols) == 1 and m.first_row == m.last_row):
            continue
        merges.append((m.first_row - first, index[cols[0]], m.last_row - first, index[cols[-1]]))
        covered |= {(r, c) for r in range(m.first_row, m.last_row + 1) for c in cols} - {
            (m.first_row, cols[0])
        }
    text_style = doc.styles[word.TABLE_TEXT].style_id
    for r in range(first, last + 1):
        for c in columns:
            if (r, c) in covered:
                # a cell merged over keeps its row with the next too: without it LibreOffice printed a
                # program's second indicator row at a page's foot and its first kegiatan on the next
                if r in with_next:
                    grid[r - first][index[c]].paragraphs[0].paragraph_format.keep_with_next = True
                continue
            style = props.get((r, c), {})
            cell = grid[r - first][index[c]]
            cell.width = widths[index[c]]
            text = formatted(lay.value(r, c), style.get("num_format"))  # type: ignore[arg-type]
            if r <= header_last:  # "TW IV" kept on one line (Writer wrapped "s.d. TW" / "IV")
                text = _whole_quarters(text)
            paragraph = cell.paragraphs[0]
            paragraph._p.style = text_style  # (the style setter looks the style up each time: slow)
            if r in with_next:
                paragraph.paragraph_format.keep_with_next = True
            align = style.get("align")
            if align in _ALIGN:
                paragraph.alignment = _ALIGN[align]  # type: ignore[index]
            if style.get("indent"):
                paragraph.paragraph_format.left_indent = Cm(0.3 * int(style["indent"]))  # type: ignore[arg-type]
            run = paragraph.add_run(text)
            run.bold = bool(style.get("bold")) or None
            run.italic = bool(style.get("italic")) or None
            if style.get("underline"):
                run.underline = True
            if style.get("font_color"):
                run.font.color.rgb = RGBColor.from_string(str(style["font_color"]).lstrip("#").upper())
            if style.get("bg_color"):
                word.shade(cell, str(style["bg_color"]))
    for r1, c1, r2, c2 in merges:
        grid[r1][c1].merge(grid[r2][c2])
    return table


__all__ = ["add_layout_table", "content_widths", "fit_widths", "formatted", "notes_below", "table_extent"]


# Roughly the width of one character of the tables' font (8 pt Arial, bold headers), and a cell's
# left and right padding, in cm (fit_widths: Tabel 2.1-2.4 and the Lampiran, sized by characters).
_CHAR_CM = 0.2
_PADDING_CM = 0.45
# A digit of 8 pt Arial (0,556 em of 8 pt), in cm; textwidth.column_width's own padding, in digits.
_DIGIT_CM = 0.556 * 8 / 72 * 2.54
_TEXTWIDTH_PADDING = column_width("")


def _column_widths(
    lay: SheetLayout, props: dict, columns: list[int], first: int, last: int, width_cm: float
) -> list[float]:
    """Column widths (cm) adding up to ``width_cm`` from what the columns hold (:func:`content_widths`).
    The sheet's proportions were made for a screen: Tabel 3.1's quarter columns, wide enough there for
    "193.900,00 juta", took 2 cm each for a "-" while an indicator's name wrapped to 6 lines."""
    header_last = lay.header_rows[1] if lay.header_rows else first - 1
    shown = [_shown(lay, props, c, first, last) for c in columns]
    word = [
        max((_text_cm(w, bold) for text, bold, _ in cells for w in text.split()), default=0.0)
        for cells in shown
    ]
    line = [
        max((_text_cm(text, bold) for text, bold, r in cells if r > header_last), default=0.0)
        for cells in shown
    ]
    return content_widths(word, line, width_cm, [float(lay.columns[c]) for c in columns])


def content_widths(word: list[float], line: list[float], width_cm: float, weight: list[float]) -> list[float]:
    """Column widths (cm) adding up to ``width_cm``: every column its longest word (``word``, cm: never
    broken, "No", "diketahui", "1.282.684,40"), and the room left shared by the columns whose longest
    text on one line (``line``, cm) is longer, in proportion to the difference (the automatic table
    layout of HTML): a column of "-" keeps its header's width, a column of names takes the rest. When
    every text fits on one line, the room past them is shared in the sheet's proportions (``weight``:
    "No" stays narrow beside short names). Longest words that do not fit the page: :func:`_capped`."""
    need = [w + _PADDING_CM for w in word]
    full = [max(n, w + _PADDING_CM) for n, w in zip(need, line, strict=True)]
    room = width_cm - sum(need)
    if room <= 0:
        return _capped(need, width_cm)
    if sum(full) <= width_cm:
        spare = width_cm - sum(full)
        return [f + spare * w / sum(weight) for f, w in zip(full, weight, strict=True)]
    return _short_lines_whole(need, full, width_cm)


def _short_lines_whole(need: list[float], full: list[float], width_cm: float) -> list[float]:
    """The room past the longest words when not every text fits on one line: a column whose longest
    line fits in an equal share of the room its wrapping neighbours take gets it whole ("Uraian
    Sasaran S1.1" beside a list of 7 indicators: shared in proportion alone, it took 3,13 cm of its
    3,4 and wrapped while the list took 10,8), repeated; the rest in proportion to what each lacks."""
    widths = list(need)
    wrapping = [k for k, (n, f) in enumerate(zip(need, full, strict=True)) if f > n]
    avail = width_cm - sum(n for k, n in enumerate(need) if k not in wrapping)
    while wrapping and (fits := [k for k in wrapping if full[k] <= avail / len(wrapping)]):
        rest = [k for k in wrapping if k not in fits]
        if avail - sum(full[k] for k in fits) < sum(need[k] for k in rest):
            break  # (the others' longest words would not fit: all in proportion)
        for k in fits:
            widths[k] = full[k]
        avail -= sum(full[k] for k in fits)
        wrapping = rest
    room = avail - sum(need[k] for k in wrapping)
    more = sum(full[k] - need[k] for k in wrapping)
    for k in wrapping if more > 0 else ():
        widths[k] = need[k] + room * (full[k] - need[k]) / more
    return widths


def fit_widths(longest: list[int], weight: list[float], width_cm: float) -> list[float]:
    """Column widths (cm) adding up to ``width_cm`` in the proportions ``weight``, except that a column
    never gets less than its longest word (``longest`` characters) needs, so "No", "diketahui" or
    "DISKOPINDAG" never break inside a word: such a column is fixed at that, and the others share
    what is left in their proportions."""
    need = [n * _CHAR_CM + _PADDING_CM for n in longest]
    fixed: set[int] = set()
    while True:
        room = width_cm - sum(need[i] for i in fixed)
        total = sum(weight[i] for i in range(len(weight)) if i not in fixed)
        if room <= 0 or total <= 0:  # more long words than the page holds
            return _capped(need, width_cm)
        widths = [need[i] if i in fixed else room * weight[i] / total for i in range(len(weight))]
        short = {i for i in range(len(weight)) if i not in fixed and widths[i] < need[i]}
        if not short:
            return widths
        fixed |= short


def _capped(need: list[float], width_cm: float) -> list[float]:
    """Widths when the longest words do not all fit: every column gets its need up to one cap, the
    cap chosen so the widths add up to ``width_cm``. Short words ("No", "Satuan", "Rupiah") stay
    whole; only the longest (numbers written in full) share what is left and wrap."""
    order = sorted(range(len(need)), key=lambda i: need[i])
    room, left = width_cm, len(need)
    cap = width_cm / max(left, 1)
    for i in order:
        if need[i] > room / left:
            cap = room / left
            break
        room -= need[i]
        left -= 1
    else:
        return need
    return [min(n, cap) for n in need]


def _spanning(lay: SheetLayout) -> set[tuple[int, int]]:
    """The cells holding a text merged across columns (no one column's width)."""
    return {
        (r, m.first_col)
        for m in lay.merges
        if m.last_col > m.first_col
        for r in range(m.first_row, m.last_row + 1)
    }


def _shown(lay: SheetLayout, props: dict, col: int, first: int, last: int) -> list[tuple[str, bool, int]]:
    """(text as shown, bold, row) of a column's cells not merged across columns; a quarter is one
    word ("TW III" printed whole: a column of "-" under it printed "TW I" / "II"), so is a figure with
    its scale word ("5.984,04 milyar", never "milyar" alone on a line)."""
    spanning = _spanning(lay)
    out = []
    for r in range(first, last + 1):
        value = lay.value(r, col)
        if value is None or (r, col) in spanning:
            continue
        style = props.get((r, col), {})
        text = _whole_quarters(formatted(value, style.get("num_format")), "_")  # as the cell shows it
        if isinstance(value, int | float):  # a figure and its scale word on one line: "5.984,04 milyar"
            text = text.replace(" ", "_")
        out.append((text, bool(style.get("bold")), r))
    return out


def _text_cm(text: str, bold: bool) -> float:
    """How wide ``text`` prints on one line in the tables' font (8 pt), in cm: textwidth's character
    widths (the wider of Calibri and DejaVu, in digits) times an 8 pt digit (Arial's, 0,556 em = 0,157
    cm), so an estimate errs wide, never cutting a word."""
    return (column_width(text, bold) - _TEXTWIDTH_PADDING) * _DIGIT_CM


def _whole_quarters(text: str, space: str = "\u00a0") -> str:
    """``text`` with the space inside each quarter ("TW III") replaced (by a no-break space)."""
    return QUARTER_LABEL.sub(lambda m: m.group().replace(" ", space), text)
