"""The note under Tabel 3.3 (sheet, PDF, Word) on a program whose budget counts toward no Tujuan or
Sasaran names the cell whose finding says why: the cell attribute_budgets recorded on the budget
(BudgetResult.tanpa_sasaran), never the findings of its row whose message holds the word "sasaran".
A program named "... SASARAN STRATEGIS" had its other peringatan named (its realisasi over its
pagu); a galat on another row (a Kegiatan's Kode Sasaran, the program's Kode Induk in Kinerja) was
never named.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt) as staff typed it, Triwulan
II; the cells changed for a case are ours and named in each."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.build import load_report
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import daftar
from lkj_xl.core.kalimat_program import catatan_tidak_dihitung, program_figures
from lkj_xl.core.model import Report
from tests.common import EXAMPLE, example_typed
from tests.fronts_kalimat import paragraphs, sheet_texts
from tests.helpers_workbooks import FAULTS
from tests.test_fronts_parity import pdf_lines

HEAD = (
    "Anggaran program yang tidak dihitung ke tujuan/sasaran mana pun pada tabel ini (termasuk dalam "
    "total Tabel 3.4): "
)


def _cells_named(note: str) -> list[str]:
    return re.findall(r"\b[A-Z][a-z]+![A-Z]+\d+(?::[A-Z]+\d+)?", note.split("; lihat ")[-1])


# --- A program named with the word ------------------------------------------------------------

# P9.99 in no Kinerja row and without Kode Sasaran (row 20): counted toward no Sasaran, said at
# Anggaran!C20. Pagu 1.000.000, TW II 2.000.000 spent: its realisasi over its pagu is a peringatan at
# G20, whose message quotes the program's name.
SASARAN_NAME = {
    ("Anggaran", "A20"): "P9.99",
    ("Anggaran", "B20"): "PROGRAM PENDUKUNG SASARAN STRATEGIS",
    ("Anggaran", "D20"): 1_000_000,
    ("Anggaran", "G20"): 2_000_000,
}
SASARAN_NOTE = (
    f"{HEAD}PROGRAM PENDUKUNG SASARAN STRATEGIS (pagu Rp 1.000.000, realisasi s.d. Triwulan II Tahun "
    "2025 Rp 2.000.000); lihat Anggaran!C20 di sheet Pemeriksaan."
)


def test_a_program_named_with_sasaran_is_noted_with_the_cell_that_says_why(tmp_path):
    report = load_report(example_typed(tmp_path, "sasaran", 2, SASARAN_NAME))
    # the over-pagu peringatan is there, and quotes the name (the word the note used to pick by)
    over = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "G20"]
    assert over and "SASARAN" in over[0].pesan, over
    assert catatan_tidak_dihitung(report) == SASARAN_NOTE


def test_the_sheet_and_the_word_report_print_the_same_note(tmp_path):
    path = example_typed(tmp_path, "sasaran-fronts", 2, SASARAN_NAME)
    hasil, doc = tmp_path / "hasil.xlsx", tmp_path / "laporan.docx"
    for args in (["build", str(path), "-o", str(hasil)], ["laporan", str(path), "-o", str(doc)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    efisiensi = sheet_texts(openpyxl.load_workbook(hasil)[c.SHEET_EFISIENSI])
    assert [t for t in efisiensi if t.startswith(HEAD)] == [SASARAN_NOTE]
    assert [t for t in paragraphs(doc) if t.startswith(HEAD)] == [SASARAN_NOTE]


@pytest.mark.slow
def test_the_sheets_pdf_prints_the_same_note(tmp_path):
    path = example_typed(tmp_path, "sasaran-pdf", 2, SASARAN_NAME)
    pdf = tmp_path / "tabel.pdf"
    result = CliRunner().invoke(main, ["pdf", str(path), "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    printed = " ".join(" ".join(pdf_lines(pdf)).split())
    assert SASARAN_NOTE in printed
    assert printed.count(HEAD) == 1


# --- The cell on another row --------------------------------------------------------------------


def test_a_kegiatan_naming_another_sasaran_is_the_cell_named(tmp_path):
    # P4.01 typed only per Kegiatan, as a DPA lists it: K4.01.01 on its row (11, Kode Sasaran S4) and
    # K4.01.02 on row 20 (S2, pagu 1.000.000, TW II blank: counted nil). Its details name two
    # Sasaran: a galat at Anggaran!C20, and P4.01 (row 11, the sum of its details: pagu 62.200.000 +
    # 1.000.000, realisasi 525.000 + 0) counts toward none. The note named no cell.
    assert 62_200_000 + 1_000_000 == 63_200_000
    cells = {
        ("Anggaran", "A11"): "K4.01.01",
        ("Anggaran", "C11"): "S4",
        ("Anggaran", "A20"): "K4.01.02",
        ("Anggaran", "B20"): "Penerbitan Tanda Daftar Gudang",
        ("Anggaran", "C20"): "S2",
        ("Anggaran", "D20"): 1_000_000,
    }
    report = load_report(example_typed(tmp_path, "rincian", 2, cells))
    assert [(f.severity, f.sheet, f.sel) for f in report.findings if f.sel == "C20"] == [
        ("galat", "Anggaran", "C20")
    ]
    assert catatan_tidak_dihitung(report) == (
        f"{HEAD}PROGRAM PERIZINAN DAN PENDAFTARAN PERUSAHAAN (pagu Rp 63.200.000, realisasi s.d. Triwulan "
        "II Tahun 2025 Rp 525.000); lihat Anggaran!C20 di sheet Pemeriksaan."
    )


def test_a_program_cut_from_its_sasaran_in_kinerja_names_its_kode_induk(tmp_path):
    # P1.01's Kode Induk (Kinerja!C6) typed "S9", a code Kinerja has not: a galat there, and P1.01's
    # budget (Anggaran row 17: pagu 1.116.055.550, TW II 63.709.175) counts toward no Sasaran. The
    # note named no cell; nothing on its Anggaran row says why.
    report = load_report(example_typed(tmp_path, "cut", 2, {("Kinerja", "C6"): "S9"}))
    assert ("galat", "Kinerja", "C6") in [(f.severity, f.sheet, f.sel) for f in report.findings]
    assert catatan_tidak_dihitung(report) == (
        f"{HEAD}PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI (pagu Rp 1.116.055.550, realisasi s.d. "
        "Triwulan II Tahun 2025 Rp 63.709.175); lihat Kinerja!C6 di sheet Pemeriksaan."
    )


def test_a_lookup_failing_down_the_column_names_the_range_pemeriksaan_lists(tmp_path):
    # Kode Sasaran a VLOOKUP giving #N/A on rows 5-9 (P2.01-P2.04, P3.01): the same galat at five
    # cells of one column, listed once in Pemeriksaan at Anggaran!C5:C9 ("5 sel (baris 5-9)"); the
    # five programs count toward no Sasaran. The note named no cell (the range was passed over); it
    # names the range, not five cells Pemeriksaan does not list.
    cells = {("Anggaran", f"C{row}"): "#N/A" for row in range(5, 10)}
    report = load_report(example_typed(tmp_path, "na-down", 2, cells))
    assert [f.sel for f in report.findings if f.sheet == "Anggaran" and f.sel.startswith("C")] == ["C5:C9"]
    note = catatan_tidak_dihitung(report)
    assert note.startswith(HEAD + "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI (pagu Rp 41.000.000, "), note
    assert note.count("(pagu Rp ") == 5
    assert note.endswith("); lihat Anggaran!C5:C9 di sheet Pemeriksaan."), note


# --- Every other case as before ---------------------------------------------------------------


def _by_words(report: Report) -> str:
    """The note as it was made before (the oracle): the cells of the findings on a lost budget's
    Anggaran row whose message holds "sasaran"."""
    lost = [b for b in report.budgets if not b.kode_sasaran]
    if not lost:
        return ""
    cells = [
        f"{f.sheet}!{f.sel}"
        for b in lost
        for f in report.findings
        if f.sheet == "Anggaran" and re.fullmatch(rf"[A-Z]+{b.row}", f.sel) and "sasaran" in f.pesan.lower()
    ]
    where = f"lihat {daftar(cells)} di sheet Pemeriksaan" if cells else "lihat sheet Pemeriksaan"
    return f"{HEAD}{'; '.join(program_figures(b, report) for b in lost)}; {where}."


# (sheet, cell) -> value, Triwulan II: each way a budget comes to count toward none, said on its row
_LOST: dict[str, dict[tuple[str, str], object]] = {
    "kode_sasaran_none": {("Anggaran", "C5"): "S9"},  # P2.01 naming no node of Kinerja
    "kode_sasaran_two": {("Anggaran", "C5"): "S1, S2"},
    "kode_sasaran_na": {("Anggaran", "C5"): "#N/A"},
    "kode_sasaran_program": {("Anggaran", "C5"): "P1.01"},  # a Program, no Sasaran
    # P2.01 as Excel leaves it without the leading zero: not matched, told "maksud Anda" (a trailing
    # dot, "P2.01.", is read as P2.01 since tepi52: no budget lost, no note)
    "kode_hint": {("Anggaran", "A5"): "P2.1"},
    "kode_blank": {("Anggaran", "A5"): None},
    "typed_without_indicator": {  # in Kinerja without indicator nor Kode Induk
        ("Kinerja", "A45"): "P9.99",
        ("Kinerja", "B45"): "Program",
        ("Kinerja", "D45"): "PROGRAM X",
        ("Anggaran", "A20"): "P9.99",
        ("Anggaran", "B20"): "PROGRAM X",
        ("Anggaran", "D20"): 1_000_000,
    },
}
_CASES = {name: (tw, cells) for name, (tw, cells, _) in FAULTS.items()} | {
    k: (2, v) for k, v in _LOST.items()
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Report]:
    folder = tmp_path_factory.mktemp("lost")
    return {
        name: load_report(EXAMPLE if name == "example" else example_typed(Path(folder), name, tw, cells))
        for name, (tw, cells) in _CASES.items()
    }


@pytest.mark.parametrize("name", list(_CASES))
def test_the_note_is_unchanged_where_the_words_named_the_right_cell(reports, name):
    report = reports[name]
    note = catatan_tidak_dihitung(report)
    assert note == _by_words(report)
    # a note for each case meant to make one; every cell it names is a cell of the Pemeriksaan sheet
    assert bool(note) == (name in _LOST or name in ("toward_none", "program_without_parent"))
    shown = {f"{f.sheet}!{f.sel}" for f in report.findings}
    assert note == "" or _cells_named(note) and set(_cells_named(note)) <= shown, note
