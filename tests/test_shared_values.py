"""The reader shares one Value among the cells that hold the same plain number, and among the empty
cells (cell_reader.plain_value): the column a finding names must still be the column the value came
from, never told apart by which object it is."""

from __future__ import annotations

from pathlib import Path

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook


def _row(kode: str, **cells: object) -> dict[str, object]:
    return {
        "Kode": kode,
        "Tingkat": "Program",
        "Uraian": f"Program {kode}",
        "Indikator": f"Persentase {kode}",
        "Satuan": "%",
        "Realisasi TW I": 10,
        **cells,
    }


def test_blank_target_and_pagu_are_named_at_their_own_column(tmp_path: Path) -> None:
    # Row 1 leaves Target and Target Perubahan blank (two empty cells: one shared Value), row 2 types
    # the same 80 in both (one shared Value too: Target Perubahan, being filled, applies). Anggaran
    # leaves Pagu and Pagu Perubahan blank on its one row.
    path = tmp_path / "kosong.xlsx"
    new_workbook(
        path,
        pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 1},
        kinerja=[_row("P1"), _row("P2", **{"Target": 80, "Target Perubahan": 80})],
        anggaran=[{"Kode": "P1", "Program": "Program P1", "Realisasi TW I": 5}],
    )
    report = load_report(path)
    galat = [(f.sheet, f.sel, f.pesan) for f in report.findings if f.severity == "galat"]
    # Target is the 9th header of contract.KINERJA_HEADERS (column I), Pagu the 4th of
    # ANGGARAN_HEADERS (column D); the template's header is on row 3, so the first data row is 4.
    assert galat == [
        (c.SHEET_KINERJA, "I4", 'Target indikator "Persentase P1" (P1) kosong; capaian tidak dihitung'),
        (c.SHEET_ANGGARAN, "D4", 'Pagu program "Program P1" kosong'),
    ]
    # P2: Target Perubahan 80 applies; capaian of TW I = 10 / 80 x 100 = 12,5 exactly.
    assert [(i.kode, i.capaian) for i in report.indicators] == [("P1", None), ("P2", 12.5)]


def test_a_number_typed_as_text_is_read_again_for_another_satuan(tmp_path: Path) -> None:
    # The reader remembers a number typed as text that read without a finding, by its text, Satuan
    # and sheet kind: "2.047 unit" is 2047 for Satuan "unit" (README: the Satuan may follow the
    # number) but no number for Satuan "orang", whichever row comes first.
    path = tmp_path / "teks.xlsx"
    kinerja = [
        _row("P1", **{"Satuan": "unit", "Target": 4000, "Realisasi TW I": "2.047 unit"}),
        _row("P2", **{"Satuan": "orang", "Target": 4000, "Realisasi TW I": "2.047 unit"}),
        _row("P3", **{"Satuan": "unit", "Target": 4000, "Realisasi TW I": "2.047 unit"}),
    ]
    new_workbook(path, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 1}, kinerja=kinerja)
    report = load_report(path)
    # P1 and P3: 2047 / 4000 x 100 = 51,175 exactly. P2: its TW I cell is a galat (Realisasi TW I is
    # the 11th header of contract.KINERJA_HEADERS, column K; the first data row is 4, P2's is 5).
    assert [(i.kode, i.capaian) for i in report.indicators] == [("P1", 51.175), ("P2", None), ("P3", 51.175)]
    galat = [f.sel for f in report.findings if f.severity == "galat" and f.sheet == c.SHEET_KINERJA]
    assert galat == ["K5"]
