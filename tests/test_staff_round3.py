"""Cells typed the way agency staff type them (third round): where a figure came out wrong, or a
galat or peringatan was missing, without a word.

Expected figures are worked out by hand (exact arithmetic) in the comment beside them.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


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
