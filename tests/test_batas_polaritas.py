"""A target typed as an upper bound (`maks 30 menit`, `≤ 2 jam`) on a row whose Polaritas is already
`Negatif` (a BPBD's waktu tanggap darurat): the galat still advised `pilih Polaritas "Negatif" bila
indikatornya bernilai negatif`, which staff had done. The advice is left out there; kept where the
Polaritas is blank, and where Positif is chosen (an upper bound beside Positif is worth the word).

Grids from tests/test_engine.py's helpers (header row 1, the indicator on row 2; I2 = Target).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


@pytest.mark.parametrize(
    ("polaritas", "advised"),
    [("Negatif", False), ("negatif", False), (None, True), ("Positif", True)],
)
@pytest.mark.parametrize("typed", ["maks 30 menit", "≤ 30 menit"])
def test_an_upper_bound_advises_negatif_only_where_not_chosen(typed, polaritas, advised):
    row = kinerja_row("S1", "Sasaran", "", "Kecepatan tanggap", "Waktu tanggap darurat", typed, (25, 35, 28, None), satuan="Menit", polaritas=polaritas, jenis="Rata-rata")  # fmt: skip
    report = run([row], triwulan=3)
    (said,) = [f for f in report.findings if f.sel == "I2"]
    assert said.severity == GALAT
    assert "tulis angkanya saja (30 menit)" in said.pesan, said.pesan
    assert ('pilih Polaritas "Negatif"' in said.pesan) == advised, said.pesan
    assert report.indicators[0].capaian is None  # never read as a number
