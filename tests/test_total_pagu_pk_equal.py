"""Pengaturan's Total Pagu Perjanjian Kinerja typed equal to the programs' pagu as the Perjanjian Kinerja
gives them is no difference. After the APBD-P the PK signed at the start of the year gives each program
its Pagu (the column before Pagu Perubahan), a PK revised after it gives the Pagu Perubahan: a Total
equal to either sum is right. It was a peringatan at the Total when it equalled the Pagu column's sum
(a program row's Pagu Perubahan, or a Kegiatan row's of a program made of its SIPD rows,
program_from_rincian, with no word of the revision). A Total that is neither is still said,
with both sums."""

from __future__ import annotations

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.kalimat import total_pk_beda
from lkj_xl.core.parse import parse_workbook
from tests.helpers_anggaran import kinerja_three_programs
from tests.test_engine import anggaran_row, grid, pengaturan

M = 1_000_000


def _row(kode, pagu, perubahan=None):
    return anggaran_row(
        kode, f"Program {kode}", None, pagu, (None, 10 * M, None, None), pagu_perubahan=perubahan
    )


# 2.17.03's row revised 1.000 jt -> 1.200 jt; 2.17.04 500 jt; 3.30.03 300 jt.
# Pagu (PK): 1.000 + 500 + 300 = 1.800 jt; after the APBD-P: 1.200 + 500 + 300 = 2.000 jt.
PROGRAM_ROWS = [_row("2.17.03", 1_000 * M, 1_200 * M), _row("2.17.04", 500 * M), _row("3.30.03", 300 * M)]
# 2.17.03 without a row of its own, made of its SIPD Kegiatan (program_from_rincian): 600 jt revised to
# 800 jt and 400 jt; Pagu 600 + 400 + 500 + 300 = 1.800 jt, after the APBD-P 800 + 400 + 500 + 300 = 2.000 jt
KEGIATAN_ROWS = [
    _row("2.17.03.2.01", 600 * M, 800 * M),
    _row("2.17.03.2.02", 400 * M),
    _row("2.17.04", 500 * M),
    _row("3.30.03", 300 * M),
]
# the program's row and its SIPD Kegiatan, both revised: as PROGRAM_ROWS
WITH_RINCIAN = [PROGRAM_ROWS[0], *KEGIATAN_ROWS[:2], *PROGRAM_ROWS[1:]]
SHAPES = {"program rows": PROGRAM_ROWS, "from kegiatan": KEGIATAN_ROWS, "with rincian": WITH_RINCIAN}


def _report(rows, total):
    book = {
        "Pengaturan": pengaturan(2, **{c.P_TOTAL_PAGU: total}),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_three_programs()]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS), *rows]),
    }
    return compute(parse_workbook(book))


def _total_said(report):
    return [f.pesan for f in report.findings if f.sheet == c.SHEET_PENGATURAN]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("total", ["1.800.000.000", "2.000.000.000", "Rp 1,8 M", "2.000 juta"])
def test_a_total_equal_to_the_pk_pagu_before_or_after_the_apbd_p_is_no_difference(shape, total):
    report = _report(SHAPES[shape], total)
    assert report.total_pagu == 2_000 * M  # Tabel 3.4 counts the Pagu Perubahan: 1.200 + 500 + 300 jt
    assert _total_said(report) == []
    # the note under Tabel 3.4 (no finding) compares the Total with the PK's Pagu column: quiet at it,
    # and a Total at the Pagu Perubahan is named beside that sum (tests/test_reader_round6.py).
    # (revsipd49: it said "lebih Rp 200.000.000 dari jumlah pagu Perjanjian Kinerja program", a
    # difference where the finding sees none; one reading: such a Total is the PK amended after the
    # APBD-P, said equal to the Pagu Perubahan sum, 1.200 + 500 + 300 = 2.000 jt)
    note = total_pk_beda(report.budgets, report.settings)
    if total in ("1.800.000.000", "Rp 1,8 M"):
        assert note == ""
    else:
        assert note.endswith("Rp 2.000.000.000, sama dengan jumlah Pagu Perubahan program"), note
        assert "lebih" not in note and "kurang" not in note


@pytest.mark.parametrize("shape", SHAPES)
def test_a_total_equal_to_neither_is_still_said(shape):
    # 1.900 jt: 100 jt below the 2.000 jt counted, 100 jt above the PK's 1.800 jt
    report = _report(SHAPES[shape], "1.900.000.000")
    (said,) = _total_said(report)
    assert "Rp 2.000.000.000" in said and "Rp 1.900.000.000" in said and "lebih Rp 100.000.000" in said, said
    assert "lebih Rp 100.000.000" in total_pk_beda(report.budgets, report.settings)


def test_no_revision_a_total_equal_to_the_pagu_says_nothing_and_one_jt_off_is_said():
    rows = [_row("2.17.03", 1_000 * M), _row("2.17.04", 500 * M), _row("3.30.03", 300 * M)]
    assert _total_said(_report(rows, "1.800.000.000")) == []  # 1.000 + 500 + 300 jt
    (said,) = _total_said(_report(rows, "1.801.000.000"))
    assert "kurang Rp 1.000.000" in said, said  # 1.800 jt counted, 1 jt below the Total
