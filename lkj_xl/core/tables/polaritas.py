"""Under Tabel 3.1 / 3.2: which indicators are Negatif, and the formula their capaian follows; under
Perbandingan Kinerja: which they are (a fall there is Membaik).

Without it a row "target 2,56, realisasi 1,06, capaian 158,59" reads as an arithmetic slip to a reader
who checks capaian = realisasi / target (polaritas_teks). A report of Positif indicators gets no note.
Every Negatif indicator is named: with its figures while the list is short, else by its Kode alone
(a report of 40 Negatif rows would otherwise print a page-long note, or leave most unnamed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import angka_indikator, daftar
from lkj_xl.core.layout import SheetBuilder
from lkj_xl.core.model import IndicatorResult, Settings
from lkj_xl.core.polaritas_teks import BERNILAI_NEGATIF, NEGATIF, RUMUS, negatif_terhitung, tanpa_negatif
from lkj_xl.core.tables.perubahan import note_row

# Beyond these the names (with figures) give way to the Kodes: a 1.000-character note is six lines
# across Tabel 3.2's width (90 pt of a row Excel caps at 409 pt), all the Kodes of 200 rows about ten.
MAX_NAMED = 10
MAX_CHARS = 1000


def kode_list(shown: list[IndicatorResult], named: list[IndicatorResult]) -> str:
    """ "T2, S2, P4.04 (2 indikator) dan P4.05 (indikator ke-1)": the Kodes of ``named`` in the order
    of ``shown`` (the table's indicators), a Kode several indicators share told which of them."""
    totals = Counter(i.kode for i in shown)
    seen: Counter[str] = Counter()
    picked: dict[str, list[int]] = {}
    wanted = {id(i) for i in named}
    for ind in shown:
        seen[ind.kode] += 1
        if id(ind) in wanted:
            picked.setdefault(ind.kode, []).append(seen[ind.kode])
    labels = []
    for kode, order in picked.items():
        if totals[kode] == 1:
            labels.append(kode)
        elif len(order) == totals[kode]:
            labels.append(f"{kode} ({len(order)} indikator)")
        else:
            labels.append(f"{kode} (indikator {daftar([f'ke-{n}' for n in order])})")
    return daftar(labels)


def _kode_note(lead: str, shown: list[IndicatorResult], named: list[IndicatorResult]) -> str:
    return f"{lead}, {len(named)} indikator menurut Kode di sheet Kinerja: {kode_list(shown, named)}."


def negatif_note(b: SheetBuilder, indicators: Iterable[IndicatorResult], settings: Settings) -> None:
    """The note naming each Negatif indicator of the table with its target, realisasi and capaian as
    the table shows them (the capaian with the decimals of its row, a capped one said so as the
    sentences say it); by Kode when the list would be long."""
    shown = list(indicators)
    negatif = negatif_terhitung(shown)
    if not negatif:
        return
    items = []
    for ind in negatif:
        a = angka_indikator(ind, settings, tabel=True)
        capaian = tanpa_negatif(a.capaian)  # "120,00% (dibatasi Batas Capaian 120%; ...)"
        items.append(f"{ind.indikator} (target {a.target}, realisasi {a.realisasi}, capaian {capaian})")
    lead = f"{RUMUS} {BERNILAI_NEGATIF.capitalize()} di tabel ini"
    text = f"{lead}: {'; '.join(items)}."
    if len(negatif) > MAX_NAMED or len(text) > MAX_CHARS:
        text = _kode_note(lead, shown, negatif)
    note_row(b, text)


def negatif_nama_note(b: SheetBuilder, indicators: Iterable[IndicatorResult]) -> None:
    """Under Perbandingan Kinerja: "Indikator bernilai negatif (semakin rendah realisasi semakin
    baik): A dan B.", the Negatif indicators whose Keterangan is given (its note names the rule, not
    the rows); by Kode when the list would be long."""
    shown = list(indicators)
    named = [i for i in shown if i.polaritas == c.NEGATIF and i.pembanding.membaik is not None]
    if not named:
        return
    text = f"{NEGATIF}: {daftar([i.indikator for i in named])}."
    if len(named) > MAX_NAMED or len(text) > MAX_CHARS:
        text = _kode_note(NEGATIF, shown, named)
    note_row(b, text)
