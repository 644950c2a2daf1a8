"""A duration typed in other time units than its indicator's Satuan ("90 menit", "1 jam 30 menit" for
Satuan "jam", as a BPBD types its response time): never read, but the galat says what to type.

Only seconds, minutes and hours are converted (a "hari" of service time may be a working day of
eight hours); days, weeks and months are named without a figure. Years and months convert among
themselves ("8 tahun 6 bulan" for Satuan "Tahun" is 8,5). Pure Python."""

from __future__ import annotations

import re
from fractions import Fraction

# minutes per unit; None: a time unit that is not converted
_UNITS: dict[str, Fraction | None] = {
    "detik": Fraction(1, 60),
    "dtk": Fraction(1, 60),
    "menit": Fraction(1),
    "mnt": Fraction(1),
    "jam": Fraction(60),
    "hari": None,
    "hr": None,
    "minggu": None,
    "pekan": None,
    "bulan": None,
}
# months per unit: a level in years ("Rata-rata lama sekolah" 8,5 tahun, "Usia harapan hidup"), typed
# as "8 tahun 6 bulan"
_MONTHS: dict[str, Fraction] = {
    "tahun": Fraction(12),
    "thn": Fraction(12),
    "th": Fraction(12),
    "bulan": Fraction(1),
    "bln": Fraction(1),
}
# An abbreviation of a time unit: the same unit ("8,7 thn" for Satuan "Tahun" is "8,7 tahun").
_FULL = {"thn": "tahun", "bln": "bulan", "mnt": "menit", "dtk": "detik", "hr": "hari"}


# "th" is tahun too, but only beside a Satuan of time (read by _spelt, never by time_word: elsewhere,
# as after a count per year, "th" keeps the handling it had)
_SHORT = {**_FULL, "th": "tahun"}


def _spelt(word: str) -> str:
    return _SHORT.get(word, word)


def time_word(word: str) -> str:
    """``word`` (casefolded) with an abbreviated time unit spelled out: "thn" -> "tahun"; else as is."""
    return _FULL.get(word, word)


_PART = re.compile(r"\s*(\d+(?:,\d+)?)\s*([^\W\d_]+)\.?\s*")
# "01:30" as a clock shows 1 jam 30 menit; "125:30" past days; "0:13:30" with its seconds
_CLOCK = re.compile(r"(\d{1,4}):([0-5]\d)(?::([0-5]\d))?")
_COLON = re.compile(r"\d+(?:,\d+)?\s*:\s*\d+(?:,\d+)?")  # "1:30", "1 : 30" of a Satuan in years or months


def _unit(word: str) -> str | None:
    key = word.casefold().rstrip(".")
    return key if key in _UNITS or key in _MONTHS else None


def is_time_word(word: str) -> bool:
    """``word`` is a unit of time ("tahun", "thn", "bulan", "menit", "jam")."""
    return _unit(word) is not None


def is_year_unit(satuan: str) -> bool:
    """A Satuan of years ("Tahun", "thn"): an age or a length of schooling, never a calendar year."""
    return len(satuan.split()) == 1 and _spelt(_unit(satuan.strip()) or "") == "tahun"


def is_time_unit(satuan: str) -> bool:
    """A Satuan of one time unit ("menit", "Jam", "Tahun"): its figures are durations or ages."""
    return len(satuan.split()) == 1 and _unit(satuan.strip()) is not None


def same_time_unit(word: str, satuan: str) -> bool:
    """``word`` typed after a figure spells ``satuan``, a Satuan of one time unit, however either is
    abbreviated ("th", "th.", "thn" under "Tahun"; "bln" under "Bulan")."""
    unit = _unit(word)
    return unit is not None and is_time_unit(satuan) and _spelt(unit) == _spelt(_unit(satuan.strip()) or "")


# The minute and second marks after a figure ("1 jam 30'", Word's "15’", the primes "5′ 30″"): words.
_MINUTE_MARK = re.compile(r"(\d)\s*['′’](?!['′’])")
_SECOND_MARK = re.compile(r"(\d)\s*(?:[\"″”]|['′’]{2})")


def _marked(text: str) -> str:
    """``text`` with its minute and second marks written as words: "1 jam 30'" -> "1 jam 30 menit"."""
    return _MINUTE_MARK.sub(r"\1 menit ", _SECOND_MARK.sub(r"\1 detik ", text)).strip()


