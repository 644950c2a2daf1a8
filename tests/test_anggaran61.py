"""anggaran61: Anggaran figures printed wrong with too little said (left open by stop 60).

- A program's Pagu ``1.200.000`` (ribuan) with TW I ``1.000.000`` and TW II ``300.000.000`` (rupiah): the
  quarter within the pagu kept the pagu-in-ribuan galat quiet, 25.083 % printed with "melebihi pagu"; now
  the galat. Spending ten to a thousand times a pagu whose quarters read a thousandth would fit it
  (``500.000.000`` beside ``100.000.000`` and ``150.000.000.000``) is a galat naming both readings (30.020 %
  was printed).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, kinerja_row, run

# --- Spending ten to a thousand times the pagu, a quarter within it ----------------------------------------


def _one(pagu, tws, triwulan=2):
    return run(
        _kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", pagu, (*tws, None, None))], triwulan=triwulan
    )


def test_a_pagu_in_ribuan_with_a_first_quarter_within_it_is_a_galat():
    # Pagu 1.200.000, TW I 1.000.000 (within it), TW II 300.000.000: s.d. TW II 301.000.000 = 250,83 times the
    # pagu (25.083 % printed before with "melebihi pagu" at G2). Read with the pagu right and TW II three
    # zeros over: 1.000.000 + 300.000 = 1.300.000 > 1.200.000, no reading of a right pagu either; so the
    # pagu in ribuan: 301.000.000 / 1.200.000.000 = 25,08 %
    report = _one("1.200.000", ("1.000.000", "300.000.000"))
    program = budget_of(report, "2.06.04")
    assert (program.pagu, program.penyerapan, program.realisasi_exact) == (None, None, 301_000_000)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"D2"}, galat
    assert "tulis 1.200.000.000" in galat["D2"] and "penyerapan 25,08%" in galat["D2"], galat
    assert "melebihi pagu" not in str(findings_by_cell(report, "Anggaran")), report.findings
    assert report.total_penyerapan is None
    # the Sasaran the program counts toward: its budget is that program's, so no efisiensi
    (sasaran,) = [r for r in report.efisiensi if r.kode == "S1"]
    assert (sasaran.pagu, sasaran.penyerapan, sasaran.efisiensi) == (None, None, None)


def test_spending_a_thousand_times_over_in_a_quarter_beside_a_right_pagu_names_both_readings():
    # Pagu 1.200.000, TW I 1.000.000, TW II 200.000.000: 201.000.000 = 167,5 times (16.750 % printed before).
    # TW II read a thousandth: 1.000.000 + 200.000 = 1.200.000, the whole pagu (100 %); the pagu read in
    # ribuan: 201.000.000 / 1.200.000.000 = 16,75 %. Neither is 16.750 %: a galat at TW II (G2)
    report = _one("1.200.000", ("1.000.000", "200.000.000"))
    assert budget_of(report, "2.06.04").penyerapan is None
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"G2"}, galat
    assert "tulis TW II 200.000 (penyerapan 100,00%)" in galat["G2"], galat
    assert "tulis pagu 1.200.000.000 (penyerapan 16,75%)" in galat["G2"], galat


@pytest.mark.parametrize(
    "pagu, tws, penyerapan",
    [
        # a real small pagu with a small overspend: 1.000.000 + 500.000 = 1.500.000, 125 % (1,25 times)
        ("1.200.000", ("1.000.000", "500.000"), Fraction(125)),
        # ten times exactly is no slip: 2.000.000 + 10.000.000 = 12.000.000 = 10 x 1.200.000, 1.000 %
        ("1.200.000", ("2.000.000", "10.000.000"), Fraction(1000)),
    ],
)
def test_a_small_pagu_with_a_small_overspend_stays_a_peringatan(pagu, tws, penyerapan):
    report = _one(pagu, tws)
    assert budget_of(report, "2.06.04").penyerapan == penyerapan
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert "melebihi pagu" in findings_by_cell(report, "Anggaran")["G2"]


# --- A Kegiatan's pagu in ribuan inside its program's pagu -------------------------------------------------


def _kegiatan_a_in_ribuan(program=None):
    # Kegiatan A Pagu 700.000 (ribuan) TW II 300.000.000, Kegiatan B 500.000.000 TW II 150.000.000 (rupiah);
    # ``program``: the program row's Pagu and TW II typed above them (None: no program row, made of A and B)
    p = "2.06.04"
    rows = [
        anggaran_row(f"{p}.1.01", "Kegiatan A", "", "700.000", (None, "300.000.000", None, None)),
        anggaran_row(f"{p}.1.02", "Kegiatan B", "", "500.000.000", (None, "150.000.000", None, None)),
    ]
    if program is not None:
        rows.insert(0, anggaran_row(p, _PROGRAM, "", program[0], (None, program[1], None, None)))
    return run(_kinerja(), rows)


def test_a_kegiatan_pagu_in_ribuan_summed_into_its_program_is_a_galat():
    # the program's pagu 700.000 + 500.000.000 = 500.700.000 (no program row: made of A and B),
    # spent 300.000.000 + 150.000.000 = 450.000.000: 89,87 % printed before with A's "melebihi pagu" alone.
    # Neither reading: A's pagu 700.000.000 gives 450.000.000 / 1.200.000.000 = 37,5 %, A's spending a
    # thousandth 150.300.000 / 500.700.000 = 30,02 %. A galat at A's pagu naming 700.000 x 1.000 = 700.000.000;
    # the program's pagu and penyerapan, the totals and the Sasaran's efisiensi not computed
    report, cell = _kegiatan_a_in_ribuan(), "D2"
    budget = budget_of(report, "2.06.04")
    assert (budget.pagu, budget.penyerapan, budget.realisasi_exact) == (None, None, 450_000_000)
    assert (report.total_pagu, report.total_penyerapan) == (None, None)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {cell}, galat
    assert "Kegiatan A" in galat[cell] and "tulis 700.000.000" in galat[cell], galat
    assert "melebihi pagu" not in str(findings_by_cell(report, "Anggaran")), report.findings
    (sasaran,) = [r for r in report.efisiensi if r.kode == "S1"]
    assert (sasaran.pagu, sasaran.penyerapan, sasaran.efisiensi) == (None, None, None)


def test_a_kegiatan_pagu_in_ribuan_under_a_program_row_of_its_own_figures_leaves_it_counted():
    # the program row typed 1.200.000.000 and 450.000.000 (not A's and B's pagu summed): the rincian are not
    # counted, 450.000.000 / 1.200.000.000 = 37,5 %; A's "melebihi pagu" (G3) stays a peringatan
    report = _kegiatan_a_in_ribuan(("1.200.000.000", "450.000.000"))
    assert budget_of(report, "2.06.04").penyerapan == Fraction(75, 2)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert "melebihi pagu" in findings_by_cell(report, "Anggaran")["G3"]


# --- The Total Pagu Perjanjian Kinerja sentence of a Total typed in another scale ----------------------------


@pytest.mark.parametrize(
    "total, reading",
    [
        # 10.194.300 x 1.000 = 10.194.300.000 (the programs' 10.194.300.230 cut to ribuan)
        ("10.194.300", "ditulis 10.194.300, tampaknya dalam ribuan rupiah (Rp 10.194.300.000)"),
        # 10.194.300.230.000 / 1.000 = 10.194.300.230
        (
            "10.194.300.230.000",
            "ditulis 10.194.300.230.000, tampaknya dengan 3 angka nol berlebih (Rp 10.194.300.230)",
        ),
    ],
)
def test_the_total_pagu_sentence_names_the_reading_of_a_total_in_another_scale(total, reading):
    # the seed's three programs, pagu 3.578.850.965 + 82.706.300 + 6.532.742.965 = 10.194.300.230. Before:
    # "Total Pagu Perjanjian Kinerja di Pengaturan!B7 Rp 10.194.300, kurang Rp 10.184.105.930 dari jumlah
    # pagu program" in the sheet under Tabel 3.4, the e-mail and the Word report, while the peringatan at B7
    # said it is ribuan. Now every one of them names the reading and the programs' sum, one computation
    from tests.test_anggaran60 import _pk_total
    from tests.test_fix14 import _notes

    said = [t for t in _notes(_pk_total(total)) if "Total Pagu Perjanjian Kinerja di" in t]
    assert len(said) >= 3, said  # (Tabel 3.4's note, the e-mail, the Word report)
    for text in said:
        assert f"{reading}; jumlah pagu program Rp 10.194.300.230" in text, text
        assert "kurang Rp" not in text and "lebih Rp" not in text and f"Rp {total}," not in text, text


def test_the_total_pagu_sentence_of_a_total_short_by_a_program_is_as_before():
    # 10.194.300.230 - 82.706.300 = 10.111.593.930: a program left out, no scale: the difference said
    from tests.test_anggaran60 import _pk_total
    from tests.test_fix14 import _notes

    said = [t for t in _notes(_pk_total("10.111.593.930")) if "Total Pagu Perjanjian Kinerja di" in t]
    assert said and all("Rp 10.111.593.930, kurang Rp 82.706.300 dari jumlah pagu program" in t for t in said)


@pytest.mark.parametrize("periode, sd", [("Semester I", "Semester I"), ("Laporan Tahunan", "Tahun 2025")])
def test_a_pagu_in_ribuan_with_a_quarter_within_it_is_a_galat_in_a_half_year_and_the_year(periode, sd):
    # Pagu 1.200.000; TW I 1.000.000, TW II 300.000.000 (and TW III 100 jt, TW IV 200 jt in the year's report):
    # Semester I 301.000.000 / 1.200.000.000 = 25,08 %; the year 601.000.000 / 1.200.000.000 = 50,08 %
    # (before: 25.083 % and 50.083 % printed with "melebihi pagu")
    tws = ("1.000.000", "300.000.000", "100.000.000", "200.000.000")
    report = run(_kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", "1.200.000", tws)], triwulan=periode)
    assert budget_of(report, "2.06.04").penyerapan is None
    galat = findings_by_cell(report, "Anggaran", GALAT)["D2"]
    meant = "25,08%" if periode == "Semester I" else "50,08%"
    assert f"realisasi {sd} (" in galat and f"(penyerapan {meant})" in galat, galat


@pytest.mark.parametrize("kode", ["2.06.04", "BLUD"])
def test_a_pagu_in_ribuan_below_rp_1_juta_is_a_galat_not_a_juta_guess(kode):
    # Pagu 200.000 (Rp 200 jt in ribuan), TW I 20.000.000, TW II 30.000.000: 50.000.000 = 250 times the pagu,
    # 25.000 % printed before with "hanya Rp 200.000: ditulis dalam juta tanpa kata skala?" (Rp 200 M: a
    # wrong guess) and "melebihi pagu ... kumulatif". Now the pagu galat: 50.000.000 / 200.000.000 = 25 %
    rows = [anggaran_row("2.06.04", _PROGRAM, "", "200.000", ("20.000.000", "30.000.000", None, None))]
    kinerja = _kinerja()
    if kode == "BLUD":  # (anggaran60's RSUD program of its own beside 2.06.04 in rupiah)
        kinerja.append(
            kinerja_row(
                "BLUD", "Program", "S1", "BLUD RSUD", "Persentase layanan BLUD", "90%", (40, 50, None, None)
            )
        )
        rows = [
            anggaran_row(
                "2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)
            ),
            anggaran_row("BLUD", "BLUD RSUD", "", "200.000", ("20.000.000", "30.000.000", None, None)),
        ]
    report = run(kinerja, rows)
    assert budget_of(report, kode).penyerapan is None
    cell = "D3" if kode == "BLUD" else "D2"
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {cell}, galat
    assert "tulis 200.000.000" in galat[cell] and "penyerapan 25,00%" in galat[cell], galat
    said = str(findings_by_cell(report, "Anggaran"))
    assert "ditulis dalam juta" not in said and "melebihi pagu" not in said, said


def test_a_small_pagu_below_rp_1_juta_with_small_spending_keeps_its_peringatan():
    # Pagu 200.000 spent 50.000 + 100.000 = 150.000 (75 %): an honest small pagu, the small-amount peringatan
    report = _one("200.000", ("50.000", "100.000"))
    assert budget_of(report, "2.06.04").penyerapan == 75
    assert "hanya Rp 200.000" in findings_by_cell(report, "Anggaran")["D2"]
