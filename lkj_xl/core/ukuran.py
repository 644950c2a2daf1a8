"""A length, an area, a mass, a volume or a yield typed in another unit than its indicator's Satuan
("12.500 m" of a road improved, Satuan km; "5.000 m2" of a kawasan counted in Ha; "45.230.000 kg" of
a harvest under ton; "58 ku/ha" under ton/ha; "500 liter" under m3), as a PUPR's or a Dinas
Pertanian's field report gives it: never read, but the galat names the figure in the Satuan. It said
"Tulis angkanya saja (12.500)", which typed so under km is read as 12.500 km. The same unit spelt
otherwise ("kw/ha" under "Kuintal/Ha", "kg" under "Kilogram") is read. Pure Python; every unit
converts by a power of ten, exactly."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core.durasi import is_time_unit

# meters per unit
_LENGTH: dict[str, Fraction] = {
    "mm": Fraction(1, 1000),
    "milimeter": Fraction(1, 1000),
    "cm": Fraction(1, 100),
    "sentimeter": Fraction(1, 100),
    "centimeter": Fraction(1, 100),
    "m": Fraction(1),
    "meter": Fraction(1),
    "mtr": Fraction(1),
    "km": Fraction(1000),
    "kilometer": Fraction(1000),
}
# square meters per unit
_AREA: dict[str, Fraction] = {
    "m2": Fraction(1),
    "m²": Fraction(1),
    "meter persegi": Fraction(1),
    "ha": Fraction(10_000),
    "hektar": Fraction(10_000),
    "hektare": Fraction(10_000),
    "km2": Fraction(1_000_000),
    "km²": Fraction(1_000_000),
    "kilometer persegi": Fraction(1_000_000),
}
# kilograms per unit: a harvest, a stock of rice (1 kuintal = 100 kg, 1 ton = 1.000 kg, 1 ons = 100 gram)
_MASS: dict[str, Fraction] = {
    "miligram": Fraction(1, 1_000_000),  # (never "mg": staff's minggu too)
    "gram": Fraction(1, 1000),
    "gr": Fraction(1, 1000),
    "ons": Fraction(1, 10),  # (the Indonesian ons: 100 gram)
    "kg": Fraction(1),
    "kilogram": Fraction(1),
    "ku": Fraction(100),
    "kw": Fraction(100),
    "kuintal": Fraction(100),
    "kwintal": Fraction(100),
    "ton": Fraction(1000),
}
# liters per unit: water, fuel, a harvest of milk (1 m3 = 1.000 liter); never "l" nor "kl" alone (a
# letter, a kelurahan)
_VOLUME: dict[str, Fraction] = {
    "ml": Fraction(1, 1000),
    "mililiter": Fraction(1, 1000),
    "liter": Fraction(1),
    "ltr": Fraction(1),
    "kiloliter": Fraction(1000),
    "m3": Fraction(1000),
    "m³": Fraction(1000),
    "meter kubik": Fraction(1000),
}
# A crop's yield: a mass per hectare (Produktivitas padi, field reports in kuintal), in kg per hectare.
_YIELD = "hasil per hektar"
_HECTARE = ("ha", "hektar", "hektare")
_TABLES = {"panjang": _LENGTH, "luas": _AREA, "berat": _MASS, "volume": _VOLUME}
# a figure the Indonesian way (thousands dots, decimal comma) and the unit after it
_FIGURE = re.compile(r"\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*([^\d\s].*?)\.?\s*")
_PER = re.compile(r"\s*/\s*|\s+per\s+")


def _measure(word: str) -> tuple[str, Fraction] | None:
    """The measure ``word`` names ("panjang", "berat", ...) and its factor; None for a word of none.
    A mass per hectare, however written ("ku/ha", "ton per hektar"), is a yield."""
    key = _PER.sub("/", " ".join(word.casefold().split()))
    for kind, table in _TABLES.items():
        if key in table:
            return kind, table[key]
    mass, slash, area = key.partition("/")
    if slash and mass in _MASS and area in _HECTARE:
        return _YIELD, _MASS[mass]
    return None


def _satuan_measure(satuan: str) -> tuple[str, Fraction] | None:
    """The Satuan's measure, also of a Satuan with its other name in brackets ("Kilometer (Km)"),
    both names of one unit, or with words naming what it measures ("Km jalan", "Ha sawah", "Ton
    GKG"; not "km persegi", an area, nor "Ton Tahun", a rate: rate_word), or its abbreviation's dot
    ("Ha.", "Ha. sawah", "Ha.sawah"); None otherwise."""
    satuan = satuan.strip().removesuffix(".").rstrip()
    if (whole := _measure(satuan)) is not None:
        return whole
    if (glued := _GLUED.fullmatch(satuan)) and _measure(glued[1]) is not None:
        satuan = f"{glued[1]}. {glued[2]}"  # ("Ha.sawah" as "Ha. sawah": its dot typed without the space)
    head, *named = satuan.casefold().split() or [""]
    head = head.removesuffix(".")  # ("Ha. sawah": the abbreviation's dot before the words)
    if named and all(
        w.isalpha() and w not in _NOT_NAMED and _measure(w) is None and not rate_word(w) for w in named
    ):
        return _measure(head)
    found = _BRACKETED.fullmatch(satuan.strip())
    if not found:
        return None
    outside, inside = _measure(found[1]), _measure(found[2])
    return outside if outside is not None and outside == inside else None


_BRACKETED = re.compile(r"([^()]+?)\s*\(([^()]+)\)")
_GLUED = re.compile(r"([^\W\d_]+)\.([^\W\d_].*)")
# Words after a unit that make it another measure ("km persegi", "meter kubik"; a rate: rate_word)
_NOT_NAMED = frozenset({"persegi", "kubik"})


def rate_word(word: str) -> bool:
    """A word after a unit or a counting word that makes the Satuan a rate, not what it counts: "per",
    a time ("Ton Tahun"), "kapita", or either glued to its per ("Kg Perkapita", "Unit Pertahun")."""
    key = word.casefold()
    key = key[3:] if key.startswith("per") and len(key) > 3 else key
    return key in ("per", "kapita") or is_time_unit(key)


def measure_conversion(text: str, satuan: str) -> str | None:
    """``text``, a length or area in another unit than the Satuan's, and the figure to type in the
    Satuan ("12.500 m = 12,5 km, jadi tulis 12,5"); None when the Satuan or the text is no such
    measure, or the unit is the Satuan's. A comma before three digits ("12,500 m") names both readings:
    1.000 times apart, the decimal one alone would have a road of 12.500 m typed as 0,0125 km."""
    target = _satuan_measure(satuan)
    found = _FIGURE.fullmatch(text) if target else None
    typed = _measure(found[3]) if found else None
    if target is None or found is None or typed is None or typed[0] != target[0] or typed[1] == target[1]:
        return None
    from lkj_xl.core.number_format import format_number, own_decimals  # (lazy: it imports number_words)

    unit, into = " ".join(found[3].split()), satuan.strip().removesuffix(".").rstrip()  # ("Ha.": 0,0005 Ha)

    def said(whole: str, decimals: str) -> str:
        number = Fraction(int(whole.replace(".", "")))
        if decimals:
            number += Fraction(int(decimals), 10 ** len(decimals))
        value = number * typed[1] / target[1]
        figure = format_number(value, own_decimals(value) or 0)
        return f"{whole}{',' + decimals if decimals else ''} {unit} = {figure} {into}, jadi tulis {figure}"

    if found[2] and len(found[2]) == 3 and "." not in found[1] and not found[1].startswith("0"):
        return (
            f"{said(found[1], found[2])} (bila koma itu desimal); "
            f"{said(found[1] + '.' + found[2], '')} (bila koma itu pemisah ribuan)"
        )
    return said(found[1], found[2])


def square_metres(text: str, satuan: str) -> str | None:
    """``text``, a figure with "m" ("5 M") under a Satuan of area ("Ha"), read as square metres: the
    figure to type in the Satuan ("5 m2 = 0,0005 Ha, jadi tulis 0,0005"; under m2 "5 m2, jadi tulis 5");
    None otherwise (an "m" under a Satuan of length: :func:`measure_conversion`)."""
    target, found = _satuan_measure(satuan), _FIGURE.fullmatch(text)
    if target is None or target[0] != "luas" or found is None or found[3].strip().casefold() != "m":
        return None
    typed = f"{found[1]}{',' + found[2] if found[2] else ''}"
    if target[1] == 1:  # the Satuan's own m2, its 2 left off ("5 M" under m2: 5)
        return f"{typed} m2, jadi tulis {typed}"
    return measure_conversion(f"{typed} m2", satuan)


def measure_hint(text: str, satuan: str) -> str | None:
    """Why ``text`` is not read for a length or area Satuan, with the figure to type in it ("12.500
    meter" under km: 12,5); None as :func:`measure_conversion`."""
    conversion, found = measure_conversion(text, satuan), _FIGURE.fullmatch(text)
    if conversion is None or found is None:
        return None
    unit = " ".join(found[3].split())
    return (
        f"tidak valid: ditulis dalam {unit}, padahal Satuan indikator '{satuan.strip()}'; angka tidak dibaca. "
        f"Dalam Satuan indikator: {conversion}"
    )


def measure_word(word: str) -> bool:
    """``word`` names a length, an area, a mass, a volume or a yield ("ton", "ku/ha"): a unit staff know."""
    return _measure(word) is not None


def same_measure(word: str, satuan: str) -> bool:
    """``word`` is the Satuan's own unit of measure spelt otherwise ("m" under Satuan "Meter", "kw/ha"
    under "Kuintal/Ha")."""
    typed, target = _measure(word), _satuan_measure(satuan)
    return typed is not None and target is not None and typed == target
