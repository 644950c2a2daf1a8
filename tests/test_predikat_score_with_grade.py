"""A Nilai SAKIP typed as the LHE prints it, the score with its grade in brackets (`68,5 (B)`), beside a
grade target (`BB`). The cell is a galat either way (which of the two is the realisasi is for staff to
say), but the galat said "tulis angkanya saja (68,5)": followed, the cell then holds a number beside a
grade target, a galat again. The advice for a grade target names the grade to type, "B", the score going
to Keterangan. Kinerja columns: A Kode ... I Target, K..N TW I..IV; the indicator is on row 2 (TW II: L2).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def sakip(typed, target="BB", satuan="Predikat"):
    row = kinerja_row(
        "T1", "Tujuan", "", "Akuntabilitas", "Nilai SAKIP", target, (None, typed, None, None), satuan=satuan
    )
    return run([row])


def galat_at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel and f.severity == GALAT]


@pytest.mark.parametrize(
    ("typed", "grade"),
    [
        ("68,5 (B)", "B"),  # the LHE's score 68,5 with its grade B
        ("80,01 (A)", "A"),  # a score above the target's grade: still the grade to type, never the score
        ("68,5 ( B )", "B"),
        ("68,5 (Predikat B)", "B"),
    ],
)
def test_a_score_with_its_grade_beside_a_grade_target_names_the_grade_to_type(typed, grade):
    report = sakip(typed)
    (ind,) = report.indicators
    assert ind.capaian is None and ind.galat == ["Kinerja!L2"]  # still not computed: nothing guessed
    (galat,) = galat_at(report, "L2")
    assert f'tulis predikatnya saja ("{grade}")' in galat.pesan
    score = typed.split(" ", 1)[0]
    # the score is not offered as the figure to type: beside the target BB it is a galat again
    assert f"tulis angkanya saja ({score})" not in galat.pesan
    assert "Keterangan" in galat.pesan and '"BB"' in galat.pesan


def test_following_the_old_advice_was_a_galat_again():
    # What the old message said to type: the score alone, beside the target BB, a galat.
    (galat,) = galat_at(sakip("68,5"), "L2")
    assert "padahal targetnya predikat" in galat.pesan


@pytest.mark.parametrize(
    ("typed", "target", "satuan", "kept"),
    [
        # A number target: the score is the figure, the grade a note (unchanged advice).
        ("68,5 (B)", "70", "Nilai", "tulis angkanya saja (68,5)"),
        # A grade of another scale in brackets beside an Opini target: not this target's grade.
        ("68,5 (B)", "WTP", "Opini", "tulis angkanya saja (68,5)"),
    ],
)
def test_other_targets_keep_the_number_advice(typed, target, satuan, kept):
    (galat,) = galat_at(sakip(typed, target, satuan), "L2")
    assert kept in galat.pesan
