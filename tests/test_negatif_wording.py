"""A Negatif indicator is explained to staff in the words the report uses for its reader.

The notes under Tabel 3.1 / 3.2, Perbandingan Kinerja and the Analisis sentences say `indikator
bernilai negatif (semakin rendah realisasi semakin baik)` and `Capaian = (Target − (Realisasi −
Target)) / Target × 100%` (the seed's "Bernilai Negatif", Word's 3.1). The findings staff read in
Pemeriksaan said the same idea four other ways: `makin kecil makin baik`, `makin rendah makin baik`,
`indikator Negatif`, and the formula as `(2 x target - realisasi) / target x 100`, `(Target - (Realisasi -
Target)) / Target x 100 %` or `(2 × Target − realisasi) / Target × 100`: a reader comparing a finding
with the printed note met two formulas for one capaian. Now every place that explains Negatif says it
one way; the Polaritas value staff pick stays "Negatif".

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: G Polaritas,
H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from importlib import resources

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.common import EXAMPLE
from tests.helpers_anggaran import findings_by_cell
from tests.test_engine import grid, kinerja_row, pengaturan, run
from tests.test_tmpl1 import TEMPLATE

MEANING = "semakin rendah realisasi semakin baik"
TERM = "bernilai negatif"
POSITIF_MEANING = "semakin tinggi realisasi semakin baik"
FORMULA = "(Target − (Realisasi − Target)) / Target × 100%"
# The forms the findings used before, none of the report's.
OLD = re.compile(r"(?<!se)makin (kecil|rendah|tinggi) makin baik|2 x target|2 × Target|indikator Negatif")


def _said(report, sel: str) -> str:
    (pesan,) = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]
    return pesan


def _one(indikator, target, tws, triwulan=1, **kw):
    return run([kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, **kw)], triwulan=triwulan)


def _consistent(pesan: str, *, formula: bool) -> None:
    assert MEANING in pesan and TERM in pesan, pesan
    assert (FORMULA in pesan) == formula, pesan
    assert not OLD.search(pesan), pesan


def test_polaritas_left_blank_on_a_lower_is_better_indicator():
    # Angka kemiskinan, target 10, TW I 9, Polaritas blank: computed as typed (Positif) 9 / 10 x 100 = 90.
    report = _one("Angka kemiskinan", "10", ("9", None, None, None))
    assert report.indicators[0].capaian_exact == 90
    pesan = _said(report, "G2")
    _consistent(pesan, formula=True)
    assert f"kosong, jadi Positif ({POSITIF_MEANING})" in pesan
    assert f"indikator kemiskinan biasanya {TERM} ({MEANING})" in pesan


def test_a_rank_computed_higher_is_better():
    # Peringkat, target 5th, TW I 3rd, Positif: 3 / 5 x 100 = 60 (as typed); Negatif would give
    # (5 - (3 - 5)) / 5 x 100 = 140.
    report = _one("Peringkat Inovasi Daerah", "5", ("3", None, None, None), satuan="peringkat", jenis="Nilai Akhir", polaritas="Positif")  # fmt: skip
    assert report.indicators[0].capaian_exact == 60
    pesan = _said(report, "G2")
    _consistent(pesan, formula=True)
    assert f"Positif ({POSITIF_MEANING}), padahal peringkat {TERM} ({MEANING})" in pesan
    # the row's own figures, in the formula's form
    assert "3 / 5 × 100 = 60%" in pesan and "(5 − (3 − 5)) / 5 × 100 = 140%" in pesan


def test_a_negative_capaian_of_a_negatif_indicator():
    # Negatif, target 12,5 %, TW II 30 %: (12,5 - (30 - 12,5)) / 12,5 x 100 = -40.
    report = _one(
        "Ind", "12,5%", (None, "30%", None, None), triwulan=2, polaritas="Negatif", jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact == -40
    pesan = _said(report, "I2")
    _consistent(pesan, formula=False)
    # The capaian below zero is "di bawah nol", no longer "negatif (-40%)": "negatif" stands for the
    # Polaritas alone, so one sentence never uses the word in two senses (mend38).
    assert f"di bawah nol (-40%): indikator {TERM} ({MEANING}) dengan realisasi" in pesan
    assert pesan.count("negatif") == 1, pesan  # the Polaritas's "bernilai negatif" only


def test_a_lower_is_better_position_summed():
    # Jumlah PMKS, Negatif, Kumulatif: 1.150 + 1.100 = 2.250 of 1.200: (1.200 - 1.050) / 1.200 x 100 = 12,5.
    report = _one("Jumlah PMKS", "1200", ("1150", "1100", None, None), triwulan=2, satuan="orang", polaritas="Negatif", jenis="Kumulatif")  # fmt: skip
    assert report.indicators[0].capaian_exact == Fraction(25, 2)
    pesan = _said(report, "H2")
    _consistent(pesan, formula=False)
    assert f"padahal indikator {TERM} ({MEANING}) dan tiap triwulan" in pesan


def test_a_ratio_typed_as_one():
    report = _one(
        "Rasio guru murid", "20", ("1:18", None, None, None), satuan="murid per guru", jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian is None  # the galat: nothing counted
    pesan = _said(report, "K2")
    _consistent(pesan, formula=False)
    assert f'lalu pilih Polaritas "Negatif" bila indikatornya {TERM} ({MEANING})' in pesan


def test_a_target_typed_as_a_bound():
    upper = _said(
        _one("Jumlah kasus", "< 5", ("4", None, None, None), satuan="kasus", jenis="Nilai Akhir"), "I2"
    )
    _consistent(upper, formula=False)
    assert f'pilih Polaritas "Negatif" bila indikatornya {TERM} ({MEANING})' in upper
    lower = _said(
        _one("Jumlah koperasi", "> 5", ("4", None, None, None), satuan="unit", jenis="Nilai Akhir"), "I2"
    )
    assert f'Polaritas "Positif" ({POSITIF_MEANING}) menghitung capaiannya' in lower
    assert not OLD.search(lower), lower


def test_a_zero_target_of_a_negatif_indicator():
    report = _one("Jumlah kecelakaan kerja", "0", ("0", None, None, None), satuan="kasus", polaritas="Negatif", jenis="Kumulatif")  # fmt: skip
    assert report.indicators[0].capaian is None
    pesan = _said(report, "I2")
    assert not OLD.search(pesan), pesan  # the formula is the explanation here, without the meaning
    assert f"rumus capaian indikator {TERM}, {FORMULA}, membagi dengan target" in pesan


def test_a_capaian_typed_by_another_system_s_formula():
    # Angka kemiskinan, Negatif, target 10, TW II 8: (10 - (8 - 10)) / 10 x 100 = 120; 125 typed
    # (an e-Monev's target / realisasi x 100).
    row = kinerja_row("T1", "Tujuan", "", "T", "Angka kemiskinan", "10", (None, "8", None, None), polaritas="Negatif", jenis="Nilai Akhir")  # fmt: skip
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([[*c.KINERJA_HEADERS, "Capaian (%)"], [*row, 125]]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    report = compute(parse_workbook(sheets))
    assert report.indicators[0].capaian_exact == 120
    pesan = findings_by_cell(report, "Kinerja")["P2"]
    assert f"(indikator {TERM}: Capaian = {FORMULA})" in pesan and "120,00%" in pesan, pesan
    assert not OLD.search(pesan), pesan


def test_a_negatif_grade_says_semakin():
    pesan = _said(_one("Nilai SAKIP", "BB", ("BB", None, None, None), satuan="predikat", polaritas="Negatif", jenis="Nilai Akhir"), "G2")  # fmt: skip
    assert "semakin tinggi predikatnya semakin baik" in pesan and not OLD.search(pesan), pesan


@pytest.mark.parametrize("path", [TEMPLATE, EXAMPLE], ids=["template", "example"])
def test_the_workbook_s_polaritas_help_and_petunjuk(path):
    wb = openpyxl.load_workbook(path)
    (dv,) = [
        v
        for v in wb[c.SHEET_KINERJA].data_validations.dataValidation
        if '"Positif,Negatif"' in (v.formula1 or "")
    ]
    assert dv.prompt == f"Positif: {POSITIF_MEANING}. Negatif ({TERM}): {MEANING}.", dv.prompt
    rows = {r[0]: r for r in wb[c.SHEET_PETUNJUK].iter_rows(values_only=True) if r[0]}
    assert rows["Polaritas"][1] == (
        f"Positif (bawaan bila kosong): {POSITIF_MEANING}. Negatif ({TERM}): {MEANING} (mis. inflasi, indeks "
        "harga, angka kemiskinan)."
    )


def test_petunjuk_data_says_it_one_way():
    # (Petunjuk's formula table writes polaritas_teks's own formulas, × and − since mend38:
    # tests/test_petunjuk_rumus.py)
    text = resources.files("lkj_xl").joinpath("data/petunjuk.json").read_text(encoding="utf-8")
    assert not OLD.search(json.dumps(json.loads(text), ensure_ascii=False)), "petunjuk.json"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # The words of the findings and notes, typed into Polaritas: Kasus DBD, target 10, TW I 8:
        # Negatif (10 - (8 - 10)) / 10 x 100 = 120, Positif 8 / 10 x 100 = 80.
        ("semakin rendah realisasi semakin baik", 120),
        ("Bernilai Negatif", 120),
        ("indikator bernilai negatif", 120),
        ("semakin tinggi realisasi semakin baik", 80),
        ("bernilai positif", 80),
    ],
)
def test_the_words_typed_as_polaritas_are_read(typed, expected):
    report = _one(
        "Kasus DBD", "10", ("8", None, None, None), satuan="kasus", polaritas=typed, jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact == expected
    assert not [f for f in report.findings if f.sel == "G2"]