def _parts(text: str) -> list[tuple[Fraction, str]] | None:
    """("1 jam 30 menit") -> [(1, "jam"), (30, "menit")]; "01:30" and "1 jam 30'" likewise; None for
    anything else."""
    text = _marked(text)
    if clock := _CLOCK.fullmatch(text):
        seconds = [(Fraction(int(clock[3])), "detik")] if clock[3] else []
        return [(Fraction(int(clock[1])), "jam"), (Fraction(int(clock[2])), "menit"), *seconds]
    parts, at = [], 0
    while at < len(text):
        match = _PART.match(text, at)
        if match is None or (unit := _unit(match[2])) is None:
            return None
        parts.append((Fraction(match[1].replace(",", ".")), unit))
        at = match.end()
    return parts or None


def _two_readings(first: Fraction, second: Fraction, satuan: str, per_minute: Fraction) -> str:
    """The galat of a clock "13:30" under Satuan menit or detik (``per_minute`` of it in a minute, 1 or
    60): minutes and seconds, or hours and minutes."""
    return (
        f"tidak valid: ditulis sebagai menit:detik atau jam:menit, padahal Satuan indikator '{satuan}'; "
        f"bila maksudnya {_shown(first)} menit {_shown(second)} detik, tulis {_shown((first + second / 60) * per_minute)}; "
        f"bila {_shown(first)} jam {_shown(second)} menit, tulis {_shown((first * 60 + second) * per_minute)}"
    )


def _clock_readings(target: str, first: Fraction) -> Fraction | None:
    """How many of Satuan ``target`` a minute holds when a clock "m:ss" beside it may be minutes and
    seconds as well as hours and minutes: menit (not "0:14", no hour to be minutes: 14 menit), detik
    ("0:45" is 45 detik as likely as 0 jam 45 menit); None for any other Satuan."""
    spelt = _spelt(target)
    if spelt == "menit" and first:
        return Fraction(1)
    return Fraction(60) if spelt == "detik" else None


def _shown(value: Fraction) -> str:
    """A figure the Indonesian way, up to four decimals: 1,5; 0,75; 0,3333."""
    whole = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return whole.replace(".", ",")


# A time written as a product, as SOPs state a service standard: "1 x 24 jam", "2 x 60 menit"; "1 x 24"
# without its unit is in the Satuan's
# A factor of such a product, with its thousands dots ("2 x 1.000"): read by :func:`product_factor`
PRODUCT_FACTOR = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_PRODUCT = re.compile(rf"\s*{PRODUCT_FACTOR}\s*[x×]\s*{PRODUCT_FACTOR}\s*([^\W\d_]+)?\.?\s*", re.IGNORECASE)


# A product of two factors and the words after it, glued or spaced ("1x24jam", "2x7 hari kerja")
_GLUED = re.compile(
    rf"\s*{PRODUCT_FACTOR}\s*([x×])\s*{PRODUCT_FACTOR}((?:\s*[^\W\d_]+\.?)*)\s*", re.IGNORECASE
)


def spaced_product(text: str) -> str:
    """``text`` with a product's sign spaced ("1x24 jam" -> "1 x 24 jam", as staff type an SOP's
    standard), so that a product typed without spaces is read, and refused with its product named, as
    the spaced one is; any other text as is ("1x24x7", "3x4 m2": no product of two factors whose
    first factor could be offered as the figure)."""
    if (found := _GLUED.fullmatch(text)) is None:
        return text
    return " ".join([found[1], found[2], found[3], *found[4].split()])


def product_factor(typed: str) -> Fraction:
    """A factor matched by :data:`PRODUCT_FACTOR`, exact: "1.250,5" -> 2501/2."""
    return Fraction(typed.replace(".", "").replace(",", "."))


def _product_hint(text: str, satuan: str) -> str | None:
    """The galat of a product of time ("1 x 24 jam") under a time Satuan: the product in the Satuan,
    never its first factor (1 jam for 24 jam)."""
    match = _PRODUCT.fullmatch(text)
    if match is None or _unit(match[3] or satuan.strip()) is None:
        return None
    unit = (match[3] or satuan.strip()).casefold().rstrip(".")
    product = product_factor(match[1]) * product_factor(match[2])
    written = f"{' '.join(text.split())} = {_shown(product)} {unit}"
    if _spelt(unit) == _spelt(_unit(satuan.strip()) or ""):
        return f"tidak valid: ditulis sebagai perkalian ({written}); tulis angkanya saja: {_shown(product)}"
    said = duration_hint(f"{_shown(product)} {unit}", satuan) or ""
    # ("tidak valid: ditulis dalam jam, padahal Satuan ...; tulis ...": the product said in its place)
    tail = (
        said[said.find(", padahal") :]
        if ", padahal" in said
        else f", padahal Satuan indikator '{satuan.strip()}'"
    )
    return f"tidak valid: ditulis sebagai perkalian ({written}){tail}"


