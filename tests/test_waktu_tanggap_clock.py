"""newuser50: a fire brigade's waiting time (waktu tanggap, Satuan menit, target 15) typed as a clock,
as the Damkar's logbook writes it. Three slips of the galat's advice:

- "13:30" (typed as text, or kept by Excel as the time 13.30) was told "tulis angkanya dalam menit
  saja: 810", 13 jam 30 menit, where a waiting time of minutes and seconds (13 menit 30 detik, 13,5)
  is the likelier one: a clock under Satuan menit is either, so both are named and neither advised;
- "0:13:30" typed as text was told only that ':' is no digit;
- 0:13:30 kept by Excel as a time with seconds (h:mm:ss) was called a date, "30 Desember 1899 pukul
  00.13", with the advice about 1/2 turned into a date.

The figure to type is said now in every case, and no capaian is computed from a clock."""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core.model import GALAT, Cell
from tests.test_engine import kinerja_row, messages, run


def _waktu_tanggap(typed, satuan="menit"):
    row = kinerja_row("S2", "Sasaran", "", "Sasaran", "Waktu tanggap penanganan kebakaran", "15", (typed, None, None, None), satuan=satuan, polaritas="Negatif", jenis="Rata-rata")  # fmt: skip
    report = run([row], triwulan=1)
    said = [f for f in report.findings if f.sel == "K2"]
    assert len(said) == 1 and said[0].severity == GALAT, messages(report)
    assert report.indicators[0].capaian is None  # no capaian from a clock
    return said[0].pesan


@pytest.mark.parametrize("typed", ["13:30", Cell(dt.time(13, 30))])
def test_a_clock_under_satuan_menit_names_both_readings(typed):
    pesan = _waktu_tanggap(typed)
    # 13 menit 30 detik = 13 + 30 / 60 = 13,5 menit; 13 jam 30 menit = 13 x 60 + 30 = 810 menit
    assert "bila maksudnya 13 menit 30 detik, tulis 13,5" in pesan, pesan
    assert "bila 13 jam 30 menit, tulis 810" in pesan, pesan
    assert "menit saja: 810" not in pesan, pesan


@pytest.mark.parametrize("typed", ["0:13:30", "00:13:30", Cell(dt.time(0, 13, 30))])
def test_a_clock_with_seconds_says_the_minutes(typed):
    pesan = _waktu_tanggap(typed)
    # 0 jam 13 menit 30 detik = 0 x 60 + 13 + 30 / 60 = 13,5 menit
    assert "jam:menit:detik" in pesan and "tulis angkanya dalam menit saja: 13,5" in pesan, pesan
    assert "1899" not in pesan and "tanggal" not in pesan, pesan


def test_a_clock_of_no_hours_stays_minutes():
    # "0:14": 0 jam 14 menit = 14 menit (no hour to read as minutes)
    pesan = _waktu_tanggap("0:14")
    assert "tulis angkanya dalam menit saja: 14" in pesan and "bila" not in pesan, pesan


def test_a_clock_under_satuan_jam_stays_hours_and_minutes():
    # "1:30" of Satuan jam: 1 + 30 / 60 = 1,5 jam (as before); "1:30:00" alike
    assert "tulis angkanya dalam jam saja: 1,5" in _waktu_tanggap("1:30", satuan="jam")
    assert "tulis angkanya dalam jam saja: 1,5" in _waktu_tanggap("1:30:00", satuan="jam")
