"""Reader round 8: the LKjIP document printed (lkj-xl laporan --pdf) as the Inspektorat reads it.

"Rp" stood alone at the end of a line, its amount at the start of the next ("... sebesar Rp" /
"27.805.047.633 terealisasi ..."): 21 such lines in the example's PDF, 25 in its Laporan Tahunan
(Bab IV's budget sentence, 3.2.2's efisiensi sentences, 3.2.3's programs); and "(capaian ≥" ended a
line before "100%)". The printed document keeps "Rp" with its amount and "≥" with its number (a
no-break space, as footer's "Halaman N" and a sheet!cell reference already are); the .docx staff edit
keeps its plain spaces (they search it and paste from it).

Example: workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx (the seed's raw data).
"""

from __future__ import annotations

import re
import shutil
from fractions import Fraction as F
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from lkj_xl.build import read_workbook  # noqa: E402
from lkj_xl.laporan import read_inputs, render  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NBSP = "\u00a0"

# Seed Tabel 3.4 totals: realisasi 6.835.975.140 of pagu 27.805.047.633 -> 24,585...% -> "24,59%".
PENYERAPAN = F(6_835_975_140, 27_805_047_633) * 100
assert round(PENYERAPAN, 2) == F("24.59")


def _body_texts(data: bytes) -> list[str]:
    """Texts of the document's paragraphs outside tables (a table cell wraps within its column)."""
    import io

    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs]


@pytest.fixture(scope="module")
def drafts() -> dict[bool, list[str]]:
    report, narasi = read_inputs(read_workbook(EXAMPLE), None)
    return {pdf: _body_texts(render(report, narasi, for_pdf=pdf)) for pdf in (False, True)}


def test_the_printed_document_keeps_rp_with_its_amount(drafts):
    text = "\n".join(drafts[True])
    assert not re.search(r"Rp \d", text), re.findall(r".{30}Rp \d.{10}", text)[:5]
    assert not re.search(r"[≥≤] \d", text), re.findall(r".{30}[≥≤] \d.{10}", text)[:5]
    # the Ikhtisar's budget line, figures of the seed's Tabel 3.4 (see PENYERAPAN)
    line = f"sebesar Rp{NBSP}6.835.975.140 dari pagu Rp{NBSP}27.805.047.633 (24,59%)"
    assert any(line in p for p in drafts[True])
    assert any(f"capaian ≥{NBSP}100%" in p for p in drafts[True])


def test_the_docx_staff_edit_keeps_its_plain_spaces(drafts):
    assert any("sebesar Rp 6.835.975.140 dari pagu Rp 27.805.047.633 (24,59%)" in p for p in drafts[False])
    assert not any(NBSP + "6.835" in p for p in drafts[False])


def _writer_available() -> bool:
    return shutil.which("soffice") is not None and shutil.which("pdftotext") is not None


@pytest.mark.skipif(not _writer_available(), reason="LibreOffice Writer / poppler-utils not installed")
@pytest.mark.slow
def test_no_printed_line_ends_with_rp_or_a_bare_comparison(tmp_path: Path):
    import subprocess
    import sys

    out = tmp_path / "LKjIP.docx"
    result = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "laporan", str(EXAMPLE), "-o", str(out), "--pdf"],
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True
    ).stdout
    lines = [line.strip() for line in text.splitlines()]
    # Tabel 2.4 / 3.2 print "Rp" alone as the Satuan of a value in rupiah: a cell, not a line's end
    dangling = [line for line in lines if re.search(r"\S.* Rp$|[≥≤]$", line)]
    assert not dangling, dangling[:5]
    assert text.count("24,59%") >= 1  # the Ikhtisar's line is printed
