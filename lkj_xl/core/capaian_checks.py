"""Peringatan on a capaian computed as typed (part of the engine): float noise that alone decides its
kriteria, a realisation far off its target. Pure Python, exact arithmetic."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.capaian_nol import below_zero
from lkj_xl.core.findings import FindingLog, figure, miliar_thousands
from lkj_xl.core.formulas import capaian_exact, capped, kriteria, realisasi_sd
from lkj_xl.core.indeks_dijumlahkan import index_summed, lower_index_summed
from lkj_xl.core.jumlah_persen import chosen_share_summed
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nilai_akhir_tahunan import akhir_advice
from lkj_xl.core.number_format import excel_shown, noisy, shown_digits, to_fraction
from lkj_xl.core.number_words import is_level_unit, is_percent_unit
from lkj_xl.core.pasted import rank, score_unit, score_words, summed_level_unit
from lkj_xl.core.per_mil import is_per_mil_satuan
from lkj_xl.core.per_mil_quarters import percent_among_per_mil
from lkj_xl.core.percent_quarters import whole_in_percent_quarter
from lkj_xl.core.polaritas_teks import DIJELASKAN_NEGATIF
from lkj_xl.core.posisi_dijumlahkan import positions, stock_by_default
from lkj_xl.core.progres_fisik import progress_named
from lkj_xl.core.running_total import half_year_total, running_total
from lkj_xl.core.satuan_laju import rate_base
from lkj_xl.core.share_fraction import (
    a_reading_fits,
    above_whole,
    crossing_one,
    far_from_quarter,
    may_exceed_hundred,
)
from lkj_xl.core.skala_skor import scale_agrees


def _noisy(value: Value) -> bool:
    """A number cell saved with more than 15 significant digits (90.00000000000001): a formula's
    float noise, since Excel keeps 15 digits of what is typed and shows 15."""
    x = value.number
    return not (value.text or x is None or x.is_integer()) and noisy(x)


def _excel_shown(value: Value) -> Fraction | None:
    """The cell's value at the 15 significant digits Excel shows."""
    return excel_shown(value.number) if value.number is not None and _noisy(value) else value.exact


def _shown_text(number: float) -> str:
    """The 15 digits a noisy cell shows, as a message writes them (90; 0,308503118503119)."""
    return format(shown_digits(to_fraction(number)).normalize(), "f").replace(".", ",")


def _edge_noise(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    value: Fraction,
    log: FindingLog,
) -> None:
    """Float noise that alone decides the kriteria (or 100 %): 0,27/0,3*100 saved as 90.00000000000001
    is Sangat Tinggi, the 90 Excel shows is Tinggi. The figure follows the cell as saved (the README's
    rule); the cell is pointed out so that the formula can be rounded."""
    # (_noisy's first tests, in its order, without its call: most cells are whole numbers, never noisy)
    noisy = [
        (h, x)
        for h, v in cells
        if not v.text and (x := v.number) is not None and not x.is_integer() and _noisy(v)
    ]
    if not noisy:
        return
    shown = [_excel_shown(v) for _, v in cells]
    target, realisasi = shown[0], realisasi_sd(shown[1:], item.jenis_realisasi)
    if not target or realisasi is None:
        return
    alt = capped(capaian_exact(realisasi, target, item.polaritas), settings.batas_capaian)
    as_saved, as_shown = kriteria(value, settings.skala), kriteria(alt, settings.skala)
    if (as_saved, value >= 100) == (as_shown, alt >= 100):
        return
    for header, x in noisy:
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"{header} {name} tersimpan {repr(x).replace('.', ',')} (hasil rumus, lebih dari 15 "
            f"angka penting; Excel menampilkan {_shown_text(x)}): capaian "
            f"{as_saved.lower()} menurut nilai tersimpan, {as_shown.lower()} menurut angka yang tampak; "
            "bulatkan rumusnya (mis. =ROUND(...;2))",
        )


