"""A Kumulatif indicator whose Keterangan says its reported quarter holds the realisasi up to it: a
Bapenda's Realisasi PAD typed TW I `Rp 150 M`, TW II `Rp 312,5 M` with Keterangan `TW II diisi kumulatif
s.d. Juni`. Kumulatif sums the quarters: 150 M + 312,5 M = 462,5 M of a Target Perubahan 700 M, 66,07 %
Sedang, printed without a word, while the staff's own note says TW II's figure is already the half
year's (312,5 / 700 = 44,64 %, Sangat Rendah). The sum stays under the target, so no check on the
figures alone fires (two quarters, no repeat). The Keterangan now gets a peringatan naming the sum
computed and the quarter's own figure to type (312,5 M - 150 M = 162,5 M); computed as typed."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import kinerja_row, messages, run

PAD = "Realisasi PAD"


def _pad(tw1, tw2, keterangan, jenis="Kumulatif", tw3=None):
    row = kinerja_row(
        "S1", "Sasaran", "", "Pendapatan", PAD, "Rp 650 M", (tw1, tw2, tw3, None),
        satuan="Rupiah", jenis=jenis, target_perubahan="Rp 700 M", keterangan=keterangan,
    )  # fmt: skip
    return row


def _said(report) -> list[str]:
    # Keterangan is Kinerja's column O; the row is the grid's second (under the header)
    return [m for m in messages(report, PERINGATAN) if m.startswith("Kinerja!O2 ")]


@pytest.mark.parametrize(
    "keterangan",
    ["TW II diisi kumulatif s.d. Juni", "realisasi s/d TW II", "Realisasi sampai dengan Triwulan II",
     "data s.d. semester I (e-Monev)"],
)  # fmt: skip
def test_a_note_that_tw_ii_is_up_to_june_is_said_with_the_sum_and_the_share(keterangan):
    report = run([_pad("Rp 150 M", "Rp 312,5 M", keterangan)])
    (ind,) = report.indicators
    # computed as typed: (150 + 312,5) M / 700 M x 100 = 462,5 / 700 x 100 = 66,0714...
    assert ind.capaian_exact == Fraction(4625, 7000) * 100
    (said,) = _said(report)
    # 150.000.000.000 + 312.500.000.000 = 462.500.000.000; its own share 312.500.000.000 - 150.000.000.000
    assert "150.000.000.000 + 312.500.000.000 = 462.500.000.000" in said, said
    assert "312.500.000.000 - 150.000.000.000 = 162.500.000.000" in said, said
    assert f'("{keterangan}")' in said and '"Realisasi TW II" (L2)' in said, said


@pytest.mark.parametrize(
    ("tw1", "tw2", "keterangan", "jenis"),
    [
        ("Rp 150 M", "Rp 162,5 M", "realisasi per triwulan", "Kumulatif"),  # no "up to" named
        ("Rp 150 M", "Rp 312,5 M", "kumulatif s.d. Maret", "Kumulatif"),  # another quarter named
        ("Rp 150 M", "Rp 312,5 M", "posisi s.d. Juni", "Nilai Akhir"),  # the latest counts: right
        ("Rp 150 M", "Rp 120 M", "s.d. Juni", "Kumulatif"),  # TW II below TW I: no running total
        (None, "Rp 312,5 M", "s.d. Juni", "Kumulatif"),  # nothing before: TW II is the half year's
        ("Rp 150 M", "Rp 312,5 M", "Realisasi s.d. TW II 462,5 M", "Kumulatif"),  # the sum, named
        ("Rp 150 M", "Rp 312,5 M", "Target s.d. TW II Rp 300 M", "Kumulatif"),  # a target's note
    ],
)
def test_quiet_where_the_note_changes_nothing(tw1, tw2, keterangan, jenis):
    assert _said(run([_pad(tw1, tw2, keterangan, jenis)])) == []


def test_in_tw_iii_the_share_is_after_the_quarters_before():
    # TW III report; TW I 100 M, TW II 150 M, TW III typed s.d. September 400 M: its own share
    # 400 - (100 + 150) = 150 M; the sum computed 100 + 150 + 400 = 650 M
    report = run([_pad("Rp 100 M", "Rp 150 M", "s.d. September", tw3="Rp 400 M")], triwulan=3)
    (said,) = _said(report)
    assert "100.000.000.000 + 150.000.000.000 + 400.000.000.000 = 650.000.000.000" in said, said
    assert "400.000.000.000 - 250.000.000.000 = 150.000.000.000" in said, said
