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


@pytest.mark.parametrize(
    ("satuan", "typed", "figure"),
    [
        ("Menit", "45'", "45"),  # the minute mark under Satuan menit: 45 menit, the figure itself
        ("Menit", "1,5'", "1,5"),
        ("Detik", "30''", "30"),  # two apostrophes: the second mark, under Satuan detik
        ("Detik", '30"', "30"),
    ],
)
def test_a_mark_of_the_satuans_own_unit_gives_the_figure_too(satuan, typed, figure):
    # (review of newuser41) "45'" under Satuan Menit said "ada karakter bukan angka (')": the mark is
    # the Satuan's own; the galat gives the figure to type, as for another unit (never read as one)
    row = kinerja_row("S1", "Sasaran", "", "Kecepatan tanggap", "Waktu respon pos pantau", 60, (None, None, typed, None), satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=3)
    said = [f for f in report.findings if f.sel == "M2"]
    assert [f.severity for f in said] == [GALAT], [f.pesan for f in said]
    assert f"tulis angkanya dalam {satuan} saja: {figure}" in said[0].pesan, said[0].pesan
    assert report.indicators[0].realisasi is None


@pytest.mark.parametrize(
    ("satuan", "typed", "figure"),
    [
        ("Menit", "1'30\"", "1,5"),  # 1 + 30 / 60 = 1,5 menit
        ("Jam", "1'30\"", "0,025"),  # 1,5 / 60 = 0,025 jam
        ("Menit", "2 jam 30 menit", "150"),  # 2 x 60 + 30 = 150
        ("Menit", "1 jam 30' 45\"", "90,75"),  # 60 + 30 + 45 / 60 = 90,75
    ],
)
def test_minutes_and_seconds_by_hand(satuan, typed, figure):
    row = kinerja_row("S1", "Sasaran", "", "Kecepatan tanggap", "Waktu respon pos pantau", 60, (None, None, typed, None), satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=3)
    (said,) = [f for f in report.findings if f.sel == "M2"]
    assert f"tulis angkanya dalam {satuan} saja: {figure}" in said.pesan, said.pesan
