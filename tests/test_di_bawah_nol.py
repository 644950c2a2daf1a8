"""A figure below zero is said "di bawah nol" in every finding, as a capaian below zero is since mend38
(tests/test_negatif_wording.py): "negatif" is the Polaritas's word (`Negatif`, `indikator bernilai
negatif`), so `Target indikator "Tingkat inflasi" (S1) negatif` read as its Polaritas. Anggaran's galat
go into the sentences of the Word report and the mail beside a Negatif indicator's `bernilai negatif`
(`... tidak dihitung karena galat pada isian anggaran: Anggaran!G4: Realisasi anggaran program "P"
negatif`): the same words there.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: G Polaritas,
I Target, J Target Perubahan, K-N Realisasi TW I-IV; a Target Akhir Renstra / Standar Nasional column
after them (P).
"""

from __future__ import annotations

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan, run


def _at(report, sel: str) -> list:
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


@pytest.mark.parametrize(
    ("target", "perubahan", "sel", "header"),
    [(-3, None, "I2", "Target"), (3, "-2,5", "J2", "Target Perubahan")],
)
def test_a_target_below_zero_of_a_negatif_indicator(target, perubahan, sel, header):
    # Tingkat inflasi, Negatif: a target below zero leaves the capaian uncomputed, a galat at its cell.
    row = kinerja_row("S1", "Sasaran", "", "S", "Tingkat inflasi", target, (2, None, None, None),
                      polaritas="Negatif", target_perubahan=perubahan)  # fmt: skip
    report = run([row], triwulan=1)
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, sel)
    assert said.severity == GALAT
    assert said.pesan.startswith(f"{header} ") and "di bawah nol; capaian tidak dihitung" in said.pesan, (
        said.pesan
    )
    assert "negatif" not in said.pesan, said.pesan


@pytest.mark.parametrize("header", ["Target Akhir Renstra", "Standar Nasional"])
def test_a_renstra_or_standard_below_zero(header):
    row = kinerja_row(
        "S1", "Sasaran", "", "S", "Tingkat inflasi", 3, (2, None, None, None), polaritas="Negatif"
    )
    book = {
        "Pengaturan": pengaturan(1),
        "Kinerja": grid([[*c.KINERJA_HEADERS, header], [*row, "-1"]]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    report = compute(parse_workbook(book))
    # its own capaian is the report's: (3 - (2 - 3)) / 3 x 100 = 4 / 3 x 100 = 133,33...
    assert report.indicators[0].capaian_exact * 3 == 400
    (said,) = _at(report, "P2")
    assert said.severity == GALAT and said.pesan.startswith(f"{header} ")
    assert "di bawah nol; capaian terhadapnya tidak dihitung" in said.pesan and "negatif" not in said.pesan


def test_a_count_read_below_zero():
    # Jumlah kasus, Negatif, Kumulatif: TW I 10, TW II typed "-4" (a correction?): 10 - 4 = 6 s.d. TW II.
    row = kinerja_row("S1", "Sasaran", "", "S", "Jumlah kasus", 10, (10, "-4", None, None),
                      satuan="kasus", polaritas="Negatif", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].realisasi == 6
    said = [f for f in _at(report, "L2") if f.severity == PERINGATAN]
    assert said and 'Satuan "kasus" tidak bisa di bawah nol' in said[0].pesan, said
    assert "negatif" not in said[0].pesan, said[0].pesan


def test_a_budget_figure_below_zero():
    # P1's Pagu typed "-500 jt"; P2 spent "(5.000.000)" in TW I (brackets: minus, a refund?).
    kinerja = [
        kinerja_row(
            "1.1", "Sasaran", "", "S", "Tingkat inflasi", 3, (2, None, None, None), polaritas="Negatif"
        ),
        kinerja_row("P1", "Program", "1.1", "P satu", "I P1", 100, (20, None, None, None)),
        kinerja_row("P2", "Program", "1.1", "P dua", "I P2", 100, (20, None, None, None)),
    ]
    rows = [
        anggaran_row("P1", "Program satu", None, "-500 jt", ("10 jt", None, None, None)),
        anggaran_row("P2", "Program dua", None, "200 jt", ("(5.000.000)", None, None, None)),
    ]
    report = run(kinerja, rows, triwulan=1)
    said = {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran" and f.severity == GALAT}
    assert said["D2"] == 'Pagu program "Program satu" di bawah nol', said
    assert said["F3"].startswith('Realisasi anggaran program "Program dua" di bawah nol; tidak dihitung'), (
        said
    )
    assert not [p for p in said.values() if "negatif" in p], said


def test_a_rise_typed_on_a_measure_of_decrease_says_to_type_the_minus():
    # "Persentase penurunan angka stunting", Polaritas Negatif, with "naik 1%"
    # typed as TW I: the decrease is -1 %, typed with a minus; "ditulis negatif" read as the Polaritas.
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Persentase penurunan angka stunting", "10",
                      ("naik 1%", None, None, None), polaritas="Negatif")  # fmt: skip
    report = run([row], triwulan=1)
    (said,) = [f.pesan for f in _at(report, "K2")]
    assert "tulis -1% saja (kenaikan pada indikator penurunan ditulis dengan tanda minus" in said, said
    assert "ditulis negatif" not in said, said


@pytest.mark.parametrize("typed", ["2,5-", "- 2,5", "\u20132,5"])
def test_a_minus_typed_astray_on_a_negatif_indicator(typed):
    # Tingkat inflasi, Negatif: TW I typed with its minus after, apart, or an en dash (Word): not read;
    # what to type names the figure "di bawah nol", not "negatif" beside the Polaritas Negatif.
    row = kinerja_row(
        "S1", "Sasaran", "", "S", "Tingkat inflasi", 3, (typed, None, None, None), polaritas="Negatif"
    )
    report = run([row], triwulan=1)
    said = " ".join(f.pesan for f in _at(report, "K2"))
    assert "bila angkanya di bawah nol, tulis -2,5" in said, said
    assert "angkanya negatif" not in said, said


@pytest.mark.parametrize("typed", ["-(10)", "Rp -(10)", "(Rp (10))"])
def test_a_minus_typed_twice_is_a_double_minus(typed):
    # A minus and accounting brackets at once: the error names the minus, not "tanda negatif".
    from lkj_xl.core.numbers import parse_number

    with pytest.raises(ValueError) as raised:
        parse_number(typed)
    assert "tanda minus ganda" in str(raised.value) and "negatif" not in str(raised.value)
