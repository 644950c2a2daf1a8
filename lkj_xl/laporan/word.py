"""Word structure python-docx has no call for: fields (TOC, PAGE, PAGEREF), bookmarks, repeated
header rows, cell shading, landscape sections, the styles the document relies on.

Everything here writes plain WordprocessingML that Word and LibreOffice both read.
"""

from __future__ import annotations

import copy
import itertools
import re

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

# Styles the document uses, created when a template lacks them: name -> (type, base style, setup).
HEADING_STYLES = ("Heading 1", "Heading 2", "Heading 3")
CAPTION_TABLE = "Judul Tabel"  # Daftar Tabel collects this style (TOC \t), so numbering stays plain text
CAPTION_FIGURE = "Judul Gambar"  # Daftar Gambar likewise
PLACEHOLDER = "Isian"  # character style of "[isi: ...]": red on yellow, impossible to overlook
TABLE_TEXT = "Teks Tabel"  # paragraph style of table cells: compact, smaller
SIGNATURE = "Tanda Tangan"

_bookmark_ids = itertools.count(1)


def ensure_styles(doc) -> None:
    """Add the styles the document uses when the template does not define them (an agency's own
    template keeps its definitions: only missing ones are added)."""
    styles = doc.styles
    names = {s.name for s in styles}

    def add(name: str, kind, base: str | None = None):
        if name in names:
            return None
        style = styles.add_style(name, kind)
        if base and base in names | {name}:
            style.base_style = styles[base]
        names.add(name)
        return style

    for level, name in enumerate(HEADING_STYLES, start=1):
        style = add(name, WD_STYLE_TYPE.PARAGRAPH, "Normal")
        if style is not None:
            style.font.bold = True
            style.font.size = Pt(16 - 2 * level)
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12)
            _outline(style, level - 1)
    style = add("Caption", WD_STYLE_TYPE.PARAGRAPH, "Normal")
    if style is not None:
        style.font.bold = True
        style.font.size = Pt(10)
    for name in (CAPTION_TABLE, CAPTION_FIGURE):
        style = add(name, WD_STYLE_TYPE.PARAGRAPH, "Caption")
        if style is not None:
            style.font.bold = True
            style.font.size = Pt(10)
            style.paragraph_format.alignment = 1  # centre
            style.paragraph_format.keep_with_next = name == CAPTION_TABLE
            style.paragraph_format.space_before = Pt(6)
            style.paragraph_format.space_after = Pt(6)
    for level in (1, 2, 3):
        style = add(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH, "Normal")
        if style is not None:
            style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            style.paragraph_format.space_after = Pt(2)
    style = add("table of figures", WD_STYLE_TYPE.PARAGRAPH, "Normal")
    if style is not None:
        style.paragraph_format.space_after = Pt(2)
    style = add(PLACEHOLDER, WD_STYLE_TYPE.CHARACTER)
    if style is not None:
        style.font.italic = True
        style.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        _highlight(style.element.get_or_add_rPr(), "yellow")
    style = add(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH, "Normal")
    if style is not None:
        style.font.size = Pt(8)
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.line_spacing = 1.0
    style = add(SIGNATURE, WD_STYLE_TYPE.PARAGRAPH, "Normal")
    if style is not None:
        style.paragraph_format.left_indent = Cm(9)
        style.paragraph_format.alignment = 1
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Number"):
        add(name, WD_STYLE_TYPE.PARAGRAPH, "Normal")
    add("Table Grid", WD_STYLE_TYPE.TABLE)


