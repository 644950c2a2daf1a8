"""A Target typed as a share ("3,5 dari 4", an indeks kepuasan's target on its scale of 4): the galat
said "tulis realisasinya saja (3,5)" at the Target cell, a realisasi where the target is meant."""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


@pytest.mark.parametrize(("column", "cell"), [("Target", "I2"), ("Target Perubahan", "J2")])
def test_a_target_typed_as_a_share_is_told_to_type_the_target(column, cell):
    target, revised = ("3,5 dari 4", None) if column == "Target" else ("3,5", "3,4 dari 4")
    row = kinerja_row("T1", "Tujuan", "", "x", "Indeks kepuasan masyarakat", target, ["3,1", "3,25", None, None],
                      satuan="Nilai", jenis="Nilai Akhir", target_perubahan=revised)  # fmt: skip
    (galat,) = [
        m for m in messages(report_of(book_of([row], triwulan=2))) if m.startswith(f"Kinerja!{cell} ")
    ]
    part = (revised or target).split()[0]
    assert f"tulis targetnya saja ({part}) dan jumlah seluruhnya (4) di kolom Keterangan" in galat, galat
    assert "realisasinya" not in galat, galat


def test_a_realisasi_typed_as_a_share_is_still_told_to_type_the_realisasi():
    row = kinerja_row("T1", "Tujuan", "", "x", "Indeks kepuasan masyarakat", "3,5", ["3,1", "3,25 dari 4", None, None],
                      satuan="Nilai", jenis="Nilai Akhir")  # fmt: skip
    (galat,) = [m for m in messages(report_of(book_of([row], triwulan=2))) if m.startswith("Kinerja!L2 ")]
    assert "tulis realisasinya saja (3,25) dan jumlah seluruhnya (4)" in galat, galat
