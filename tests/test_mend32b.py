"""Review of reader10 / edges1 / rekap12 (mend32b).

1. export --excel-id's efisiensi rebuilt the penyerapan from floats (capaian - efisiensi): a penyerapan
   of exactly 10,025 % came back 10,0249999... and rounded to 10,02, so the CSV said 73,31 beside the
   Efisiensi sheet's and the Word report's 73,30.
2. The rekap's efisiensi per agency rounded the exact figure (73,31) beside the agency's own Tabel 3.3
   (83,33 - 10,03 = 73,30).
3. "Rencana sama" needed names sharing two words: "Inspektorat" and its revision "Inspektorat Daerah"
   went unwarned.
4. ... and warned about two Puskesmas of one template ("UPT Puskesmas Sukodono" / "Tempeh").
5. A workbook whose three input sheets were renamed "Kinerja (2)" etc. was called no LKjIP workbook.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.core.formulas import round_half_up
from lkj_xl.xlsx.rekap import render_rekap
from lkj_xl.xlsx.template import new_workbook
from tests.common import kinerja_row
from tests.test_rekap_round3 import anggaran, kinerja, settings

# Tujuan T1 and Sasaran S1: target 6 dokumen, TW II 5 (Nilai Akhir): capaian 5/6 x 100 = 83,333...
CAPAIAN = Fraction(5, 6) * 100
# One program: pagu 200.000.000, spent 10.000.000 (TW I) + 10.050.000 (TW II) = 20.050.000
PENYERAPAN = Fraction(10_000_000 + 10_050_000, 200_000_000) * 100  # exactly 10,025
# As Tabel 3.3 prints the row: 83,33 - 10,03 (10,025 rounds half up) = 73,30
SHOWN = round_half_up(CAPAIAN, 2) - round_half_up(PENYERAPAN, 2)
# The exact difference 73,30833... rounds to 73,31: what the CSV and the rekap printed
EXACT = CAPAIAN - PENYERAPAN


def test_the_hand_arithmetic():
    assert Fraction("10.025") == PENYERAPAN
    assert round_half_up(CAPAIAN, 2) == Fraction("83.33") and round_half_up(PENYERAPAN, 2) == Fraction(
        "10.03"
    )
    assert Fraction("73.30") == SHOWN
    assert round_half_up(EXACT, 2) == Fraction("73.31")


def _agency(path: Path, opd: str = "Bagian Perencanaan") -> Path:
    dokumen = {"Satuan": "dokumen", "Jenis Realisasi": "Nilai Akhir"}
    rows = [
        kinerja_row("T1", "Tujuan", None, "Meningkatnya tata kelola", "Jumlah dokumen", "6", "0", "5", **dokumen),
        kinerja_row("S1", "Sasaran", "T1", "Meningkatnya kualitas perencanaan", "Jumlah dokumen rencana", "6",
                    "0", "5", **dokumen),
        kinerja_row("P1.01", "Program", "S1", "PROGRAM PERENCANAAN", "Jumlah laporan", "12", "3", "3",
                    **{"Satuan": "laporan", "Jenis Realisasi": "Kumulatif"}),
    ]  # fmt: skip
    budgets = [
        {"Kode": "P1.01", "Program": "PROGRAM PERENCANAAN", "Pagu": "200.000.000", "Realisasi TW I": "10.000.000",
         "Realisasi TW II": "10.050.000"}
    ]  # fmt: skip
    pengaturan = {c.P_OPD: opd, c.P_PEMDA: "Kabupaten Lumajang", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=pengaturan, kinerja=rows, anggaran=budgets)
    return path


# --- 1. export --excel-id ----------------------------------------------------------------------------


def test_the_excel_id_csv_efisiensi_is_the_one_tabel_3_3_shows(tmp_path):
    workbook = _agency(tmp_path / "perencanaan.xlsx")
    runner = CliRunner()
    out = runner.invoke(
        main, ["export", str(workbook), "--table", "efisiensi", "--format", "csv", "--excel-id"]
    )
    assert out.exit_code == 0, out.output
    for kode in ("T1", "S1"):
        row = next(line for line in out.output.splitlines() if line.startswith(f"{kode};"))
        assert row.split(";")[3:8] == ["83,33", "200.000.000", "20.050.000", "10,03", "73,30"]
    # the JSON keeps the exact figures
    data = json.loads(runner.invoke(main, ["export", str(workbook), "--table", "efisiensi"]).output)
    t1 = next(r for r in data if r["kode"] == "T1")
    assert t1["efisiensi"] == pytest.approx(float(EXACT)) and t1["penyerapan"] == pytest.approx(10.025)


# --- 2. the rekap -----------------------------------------------------------------------------------


def _rekap(tmp_path: Path) -> lkj_xl.Rekap:
    folder = tmp_path / "opd"
    folder.mkdir()
    _agency(folder / "perencanaan.xlsx")
    return lkj_xl.rekap(folder, jobs=1)


def rekap_sheet_cells(result: lkj_xl.Rekap, tmp_path: Path, agency: str) -> tuple:
    """The capaian, penyerapan and efisiensi cells of ``agency``'s row on the Rekap sheet."""
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    keys = [spec.key for spec in core.AGENCY_COLUMNS]
    row = next(r for r in ws.iter_rows() if r[keys.index("perangkat_daerah")].value == agency)
    return tuple(row[keys.index(k)] for k in ("capaian", "penyerapan", "efisiensi"))


