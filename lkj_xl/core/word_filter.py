"""A fast first test for lists of word patterns: one regex that matches wherever any of them could,
written as a tree of shared first letters. Pure.

A long alternation of words ("kemiskinan|kematian|kecelakaan|...") makes Python's regex engine try every
word at every position of a text; the same words as a tree ("ke(?:miskinan|matian|celakaan)") try one
letter at a time, and a pattern starting with a lookbehind ("(?<!rawan )kecelakaan") loses the scan for
first letters done in C. :func:`any_word` is a superset: each pattern is cut to a literal start every
one of its matches begins with (its lookarounds dropped, a leading group of words opened), so where it
finds nothing no pattern can match; where it finds something the caller asks the patterns themselves."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LOOKAROUND = re.compile(r"\(\?<?[!=][^()]*\)")
_LITERAL = re.compile(r"[\w ]*")
_LEADING_WORDS = re.compile(r"\(\?:([\w |]+)\)")  # "(?:kasus|penderita) ..." opened into both words


def literal_starts(pattern: str) -> list[str]:
    """Literal starts every match of ``pattern`` (lower case words, no flags) begins with one of; the
    pattern itself, lookarounds dropped, where it has none."""
    text = _LOOKAROUND.sub("", pattern)
    if len(alternatives := _top_level(text)) > 1:  # ("miskin|fakir": either word's start)
        return [s for a in alternatives for s in literal_starts(a)]
    group = _LEADING_WORDS.match(text)
    if group and text[group.end() : group.end() + 1] in ("?", "*", "+", "{"):
        return [text]  # ("(?:angka )?kematian": no start every match begins with)
    if group:
        return [s for w in group.group(1).split("|") for s in literal_starts(w + text[group.end() :])]
    start = _LITERAL.match(text)  # (always: it matches the empty start)
    literal = start.group() if start else ""
    if len(literal) < len(text) and text[len(literal)] in "?*+{":
        literal = literal[:-1]  # ("abc?": the c may be missing)
    return [literal] if literal else [text]


def _top_level(pattern: str) -> list[str]:
    """``pattern``'s alternatives outside any group ("a|b(?:c|d)": "a", "b(?:c|d)")."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # (an escaped character: never a group nor a bar)
        elif char == "[":  # (a class: to its closing bracket, "[|(]" holding neither)
            i = pattern.find("]", i + 2)
            i = len(pattern) if i < 0 else i
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def _tree(words: list[str]) -> str:
    """A regex matching exactly ``words`` (literals, none empty, none a start of another), letter by letter."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        firsts.setdefault(word[0], []).append(word[1:])
    branches = [
        re.escape(first) + (_tree(rests) if rests != [""] else "") for first, rests in sorted(firsts.items())
    ]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def any_word(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regex that searches a text for the literal start of any of ``patterns`` (see the module)."""
    starts = {s for p in patterns for s in literal_starts(p)}
    literals = {s for s in starts if _LITERAL.fullmatch(s)}
    # a literal holding another needs no branch of its own ("korban jiwa" beside "korban")
    kept = sorted(w for w in literals if not any(o != w and o in w for o in literals))
    others = sorted(starts - literals)
    return re.compile("|".join(([_tree(kept)] if kept else []) + others))
