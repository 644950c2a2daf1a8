"""Reader 13: the year-end reports (Triwulan IV and the Laporan Tahunan) as the head of agency and
Bappeda read them: the sheets, the PDF, the Word report and the e-mail.

1. Grafik: the note for staff on which writers draw the charts ("lkj-xl build", "add-in", ".xlsm",
   "xlwings Lite") was printed on the signed Grafik page of the PDF, just above the signature.
2. Word, Tabel 2.4: a Tujuan, Sasaran or program row ended a page with its programs or kegiatan on the
   next (the example's "Sasaran 3: Meningkatnya Kualitas Usaha Mikro" alone at the foot of a page), where
   Tabel 3.2 keeps a node with its first child.
"""

from __future__ import annotations

import re

import docx
import openpyxl
import pytest

from lkj_xl.core.tables import grafik
from tests.common import example_typed
from tests.test_grafik import hand_report
from tests.test_laporan import table_for
from tests.test_reader_print import invoke, needs_soffice, pdf_lines

# Words of the tool's own that mean nothing to a reader of the signed report.
TOOL_WORDS = ("lkj-xl", "add-in", "xlwings", ".xlsm", "Hitung Ulang")


def _row_text(row) -> str:
    return " ".join(str(v) for v in row if v is not None)


# --- 1. The writers' note stays on the screen, off the signed page ---------------------------------------


def test_the_writers_note_is_after_the_signature_and_not_printed():
    rep = hand_report()
    s = rep.settings  # a signed report (Pengaturan B9-B13 of the example)
    s.nama_kepala, s.nip_kepala, s.jabatan_kepala = "MUHAMMAD RIDHA", "19731118 199303 1 002", "Kepala Dinas"
    s.tempat, s.tanggal = "Lumajang", "5 Januari 2026"
    lay = grafik.layout(rep)
    (note,) = [r for r, row in enumerate(lay.rows) if "xlwings" in _row_text(row)]
    assert lay.signature_rows is not None
    first_signed, last_signed = lay.signature_rows
    # the signature closes the printed page; the note for staff comes after it, outside the print area
    assert note > last_signed
    assert lay.print_setup.last_printed_row == last_signed
    printed = [_row_text(row) for row in lay.rows[: last_signed + 1]]
    assert not [t for t in printed if any(word in t for word in TOOL_WORDS)]


def _print_area_last_row(ws) -> int | None:
    """The last row (1-based) of the sheet's print area, as Excel and LibreOffice read it; None: none."""
    area = ws.print_area
    if not area:
        return None
    (last,) = re.findall(r"\$?[A-Z]+\$?(\d+)$", area)
    return int(last)


@pytest.mark.parametrize("triwulan", [4, "Laporan Tahunan"])
def test_the_built_grafik_prints_up_to_the_signature(tmp_path, triwulan):
    workbook = example_typed(tmp_path, "tahunan", triwulan, {})  # type: ignore[arg-type]
    invoke("build", workbook)
    ws = openpyxl.load_workbook(workbook)["Grafik"]
    note = [c.row for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "xlwings" in c.value]
    nip = [
        c.row for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("NIP")
    ]
    # the NIP line (19731118 199303 1 002, Pengaturan B11) ends the signature block and the printed page
    assert nip and note
    assert _print_area_last_row(ws) == nip[0] < note[0]


@needs_soffice
@pytest.mark.slow
def test_the_printed_grafik_ends_with_the_signature_and_no_tool_words(tmp_path):
    workbook = example_typed(tmp_path, "tahunan", "Laporan Tahunan", {})  # type: ignore[arg-type]
    pdf = tmp_path / "hasil.pdf"
    invoke("pdf", workbook, "--sheet", "Grafik", "-o", pdf)
    lines = [line for line in pdf_lines(pdf) if line]
    assert not [line for line in lines if any(word in line for word in TOOL_WORDS)]
    # the signature is still printed, its NIP (Pengaturan B11) the last line before the footer
    assert "NIP. 19731118 199303 1 002" in lines


# --- 2. Word, Tabel 2.4: a node stays on the page of its first child --------------------------------------


def test_tabel_2_4_keeps_each_tujuan_sasaran_and_program_with_its_first_child(tmp_path):
    workbook = example_typed(tmp_path, "tahunan", "Laporan Tahunan", {})  # type: ignore[arg-type]
    out = tmp_path / "lkjip.docx"
    invoke("laporan", workbook, "-o", out)
    table = table_for(docx.Document(str(out)), "Tabel 2.4")
    kept, expected = [], []
    for row in table.rows[1:]:  # (the header repeats on every page)
        label = row.cells[0].text
        kept.append(all(cell.paragraphs[0].paragraph_format.keep_with_next for cell in row.cells))
        # From the example's Kinerja sheet (rows 4-44): every Tujuan is followed by its Sasaran, every
        # Sasaran by its programs, every program with an indicator by its kegiatan (P4.04 over two rows,
        # the second with no label); the Anggaran's PROGRAM PENUNJANG (no indicator, counted toward S2)
        # is followed by P2.01, no child of it, and a kegiatan by a sibling or a node above it.
        expected.append(
            label.startswith(("Tujuan", "Sasaran"))
            or (label.startswith("Program") and "PENUNJANG" not in label)
            or label == ""
        )
    assert sum(expected) == 2 + 4 + 16  # Tujuan, Sasaran, program rows (P4.04's two among them)
    assert kept == expected
