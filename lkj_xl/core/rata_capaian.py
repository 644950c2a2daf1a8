"""What a Tujuan's or Sasaran's capaian averages, said where that one figure is shown.

A node's capaian is the mean of its measurable indicators' capaian (README). With one indicator it is
that indicator's own, as Tabel 3.1 prints it; with two or more, Tabel 3.3 shows one figure (74,13)
beside every indicator's name, a figure Tabel 3.1 prints nowhere (it shows 98,26 and 50,00): the
reader is told it is their mean, each indicator named with its own capaian as Tabel 3.1 shows it.
The mean is of the exact values, so the mean of the shown figures may round otherwise ((98,26 + 50,25)
/ 2 = 74,255 -> 74,26 beside a shown 74,25 from 74,2530): then the text says it was taken before
rounding, and a reader adding the figures up is not left with a slip.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.formulas import capaian_decimals, efisiensi_row_decimals, round_half_up
from lkj_xl.core.kalimat import capaian_teks, daftar
from lkj_xl.core.model import Node, Settings
from lkj_xl.core.numbers import to_fraction

SEBELUM_PEMBULATAN = "(dihitung dari nilai sebelum pembulatan)"


def _rincian(node: Node, settings: Settings, places: int | None = None) -> tuple[list[str], bool] | None:
    """Each indicator "A (98,26%)" as Tabel 3.1 shows it, and whether the mean of those shown figures
    rounds otherwise than the node's capaian shown with ``places`` decimals (default: its own, as
    3.2.1 shows it); None when the node has no such mean to name."""
    measured = [i for i in node.indicators if i.capaian_exact is not None]
    if node.capaian is None or len(measured) < 2 or len(measured) < len(node.indicators):
        return None
    s = settings
    exacts = [i.capaian_exact for i in measured if i.capaian_exact is not None]
    shown = [round_half_up(e, capaian_decimals(e, s.skala, s.desimal)) for e in exacts]
    exact = node.capaian_exact if node.capaian_exact is not None else to_fraction(node.capaian)
    if places is None:
        places = capaian_decimals(exact, s.skala, s.desimal)
    beda = round_half_up(sum(shown, Fraction(0)) / len(shown), places) != round_half_up(exact, places)
    return [f"{i.indikator} ({capaian_teks(i.capaian_exact, i.capaian, s)})" for i in measured], beda


def rata_rata(node: Node, settings: Settings) -> str:
    """ "rata-rata capaian A (98,26%) dan B (50,00%)" when the node's capaian averages two or more
    indicators and none is left out (that case has its own words: "rata-rata 1 dari 2 indikator");
    "rata-rata capaian (dihitung dari nilai sebelum pembulatan) A (98,26%) dan B (50,25%)" when the
    shown figures average to another; "" otherwise."""
    said = _rincian(node, settings)
    if said is None:
        return ""
    items, beda = said
    return f"rata-rata capaian {SEBELUM_PEMBULATAN + ' ' if beda else ''}{daftar(items)}"


def rata_rata_catatan(node: Node, settings: Settings) -> str:
    """Tabel 3.3's Catatan of such a node: "Capaian sasaran ini rata-rata capaian 2 indikatornya: A
    (98,26%) dan B (50,00%)." ("2 indikatornya (dihitung dari nilai sebelum pembulatan): ..." as
    above); "" otherwise. Tabel 3.3 and 3.2.2 may show the capaian with its penyerapan's decimals
    (formulas.efisiensi_row_decimals): 74,9983 beside 99,9999, where 75,00, 100,00 and 50,00 average
    to 75,0000, so the mean is compared at the decimals shown there."""
    places = None
    if node.capaian_exact is not None and node.efisiensi_exact is not None:
        s = settings
        places = efisiensi_row_decimals(node.capaian_exact, node.efisiensi_exact, s.skala, s.desimal)[0]
    said = _rincian(node, settings, places)
    if said is None:
        return ""
    items, beda = said
    count = f"{len(node.indicators)} indikatornya{' ' + SEBELUM_PEMBULATAN if beda else ''}"
    return f"Capaian {node.tingkat.lower()} ini rata-rata capaian {count}: {daftar(items)}."
