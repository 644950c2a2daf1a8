"""Realisasi anggaran typed CUMULATIVELY (s.d. each quarter, as SIPD's realisasi to date shows it) in the
per-quarter columns: TW I 25 jt, TW II 60 jt, TW III 90 jt where each quarter spent 25 / 35 / 30 jt. The
engine sums the quarters (175 jt). Above the pagu the peringatan only said to check "realisasi
triwulan yang ditulis s.d. triwulan itu"; it now names both readings, as Kinerja's running_total does
for a Kumulatif indicator: the sum over the pagu, and were each quarter typed s.d. it, the last quarter
alone with its penyerapan and each quarter's own figure to type. Computed as typed (as Kinerja):
rising spending under the pagu (25 / 60 / 90 of 200 jt) cannot be told from a running total and stays
quiet (a TW III three times TW I is ordinary: the contracts are paid late in the year)."""

from __future__ import annotations

from tests.helpers_anggaran import (
    UMKM,
    anggaran_three_programs,
    budget_of,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run


def _report(pagu: str, tws: tuple, triwulan: int):
    rows = [anggaran_row("2.17.03", UMKM, None, pagu, tws), *anggaran_three_programs()[1:]]
    return run(kinerja_three_programs(), rows, triwulan=triwulan)


def test_rising_quarters_over_the_pagu_name_both_readings():
    # 25 + 60 + 90 = 175 jt of 150 jt (116,67 %); read s.d. each quarter: 90 jt (90 / 150 = 60,00 %),
    # each quarter's own 25, 60 - 25 = 35 and 90 - 60 = 30 jt
    report = _report("150.000.000", ("25 jt", "60 jt", "90 jt", None), 3)
    assert budget_of(report, "2.17.03").realisasi_exact == 175_000_000  # computed as typed, said
    said = findings_by_cell(report, "Anggaran")["H2"]
    assert "Rp 175.000.000" in said and "melebihi pagu (Rp 150.000.000)" in said, said
    assert "naik setiap triwulan" in said, said
    assert "Rp 90.000.000" in said and "60,00%" in said, said
    assert "TW II Rp 35.000.000" in said and "TW III Rp 30.000.000" in said, said


def test_semester_report_typed_rupiah_style():
    # TW I 25.000.000 + TW II 60.000.000 = 85 jt of 80 jt; s.d. TW II were TW II its total: 60 / 80 = 75,00 %
    report = _report("Rp 80.000.000", ("Rp 25.000.000", "Rp. 60.000.000,-", None, None), 2)
    said = findings_by_cell(report, "Anggaran")["G2"]
    assert "Rp 85.000.000" in said and "75,00%" in said and "TW II Rp 35.000.000" in said, said


def test_quarters_not_rising_keep_the_plain_advice():
    # 60 + 25 + 90 = 175 jt of 150 jt: TW II below TW I, no running total; the plain advice
    said = findings_by_cell(_report("150.000.000", ("60 jt", "25 jt", "90 jt", None), 3), "Anggaran")["H2"]
    assert "melebihi pagu" in said and "naik setiap triwulan" not in said, said


def test_last_quarter_alone_over_the_pagu_is_no_running_total():
    # 100 + 160 = 260 jt of 150 jt: TW II alone above the pagu too, so no reading fits: the plain advice
    said = findings_by_cell(_report("150.000.000", ("100 jt", "160 jt", None, None), 2), "Anggaran")["G2"]
    assert "melebihi pagu" in said and "naik setiap triwulan" not in said, said


def test_rising_spending_under_the_pagu_stays_quiet():
    # 25 + 60 + 90 = 175 jt of 200 jt (87,5 %): honest rising spending reads so too
    report = _report("200.000.000", ("25 jt", "60 jt", "90 jt", None), 3)
    assert "H2" not in findings_by_cell(report, "Anggaran")
    assert budget_of(report, "2.17.03").realisasi_exact == 175_000_000
