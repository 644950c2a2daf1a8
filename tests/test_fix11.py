"""fix11: a duration past 24 hours typed in a Kinerja number cell; kriteria edges typed the ways staff
type them, through build, export and the rekap. Every figure by hand (Fraction), never the code's.

Found, and tested here:
- "25:30" (25 jam 30 menit, a rata-rata waktu pelayanan perizinan) typed in a General cell: Excel keeps
  the elapsed time 25 / 24 + 30 / 1440 = 1,0625 formatted [h]:mm:ss (or [h]:mm where staff set it),
  which both readers give as 1 Januari 1900 01:30: the galat said "berisi tanggal (1 Januari 1900
  pukul 01.30)", where the same "25:30" kept as text says what to type (25,5 jam), as a "1:30" Excel
  kept as a time of day has said since round 29;
- a duration of 100 hours or more typed as text ("125:30") said only that ":" is no digit.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from lkj_xl.xlsx.read import read_grids, read_grids_lxml
from tests.common import example_typed


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


# --- 1. a duration past 24 hours ----------------------------------------------------------------------


def _waktu_pelayanan(tmp_path, name: str, typed: object, number_format: str | None, satuan: str = "jam"):
    """The example with its K2.02.01 (Kinerja row 17) made a "Rata-rata waktu pelayanan perizinan" in
    ``satuan``, Negatif, Target 24, TW II ``typed`` (in ``number_format`` when given), saved by openpyxl."""
    path = example_typed(tmp_path, name, 2, {})
    wb = openpyxl.load_workbook(path)
    ws = wb["Kinerja"]
    assert ws["A17"].value == "K2.02.01"
    ws["E17"], ws["F17"], ws["G17"], ws["H17"] = (
        "Rata-rata waktu pelayanan perizinan",
        satuan,
        "Negatif",
        "Rata-rata",
    )
    ws["I17"] = 24
    ws["K17"] = None
    ws["L17"].value = typed
    if number_format:
        ws["L17"].number_format = number_format
    wb.save(path)
    return path


# 25 jam 30 menit: 25 + 30 / 60 = 25,5 jam; as Excel stores it, 25,5 / 24 = 1,0625 days.
_25_30 = Fraction(25) + Fraction(30, 60)
assert _25_30 / 24 == Fraction(17, 16) == Fraction("1.0625")


@pytest.mark.parametrize(
    ("typed", "number_format"),
    [
        ("25:30", None),  # kept as text (the cell formatted Text, or typed '25:30)
        (1.0625, "[h]:mm:ss"),  # typed in a General cell: Excel's own format for a time past 24 hours
        (1.0625, "[h]:mm"),  # typed in a cell the staff formatted [h]:mm
    ],
)
@pytest.mark.parametrize("read", [read_grids, read_grids_lxml])
def test_a_duration_past_24_hours_says_the_hours_to_type_in_both_forms(tmp_path, typed, number_format, read):
    path = _waktu_pelayanan(tmp_path, "durasi", typed, number_format)
    report = compute(parse_workbook(read(path)[0]))
    (said,) = _at(report, "L17")
    assert said.severity == GALAT
    assert '"25:30"' in said.pesan and "jam:menit" in said.pesan, said.pesan
    assert "tulis angkanya dalam jam saja: 25,5" in said.pesan, said.pesan
    assert "tanggal" not in said.pesan and "1900" not in said.pesan, said.pesan
    (ind,) = [i for i in report.indicators if i.kode == "K2.02.01"]
    assert ind.capaian_exact is None  # no figure guessed, as for "1:30"


@pytest.mark.parametrize("read", [read_grids, read_grids_lxml])
def test_a_duration_past_24_hours_for_satuan_menit_says_the_minutes(tmp_path, read):
    # 25 jam 30 menit = 25 x 60 + 30 = 1530 menit
    assert 25 * 60 + 30 == 1530
    path = _waktu_pelayanan(tmp_path, "menit", 1.0625, "[h]:mm:ss", satuan="menit")
    (said,) = _at(compute(parse_workbook(read(path)[0])), "L17")
    assert '"25:30"' in said.pesan and "tulis angkanya dalam menit saja: 1530" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("typed", "shown", "hours"),
    [
        # 49:30 = 2 days 1 h 30 min: 2 + 1,5 / 24 = 2,0625 days; 49 + 30 / 60 = 49,5 jam
        (Fraction(2) + Fraction(3, 2) / 24, "49:30", "49,5"),
        # 125:30 = 5 days 5 h 30 min: 5 + 5,5 / 24 days; 125 + 30 / 60 = 125,5 jam
        (Fraction(5) + Fraction(11, 2) / 24, "125:30", "125,5"),
        # 24:45 = 1 day 45 min: 1 + 45 / 1440 days; 24 + 45 / 60 = 24,75 jam
        (Fraction(1) + Fraction(45, 1440), "24:45", "24,75"),
    ],
)
def test_longer_durations_kept_as_elapsed_time_say_their_hours(tmp_path, typed, shown, hours):
    path = _waktu_pelayanan(tmp_path, "lama", float(typed), "[h]:mm:ss")
    (said,) = _at(compute(parse_workbook(read_grids(path)[0])), "L17")
    assert f'"{shown}"' in said.pesan and f"dalam jam saja: {hours}" in said.pesan, said.pesan


def test_a_duration_of_a_hundred_hours_or_more_typed_as_text_says_the_hours(tmp_path):
    # "125:30" typed as text: 125 + 30 / 60 = 125,5 jam
    path = _waktu_pelayanan(tmp_path, "teks", "125:30", None)
    (said,) = _at(compute(parse_workbook(read_grids(path)[0])), "L17")
    assert "jam:menit" in said.pesan and "dalam jam saja: 125,5" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("typed", "number_format", "date_said"),
    [
        # a whole number of days (48:00, or a 2 typed in a date cell: the file cannot tell): a date
        (2, "[h]:mm", "2 Januari 1900"),
        # a real date with a time stays the date galat
        (dt.datetime(2025, 7, 1, 1, 30), "dd/mm/yyyy h:mm", "1 Juli 2025 pukul 01.30"),
    ],
)
def test_a_date_or_whole_days_keep_the_date_galat(tmp_path, typed, number_format, date_said):
    path = _waktu_pelayanan(tmp_path, "tanggal", typed, number_format)
    (said,) = _at(compute(parse_workbook(read_grids(path)[0])), "L17")
    assert "berisi tanggal" in said.pesan and date_said in said.pesan, said.pesan


def test_a_time_past_24_hours_of_a_satuan_that_is_no_time_keeps_the_date_galat(tmp_path):
    # "25:30" under Satuan "Dokumen": no duration meant that can be said; the galat stays (no figure)
    path = _waktu_pelayanan(tmp_path, "dokumen", 1.0625, "[h]:mm:ss", satuan="Dokumen")
    (said,) = _at(compute(parse_workbook(read_grids(path)[0])), "L17")
    assert said.severity == GALAT and "berisi tanggal" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("kept", "shown", "hours"),
    [
        # the 1904 date system (a Mac workbook): serial 1,0625 is 2 January 1904 01:30; 25,5 jam
        (dt.datetime(1904, 1, 2, 1, 30), "25:30", "25,5"),
        # 1900 system, 25:00 kept as 1 + 1 / 24 (1 January 1900 01:00 as Excel shows it): 25 jam
        (dt.datetime(1900, 1, 1, 1, 0), "25:00", "25"),
    ],
)
def test_elapsed_time_of_either_date_system_as_the_readers_give_it(kept, shown, hours):
    from tests.test_engine import kinerja_row, run

    report = run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "Tujuan", "Rata-rata waktu pelayanan perizinan", "24", (None, kept, None, None),
                satuan="jam", jenis="Rata-rata", polaritas="Negatif",
            )
        ]
    )  # fmt: skip
    (said,) = _at(report, "L2")
    assert f'"{shown}"' in said.pesan and f"dalam jam saja: {hours}" in said.pesan, said.pesan
    assert "menit)" not in said.pesan or shown != "25:00", said.pesan  # "(25 jam)", not "25 jam 0 menit"
