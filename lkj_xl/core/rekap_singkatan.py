"""An agency's abbreviation and its name: "Dinsos" is the Dinas Sosial, "BPKAD" the Badan Pengelolaan
Keuangan dan Aset Daerah, "Dishub" the Dinas Perhubungan. Pure.

Used where a file named by the abbreviation is compared with the agencies counted
(core.rekap_templat_kiriman: a blank template named "LKjIP Dinsos TW II.xlsx" beside the Dinas
Sosial's filled workbook named otherwise). Never to join two agencies: the rekap tells agencies apart
by their names as typed (README: an abbreviation is another agency)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

# Words an abbreviation leaves out ("BPKAD": Badan Pengelolaan Keuangan *dan* Aset Daerah)
_LEFT_OUT = frozenset({"dan", "serta"})
# What an abbreviation takes of a word besides its start: "dis" of Dinas ("Dishub"), "hub" of
# perhubungan (the affix dropped)
_ALSO = {"dinas": ("dis",)}
_AFFIXES = ("per", "pen", "pem", "peng", "pe", "ke", "ber")
_AFFIX_LEAST = 3
# Abbreviations not made of the words' starts: the words they stand for
_IRREGULAR = {
    "disdik": ("dinas", "pendidikan"),
    "dindik": ("dinas", "pendidikan"),
    "dispendik": ("dinas", "pendidikan"),
    "diknas": ("dinas", "pendidikan"),
    "disnaker": ("dinas", "tenaga", "kerja"),
    "disdukcapil": ("dinas", "kependudukan", "pencatatan", "sipil"),
    "dispendukcapil": ("dinas", "kependudukan", "pencatatan", "sipil"),
    "dukcapil": ("kependudukan", "pencatatan", "sipil"),
    "diskominfo": ("dinas", "komunikasi", "informatika"),
    "kominfo": ("komunikasi", "informatika"),
    "setda": ("sekretariat", "daerah"),
    "sekda": ("sekretariat", "daerah"),
    "setwan": ("sekretariat", "dprd"),
    "sekwan": ("sekretariat", "dprd"),
    "setdprd": ("sekretariat", "dprd"),
    "damkar": ("pemadam", "kebakaran"),
    "dispora": ("dinas", "pemuda", "olahraga"),
}
_LEAST_WORDS = 2  # an abbreviation stands for two words at least ("Dinkes"; never "Din" of Dinas alone)


def _starts(word: str) -> tuple[tuple[str, int], ...]:
    """What an abbreviation may take the start of, of ``word``, and how much at least: itself, its own
    (:data:`_ALSO`), or without an affix three letters at least ("hub" of perhubungan; never the "s"
    of kesenian)."""
    bare = tuple(
        (word[len(affix) :], _AFFIX_LEAST)
        for affix in _AFFIXES
        if word.startswith(affix) and len(word) > len(affix) + 2
    )
    return ((word, 1), *bare, *((own, len(own)) for own in _ALSO.get(word, ())))


@functools.cache
def _spelt(token: str, words: tuple[str, ...]) -> bool:
    """``token`` is made of the starts of ``words`` from the first, each in turn (those of
    :data:`_LEFT_OUT` may be skipped), covering two words at least; the rest of ``words`` left over."""

    def match(at: int, word: int, used: int) -> bool:
        if at == len(token):
            return used >= _LEAST_WORDS
        if word == len(words):
            return False
        if words[word] in _LEFT_OUT and match(at, word + 1, used):
            return True
        for start, least in _starts(words[word]):
            for size in range(min(len(start), len(token) - at), least - 1, -1):
                if token[at : at + size] == start[:size] and match(at + size, word + 1, used + 1):
                    return True
        return False

    return match(0, 0, 0)


def abbreviates(token: str, words: Sequence[str]) -> bool:
    """``token`` (a word, lower case: "dinsos") is an abbreviation of the name ``words`` stand for, or
    of a part of it from any word on ("lkjip dinas sosial tw ii" holds "dinas sosial")."""
    token, words = token.casefold(), tuple(word for word in words if word)
    if token in _IRREGULAR:
        full = _IRREGULAR[token]
        kept = tuple(word for word in words if word not in _LEFT_OUT)
        return any(kept[at : at + len(full)] == full for at in range(len(kept)))
    return any(_spelt(token, words[at:]) for at in range(len(words)))
