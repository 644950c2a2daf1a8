"""A SIPD paste's rows that cannot be compared with their program (a Sub Kegiatan's TW II typed
`belum ada SP2D`, a Kegiatan's pagu unreadable): since sipd49 rows that add up say nothing, and rows the
sum check could not read were taken for rows that add up: the paste said nothing at all, though the
Sub Kegiatan's spending is not known to be in its program's figure."""

from __future__ import annotations

from tests.helpers_anggaran import kinerja_three_programs
from tests.test_engine import anggaran_row, run
from tests.test_sipd_paste_findings import _paste


def _said(rows) -> dict[str, str]:
    report = run(kinerja_three_programs(), rows)
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran"}


def test_a_status_in_a_sub_kegiatan_s_quarter_names_its_program_s_rows():
    rows = _paste()
    # Pelatihan Usaha Mikro (Excel row 5) TW II (column G) typed as a status: its Kegiatan's 100.000.000
    # s.d. TW II (row 3) cannot be compared with its Sub Kegiatan
    rows[3] = anggaran_row("2.17.03.2.01.0002", "Pelatihan Usaha Mikro", None, "800.000.000", ("10.000.000", "belum ada SP2D", None, None))  # fmt: skip
    said = _said(rows)
    group = said.pop("A3:A7")  # the program 2.17.03's five SIPD rows (Excel rows 3-7), once
    assert group.startswith("Kode 2.17.03.2.01 s.d. 2.17.03.2.02.0001 (5 baris: baris 3-7)"), group
    assert "Anggaran!G5" in group and "tidak dicocokkan" in group, group
    assert said == {}, said  # the other programs' rows add up: nothing


def test_an_unreadable_kegiatan_pagu_names_its_program_s_rows_beside_its_galat():
    rows = _paste()
    # 2.17.04's Kegiatan (Excel row 9) pagu typed with a letter O: its galat at D9, and its rows named
    rows[7] = anggaran_row("2.17.04.2.01", "Kegiatan Pengembangan UMKM", None, "82.7o6.300", ("-", "1.800.000", None, None))  # fmt: skip
    said = _said(rows)
    assert "D9" in said, said
    group = said["A9:A11"]
    assert "Anggaran!D9" in group and "tidak dicocokkan" in group, group


def test_rows_that_add_up_still_say_nothing():
    assert _said(_paste()) == {}  # tests/test_sipd_paste_findings.py's paste, every level adding up