def test_the_rekap_sheet_shows_the_efisiensi_of_the_agency_s_tabel_3_3(tmp_path):
    result = _rekap(tmp_path)
    capaian, penyerapan, efisiensi = rekap_sheet_cells(result, tmp_path, "Bagian Perencanaan")
    assert capaian.value == pytest.approx(float(CAPAIAN)) and penyerapan.value == pytest.approx(10.025)
    assert efisiensi.value == pytest.approx(float(SHOWN), abs=1e-9)  # 73,30, not 73,308...
    assert "0.00" in efisiensi.number_format and "0.000" not in efisiensi.number_format
    # json keeps the exact figure, as the agency export's json
    frame = result.perangkat_daerah
    assert frame["efisiensi"].iloc[0] == pytest.approx(float(EXACT))


def rekap_csv_rows(tmp_path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The agency's perangkat_daerah row in the rekap's csv --excel-id and in its plain csv."""
    result = _rekap(tmp_path)
    from lkj_xl.rekap_output import write

    write(result, "csv", tmp_path / "id", excel_id=True)
    write(result, "csv", tmp_path / "plain")
    shown = (tmp_path / "id" / "perangkat_daerah.csv").read_text(encoding="utf-8-sig").splitlines()
    plain = (tmp_path / "plain" / "perangkat_daerah.csv").read_text(encoding="utf-8").splitlines()
    return dict(zip(shown[0].split(";"), shown[1].split(";"))), dict(
        zip(plain[0].split(","), plain[1].split(","))
    )


def test_the_rekap_excel_id_csv_shows_73_30_and_the_plain_csv_the_exact(tmp_path):
    shown, plain = rekap_csv_rows(tmp_path)
    assert shown["efisiensi"] in ("73,3", "73,30")
    assert float(plain["efisiensi"]) == pytest.approx(float(EXACT))


def test_the_rekap_row_of_reader10_s_agency_adds_up(tmp_path):
    from tests.test_reader_round10 import CAPAIAN_S1, CAPAIAN_T1, PENYERAPAN, _agency

    folder = tmp_path / "opd"
    folder.mkdir()
    _agency(folder)
    result = lkj_xl.rekap(folder, jobs=1)
    # mean of T1 96,7647... and S1 exactly 90: 93,3823... -> 93,38; penyerapan 39,9965... -> 40,00
    mean = (CAPAIAN_T1 + CAPAIAN_S1) / 2
    assert round_half_up(mean, 2) == Fraction("93.38") and round_half_up(PENYERAPAN, 2) == Fraction("40.00")
    # 93,38 - 40,00 = 53,38, where the exact 53,3858... rounds to 53,39
    assert round_half_up(mean - PENYERAPAN, 2) == Fraction("53.39")
    assert result.shown()["efisiensi"].iloc[0] == pytest.approx(53.38, abs=1e-9)
    assert result.perangkat_daerah["efisiensi"].iloc[0] == pytest.approx(float(mean - PENYERAPAN))


# --- 3. and 4. Rencana sama -------------------------------------------------------------------------


def _same_plan(tmp_path: Path, first: str, second: str) -> list[str]:
    """Two agencies of one plan (indicators, targets, pagu 850.000.000) with other realisasi."""
    root = tmp_path / "tw2"
    root.mkdir()
    new_workbook(root / "a.xlsx", pengaturan=settings(first), kinerja=kinerja("70", "8%"),
                 anggaran=anggaran("850.000.000", "50 jt", "90 jt"))  # fmt: skip
    new_workbook(root / "b.xlsx", pengaturan=settings(second), kinerja=kinerja("72", "7%"),
                 anggaran=anggaran("850.000.000", "60 jt", "80 jt"))  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    assert len(result.perangkat_daerah) == 2  # both counted: which stands is the analyst's call
    return [p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == "Rencana sama"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Inspektorat", "Inspektorat Daerah"),  # one word, the start of the other name
        ("Dinas Kesehatan", "Dinas Kesehatan Pengendalian Penduduk dan KB"),
    ],
)
def test_a_revision_whose_name_starts_with_the_other_is_warned_about(tmp_path, first, second):
    said = _same_plan(tmp_path, first, second)
    assert len(said) == 1 and f"{first} (" in said[0] and f"{second} (" in said[0]
    assert "pagunya dihitung dua kali dalam jumlah" in said[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("UPT Puskesmas Sukodono", "UPT Puskesmas Tempeh"),  # one template, two units by their place
        ("Kecamatan Sukodono", "Kecamatan Tempeh"),
        ("UPT Puskesmas Tempeh Lor", "UPT Puskesmas Tempeh Kidul"),
    ],
)
def test_units_of_one_template_named_by_their_place_are_not_warned_about(tmp_path, first, second):
    assert _same_plan(tmp_path, first, second) == []


def test_the_round_12_revision_is_still_warned_about(tmp_path):
    said = _same_plan(tmp_path, "Dinas Koperasi dan UKM", "Dinas Koperasi & Usaha Mikro")
    assert len(said) == 1


def test_the_round_12_ten_agencies_are_ten_different_plans(tmp_path):
    from tests.test_rekap_round12 import _ten_agencies

    result = lkj_xl.rekap(_ten_agencies(tmp_path), jobs=1)
    assert "Rencana sama" not in set(result.peringatan["jenis"])


# --- 5. three input sheets renamed ------------------------------------------------------------------


def test_three_renamed_input_sheets_are_named_not_called_no_lkjip_workbook(tmp_path):
    root = tmp_path / "tw2"
    root.mkdir()
    path = root / "dinsos.xlsx"
    new_workbook(path, pengaturan=settings("Dinas Sosial"), kinerja=kinerja("90", "9%"))
    wb = openpyxl.load_workbook(path)
    for name in c.INPUT_SHEETS:  # as Excel names a copied sheet
        wb[name].title = f"{name} (2)"
    wb.save(path)
    row = lkj_xl.rekap(root, jobs=1).pemeriksaan.set_index("berkas").loc[str(path)]
    assert row["status"] == core.TIDAK_TERBACA
    assert "minta buku kerja LKjIP-nya" not in row["keterangan"]
    for name in c.INPUT_SHEETS:
        assert f'maksud Anda "{name} (2)"?' in row["rincian"] + row["keterangan"]
