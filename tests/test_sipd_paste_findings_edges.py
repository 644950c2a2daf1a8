"""Edges of what a SIPD paste's rows say since sipd49 (tests/test_sipd_paste_findings.py): a rincian
spending above its own pagu while the sums add up still speaks; rows not contiguous (a blank row
between, two programs' rows interleaved) are named by their own rows, at the range from the first to
the last, as every finding said once for several cells is (findings.group_column)."""

from __future__ import annotations

from tests.helpers_anggaran import kinerja_three_programs
from tests.test_engine import anggaran_row, run
from tests.test_sipd_paste_findings import _paste


def _said(rows) -> dict[str, str]:
    report = run(kinerja_three_programs(), rows)
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran"}


def test_a_sub_kegiatan_above_its_own_pagu_speaks_though_the_sums_add_up():
    rows = _paste()
    # Pendataan (Excel row 4) pagu 50.000.000, spent 30 + 60 = 90.000.000 s.d. TW II: 40.000.000 above;
    # Pelatihan takes the rest of its Kegiatan's pagu, 2.000.000.000 - 50.000.000 = 1.950.000.000: every
    # sum still adds up (pagu 2.000.000.000, realisasi 140.000.000)
    rows[2] = anggaran_row("2.17.03.2.01.0001", "Pendataan Usaha Mikro", None, "50.000.000", ("30.000.000", "60.000.000", None, None))  # fmt: skip
    rows[3] = anggaran_row("2.17.03.2.01.0002", "Pelatihan Usaha Mikro", None, "1.950.000.000", ("10.000.000", "40.000.000", None, None))  # fmt: skip
    said = _said(rows)
    assert "lebih Rp 40.000.000" in said.pop("G4"), said
    assert said.pop("A3:A7").startswith("Kode 2.17.03.2.01 s.d. 2.17.03.2.02.0001 (5 baris: baris 3-7)")
    assert said == {}, said


def test_a_blank_row_between_names_the_rows_themselves():
    rows = _paste()
    rows.insert(3, [None] * 9)  # a blank row at Excel row 5: Pelatihan moves to row 6
    # Pelatihan's TW II 45.000.000 for 40.000.000: its Kegiatan (row 3) 5.000.000 short of its rows
    rows[4] = anggaran_row("2.17.03.2.01.0002", "Pelatihan Usaha Mikro", None, "800.000.000", ("10.000.000", "45.000.000", None, None))  # fmt: skip
    said = _said(rows)
    assert "kurang Rp 5.000.000" in said.pop("G3")
    group = said.pop("A3:A8")  # rows 3, 4, 6, 7, 8: the blank row 5 is not among them
    assert group.startswith("Kode 2.17.03.2.01 s.d. 2.17.03.2.02.0001 (5 baris: baris 3-4, 6-8)"), group
    assert said == {}, said


def test_two_programs_rows_interleaved_are_named_each_with_its_own_rows():
    p = _paste()
    # 2.17.03 (row 2), 2.17.04 (row 3), then their rows alternating: 2.17.03's at rows 4, 6, 8, 10, 11,
    # 2.17.04's at rows 5, 7, 9; then 3.30.03 and its rows (12-14)
    rows = [p[0], p[6], p[1], p[7], p[2], p[8], p[3], p[9], p[4], p[5], *p[10:]]
    # Pendataan (row 6) TW II 65.000.000 for 60.000.000; Promosi (row 9) TW II 1.000.000 for "-"
    rows[4] = anggaran_row("2.17.03.2.01.0001", "Pendataan Usaha Mikro", None, "1.200.000.000", ("30.000.000", "65.000.000", None, None))  # fmt: skip
    rows[7] = anggaran_row("2.17.04.2.01.0002", "Promosi UMKM", None, "32.706.300", ("-", "1.000.000", None, None))  # fmt: skip
    said = _said(rows)
    assert "kurang Rp 5.000.000" in said.pop("G4")  # Kegiatan 2.17.03.2.01: 140 jt, its rows 145 jt
    assert "kurang Rp 1.000.000" in said.pop("G5")  # Kegiatan 2.17.04.2.01: 1,8 jt, its rows 2,8 jt
    assert "(5 baris: baris 4, 6, 8, 10-11)" in said.pop("A4:A11")
    assert "(3 baris: baris 5, 7, 9)" in said.pop("A5:A9")
    assert said == {}, said
