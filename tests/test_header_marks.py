"""Headers as staff mark them: a footnote mark after a title ("Target*", "Realisasi TW II**", "Satuan 1)"),
copied in a printed PK's table, and a copy of a column named as Excel and LibreOffice name copies
("Realisasi TW II (2)").

Before: a footnote mark made the column "not found" and the workbook was refused with
`kolom tidak ditemukan: "Target" (maksud Anda "Target*"?)`, which does not say what to do; the mark is
plain decoration, so the column is read with a peringatan at its header cell (never when two columns
would then claim one title). A copy titled "Realisasi TW II (2)" was ignored without a word while
"Realisasi TW II2" (Format as Table) got the peringatan of a column titled twice.

The grids are built by hand (tests/test_engine.py's helpers); the header is row 1, data from row 2.
Kinerja's columns: A Kode ... F Satuan, I Target, J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from lkj_xl.core.parse import WorkbookError, parse_workbook
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan
from tests.test_staff_round11 import EXAMPLE

# S1 20 of 40 = 50 %, P1 50 of 100 = 50 %, P2 90 of 100 = 90 % (Nilai Akhir: the TW II figure)
_ROWS = [
    kinerja_row("S1", "Sasaran", "", "Kualitas koperasi", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
    kinerja_row("P1", "Program", "S1", "Program A", "Persentase A", 100, (None, 50, None, None), jenis="Nilai Akhir"),
    kinerja_row("P2", "Program", "S1", "Program B", "Persentase B", 100, (None, 90, None, None), jenis="Nilai Akhir"),
]  # fmt: skip
_CAPAIAN = [Fraction(50), Fraction(50), Fraction(90)]
# pagu 41.000.000 + 54.888.000 = 95.888.000 (the seed's programs P2.01 and P2.02)
_BUDGET = [
    anggaran_row("P1", "Program A", "S1", 41_000_000, (None, 8_000_000, None, None)),
    anggaran_row("P2", "Program B", "S1", 54_888_000, (None, 0, None, None)),
]


def _retitled(headers, old, new):
    return [new if h == old else h for h in headers]


def _report(kinerja_headers=c.KINERJA_HEADERS, anggaran_headers=c.ANGGARAN_HEADERS, rows=_ROWS, sets=None):
    book = {
        "Pengaturan": sets or pengaturan(2),
        "Kinerja": grid([list(kinerja_headers), *rows]),
        "Anggaran": grid([list(anggaran_headers), *_BUDGET]),
    }
    return compute(parse_workbook(book))


def _at(report, sheet, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel)]


def _galat(report):
    return [f.pesan for f in report.findings if f.severity == GALAT]


# --- 1. a footnote mark after a title ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "typed", "cell", "mark"),
    [
        ("Target", "Target*", "I1", "*"),
        ("Target", "Target *)", "I1", "*)"),
        ("Target", "Target ¹", "I1", "¹"),
        ("Realisasi TW II", "Realisasi TW II**", "L1", "**"),
        ("Satuan", "Satuan 1)", "F1", "1)"),
        ("Target Perubahan", "Target Perubahan a)", "J1", "a)"),
    ],
)
def test_a_title_with_a_footnote_mark_is_read_with_a_peringatan(header, typed, cell, mark):
    report = _report(_retitled(c.KINERJA_HEADERS, header, typed))
    assert [i.capaian_exact for i in report.indicators] == _CAPAIAN  # the column is read as before
    assert not _galat(report)
    (warn,) = _at(report, "Kinerja", cell)
    assert warn.severity == PERINGATAN
    assert f'"{typed}"' in warn.pesan and f'"{header}"' in warn.pesan and f'"{mark}"' in warn.pesan


def test_a_footnoted_target_is_the_target_that_is_computed():
    # the Target column typed "Target*" holds 80 for P1 (row 3): 50 of 80 = 62,5 %, so the footnoted
    # column is the one read, not some default
    rows = [list(r) for r in _ROWS]
    rows[1][c.KINERJA_HEADERS.index("Target")] = 80
    report = _report(_retitled(c.KINERJA_HEADERS, "Target", "Target*"), rows=rows)
    assert report.indicators[1].capaian_exact == Fraction(125, 2)


def test_a_footnoted_pagu_in_anggaran_is_read():
    report = _report(anggaran_headers=_retitled(c.ANGGARAN_HEADERS, "Pagu", "Pagu**"))
    assert report.total_pagu == 95_888_000
    (warn,) = _at(report, "Anggaran", "D1")
    assert warn.severity == PERINGATAN and '"Pagu**"' in warn.pesan


def test_a_footnoted_nilai_in_pengaturan_is_read():
    sets = pengaturan(3)
    sets[1][1] = Cell("Nilai *)")
    report = _report(sets=sets)
    assert report.settings.triwulan == 3  # not the default 4 of an unread Triwulan
    (warn,) = _at(report, "Pengaturan", "B2")
    assert warn.severity == PERINGATAN and '"Nilai *)"' in warn.pesan


def test_the_plain_title_wins_over_a_footnoted_one_and_a_difference_is_said():
    # "Target" (I) and "Target*" (P) both: the plain one is read (P1 50 of 100 = 50 %); the 80 typed in
    # the footnoted copy for P1 (P3) is not, and is said at its header
    headers = [*c.KINERJA_HEADERS, "Target*"]
    rows = [[*r, r[c.KINERJA_HEADERS.index("Target")]] for r in _ROWS]
    rows[1][-1] = 80
    report = _report(headers, rows=rows)
    assert [i.capaian_exact for i in report.indicators] == _CAPAIAN
    (warn,) = _at(report, "Kinerja", "P1")
    assert warn.severity == PERINGATAN and '"Target*"' in warn.pesan and "P3" in warn.pesan
    assert "I3" in warn.pesan  # the cell read instead


def test_two_footnoted_titles_for_one_column_are_refused_saying_what_to_do():
    # "Target*" (I) and "Target**" (P), no plain "Target": which is meant is unknown
    headers = [*_retitled(c.KINERJA_HEADERS, "Target", "Target*"), "Target**"]
    rows = [[*r, 80] for r in _ROWS]
    with pytest.raises(WorkbookError) as caught:
        _report(headers, rows=rows)
    message = str(caught.value)
    assert '"Target*"' in message and '"Target**"' in message and "I1" in message and "P1" in message
    assert "maksud Anda" not in message and "hapus tanda" in message


@pytest.mark.parametrize("typed", ["Target (Rp)", "Target 2024", "Targets"])
def test_a_title_that_is_more_than_a_mark_is_still_refused(typed):
    with pytest.raises(WorkbookError):
        _report(_retitled(c.KINERJA_HEADERS, "Target", typed))


def test_a_footnoted_optional_column_is_read():
    # "Standar Nasional*" (P): P1's standard 80 is read, as under "Standar Nasional"
    headers = [*c.KINERJA_HEADERS, "Standar Nasional*"]
    rows = [[*r, 80] for r in _ROWS]
    report = _report(headers, rows=rows)
    assert report.indicators[1].pembanding.standar_nasional == 80
    (warn,) = _at(report, "Kinerja", "P1")
    assert warn.severity == PERINGATAN and '"Standar Nasional*"' in warn.pesan


@pytest.mark.parametrize("reader", ["read_grids", "read_grids_lxml"])
def test_the_example_with_footnoted_titles_computes_as_before(tmp_path, reader):
    # The example workbook with "Target*" and "Realisasi TW II**" on Kinerja's header row (row 3),
    # read from the file by both readers: every capaian as the untouched example's
    openpyxl = pytest.importorskip("openpyxl")
    from lkj_xl.xlsx import read

    book = openpyxl.load_workbook(EXAMPLE)
    sheet = book["Kinerja"]
    cells = {}
    for cell in sheet[3]:
        if cell.value in ("Target", "Realisasi TW II"):
            cells[cell.value] = cell.coordinate
            cell.value = f"{cell.value}{'*' if cell.value == 'Target' else '**'}"
    path = tmp_path / "bertanda.xlsx"
    book.save(path)
    before = compute(parse_workbook(*getattr(read, reader)(EXAMPLE)))
    after = compute(parse_workbook(*getattr(read, reader)(path)))
    assert [i.capaian_exact for i in after.indicators] == [i.capaian_exact for i in before.indicators]
    assert len(cells) == 2
    for ref in cells.values():
        (warn,) = _at(after, "Kinerja", ref)
        assert warn.severity == PERINGATAN


# --- 2. a copy titled as Excel and LibreOffice title copies: "Realisasi TW II (2)" -------------------


@pytest.mark.parametrize("title", ["Realisasi TW II (2)", "Realisasi TW II(3)", "realisasi tw ii (2)"])
def test_a_copied_column_titled_with_a_number_in_brackets_is_said(title):
    headers = [*c.KINERJA_HEADERS, title]
    rows = [[*r, r[c.KINERJA_HEADERS.index("Realisasi TW II")]] for r in _ROWS]
    rows[1][-1] = 95  # P1's figure typed in the copy (P3)
    report = _report(headers, rows=rows)
    # read from the first column, as for "Realisasi TW II2": 20 of 40, 50 of 100, 90 of 100
    assert [i.capaian_exact for i in report.indicators] == _CAPAIAN
    (warn,) = _at(report, "Kinerja", "P1")
    assert warn.severity == PERINGATAN and f'"{title}"' in warn.pesan and "L3" in warn.pesan
    assert "P3" in warn.pesan


def test_an_identical_copy_titled_with_a_number_in_brackets_is_silent():
    headers = [*c.KINERJA_HEADERS, "Realisasi TW II (2)"]
    rows = [[*r, r[c.KINERJA_HEADERS.index("Realisasi TW II")]] for r in _ROWS]
    assert not _at(_report(headers, rows=rows), "Kinerja", "P1")
