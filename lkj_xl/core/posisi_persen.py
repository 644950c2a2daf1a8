"""A percentage chosen Kumulatif whose quarters are positions: the share as it stands at each quarter's
end ("Persentase temuan BPK yang ditindaklanjuti" 35,5; 62 of 90 summed to 97,5, 108,33 % "Sangat
Tinggi", where 62 % of the findings followed up at the end of June is 68,89 % "Sedang"). A sum within
100 % leaves jumlah_persen quiet, since honest shares of a flow are summed (the seed's koperasi 25 + 4 =
29 % of 40,71 %), so the words and the figures must both say position:

- the Indikator names a state as it stands ("ditindaklanjuti", also written apart, "ditindak lanjuti",
  "di tindaklanjuti", "tindak-lanjut", "TLHP", "tertangani", "terselesaikan", "yang memiliki", "yang
  telah", "yg telah", "terakreditasi", a status held, "desa tangguh bencana", "posyandu aktif"; first,
  or after "Persentase": "cakupan", "tingkat", "rasio", "indeks", "proporsi") and no flow ("realisasi",
  "penyerapan", "progres", "per triwulan", "baru"), or its Keterangan says "posisi" ("posisi per 30 Juni
  2025", even of a flow word, and then whatever the last quarter's size, below; not "bukan posisi",
  which quiets a word of the Indikator too), nor a change ("Persentase peningkatan ...": jumlah_persen's);
- the quarters never fall and the last one alone is at least half the target, or they rise each time
  to at least twice the first and sum beyond the target (20; 35; 44 of 90: 99): a position rising to its figure, where a flow's
  quarters are each a part of the year's, about level (realisasi fisik 20; 25; 25; 30 of 100;
  cakupan imunisasi 22; 24; 25 of 95).

Computed as typed (a Kumulatif chosen is never overruled); the Jenis Realisasi cell names both readings,
the sum and Nilai Akhir, with their capaian and kriteria, unless a cell of the row counted has said
something already (a running total, a quarter equal to the one before, a rate summed beyond the whole:
capaian_checks; a Keterangan saying a quarter is typed s.d. it: keterangan_sd). Positif only: a lower-is-better percentage summed is capaian_checks._summed_lower's. A
percentage typed as fractions (0,355; 0,62 of 0,9) is weighed against the whole of 1, said as a
reading (a small percentage, 0,5 %, is typed so too), with the percentages to type. Pure.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.formulas import capaian_exact, capped, kriteria
from lkj_xl.core.jumlah_persen import CHANGE_NAMED, typed_as_fractions
from lkj_xl.core.kalimat import capaian_teks
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nilai_akhir_tahunan import tw4_unknown

# A state as it stands at the quarter's end: what was followed up, handled, settled, held or reached so far.
_POSISI = re.compile(
    r"\b(?:(?:di|ter)?\s*tindak[\s-]*lanjut(?:i|nya)?|tlhp|tertangani|ditangani|terselesaikan|"
    r"diselesaikan|tuntas|dituntaskan|terlayani|terpenuhi|terakreditasi|bersertifikat|tersertifikasi|"
    r"terdaftar|berizin|tangguh|aktif|(?:yang|yg)\s+(?:telah|sudah|memiliki|mempunyai))\b"
    r"|^\W*(?:(?:persentase|prosentase|presentase)\s+)?"
    r"(?:cakupan|tingkat|rasio|indeks|proporsi|prevalensi|angka\s+partisipasi)\b",
    re.IGNORECASE,
)
# What each quarter adds: a flow, whatever state it names ("Tingkat realisasi fisik", "Persentase UMKM
# baru yang memiliki NIB").
ALIRAN = re.compile(
    r"\b(?:realisasi|penyerapan|serapan|progres|progress|kemajuan|baru|triwulanan|"
    r"(?:per|setiap|tiap)\s+(?:triwulan|bulan))\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)  # asked of every Kumulatif percentage: a name per row, a few hundred
def position_word(indikator: str) -> str:
    """The word of an Indikator that names a share as it stands ("ditindaklanjuti"), "" when it names
    none, or a flow or a change too."""
    text = " ".join(indikator.split())
    if (found := _POSISI.search(text)) is None or ALIRAN.search(text) or CHANGE_NAMED.match(text):
        return ""
    word = " ".join(found[0].split()).strip(" ,.;:()").casefold()
    return "TLHP" if word == "tlhp" else word  # (Tindak Lanjut Hasil Pemeriksaan, named as written)


# A Keterangan saying the figures are positions ("posisi per 30 Juni 2025", "data posisi akhir
# triwulan"), unless denied ("bukan posisi").
_POSISI_KETERANGAN = re.compile(r"\bposisi\b", re.IGNORECASE)
_BUKAN_POSISI = re.compile(r"\b(?:bukan|tidak|tdk|non)[\s-]*posisi\b", re.IGNORECASE)


def _position_said(item: IndicatorInput) -> str:
    """Where a position is said, as the peringatan quotes it: the Indikator's word, or the Keterangan's
    "posisi", which speaks for the cells even beside a flow word ("realisasi fisik", posisi 30 Juni: the
    progress as it stands), never beside a change; "" when neither says one."""
    if _BUKAN_POSISI.search(item.keterangan):  # (staff said the quarters are no position: the sum meant)
        return ""
    if word := position_word(item.indikator):
        return f'indikatornya menyebut keadaan pada akhir triwulan ("{word}")'
    if CHANGE_NAMED.match(" ".join(item.indikator.split())):
        return ""
    if _POSISI_KETERANGAN.search(item.keterangan):
        return 'Keterangan menyebut "posisi" (keadaan pada akhir triwulan)'
    return ""


def _climbing(values: list[Fraction], target: Fraction) -> bool:
    """Quarters rising each time to at least twice the first and summing beyond the target (20; 35; 44
    of 90: 99): a position climbing towards its target, below half of it still, where a flow's quarters
    stay level (cakupan imunisasi 22; 24; 25) or, rising as a year's work does, within the target
    (kegiatan dilaksanakan 10; 20; 40 of 100: 70)."""
    rising = all(a < b for a, b in zip(values, values[1:])) and values[-1] >= 2 * values[0]
    return rising and sum(values) > target


def reading(value: Fraction, target: Fraction, settings: Settings) -> str:
    """A capaian as the tables show it, with its kriteria: "68,89% (Sedang)"."""
    capaian = capped(capaian_exact(value, target), settings.batas_capaian)
    return f"{capaian_teks(capaian, None, settings)} ({kriteria(capaian, settings.skala)})"


def kumulatif_typed(
    cells: list[tuple[str, Value]], item: IndicatorInput
) -> tuple[str, Fraction, list[tuple[str, Fraction]]] | None:
    """A Positif row chosen Kumulatif with a one-figure target above zero: the target's header, the
    target and the counted quarters typed (``cells``: the target's, then the quarters'); else None."""
    if item.jenis_realisasi != c.KUMULATIF or item.jenis_kosong or item.polaritas != c.POSITIF:
        return None
    (header, head), quarters = cells[0], cells[1:]
    target = head.exact
    if target is None or head.rentang is not None or target <= 0:
        return None
    return header, target, [(h, v.exact) for h, v in quarters if v.exact is not None]


def said_already(item: IndicatorInput, typed: list[tuple[str, Fraction]], log: FindingLog) -> bool:
    """Whether a finding stands at the row's Jenis Realisasi, Keterangan or a counted quarter."""
    cols = ("Jenis Realisasi", "Keterangan", *(h for h, _ in typed))
    return log.said_at(c.SHEET_KINERJA, [log.ref(h, item.row, c.SHEET_KINERJA) for h in cols])


