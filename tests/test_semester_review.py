"""Review of the half-year (Semester) round (tests/test_semester_staff.py), attacked as staff type.

What was still wrong:

- A Kumulatif quarter typed up to it with its note BEFORE the number in words other than "s.d."
  ("Jan-Jun 46,6%", "Kumulatif 46,6%", "Akumulasi 46,6", "Semester I: 46,6%") was told "Bila 46,6
  realisasinya, tulis angkanya saja": followed, 22,5 + 46,6 = 69,1 of 95 (72,74 %) for 46,6 (49,05 %).
- After the number, notes meaning the same ("(Semester I)" in TW II, "(realisasi s.d. Juni)", "(sampai
  Juni)", "(hingga Juni)", "(TW I-II)") were told "tulis angkanya saja (46,6%)" alike; "Semester II:
  48,4%" in TW IV (July-December, TW III + TW IV) too: 22,5 + 24,1 + 23 + 48,4 = 118 of 95.
- The galat named quarters left blank as filled: "(TW I-TW II sudah terisi)" with TW II blank.
- Pengaturan's Triwulan typed as a half year's months ("Januari-Juni", "Juli-Desember") or "S2" was
  told "harus angka 1-4": "4" makes a Semester II report a quarterly one.
- "Triwulan II (Semester I)" was read as a quarterly Triwulan II report without a word: the half year
  staff named was dropped from every title. "Semester I (Dua)" was read as Semester I ("Dua" compared
  with the quarter, 2), and "Semester II (Dua)" told "(Dua)" is not Semester II.
- A figure s.d. June below TW I's ("46,6% (s.d. Juni)" after 50) was told "tulis angkanya saja": 96,6.
- A note up to another quarter's month ("s.d. Maret" in TW II) was given TW II's share.
- A rekap of Semester I agencies beside Triwulan II ones said nothing of the two kinds of report, as it
  does of the Laporan Tahunan beside Triwulan IV.
Pure, except where a rekap is made.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages


def _imunisasi(tws, jenis="Kumulatif"):
    """Sasaran S2 "Cakupan imunisasi dasar lengkap", target 95 %, quarters as staff typed them."""
    return kinerja_row(
        "S2", "Sasaran", "", "Meningkatnya cakupan pelayanan kesehatan", "Cakupan imunisasi dasar lengkap",
        "95%", tws, jenis=jenis,
    )  # fmt: skip


def _at(report, sheet, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel)]


# --- 1. a figure typed up to the quarter, its note in other words: the quarter's own share -------


@pytest.mark.parametrize(
    "typed",
    [
        "Jan-Jun 46,6%",  # the note before the number, as "s.d. Juni 46,6%" is read
        "Januari-Juni: 46,6%",
        "Kumulatif 46,6%",
        "Kumulatif: 46,6%",
        "Akumulasi 46,6",
        "Semester I: 46,6%",  # a Kumulatif's Semester I is TW I + TW II
        "46,6% (Semester I)",
        "46,6% (Smt I)",
        "46,6% (realisasi s.d. Juni)",
        "46,6% (data s.d. Juni)",
        "46,6% (sampai Juni)",
        "46,6% (hingga Juni)",
        "46,6% (TW I-II)",
        "46,6% (TW I+II)",
    ],
)
def test_a_figure_up_to_the_quarter_in_other_words_names_the_quarters_share(typed):
    # TW I 22,5; TW II the figure s.d. June: its own share is 46,6 - 22,5 = 24,1 (the advice "tulis
    # angkanya saja" followed gives 22,5 + 46,6 = 69,1 of 95)
    report = report_of(book_of([_imunisasi(("22,5%", typed, None, None))], triwulan="Semester I"))
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == "galat", messages(report)
    assert "tulis realisasi TW II saja (46,6 - 22,5 = 24,1)" in said.pesan, said.pesan
    assert "tulis angkanya saja" not in said.pesan, said.pesan
    assert report.indicators[0].capaian is None  # no capaian from TW I alone


def test_the_second_half_years_figure_names_its_last_quarters_share():
    # "Semester II: 48,4%" in TW IV beside TW III's 23: July-December is TW III + TW IV, so TW IV's own
    # is 48,4 - 23 = 25,4 (not 48,4 - 69,6, nor 48,4 as it is: 22,5 + 24,1 + 23 + 48,4 = 118 of 95)
    for typed in ("Semester II: 48,4%", "48,4% (Semester II)", "48,4% (Juli-Desember)"):
        tws = ("22,5%", "24,1%", "23%", typed)
        report = report_of(book_of([_imunisasi(tws)], triwulan="Semester II"))
        (said,) = _at(report, "Kinerja", "N2")
        assert said.severity == "galat", messages(report)
        assert "tulis realisasi TW IV saja (48,4 - 23 = 25,4)" in said.pesan, said.pesan
        assert "(TW III sudah terisi)" in said.pesan, said.pesan
    # followed: 22,5 + 24,1 + 23 + 25,4 = 95 of 95, 100
    (done,) = report_of(
        book_of([_imunisasi(("22,5%", "24,1%", "23%", "25,4%"))], triwulan="Semester II")
    ).indicators
    assert Fraction(done.capaian_exact) == 100


@pytest.mark.parametrize(
    ("tws", "where"),
    [
        # a Semester I note in TW IV, or a Semester II note in TW II, is no figure of that quarter's half
        (("22,5%", "24,1%", "23%", "48,4% (Semester I)"), "N2"),
        (("22,5%", "46,6% (Semester II)", None, None), "L2"),
    ],
)
def test_a_half_years_note_on_another_half_keeps_its_advice(tws, where):
    report = report_of(book_of([_imunisasi(tws)], triwulan="Semester II"))
    (said,) = _at(report, "Kinerja", where)
    assert "tulis angkanya saja" in said.pesan and "tulis realisasi TW" not in said.pesan, said.pesan


@pytest.mark.parametrize("jenis", ["Nilai Akhir"])
def test_a_half_year_labelled_position_keeps_its_advice(jenis):
    # a Nilai Akhir's Semester I figure is no sum of quarters: the number as it is
    report = report_of(
        book_of([_imunisasi(("22,5%", "Jan-Jun 46,6%", None, None), jenis)], triwulan="Semester I")
    )
    assert not [f for f in _at(report, "Kinerja", "L2") if "tulis realisasi TW II saja" in f.pesan]


def test_a_half_years_mean_names_the_quarters_own_figure():
    # staff41 changed this case (it was a parameter of the test above, "the number as it is"): a
    # Rata-rata indicator's figure "Jan-Jun 46,6%" is the mean over the half year, and typed as it is in
    # TW II the report averages it with TW I again, (22,5 + 46,6) / 2 = 34,55 %, not the 46,6 % typed.
    # The quarter's own figure whose mean with TW I is 46,6: 2 x 46,6 - 22,5 = 70,7
    # (tests/test_typed_sd_rata_rata.py).
    report = report_of(
        book_of([_imunisasi(("22,5%", "Jan-Jun 46,6%", None, None), "Rata-rata")], triwulan="Semester I")
    )
    (said,) = [f for f in _at(report, "Kinerja", "L2") if f.severity == "galat"]
    assert "tulis realisasi TW II saja (2 x 46,6 - 22,5 = 70,7)" in said.pesan, said.pesan


def test_the_galat_names_only_the_quarters_filled():
    # TW II blank: "(TW I-TW II sudah terisi)" named a quarter with nothing in it. 69,6 - 22,5 = 47,1
    # is TW II + TW III together, typed in TW III: 22,5 + 47,1 = 69,6 s.d. TW III, right.
    tws = ("22,5%", None, "69,6% (s.d. September)", None)
    report = report_of(book_of([_imunisasi(tws)], triwulan=3))
    (said,) = [f for f in _at(report, "Kinerja", "M2") if f.severity == "galat"]
    assert "(TW I sudah terisi)" in said.pesan and "TW I-TW II" not in said.pesan, said.pesan
    assert "(69,6 - 22,5 = 47,1)" in said.pesan, said.pesan
    (done,) = report_of(book_of([_imunisasi(("22,5%", None, "47,1%", None))], triwulan=3)).indicators
    assert Fraction(done.capaian_exact) == Fraction("69.6") / 95 * 100


@pytest.mark.parametrize("typed", ["46,6% (s.d. Maret)", "Jan-Mar 46,6%", "46,6% (s.d. September)"])
def test_a_note_up_to_a_month_of_another_quarter_names_no_share(typed):
    # up to March (TW I's end) or September is no figure up to June: "46,6 - 22,5 = 24,1" would be a
    # guess at what the note means; the cell keeps its own galat or peringatan
    report = report_of(book_of([_imunisasi(("22,5%", typed, None, None))], triwulan="Semester I"))
    assert not [f for f in _at(report, "Kinerja", "L2") if "tulis realisasi TW II saja" in f.pesan]


@pytest.mark.parametrize(
    "typed", ["46,6% s.d. Juni", "46,6 % s/d Juni", "46,6% kumulatif", "46,6 sampai Juni 2025"]
)
def test_a_note_after_the_number_without_brackets_names_the_quarters_share(typed):
    # the same note without brackets was told only "angka ... tidak valid: ada teks 's.d. Juni'":
    # the note deleted, 22,5 + 46,6 = 69,1 of 95. TW II's own: 46,6 - 22,5 = 24,1.
    report = report_of(book_of([_imunisasi(("22,5%", typed, None, None))], triwulan="Semester I"))
    (said,) = _at(report, "Kinerja", "L2")
    assert "tulis realisasi TW II saja (46,6 - 22,5 = 24,1)" in said.pesan, said.pesan


def test_spending_with_a_note_after_it_without_brackets_names_the_quarters_share():
    # "522,75 jt s.d. Juni" after TW I's Rp 210.500.000: 522.750.000 - 210.500.000 = 312.250.000
    program = anggaran_row(
        "P1.01", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "S2", "Rp 1.350.000.000",
        ("Rp 210.500.000", "522,75 jt s.d. Juni", None, None),
    )  # fmt: skip
    report = report_of(
        book_of([_imunisasi(("22,5%", "24,1%", None, None))], [program], triwulan="Semester I")
    )
    (said,) = _at(report, "Anggaran", "G2")
    assert "(Rp 522.750.000 - Rp 210.500.000 = Rp 312.250.000)" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["40 s.d. 50", "40% s/d 50%", "40 sampai dengan 50", "40 - 50"])
def test_a_range_typed_is_no_figure_up_to_the_quarter(typed):
    # a range (40 to 50) is no total up to June: no share named from its first number
    report = report_of(book_of([_imunisasi(("22,5%", typed, None, None))], triwulan="Semester I"))
    assert not [f for f in _at(report, "Kinerja", "L2") if "tulis realisasi TW II saja" in f.pesan]


def test_a_figure_up_to_the_quarter_below_the_quarters_before_is_told_to_check_them():
    # TW I 50 and "46,6% (s.d. Juni)": a Kumulatif total up to June cannot be below TW I's own 50.
    # "tulis angkanya saja (46,6%)" followed gives 50 + 46,6 = 96,6 s.d. TW II (101,68 % of 95) from a
    # cell its note says is 46,6 up to June; the galat says the figures disagree instead.
    report = report_of(book_of([_imunisasi(("50%", "46,6% (s.d. Juni)", None, None))], triwulan="Semester I"))
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == "galat", messages(report)
    assert "tulis angkanya saja" not in said.pesan, said.pesan
    assert "46,6 lebih kecil dari realisasi TW I (50)" in said.pesan, said.pesan
    assert report.indicators[0].capaian is None


def test_spending_up_to_the_quarter_before_the_number_names_the_quarters_share():
    # TW I Rp 210.500.000, TW II "Jan-Jun Rp 522.750.000": 522.750.000 - 210.500.000 = 312.250.000
    program = anggaran_row(
        "P1.01", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "S2", "Rp 1.350.000.000",
        ("Rp 210.500.000", "Kumulatif Rp 522.750.000", None, None),
    )  # fmt: skip
    report = report_of(
        book_of([_imunisasi(("22,5%", "24,1%", None, None))], [program], triwulan="Semester I")
    )
    (said,) = _at(report, "Anggaran", "G2")
    assert said.severity == "galat", messages(report)
    assert "(Rp 522.750.000 - Rp 210.500.000 = Rp 312.250.000)" in said.pesan, said.pesan


# --- 2. Pengaturan: a half year's months or "S2" is told the half years, not 1-4 ---------------------


def _pengaturan_said(report):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B6")]


@pytest.mark.parametrize("typed", ["Januari-Juni", "Juli-Desember", "Jan-Jun", "Jul - Des", "S2", "S1"])
def test_a_half_years_months_are_told_to_type_semester(typed):
    # "harus angka 1-4" followed ("4") makes the Semester II report a quarterly one in every title
    report = report_of(book_of([_imunisasi(("22,5%", "24,1%", None, None))], triwulan=typed))
    (said,) = _pengaturan_said(report)
    assert "1-4" not in said and "tulis Semester I (Januari-Juni)" in said, said
    if typed.startswith("Jan"):  # January-June is also the quarterly report s.d. TW II: both named
        assert "untuk laporan triwulan II tulis 2" in said, said
    else:
        assert "atau Semester II (s.d. Desember)" in said, said
    assert report.settings.triwulan_laporan is None  # still a galat: no guess


@pytest.mark.parametrize("typed", ["Triwulan II (Semester I)", "TW IV (Semester II)", "Triwulan 2 (Smt I)"])
def test_a_quarter_with_a_half_year_in_brackets_is_a_galat(typed):
    # read as the quarterly report, the half year named was dropped from every title without a word;
    # which report is meant is unknown
    report = report_of(book_of([_imunisasi(("22,5%", "24,1%", None, None))], triwulan=typed))
    (said,) = _pengaturan_said(report)
    assert "Semester" in said and "triwulan" in said.lower(), said
    assert report.settings.triwulan_laporan is None


def test_a_half_year_with_its_quarter_in_brackets_stays_read():
    # "Semester II (Triwulan IV)": the half year typed first, its last quarter after: Semester II
    report = report_of(
        book_of([_imunisasi(("22,5%", "24,1%", "23%", "25,4%"))], triwulan="Semester II (TW IV)")
    )
    assert (report.settings.triwulan_laporan, report.settings.semester_laporan) == (4, 2)
    assert not _pengaturan_said(report)


@pytest.mark.parametrize(
    ("typed", "triwulan", "half"),
    [("Semester II (Dua)", 4, 2), ("Semester 1 (Satu)", 2, 1), ("Semester I (Pertama)", 2, 1)],
)
def test_a_half_year_with_its_own_name_in_brackets_is_read(typed, triwulan, half):
    # the galat said '"(Dua)" tidak' is Semester II, which it is; "(Semester Kedua)" was already read
    report = report_of(book_of([_imunisasi(("22,5%", "24,1%", "23%", "25,4%"))], triwulan=typed))
    assert (report.settings.triwulan_laporan, report.settings.semester_laporan) == (triwulan, half)
    assert not _pengaturan_said(report)


@pytest.mark.parametrize("typed", ["Semester II (Satu)", "Semester II (TW II)", "Semester I (Dua)"])
def test_a_half_year_with_another_name_in_brackets_stays_a_galat(typed):
    report = report_of(book_of([_imunisasi(("22,5%", "24,1%", "23%", "25,4%"))], triwulan=typed))
    assert report.settings.triwulan_laporan is None and _pengaturan_said(report)


# --- 3. a rekap of agencies that sent the half year beside others that sent its quarter ---------------


def _agency(tmp_path, name, triwulan):
    """An agency's workbook (`lkj-xl new`'s template), one Sasaran, Nilai Akhir 80 % of 100 %."""
    import lkj_xl.core.contract as c
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / f"{name}.xlsx"
    pengaturan = {c.P_PEMDA: "Kabupaten Sumber", c.P_OPD: name, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
    kinerja = [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": f"Sasaran {name}", "Indikator": f"Persentase {name}",
         "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": "100%", "Realisasi TW II": "80%",
         "Realisasi TW IV": "80%"},
    ]  # fmt: skip
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja)
    return path


def _warnings(paths):
    import lkj_xl

    result = lkj_xl.rekap(paths, jobs=1)
    return dict(zip(result.peringatan["jenis"], result.peringatan["pesan"], strict=True))


def test_rekap_of_semester_i_beside_triwulan_ii_says_two_reports(tmp_path):
    # Both count s.d. TW II (the same figures, ranked together) but they are two reports, as the Laporan
    # Tahunan beside Triwulan IV is ("Jenis laporan berbeda"): nothing was said, the title alone read
    # "Semester I / Triwulan II". The fewer (here the quarterly one) is named.
    paths = [
        _agency(tmp_path, "Dinas Kesehatan", "Semester I"),
        _agency(tmp_path, "Dinas Sosial", "Semester I"),
        _agency(tmp_path, "Inspektorat", 2),
    ]
    said = _warnings(paths)["Jenis laporan berbeda"]
    assert said.startswith(
        "Pada Triwulan II Tahun 2025, 2 perangkat daerah mengirim Laporan Kinerja Semester I (Triwulan di "
        f"sheet Pengaturan: Semester I) dan 1 mengirim Laporan Kinerja Triwulan II: Inspektorat ({paths[2]}). "
        "Angkanya sama-sama realisasi s.d. Triwulan II dan diperingkat bersama"
    ), said
    assert "mengisi Triwulan dengan Semester I" in said, said


def test_rekap_of_semester_ii_beside_triwulan_iv_names_the_fewer(tmp_path):
    # one Semester II beside two quarterly Triwulan IV: the half year's agency is named
    paths = [
        _agency(tmp_path, "Dinas Kesehatan", 4),
        _agency(tmp_path, "Dinas Sosial", 4),
        _agency(tmp_path, "Inspektorat", "Semester II"),
    ]
    said = _warnings(paths)["Jenis laporan berbeda"]
    assert (
        "2 perangkat daerah mengirim Laporan Kinerja Triwulan IV (Triwulan di sheet Pengaturan: 4) dan 1 "
        f"mengirim Laporan Kinerja Semester II: Inspektorat ({paths[2]})."
    ) in said, said
    assert "mengisi Triwulan dengan 4" in said, said


def test_rekap_of_half_years_alone_says_nothing_of_kinds(tmp_path):
    paths = [
        _agency(tmp_path, "Dinas Kesehatan", "Semester I"),
        _agency(tmp_path, "Dinas Sosial", "Semester I"),
    ]
    assert "Jenis laporan berbeda" not in _warnings(paths)
