"""A figure with its scale word or unit and a note in brackets after it ("1,35 M (APBD-P)" in Pagu
Perubahan, "Rp 1,35 M (APBD-P)"): the note is what is not read.

The galat said "kata '(APBD-P)' tidak dikenal pada nilai rupiah ... Tulis skala dengan ribu/rb,
juta/jt, miliar/M atau triliun/T", sending staff to change a scale that was right ("M" is miliar),
where "1.350.000.000 (APBD-P)" is told "ada teks ... tulis angkanya saja (1.350.000.000)". Now the
scaled figure is told the same.
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages

_ROW = kinerja_row(
    "S1", "Sasaran", "", "x", "y", "10", ["1", "2", "3", "4"], satuan="Dokumen", jenis="Kumulatif"
)


@pytest.mark.parametrize("typed", ["1,35 M (APBD-P)", "Rp 1,35 M (APBD-P)", "1,35 miliar (APBD-P)"])
def test_a_scaled_pagu_with_a_note_is_told_to_drop_the_note_not_to_change_its_scale(typed):
    program = anggaran_row(
        "1.01", "Program A", "S1", "1.500.000.000", ["210.500.000", None, None, None], pagu_perubahan=typed
    )
    said = messages(report_of(book_of([_ROW], [program], triwulan=1)))
    (galat,) = [m for m in said if m.startswith("Anggaran!E2 ")]
    figure = typed.removesuffix(" (APBD-P)")
    assert "Tulis skala" not in galat, galat
    assert f'ada teks "(APBD-P)" di belakang angka; tulis angkanya saja ({figure})' in galat, galat
    # Anggaran has no Keterangan column (its headers end at Realisasi TW IV)
    assert galat.endswith("di kolom Keterangan (tambahkan di kanan tabel bila belum ada)"), galat


def test_the_figure_it_names_reads_as_one_billion_three_hundred_fifty_million():
    # 1,35 M = 1,35 x 1.000.000.000 = 1.350.000.000 (typed as the galat says, it is read)
    from lkj_xl.core.numbers import parse_number

    assert parse_number("1,35 M", money=True).value == 1_350_000_000