def duration_hint(text: str, satuan: str, hours: bool = False) -> str | None:
    """Why ``text`` is not read for a time Satuan, with the figure to type where it converts; None when
    the Satuan or the text is no duration. A clock "13:30" under Satuan menit (or detik) is 13 jam 30
    menit or 13 menit 30 detik (a waiting time's logbook): both are named, unless ``hours`` (Excel kept
    it as elapsed hours, [h]:mm) or, under menit, it has no hour ("0:14")."""
    target = _unit(satuan.strip()) if len(satuan.split()) == 1 else None
    if target is not None and (product := _product_hint(text, satuan)):
        return product
    if target in _MONTHS and ":" in text:
        # a clock is no year: "1:30" of a Satuan "Tahun" may be 1 tahun 3 bulan, 1 jam 30 menit or a
        # ratio; its unit is not known, so no figure (30 would be a wrong one)
        if not _COLON.fullmatch(text.strip()):
            return None
        shown = " ".join(text.split())
        return (
            f"tidak valid: ditulis sebagai perbandingan atau jam ({shown}), bukan satu angka, padahal Satuan indikator "
            f"'{satuan.strip()}'; tulis angkanya dalam {satuan.strip()} saja"
        )
    parts = _parts(text.strip()) if target else None
    if target is None or parts is None:
        return None
    units = [u for _, u in parts]
    if [_spelt(u) for u in units] == [_spelt(target)] and ":" not in text:
        if _marked(text.strip()) == text.strip():
            return None  # "1,5 jam" for Satuan "jam", "8,7 thn" for "Tahun": read elsewhere
        # "45'" for Satuan "menit": the mark is no word the number reader knows; the figure to type
        return f"tidak valid: ditulis dengan tanda {units[0]}; tulis angkanya dalam {satuan.strip()} saja: {_shown(parts[0][0])}"
    written = (
        ("jam:menit:detik" if len(parts) == 3 else "jam:menit")
        if ":" in text
        else " dan ".join(dict.fromkeys(units))
    )
    why = f"tidak valid: ditulis dalam {written}, padahal Satuan indikator '{satuan.strip()}'"
    if ":" in text and len(parts) == 2 and not hours and (per_minute := _clock_readings(target, parts[0][0])):
        return _two_readings(parts[0][0], parts[1][0], satuan.strip(), per_minute)
    if target in _MONTHS and all(u in _MONTHS for u in units):  # "8 tahun 6 bulan": 8 + 6 / 12 = 8,5
        months = sum((n * _MONTHS[u] for n, u in parts), Fraction(0))
        return f"{why}; tulis angkanya dalam {satuan.strip()} saja: {_shown(months / _MONTHS[target])}"
    per_target, factors = _UNITS.get(target), [_UNITS.get(u) for u in units]
    if per_target is None or any(f is None for f in factors):
        return f"{why}; tulis angkanya dalam {satuan.strip()} saja"
    minutes = sum((n * f for (n, _), f in zip(parts, factors) if f is not None), Fraction(0))
    return f"{why}; tulis angkanya dalam {satuan.strip()} saja: {_shown(minutes / per_target)}"


# A note in brackets at the end of a typed figure ("(sementara)", "(5%)").
_NOTE_END = re.compile(r"\s*(\([^()]*\))\s*$")


def duration_with_note(text: str, satuan: str) -> str | None:
    """The duration's hint for ``text`` with a note in brackets after it ("8 tahun 6 bulan (sementara)" under
    Satuan tahun: 8,5, the note to the Keterangan); None without a note or when the rest is no duration.
    (Read as words after the Satuan, the figure to type would be 8, half a year lost.)"""
    note = _NOTE_END.search(text)
    if note is None or not (hint := duration_hint(text[: note.start()], satuan)):
        return None
    return f"{hint}; catatannya {note[1]}, bila perlu, di kolom Keterangan"
