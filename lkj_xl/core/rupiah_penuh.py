"""A quarter typed in whole rupiah ("78.450.125.300") or in ribuan rupiah ("78.450.125", a BPKAD report
in Rp ribuan) under a Satuan counting in juta or milyar rupiah, beside a target in the Satuan's units
(325 Milyar Rupiah): read in the Satuan, a capaian of millions of per cent. A galat naming the figure
to type in the Satuan. Moved from lkj_xl.core.unit_checks, which checks the other units."""

from __future__ import annotations

import functools
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.formulas import realisasi_sd
from lkj_xl.core.model import GALAT, PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_money_unit, satuan_scale
from lkj_xl.core.unit_checks import every_decimal, typed

# Each rupiah scale a figure may be typed in, by its factor, as the findings name it (one table for
# this module, pembanding_skala and melebihi_awal).
SCALE_WORDS = {
    1: "rupiah penuh",
    1000: "ribuan rupiah",
    10**6: "juta rupiah",
    10**9: "milyar rupiah",
    10**12: "triliun rupiah",
}


@functools.lru_cache(maxsize=256)
def rupiah_scale(satuan: str) -> int:
    """The factor of a Satuan counting rupiah in juta or more ("Milyar Rupiah": 10**9); 0 otherwise
    (:func:`whole_rupiah` says nothing then: its caller asks this first, once a row)."""
    factor = satuan_scale(satuan) or 0
    return factor if factor >= 10**6 and is_money_unit(satuan) else 0


@functools.lru_cache(maxsize=256)
def target_scale(satuan: str) -> int:
    """:func:`rupiah_scale`, and 1.000 of "Ribu Rupiah": a Target in whole rupiah (1.250.000.000 beside
    quarters 300.000 and 400.000 in ribuan) is the Satuan's scale's slip there too, a quarter's not
    (:func:`whole_rupiah` keeps to juta or more)."""
    factor = satuan_scale(satuan) or 0
    return factor if factor >= 1000 and is_money_unit(satuan) else 0


def whole_rupiah(
    quarter: int,
    name: str,
    figures: tuple[Value, Value],
    item: IndicatorInput,
    log: FindingLog,
    galat: list[str],
) -> bool:
    """A quarter typed as a whole rupiah amount with neither Rp nor a scale word ("78.450.125.300",
    pasted from the BPKAD's report) under a Satuan counting in juta or milyar rupiah, beside a target in
    the Satuan's units (325): read in the Satuan it is a hundredth of the scale times the target or
    more (a capaian of 24.138.500.145 %), where "Rp 78.450.125.300" is scaled_amount's galat. A galat
    at its cell naming the figure in the Satuan (True: the quarter is not counted)."""
    value, target = figures
    x, t = value.exact, target.exact
    factor = rupiah_scale(item.satuan)
    if not factor or value.marked or x is None or t is None or x <= 0 or t <= 0:
        return False
    header = c.REALISASI_TW_HEADERS[quarter - 1]
    # a whole amount of Rp 1 juta or more, as whole rupiah at least a hundredth of the target, within ten
    # times it (4.750 beside 3,37 Juta Rupiah is no Rp 4.750: 0,14 % of the target)
    if x < 10**6 or 100 * x < factor * t or x > 10 * t * factor:
        return _ribuan(header, name, figures, item, log, galat)
    said = _dibaca(header, name, figures, item, ("rupiah penuh", figure(Fraction(factor, 1000))))
    return _galat(
        log,
        item,
        (header, galat),
        f"{said}Bila rupiah penuh, tulis {every_decimal(x / factor)} ({figure(x)} / {figure(Fraction(factor))}), "
        'atau ubah Satuan menjadi "Rp" dan tulis target dan realisasi dalam rupiah penuh',
    )


# A plain figure pasted in a smaller scale than the Satuan's: (its word, its factor, how many times the
# target its plain reading is at least, whole figures only). Ribuan: a BPKAD report in Rp ribuan
# ("78.450.125" for Rp 78,45 M under Milyar Rupiah); juta: one in Rp juta ("78.450" or "78.450,13");
# milyar: one in Rp milyar under Triliun Rupiah ("2.100" for Rp 2,1 T; under Milyar Rupiah the Satuan's
# own scale, never within the bounds at a hundred times the target).
_PASTED = (
    (SCALE_WORDS[1000], 1000, 1000, True),
    (SCALE_WORDS[10**6], 10**6, 100, False),
    (SCALE_WORDS[10**9], 10**9, 100, False),
)