def worth_a_look(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    figures: tuple[Fraction, Fraction, int],
    log: FindingLog,
) -> None:
    """The peringatan of a capaian computed as typed: float noise that decides its kriteria, a
    realisation far off its target. ``figures``: the capaian, the realisasi s.d. TW n, and n."""
    capaian, realisasi, n = figures
    _edge_noise(cells, item, name, settings, capaian, log)
    header, target = cells[0][0], cells[0][1].exact
    if target is not None:
        # Both as integers once (each property of a Fraction is a Python call of its own): r = ra/rb,
        # t = ta/tb, the denominators positive.
        (ra, rb), (ta, tb) = realisasi.as_integer_ratio(), target.as_integer_ratio()
        # (first: said at its quarter, the far-off peringatan at the target is then left out)
        whole_in_percent_quarter(cells[: n + 1], item, name, target, log)
        _far_off(item, name, (header, target), realisasi, n, log)
        # realisasi > target on the integers
        summed = item.jenis_realisasi == c.KUMULATIF and ra * tb > ta * rb
        # (first: its advice, the last quarter and the mean, is the better for a rate or an index; an
        # index under % is none of the share's: indeks_dijumlahkan)
        scored = summed and (
            index_summed(cells, item, name, settings, n, log)
            or _summed_score(positions(cells, target), item, name, (header, target, realisasi), log, n)
        )
        if capaian.numerator < 0:  # (a lower-is-better realisasi over twice its target, or one below zero)
            if item.polaritas == c.NEGATIF and item.jenis_realisasi == c.KUMULATIF:  # an index: its own words
                lower_index_summed(cells, item, name, settings, n, log)  # (below_zero then quiet)
            below_zero(item, name, (header, target), (capaian, realisasi, n), log)
        elif (
            item.polaritas == c.NEGATIF
            and item.jenis_realisasi == c.KUMULATIF
            and not lower_index_summed(cells, item, name, settings, n, log)  # (an index: its own words)
        ):
            _summed_lower(cells, item, name, (header, target, realisasi), log)
        if rate_base(s := item.satuan) is not None or is_per_mil_satuan(s) or score_unit(s):  # (cached;
            _fraction_of_percent(cells, item, name, realisasi, log)  # each of the five is quiet without one)
            _fraction_beside_percentages(cells, item, name, log)
            _rate_without_base(cells, item, name, realisasi, log)
            percent_among_per_mil(cells, item, name, log)
            _score_on_another_scale(cells, item, name, log)
        elif score_words(s):  # ("Nilai Indeks": "+2,5 poin" read 2,5 there, as under "Indeks")
            _score_on_another_scale(cells, item, name, log)
        _whole_in_percent_cell(cells, item, name, realisasi, log)
        # a target "1.250 M" of which 300 jt realised (at most a thousandth of it): 1,25 M meant?
        if ra > 0 and ra * 1000 * tb <= ta * rb:
            miliar_thousands(log, c.SHEET_KINERJA, item.row, name, cells[:1])
        # (a rank summed is said at its Jenis Realisasi by parse: subtracting ranks is no advice)
        if summed and not scored and not rank(item.indikator, item.satuan):
            quarters = [v for _, v in cells[1:]]
            jenis_said = _said(log, "Jenis Realisasi", item.row)
            # (its "pilih Nilai Akhir" speaks for the row: "TW II dikurangi TW I" would make an index 3;
            # 3 a 0; so does a stock's by a blank Jenis, posisi_dijumlahkan: 360 koperasi aktif again)
            if not jenis_said and not stock_by_default(cells, item):
                _typed_sd(item, name, quarters, (header, target, realisasi), log)
            if jenis_said and progress_named(item.indikator):
                return  # (a progres fisik summed: progres_fisik's both readings speak for the row)
            said = half_year_total if len(quarters) == 2 else running_total  # (Semester I: its own rule)
            if not said(item, name, quarters, (header, target, realisasi), log):
                _year_in_last_quarter(item, name, quarters, (header, target, realisasi), log)


