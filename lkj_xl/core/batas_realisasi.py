"""A realisasi typed as a bound ("< 1 hari", "kurang dari 1 jam", "> 90 %"), as staff write a service
time faster than a day or a share above a standard: never read (a bound is no figure measured), and the
galat names what to type. A target so typed keeps pasted.not_a_number's advice (its bound is the
figure, "≤ 2 hari": type 2); a realisasi's bound is not what was achieved, so it says to type the figure
measured, below or above it, in the Satuan's unit with decimals ("0,5" for half a day). Pure."""

from __future__ import annotations

import re

from lkj_xl.core.pasted import BOUND, UPPER

# The time unit after the bound's figure ("1 hari", "1hari kerja", "2 jam"), and how a figure of the
# next smaller unit becomes one of it (a "hari" of service time may be a working day: said so)
_TIME = re.compile(r"([0-9][0-9.,]*)\s*(hari|jam|menit)\b")
# A bound the figure lies beyond ("< 1 hari": below 1); "≤", "maks." may be the bound itself
_STRICT = frozenset({"<", ">", "kurang dari", "lebih dari", "di bawah", "dibawah", "di atas", "diatas"})
_FROM_SMALLER = {
    "hari": "dari jam, bagi dengan jam kerja sehari: 4 jam / 8 jam = 0,5",
    "jam": "dari menit, bagi dengan 60: 30 menit / 60 = 0,5",
    "menit": "dari detik, bagi dengan 60: 30 detik / 60 = 0,5",
}


def batas_realisasi(text: str) -> str:
    """Why the realisasi ``text`` (a cell's tidy text) typed as a bound is not read, and what to type;
    "" for any other text."""
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
    if not upper or not (time := _TIME.match(rest.casefold())):
        return f"{why} ({side})"
    unit = time.group(2)
    half = f" (mis. 0,5 untuk setengah {unit})" if time.group(1) == "1" else ""
    return f"{why} dalam {unit} ({side}), boleh desimal{half}; {_FROM_SMALLER[unit]}"
