"""A rate's Satuan, read once: its base (100 for a percentage, 1.000 for "‰" or "per 1.000 KH", 100.000
for "/100.000 KH", "per 100rb KH", "kasus/100.000 pddk") and what it is counted per (live births, the
population). The one reader of nama_negatif (a rate per live births: a Dinkes's death rate, lower is
better), capaian_checks (a rate's quarter typed as a fraction, its base) and laju_dijumlahkan (a rate
summed, what it is per). Pure."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from lkj_xl.core.batas_angka import too_many_digits
from lkj_xl.core.durasi import is_time_word
from lkj_xl.core.nama_periode import HALF_WORD, QUARTER_WORD
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.per_mil import PER_MIL

BIRTHS = "kelahiran hidup"
PEOPLE = "penduduk"

# The thousands as staff type them, joined before reading: "100.000", "100 000", "100,000" (the English
# way), "100rb", "100 ribu", "seribu", "seratus ribu" all read 100000 or 1000; "1 juta", "1jt",
# "sejuta" 1000000, "1,5 juta" 1500000 (a whole thousands' base: satuan_laju's _base).
_IN_WORDS = (
    (re.compile(r"\bseratus\s*(?:rb|ribu)\b"), "100000"),
    (re.compile(r"\bsepuluh\s*(?:rb|ribu)\b"), "10000"),
    (re.compile(r"\bseribu\b"), "1000"),
    (re.compile(r"\b(?:sejuta|satu\s+juta)\b"), "1000000"),
)
_DOTS = re.compile(r"(?<=\d)(?:[.,](?=\d{3}(?!\d))|\s(?=000(?!\d)))")  # ("1.500.000": every group)
_RIBU = re.compile(r"(?<=\d)\s*(?:rb|ribu)\b")
_JUTA = re.compile(r"(?<=\d)\s*(?:jt|juta)\b")
# a base in juta with its decimals ("per 1,5 juta penduduk", "per 2.5 jt"): its whole figure, 1500000;
# a dot before three figures is a thousands dot ("per 1.000 juta": 1.000.000.000, _DOTS)
_JUTA_DESIMAL = re.compile(r"(?<![\d.,])(\d+)(?:,|\.(?!\d{3}(?!\d)))(\d{1,5})\s*(?:jt|juta)\b")
# Births: "KH", "kelahiran hidup", "kelahiran" (an Angka Lahir Mati's, per births dead or alive); the
# population: "penduduk", its shortening "pddk", "jiwa", "orang".
_BIRTHS = r"kh|kelahiran(?:\s+hidup)?"
_PEOPLE = r"penduduk|pddk|jiwa|orang"
# After "per" (not "persen", "permil"; "per100.000KH" is one), "setiap" / "tiap" (staff's "per": "setiap
# 100.000 penduduk") or "/" ("per 1.000 KH", "kasus/100.000 pddk", "per KH", "per 100"), the figure not a
# decimal ("per 1.5"); or a figure before the births without "per" ("100.000 KH"; never after a word,
# "1.100.000 KH" read whole).
_PER = re.compile(
    rf"(?:\bper(?![^\W\d_])|\b(?:se)?tiap\b|/)\s*(\d+)?(?!\d|[.,]\d)\s*(?:({_BIRTHS})|({_PEOPLE}))?\b"
)
_BEFORE_BIRTHS = re.compile(rf"(?<![\w.,/])(\d+)\s*(?:{_BIRTHS})\b")
_PER_MIL = re.compile(PER_MIL)


# A time span after a figure ("per 10 tahun", "per 12 bulan", "tiap 10 triwulan"): no base.
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_PERIOD = re.compile(rf"{QUARTER_WORD}|{HALF_WORD}|dekade|windu|abad")


def _span_of_time(text: str, at: int) -> bool:
    """The word after ``at`` in ``text`` (casefolded) is a unit of time (durasi's, or a quarter's)."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and (is_time_word(word[1]) or _PERIOD.fullmatch(word[1]) is not None)


class Rate(NamedTuple):
    """A rate's Satuan read: ``base`` None where none is written ("per KH"), ``per`` :data:`BIRTHS`,
    :data:`PEOPLE` or "" (per anything else, or not said: "‰", "per 100")."""

    base: int | None
    per: str


def _base(digits: str | None) -> int | None:
    """A figure a rate is counted per: a power of ten from 10 ("per 100", "per 100.000") or whole
    thousands ("per 200.000 KH", "per 30.000 penduduk"); None for any other ("per 1 KH", "per 12")."""
    if not digits:
        return None
    n = int(digits)
    power = n >= 10 and digits.strip("0") == "1"
    return n if power or (n >= 1000 and n % 1000 == 0) else None


