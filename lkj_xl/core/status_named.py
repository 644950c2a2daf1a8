"""A quarter's status text that names its figure by the indicator's own name: "Nilai RB 65,33",
"nilai SPI 72,4", "Indeks 72,4 (SPI 2024)", "Nilai 65,33 (BB)". Pure.

unit_checks.figure_meant's whitelist takes a figure after a short label ("realisasi 95"); staff typing
a yearly score also name it by the indicator (its words, its Satuan, a word within one of them:
"tindak lanjut" of "ditindaklanjuti", the initials of its words: RB of Reformasi Birokrasi), write a
share's % after it, and put a year or the grade it earns in brackets after it. Read as a status, the
quarter was left out, and a Nilai Akhir indicator scored from the quarter before without a word.
Precision first: every word around the figure must be such a word; any other ("Menunggu laporan 3
desa"), or one saying the figure is not there yet ("(menunggu verifikasi)"), leaves it a status.
"""

from __future__ import annotations

import functools
import re

from lkj_xl.core.number_words import is_percent_unit

_WORD = re.compile(r"[^\W\d_]+")
# Words of a figure not there yet: never its figure.
_NOT_YET = frozenset(
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
    ]
)
# Labels before a figure (unit_checks._LABEL's words, single words only).
_LABELS = frozenset(
    [
        "realisasi",
        "capaian",
        "nilai",
        "skor",
        "hasil",
        "total",
        "jumlah",
        "sebanyak",
        "sejumlah",
        "tercapai",
        "terealisasi",
        "indeks",
        "level",
        "tingkat",
        "predikat",
        "kategori",
    ]
)
_GRADES = frozenset(["aa", "a", "bb", "b", "cc", "c", "d", "wtp", "wdp", "tw", "tmp"])
_YEAR = re.compile(r"(?:19|20)\d\d")
# Between the words before the figure: spaces and a colon, an equals sign or a dash.
_BEFORE = re.compile(r"[^\W\d_]+(?:\s*[:=\u2013-]?\s*[^\W\d_]+)*\s*[:=\u2013-]?\s*")
_PERCENT = re.compile(r"^\s*(?:%|persen\b)")
_AFTER = re.compile(r"\s*(?:\(\s*([^()]*?)\s*\))?\s*\.?\s*")


@functools.lru_cache(maxsize=512)
def _name_words(indikator: str, satuan: str) -> frozenset[str]:
    """The indicator's and its Satuan's words, and the initials of two to four words running in its
    name ("Reformasi Birokrasi": rb; "Sistem Pengendalian Intern": spi)."""
    words = _WORD.findall(indikator.casefold())
    initials = {"".join(w[0] for w in words[i : i + n]) for n in (2, 3, 4) for i in range(len(words) - n + 1)}
    return frozenset(words) | frozenset(_WORD.findall(satuan.casefold())) | initials


def _inside(word: str, words: frozenset[str]) -> bool:
    """A word of five letters or more within one of the name's ("tindak", "lanjut" of "ditindaklanjuti")."""
    return len(word) >= 5 and any(word in w for w in words if len(w) > len(word))


def named_figure(status: str, number: str, indikator: str, satuan: str) -> bool:
    """Whether ``number`` in ``status`` is the quarter's figure named by its indicator (see above); never
    a zero ("Jumlah temuan 0 (nihil)": a Kumulatif's sum is the same without it, said as before)."""
    folded = " ".join(status.casefold().split())
    found = re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w,])", folded)
    if found is None or not number.strip("0.,"):
        return False
    after = folded[found.end() :]
    if is_percent_unit(satuan):  # (its sign: "tindak lanjut 79,23%")
        after = _PERCENT.sub("", after, count=1)
    before, note = folded[: found.start()].strip(), _AFTER.fullmatch(after)
    if note is None or (before and not _BEFORE.fullmatch(before + " ")):
        return False
    words = _name_words(indikator, satuan)
    before_words, note_words = _WORD.findall(before), (note[1] or "").split()
    if not before_words and not note_words:
        return False  # (a bare figure is read as a number, never here)
    if any(w in _NOT_YET for w in before_words + note_words):
        return False
    if not all(w in words or w in _LABELS or _inside(w, words) for w in before_words):
        return False
    if not all(w in words or w in _GRADES or _YEAR.fullmatch(w) for w in note_words):
        return False
    # a figure after no word: its note must name the indicator or a year, not a grade alone ("65 (B)"
    # is read by the number reader, which says so)
    return bool(before_words) or any(w in words or _YEAR.fullmatch(w) for w in note_words)
