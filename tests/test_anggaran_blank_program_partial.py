"""A program's blank realisasi quarter is filled from its rincian only when the rincian is the whole of
it: the rows' pagu adds up to the program's pagu (or its Pagu before a Pagu Perubahan), above the
program as below it. A partial rincian's spending is not the program's: the program keeps its blank
(counted nol) and the rows' sum is said at its cell. Rows carrying no pagu at all (Kegiatan of Kinerja
typed with spending only) are surely the program's, so their sum is at least what it spent: taken, the
peringatan saying it is a lower bound."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import findings_by_cell
from tests.test_anggaran_rincian import kinerja as p301_kinerja
from tests.test_engine import anggaran_row, messages, run
from tests.test_mend32a import S3_KINERJA

FILLED = "kosong: diisi jumlah rinciannya"
BLANK = (None, None, None, None)


def _program(tws=BLANK, pagu="500 jt", perubahan=None, kode_sasaran="S3"):
    return anggaran_row("P3.01", "PROGRAM PEMBERDAYAAN UMKM", kode_sasaran, pagu, tws, perubahan)


def _p301(report):
    (budget,) = [b for b in report.budgets if b.kode == "P3.01"]
    return budget


# The brief's case: one 5.1 line (pagu 300 jt, TW II 120 jt) of P3.01's 500 jt; the 200 jt left (5.2)
# not pasted. 120 jt is what 5.1 spent, not what P3.01 spent.
LINE = [anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (None, "120 jt", None, None))]


@pytest.mark.parametrize("above", [True, False])
def test_a_partial_dpa_line_does_not_fill_the_blank_program_on_either_side(above):
    rows = [*LINE, _program()] if above else [_program(), *LINE]
    report = run(S3_KINERJA, rows)
    # P3.01 keeps its blank TW II: nothing counted spent (it was 120 jt below, 0 above)
    assert (_p301(report).pagu, _p301(report).realisasi) == (500_000_000, 0)
    assert [b.kode for b in report.budgets] == ["P3.01"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (500_000_000, 0)
    assert not [m for m in messages(report) if FILLED in m], messages(report)
    # the rows' spending (Rp 120.000.000) is said at P3.01's TW II cell either side
    note = findings_by_cell(report, "Anggaran")[f"G{3 if above else 2}"]
    assert "Rp 120.000.000" in note, note
    assert not findings_by_cell(report, "Anggaran", GALAT)


@pytest.mark.parametrize(
    "kinerja, kode",
    [(p301_kinerja(), "K3.01.01"), (S3_KINERJA, "P3.01.2.01")],
    ids=["kegiatan-of-kinerja", "sipd-kegiatan"],
)
def test_a_partial_kegiatan_does_not_fill_the_blank_program(kinerja, kode):
    # One Kegiatan (300 jt, TW II 120 jt) of P3.01's 500 jt: P3.01 stays at 0 spent, the 120 jt said.
    rows = [
        _program(),
        anggaran_row(kode, "Kegiatan pemberdayaan", "", "300 jt", (None, "120 jt", None, None)),
    ]
    report = run(kinerja, rows)
    assert _p301(report).realisasi == 0 == report.total_realisasi_anggaran
    assert not [m for m in messages(report) if FILLED in m], messages(report)
    assert "Rp 120.000.000" in findings_by_cell(report, "Anggaran")["G2"]


def test_kegiatan_of_kinerja_without_pagu_fill_as_a_lower_bound():
    # K3.01.01 120 jt + K3.01.03 80 jt (no pagu typed): both are P3.01's in Kinerja, so P3.01 spent at
    # least 200 jt (40 % of 500 jt); taken, the peringatan saying it may be more.
    rows = [
        _program(kode_sasaran=""),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan", "", None, (None, "120 jt", None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", None, (None, "80 jt", None, None)),
    ]
    report = run(p301_kinerja(), rows)
    assert (_p301(report).realisasi, _p301(report).penyerapan) == (200_000_000, 40)
    note = findings_by_cell(report, "Anggaran")["G2"]
    assert FILLED in note and "Rp 200.000.000" in note
    assert "pagu rinciannya kosong" in note and "sekurang-kurangnya" in note, note


def test_kegiatan_with_pagu_not_adding_up_beside_one_without_fill_nothing():
    # K3.01.01 300 jt (120 jt) and K3.01.03 no pagu (80 jt): the pagu typed (300 jt) is not P3.01's
    # 500 jt, so the rows may not be the whole of it: P3.01 stays at 0.
    rows = [
        _program(kode_sasaran=""),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan", "", "300 jt", (None, "120 jt", None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", None, (None, "80 jt", None, None)),
    ]
    report = run(p301_kinerja(), rows)
    assert _p301(report).realisasi == 0
    assert not [m for m in messages(report) if FILLED in m], messages(report)


@pytest.mark.parametrize("above", [True, False])
def test_a_rincian_adding_up_to_the_pagu_before_its_perubahan_fills(above):
    # P3.01 Pagu 500 jt, Pagu Perubahan 450 jt; the DPA before the APBD-P: 300 jt + 200 jt = 500 jt,
    # TW II 120 jt + 80 jt = 200 jt: P3.01 200 jt of 450 jt, penyerapan 200 / 450 = 44,44 %.
    block = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (None, "120 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "200 jt", (None, "80 jt", None, None)),
    ]
    program = _program(perubahan="450 jt")
    report = run(S3_KINERJA, [*block, program] if above else [program, *block])
    assert (_p301(report).pagu, _p301(report).realisasi) == (450_000_000, 200_000_000)
    assert round(_p301(report).penyerapan, 2) == 44.44
    assert FILLED in findings_by_cell(report, "Anggaran")[f"G{4 if above else 2}"]


@pytest.mark.parametrize("above", [True, False])
def test_a_rincian_short_of_the_pagu_perubahan_and_the_pagu_fills_nothing(above):
    # Pagu 500 jt, Pagu Perubahan 450 jt; rows 300 jt + 100 jt = 400 jt: neither, so not the whole.
    block = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (None, "120 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "100 jt", (None, "80 jt", None, None)),
    ]
    program = _program(perubahan="450 jt")
    report = run(S3_KINERJA, [*block, program] if above else [program, *block])
    assert _p301(report).realisasi == 0
    assert not [m for m in messages(report) if FILLED in m], messages(report)


@pytest.mark.parametrize("above", [True, False])
def test_the_dpa_before_a_lowered_pagu_perubahan_is_never_counted_as_a_program(above):
    # P3.01 Pagu 500 jt lowered to 450 jt, its DPA before the APBD-P 300 jt + 200 jt = 500 jt, P3.01's
    # TW II typed 200 jt. Below it, 5.2 (200 jt) did not fit in what 450 jt left after 5.1 (150 jt): it
    # was counted as a program of its own, Tabel 3.4's TOTAL pagu 650 jt, realisasi 280 jt. It is P3.01's
    # rincian either side: TOTAL 450 jt / 200 jt.
    block = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (None, "120 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "200 jt", (None, "80 jt", None, None)),
    ]
    program = _program((None, "200 jt", None, None), perubahan="450 jt")
    report = run(S3_KINERJA, [*block, program] if above else [program, *block])
    assert [b.kode for b in report.budgets] == ["P3.01"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (450_000_000, 200_000_000)


def test_dpa_lines_without_pagu_below_a_blank_program_fill_nothing():
    # 5.1 and 5.2 with no pagu (TW II 120 jt + 80 jt) under P3.01: rows owned only by where they stand,
    # nothing says they are all of P3.01 (above it, such lines are a galat): P3.01 stays at 0 spent, the
    # 200 jt said at its cell, not taken as a lower bound as a Kegiatan of Kinerja's.
    rows = [
        _program(),
        anggaran_row("5.1", "BELANJA OPERASI", "", None, (None, "120 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", None, (None, "80 jt", None, None)),
    ]
    report = run(S3_KINERJA, rows)
    assert _p301(report).realisasi == 0 == report.total_realisasi_anggaran
    assert not [m for m in messages(report) if FILLED in m], messages(report)
    assert "Rp 200.000.000" in findings_by_cell(report, "Anggaran")["G2"]


@pytest.mark.parametrize("above", [True, False])
def test_a_partial_line_spending_where_the_program_is_blank_is_said_above_as_below(above):
    # test_anggaran_blank_program_property's falsifying example, by hand: P3.01 pagu 100 jt, TW I blank,
    # TW IV typed Rp 100.000; one 5.1 line of 1 jt (part of its DPA) spending Rp 3.000 in TW I and
    # Rp 100.000 in TW IV (P3.01's very TW IV). A TW IV report: P3.01 spent Rp 100.000 (its blank TW I
    # nol over a partial rincian), the line Rp 3.000 + Rp 100.000 = Rp 103.000 s.d. TW IV, said at
    # P3.01's TW IV cell either side. Above it the line has P3.01's figure wherever P3.01 typed one (its
    # blank TW I agrees with anything): a copy sign, so it is never counted, whatever the Total (a Total
    # typed as column D's sum must not count a copy: test_mend33i); but it went unsaid there, the
    # Rp 3.000 in TW I nowhere. Left out either side, the rows' spending is said either side.
    line = [anggaran_row("5.1", "BELANJA OPERASI", "", "1.000.000", ("3.000", None, None, "100.000"))]
    program = _program((None, None, None, "100.000"), pagu="100.000.000")
    report = run(S3_KINERJA, [*line, program] if above else [program, *line], triwulan=4)
    assert [b.kode for b in report.budgets] == ["P3.01"]
    assert (_p301(report).pagu, _p301(report).realisasi) == (100_000_000, 100_000)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (100_000_000, 100_000)
    note = findings_by_cell(report, "Anggaran")[f"I{3 if above else 2}"]
    assert "Rp 103.000" in note and "kurang Rp 3.000" in note, note
    assert not [m for m in messages(report) if FILLED in m], messages(report)
    assert not findings_by_cell(report, "Anggaran", GALAT)
