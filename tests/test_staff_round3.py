"""Cells typed the way agency staff type them (third round): where a figure came out wrong, or a
galat or peringatan was missing, without a word.

Expected figures are worked out by hand (exact arithmetic) in the comment beside them.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run


def _findings(report, sheet, sel, severity):
    return [f for f in report.findings if (f.sheet, f.sel, f.severity) == (sheet, sel, severity)]


# --- a no-data mark where the target belongs ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["-", "–", "N/A", "n/a", "--"])
def test_no_data_mark_as_target_is_a_galat_with_its_finding(typed):
    # Target typed "-" (no data) with TW I 10, TW II 10: no capaian can be computed, and the tables said
    # "Galat (Kinerja!I2)" while Pemeriksaan listed nothing at I2 and `check` said "0 galat" (exit 0):
    # the galat must be a finding at its cell, so that check fails and staff see why.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", typed, (10, 10, None, None))])
    ind = report.indicators[0]
    assert ind.capaian is None and ind.galat == ["Kinerja!I2"], ind
    (finding,) = _findings(report, "Kinerja", "I2", GALAT)
    assert f'"{typed}"' in finding.pesan and "Target" in finding.pesan, finding.pesan


@pytest.mark.parametrize("typed", ["-", "–", "N/A", "--"])
def test_no_data_mark_as_target_perubahan_leaves_the_target(typed):
    # Target Perubahan "-" already meant "no change": Target 40 applies. The other no-data marks ("–" an
    # en dash Word's autocorrect makes, "N/A") were taken as a Target Perubahan and gave a galat without
    # a finding. Target 40, TW I 10 + TW II 10 = 20 (Kumulatif): capaian 20 / 40 x 100 = 50 exactly.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 40, (10, 10, None, None), target_perubahan=typed)]
    report = run(rows)
    ind = report.indicators[0]
    assert ind.capaian == 50 and not ind.galat and ind.target == 40, ind
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


# --- a total row staff type inside the Anggaran data -----------------------------------------------------

_PROGRAMS = [
    anggaran_row("P1", "Program satu", "T1", "1.000.000", ("400.000", None, None, None)),
    anggaran_row("P2", "Program dua", "T1", "3.000.000", ("600.000", None, None, None)),
]


@pytest.mark.parametrize(
    ("kode", "program"),
    [
        ("JUMLAH", None),  # "JUMLAH" in a cell merged across Kode..Kode Sasaran: the value is in Kode
        ("TOTAL", ""),
        ("Jumlah Total", None),
        (None, "JUMLAH"),  # Kode left blank, the label under Program
        ("", "Total Anggaran"),
        (None, "Sub Total"),
    ],
)
def test_a_total_row_typed_in_anggaran_is_not_counted_as_a_program(kode, program):
    # P1 1.000.000 (spent 400.000) and P2 3.000.000 (spent 600.000), then the staff's own total row
    # 4.000.000 / 1.000.000. Counted as a program it doubled Tabel 3.4's TOTAL (8.000.000 pagu) with a
    # mere "not in Kinerja" peringatan. The programs alone: pagu 1.000.000 + 3.000.000 = 4.000.000,
    # realisasi 400.000 + 600.000 = 1.000.000, penyerapan 1.000.000 / 4.000.000 x 100 = 25 exactly.
    # The total row is pointed out (a peringatan, not a galat: nothing is left uncomputed).
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 100, (None, 50, None, None))]
    total = anggaran_row(kode, program, None, "4.000.000", ("1.000.000", None, None, None))
    report = run(rows, [*_PROGRAMS, total])
    assert [b.kode for b in report.budgets] == ["P1", "P2"]
    assert report.total_pagu == 4_000_000 and report.total_realisasi_anggaran == 1_000_000
    assert report.total_penyerapan == 25
    assert not [f for f in report.findings if f.severity == GALAT], report.findings
    (finding,) = [f for f in report.findings if f.sheet == "Anggaran" and f.sel.endswith("4")]
    assert finding.severity == PERINGATAN and "jumlah" in finding.pesan.casefold(), finding.pesan
    assert "tidak dihitung" in finding.pesan, finding.pesan


def test_a_program_named_like_a_total_is_still_a_program():
    # "Program Penunjang ..." or a program whose name only contains "jumlah" is an ordinary row: the
    # three rows sum to 1.000.000 + 3.000.000 + 2.000.000 = 6.000.000.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 100, (None, 50, None, None))]
    other = anggaran_row("P3", "Program peningkatan jumlah wirausaha", "T1", "2.000.000")
    report = run(rows, [*_PROGRAMS, other])
    assert report.total_pagu == 6_000_000
