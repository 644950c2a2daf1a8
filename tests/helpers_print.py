"""Reading back what lkj-xl prints: words and zoom of PDF pages, text of Word reports, and whether
LibreOffice is here."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import pages
from lkj_xl.core.layout import SheetLayout


# --- Printed PDF pages: their words, zoom and text ------------------------------------------------
def pdf_words(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, xMin, yMin, height, word) of every word of a PDF (pdftotext -bbox)."""
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True)
    found = []
    for page, body in enumerate(out.stdout.split("<page ")[1:], start=1):
        for x0, y0, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', body
        ):
            found.append((page, float(x0), float(y0), float(y1) - float(y0), html.unescape(word)))
    return found


def print_zoom(printed: list, at_100: list) -> float:
    """The zoom a sheet printed at: its words' heights against the same words printed at 100 %."""
    from statistics import median

    full: dict[str, list[float]] = {}
    for *_, height, word in at_100:
        full.setdefault(word, []).append(height)
    ratios = [height / median(full[word]) for *_, height, word in printed if word in full]
    assert len(ratios) > 20, ratios
    return median(ratios)


def page_zooms(printed: list, at_100: list) -> dict[int, int]:
    """The zoom (whole percent) of each printed page with more than 20 words also printed at 100 %."""
    known = {word for *_, word in at_100}
    pages: dict[int, list] = {}
    for word in printed:
        if word[-1] in known:
            pages.setdefault(word[0], []).append(word)
    return {page: round(100 * print_zoom(words, at_100)) for page, words in pages.items() if len(words) > 20}


def have_soffice() -> bool:
    """Whether LibreOffice (soffice or libreoffice) is on PATH."""
    return shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


def page_texts(pdf: Path) -> list[str]:
    """The text of each page of ``pdf`` (pdfinfo, then pdftotext per page)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return [
        " ".join(
            subprocess.run(
                ["pdftotext", "-f", str(p), "-l", str(p), str(pdf), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
        )
        for p in range(1, n + 1)
    ]


def last_row_words(lay: SheetLayout) -> str:
    """Two words of the table's last row (pdftotext keeps a cell's words in order)."""
    row = lay.rows[pages.last_table_row(lay)]
    texts = [v for v in row if isinstance(v, str) and len(v.strip()) > 1]
    return " ".join(min(texts, key=len).split()[:2])


def assert_blocks_whole(texts: list[str], signed: list[SheetLayout], head: dict[str, str]) -> None:
    """Every signed sheet, in order, has one page with the whole block and its table's last row."""
    nip = f"NIP. {head['nip_kepala']}"
    block_pages = [i for i, t in enumerate(texts) if nip in t]
    assert len(block_pages) == len(signed), block_pages
    for lay, i in zip(signed, block_pages):
        page = texts[i]
        for line in (f"{head['tempat']}, {head['tanggal']}", head["nama_kepala"]):
            assert line in page, (lay.name, i + 1, line)
        assert " ".join(head["jabatan_kepala"].split()[:3]) in page, (lay.name, i + 1)
        assert last_row_words(lay) in page, (lay.name, i + 1, last_row_words(lay))


# --- Word reports and the built workbook, from the CLI --------------------------------------------
def writer_available() -> bool:
    """Whether both LibreOffice and pdftotext are on PATH."""
    return shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


def laporan_docx(workbook: Path) -> object:
    """The Word report `lkj-xl laporan` writes for ``workbook``, opened with python-docx."""
    import docx

    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def built_workbook(workbook: Path) -> openpyxl.Workbook:
    """The workbook `lkj-xl build` writes for ``workbook``, opened with openpyxl."""
    out = workbook.with_name(workbook.stem + "-built.xlsx")
    result = CliRunner().invoke(main, ["build", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def docx_text(data: bytes) -> str:
    """The paragraphs, then the table cells, of the Word file ``data``, one line each."""
    import docx

    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def docx_paragraphs(path) -> list[str]:
    """The paragraphs' text of the Word file at ``path``."""
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]
