"""A figure typed as a range ("60-85 %" BOR, "6-9 hari" AVLOS): a Target read as its two bounds, and
the galat's words for a range elsewhere.

A Target (or Target Perubahan) typed as a range is scored by the rule of PermenPANRB No. 8 Tahun 2021
(Lampiran, "target yang ditetapkan dalam bentuk range"): README "Range targets", :mod:`rentang_skor`.
A realisasi or an Anggaran figure typed as a range is a galat: it is measured, one figure."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from fractions import Fraction

from lkj_xl.core.durasi import is_year_unit
from lkj_xl.core.number_format import format_number
from lkj_xl.core.number_words import MONEY_SCALE

# "s.d." between two figures, but a bare "SD" (no dot, no slash) before a figure and a school's level is
# a school (Sekolah Dasar): "3 SD 2 SMP" counts 3 + 2 schools, no range "3 s.d. 2" (tests/test_narasi52);
# "3 sd 5", "3 SD 5" stay a range, so does "3 sd 5 SMP" (a school only as "SD" in capitals), and MIN
# (Madrasah Ibtidaiyah Negeri) is one only in capitals: "10 sd 15 min" is minutes (tests/test_revnarasi52).
JENJANG = r"(?:sd|sdn|smp|smpn|sma|sman|smk|smkn|mi|(?-i:MIN)|mis|mts|mtsn|ma|man|tk|paud|slb)"
SD = rf"(?:s\.\s?d\.?|s\s?d\.|s\s?d(?![^\W\d_])(?!(?-i:(?<=SD))\s*[0-9][0-9.,]*\s*{JENJANG}\b))"
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# Two figures with a word or a dash between ("60-85 %", "80 s.d. 85", "7 bulan - 8 bulan", "Rp 1 - 2 M"):
# the first figure (below zero too: "-5 - 5", said as such) with its unit if typed, the separator, the
# second with the rest
_DUA = re.compile(
    rf"((?:(?:rp\.?|idr)\s*)?[-\u2212]?[0-9][0-9.,]*)\s*(%|[^\W\d_][^\d{_DASHES}]*?)?\s*"
    rf"(?:[{_DASHES}]|{SD}|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    r"((?:(?:rp\.?|idr)\s*)?[0-9][0-9.,]*)\s*(\S.*)?",
    re.IGNORECASE,
)


_CURRENCY = re.compile(r"(?:rp\.?|idr)\s*", re.IGNORECASE)
# What follows a range's second figure when a third comes ("60-85-90", "60 - 85 90")
_KETIGA = re.compile(rf"[{_DASHES}]?\s*[0-9]")
_TARGETS = frozenset(("Target", "Target Perubahan"))  # a Kinerja row's target columns
# A unit typed after a bound that starts with a scale word ("jt", "M", "milyar rupiah")
_SCALE = re.compile(MONEY_SCALE, re.IGNORECASE)


def _scaled(unit: str) -> bool:
    return bool(unit) and _SCALE.match(unit) is not None


def bare(text: str) -> bool:
    """Whether ``text`` is a range of two figures with no unit nor Rp typed ("75 - 80", "75 s/d 80",
    "60 sampai 85"): a table prints its Satuan beside it as beside one figure."""
    found = _DUA.fullmatch(text.strip())
    return found is not None and not (
        found[2] or found[4] or _CURRENCY.match(found[1]) or _CURRENCY.match(found[3])
    )


def bounds(text: str) -> tuple[str, str] | None:
    """The two bounds of a range as they are read, the unit typed once going with both ("60-85 %":
    "60 %", "85 %"; "Rp 1 - 2 M": "Rp 1 M", "Rp 2 M"), each its own scale word when both have one
    ("500 jt - 1 M"), typed order kept; None when ``text`` is no range of two figures or each figure
    has a unit of its own that differs ("60 % - 85 hari")."""
    found = _DUA.fullmatch(text.strip())
    if found is None:
        return None
    low, low_unit, high, high_unit = (group or "" for group in found.groups())
    own = low_unit and high_unit and low_unit.casefold().split() != high_unit.casefold().split()
    if own and not (_scaled(low_unit) and _scaled(high_unit)):
        return None
    if currency := _CURRENCY.match(low) or _CURRENCY.match(high):  # "Rp 1 - 2 M": Rp with both
        low, high = (f if not f[0].isdigit() else f"{currency.group(0)}{f}" for f in (low, high))
    units = (low_unit, high_unit) if own else (high_unit or low_unit,) * 2
    return tuple(  # type: ignore[return-value]
        f"{figure}{'' if unit == '%' else ' '}{unit}".strip() for figure, unit in zip((low, high), units)
    )


def baca(text: str, read: Callable[[str], Fraction | None]) -> tuple[Fraction, Fraction] | str | None:
    """A Target typed as a range: its (floor, ceiling), each read by ``read`` (the Kinerja row's way,
    its Satuan; None: not a figure), or why it cannot be scored (the galat's words), or None when
    ``text`` is no range."""
    found = _DUA.fullmatch(text.strip())
    if found is None:
        return None
    if found.group(4) and _KETIGA.match(found.group(4)):
        return "berisi lebih dari dua angka; rentang target ditulis dengan dua angka, mis. 60-85 %"
    pair = bounds(text)
    if pair is None:
        return (
            f"berupa rentang dengan satuan berbeda di kedua batasnya ({found.group(2)} dan "
            f"{found.group(4)}); tulis kedua batas dengan satuan yang sama, mis. 60-85 %"
        )
    first, second = read(pair[0]), read(pair[1])
    if first is None or second is None:
        return (
            f"berupa rentang ({pair[0]} sampai {pair[1]}) yang batasnya tidak dapat dibaca sebagai angka; "
            "tulis kedua batas sebagai angka, tanpa satuan atau dengan Satuan indikatornya (mis. 60-85 %)"
        )
    if why := _ambigu(found, (first, second), pair, read):
        return why
    if first < 0 or second < 0:  # (the formula divides by the bound: one below zero turns it round)
        return (
            f"berupa rentang dengan batas di bawah nol ({pair[0]} sampai {pair[1]}); rumus capaian membagi "
            "dengan batas rentang, dan batas di bawah nol membalik hasilnya, sehingga capaian tidak dihitung"
        )
    return (first, second) if first <= second else (second, first)


def _ambigu(
    found: re.Match[str],
    read_pair: tuple[Fraction, Fraction],
    pair: tuple[str, str],
    read: Callable[[str], Fraction | None],
) -> str | None:
    """Why a scale word typed on one bound only cannot go with both, or None when it can. On the last
    ("500-1 M"): not when that puts the first above it (500 M > 1 M; 500 jt meant?). On the first
    ("500 jt - 1.000.000.000"): not when the second bare is above the first already (both readings
    keep them in order; "5 jt - 10" is 5 jt to 10 jt). A word that does not change its bound is the
    Satuan, no scale ("85-60 m" of Satuan m: meter)."""
    first, second = read_pair
    low, low_unit, high, high_unit = found.groups()
    if first > second and not low_unit and _scaled(high_unit or "") and read(low) != first:
        return (
            f"ambigu: skala {high_unit} hanya ditulis di batas kedua, dan bila berlaku untuk keduanya "
            f"batas pertama ({pair[0]}) lebih besar dari batas kedua ({pair[1]}); tulis skala di kedua batas, "
            "mis. 500 jt - 1 M"
        )
    bare = read(high) if not high_unit and _scaled(low_unit or "") else None
    if bare is not None and bare >= first and read(low) != first:  # (read(low): a scale, no Satuan)
        return (
            f"ambigu: skala {low_unit} hanya ditulis di batas pertama, dan batas kedua ({high}) tanpa "
            f"skala sudah lebih besar dari batas pertama ({pair[0]}), sehingga tidak jelas apakah "
            f"skala itu berlaku juga untuk batas kedua ({pair[1]}); tulis skala di kedua batas, "
            "mis. 500 jt - 1 M"
        )
    return None


# Two calendar years, 1900 to 2100, typed as a range ("2025-2026", "2025/2026", "2025 s.d. 2029 tahun"),
# the second also by its last two digits (a tahun ajaran "2025/26", a Renstra period "2025-30")
_YEARS = r"19\d\d|20\d\d|2100"
_KALENDER = re.compile(
    rf"({_YEARS})\s*(?:[{_DASHES}/]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    rf"({_YEARS}|\d\d)(?:\s*(?:tahun|thn|th)\.?)?",
    re.IGNORECASE,
)


# A Satuan naming a fiscal or school year ("Tahun Anggaran", "TA", "T.A.", "Tahun Ajaran", "Tahun
# Pelajaran", a university's "Tahun Akademik"): two calendar years under it are its period, never its figure
_PERIODE = re.compile(
    r"(?:tahun|thn|th)\.?\s+(?:anggaran|ajaran|pelajaran|akademik)|t\.?\s?a\.?", re.IGNORECASE
)


def tahun_kalender(text: str, satuan: str) -> str | None:
    """Why ``text`` is no figure of a Satuan of years ("Tahun": lama sekolah, usia harapan hidup) or of
    a period ("Tahun Anggaran", "TA", "Tahun Ajaran") when it is two calendar years typed as a range
    ("2025-2026", a school year "2025/2026": a period, not 2.025 to 2.026 years), and what to type; None
    for any other text or Satuan ("8-9 tahun" is a range of years of duration)."""
    periode = _PERIODE.fullmatch(satuan.strip()) is not None
    if not (periode or is_year_unit(satuan)) or (found := _KALENDER.fullmatch(text.strip())) is None:
        return None
    first, second = found[1], found[2] if len(found[2]) == 4 else found[1][:2] + found[2]
    if len(found[2]) == 2 and second <= first:  # "2025-20": no year after 2025 (left to the range rules)
        return None
    example = "" if periode else ", mis. 8,5,"  # (a length of schooling; a period's count has none)
    return (
        f"berupa rentang tahun kalender ({first} sampai {second}), bukan angka yang diukur indikator; "
        f"tulis angkanya dalam Satuan indikator ('{satuan.strip()}'){example} dan tahunnya, bila perlu, "
        "di kolom Keterangan"
    )


# (a figure then no more digits, dots or commas: "1.5" of "1.5-2", an English decimal, is none)
_PLAIN = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d.,])")


def _bound(typed: str) -> Fraction | None:
    """A bound typed the Indonesian way ("5", "1.250", "72,5"), its unit left off; None otherwise."""
    found = _PLAIN.match(typed.strip())
    if found is None:
        return None
    whole, decimals = found[1].replace(".", ""), found[2] or ""
    return Fraction(int(whole + decimals), 10 ** len(decimals))


def _said(x: Fraction) -> str:
    """A midpoint as findings.figure prints it (at most 4 decimals: 5,5; 1.250,25)."""
    shown = format_number(x, 0 if x.denominator == 1 else 4)
    return shown.rstrip("0").rstrip(",") if "," in shown else shown


def rentang_realisasi(low: str, high: str, kolom: str) -> str:
    """Why a realisasi typed as a bare range ("5-6") is not read and what to type: one measured figure,
    which bound or the midpoint being staff's choice (as status_ragu.labelled_range says of
    "realisasi 5-6"; kinerja67: the galat said "target: yang tertulis di Perjanjian Kinerja")."""
    bounds = sorted(b for b in (_bound(low), _bound(high)) if b is not None)
    mid = (
        f"batas bawah, batas atas atau titik tengahnya ({_said((bounds[0] + bounds[1]) / 2)})"
        if len(bounds) == 2
        else "batas bawah atau batas atas"
    )
    return (
        f"berupa rentang ({low} sampai {high}), bukan satu angka realisasi; tulis satu angka realisasi "
        f"yang terukur di sel ini: {mid}, mana yang sesuai (pilihan Anda), "
        f"dan catat rentangnya di {kolom}"
    )


def rentang_teks(low: str, high: str, kolom: str, *, indicator: bool, label: str = "") -> str:
    """Why ``low``-``high`` is not a figure and what to type: a realisasi or an Anggaran figure is
    measured, one figure (a Kinerja Target typed so is scored: :func:`baca`); ``kolom``: where the
    range's note goes; ``label``: the cell's column (a Realisasi's own words)."""
    if indicator and label.startswith("Realisasi"):
        return rentang_realisasi(low, high, kolom)
    where = " (target: yang tertulis di Perjanjian Kinerja)" if indicator else ""
    return f"berupa rentang ({low} sampai {high}), bukan satu angka; tulis satu angka saja{where} dan catat rentangnya di {kolom}"


def tanggal(raw: object, label: str, satuan: str | None) -> str:
    """How to type a range a Kinerja Target cell turned into a date as it was typed ("6-9", AVLOS 6 to
    9 hari, kept as 6 September, or 9 June by an Excel in English): "; bila maksudnya rentang target
    6-9, ketik ...", since typing it again makes the same date; "" for any other cell or value (a date
    with a time of day, a realisasi: one figure)."""
    if satuan is None or label not in _TARGETS or not isinstance(raw, _dt.date):
        return ""
    if isinstance(raw, _dt.datetime) and raw.time() != _dt.time():
        return ""
    low, high = sorted((raw.day, raw.month))  # (day-month or month-day: the same range either way)
    typed = f"{low}-{high}"
    unit = f" atau dengan satuannya ({typed} {satuan})" if satuan.strip() else ""
    return (
        f"; bila maksudnya rentang target {typed}, ketik dengan tanda petik di depan ('{typed}){unit} "
        "agar tidak diubah menjadi tanggal"
    )
