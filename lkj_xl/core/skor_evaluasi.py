"""The score of an evaluation (`Skor SAKIP`, `Nilai SPBE`, `Indeks Reformasi Birokrasi`) chosen Kumulatif: the year's score
is the evaluation's result, a level, never a sum of quarters. Summed it printed a capaian no one
measured: `Skor SAKIP` TW I 60 + TW II 65 = 125 of 70, 178,57 % beside a peringatan; 30 + 35 = 65 of 70,
92,86 % without a word; 60 + (-5) = 55 told as points taken off (tanda_tambah.points_flow). A galat at
the Jenis Realisasi naming what to choose; realisasi and capaian not computed (a Kumulatif chosen is
never overruled elsewhere, so no level is guessed either). A score of points earned each quarter
(`Skor kepatuhan`, figures66) names no evaluation and stays tanda_tambah's. Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import GALAT, IndicatorInput
from lkj_xl.core.number_words import is_money_unit

# Evaluations whose result is one score of the year, set by an evaluator (PermenPANRB 88/2021 SAKIP,
# Perpres 95/2018 SPBE, PP 13/2019 LPPD/EKPPD, PP 60/2008 SPIP, KPK's MCP, Reformasi Birokrasi). Not an
# IKM: surveyed by the agency each quarter, its sum is indeks_dijumlahkan's peringatan.
_EVALUATION = re.compile(
    r"\b(?:sakip|akip|spbe|lppd|ekppd|spip|mcp|reformasi\s+birokrasi)\b",
    re.IGNORECASE,
)
# The Indikator names the score first ("Skor SAKIP", "Nilai evaluasi SAKIP", "Indeks SPBE"), or the
# evaluation itself ("SAKIP (nilai evaluasi)"); never a count ("Jumlah rekomendasi
# SAKIP yang ditindaklanjuti") nor a change ("Peningkatan nilai SAKIP": its quarters may be steps).
_SCORE_FIRST = re.compile(
    r"\s*(?:(?:rata-rata\s+)?(?:skor|score|nilai|indeks|index|tingkat)\b"
    # (an amount named "Nilai": "Nilai temuan SPIP", "Nilai kerugian ...", rupiah summed per quarter)
    r"(?!\s+(?:temuan|kerugian|anggaran|belanja|realisasi|aset|pengadaan|kontrak)\b)|"
    r"(?:sakip|spbe|lppd|ekppd|spip|mcp)\b)",
    re.IGNORECASE,
)


# Words of things done or counted anywhere in the name: "Tingkat penyelesaian tindak lanjut rekomendasi
# SAKIP" (%, 25 + 25 of the year's recommendations), "Nilai tindak lanjut temuan SPIP" are flows, summed
# as chosen (a galat there stopped a right capaian).
_NOT_A_SCORE = re.compile(
    r"\b(?:tindak\s*lanjut|ditindaklanjuti|penyelesaian|diselesaikan|rekomendasi|temuan|kerugian|"
    r"jumlah|persentase|peserta|penyerapan)\b",
    re.IGNORECASE,
)


def evaluation_score(indikator: str) -> bool:
    """Whether ``indikator`` names the score of an evaluation (see above)."""
    return bool(
        _SCORE_FIRST.match(indikator) and _EVALUATION.search(indikator) and not _NOT_A_SCORE.search(indikator)
    )


def evaluation_summed(
    item: IndicatorInput, name: str, numbers: list[Fraction | None], triwulan: int, log: FindingLog
) -> str:
    """The galat at the Jenis Realisasi of an evaluation's score (:func:`evaluation_score`) chosen Kumulatif
    with two quarters or more not nought among ``numbers`` (the counted quarters'): its header, so the
    realisasi and capaian are not computed; "" otherwise (one quarter: its figure is the score). Nilai
    Akhir's figure as akhir_advice names it (the year's report with TW IV "-": belum diketahui)."""
    # (a blank Jenis is Kumulatif too: 60 + 65 of 70 was summed, 178,57 % beside a peringatan)
    # (an amount in rupiah, "Nilai investasi SPBE" of Juta Rupiah, is no score whatever its name)
    if (
        item.jenis_realisasi != c.KUMULATIF
        or is_money_unit(item.satuan)
        or not evaluation_score(item.indikator)
    ):
        return ""
    from lkj_xl.core.nilai_akhir_tahunan import akhir_advice  # (it imports indicator_cells, our caller)

    counted = [(q, x) for q, x in enumerate(numbers, start=1) if x is not None]
    if sum(1 for _q, x in counted if x) < 2:
        return ""
    total = sum((x for _q, x in counted), Fraction(0))
    parts = " + ".join(f"TW {c.roman(q)} {f'({figure(x)})' if x < 0 else figure(x)}" for q, x in counted)
    last = counted[-1][1]
    if any(x < 0 for _q, x in counted):  # (a fall typed as its change: no quarter's figure is the score)
        akhir = 'pilih "Nilai Akhir" dan tulis nilai hasil evaluasi tiap triwulan (bukan perubahannya)'
    else:
        akhir = (
            f'pilih "Nilai Akhir" ({akhir_advice(item, last, triwulan)}) bila tiap triwulan '
            f'berisi nilai hasil evaluasi saat itu, atau "Rata-rata" '
            f"({figure(total / len(counted))}) bila nilainya dirata-ratakan"
        )
    header = "Jenis Realisasi"
    log.add(
        GALAT,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"Realisasi {name} dijumlahkan ({'Jenis Realisasi kosong, jadi ' if item.jenis_kosong else ''}"
        f"Kumulatif): {parts} = {figure(total)}, padahal "
        f'"{item.indikator.strip()}" adalah nilai hasil evaluasi, bukan jumlah: nilai setahun bukan jumlah '
        f"nilai tiap triwulan; realisasi dan capaian tidak dihitung. {akhir[0].upper()}{akhir[1:]}",
    )
    return header
