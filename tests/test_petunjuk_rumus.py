"""The Petunjuk's formulas are written as the findings and the report's notes write them.

The findings, the notes under Tabel 3.1 / 3.2 and Word write `Capaian = (Target − (Realisasi − Target)) /
Target × 100%` (core.polaritas_teks, with the minus sign and the times sign); the Petunjuk's formula
table wrote `Capaian = (Target - (Realisasi - Target)) / Target x 100%`, and its Perbandingan, Anggaran
and Efisiensi lines `x` and `-` too: a reader comparing the instructions with a finding met one formula
in two spellings. Now the table takes polaritas_teks's own strings, and every formula of lkj-xl's in the
sheet uses × and −. A range (`Tabel 3.1 - 3.4`, `> 75 - 90`), the status `-` and the staff's own
Formulasi example (`... x 100%`, as they type it in Kinerja) are no formula of lkj-xl's and stay.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.polaritas_teks import RUMUS_NEGATIF, RUMUS_POSITIF
from tests.common import EXAMPLE
from tests.test_tmpl1 import TEMPLATE, _new

# An operator written with the keyboard's x or hyphen between two operands of a formula: "x 100",
# "Target - (", "realisasi s.d. triwulan - Realisasi", "kinerja - penyerapan".
ASCII_OPERATOR = re.compile(r"\S \s*x\s+(?:100|\()|[\w)] - [(A-Za-z]")


@pytest.fixture(scope="module", params=["new", "template", "example"])
def petunjuk(request, tmp_path_factory) -> list[tuple[object, ...]]:
    if request.param == "new":
        path: Path = _new(tmp_path_factory.mktemp("petunjuk_rumus"))
    else:
        path = TEMPLATE if request.param == "template" else EXAMPLE
    return list(openpyxl.load_workbook(path)[c.SHEET_PETUNJUK].iter_rows(values_only=True))


def test_the_formula_table_is_the_findings_formula(petunjuk):
    rows = {r[0]: r for r in petunjuk if r[0]}
    assert rows["Positif"][1] == RUMUS_POSITIF == "Capaian = Realisasi / Target × 100%"
    assert rows["Negatif"][1] == RUMUS_NEGATIF == "Capaian = (Target − (Realisasi − Target)) / Target × 100%"


def test_every_formula_uses_the_times_and_minus_signs(petunjuk):
    texts = [str(v) for r in petunjuk for v in r if v]
    formulas = [t for t in texts if " = " in t or "x 100" in t or "× 100" in t]
    # (the Formulasi example is the staff's own text, as typed in Kinerja: left as it is)
    mine = [t for t in formulas if "Jumlah total Koperasi x 100%" not in t]
    assert [t for t in mine if ASCII_OPERATOR.search(t)] == []
    joined = "\n".join(mine)
    # The Perbandingan, Anggaran and Efisiensi formulas, each with its signs
    assert "Selisih = realisasi s.d. triwulan − Realisasi Tahun Lalu" in joined
    assert "Perubahan = Selisih / |Realisasi Tahun Lalu| × 100%" in joined
    assert "Penyerapan = realisasi / pagu × 100%" in joined
    assert "Efisiensi sebuah sasaran = capaian kinerja − penyerapan anggaran" in joined
    # the regex finds what it is for (a test that can fail)
    assert ASCII_OPERATOR.search("Capaian = (Target - (Realisasi - Target)) / Target x 100%")
    assert ASCII_OPERATOR.search("Penyerapan = realisasi / pagu x 100%")
    assert not ASCII_OPERATOR.search("Tabel 3.1 - 3.4") and not ASCII_OPERATOR.search("> 75 - 90 Tinggi")
