"""A capped Negatif capaian in a sentence carries one bracket: "120,00% (dibatasi Batas Capaian 120%;
sebelum dibatasi 153,13%; indikator bernilai negatif: ...)"; it printed two side by side, "120,00%
(dibatasi ...) (indikator bernilai negatif: ...)" (revJ, a golden review)."""

from __future__ import annotations

from dataclasses import replace

from lkj_xl.core import contract as c
from lkj_xl.core.polaritas_teks import ARTI_NEGATIF, BERNILAI_NEGATIF, dengan_negatif
from tests.test_engine import kinerja_row, run


def _indicator(polaritas: str):
    # target 3,20 and realisasi 1,50: Negatif capaian (3,2 - (1,5 - 3,2)) / 3,2 = 153,125 %, any figure
    row = kinerja_row("S1", "Sasaran", "", "U", "Indeks daya saing UMKM", "3,20", (None, "1,50", None, None))
    (ind,) = run([row]).indicators
    return replace(ind, polaritas=polaritas)


def test_a_capped_negatif_capaian_says_both_in_one_bracket():
    capped = "120,00% (dibatasi Batas Capaian 120%; sebelum dibatasi 153,13%)"
    assert dengan_negatif(capped, _indicator(c.NEGATIF)) == (
        f"120,00% (dibatasi Batas Capaian 120%; sebelum dibatasi 153,13%; {BERNILAI_NEGATIF}: {ARTI_NEGATIF})"
    )


def test_an_uncapped_negatif_capaian_gets_its_own_bracket_and_a_positif_none():
    assert dengan_negatif("153,13%", _indicator(c.NEGATIF)) == f"153,13% ({BERNILAI_NEGATIF}: {ARTI_NEGATIF})"
    assert dengan_negatif(
        "120,00% (dibatasi Batas Capaian 120%; sebelum dibatasi 153,13%)", _indicator(c.POSITIF)
    ) == ("120,00% (dibatasi Batas Capaian 120%; sebelum dibatasi 153,13%)")
