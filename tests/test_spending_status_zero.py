"""A quarter's spending typed as a status holding a zero (`sementara Rp 0`, `sementara 0`, `belum ada,
Rp 0`: nothing spent yet, the SP2D not out). The statuses beside it holding a sum (`sementara Rp 40
jt`, typed43) are a galat naming the figure to type, `bukan angka; bila Rp 40.000.000 realisasi TW I,
tulis angkanya saja (40.000.000)`; a zero got a plain `bukan angka`, staff left to guess whether `0`
or `-` was wanted. Now it names its figure as they do (the realisasi stays unknown until it is typed:
a status is never read as a figure). Figures by hand from the cells typed."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_typed_sd_status_figures import _at, _spent

ZERO = [
    "sementara Rp 0",
    "sementara 0",
    "sementara Rp 0,-",
    "Belum ada realisasi, sementara Rp 0",
]
# "belum ada, Rp 0" and its forms (revtyped44: the DPA's and SIPD's zero, a full stop for the comma, the
# zero in brackets) are nothing spent yet, said twice: read as Rp 0 with a peringatan since anggaran59
# (tests/test_anggaran59.py), as Kinerja reads such a text on
NOTHING_YET = [
    "belum ada, Rp 0",
    "belum ada, Rp 0,00",
    "Belum ada. Rp 0",
    "belum ada realisasi (Rp 0)",
    "Belum ada SP2D - Rp 0,-",
]


@pytest.mark.parametrize("typed", ZERO)
def test_a_spending_status_holding_zero_names_it(typed):
    spent, said = _spent([typed, None, None, None], triwulan=1)
    galat = _at(said, typed)
    assert galat.startswith("Anggaran!F2 ") and "bukan angka" in galat, galat
    assert "bila Rp 0 realisasi TW I, tulis angkanya saja (0)" in galat, galat
    assert spent is None  # a galat: the program's realisasi unknown until the figure is typed
    # followed: 0 spent in TW I
    spent, said = _spent(["0", None, None, None], triwulan=1)
    assert spent == 0 and not [m for m in said if m.startswith("Anggaran!F2")], said


@pytest.mark.parametrize("typed", ZERO)
def test_in_a_later_quarter_too(typed):
    # TW I Rp 10.000.000, TW II the status: followed, 10.000.000 + 0 = 10.000.000
    spent, said = _spent(["Rp 10.000.000", typed, None, None])
    galat = _at(said, typed)
    assert galat.startswith("Anggaran!G2 ") and "bila Rp 0 realisasi TW II, tulis angkanya saja (0)" in galat
    assert spent is None
    spent, _ = _spent(["Rp 10.000.000", "0", None, None])
    assert spent == Fraction(10_000_000)


def test_a_quarter_up_to_it_after_a_zero_status_keeps_its_own_advice():
    # "s.d. Juni Rp 70.000.000" after TW I "sementara Rp 0": its own share is 70.000.000 - 0, as it was
    # told before (both pieces of advice followed: 0 + 70.000.000 = 70.000.000)
    _, said = _spent(["sementara Rp 0", "s.d. Juni Rp 70.000.000", None, None])
    assert "tulis angkanya saja (Rp 70.000.000)" in _at(said, "s.d. Juni Rp 70.000.000")
    spent, _ = _spent(["0", "70.000.000", None, None])
    assert spent == Fraction(70_000_000)


def test_a_status_without_a_figure_or_with_another_number_names_none():
    # no sum in it: "bukan angka" as before (a count of documents is no rupiah)
    for typed in ("Belum ada realisasi", "Menunggu 0 SP2D lagi", "SP2D 0 lembar"):
        _, said = _spent([typed, None, None, None], triwulan=1)
        galat = _at(said, typed)
        assert "bukan angka" in galat and "tulis angkanya saja" not in galat, galat


@pytest.mark.parametrize("zero", ["sementara Rp 0", "sementara Rp 0,-"])
@pytest.mark.parametrize("up_to", ["s.d. September Rp 70.000.000", "Rp 70.000.000 (s.d. September)"])
def test_a_zero_status_between_a_figure_and_a_quarter_up_to_it(zero, up_to):
    # TW I Rp 30.000.000, TW II the zero status, TW III typed up to it: TW III's own share is
    # 70.000.000 - (30.000.000 + 0) = 40.000.000 (by hand); both followed, 30 + 0 + 40 = 70 juta s.d. TW III
    spent, said = _spent(["Rp 30.000.000", zero, up_to, None], triwulan=3)
    assert "Rp 70.000.000 - Rp 30.000.000 = Rp 40.000.000" in _at(said, up_to), _at(said, up_to)
    assert "bila Rp 0 realisasi TW II, tulis angkanya saja (0)" in _at(said, zero)
    assert spent is None
    spent, said = _spent(["Rp 30.000.000", "0", "40.000.000", None], triwulan=3)
    assert spent == Fraction(70_000_000) and not [m for m in said if m.startswith("Anggaran!")], said