def _far_off(
    item: IndicatorInput,
    name: str,
    target: tuple[str, Fraction],
    realisasi: Fraction,
    n: int,
    log: FindingLog,
) -> None:
    """A realisation more than ten times its target is most often one of them typed in another scale:
    a percentage as a fraction (0,4071 for 40,71 %), a decimal point the English way before a scale
    word (1.250 M, which is 1.250 miliar, for 1,25 M). Computed as typed; the target cell says so."""
    header, value = target
    # |realisasi| <= 10 * target on the integers (the target is positive here: zero and negative ones
    # are galat): a Fraction comparison costs more than the rest of this check on 200 indicators.
    (ra, rb), (ta, tb) = realisasi.as_integer_ratio(), value.as_integer_ratio()
    if abs(ra) * tb <= 10 * ta * rb:
        return
    # the cells counted (a quarter after the reported one, not counted, is no reason to keep quiet)
    cells = [log.ref(h, item.row, c.SHEET_KINERJA) for h in (header, *c.REALISASI_TW_HEADERS[:n])]
    if log.said_at(c.SHEET_KINERJA, cells):
        return  # said already at one of its cells (a % beside a fraction, another scale word)
    why = f"lebih dari 10 kali {header} ({figure(value)}): periksa skala dan satuan keduanya"
    examples = (
        _target_scale(item, value, realisasi)
        or ": mis. 0,4071 untuk 40,71%, 1.250 M (berarti 1.250 miliar) untuk 1,25 M, atau 2.047 yang diketik "
        "di Excel atau LibreOffice berbahasa Inggris dan tersimpan sebagai 2,047"
    )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"Realisasi {log.sd(n)} {name} ({figure(realisasi)}) {why}{examples}",
    )


def _target_scale(item: IndicatorInput, target: Fraction, realisasi: Fraction) -> str:
    """An index's target on the smaller of two usual scales, its realisasi on the larger: the IKM's
    nilai interval 1-4 (3,5) beside its nilai konversi 25-100 (87,25), an index of 0-1 beside 0-100;
    both figures to type, as _score_on_another_scale says the other way round. "" otherwise."""
    if not score_unit(item.satuan) or target <= 0:
        return ""
    if target < 1 and realisasi <= 100 and scale_agrees(item.satuan, 100):
        factor, scales = 100, "indeks 0-1 dan skala 0-100"
    elif target <= 4 and 25 <= realisasi <= 100 and scale_agrees(item.satuan, 25):
        factor, scales = 25, "nilai interval IKM 1-4 dan nilai konversi 25-100"
    else:
        return ""
    return (
        f": tampaknya Target dan realisasi pada skala berbeda ({scales}). Tulis realisasi pada skala Target "
        f"({figure(realisasi)} / {factor} = {figure(realisasi / factor)}), atau, bila Perjanjian Kinerja "
        f"menulis Target pada skala realisasi, Target {figure(target)} x {factor} = {figure(target * factor)}"
    )


_Typed = list[tuple[str, Fraction]]  # quarters typed: (header, figure)
_Figures = tuple[str, Fraction, Fraction]  # the target's header, the target, the realisasi


def _said(log: FindingLog, header: str, row: int) -> bool:
    """Whether a finding stands at Kinerja's ``header`` cell of ``row`` already."""
    return log.said_at(c.SHEET_KINERJA, [log.ref(header, row, c.SHEET_KINERJA)])


def _summed_score(
    typed: _Typed, item: IndicatorInput, name: str, figures: _Figures, log: FindingLog, n: int
) -> bool:
    """A score, an index or a rate chosen Kumulatif (kept from the row it was copied from) whose every
    quarter alone is at least half its target: Nilai SAKIP 78; 80,5 of 80 summed to 158,5, 198,13 %
    "Sangat Tinggi" (a blank Jenis is said by indicator_cells._summed_levels). Computed as typed; the
    Jenis Realisasi cell says so (True). ``typed``: its quarters (positions)."""
    header, target, realisasi = figures
    satuan = item.satuan
    if item.jenis_kosong or not typed:
        return False
    if is_percent_unit(satuan):  # (a sum within the whole may be meant: 40 + 42 % of 45 %)
        return not _said(log, "Jenis Realisasi", item.row) and chosen_share_summed(
            typed, item, name, figures, log, n
        )
    # (a Satuan naming its scale, "skala 0-100", "nilai (25-100)": a score too)
    if not (is_level_unit(satuan) or summed_level_unit(item.indikator, satuan) or score_unit(satuan)):
        return False
    if _said(log, "Jenis Realisasi", item.row):
        return True  # said already there (a rank summed: parse)
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    mean = sum((x for _, x in typed), Fraction(0)) / len(typed)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Realisasi {name} dijumlahkan (Kumulatif): {parts} = {figure(realisasi)}, melebihi {header} "
        f'({figure(target)}), padahal Satuan "{item.satuan}" bukan jumlah (nilai, indeks, tingkat atau rasio). '
        f'Pilih "Nilai Akhir" ({akhir_advice(item, typed[-1][1], n)}) atau "Rata-rata" ({figure(mean)}); '
        'biarkan "Kumulatif" bila memang dijumlahkan',
    )
    return True


