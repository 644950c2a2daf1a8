"""``lkj-xl export``: the Excel-id CSV shows a figure as the output sheets do (one rule for both, in
lkj_xl.core.formulas), and the JSON says why an efisiensi is null. Workbooks as staff type them."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.xlsx.template import new_workbook

PENGATURAN = {"Pemerintah Daerah": "Kabupaten Contoh", "Perangkat Daerah": "Dinas Contoh", "Triwulan": "I"}


# The efisiensi table's CSV columns before the APBD-P's, pinned (README: new columns come last).
EFISIENSI_CSV_COLUMNS = (
    "kode",
    "tingkat",
    "uraian",
    "capaian",
    "pagu",
    "realisasi_anggaran",
    "penyerapan",
    "efisiensi",
)


def _indikator(**typed: str) -> dict[str, str]:
    row = {
        "Kode": "T1",
        "Tingkat": "Tujuan",
        "Uraian": "Tujuan 1",
        "Indikator": "Jumlah UMKM binaan",
        "Satuan": "Unit",
    }
    return {**row, **typed}


def _export(path, *args: str) -> str:
    run = CliRunner().invoke(main, ["export", str(path), *args])
    assert run.exit_code == 0, run.output
    return run.stdout


def _excel_id(path, table: str = "indikator") -> list[dict[str, str]]:
    text = _export(path, "--format", "csv", "--table", table, "--excel-id").lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_excel_id_csv_shows_a_tiny_change_from_last_year_as_the_sheet_does(tmp_path):
    # 231.500 units this year against 231.499 last year: a rise of 1 unit, 1 / 231.499 x 100 =
    # 0,000431967...% (by hand), Membaik. The Perbandingan Kinerja sheet shows 0,0004 (four decimals:
    # the fewest that do not round the rise to 0); the CSV showed 0,00 beside Membaik.
    path = tmp_path / "laporan.xlsx"
    row = _indikator(**{"Target": "250.000", "Realisasi TW I": "231.500", "Realisasi Tahun Lalu": "231.499"})
    new_workbook(path, pengaturan=PENGATURAN, kinerja=[row])
    (t1,) = _excel_id(path)
    assert (t1["selisih"], t1["perubahan_persen"], t1["membaik"]) == ("1", "0,0004", "Membaik"), t1


def test_excel_id_csv_shows_a_tiny_selisih_as_the_sheet_does(tmp_path):
    # "1,002" this year against "1,001" last year: a rise of 0,001 (by hand), Membaik. The Perbandingan
    # Kinerja row shows its Selisih 0,001 (the decimals that keep the rise apart from 0); 0,001 / 1,001
    # x 100 = 0,0999000999...% shows 0,10 with the two decimals of Desimal. The CSV showed the selisih
    # 0,00 beside Membaik. Tabel 3.1 shows target 2,500 and realisasi 1,002: the capaian shown is
    # 1,002 / 2,5 = 40,08 % exactly, and 1,00 / 2,50 = 40,00 % does not recompute it (decimals44: was
    # 2,50 and 1,00, which gave the same kriteria, Sangat Rendah). Last year's figure reads
    # as its Perbandingan Kinerja row shows it, with the row's 3 decimals the selisih needs: 1,001 (the
    # CSV wrote 1,00, "2 decimals unless whole", beside the sheet's 1,001).
    path = tmp_path / "laporan.xlsx"
    row = _indikator(**{"Target": "2,5", "Realisasi TW I": "1,002", "Realisasi Tahun Lalu": "1,001"})
    new_workbook(path, pengaturan=PENGATURAN, kinerja=[row])
    (t1,) = _excel_id(path)
    shown = [t1[k] for k in ("target", "realisasi", "tahun_lalu", "selisih", "perubahan_persen", "membaik")]
    # (output63: the target typed 2,5 shows its own decimals, at least 2: 2,50, as Tabel 3.1 now shows
    # it; 1,002 / 2,50 is the same 40,08 %)
    assert shown == ["2,50", "1,002", "1,001", "0,001", "0,10", "Membaik"], t1


def test_excel_id_csv_shows_figures_typed_with_a_scale_word_with_one_rule_per_indicator(tmp_path):
    # Target "7 jt" (7.000.000) and realisasi "Rp 4.500.410,50": the CSV holds both as plain rupiah.
    # One indicator's figures share one number of decimals (as for figures typed without a scale word):
    # 7.000.000,00 beside 4.500.410,50, where the CSV wrote 7.000.000 beside 4.500.410,50. Capaian
    # 4.500.410,5 / 7.000.000 x 100 = 64,2915...% (by hand), far from every kriteria edge: 2 decimals.
    path = tmp_path / "laporan.xlsx"
    row = _indikator(**{"Satuan": "Rupiah", "Target": "7 jt", "Realisasi TW I": "Rp 4.500.410,50"})
    new_workbook(path, pengaturan=PENGATURAN, kinerja=[row])
    (t1,) = _excel_id(path)
    shown = [t1[k] for k in ("target", "realisasi_tw1", "realisasi", "capaian", "kriteria")]
    assert shown == ["7.000.000,00", "4.500.410,50", "4.500.410,50", "64,29", "Rendah"], t1


def test_excel_id_csv_shows_scale_word_figures_beside_an_edge_with_the_decimals_that_recompute_it(tmp_path):
    # Target "40 rb" (40.000), realisasi "36,0000016 rb" = 36.000,0016: capaian 36.000,0016 / 40.000 x
    # 100 = 90,000004 % (by hand), Sangat Tinggi. Shown with 2 decimals, 36.000,00 / 40.000,00 is 90 %,
    # Tinggi; with 3, 36.000,002 / 40.000 = 90,000005 %, Sangat Tinggi but not the capaian shown. The
    # capaian needs 6 decimals to show it is above 90: 90,000004; with 4, 36.000,0016 / 40.000 is it
    # exactly: target 40.000,0000, realisasi 36.000,0016 (decimals44: was 40.000,000 and 36.000,002).
    path = tmp_path / "laporan.xlsx"
    row = _indikator(**{"Target": "40 rb", "Realisasi TW I": "36,0000016 rb"})
    new_workbook(path, pengaturan=PENGATURAN, kinerja=[row])
    (t1,) = _excel_id(path)
    shown = [t1[k] for k in ("target", "realisasi", "capaian", "kriteria")]
    # (output63: the target typed a whole 40 rb shows 2 decimals, 40.000,00, as Tabel 3.1 now shows it:
    # 36.000,0016 / 40.000,00 is the same 90,000004 %)
    assert shown == ["40.000,00", "36.000,0016", "90,000004", "Sangat Tinggi"], t1


def test_json_says_why_an_efisiensi_is_null_and_the_csv_keeps_its_columns(tmp_path):
    # Triwulan II. T1 80 of 200 (40 %), its Sasaran S1 with TW II typed "12,3,4" (Kinerja!L5, galat);
    # P0 (Kode Sasaran S1) with TW II "12,3,4" (Anggaran!G4, galat): S1's and T1's budget unknown.
    # T2 waits for BPS data; T3 (5 of 10) has no program. T4 60 of 100 with S4 80 of 100 and P4 (Kode
    # Sasaran S4) 500.000 of 1.000.000 = 50 %: efisiensi 80 - 50 = 30 (S4) and 60 - 50 = 10 (T4).
    # Tabel 3.3 shows Galat / Belum diketahui in the null rows; the JSON said nothing of why.
    def indikator(kode, tingkat, induk, target, tw1, tw2=None):
        row = {"Kode": kode, "Tingkat": tingkat, "Kode Induk": induk, "Uraian": f"Uraian {kode}"}
        row |= {"Indikator": f"Indikator {kode}", "Satuan": "%", "Target": target}
        return row | {"Realisasi TW I": tw1, "Realisasi TW II": tw2}

    kinerja = [
        indikator("T1", "Tujuan", None, "200", "50", "30"),
        indikator("S1", "Sasaran", "T1", "40,71%", "25", "12,3,4"),
        indikator("T2", "Tujuan", None, "10", "Menunggu data BPS"),
        indikator("T3", "Tujuan", None, "10", "5"),
        indikator("T4", "Tujuan", None, "100", "60"),
        indikator("S4", "Sasaran", "T4", "100", "80"),
    ]
    anggaran = [
        {"Kode": "P0", "Program": "Program penunjang", "Kode Sasaran": "S1", "Pagu": "1.500.000.000"},
        {"Kode": "P4", "Program": "Program empat", "Kode Sasaran": "S4", "Pagu": "1.000.000"},
    ]
    anggaran[0] |= {"Realisasi TW I": "100.000.000", "Realisasi TW II": "12,3,4"}
    anggaran[1] |= {"Realisasi TW I": "500.000"}
    path = tmp_path / "laporan.xlsx"
    new_workbook(path, pengaturan={**PENGATURAN, "Triwulan": "II"}, kinerja=kinerja, anggaran=anggaran)

    rows = {r["kode"]: r for r in json.loads(_export(path))["efisiensi"]}
    assert {k: (r["efisiensi"], r["status"]) for k, r in rows.items()} == {
        "T1": (None, "Galat (Anggaran!G4)"),
        "S1": (None, "Galat (Kinerja!L5, Anggaran!G4)"),
        "T2": (None, "Menunggu data BPS"),
        "T3": (None, "Belum diketahui"),
        "T4": (10, None),
        "S4": (30, None),
    }
    table = json.loads(_export(path, "--table", "efisiensi"))
    assert [r["status"] for r in table] == [r["status"] for r in rows.values()]
    # The CSV tables keep their columns (plain and for Excel set to Indonesian).
    columns = list(EFISIENSI_CSV_COLUMNS)
    # After them the APBD-P's pagu_pk and pagu_perubahan (new columns come last: README).
    columns += ["pagu_pk", "pagu_perubahan"]
    # then whose report and its period (fix16: CSVs of several quarters concatenated)
    columns += ["pemerintah_daerah", "perangkat_daerah", "tahun", "triwulan", "semester", "tahunan"]
    assert _export(path, "--format", "csv", "--table", "efisiensi").splitlines()[0] == ",".join(columns)
    assert list(_excel_id(path, "efisiensi")[0]) == columns
