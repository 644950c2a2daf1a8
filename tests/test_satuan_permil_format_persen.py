"""A cell formatted as % under a per mil Satuan ("‰", "per 1.000 KH"): read as it shows (a column
formatted % by accident must not refuse a right figure, tests/test_staff_round9.py), but "2,50%" is 25 ‰
when the % was meant, ten times what is read; the peringatan names that figure, as a "2,5 %" typed
under ‰ is told (2,5 % = 25 ‰)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN, Cell
from tests.test_engine import kinerja_row, run


@pytest.mark.parametrize("satuan", ["‰", "per 1.000 KH", "permil"])
def test_a_percent_formatted_target_under_per_mil_names_the_per_mil_it_may_be(satuan):
    # Angka kematian bayi, Negatif: Target stored 0,025 shown 2,50%: read 2,5; TW I 2,4:
    # (2 x 2,5 - 2,4) / 2,5 x 100 = 2,6 / 2,5 x 100 = 104 %
    row = kinerja_row("T1", "Tujuan", "", "Kesehatan", "Angka kematian bayi", Cell(0.025, percent=True), ("2,4", None, None, None), satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=1)
    assert report.indicators[0].capaian_exact == Fraction(104)  # read as shown, as decided
    (said,) = [f.pesan for f in report.findings if (f.sel, f.severity) == ("I2", PERINGATAN)]
    # 2,5 % x 10 = 25 ‰
    assert "dibaca 2,50" in said and "(2,50% = 25 ‰)" in said and "tulis 25 " in said, said


def test_a_percent_formatted_count_names_no_per_mil():
    row = kinerja_row("T1", "Tujuan", "", "Pelatihan", "Peserta", 10, (Cell(0.05, percent=True), None, None, None), satuan="orang")  # fmt: skip
    report = run([row], triwulan=1)
    (said,) = [f.pesan for f in report.findings if (f.sel, f.severity) == ("K2", PERINGATAN)]
    assert "‰" not in said, said