def _summed_lower(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    figures: tuple[str, Fraction, Fraction],
    log: FindingLog,
) -> None:
    """A lower-is-better indicator summed (Kumulatif, chosen or left blank) whose every quarter alone is
    at least half its target: a position typed per quarter (jumlah PMKS 1.150; 1.100 of 1.200) summed
    to 2.250, a capaian of 12,5 % where the latest quarter gives 108,33 %. A flow (jumlah kasus 5; 4 of
    20) stays quiet. Computed as typed; the Jenis Realisasi cell says so, unless a cell of the row has
    said it already (a rate summed for a blank Jenis, a quarter equal to the one before)."""
    header, target, realisasi = figures
    typed = positions(cells, target)
    if not typed or realisasi <= target:
        return
    row = [log.ref(h, item.row, c.SHEET_KINERJA) for h in ("Jenis Realisasi", *c.REALISASI_TW_HEADERS)]
    if log.said_at(c.SHEET_KINERJA, row):
        return
    kosong = " (Jenis Realisasi kosong, jadi Kumulatif)" if item.jenis_kosong else ""
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    keep = 'pilih "Kumulatif"' if item.jenis_kosong else 'biarkan "Kumulatif"'
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Realisasi {name} dijumlahkan{kosong}: {parts} = {figure(realisasi)}, melebihi {header} "
        f"({figure(target)}), padahal indikator {DIJELASKAN_NEGATIF} dan tiap "
        "triwulan saja sedikitnya separuh targetnya. Bila tiap triwulan berisi jumlah pada akhir triwulan "
        "itu (posisi, mis. "
        f'jumlah PMKS atau penduduk miskin), pilih "Nilai Akhir"; {keep} bila memang dijumlahkan',
    )


def fraction_of_percent(
    said: tuple[str, str, str], other: tuple[str, Fraction], satuan: str, x: Fraction
) -> str:
    """The peringatan of a percentage typed as a fraction ``x`` (0,85 for 85 %): ``said`` is (its
    column, the indicator's name, ``x`` as typed), ``other`` (the column and figure beside it)."""
    (header, name, shown), (beside, w) = said, other
    meant = figure(x * 100)
    return (
        f'{header} {name} ditulis {shown} tanpa %, sedangkan {beside} {figure(w)} dan Satuan "{satuan}": '
        f"dibaca {shown}%. Bila maksudnya {meant}% (pecahan, mis. hasil rumus tanpa x 100), tulis {meant}; "
        f"bila memang {shown}%, tulis {shown}%"
    )


def _all_fractions(figures: list[Fraction], target: Fraction, item: IndicatorInput) -> bool:
    """Every quarter a fraction of a percentage: each at most 1, or each a share above 100 % near the
    target (an APK's 1,018 and 1,0235 of 100), or a share near the target on either side of 100 %
    (0,998 then 1,0235), when its name allows a share above 100 % (no drop-out rate). Mixed far
    apart, 0,5 then 1,2 of 90, is a small rate rising."""
    if all(0 <= x <= 1 for x in figures):
        return True
    above = all(above_whole(x, target) for x in figures) or crossing_one(figures, target)
    return above and may_exceed_hundred(item)


