"""A target of zero is a figure read, not an unreadable cell (an RSUD's trial: "Angka kematian ibu",
target 0, realisasi 0, Negatif). No capaian is invented (the report's formula divides by the target:
tests/test_negatif_target_nol.py), but Tabel 3.1, the export and the report's sentence printed
"Galat (Kinerja!I3)" under Target and Realisasi, as if the hospital's zero maternal deaths were
unknown. The known target and realisasi are now printed as figures; capaian and kriteria stay Galat.

The grids are built by hand (tests/test_engine.py's helpers); P1's target is Kinerja!I3, its TW II
realisasi Kinerja!L3 (Kumulatif: the realisasi s.d. TW II is TW II's figure, nothing in TW I)."""

from __future__ import annotations

import pytest

from lkj_xl.core.contract import GALAT_LABEL
from lkj_xl.core.kalimat import hasil_kalimat
from lkj_xl.core.tables.capaian_tujuan_sasaran import indicator_cells
from tests.helpers_staff import csv_rows
from tests.test_engine import run
from tests.test_negatif_target_nol import _rows

GALAT_I3 = "Galat (Kinerja!I3)"


@pytest.mark.parametrize(
    ("target", "polaritas", "typed", "realisasi"),
    [
        (0, "Negatif", 0, 0.0),  # no maternal deaths against a target of none: 0 beside 0
        ("nihil", "Negatif", "nihil", 0.0),  # `nihil` is zero, as typed by staff
        ("0", "Negatif", "2", 2.0),  # a Negatif indicator that failed: 2 deaths beside 0, still shown
        (0, "Positif", "3", 3.0),  # a Positif zero target (check the PK): 3 beside 0
    ],
)
def test_a_zero_target_prints_target_and_realisasi_as_figures(target, polaritas, typed, realisasi):
    report = run(_rows(target, polaritas, (None, typed, None, None)))
    p1 = report.indicators[1]
    # no capaian invented; the galat stays at the target's cell
    assert p1.capaian is None and p1.kriteria is None and p1.galat == ["Kinerja!I3"]
    assert (p1.target, p1.realisasi) == (0.0, realisasi)
    # Tabel 3.1: Indikator, Satuan, Target, TW I..IV, Realisasi s.d. TW II, Capaian, Kriteria
    cells = indicator_cells(p1)
    assert cells[2] == 0 and cells[7] == realisasi  # figures, not "Galat (...)"
    assert cells[8] == GALAT_I3 and cells[9] == GALAT_LABEL
    # `lkj-xl export`: the same figures, the capaian still the galat
    (row,) = [r for r in csv_rows(report, "indikator") if r["kode"] == "P1"]
    assert (row["target"], row["realisasi"], row["capaian"]) == ("0", f"{realisasi:g}", GALAT_I3)
    # the report's sentence states both figures and why there is no capaian
    kalimat = hasil_kalimat(p1, report.settings)
    assert f"sebesar 0 kasus, terealisasi s.d. Triwulan II Tahun 2025 sebesar {realisasi:g} kasus;" in kalimat
    assert "capaian dan kriterianya tidak dihitung" in kalimat and "Kinerja!I3" in kalimat


def test_a_zero_target_beside_another_galat_shows_no_realisasi():
    # TW II "sekitar 2" cannot be read: that cell is a galat too, so nothing is summed (the target,
    # read as 0, is still printed)
    report = run(_rows(0, "Negatif", (None, "1,2,3", None, None)))
    p1 = report.indicators[1]
    assert p1.target == 0.0 and p1.realisasi is None
    assert len(p1.galat) == 2


def test_a_zero_target_with_no_realisasi_yet_says_so():
    # "-": no data s.d. TW II; the target 0 is shown, no realisasi figure is made up
    p1 = run(_rows(0, "Negatif", (None, "-", None, None))).indicators[1]
    assert p1.target == 0.0 and p1.realisasi is None and p1.capaian is None
