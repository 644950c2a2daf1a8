"""A bound in another unit than a percentage's Satuan, typed as the target: "<= 60 menit" of a
"Persentase waktu tunggu rawat jalan <= 60 menit" (an RSUD's Standar Pelayanan Minimal, Satuan %).
The bound is the indicator's own standard, not its target: the bound's usual advice (type 60, choose
Negatif) would score a share of patients as a waiting time. Pure."""

from __future__ import annotations

import re

from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.number_words import PER_MIL, is_percent_unit
from lkj_xl.core.numbers import parse_number
from lkj_xl.core.pasted import BOUND, keterangan_kolom

_NOTE = re.compile(r"\s*(?:\(.*\)|\[.*\]|[*#\u2020\u2021\u00b9\u00b2\u00b3]+)\s*$")
_PERCENT_OR_PER_MIL = re.compile(rf"%|\bpersen\b|{PER_MIL}", re.IGNORECASE)


def bound_in_other_unit(text: str, satuan: str, label: str = "Target") -> str:
    """Why ``text``, a bound of a Kinerja value whose Satuan is a percentage, is no target (nor, in a
    Realisasi cell, its ``label``, a realisasi) when its figure is in another unit ("60 menit" under
    "%"), and what to type; "" for anything else (a bound in the Satuan, "≥ 80%", keeps
    pasted.not_a_number's advice)."""
    if not satuan.strip() or not is_percent_unit(satuan) or not (found := BOUND.fullmatch(text)):
        return ""
    sign, rest = found.group(1), found.group(2).strip()
    # a note after the figure ("80% (SPM)", "80%*") is no unit; a percentage ("80 % pasien") or a per
    # mil (its own galat gives the percentage) is in the Satuan's dimension: pasted's advice stands
    figure = _NOTE.sub("", rest)
    if _PERCENT_OR_PER_MIL.search(figure):
        return ""
    try:
        parse_number(figure, satuan=satuan)
    except NumberParseError:
        what = (
            "targetnya; tulis target persentasenya sesuai Perjanjian Kinerja (Polaritas tetap Positif bila "
            "makin besar persentasenya makin baik)"
            if label.startswith("Target")
            else "realisasinya; tulis realisasinya dalam persen (persentase yang memenuhi batas itu)"
        )
        return (
            f'berupa batas ("{sign}") dalam satuan lain ("{rest}") daripada Satuan indikator '
            f'("{satuan.strip()}"): batas itu standar yang disebut indikatornya, bukan {what} dan batasnya '
            f"di nama Indikator atau {keterangan_kolom(True)}"
        )
    return ""