def _fraction_of_percent(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, realisasi: Fraction, log: FindingLog
) -> None:
    """A percentage typed as a fraction (0,9 for 90 %, a ratio =A/B saved without x 100) against a
    target written without %: read as 0,9 %, a capaian of 1 % Sangat Rendah. Pointed out only when
    every figure of the indicator is a plain number, the target above 1, each quarter at most 1 and
    the realisation below a tenth of the target: the seed's real 0,8 % of 54,27 % is typed with %,
    and its 0,6 % of 0,9 % is no slip. Computed as typed; the quarter says so."""
    # (called for every indicator with a capaian: the cheap tests first, Fractions compared by parts)
    # (the Satuan's answer is cached: a generator over the cells costs more, so it comes last)
    if item.polaritas != c.POSITIF or not is_percent_unit(item.satuan) or any(v.percent for _, v in cells):
        return
    (header, target), quarters = cells[0], [(h, v) for h, v in cells[1:] if v.exact is not None]
    exact = target.exact
    if (
        exact is None
        or exact.numerator <= exact.denominator  # a target of at most 1
        or not quarters
        or realisasi.numerator * 10 * exact.denominator >= exact.numerator * realisasi.denominator
        or not _all_fractions([v.exact for _, v in quarters if v.exact is not None], exact, item)
    ):
        return
    for tw, value in quarters:
        if not value.exact:
            continue
        said = (tw, name, value.text or figure(value.exact))
        message = fraction_of_percent(said, (header, exact), item.satuan, value.exact)
        log.add(PERINGATAN, c.SHEET_KINERJA, tw, item.row, message)


def _fraction_beside_percentages(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog
) -> None:
    """A percentage typed as a fraction in one quarter (0,85 for 85 %, a ratio =A/B saved without
    x 100) beside whole percentages in another (TW I 80): read as 0,85 %, the Rata-rata or Nilai Akhir
    far off. Pointed out when every figure is a plain number (a % typed or formatted anywhere is
    percent_signs' case) and the fraction x 100 is within ten times the other quarter: 0,5 beside 1,2
    is a small rate. A share above 100 % so (1,0235 beside 101,8) only within half to twice the other,
    of a higher-is-better position (no drop-out rate, no Kumulatif increment). Computed as typed; the
    quarter says so."""
    if len(cells) < 3 or not is_percent_unit(item.satuan) or any(v.percent for _, v in cells):
        return
    quarters = [(h, v.exact) for h, v in cells[1:] if v.exact is not None and v.exact > 0]
    target = cells[0][1].exact
    wholes = [(h, x) for h, x in quarters if x >= 1]
    # (a lower-is-better rate of 1,2 % is no share above 100 %: 120 is never its figure; nor is a
    # summed quarter, what was added: 80 + 10 + 8,5 + 1,5 = 100)
    above = item.jenis_realisasi != c.KUMULATIF and any(1 < x < 2 for _, x in quarters)
    above = above and may_exceed_hundred(item)
    for tw, x in quarters:
        if x < 1:
            near = [(h, w) for h, w in wholes if w <= 1000 * x and 10 * w >= 100 * x]
        else:  # a share above 100 % as a fraction (1,0235 beside 101,8) only beside one near x x 100
            near = [(h, w) for h, w in wholes if above and w >= 2 and above_whole(x, w)]
        if not near:
            continue
        said = (tw, name, figure(x))
        # (below 1 a reading near the target fits too: a position climbing from 45 to 0,9 of a target
        # 90 is 90 % typed as a fraction)
        fits_target = x < 1 and target is not None and target > 0 and a_reading_fits(x, target)
        meant = [(h, w) for h, w in near if fits_target or a_reading_fits(x, w)]
        if not meant:  # (1,5 or 0,3 beside 95 and 98: no share's move either; a slip, never "tulis 150")
            log.add(PERINGATAN, c.SHEET_KINERJA, tw, item.row, far_from_quarter(said, near[0], item.satuan))
            continue
        other, w = meant[0]
        log.add(
            PERINGATAN, c.SHEET_KINERJA, tw, item.row, fraction_of_percent(said, (other, w), item.satuan, x)
        )


def _beside_target(
    log: FindingLog, item: IndicatorInput, said: tuple[str, str, str], target: tuple[str, Fraction], rest: str
) -> None:
    """The peringatan at a quarter typed in another scale than its target: ``said`` is (its column,
    the indicator's name, the quarter as typed), ``rest`` what it means and what to type."""
    tw, name, shown = said
    header, value = target
    opening = f'{tw} {name} ditulis {shown}, sedangkan {header} {figure(value)} dan Satuan "{item.satuan}": '
    log.add(PERINGATAN, c.SHEET_KINERJA, tw, item.row, opening + rest)


