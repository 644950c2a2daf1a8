"""A plus sign typed before a score's figure ("+0,3 poin", "+0,3" under Satuan Indeks, Nilai, Skor or
Poin, or of such words only, "Nilai Indeks"): a change from the figure before, not the level the quarter reached (README, Values). The reader
takes "+0,3" as 0,3, and an index of 72 realised 0,3 printed 0,42 % with advice to type 30. So is a
figure below zero under such a Satuan or one naming an index or a ratio first ("Indeks Gini", "Rasio"):
no level of theirs is below zero, so "-0,01" beside 0,38 is a fall typed for the level (summed to
0,37, or taken: 202,63 % of a Negatif Gini printed without a word). Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.kata_jumlah import COUNT_FIRST
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, IndicatorInput
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.pasted import score_words

# A Satuan naming an index or a ratio first ("Indeks Gini", "Rasio elektrifikasi"): never below zero.
_INDEX_FIRST = re.compile(r"\s*(?:indeks|index|rasio|ratio)\b", re.IGNORECASE)
# An Indikator named a count first ("Jumlah poin kredit", "Jml. skor"): its quarters are flows, summed.
_COUNT = re.compile(COUNT_FIRST)
# An Indikator named a share of a whole first ("Persentase rumah layak huni", "Cakupan imunisasi").
_SHARE = re.compile(r"\s*(?:persentase|prosentase|proporsi|cakupan|angka\s+partisipasi)\b", re.IGNORECASE)

# An Indikator naming a change or a difference anywhere ("Rasio perubahan PAD", "Nilai tukar petani
# perubahan", "Selisih inflasi", "Neraca perdagangan"): its figure may honestly fall below zero.
_SIGNED = re.compile(
    r"\b(?:perubahan|pertumbuhan|kenaikan|penurunan|peningkatan|laju|selisih|net|bersih|neraca|saldo|"
    r"surplus|defisit|growth|change)\b",
    re.IGNORECASE,
)

# A Satuan of points ("Skor", "Poin"): chosen Kumulatif, points earned each quarter, a penalty below zero.
_POINTS = frozenset({"skor", "score", "poin", "point"})
# An Indikator naming a level first ("Indeks kepuasan", "Nilai SAKIP", "Tingkat kepatuhan"): no points' sum.
_LEVEL_FIRST = re.compile(r"\s*(?:indeks|index|nilai|rasio|ratio|tingkat|level|predikat)\b", re.IGNORECASE)

# A plus, a space, then a figure and at most one word ("+ 0,3 poin", "+ 0,3").
_SPACED = re.compile(r"\+\s+(\d[\d.,]*(?:\s*[^\W\d_]+\.?)?)")


def plus_joined(text: str, satuan: str | None, label: str) -> str:
    """A quarter's ``text`` "+ 0,3 poin" under a score's Satuan as "+0,3 poin", so that plus_typed tells
    it as the change it is (read as it was, "tulis angkanya saja" led to typing 0,3 as the level); ""
    for any other text, Satuan or column."""
    found = _SPACED.fullmatch(text)
    if found is None or satuan is None or label not in c.REALISASI_TW_HEADERS or not score_words(satuan):
        return ""
    return f"+{found[1]}"


def plus_typed(item: IndicatorInput, triwulan: int, target: Fraction | None = None) -> list[int]:
    """The counted quarters (1-based) whose figure is typed with a plus sign under a score's Satuan, or
    is below zero under it or an index's or a ratio's (:data:`_INDEX_FIRST`) of an indicator naming no
    change nor difference (:data:`_SIGNED`), of an indicator not itself measuring a change ("Peningkatan indeks ...") nor chosen Kumulatif (where a quarter's figure is what
    it adds). A plus figure at least half the ``target`` is the level with a stray plus ("+102,5" of a
    target 102; "+0,3" of a "Selisih ..." targeted 0,5): read, as before."""
    if item.jenis_realisasi == c.KUMULATIF and not item.jenis_kosong or not never_below_zero(item.satuan):
        return []
    plus, signed = score_words(item.satuan), bool(_SIGNED.search(item.indikator))
    typed = [
        q
        for q, value in enumerate(item.realisasi_tw[:triwulan], start=1)
        if value.exact is not None
        and (
            value.exact.numerator < 0
            and not signed
            or plus
            and value.text.lstrip().startswith("+")
            and not (target and 2 * abs(value.exact) >= abs(target))
        )
    ]
    if not typed:
        return typed
    from lkj_xl.core.jumlah_persen import measures_change  # (jumlah_persen imports indicator_cells)

    return [] if measures_change(item.indikator) else typed


def never_below_zero(satuan: str) -> bool:
    """A score's Satuan (pasted.score_words) or one naming an index or a ratio first: no level below 0."""
    return score_words(satuan) or bool(_INDEX_FIRST.match(satuan))


