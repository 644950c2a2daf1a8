"""A quarter's status text that names its figure by the indicator's own name: "Nilai RB 65,33",
"nilai SPI 72,4", "Indeks 72,4 (SPI 2024)", "Nilai 65,33 (BB)". Pure.

unit_checks.figure_meant's whitelist takes a figure after a short label ("realisasi 95"); staff typing
a yearly score also name it by the indicator (its words, its Satuan, a word within one of them:
"tindak lanjut" of "ditindaklanjuti", the initials of its words: RB of Reformasi Birokrasi), write a
share's % after it, and put around it the words an LHE or a score sheet prints: its source and year
("Hasil evaluasi 65,33", "Nilai RB Tahun 2024 65,33", "(LHE 2024)"), a score word or the grade it earns
("65,33 poin", "kategori B", "(Baik)"), the level it reaches ("skor 3,125 (level 3)"). Read as a status,
the quarter was left out, and a Nilai Akhir indicator scored from the quarter before without a word.
Precision first: every word around the figure must be such a word and every other number a year (or
a level's); any other ("Menunggu laporan 3 desa", "(3 area)"), or one saying the figure is not there
yet ("(menunggu verifikasi)"), leaves it a status.
"""

from __future__ import annotations

import functools
import re

from lkj_xl.core.number_words import is_percent_unit

_WORD = re.compile(r"[^\W\d_]+")
# Words of a figure not there yet: never its figure.
NOT_YET = frozenset(
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
# Words an LHE or a score sheet puts around its figure: its source, the year, the grade's meaning, the
# level reached ("Hasil evaluasi 65,33", "Nilai RB Tahun 2024 65,33", "82,5 (Baik)", "3,125 (level 3)").
_SOURCE = frozenset(["hasil", "evaluasi", "penilaian", "lhe"])
# A year's word: before the figure, or after it with the year ("(LHE Tahun 2024)"); after it alone it is
# a duration, whose number is no score ("8,7 tahun", "(1 tahun)").
_TAHUN = frozenset(["tahun", "th", "thn", "ta"])
_SCORE = frozenset(["poin", "point", "kategori", "predikat", "level", "tingkat", "sangat", "baik", "cukup"])
_ROMAN = frozenset(["i", "ii", "iii", "iv", "v"])
_YEAR = re.compile(r"(?:19|20)\d\d")
# The text around the figure, token by token: a word, a number, or a sign between them.
_TOKEN = re.compile(r"([^\W\d_]+)|(\d[\d.,]*)|([\s:=()\u2013.,-]+)|(.)")
_PERCENT = re.compile(r"^\s*(?:%|persen\b)")


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


def _tokens(text: str) -> list[str] | None:
    """The words and numbers of ``text`` (a bracket, a colon, a dash between them), None where another
    sign stands ("2/5", "#3")."""
    out: list[str] = []
    for found in _TOKEN.finditer(text):
        if found[4]:
            return None
        if not found[3]:
            out.append(found[0])
    return out


def _around(tokens: list[str], words: frozenset[str], before: bool) -> bool:
    """Whether every token before (or after) the figure may stand beside it: a word of the name (see
    above), a year, and before it a label, after it a grade, a score word or a level's number."""
    for k, token in enumerate(tokens):
        if _YEAR.fullmatch(token) or token in words or token in _SOURCE:
            continue
        if token in _TAHUN:
            if before or (k + 1 < len(tokens) and _YEAR.fullmatch(tokens[k + 1])):
                continue
            return False
        after_level = k > 0 and tokens[k - 1] in ("level", "tingkat")
        if token[0].isdigit() or token in _ROMAN:
            if before or not after_level:
                return False  # a number of something else ("(2 dari 5 dokumen)", "(3 area)")
        elif not (
            token in _LABELS or _inside(token, words) if before else token in _GRADES or token in _SCORE
        ):
            return False
    return True


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
    before_words, after_words = _tokens(folded[: found.start()]), _tokens(after)
    if before_words is None or after_words is None or not (before_words or after_words):
        return False  # (a bare figure is read as a number, never here)
    if any(w in NOT_YET for w in before_words + after_words):
        return False
    words = _name_words(indikator, satuan)
    if not (_around(before_words, words, True) and _around(after_words, words, False)):
        return False
    # a figure after no word: the words after it must name the indicator, a year or its source, not a
    # grade alone ("65 (B)" is read by the number reader, which says so)
    return bool(before_words) or any(w in words or w in _SOURCE or _YEAR.fullmatch(w) for w in after_words)