def _rate_without_base(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, realisasi: Fraction, log: FindingLog
) -> None:
    """A rate per 1.000 or 100.000 (AKB, AKI), or a lower-is-better percentage, saved as a fraction
    (=kematian/kelahiran without x 1.000: 0,0118 for 11,8 per 1.000 KH): a Negatif capaian of nearly
    200 %, a Positif one near 0. Pointed out at each quarter below 1 whose value x the base is within
    ten times the target, the realisasi at most a tenth of it (a Positif percentage is
    _fraction_of_percent's). Computed as typed; the quarter says so."""
    if item.polaritas == c.POSITIF and is_percent_unit(item.satuan):
        return
    if (base := rate_base(item.satuan)) is None or any(v.percent for _, v in cells):
        return
    header, target = cells[0][0], cells[0][1].exact
    if target is None or realisasi <= 0 or realisasi * 10 > target:
        return
    for tw, value in cells[1:]:
        x = value.exact
        if x is None or not 0 < x < 1:
            continue
        if target <= x * base * 10 <= target * 100:  # (the proportion: 0,000942 for 94,2 per 100.000 KH)
            meant, how = x * base, f"pecahan, mis. hasil rumus tanpa x {figure(Fraction(base))}"
        # (a percentage, =kematian/KH x 100: 0,0942 for 94,2 per 100.000 KH, the realisasi about a
        # thousandth of its target; a base of 1.000 typed so is a tenth, an honest fall: not said)
        elif base >= 10_000 and realisasi * 100 <= target <= x * base / 10 <= target * 100:
            # (or per 1.000 as an AKB's formula, 0,9 for 90 of 98: the reading nearer the target, in ratio)
            mil = target * target < x * base / 1000 * (x * base / 100)
            meant, how = (
                x * base / (1000 if mil else 100),
                f"{'dihitung per 1.000' if mil else 'persentase'}, mis. hasil rumus x {'1.000' if mil else '100'}, "
                f"bukan x {figure(Fraction(base))}",
            )
        else:
            continue
        if log.said_at(c.SHEET_KINERJA, [log.ref(tw, item.row, c.SHEET_KINERJA)]):
            continue  # (a fraction beside whole percentages: said already)
        shown = figure(x)
        _beside_target(
            log,
            item,
            (tw, name, shown),
            (header, target),
            f"dibaca {shown} {item.satuan}. Bila maksudnya {figure(meant)} ({how}), tulis {figure(meant)}; "
            f"bila memang {shown}, periksa target dan Satuannya",
        )


def _score_on_another_scale(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog
) -> None:
    """An index or score typed on another scale than its target: the IKM's nilai interval (1-4, 3,41)
    against a target in nilai konversi (25-100, 82), an index of 0-1 (0,66) against one of 0-100 (65):
    a capaian of 4 % or 1 % Sangat Rendah (near 200 % for a Negatif one). Pointed out at each quarter
    above zero and at most a tenth of the target (a score that low on one scale is no result); the
    other way round, a realisasi over ten times its target, is _far_off's. Computed as typed."""
    # (points chosen Kumulatif are a flow: 5 of 100 in TW I is a start, not another scale)
    if not score_words(item.satuan) or (item.jenis_realisasi == c.KUMULATIF and not item.jenis_kosong):
        return
    header, target = cells[0][0], cells[0][1].exact
    if target is None or target <= 1:
        return
    for tw, value in cells[1:]:
        x = value.exact
        if x is None or x <= 0 or 10 * x > target:
            continue
        if log.said_at(c.SHEET_KINERJA, [log.ref(tw, item.row, c.SHEET_KINERJA)]):
            continue
        # the scale it was likely typed on: 0-1 for 0-100, the IKM's 1-4 for its konversi 25-100
        factor = 100 if x < 1 and target <= 100 else 25 if x <= 4 and 25 <= target <= 100 else None
        how = (
            ""
            if factor is None
            else f" (mis. {'indeks 0-1 untuk skala 0-100' if factor == 100 else 'nilai interval IKM 1-4 untuk nilai konversi 25-100'}: "
            f"{figure(x)} x {factor} = {figure(x * factor)})"
        )
        tulis = f"tulis {figure(x * factor)}" if factor else "tulis realisasinya pada skala Target"
        shown = value.text or figure(x)
        _beside_target(
            log,
            item,
            (tw, name, shown),
            (header, target),
            f"tidak sampai sepersepuluh targetnya, tampaknya ditulis pada skala lain{how}. Bila demikian, "
            f"{tulis}; bila memang {shown}, biarkan",
        )


