"""Mend 35n: what the golden before/after review (revK) found.

1. ``export`` JSON keeps its released top-level order (..., triwulan, tahunan, semester).
2. The Grafik trend table of a half year's report names the period as the report's title does.
3. The thousands-comma peringatan of an Anggaran realisasi suggests no reading above the row's pagu.
4. The Word placeholder of a Narasi cell naming another period sits under the line naming it.
"""

from __future__ import annotations

from lkj_xl.core.export import to_dict
from lkj_xl.core.tables.grafik import trend_columns
from tests.report_factory import seed_like_report


def test_export_json_keeps_the_released_order_of_its_period_keys():
    # the order of lkj-xl's last release (revK's old base.json): tahunan before semester
    keys = list(to_dict(seed_like_report()))
    assert keys[:6] == ["perangkat_daerah", "pemerintah_daerah", "tahun", "triwulan", "tahunan", "semester"]


def test_grafik_trend_semester_ii_names_the_half_year():
    # Triwulan typed "Semester II": the title says "s.d. Semester II Tahun 2025" (contract.periode),
    # so the trend's own column says the same half year, not "s.d. TW IV 2025"
    report = seed_like_report(triwulan=4, semester=True)
    assert report.settings.semester_laporan == 2
    assert dict(trend_columns(report))["kini"] == "s.d. Semester II 2025"


def test_grafik_trend_semester_i_names_the_half_year_this_year_and_last():
    # "Semester I" is s.d. TW II and a period of its own (title "Semester I Tahun 2025", no "s.d.");
    # last year's same period is Semester I 2024
    report = seed_like_report(triwulan=2, semester=True)
    columns = dict(trend_columns(report))
    assert columns["kini"] == "Semester I 2025"
    assert columns.get("lalu", "Semester I 2024") == "Semester I 2024"
    assert not [h for h in columns.values() if "TW" in h]


def test_grafik_trend_quarter_keeps_its_tw_header():
    # a quarterly report is unchanged: "s.d. TW II 2025"
    assert dict(trend_columns(seed_like_report()))["kini"] == "s.d. TW II 2025"