def minus_told(item: IndicatorInput) -> bool:
    """Whether a quarter below zero of ``item`` is :func:`said_change`'s (the count's "tidak bisa di
    bawah nol" peringatan then is not said as well), or chosen Kumulatif :func:`summed_below_zero`'s (its
    "dihitung apa adanya" contradicted that galat's "tidak dihitung")."""
    if item.jenis_realisasi == c.KUMULATIF and not item.jenis_kosong:
        return summed_told(item)
    if not never_below_zero(item.satuan):
        return False
    from lkj_xl.core.jumlah_persen import measures_change

    return not (measures_change(item.indikator) or _SIGNED.search(item.indikator))


def said_change(
    q: int, name: str, item: IndicatorInput, counts: bool, numbers: list[Fraction | None], log: FindingLog
) -> bool:
    """Say quarter ``q``'s plus sign at its cell and leave its figure out of ``numbers``: a galat where
    the quarter ``counts`` (True: its cell is to be added to the indicator's galat), else a peringatan
    (a Nilai Akhir's earlier quarter: nothing changes)."""
    value = item.realisasi_tw[q - 1]
    header = c.REALISASI_TW_HEADERS[q - 1]
    x = value.exact or Fraction(0)
    amount, unit = figure(abs(x)), item.satuan.strip()
    then = "realisasi dan capaian tidak dihitung" if counts else "triwulan ini tidak dihitung dalam realisasi"
    if x.numerator < 0:  # (a level of an index, a ratio or a score is never below zero)
        target = (item.target_perubahan if item.target_perubahan.filled else item.target).exact
        # (at least half the target: the level behind a stray minus or a PDF's brackets, "(79,5)" of 80)
        level = target is not None and 2 * abs(x) >= abs(target)
        pesan = (
            f'{header} {name} "{value.text.strip() or figure(x)}" dibaca {figure(x)}, padahal Satuan "{unit}" '
            "tidak bisa di bawah nol: "
            + (
                f"bila nilainya {amount}, tulis {amount} (tanpa minus atau tanda kurung)"
                if level
                else "itu tampaknya penurunan dari nilai sebelumnya, bukan nilai yang tercapai; tulis nilainya "
                f"(nilai sebelumnya dikurangi {amount})"
            )
            + f"; {then}"
        )
    else:
        pesan = (
            f'{header} {name} "{value.text.strip()}" ditulis dengan tanda "+": itu kenaikan dari nilai '
            f"sebelumnya, bukan nilai {unit} yang tercapai; tulis nilainya (nilai sebelumnya ditambah "
            f"{amount}) dan kenaikannya, bila perlu, di kolom Keterangan; {then}"
        )
    numbers[q - 1] = None
    if counts:
        log.add(GALAT, c.SHEET_KINERJA, header, item.row, pesan)
        return True
    log.add(PERINGATAN, c.SHEET_KINERJA, header, item.row, pesan, LEFT_OUT)
    return False


