"""An index or a score under a percentage Satuan chosen Kumulatif and summed (`Indeks Kepuasan Masyarakat`
80 + 82 = 162 of 85, 190,59 % "Sangat Tinggi"; `Nilai SAKIP` 30 + 75 = 105 of 80): an index is no share
of a whole, so the share rules' words (jumlah_persen, posisi_persen, jumlah_pilihan: "bagian dari
keseluruhan tidak mungkin lebih dari 100 %", "persentase layanan tepat waktu", "tulis TW II dikurangi
TW I") do not fit it: a year's index is no sum of its quarters', whatever the sum, and one quarter
less another is no index. Said where the sum passes the target or the last quarter alone is at least
half of it (an index near its level, summed); quarters each a small step of the target (1 + 1 of an
index 4) stay quiet. The Jenis Realisasi cell names Nilai Akhir and Rata-rata with their capaian.
Computed as typed (a Kumulatif chosen is never overruled). Positif under % as the share rules; a
Negatif index (`Indeks Risiko Bencana` 140 + 138 of 145, `Indeks Gini` 0,38 + 0,37 of 0,38) summed
under any Satuan no score names (%, "angka", "-"), every quarter at least half its target, is said in
the same words with its Negatif readings, instead of a position's ("jumlah PMKS"). Pure."""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nilai_akhir_tahunan import tw4_unknown
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.polaritas_teks import DIJELASKAN_NEGATIF
from lkj_xl.core.posisi_dijumlahkan import positions
from lkj_xl.core.posisi_persen import kumulatif_typed, reading, said_already

# An Indikator naming an index or a score first ("Indeks Kepuasan Masyarakat", "Nilai SAKIP", "Skor
# PPH", "Rata-rata nilai UN"), or behind its acronym ("IKM (Indeks Kepuasan Masyarakat)"); never an
# amount named "Nilai" ("Nilai ekspor", "Nilai investasi", "Nilai tambah", "Nilai PDRB": a sum of
# rupiah, even typed as a percentage) nor a share ("Nilai kontribusi ... terhadap PDRB": a part of a
# whole, the share rules' own), nor the bare word ("Nilai" names no index).
_INDEX = re.compile(
    r"\s*(?:(?-i:[A-Z]{2,6})\s*\(\s*)?(?:rata-rata\s+)?(indeks|index|nilai|skor|score)\b(?=\s+\w)"
    r"(?!\s+(?:ekspor|impor|investasi|produksi|transaksi|penjualan|omzet|omset|aset|aktiva|realisasi|"
    r"pendapatan|penerimaan|belanja|tambah|kontrak|pinjaman|kredit|pagu|anggaran|proyek|pengadaan|jual|"
    r"beli|barang|modal|ekonomi|pdrb|kontribusi|sumbangan|pangsa|proporsi|porsi|bagian|share|peran)\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def index_word(indikator: str) -> str:
    """The word an Indikator names its index or score by ("indeks", "nilai", "skor"), "" for any other."""
    found = _INDEX.match(indikator)
    if found is None:
        return ""
    word = found[1].casefold()
    return {"index": "indeks", "score": "skor"}.get(word, word)


_NILAI = re.compile(r".*?\bnilai\s+", re.IGNORECASE)


def lower_index_word(indikator: str) -> str:
    """:func:`index_word` of a lower-is-better Indikator: "nilai" only of the index named after it
    ("Nilai Indeks Risiko Bencana": "indeks"), never of an amount ("Nilai kerugian akibat bencana")."""
    word = index_word(indikator)
    if word != "nilai":
        return word
    after = index_word(_NILAI.sub("", indikator, count=1))
    return "" if after == "nilai" else after


def percent_index(item: IndicatorInput) -> bool:
    """An index or a score (:func:`index_word`) under a percentage Satuan: told by this module only."""
    return is_percent_unit(item.satuan) and bool(index_word(item.indikator))


def index_summed(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    n: int,
    log: FindingLog,
) -> bool:
    """The peringatan at the Jenis Realisasi of an index under % summed (see above), ``cells`` the
    target's and the counted quarters' (``n``). True when the row is one (a finding speaks for it, said
    now or before), so no share rule speaks of it; False for any other row."""
    if not percent_index(item) or not (chosen := kumulatif_typed(cells, item)):
        return False
    _, target, typed = chosen
    values = [x for _, x in typed]
    if sum(1 for x in values if x) < 2 or any(x < 0 for x in values):
        return True  # (one quarter not nought: the sum is its own figure, no index added to another)
    total = sum(values, Fraction(0))
    if (total <= target and 2 * values[-1] < target) or said_already(item, typed, log):
        return True  # (small steps of the target summed, or its own advice stands: a quarter typed s.d.)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        _message(item, name, chosen, (settings, n, log)),
    )
    return True


