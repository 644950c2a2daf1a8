"""A Positif Nilai Akhir whose counted quarter holds a zero typed after a figure above zero: `Persentase
balita yang ditimbang` TW II 78,4 %, TW III `nihil` gives a realisasi s.d. TW III of 0, a capaian of 0 %
"Sangat Rendah" without a word. A position (a coverage, a stock) rarely falls from a figure to nothing; a
zero there is more likely typed for "not measured yet", where `-` leaves the quarter out and counts the
figure before it. The peringatan at the zero names both quarters and both capaian; computed as typed
(the zero may be real).

A zero is a real zero where nothing points the other way, and stays quiet: under Negatif (nihil is its
best, `kasus gizi buruk`, and so under a Polaritas left blank where the name says lower is better, whose
peringatan says choose Negatif), Kumulatif (a quarter's own zero, not the figure counted; a Rata-rata's
is mean_with_zero's), with no figure above zero before it (the seed's P2.03: TW I blank, TW II 0), and
where its cell was said already (a formula saved as 0, a score or a duration of zero: indicator_cells).

A Negatif rate of events per 1.000 or more (`Angka Kematian Ibu` per 100.000 KH: TW I 110,3, TW II `nihil`)
is no such real zero: its figure s.d. a quarter counts the events and births s.d. it, so it cannot fall
to nothing after a quarter with events; `nihil` typed for "no death this quarter" printed 200 % Sangat
Tinggi without a word. Its peringatan says so and what to type; so after two zeros (110,3, nihil, nihil:
the s.d. TW III figure cannot be nil either), naming both, each to be "-" while its data is not in.

In a report counting TW IV a `-` there leaves a Nilai Akhir belum diketahui (nilai_akhir_tahunan), never
TW III's figure: the advice says so (it promised TW III's capaian, 92,24 %).

A Positif Rata-rata alike (`Cakupan pelayanan` TW I 70, TW II 78,4, TW III `nihil`): the zero enters the
mean, (70 + 78,4 + 0) / 3 = 49,47, 58,20 % Rendah without a word, where `-` leaves it out (74,2, 87,29 %
Tinggi); `mean_with_zero` says it as fall_to_zero does, of a level, a duration, a rate or a score only
(pasted.not_summed_unit): a count's quarter is its own events, and a quarter with none is ordinary
(`Jumlah pengaduan` 12, 15, nihil). Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.kalimat import daftar, with_satuan
from lkj_xl.core.laju_kata import events_per
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nama_negatif import lower_is_better
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.pasted import not_summed_unit
from lkj_xl.core.posisi_persen import reading


def fall_to_zero(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    figures: tuple[Fraction, int],
    log: FindingLog,
) -> None:
    """The peringatan of a zero after a figure (see above): ``cells`` the target's and the counted
    quarters', ``figures`` the realisasi s.d. the quarter reported and that quarter."""
    realisasi, triwulan = figures
    if realisasi != 0 or item.jenis_realisasi != c.NILAI_AKHIR:
        return
    per = events_per(item.satuan) if item.polaritas == c.NEGATIF else ""
    if item.polaritas == c.NEGATIF and not per:
        return  # (nihil kasus gizi buruk: its best)
    if item.polaritas_kosong and lower_is_better(item.indikator, item.satuan):
        return  # (kasus gizi buruk 3, then nihil: its good news; the Polaritas peringatan says Negatif)
    target = cells[0][1].exact
    typed = [(h, v) for h, v in cells[1:] if v.exact is not None]
    if target is None or target <= 0 or len(typed) < 2 or typed[-1][1].exact != 0:
        return
    (before, earlier), (header, _zero) = _figure_before(typed, bool(per))
    prev = earlier.exact
    if prev is None or prev <= 0 or c.REALISASI_TW_HEADERS.index(header) in item.nol_rumus:
        return  # (a formula saved as 0: indicator_cells.formula_zero's)
    if log.said_at(c.SHEET_KINERJA, [log.ref(header, item.row, c.SHEET_KINERJA)]):
        return
    # (a rate's zeros after its figure: "TW II dan TW III", each to be "-" while not in)
    after = typed[typed.index((before, earlier)) + 1 :]
    zeros = [h.removeprefix("Realisasi ") for h, _ in after]
    tw, prev_tw = daftar(zeros), before.removeprefix("Realisasi ")
    as_typed = daftar(list(dict.fromkeys(f'"{v.text or "0"}"' for _, v in after)))  # ("nihil" dan "0")
    last_tw = header.removeprefix("Realisasi ")
    # (as the sentences write a figure: "78,4%", "68 unit", "Rp 2.000.000.000")
    shown = f"{figure(prev)}%" if is_percent_unit(item.satuan) else with_satuan(figure(prev), item.satuan)
    pol = item.polaritas
    typed_as = (
        f'Realisasi {tw} {name} ditulis {as_typed} (nol) setelah {prev_tw} {shown}: dengan "Nilai '
        f'Akhir" realisasi {log.sd(triwulan)} 0, capaian {reading(Fraction(0), target, settings, pol)}. '
    )
    where = f" di {tw}" if len(zeros) > 1 else ""
    dash = (
        f'tulis "-"{where} (yang dihitung {prev_tw} {shown}, capaian {reading(prev, target, settings, pol)})'
    )
    if triwulan == 4 and last_tw == "TW IV":  # (nilai_akhir_tahunan: "-" in TW IV leaves the year unknown)
        dash = (
            f'tulis "-"{where} (realisasi {log.sd(triwulan)} belum diketahui, tanpa capaian: {prev_tw} {shown} '
            "bukan angka akhir tahun)"
        )
    if per:
        why = (
            f"Angka per {per} s.d. suatu triwulan dihitung dari kejadian dan {per} s.d. triwulan itu, jadi "
            f"tidak menjadi nol setelah ada kejadian pada {prev_tw}: bila tidak ada kejadian pada {tw}, tulis "
            f"di {last_tw} angka s.d. {last_tw} (kejadian s.d. {last_tw} per {per} s.d. {last_tw}); bila data "
            f"{tw} belum ada, {dash}"
        )
    else:
        why = (
            f"Posisi yang turun dari {shown} menjadi nol jarang terjadi: bila data {tw} belum ada, {dash}; "
            "bila memang nol, biarkan"
        )
    log.add(PERINGATAN, c.SHEET_KINERJA, header, item.row, typed_as + why)


