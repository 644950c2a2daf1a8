"""A decimal comma before three digits with no thousands dot ("71,245") is an ordinary Indonesian
decimal where the figures beside it say so: an Indeks typed "71,245" beside a target of 72 got the
peringatan "dibaca 71,245 (koma adalah pemisah desimal); bila maksudnya 71.245, tulis ribuan dengan
titik", advice that, followed, would score 71.245 against 72. The comma is still pointed out where a
thousands reading is plausible: a Satuan of whole things or rupiah, the x1000 reading fitting the
target where the decimal one does not, or nothing beside it telling either way."""

from __future__ import annotations

import pytest

from tests.test_engine import kinerja_row, messages, run

_SAID = "koma adalah pemisah desimal"


def _said(satuan: str, target: str, typed: str) -> list[str]:
    """The comma peringatan of TW II typed ``typed`` (Nilai Akhir: TW II alone counts)."""
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Uraian",
        "Indikator",
        target,
        (None, typed, None, None),
        satuan=satuan,
        jenis="Nilai Akhir",
    )
    return [m for m in messages(run([row])) if _SAID in m]


# (Satuan, target, realisasi typed): the decimal reading lies within 0,5-2x the target (71,245 of 72;
# 82,375 of 80; 2,5 of 2,4; 1,75 of 1,8; 5,125 of 5; 3,125 of 3,5), the thousands reading 1000x
# outside it; none of these Satuan counts whole things or rupiah.
QUIET = [
    ("indeks", "72", "71,245"),
    ("nilai", "80", "82,375"),
    ("km", "2,4", "2,500"),
    ("ton", "1,8", "1,750"),
    ("%", "5", "5,125"),
    ("skor", "3,5", "3,125"),
]


@pytest.mark.parametrize(("satuan", "target", "typed"), QUIET)
def test_an_ordinary_three_decimal_figure_beside_its_target_is_not_pointed_out(satuan, target, typed):
    assert _said(satuan, target, typed) == []


# Still pointed out: whole things (1,25 orang is no count; 1.250 of 1.300 fits), the thousands reading
# fitting where the decimal does not (71.245 of a target 72.000), nothing fitting (2,5 and 2.500 km are
# both outside 0,5-2x of 50), and ",000" (three zero decimals, always said).
FLAGGED = [
    ("orang", "1.300", "1,250"),
    ("indeks", "72.000", "71,245"),
    ("km", "50", "2,500"),
    ("km", "2", "2,000"),
]


@pytest.mark.parametrize(("satuan", "target", "typed"), FLAGGED)
def test_a_comma_a_thousands_dot_may_have_slipped_to_is_still_pointed_out(satuan, target, typed):
    assert len(_said(satuan, target, typed)) == 1
