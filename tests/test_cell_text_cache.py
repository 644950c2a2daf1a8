"""CellReader.text remembers a text cell's tidy text by the text (perf19): the answer is the text's
alone, so remembered or not it is the same, for the texts staff type (spaces, line breaks, a
non-breaking space, a soft hyphen pasted from a web page), and the memory stays bounded."""

from __future__ import annotations

import pytest

from lkj_xl.core import cell_reader
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.model import Cell

# (typed, shown): expected by hand, spaces of every kind as one, invisible characters gone
TYPED = [
    ("  Persentase   desa mandiri ", "Persentase desa mandiri"),
    ("Indeks\nKepuasan\tMasyarakat", "Indeks Kepuasan Masyarakat"),
    ("Kab.\u00a0Lumajang", "Kab. Lumajang"),  # a non-breaking space
    ("perundang\u00ad-undangan", "perundang-undangan"),  # a soft hyphen
    ("   ", ""),
    ("%", "%"),
]


@pytest.mark.parametrize(("typed", "shown"), TYPED)
def test_a_text_reads_the_same_the_first_time_and_again(typed: str, shown: str) -> None:
    reader = CellReader("Kinerja", [])
    assert reader.text(Cell(typed)) == shown
    assert reader.text(Cell(typed)) == shown  # remembered
    assert cell_reader._TIDY[typed] == shown


def test_numbers_and_blanks_are_not_texts_remembered() -> None:
    reader = CellReader("Kinerja", [])
    assert reader.text(Cell(12.0)) == "12" and reader.text(Cell(12.5)) == "12.5"
    assert reader.text(Cell(None)) == "" and reader.text(None) == ""
    assert 12.0 not in cell_reader._TIDY and 12.5 not in cell_reader._TIDY


def test_a_long_text_is_not_kept_and_the_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    reader = CellReader("Kinerja", [])
    long = "Persentase  " * 40  # 480 characters: beyond what is kept
    assert reader.text(Cell(long)) == " ".join(["Persentase"] * 40)
    assert long not in cell_reader._TIDY
    monkeypatch.setattr(cell_reader, "_TIDY", {})
    monkeypatch.setattr(cell_reader, "_SHARED_MAX", 3)
    for i in range(7):
        assert reader.text(Cell(f" Kode  {i} ")) == f"Kode {i}"
    assert len(cell_reader._TIDY) <= 3  # emptied when full, never beyond
    assert reader.text(Cell(" Kode  6 ")) == "Kode 6"
