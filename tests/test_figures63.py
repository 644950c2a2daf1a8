"""figures63: a grade and its score typed together; a change typed where a level belongs; a dash and a
zero with the Satuan's word.

- Beside a grade target `B` (Predikat SAKIP) a realisasi `Baik (85,20)`, `Baik, 85,20`, `Cukup (70)`
  (a code's meaning with the LHE's score) was a status: TW I's `B` taken as the realisasi, 100 %,
  with only a peringatan `bukan predikat`. It is the galat naming the code to type (`"B"`, `"CC"`).
- Beside a numeric target `B (85,20) sementara`, `B, 85,20` took TW I's 84,5 as the Nilai Akhir
  (84,5 / 85 = 99,41 %) with a peringatan; `Baik, 85,20` and `Cukup (70)` were belum diketahui with two
  peringatan. Each is the grade-first galat naming the score to type.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: H Jenis
Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

import pytest

from lkj_xl.core import predikat_depan
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, target, tws, satuan, jenis="Nilai Akhir", polaritas="Positif"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya akuntabilitas kinerja", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f for f in report.findings if f.sel == sel]


# --- a grade's meaning and its score beside a grade target ------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Baik (85,20)", '"B"'),  # was TW I's B, 100 %, a peringatan "bukan predikat"
        ("Baik, 85,20", '"B"'),
        ("Baik 85,20", '"B"'),
        ("Baik (85,20).", '"B"'),
        ("Cukup (70)", '"CC"'),  # PREDIKAT_ARTI: CC is Cukup
        ("Memuaskan, 80,5", '"A"'),
    ],
)
def test_a_grades_meaning_with_its_score_beside_a_grade_target_is_a_galat(typed, code):
    report = run([_row("Predikat SAKIP Perangkat Daerah", "B", ("B", typed), "Predikat")], triwulan=2)
    ind = report.indicators[0]
    # no capaian: never TW I's B as the realisasi s.d. TW II (100 %)
    assert ind.capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert f"tulis predikatnya saja ({code})" in said[0].pesan, said[0].pesan


def test_a_grades_meaning_with_a_note_saying_not_yet_stays_a_status():
    # "Baik (85,20) sementara": a provisional grade, as "B (sementara)": TW I's B stays, with its peringatan
    report = run([_row("Predikat SAKIP Perangkat Daerah", "B", ("B", "Baik (85,20) sementara"), "Predikat")])
    assert [f.severity for f in _at(report, "L2")] == ["peringatan"], messages(report)


# --- a grade and its score beside a numeric target ----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("B (85,20) sementara", "85,20"),  # was TW I's 84,5 / 85 = 99,41 % with a peringatan
        ("B, 85,20", "85,20"),  # likewise
        ("Baik, 85,20", "85,20"),  # was belum diketahui with two peringatan
        ("Cukup (70)", "70"),  # likewise
        ("Memuaskan (80,5)", "80,5"),
    ],
)
def test_a_grade_with_its_score_beside_a_numeric_target_is_the_grade_first_galat(typed, figure):
    row = _row("Nilai Akhir Indeks Kepuasan Masyarakat (IKM)", "85", ("84,5", typed), "Nilai")
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert f"tulis angkanya saja ({figure})" in said[0].pesan, said[0].pesan


@pytest.mark.parametrize("typed", ["kurang 5", "Kurang 5 dokumen", "cukup 3 desa"])
def test_a_sakip_meaning_word_before_a_number_without_brackets_is_no_grade(typed):
    # "kurang 5" is five short: never "tulis angkanya saja (5)" as a grade's score
    assert predikat_depan.grade_first(typed) == ("", "")
