"""A realisasi typed as a bound ("< 1 hari", "kurang dari 1 jam", "> 90 %"), as staff write a service
time faster than a day or a share above a standard: never read (a bound is no figure measured), and the
galat names what to type. A target so typed keeps pasted.not_a_number's advice (its bound is the
figure, "≤ 2 hari": type 2); a realisasi's bound is not what was achieved, so it says to type the figure
measured, below or above it, in the Satuan's unit with decimals ("0,5" for half a day). A bound in
another time unit than the Satuan ("kurang dari 1 jam" of Satuan Hari) names the Satuan's unit and how
to convert: told "dalam jam, 0,5 untuk setengah jam", staff would type 0,5, read as half a day. Pure."""

from __future__ import annotations

import re

from lkj_xl.core.pasted import BOUND, UPPER

# The time unit after the bound's figure ("1 hari", "1hari kerja", "2 jam", "45 detik")
_TIME = re.compile(r"([0-9][0-9.,]*)\s*(hari|jam|menit|detik)\b")
_UNITS = ("detik", "menit", "jam", "hari")  # smaller to larger
# A bound the figure lies beyond ("< 1 hari": below 1); "≤", "maks." may be the bound itself
_STRICT = frozenset({"<", ">", "kurang dari", "lebih dari", "di bawah", "dibawah", "di atas", "diatas"})
# How a figure of another time unit becomes one of the Satuan's (a "hari" of service time may be a
# working day: said so)
_CONVERT = {
    ("jam", "hari"): "dari jam, bagi dengan jam kerja sehari: 4 jam / 8 jam = 0,5",
    (
        "menit",
        "hari",
    ): "dari menit, bagi dengan 60 lalu dengan jam kerja sehari: 240 menit / 60 / 8 jam = 0,5",
    ("detik", "hari"): "dari detik, bagi dengan 3.600 lalu dengan jam kerja sehari",
    ("menit", "jam"): "dari menit, bagi dengan 60: 30 menit / 60 = 0,5",
    ("detik", "jam"): "dari detik, bagi dengan 3.600: 1.800 detik / 3.600 = 0,5",
    ("detik", "menit"): "dari detik, bagi dengan 60: 30 detik / 60 = 0,5",
    # a larger unit ("< 1 hari" of Satuan Jam)
    ("hari", "jam"): "dari hari, kalikan dengan 24 (dengan 8 bila dihitung jam kerja)",
    ("hari", "menit"): "dari hari, kalikan dengan 1.440 (dengan 480 bila dihitung jam kerja)",
    ("jam", "menit"): "dari jam, kalikan dengan 60: 0,5 jam x 60 = 30",
}


def _satuan_unit(satuan: str | None) -> str | None:
    """The time unit a Satuan counts in ("Hari", "Hari kerja", "Jam"); None for any other Satuan
    ("orang/hari" counts people)."""
    words = re.findall(r"[^\W\d_]+", (satuan or "").casefold())
    return words[0] if words and words[0] in _UNITS else None


def batas_realisasi(text: str, satuan: str | None = None) -> str:
    """Why the realisasi ``text`` (a cell's tidy text) typed as a bound is not read, and what to type;
    "" for any other text. ``satuan``: the indicator's Satuan (None for a spending cell)."""
    if not (found := BOUND.fullmatch(text)):
        return ""
    sign, rest = found.group(1), found.group(2).strip()
    key = sign.casefold().rstrip(".")
    upper = key in UPPER
    if key in _STRICT:
        side = f"di bawah {rest}" if upper else f"di atas {rest}"
    else:
        side = f"paling banyak {rest}" if upper else f"paling sedikit {rest}"
    why = (
        f'berupa batas {"atas" if upper else "bawah"} ("{sign}"), bukan satu angka: realisasi adalah angka '
        f"yang terukur, bukan batasnya; tulis angka itu"
    )
    time = _TIME.match(rest.casefold())
    typed_unit = time.group(2) if time else None
    unit = _satuan_unit(satuan) or typed_unit
    if not upper or unit is None:
        return f"{why} ({side})"
    if typed_unit is not None and typed_unit != unit:  # "kurang dari 1 jam" of Satuan Hari
        how = _CONVERT.get((typed_unit, unit), f"dari {typed_unit}, ubah ke {unit}")
        return f"{why} dalam {unit} sesuai Satuan, bukan {typed_unit} ({side}), boleh desimal; {how}"
    figure = time.group(1) if time else rest
    half = f" (mis. 0,5 untuk setengah {unit})" if figure == "1" else ""
    smaller = _UNITS[_UNITS.index(unit) - 1] if unit != "detik" else ""
    how = f"; {_CONVERT[(smaller, unit)]}" if (smaller, unit) in _CONVERT else ""
    return f"{why} dalam {unit} ({side}), boleh desimal{half}{how}"