def _whole_in_percent_cell(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, realisasi: Fraction, log: FindingLog
) -> None:
    """A target typed as a whole percentage (90) in a cell formatted as Percent (the format applied
    after typing): Excel shows 9.000 %, read as 9.000, the realisasi (85) a hundredth of it. Pointed
    out when the realisasi lies between a thousandth and a tenth of the target as shown, unless a
    quarter is such a cell too (the ratio then holds). Computed as Excel shows it; the target says so."""
    header, target = cells[0]
    exact = target.exact
    if not target.percent or target.text or exact is None or exact <= 100 or realisasi <= 0:
        return
    if not exact / 1000 <= realisasi < exact / 10:
        return
    if any(v.percent and not v.text and v.exact is not None and v.exact > 100 for _, v in cells[1:]):
        return
    stored = exact / 100
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"{header} {name} berformat persen dan berisi {figure(stored)}, yang tampak {figure(exact)}%: "
        f"dibaca {figure(exact)}%, sedangkan realisasi {log.sd(len(cells) - 1)} "
        f"{figure(realisasi)}. Bila targetnya "
        f"{figure(stored)}%, ketik ulang {figure(stored)}% di sel itu (sel berformat persen menyimpan "
        f"{figure(stored / 100)} untuk {figure(stored)}%)",
    )


def _typed_sd(
    item: IndicatorInput,
    name: str,
    quarters: list[Value],
    figures: tuple[str, Fraction, Fraction],
    log: FindingLog,
) -> None:
    """A Kumulatif quarter equal to the one before, the sum over the target: typed as the realisation
    s.d. that quarter (as e-Monev shows it) in a quarter without progress, it counts the one before
    twice (the Anggaran sheet says the same of a budget). Computed as typed; the quarter says so."""
    header, target, realisasi = figures
    for q in range(1, len(quarters)):
        now, before = quarters[q].exact, quarters[q - 1].exact
        if now is None or now <= 0 or now != before:
            continue
        tw, prev = c.TW_LABELS[q], c.TW_LABELS[q - 1]
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            c.REALISASI_TW_HEADERS[q],
            item.row,
            f"Realisasi {tw} {name} sama dengan {prev} ({figure(now)}): Kumulatif menjumlahkan realisasi "
            f"per triwulan, jadi realisasi {log.sd(len(quarters))} {figure(realisasi)} melebihi "
            f"{header} ({figure(target)}). Bila {tw} berisi realisasi s.d. {tw}, tulis realisasi triwulan itu "
            f'saja ({tw} dikurangi {prev}), atau pilih "Nilai Akhir" bila nilainya posisi',
        )


def _year_in_last_quarter(
    item: IndicatorInput,
    name: str,
    quarters: list[Value],
    figures: tuple[str, Fraction, Fraction],
    log: FindingLog,
) -> None:
    """At year end, a Kumulatif TW IV at least the sum of TW I-III, the sum over the target: TW IV
    typed as the year's total (25; 4; 6; 40 where TW IV alone is 5) counts TW I-III twice (75, 184 %).
    Computed as typed (a large last quarter may be meant); TW IV says so."""
    if len(quarters) != 4 or (last := quarters[3].exact) is None:
        return
    earlier = sum((v.exact for v in quarters[:3] if v.exact is not None), Fraction(0))
    if earlier <= 0 or last < earlier or last == quarters[2].exact:  # (equal: _typed_sd says it)
        return
    header, target, realisasi = figures
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        c.REALISASI_TW_HEADERS[3],
        item.row,
        f"Realisasi TW IV {name} ({figure(last)}) tidak kurang dari jumlah TW I-III ({figure(earlier)}) dan "
        f"Kumulatif menjumlahkan keempatnya: realisasi {log.sd(4)} {figure(realisasi)} melebihi {header} "
        f"({figure(target)}). Bila TW IV berisi realisasi setahun, tulis realisasi TW IV saja ("
        f'{figure(last)} - {figure(earlier)} = {figure(last - earlier)}), atau pilih "Nilai Akhir" bila '
        "nilainya posisi",
    )
