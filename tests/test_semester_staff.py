"""Staff round 40: a half-year report (Pengaturan Triwulan "Semester I" / "Semester II" / "Tahunan")
filled by staff of a Dinas Kesehatan who had never seen the tool, from `lkj-xl new --triwulan
"Semester I"`.

Read right (hand arithmetic, the round's workbook; kept as the last tests): Semester I counts TW I +
TW II (Kumulatif 22,5 + 24,1 = 46,6 of 95 %), Semester II from TW I through TW IV; Nilai Akhir the
latest quarter with a value; Rata-rata the mean of the quarters with a value ("-" left out); Negatif
(2 x target - realisasi) / target; Target Perubahan and Pagu Perubahan replace Target and Pagu;
realisasi anggaran summed per quarter ("Rp 210.500.000" + "312,25 jt").

What was wrong:

- A half-year target typed in a column of its own ("Target Semester I", "Target Smt I", "Target s.d.
  Semester II": a Perjanjian Kinerja with semester targets) was left out without a word, where "Target
  TW II" has a peringatan at its header: the Semester I report printed 46,6 % of the year's 95 %,
  49,05 % Sangat Rendah, while staff read it against the 45 % they had typed (103,56 %).
- Pengaturan's Triwulan typed as a half year the tool does not read ("Semester Genap", "Semester
  Ganjil", "Semesteran", "Semester 3") was a galat saying `harus angka 1-4`: followed, "4" makes the
  Semester II report a quarterly Triwulan IV one ("s.d. Triwulan IV" in every title).
- In a Semester I report, the peringatan on TW IV values typed said "Bila laporan ini s.d. Triwulan
  IV, ubah Triwulan": a half-year report through December is Semester II.
- The rekap's warnings named a half year's report by its last quarter: "Triwulan laporan tidak sama
  ...: sebagian besar Triwulan II ...; Triwulan IV: Dinas Sosial" for agencies that sent Semester I and
  Semester II, and "1 mengirim Laporan Kinerja Triwulan IV: Dinas Sosial" for the Semester II report
  beside the Laporan Tahunan; a rekap of Laporan Tahunan and Semester II was titled "Semester II /
  Triwulan IV Tahun 2025", a report nobody sent.
- "Sem-II" was read as Triwulan IV but not as the half year (titled "s.d. Triwulan IV"); "Semester I
  Tahun Anggaran 2025" was a galat; "Semester II 2024" in 2025 was not told the year is wrong.
- A column "Realisasi Semester II" holding July-December (TW III + TW IV, 23 + 25,4 = 48,4 %) beside
  the right quarters got "berbeda dengan realisasi s.d. Semester II ...: 95%; Periksa realisasi per
  triwulan" (Anggaran alike: "Periksa triwulan yang ditulis s.d. triwulan itu").
- "Semester I: 13,8%" was a peringatan and the indicator "belum dapat diukur capaiannya", where "TW II:
  13,8%" is a galat naming the figure to type.
- A Kumulatif quarter typed up to it with a note beside TW I ("46,6% (s.d. Juni)") was told "tulis
  angkanya saja (46,6%)": followed, 22,5 + 46,6 = 69,1 of 95, 72,74 % Sedang without a word, for 49,05
  % Sangat Rendah (Anggaran alike, "522.750.000 (s.d. Juni)" after TW I's 210.500.000).
- Anggaran TW III left blank between TW II and TW IV (Semester II) counted as nothing spent without a
  word, where Kinerja's Kumulatif quarter blank between two is a peringatan.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages

NBSP = "\u00a0"


def _imunisasi(tws=("22,5%", f"24,1{NBSP}%", "23%", "25,4%")):
    """Sasaran S2 "Cakupan imunisasi dasar lengkap", Kumulatif, target 95 %, quarters as staff typed them."""
    return kinerja_row(
        "S2", "Sasaran", "", "Meningkatnya cakupan pelayanan kesehatan", "Cakupan imunisasi dasar lengkap",
        "95%", tws, jenis="Kumulatif",
    )  # fmt: skip


def _at(report, sheet, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel)]


# --- 1. a half-year target in a column of its own is said at its header -----------------------------


@pytest.mark.parametrize(
    ("triwulan", "header"),
    [
        ("Semester I", "Target Semester I"),
        ("Semester I", "Target Smt I"),
        ("Semester I", "Target Semester 1"),
        ("Semester I", "Target s.d. Semester I"),
        ("Semester I", "Target Sem. I"),
        ("Semester II", "Target Semester II"),
        ("Semester II", "Target s.d. Semester II"),
        (2, "Target Semester I"),
    ],
)
def test_a_half_year_target_column_is_a_peringatan(triwulan, header):
    # book_of puts the extra header after Kinerja's 15 columns (A-O): P1; S2's row is 2.
    report = report_of(book_of([[*_imunisasi(), "45%"]], triwulan=triwulan, kinerja_extra=[header]))
    said = _at(report, "Kinerja", "P1")
    assert [f.severity for f in said] == ["peringatan"], messages(report)
    assert f'Kolom "{header}" tidak dibaca' in said[0].pesan
    assert "Target tahunan" in said[0].pesan and '"Target Perubahan" bila diisi' in said[0].pesan
    # the report is a half year's: the message names no quarter ("capaian s.d. triwulan")
    assert "triwulan" not in said[0].pesan.lower()
    (ind,) = report.indicators
    # the capaian stays against the year's target: Semester I 22,5 + 24,1 = 46,6; 46,6 / 95 x 100
    # = 49,05 (Sangat Rendah), not 46,6 / 45 = 103,56; Semester II (and TW II typed 2, Semester I's
    # quarter) alike: s.d. TW IV 22,5 + 24,1 + 23 + 25,4 = 95 of 95 = 100.
    quarters = 2 if triwulan in ("Semester I", 2) else 4
    expected = sum(Fraction(x) for x in ("22.5", "24.1", "23", "25.4")[:quarters]) / 95 * 100
    assert Fraction(ind.capaian_exact) == expected


@pytest.mark.parametrize("header", ["Target 2026", "Target Renstra Semester", "Target Kinerja", "Semester"])
def test_other_target_columns_stay_as_they_were(header):
    # A later year's target is another galat-free note column (tests/test_staff_round24.py); "Target
    # Renstra Semester" or "Semester" is no half-year target of this year: no half-year peringatan.
    report = report_of(book_of([[*_imunisasi(), "45%"]], triwulan="Semester I", kinerja_extra=[header]))
    assert not [f for f in _at(report, "Kinerja", "P1") if "Target tahunan" in f.pesan], messages(report)


# --- 2. a half year typed in a way not read: the galat says what to type --------------------------


def _pengaturan_said(report):
    # Pengaturan of tests.test_engine.pengaturan: Triwulan at B6
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B6")]


@pytest.mark.parametrize(
    "typed", ["Semester Genap", "Semester Ganjil", "Semesteran", "Semester 3", "Smt III"]
)
def test_an_unread_half_year_is_told_to_type_semester_i_or_ii(typed):
    report = report_of(book_of([_imunisasi()], triwulan=typed))
    (said,) = _pengaturan_said(report)
    assert said.startswith(f'Parameter "Triwulan" "{typed}" tidak dapat dibaca'), said
    # not "harus angka 1-4": "4" would make a half year's report a quarterly Triwulan IV one
    assert "1-4" not in said and "Semester I" in said and "Semester II" in said, said
    assert (
        report.settings.triwulan_laporan is None
    )  # no quarter guessed ("Ganjil" is July-December at school)
    # followed: "Semester II" is the half year through December, s.d. TW IV, named so
    followed = report_of(book_of([_imunisasi()], triwulan="Semester II"))
    assert (followed.settings.triwulan_laporan, followed.settings.semester_laporan) == (4, 2)
    assert not _pengaturan_said(followed)
    # 22,5 + 24,1 + 23 + 25,4 = 95 of 95: 100
    assert Fraction(followed.indicators[0].capaian_exact) == 100


FORMS = "1-4 (laporan triwulan), Semester I atau Semester II (laporan semester), atau Tahunan"


def test_a_quarter_typed_wrong_keeps_its_message():
    # "TW V" is no half year: the quarter's message as before (tests/test_rekap_staff.py)
    (said,) = _pengaturan_said(report_of(book_of([_imunisasi()], triwulan="TW V")))
    # (since newuser41 it names every form the cell takes, tests/test_triwulan_sd.py)
    assert said.startswith(f'Parameter "Triwulan" harus {FORMS}, bukan "TW V"'), said


@pytest.mark.parametrize("typed", ["Laporan Semester I", "LKj Semester II", "Smstr I", "Smst. II"])
def test_other_half_year_spellings_are_told_to_type_semester_i_or_ii(typed):
    # a half year's word inside the text or spelt short: the same advice, not "harus angka 1-4"
    (said,) = _pengaturan_said(report_of(book_of([_imunisasi()], triwulan=typed)))
    assert "1-4" not in said and "tulis Semester I (Januari-Juni) atau Semester II" in said, said


@pytest.mark.parametrize(("typed", "half"), [("Sem-II", 2), ("Sem-I", 1), ("SEM-2", 2)])
def test_a_half_year_typed_with_a_hyphen_is_that_half_year(typed, half):
    # "Sem-II" was read as Triwulan IV but not as a half year: the Semester II report was titled
    # "s.d. Triwulan IV" (no word), as "TW-IV" would be
    report = report_of(book_of([_imunisasi()], triwulan=typed))
    assert (report.settings.triwulan_laporan, report.settings.semester_laporan) == (2 * half, half)
    assert not _pengaturan_said(report)


@pytest.mark.parametrize(("typed", "written"), [("Sem-II", "Semester II"), ("Sem-I", "Semester I")])
def test_new_writes_a_hyphenated_half_year_as_the_dropdown_offers_it(tmp_path, typed, written):
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    path = tmp_path / "dinkes.xlsx"
    made = CliRunner().invoke(main, ["new", str(path), "--tahun", "2025", "--triwulan", typed])
    assert made.exit_code == 0, made.output
    assert openpyxl.load_workbook(path)["Pengaturan"]["B7"].value == written


@pytest.mark.parametrize(
    ("typed", "triwulan", "half"),
    [
        ("Semester I Tahun Anggaran 2025", 2, 1),
        ("Semester II Tahun Anggaran 2025", 4, 2),
        ("Triwulan II Tahun Anggaran 2025", 2, None),
    ],
)
def test_the_period_followed_by_its_tahun_anggaran_is_read(typed, triwulan, half):
    # "TA 2025" and "Tahun 2025" after the period were read; the words written out were a galat
    report = report_of(book_of([_imunisasi()], triwulan=typed))
    assert (report.settings.triwulan_laporan, report.settings.semester_laporan) == (triwulan, half)
    assert not _pengaturan_said(report)


def test_a_half_year_of_another_year_says_the_year():
    # "Semester II 2024" in the 2025 workbook (last year's cell kept): the year is what is wrong
    (said,) = _pengaturan_said(report_of(book_of([_imunisasi()], triwulan="Semester II 2024")))
    assert "tahun 2024 bukan Tahun laporan (2025)" in said and "tulis Semester II saja" in said, said


# --- 3. values after the half year: the hint names the half year to choose ------------------------


def _year_filled():
    """Five indicators with every quarter typed (the year's sheet filled on): the hint comes with the
    message said once for five rows or more (findings.GROUP_MIN)."""
    gizi = [
        kinerja_row(
            f"S1.{n}", "Sasaran", "", f"Sasaran gizi {n}", f"Balita gizi baik {n}", "90%",
            ("88%", "89 %", "89,5%", "90,2%"), jenis="Nilai Akhir",
        )
        for n in range(1, 5)
    ]  # fmt: skip
    return [*gizi, _imunisasi()]


def test_tw_iv_filled_in_a_semester_i_report_points_to_semester_ii():
    # TW III and TW IV typed in the Semester I report: the values are left out (Semester I 22,5 + 24,1
    # = 46,6 of 95: 49,05; Nilai Akhir TW II's 89 of 90: 98,89) and the hint on TW IV says what to
    # choose for a report through December: "Semester II", not "s.d. Triwulan IV" (which, typed "4",
    # makes the half year's report a quarterly one).
    report = report_of(book_of(_year_filled(), triwulan="Semester I"))
    tw4 = [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel.startswith("N")]
    assert len(tw4) == 1 and "padahal laporan Semester I" in tw4[0], messages(report)
    assert "Triwulan IV" not in tw4[0], tw4
    assert (
        "Bila laporan ini s.d. Semester II, ubah Triwulan di sheet Pengaturan menjadi Semester II" in tw4[0]
    )
    tw3 = [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel.startswith("M")]
    # a report through September is no half year: the quarter stays named
    assert len(tw3) == 1 and "Bila laporan ini s.d. Triwulan III, ubah Triwulan" in tw3[0], tw3
    imunisasi = next(i for i in report.indicators if i.kode == "S2")
    assert Fraction(imunisasi.capaian_exact) == (Fraction("22.5") + Fraction("24.1")) / 95 * 100
    gizi_baik = next(i for i in report.indicators if i.kode == "S1.1")
    assert Fraction(gizi_baik.capaian_exact) == Fraction(89, 90) * 100


def test_tw_iv_filled_in_a_quarterly_tw_ii_report_keeps_its_hint():
    report = report_of(book_of(_year_filled(), triwulan=2))
    tw4 = [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel.startswith("N")]
    assert len(tw4) == 1 and "Bila laporan ini s.d. Triwulan IV, ubah Triwulan di sheet Pengaturan" in tw4[0]


# --- 4. the rekap names a half year's report as its agency does ----------------------------------


def _agency(tmp_path, name, triwulan, tw2):
    """An agency's workbook (`lkj-xl new`'s template): one Sasaran, Nilai Akhir, target 100 %, the
    same realisasi in TW II and TW IV (so the half year and the year agree: capaian tw2 %)."""
    import lkj_xl.core.contract as c
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / f"{name}.xlsx"
    pengaturan = {c.P_PEMDA: "Kabupaten Sumber", c.P_OPD: name, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
    kinerja = [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": f"Sasaran {name}", "Indikator": f"Persentase {name}",
         "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": "100%", "Realisasi TW II": tw2,
         "Realisasi TW IV": tw2},
    ]  # fmt: skip
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja)
    return path


def _rekap_warnings(paths):
    import lkj_xl

    result = lkj_xl.rekap(paths, jobs=1)
    return dict(zip(result.peringatan["jenis"], result.peringatan["pesan"], strict=True))


def test_rekap_names_half_years_where_the_quarters_differ(tmp_path):
    # Two agencies sent Semester I, one Semester II: the warning names the half years (each with its
    # last quarter, as the year's report is "Laporan Tahunan, s.d. Triwulan IV"), not "Triwulan II"
    # and "Triwulan IV" alone.
    paths = [
        _agency(tmp_path, "Dinas Kesehatan", "Semester I", "85%"),
        _agency(tmp_path, "Kecamatan Sukamaju", "Semester I", "70%"),
        _agency(tmp_path, "Dinas Sosial", "Semester II", "90%"),
    ]
    said = _rekap_warnings(paths)["Triwulan berbeda"]
    assert said.startswith(
        "Triwulan laporan tidak sama di semua perangkat daerah: sebagian besar Semester I, s.d. Triwulan II "
        f"(2 perangkat daerah); Semester II, s.d. Triwulan IV: Dinas Sosial ({paths[2]})."
    ), said


def test_rekap_names_a_half_year_beside_its_quarter(tmp_path):
    # Semester I and a quarterly Triwulan II count the same quarters (s.d. TW II), as the rekap's title
    # says ("Semester I / Triwulan II Tahun 2025"); beside a Triwulan III agency the warning says so.
    paths = [
        _agency(tmp_path, "Dinas Kesehatan", "Semester I", "85%"),
        _agency(tmp_path, "Kecamatan Sukamaju", 2, "70%"),
        _agency(tmp_path, "Dinas Sosial", 3, "90%"),
    ]
    said = _rekap_warnings(paths)["Triwulan berbeda"]
    assert said.startswith(
        "Triwulan laporan tidak sama di semua perangkat daerah: sebagian besar Semester I / Triwulan II "
        f"(2 perangkat daerah); Triwulan III: Dinas Sosial ({paths[2]})."
    ), said


def test_rekap_names_semester_ii_beside_the_laporan_tahunan(tmp_path):
    # Two Laporan Tahunan and one Semester II (all s.d. TW IV): the Semester II agency is named as
    # having sent its Laporan Kinerja Semester II, not "Laporan Kinerja Triwulan IV"; a quarterly
    # Triwulan IV one beside them keeps its name.
    paths = [
        _agency(tmp_path, "Dinas Kesehatan", "Tahunan", "85%"),
        _agency(tmp_path, "Kecamatan Sukamaju", "Tahunan", "70%"),
        _agency(tmp_path, "Dinas Sosial", "Semester II", "90%"),
        _agency(tmp_path, "Inspektorat", 4, "95%"),
    ]
    said = _rekap_warnings(paths)["Jenis laporan berbeda"]
    assert (
        "2 perangkat daerah mengirim Laporan Tahunan (Triwulan di sheet Pengaturan: Laporan Tahunan) dan "
        f"1 mengirim Laporan Kinerja Semester II: Dinas Sosial ({paths[2]}); 1 mengirim Laporan Kinerja "
        f"Triwulan IV: Inspektorat ({paths[3]}). "
    ) in said, said


def test_rekap_period_of_semester_ii_beside_the_year_names_no_quarter():
    # The Jumlah line and the title of a rekap of Laporan Tahunan and Semester II (all s.d. TW IV): no
    # agency sent a quarterly Triwulan IV report, so the period names none ("Semester II / Triwulan IV
    # Tahun 2025" did); with a quarterly one beside them the quarter is named as before.
    from lkj_xl.core.rekap_ganda import period_text

    def row(periode):
        return {"tahun": 2025, "triwulan": 4, "periode": periode}

    rows = [row("Tahun 2025"), row("Tahun 2025"), row("Semester II Tahun 2025")]
    assert period_text((2025, 4), rows) == "Semester II / Tahun 2025"
    rows.append(row("Triwulan IV Tahun 2025"))
    assert period_text((2025, 4), rows) == "Semester II / Triwulan IV Tahun 2025"
    assert period_text((2025, 4), rows[2:3]) == "Semester II Tahun 2025"
    assert period_text((2025, 4), rows[:2]) == "Tahun 2025"


# --- 5. "Realisasi Semester II" beside the quarters: the half year's own figure is no difference ----

# Kinerja's extra columns after A-O: P "Realisasi Semester I", Q "Realisasi Semester II"; Anggaran's
# after A-I: J and K alike.
HALVES = ["Realisasi Semester I", "Realisasi Semester II"]


def _kunjungan(
    tws, jenis="Kumulatif", target="15.000", indikator="Jumlah kunjungan posyandu", satuan="kunjungan"
):
    return kinerja_row(
        "P1.02", "Program", "", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", indikator, target, tws,
        satuan=satuan, jenis=jenis,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("row", "halves", "sd"),
    [
        # Kumulatif: Semester I 22,5 + 24,1 = 46,6; Semester II (July-December) 23 + 25,4 = 48,4;
        # s.d. Semester II 95
        (_imunisasi(), ("46,6%", "48,4%"), Fraction(95)),
        # 3.250 + 3.100 = 6.350 and 4.100 + 4.400 = 8.500 kunjungan; s.d. Semester II 14.850
        (
            _kunjungan(("3.250", f"3.100{NBSP}kunjungan", "4.100", "4.400")),
            ("6.350", "8.500"),
            Fraction(14850),
        ),
        # Rata-rata (IKM): Semester I (80,1 + 81,3) / 2 = 80,7; Semester II (83,4 + 84) / 2 = 83,7;
        # s.d. Semester II (80,1 + 81,3 + 83,4 + 84) / 4 = 82,2
        (
            _kunjungan(
                ("80,1", "81,3", "83,4", "84"), "Rata-rata", "82,5", "Indeks Kepuasan Masyarakat", "indeks"
            ),
            ("80,7", "83,7"),
            Fraction("82.2"),
        ),
    ],
)
@pytest.mark.parametrize("triwulan", ["Semester II", "Tahunan", 4])
def test_a_half_years_own_figure_beside_the_quarters_is_quiet(row, halves, sd, triwulan):
    report = report_of(book_of([[*row, *halves]], triwulan=triwulan, kinerja_extra=HALVES))
    assert not _at(report, "Kinerja", "Q2"), messages(report)
    assert not _at(report, "Kinerja", "P2"), messages(report)
    (ind,) = report.indicators
    # the report counts s.d. TW IV from the quarters
    assert Fraction(ind.realisasi).limit_denominator(1000) == sd


def test_a_half_years_figure_unlike_its_quarters_is_still_said():
    # 48,4 typed for Semester II while TW III + TW IV = 23 + 20 = 43 (and s.d. 89,6): said, with the
    # figure the report uses
    row = _imunisasi(("22,5%", "24,1%", "23%", "20%"))
    report = report_of(book_of([[*row, "46,6%", "48,4%"]], triwulan="Semester II", kinerja_extra=HALVES))
    (said,) = [f.pesan for f in _at(report, "Kinerja", "Q2")]
    assert "ditulis 48,40%" in said and "laporan memakai 89,60%" in said, said


def test_an_sd_semester_ii_column_still_means_from_tw_i():
    # "Realisasi s.d. Semester II" 48,4 is not the 95 counted from TW I: said (the half's own figure
    # is no "s.d." one)
    report = report_of(
        book_of(
            [[*_imunisasi(), "48,4%"]], triwulan="Semester II", kinerja_extra=["Realisasi s.d. Semester II"]
        )
    )
    (said,) = [f.pesan for f in _at(report, "Kinerja", "P2")]
    assert "ditulis 48,40%" in said and "laporan memakai 95%" in said, said


def test_anggaran_half_years_own_spending_beside_the_quarters_is_quiet():
    # P1.01: "Rp 210.500.000" + "312,25 jt" = 522.750.000 in Semester I; TW III "Rp 150.000.000" + TW IV
    # "Rp 400.000.000,-" = 550.000.000 in Semester II (July-December); s.d. Semester II 1.072.750.000
    # of the Pagu Perubahan "Rp1,35 M": 79,46 %.
    from tests.test_engine import anggaran_row

    program = anggaran_row(
        "P1.01", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "S2", "Rp 1.250.000.000",
        ("Rp 210.500.000", "312,25 jt", "Rp 150.000.000", "Rp 400.000.000,-"), pagu_perubahan="Rp1,35 M",
    )  # fmt: skip
    book = book_of(
        [_imunisasi()],
        [[*program, "Rp 522.750.000", "550 jt"]],
        triwulan="Semester II",
        anggaran_extra=HALVES,
    )
    report = report_of(book)
    assert not _at(report, "Anggaran", "K2") and not _at(report, "Anggaran", "J2"), messages(report)
    (budget,) = report.budgets
    assert budget.realisasi_exact == 1_072_750_000
    assert budget.pagu_exact == 1_350_000_000
    assert budget.penyerapan == pytest.approx(float(Fraction(1_072_750_000, 1_350_000_000) * 100))
    # a Semester II figure unlike TW III + TW IV (500 jt) is still said
    book["Anggaran"][1][10].value = "500 jt"
    (said,) = [f.pesan for f in _at(report_of(book), "Anggaran", "K2")]
    assert "Rp 500.000.000" in said and "Rp 1.072.750.000" in said, said


# --- 6. the half year's figure typed after its name is the figure, as "TW II: 95" is --------------


def _stunting(tw2):
    """Sasaran S1 "Prevalensi stunting", Negatif, Nilai Akhir, target 14 %, TW II as typed."""
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya status gizi masyarakat", "Prevalensi stunting", "14 %",
        ("15,2 %", tw2, None, None), polaritas="Negatif", jenis="Nilai Akhir",
    )  # fmt: skip


@pytest.mark.parametrize(
    "typed", ["Semester I: 13,8%", "Smt I: 13,8%", "Sem. I = 13,8%", "Semester 1 13,8 %"]
)
def test_a_half_year_labelled_figure_is_a_galat_like_a_quarter_labelled_one(typed):
    # It was a peringatan and the indicator "belum dapat diukur capaiannya" (its status the text) in the
    # signed Ringkasan, where "TW II: 13,8%" is a galat naming the figure to type.
    report = report_of(book_of([_stunting(typed)], triwulan="Semester I"))
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == "galat", said
    assert "Bila 13,8 realisasinya, tulis angkanya saja di sel ini" in said.pesan
    (ind,) = report.indicators
    assert ind.capaian is None and ind.status == "Galat (Kinerja!L2)"
    # followed: 13,8 of 14 % Negatif, (2 x 14 - 13,8) / 14 x 100 = 14,2 / 14 x 100 = 101,43
    (done,) = report_of(book_of([_stunting("13,8%")], triwulan="Semester I")).indicators
    assert Fraction(done.capaian_exact) == Fraction(142, 14) * 10


@pytest.mark.parametrize("typed", ["Menunggu data Semester I", "Data Semester I dirilis Agustus"])
def test_a_waiting_text_naming_the_half_year_stays_a_status(typed):
    # no figure in it: the indicator is "belum diketahui" for Semester I, Nilai Akhir from its TW II
    report = report_of(book_of([_stunting(typed)], triwulan="Semester I"))
    assert not [f for f in _at(report, "Kinerja", "L2") if f.severity == "galat"], messages(report)


# --- 7. the half year's figure typed s.d. its quarter beside the quarter before ------------------


@pytest.mark.parametrize(
    "typed",
    [
        "46,6% (s.d. Juni)",
        "46,6% (kumulatif)",
        "46,6% (s.d. Semester I)",
        "46,6 (Jan-Jun)",
        "s.d. Juni 46,6%",
    ],
)
def test_a_kumulatif_quarter_typed_up_to_it_is_not_told_to_type_the_number_as_it_is(typed):
    # TW I 22,5 typed, TW II the figure s.d. June with its note. The galat said "tulis angkanya saja
    # (46,6%)": followed, 22,5 + 46,6 = 69,1 of 95 = 72,74 % Sedang without a word, where the half
    # year's 46,6 gives 49,05 % Sangat Rendah. It now says TW II's own share: 46,6 - 22,5 = 24,1.
    report = report_of(book_of([_imunisasi(("22,5%", typed, None, None))], triwulan="Semester I"))
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == "galat", said
    assert (
        "tulis angkanya saja (46,6" not in said.pesan and "tulis angkanya saja di sel ini" not in said.pesan
    )
    assert "tulis realisasi TW II saja (46,6 - 22,5 = 24,1)" in said.pesan, said.pesan
    (ind,) = report.indicators
    assert ind.capaian is None
    # followed: 22,5 + 24,1 = 46,6 of 95: 49,05
    (done,) = report_of(
        book_of([_imunisasi(("22,5%", "24,1%", None, None))], triwulan="Semester I")
    ).indicators
    assert Fraction(done.capaian_exact) == Fraction("46.6") / 95 * 100


def test_a_quarter_typed_up_to_it_with_nothing_before_keeps_its_advice():
    # TW I blank: the s.d. June figure is TW II's to type as it is (the example's layout)
    report = report_of(book_of([_imunisasi((None, "46,6% (s.d. Juni)", None, None))], triwulan="Semester I"))
    (said,) = _at(report, "Kinerja", "L2")
    assert "tulis angkanya saja (46,6%)" in said.pesan, said.pesan


def test_a_nilai_akhir_quarter_typed_up_to_it_keeps_its_advice():
    # a position (Nilai Akhir) s.d. June is June's: the number as it is
    report = report_of(book_of([_stunting("13,8% (s.d. Juni)")], triwulan="Semester I"))
    (said,) = _at(report, "Kinerja", "L2")
    assert "tulis angkanya saja (13,8%)" in said.pesan, said.pesan


@pytest.mark.parametrize(
    "typed", ["522.750.000 (s.d. Juni)", "Rp 522.750.000 (kumulatif)", "Rp 522.750.000 (s.d. Semester I)"]
)
def test_spending_typed_up_to_the_quarter_says_the_quarters_own(typed):
    # P1.01 TW I "Rp 210.500.000", TW II the spending s.d. June: 522.750.000 - 210.500.000 = 312.250.000
    from tests.test_engine import anggaran_row

    program = anggaran_row("P1.01", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "S2", "Rp 1.350.000.000",
                           ("Rp 210.500.000", typed, None, None))  # fmt: skip
    report = report_of(book_of([_imunisasi()], [program], triwulan="Semester I"))
    (said,) = _at(report, "Anggaran", "G2")
    assert said.severity == "galat", said
    assert "tulis realisasi TW II saja (Rp 522.750.000 - Rp 210.500.000 = Rp 312.250.000)" in said.pesan, said
    assert report.budgets[0].realisasi is None  # no sum from a cell not read


# --- 8. read right: the round's workbook from `lkj-xl new`, typed as staff type, exported --------

_KINERJA = [
    # Kode, Tingkat, Kode Induk, Uraian, Indikator, Satuan, Polaritas, Jenis, Target, Target Perubahan,
    # TW I-IV
    ("T1", "Tujuan", None, "Meningkatnya derajat kesehatan masyarakat", "Angka Kematian Ibu", "per 100.000 KH",
     "Negatif", "Nilai Akhir", "110", None, "98,5", None, "104,2", "95"),
    ("S1", "Sasaran", "T1", "Meningkatnya status gizi masyarakat", "Prevalensi stunting", "%", "Negatif",
     "Nilai Akhir", "14 %", "12,5%", "15,2 %", "13,8%", None, "11,9%"),
    ("S2", "Sasaran", "T1", "Meningkatnya cakupan pelayanan kesehatan", "Cakupan imunisasi dasar lengkap", "%",
     "Positif", "Kumulatif", "95%", None, "22,5%", f"24,1{NBSP}%", "23%", "25,4%"),
    ("P1.01", "Program", "S2", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Indeks Kepuasan Masyarakat", "indeks",
     "Positif", "Rata-rata", "82,5", None, "80,1", "-", "83,4", "84"),
    ("P1.02", "Program", "S1", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", "Jumlah kunjungan posyandu",
     "kunjungan", "Positif", "Kumulatif", "12.500 kunjungan", "15.000", f"3.250{NBSP}kunjungan", "3.100", None,
     "4.400"),
]  # fmt: skip
_ANGGARAN = [
    ("P1.01", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "S2", "Rp 1.250.000.000", "Rp1,35 M", "Rp 210.500.000",
     "312,25 jt", None, "Rp 400.000.000,-"),
    ("P1.02", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", "S1", "850 jt", None, "-", "Rp. 120.000.000",
     f"150.000.000{NBSP}", "200,5 juta"),
]  # fmt: skip


def _exported(tmp_path, triwulan):
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    path = tmp_path / "dinkes.xlsx"
    made = CliRunner().invoke(
        main, ["new", str(path), "--opd", "Dinas Kesehatan", "--tahun", "2025", "--triwulan", triwulan]
    )
    assert made.exit_code == 0, made.output
    wb = openpyxl.load_workbook(path)
    for sheet, rows in (("Kinerja", _KINERJA), ("Anggaran", _ANGGARAN)):
        for r, row in enumerate(rows, start=4):  # `new`'s header is row 3
            for col, value in enumerate(row, start=1):
                wb[sheet].cell(r, col).value = value
    wb.save(path)
    out = CliRunner().invoke(main, ["export", str(path), "-o", str(tmp_path / "hasil.json")])
    assert out.exit_code == 0, out.output
    return json.loads((tmp_path / "hasil.json").read_text(encoding="utf-8"))


def _f(x):
    return Fraction(x).limit_denominator(10**9)


@pytest.mark.parametrize(
    ("triwulan", "semester", "expected"),
    [
        (
            "Semester I",
            1,
            {
                # Nilai Akhir, TW II blank: TW I's 98,5; Negatif (220 - 98,5) / 110
                "T1": (Fraction("98.5"), Fraction("121.5") / 110 * 100),
                # Target Perubahan 12,5 applies; TW II 13,8: (25 - 13,8) / 12,5
                "S1": (Fraction("13.8"), Fraction("11.2") / Fraction("12.5") * 100),
                # 22,5 + 24,1 (TW III, IV not counted)
                "S2": (Fraction("46.6"), Fraction("46.6") / 95 * 100),
                # Rata-rata, "-" left out: 80,1
                "P1.01": (Fraction("80.1"), Fraction("80.1") / Fraction("82.5") * 100),
                # 3.250 + 3.100 of the Target Perubahan 15.000
                "P1.02": (Fraction(6350), Fraction(6350, 15000) * 100),
            },
        ),
        (
            "Semester II",
            2,
            {
                "T1": (Fraction(95), Fraction(125, 110) * 100),  # TW IV 95: (220 - 95) / 110
                "S1": (Fraction("11.9"), Fraction("13.1") / Fraction("12.5") * 100),  # (25 - 11,9) / 12,5
                "S2": (Fraction(95), Fraction(100)),  # 22,5 + 24,1 + 23 + 25,4
                "P1.01": (Fraction("82.5"), Fraction(100)),  # (80,1 + 83,4 + 84) / 3
                "P1.02": (Fraction(10750), Fraction(10750, 15000) * 100),  # 3.250 + 3.100 + 4.400
            },
        ),
    ],
)
def test_the_half_years_figures_read_right(tmp_path, triwulan, semester, expected):
    result = _exported(tmp_path, triwulan)
    assert (result["semester"], result["triwulan"], result["tahunan"]) == (semester, 2 * semester, False)
    for row in result["indikator"]:
        realisasi, capaian = expected[row["kode"]]
        assert _f(row["realisasi"]) == realisasi, row["kode"]
        assert abs(_f(row["capaian"]) - capaian) < Fraction(1, 10**9), row["kode"]
    spent = {row["kode"]: row for row in result["anggaran"]}
    if semester == 1:  # 210.500.000 + 312.250.000; "-" + 120.000.000
        sums = {"P1.01": 522_750_000, "P1.02": 120_000_000}
    else:  # + 400.000.000 (TW III blank); + 150.000.000 + 200.500.000
        sums = {"P1.01": 922_750_000, "P1.02": 470_500_000}
    pagu = {"P1.01": 1_350_000_000, "P1.02": 850_000_000}  # Pagu Perubahan "Rp1,35 M"; "850 jt"
    for kode, total in sums.items():
        assert spent[kode]["realisasi"] == total and spent[kode]["pagu"] == pagu[kode]
    # Tujuan T1 over both Sasaran's programs: capaian - penyerapan, points
    (t1,) = [row for row in result["efisiensi"] if row["kode"] == "T1"]
    penyerapan = Fraction(sum(sums.values()), sum(pagu.values())) * 100
    assert abs(_f(t1["efisiensi"]) - (expected["T1"][1] - penyerapan)) < Fraction(1, 10**6)


# --- 9. a quarter's spending left blank between two typed: said, as Kinerja's is -----------------


def _spending(tw3):
    from tests.test_engine import anggaran_row

    return anggaran_row(
        "P1.01", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "S2", "Rp 1.250.000.000",
        ("Rp 210.500.000", "312,25 jt", tw3, "Rp 400.000.000,-"), pagu_perubahan="Rp1,35 M",
    )  # fmt: skip


@pytest.mark.parametrize("triwulan", ["Semester II", "Tahunan", 4])
def test_a_quarters_spending_blank_between_two_typed_is_a_peringatan(triwulan):
    # TW III blank: s.d. TW IV 210.500.000 + 312.250.000 + 400.000.000 = 922.750.000 of the Pagu
    # Perubahan 1.350.000.000, 68,35 %: printed as if nothing was spent in July-September, without a
    # word, where Kinerja's Kumulatif quarter blank between two is a peringatan
    report = report_of(book_of([_imunisasi()], [_spending(None)], triwulan=triwulan))
    (said,) = _at(report, "Anggaran", "H2")
    assert said.severity == "peringatan", said
    assert "TW III" in said.pesan and "kosong di antara triwulan yang berisi angka" in said.pesan, said
    assert "dihitung dari TW I, TW II, TW IV saja" in said.pesan, said
    (budget,) = report.budgets
    assert budget.realisasi_exact == 922_750_000  # the figures as typed
    # "-" or 0 typed: nothing spent on purpose, quiet; the same sum
    for typed in ("-", 0, "0"):
        quiet = report_of(book_of([_imunisasi()], [_spending(typed)], triwulan=triwulan))
        assert not _at(quiet, "Anggaran", "H2"), messages(quiet)
        assert quiet.budgets[0].realisasi_exact == 922_750_000


def test_spending_blank_before_the_first_quarter_typed_stays_quiet():
    # TW I blank before TW II (the half year's spending typed in TW II): no gap between two figures
    from tests.test_engine import anggaran_row

    program = anggaran_row("P1.01", "PROGRAM", "S2", "Rp 1.350.000.000", (None, "Rp 522.750.000", None, None))
    report = report_of(book_of([_imunisasi()], [program], triwulan="Semester I"))
    assert not [f for f in report.findings if f.sheet == "Anggaran"], messages(report)
