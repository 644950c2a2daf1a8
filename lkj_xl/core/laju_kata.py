"""A rate's words in a peringatan of its quarters summed: what it is counted per and why its quarters
are no sum, with the Jenis Realisasi to choose (laju_dijumlahkan's Kumulatif chosen, indicator_cells'
Jenis Realisasi left blank). Pure."""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.durasi import is_time_word
from lkj_xl.core.number_words import is_money_unit, is_percent_unit
from lkj_xl.core.satuan_laju import per_word, rate_base
from lkj_xl.core.ukuran import measure_word


def _who(satuan: str) -> str:
    """satuan_laju's per word when it names whom or what events happen to ("pasien", "hari rawat"); ""
    for a unit alone ("per 1.000 m2", "per 1 juta rupiah", "per 1.000 hari"): "kejadian dan m2 periode
    itu" would be nonsense."""
    per = per_word(satuan)
    return "" if " " not in per and (measure_word(per) or is_money_unit(per) or is_time_word(per)) else per


def base_named_words(satuan: str) -> str:
    """What the rate is counted per (satuan_laju's reading, "pasien" of "per 1.000 pasien"), in the
    peringatan's words; both where the Satuan names none ("‰", "per 1.000")."""
    return _who(satuan) or "kelahiran hidup atau penduduk"


def advice(per: str, akhir: str) -> str:
    """Why a rate per ``per`` is no sum of its quarters and which Jenis Realisasi to choose; ``akhir``
    Nilai Akhir's reading ("" where not computed: Jenis Realisasi left blank, said while reading)."""
    reading = f" ({akhir})" if akhir else ""
    return (
        f"angka suatu periode dihitung dari jumlah kejadian dan {per} periode itu, bukan jumlah angka tiap "
        'triwulan. Bila tiap triwulan berisi angka triwulan itu atau s.d. triwulan itu, pilih "Nilai Akhir" '
        f"dan tulis di triwulan terakhir angka s.d. triwulan itu{reading}; "
        f'{"biarkan" if akhir else "pilih"} "Kumulatif" hanya bila tiap triwulan berisi kejadian triwulan itu '
        f"per {per} setahun (jumlahnya angka setahun)"
    )


def events_per(satuan: str) -> str:
    """What a rate of events per 1.000 or more is counted per ("kelahiran hidup" of "per 100.000 KH",
    "pasien" of "per 1.000 pasien"); "" for any other Satuan (a percentage, a base below 1.000, "‰"
    naming nothing it is per, a unit alone: "per 1.000 m2")."""
    if is_percent_unit(satuan) or (base := rate_base(satuan)) is None or base < 1000:
        return ""
    return _who(satuan)


def blank_jenis_words(satuan: str, polaritas: str) -> str:
    """The words of a rate per live births, the population or what its Satuan names after its base
    ("per 1.000 pasien") whose Jenis Realisasi is left blank and quarters summed (indicator_cells):
    ": angka per kelahiran hidup: angka suatu periode ..."; "" for any other Satuan (a percentage, a
    base below 1.000, "‰" naming nothing it is per: the generic words). Negatif only, as
    laju_dijumlahkan's: a Positif rate per population is as often a stock ("Rasio tempat tidur per 1.000
    penduduk"), no events of a period."""
    if polaritas != c.NEGATIF or not (per := events_per(satuan)):
        return ""
    return f": berupa angka per {per}; {advice(per, '')}"
