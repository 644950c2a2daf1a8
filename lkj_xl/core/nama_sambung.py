"""An indicator's name whose lower-is-better words are joined as staff join them (nama_negatif): a
hyphen inside a word of two ("jalan rusak-berat", "balita gizi-buruk", "rumah tidak-layak-huni"), a
damage's grades listed ("jalan rusak sedang dan berat", "rusak ringan/berat", "rusak ringan, sedang dan
berat"), two bad words named together ("rumah kumuh/tidak layak huni", "kumuh dan tidak layak huni").
Each was quiet under Polaritas Positif or blank while the word alone asked for Negatif. And a bad word
negated, "balita non-stunting", "non stunting", "tidak stunting", "desa anti-stunting": the share free
of it, higher is better, which was asked for Negatif as "balita stunting" is (kinerja66). Pure."""

from __future__ import annotations

import re

# A hyphen between two letters, never a word said twice ("luka-luka", "rata-rata": one word).
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_TWICE = re.compile(r"\b([^\W\d_]+)-\1\b")
_GRADE = r"(?:berat|ringan|sedang|parah)"
_JOIN = r"(?:\s*(?:[/,&+]|-)\s*|\s+(?:dan|atau|serta|s\.?\s?d\.?|sampai)\s+|\s+)"
# A damage with its grades, any number of them however joined ("rusak sedang dan rusak berat"), or
# named as PUPR's condition reports name it ("jalan tidak mantap": rusak ringan and berat, "kondisi
# buruk"): nama_negatif's word, one pattern for "rusak" alone and each list.
RUSAK = rf"(?:rusak(?:[ -]{_GRADE}(?:{_JOIN}(?:rusak )?{_GRADE})*)?|tidak mantap|kondisi (?:buruk|jelek))"
_RUSAK_LIST = re.compile(rf"rusak[ -]{_GRADE}|tidak mantap|kondisi (?:buruk|jelek)")


def spaced(name: str) -> str:
    """``name`` with a hyphen inside a word of two read as its space ("gizi-buruk": "gizi buruk"); a
    word said twice keeps it ("luka-luka")."""
    if "-" not in name:
        return name
    kept = {m.start() + len(m[1]) for m in _TWICE.finditer(name)}
    return _HYPHEN.sub(lambda m: "-" if m.start() in kept else " ", name)


def adjective_key(word: str) -> str:
    """The adjective a found word is ("rusak ringan/berat", "rusak sedang dan berat", "rusak parah",
    "tidak mantap": "rusak"), as nama_negatif's list of adjectives holds it; another word as is."""
    return "rusak" if _RUSAK_LIST.match(word) else word


def past_more(after: str, bad: re.Pattern[str]) -> str:
    """``after`` (a name's words after a bad word found) less the other bad words named with it ("/tidak
    layak huni" after "kumuh", "dan tidak layak huni"): ``bad`` is the pattern of such words."""
    while (
        (join := re.match(_JOIN, after)) and join.group().strip() and (found := bad.match(after, join.end()))
    ):
        after = after[found.end() :]  # (two words with nothing but a space between are no list)
    return after


# A negation right before a bad word ("non-stunting" read spaced, "tidak stunting", "anti stunting").
_NEGATION = re.compile(r"\b(?:non|tidak|bukan|anti)\s*$")


def negated(text: str, start: int) -> bool:
    """Whether the bad word at ``start`` of a (spaced) name is negated right before it (see above)."""
    return _NEGATION.search(text, 0, start) is not None
