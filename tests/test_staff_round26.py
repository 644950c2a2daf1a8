"""Staff round 26: Subbag Keuangan fills the Anggaran sheet and keeps the columns of its own SP2D recap
beside the contract's: a penyerapan ("Penyerapan (%)", "% Realisasi", "Persentase Serapan",
"Penyerapan TW II") and a rest ("Sisa Anggaran", "Sisa Pagu"). The seed's Sasaran "Kualitas Usaha
Mikro" programs (Tabel 3.4, seed ~949-968): P3.01 pagu 3.578.850.965 spent 157.853.500 s.d. TW II
(typed here TW I 57.853.500 + TW II 100.000.000), P3.02 pagu 82.706.300 spent 1.800.000 (800.000 +
1.000.000); every figure by hand (Fraction).

Found wrong, and tested here:
- a penyerapan or a sisa anggaran of the staff's own beside the quarters typed that is not the one the
  report prints (TW II typed s.d. TW II: the report counts 215.707.000, penyerapan 6,03 %, while the
  staff's own column says 4,41 %) was silent; now a peringatan at that cell names both and says the
  report uses the computed one. Rounded as staff round, a percent-formatted cell, a fraction (0,0441),
  a formula the tool agrees with and a quarter's own penyerapan under "Penyerapan TW II" stay quiet.

Read right, kept in a test of right readings: the year's report (Triwulan "Laporan Tahunan") after
the APBD-P with the budget pasted from SIPD ("Rp 3.578.850.965,00"), a JUMLAH row at the bottom, a
Pagu Perubahan under the spending so far (180 %, a peringatan) and a program moved to another OPD
(pagu 0): every pagu, realisasi, penyerapan and the Sasaran's efisiensi as computed by hand.

Grids by hand (tests/test_engine.py's helpers): each sheet's header is row 1, data from row 2.
Anggaran: A Kode, B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV, then
the staff's own columns from J.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import Cell
from lkj_xl.core.parse import parse_workbook
from tests.helpers_anggaran import (
    KOPERASI_INDIKATOR,
    PENGEMBANGAN,
    UMKM,
    budget_of,
    findings_by_cell,
    kinerja_koperasi,
)
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan

_PAGU_A, _PAGU_B = 3_578_850_965, 82_706_300
# P3.01: (57.853.500 + 100.000.000) / 3.578.850.965 x 100 = 15.785.350.000 / 3.578.850.965 = 4,4107.. %
_SERAPAN_A = Fraction(15_785_350_000, 3_578_850_965)
# P3.02: (800.000 + 1.000.000) / 82.706.300 x 100 = 180.000.000 / 82.706.300 = 2,1763.. %
_SERAPAN_B = Fraction(180_000_000, 82_706_300)


def _with_own(
    labels: tuple[str, ...],
    own_a: tuple[object, ...],
    own_b: tuple[object, ...] = (),
    *,
    tw2_a: object = 100_000_000,
    perubahan_a: object = None,
    triwulan: int = 2,
    tws_b: tuple[object, ...] = (800_000, 1_000_000, None, None),
    pagu_b: object = _PAGU_B,
    **settings: object,
):
    """P3.01 and P3.02 with the staff's ``labels`` from column J: ``own_a`` on P3.01's row, ``own_b``
    (blanks when not given) on P3.02's."""
    a = anggaran_row("P3.01", UMKM, "", _PAGU_A, (57_853_500, tw2_a, None, None), perubahan_a)
    b = anggaran_row("P3.02", PENGEMBANGAN, "", pagu_b, tws_b)
    sheets = {
        "Pengaturan": pengaturan(triwulan, **settings),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_koperasi()]),
        "Anggaran": grid(
            [[*c.ANGGARAN_HEADERS, *labels], [*a, *own_a], [*b, *(own_b or (None,) * len(labels))]]
        ),
    }
    return compute(parse_workbook(sheets))


def _own_said(report) -> dict[str, str]:
    """The peringatan at the staff's own columns (J onwards)."""
    return {s: t for s, t in findings_by_cell(report, "Anggaran").items() if s[0] >= "J"}