def share_below_zero(q: int, name: str, item: IndicatorInput, log: FindingLog) -> None:
    """A quarter below zero under a percentage of an indicator named a share (:data:`_SHARE`) measuring no
    change ("Persentase rumah layak huni" TW I 75, TW II -2,5: a fall typed for the level), neither
    Kumulatif chosen: averaged or summed to a positive realisasi (36,25 of 80: 45,31 %) it printed
    without a word. Computed as typed, a peringatan at its cell; a percentage named otherwise may be
    below zero (an inflation, a growth: tests/test_staff_round19)."""
    if item.jenis_realisasi == c.KUMULATIF and not item.jenis_kosong or not is_percent_unit(item.satuan):
        return
    if not _SHARE.match(item.indikator):
        return
    from lkj_xl.core.jumlah_persen import measures_change

    if measures_change(item.indikator):
        return  # (a growth rate that fell: an honest figure, README "Capaian below zero")
    value, header = item.realisasi_tw[q - 1], c.REALISASI_TW_HEADERS[q - 1]
    x = value.exact or Fraction(0)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'{header} {name} "{value.text.strip() or figure(x)}" dibaca {figure(x)} %, di bawah nol, padahal '
        "persentasenya bagian dari keseluruhan, bukan perubahan; dihitung apa adanya. Bila itu penurunan dari nilai "
        f"sebelumnya, tulis nilainya (nilai sebelumnya dikurangi {figure(-x)}); bila memang {figure(x)} %, biarkan",
    )


def points_flow(item: IndicatorInput) -> bool:
    """Kumulatif chosen under a Satuan of points (:data:`_POINTS`: "Skor kepatuhan" 20, then -5 for a
    violation), of an Indikator naming no level first (:data:`_LEVEL_FIRST`): the quarters are points
    earned, one below zero a penalty, their sum the score (figures66; it was summed_below_zero's galat
    "kurang dari setengah Target", no capaian, or quiet as a count "Jumlah poin ..." under Skor)."""
    if item.jenis_realisasi != c.KUMULATIF or item.jenis_kosong:
        return False
    words = re.findall(r"[^\W\d_]+", item.satuan.casefold())
    return bool(words) and set(words) <= _POINTS and not _LEVEL_FIRST.match(item.indikator)


def summed_told(item: IndicatorInput) -> bool:
    """Whether a quarter below zero of ``item`` is :func:`summed_below_zero`'s: Kumulatif chosen under a
    Satuan never below zero, of an indicator naming no change (the count's "dihitung apa adanya"
    peringatan then is not said as well: it contradicted the galat's "tidak dihitung"). Not of one named
    "Jumlah ..." ("Jumlah poin kredit" 20 + (-5): a count of points, its minus a correction the count's
    peringatan tells, as pasted.summed_level_unit sums such a count)."""
    if item.jenis_realisasi != c.KUMULATIF or item.jenis_kosong or not never_below_zero(item.satuan):
        return False
    if _COUNT.match(item.indikator.strip().casefold()) and not points_flow(item):
        return False  # (points, "Jumlah poin ..." under Skor too: summed_below_zero's one peringatan)
    from lkj_xl.core.jumlah_persen import measures_change

    # ("Peningkatan indeks ...": its quarters are changes, their sum the change)
    return not (measures_change(item.indikator) or _SIGNED.search(item.indikator))


