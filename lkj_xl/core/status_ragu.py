"""A quarter's status text holding a figure the tool doubts (kinerja66): a range after a label,
`realisasi 5-6`, `antara 5 - 6` (no one figure: which bound, or the midpoint, is staff's choice); a year
beside a label as its only number, `Nilai 2024` (a year, not a figure); a figure named by another name
than a label of the figure, `IKM: 72,4`, `Indeks Kepuasan 72,4` in the row of an indicator that is not
the IKM (a paste from the IKM's row?). Where the quarter counts, each was a peringatan (or nothing, a
Kumulatif belum diketahui without a word) and a Nilai Akhir scored from the quarter before: a galat now
(unit_checks.status_number). Precision first: a waiting text ("Menunggu laporan 3 desa", "Menunggu data
BPS 2025") stays a status. Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core.findings import figure
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.numbers import NumberParseError, parse_number
from lkj_xl.core.rentang import SD

_WORD = re.compile(r"[^\W\d_]+")
# Labels of a figure (unit_checks._LABEL's and status_named._LABELS' single words) and approximate words.
_LABELS = frozenset(
    [
        "realisasi",
        "capaian",
        "nilai",
        "skor",
        "score",
        "hasil",
        "total",
        "jumlah",
        "jumlahnya",
        "sebanyak",
        "sejumlah",
        "tercapai",
        "terealisasi",
        "indeks",
        "index",
        "level",
        "tingkat",
        "mencapai",
        "sudah",
        "baru",
    ]
)
# A count's labels: a year-like figure after them is a count ("Total 2024" of 2.024 orang)
_COUNT_LABELS = frozenset(["total", "jumlah", "jumlahnya", "sebanyak", "sejumlah"])
_APPROX = frozenset(["sekitar", "kurang", "lebih", "krg", "lbh", "kira", "kurleb", "hampir", "antara", "kl"])
_TAHUN = frozenset(["tahun", "th", "thn"])
# A quarter's or a half year's name before a figure ("TW II: 5-6", "Semester I 5-6")
_PERIOD = frozenset(["tw", "trw", "triwulan", "semester", "smt", "sem", "i", "ii", "iii", "iv"])
# Words of a figure not there yet, or of another thing counted, a stage or a period: never a name.
_NOT_A_NAME = frozenset(
    [
        "menunggu",
        "tunggu",
        "belum",
        "proses",
        "diproses",
        "sementara",
        "rencana",
        "target",
        "usulan",
        "akan",
        "estimasi",
        "perkiraan",
        "data",
        "laporan",
        "tahap",
        "tahapan",
        "termin",
        "fase",
        "ke",
        "bulan",
        "minggu",
        "hari",
        "tahun",
        "th",
        "thn",
        "tw",
        "triwulan",
        "semester",
        "dari",
        "no",
        "nomor",
        "rilis",
        "terbit",
        "per",
    ]
)
_SCORE_FIRST = frozenset(["indeks", "index", "nilai", "skor", "score"])
_NUM = r"\d+(?:[.,]\d+)*"
# words, then two figures with a dash, "s.d.", "sampai" or "hingga" (or "antara ... dan ...") between
_RANGE = re.compile(
    rf"([^\W\d_]+(?:[\s.]+[^\W\d_]+)*)\s*[:=]?\s*({_NUM})\s*(?:[-\u2013\u2014]|{SD}|s/d|sampai(?:\s+dengan)?|hingga|dan)\s*"
    rf"({_NUM})\s*(%|[^\W\d_]+)?\s*\.?",
    re.IGNORECASE,
)
# (one word, then more each after a space: no two ways to split a word, no backtracking on a long text)
_YEAR = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+)*)\s*[:=]?\s*((?:19|20)\d\d)\s*\.?", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _exact(text: str) -> Fraction | None:
    try:
        exact = parse_number(text).exact
    except (NumberParseError, ValueError, TypeError):
        return None
    return None if exact is None else Fraction(exact)


def labelled_range(status: str, satuan: str) -> str:
    """Why ``status`` ("realisasi 5-6", "antara 5 dan 6 unit") is no figure and what to type, naming
    both bounds and the midpoint; "" for any other text. Only label or approximate words before the
    range, at most a unit's word or % after it (a bare "5-6" is the number reader's galat)."""
    found = _RANGE.fullmatch(" ".join(status.split()))
    if found is None:
        return ""
    before = _words(found[1])
    if not before or any(w not in _LABELS and w not in _APPROX and w not in _PERIOD for w in before):
        return ""
    if "dan" in status.casefold().split() and "antara" not in before:
        return ""  # ("realisasi 5 dan 6": two figures, no range said)
    bounds = sorted(x for x in (_exact(found[2]), _exact(found[3])) if x is not None)
    if len(bounds) != 2 or bounds[0] == bounds[1]:
        return ""
    low, high = bounds  # ("realisasi 6-5": the same two bounds)
    mid = figure((low + high) / 2)
    return (
        f"berupa rentang ({figure(low)} sampai {figure(high)}), bukan satu angka realisasi, jadi realisasi "
        f"dan capaian tidak dihitung. Tulis satu angka yang terukur: batas bawah ({figure(low)}), batas atas ({figure(high)}) atau titik tengahnya "
        f"({mid}), mana yang sesuai (pilihan Anda), dan catat rentangnya di kolom Keterangan"
    )


def year_only(status: str, satuan: str) -> str:
    """Why ``status`` ("Nilai 2024", "Realisasi: 2024", "nilai tahun 2024") is no figure: its only number
    is a year beside a label; "" for any other text ("Menunggu data BPS 2025", "Tahun 2024" alone: a
    status, as before; "Total 2024", "sebanyak 2024": a count's label, the figure read or told as
    before). ``satuan``: unused, the callers' one signature with :func:`labelled_range`."""
    found = _YEAR.fullmatch(" ".join(status.split()))
    if found is None:
        return ""
    labels = [w for w in _words(found[1]) if w not in _TAHUN]
    if not labels or any(w not in _LABELS or w in _COUNT_LABELS for w in labels):
        return ""
    year = found[2]
    return (
        f"berisi tahun ({year}) sebagai satu-satunya angka, bukan realisasi, jadi realisasi dan capaian "
        f"tidak dihitung. Tulis angka realisasinya saja "
        f'(tahun datanya, bila perlu, di kolom Keterangan), atau "-" bila belum ada data'
    )