def _ribuan(
    header: str,
    name: str,
    figures: tuple[Value, Value],
    item: IndicatorInput,
    log: FindingLog,
    galat: list[str],
) -> bool:
    """:func:`whole_rupiah`'s quarter pasted in ribuan, juta or milyar rupiah (:data:`_PASTED`): read in the
    Satuan at least a thousand (ribuan) or a hundred (juta, milyar) times the target, in its scale within the
    whole rupiah's bounds (a hundredth of the target to ten times it). A galat naming the figure in the
    Satuan. Only under a Satuan of milyar or more: under Juta Rupiah a ribuan paste is a thousand times
    its figure, as a juta paste under Milyar Rupiah, no reading of its own (test_oracle's 2.356 beside
    0,98 Juta Rupiah: the ten-times peringatan's, computed), and a juta paste the Satuan's own figure;
    a quarter a few times its target (900 beside 325 Milyar Rupiah) is the ten-times peringatan's."""
    (value, target), factor = figures, rupiah_scale(item.satuan)
    x, t = value.exact, target.exact
    if x is None or t is None or factor < 10**9:
        return False
    for word, scale, times, whole in _PASTED:
        rupiah = x * scale
        if (
            (whole and x.denominator != 1)
            or x < times * t
            or 100 * rupiah < factor * t
            or rupiah > 10 * t * factor
        ):
            continue
        said = _dibaca(header, name, figures, item, (word, figure(Fraction(times))))
        return _galat(
            log,
            item,
            (header, galat),
            f"{said}Bila {word} (Rp {figure(rupiah)}), tulis {every_decimal(rupiah / factor)} "
            f"({typed(value) if not whole else figure(x)} / {figure(Fraction(factor, scale))})",
        )
    return False


def _dibaca(
    header: str, name: str, figures: tuple[Value, Value], item: IndicatorInput, written: tuple[str, str]
) -> str:
    """The galat's first sentence: the quarter ``figures[0]`` as typed, ``written`` (in what, how many
    times the target at least) beside its target in the Satuan's units, and the capaian not computed."""
    (value, target), unit = figures, item.satuan.strip()
    target_header = "Target Perubahan" if item.target_perubahan.filled else "Target"
    shown = figure(value.exact) if value.exact is not None else typed(value)
    return (
        f'{header} {name} "{typed(value)}" tampaknya ditulis dalam {written[0]}, padahal Satuan "{unit}" dan '
        f'{target_header} "{typed(target)}" ditulis dalam Satuan itu (dibaca {shown} {unit}, lebih dari '
        f"{written[1]} kali targetnya); capaian tidak dihitung. "
    )


def _galat(log: FindingLog, item: IndicatorInput, at: tuple[str, list[str]], pesan: str) -> bool:
    """The galat ``pesan`` at the quarter's cell ``at[0]``, its reference added to ``at[1]``; True."""
    header, galat = at
    log.add(GALAT, c.SHEET_KINERJA, header, item.row, pesan)
    galat.append(log.where(c.SHEET_KINERJA, header, item.row))
    return True


def whole_rupiah_target(item: IndicatorInput, name: str, log: FindingLog) -> None:
    """A Target typed in whole rupiah ("Rp 325.000.000.000", or "325.000.000.000" within
    :func:`whole_rupiah`'s bounds) or pasted in juta rupiah ("325.000" within :func:`_pasted_reading`'s;
    milyar under Triliun Rupiah) beside a Target Perubahan in the units of a Satuan counting in juta
    or milyar rupiah ("350" Milyar Rupiah): the capaian is the Target Perubahan's, but the Perjanjian
    Kinerja's tables print the Target as typed under that Satuan. A galat at the Target naming the
    figure to type, as a whole rupiah Target alone is told (scaled_amount); the capaian still computed.
    A plain reading below one unit of the Satuan (45 beside 0,45 Juta Rupiah as ribuan: Rp 45.000) names
    no Target staff would state in it, as :func:`target_pasted`'s: none offered."""
    old, new = item.target, item.target_perubahan
    factor = target_scale(item.satuan)
    if not factor or not new.filled or new.marked or old.exact is None or new.exact is None or new.exact <= 0:
        return  # (a Target Perubahan of zero: its own galat; 0 beside 0 is no paste)
    if old.in_satuan or old.percent or old.exact < 100 * new.exact:
        return
    plain = not (old.currency or old.scale_word)  # ("325.000.000.000": whole_rupiah's bounds)
    if plain and _satuan_words(old, factor):
        return  # ("956 Juta Rupiah" beside 1,24: typed in the Satuan, no ribuan paste)
    pasted = _pasted_reading(old.exact, new.exact, factor) if plain and factor >= 10**9 else None
    if plain and pasted is None and (ribuan := _whole_reading(old.exact, new.exact, factor)):
        pasted = ribuan if ribuan[1] == 1000 else None  # ("325.000.000" beside 350: PK printed untold)
    if (
        plain
        and pasted is None
        and (old.exact < 10**6 or 100 * old.exact < factor * new.exact or old.exact > 10 * new.exact * factor)
    ):
        return
    word, scale = pasted or ("rupiah penuh", 1)
    if plain and old.exact * scale < factor:
        # (45 beside 0,45 Juta Rupiah as ribuan: Rp 45.000, no Target of that Satuan, target_pasted's rule;
        # the cut to 1 % still said)
        _deep_cut(item, name, None, log)
        return
    if plain and factor == 1000 * scale and 2 * old.exact * scale < new.exact * factor:
        _deep_cut(item, name, (word, scale, factor), log)  # (5.000 beside 45 Juta Rupiah: a refocusing?)
        return
    log.add(
        GALAT,
        c.SHEET_KINERJA,
        "Target",
        item.row,
        f'Target {name} "{typed(old)}" {"tampaknya " if plain else ""}ditulis dalam {word}, '
        f'padahal Satuan "{item.satuan.strip()}" dan '
        f'Target Perubahan "{typed(new)}" ditulis dalam Satuan itu (capaian dihitung dari Target Perubahan; '
        "tabel Perjanjian Kinerja mencetak Target apa adanya): tulis Target "
        f"{every_decimal(old.exact * scale / factor)} "
        + (
            f"({typed(old)} / {figure(Fraction(factor, scale))})"
            if pasted
            else f"(Rp {figure(old.exact)} / {figure(Fraction(factor))})"
        ),
    )


