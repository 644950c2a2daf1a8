"""A Program of Kinerja with no Anggaran row on purpose (the Program Penunjang paid by the Sekretariat,
its money in another DPA) beside a program whose DPA lines are listed only in part below it (only
``5.2 BELANJA MODAL``): the lines may be the program without a row's money typed under the wrong one,
or a partial rincian. Pengaturan's Total Pagu Perjanjian Kinerja, when typed, tells which: equal to the
programs' pagu without the lines, there is no money left for the program without a row, so the lines
are the rincian (a peringatan, the TOTAL given); otherwise the galat stands and the TOTAL is withheld
(README "Anggaran").

Figures: Sasaran S3's two programs as the seed prints them (Tabel 3.4, seed ~949-968): P3.01
3.578.850.965 spent 157.853.500, P3.02 82.706.300 spent 1.800.000 (TW II). The 5.2 line: 500.000.000
spent 7.853.500 (helpers_anggaran.belanja_rows: part of P3.01's)."""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    anggaran_said,
    kinerja_usaha_mikro,
    tw2_row,
)
from tests.test_engine import kinerja_row, run

PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
P301 = tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500)
P302 = tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000)
MODAL = tw2_row("5.2", "BELANJA MODAL", 500_000_000, 7_853_500)
# the two programs' pagu and spending, the 5.2 line inside P3.01's: 3.578.850.965 + 82.706.300 and
# 157.853.500 + 1.800.000
PAGU = Fraction(3_578_850_965 + 82_706_300)  # 3.661.557.265
SPENT = Fraction(157_853_500 + 1_800_000)  # 159.653.500
TOTAL_PK = "Total Pagu Perjanjian Kinerja"


def kinerja() -> list[list]:
    """Sasaran S3's two programs and the Program Penunjang P1.01, which has no Anggaran row."""
    penunjang = kinerja_row("P1.01", "Program", "S3", PENUNJANG, "I P", 100, (None, 40, None, None))
    return [*kinerja_usaha_mikro(), penunjang]


def test_a_partial_rincian_beside_a_program_funded_elsewhere_stays_rincian_when_the_pk_total_agrees():
    # the Total typed as the Perjanjian Kinerja signs it: 3.661.557.265, the two programs' pagu alone
    report = run(kinerja(), [P301, MODAL, P302], **{TOTAL_PK: "Rp 3.661.557.265"})
    assert (report.total_pagu, report.total_realisasi_anggaran) == (PAGU, SPENT)
    assert "A3" not in anggaran_said(report, "galat")
    assert "rincian program P3.01" in anggaran_said(report, "peringatan")["A3"]
    assert report.total_penyerapan_exact == SPENT / PAGU * 100


def test_a_line_fitting_no_program_beside_a_program_funded_elsewhere_is_left_out_when_the_pk_total_agrees():
    # 5.2's 500.000.000 does not fit in P3.02's 82.706.300 (lone_belanja): the Total, the programs'
    # pagu without it, says it is no program's money in this Perjanjian Kinerja
    report = run(kinerja(), [P301, P302, MODAL], **{TOTAL_PK: 3_661_557_265})
    assert (report.total_pagu, report.total_realisasi_anggaran) == (PAGU, SPENT)
    assert "A4" not in anggaran_said(report, "galat")
    assert "tidak masuk total Tabel 3.4" in anggaran_said(report, "peringatan")["A4"]


def test_without_the_pk_total_the_partial_rincian_is_still_doubted():
    report = run(kinerja(), [P301, MODAL, P302])
    assert (report.total_pagu, report.total_realisasi_anggaran) == (None, None)
    said = anggaran_said(report, "galat")["A3"]
    assert "P1.01" in said and "Total Pagu Perjanjian Kinerja" in said  # (what settles it named)


def test_a_pk_total_with_room_for_the_lines_keeps_the_galat():
    # 3.661.557.265 + 500.000.000 = 4.161.557.265: the Total has the 5.2 line as money of its own
    report = run(kinerja(), [P301, MODAL, P302], **{TOTAL_PK: 4_161_557_265})
    assert (report.total_pagu, report.total_realisasi_anggaran) == (None, None)
    assert "P1.01" in anggaran_said(report, "galat")["A3"]
