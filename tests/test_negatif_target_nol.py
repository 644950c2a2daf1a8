"""A Negatif indicator (lower is better) whose Perjanjian Kinerja target is zero: "zero accidents",
"nihil kasus", "0 % balita stunting baru".

The report's formula for a Negatif indicator (seed lines ~479-483, DOMAIN.md) is
(Target - (Realisasi - Target)) / Target x 100 %: it divides by the target, so a target of 0 has no
capaian, and neither DOMAIN.md nor the seed gives another formula (public systems disagree: some give
100 % for 0 of 0, some nothing), so none is invented here. Before, staff got the plain galat
`Target ... nol; capaian tidak dapat dihitung` and no word on what to type; now the galat says why (the
formula divides by the target) and what to do: keep the galat rather than type a target the PK does
not have, and measure such an indicator as a share (Positif, target 100 %) in the PK Perubahan.

The grids are built by hand (tests/test_engine.py's helpers); Kinerja's header is row 1, Target is I.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run

# The formula as the galat states it, in the form the report prints under Tabel 3.1 (the Negatif
# wording is one across the outputs: tests/test_negatif_wording.py); it said "(Target - (Realisasi -
# Target)) / Target x 100 %" before.
NEGATIF_FORMULA = "(Target − (Realisasi − Target)) / Target × 100%"


def _rows(target, polaritas="Negatif", tws=(None, 0, None, None)):
    # S1 a Positif indicator 20 of 40 = 50 % (computed beside the zero target, so the rest still runs);
    # P1 "Jumlah kecelakaan kerja" counted in kasus, Kumulatif, with the target under test
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas koperasi", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program K3", "Jumlah kecelakaan kerja", target, tws, jenis="Kumulatif", satuan="kasus", polaritas=polaritas),
    ]  # fmt: skip


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


@pytest.mark.parametrize("target", [0, "0", "nihil", "0,0", "0 kasus"])
@pytest.mark.parametrize("polaritas", ["Negatif", "Negatif (-)", "Menurun"])
def test_a_negatif_zero_target_is_a_galat_that_says_what_to_do(target, polaritas):
    report = run(_rows(target, polaritas))
    s1, p1 = report.indicators
    assert s1.capaian_exact == Fraction(50)  # the other indicator is computed as before
    assert p1.capaian is None and p1.kriteria is None  # no capaian invented for 0 of 0
    (galat,) = _at(report, "I3")
    assert galat.severity == GALAT and "nol" in galat.pesan
    # why: the report's formula divides by the target
    assert NEGATIF_FORMULA in galat.pesan
    # what to do: no made-up target; a share with target 100 % (Positif) in the PK Perubahan
    assert "Perjanjian Kinerja" in galat.pesan and "100" in galat.pesan and "Positif" in galat.pesan


def test_a_negatif_zero_target_perubahan_names_its_column():
    rows = _rows(5)
    rows[1][9] = 0  # Target Perubahan (J3) 0: zero accidents after the revision
    report = run(rows)
    assert report.indicators[1].capaian is None
    (galat,) = _at(report, "J3")
    assert galat.severity == GALAT and galat.pesan.startswith("Target Perubahan")
    assert NEGATIF_FORMULA in galat.pesan


def test_a_negatif_target_just_above_zero_is_computed_by_the_report_formula():
    # target 1 kasus, realisasi 0: (1 - (0 - 1)) / 1 x 100 = 200 %, computed; no galat
    report = run(_rows(1))
    assert report.indicators[1].capaian_exact == Fraction(200)
    assert not [f for f in report.findings if f.severity == GALAT]


def test_a_positif_zero_target_says_to_check_the_perjanjian_kinerja():
    report = run(_rows(0, "Positif", (None, 3, None, None)))
    (galat,) = _at(report, "I3")
    assert galat.severity == GALAT and "Perjanjian Kinerja" in galat.pesan
    assert NEGATIF_FORMULA not in galat.pesan  # the Negatif formula is not its own


# --- Target Akhir Renstra and Standar Nasional of zero ------------------------------------------------
# The comparisons of Perbandingan Kinerja use the same formula against these (capaian terhadap Renstra /
# standar): a Negatif zero there got the plain "nol; capaian terhadapnya tidak dihitung", no word of why
# or what to do. The columns are added after the contract's (A..O): P on row 3, P1's.


def _with(header, value, polaritas="Negatif"):
    from lkj_xl.core import contract as c
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import grid, pengaturan

    rows = _rows(1, polaritas)  # target 1 kasus, realisasi 0 s.d. TW II: 200 %, computed (above)
    book = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([[*c.KINERJA_HEADERS, header], [*rows[0], None], [*rows[1], value]]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    return compute(parse_workbook(book))


@pytest.mark.parametrize(
    ("header", "sumber"), [("Target Akhir Renstra", "Renstra"), ("Standar Nasional", "standar nasional")]
)
@pytest.mark.parametrize("value", [0, "nihil", "0 kasus"])
def test_a_negatif_zero_renstra_or_standard_says_why_and_what_to_do(header, sumber, value):
    report = _with(header, value)
    p1 = report.indicators[1]
    assert p1.capaian_exact == Fraction(200)  # its own capaian (target 1) is computed as before
    (galat,) = _at(report, "P3")
    assert galat.severity == GALAT and galat.pesan.startswith(f"{header} ")
    assert "nol; capaian terhadapnya tidak dapat dihitung" in galat.pesan
    assert NEGATIF_FORMULA in galat.pesan  # why: it divides by it
    # what to do, as for a zero Target: no made-up figure; a share (Positif, 100 %) in the PK Perubahan
    assert f"tidak ada di {sumber}" in galat.pesan
    assert (
        "target 100 % dan Polaritas Positif" in galat.pesan and "Perjanjian Kinerja Perubahan" in galat.pesan
    )


@pytest.mark.parametrize(
    ("header", "sumber"), [("Target Akhir Renstra", "Renstra"), ("Standar Nasional", "standar nasional")]
)
def test_a_positif_zero_renstra_or_standard_says_to_check_its_source(header, sumber):
    (galat,) = _at(_with(header, 0, "Positif"), "P3")
    assert galat.severity == GALAT and f"periksa nilainya pada {sumber}" in galat.pesan
    assert NEGATIF_FORMULA not in galat.pesan


def test_sentences_say_a_galat_not_an_unreadable_cell_for_a_zero_target():
    # "0" is a readable cell: the sentences of the report (Ringkasan, 3.1.3) said "sel Kinerja!I3
    # tidak dapat dibaca", which sent staff to a cell that reads fine; they now say a galat is there
    # (its reason is in Pemeriksaan and in the mail, both of which quote the galat's own words).
    from lkj_xl.core.kalimat import hasil_kalimat

    report = run(_rows(0))
    p1 = report.indicators[1]
    texts = [hasil_kalimat(p1, report.settings), *(k for g in report.ringkasan for k in g.kalimat)]
    said = [t for t in texts if "Kinerja!I3" in t]
    assert len(said) >= 2, texts  # 3.1.3's sentence and the Ringkasan's list of galat indicators
    assert all("tidak dapat dibaca" not in t for t in said), said
    assert "terdapat galat pada isian sel Kinerja!I3 (lihat sheet Pemeriksaan)" in said[0]
    # A zero target is a figure read (tests/test_target_nol_figures.py): the sentence said "belum
    # memiliki target yang dapat dipakai"; it now states the target and the realisasi (0 of the
    # TW II cell, _rows) and still no capaian.
    assert "ditargetkan dalam tahun 2025 sebesar 0 kasus, terealisasi" in said[0]
    assert "sebesar 0 kasus; capaian dan kriterianya tidak dihitung" in said[0]
