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
        (None, "Rp 312,5 M", "s.d. Juni", "Kumulatif"),  # nothing before: TW II is the half year's
        ("Rp 150 M", "Rp 312,5 M", "Realisasi s.d. TW II 462,5 M", "Kumulatif"),  # the sum, named
        ("Rp 150 M", "Rp 312,5 M", "Target s.d. TW II Rp 300 M", "Kumulatif"),  # a target's note
        # notes that do not say the cell holds a running total (review of the Bapenda trial)
        ("Rp 150 M", "Rp 312,5 M", "capaian kumulatif s.d. Juni", "Kumulatif"),  # the capaian's, as summed
        ("Rp 150 M", "Rp 312,5 M", "target kumulatif", "Kumulatif"),
        ("Rp 150 M", "Rp 312,5 M", "data s.d. Juni belum final", "Kumulatif"),  # the data's state
        ("Rp 150 M", "Rp 312,5 M", "kumulatif tahun lalu", "Kumulatif"),
        ("Rp 150 M", "Rp 312,5 M", "akumulasi 2 triwulan sesuai DPA", "Kumulatif"),  # the plan's, no quarter
        ("Rp 150 M", "Rp 162,5 M", "TW II: 162,5 M (bukan kumulatif)", "Kumulatif"),
        ("Rp 150 M", "Rp 312,5 M", "tidak kumulatif", "Kumulatif"),
        ("Rp 150 M", "Rp 312,5 M", "non-kumulatif s.d. Juni", "Kumulatif"),
        ("Rp 150 M", "Rp 312,5 M", "s.d. TW II", "Nilai Akhir"),  # the latest counts: right
        ("Rp 150 M", "Rp 312,5 M", "s.d. Desember", "Kumulatif"),  # a quarter not yet reported
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


@pytest.mark.parametrize(
    "keterangan", ["s.d. TW II", "nilai TW II adalah akumulasi", "diisi akumulatif", "kumulatif Jan-Jun",
                   "Komulatif Januari - Juni", "realisasi s.d. TW II 312,5 M",
                   "akumulasi TW I dan II", "akumulasi triwulan I-II"],
)  # fmt: skip
def test_other_ways_to_say_tw_ii_is_a_running_total_are_caught(keterangan):
    (said,) = _said(run([_pad("Rp 150 M", "Rp 312,5 M", keterangan)]))
    # as above: 150 M + 312,5 M = 462,5 M computed; TW II's own 312,5 M - 150 M = 162,5 M
    assert "150.000.000.000 + 312.500.000.000 = 462.500.000.000" in said, said
    assert "312.500.000.000 - 150.000.000.000 = 162.500.000.000" in said, said


@pytest.mark.parametrize(
    ("triwulan", "tws", "keterangan"),
    [
        (3, ("Rp 100 M", "Rp 250 M", "Rp 150 M", None), "TW II diisi kumulatif s.d. Juni"),  # an older note
        (4, ("Rp 100 M", "Rp 250 M", "Rp 150 M", "Rp 200 M"), "s.d. TW II"),
        (4, ("Rp 100 M", "Rp 250 M", "Rp 150 M", "Rp 200 M"), "kumulatif Jan-Jun"),
    ],
)
def test_in_a_later_report_a_note_on_tw_ii_names_tw_ii(triwulan, tws, keterangan):
    row = kinerja_row(
        "S1", "Sasaran", "", "Pendapatan", PAD, "Rp 650 M", tws, satuan="Rupiah", jenis="Kumulatif",
        target_perubahan="Rp 700 M", keterangan=keterangan,
    )  # fmt: skip
    (said,) = _said(run([row], triwulan=triwulan))
    # computed: the sum of every quarter typed; TW II's own share 250 M - 100 M = 150 M
    total = "100.000.000.000 + 250.000.000.000 + 150.000.000.000 = 500.000.000.000"
    if triwulan == 4:
        total = "100.000.000.000 + 250.000.000.000 + 150.000.000.000 + 200.000.000.000 = 700.000.000.000"
    assert total in said, said
    assert '"Realisasi TW II" (L2)' in said, said  # Realisasi TW II is Kinerja's column L
    assert "250.000.000.000 - 100.000.000.000 = 150.000.000.000" in said, said


