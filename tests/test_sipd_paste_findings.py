"""A Dinas's Anggaran pasted from SIPD as SIPD exports it: each Program row with its Kegiatan and Sub
Kegiatan rows (Kode, pagu, quarterly realisasi). Rows that add up to their program say nothing (a trial
got one peringatan per rincian row, 11 here, on rows that are right); where a program's rows must be
named (a sum that differs), they are named once for the program, never once per row."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.model import PERINGATAN
from tests.helpers_anggaran import (
    PENGEMBANGAN,
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    UMKM,
    anggaran_findings,
    assert_only_the_programs_counted,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run

SARANA = "PROGRAM SARANA DISTRIBUSI"


def _paste() -> list[list]:
    """The seed's three programs (Tabel 3.4 rows 6, 7, 9; helpers_anggaran.anggaran_three_programs) with
    their SIPD rows, split by hand so that each level adds up to the one above it:
    2.17.03 3.578.850.965 (TW I 47.853.500, TW II 110.000.000)
      = .2.01 2.000.000.000 (40.000.000, 100.000.000)
          = .0001 1.200.000.000 (30.000.000, 60.000.000) + .0002 800.000.000 (10.000.000, 40.000.000)
      + .2.02 1.578.850.965 (7.853.500, 10.000.000) = its one Sub Kegiatan .0001
    2.17.04 82.706.300 (TW II 1.800.000) = .2.01 = .0001 50.000.000 (1.800.000) + .0002 32.706.300 (-)
    3.30.03 6.532.742.965 (TW II 1.211.837.250) = .2.01
      = .0001 6.000.000.000 (1.111.837.250) + .0002 532.742.965 (100.000.000)."""
    return [
        anggaran_row("2.17.03", UMKM, None, "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
        anggaran_row("2.17.03.2.01", "Kegiatan Pemberdayaan Usaha Mikro", None, "2.000.000.000", ("40.000.000", "100.000.000", None, None)),
        anggaran_row("2.17.03.2.01.0001", "Pendataan Usaha Mikro", None, "1.200.000.000", ("30.000.000", "60.000.000", None, None)),
        anggaran_row("2.17.03.2.01.0002", "Pelatihan Usaha Mikro", None, "800.000.000", ("10.000.000", "40.000.000", None, None)),
        anggaran_row("2.17.03.2.02", "Kegiatan Pengembangan Usaha Mikro", None, "1.578.850.965", ("7.853.500", "10.000.000", None, None)),
        anggaran_row("2.17.03.2.02.0001", "Fasilitasi Usaha Mikro", None, "1.578.850.965", ("7.853.500", "10.000.000", None, None)),
        anggaran_row("2.17.04", PENGEMBANGAN, None, "82.706.300", ("-", "1.800.000", None, None)),
        anggaran_row("2.17.04.2.01", "Kegiatan Pengembangan UMKM", None, "82.706.300", ("-", "1.800.000", None, None)),
        anggaran_row("2.17.04.2.01.0001", "Pendampingan UMKM", None, "50.000.000", ("-", "1.800.000", None, None)),
        anggaran_row("2.17.04.2.01.0002", "Promosi UMKM", None, "32.706.300", ("-", "-", None, None)),
        anggaran_row("3.30.03", SARANA, None, "6.532.742.965", ("-", "1.211.837.250", None, None)),
        anggaran_row("3.30.03.2.01", "Kegiatan Sarana Distribusi", None, "6.532.742.965", ("-", "1.211.837.250", None, None)),
        anggaran_row("3.30.03.2.01.0001", "Pembangunan Pasar", None, "6.000.000.000", ("-", "1.111.837.250", None, None)),
        anggaran_row("3.30.03.2.01.0002", "Revitalisasi Pasar", None, "532.742.965", ("-", "100.000.000", None, None)),
    ]  # fmt: skip


def test_a_normal_sipd_paste_says_nothing_of_its_rows():
    report = run(kinerja_three_programs(), _paste())
    # counted by hand: every Kegiatan adds up to its program and every Sub Kegiatan to its Kegiatan
    # (pagu and realisasi s.d. TW II), no cell mistyped: 0 findings on Anggaran
    assert anggaran_findings(report) == {}
    assert_only_the_programs_counted(report)  # 10.194.300.230 and 1.371.490.750, the programs' alone


def test_a_program_whose_rows_differ_names_them_once():
    rows = _paste()
    # Pelatihan Usaha Mikro's TW II typed 45.000.000 in place of 40.000.000: Kegiatan 2.17.03.2.01's
    # Sub Kegiatan add up to 60 + 45 + 30 + 10 = 145.000.000 s.d. TW II, not its 140.000.000
    rows[3] = anggaran_row("2.17.03.2.01.0002", "Pelatihan Usaha Mikro", None, "800.000.000", ("10.000.000", "45.000.000", None, None))  # fmt: skip
    report = run(kinerja_three_programs(), rows)
    said = {sel: f.pesan for sel, f in anggaran_findings(report).items() if f.severity == PERINGATAN}
    # the Kegiatan row (Excel row 3) is told the difference at its realisasi s.d. TW II (G3) ...
    assert "Rp 5.000.000" in said.pop("G3")
    # ... and the program's five SIPD rows (Excel rows 3-7) are named once, at their Kode cells
    group = said.pop("A3:A7")
    assert group.startswith("Kode 2.17.03.2.01 s.d. 2.17.03.2.02.0001 (5 baris: baris 3-7)"), group
    assert "rincian program 2.17.03" in group and "tidak dihitung" in group
    assert said == {}  # the other two programs' rows add up: nothing said of them
    # the program's own figures are counted, never its rows'
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
    assert Fraction(1_371_490_750) == THREE_PROGRAMS_SPENT


def test_the_rekap_lists_a_program_s_rows_said_once():
    from lkj_xl.core.rekap_catatan import catatan_angka

    rows = _paste()
    rows[3] = anggaran_row("2.17.03.2.01.0002", "Pelatihan Usaha Mikro", None, "800.000.000", ("10.000.000", "45.000.000", None, None))  # fmt: skip
    left_out, text = catatan_angka(run(kinerja_three_programs(), rows).findings)
    # the five rows of 2.17.03 (Excel rows 3-7) said in one peringatan count once, as any finding said
    # once for several cells does, beside the Kegiatan's sum not used at G3 (about a figure left out): 2
    assert left_out == 1 + 1
    assert text is not None and "Anggaran!A3:A7: Kode 2.17.03.2.01 s.d." in text
    # a normal paste: nothing left out is said, nothing counted
    assert catatan_angka(run(kinerja_three_programs(), _paste()).findings) == (0, None)
