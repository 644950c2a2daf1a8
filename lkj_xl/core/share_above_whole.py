"""A share above 100 %: a part of a whole ("Persentase rekomendasi yang ditindaklanjuti", Satuan %)
whose counted quarter is above 100, most often the count typed for its percentage (412 rekomendasi of
520 typed as 412: a capaian of 484,71 % of a target 85 %, less than ten times it, so capaian_checks'
far-off peringatan kept quiet). Computed as typed, pointed out at the quarter. Pure.

Precision first: only a name saying part of a whole, "Persentase/Prosentase/Presentase ... yang ...";
growth, change, excess, coverage against a projection and a capaian (`Persentase peningkatan ...`,
`Persentase kelebihan kapasitas ...`, `Cakupan ...`, an APK, `Persentase
pencapaian target ...`) may exceed 100 % and are left alone; so is a share whose target is above 100
too, counted by intent (412 of 520 rekomendasi: its capaian is right, a percentage typed beside the
count target would not be).
"""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_percent_unit

_SHARE = re.compile(r"^(?:persentase|prosentase|presentase)\b.*\byang\b")
_NOT_A_PART = re.compile(
    r"\b(?:peningkatan|kenaikan|pertumbuhan|penurunan|perubahan|capaian|realisasi|rasio|laju|selisih|"
    r"deviasi|tingkat|indeks|nilai|serapan|penyerapan|pencapaian|kelebihan|penambahan)\b"
)


def share_above_whole(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, n: int, log: FindingLog
) -> None:
    """A peringatan at each counted quarter (``cells``: the target's, then TW I..IV; ``n`` counted)
    above 100 of a share (see above), unless something is said at that cell already."""
    if not is_percent_unit(item.satuan):  # (cached per Satuan: no name tidied for a count)
        return
    indikator = " ".join(item.indikator.casefold().split())
    if not _SHARE.search(indikator) or _NOT_A_PART.search(indikator):
        return
    target = cells[0][1].exact
    if target is not None and target > 100:  # counted by intent, its target a count: 412 of 520 is right
        return
    for header, value in cells[1 : n + 1]:
        if value.exact is None or value.exact <= 100:
            continue
        if log.said_at(c.SHEET_KINERJA, [log.ref(header, item.row, c.SHEET_KINERJA)]):
            continue
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"{header} {name} berisi {figure(value.exact)}, lebih dari 100%, padahal indikatornya bagian dari "
            "keseluruhan (persentase ... yang ...), yang tidak dapat melebihi 100%: bila angka itu jumlahnya, "
            "tulis persentasenya (jumlah itu / jumlah seluruhnya x 100); dihitung apa adanya",
        )
