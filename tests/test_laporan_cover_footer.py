"""The LKjIP document's cover carries no footer: no "Halaman i" under the title.

The seed report (../shared/seeds/000_237f033edcd5cb60.txt, Daftar Isi: "KATA PENGANTAR ii") counts
the cover as page i and prints no number on it; the drafted document printed the agency and
"Halaman i" at the foot of its cover (seen in the PDF of `lkj-xl laporan --pdf`). The pages after
keep their footer, and every later section (the chapters, a landscape table) numbers its first page.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import EXAMPLE, ROOT


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sampul") / "lkjip.docx"
    result = CliRunner().invoke(main, ["laporan", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_cover_page_has_an_empty_footer_and_the_pages_after_keep_theirs(drafted):
    doc = docx.Document(str(drafted))
    first = doc.sections[0]
    assert first.different_first_page_header_footer  # the cover: its own (empty) footer
    cover_footer = first.first_page_footer
    assert not cover_footer.is_linked_to_previous
    assert not "".join(p.text for p in cover_footer.paragraphs).strip()
    assert "PAGE" not in cover_footer._element.xml
    # Kata Pengantar on: the agency and the page number, as before.
    assert "Halaman" in " ".join(p.text for p in first.footer.paragraphs)
    assert "PAGE" in first.footer._element.xml
    for section in doc.sections[1:]:  # the chapters and landscape tables number their first page
        assert not section.different_first_page_header_footer


def test_the_committed_template_keeps_the_cover_without_footer():
    kept = docx.Document(str(ROOT / "templates" / "lkj-xl-laporan.docx"))
    assert kept.sections[0].different_first_page_header_footer
    assert "PAGE" not in kept.sections[0].first_page_footer._element.xml


@pytest.mark.slow
def test_printed_the_cover_has_no_page_number_and_kata_pengantar_is_ii(tmp_path):
    import subprocess

    out = tmp_path / "lkjip.docx"
    result = CliRunner().invoke(main, ["laporan", str(EXAMPLE), "-o", str(out), "--pdf"])
    if result.exit_code != 0 and "LibreOffice" in result.output:
        pytest.skip(result.output)
    assert result.exit_code == 0, result.output
    pdf = out.with_suffix(".pdf")

    def page(n: int) -> str:
        return subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert "LAPORAN KINERJA" in page(1) and "Halaman" not in page(1)
    assert "KATA PENGANTAR" in page(2) and "Halaman\u00a0ii" in page(2).replace(
        "Halaman ii", "Halaman\u00a0ii"
    )
