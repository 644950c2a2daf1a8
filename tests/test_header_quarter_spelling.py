"""A quarter's column title typed with its numeral spelt otherwise: an L for the I (`Realisasi TW ll`,
as Pengaturan's Triwulan reads `TW ll`), or a digit (`Realisasi TW 2`). Column titles are read exactly
(the template writes them), so the workbook is refused; the refusal named, for every quarter but the
last, the first quarter's column: `"Realisasi TW II" (maksud Anda "Realisasi TW l"?)`, advice which,
followed, titles TW I's figures TW II. It now names the column of the same quarter."""

from __future__ import annotations

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.grids import WorkbookError
from lkj_xl.core.parse import parse_workbook
from tests.helpers_staff import grid, pengaturan
from tests.test_engine import kinerja_row


def _refusal(titles: tuple[str, str, str, str]) -> str:
    """The refusal of a Kinerja sheet whose quarters (columns K-N) are titled ``titles``."""
    headers = list(c.KINERJA_HEADERS)
    quarters = [headers.index(f"Realisasi TW {c.roman(q)}") for q in (1, 2, 3, 4)]
    for at, title in zip(quarters, titles, strict=True):
        headers[at] = title
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, (25, 30, 20, 25), jenis="Kumulatif")
    book = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([headers, row]),
        "Anggaran": grid([c.ANGGARAN_HEADERS]),
    }
    with pytest.raises(WorkbookError) as refused:
        parse_workbook(book)
    return str(refused.value)


@pytest.mark.parametrize(
    "titles",
    [
        ("Realisasi TW l", "Realisasi TW ll", "Realisasi TW lll", "Realisasi TW lV"),
        ("Realisasi TW 1", "Realisasi TW 2", "Realisasi TW 3", "Realisasi TW 4"),
        ("Realisasi Triwulan l", "Realisasi Triwulan ll", "Realisasi Triwulan lll", "Realisasi Triwulan lV"),
    ],
)
def test_each_missing_quarter_names_the_column_of_that_quarter(titles):
    said = _refusal(titles)
    for quarter, title in zip(("I", "II", "III", "IV"), titles, strict=True):
        assert f'"Realisasi TW {quarter}" (maksud Anda "{title}"?)' in said, said


def test_one_quarter_spelt_otherwise_is_named_alone():
    said = _refusal(("Realisasi TW I", "Realisasi TW ll", "Realisasi TW III", "Realisasi TW IV"))
    assert said.endswith('kolom tidak ditemukan: "Realisasi TW II" (maksud Anda "Realisasi TW ll"?)'), said
