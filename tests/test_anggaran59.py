"""anggaran59: the Anggaran sheet as SIPD exports and staff paste it.

- A quarter's spending typed "belum ada SP2D (Rp 0)": a galat "bukan angka" (the program's realisasi and
  penyerapan not computed) while Kinerja reads the same kind of text on; now read as the 0 it names, with
  a peringatan at the cell.
- A total row typed in ribuan (``10.194.300`` for the programs' Rp 10.194.300.230) or with three zeros too
  many: "lain dari jumlah ... kurang Rp 10.184.105.930: periksa program yang belum ditulis"; now the
  peringatan names the scale slip and the figure to type.
- Funding-source rows under a program (`DAU`, `DAK`, `PAD` with their share of its pagu and spending): with
  a blank Kode a galat each, the totals left unchecked (Total Pagu of Tabel 3.4 none); typed in the Kode
  column, counted as programs of their own (the total doubled); `PAD` told a revenue row. Now each is left
  out with a peringatan naming the program it is part of, the totals counted and checked.
- The DPA's 5.1 TW II typed `-` (or a figure short of its lines') under a program whose TW II holds its
  lines: two "tidak sama", the program's saying it spent Rp 600.000.000 more than its rincian (the lines
  it holds); now the one at 5.1 against its lines.
- A program's pagu typed in ribuan (`1.200.000` for Rp 1,2 M) over SIPD Kegiatan rows in rupiah: "tidak sama
  dengan jumlah rinciannya ... kurang Rp 1.198.800.000" and a "melebihi pagu ... kumulatif" at its quarter
  (told of a program alone since anggaran58 as a pagu in ribuan); now the pagu's peringatan names the slip
  and the quarter's advice is gone, as for a program alone.
- SIPD's Kegiatan with a blank Pagu over Sub Kegiatan rows with theirs, no program row: the Kegiatan a
  "program" with galat "Pagu kosong", its Sub Kegiatan programs too (spending typed on both counted twice),
  the Kinerja program without budget; now its Pagu is its Sub Kegiatan's sum, said, and the program is made.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    anggaran_three_programs,
    budget_of,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_anggaran56 import _PROGRAM, _dpa, _kinerja
from tests.test_engine import anggaran_row, run
from tests.test_spending_status_zero import NOTHING_YET

# --- "belum ada SP2D (Rp 0)": nothing spent yet, read as Rp 0 -----------------------------------------


@pytest.mark.parametrize("typed", ["belum ada SP2D (Rp 0)", "Belum ada SP2D, Rp 0,00", *NOTHING_YET])
def test_nothing_spent_yet_with_its_zero_is_read_as_rp_0_with_a_peringatan(typed):
    # Pagu 500.000.000, TW I 100.000.000, TW II the text: s.d. TW II 100.000.000 + 0 = 100.000.000,
    # 100.000.000 / 500.000.000 = 20 % (before: galat "bukan angka", realisasi and penyerapan none)
    report = run(
        _kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", "500.000.000", ("100.000.000", typed, None, None))]
    )
    program = budget_of(report, "2.06.04")
    assert (program.realisasi_exact, program.penyerapan) == (Fraction(100_000_000), 20)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    said = findings_by_cell(report, "Anggaran")["G2"]
    assert f'"{typed}" dibaca Rp 0' in said and "TW II" in said, said


def test_nothing_spent_yet_in_the_first_quarter_keeps_the_next_one_counted():
    # TW I "belum ada SP2D (Rp 0)", TW II 150.000.000: s.d. TW II 0 + 150.000.000 = 150.000.000 of
    # 600.000.000 = 25 %
    rows = [
        anggaran_row(
            "2.06.04", _PROGRAM, "", "Rp 600.000.000", ("belum ada SP2D (Rp 0)", "Rp 150.000.000", None, None)
        )
    ]
    program = budget_of(run(_kinerja(), rows), "2.06.04")
    assert (program.realisasi_exact, program.penyerapan) == (Fraction(150_000_000), 25)


@pytest.mark.parametrize(
    "typed", ["sementara Rp 0", "belum ada SP2D", "belum ada SP2D (Rp 40 jt)", "belum ada SP2D (2 lembar)"]
)
def test_a_provisional_zero_or_another_figure_stays_a_galat(typed):
    # not "nothing spent yet" with its zero: a provisional figure, no figure, a sum that is spending after
    # all, a count of documents: no realisasi guessed
    report = run(
        _kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", "500.000.000", ("100.000.000", typed, None, None))]
    )
    assert budget_of(report, "2.06.04").penyerapan is None
    assert "G2" in findings_by_cell(report, "Anggaran", GALAT)


# --- A total row in another scale than its programs ---------------------------------------------------


def _with_total(pagu, spent=None):
    # the seed's three programs (helpers_anggaran: pagu 10.194.300.230, spent s.d. TW II 1.371.490.750)
    # and a "JUMLAH" row under them: Pagu ``pagu``, TW II ``spent``
    rows = [*anggaran_three_programs(), anggaran_row("", "JUMLAH", "", pagu, (None, spent, None, None))]
    return run(kinerja_three_programs(), rows)


@pytest.mark.parametrize("pagu", ["10.194.300", "Rp 10.194.300", 10_194_300])
def test_a_total_pagu_typed_in_ribuan_is_told_so(pagu):
    # 10.194.300 x 1.000 = 10.194.300.000, 230 short of 10.194.300.230 (the ribuan cut): "dalam ribuan",
    # never "periksa program yang belum ditulis" (no program is missing); the totals counted from the rows
    report = _with_total(pagu)
    said = findings_by_cell(report, "Anggaran")["D5"]
    assert "kurang Rp 10.184.105.930" in said, said  # 10.194.300.230 - 10.194.300
    assert "ribuan rupiah" in said and "tulis dalam rupiah penuh, 10.194.300.230" in said, said
    assert "belum ditulis" not in said, said
    assert report.total_pagu == THREE_PROGRAMS_PAGU


def test_a_total_pagu_with_three_zeros_too_many_is_told_so():
    # 10.194.300.230.000 = 1.000 x 10.194.300.230: lebih 10.194.300.230 x 999 = 10.184.105.929.770
    said = findings_by_cell(_with_total("10.194.300.230.000"), "Anggaran")["D5"]
    assert "lebih Rp 10.184.105.929.770" in said and "3 angka nol berlebih" in said, said
    assert "tulis 10.194.300.230" in said and "belum ditulis" not in said, said


def test_a_total_realisasi_typed_in_ribuan_rounded_is_told_so():
    # TW II 1.371.491 (1.371.490.750 rounded in ribuan: 1.371.491.000, 250 over): said at its cell, the
    # pagu typed right quiet
    said = findings_by_cell(_with_total("10.194.300.230", "1.371.491"), "Anggaran")
    assert "D5" not in said, said
    assert "ribuan rupiah" in said["G5"] and "1.371.490.750" in said["G5"], said


def test_a_total_missing_a_program_keeps_its_advice():
    # 10.194.300.230 - 82.706.300 (P3.02 left out) = 10.111.593.930: no slip of scale
    said = findings_by_cell(_with_total("10.111.593.930"), "Anggaran")["D5"]
    assert "periksa program yang belum ditulis" in said and "ribuan" not in said, said
    assert THREE_PROGRAMS_SPENT == 1_371_490_750  # (the spending the realisasi test rounds)


# --- Funding-source rows under a program -------------------------------------------------------------


def _funded(first=("", "DAU"), second=("", "PAD"), total="1.200.000.000"):
    # program 2.06.04 Pagu 1.200.000.000 (TW I 150 jt, TW II 300 jt) over two funding rows (700 jt: 100 +
    # 200 jt; 500 jt: 50 + 100 jt) and a JUMLAH row ``total`` (TW I 150 jt, TW II 300 jt)
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
        anggaran_row(*first, "", "700.000.000", ("100.000.000", "200.000.000", None, None)),
        anggaran_row(*second, "", "500.000.000", ("50.000.000", "100.000.000", None, None)),
        anggaran_row("", "JUMLAH", "", total, ("150.000.000", "300.000.000", None, None)),
    ]
    return run(_kinerja(), rows)


@pytest.mark.parametrize(
    "first, second",
    [
        (("", "DAU"), ("", "PAD")),
        (("", "- Sumber dana DAK Fisik"), ("", "Pendapatan Asli Daerah")),
        (("DAU", "Dana Alokasi Umum"), ("DAK", "Dana Alokasi Khusus")),
        (("DAU", ""), ("PAD", "")),
    ],
)
def test_funding_rows_under_a_program_are_left_out_with_a_word(first, second):
    # counted: the program alone, 1.200.000.000, s.d. TW II 150 + 300 = 450.000.000, 37,5 % (before: a blank
    # Kode a galat and the total none; a Kode "DAU" a program, the total 1.200 + 700 + 500 = 2.400.000.000)
    report = _funded(first, second)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 450_000_000)
    assert budget_of(report, "2.06.04").penyerapan == Fraction(75, 2)
    said = findings_by_cell(report, "Anggaran")
    for row in (3, 4):
        cell = f"B{row}" if (first if row == 3 else second)[1] else f"A{row}"
        assert "rincian sumber dana 2.06.04" in said[cell] and "tidak dihitung" in said[cell], said
    assert "D5" not in said, said  # the JUMLAH row agrees with the program


def test_funding_rows_keep_the_total_row_checked():
    # JUMLAH 1.300.000.000 against the program's 1.200.000.000: lebih Rp 100.000.000, said (before: silent,
    # the DAU row's galat left every total unchecked)
    said = findings_by_cell(_funded(total="1.300.000.000"), "Anggaran")
    assert "lebih Rp 100.000.000" in said["D5"], said


def test_a_funding_row_under_a_program_without_pagu_keeps_its_galat():
    # the program's Pagu blank: the DAU row's figures are not "already in it"; the galat as before
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", None, ("150.000.000", "300.000.000", None, None)),
        anggaran_row("", "DAU", "", "700.000.000", ("100.000.000", "200.000.000", None, None)),
    ]
    galat = findings_by_cell(run(_kinerja(), rows), "Anggaran", GALAT)
    assert "rincian sumber dana" in galat["A3"], galat


# --- 5.1's quarter a slip under a program holding its lines -----------------------------------------


@pytest.mark.parametrize("tw2", ["-", "Rp -", "60.000.000"])
def test_a_5_1_quarter_short_of_its_lines_is_said_once_at_5_1(tw2):
    # test_anggaran56._dpa: program 3.000 jt (TW I 500 jt, TW II 700 jt) over 5.1 2.500 jt (TW I 400 jt, TW II
    # ``tw2``) over 5.1.02 (100 + 250 jt) and 5.1.06 (300 + 350 jt), and 5.2 (100 + 100 jt). The program's
    # 700 jt = 250 + 350 + 100 jt: 5.1's TW II is the slip. Counted: the program, 500 + 700 = 1.200.000.000
    # of 3.000.000.000 = 40 %. Said once, at 5.1's TW II (G3): s.d. TW II 400 jt + ``tw2`` against its lines'
    # 1.000.000.000 (before: also at G2, "program ... lebih Rp 600.000.000" or 540 jt)
    rows = _dpa()
    rows[1] = anggaran_row(
        "5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", tw2, None, None)
    )
    report = run(_kinerja(), rows)
    program = budget_of(report, "2.06.04")
    assert (program.realisasi_exact, program.penyerapan) == (Fraction(1_200_000_000), 40)
    said = findings_by_cell(report, "Anggaran")
    own = 400_000_000 + (60_000_000 if tw2[0].isdigit() else 0)
    short = 1_000_000_000 - own  # 600.000.000 or 540.000.000
    assert "G2" not in said and "F3" not in said, said
    assert "jenis belanja 5.1" in said["G3"] and f"kurang Rp {short:,}".replace(",", ".") in said["G3"], said


def test_a_program_disagreeing_with_the_lines_too_keeps_both():
    # 5.1's TW II "-" and the program's TW II 800 jt (lines 250 + 350 + 100 = 700 jt): the program differs
    # from its lines as well (lebih Rp 100.000.000 read so): both said, each as typed
    rows = _dpa()
    rows[0] = anggaran_row(
        "2.06.04", _PROGRAM, "", "Rp 3.000.000.000,00", ("Rp 500.000.000,00", "Rp 800.000.000,00", None, None)
    )
    rows[1] = anggaran_row(
        "5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", "-", None, None)
    )
    said = findings_by_cell(run(_kinerja(), rows), "Anggaran")
    assert {"G2", "G3"} <= set(said), said


# --- A program's pagu in ribuan over Kegiatan rows in rupiah -----------------------------------------


def _ribuan_over_kegiatan(pagu="1.200.000", a="700.000.000", b="500.000.000"):
    # program 2.06.04 Pagu ``pagu``, TW I 150 jt, TW II 300 jt; Kegiatan 2.06.04.1.01 ``a`` (100 + 200 jt)
    # and 2.06.04.1.02 ``b`` (50 + 100 jt): s.d. TW II 450.000.000 both
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", pagu, ("150.000.000", "300.000.000", None, None)),
        anggaran_row("2.06.04.1.01", "Kegiatan A", "", a, ("100.000.000", "200.000.000", None, None)),
        anggaran_row("2.06.04.1.02", "Kegiatan B", "", b, ("50.000.000", "100.000.000", None, None)),
    ]
    return run(_kinerja(), rows)


def test_a_program_pagu_in_ribuan_over_kegiatan_in_rupiah_is_told_once_at_the_pagu():
    # 1.200.000 x 1.000 = 1.200.000.000 = 700 jt + 500 jt: the slip named at D2; the "melebihi pagu ...
    # kumulatif" advice at G2 gone (wrong for this slip). A galat since anggaran60, as a program alone's
    # (counted as typed before: pagu 1.200.000, 450.000.000 / 1.200.000 = 37.500 % printed)
    report = _ribuan_over_kegiatan()
    program = budget_of(report, "2.06.04")
    assert (program.pagu_exact, program.penyerapan) == (None, None)
    assert "G2" not in findings_by_cell(report, "Anggaran")
    said = findings_by_cell(report, "Anggaran", GALAT)
    assert "kurang Rp 1.198.800.000" in said["D2"], said  # 1.200.000.000 - 1.200.000
    assert "ribuan rupiah" in said["D2"] and "tulis dalam rupiah penuh, 1.200.000.000" in said["D2"], said
    assert "G2" not in said, said


def test_a_pagu_off_by_a_kegiatan_is_no_ribuan():
    # Kegiatan B 400 jt: 700 + 400 = 1.100.000.000 against a right pagu of 1.200.000.000: kurang 100 jt,
    # no scale named
    said = findings_by_cell(_ribuan_over_kegiatan("1.200.000.000", b="400.000.000"), "Anggaran")
    assert "lebih Rp 100.000.000" in said["D2"] and "ribuan" not in said["D2"], said


# --- A SIPD Kegiatan's blank Pagu over its Sub Kegiatan, no program row --------------------------------


@pytest.mark.parametrize("a_tws", [(None, None), ("100.000.000", "200.000.000")])
def test_a_kegiatan_blank_pagu_over_its_sub_kegiatan_is_their_sum(a_tws):
    # Kegiatan A blank over A1 400 jt (50 + 100 jt) and A2 300 jt (50 + 100 jt); Kegiatan B 500 jt (50 + 100
    # jt) over B1 the same. Program 2.06.04 (Kinerja, no Anggaran row) = A (400 + 300 = 700 jt) + B 500 jt
    # = 1.200.000.000, s.d. TW II (100 + 200) + (50 + 100) = 450.000.000, 37,5 %; each row once (before: a
    # galat "Pagu program Kegiatan A kosong", A1, A2, B1 counted as programs of their own)
    p = "2.06.04"
    rows = [
        anggaran_row(f"{p}.1.01", "Kegiatan A", "", None, (*a_tws, None, None)),
        anggaran_row(
            f"{p}.1.01.0001", "Sub Kegiatan A1", "", "400.000.000", ("50.000.000", "100.000.000", None, None)
        ),
        anggaran_row(
            f"{p}.1.01.0002", "Sub Kegiatan A2", "", "300.000.000", ("50.000.000", "100.000.000", None, None)
        ),
        anggaran_row(f"{p}.1.02", "Kegiatan B", "", "500.000.000", ("50.000.000", "100.000.000", None, None)),
        anggaran_row(
            f"{p}.1.02.0001", "Sub Kegiatan B1", "", "500.000.000", ("50.000.000", "100.000.000", None, None)
        ),
    ]
    report = run(_kinerja(), rows)
    assert [b.kode for b in report.budgets] == [p]
    program = budget_of(report, p)
    assert (program.pagu_exact, program.realisasi_exact, program.penyerapan) == (
        1_200_000_000,
        450_000_000,
        37.5,
    )
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 450_000_000)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    said = findings_by_cell(report, "Anggaran")["D2"]
    assert (
        "Pagu kegiatan 2.06.04.1.01 kosong: diisi jumlah rinciannya" in said and "Rp 700.000.000" in said
    ), said
