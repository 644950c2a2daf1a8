"""The error of a number that cannot be read (:class:`NumberParseError`) and its message's shape,
``angka '<text>' <why>`` in Bahasa Indonesia: raised by lkj_xl.core.numbers and
lkj_xl.core.number_words alike. Pure: standard library only."""

from __future__ import annotations


class NumberParseError(ValueError):
    """A text that cannot be read as a number; the message (Bahasa Indonesia) says why."""


def number_error(text: str, why: str) -> NumberParseError:
    """The error for ``text`` (shown cut at 60 characters) that says ``why`` it is not read."""
    shown = text.strip()
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return NumberParseError(f"angka '{shown}' {why}")
