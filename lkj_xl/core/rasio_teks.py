"""The ratio galat's advice texts (rasio_ketik.ratio_hint; rasio_persen, which picks among them by the row's
figures): what a "1:X" typed as a count ratio or under a percentage Satuan should be written as. Pure
Python."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core.number_format import format_number, whole_or_two
from lkj_xl.core.polaritas_teks import DIJELASKAN_NEGATIF

# The ratio galat's last advice, left out where Polaritas is chosen (rasio_ketik.without_polaritas_advice).
POLARITAS_ADVICE = f', lalu pilih Polaritas "Negatif" bila indikatornya {DIJELASKAN_NEGATIF}'

# direction's text, as rasio_ketik.without_polaritas_advice leaves it out of a row chosen Negatif.
DIRECTION = re.compile(r" \(\S+ berarti 1 berbanding [^()]*\)")


def count_ratio_hint(shown: str, pupils: str, *, named: bool, one_to: Fraction | None = None) -> str:
    """The galat's advice of a count ratio ``shown`` ("1:20", a Rasio guru-murid): type ``pupils``,
    and the comparison into Satuan unless the Satuan ``named`` it already ("murid per guru"); of a
    "1:X" (``one_to`` X) whose Satuan names no comparison, which way that figure runs (:func:`direction`)."""
    satuan_advice = "" if named else ' dan perbandingannya di kolom Satuan (mis. "murid per guru")'
    return (
        f"berupa perbandingan ({shown}), bukan satu angka; tulis angka pembandingnya saja ({pupils})"
        f"{satuan_advice}{'' if named else direction(pupils, one_to)}{POLARITAS_ADVICE}"
    )


def direction(pupils: str, one_to: Fraction | None) -> str:
    """Which way the figure X of a "1:X" runs, said with the figure that runs the other way: 3 of
    "Rasio pemandu wisata terhadap destinasi" 1:3 is 3 destinasi per pemandu, larger when there are
    fewer guides, which Polaritas Positif would rate better (1:3 against 1:2, 3 / 2 = 150 %); 1 / 3 =
    0,3333 pemandu per destinasi runs with it. "" of any other ratio. Left out where Negatif is chosen
    (:data:`DIRECTION`), which rates the larger X lower."""
    if one_to is None or one_to <= 0:
        return ""
    inverse = _four_digits(1 / one_to)
    return (
        f" ({pupils} berarti 1 berbanding {pupils}: makin besar angkanya, makin sedikit yang pertama untuk "
        f"tiap yang kedua; bila makin banyak yang pertama makin baik, tulis 1 / {pupils} = {inverse}, yang "
        "pertama per satu yang kedua)"
    )


def _four_digits(value: Fraction) -> str:
    """``value`` to four significant digits, no trailing zeros: 1 / 3 = 0,3333, 1 / 40 = 0,025, 1 / 5.000
    = 0,0002 (two decimals gave 0 and 1 / 30 = 1 / 40 = 0,03: a capaian of 100 % for 30 / 40 = 75 %)."""
    decimals = 0
    while value * 10**decimals < 1000 and decimals < 12:
        decimals += 1
    shown = format_number(value, decimals)
    return shown.rstrip("0").rstrip(",") if "," in shown else shown


def percent_ratio_hint(typed: tuple[str, str, Fraction], satuan: str, *, share: bool) -> str:
    """The galat of "1:X" (``typed``: as shown, X as typed and read) under a percentage Satuan: a share
    (1:4 of a Rasio PAD is 1 / 4 x 100 = 25 %) when ``share``, else both readings, none picked (a Rasio
    guru-murid whose Satuan was set to % by mistake: 4 murid per guru)."""
    shown, pupils, x = typed
    percent = whole_or_two(100 / x)
    said = f'berupa perbandingan ({shown}), bukan satu angka; untuk Satuan "{satuan.strip()}" '
    if share:
        return f"{said}tulis persentasenya: 1 / {pupils} x 100 = {percent}"
    return (
        f"{said}bisa berarti persentase 1 / {pupils} x 100 = {percent} (bagian dari jumlah, mis. rasio PAD "
        f"terhadap pendapatan daerah) atau {pupils} per satu (mis. {pupils} murid per guru): bila persentase, tulis "
        f'{percent}; bila perbandingan, tulis {pupils} dan perbandingannya di kolom Satuan (mis. "murid per '
        f'guru"){direction(pupils, x)}{POLARITAS_ADVICE}'
    )
