"""The Analisis Capaian narrative (lkj_xl.core.analisis_teks) written into the LKjIP document: the
same blocks the ``Analisis Capaian`` sheet shows, as Word paragraphs (one computation)."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from lkj_xl.core.analisis_bagian import BUTIR, JUDUL, PARAGRAF, SUBJUDUL, Bagian
from lkj_xl.laporan.word import PLACEHOLDER

INDENT_CM = 0.75  # one level of a numbered point


def write_bagian(doc, bagian: Bagian) -> None:
    """The blocks of ``bagian`` (its title is the document's own heading, written by the caller):
    node headings bold, paragraphs justified, points with a hanging indent per depth."""
    for blok in bagian.blok:
        if blok.jenis == JUDUL:
            continue
        if blok.jenis == SUBJUDUL:
            paragraph = doc.add_paragraph()
            paragraph.add_run(blok.teks).bold = True
        elif blok.teks.startswith("[isi:"):  # a text to correct before signing: red on yellow
            paragraph = doc.add_paragraph()
            paragraph.add_run(blok.teks, style=PLACEHOLDER)
            paragraph.paragraph_format.left_indent = Cm(INDENT_CM * (blok.tingkat + 1 if blok.tingkat else 0))
        elif blok.jenis == PARAGRAF:
            paragraph = doc.add_paragraph(blok.teks)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif blok.jenis == BUTIR:
            depth = blok.tingkat + (1 if blok.nomor else 0)
            paragraph = doc.add_paragraph(f"{blok.nomor}\t{blok.teks}" if blok.nomor else blok.teks)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt = paragraph.paragraph_format
            fmt.left_indent = Cm(INDENT_CM * max(depth, 1))
            if blok.nomor:
                fmt.first_line_indent = Cm(-INDENT_CM)
                fmt.tab_stops.add_tab_stop(Cm(INDENT_CM * depth))
        else:
            continue
        if blok.with_next:
            paragraph.paragraph_format.keep_with_next = True  # never alone at the bottom of a page
