"""Reader round 9: the LKjIP document printed (lkj-xl laporan --pdf) as the Kepala Dinas who signs it
and the Inspektorat reviewer read it, page by page.

The Daftar Isi of the printed document listed the front matter at arabic page numbers
("KATA PENGANTAR ....... 2") while every footer of those pages says "Halaman ii", and Word (which
updates the TOC field) shows "ii": LibreOffice, reading a Word page reference (PAGEREF), gives the
page's number in arabic whatever the section's page number format.

Example: workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx (the seed's raw data).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.common import EXAMPLE
from tests.test_laporan_reader import _writer_available

FRONT = ("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR TABEL", "DAFTAR GAMBAR")


def _printed_pages(workbook: Path, folder: Path, *more: str) -> list[list[str]]:
    """``lkj-xl laporan WORKBOOK --pdf``, its PDF read back with pdftotext: the lines of each page."""
    out = folder / "LKjIP.docx"
    result = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "laporan", str(workbook), "-o", str(out), "--pdf", *more],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True
    ).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")]


def _footer_number(lines: list[str]) -> str:
    """The page number the footer prints ("... Halaman ii")."""
    found = [m.group(1) for line in lines for m in [re.search(r"Halaman\s+(\S+)$", line)] if m]
    assert len(found) == 1, lines[-3:]
    return found[0]


@pytest.mark.skipif(not _writer_available(), reason="LibreOffice Writer / poppler-utils not installed")
@pytest.mark.slow
def test_daftar_isi_gives_the_front_matter_the_roman_page_numbers_of_its_footers(tmp_path):
    pages = _printed_pages(EXAMPLE, tmp_path)
    isi = next(lines for lines in pages if lines and lines[0] == "DAFTAR ISI")
    listed = {}
    for line in isi:
        entry = re.fullmatch(r"(.+?)\.{3,}\s*(\S+)", line)
        if entry:
            listed.setdefault(entry.group(1).strip(), entry.group(2))
    # The cover is page i; each part of the front matter starts a page of its own: Kata Pengantar is
    # the second page, "ii" (the seed's Daftar Isi, l.35-38: "KATA PENGANTAR ii", "DAFTAR ISI iii").
    assert listed["KATA PENGANTAR"] == "ii"
    # BAB I restarts the numbering at 1, in arabic
    assert listed["BAB I PENDAHULUAN"] == "1"
    for title in FRONT:  # every entry of the front matter says what the footer of its page says
        page = next(lines for lines in pages if lines and lines[0] == title)
        assert listed[title] == _footer_number(page), title
        assert re.fullmatch(r"[ivx]+", listed[title]), (title, listed[title])
