"""A percentage Satuan spelt in words ("Persen (%)", "persen", "Persentase") in the Analisis check of
typed figures: "realisasi 29%" in Faktor Pendukung was told "menyebut realisasi 29%, padahal yang
dihitung ... realisasi 29%" (the check knew a percentage indicator only by a Satuan "%"), a peringatan
contradicting itself on the seed's own sentence."""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook


def _said(satuan: str, teks: str) -> dict[str, str]:
    # seed l.544: koperasi sehat, Kumulatif 25 + 4 = 29 of 40,71: capaian 29 / 40,71 x 100 = 71,24 %
    rows = [
        kinerja_row("S2", "Sasaran", "", "Koperasi sehat", "Persentase koperasi sehat", 40.71, (25, 4, None, None), jenis="Kumulatif", satuan=satuan),
    ]  # fmt: skip
    books = workbook(rows)
    books["Analisis"] = grid([ANALISIS_HEADERS, ["S2", "", teks, None, None, None]])
    report = compute(parse_workbook(books))
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Analisis"}


@pytest.mark.parametrize("satuan", ["%", "Persen (%)", "persen", "Persentase"])
def test_the_computed_realisasi_and_target_in_words_are_no_contradiction(satuan):
    assert _said(satuan, "realisasi 29% dari target 40,71%") == {}


@pytest.mark.parametrize("satuan", ["Persen (%)", "persen"])
def test_another_realisasi_is_still_pointed_out(satuan):
    # 30 % is neither the realisasi 29 nor the capaian 71,24
    (said,) = _said(satuan, "realisasi 30%").values()
    assert "menyebut realisasi 30%" in said, said
