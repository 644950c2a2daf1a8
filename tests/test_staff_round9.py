"""Cells typed the way agency staff type them (ninth round): leftovers of the eighth.
A Kinerja realisasi "100 persen" or "100%" typed as text beside a target counted in "orang", "unit",
"dokumen", or "Rp. 5.000" beside a count target: a capaian of 1000 % or 50000 % printed beside a mere
peringatan; the consistent cases (Satuan "%" with "100 persen", both sides with %) stay as they were,
and so does a cell formatted as % (read as it shows, with parse's peringatan: tests/test_oracle.py). A realisasi written as a text holding a number
("sebanyak 5") read as a status without a word, the indicator silently out of the capaian (statuses
whose digits are a year, a quarter or a date stay silent; "lima", a number word, stays a status).
The `send` e-mail calling a repeated Kode in Anggaran an unreadable anggaran cell. An Anggaran Kode
"01" against a Kinerja Kode kept by Excel as 1, with no hint.

The grids are built by hand (tests/test_engine.py's helpers); the Kinerja header is row 1, so data
rows start at 2: I Target, L Realisasi TW II. Expected figures are worked out by hand beside them.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from tests.test_engine import anggaran_row, kinerja_row, run


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel) and severity in (None, f.severity)
    ]


def _one(satuan, target, realisasi, tw1=None):
    return run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "T", "Jumlah X", target, (tw1, realisasi, None, None), satuan=satuan
            )
        ]
    )


# --- a percentage or a rupiah amount beside a count -----------------------------------------------
# Target 10 orang, realisasi "100 persen": read as 100, capaian 100 / 10 x 100 = 1000 %, printed.
# Target 10 unit, realisasi "Rp. 5.000": 5.000 / 10 x 100 = 50.000 %, printed. Neither can be
# compared with a count: a galat at the realisasi's cell, no capaian.


@pytest.mark.parametrize(
    ("satuan", "target", "realisasi", "mark"),
    [
        ("orang", "10", "100 persen", "persentase"),
        ("orang", "10", "100%", "persentase"),
        ("dokumen", "2", "50 %", "persentase"),
        ("unit", "10", "Rp. 5.000", "rupiah"),
        ("Unit", "10", "Rp 5.000", "rupiah"),
    ],
)
def test_a_percentage_or_rupiah_beside_a_count_is_a_galat_without_capaian(satuan, target, realisasi, mark):
    report = _one(satuan, target, realisasi)
    ind = report.indicators[0]
    assert ind.capaian is None and ind.kriteria is None and ind.galat == ["Kinerja!L2"]
    (galat,) = _at(report, "L2", GALAT)
    assert realisasi in galat.pesan and f'Satuan "{satuan}"' in galat.pesan and mark in galat.pesan
    assert "capaian tidak dihitung" in galat.pesan
    # one cause, one finding: no peringatan "ditulis dengan %" beside it at the same cell
    assert not _at(report, "L2", PERINGATAN), [f.pesan for f in report.findings]


def test_a_percent_formatted_cell_beside_a_count_stays_read_as_it_shows():
    # Decided earlier (tests/test_oracle.py): a cell formatted as % on a count is read as it shows,
    # with parse's peringatan at the cell: a column formatted as % by accident (5 typed, shown 5%)
    # must not refuse a right figure. 0,05 shown as 5% beside 10 orang: 5 / 10 x 100 = 50 %.
    report = _one("orang", 10, Cell(0.05, percent=True))
    assert report.indicators[0].capaian_exact == Fraction(50)
    (warn,) = _at(report, "L2", PERINGATAN)
    assert "berformat persen" in warn.pesan and not _at(report, "L2", GALAT)


def test_a_percentage_target_beside_count_realisations_is_a_galat_at_the_target():
    # Target "10%" of Satuan unit, TW I 3 and TW II 2 (plain counts): 5 / 10 = 50 % would compare a
    # count with a percentage; the galat is said once, at the target's cell I2.
    report = _one("unit", "10%", "2", tw1="3")
    assert report.indicators[0].capaian is None
    (galat,) = _at(report, "I2", GALAT)
    assert '"10%"' in galat.pesan and 'Satuan "unit"' in galat.pesan
    assert not _at(report, "I2", PERINGATAN) and not _at(report, "K2") and not _at(report, "L2")


@pytest.mark.parametrize(
    ("satuan", "target", "realisasi", "exact"),
    [
        ("%", "90", "100 persen", Fraction(1000, 9)),  # 100 / 90 x 100 = 111,11...
        ("%", "90", "100%", Fraction(1000, 9)),
        ("Persen", "90%", "75", Fraction(250, 3)),  # 75 / 90 x 100 = 83,33...
        ("Rupiah", "5.000.000", "Rp 1.000.000", Fraction(20)),  # 1.000.000 / 5.000.000 x 100
        ("orang", "10", "5", Fraction(50)),  # plain counts: 5 / 10 x 100
        ("orang", "10%", "5%", Fraction(50)),  # both with %: comparable (a Satuan slip, a peringatan)
        ("indeks", "80", "85%", Fraction(425, 4)),  # not a count: 85 / 80 x 100, as before
    ],
)
def test_consistent_units_keep_their_capaian(satuan, target, realisasi, exact):
    report = _one(satuan, target, realisasi)
    assert report.indicators[0].capaian_exact == exact
    assert not [f for f in report.findings if f.severity == GALAT], [f.pesan for f in report.findings]


# --- a number inside a status text -----------------------------------------------------------------
# "sebanyak 5" was a status: realisasi unknown, no capaian, and not a word at the cell.


@pytest.mark.parametrize("typed", ["sebanyak 5", "kurang lebih 12 orang", "tercapai 3 dari 4 koperasi"])
def test_a_status_text_holding_a_number_is_a_galat_in_the_reported_quarter(typed):
    # (a peringatan until mend35l; the reported quarter counts, so scoring without it is a galat)
    report = _one("orang", "10", typed)
    ind = report.indicators[0]
    assert ind.capaian is None and ind.status == "Galat (Kinerja!L2)"  # the number is not guessed
    (said,) = _at(report, "L2")
    assert said.severity == GALAT
    assert f'"{typed}"' in said.pesan and "tidak dibaca" in said.pesan and "Keterangan" in said.pesan


def test_a_status_text_holding_a_number_beside_a_counted_quarter_is_said_once():
    # TW I 3 (a number), TW II "sebanyak 5" (Kumulatif): scored from TW I alone it printed 3 / 10 = 30 %
    # for a meant 3 + 5 = 8 (80 %); since mend35l a galat, no capaian. One finding at L2, not the digit
    # one and the "bukan angka" one both.
    report = _one("orang", "10", "sebanyak 5", tw1="3")
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "tidak dibaca" in said.pesan


@pytest.mark.parametrize(
    "typed",
    [
        "Menunggu data BPS",
        "nihil",
        "-",
        "Menunggu data BPS 2025",
        "direkap di TW 4",
        "Rilis BPS 30 Juni",
    ],
)
def test_statuses_without_a_count_stay_silent(typed):
    # no digit, or digits that are a year, a quarter or a date (a number word, "lima", was a status here:
    # since round 24 a galat naming the figure, tests/test_staff_round24.py)
    report = _one("orang", "10", typed)
    assert report.indicators[0].capaian is None or typed == "nihil"
    assert not _at(report, "L2"), [f.pesan for f in report.findings]


# --- the e-mail's budget line --------------------------------------------------------------------
# Anggaran's Kode P1 typed twice (rows 2 and 3, the second with figures): a galat at A3, and no total
# penyerapan. The `send` body said "ada sel anggaran yang tidak terbaca (Anggaran!A3 ...)": the cell
# reads fine, its Kode is repeated.


def test_the_mail_body_says_a_repeated_kode_is_repeated_not_unreadable():
    from lkj_xl.delivery.message import summary_lines

    kinerja = [
        kinerja_row("P1", "Program", "", "Program satu", "Ind", "10", (None, "5", None, None), satuan="unit")
    ]
    anggaran = [
        anggaran_row("P1", "Program satu", "", "1.000.000", (None, "250.000", None, None)),
        anggaran_row("P1", "Program satu lagi", "", "2.000.000", (None, "500.000", None, None)),
    ]
    report = run(kinerja, anggaran)
    assert report.total_penyerapan is None and report.galat_anggaran == ["Anggaran!A3"]
    (line,) = [s for s in summary_lines(report) if s.startswith("Realisasi anggaran")]
    assert "tidak terbaca" not in line and "Anggaran!A3" in line
    assert 'Kode program "P1" ganda (sudah ada di baris 2)' in line, line


# --- an Anggaran Kode "01" against a Kinerja Kode kept by Excel as 1 -----------------------------------
# Program 01 typed in a General cell of Kinerja is the number 1 there, and "01" in Anggaran's Text
# cell (or the other way round): no budget row for the program, and no word of why.


def _program_rows(kode):
    return [
        kinerja_row("S1", "Sasaran", "", "Sas", "Ind S", "10", (None, "5", None, None), satuan="unit"),
        kinerja_row(kode, "Program", "S1", "Prog", "Ind P", "10", (None, "5", None, None), satuan="unit"),
    ]


@pytest.mark.parametrize(("kinerja", "anggaran"), [(Cell(1), "01"), ("01", Cell(1))])
@pytest.mark.parametrize("kode_sasaran", ["", "S1"])
def test_a_kode_with_its_leading_zero_dropped_on_one_side_gets_a_hint(kinerja, anggaran, kode_sasaran):
    # (TW II's spending typed: its blank cell would be a peringatan of its own, round 25)
    budget = anggaran_row(anggaran, "Prog", kode_sasaran, "1.000.000", (None, "250.000", None, None))
    report = run(_program_rows(kinerja), [budget])
    # Kinerja!A3: the program without a budget row, a peringatan as before, now naming Anggaran's Kode
    (program,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "A3")]
    assert program.severity == PERINGATAN
    shown = "1" if anggaran != "01" else "01"
    assert f'di sheet Anggaran ada Kode "{shown}"' in program.pesan and "sel General" in program.pesan
    anggaran_findings = [f for f in report.findings if f.sheet == "Anggaran"]
    if kode_sasaran:  # counted toward S1 by its Kode Sasaran: nothing at Anggaran, as before
        assert not anggaran_findings
        assert not [f for f in report.findings if f.severity == GALAT]
    else:  # no program in Kinerja and no Kode Sasaran: meant for the program's Sasaran, which is short
        # of it; since round 23 a galat at the Kode, as a Kode differing in case is (every Sasaran and
        # Tujuan budget unknown), with the hint
        (found,) = anggaran_findings
        assert found.severity == GALAT and 'di sheet Kinerja ada Kode "' in found.pesan
        assert found.sel == "A2" and all(row.pagu is None for row in report.efisiensi)
