"""How staff set a figure's digits apart and close an amount, read by numbers.parse_number: thousands
set apart with spaces ("1 250 000", refused with the figure to type) and a rupiah amount's closing dash
typed spaced or doubled ("Rp 1.250.000, -", read as ",-"). Pure."""

from __future__ import annotations

import re

from lkj_xl.core.number_error import number_error

_SPACED_GROUPS = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:,[0-9]+)?")
_SPACED_GROUP = re.compile(r"[0-9]{3}(?:,[0-9]+)?")
# The closing dash of a whole rupiah amount typed with a space or doubled ("Rp 1.250.000, -", "Rp
# 1.250.000,--", "Rp 1.250.000,–"): the galat read the spaced dash as a trailing minus and advised a
# negative amount ("tulis -Rp 1.250.000,").
_SPACED_DASH = re.compile(r"([,.])\s*(?:-{1,2}|\u2013|\u2014)\s*$")


def rupiah_dash(text: str) -> str:
    """``text`` (an amount of rupiah) with its closing dash as ",-" / ".-"."""
    return _SPACED_DASH.sub(r"\1-", text.rstrip())


def spaced_thousands(text: str, token: str, rest: list[str]) -> None:
    """Raise for "1 250 000" (a PDF sets thousands apart with thin spaces), saying how to write it:
    not guessed (a list "1, 250, 000"?), but no staff member reads "ada teks '250 000'" as that."""
    groups = [token]
    for word in rest:
        if not _SPACED_GROUP.fullmatch(word) or "," in groups[-1]:
            break
        groups.append(word)
    if len(groups) > 1 and _SPACED_GROUPS.fullmatch(" ".join(groups)):
        shown = " ".join([".".join(groups), *rest[len(groups) - 1 :]])
        raise number_error(text, f"tidak valid: ribuan dipisah spasi; tulis ribuan dengan titik ({shown})")