def _normalised(satuan: str) -> str:
    """``satuan`` casefolded, its thousands joined (see _IN_WORDS)."""
    text = satuan.casefold()
    for pattern, digits in _IN_WORDS:
        text = pattern.sub(digits, text)
    text = _JUTA_DESIMAL.sub(lambda m: str(int(m[1]) * 10**6 + int(m[2].ljust(6, "0"))), text)
    return _JUTA.sub("000000", _RIBU.sub("000", _DOTS.sub("", text)))


@functools.lru_cache(maxsize=256)  # asked per indicator, a handful of Satuan a workbook
def read_rate(satuan: str) -> Rate | None:
    """The rate ``satuan`` is (see above), None for a Satuan of no rate ("orang", "KH", "1 KH",
    "orang/hari", "%": a percentage is :func:`rate_base`'s own)."""
    # No rate's base has 400 digits, typed so or with thousands dots: int() refuses 4.300 (ValueError)
    if too_many_digits(satuan) is not None or too_many_digits(text := _normalised(satuan)) is not None:
        return None
    for found in _PER.finditer(text):
        per = BIRTHS if found[2] else PEOPLE if found[3] else ""
        if not per and int(found[1] or 0) < 1000 and _span_of_time(text, found.end()):
            continue  # ("per 10 tahun": a count per ten years; "per 1.000 hari rawat" a rate's base)
        if (base := _base(found[1])) is not None or (per == BIRTHS and not found[1]):
            return Rate(base, per)  # ("per KH": per live births, no base written; "per 1 KH" none)
    if (before := _BEFORE_BIRTHS.search(text)) and (base := _base(before[1])) is not None:
        return Rate(base, BIRTHS)
    return Rate(1000, "") if _PER_MIL.search(text) else None


@functools.lru_cache(maxsize=256)
def rate_base(satuan: str) -> int | None:
    """The base of a rate's Satuan: 100 for a percentage, 1.000 for "per 1.000 KH" or "‰", 100.000 for
    "/100.000 KH", "per 100 000 KH", "per 100rb KH" or "100.000 KH"; None for any other Satuan and
    for "per KH" (no base written)."""
    if is_percent_unit(satuan):
        return 100
    rate = read_rate(satuan)
    return None if rate is None else rate.base


def per_births(satuan: str) -> bool:
    """A rate per live births ("per 100.000 KH", "/1000 kelahiran hidup", "per KH"), never a count of
    births (Satuan "KH", "1 KH")."""
    rate = read_rate(satuan)
    return rate is not None and rate.per == BIRTHS


# The word after a base ("pasien" of "per 1.000 pasien", "m2" whole), no further "per" or "setiap".
_WORD_AFTER = r"(?<!\d){}\s*(?!per\b|(?:se)?tiap\b)([^\W\d_]\w*)"


def per_word(text: str) -> str:
    """What the rate ``text`` is counted per, in its own words: :data:`BIRTHS`, :data:`PEOPLE`, or the
    word typed after its base ("pasien" of "per 1.000 pasien"); "" where none is ("‰", "per 1.000")."""
    rate = read_rate(text)
    if rate is None or rate.per or rate.base is None:
        return "" if rate is None else rate.per
    text = _normalised(text)
    after = re.search(_WORD_AFTER.format(rate.base), text)  # (a rare call: a finding's words)
    if after is None:
        return ""
    # (a time's word with what it counts: "per 1.000 hari rawat", patient-days)
    then = _NEXT_WORD.match(text, after.end()) if is_time_word(after[1]) else None
    return f"{after[1]} {then[1]}" if then and then[1] not in ("per", "tiap", "setiap") else after[1]


def base_named(text: str) -> tuple[int, str] | None:
    """The base of the rate ``text`` names (a Satuan, or an Indikator: "Rasio tenaga kesehatan per
    1.000 penduduk") and the rate in a message's words: (1000, "per 1.000 penduduk"), (100000, "per
    100.000 kelahiran hidup"), (1000, "per 1.000 pasien"); None where no base is written ("per KH")."""
    rate = read_rate(text)
    if rate is None or rate.base is None:
        return None
    per = per_word(text)
    dotted = f"{rate.base:,}".replace(",", ".")
    return rate.base, f"per {dotted} {per}" if per else f"per {dotted}"
