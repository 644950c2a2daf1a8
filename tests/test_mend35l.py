"""A realisasi in a counted quarter holding a figure the tool does not read is a galat (mend35l).

The founding complaint: an indicator scored from one quarter while the other quarter's cell was
unreadable. A number inside a text ("sekitar 95", "data sementara 95", "perkiraan 95 IKM", "Menunggu
data (perkiraan 95)") or a change ("naik 45", "turun 2", "↓ 2") in a quarter that counts was only a
peringatan, and the indicator was scored from the other quarters: the example's K1.01.01 (Kumulatif,
target 400 IKM) with TW I 50 and TW II "sekitar 95" printed realisasi 50, capaian 12,5 % Sangat Rendah
in the signed tables, where staff meant 145 (36,25 %). Such a cell is now a galat at the cell, as the
garbled "9S" is; where it changes nothing (Nilai Akhir, an earlier quarter before a later one with a
number) it stays the peringatan.
"""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import example_typed
from tests.test_engine import kinerja_row, run

TYPINGS = [
    "sekitar 95",
    "data sementara 95",
    "perkiraan 95 IKM",
    "Menunggu data (perkiraan 95)",
    "naik 45",
    "turun 2",
    "↓ 2",
]
INDIKATOR = "Jumlah industri dalam rencana pembangunan kabupaten yang difasilitasi"


def _row(jenis: str, tw1, tw2):
    # the example's K1.01.01: target 400 IKM, Positif
    return kinerja_row(
        "K1", "Tujuan", "", "Industri", INDIKATOR, 400, (tw1, tw2, None, None),
        satuan="IKM", polaritas="Positif", jenis=jenis,
    )  # fmt: skip


@pytest.mark.parametrize("jenis", ["Kumulatif", "Nilai Akhir"])
@pytest.mark.parametrize("typed", TYPINGS)
def test_a_figure_not_read_in_the_reported_quarter_is_a_galat(typed, jenis):
    report = run([_row(jenis, 50, typed)], triwulan=2)
    ind = report.indicators[0]
    galat = [f for f in report.findings if f.severity == "galat"]
    # one galat, at the TW II cell (column L of the contract's Kinerja, first data row 2)
    assert [(f.sheet, f.sel) for f in galat] == [("Kinerja", "L2")]
    assert f'"{typed}"' in galat[0].pesan and "tulis" in galat[0].pesan.casefold()
    # nothing is scored from TW I's 50 alone (it printed 50 / 400 = 12,5 % Sangat Rendah)
    assert ind.status == "Galat (Kinerja!L2)"
    assert ind.capaian is None and ind.kriteria is None and ind.realisasi is None
    # the quarter's own column names the cell, as for "9S", never the text with its figure (95 read as one)
    assert ind.realisasi_tw_text[1] == "Galat (Kinerja!L2)"
    # said once: no peringatan about the same cell beside the galat
    assert not [f for f in report.findings if f.severity == "peringatan" and f.sel == "L2"]


@pytest.mark.parametrize("typed", TYPINGS)
def test_under_nilai_akhir_an_earlier_quarter_before_a_number_stays_a_peringatan(typed):
    report = run([_row("Nilai Akhir", typed, 120)], triwulan=2)
    ind = report.indicators[0]
    assert not [f for f in report.findings if f.severity == "galat"]
    assert [f.sel for f in report.findings if f.severity == "peringatan" and f.sel == "K2"] == ["K2"]
    # Nilai Akhir: the latest quarter with a number, TW II's 120; capaian 120 / 400 x 100 = 30
    assert Fraction(ind.realisasi) == 120
    assert Fraction(ind.capaian) == Fraction(120, 400) * 100
    assert ind.realisasi_tw_text[0] == typed  # a peringatan: shown as typed


@pytest.mark.parametrize("jenis", ["Kumulatif", "Rata-rata"])
@pytest.mark.parametrize("typed", TYPINGS)
def test_under_kumulatif_an_earlier_quarter_is_a_galat_too(typed, jenis):
    # TW I counts in the sum (the mean): 120 alone would print 120 / 400 = 30 % for a meant 95 + 120
    # (Rata-rata: (95 + 120) / 2)
    report = run([_row(jenis, typed, 120)], triwulan=2)
    assert report.indicators[0].status == "Galat (Kinerja!K2)"
    assert report.indicators[0].capaian is None


@pytest.mark.parametrize(
    ("typed", "jenis"),
    [
        ("sekitar 95", "Kumulatif"),
        ("Menunggu data (perkiraan 95)", "Nilai Akhir"),
        ("naik 45", "Kumulatif"),
        ("↓ 2", "Nilai Akhir"),
    ],
)
def test_every_output_of_the_example_says_galat(tmp_path, typed, jenis):
    # the example's K1.01.01 (row 7, target 400 IKM): TW I 50 (K7), TW II typed (L7), Jenis in H7
    book = example_typed(tmp_path, "contoh", 2, {("Kinerja", "L7"): typed, ("Kinerja", "H7"): jenis})
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(book)])
    assert checked.exit_code == 1, checked.output
    assert "galat" in checked.output and "Kinerja!L7" in checked.output

    exported = json.loads(runner.invoke(main, ["export", str(book)]).output)
    row = next(i for i in exported["indikator"] if i["kode"] == "K1.01.01")
    assert row["status"] == "Galat (Kinerja!L7)"
    assert row["capaian"] is None and row["kriteria"] is None and row["realisasi"] is None

    built = tmp_path / "built.xlsx"
    assert runner.invoke(main, ["build", str(book), "-o", str(built)]).exit_code == 0
    wb = openpyxl.load_workbook(built)
    rows = [r for r in wb["Capaian Program"].iter_rows(values_only=True) if INDIKATOR in r]
    assert len(rows) == 1
    # the capaian and kriteria columns name the cell; 12,5 (50 / 400) and Sangat Rendah nowhere
    assert "Galat (Kinerja!L7)" in rows[0] and 12.5 not in rows[0] and "Sangat Rendah" not in rows[0]

    out = tmp_path / "rekap.json"
    rekap = runner.invoke(main, ["rekap", str(book), "--format", "json", "-o", str(out)])
    assert rekap.exit_code == 1, rekap.output
    data = json.loads(out.read_text(encoding="utf-8"))
    row = next(i for i in data["indikator"] if i["kode"] == "K1.01.01")
    assert row["status"] == "Galat (Kinerja!L7)" and row["capaian"] is None
    assert data["perangkat_daerah"][0]["galat"] == 1
