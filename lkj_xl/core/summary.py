"""Ringkasan: per level, the indicators at or above 100 %, below, not yet known and galat, with the
report's summary sentences in Bahasa Indonesia. Pure."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.formulas import capaian_decimals, round_half_up
from lkj_xl.core.kalimat import skala_beda_teks
from lkj_xl.core.model import IndicatorResult, SummaryGroup

# At most this many indicator names in one summary sentence; the rest are counted ("dan 12 indikator
# lainnya"): a district has thousands, and a cell holds at most 32,767 characters.
MAX_NAMES = 25


def _names(items: Sequence[IndicatorResult], skala: str, desimal: int, with_detail: bool = False) -> str:
    from lkj_xl.core.numbers import format_number

    parts = []
    # A realisasi typed in another scale than its target: said wherever it is named (kalimat), once
    # in the sentence: beside its name when one is, in a clause naming them all after several.
    beda = [i for i in items[:MAX_NAMES] if i.satuan_beda and i.capaian_exact is not None]
    for i in items[:MAX_NAMES]:
        text = i.indikator
        alone = f"; {skala_beda_teks(beda)}" if beda == [i] else ""
        if with_detail and i.capaian_exact is not None:
            decimals = capaian_decimals(i.capaian_exact, skala, desimal)
            text += f" (capaian {format_number(round_half_up(i.capaian_exact, decimals), decimals)}%{alone})"
        elif alone:
            text += f" ({alone[2:]})"
        elif with_detail and i.galat:
            text += f" (galat pada sel {', '.join(i.galat)})"
        elif with_detail and i.status:
            text += f" ({i.status})"
        parts.append(text)
    if len(items) > MAX_NAMES:
        parts.append(f"{len(items) - MAX_NAMES} indikator lainnya")
    several = f"; {skala_beda_teks(beda, [i.indikator for i in beda])}" if len(beda) > 1 else ""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " dan " + parts[-1] + several


def names_with_detail(items: Sequence[IndicatorResult], skala: str, desimal: int) -> str:
    """The indicators named as the summary sentences name them, each with its capaian or why none."""
    return _names(items, skala, desimal, True)


def _jumlah(subject: str, group: list[IndicatorResult], names: str) -> str:
    """A summary sentence: "Indikator kinerja ... sebanyak 2 indikator, yaitu ...", and for none
    "Tidak ada indikator kinerja ..." (never "sebanyak 0 indikator")."""
    if not group:
        return f"Tidak ada {subject}."
    return f"{subject[0].upper()}{subject[1:]} sebanyak {len(group)} indikator{names}"


def summary(results: list[IndicatorResult], skala: str, desimal: int) -> list[SummaryGroup]:
    groups: list[SummaryGroup] = []
    # One pass over the indicators (in their order) instead of one filter per level and per list.
    by_level: dict[str, list[IndicatorResult]] = {tingkat: [] for tingkat in c.TINGKAT}
    for i in results:
        level = by_level.get(i.tingkat)
        if level is not None:
            level.append(i)
    for tingkat, items in by_level.items():
        if not items:
            continue
        tercapai: list[IndicatorResult] = []
        belum: list[IndicatorResult] = []
        galat: list[IndicatorResult] = []
        unknown: list[IndicatorResult] = []
        for i in items:
            exact = i.capaian_exact
            if exact is not None:
                # exact >= 100 in integers (the denominator is positive), no Fraction comparison
                (tercapai if exact.numerator >= 100 * exact.denominator else belum).append(i)
            elif i.realisasi_text and not i.galat:  # a grade below its target: no capaian, not met
                belum.append(i)
            elif not i.galat:
                unknown.append(i)
            if i.galat:
                galat.append(i)
        counted = Counter(i.kriteria for i in items)
        per_kriteria = {k: counted[k] for k in c.KRITERIA}
        group = SummaryGroup(tingkat, len(items), tercapai, belum, unknown, per_kriteria, [], galat)
        group.kalimat_later(functools.partial(sentences, skala=skala, desimal=desimal))
        groups.append(group)
    return groups


def sentences(group: SummaryGroup, skala: str, desimal: int) -> list[str]:
    """The level's summary sentences (SummaryGroup.kalimat), built only when a report's reader asks."""
    label = group.tingkat.lower()

    def names(items: list[IndicatorResult], detail: bool = False) -> str:
        return f", yaitu {_names(items, skala, desimal, detail)}." if items else "."

    tercapai, belum, unknown, galat = group.tercapai, group.belum_tercapai, group.belum_diketahui, group.galat
    kalimat = [
        _jumlah(f"indikator kinerja {label} dengan capaian ≥ 100%", tercapai, names(tercapai)),
        _jumlah(f"indikator kinerja {label} dengan capaian di bawah 100%", belum, names(belum, True)),
        _jumlah(
            f"indikator kinerja {label} yang belum dapat diukur capaiannya", unknown, names(unknown, True)
        ),
    ]
    if galat:
        kalimat.append(
            f"Indikator kinerja {label} yang tidak dihitung karena isiannya galat sebanyak {len(galat)} "
            f"indikator{names(galat, True)[:-1]}; perbaiki sel tersebut (lihat sheet Pemeriksaan)."
        )
    return kalimat