def _outline(style, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    ppr.append(outline)


def _highlight(rpr, colour: str) -> None:
    mark = OxmlElement("w:highlight")
    mark.set(qn("w:val"), colour)
    rpr.append(mark)


# --- fields -----------------------------------------------------------------------------------------


def _fld_char(kind: str, dirty: bool = False):
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def _instr(text: str):
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    return run


def _text_run(text: str, bold: bool = False):
    run = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def add_field(paragraph, instruction: str, cached: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, PAGEREF...) with ``cached`` as its shown result until updated."""
    p = paragraph._p
    p.append(_fld_char("begin"))
    p.append(_instr(instruction))
    p.append(_fld_char("separate"))
    p.append(_text_run(cached))
    p.append(_fld_char("end"))


def bookmark(paragraph, name: str) -> None:
    """Wrap the paragraph's content in a bookmark (what PAGEREF and the TOC's links point to)."""
    ident = str(next(_bookmark_ids))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), ident)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), ident)
    p = paragraph._p
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def fill_toc(
    anchor, instruction: str, entries: list[tuple[str, str, str]], tab_cm: float, empty: str
) -> list:
    """Replace the paragraph ``anchor`` by a TOC field whose current result lists ``entries``
    (style, text, bookmark), each with a PAGEREF field for its page: LibreOffice computes those when it
    lays the document out (so the PDF has page numbers), and Word rebuilds the whole field on
    "Update Field" (the document asks to on opening)."""
    body = anchor._p
    paragraphs = []
    for style, text, mark in entries or [("Normal", empty, "")]:
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), anchor.part.document.styles[style].style_id if mark else "Normal")
        ppr.append(pstyle)
        tabs = OxmlElement("w:tabs")
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "right")
        tab.set(qn("w:leader"), "dot")
        tab.set(qn("w:pos"), str(int(Cm(tab_cm).twips)))
        tabs.append(tab)
        ppr.append(tabs)
        p.append(ppr)
        if mark:
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), mark)
            link.set(qn("w:history"), "1")
            link.append(_text_run(text))
            p.append(link)
            tab_run = OxmlElement("w:r")
            tab_run.append(OxmlElement("w:tab"))
            p.append(tab_run)
            for part in (_fld_char("begin"), _instr(f"PAGEREF {mark} \\h"), _fld_char("separate")):
                p.append(part)
            p.append(_text_run(""))
            p.append(_fld_char("end"))
        else:
            p.append(_text_run(text))
        paragraphs.append(p)
    first, last = paragraphs[0], paragraphs[-1]
    at = list(first).index(first.find(qn("w:pPr"))) + 1
    wrapper = [_fld_char("begin", dirty=True), _instr(instruction), _fld_char("separate")]
    for offset, part in enumerate(wrapper):
        first.insert(at + offset, part)
    wrapper.append(_fld_char("end"))
    last.append(wrapper[-1])
    for p in paragraphs:
        body.addprevious(p)
    body.getparent().remove(body)
    return wrapper


def unwrap_fields(parts: list) -> None:
    """Remove a field's begin/instruction/separate/end runs, leaving its current result as plain
    content. For the PDF: LibreOffice shows a TOC field's stored result as fixed text, but it computes
    the PAGEREF fields of that result once they stand on their own."""
    for part in parts:
        part.getparent().remove(part)


def update_fields_on_open(doc) -> None:
    """Ask Word to update the fields (TOC, page references) when the document is opened."""
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


# --- tables -----------------------------------------------------------------------------------------


def repeat_header(row) -> None:
    """The row is a header row: repeated at the top of every page the table runs onto."""
    trpr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "true")
        trpr.append(el)


def no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade(cell, fill_hex: str) -> None:
    """Background of a cell, "#D9E1F2" or "D9E1F2"."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex.lstrip("#").upper())
    tcpr.append(shd)


def borders(table) -> None:
    """Single thin borders on every cell (independent of whether the template has "Table Grid")."""
    tblpr = table._tbl.tblPr
    tb = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        tb.append(el)
    tblpr.append(tb)


# --- sections ---------------------------------------------------------------------------------------

A4_WIDTH, A4_HEIGHT = Cm(21.0), Cm(29.7)


def page_setup(section, landscape: bool = False) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (A4_HEIGHT, A4_WIDTH) if landscape else (A4_WIDTH, A4_HEIGHT)
    section.left_margin = section.right_margin = Cm(2.5) if not landscape else Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)


def text_width_cm(section) -> float:
    return (section.page_width - section.left_margin - section.right_margin) / 360000


# "Kinerja!L7" in "Galat (Kinerja!L7)" or a sentence: LibreOffice broke the line after the "!"
# ("Anggaran!" / "F11)"). A word joiner after it (U+2060, zero-width, invisible, no line break on
# either side; a zero-width joiner did not stop LibreOffice) keeps the reference whole: the line
# breaks at a space instead.
_CELL_REFERENCE = re.compile(r"!(?=\$?[A-Z]{1,3}\$?[0-9])")
NO_BREAK = "\u2060"


