"""After the APBD-P: the tables say which target or pagu they show.

The seed's matrix (seed ~1119-1127) keeps "TARGET 2025" and "TARGET P - RENJA 2025" apart: a reader
holding the signed Perjanjian Kinerja must see why Tabel 3.1 / 3.2 show another target, and why
"Pagu (Rp)" of Tabel 3.3 / 3.4 differs from the PK's Anggaran. An indicator whose Target Perubahan is
used, or a program whose Pagu Perubahan is, is marked "*)" and a note under the table names it with
both figures and says the capaian / penyerapan is computed from the revised one. Without a revision
the tables are as before.

The workbook is the example's (the seed's raw data) with, for Sasaran 2's indicator, the seed's
"P RENJA 2025" figure 40,38 (seed ~1127) as Target Perubahan beside its PK target 40,71 % (seed
Tabel 2.3, ~381), and for PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI (PK Anggaran 41.000.000, seed
~386) a Pagu Perubahan of 40.000.000 (made up: the seed has no revised pagu).
"""

from __future__ import annotations

import shutil
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.build import build_file
from lkj_xl.core import contract as c
from tests.common import EXAMPLE
from tests.helpers_workbooks import revised_example

INDIKATOR = "Persentase koperasi yang taat akan peraturan perundang - undangan"
PROGRAM = "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI"
TARGET_NOTE = f"{INDIKATOR}: target Perjanjian Kinerja 40,71%, Target Perubahan 40,38%"
PAGU_NOTE = f"{PROGRAM}: pagu Perjanjian Kinerja Rp 41.000.000, Pagu Perubahan Rp 40.000.000"
MARK = "*)"


def _texts(ws) -> list[str]:
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> openpyxl.Workbook:
    tmp = tmp_path_factory.mktemp("perubahan")
    out = tmp / "out.xlsx"
    build_file(revised_example(tmp), out)
    return openpyxl.load_workbook(out)


@pytest.mark.parametrize("sheet", [c.SHEET_CAPAIAN_TS, c.SHEET_CAPAIAN_PROGRAM])
def test_capaian_tables_mark_the_target_perubahan_and_name_the_pk_target(built, sheet):
    ws = built[sheet]
    marked = [cell for row in ws.iter_rows() for cell in row if cell.value == f"{INDIKATOR} {MARK}"]
    assert len(marked) == 1
    row = [cell.value for cell in ws[marked[0].row]]
    # The Target column shows the revised target the capaian is computed from: 29 (TW I 25 + TW II 4,
    # kumulatif) / 40,38 x 100.
    assert 40.38 in row
    assert pytest.approx(float(Fraction(29 * 100 * 100, 4038))) in row
    texts = _texts(ws)
    assert any(TARGET_NOTE in t and "capaian dihitung dari Target Perubahan" in t for t in texts)
    # Only that indicator is marked.
    assert sum(MARK in t for t in texts) == 2  # the indicator and the note


@pytest.mark.parametrize("sheet", [c.SHEET_REALISASI_ANGGARAN, c.SHEET_EFISIENSI])
def test_budget_tables_name_the_pagu_perubahan_and_the_pk_pagu(built, sheet):
    texts = _texts(built[sheet])
    assert any(PAGU_NOTE in t and "penyerapan dihitung dari Pagu Perubahan" in t for t in texts)


def test_realisasi_anggaran_marks_the_program(built):
    ws = built[c.SHEET_REALISASI_ANGGARAN]
    marked = [cell for row in ws.iter_rows() for cell in row if cell.value == f"{PROGRAM} {MARK}"]
    assert len(marked) == 1
    assert 40000000 in [cell.value for cell in ws[marked[0].row]]


def test_efisiensi_marks_the_nodes_whose_pagu_holds_the_pagu_perubahan(built):
    # Tabel 3.3's rows are Tujuan/Sasaran: P2.01 is a Program under S2 (Kinerja), S2 under T2, so
    # both their pagu sums hold its Pagu Perubahan. The note named the program while no row carried
    # the mark it explains.
    ws = built[c.SHEET_EFISIENSI]
    texts = _texts(ws)
    assert "Meningkatnya kualitas Koperasi *)" in texts  # S2
    assert "Meningkatnya investasi inklusif *)" in texts  # T2
    # Nothing else is marked: the two rows and the note.
    assert sum(MARK in t for t in texts) == 3
    note = next(t for t in texts if t.startswith(MARK))
    assert "bertanda *) memuat Pagu Perubahan" in note and PAGU_NOTE in note


def test_example_without_revision_says_nothing_of_it(tmp_path):
    out = tmp_path / "out.xlsx"
    build_file(EXAMPLE, out)
    wb = openpyxl.load_workbook(out)
    for sheet in (c.SHEET_CAPAIAN_TS, c.SHEET_CAPAIAN_PROGRAM, c.SHEET_EFISIENSI, c.SHEET_REALISASI_ANGGARAN):
        texts = _texts(wb[sheet])
        assert not [t for t in texts if MARK in t or "Perubahan" in t], sheet


