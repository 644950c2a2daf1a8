"""A bound in another unit than a percentage's Satuan, typed as the target: "<= 60 menit" of a
"Persentase waktu tunggu rawat jalan <= 60 menit" (an RSUD's Standar Pelayanan Minimal, Satuan %).
The bound is the indicator's own standard, not its target: the bound's usual advice (type 60, choose
Negatif) would score a share of patients as a waiting time. Pure."""

from __future__ import annotations

import re

from lkj_xl.core.durasi import is_time_unit
from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.numbers import parse_number
from lkj_xl.core.pasted import BOUND, UPPER, keterangan_kolom
from lkj_xl.core.per_mil import PER_MIL

_NOTE = re.compile(r"\s*(?:\(.*\)|\[.*\]|[*#\u2020\u2021\u00b9\u00b2\u00b3]+)\s*$")
_PERCENT_OR_PER_MIL = re.compile(rf"%|\bpersen\b|{PER_MIL}", re.IGNORECASE)


def bound_in_other_unit(text: str, satuan: str, label: str = "Target", indikator: str = "") -> str:
    """Why ``text``, a bound of a Kinerja value whose Satuan is a percentage, is no target (nor, in a
    Realisasi cell, its ``label``, a realisasi) when its figure is in another unit ("60 menit" under
    "%"), and what to type; "" for anything else (a bound in the Satuan, "≥ 80%", keeps
    pasted.not_a_number's advice). A Target's bound of a duration beside an ``indikator`` naming no
    share ("Waktu tanggap pemadaman", "< 15 menit" under "%"): the Satuan may be the slip (:func:`_durasi`)."""
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
        if label.startswith("Target") and (durasi := _durasi(sign, figure, satuan, indikator)):
            return durasi
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


# An indicator's name that names a share or another figure a percentage measures
_SHARE_NAMED = re.compile(
    r"persen|prosen|presen|%|cakupan|proporsi|rasio|tingkat|indeks|angka|capaian|laju|bagian", re.IGNORECASE
)
_FIGURE_UNIT = re.compile(r"(\d[\d.,]*)\s*([^\W\d]+)\.?")


def _durasi(sign: str, figure: str, satuan: str, indikator: str) -> str:
    """A Target's bound of a duration ("< 15 menit") beside a Satuan "%" whose ``indikator`` names no share
    ("Waktu tanggap pemadaman kebakaran"): the indicator may measure the time itself, its Satuan the slip;
    both readings, the time's with its Polaritas (an upper bound: Negatif). "" otherwise."""
    found = _FIGURE_UNIT.fullmatch(figure.strip())
    if not indikator.strip() or _SHARE_NAMED.search(indikator) or not found or not is_time_unit(found[2]):
        return ""
    # an upper bound ("< 15 menit", "paling tinggi 15 menit"): lower is better; a lower one ("≥ 8 jam",
    # "paling rendah 8 jam"): higher is better (pasted.UPPER, as batas_realisasi tells them)
    polaritas = "Negatif" if sign.casefold().rstrip(".") in UPPER else "Positif"
    return (
        f'berupa batas ("{sign}") dalam satuan lain ("{figure.strip()}") daripada Satuan indikator '
        f'("{satuan.strip()}"), dan nama Indikator tidak menyebut persentase. Bila indikator ini mengukur '
        f'waktunya, ubah Satuan menjadi "{found[2]}", tulis Target {found[1]} dan pilih Polaritas '
        f'"{polaritas}"; bila persentase (yang memenuhi batas itu), tulis target persentasenya sesuai '
        f"Perjanjian Kinerja dan batasnya di nama Indikator atau {keterangan_kolom(True)}"
    )