def _deep_cut(item: IndicatorInput, name: str, reading: tuple[str, int, int] | None, log: FindingLog) -> None:
    """:func:`whole_rupiah_target`'s plain Target a hundred to five hundred times its Target Perubahan, read
    one scale down ("5.000" beside "45" Juta Rupiah: ribuan, Rp 5 juta): both readings may be right. As
    typed it is a cut to 1 % .. 0,2 % of the Target (a refocusing cut to Rp 45 juta of Rp 5 M happens);
    pasted, a Target Perubahan more than twice its Target, no ordinary revision either (from five hundred
    times up the paste is a revision of at most twice, the cut under 0,2 %: the galat). A peringatan naming
    both; the capaian the Target Perubahan's either way (it was the galat "tampaknya ditulis dalam
    ribuan rupiah"). ``reading`` None: the one reading below one unit of the Satuan (45 beside 0,45 Juta
    Rupiah: Rp 45.000), none named, the cut said (any number of times the Target Perubahan)."""
    old, new = item.target, item.target_perubahan
    old_x, new_x, unit = old.exact or Fraction(0), new.exact or Fraction(0), item.satuan.strip()
    pasted = ""
    if reading is not None:
        word, scale, factor = reading
        pasted = (
            f"Bila Target ditulis dalam {word} (Rp {figure(old_x * scale)}), tulis Target "
            f"{every_decimal(old_x * scale / factor)} ({typed(old)} / {figure(Fraction(factor, scale))}); bila "
            "Target"
        )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Target",
        item.row,
        f'Target {name} "{typed(old)}" dan Target Perubahan "{typed(new)}" (Satuan "{unit}"): Target Perubahan '
        f"hanya {figure(new_x / old_x * 100)} % dari Target (capaian dihitung dari Target Perubahan; tabel Perjanjian "
        "Kinerja mencetak Target apa adanya). "
        + (pasted or "Periksa keduanya; bila Target")
        + f" memang {figure(old_x)} {unit} dan dipangkas (mis. refocusing), biarkan",
    )


def _satuan_words(target: Value, factor: int) -> bool:
    """A Target typed with the words of a Satuan below milyar ("329 Juta Rupiah", "956 juta rupiah"): read
    in it, never a paste in a smaller scale (milyar's rules stay as they were)."""
    return factor < 10**9 and any(w in target.text.casefold() for w in ("rupiah", "juta", "ribu"))


def _pasted_reading(t: Fraction, beside: Fraction, factor: int) -> tuple[str, int] | None:
    """The :data:`_PASTED` reading (juta; milyar under Triliun Rupiah) of a plain Target ``t`` that lies
    within a hundredth of ``beside`` (in the Satuan's units) to ten times it, as whole_rupiah's bounds:
    (its word, its factor); None otherwise. Ribuan is :func:`_whole_reading`'s."""
    for word, scale, times, _whole in _PASTED:
        if times == 100 and factor * beside <= 100 * t * scale <= 1000 * beside * factor:
            return word, scale
    return None


def _whole_reading(t: Fraction, beside: Fraction, factor: int) -> tuple[str, int] | None:
    """A plain Target ``t`` read as whole rupiah (Rp 1 juta or more) or, under a Satuan of juta or more,
    as ribuan rupiah (a whole figure), that lies within a hundredth of ``beside`` to ten times it in
    the Satuan's units, as :func:`_pasted_reading` (325.000.000.000 or 325.000.000 beside 80 + 95
    Milyar Rupiah: only the sepersejuta peringatan said it, a capaian of 0,00005 % printed; 1.250.000
    beside 300 + 400 Juta Rupiah: 0,056 % untold)."""
    for scale, word in ((1, SCALE_WORDS[1]), (1000, SCALE_WORDS[1000])):
        if scale == 1 and t < 10**6 or scale > 1 and (factor <= scale or t.denominator != 1):
            continue
        if factor * beside <= 100 * t * scale <= 1000 * beside * factor:
            return word, scale
    return None


