"""Stop 42's checks behind their cheap gates (stop 43: a percentage Satuan before share_above_whole, the
last counted quarter a figure before verdict_after_figures, a one-figure target before rentang_cek, a
figure target before target_tertulis, the year's report before year_unknown, a blank Jenis Realisasi
before summed_share with its Satuan cached, Nilai Akhir before unused_by_nilai_akhir). Each case sits
on a gate's edge, where a gate testing something other than its check would skip a finding that 1d16265
(before the gates) gives; every expected finding and figure is derived by hand in its comment.

Grids built by hand (tests/test_engine.py): Kinerja header row 1, data from row 2; H Jenis Realisasi,
I Target, J Target Perubahan, K-N Realisasi TW I-IV."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, run

SHARE = "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti"
ABOVE = "lebih dari 100%, padahal indikatornya bagian dari"


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel) and severity in (None, f.severity)
    ]


# --- share_above_whole behind is_percent_unit ------------------------------------------------------


@pytest.mark.parametrize(
    "satuan",
    # every spelling is_percent_unit reads as a percentage: a "%" anywhere, or the words persen,
    # persentase, prosentase, presentase as a word of their own
    ["%", " % ", "%/tahun", "persen", "Persen (%)", "PERSEN", "Prosentase", "presentase", "persentase"],
)
def test_a_share_above_100_is_said_under_every_percent_satuan(satuan):
    # TW III report, Nilai Akhir: TW III's 412 is the realisasi, 412 / 85 x 100 = 484,70... % (under
    # ten times the target: the far-off check is quiet); 412 > 100 of a "persentase ... yang ...": said
    row = kinerja_row(
        "S2",
        "Sasaran",
        "",
        "T",
        SHARE,
        "85",
        ("70,1", "75,5", "412", None),
        satuan=satuan,
        jenis="Nilai Akhir",
    )
    report = run([row], triwulan=3)
    assert report.indicators[0].capaian_exact == Fraction(412 * 100, 85)
    (said,) = [f for f in _at(report, "M2", PERINGATAN) if ABOVE in f.pesan]
    assert "412" in said.pesan


@pytest.mark.parametrize("satuan", ["‰", "per mil", "Per Mil", "promil"])
def test_a_per_mil_share_above_100_stays_quiet_as_before(satuan):
    # no "%" and none of the percent words: share_above_whole returned at its first test before the
    # gate too (412 ‰ is 41,2 %, no share above the whole); capaian as typed 412 / 85 x 100
    row = kinerja_row(
        "S2",
        "Sasaran",
        "",
        "T",
        SHARE,
        "85",
        ("70,1", "75,5", "412", None),
        satuan=satuan,
        jenis="Nilai Akhir",
    )
    report = run([row], triwulan=3)
    assert report.indicators[0].capaian_exact == Fraction(412 * 100, 85)
    assert not [f for f in report.findings if ABOVE in f.pesan]


# --- verdict_after_figures behind "the last counted quarter holds a figure" ------------------------


def _progres(tws, triwulan, jenis="Nilai Akhir"):
    row = kinerja_row(
        "K1", "Kegiatan", "", "Jalan", "Progres fisik rehabilitasi jalan", "100", tws, jenis=jenis
    )
    report = run([row], triwulan=triwulan)
    return report.indicators[0], report


def test_a_verdict_after_a_status_after_a_figure_is_still_unknown():
    # TW I 40, TW II "selesai" (a verdict), TW III "Menunggu data BPS" (a status, no verdict), TW III
    # report: the last counted quarter holds no figure, so the check runs; the verdict in TW II comes
    # after TW I's figure: the realisasi s.d. TW III is not known (no 40 % Sangat Rendah)
    item, _ = _progres(("40", "selesai", "Menunggu data BPS", None), 3)
    assert item.realisasi is None and item.capaian is None and item.kriteria is None


def test_a_status_between_a_figure_and_a_verdict_is_still_unknown():
    # TW I 40, TW II "Menunggu data", TW III "tercapai": the verdict is the latest word, no figure
    item, _ = _progres(("40", "Menunggu data", "tercapai", None), 3)
    assert item.realisasi is None and item.capaian is None


def test_a_zero_in_the_last_quarter_is_a_figure_after_the_verdict():
    # TW I "selesai", TW II 0: the last counted quarter holds a figure (0 is one), so no verdict comes
    # after the last figure; Nilai Akhir: realisasi 0, capaian 0 / 100 x 100 = 0
    item, _ = _progres(("selesai", "0", None, None), 2)
    assert item.realisasi == 0 and item.capaian == 0


def test_a_verdict_after_the_reported_quarter_is_not_counted():
    # TW I report, TW I 40 and TW II "selesai" (not counted): 40 / 100 x 100 = 40 as before
    item, _ = _progres(("40", "selesai", None, None), 1)
    assert item.realisasi == 40 and item.capaian == 40


# --- rentang_cek only for a range target ------------------------------------------------------------


def test_a_range_target_is_still_weighed_against_its_bound():
    # Target 60-85 (Satuan %), TW I 900 (Nilai Akhir, TW I report): above the range, weighed against the
    # upper bound 85; 900 > 10 x 85 = 850: the far-off peringatan at the target's cell I2
    row = kinerja_row(
        "S1", "Sasaran", "", "T", "Indeks kepuasan", "60-85", ("900", None, None, None), jenis="Nilai Akhir"
    )
    report = run([row], triwulan=1)
    assert [f for f in _at(report, "I2", PERINGATAN) if "lebih dari 10 kali" in f.pesan]


def test_a_range_target_is_weighed_against_its_upper_bound_not_its_lower_one():
    # Target 60-85, TW I 700: above the range, weighed against 85: 700 <= 10 x 85 = 850, quiet (against
    # the lower bound as typed, 60, it would be 700 > 600: a far-off peringatan wrongly said)
    row = kinerja_row(
        "S1", "Sasaran", "", "T", "Indeks kepuasan", "60-85", ("700", None, None, None), jenis="Nilai Akhir"
    )
    report = run([row], triwulan=1)
    assert not [f for f in report.findings if "lebih dari 10 kali" in f.pesan]


def test_a_range_target_inside_its_range_weighs_nothing():
    # Target 60-85, TW I 70: inside the range, met (capaian 100); no bound to weigh it against: quiet
    row = kinerja_row(
        "S1", "Sasaran", "", "T", "Indeks kepuasan", "60-85", ("70", None, None, None), jenis="Nilai Akhir"
    )
    report = run([row], triwulan=1)
    assert report.indicators[0].capaian == 100
    assert not [f for f in _at(report, "I2") if "lebih dari 10 kali" in f.pesan]


def test_a_one_figure_target_with_a_scale_word_is_weighed_as_typed():
    # Target "1.250 M" (1.250 miliar = 1.250.000.000.000), TW I "300 jt" (300.000.000), Satuan Rupiah:
    # 300.000.000 x 1.000 = 300.000.000.000 <= 1.250.000.000.000: the "1,25 M meant?" peringatan at I2
    row = kinerja_row(
        "P1",
        "Program",
        "",
        "P",
        "Pendapatan retribusi",
        "1.250 M",
        ("300 jt", None, None, None),
        satuan="Rupiah",
        jenis="Kumulatif",
    )
    report = run([row], triwulan=1)
    assert [f for f in _at(report, "I2", PERINGATAN) if "1,25 M" in f.pesan]


# --- target_tertulis only when a target has no figure ------------------------------------------------


def test_a_range_pk_target_beside_a_figure_revision_is_still_written():
    # Target (PK) "60-85 %", Target Perubahan 80: the target used (80) is a figure but the PK's is not:
    # target_pk_tertulis is the PK's text, the other two None (the used one has a figure)
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "T",
        "Indeks kepuasan",
        "60-85 %",
        ("70", None, None, None),
        target_perubahan="80",
        jenis="Nilai Akhir",
    )
    (item,) = run([row], triwulan=1).indicators
    assert (item.target_tertulis, item.target_pk_tertulis, item.target_perubahan_tertulis) == (
        None,
        "60-85 %",
        None,
    )
    assert item.capaian_exact == Fraction(70 * 100, 80)  # scored against the revision: 70 / 80 x 100


def test_figure_targets_write_no_text():
    # Target 80, Target Perubahan 90: both figures, no text anywhere; 70 / 90 x 100
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "T",
        "Indeks kepuasan",
        "80",
        ("70", None, None, None),
        target_perubahan="90",
        jenis="Nilai Akhir",
    )
    (item,) = run([row], triwulan=1).indicators
    assert (item.target_tertulis, item.target_pk_tertulis, item.target_perubahan_tertulis) == (
        None,
        None,
        None,
    )
    assert item.capaian_exact == Fraction(70 * 100, 90)


def test_a_grade_pk_target_beside_a_figure_revision_is_still_written():
    # Target (PK) "WTP" (a grade), Target Perubahan 90: the PK's grade is said as typed
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "T",
        "Opini BPK",
        "WTP",
        ("85", None, None, None),
        target_perubahan="90",
        satuan="Predikat",
        jenis="Nilai Akhir",
    )
    (item,) = run([row], triwulan=1).indicators
    assert item.target_pk_tertulis == "WTP"
    assert item.target_tertulis is None and item.target_perubahan_tertulis is None


# --- year_unknown only in the year's report -----------------------------------------------------------


@pytest.mark.parametrize("triwulan", [4, "4", "IV", "TW IV", "Triwulan IV", "Tahunan", "Semester II"])
def test_every_spelling_of_the_year_s_report_reaches_year_unknown(triwulan):
    # each is read as Triwulan 4 (README Pengaturan); Nilai Akhir, TW IV "menunggu rilis BPS": the year's
    # position is not known, belum diketahui with TW IV's status (never TW III's 72,5 / 75)
    row = kinerja_row(
        "T1",
        "Tujuan",
        "",
        "T",
        "Indeks Pembangunan Manusia",
        "75",
        (72, "72,3", "72,5", "menunggu rilis BPS"),
        jenis="Nilai Akhir",
        satuan="indeks",
    )
    report = run([row], triwulan=triwulan)
    assert not [f for f in report.findings if f.sheet == "Pengaturan" and f.severity == GALAT]
    item = report.indicators[0]
    assert item.realisasi is None and item.capaian is None and item.status == "menunggu rilis BPS"


@pytest.mark.parametrize("triwulan", [3, "Semester I"])
def test_a_quarter_s_report_keeps_the_latest_figure(triwulan):
    # TW III (or Semester I: TW II) report, the status in a quarter after it: TW III's 72,5 / TW II's
    # 72,3 of 75 is scored as before
    row = kinerja_row(
        "T1",
        "Tujuan",
        "",
        "T",
        "Indeks Pembangunan Manusia",
        "75",
        (72, "72,3", "72,5", "menunggu rilis BPS"),
        jenis="Nilai Akhir",
        satuan="indeks",
    )
    item = run([row], triwulan=triwulan).indicators[0]
    latest = Fraction(725, 10) if triwulan == 3 else Fraction(723, 10)
    assert item.capaian_exact == latest / 75 * 100


# --- summed_share only for a blank Jenis Realisasi, its whole cached per Satuan -----------------------


def _apm(kode, jenis, satuan, tws, row_target="95"):
    return kinerja_row(kode, "Tujuan", "", "T", f"APM {kode}", row_target, tws, jenis=jenis, satuan=satuan)


@pytest.mark.parametrize("jenis", [None, "   "])
def test_a_jenis_left_blank_or_spaces_is_summed_share_s(jenis):
    # blank (or spaces, read as blank): Kumulatif by default; 98,75 + 98 + 97,5 + 98 = 392,25 > 100: a
    # galat at H2 naming the sum, no capaian
    report = run([_apm("T1", jenis, "%", ("98,75", "98", "97,5", "98"))], triwulan=4)
    (said,) = [f for f in _at(report, "H2", GALAT) if "392,25" in f.pesan]
    assert report.indicators[0].capaian is None


def test_a_jenis_typed_as_a_dash_is_no_blank():
    # "-" is no choice: its own galat at H2 ("tidak dikenal"), not the summed share's (the Jenis is
    # unknown, not Kumulatif by default); no capaian
    report = run([_apm("T1", "-", "%", ("98,75", "98", "97,5", "98"))], triwulan=4)
    assert [f for f in _at(report, "H2", GALAT) if "tidak dikenal" in f.pesan]
    assert not [f for f in report.findings if "392,25" in f.pesan]
    assert report.indicators[0].capaian is None


def test_the_whole_is_the_same_cached_under_any_spelling_of_its_satuan():
    # one workbook, the Satuan spelt differently row by row (a cache keyed on the string must give each
    # its own answer); every row's Jenis blank, TW II report:
    # T1 "Per Mil"  400 + 300 = 700 <= 1.000 ‰: quiet       T2 "%"      60 + 50 = 110 > 100 %: galat
    # T3 " persen " 60 + 50 = 110 > 100 %: galat             T4 "PER MIL" 700 + 400 = 1.100 > 1.000 ‰: galat
    # T5 "% kenaikan" 60 + 50: a change, no whole: quiet     T6 "per mil" 400 + 300: quiet again
    rows = [
        _apm("T1", None, "Per Mil", ("400", "300", None, None), "800"),
        _apm("T2", None, "%", ("60", "50", None, None)),
        _apm("T3", None, " persen ", ("60", "50", None, None)),
        _apm("T4", None, "PER MIL", ("700", "400", None, None), "800"),
        _apm("T5", None, "% kenaikan", ("60", "50", None, None)),
        _apm("T6", None, "per mil", ("400", "300", None, None), "800"),
    ]
    for _ in range(2):  # the second run answered from the cache alone
        report = run(rows, triwulan=2)
        summed = {
            f.sel: f.pesan for f in report.findings if f.severity == GALAT and "Jenis Realisasi" in f.pesan
        }
        assert sorted(summed) == ["H3", "H4", "H5"]
        assert "110 %" in summed["H3"] and "110 %" in summed["H4"] and "1.100 ‰" in summed["H5"]
        caps = [i.capaian_exact for i in report.indicators]
        # quiet rows are Kumulatif: T1 700 / 800 x 100, T5 110 / 95 x 100, T6 as T1
        assert caps == [
            Fraction(700 * 100, 800),
            None,
            None,
            None,
            Fraction(110 * 100, 95),
            Fraction(700 * 100, 800),
        ]


# --- unused_by_nilai_akhir only for Nilai Akhir -------------------------------------------------------


@pytest.mark.parametrize("jenis", ["Nilai Akhir", "nilai akhir", "NILAI AKHIR ", "posisi"])
def test_an_unreadable_earlier_quarter_is_not_used_by_any_spelling_of_nilai_akhir(jenis):
    # TW II report, TW I unreadable "1.282,684,40" (a galat at K2, said), TW II 85: Nilai Akhir uses TW
    # II alone, 85 / 90 x 100 = 94,44... %
    row = kinerja_row(
        "S1", "Sasaran", "", "T", "Indeks kepuasan", "90", ("1.282,684,40", "85", None, None), jenis=jenis
    )
    report = run([row], triwulan=2)
    assert _at(report, "K2", GALAT)
    assert report.indicators[0].capaian_exact == Fraction(85 * 100, 90)


def test_an_unreadable_earlier_quarter_still_blocks_a_kumulatif():
    # the same, Kumulatif: TW I is summed, so it is needed: no capaian
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "T",
        "Indeks kepuasan",
        "90",
        ("1.282,684,40", "85", None, None),
        jenis="Kumulatif",
    )
    report = run([row], triwulan=2)
    assert _at(report, "K2", GALAT)
    assert report.indicators[0].capaian is None