def lower_index_summed(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    n: int,
    log: FindingLog,
) -> bool:
    """The peringatan at the Jenis Realisasi of a Negatif index summed (Kumulatif, chosen or left blank)
    past its target, each quarter at least half of it (see above; capaian_checks._summed_lower's rows).
    True when the row is an index's (said now or before), False for any other row."""
    word = lower_index_word(item.indikator)
    header, head = cells[0]
    if not word or (target := head.exact) is None or not (typed := positions(cells, target)):
        return False
    if sum(x for _, x in typed) <= target:
        return False
    if said_already(item, typed, log) or log.said_at(
        c.SHEET_KINERJA, [log.ref(h, item.row, c.SHEET_KINERJA) for h in c.REALISASI_TW_HEADERS]
    ):
        return True
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        _message(item, name, (header, target, typed), (settings, n, log), word),
    )
    return True


def _reading(value: Fraction, target: Fraction, item: IndicatorInput, settings: Settings) -> str:
    """:func:`reading` of ``value`` as the engine scores it once chosen: against ``target``, or where
    the Target applied is a range ("140-150"), against the bound ``value`` falls beside, 100 % inside it
    (rentang_skor; ``target`` is then the upper bound the sum was weighed against, rentang_cek)."""
    ranged = (item.target_perubahan if item.target_perubahan.filled else item.target).rentang
    if ranged is not None:
        low, high = ranged
        target = high if value > high else low if value < low else value  # (inside: itself, met)
    return reading(value, target, settings, item.polaritas)


def _message(
    item: IndicatorInput,
    name: str,
    chosen: tuple[str, Fraction, list[tuple[str, Fraction]]],
    context: tuple[Settings, int, FindingLog],
    word: str = "",
) -> str:
    """The sum as typed, and Nilai Akhir's and Rata-rata's readings, each with its capaian (Negatif of
    a Negatif index, ``word`` its :func:`lower_index_word`)."""
    (_, target, typed), (settings, n, log) = chosen, context
    polaritas, word = item.polaritas, word or index_word(item.indikator)
    values = [x for _, x in typed]
    total, mean, last = sum(values, Fraction(0)), sum(values, Fraction(0)) / len(values), values[-1]
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    if unknown := tw4_unknown(item, [v.exact for v in item.realisasi_tw[:n]], n):
        akhir = f'pilih "Nilai Akhir" (belum diketahui: {unknown})'
    else:
        akhir = f'pilih "Nilai Akhir": realisasi {log.sd(n)} {figure(last)}, capaian {_reading(last, target, item, settings)}'
    lower = f" yang {DIJELASKAN_NEGATIF}" if polaritas == c.NEGATIF else ""
    whole = " dan bukan bagian dari keseluruhan" if is_percent_unit(item.satuan) else ""
    kosong = "Jenis Realisasi kosong, jadi Kumulatif" if item.jenis_kosong else "Kumulatif"
    keep = "pilih" if item.jenis_kosong else "biarkan"
    return (
        f"Realisasi {name} dijumlahkan ({kosong}): {parts} = {figure(total)}, capaian "
        f'{_reading(total, target, item, settings)}, padahal indikatornya {word} ("{item.indikator.strip()}"){lower}, '
        f"bukan jumlah{whole}: {word} setahun bukan jumlah {word} tiap triwulan. "
        f'Bila tiap triwulan berisi {word} pada triwulan itu, {akhir}, atau pilih "Rata-rata": '
        f'{figure(mean)}, capaian {_reading(mean, target, item, settings)}; {keep} "Kumulatif" bila memang '
        "dijumlahkan (capaian dihitung apa adanya)"
    )