# --- 1. a penyerapan of the staff's own ------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Penyerapan (%)", "% Realisasi", "Persentase Serapan", "Penyerapan s.d. TW II"]
)
def test_own_penyerapan_disagreeing_with_the_quarters_is_said(label):
    # TW II typed s.d. TW II (157.853.500 as the SP2D recap shows it) beside TW I 57.853.500: the report
    # counts 57.853.500 + 157.853.500 = 215.707.000, penyerapan 21.570.700.000 / 3.578.850.965 =
    # 6,0273.. % (printed 6,03 %); the staff's own column says 4,41 % (157.853.500 / pagu).
    report = _with_own((label,), ("4,41",), tw2_a=157_853_500)
    said = _own_said(report)
    assert "J2" in said, said
    assert "4,41%" in said["J2"] and "6,03%" in said["J2"] and "laporan memakai 6,03%" in said["J2"], said
    assert f'"{label}"' in said["J2"] and "tidak dibaca" in said["J2"], said
    assert "J3" not in said  # P3.02 blank: nothing to compare
    b = budget_of(report, "P3.01")
    assert b.realisasi_exact == 215_707_000  # computed as typed, said
    assert b.penyerapan == float(Fraction(21_570_700_000, _PAGU_A))


# (P3.01 4,4107.. %, P3.02 2,1763.. %; each typed as staff round or format it)
@pytest.mark.parametrize(
    ("own_a", "own_b"),
    [
        ("4,41", "2,18"),  # two decimals
        ("4,41%", "2,18 %"),  # text with the sign
        (4, 2),  # whole points
        ("4,4", "2,2"),  # one decimal
        (Cell(0.0441, percent=True), Cell(0.0218, percent=True)),  # a % cell: 0,0441 shown 4,41%
        (0.0441, 0.0218),  # the fraction, a General cell
        # Excel's formula =(F2+G2)/D2 in a % cell, its cached value in full
        (
            Cell(float(_SERAPAN_A / 100), formula="(F2+G2)/D2", percent=True),
            Cell(float(_SERAPAN_B / 100), formula="(F3+G3)/D3", percent=True),
        ),
        # =(F2+G2)/D2*100 in a General cell
        (
            Cell(float(_SERAPAN_A), formula="(F2+G2)/D2*100"),
            Cell(float(_SERAPAN_B), formula="(F3+G3)/D3*100"),
        ),
    ],
)
def test_own_penyerapan_agreeing_stays_quiet(own_a, own_b):
    report = _with_own(("Penyerapan (%)",), (own_a,), (own_b,))
    assert not _own_said(report)
    assert budget_of(report, "P3.01").penyerapan == float(_SERAPAN_A)


def test_penyerapan_of_the_quarter_alone_is_read_when_the_title_names_the_quarter():
    # TW II alone: 100.000.000 / 3.578.850.965 x 100 = 2,7942.. %, typed 2,79; s.d. TW II 4,41 %.
    assert Fraction(10_000_000_000, _PAGU_A).__round__(2) == Fraction(279, 100)
    assert not _own_said(_with_own(("Penyerapan TW II",), ("2,79",)))
    assert not _own_said(_with_own(("Penyerapan TW II",), ("4,41",)))  # or s.d. TW II, both read
    # "s.d. TW II" and a title naming no quarter: s.d. the reported quarter only
    for label in ("Penyerapan s.d. TW II", "Penyerapan (%)"):
        said = _own_said(_with_own((label,), ("2,79",)))
        assert "J2" in said and "2,79%" in said["J2"] and "4,41%" in said["J2"], (label, said)
    # TW II's own 2,79 % is no penyerapan of TW I (in a TW II report "Penyerapan TW I" is history, not
    # the report's figure: not compared)
    assert not _own_said(_with_own(("Penyerapan TW I",), ("2,79",)))


def test_own_penyerapan_over_the_old_pagu_after_the_apbd_p_names_pagu_perubahan():
    # APBD-P: P3.01's Pagu Perubahan 3.000.000.000: penyerapan 157.853.500 / 3.000.000.000 x 100 =
    # 5,2617.. % (printed 5,26 %); staff kept 4,41 %, over the Perjanjian Kinerja's 3.578.850.965.
    assert round(Fraction(15_785_350_000, 3_000_000_000), 2) == Fraction(526, 100)
    report = _with_own(("Penyerapan (%)",), ("4,41",), perubahan_a=3_000_000_000)
    said = _own_said(report)
    assert "J2" in said and "Pagu Perubahan" in said["J2"] and "5,26%" in said["J2"], said
    assert "Rp 3.578.850.965" in said["J2"], said  # the old pagu the typed figure is over
    assert budget_of(report, "P3.01").penyerapan == float(Fraction(15_785_350_000, 3_000_000_000))
    assert not _own_said(_with_own(("Penyerapan (%)",), ("5,26",), perubahan_a=3_000_000_000))


