"""The galat of a Kinerja row whose Kode is still hidden under a merge from a row above after pk_merge
(which reads a merged Kode on the rows of the same node): the Indikator typed on in the next row
(rowkinds.continued_under_merge), or another node's row, its own Tingkat typed (a Program under the
Sasaran's merged Kode). Said once, at the Kode, naming the row and what to do. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

from lkj_xl.core.findings import clip
from lkj_xl.core.grids import DataRow
from lkj_xl.core.model import Cell
from lkj_xl.core.rowkinds import continued_under_merge, heading_row

_ROW = re.compile(r"[A-Z]+([0-9]+)")


def merged_kode_galat(data: DataRow, text: Callable[[Cell | None], str]) -> str:
    """The galat of the row's Kode hidden under a merge: a continuation's, or another node's (its own
    Tingkat typed, not hidden); "" for any other row (its hidden cells each a galat of their own)."""
    kode = data.get("Kode")
    if kode is None or not kode.merged:
        return ""
    if why := continued_under_merge(data, text):
        return why
    tingkat = data.get("Tingkat")
    if tingkat is None or tingkat.merged or tingkat.across or not (level := text(tingkat)):
        return ""
    found = _ROW.match(kode.merged)
    first, here = (int(found[1]) if found else 0), data.excel_row
    uraian = data.get("Uraian")
    name = text(uraian) if uraian is not None and not (uraian.merged or uraian.across) else ""
    named = f' ("{clip(name)}")' if name else ""
    shrink = (
        f"perkecil gabungan sel {kode.merged} hingga baris {here - 1}"
        if here - 1 > first
        else f"pisahkan gabungan sel {kode.merged}"
    )
    if heading := heading_row(data, text):
        where = f"Kode tertutup gabungan sel {kode.merged} (merge) dari baris {first}"
        return f"{where}; baris ini tidak dihitung: {heading} ({shrink} lebih dulu)"
    return (
        f"Baris {here} adalah {level}{named} tersendiri, tetapi sel Kode-nya "
        f"tertutup gabungan sel {kode.merged} (merge) dari baris {first}: yang tampak di sini Kode baris "
        f"{first}, bukan Kode {level} ini; baris ini tidak dihitung (juga tidak di bawah Kode baris {first}). "
        f"{shrink[0].upper()}{shrink[1:]} lalu ketik Kode {level} ini di sel {data.ref('Kode')}"
    )
