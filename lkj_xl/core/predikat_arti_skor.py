"""A grade's meaning typed with its score beside a grade target ("Baik (85,20)", "Baik, 85,20", "Cukup (70)"
for a target "B"; README "Grade targets"): neither a grade nor a status. Read as a status it left the
quarter out and took an earlier quarter's grade as the realisasi; it is the galat of a score with its
grade ("85,20 (B)"), naming the code to type. Pure."""

from __future__ import annotations

from lkj_xl.core.model import IndicatorInput, Value
from lkj_xl.core.predikat import _dalam, arti_kode, kode_disebut
from lkj_xl.core.predikat_baca import BELUM, Predikat, baca
from lkj_xl.core.predikat_depan import grade_first, lead_dropped


def arti_dengan_skor(
    cell: str, value: Value, item: IndicatorInput, target: Value, grade: Predikat, label: str
) -> str:
    """The galat of ``value`` (``cell``: its header and the indicator) holding a grade's meaning before
    its score, the meaning the target scale's ("Baik" of a SAKIP "B"); "" for any other text, and for
    a note saying the grade is not there yet ("Baik (85,20) sementara": a status, as "B (sementara)")."""
    status = value.status or ""
    written, score = grade_first(status)
    if not written or BELUM.search(status.casefold()):
        return ""
    bare = lead_dropped(written)
    read = baca(bare)
    codes = [read.kode] if read is not None and read.skala == grade.skala else []
    codes = codes or arti_kode(bare.rstrip("."), item, target, grade)
    if not codes:
        return ""
    return (
        f'{cell} "{value.text}" berisi predikat "{written}" dan nilainya ({score}), padahal targetnya predikat '
        f'"{target.text}"{_dalam(label)}: tulis predikatnya saja ({kode_disebut(codes)}) dan nilainya, bila '
        "perlu, di kolom Keterangan; capaian tidak dihitung"
    )
