"""The year-end rekap (``lkj-xl rekap``) of agencies that sent their Laporan Tahunan: Pengaturan's
Triwulan typed "Laporan Tahunan", so each agency's own report is titled "... Tahun 2025" (not "s.d.
Triwulan IV Tahun 2025", test_triwulan_v.py). The Bappeda compiling them reads the rekap in the same
words: the Rekap sheet's subtitle, the Jumlah line of each period, the Grafik titles, the footers and
the warnings name "Tahun 2025"; the data keep ``triwulan`` = 4 (the figures are s.d. TW IV, and rekaps
of TW I..IV stack on it) and say the period in a column of words, ``periode``.

Agencies: copies of the example workbook (workbooks/, Dinas Koperasi Lumajang) under other names, at
"Laporan Tahunan" (A, B), at Triwulan 3 (C) and at Triwulan 4 typed as a number (D, the quarterly
Laporan Kinerja Triwulan IV). Every expected text is written out from the rules above, by hand.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from tests.common import example_typed

PEMDA = "Kabupaten Lumajang"  # the example's Pemerintah Daerah (Pengaturan!B4)


def _agency(folder: Path, name: str, triwulan: object, opd: str) -> Path:
    # Pengaturan!B5 Perangkat Daerah; B13 the signing date after the year (no peringatan about it).
    return example_typed(
        folder, name, triwulan, {("Pengaturan", "B5"): opd, ("Pengaturan", "B13"): "15 Januari 2026"}
    )  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tahunan")
    sets = {
        "annual": [("a", "Laporan Tahunan", "Dinas A"), ("b", "Tahunan", "Dinas B")],
        "mixed": [("a", "Laporan Tahunan", "Dinas A"), ("b", "Laporan Tahunan", "Dinas B"), ("c", 3, "Dinas C")],
        "tw4": [("a", "Laporan Tahunan", "Dinas A"), ("b", "Laporan Tahunan", "Dinas B"), ("d", 4, "Dinas D")],
    }  # fmt: skip
    out = {}
    for key, agencies in sets.items():
        folder = root / key
        folder.mkdir()
        for name, triwulan, opd in agencies:
            _agency(folder, name, triwulan, opd)
        out[key] = folder
    return out


def _rekap_file(folder: Path, out: Path, *options: str) -> CliRunner:
    run = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out), "--jobs", "1", *options])
    assert run.exit_code == 0, run.output
    return run


def _values(ws) -> list[list[object]]:
    return [[v for v in row if v is not None] for row in ws.iter_rows(values_only=True)]


def _column(ws, header_row: int, label: str) -> int:
    return [c.value for c in ws[header_row]].index(label) + 1


# --- all agencies sent the Laporan Tahunan ------------------------------------------------------------


def test_year_end_rekap_file_names_the_year(folders: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    run = _rekap_file(folders["annual"], out)
    assert "Triwulan" not in run.output  # no warning about the quarters: both are the year's report
    wb = openpyxl.load_workbook(out)
    ws = wb["Rekap Perangkat Daerah"]
    # One period, every agency annual: "<Pemda>, Tahun 2025" (was "..., s.d. Triwulan IV Tahun 2025").
    assert ws["A2"].value == f"{PEMDA}, Tahun 2025"
    # Every printed page's footer: "<sheet title>, <Pemda>, Tahun 2025".
    for sheet, heading in (
        ("Rekap Perangkat Daerah", "Rekap Capaian Kinerja Perangkat Daerah"),
        ("Semua Indikator", "Semua Indikator"),
        ("Semua Program", "Semua Program"),
        ("Grafik", "Grafik Rekap Perangkat Daerah"),
        ("Pemeriksaan", "Pemeriksaan Rekap"),
    ):
        assert wb[sheet].oddFooter.left.text == f"{heading}, {PEMDA}, Tahun 2025", sheet
    # The agencies' rows (from row 7; headers on rows 5-6): Periode "Tahun 2025" beside the numbers
    # Tahun 2025 and Triwulan 4 (machine-readable: the figures are s.d. TW IV).
    periode, tahun, triwulan = (_column(ws, 5, label) for label in ("Periode", "Tahun", "Triwulan"))
    for row in (7, 8):
        assert ws.cell(row, periode).value == "Tahun 2025"
        assert ws.cell(row, tahun).value == 2025 and ws.cell(row, triwulan).value == 4
    for sheet in ("Semua Indikator", "Semua Program"):
        table = wb[sheet]
        col = _column(table, 1, "Periode")
        shown = {table.cell(r, col).value for r in range(2, table.max_row + 1)}
        assert shown == {"Tahun 2025"}, sheet
        col = _column(table, 1, "Triwulan")
        assert {table.cell(r, col).value for r in range(2, table.max_row + 1)} == {4}, sheet
        # On paper the period in words: printed up to Periode (Tahun, Triwulan and Kunci after it).
        last = openpyxl.utils.get_column_letter(_column(table, 1, "Periode"))
        assert table.print_area == f"'{sheet}'!$A$1:${last}${table.max_row}", sheet


def test_year_end_rekap_tables_keep_triwulan_4_and_say_tahun(
    folders: dict[str, Path], tmp_path: Path
) -> None:
    result = lkj_xl.rekap(folders["annual"], jobs=1)
    for name in ("perangkat_daerah", "indikator", "program"):
        table = getattr(result, name)
        assert set(table["periode"]) == {"Tahun 2025"}, name
        assert set(table["triwulan"]) == {4} and str(table["triwulan"].dtype) == "Int64", name
        assert list(table.columns[-4:]) == ["periode", "tahun", "triwulan", "kunci"], name
    assert not [m for m in result.warnings if "Triwulan" in m]
    # CSV: the number stays a number, the words a column of their own.
    _rekap_file(folders["annual"], tmp_path / "csv", "--format", "csv")
    agencies = pd.read_csv(tmp_path / "csv" / "perangkat_daerah.csv")
    assert list(agencies["triwulan"]) == [4, 4] and list(agencies["periode"]) == ["Tahun 2025"] * 2
    _rekap_file(folders["annual"], tmp_path / "rekap.json", "--format", "json")
    data = json.loads((tmp_path / "rekap.json").read_text(encoding="utf-8"))
    assert {(r["triwulan"], r["periode"]) for r in data["perangkat_daerah"]} == {(4, "Tahun 2025")}


# --- Laporan Tahunan beside an agency still at Triwulan III --------------------------------------------


def test_mixed_year_end_and_tw3_names_each_period(folders: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    _rekap_file(folders["mixed"], out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Rekap Perangkat Daerah"]
    # Ranked per period, the newest first: A and B (rows 7-8, Tahun 2025), C (row 9, Triwulan III).
    assert ws["A2"].value == (
        f"{PEMDA}, peringkat per periode: Tahun 2025 (baris 7–8), Triwulan III Tahun 2025 (baris 9); "
        "lihat sheet Pemeriksaan"
    )
    names = [row[2] for row in ws.iter_rows(min_row=7, values_only=True) if row[2]]
    # Each period's Jumlah line names it as its agencies' reports do.
    assert names == [
        "Dinas A",
        "Dinas B",
        "Dinas C",
        "Jumlah 2 perangkat daerah, Tahun 2025",
        "Jumlah 1 perangkat daerah, Triwulan III Tahun 2025",
    ]
    periode = _column(ws, 5, "Periode")
    assert [ws.cell(r, periode).value for r in (7, 8, 9, 11, 12)] == [
        "Tahun 2025",
        "Tahun 2025",
        "Triwulan III Tahun 2025",
        "Tahun 2025",
        "Triwulan III Tahun 2025",
    ]
    grafik = [
        v for row in _values(wb["Grafik"]) for v in row if isinstance(v, str) and v.startswith("Peringkat")
    ]
    assert grafik == [
        "Peringkat Rata-rata Capaian, Tahun 2025",
        "Peringkat Penyerapan Anggaran, Tahun 2025",
        "Peringkat Rata-rata Capaian, Triwulan III Tahun 2025",
        "Peringkat Penyerapan Anggaran, Triwulan III Tahun 2025",
    ]
    pemeriksaan = [row for row in _values(wb["Pemeriksaan"]) if row and row[0] == "Triwulan berbeda"]
    assert pemeriksaan == [
        [
            "Triwulan berbeda",
            "Triwulan laporan tidak sama di semua perangkat daerah: sebagian besar Laporan Tahunan, s.d. "
            f"Triwulan IV (2 perangkat daerah); Triwulan III: Dinas C ({folders['mixed'] / 'c.xlsx'}). "
            "Bila berkas itu laporan periode lain yang ikut terbawa ke folder, pindahkan lalu rekap ulang; bila "
            "isinya periode ini, minta perangkat daerahnya membetulkan Triwulan di sheet Pengaturan lalu rekap "
            "ulang.",
        ]
    ]


# --- Laporan Tahunan beside a quarterly Laporan Kinerja Triwulan IV ------------------------------------


def test_tahunan_beside_a_quarterly_tw4_is_said(folders: dict[str, Path], tmp_path: Path) -> None:
    result = lkj_xl.rekap(folders["tw4"], jobs=1)
    agencies = result.perangkat_daerah
    # One period (2025, 4): ranked together, not "Triwulan berbeda"; D's own report is the quarterly one.
    assert set(agencies["triwulan"]) == {4}
    assert dict(zip(agencies["perangkat_daerah"], agencies["periode"])) == {
        "Dinas A": "Tahun 2025",
        "Dinas B": "Tahun 2025",
        "Dinas D": "Triwulan IV Tahun 2025",
    }
    assert sorted(agencies["peringkat"]) == [1, 1, 1]  # the same example figures: tied
    jenis = list(result.peringatan["jenis"])
    assert "Triwulan berbeda" not in jenis
    said = dict(zip(result.peringatan["jenis"], result.peringatan["pesan"]))
    assert said["Jenis laporan berbeda"] == (
        "Pada Triwulan IV Tahun 2025, 2 perangkat daerah mengirim Laporan Tahunan (Triwulan di sheet "
        "Pengaturan: Laporan Tahunan) dan 1 mengirim Laporan Kinerja Triwulan IV: Dinas D "
        f"({folders['tw4'] / 'd.xlsx'}). Angkanya sama-sama realisasi s.d. Triwulan IV dan diperingkat "
        "bersama; bila yang diminta laporan tahunan, minta perangkat daerah itu mengisi Triwulan dengan "
        "Laporan Tahunan (dan realisasi akhir tahunnya) lalu mengirim ulang."
    )
    # Not all annual: the period is the quarter's, "s.d. Triwulan IV Tahun 2025", and its Jumlah line
    # too (the agencies' rows say which report each sent).
    out = tmp_path / "rekap.xlsx"
    _rekap_file(folders["tw4"], out)
    ws = openpyxl.load_workbook(out)["Rekap Perangkat Daerah"]
    assert ws["A2"].value == f"{PEMDA}, s.d. Triwulan IV Tahun 2025"
    periode = _column(ws, 5, "Periode")
    assert ws.cell(11, 3).value == "Jumlah 3 perangkat daerah"
    assert ws.cell(11, periode).value == "Triwulan IV Tahun 2025"


def test_quarterly_rekap_unchanged(tmp_path: Path) -> None:
    # A quarterly set (the example as it is, Triwulan II) reads as before: "s.d. Triwulan II Tahun 2025".
    for name, opd in (("x", "Dinas X"), ("y", "Dinas Y")):
        _agency(tmp_path, name, 2, opd)
    out = tmp_path / "out" / "rekap.xlsx"
    out.parent.mkdir()
    _rekap_file(tmp_path, out)
    ws = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))["Rekap Perangkat Daerah"]
    assert ws["A2"].value == f"{PEMDA}, s.d. Triwulan II Tahun 2025"
    periode = _column(ws, 5, "Periode")
    assert [ws.cell(r, periode).value for r in (7, 8)] == ["Triwulan II Tahun 2025"] * 2
