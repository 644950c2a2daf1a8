"""A node's title row holding a figure or a text in one of Kinerja's optional columns (fix_rows60).

rows60 read S1's title row (its Kode, Tingkat, Kode Induk and Uraian, no Indikator) as the heading of
its indicator rows, quiet, judging only the contract's columns: a `Target Akhir Renstra` of `100%` typed
on it (or a Realisasi Tahun Lalu, Standar Nasional, Formulasi, Sumber Data, Realisasi <year>) was then
lost with `0 galat, 0 peringatan`, since parse_analisis reads those cells on indicator rows only. main
said the galat `Indikator untuk Kode "S1" kosong; baris ini tidak dihitung` at E5: said again. A `-`
there (no data), a column of staff's own (`No`) and a plain title row stay quiet.

The workbook: a Kecamatan's TW II report from `lkj-xl new` (tests/test_revnewuser57), header on row 3,
rows58's IKM row on row 4, S1's title row on row 5; the optional columns P..T as `new` writes them.
"""

from __future__ import annotations

import openpyxl
import pytest

from lkj_xl.core.model import Cell
from lkj_xl.core.optional_columns import optional_columns
from tests.test_revnewuser57 import _kecamatan, _run
from tests.test_rows58 import _ROWS, _capaian, _said
from tests.test_rows60 import _IZIN, _JUDUL_S1, _PENGADUAN, _numbered

_GALAT_E5 = ("galat", "Kinerja!E5", 'Indikator untuk Kode "S1" kosong; baris ini tidak dihitung')


def _galat(lines):
    return [line for line in lines if line.startswith("galat")]


def _with(path, cells):
    """The workbook at ``path`` with ``cells`` (reference -> value) typed in Kinerja."""
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb["Kinerja"][ref] = value
    wb.save(path)
    return path


def _title_with(tmp_path, cells, below=(_PENGADUAN, _IZIN)):
    rows = [_ROWS[0], _JUDUL_S1, *below, _ROWS[3]]
    return _run(_with(_kecamatan(tmp_path, rows), cells))


@pytest.mark.parametrize(
    "cells",
    [
        {"Q5": "100%"},  # Target Akhir Renstra, as staff type a percentage
        {"Q5": 100},  # the same as a number
        {"P5": "90 %"},  # Realisasi Tahun Lalu
        {"R5": "95"},  # Standar Nasional
        {"S5": "jumlah pengaduan ditindaklanjuti / jumlah pengaduan x 100%"},  # Formulasi
        {"T5": "SP4N-LAPOR"},  # Sumber Data
        {"U3": "Realisasi 2024", "U5": "88,5%"},  # an earlier year's column
        {"R3": "Standar Nasional*", "R5": "95"},  # titled with a footnote mark (read as Standar Nasional)
        {"Q5": "=100"},  # a formula (saved without its result by openpyxl): something typed all the same
    ],
)
def test_a_title_row_holding_an_optional_columns_value_is_the_galat_again(tmp_path, cells):
    lines, report = _title_with(tmp_path, cells)
    # rows60: `0 galat, 0 peringatan`, the value lost; main (and now): the galat at its Indikator
    assert _said(lines, *_GALAT_E5), lines
    assert [line for line in _galat(lines) if "Kinerja!E5" not in line and "Kinerja!U3" not in line] == []
    # both indicators under it still counted: pengaduan 95 of 100 = 95 %, izin 287 + 301 = 588 of 1.200
    # = 49 %, S1's capaian their mean 72; the title row is no indicator (IKM, pengaduan, izin, program)
    assert _capaian(report, "S1") == 72
    assert len(report["indikator"]) == 4


def test_numbered_rows_under_a_title_row_holding_an_optional_value_are_read_and_the_title_said(tmp_path):
    # S1.1, S1.2 typed Sasaran under S1 (pk_nomor): still S1's indicators; the title row's Renstra
    # figure is no indicator's, so the title row is the galat, as main said it
    lines, report = _title_with(tmp_path, {"Q5": "100%"}, _numbered(("S1.1", "S1.2"), "Sasaran"))
    assert _said(lines, *_GALAT_E5), lines
    assert [line for line in _galat(lines) if "Kinerja!E5" not in line] == [], lines
    assert _capaian(report, "S1") == 72  # (95 + 49) / 2, as above
    assert [i["kode"] for i in report["indikator"]] == ["T1", "S1", "S1", "7.01.02"]


@pytest.mark.parametrize(
    "cells",
    [
        {},  # the plain title row
        {"P5": "-", "Q5": "-", "R5": "-", "S5": "-", "T5": "-"},  # a dash across them: no data
        {"Q5": "N/A"},  # no data either
        {"U3": "No", "U5": 1},  # a column of staff's own numbering the rows
        {"U3": "Sumber Dana", "U5": "APBD"},  # a column Kinerja does not read, one letter from Sumber Data
        {"Q5": "   "},  # spaces only
    ],
)
def test_a_title_row_without_an_optional_value_stays_quiet(tmp_path, cells):
    lines, report = _title_with(tmp_path, cells)
    assert not _galat(lines) and not _said(lines, "Kinerja!E5"), lines
    assert _capaian(report, "S1") == 72  # (95 + 49) / 2


def test_optional_columns_are_those_parse_analisis_reads():
    titles = ["Kode", "Tingkat", "Realisasi Tahun Lalu", "Target Akhir Renstra", "Standar Nasional*"]
    titles += ["Formulasi", "Sumber Data", "Realisasi 2024", "No", "Sumber Dana", "Target Renstra", None]
    # counted by hand: columns 2 .. 7 (0-based); No, Sumber Dana, a near miss and a blank are not
    assert optional_columns([Cell(t) for t in titles]) == (2, 3, 4, 5, 6, 7)
