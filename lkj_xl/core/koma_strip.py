"""The "-" that closes a whole rupiah amount typed after its zero sen without its comma ("Rp.
750.000.000,00-"), told apart in the trailing-minus galat (lkj_xl.core.pasted). Pure.

"Rp 750.000.000,-" and "Rp 750.000.000,00,-" are read (numbers.parse_number): the ",-" says no sen.
Without its comma the dash is also an accounting export's trailing minus ("750.000.000,00-" is below
zero), so the cell stays a galat; the galat offers the closing reading first, the staff habit.
"""

from __future__ import annotations

import re

# a figure ending in zero sen, ",00" or ",0" (",000" may be an English thousands group: "100,000")
_ZERO_SEN = re.compile(r"(.*\d),0{1,2}", re.DOTALL)
_CURRENCY = re.compile(r"(?:rp|idr)(?![a-z])", re.IGNORECASE)


def penutup_strip(figure: str, money: bool) -> str:
    """What the trailing-minus galat of ``figure`` (the text before the dash) offers first: "bila
    maksudnya penutup ,- (tanpa sen), tulis Rp. 750.000.000 saja (atau Rp. 750.000.000,-); " for a
    figure with zero sen, "" for any other (",50-": an amount closed with ",-" has no sen). ``money``:
    an amount's cell (Anggaran); elsewhere only a figure typed with Rp or IDR is an amount."""
    found = _ZERO_SEN.fullmatch(figure.strip())
    if found is None or not (money or _CURRENCY.match(figure.strip())):
        return ""
    whole = found.group(1)
    return f"bila maksudnya penutup ,- (tanpa sen), tulis {whole} saja (atau {whole},-); "
