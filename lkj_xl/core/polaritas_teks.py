"""A Negatif indicator's capaian, said as such wherever it is shown beside its target and realisasi.

Lower is better (a price index, inflation, a poverty rate): capaian = (target - (realisasi - target)) /
target x 100 (DOMAIN.md). Tabel 3.1 / 3.2 and the sentences of 3.1.3 and 3.2.3 show target 2,56,
realisasi 1,06 and capaian 158,59: an evaluator who checks capaian = realisasi / target gets 41,41 %
and marks the row wrong unless the report says which indicators are Negatif and how they are counted.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core import contract as c
from lkj_xl.core.model import IndicatorResult

NEGATIF = "Indikator polaritas Negatif (makin rendah makin baik)"
LEAD = f"{NEGATIF}: capaian = (target - (realisasi - target)) / target x 100"


def negatif_teks(ind: IndicatorResult) -> str:
    """' (indikator negatif: makin rendah makin baik)' after a Negatif indicator's capaian in a sentence;
    "" for a Positif one."""
    return " (indikator negatif: makin rendah makin baik)" if ind.polaritas == c.NEGATIF else ""


def negatif_terhitung(indicators: Iterable[IndicatorResult]) -> list[IndicatorResult]:
    """The Negatif indicators with a capaian (the ones a reader could recompute the wrong way)."""
    return [i for i in indicators if i.polaritas == c.NEGATIF and i.capaian is not None]


def negatif_catatan(named: list[str], more: int) -> str:
    """The note under a capaian table: the formula, then each Negatif indicator with its figures
    ("Indeks Perkembangan Harga (target 2,56%, realisasi 1,06%, capaian 158,59%)"); ``more`` left
    unnamed ("3 indikator lainnya")."""
    items = named + ([f"{more} indikator lainnya"] if more else [])
    return f"{LEAD}: {'; '.join(items)}."
