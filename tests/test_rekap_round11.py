"""lkj-xl rekap as the Bappeda analyst meets it (round 11 of issue 13).

- Printed Pemeriksaan: the list "Isian yang tidak dihitung dan catatan total" (an agency and a
  message a row) stood below the file table, whose header (Berkas | Pemerintah Daerah | ...) repeats
  on every page: the pages that continued the list printed the file table's header above rows that
  are no file. Excel and LibreOffice both repeat a sheet's title rows on the pages from the one that
  holds them on, never before it, and a sheet repeats one block of rows only: the list now stands
  above the file table, after the rekap's warnings (messages first, then the files they are about),
  and its pages carry no foreign header.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import lkj_xl
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.rekap import CATATAN_HEADING, render_rekap
from tests.test_rekap_round7 import folder

FILE_LABELS = tuple(spec.label for spec in core.FILE_COLUMNS[:-1])  # the messages are listed apart
MESSAGES = 90  # more than an A4 landscape page of rows holds: the list continues on a second page
FILES = 60  # the file table too continues on a later page, under its repeated header


def long_rekap(tmp_path: Path) -> Path:
    """tests/test_rekap_round7.py's rekap (Dinas B: Anggaran rows 4 and 6 not counted), with Dinas B's
    messages made 90 and 60 more files listed (an agency sent twice, not counted: no message)."""
    result = lkj_xl.rekap(folder(tmp_path / "tw3"), jobs=1)
    files = result.pemeriksaan.copy()
    b = files.index[files["perangkat_daerah"] == "Dinas B"][0]
    files.loc[b, "catatan_angka"] = "\n".join(
        f"Anggaran!A{n}: baris nomor {n} tidak dihitung" for n in range(10, 10 + MESSAGES)
    )
    extra = pd.concat([files[files["perangkat_daerah"] == "Dinas A"]] * FILES, ignore_index=True)
    extra["berkas"] = [f"salinan/dinas-a-{i:02}.xlsx" for i in range(FILES)]
    extra["status"], extra["catatan_angka"] = core.GANDA, None
    long = dataclasses.replace(result, pemeriksaan=pd.concat([files, extra], ignore_index=True))
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(long))
    return out


def test_the_rows_not_counted_stand_above_the_file_table_whose_header_repeats(tmp_path):
    ws = openpyxl.load_workbook(long_rekap(tmp_path))[core.SHEET_PEMERIKSAAN]
    rows = [r[: len(FILE_LABELS)] for r in ws.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r == FILE_LABELS) + 1  # 1-based, as Excel's rows
    heading = next(i for i, r in enumerate(rows) if r[0] == CATATAN_HEADING) + 1
    # The file table's header is the one block repeated, and it is below every message: no page of
    # the list (before the header's page) gets it.
    assert ws.print_title_rows == f"${header}:${header}"
    listed = [r for r in rows[heading + 1 : header - 1] if r[1] and str(r[1]).startswith("Anggaran!A")]
    assert len(listed) == MESSAGES and {r[0] for r in listed} == {"Dinas B"}
    assert not any(r[1] and str(r[1]).startswith("Anggaran!A") for r in rows[header:])
    # Every file is still listed under the header: the 3 read and the 60 copies.
    assert sum(1 for r in rows[header:] if r[0] and r[3] in (core.DIBACA, core.GANDA)) == 2 + FILES
    # The rekap's warnings come first, as before.
    assert rows[2][0] == "Peringatan rekap" and heading > 3


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice/poppler")
def test_printed_pages_of_the_list_carry_no_file_table_header(tmp_path):
    from lkj_xl.delivery.send import make_rekap_pdf

    pdf = tmp_path / "pemeriksaan.pdf"
    make_rekap_pdf(long_rekap(tmp_path), pdf, sheets=[core.SHEET_PEMERIKSAAN])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = [[line for line in page.splitlines() if line.strip()] for page in text.stdout.split("\f")]
    pages = [page for page in pages if page]

    def at(page: list[str], word: str) -> list[int]:
        return [i for i, line in enumerate(page) if word in line]

    with_messages = [p for p in pages if at(p, "Anggaran!A")]
    assert len(with_messages) >= 2  # the list continues on a later page
    for page in with_messages:
        # "Rincian Teknis" is the file table's header; on a page of messages only where the table
        # itself starts, below the last message.
        assert all(i > max(at(page, "Anggaran!A")) for i in at(page, "Rincian")), page[:3]
    # The file table's continued pages do carry its header, above their files.
    continued = [p for p in pages if at(p, "salinan/dinas-a") and not at(p, "Berkas yang direkap")]
    assert continued and all(
        at(p, "Rincian") and at(p, "Rincian")[0] < at(p, "salinan/")[0] for p in continued
    )