def target_pasted(
    item: IndicatorInput,
    name: str,
    quarters: tuple[list[Fraction | None], int],
    log: FindingLog,
    galat: list[str],
) -> str:
    """A plain Target (the Target Perubahan when filled: the one that applies) pasted in juta rupiah under
    Milyar Rupiah ("325.000" beside quarters 80 and 95), or in milyar under Triliun Rupiah: read in the
    Satuan 325 triliun, a capaian of 0,05 % untold. As :func:`_ribuan`'s quarter, in reverse: the target
    far above the realisasi s.d. TW n (``quarters``: their numbers, n), its :func:`_pasted_reading`
    within a hundredth of it to ten times it. Far above: a level (Nilai Akhir, Rata-rata) a hundred
    times; a flow (Kumulatif) may honestly start at a thousandth of its Target (seperseribu: 325 beside
    TW I 2 is a slow start, computed), so a thousand times in TW I, 1.000 / n by TW n (953 times at TW IV
    is a juta paste realised 105 %). Beside a lower-is-better realisasi (that low may be a good result:
    1.250.000 beside 300 + 400 Juta Rupiah printed 199,94 % untold) a peringatan in the same words, the
    capaian computed; quiet beside a quarter already a galat and with no quarter counted (no realisasi
    s.d. TW n to hold it against). A galat at its cell naming the figure to type, its header returned
    (the capaian is not computed); "" if none. A juta or milyar paste only under a Satuan of milyar or
    more, as the quarter's (under Juta Rupiah a large Target is the Satuan's own figure); a Target in
    whole rupiah (:func:`_whole_reading`, ribuan under juta or more) under any Satuan counting in ribu
    or more (:func:`target_scale`: 1.250.000.000 beside 300.000 + 400.000 Ribu Rupiah, 0,056 % untold).
    A reading below one unit of the Satuan (652 Juta Rupiah as ribuan: Rp 652.000) names no Target staff
    would state in it: the Target is read as typed, its low capaian speaks for itself."""
    (numbers, counted), factor = quarters, target_scale(item.satuan)
    header = "Target Perubahan" if item.target_perubahan.filled else "Target"
    target = item.target_perubahan if header == "Target Perubahan" else item.target
    t = target.exact
    if not factor or target.marked or t is None or t <= 0:
        return ""
    if _satuan_words(target, factor):
        return ""  # ("329 Juta Rupiah" beside 0,8: the Satuan's own words, no ribuan paste)
    if not item.jenis_realisasi or not counted:  # (0: no quarter known)
        return ""
    if any(log.where(c.SHEET_KINERJA, h, item.row) in galat for h in c.REALISASI_TW_HEADERS[:counted]):
        return ""
    r = realisasi_sd(numbers, item.jenis_realisasi)
    times = Fraction(1000, counted) if item.jenis_realisasi == c.KUMULATIF else 100
    if r is None or r <= 0 or t < times * r:
        return ""
    pasted = _pasted_reading(t, r, factor) if factor >= 10**9 else None  # (juta: the Satuan's own)
    if (reading := pasted or _whole_reading(t, r, factor)) is None:
        return ""
    (word, scale), unit = reading, item.satuan.strip()
    if t * scale < factor:
        return ""  # (20 or 652 Juta Rupiah as ribuan: under Rp 1 juta, no Target of that Satuan; as typed)
    rupiah, lower = t * scale, item.polaritas == c.NEGATIF
    if lower and factor * r > 2 * rupiah:
        return ""  # (pasted, a lower-is-better realisasi above twice its Target: below 0 %; as typed a good result)
    log.add(
        PERINGATAN if lower else GALAT,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'{header} {name} "{typed(target)}" tampaknya ditulis dalam {word}, padahal Satuan "{unit}" dan '
        f"realisasi s.d. TW {c.roman(counted)} ({figure(r)}) ditulis dalam Satuan itu (dibaca "
        f"{figure(t)} {unit}, {figure(Fraction(round(t / r)))} kali realisasinya); "
        f"{'capaian dihitung apa adanya' if lower else 'capaian tidak dihitung'}. "
        f"Bila {word} (Rp {figure(rupiah)}), tulis {every_decimal(rupiah / factor)} "
        f"({typed(target)} / {figure(Fraction(factor, scale))})"
        + (f"; bila memang {figure(t)} {unit}, biarkan" if lower else ""),
    )
    return "" if lower else header