def test_every_quarter_filled_cumulatively_names_each_quarters_own_figure():
    row = kinerja_row(
        "S1", "Sasaran", "", "Pendapatan", PAD, "Rp 650 M", ("Rp 100 M", "Rp 250 M", "Rp 400 M", "Rp 600 M"),
        satuan="Rupiah", jenis="Kumulatif", target_perubahan="Rp 700 M", keterangan="diisi akumulatif",
    )  # fmt: skip
    (said,) = _said(run([row], triwulan=4))
    # computed 100 + 250 + 400 + 600 = 1.350 M; each quarter's own: TW II 250 - 100 = 150,
    # TW III 400 - 250 = 150, TW IV 600 - 400 = 200 (columns L, M, N)
    assert "= 1.350.000.000.000" in said, said
    assert '"Realisasi TW II" (L2): 250.000.000.000 - 100.000.000.000 = 150.000.000.000' in said, said
    assert '"Realisasi TW III" (M2): 400.000.000.000 - 250.000.000.000 = 150.000.000.000' in said, said
    assert '"Realisasi TW IV" (N2): 600.000.000.000 - 400.000.000.000 = 200.000.000.000' in said, said


def test_a_running_total_that_fell_is_said_below_zero_not_kept_quiet():
    # the note says TW II is s.d. Juni, so Kumulatif's 150 M + 120 M = 270 M counts TW I twice all the
    # same; TW II's own would be 120 M - 150 M = -30 M: below zero, staff are told to check (a correction
    # may lower a running total, a slip in TW I too); nothing is guessed
    (said,) = _said(run([_pad("Rp 150 M", "Rp 120 M", "TW II diisi kumulatif s.d. Juni")]))
    assert "150.000.000.000 + 120.000.000.000 = 270.000.000.000" in said, said
    assert "120.000.000.000 - 150.000.000.000 = -30.000.000.000" in said and "di bawah nol" in said, said


def test_a_rata_rata_row_is_told_the_average_counts_the_quarter_before_and_no_figure_is_invented():
    # a rate averaged over the quarters: TW I 70 %, TW II 80 % "s.d. Juni"; Rata-rata computes
    # (70 + 80) / 2 = 75; if 80 is already the half year's rate, TW II's own rate cannot be worked
    # back from it without each quarter's weight, so no figure is named
    row = kinerja_row("S1", "Sasaran", "", "Pendapatan", "Tingkat kepatuhan WP", "90", ("70", "80", None, None),
                      satuan="%", jenis="Rata-rata", keterangan="realisasi s.d. Juni")  # fmt: skip
    report = run([row])
    (ind,) = report.indicators
    assert ind.capaian_exact == Fraction(75, 90) * 100  # computed as typed: 75 / 90 x 100
    (said,) = _said(report)
    assert "(70 + 80) / 2 = 75" in said and "Rata-rata" in said, said
    assert " - " not in said.split("(70 + 80) / 2 = 75")[1], said


def test_a_note_on_tw_ii_is_said_when_the_reported_tw_iii_is_blank():
    # TW III report, TW III not yet typed: realisasi s.d. TW III is computed from TW I and TW II,
    # 100 M + 250 M = 350 M, while the note says TW II's 250 M is already up to June: own 250 - 100 = 150 M
    row = kinerja_row(
        "S1", "Sasaran", "", "Pendapatan", PAD, "Rp 650 M", ("Rp 100 M", "Rp 250 M", None, None),
        satuan="Rupiah", jenis="Kumulatif", keterangan="TW II diisi kumulatif s.d. Juni",
    )  # fmt: skip
    (said,) = _said(run([row], triwulan=3))
    assert "100.000.000.000 + 250.000.000.000 = 350.000.000.000" in said, said
    assert "250.000.000.000 - 100.000.000.000 = 150.000.000.000" in said, said


@pytest.mark.parametrize(
    "keterangan",
    ["Realisasi s.d. Juni 2025 sesuai e-Monev", "Realisasi s.d. TW II Tahun 2025", "Realisasi s.d. Juni, sumber: Bapenda",
     "Realisasi s.d. TW II sebesar Rp 312,5 M"],
)  # fmt: skip
def test_a_label_with_its_year_source_or_the_figure_typed_is_caught(keterangan):
    (said,) = _said(run([_pad("Rp 150 M", "Rp 312,5 M", keterangan)]))
    # as above: TW II's own 312,5 M - 150 M = 162,5 M
    assert "312.500.000.000 - 150.000.000.000 = 162.500.000.000" in said, said
