"""The rekap's "same plan" digest (core.rekap_isi, `Rencana sama`: one agency's file sent under another
name) tells a plan by its indicators' targets. A range target (`60-85 %`, README "Range targets") has no
figure, so its Target column is blank: two agencies whose only difference is their range targets had
the one digest and could be said to share a plan. The digest reads Target (tertulis) too."""

from __future__ import annotations

from lkj_xl.build import load_report
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja, settings


def _plan(tmp_path, name: str, s1_target: str) -> str | None:
    path = tmp_path / f"{name}.xlsx"
    # T1 90 of 100 and S1 70 % of the range: both measured, so the agency has a plan digest
    new_workbook(path, pengaturan=settings(name), kinerja=kinerja("90", "70%", s1_target=s1_target),
                 anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"))  # fmt: skip
    report = load_report(path)
    return core.plan_of(report, core.indicator_rows(report, path.name), core.program_rows(report, path.name))


def test_two_range_targets_are_two_plans(tmp_path):
    first, second = _plan(tmp_path, "a", "60-85 %"), _plan(tmp_path, "b", "75-90 %")
    assert first is not None and second is not None
    assert first != second


def test_the_same_range_target_is_the_same_plan(tmp_path):
    # the same workbook under two names is still found (the digest holds no name)
    assert _plan(tmp_path, "a", "60-85 %") == _plan(tmp_path, "b", "60-85 %")
