"""The reported quarter's Kinerja column a copy of the quarter before: staff starting a new quarter
copy "Realisasi TW II" into "Realisasi TW III" to overwrite it row by row, and report before every
row is typed anew. Each Kumulatif (and Rata-rata) indicator then counts the earlier quarter twice,
which one row alone cannot tell from a quarter like the one before (said at a row only when the sum
passes its target, capaian_checks._typed_sd); the whole column alike says it. Anggaran's copied
column (each row said by budget._cumulative) gets the note the penyerapan is printed with. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, blank, clip, figure
from lkj_xl.core.model import PERINGATAN, TOTALS, BudgetInput, IndicatorInput, Value
from lkj_xl.core.number_words import is_percent_unit

# Fewer rows alike may well be quarters like the ones before (6 koperasi diperiksa, 1 laporan each
# quarter): a small workbook's few indicators may all repeat; five rows and three sums do not.
_LEAST_FILLED = 5
_LEAST_DOUBLED = 3  # (also the rows that moved then froze, Nilai Akhir ones, that Kinerja's printed note
# needs beside the counts: two counts alike among steady quotas may be two counts that did not grow, a
# question for staff, not a note for the report's reader)
_NAMED = 10  # the codes named in the message; the others counted


def _key(value: Value) -> tuple[object, ...]:
    return (value.exact, value.status, value.text.strip(), bool(value.galat))


def _copied(
    rows: Iterable[tuple[list[Value], str]], triwulan: int
) -> tuple[int, list[int], list[int]] | None:
    """(the rows filled, the indexes of those counting the quarter before twice, the indexes of those
    whose quarter before that held another NUMBER and froze: the evidence of a copy, a Nilai Akhir's
    too) of ``rows`` (each row's TW I-IV, and how a copied figure counts there: "sum" a Kumulatif's,
    "mean" a Rata-rata's, "" a Nilai Akhir's, not at all) when the reported quarter is a copy of the
    one before: every row holding something in either holds the same in both, five rows at least,
    three counting a non-zero figure twice (or every row not steady, two at least). None when it is no
    copy. A row whose quarter before is like the one before that (1, 1, 1: a steady quota) tells no
    copy, nor a Rata-rata whose mean the figure leaves as it was; a quarter before that left blank, "-"
    or a status text ("Menunggu data BPS") is no number that moved: no evidence."""
    if triwulan < 2:
        return None
    now, before = triwulan - 1, triwulan - 2
    filled = varying = 0
    doubled: list[int] = []
    moved: list[int] = []
    for index, (quarters, twice) in enumerate(rows):
        this, last = quarters[now], quarters[before]
        if blank(this) and blank(last):
            continue
        if _key(this) != _key(last):
            return None  # a row typed anew: this quarter is being filled in, no copy
        filled += 1
        if before > 0 and _key(quarters[before - 1]) == _key(last):
            continue  # a steady quota: like the quarter before by plan
        first = quarters[before - 1].exact if before > 0 else None
        if first is not None and last.exact is not None and first != last.exact:
            moved.append(index)  # (a figure that moved in TW II and froze in TW III: as telling as a count)
        if not twice:
            continue  # (a Nilai Akhir copied counts nothing twice: its row neither harms nor raises the bar)
        varying += 1
        if this.exact and (twice != "mean" or _moves_mean(quarters, triwulan)):
            doubled.append(index)
    # (judged on the rows that are not steady: among steady quotas, two varying rows alike are the copy)
    least = min(_LEAST_DOUBLED, max(varying, 2))
    if filled < _LEAST_FILLED or len(doubled) < least:
        return None
    return filled, doubled, moved


def _moves_mean(quarters: list[Value], triwulan: int) -> bool:
    """Whether the reported quarter's figure changes the mean of the quarters typed before it."""
    typed = [v.exact for v in quarters[:triwulan] if v.exact is not None]
    if len(typed) < 2:
        return False
    return sum(typed, Fraction(0)) / len(typed) != sum(typed[:-1], Fraction(0)) / (len(typed) - 1)


def copied_spending(log: FindingLog, inputs: list[BudgetInput], triwulan: int) -> str:
    """The note the outputs print beside the penyerapan when Anggaran's reported quarter is a copy of the
    one before (each row's peringatan is budget._cumulative's); else "". A clause: the sentences of the
    total pagu put it inside theirs, as Report.anggaran_kosong."""
    # (below three programs alike the rows' own peringatan ask, nothing is printed: two programs
    # alike to the rupiah among steady ones may be honest, 6 jt then 7,5 jt and 7,5 jt an honorarium
    # raised by an April SK; a fixed honorarium, alike from TW I, tells nothing either)
    rows = [(item.realisasi_tw, "sum") for item in inputs if not item.kode_galat]
    copy = _copied(rows, triwulan)
    if copy is None or len(copy[1]) < _LEAST_DOUBLED:
        return ""
    tw, prev = c.TW_LABELS[triwulan - 1], c.TW_LABELS[triwulan - 2]
    return (
        f"realisasi anggaran {tw} sama dengan {prev} di semua baris: bila kolom {prev} tersalin, belanja "
        f"{prev} terhitung dua kali dalam realisasi {log.sd(triwulan)}"
    )


