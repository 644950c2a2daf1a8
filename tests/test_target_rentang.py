"""A target typed as a range (`60-85 %` BOR, `6-9 hari` AVLOS): the report's formula needs one target
figure and has none for a range (none is invented). The galat told "tulis satu angka saja (target: yang
tertulis di Perjanjian Kinerja)", which a hospital whose PK target IS the range cannot follow; it now
says why and what staff can do: type the bound the PK treats as the target with its Polaritas (the
ceiling with Negatif, the floor with Positif) and the range in Keterangan."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import run
from tests.test_negatif_target_nol import _rows


@pytest.mark.parametrize(("typed", "low", "high"), [("60-85 %", "60", "85 %"), ("6 - 9", "6", "9")])
def test_a_range_target_galat_says_the_formula_needs_one_figure(typed, low, high):
    report = run(_rows(typed, "Positif", (None, 70, None, None)))
    assert report.indicators[1].capaian is None  # no scoring rule for a range
    (galat,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "I3")]
    assert galat.severity == GALAT
    text = galat.pesan
    assert f"rentang ({low} sampai {high})" in text
    assert "satu angka target" in text and "tidak ada rumus untuk rentang" in text
    # what to do: the bound the PK treats as the target, with its Polaritas; the range in Keterangan
    assert f"{high} dengan Polaritas Negatif" in text and f"{low} dengan Polaritas Positif" in text
    assert "Keterangan" in text
    assert "tulis satu angka saja" not in text  # the advice a range target cannot follow


def test_a_range_target_perubahan_gets_the_same_advice():
    rows = _rows(80, "Negatif", (None, 7, None, None))
    rows[1][9] = "6-9"  # Target Perubahan (J3): AVLOS 6-9 hari after the revision
    (galat,) = [f for f in run(rows).findings if (f.sheet, f.sel) == ("Kinerja", "J3")]
    assert "9 dengan Polaritas Negatif" in galat.pesan and "tidak ada rumus untuk rentang" in galat.pesan


def test_a_range_realisasi_is_told_to_write_one_figure():
    # a realisasi is measured, not set by the PK: the advice on which bound is the target is not its own
    report = run(_rows(80, "Positif", (None, "70-75", None, None)))
    (galat,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "L3")]
    assert "rentang (70 sampai 75), bukan satu angka; tulis satu angka saja" in galat.pesan
    assert "Polaritas" not in galat.pesan


@pytest.mark.parametrize(
    ("typed", "low", "high"), [("85-60", "60", "85"), ("9 s.d. 6", "6", "9"), ("85 - 60 %", "60", "85 %")]
)
def test_a_range_typed_high_to_low_names_the_ceiling_as_the_ceiling(typed, low, high):
    # "85-60" (BOR, typed top first): the ceiling is 85 whichever side it is typed on; naming 60 as the
    # bound "batas atasnya" would tell staff to type the floor with Polaritas Negatif (the unit typed
    # after the second figure, "%", stays with the ceiling as it does for "60-85 %")
    report = run(_rows(typed, "Positif", (None, 70, None, None)))
    (galat,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "I3")]
    assert f"({high} dengan Polaritas Negatif bila batas atasnya" in galat.pesan
    assert f"{low} dengan Polaritas Positif bila batas bawahnya" in galat.pesan