@pytest.mark.parametrize("own_b", [0, "-", Cell(None, formula="G3/D3", error="#DIV/0!"), "0%"])
def test_a_program_moved_to_another_opd_with_pagu_0_is_left_alone(own_b):
    # P3.02 moved to another OPD: pagu 0, nothing spent; its penyerapan cell 0, "-" or #DIV/0!.
    report = _with_own(("Penyerapan (%)",), ("4,41",), (own_b,), pagu_b=0, tws_b=(0, 0, None, None))
    assert not _own_said(report)


def test_the_year_report_names_the_year():
    # Laporan Tahunan: TW III 200.000.000 and TW IV typed 0 ... P3.01's TW II typed s.d. TW II again:
    # counted 57.853.500 + 157.853.500 + 0 + 0 = 215.707.000, 6,03 %; the staff's 4,41 %.
    a = anggaran_row("P3.01", UMKM, "", _PAGU_A, (57_853_500, 157_853_500, 0, 0))
    b = anggaran_row("P3.02", PENGEMBANGAN, "", _PAGU_B, (800_000, 1_000_000, 0, 0))
    sheets = {
        "Pengaturan": pengaturan("Laporan Tahunan"),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_koperasi()]),
        "Anggaran": grid([[*c.ANGGARAN_HEADERS, "% Realisasi"], [*a, "4,41"], [*b, "2,18"]]),
    }
    said = _own_said(compute(parse_workbook(sheets)))
    assert set(said) == {"J2"} and "realisasi Tahun 2025" in said["J2"] and "6,03%" in said["J2"], said


# --- 2. a sisa anggaran of the staff's own ---------------------------------------------------------


@pytest.mark.parametrize("label", ["Sisa Anggaran", "Sisa Pagu", "Sisa Anggaran (Rp)"])
def test_own_sisa_disagreeing_is_said_and_agreeing_is_quiet(label):
    # Quarters right: 3.578.850.965 - 157.853.500 = 3.420.997.465; 82.706.300 - 1.800.000 = 80.906.300.
    quiet = _with_own((label,), ("Rp 3.420.997.465",), (80_906_300,))
    assert not _own_said(quiet)
    # TW II typed s.d. TW II: the report counts 215.707.000, sisa 3.578.850.965 - 215.707.000 =
    # 3.363.143.965; the staff's own column 3.420.997.465.
    said = _own_said(_with_own((label,), ("Rp 3.420.997.465",), (80_906_300,), tw2_a=157_853_500))
    assert set(said) == {"J2"}, said
    assert "Rp 3.420.997.465" in said["J2"] and "Rp 3.363.143.965" in said["J2"], said
    assert "Rp 215.707.000" in said["J2"], said  # the realisasi the report uses


def test_both_columns_side_by_side_each_said_once():
    # "Penyerapan (%)" K and "Sisa Anggaran" J, both of the staff's right figures beside the TW II
    # typed s.d. TW II: one peringatan each.
    report = _with_own(("Sisa Anggaran", "Penyerapan (%)"), (3_420_997_465, "4,41"), tw2_a=157_853_500)
    said = _own_said(report)
    assert set(said) == {"J2", "K2"}, said


@pytest.mark.parametrize(
    "label", ["Realisasi Fisik (%)", "Capaian (%)", "Penyerapan (Rp)", "Target Penyerapan (%)"]
)
def test_other_percentages_and_amounts_are_no_penyerapan(label):
    # A physical progress, a capaian, the spending in rupiah, a plan: no penyerapan to compare (9 is
    # no 4,41 % nor 2,79 %).
    assert not _own_said(_with_own((label,), (9,)))


# --- 3. the year's report after the APBD-P, the budget pasted from SIPD -----------------------------


