"""A Negatif indicator's capaian, said as such wherever it is shown beside its target and realisasi.

Lower is better (a price index, inflation, a poverty rate): capaian = (target - (realisasi - target)) /
target x 100 (DOMAIN.md). Tabel 3.1 / 3.2 and the sentences of 3.1.3 and 3.2.3 show target 2,56,
realisasi 1,06 and capaian 158,59: an evaluator who checks capaian = realisasi / target gets 41,41 %
and marks the row wrong unless the report says which indicators are Negatif and how they are counted.

One wording wherever a reader meets the idea, in the report's own term (the seed's "Bernilai Negatif",
Word's 3.1 "Indikator bernilai negatif (semakin rendah realisasi semakin baik): Capaian = ..."): the
notes under the tables, the sentences' suffix, Perbandingan Kinerja and Word all build on these, and so
do the findings, the template's Polaritas help and the Petunjuk that explain Negatif to staff
(``DIJELASKAN_NEGATIF``, ``DIJELASKAN_POSITIF``, ``RUMUS_NEGATIF``): the Polaritas value staff pick stays
"Negatif" / "Positif".
"""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core import contract as c
from lkj_xl.core.model import IndicatorResult

BERNILAI_POSITIF = "indikator bernilai positif"
BERNILAI_NEGATIF = "indikator bernilai negatif"
ARTI_POSITIF = "semakin tinggi realisasi semakin baik"
ARTI_NEGATIF = "semakin rendah realisasi semakin baik"
RUMUS_POSITIF = "Capaian = Realisasi / Target × 100%"
RUMUS_NEGATIF = "Capaian = (Target − (Realisasi − Target)) / Target × 100%"
# "Indikator bernilai negatif (semakin rendah realisasi semakin baik)": a note's or a paragraph's lead
NEGATIF = f"{BERNILAI_NEGATIF.capitalize()} ({ARTI_NEGATIF})"
POSITIF = f"{BERNILAI_POSITIF.capitalize()} ({ARTI_POSITIF})"
# Word's 3.1 and the note under Tabel 3.1 / 3.2: "Indikator bernilai negatif (...): Capaian = ... × 100%."
RUMUS = f"{NEGATIF}: {RUMUS_NEGATIF}."
SUFFIX = f" ({BERNILAI_NEGATIF}: {ARTI_NEGATIF})"
# In a finding: "indikator bernilai negatif (semakin rendah realisasi semakin baik)", "peringkat bernilai
# negatif (...)"; "Positif (semakin tinggi realisasi semakin baik)" of the Polaritas staff chose or left blank.
DIJELASKAN_NEGATIF = f"{BERNILAI_NEGATIF.removeprefix('indikator ')} ({ARTI_NEGATIF})"
DIJELASKAN_POSITIF = f"{c.POSITIF} ({ARTI_POSITIF})"
# A bound typed as the target ("maks 30 menit"): the advice, left out where Negatif is chosen (parse)
PILIH_NEGATIF = f'pilih Polaritas "Negatif" bila indikatornya {DIJELASKAN_NEGATIF}'


def negatif_teks(ind: IndicatorResult) -> str:
    """' (indikator bernilai negatif: semakin rendah realisasi semakin baik)' after a Negatif indicator's
    capaian or change in a sentence; "" for a Positif one."""
    return SUFFIX if ind.polaritas == c.NEGATIF else ""


def dengan_negatif(capaian: str, ind: IndicatorResult) -> str:
    """``capaian`` as a sentence says it, with :func:`negatif_teks` for a Negatif indicator; one bracket
    when the capaian brings its own ("120,00% (dibatasi Batas Capaian 120%; sebelum dibatasi 153,13%;
    indikator bernilai negatif: semakin rendah realisasi semakin baik)"), never two side by side."""
    suffix = negatif_teks(ind)
    if suffix and capaian.endswith(")"):
        return f"{capaian[:-1]}; {suffix.strip()[1:]}"
    return capaian + suffix


def tanpa_negatif(capaian: str) -> str:
    """``capaian`` as :func:`dengan_negatif` said it, without the Negatif words (a note that says them once)."""
    merged = f"; {BERNILAI_NEGATIF}: {ARTI_NEGATIF})"
    return capaian[: -len(merged)] + ")" if capaian.endswith(merged) else capaian.removesuffix(SUFFIX)


def negatif_terhitung(indicators: Iterable[IndicatorResult]) -> list[IndicatorResult]:
    """The Negatif indicators with a capaian (the ones a reader could recompute the wrong way)."""
    return [i for i in indicators if i.polaritas == c.NEGATIF and i.capaian is not None]
