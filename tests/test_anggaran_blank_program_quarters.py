"""A blank program quarter filled from its rincian across the year: only the blank quarter is filled
(the program's typed quarters kept), every quarter when all are blank, and a sum above the program's
pagu is filled as staff would have typed it, with the "melebihi pagu" peringatan at the cell too."""

from __future__ import annotations

import pytest

from tests.helpers_anggaran import findings_by_cell
from tests.test_engine import anggaran_row, messages, run
from tests.test_mend32a import S3_KINERJA

FILLED = "kosong: diisi jumlah rinciannya"


def _program(tws):
    return anggaran_row("P3.01", "PROGRAM PEMBERDAYAAN UMKM", "S3", "500 jt", tws)


def _block(tws_51, tws_52):
    return [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", tws_51),
        anggaran_row("5.2", "BELANJA MODAL", "", "200 jt", tws_52),
    ]


def _p301(report):
    (budget,) = [b for b in report.budgets if b.kode == "P3.01"]
    return budget


@pytest.mark.parametrize("above", [True, False])
def test_only_tw_iii_blank_takes_tw_iii_of_the_rincian(above):
    # P3.01 typed TW I 50 jt, TW II 60 jt, TW III blank; 5.1 30/40/70 jt, 5.2 20/20/30 jt. TW III
    # 70 + 30 = 100 jt; s.d. TW III 50 + 60 + 100 = 210 jt of 500 jt: 42 %. The rincian's s.d. TW III
    # (30 + 40 + 70) + (20 + 20 + 30) = 210 jt agrees: no difference said.
    block = _block(("30 jt", "40 jt", "70 jt", None), ("20 jt", "20 jt", "30 jt", None))
    program = _program(("50 jt", "60 jt", None, None))
    report = run(S3_KINERJA, [*block, program] if above else [program, *block], triwulan=3)
    assert _p301(report).realisasi_tw[:3] == [50_000_000, 60_000_000, 100_000_000]
    assert (_p301(report).realisasi, _p301(report).penyerapan) == (210_000_000, 42)
    said = findings_by_cell(report, "Anggaran")
    row = 4 if above else 2
    assert FILLED in said[f"H{row}"] and "Rp 100.000.000" in said[f"H{row}"]
    assert f"F{row}" not in said and f"G{row}" not in said, said
    assert not [m for m in messages(report) if "tidak sama dengan jumlah rinciannya" in m]


@pytest.mark.parametrize("above", [True, False])
def test_every_quarter_blank_gives_the_years_sum(above):
    # TW I 30 + 20 = 50, TW II 40 + 20 = 60, TW III 70 + 30 = 100, TW IV 10 + 10 = 20 jt: the year
    # 230 jt of 500 jt, 46 %; Tabel 3.4's TOTAL alike.
    block = _block(("30 jt", "40 jt", "70 jt", "10 jt"), ("20 jt", "20 jt", "30 jt", "10 jt"))
    program = _program((None, None, None, None))
    report = run(S3_KINERJA, [*block, program] if above else [program, *block], triwulan=4)
    assert _p301(report).realisasi_tw == [50_000_000, 60_000_000, 100_000_000, 20_000_000]
    assert (_p301(report).realisasi, _p301(report).penyerapan) == (230_000_000, 46)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (500_000_000, 230_000_000)


@pytest.mark.parametrize("above", [True, False])
def test_a_rincian_spending_above_the_pagu_fills_with_the_over_pagu_peringatan(above):
    # TW II 400 jt + 250 jt = 650 jt of 500 jt (130 %): counted as if typed on the program (the
    # figure staff wrote), and said twice at the cell: filled, and above the pagu (check the quarters).
    block = _block((None, "400 jt", None, None), (None, "250 jt", None, None))
    program = _program((None, None, None, None))
    report = run(S3_KINERJA, [*block, program] if above else [program, *block])
    assert (_p301(report).realisasi, _p301(report).penyerapan) == (650_000_000, 130)
    note = findings_by_cell(report, "Anggaran")[f"G{4 if above else 2}"]
    assert FILLED in note and "melebihi pagu" in note, note
