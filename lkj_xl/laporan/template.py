"""The Word template of the LKjIP document: styles, A4 page, footer, and the cover.

The default template is written by :func:`make_template` (``python -m lkj_xl.laporan.template
templates/lkj-xl-laporan.docx`` writes the copy kept in ``templates/`` for agencies to edit in Word).
An agency's own template (``--template``) gives its styles, fonts, header (kop surat, logo) and
footer, and its cover: the body of the template is kept as the first page(s) of the document, with
these fields replaced wherever they appear (body, tables, headers, footers):

``{{judul}}`` ``{{periode}}`` ``{{perangkat_daerah}}`` ``{{pemerintah_daerah}}`` ``{{alamat}}``
``{{tahun}}`` ``{{triwulan}}``

A template with an empty body gets the default cover; an empty footer gets the agency and the page
number. Styles the document needs and the template lacks are added (lkj_xl.laporan.word.ensure_styles).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

from lkj_xl.core.contract import roman, triwulan_tahun
from lkj_xl.core.layout import agency
from lkj_xl.core.model import Report
from lkj_xl.core.narasi import Narasi
from lkj_xl.laporan import word

FONT = "Arial"
JUDUL = "LAPORAN KINERJA"


def fields(report: Report, narasi: Narasi) -> dict[str, str]:
    s = report.settings
    triwulan = "?" if s.triwulan_galat else roman(s.triwulan)  # unreadable: no quarter named
    year = s.tahun or ("?" if s.tahun_galat else None)  # unreadable: "TAHUN ?", never the year left out
    periode = f"TRIWULAN {triwulan}" + (f" TAHUN {year}" if year else "")
    if s.laporan_tahunan and year:  # Pengaturan Triwulan "Laporan Tahunan": the year's report
        periode = f"TAHUN {year}"
    elif s.semester_laporan:  # Pengaturan Triwulan "Semester I": the half year's report
        periode = triwulan_tahun(
            s.triwulan, s.tahun, semester=s.semester_laporan, tahun_galat=s.tahun_galat
        ).upper()
    pair = {}  # the default footer's "{{perangkat_daerah}} {{pemerintah_daerah}}": the Pemda named once
    if s.perangkat_daerah.strip() and s.pemerintah_daerah.strip():
        pair = {"{{perangkat_daerah}} {{pemerintah_daerah}}": agency(s.perangkat_daerah, s.pemerintah_daerah)}
    return pair | {
        "{{judul}}": JUDUL,
        "{{periode}}": periode,
        "{{perangkat_daerah}}": s.perangkat_daerah.strip() or "[isi: Perangkat Daerah di sheet Pengaturan]",
        "{{pemerintah_daerah}}": s.pemerintah_daerah.strip()
        or "[isi: Pemerintah Daerah di sheet Pengaturan]",
        "{{alamat}}": narasi.get("Alamat").replace("\n", ", ")
        or ("" if narasi.kosong("Alamat") else '[isi: alamat (sheet Narasi, Bagian "Alamat")]'),
        "{{tahun}}": str(year or ""),
        "{{triwulan}}": triwulan,
    }


def _cover(doc) -> None:
    """The default cover: title, period, agency, address, each centred."""
    lines = [
        ("{{judul}}", 26, True),
        ("{{periode}}", 16, True),
        ("", 12, False),
        ("", 12, False),
        ("{{perangkat_daerah}}", 16, True),
        ("{{pemerintah_daerah}}", 14, True),
        ("", 12, False),
        ("{{alamat}}", 11, False),
    ]
    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold in lines:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold or None


def _footer(section) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.text = "{{perangkat_daerah}} {{pemerintah_daerah}}\tHalaman\u00a0"  # never "Halaman" | "21"
    word.add_field(paragraph, "PAGE", "1")
    word.page_number_at_margin(paragraph, section)
    for run in paragraph.runs:
        run.font.size = Pt(9)


def make_template():
    """The default template as a python-docx Document: A4 portrait, Arial, the styles, cover, footer."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    word.ensure_styles(doc)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", word.CAPTION_TABLE, word.CAPTION_FIGURE):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.color.rgb = None
    word.page_setup(doc.sections[0])
    _cover(doc)
    _footer(doc.sections[0])
    # The cover counts as page i but prints no footer (the seed's Kata Pengantar is page ii).
    doc.sections[0].different_first_page_header_footer = True
    doc.sections[0].first_page_footer.is_linked_to_previous = False
    return doc


def _replace(paragraph, values: dict[str, str]) -> None:
    """Replace fields in a paragraph; a field Word split over several runs is joined in the first."""
    text = paragraph.text
    if "{{" not in text:
        return
    for run in paragraph.runs:
        if "{{" in run.text and any(k in run.text for k in values):
            for key, value in values.items():
                run.text = run.text.replace(key, value)
    if "{{" in paragraph.text and any(k in paragraph.text for k in values) and paragraph.runs:
        joined = paragraph.text
        for key, value in values.items():
            joined = joined.replace(key, value)
        runs = paragraph.runs
        runs[0].text = joined
        for run in runs[1:]:
            run.text = ""


def _paragraphs(container):
    yield from container.paragraphs
    for table in getattr(container, "tables", []):
        for row in table.rows:
            for cell in row.cells:
                yield from _paragraphs(cell)


def apply_template(doc, report: Report, narasi: Narasi):
    """The template (or the default one) with its fields filled, ready for the chapters after its cover."""
    if doc is None:
        doc = make_template()
    word.ensure_styles(doc)
    if not any(p.text.strip() for p in doc.paragraphs) and not doc.tables:
        _cover(doc)
    values = fields(report, narasi)
    containers = [doc]
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                containers.append(part)
    for container in containers:
        for paragraph in _paragraphs(container):
            _replace(paragraph, values)
    footer = doc.sections[0].footer
    if not any(p.text.strip() for p in footer.paragraphs):
        _footer(doc.sections[0])
        for paragraph in doc.sections[0].footer.paragraphs:
            _replace(paragraph, values)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return doc


def main(argv: list[str] | None = None) -> None:
    """Write the default template: python -m lkj_xl.laporan.template templates/lkj-xl-laporan.docx"""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "templates/lkj-xl-laporan.docx")
    doc = make_template()
    doc.core_properties.title = "Templat Laporan Kinerja (lkj-xl)"
    doc.core_properties.author = "lkj-xl"
    doc.save(str(out))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
