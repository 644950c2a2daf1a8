"""Rows staff type in an input table that are no indicator and no program: a subtotal ("Jumlah",
"Rata-rata capaian", as LKjIP tables print one) and a note under the table ("Catatan: ...",
"Sumber: BPS", "*) angka sementara"). Read as data they make a galat that misleads (a Kode asked for
a subtotal, a program without Pagu that leaves Tabel 3.4's totals unknown) or a figure counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lkj_xl.core import contract as c
from lkj_xl.core.findings import clip
from lkj_xl.core.grids import DataRow
from lkj_xl.core.model import Cell

# A total row staff type below (or between) the programs: "JUMLAH", "Total Anggaran", "Sub Total".
TOTAL_ROW = re.compile(
    r"(sub ?-? ?|grand )?(jumlah|jml\.?|total)( (total|anggaran|keseluruhan|seluruhnya|semua|program|belanja|pagu))*"
    r" ?:?"
)

# Under the Kinerja table: a total, or a mean ("Rata-rata", "Rata-rata capaian kinerja", "Rerata").
_KINERJA_SUMMARY = re.compile(
    r"(sub ?-? ?|grand )?(jumlah|jml\.?|total|rata-? ?rata|rerata)"
    r"( (total|keseluruhan|seluruhnya|semua|capaian|kinerja|indikator|sasaran|program|kegiatan|tujuan|%))*"
    r" ?:?"
)

# A note: "Catatan:", "Keterangan :", "Ket.", "Sumber: BPS", "NB:", "*) angka sementara", "**)".
_NOTE = re.compile(r"(catatan|keterangan|ket\.?|sumber( data)?|nb|note)\s*[:.]|\*+\)")


def is_kinerja_summary(text: str) -> bool:
    """A Kinerja subtotal's label: "Jumlah", "Rata-rata capaian" (not "Jumlah UMKM", an indicator)."""
    return bool(_KINERJA_SUMMARY.fullmatch(" ".join(text.casefold().split())))


def is_note(text: str) -> bool:
    """A note typed under a table: it starts with "Catatan:", "Sumber:", "*)" and the like."""
    return bool(_NOTE.match(text.strip().casefold()))


_FIGURES = ("Target", "Target Perubahan", *c.REALISASI_TW_HEADERS)


def not_an_indicator(data: DataRow, text: Callable[[Cell | None], str]) -> tuple[str, str] | None:
    """(cell, peringatan) for a Kinerja row that is a subtotal ("Jumlah", "Rata-rata capaian") or a
    note ("Catatan: ...") with Tingkat blank: it is not read (the galat "Kode kosong" would ask for a
    Kode, which makes it an indicator of the node above). None for any other row."""
    if text(data.get("Tingkat")):
        return None
    header = next((h for h in ("Kode", "Uraian", "Indikator") if text(data.get(h))), None)
    label = text(data.get(header)) if header else ""
    if header is None or not (summary := is_kinerja_summary(label)) and not is_note(label):
        return None
    if not summary and not data.blank(_FIGURES):
        return None  # a figure beside it: an indicator row after all, its galat stays
    what, where = (
        ("baris jumlah atau rata-rata", "capaian dan ringkasan dihitung dari baris indikator")
        if summary
        else ("catatan", "catatan untuk satu indikator ditulis di kolom Keterangan")
    )
    return data.ref(header), f'Baris "{clip(label)}" adalah {what}, bukan indikator; tidak dihitung ({where})'
