"""What a Tujuan's or Sasaran's capaian averages, said where that one figure is shown.

A node's capaian is the mean of its measurable indicators' capaian (README). With one indicator it is
that indicator's own, as Tabel 3.1 prints it; with two or more, Tabel 3.3 shows one figure (74,13)
beside every indicator's name, a figure Tabel 3.1 prints nowhere (it shows 98,26 and 50,00): the
reader is told it is their mean, each indicator named with its own capaian as Tabel 3.1 shows it.
The mean of the shown figures may differ from the shown mean in the last decimal (the mean is of the
exact values), so no sum is written out.
"""

from __future__ import annotations

from lkj_xl.core.kalimat import capaian_teks, daftar
from lkj_xl.core.model import Node, Settings


def rata_rata(node: Node, settings: Settings) -> str:
    """ "rata-rata capaian A (98,26%) dan B (50,00%)" when the node's capaian averages two or more
    indicators and none is left out (that case has its own words: "rata-rata 1 dari 2 indikator");
    "" otherwise."""
    measured = [i for i in node.indicators if i.capaian_exact is not None]
    if node.capaian is None or len(measured) < 2 or len(measured) < len(node.indicators):
        return ""
    return "rata-rata capaian " + daftar(
        [f"{i.indikator} ({capaian_teks(i.capaian_exact, i.capaian, settings)})" for i in measured]
    )


def rata_rata_catatan(node: Node, settings: Settings) -> str:
    """Tabel 3.3's Catatan of such a node: "Capaian sasaran ini rata-rata capaian 2 indikatornya: A
    (98,26%) dan B (50,00%)."; "" otherwise."""
    said = rata_rata(node, settings)
    if not said:
        return ""
    count = len(node.indicators)
    return f"Capaian {node.tingkat.lower()} ini {said.replace('capaian ', f'capaian {count} indikatornya: ', 1)}."