def named_other(status: str, number: str, indikator: str, satuan: str) -> str:
    """The name ``status`` gives its figure ``number`` when that is no label of it but a name, likely
    another indicator's ("IKM: 72,4", "Indeks Kepuasan 72,4", "IKM 72,4" in a row not the IKM's): the
    name, "" otherwise. A name: words ending in a colon or "=", or first a score word ("Indeks
    Kepuasan"), or an abbreviation in capitals of three to six letters ("IKM"); at most four words, none
    saying the figure is not there yet or counting something else; after the figure at most % or the
    Satuan's word ("IKM: 72,4 poin" under Poin)."""
    spaced = " ".join(status.split())
    found = re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w,])", spaced)
    if found is None or not number.strip("0.,"):
        return ""
    before, after = spaced[: found.start()].rstrip(), spaced[found.end() :].strip()
    tail = re.fullmatch(r"(%|persen|[^\W\d_]+)?\s*\.?", after, re.IGNORECASE)
    if re.search(r"\d", before) or tail is None:
        return ""
    if tail[1] and tail[1] != "%" and tail[1].casefold() not in ("persen", *_words(satuan)):
        return ""
    name = before.rstrip(":= ").strip()
    words = _words(name)
    if not words or len(words) > 4 or any(w in _NOT_A_NAME for w in words):
        return ""
    if not re.fullmatch(r"[^\W\d_]+(?:[\s.-]+[^\W\d_]+)*", name):
        return ""
    colon = before.endswith((":", "="))
    percent = (tail[1] or "").casefold() in ("%", "persen") and not is_percent_unit(satuan)
    capitals = len(words) == 1 and re.fullmatch(r"[A-Z]{3,6}", name) is not None
    if not (colon or words[0] in _SCORE_FIRST and (len(words) > 1 or percent) or capitals):
        return ""
    if all(w in _LABELS for w in words) and not percent:
        return ""  # ("Realisasi: 72,4": a label, unit_checks' own rule; "Indeks 72,4%" of a count: named)
    own = set(_words(indikator))
    return "" if all(w in own for w in words) else name
