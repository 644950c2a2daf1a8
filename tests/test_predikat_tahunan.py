"""A grade indicator (Opini BPK, Predikat SAKIP, Predikat KLA) in the year's report whose TW IV says the
grade is not there yet (the lead's decision, the rule of tests/test_nilai_akhir_tahunan.py for grades):
a trial typed Opini BPK `WTP` in TW II and TW III and `menunggu LHP` in TW IV, and the year's table
printed WTP, capaian 100, a grade BPK had not given for the year yet. Now it is belum diketahui, its
status TW IV's; the quarterly reports keep the latest quarter with a grade.

Expectations by hand (README "Grade targets"): a grade at or above the target is capaian 100 exactly;
below it no capaian. Grids built by hand (tests/test_engine.py): Kinerja row 2, N Realisasi TW IV."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.rekap import agency_row
from tests.test_engine import kinerja_row, run
from tests.test_predikat import findings_at, opini

YEAR_REPORTS = [4, "Tahunan", "Semester II"]


@pytest.mark.parametrize("triwulan", YEAR_REPORTS)
@pytest.mark.parametrize(
    "status", ["menunggu LHP", "LHP belum terbit", "belum ada", "menunggu hasil evaluasi"]
)
def test_the_year_s_opini_with_a_status_in_tw_iv_is_belum_diketahui(status, triwulan):
    # before: TW III's WTP was the year's realisasi, capaian 100 (Sangat Tinggi), with a peringatan at N2
    report = run([opini(tws=(None, "WTP", "WTP", status), jenis="Nilai Akhir")], triwulan=triwulan)
    item = report.indicators[0]
    assert item.realisasi_text == "" and item.capaian is None and item.kriteria is None
    assert item.status == status and not item.galat
    assert not [f for f in report.findings if "diambil dari TW III" in f.pesan]
    assert item.predikat == "Opini BPK: target WTP"  # (no realisasi said beside the target)


@pytest.mark.parametrize("triwulan", YEAR_REPORTS)
def test_a_dash_in_tw_iv_is_belum_diketahui_too(triwulan):
    # "-": no grade, said on purpose; before, TW III's WTP was the year's without a word
    report = run([opini(tws=("WTP", "WTP", "WTP", "-"), jenis="Nilai Akhir")], triwulan=triwulan)
    item = report.indicators[0]
    assert item.capaian is None and item.realisasi_text == "" and item.status == "Belum ada realisasi"


def test_tw_iv_s_status_is_the_status_even_after_a_status_in_tw_iii():
    # TW III "menunggu LHP", TW IV "-": the year's status is TW IV's (as a Nilai Akhir figure's is)
    report = run([opini(tws=(None, "WTP", "menunggu LHP", "-"), jenis="Nilai Akhir")], triwulan="Tahunan")
    assert report.indicators[0].status == "Belum ada realisasi" and report.indicators[0].capaian is None


@pytest.mark.parametrize(
    ("target", "tws", "status"),
    [
        # Predikat SAKIP: TW III A (above BB: 100) would have been the year's
        ("BB", (None, None, "A", "menunggu hasil evaluasi"), "menunggu hasil evaluasi"),
        # Predikat KLA: TW II Madya (the target: 100) would have been the year's
        ("Madya", (None, "Madya", None, "belum ada"), "belum ada"),
    ],
)
def test_sakip_and_kla_follow_the_same_rule(target, tws, status):
    indikator = "Predikat SAKIP" if target == "BB" else "Predikat Kabupaten Layak Anak (KLA)"
    row = kinerja_row("T1", "Tujuan", "", "Akuntabilitas", indikator, target, tws, satuan="Predikat")
    item = run([row], triwulan=4).indicators[0]
    assert item.capaian is None and item.status == status and item.realisasi_text == ""


def test_the_quarterly_reports_keep_the_latest_quarter_with_a_grade():
    # TW III's report, TW III "menunggu LHP": TW II's WTP of WTP = 100, with the peringatan at M2 (unchanged)
    report = run([opini(tws=(None, "WTP", "menunggu LHP", None), jenis="Nilai Akhir")], triwulan=3)
    assert report.indicators[0].capaian == 100 and report.indicators[0].realisasi_text == "WTP"
    (warning,) = findings_at(report, "M2", PERINGATAN)
    assert "diambil dari TW II" in warning.pesan
    # Semester I, TW II "belum ada": TW I's WTP = 100
    report = run([opini(tws=("WTP", "belum ada", None, None), jenis="Nilai Akhir")], triwulan="Semester I")
    assert report.indicators[0].capaian == 100


def test_a_grade_in_tw_iv_is_the_year_s():
    # WTP in TW IV after a WDP in TW III: WTP of WTP = 100 (the latest grade: unchanged)
    report = run([opini(tws=(None, "WTP", "WDP", "WTP"), jenis="Nilai Akhir")], triwulan="Tahunan")
    item = report.indicators[0]
    assert item.capaian == 100 and item.realisasi_text == "WTP" and item.kriteria == "Sangat Tinggi"


def test_a_lower_grade_in_tw_iv_is_below_target_not_tw_iii_s():
    # TW III WTP, TW IV WDP: WDP is the year's, below WTP: no capaian, the peringatan at N2 (unchanged)
    report = run([opini(tws=(None, "WTP", "WTP", "WDP"), jenis="Nilai Akhir")], triwulan="Tahunan")
    item = report.indicators[0]
    assert item.capaian is None and item.realisasi_text == "WDP"
    assert item.status == "Opini WDP di bawah target WTP"
    (warning,) = findings_at(report, "N2", PERINGATAN)
    assert "di bawah target" in warning.pesan


def test_a_grade_with_a_note_in_tw_iv_stays_its_galat():
    # "WTP (LHP No. 12/2025)": the galat saying to type the grade alone, never TW III's WTP (unchanged)
    report = run([opini(tws=(None, "WTP", "WTP", "WTP (LHP No. 12/2025)"), jenis="Nilai Akhir")], triwulan=4)
    item = report.indicators[0]
    assert item.capaian is None and item.status == "Galat (Kinerja!N2)"
    assert findings_at(report, "N2", GALAT)


@pytest.mark.parametrize("triwulan", YEAR_REPORTS)
def test_tw_iv_blank_keeps_tw_iii_s_grade_with_a_peringatan(triwulan):
    # blank is no status (as a Nilai Akhir figure's TW IV): TW III's WTP of WTP = 100; before, said
    # nowhere; now the peringatan at N2 says the year's grade is TW III's
    report = run([opini(tws=(None, "WTP", "WTP", None), jenis="Nilai Akhir")], triwulan=triwulan)
    assert report.indicators[0].capaian == 100 and report.indicators[0].realisasi_text == "WTP"
    (warning,) = findings_at(report, "N2", PERINGATAN)
    assert "kosong" in warning.pesan and "diambil dari TW III" in warning.pesan


def test_tw_iv_blank_in_the_quarterly_report_stays_quiet():
    # a TW IV report is the year's too; a TW III report with TW III blank keeps today's silence
    report = run([opini(tws=(None, "WTP", None, None), jenis="Nilai Akhir")], triwulan=3)
    assert report.indicators[0].capaian == 100 and not findings_at(report, "M2")


def test_the_rekap_counts_it_belum_diketahui():
    # Opini belum diketahui (TW IV menunggu LHP); IKM 80 of 80 = 100 %: one measured, one unknown
    rows = [
        opini(tws=(None, "WTP", "WTP", "menunggu LHP"), jenis="Nilai Akhir"),
        kinerja_row(
            "T2", "Tujuan", "", "T", "IKM", "80", (None, None, None, 80), jenis="Nilai Akhir", satuan="nilai"
        ),
    ]
    report = run(rows, triwulan="Tahunan")
    (tujuan,) = [g for g in report.ringkasan if g.tingkat == "Tujuan"]
    assert (tujuan.jumlah, len(tujuan.tercapai), len(tujuan.belum_diketahui)) == (2, 1, 1)
    row = agency_row(report, "dinas.xlsx")
    assert (row["terukur"], row["belum_diketahui"], row["galat"]) == (1, 1, 0)
    assert row["capaian"] == 100


def test_an_earlier_quarter_s_grade_is_said_as_a_figure_s_is():
    # the tables' note and the sentences (kalimat.data_sampai) said it of a figure only; the grade of
    # an earlier quarter printed as the realisasi s.d. TW n is said the same way, in every report
    from lkj_xl.core.kalimat import data_sampai

    report = run([opini(tws=(None, "WTP", "menunggu LHP", None), jenis="Nilai Akhir")], triwulan=3)
    said = data_sampai(report.indicators[0], report.settings)
    assert said == ' (data s.d. Triwulan II; realisasi Triwulan III belum ada: "menunggu LHP")'
    report = run([opini(tws=(None, "WTP", "WTP", None), jenis="Nilai Akhir")], triwulan="Tahunan")
    said = data_sampai(report.indicators[0], report.settings)
    assert said == " (data s.d. Triwulan III; realisasi Triwulan IV belum diisi)"
    # TW IV's own grade, or no grade at all (belum diketahui): nothing to say
    for tws in ((None, "WTP", "WTP", "WTP"), (None, "WTP", "WTP", "menunggu LHP")):
        report = run([opini(tws=tws, jenis="Nilai Akhir")], triwulan="Tahunan")
        assert data_sampai(report.indicators[0], report.settings) == ""


@pytest.mark.parametrize("triwulan", ["Tahunan", 4])
def test_a_grade_below_target_from_tw_iii_is_said_so_in_the_sentences(triwulan):
    # TW III WDP, TW IV blank: WDP (below WTP: no capaian) is TW III's grade printed as the year's.
    # Tabel 3.1/3.2's note said "data s.d. Triwulan III"; 3.1.3's and 3.2.3's sentences did not (they
    # said it only of a grade at or above its target), calling TW III's WDP the year's.
    from lkj_xl.core.analisis_program import _indikator_hasil
    from lkj_xl.core.kalimat import hasil_kalimat

    report = run([opini(tws=(None, "WTP", "WDP", None), jenis="Nilai Akhir")], triwulan=triwulan)
    item, settings = report.indicators[0], report.settings
    assert item.capaian is None and item.realisasi_text == "WDP"
    said = "Opini BPK WDP (data s.d. Triwulan III; realisasi Triwulan IV belum diisi), di bawah target"
    assert said in hasil_kalimat(item, settings)
    assert said in _indikator_hasil(item, settings)
    # TW IV's own WDP: the year's grade, nothing to add
    report = run([opini(tws=(None, "WTP", "WTP", "WDP"), jenis="Nilai Akhir")], triwulan=triwulan)
    assert "Opini BPK WDP, di bawah target" in hasil_kalimat(report.indicators[0], report.settings)


def test_grades_typed_are_the_agency_s_own_though_the_year_s_is_not_known():
    # rekap_isi.measured: "a realisasi of an indicator (a number, or a grade such as WTP)" tells a file
    # staff filled from the template copied to every agency (one workbook under two names is looked
    # for only then). The year's Opini belum diketahui (TW IV "menunggu LHP") has no realisasi s.d. TW
    # IV, but WTP typed in TW II and TW III is filled all the same (before the year's rule it was the
    # realisasi, "WTP": measured); no budget here, so the grades alone say it.
    from lkj_xl.core.rekap_isi import measured

    report = run([opini(tws=(None, "WTP", "WTP", "menunggu LHP"), jenis="Nilai Akhir")], triwulan="Tahunan")
    assert report.indicators[0].realisasi_text == "" and not report.budgets
    assert measured(report)
    # nothing typed but statuses: still the template's (a status may be copied with it)
    report = run([opini(tws=(None, None, "menunggu LHP", "-"), jenis="Nilai Akhir")], triwulan="Tahunan")
    assert not measured(report)


@pytest.mark.parametrize(
    ("typed", "grade"), [("W T P", "WTP"), ("Opini: WTP", "WTP"), ("opini wdp (sementara)", "WDP")]
)
def test_a_grade_typed_unlike_a_grade_in_tw_iv_is_told_at_its_cell(typed, grade):
    # The review of opini49: TW IV "W T P" / "Opini: WTP" holds the grade in a form not read as one, so the
    # year is belum diketahui (a status); before that rule it got a peringatan at its cell, and staff must
    # still be told the grade they typed is not read: a peringatan at N2 naming it, the year unknown
    report = run([opini(tws=(None, "WTP", "WTP", typed), jenis="Nilai Akhir")], triwulan="Tahunan")
    item = report.indicators[0]
    assert item.capaian is None and item.status == typed
    (warning,) = findings_at(report, "N2", PERINGATAN)
    assert (
        f'"{typed}"' in warning.pesan and f'"{grade}"' in warning.pesan and "belum diketahui" in warning.pesan
    )


@pytest.mark.parametrize("status", ["menunggu LHP", "LHP belum terbit", "proses audit BPK"])
def test_a_status_in_tw_iv_gets_no_such_peringatan(status):
    # a status names no grade: belum diketahui quietly, as a Nilai Akhir figure's status is
    report = run([opini(tws=(None, "WTP", "WTP", status), jenis="Nilai Akhir")], triwulan="Tahunan")
    assert not findings_at(report, "N2", PERINGATAN)