def _figure_before(typed: list[tuple[str, Value]], rate: bool) -> tuple[tuple[str, Value], tuple[str, Value]]:
    """The quarter typed before the zero and the zero (the last quarter typed); of a rate of events s.d.
    each quarter (``rate``) the last with a figure, over zeros between (AKI 110,3, nihil, nihil: its s.d.
    TW III cannot be nil either, and printed 200 % without a word)."""
    if rate:
        for pair in reversed(typed[:-1]):
            if pair[1].exact:  # (a zero before it: the same zero; none above zero: quiet as before)
                return pair, typed[-1]
    return typed[-2], typed[-1]


def mean_with_zero(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    figures: tuple[Fraction, int],
    log: FindingLog,
) -> None:
    """The peringatan of a Positif Rata-rata whose last counted quarter typed holds a zero after a figure
    above zero (see above): ``figures`` the realisasi s.d. the quarter reported (the mean) and that quarter."""
    realisasi, triwulan = figures
    if item.jenis_realisasi != c.RATA_RATA or item.polaritas == c.NEGATIF:
        return
    if not not_summed_unit(item.indikator, item.satuan):
        return  # (a count's quarter, "Jumlah pengaduan" 12, 15, nihil: a quarter with none is no rarity)
    if item.polaritas_kosong and lower_is_better(item.indikator, item.satuan):
        return  # (its Polaritas peringatan speaks)
    target = cells[0][1].exact
    typed = [(h, v) for h, v in cells[1:] if v.exact is not None]
    if target is None or target <= 0 or len(typed) < 2 or typed[-1][1].exact != 0:
        return
    (before, earlier), (header, zero) = typed[-2], typed[-1]
    prev = earlier.exact
    if prev is None or prev <= 0 or c.REALISASI_TW_HEADERS.index(header) in item.nol_rumus:
        return  # (a formula saved as 0: indicator_cells.formula_zero's)
    if log.said_at(c.SHEET_KINERJA, [log.ref(header, item.row, c.SHEET_KINERJA)]):
        return
    rest = [(h.removeprefix("Realisasi "), v.exact) for h, v in typed[:-1] if v.exact is not None]
    mean = sum((x for _, x in rest), Fraction(0)) / len(rest)
    tw, prev_tw = header.removeprefix("Realisasi "), before.removeprefix("Realisasi ")
    shown = f"{figure(prev)}%" if is_percent_unit(item.satuan) else with_satuan(figure(prev), item.satuan)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'Realisasi {tw} {name} ditulis "{zero.text or "0"}" (nol) setelah {prev_tw} {shown}: dengan '
        f'"Rata-rata" nol itu ikut dirata-ratakan, realisasi {log.sd(triwulan)} {figure(realisasi)}, capaian '
        f"{reading(realisasi, target, settings)}. Nilai yang turun dari {shown} menjadi nol jarang terjadi: "
        f'bila data {tw} belum ada, tulis "-" (rata-rata {daftar([h for h, _ in rest])} {figure(mean)}, '
        f"capaian {reading(mean, target, settings)}); bila memang nol, biarkan",
    )
