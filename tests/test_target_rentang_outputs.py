"""A range target (tests/test_target_rentang.py: PermenPANRB 8/2021's rule) through every front end
one computation feeds: Tabel 3.1 / 3.2 and their notes, export, the Word report's sentences, the
rekap's counts, LKJ.CAPAIAN.

The workbook is the example (the seed's raw data) with three targets typed as ranges:
- S2 (koperasi taat, seed Tabel 3.1: 25 + 4 = 29 % s.d. TW II, Kumulatif): `25-35 %`; 29 inside: 100;
- P2.01 (pengawasan, realisasi 0,8 %): `1 - 2%`; below the floor 1: 0,8/1 x 100 = 80 (Tinggi);
- P2.02 (koperasi sehat, realisasi 96,05 %): `60 s.d. 70 %`; above the ceiling 70:
  96,05/70 x 100 = 9605/70 = 137,214... (Sangat Tinggi).
"""

from __future__ import annotations

import io
import shutil
from fractions import Fraction

import docx
import openpyxl
import pytest

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.export import table_rows, to_frames
from lkj_xl.core.rekap import agency_row
from lkj_xl.core.tables import layouts
from lkj_xl.laporan import draft_bytes
from tests.common import EXAMPLE

RANGES = {"I13": "25-35 %", "I14": "1 - 2%", "I16": "60 s.d. 70 %"}
CAPAIAN = {"S2": Fraction(100), "P2.01": Fraction(80), "P2.02": Fraction(9605, 70)}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("rentang") / "rentang.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    ws = wb[c.SHEET_KINERJA]
    assert [ws[f"A{r}"].value for r in (13, 14, 16)] == ["S2", "P2.01", "P2.02"]
    for cell, typed in RANGES.items():
        ws[cell] = typed
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def report(book):
    return load_report(book)


def test_each_range_row_is_scored_with_a_note_at_its_target(report):
    by_kode = {i.kode: i for i in report.indicators}
    for kode, capaian in CAPAIAN.items():
        assert by_kode[kode].capaian_exact == capaian, kode
    assert by_kode["P2.01"].kriteria == "Tinggi"
    notes = {f.sel: f.pesan for f in report.findings if f.sheet == c.SHEET_KINERJA and f.sel in RANGES}
    assert set(notes) == set(RANGES)
    assert "di dalam rentang target 25-35 %" in notes["I13"]
    assert "batas bawah 1%" in notes["I14"] and "batas atas 70%" in notes["I16"]
    assert not [f for f in report.findings if f.severity == "galat"]


def _sheet(report, name):
    (lay,) = [lay for lay in layouts(report) if lay.name == name]
    return lay.grid()


def test_tables_print_the_range_as_typed_and_say_how_it_was_scored(report):
    for name in (c.SHEET_CAPAIAN_TS, c.SHEET_CAPAIAN_PROGRAM):
        grid = _sheet(report, name)
        row = next(
            r for r in grid if "Persentase koperasi yang taat akan peraturan perundang - undangan" in r
        )
        assert "25-35 %" in row and 100 in row
        assert 25 not in row[4:5] and 35 not in row[4:5]  # the target column: never one bound
        notes = [r[0] for r in grid if isinstance(r[0], str) and r[0].startswith("Target berupa rentang")]
        assert len(notes) == 1 and "PermenPANRB No. 8 Tahun 2021" in notes[0]
    (note,) = [
        r[0] for r in _sheet(report, c.SHEET_CAPAIAN_PROGRAM) if str(r[0]).startswith("Target berupa rentang")
    ]
    assert (
        "(target 1 - 2%, realisasi 0,80%: realisasi di bawah rentang target; dihitung terhadap batas bawah 1%)"
        in note
    )
    assert "realisasi 96,05%: realisasi di atas rentang target; dihitung terhadap batas atas 70%" in note


def test_export_gives_the_range_as_text_and_no_bound_as_the_target(report):
    (row,) = [r for r in table_rows(report, "indikator") if r["kode"] == "S2"]
    assert row["target"] is None and row["target_teks"] == "25-35 %" and row["capaian"] == 100
    frame = to_frames(report)["indikator"]
    assert frame.loc[frame.kode == "P2.02", "target_teks"].item() == "60 s.d. 70 %"


def test_the_word_report_never_names_one_bound_as_the_target(book):
    data, _report, _ = draft_bytes(book.read_bytes())
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "ditargetkan dalam tahun 2025 sebesar 25-35 %" in text
    assert "capaian 100,00% (realisasi di dalam rentang target)" in text
    # 3.2.3: 9605/70 = 137,2142... shown 137,21
    assert "target 60 s.d. 70 % dan realisasi 96,05% sehingga capaiannya 137,21% (realisasi di atas" in text
    assert "sebesar 25%," not in text and "sebesar 35%," not in text


def test_the_rekap_counts_the_range_rows_as_measured(report):
    row = agency_row(report, "rentang.xlsx")
    base_report = load_report(EXAMPLE)  # the same figures with the PK's one-figure targets
    base = agency_row(base_report, "contoh.xlsx")
    assert row["galat"] == 0 and row["terukur"] == base["terukur"]  # each range row measured, none lost
    # the Tujuan/Sasaran mean: only S2 of the three is a Sasaran; its capaian goes from 29/40,71 x 100
    # (seed Tabel 3.1, 71,24) to 100, so the mean of the n measured moves by (100 - 2900/40,71) / n
    n = sum(1 for i in base_report.indicators if i.tingkat in ("Tujuan", "Sasaran") and i.capaian is not None)
    moved = (100 - Fraction(290_000, 4_071)) / n
    assert row["capaian"] == pytest.approx(base["capaian"] + float(moved))


def test_lkj_capaian_scores_a_range_target():
    from lkj_xl.xl import scripts

    # the guidance's examples: 70 of 80-90 is 70/80 = 87,5; Negatif 9 of 7-8 is (2 - 9/8) x 100 = 87,5;
    # 85 inside 80-90: 100; one figure as before: 29/30 x 100
    assert scripts.capaian(70, "80-90 %") == 87.5
    assert scripts.capaian(9, "7 - 8 bulan", "Negatif") == 87.5
    assert scripts.capaian("6,5", "7-8", "Negatif") == pytest.approx(750 / 7)
    assert scripts.capaian(85, "80 s.d. 90") == 100
    assert scripts.capaian(29, "30") == pytest.approx(2900 / 30)
    with pytest.raises(Exception, match="satuan berbeda"):
        scripts.capaian(70, "60 % - 85 hari")
