"""Which names of agencies sharing one plan abbreviate one another ("Dinas PUPR" and "Dinas Pekerjaan
Umum dan Penataan Ruang"), for core.rekap_isi's `Rencana sama` groups. Pure.

Found from keys of the names' last words, never by comparing every pair (a province's thousands of
agencies of one template, of names of several lengths): an abbreviation spells its name to the last
word (rekap_singkatan.spelt_by_words), or to a word followed only by a file's own words
(rekap_singkatan.abbreviates); the last word it spells is the name's own last word, or the end of a run
its last token spells (rekap_singkatan.token_end_keys). Only names with such a key in common are
compared, by the rule itself: the pairs found are the rule's over every pair."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

from lkj_xl.core.rekap_singkatan import (
    abbreviation_ends,
    abbreviation_token,
    end_keys,
    may_spell,
    spelling_letters,
    spelling_tokens,
    spelt_words,
    token_end_keys,
)

_Key = tuple[str, ...]


def _index(names: dict[tuple[str, ...], int]) -> tuple[dict[_Key, set[tuple[str, ...]]], ...]:
    """Per key, the names (as the longer of a pair) with it: by their last two words spelt
    (:func:`spelt_words`: the last as typed, the one before as typed or as a run's end), by the ends of
    a run an abbreviation of one or two words may spell (rekap_singkatan.abbreviation_ends), by a one
    word name's first and last letters."""
    by_last: dict[_Key, set[tuple[str, ...]]] = defaultdict(set)
    by_end: dict[_Key, set[tuple[str, ...]]] = defaultdict(set)
    by_letters: dict[_Key, set[tuple[str, ...]]] = defaultdict(set)
    for name in names:
        if len(name) == 1:
            by_letters[(name[0][:1], name[0][-1:])].add(name)
        spelt = spelt_words(name)
        for key in end_keys(spelt[-1]):
            by_last[("run", *key)].add(name)
        if len(spelt) == 1:
            by_last[("one", spelt[0])].add(name)
        else:
            for key in end_keys(spelt[-2]):
                by_last[("typed", *key, spelt[-1])].add(name)
        for word in abbreviation_ends(name):
            for key in end_keys(word):
                by_end[key].add(name)
    return by_last, by_end, by_letters


def _candidate_sets(
    name: tuple[str, ...], index: tuple[dict[_Key, set[tuple[str, ...]]], ...]
) -> list[set[tuple[str, ...]]]:
    """The sets of names ``name`` may abbreviate or spell (together a superset: each is then asked the
    rule): those sharing one of its keys."""
    by_last, by_end, by_letters = index
    found: list[set[tuple[str, ...]]] = []
    spelt = [word for word in spelt_words(name) if word not in ("dan", "serta")] or list(spelt_words(name))
    last = spelt[-1]
    # its last word a token ending a run at the other's last word
    found += [by_last[key] for key in (("run", *k) for k in token_end_keys(last)) if key in by_last]
    # its last word the other's own: the word before it typed or a token ending a run there
    if len(spelt) == 1:
        found += [by_last[key] for key in [("one", last)] if key in by_last]
    else:
        before = {("w", spelt[-2]), *token_end_keys(spelt[-2])}
        found += [by_last[key] for key in (("typed", *k, last) for k in before) if key in by_last]
    if len(name) <= 2:
        found += [by_end[key] for key in token_end_keys(abbreviation_token(name)) if key in by_end]
    if len(name) == 1:
        found += [by_letters[key] for key in [(name[0][:1], name[0][-1:])] if key in by_letters]
    return found


class _Spellable:
    """Per word of a shorter name (:func:`spelling_tokens`), the longer names
    rekap_singkatan.may_spell lets that word through for, as a set: those that have it as a word, or,
    for a word of two letters or more, those with its letters and a start its first letter may begin.
    A name's candidates are then taken from the smallest of its words' sets, so names sharing their
    last words ("Cabang Dinas Pendidikan Wilayah 16 Kabupaten Lumajang") are not asked pair by pair."""

    def __init__(
        self, letters: Mapping[tuple[str, ...], tuple[frozenset[str], frozenset[str], frozenset[str]]]
    ):
        self.words: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.chars: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.firsts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for name, (words, chars, firsts) in letters.items():
            for word in words:
                self.words[word].add(name)
            for char in chars:
                self.chars[char].add(name)
            for first in firsts:
                self.firsts[first].add(name)
        self.cache: dict[str, set[tuple[str, ...]]] = {}

    def of(self, word: str) -> set[tuple[str, ...]]:
        """The names may_spell lets ``word`` through for."""
        if word not in self.cache:
            found = set(self.words.get(word, ()))
            if len(word) >= 2:
                spelling = self.firsts.get(word[0], set())
                for char in set(word):
                    spelling = spelling & self.chars.get(char, set())
                found |= spelling
            self.cache[word] = found
        return self.cache[word]

    def among(self, tokens: tuple[str, ...], sets: list[set[tuple[str, ...]]]) -> set[tuple[str, ...]]:
        """The names of ``sets`` may_spell lets every one of ``tokens`` through for."""
        by_size = sorted((self.of(word) for word in set(tokens)), key=len)
        if not by_size:
            return set().union(*sets)
        smallest, rest = by_size[0], by_size[1:]
        found = set().union(*(smallest & names for names in sets))
        for names in rest:
            found &= names
        return found


def abbreviation_pairs(
    words: Sequence[tuple[str, ...]],
    per_place: Collection[str],
    abbreviated: Callable[[tuple[str, ...], tuple[str, ...]], bool],
) -> Iterator[tuple[int, int]]:
    """(index, other) of the first rows of two names, the first of which abbreviates the other or is
    abbreviated by it (``abbreviated``: rekap_isi._abbreviated); each name once, never a per-place
    unit's (``per_place``: their first words), a name only against longer ones, or one word against one
    word (the abbreviation rule is never else); only names sharing a key (:func:`_candidate_sets`)."""
    first = {
        name: index for index, name in reversed(list(enumerate(words))) if name and name[0] not in per_place
    }
    index = _index(first)
    letters = {name: spelling_letters(name) for name in first}
    spellable = _Spellable(letters)
    for name, at in first.items():
        sets = _candidate_sets(name, index)
        # (a name of three words or more abbreviates only by spelling the other: asked only when it
        # may, rekap_singkatan.may_spell; the names it may not are left out as sets, not one by one)
        tokens = spelling_tokens(name) if len(name) > 2 else None
        candidates = set().union(*sets)
        # (the gate's sets, each word's names across all the names, are made only for a name sharing
        # its keys with a quarter of the names or more: a province's agencies named by places of their
        # own share few, and are each asked as cheaply)
        if tokens is not None and 4 * len(candidates) >= len(first):
            candidates = spellable.among(tokens, [candidates])
        for other_name in candidates:
            if not (len(other_name) > len(name) or len(other_name) == len(name) == 1) or other_name == name:
                continue
            if (tokens is None or may_spell(tokens, letters[other_name])) and abbreviated(name, other_name):
                yield at, first[other_name]
