"""Texts staff typed into an output sheet that a press of Hitung Ulang clears, and the sentence that
names them.

``lkj-xl build`` counts such texts (:func:`lkj_xl.xlsx.owned.typed_cells`); the add-in sees the cells
themselves (the task pane sends the texts of each output sheet it found unprotected), so its pop-up
names the sheet, the cell and the text, which staff can then type again elsewhere. One rule for both:
only a sheet whose protection was removed (the tool protects every output sheet; staff must untick
it to type), only texts :func:`typed_note` takes for staff's (none of :data:`OWN_FORMATS`), and only
texts the rebuilt sheet holds nowhere: in a cell it leaves empty, or one it writes its own value over
(a note under Pemeriksaan's table when the next quarter's findings fill those rows).

Pure: no openpyxl, no xlwings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from lkj_xl.core.kalimat import daftar
from lkj_xl.core.layout import SheetLayout
from lkj_xl.core.model import cell_position
from lkj_xl.core.ownership import has_tool_title

MAX_NAMED = 6  # cells quoted in the pop-up; the rest counted
MAX_QUOTE = 60  # characters of a typed text quoted

# The formats lkj-xl gives every text it writes in an output sheet (each has at least one): bold,
# italic, underlined, a fill (white is none), wrapped, a horizontal alignment other than General, an
# indent. Build reads them from the cell's style (openpyxl's font.b/i/u, fill, alignment), the task
# pane from Range.getCellProperties; lkj.js gets these names from here (`lkj-xl serve`).
# What staff give a note does not hide it: a font colour, another font or size (a paste), a border,
# a vertical alignment, a leading apostrophe (quotePrefix), a number format.
OWN_FORMATS = ("bold", "italic", "underline", "fill", "wrap", "horizontal", "indent")
# Excel turns wrap on by itself when a text is typed with Alt+Enter: wrap on a text holding a line
# break is staff's. (No text of the tool's in an output sheet is wrapped with a line break alone.)
WRAP = "wrap"


def typed_note(text: str, formats: Iterable[str]) -> bool:
    """Whether a text in an output sheet is one staff typed, by its cell's ``formats`` (those of
    :data:`OWN_FORMATS` it has): none of them, or wrap alone on a text with a line break. A note staff
    made bold or filled is taken for the tool's (cleared without a word, as any bold text of the
    tool's is)."""
    own = set(formats) & set(OWN_FORMATS)
    if WRAP in own and ("\n" in text or "\r" in text):
        own.discard(WRAP)
    return not own


def old_title(sheet: str, ref: str, text: str) -> bool:
    """Whether ``text`` in cell ``ref`` of output sheet ``sheet`` is the title lkj-xl writes in A1 (a
    sheet recognised by it, written plain by an older version or by hand: the rebuild writes the new
    title over it, no note of staff's)."""
    return ref.strip().upper() == "A1" and has_tool_title(sheet, text)


def cleared_texts(
    typed: Mapping[str, Mapping[str, str]], sheets: Sequence[SheetLayout]
) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of the texts in ``typed`` (sheet -> {cell: text} as read before the press)
    that the rebuilt ``sheets`` do not keep: the text nowhere in the sheet, whether its cell is left
    empty or written over (``typed`` holds only staff's texts, by :func:`typed_note`, so a tool's text
    replaced in its cell is not there). Sheets in the layouts' order, cells in row then column order."""
    found: list[tuple[str, str, str]] = []
    for lay in sheets:
        cells = next((v for k, v in typed.items() if k.casefold() == lay.name.casefold()), None)
        if not cells:
            continue
        texts = {str(v).strip() for row in lay.rows for v in row if isinstance(v, str)}
        mine: list[tuple[int, int, str, str]] = []
        for ref, text in cells.items():
            text = str(text).strip()
            place = _place(ref)
            if not text or place is None or text in texts or old_title(lay.name, ref, text):
                continue
            mine.append((*place, ref.upper(), text))
        found += [(lay.name, ref, text) for _r, _c, ref, text in sorted(mine)]
    return found


def _place(ref: str) -> tuple[int, int] | None:
    """(row, column) of a single cell's reference ("B40"); None for anything else."""
    if ":" in ref:
        return None
    place = cell_position(ref)
    return place if place != (0, 0) else None


def cleared_texts_note(cleared: Sequence[tuple[str, str, str]]) -> str:
    """The pop-up's sentence naming the typed texts a press cleared ("" for none)."""
    if not cleared:
        return ""
    # The text in curly quotes: a note or an old finding quoting an indicator "..." reads cleanly
    # inside them, and staff can copy it back as it was.
    # A note typed with Alt+Enter quoted on one line: the pop-up's lines stay its sentences.
    shown = [(sheet, ref, " ".join(text.split())) for sheet, ref, text in cleared[:MAX_NAMED]]
    quote = [
        f"{sheet}!{ref} \u201c{text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 3] + '...'}\u201d"
        for sheet, ref, text in shown
    ]
    rest = len(cleared) - len(quote)
    if rest:
        quote.append(f"{rest} sel lainnya")
    sheets = daftar(list(dict.fromkeys(f'"{sheet}"' for sheet, _ref, _text in cleared)))
    # "mungkin": a text pasted without a format, or kept from a file another program wrote, is named
    # too (as lkj-xl build counts it)
    return (
        f"Hitung Ulang menghapus teks berikut dari lembar hasil {sheets} yang tidak dikunci (lembar hasil "
        f"ditulis ulang seluruhnya; teks itu mungkin catatan yang Anda ketik): {daftar(quote)}. Bila masih "
        "diperlukan, ketik ulang di lembar Anda sendiri: lembar hasil dikunci lagi setelah Hitung Ulang."
    )