def test_the_year_report_after_the_apbd_p_typed_as_sipd_pastes_it():
    # Laporan Tahunan; Anggaran as SIPD's copy has it ("Rp 3.578.850.965,00"), a JUMLAH row at the
    # bottom, P3.01 and P3.02 revised by the APBD-P (P3.02's Pagu Perubahan 1.000.000 under the
    # 1.800.000 spent s.d. TW II), P3.03 moved to another OPD (pagu 0, nothing spent), and the staff's
    # own "Penyerapan (%)" and "Sisa Pagu" columns.
    kinerja = [
        kinerja_row("T1", "Tujuan", "", "Koperasi berdaya saing", "I T", 100, (30, 40, 60, 90), jenis="Nilai Akhir"),
        kinerja_row("S2", "Sasaran", "T1", "Meningkatnya kualitas Koperasi", KOPERASI_INDIKATOR, "40,71", (25, 4, 6, 5), jenis="Kumulatif"),
        kinerja_row("P3.01", "Program", "S2", UMKM, "I A", 100, (30, 40, 70, 95), jenis="Nilai Akhir"),
        kinerja_row("P3.02", "Program", "S2", PENGEMBANGAN, "I B", 100, (30, 40, 70, 88), jenis="Nilai Akhir"),
        kinerja_row("P3.03", "Program", "S2", "PROGRAM PINDAH OPD", "I C", 100, ("-", "-", "-", "-"), jenis="Nilai Akhir"),
    ]  # fmt: skip
    rp = "Rp {},00".format
    anggaran = [
        ["P3.01", UMKM, "S2", rp("3.578.850.965"), rp("3.000.000.000"), rp("57.853.500"), rp("100.000.000"),
         rp("1.200.000.000"), rp("1.500.000.000"), "95,26%", 142_146_500],
        ["P3.02", PENGEMBANGAN, "S2", rp("82.706.300"), rp("1.000.000"), rp("800.000"), rp("1.000.000"), rp("0"),
         rp("0"), "2,18", 80_906_300],
        ["P3.03", "PROGRAM PINDAH OPD", "S2", rp("0"), None, None, None, None, None,
         Cell(None, formula="J4/D4", error="#DIV/0!"), 0],
        [None, "JUMLAH", None, rp("3.661.557.265"), rp("3.001.000.000"), rp("58.653.500"), rp("101.000.000"),
         rp("1.200.000.000"), rp("1.500.000.000"), "95,29", None],
    ]  # fmt: skip
    sheets = {
        "Pengaturan": pengaturan("Laporan Tahunan"),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja]),
        "Anggaran": grid([[*c.ANGGARAN_HEADERS, "Penyerapan (%)", "Sisa Pagu"], *anggaran]),
    }
    report = compute(parse_workbook(sheets))
    a, b, moved = (budget_of(report, k) for k in ("P3.01", "P3.02", "P3.03"))
    # P3.01: 57.853.500 + 100.000.000 + 1.200.000.000 + 1.500.000.000 = 2.857.853.500 over the Pagu
    # Perubahan 3.000.000.000: 285.785.350.000 / 3.000.000.000 = 95,26.. % (the staff's 95,26 %; sisa
    # 3.000.000.000 - 2.857.853.500 = 142.146.500, as typed: quiet)
    assert (a.pagu_exact, a.realisasi_exact) == (3_000_000_000, 2_857_853_500)
    assert a.penyerapan == float(Fraction(285_785_350_000, 3_000_000_000))
    # P3.02: 800.000 + 1.000.000 + 0 + 0 = 1.800.000 over 1.000.000 = 180 %
    assert (b.pagu_exact, b.realisasi_exact, b.penyerapan) == (1_000_000, 1_800_000, 180.0)
    assert moved.pagu_exact == 0 and moved.penyerapan is None
    # Total: (2.857.853.500 + 1.800.000) / (3.000.000.000 + 1.000.000 + 0) = 2.859.653.500 / 3.001.000.000
    assert report.total_penyerapan_exact == Fraction(285_965_350_000, 3_001_000_000)
    # S2: capaian (25 + 4 + 6 + 5) / 40,71 = 400.000 / 4.071 %; efisiensi that less the penyerapan
    (s2,) = [e for e in report.efisiensi if e.kode == "S2"]
    assert s2.efisiensi_exact == Fraction(400_000, 4_071) - Fraction(285_965_350_000, 3_001_000_000)
    said = _own_said(report)
    # P3.02's 2,18 % is 1.800.000 / 82.706.300 (the old pagu); its sisa 82.706.300 - 1.800.000 too
    assert set(said) == {"J3", "K3"}, said
    assert "realisasi Tahun 2025" in said["J3"] and "180,00%" in said["J3"] and "Pagu Perubahan" in said["J3"]
    assert "Rp 82.706.300" in said["J3"], said  # named as the pagu the typed figure is over
    # sisa: 1.000.000 - 1.800.000 = -800.000; the staff's 80.906.300 is 82.706.300 - 1.800.000
    assert "ditulis Rp 80.906.300" in said["K3"] and ": -Rp 800.000" in said["K3"], said
    assert "Pagu sebelum perubahan (Rp 82.706.300)" in said["K3"], said
