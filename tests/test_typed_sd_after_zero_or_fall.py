"""A Kumulatif quarter typed up to it with a note ("s.d. Desember 6,33%") after a quarter whose figure
is 0 or negative (a growth rate that fell): the galat naming the quarter's own share, as after a
positive figure (README "Values").

Found by the oracle run randomized (tests/test_oracle.py): the note before the number was a peringatan
and the quarter left out, so the capaian was counted from the quarters before alone and printed.
"""

from __future__ import annotations

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


def _only(tws, *, triwulan, target, polaritas=None):
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran A", "Laju A", target, tws, jenis="Kumulatif", polaritas=polaritas
    )
    report = report_of(book_of([row], triwulan=triwulan))
    (ind,) = report.indicators
    return ind, messages(report)


def test_semester_ii_figure_after_a_fall_is_a_galat_naming_its_share():
    # Target 52,61 % (lower is better), TW III -2,97 %, TW IV typed up to December: 6,33 %.
    # Main printed TW III alone: (2 x 52,61 - (-2,97)) / 52,61 x 100 = 108,19 / 52,61 x 100 = 205,65 %
    # Sangat Tinggi, with a peringatan that TW IV was not counted. The year's figure is 6,33 (capaian
    # 98,89 / 52,61 x 100 = 187,97 %): TW IV's own share is 6,33 - (-2,97) = 9,3.
    ind, said = _only(
        [None, None, "-2,97", "s.d. Desember 6,33%"],
        triwulan="Semester II",
        target="52,61",
        polaritas="Negatif",
    )
    assert ind.capaian_exact is None and ind.kriteria is None and ind.galat
    (galat,) = [m for m in said if "s.d. Desember 6,33%" in m]
    assert "tulis realisasi TW IV saja (6,33 - (-2,97) = 9,3)" in galat, galat


def test_a_figure_up_to_june_after_a_zero_is_a_galat_naming_its_share():
    # TW I 0 (nothing done yet), TW II typed up to June: 46,6 of 95. Main printed 0 / 95 = 0 %
    # Sangat Rendah from TW I alone; the half year's figure is 46,6 (49,05 %), all of it TW II's.
    ind, said = _only([0, "s.d. Juni 46,6%", None, None], triwulan=2, target=95)
    assert ind.capaian_exact is None and ind.galat
    (galat,) = [m for m in said if "s.d. Juni 46,6%" in m]
    assert "tulis realisasi TW II saja (46,6 - 0 = 46,6)" in galat, galat


def test_a_quarter_with_nothing_before_it_keeps_its_advice():
    # TW I blank: the figure up to June is TW II's own; no share to name (unchanged).
    ind, said = _only([None, "s.d. Juni 46,6%", None, None], triwulan=2, target=95)
    assert not any("tulis realisasi TW II saja" in m for m in said), said