def copied_column(log: FindingLog, items: list[IndicatorInput], triwulan: int) -> str:
    """A peringatan at the reported quarter's title when Kinerja's reported quarter is a copy of the one
    before (:func:`_copied`), Kumulatif and Rata-rata rows counting it twice: computed as typed, the
    rows named and what to type instead. Returns the note the capaian tables then print
    (Report.kinerja_kosong, as for a column left blank) when three rows count it twice, or three others
    (Nilai Akhir positions: 11 of them moving in TW II and alike in TW III are as telling as the sums)
    held another number the quarter before and froze; else ""."""
    counts = {c.KUMULATIF: "sum", c.NILAI_AKHIR: ""}  # (any other: a Rata-rata's mean)
    twice = [(item.realisasi_tw, counts.get(item.jenis_realisasi, "mean")) for item in items]
    copy = _copied(twice, triwulan)
    if copy is None:
        return ""
    now, before = triwulan - 1, triwulan - 2
    filled, doubled = copy[0], [items[index] for index in copy[1]]
    tw, prev = c.TW_LABELS[now], c.TW_LABELS[before]
    codes = _codes(doubled)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        c.REALISASI_TW_HEADERS[now],
        log.header_rows.get(c.SHEET_KINERJA, 0),
        f"Realisasi {tw} sama dengan Realisasi {prev} di semua baris yang terisi ({filled} indikator): kolom "
        f"{prev} tersalin ke {tw}? Pada {len(doubled)} indikator Kumulatif atau Rata-rata ({codes}) angka "
        f"{prev} terhitung dua kali dalam realisasi {log.sd(triwulan)}{_example(doubled, triwulan)}, begitu "
        f'pula capaian dan kriterianya; tulis realisasi {tw} saja (hasil triwulan itu), "nihil" bila nol, '
        'atau "-" bila belum ada data',
        TOTALS,  # as the column left blank: the rekap's Pemeriksaan lists it beside the agency's figures
    )
    # printed with three rows counting the quarter before twice, or three others (Nilai Akhir ones)
    # whose number moved then froze: two counts alike and one position alike among steady quotas may
    # be a small office's honest quarter (2; 3; 3 kegiatan, an IKM 75; 78; 78 % per semester)
    others = [i for i in copy[2] if i not in copy[1] and _froze_unreached(items[i], triwulan)]
    if len(copy[1]) < _LEAST_DOUBLED and len(others) < _LEAST_DOUBLED:
        return ""  # (asked above, not printed in the signed report)
    return (
        f"Realisasi {tw} sama dengan {prev} di semua baris (kolom {prev} tersalin?): realisasi {log.sd(triwulan)} "
        f"indikator Kumulatif dan Rata-rata menghitung angka {prev} dua kali, begitu pula capaian dan kriterianya."
    )


def _froze_unreached(item: IndicatorInput, triwulan: int) -> bool:
    """Whether a row that moved then froze is evidence of a copy: not when the quarter before that was
    0 (a start, as Anggaran's), nor when the frozen figure reached the target or 100 % (a Nilai Akhir
    that reached its goal and stayed there: the most common honest pattern)."""
    first, last = item.realisasi_tw[triwulan - 3].exact, item.realisasi_tw[triwulan - 2].exact
    if not first or last is None:
        return False
    if is_percent_unit(item.satuan) and last == 100:
        return False
    goal = item.target_perubahan.exact if item.target_perubahan.exact is not None else item.target.exact
    ranged = (item.target_perubahan if item.target_perubahan.filled else item.target).rentang
    if goal is None and ranged is not None:  # "60-85 %": reached at its near bound (inside it is met)
        goal = ranged[1] if item.polaritas == c.NEGATIF else ranged[0]
    if goal is None:
        return True
    return last < goal if item.polaritas != c.NEGATIF else last > goal


def _codes(doubled: list[IndicatorInput]) -> str:
    """ "S1, S2 (3 indikator), 1.05.02": each Kode once, with its count when it has several of these
    indicators (a Sasaran's three read "S2, S2, S2"); the first _NAMED Kodes named, the rest counted."""
    counts: dict[str, int] = {}
    for item in doubled:
        counts[item.kode] = counts.get(item.kode, 0) + 1
    named = list(counts.items())[:_NAMED]
    codes = ", ".join(kode if n == 1 else f"{kode} ({n} indikator)" for kode, n in named)
    rest = len(doubled) - sum(n for _, n in named)
    return f"{codes} dan {rest} lainnya" if rest else codes


def _example(doubled: list[IndicatorInput], triwulan: int) -> str:
    """' (mis. "Jumlah koperasi" (S2): 25 + 4 + 4 = 33)': the first Kumulatif row's sum as counted, its
    indicator named (a Kode may have several); "" when none."""
    for item in doubled:
        if item.jenis_realisasi == c.KUMULATIF:
            typed = [v.exact for v in item.realisasi_tw[:triwulan] if v.exact is not None]
            total = sum(typed, Fraction(0))
            sums = f"{' + '.join(figure(v) for v in typed)} = {figure(total)}"
            return f' (mis. "{clip(item.indikator)}" ({item.kode}): {sums})'
    return ""
