"""An index's target on one scale and its realisasi on another, the other way round from
test_staff_round*'s 3,41 of a target 82: the IKM's target typed as the nilai interval (3,5 on 1-4) and the
survey's result as the nilai konversi (87,25 on 25-100), a Kecamatan's habit. The capaian is computed as
typed (2.492,86 %, Sangat Tinggi) and the target cell said only "periksa skala dan satuan keduanya: mis.
0,4071 untuk 40,71%, 1.250 M ..."; it now names the IKM's two scales and both figures to type.

Grids from tests/test_engine.py's helpers (header row 1, the indicator on row 2; I2 = Target).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import kinerja_row, run


@pytest.mark.parametrize(
    ("target", "tws", "realisasi", "said"),
    [
        # IKM: (87,5 + 88 + 86,25) / 3 = 87,25 of 3,5; 3,5 x 25 = 87,5 and 87,25 / 25 = 3,49
        ("3,5", ("87,5", "88", "86,25"), Fraction(8725, 100), ("3,5 x 25 = 87,5", "87,25 / 25 = 3,49")),
        # an index of 0-1 (0,65) beside one of 0-100: (66 + 68 + 70) / 3 = 68; 0,65 x 100 = 65, 68 / 100 = 0,68
        ("0,65", ("66", "68", "70"), Fraction(68), ("0,65 x 100 = 65", "68 / 100 = 0,68")),
    ],
)
def test_a_target_on_the_smaller_scale_names_both_figures(target, tws, realisasi, said):
    row = kinerja_row("S1", "Sasaran", "", "Pelayanan prima", "Indeks Kepuasan Masyarakat", target, (*tws, None), satuan="Indeks", polaritas="Positif", jenis="Rata-rata")  # fmt: skip
    report = run([row], triwulan=3)
    ind = report.indicators[0]
    assert Fraction(ind.realisasi).limit_denominator(1000) == realisasi  # computed as typed
    (finding,) = [f for f in report.findings if f.sel == "I2"]
    assert finding.severity == PERINGATAN
    for text in said:
        assert text in finding.pesan, finding.pesan
    assert "0,4071" not in finding.pesan  # the generic examples are no help here


def test_a_count_ten_times_its_target_keeps_the_generic_advice():
    # Satuan Desa: 2 + 3 + 120 = 125 of 12 (TW III typed 120 for 12?): not an index, no IKM scales
    row = kinerja_row("S1", "Sasaran", "", "Desa tangguh", "Jumlah desa tangguh", 12, (2, 3, 120, None), satuan="Desa", polaritas="Positif", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=3)
    (finding,) = [f for f in report.findings if f.sel == "I2"]
    assert "lebih dari 10 kali" in finding.pesan and "x 25" not in finding.pesan
