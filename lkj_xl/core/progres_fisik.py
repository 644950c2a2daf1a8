"""A physical progress typed s.d. each quarter and summed: `Persentase progres fisik pembangunan` 10; 35 of
100 % chosen Kumulatif gives 45 % (10; 35; 70 gives 115 %, "Sangat Tinggi"), where the work stands at 35 %
(70 %, "Sedang"). A progres or kemajuan fisik is reported as it stands at the quarter's end (the PPK's
kurva S), so its quarters rise toward the whole; "progres" is a flow word to the share rules
(posisi_persen.ALIRAN), which left it quiet within 100 % and, past it, told to subtract the quarters.

The tell, cheap and all three needed: the Indikator names a progress of physical work (`progres`,
`progress` or `kemajuan` with `fisik`, `pembangunan`, `pekerjaan` or `konstruksi`), the target is the
whole (100 %), and the quarters rise (never falling, the last above the first, something before it).
The peringatan at the Jenis Realisasi names the sum and Nilai Akhir with their capaian and kriteria,
computed as typed. Quiet: a name or a Keterangan saying its quarters are increments (`penambahan`,
`pertambahan`, `kenaikan`, `per triwulan`; the Keterangan not saying s.d. too), counts, Negatif rows, a progress that falls, a target that is no whole (a
multi-year work's part this year), and a row told already at its cells. Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nilai_akhir_tahunan import tw4_unknown
from lkj_xl.core.posisi_persen import kumulatif_typed, reading, said_already

_PROGRESS = re.compile(r"\b(?:progres|progress|kemajuan)\b", re.IGNORECASE)
_WORK = re.compile(r"\b(?:fisik|pembangunan|pekerjaan|konstruksi)\b", re.IGNORECASE)
# A name saying each quarter holds what it added.
_INCREMENT = re.compile(
    r"\b(?:penambahan|pertambahan|tambahan|kenaikan|peningkatan|triwulanan|"
    r"(?:per|tiap|setiap)\s+(?:triwulan|bulan))\b",
    re.IGNORECASE,
)
# A Keterangan saying the quarters are typed up to each ("progres s.d. tiap triwulan"): no increments.
_SD = re.compile(r"\bs\s*[./]?\s*d\b|\bsampai\s+dengan\b|\bkumulatif\b", re.IGNORECASE)


def progress_named(indikator: str) -> bool:
    """Whether ``indikator`` names a physical progress as it stands, not its increments."""
    return bool(_PROGRESS.search(indikator) and _WORK.search(indikator) and not _INCREMENT.search(indikator))


def progress_summed(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    n: int,
    log: FindingLog,
) -> None:
    """The peringatan of a physical progress summed (see above): ``cells`` the target's and the counted
    quarters' (``n``), of a percentage Satuan."""
    if not progress_named(item.indikator) or (chosen := kumulatif_typed(cells, item)) is None:
        return
    if _INCREMENT.search(item.keterangan) and not _SD.search(item.keterangan):
        return  # (staff said the quarters are increments: "tambahan progres per triwulan")
    _, target, typed = chosen
    values = [x for _, x in typed]
    if target != 100 or len(values) < 2 or sum(values[:-1]) <= 0 or values[-1] <= values[0]:
        return
    if any(b < a for a, b in zip(values, values[1:])):
        return  # (a progress never falls: increments typed per quarter)
    if said_already(item, typed, log):
        return
    total, last = sum(values, Fraction(0)), values[-1]
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    unknown = tw4_unknown(item, [v.exact for v in item.realisasi_tw[:n]], n)
    akhir = (
        f"belum diketahui: {unknown}"
        if unknown
        else f"{typed[-1][0].removeprefix('Realisasi ')} {figure(last)}%, capaian {reading(last, target, settings)}"
    )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Realisasi {name} dijumlahkan (Kumulatif): {parts} = {figure(total)}%, capaian "
        f"{reading(total, target, settings)}, sedangkan progres fisik biasanya ditulis s.d. triwulan itu "
        f"(naik tiap triwulan menuju {figure(target)}%), bukan tambahan triwulan itu. Bila tiap triwulan berisi "
        f'progres s.d. triwulan itu, pilih "Nilai Akhir" ({akhir}); biarkan "Kumulatif" hanya bila tiap triwulan berisi '
        'tambahan progres triwulan itu saja, dan tulis "tambahan per triwulan" di Keterangan',
    )
