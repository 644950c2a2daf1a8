"""Review of newuser50 (lower-is-better names of a BPBD / Damkar / Dinkes, a clock under a time Satuan):

- "KEK" is also the Kawasan Ekonomi Khusus of a Bappeda, a DPMPTSP or a Disperindag: "Luas kawasan KEK"
  or "Jumlah KEK" with Polaritas blank were told that KEK is usually lower-is-better. Only a mother's or
  a girl's KEK (Kurang Energi Kronis: ibu hamil, bumil, remaja putri) is.
- A share named so (Persentase, Cakupan, Proporsi) with a time Satuan typed beside it, "Persentase
  kejadian kebakaran tertangani sesuai waktu tanggap" under Satuan menit, was told its "waktu" is
  lower-is-better (newuser50 let "tertangani" no longer silence a duration): a share is no duration.
- A clock under Satuan detik ("0:45", a waiting time of 45 seconds as a logbook writes it) was told
  "tulis 2700" (0 jam 45 menit) alone: as under Satuan menit, both readings are named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core import pasted
from lkj_xl.core.model import Cell
from tests.test_engine import kinerja_row, messages, run
from tests.test_waktu_tanggap_clock import _waktu_tanggap

KAWASAN_EKONOMI_KHUSUS = [
    ("Luas kawasan KEK", "ha"),
    ("Luas KEK", "ha"),
    ("Jumlah KEK", "kawasan"),
    ("Jumlah kawasan KEK", "kawasan"),
]


@pytest.mark.parametrize(("indikator", "satuan"), KAWASAN_EKONOMI_KHUSUS)
def test_a_kawasan_ekonomi_khusus_is_no_undernourished_mother(indikator, satuan):
    assert pasted.lower_is_better(indikator, satuan) == ""


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase ibu hamil KEK",
        "Jumlah ibu hamil KEK",
        "Persentase bumil KEK",
        "Persentase remaja putri KEK",
    ],
)
def test_a_mothers_or_girls_kek_is_still_named(indikator):
    assert pasted.lower_is_better(indikator, "%") == "KEK"


def test_a_kawasan_ekonomi_khusus_left_positif_in_the_report_is_quiet():
    # Disperindag: 1.200 ha planned, 950 ha built by TW II: 950 / 1.200 x 100 = 79,17 % (Positif, right)
    row = kinerja_row("S1", "Sasaran", "", "Sasaran", "Luas kawasan KEK yang terbangun", "1.200", (None, "950", None, None), satuan="ha", jenis="Nilai Akhir")  # fmt: skip
    row2 = kinerja_row("S2", "Sasaran", "", "Sasaran", "Luas kawasan KEK", "1.200", (None, "950", None, None), satuan="ha", jenis="Nilai Akhir")  # fmt: skip
    report = run([row, row2], triwulan=2)
    assert [round(i.capaian, 2) for i in report.indicators] == [79.17, 79.17]
    assert not [f for f in report.findings if f.sel in ("G2", "G3")], messages(report)


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase kejadian kebakaran tertangani sesuai waktu tanggap",
        "Persentase response time kurang dari 15 menit",
        "Cakupan penanganan kebakaran dengan waktu tanggap 15 menit",
        "Proporsi pengaduan dengan waktu penanganan kurang dari 3 hari",
    ],
)
@pytest.mark.parametrize("satuan", ["menit", "Hari"])
def test_a_share_with_a_time_satuan_is_no_duration(indikator, satuan):
    assert pasted.lower_is_better(indikator, satuan) == ""


@pytest.mark.parametrize(
    ("indikator", "satuan", "word"),
    [
        ("Waktu tanggap (response time) penanganan kebakaran", "menit", "waktu"),
        ("Rata-rata waktu penanganan pengaduan masyarakat", "hari", "waktu"),
        ("Response time penanganan kebakaran", "menit", "response time"),
    ],
)
def test_a_waiting_time_is_still_named(indikator, satuan, word):
    assert pasted.lower_is_better(indikator, satuan) == word


def _panggilan(typed):
    # (the Damkar's waiting time of test_waktu_tanggap_clock, target 15, kept under Satuan detik)
    return _waktu_tanggap(typed, satuan="detik")


@pytest.mark.parametrize("typed", ["0:45", Cell(dt.time(0, 45))])
def test_a_clock_under_satuan_detik_names_both_readings(typed):
    pesan = _panggilan(typed)
    # 0 menit 45 detik = 0 x 60 + 45 = 45 detik; 0 jam 45 menit = 45 x 60 = 2.700 detik
    assert "bila maksudnya 0 menit 45 detik, tulis 45;" in pesan, pesan
    assert "bila 0 jam 45 menit, tulis 2700" in pesan, pesan
    assert "detik saja: 2700" not in pesan, pesan


def test_a_clock_of_minutes_and_seconds_under_satuan_detik():
    # "1:30": 1 x 60 + 30 = 90 detik, or 1 jam 30 menit = 90 x 60 = 5.400 detik
    pesan = _panggilan("1:30")
    assert (
        "bila maksudnya 1 menit 30 detik, tulis 90;" in pesan and "bila 1 jam 30 menit, tulis 5400" in pesan
    )


def test_a_clock_with_seconds_under_satuan_detik_is_one_reading():
    # "0:00:45": 0 jam 0 menit 45 detik = 45 detik
    assert "tulis angkanya dalam detik saja: 45" in _panggilan("0:00:45")
