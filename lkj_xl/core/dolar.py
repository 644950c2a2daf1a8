"""A Kinerja figure counted in dollars (Satuan `US$`, `USD`, `$`, `dolar`: realisasi PMA / PMDN) typed
as staff write money, the currency before the figure (`USD 2,5 juta`, `US$ 3.000.000`, `$ 2,5 juta`) or
spelt otherwise after it (`3 juta USD`): read as the figure followed by its Satuan. Pure."""

from __future__ import annotations

import re

_DOLLAR = r"(?:US\s*\$|USD|\$|dolar(?:\s+AS)?|dollar)"
_SATUAN = re.compile(rf"\s*{_DOLLAR}\s*", re.IGNORECASE)
# before the figure: after a sign, if any ("-USD 2 juta"), right before a digit or an accounting "("
_BEFORE = re.compile(rf"(?P<sign>[-+\u2212]?)\s*{_DOLLAR}\s*(?=[\d(])", re.IGNORECASE)
_AFTER = re.compile(rf"(?<=[\w.,])\s*{_DOLLAR}\s*$", re.IGNORECASE)


def satuan_last(text: str, satuan: str | None) -> str:
    """``text`` with the dollar sign or code written before the figure or after it as the Satuan
    after it ("USD 2,5 juta" of Satuan US$: "2,5 juta US$"), when the Satuan is dollars; else as is."""
    if not satuan or not _SATUAN.fullmatch(satuan):
        return text
    s = text.strip()
    if before := _BEFORE.match(s):
        s = before["sign"] + s[before.end() :]
    elif after := _AFTER.search(s):
        s = s[: after.start()]
    else:
        return text
    return f"{s.rstrip()} {satuan.strip()}"


def without_dollar(text: str, satuan: str | None) -> str:
    """``text`` less a dollar sign or code before it under a Satuan in dollars ("USD -": "-", a zero
    as Excel's Accounting format shows it in dollars, as "Rp -" in rupiah); else as is."""
    if not satuan or not _SATUAN.fullmatch(satuan) or not (found := _SATUAN.match(text)):
        return text
    return text[found.end() :]