def join_cell_references(doc) -> None:
    """Every sheet!cell reference in the document's body kept on one line (:data:`NO_BREAK`)."""
    for t in doc.element.body.iter(qn("w:t")):
        if t.text and "!" in t.text:
            t.text = _CELL_REFERENCE.sub("!" + NO_BREAK, t.text)


# "sebesar Rp" ended a line, "27.805.047.633" began the next; "(capaian ≥" before "100%)". A no-break
# space keeps the sign with its number in the text (a table cell, narrow, still wraps at that space).
_SIGN_THEN_NUMBER = re.compile(r"(\bRp|[≥≤]) (?=-?[0-9])")


def join_signs_to_numbers(doc) -> None:
    """Each "Rp" with its amount and "≥"/"≤" with its number on one line, in the paragraphs outside
    tables (:data:`_SIGN_THEN_NUMBER`)."""
    for p in doc.element.body.iterchildren(qn("w:p")):
        for t in p.iter(qn("w:t")):
            if t.text and " " in t.text:
                t.text = _SIGN_THEN_NUMBER.sub("\\1\u00a0", t.text)


def _text_width(section) -> Emu:
    return Emu(section.page_width - section.left_margin - section.right_margin)


def page_number_at_margin(paragraph, section) -> None:
    """One right tab stop at the right margin of ``section`` for a footer line "<agency>\tHalaman N",
    the paragraph style's stops cleared: the Footer style's right stop (16,51 cm) lies past a portrait
    A4 page's margin (16 cm of text), and LibreOffice put "Halaman N" on a line of its own."""
    stops = paragraph.paragraph_format.tab_stops
    style = paragraph.style
    while style is not None:
        for stop in style.paragraph_format.tab_stops:
            stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        style = style.base_style
    stops.add_tab_stop(_text_width(section), WD_TAB_ALIGNMENT.RIGHT)


def _footer_follows_margin(section, previous) -> None:
    """A section of another text width than ``previous`` gets its own copy of a footer whose page
    number stands at the right margin (:func:`page_number_at_margin`), its stop at the new margin (a
    shared footer kept the number at the portrait margin, mid-page on a landscape page). Any other
    footer (an agency's own) stays shared as Word links it."""
    width, before = _text_width(section), _text_width(previous)
    old = previous.footer._element
    at_margin = [
        stop
        for stop in old.iter(qn("w:tab"))
        if stop.get(qn("w:val")) == "right" and abs(int(stop.get(qn("w:pos"))) - before.twips) <= 1
    ]
    if width == before or not at_margin or old.xpath(".//@r:id | .//@r:embed"):
        return

    section.footer.is_linked_to_previous = False
    new = section.footer._element
    for child in list(new):
        new.remove(child)
    for child in old:
        new.append(copy.deepcopy(child))
    for stop in new.iter(qn("w:tab")):
        if stop.get(qn("w:val")) == "right" and abs(int(stop.get(qn("w:pos"))) - before.twips) <= 1:
            stop.set(qn("w:pos"), str(width.twips))


def new_section(doc, landscape: bool):
    """A new page in a new section, A4 portrait or landscape; headers and footers stay those of the
    section before (linked; a footer whose page number stands at the right margin follows the
    margin), and page numbering continues."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = False  # (copied from the cover's section)
    page_setup(section, landscape)
    _footer_follows_margin(section, doc.sections[-2])
    numbering = section._sectPr.find(qn("w:pgNumType"))
    if numbering is not None:  # copied from the section before: continue, do not restart or re-format
        section._sectPr.remove(numbering)
    return section


def page_numbers(section, fmt: str | None = None, start: int | None = None) -> None:
    """Page numbers of a section: ``fmt`` "lowerRoman" for the front matter; ``start`` to restart."""
    sectpr = section._sectPr
    numbering = sectpr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        sectpr.append(numbering)
    if fmt:
        numbering.set(qn("w:fmt"), fmt)
    if start is not None:
        numbering.set(qn("w:start"), str(start))


__all__ = [
    "CAPTION_FIGURE",
    "CAPTION_TABLE",
    "PLACEHOLDER",
    "SIGNATURE",
    "TABLE_TEXT",
    "add_field",
    "bookmark",
    "borders",
    "ensure_styles",
    "fill_toc",
    "unwrap_fields",
    "new_section",
    "no_split",
    "page_numbers",
    "page_setup",
    "repeat_header",
    "shade",
    "text_width_cm",
    "update_fields_on_open",
]
