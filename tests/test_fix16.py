"""Fix round 16: leftovers the last session reported.

1. An amount of 11 digits that a formula left just under a whole (12.345.678.901,996) printed whole
   (12.345.678.902) while a difference beside it kept its sen ("lebih Rp 4.999,996"): the reader's
   subtraction of the two amounts shown gave 5.000. An amount now reads with the decimals it needs as
   far as a float holds them (11 digits: 12.345.678.901,996) and a difference is the one of the two
   amounts as shown (13 digits, where a float has no room: 5.000).
2. `lkj-xl export --format csv` had no agency or period columns while the JSON and `to_frames` have
   them: the CSVs of two quarters (or two agencies) concatenated could not be told apart. Every CSV
   table now ends with the columns its DataFrame starts with: pemerintah_daerah, perangkat_daerah,
   tahun, triwulan, semester and tahunan (last: the columns before keep their places, README).
3. A Kumulatif indicator 20; 50; 48; 70 of target 100 was summed (188) without a word while 20; 50;
   60; 70 got the peringatan of a running total: a small dip (48 after 50, 96 %) is a running total
   corrected after verification, more a sign of it than less. A series rising from a quarter's share
   of the target or less (TW I at most 1/4 of it) to at least half of it in TW IV now gets the same
   peringatan with its dips; flows each near half the target (100; 120; 115; 130 of 200) stay quiet.
"""

from __future__ import annotations

import csv
import io
import shutil
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.export import to_csv
from lkj_xl.core.styles import rupiah_figure
from tests.common import EXAMPLE
from tests.test_mend34j import _said
from tests.test_mend34o import _total_pagu_said, _with_total_pagu

# --- 1. an amount and a difference beside it -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # 11 digits + 3 decimals = 14 significant digits: a float holds 15 (its nearest, 12.345.678.901,
        # 99600029, reads ,996 at three decimals)
        (12345678901.996, "12.345.678.901,996"),
        # noise of a sum at 11 digits stays whole: 12.345.678.902 + 2^-19 (one float step there)
        (12345678902 + 2**-19, "12.345.678.902"),
        # 13 digits: a float's step there is 2^-8 = 0,0039; a third decimal would be noise
        (1234567890123.996, "1.234.567.890.124"),
    ],
)
def test_an_amount_of_eleven_digits_keeps_the_decimals_it_needs(value, expected):
    assert rupiah_figure(value) == expected


@pytest.mark.parametrize(
    ("pagu", "total", "programs_shown", "total_shown", "selisih"),
    [
        # pagu 12.345.678.901,996 (a formula) + 2.000.000 = 12.347.678.901,996 (the float sum rounds to
        # it at three decimals); Total Pagu 12.347.673.902: 12.347.678.901,996 - 12.347.673.902 = 4.999,996
        (12345678901.996, 12347673902, "12.347.678.901,996", "12.347.673.902", "4.999,996"),
        # pagu 1.234.567.890.123,996 (a float holds it as 1.234.567.890.123,99609375, 2^-8 steps) +
        # 2.000.000, shown 1.234.569.890.124 (no room for a third decimal); Total 1.234.569.885.124. The
        # reader subtracts the two amounts shown: 1.234.569.890.124 - 1.234.569.885.124 = 5.000, never
        # "4.999,996"
        (1234567890123.996, 1234569885124, "1.234.569.890.124", "1.234.569.885.124", "5.000"),
    ],
)
def test_total_pagu_difference_is_the_one_of_the_amounts_shown(
    tmp_path, pagu, total, programs_shown, total_shown, selisih
):
    assert Fraction(programs_shown.replace(".", "").replace(",", ".")) - Fraction(
        total_shown.replace(".", "")
    ) == Fraction(selisih.replace(".", "").replace(",", "."))
    said = _total_pagu_said(_with_total_pagu(tmp_path / "a.xlsx", pagu, total))
    assert len(said) == 2
    assert (
        f"(Rp {programs_shown}) tidak sama dengan Total Pagu Perjanjian Kinerja (Rp {total_shown}), "
        f"lebih Rp {selisih}"
    ) in said[0]
    # the note under Tabel 3.4 / in the mail, from the Total's side
    assert f"Rp {total_shown}, kurang Rp {selisih} dari jumlah pagu program" in said[1]


# --- 2. the period in every CSV --------------------------------------------------------------------

WHOSE = ["pemerintah_daerah", "perangkat_daerah", "tahun", "triwulan", "semester", "tahunan"]


def _quarter(tmp_path, triwulan):
    """The example workbook (Triwulan II 2025) set to ``triwulan``."""
    path = tmp_path / f"tw{triwulan}.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    for row in wb[c.SHEET_PENGATURAN].iter_rows():
        if row[0].value == c.P_TRIWULAN:
            row[1].value = triwulan
    wb.save(path)
    return path


