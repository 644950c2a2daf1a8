"""Texts that mean no data in a value cell, as a blank: a dash, "not available" however typed. Pure."""

from __future__ import annotations

# Texts that mean "no data" in a value cell (README: "-" means no data), as blank. "Not available" (N/A,
# NA, n.a.) too, except in a budget's spending, where "-" is Rp 0 spent (the DPA's) and these are no figure.
NOT_AVAILABLE_TEXTS = frozenset({"n/a", "na", "n.a.", "n.a"})
NO_DATA_TEXTS = frozenset({"-", "–", "—", "--"}) | NOT_AVAILABLE_TEXTS


def not_available(text: str) -> bool:
    """Whether ``text`` says "not available" however dotted or spaced ("N/A", "NA", "n.a.", and "NA.",
    "N. A.", "N.A", "n/a.", "N / A", which were read as a status)."""
    return len(text) <= 8 and "".join(text.split()).casefold().rstrip(".") in ("n/a", "na", "n.a")


def no_data_text(text: str) -> bool:
    """Whether ``text`` means no data, as a blank: a dash or "not available" (:func:`not_available`)."""
    return text.casefold() in NO_DATA_TEXTS or not_available(text)
