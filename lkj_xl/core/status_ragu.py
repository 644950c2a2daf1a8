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
from lkj_xl.core.satuan_skor import score_satuan
from lkj_xl.core.status_named import NOT_YET
from lkj_xl.core.status_sumber import counts_documents

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
_NOT_A_NAME = NOT_YET | frozenset(
    [
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
        "survei",  # (a source: "Nilai Survei 72,4", no indicator's name)
        "survey",
        "sumber",
        # a period or how a figure is taken: a note staff type beside the figure (typed_sd), no name
        "tahunan",
        "kumulatif",
        "rata",
        "akhir",
        "posisi",
        "sampai",
        "hingga",
        "sd",
        "smt",
        "trw",
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ]
)
_SCORE_FIRST = frozenset(["indeks", "index", "nilai", "skor", "score"])
# Abbreviations of indicators staff report that are no index's (a figure named so in another indicator's
# row is likely that one's): typed in capitals to count as a name
_KNOWN = frozenset(["sakip", "spbe", "pdrb", "tpt", "ahh", "rls", "hls", "mcp", "ntp", "spm"])
# An index's abbreviation as staff type one: "I" (Indeks, Indikator) and 2 to 5 more capitals ("IKM", "IPM",
# "IKLD", "IDM"), a shape, not a list (kinerja67: the other indicator is often another agency's, in no row
# of this workbook). Any word in capitals is not one (rev_kinerja67): "UMKM: 12", "ASN: 12", "OPD: 60",
# "LKPD: 3" of Laporan, "SKM: 72,4" in the IKM's row name what the row counts, no other indicator.
_INDEX = re.compile(r"(?-i:I[^\W\d_a-z]{2,5})")
# A Roman numeral as written ("III"), never an index's abbreviation ("IDM" is none: I before D)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _abbreviation(word: str) -> bool:
    """Whether ``word`` is an indicator's abbreviation in capitals: a known one or an index's."""
    if word.upper() != word:
        return False
    return word.casefold() in _KNOWN or bool(_INDEX.fullmatch(word) and not _ROMAN.fullmatch(word))


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
    before). Under a Satuan of a count ("Realisasi 2024" under Orang) the figure may be 2.024: both
    readings told (rev_kinerja66); under a score or % a year."""
    found = _YEAR.fullmatch(" ".join(status.split()))
    if found is None:
        return ""
    labels = [w for w in _words(found[1]) if w not in _TAHUN]
    if not labels or any(w not in _LABELS or w in _COUNT_LABELS for w in labels):
        return ""
    year = found[2]
    if not (score_satuan(satuan) or is_percent_unit(satuan)):
        # a count ("Realisasi 2024" of 2.024 orang) may be meant: both readings told, none chosen
        return (
            f"berisi {year} sesudah kata, yang bisa tahun bisa juga jumlah, jadi realisasi dan capaian "
            f"tidak dihitung. Bila realisasinya {figure(Fraction(year))}, tulis angkanya saja "
            f"({figure(Fraction(year))}); bila {year} tahun datanya, tulis angka realisasinya saja "
            f'(tahunnya, bila perlu, di kolom Keterangan), atau "-" bila belum ada data'
        )
    return (
        f"berisi tahun ({year}) sebagai satu-satunya angka, bukan realisasi, jadi realisasi dan capaian "
        f"tidak dihitung. Tulis angka realisasinya saja "
        f'(tahun datanya, bila perlu, di kolom Keterangan), atau "-" bila belum ada data'
    )


def _initials(indikator: str) -> str:
    return "".join(w[0] for w in _words(indikator))


def named_other(status: str, number: str, indikator: str, satuan: str) -> str:
    """The name ``status`` gives its figure ``number`` when it names an indicator, likely another one
    ("IKM: 72,4", "Indeks Kepuasan 72,4" in a row not the IKM's): the name, "" otherwise. An
    indicator's name: an abbreviation in capitals (``_abbreviation``: "IKM", "IKLD", "SAKIP"), or a score word
    first with more words ("Indeks Kepuasan"), or a score word alone with % under a Satuan not % ("Indeks
    72,4%" of a count); none of its words saying the figure is not there yet, a period or a source
    ("Realisasi Tahunan: 46,6", "Semester I: 46", "BPS: 72,4", "SK: 3": a note staff type, read or told
    as before, rev_kinerja66); not the row's own Indikator or Satuan; after the figure at most % or the
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
    percent = (tail[1] or "").casefold() in ("%", "persen") and not is_percent_unit(satuan)
    # (under a Satuan of documents, "RKPD 3", "DPA 3": a document's name, no indicator's)
    caps = [] if counts_documents(satuan) else re.findall(r"[^\W\d_]+", name)
    known = [w for w in caps if _abbreviation(w)]
    scored = words[0] in _SCORE_FIRST and (len(words) > 1 or percent)
    if not (known or scored):
        return ""
    if all(w in _LABELS for w in words) and not percent:
        return ""  # ("Nilai Realisasi 72,4": labels, unit_checks' own rule; "Indeks 72,4%" of a count: named)
    own = {*_words(indikator), *_words(satuan)}
    # (its initials in the row's name, "IKM" of "Nilai Indeks Kepuasan Masyarakat", are its own)
    if known and all(w.casefold() in _initials(indikator) or w.casefold() in own for w in known):
        return ""  # ("IKM: 72,4" in the Indeks Kepuasan Masyarakat's row: its own name)
    return "" if all(w in own for w in words) else name
