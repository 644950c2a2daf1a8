"""A Kumulatif indicator typed as the realisation s.d. each quarter (as e-Monev shows it), which the
engine sums: part of capaian_checks. Pure Python, exact arithmetic.

A quarter may be a little under the one before (at least 90 % of it: the figure corrected after
verification), or any amount under it when every quarter alone is at least 3/4 of the target (a stock
typed Kumulatif, 500; 520; 450; 480 of 520). With such a fall one test for every shape: the last quarter
alone at least 3/4 of the target at TW IV (100; 400; 390; 380, 395 or 450 of 471; 500; 520; 510; 495 of
520), at least 90 % of it before (500; 520; 510 of 520 in TW III; 100; 400; 390 of 471 waits for TW IV),
which flows summed over the target (100; 120; 115; 130 of 200) hardly are, or at TW IV risen from at
most a quarter of the target in TW I to half of it, as a rising one (20; 50; 48; 70 of 100), when the sum
is also at least 1,5x the target (flows dip freely: 5; 27; 25; 50 of 100, 107, are flows). After a fall,
TW IV at least the sum of TW I-III is left to capaian_checks._year_in_last_quarter (the year's total in TW IV)."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_level_unit, is_percent_unit
from lkj_xl.core.pasted import duration_unit, rate_or_score_unit, summed_level_unit


def _small_fall(now: Fraction, before: Fraction) -> bool:
    """``now`` a little under ``before`` (at least 90 % of it): a correction after verification."""
    return now < before and 10 * now >= 9 * before


def _level_said(item: IndicatorInput) -> bool:
    """A Jenis Realisasi left blank on an index, a score, a rate, a yield or a duration (not a
    percentage, which may be a share typed s.d. each quarter): indicator_cells._summed_levels asks there
    for Nilai Akhir or Rata-rata; subtracting its quarters ("TW III dikurangi TW II": NTP 107,1 - 106,35
    = 0,75) is no advice for it."""
    satuan = item.satuan
    if is_percent_unit(satuan):
        return False
    return is_level_unit(satuan) or duration_unit(satuan) or summed_level_unit(item.indikator, satuan)


def running_total(
    item: IndicatorInput,
    name: str,
    quarters: list[Value],
    figures: tuple[str, Fraction, Fraction],
    log: FindingLog,
) -> bool:
    """Three or more Kumulatif quarters rising, the sum over the target and the last one alone at
    least half of it: typed as the realisation s.d. each quarter (1.050; 2.150; 3.130; 4.200 of 4.200,
    as e-Monev shows them), the sum counts each earlier quarter again (10.530, 250 %). The quarters
    corrected down: see the module's note. Computed as typed (a year of rising flows may be meant);
    the last quarter with a number says so (True)."""
    if item.jenis_kosong and _level_said(item):
        return False
    target = figures[1]  # (header, target, realisasi)
    typed = [(q, v.exact) for q, v in enumerate(quarters) if v.exact is not None]
    values = [v for _, v in typed]
    # (three quarters at least: two rising ones of a chosen Kumulatif, 40 + 42 % of 45 %, are meant;
    # equal ones: _typed_sd says it)
    if len(typed) < 3 or values[0] <= 0 or values[1] <= values[0]:
        return False
    steps = list(zip(values, values[1:]))
    falls = [i for i, (before, now) in enumerate(steps, start=1) if now < before]
    stock = all(4 * v >= 3 * target for v in values)  # each quarter alone nearly the year's figure
    if any(
        now == before or (now < before and not stock and not _small_fall(now, before))
        for before, now in steps
    ):
        return False  # (a fall under 90 %: flows 2; 5; 4 of 8 are no running total)
    q, last = typed[-1]
    if falls and len(quarters) == 4 and q == 3 and len(values) == 4 and last >= sum(values[:3]):
        return False  # a dip, then TW IV typed as the year's total: _year_in_last_quarter's advice
    if falls:  # (a correction before the year end: only when already near the year's figure)
        near = 4 * last >= 3 * target if q == 3 else 10 * last >= 9 * target
        # or at TW IV risen from TW I's quarter of the target to half of it as a rising one (20; 50; 48; 70),
        # summed to 1,5x the target or more (flows dip freely, a running total when corrected: 5; 27; 25; 50)
        risen = q == 3 and 4 * values[0] <= target and 2 * last >= target and 2 * sum(values) >= 3 * target
        if not near and not risen:
            return False  # the last quarter alone far from the year's figure: flows wiggling
    elif 2 * last < target:
        return False  # the last quarter alone far from the year's figure: rising flows
    _say(item, name, quarters, figures, typed, falls, log)
    return True


def _say(
    item: IndicatorInput,
    name: str,
    quarters: list[Value],
    figures: tuple[str, Fraction, Fraction],
    typed: list[tuple[int, Fraction]],
    falls: list[int],
    log: FindingLog,
) -> None:
    """The peringatan of a running total at its last quarter with a number (``typed``: the quarters
    with one, ``falls``: the indexes of those under the one before): how the quarters rose, each
    corrected cell, and what to type instead."""
    header, target, realisasi = figures
    values = [v for _, v in typed]
    q, last = typed[-1]
    # the peak: the last of the first rising quarters; the falls after it only (no rise after them)
    peak = falls[0] - 1 if falls else len(values) - 1
    rising_then_falling = falls == list(range(peak + 1, len(values)))
    little = "sedikit " if all(_small_fall(values[i], values[i - 1]) for i in falls) else ""
    tw, prev = c.TW_LABELS[q], c.TW_LABELS[typed[-2][0]]

    def cells(indexes: list[int]) -> str:
        return " dan ".join(
            f"{c.TW_LABELS[typed[i][0]]} ({log.where(c.SHEET_KINERJA, c.REALISASI_TW_HEADERS[typed[i][0]], item.row)})"
            for i in indexes
        )

    if not falls:
        rising = "naik setiap triwulan"
    elif not rising_then_falling:  # corrected, then rising again: each corrected cell named
        said = "yang" if len(falls) == 1 else "yang masing-masing"
        rising = f"naik setiap triwulan kecuali {cells(falls)} {said} {little}di bawah triwulan sebelumnya"
    elif len(falls) == 1:
        rising = f"naik sampai {prev} lalu {tw} {little}di bawahnya"
    else:  # each corrected cell named (staff correct each, or choose Nilai Akhir)
        rising = (
            f"naik sampai {c.TW_LABELS[typed[peak][0]]} lalu {cells(falls)} masing-masing {little}di bawah "
            "triwulan sebelumnya"
        )
    instead = (
        f'pilih "Nilai Akhir" (realisasi {log.sd(len(quarters))} = {tw}, {figure(last)}) atau tulis realisasi '
        "triwulan itu saja, koreksinya di triwulan yang dikoreksi"
        if falls
        else f'tulis realisasi triwulan itu saja ({tw} dikurangi {prev}, dan seterusnya), atau pilih "Nilai '
        'Akhir" bila nilainya posisi'
    )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        c.REALISASI_TW_HEADERS[q],
        item.row,
        f"Realisasi {name} {rising} ({'; '.join(figure(v) for v in values)}) dan Kumulatif menjumlahkannya: "
        f"realisasi {log.sd(len(quarters))} {figure(realisasi)} melebihi {header} ({figure(target)}), padahal "
        f"{tw} saja {figure(last)}. Bila tiap triwulan berisi realisasi s.d. triwulan itu, {instead}",
    )


def half_year_total(
    item: IndicatorInput,
    name: str,
    quarters: list[Value],
    figures: tuple[str, Fraction, Fraction],
    log: FindingLog,
) -> bool:
    """A report s.d. TW II (Semester I) of a Kumulatif count whose TW II is at least twice TW I, the
    sum over the year's target: TW II typed as the realisation s.d. TW II (400;
    1.000 of 1.200, TW II's own 600), the sum counts TW I twice (1.400, 116,67 %). Computed as typed (a
    count may rise so); TW II says so. Not of a percentage, an index, a ratio or a level (a chosen Kumulatif's
    40 + 42 % of 45 % is meant, tests/test_staff_round4.py), nor lower-is-better (said apart)."""
    header, target, realisasi = figures
    first, last = quarters[0].exact, quarters[1].exact
    # (TW II's own part, were it s.d. TW II, at least TW I's, a flow not slowing: honest halves near each
    # other stay quiet, 20; 24 of 40 in tests/test_laporan_klaim_seluruh.py, 2; 3 of 4 dokumen in
    # tests/test_rekap.py; TW II alone at least half the target follows from the rise and the sum)
    if first is None or last is None or first <= 0 or last < 2 * first:
        return False
    # (a level, "Level", "kategori" of a Peringkat, is told "bukan jumlah" at its Jenis Realisasi)
    level = is_level_unit(item.satuan) or rate_or_score_unit(item.satuan)
    if item.polaritas == c.NEGATIF or level or realisasi <= target:
        return False
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        c.REALISASI_TW_HEADERS[1],
        item.row,
        f"Realisasi TW II {name} ({figure(last)}) jauh di atas TW I ({figure(first)}) dan Kumulatif "
        f"menjumlahkan keduanya: realisasi {log.sd(2)} {figure(realisasi)} sudah melebihi {header} setahun "
        f"({figure(target)}). Bila TW II berisi realisasi s.d. TW II, tulis realisasi TW II saja ("
        f'{figure(last)} - {figure(first)} = {figure(last - first)}), atau pilih "Nilai Akhir" bila nilainya '
        "posisi",
    )
    return True
