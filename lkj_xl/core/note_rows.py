"""The labels of Kinerja rows that are no indicator: a subtotal ("Jumlah", "Rata-rata capaian") and a
note ("Catatan: ...", "Sumber: BPS", "*) angka sementara"). A leaf module: read by rowkinds (which says
such rows) and by node_merge (a note between a node's rows under its merged Uraian), itself read by grids.
"""

from __future__ import annotations

import re

from lkj_xl.core.kata_jumlah import TOTAL_WORD

# Under the Kinerja table: a total, or a mean ("Rata-rata", "Rata-rata capaian kinerja", "Rerata").
_KINERJA_SUMMARY = re.compile(
    rf"(sub ?-? ?|grand )?({TOTAL_WORD}|total|rata-? ?rata|rerata)"
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