def _csv(path, *options):
    result = CliRunner().invoke(main, ["export", str(path), "--format", "csv", *options])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    "table", ["indikator", "anggaran", "efisiensi", "ringkasan", "hierarki", "pemeriksaan"]
)
def test_csv_tables_carry_the_agency_and_the_period_as_the_dataframes(table):
    report = lkj_xl.load_report(EXAMPLE)
    rows = list(csv.DictReader(io.StringIO(to_csv(report, table))))
    frame = lkj_xl.to_frames(report)[table]
    # the DataFrame's columns, its first six last
    assert list(rows[0]) == [
        *(k for k in list(frame.columns)[6:] if k != "status" or table != "efisiensi"),
        *WHOSE,
    ]
    # the example's Pengaturan: Kabupaten Lumajang, the Dinas, Tahun 2025, Triwulan 2, a quarterly report
    assert {
        (r["pemerintah_daerah"], r["tahun"], r["triwulan"], r["semester"], r["tahunan"]) for r in rows
    } == {("Kabupaten Lumajang", "2025", "2", "", "False")}
    assert {r["perangkat_daerah"] for r in rows} == {report.settings.perangkat_daerah}


def test_csvs_of_two_quarters_joined_tell_their_rows_apart(tmp_path):
    # one agency's indikator CSVs of TW I and TW II: same kode twice, told apart by triwulan
    tw1 = list(csv.DictReader(io.StringIO(_csv(_quarter(tmp_path, 1)))))
    tw2 = list(csv.DictReader(io.StringIO(_csv(_quarter(tmp_path, 2)))))
    assert {r["triwulan"] for r in tw1} == {"1"} and {r["triwulan"] for r in tw2} == {"2"}
    keys = [(r["triwulan"], r["kode"], r["indikator"]) for r in tw1 + tw2]
    assert len(set(keys)) == len(keys)


def test_excel_id_csv_writes_the_year_as_a_year(tmp_path):
    # Triwulan 1 is 1 (never "Ya": True == 1 in Python)
    text = _csv(_quarter(tmp_path, 1), "--excel-id").lstrip("\ufeff")
    assert {r["triwulan"] for r in csv.DictReader(io.StringIO(text), delimiter=";")} == {"1"}
    # Excel set to Indonesian reads "2.025" as two thousand and twenty-five with a thousands mark:
    # the year stays 2025, the quarter 2, a quarterly report's tahunan "Tidak", semester blank
    text = _csv(EXAMPLE, "--excel-id").lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert list(rows[0])[-6:] == WHOSE
    assert {(r["tahun"], r["triwulan"], r["semester"], r["tahunan"]) for r in rows} == {
        ("2025", "2", "", "Tidak")
    }


# --- 3. a Kumulatif running total corrected down -----------------------------------------------------


def test_a_running_total_corrected_once_is_said_as_the_rising_one():
    # As flows: 20 + 50 + 48 + 70 = 188 of 100 (188 %); as a running total s.d. each quarter corrected
    # in TW III (48 of 50 = 96 %, a small fall), s.d. TW IV 70 (70 %). 20; 50; 60; 70 (sum 200) is said:
    # the dip makes it no less a running total.
    assert 20 + 50 + 48 + 70 == 188 and Fraction(48, 50) >= Fraction(9, 10)
    report, said = _said("100", ("20", "50", "48", "70"))
    assert len(said) == 1 and said[0].sel == "N2"
    pesan = said[0].pesan
    assert (
        "naik setiap triwulan kecuali TW III (Kinerja!M2) yang sedikit di bawah triwulan sebelumnya" in pesan
    )
    assert "(20; 50; 48; 70)" in pesan and "s.d. TW IV 188 melebihi Target (100)" in pesan
    assert '"Nilai Akhir" (realisasi s.d. TW IV = TW IV, 70)' in pesan
    assert report.indicators[0].realisasi == 188  # computed as typed: the peringatan asks
    _, rising = _said("100", ("20", "50", "60", "70"))
    assert len(rising) == 1 and "naik setiap triwulan (20; 50; 60; 70)" in rising[0].pesan


@pytest.mark.parametrize(
    ("target", "tws", "triwulan"),
    [
        ("1200", ("100", "200", "300", "600"), 4),  # rising flows summing to the target: 1.200, 100 %
        ("100", ("10", "30", "29", "40"), 4),  # 109 of 100, TW IV 40 under half of 100: flows dipping
        ("100", ("20", "50", "48", None), 3),  # a TW III report: 48 under 90 % of 100 waits for TW IV
        ("200", ("100", "120", "115", "130"), 4),  # TW I alone half the target: flows, not s.d.
    ],
)
def test_honest_rising_and_dipping_flows_stay_quiet(target, tws, triwulan):
    _, said = _said(target, tws, triwulan)
    assert said == []
