"""The "melebihi pagu" peringatan of programs with the same name and figures is said once, at the
column's range (findings.group_identical, "Anggaran!G5:G9"): every program of the range, not its last
row alone, names that range after "melebihi pagu" (Tabel 3.4's note, 3.2.3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_xl.build import load_report
from lkj_xl.core.analisis_program import program_kegiatan
from lkj_xl.core.kalimat_program import melebihi_pagu_anggaran, melebihi_pagu_sel, melebihi_pagu_teks
from lkj_xl.core.model import PERINGATAN
from tests.common import example_typed

# Anggaran rows 5-9 of the example (P2.01, P2.02, P2.03, P2.04, P3.01, one row each, each a program
# of Kinerja) retyped as staff paste a template filled down: the same name, pagu "1.000.000" and
# Realisasi TW II "2.000.000" (TW I blank in the example), so each is Rp 2.000.000 - Rp 1.000.000 =
# Rp 1.000.000 above its pagu, 200 % of it, and the five peringatan have the same words.
_ROWS = range(5, 10)
_SAID = ", melebihi pagu sebesar Rp 1.000.000 (periksa Anggaran!G5:G9, lihat sheet Pemeriksaan)"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    cells: dict[tuple[str, str], object] = {}
    for row in _ROWS:
        cells["Anggaran", f"B{row}"] = "PROGRAM X"
        cells["Anggaran", f"D{row}"] = "1.000.000"
        cells["Anggaran", f"G{row}"] = "2.000.000"
    return example_typed(Path(tmp_path_factory.mktemp("pagu")), "over5", 2, cells)


@pytest.fixture(scope="module")
def report(workbook):
    return load_report(workbook)


def test_the_over_pagu_peringatan_is_said_once_at_the_range(report):
    over = [f for f in report.findings if "over_pagu" in f.tentang]
    assert [(f.severity, f.sheet, f.sel) for f in over] == [(PERINGATAN, "Anggaran", "G5:G9")]


@pytest.mark.parametrize("row", _ROWS)
def test_each_row_of_the_range_names_it(report, row):
    assert melebihi_pagu_sel(report.findings, {row}) == ["Anggaran!G5:G9"]
    assert melebihi_pagu_teks(2_000_000, 1_000_000, {row}, report.findings) == _SAID
    # a row outside the range (row 4, P0.01, within its pagu) names nothing
    assert melebihi_pagu_sel(report.findings, {4}) == []


def test_tabel_3_4_and_3_2_3_name_the_range(report):
    # Tabel 3.4's note: the five programs, the range once.
    note = melebihi_pagu_anggaran(report.budgets[:4], report.findings, 2)  # rows 4-7: 5, 6, 7 over
    assert note.endswith("melebihi pagu: periksa Anggaran!G5:G9 (lihat sheet Pemeriksaan).")
    # 3.2.3: each of the five programs' paragraphs says it.
    text = "\n".join(b.teks for b in program_kegiatan(report).blok)
    assert text.count(_SAID) == 5


@pytest.mark.slow
def test_the_word_report_says_it_for_each_program(workbook, tmp_path):
    import docx

    from lkj_xl.laporan import write_laporan

    out = tmp_path / "laporan.docx"
    write_laporan(workbook, out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert text.count(_SAID) == 5  # 3.2.3, as the sheet's analisis
    # 3.2.4, under Tabel 3.4: the five programs, the range named once
    assert text.count("melebihi pagu: periksa Anggaran!G5:G9 (lihat sheet Pemeriksaan).") == 1


def test_a_range_over_rows_apart_counts_only_its_own_rows(tmp_path):
    # "PROGRAM X" (pagu 1.000.000, TW II 2.000.000) on rows 5, 7, 9, 11, 13: one peringatan at G5:G13
    # ("baris 5, 7, 9, 11, 13"). Row 6 (P2.02, pagu 54.888.000 in the example) spends 60.000.000, its
    # own peringatan at G6: its 3.2.3 sentence names G6 alone (60.000.000 - 54.888.000 = 5.112.000),
    # never the range that passes over it.
    cells: dict[tuple[str, str], object] = {("Anggaran", "G6"): "60.000.000"}
    for row in (5, 7, 9, 11, 13):
        cells["Anggaran", f"B{row}"] = "PROGRAM X"
        cells["Anggaran", f"D{row}"] = "1.000.000"
        cells["Anggaran", f"G{row}"] = "2.000.000"
    report = load_report(example_typed(tmp_path, "apart", 2, cells))
    over = sorted(f.sel for f in report.findings if "over_pagu" in f.tentang)
    assert over == ["G5:G13", "G6"]
    assert melebihi_pagu_sel(report.findings, {6}) == ["Anggaran!G6"]
    assert melebihi_pagu_teks(60_000_000, 54_888_000, {6}, report.findings) == (
        ", melebihi pagu sebesar Rp 5.112.000 (periksa Anggaran!G6, lihat sheet Pemeriksaan)"
    )
    for row in (5, 7, 9, 11, 13):
        assert melebihi_pagu_sel(report.findings, {row}) == ["Anggaran!G5:G13"]
    assert melebihi_pagu_sel(report.findings, {8}) == []  # P2.04, within its pagu