def summed_below_zero(
    item: IndicatorInput, name: str, numbers: list[Fraction | None], target: Fraction | None, log: FindingLog
) -> str:
    """Kumulatif chosen under a Satuan whose level is never below zero (:func:`never_below_zero`: "Indeks
    Gini" TW I 0,38, TW II -0,01), of an indicator naming no change: the quarter below zero is a fall, and
    the sum is the level reached only when the quarters before it hold the level. Printed untold before
    (0,37 of a Negatif Gini 0,38: 102,63 %; 0,01 + (-0,005) = 0,005: 198,68 %). A sum at least half the
    ``target`` (the level it was, less the fall): computed, a peringatan at the last quarter below zero
    naming what was summed and what to choose. A sum below half the target or below zero reads as changes
    only, and one adding a later quarter of half the target or more (0,38, -0,01, 0,37: a level again) two
    levels: no level, a galat there, its header returned (the capaian is not computed); "" otherwise."""
    below = [q for q, x in enumerate(numbers, start=1) if x is not None and x.numerator < 0]
    if not below or not summed_told(item):
        return ""
    q, counted = below[-1], [(k, x) for k, x in enumerate(numbers, start=1) if x is not None]
    header, value = c.REALISASI_TW_HEADERS[q - 1], item.realisasi_tw[q - 1]
    x, total = numbers[q - 1] or Fraction(0), sum((x for _k, x in counted), Fraction(0))
    parts = " + ".join(f"({figure(v)})" if v < 0 else figure(v) for _k, v in counted)
    last = c.roman(counted[-1][0])
    head = (
        f'{header} {name} "{value.text.strip() or figure(x)}" dibaca {figure(x)} dan dijumlahkan (Jenis '
        f'Realisasi "Kumulatif"): realisasi s.d. TW {last} {parts} = {figure(total)}'
    )
    if total >= 0 and points_flow(item):
        _penalty(item, (header, head), x, log)
        return ""
    summed = (
        f'{head}, padahal Satuan "{item.satuan.strip()}" tidak bisa di bawah nol, jadi {figure(x)} tampaknya '
        "penurunan dari nilai sebelumnya"
    )
    level = sum((v for k, v in counted if k <= q), Fraction(0))
    # (a later quarter of half the target or more is a level too: 0,38, -0,01, 0,37 sums two levels)
    # (a later fall, -0,3 of 1 beside a target 0,5, is a change however large: never a level)
    again = [(k, v) for k, v in counted[1:] if target and target > 0 and v > 0 and 2 * v >= target]
    if total >= 0 and not again and (target is None or target <= 0 or 2 * total >= target):
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"{summed}; dihitung sebagai nilai yang tercapai, benar bila TW {c.roman(counted[0][0])} berisi "
            f'nilainya. Satuan itu bukan jumlah: pilih "Nilai Akhir" dan tulis nilai tiap triwulan (TW {c.roman(q)} '
            f"{figure(level)}), agar tabel tidak mencetak {figure(x)} sebagai realisasi triwulan",
        )
        return ""
    if total < 0:
        why = "jumlahnya di bawah nol"
    elif again:
        k, v = again[0]
        why = f"TW {c.roman(k)} {figure(v)} tampaknya nilainya, bukan perubahan, sehingga jumlahnya menambahkan dua nilai"
    else:
        why = f"jumlahnya kurang dari setengah Target ({figure(target or Fraction(0))})"
    log.add(
        GALAT,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'{summed}, dan {why}, bukan nilai yang tercapai. Pilih "Nilai Akhir" dan tulis nilai tiap '
        "triwulan (nilai sebelumnya dikurangi penurunannya); realisasi dan capaian tidak dihitung",
    )
    return header


def _penalty(item: IndicatorInput, said: tuple[str, str], x: Fraction, log: FindingLog) -> None:
    """:func:`points_flow`'s quarter ``x`` below zero, summed (``said``: its header, and the sentence naming
    the sum): points taken off, computed; a peringatan naming the other readings (a score that is a level,
    a sign typed by mistake)."""
    header, summed = said
    amount, unit = figure(-x), item.satuan.strip()
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"{summed}, dihitung sebagai pengurangan poin (mis. pelanggaran) atau koreksi triwulan sebelumnya. "
        f'Bila {unit} itu nilai yang tercapai, bukan jumlah poin tiap triwulan, pilih "Nilai Akhir" dan tulis nilai '
        f"tiap triwulan (nilai sebelumnya dikurangi {amount}); bila bukan pengurangan, tulis angkanya tanpa minus",
    )
