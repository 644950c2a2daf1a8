"""narasi59 through the CLI: check, export json and build's Pemeriksaan say the same, with the period
typed in Pengaturan or asked with --triwulan."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main


def _koperasi(tmp_path, triwulan: object):
    """S1, Persentase koperasi sehat, target 80 %, Nilai Akhir, TW I-IV 30, 38,4, 60, 76,8 (the year's
    76,8 / 80 = 96 %; s.d. TW II 38,4 / 80 = 48 %), signed "Lumajang, 4 Agustus 2025"; its Upaya / Solusi
    names the year's figure wrongly (69 %) and Semester I's rightly (48 %)."""
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path = tmp_path / "koperasi.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas Koperasi", "Tahun": 2025, "Triwulan": triwulan, "Tanggal Penandatanganan": "Lumajang, 4 Agustus 2025"}  # fmt: skip
    kinerja = [
        row("S1", "Sasaran", None, "Koperasi sehat", "Persentase koperasi sehat", "80%", "30%", "38,4%",
            **{"Realisasi TW III": "60%", "Realisasi TW IV": "76,8%", "Jenis Realisasi": "Nilai Akhir"}),
    ]  # fmt: skip
    teks = "Capaian s.d. Semester II sebesar 69% dan s.d. Semester I sebesar 48%."
    new_workbook(
        path, pengaturan=settings, kinerja=kinerja, analisis=[{"Kode": "S1", "Upaya / Solusi": teks}]
    )
    return path


@pytest.mark.parametrize(("typed", "asked"), [("Tahunan", []), (2, ["--triwulan", "Tahunan"])])
def test_check_export_and_pemeriksaan_agree(tmp_path, typed, asked):
    from openpyxl import load_workbook

    path = _koperasi(tmp_path, typed)
    runner = CliRunner()
    check = runner.invoke(main, ["check", str(path), *asked]).output
    # 69 % typed, the year's 96 %: told as a figure, once; 4 Agustus before 31 Desember 2025
    assert check.count("menyebut capaian 69%") == 1 and "menyebut Semester II" not in check
    assert "4 Agustus 2025 sebelum akhir Tahun 2025 (31 Desember 2025)" in check
    export = json.loads(runner.invoke(main, ["export", str(path), *asked]).output)["pemeriksaan"]
    said = [f["pesan"] for f in export if "menyebut capaian" in f["pesan"] or "sebelum akhir" in f["pesan"]]
    assert len(said) == 2 and "capaian 96,00%" in "".join(said)
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out), *asked]).exit_code in (0, 1)
    sheet = load_workbook(out, read_only=True)["Pemeriksaan"]
    cells = [str(v) for r in sheet.iter_rows(values_only=True) for v in r if v]
    assert all(any(s in v for v in cells) for s in said)
