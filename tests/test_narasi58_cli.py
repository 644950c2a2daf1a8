"""(narasi58) ``--triwulan`` of build, check, export, pdf, laporan and run chooses a half year's or the
year's report as Pengaturan's Triwulan does (``"Semester I"``, ``Smt. II``, ``Tahunan``, ``Laporan
Tahunan``), not only a quarter (was: refused, "chosen in Pengaturan's Triwulan"); anything else is
refused with the periods it takes and exit code 2.

The workbook is tests/test_newuser56's Dinas Kesehatan's: Pengaturan Triwulan 2, one Kumulatif
indicator, Cakupan imunisasi dasar lengkap, target 95 %, TW I 22,5 %, TW II 24,8 %.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook
from tests.test_newuser56 import _workbook


def _export(tmp_path, typed: str) -> dict:
    result = CliRunner().invoke(main, ["export", str(_workbook(tmp_path)), "--triwulan", typed])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("typed", ["Semester I", "Smt. I", "Sem 1", "semester 1", "Semester l"])
def test_a_half_year_asked_is_that_half_years_report(tmp_path, typed):
    out = _export(tmp_path, typed)
    assert (out["triwulan"], out["semester"], out["tahunan"]) == (2, 1, False)
    (imunisasi,) = out["indikator"]
    assert imunisasi["realisasi"] == 47.3  # Kumulatif s.d. TW II: 22,5 + 24,8 = 47,3


@pytest.mark.parametrize("typed", ["Tahunan", "Laporan Tahunan", "Akhir Tahun", "tahunan"])
def test_the_year_asked_is_the_years_report(tmp_path, typed):
    out = _export(tmp_path, typed)
    assert (out["triwulan"], out["semester"], out["tahunan"]) == (4, None, True)
    (imunisasi,) = out["indikator"]
    assert imunisasi["realisasi"] == 47.3  # TW III and IV blank: 22,5 + 24,8 = 47,3 still


def test_semester_ii_asked(tmp_path):
    out = _export(tmp_path, "Semester II")
    assert (out["triwulan"], out["semester"], out["tahunan"]) == (4, 2, False)


@pytest.mark.parametrize("typed", ["2", "II", "TW 2"])
def test_a_quarter_asked_stays_the_quarterly_report(tmp_path, typed):
    out = _export(tmp_path, typed)
    assert (out["triwulan"], out["semester"], out["tahunan"]) == (2, None, False)


@pytest.mark.parametrize("command", ["build", "check", "export", "pdf", "laporan", "run"])
@pytest.mark.parametrize("typed", ["5", "Semester 3", "Juli", "S2", "Tahun 2025"])
def test_nonsense_is_refused_naming_the_periods_taken(tmp_path, command, typed):
    args = [command, str(_workbook(tmp_path)), "--triwulan", typed]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "1-4" in result.output and "Semester I" in result.output and "Tahunan" in result.output
    assert "integer" not in result.output


def test_the_check_says_the_half_year_asked(tmp_path):
    result = CliRunner().invoke(main, ["check", str(_workbook(tmp_path)), "--triwulan", "Semester I"])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output


def test_a_period_peringatan_names_the_half_year_asked():
    # Pengaturan says Triwulan 2; Semester I asked: a Faktor naming Triwulan III is another period, and
    # the peringatan names the option as typed by its period, not "--triwulan 2"
    rows = [
        kinerja_row(
            "S1", "Sasaran", "", "Koperasi sehat", "Persentase koperasi sehat", 80, (30, "38,4", None, None)
        )
    ]
    books = workbook(rows, triwulan=2)
    row = ["S1", "", "Capaian triwulan III meningkat karena pelatihan.", None, None, None]
    books["Analisis"] = grid([ANALISIS_HEADERS, row[: len(ANALISIS_HEADERS)]])
    report = compute(parse_workbook(books, triwulan="Semester I"), "Semester I")
    (said,) = [f.pesan for f in report.findings if f.sheet == "Analisis"]
    assert "laporan ini Semester I Tahun 2025" in said and '(--triwulan "Semester I")' in said


def _koperasi(tmp_path, triwulan: object):
    """A workbook of S1, Persentase koperasi sehat, target 80 %, Nilai Akhir, TW I-IV 30, 38,4, 60, 76,8
    (the year's 76,8 / 80 = 96 %), its Upaya / Solusi "Capaian s.d. Semester II sebesar 69%."."""
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path = tmp_path / "koperasi.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas Koperasi", "Tahun": 2025, "Triwulan": triwulan}  # fmt: skip
    kinerja = [
        row("S1", "Sasaran", None, "Koperasi sehat", "Persentase koperasi sehat", "80%", "30%", "38,4%",
            **{"Realisasi TW III": "60%", "Realisasi TW IV": "76,8%", "Jenis Realisasi": "Nilai Akhir"}),
    ]  # fmt: skip
    analisis = [{"Kode": "S1", "Upaya / Solusi": "Capaian s.d. Semester II sebesar 69%."}]
    new_workbook(path, pengaturan=settings, kinerja=kinerja, analisis=analisis)
    return path


@pytest.mark.parametrize(("typed", "asked"), [("Tahunan", []), (2, ["--triwulan", "Tahunan"])])
def test_the_figure_told_alike_in_check_export_and_pemeriksaan(tmp_path, typed, asked):
    # 69 % typed, the year's 96 %: told once as a figure, never "menyebut Semester II", in the three
    from openpyxl import load_workbook

    path = _koperasi(tmp_path, typed)
    runner = CliRunner()
    check = runner.invoke(main, ["check", str(path), *asked])
    assert "menyebut capaian 69%" in check.output and "menyebut Semester II" not in check.output
    export = runner.invoke(main, ["export", str(path), *asked])
    said = [f["pesan"] for f in json.loads(export.output)["pemeriksaan"] if f["sheet"] == "Analisis"]
    assert len(said) == 1 and "menyebut capaian 69%" in said[0] and "capaian 96,00%" in said[0]
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out), *asked]).exit_code in (0, 1)
    sheet = load_workbook(out, read_only=True)["Pemeriksaan"]
    cells = [str(v) for r in sheet.iter_rows(values_only=True) for v in r if v]
    assert any(said[0] in v for v in cells)
    assert not any("menyebut Semester II" in v for v in cells)