def position_share_summed(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    n: int,
    log: FindingLog,
) -> None:
    """The peringatan at the Jenis Realisasi of a percentage position summed (see above): ``cells`` the
    target's and the counted quarters' (``n``)."""
    if not (chosen := kumulatif_typed(cells, item)):
        return
    header, target, typed = chosen
    values = [x for _, x in typed]
    if len(values) < 2 or values[0] < 0 or sum(values[:-1]) <= 0:
        return  # (one quarter, or the earlier ones nothing: both readings the same)
    if any(now < before for before, now in zip(values, values[1:])) or not (word := _position_said(item)):
        return
    # (a Keterangan saying posisi speaks for the cells, whatever the last quarter's size)
    if 2 * values[-1] < target and not word.startswith("Keterangan") and not _climbing(values, target):
        return
    pecahan = typed_as_fractions(item, target, values)
    whole = 1 if pecahan else 100
    if target > whole or any(x > whole for x in values):  # (no share: a count typed under %)
        return
    # (its own advice stands there: a running total, a rate summed, a Keterangan saying s.d. Juni)
    if said_already(item, typed, log):
        return
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        _message(item, name, (header, target, typed), (word, pecahan, n), (settings, log)),
    )


def _message(
    item: IndicatorInput,
    name: str,
    figures: tuple[str, Fraction, list[tuple[str, Fraction]]],
    how: tuple[str, bool, int],
    context: tuple[Settings, FindingLog],
) -> str:
    """Both readings of a position summed: the sum as typed and Nilai Akhir, each with its capaian."""
    (header, target, typed), (word, pecahan, n), (settings, log) = figures, how, context
    unit = "" if pecahan else " %"
    total = sum((x for _, x in typed), Fraction(0))
    (last_header, last) = typed[-1]
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    tw = last_header.removeprefix("Realisasi ")
    whole = "1 (100 %)" if pecahan else "100 %"
    # (figures at most 1 without % may be fractions or small percentages, 0,5 % of UMKM: a reading)
    beyond = (
        f"; {'bila pecahan, ' if pecahan else ''}jumlahnya lebih dari {whole}, yang tidak mungkin bagi "
        "bagian dari keseluruhan"
        if total > (1 if pecahan else 100)
        else ""
    )
    meant = f" (bila pecahan: {figure(last * 100)} %)" if pecahan else ""
    half = (
        f", dan {tw} saja {figure(last)}{unit}{meant}, sedikitnya separuh {header} ({figure(target)}{unit})"
        if 2 * last >= target
        else ""
    )
    unknown = tw4_unknown(item, [v.exact for v in item.realisasi_tw[:n]], n)
    akhir = (
        f'pilih "Nilai Akhir" (belum diketahui: {unknown})'
        if unknown
        else f'pilih "Nilai Akhir": realisasi {log.sd(n)} {figure(last)}{unit}, capaian '
        f"{reading(last, target, settings)}"
    )
    percents = ", ".join(f"{h.removeprefix('Realisasi ')} {figure(x * 100)}" for h, x in typed)
    fractions = (
        f"; bila maksudnya persen (pecahan, mis. hasil rumus tanpa x 100), tulis {header} "
        f"{figure(target * 100)} dan realisasinya {percents}; bila memang {figure(target)} %, tulis "
        "angkanya dengan tanda %"
        if pecahan
        else ""
    )
    return (
        f"Realisasi {name} dijumlahkan (Kumulatif): {parts} = {figure(total)}{unit}, capaian "
        f"{reading(total, target, settings)}, padahal {word}, "
        f"triwulannya tidak pernah turun{half}{beyond}. Bila tiap triwulan berisi posisi pada akhir triwulan "
        f'itu (persentase s.d. triwulan itu), {akhir}; biarkan "Kumulatif" bila tiap triwulan berisi '
        f"tambahan triwulan itu saja (capaian dihitung apa adanya, Kumulatif){fractions}"
    )
