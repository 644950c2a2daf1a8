"""Under Tabel 3.1 / 3.2: which indicators are Negatif, and the formula their capaian follows; under
Perbandingan Kinerja: which they are (a fall there is Membaik).

Without it a row "target 2,56, realisasi 1,06, capaian 158,59" reads as an arithmetic slip to a reader
who checks capaian = realisasi / target (polaritas_teks). A report of Positif indicators gets no note.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import angka_indikator, capaian_teks, daftar
from lkj_xl.core.layout import SheetBuilder
from lkj_xl.core.model import IndicatorResult, Settings
from lkj_xl.core.polaritas_teks import NEGATIF, negatif_catatan, negatif_terhitung
from lkj_xl.core.summary import MAX_NAMES
from lkj_xl.core.tables.perubahan import note_row


def negatif_note(b: SheetBuilder, indicators: Iterable[IndicatorResult], settings: Settings) -> None:
    """The note naming each Negatif indicator of the table with its target, realisasi and capaian as
    the table shows them (the capaian with the decimals of its row)."""
    negatif = negatif_terhitung(indicators)
    if not negatif:
        return
    named = []
    for ind in negatif[:MAX_NAMES]:
        a = angka_indikator(ind, settings)
        capaian = capaian_teks(ind.capaian_exact, ind.capaian, settings)
        named.append(f"{ind.indikator} (target {a.target}, realisasi {a.realisasi}, capaian {capaian})")
    note_row(b, negatif_catatan(named, max(0, len(negatif) - MAX_NAMES)))


def negatif_nama_note(b: SheetBuilder, indicators: Iterable[IndicatorResult]) -> None:
    """Under Perbandingan Kinerja: "Indikator polaritas Negatif (makin rendah makin baik): A dan B.",
    the Negatif indicators whose Keterangan is given (its note names the rule, not the rows)."""
    names = [i.indikator for i in indicators if i.polaritas == c.NEGATIF and i.pembanding.membaik is not None]
    if not names:
        return
    more = [f"{len(names) - MAX_NAMES} indikator lainnya"] if len(names) > MAX_NAMES else []
    note_row(b, f"{NEGATIF}: {daftar(names[:MAX_NAMES] + more)}.")