@pytest.mark.slow
def test_word_report_says_the_same(tmp_path):
    docx = pytest.importorskip("docx")
    from lkj_xl.laporan import write_laporan

    out = tmp_path / "laporan.docx"
    write_laporan(revised_example(tmp_path), out)
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any(TARGET_NOTE in p for p in paragraphs)
    assert any(PAGU_NOTE in p for p in paragraphs)
    assert f"{INDIKATOR} {MARK}" in cells
    assert f"{PROGRAM} {MARK}" in cells
    # Tabel 2.3 Perjanjian Kinerja (and Lampiran L.1) shows the PK's figures, the revised ones beside.
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert ["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2025", "Target Perubahan 2025"] in rows
    assert ["2.", "Meningkatnya kualitas Koperasi", INDIKATOR, "40,71%", "40,38%"] in rows  # seed ~380
    assert ["No", "Program", "Anggaran (Rp)", "Anggaran Perubahan (Rp)"] in rows
    assert ["2.", PROGRAM, "41.000.000", "40.000.000"] in rows
    # Jumlah: the PK's 27.805.047.633 (seed Tabel 2.3, ~403); revised 1.000.000 less.
    assert ["", "Jumlah", "27.805.047.633", "27.804.047.633"] in rows
    # Bab III's sentence on the indicator names both targets, as the table's note does.
    said = "sebesar 40,38% (Target Perubahan; target Perjanjian Kinerja 40,71%)"
    assert any(INDIKATOR in p and said in p for p in paragraphs)


def test_program_typed_per_kegiatan_names_the_sum_of_its_pk_pagu():
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from lkj_xl.core.tables import realisasi_anggaran
    from tests.test_engine import anggaran_row, kinerja_row, workbook

    # Program P1 has no Anggaran row of its own: its pagu is its two kegiatan's, K1 cut by the APBD-P
    # from 300 jt to 250 jt, K2 unchanged at 200 jt: Pagu Perubahan 250 + 200 = 450 jt, the PK's
    # 300 + 200 = 500 jt.
    kinerja = [
        kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, (10, 20, None, None), satuan="unit"),
        kinerja_row("P1", "Program", "S1", "Program A", "Jumlah P", 100, (10, 20, None, None), satuan="unit"),
        kinerja_row("K1", "Kegiatan", "P1", "Kegiatan A", "Jumlah K1", 10, (1, 2, None, None), satuan="unit"),
        kinerja_row("K2", "Kegiatan", "P1", "Kegiatan B", "Jumlah K2", 10, (1, 2, None, None), satuan="unit"),
    ]
    anggaran = [
        anggaran_row("K1", "Kegiatan A", "", "300 jt", ("10 jt", "20 jt", None, None), "250 jt"),
        anggaran_row("K2", "Kegiatan B", "", "200 jt", ("10 jt", "20 jt", None, None)),
    ]
    report = compute(parse_workbook(workbook(kinerja, anggaran)))
    lay = realisasi_anggaran.layout(report)
    texts = [str(v) for row in lay.rows for v in row if v is not None]
    said = "Program A: pagu Perjanjian Kinerja Rp 500.000.000, Pagu Perubahan Rp 450.000.000"
    assert any(said in t for t in texts), texts
    assert f"Program A {MARK}" in texts


def test_a_revision_equal_to_the_pk_figure_is_not_marked():
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from lkj_xl.core.tables import capaian_program, realisasi_anggaran
    from tests.test_engine import anggaran_row, kinerja_row, workbook

    # Staff who copy the Target into Target Perubahan ("100" and "100,00": the same figure), and the
    # Pagu into Pagu Perubahan: nothing differs from the PK, nothing to explain.
    kinerja = [
        kinerja_row(
            "S1",
            "Sasaran",
            "",
            "Sasaran A",
            "Jumlah A",
            100,
            (10, 20, None, None),
            satuan="unit",
            target_perubahan="100,00",
        ),  # fmt: skip
        kinerja_row("P1", "Program", "S1", "Program A", "Jumlah P", 100, (10, 20, None, None), satuan="unit"),
    ]
    anggaran = [anggaran_row("P1", "Program A", "", "300 jt", ("10 jt", "20 jt", None, None), 300000000)]
    report = compute(parse_workbook(workbook(kinerja, anggaran)))
    for table in (capaian_program, realisasi_anggaran):
        texts = [str(v) for row in table.layout(report).rows for v in row if v is not None]
        assert not [t for t in texts if MARK in t], table.SHEET_NAME


@pytest.mark.slow
def test_pdf_prints_the_notes_whole(tmp_path):
    import subprocess

    from click.testing import CliRunner

    from lkj_xl.cli import main

    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed")
    pdf = tmp_path / "tabel.pdf"
    sheets = [c.SHEET_CAPAIAN_TS, c.SHEET_REALISASI_ANGGARAN]
    args = [
        "pdf",
        str(revised_example(tmp_path)),
        "-o",
        str(pdf),
        *(a for s in sheets for a in ("--sheet", s)),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    printed = " ".join(text.split())  # the note wraps over lines: every word printed, in order
    assert TARGET_NOTE in printed and PAGU_NOTE in printed
    assert f"{INDIKATOR} {MARK}" in printed
