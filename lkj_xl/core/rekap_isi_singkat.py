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
from collections.abc import Callable, Collection, Iterator, Sequence

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


def _candidates(
    name: tuple[str, ...], index: tuple[dict[_Key, set[tuple[str, ...]]], ...]
) -> set[tuple[str, ...]]:
    """The names ``name`` may abbreviate or spell (a superset: each is then asked the rule)."""
    by_last, by_end, by_letters = index
    found: set[tuple[str, ...]] = set()
    spelt = [word for word in spelt_words(name) if word not in ("dan", "serta")] or list(spelt_words(name))
    last = spelt[-1]
    # its last word a token ending a run at the other's last word
    for key in token_end_keys(last):
        found |= by_last.get(("run", *key), set())
    # its last word the other's own: the word before it typed or a token ending a run there
    if len(spelt) == 1:
        found |= by_last.get(("one", last), set())
    else:
        for key in {("w", spelt[-2]), *token_end_keys(spelt[-2])}:
            found |= by_last.get(("typed", *key, last), set())
    if len(name) <= 2:
        for key in token_end_keys(abbreviation_token(name)):
            found |= by_end.get(key, set())
    if len(name) == 1:
        found |= by_letters.get((name[0][:1], name[0][-1:]), set())
    return found


def abbreviation_pairs(
    words: Sequence[tuple[str, ...]],
    per_place: Collection[str],
    abbreviated: Callable[[tuple[str, ...], tuple[str, ...]], bool],
) -> Iterator[tuple[int, int]]:
    """(index, other) of the first rows of two names, the first of which abbreviates the other or is
    abbreviated by it (``abbreviated``: rekap_isi._abbreviated); each name once, never a per-place
    unit's (``per_place``: their first words), a name only against longer ones, or one word against one
    word (the abbreviation rule is never else); only names sharing a key (:func:`_candidates`)."""
    first = {
        name: index for index, name in reversed(list(enumerate(words))) if name and name[0] not in per_place
    }
    index = _index(first)
    letters = {name: spelling_letters(name) for name in first}
    for name, at in first.items():
        # (a name of three words or more abbreviates only by spelling the other: asked only when it
        # may, rekap_singkatan.may_spell)
        tokens = spelling_tokens(name) if len(name) > 2 else None
        for other_name in _candidates(name, index):
            if not (len(other_name) > len(name) or len(other_name) == len(name) == 1) or other_name == name:
                continue
            if (tokens is None or may_spell(tokens, letters[other_name])) and abbreviated(name, other_name):
                yield at, first[other_name]
