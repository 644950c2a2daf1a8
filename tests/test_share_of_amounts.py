"""A percentage typed as the share of two amounts with their scale words, as a Bapenda's "persentase
realisasi retribusi" is worked out on paper: `Rp 2,5 M dari 5,2 M`, `2,5 M / 5,2 M`, `Rp 2.500 jt dari
Rp 5,2 M`. Its galat said "kata skala (ribu/juta/milyar/triliun) ganda atau salah tempat" or "'M' bisa
berarti miliar atau meter", which tells staff nothing of what to type; a share of plain figures
(`2,5/5,2`) already got the percentage to type. Now the amounts' share does too:
2.500.000.000 / 5.200.000.000 x 100 = 48,0769... shown 48,08. The cell stays a galat (never guessed)."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, messages, run


def _galat(text: str, satuan: str = "%") -> list[str]:
    row = kinerja_row("P1", "Program", "", "Retribusi", "Persentase realisasi retribusi", "100%",
                      (None, text, None, None), satuan=satuan, jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    (ind,) = report.indicators
    assert ind.capaian is None and ind.status == "Galat (Kinerja!L2)"
    return [m for m in messages(report, GALAT) if m.startswith("Kinerja!L2 ")]


@pytest.mark.parametrize(
    "typed",
    ["Rp 2,5 M dari 5,2 M", "2,5 M / 5,2 M", "Rp 2.500 jt dari Rp 5,2 M", "2,5 milyar dari 5,2 miliar"],
)
def test_a_share_of_amounts_under_a_percentage_says_the_percentage_to_type(typed):
    (said,) = _galat(typed)
    # 2,5 miliar = 2.500.000.000 (= 2.500 juta); 5,2 miliar = 5.200.000.000;
    # 2.500.000.000 / 5.200.000.000 x 100 = 48,0769..., two decimals 48,08
    assert "2.500.000.000 / 5.200.000.000 x 100 = 48,08" in said, said
    assert "bagian dari jumlah" in said and 'Satuan "%"' in said, said
    assert "ganda atau salah tempat" not in said and "meter" not in said, said


@pytest.mark.parametrize("typed", ["Rp 2,5 M dari 0 M", "2,5 dari 5,2 M"])
def test_a_whole_of_zero_or_one_side_without_its_scale_names_no_percentage(typed):
    # "2,5 dari 5,2 M" read as written is 2,5 / 5.200.000.000 x 100 = 0,00000005 %: the 2,5 is surely
    # 2,5 M, which is a guess; the galat asks for the percentage without naming one
    (said,) = _galat(typed)
    assert "bagian dari jumlah" in said and "x 100 =" not in said, said


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        # the same amounts with another scale word on each side: 2.500 juta = 2.500.000.000
        ("2.500 jt / 5,2 M", "2.500.000.000 / 5.200.000.000 x 100 = 48,08"),
        ("Rp 2,5 M dari Rp 5,2 M", "2.500.000.000 / 5.200.000.000 x 100 = 48,08"),
        # plain figures: rasio_ketik.share_hint's own wording, 2,5 / 5,2 x 100 = 48,0769... -> 48,08
        ("2,5 dari 5,2", "2,5 / 5,2 x 100 = 48,08"),
        # nothing of 5,2 M is 0 % whatever scale the 0 was meant in: 0 / 5.200.000.000 x 100 = 0
        ("0 dari 5,2 M", "0 / 5.200.000.000 x 100 = 0"),
    ],
)
def test_the_percentage_named_for_shares_of_amounts_as_typed(typed, shown):
    (said,) = _galat(typed)
    assert shown in said, said


@pytest.mark.parametrize("typed", ["2,5 M dari 0", "2,5 M dari -5,2 M", "2,5 M dari 5,2"])
def test_no_percentage_of_a_whole_of_zero_below_zero_or_a_guessed_scale(typed):
    # no division by zero; a share of a whole below zero is no percentage to type; "5,2" beside
    # "2,5 M" would be a guess of its scale
    (said,) = _galat(typed)
    assert "bagian dari jumlah" in said and "x 100 =" not in said, said
