"""A duration written with the minute and second marks (`1 jam 30'`, Word's `2 jam 15’`, `15' 30"`), as
a BPBD writes its response time: the galat gave "tulis angkanya saja (1)" for `1 jam 30'` under Satuan
`Jam` (the 30 minutes dropped: following it printed 1 jam for 1,5). It gives the figure in the Satuan,
as for `1 jam 30 menit`, and never reads the cell as a number.

Grids from tests/test_engine.py's helpers (header row 1, the indicator on row 2; M2 = TW III).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


@pytest.mark.parametrize(
    ("satuan", "typed", "figure"),
    [
        ("Jam", "1 jam 30'", "1,5"),  # 1 + 30 / 60 = 1,5 jam
        ("Jam", "2 jam 15’", "2,25"),  # Word's right single quote: 2 + 15 / 60 = 2,25
        ("Jam", "45'", "0,75"),  # 45 / 60 = 0,75 jam
        ("Menit", "15' 30\"", "15,5"),  # 15 + 30 / 60 = 15,5 menit
        ("Menit", "1 jam 5′", "65"),  # the prime itself: 60 + 5 = 65 menit
    ],
)
def test_a_duration_with_minute_marks_gives_the_figure_in_the_satuan(satuan, typed, figure):
    row = kinerja_row("S1", "Sasaran", "", "Kecepatan tanggap", "Waktu respon pos pantau", 2, (None, None, typed, None), satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=3)
    said = [f for f in report.findings if f.sel == "M2"]
    assert [f.severity for f in said] == [GALAT], [f.pesan for f in said]
    assert f"tulis angkanya dalam {satuan} saja: {figure}" in said[0].pesan, said[0].pesan
    assert report.indicators[0].realisasi is None
