"""Workbooks several test files build from the example: typed faults, a revised budget, a service-time
indicator."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from lkj_xl.core import contract as c
from tests.common import EXAMPLE, example_typed


# --- The example with cells typed in --------------------------------------------------------------
def waktu_pelayanan(tmp_path, name: str, typed: object, number_format: str | None, satuan: str = "jam"):
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


def revised_example(tmp_path: Path) -> Path:
    """A copy of the example in ``tmp_path`` with S2's Target Perubahan and P2.01's Pagu Perubahan typed in."""
    book = tmp_path / "revisi.xlsx"
    shutil.copy(EXAMPLE, book)
    wb = openpyxl.load_workbook(book)
    kinerja, anggaran = wb[c.SHEET_KINERJA], wb[c.SHEET_ANGGARAN]
    assert kinerja["A13"].value == "S2" and kinerja["J3"].value == "Target Perubahan"
    kinerja["J13"] = "40,38%"
    assert anggaran["A5"].value == "P2.01" and anggaran["E3"].value == "Pagu Perubahan"
    anggaran["E5"] = 40000000
    wb.save(book)
    return book


# --- Workbooks with each fault that makes a note -------------------------------------------------
# (sheet, cell) -> value typed into a copy of the example (Triwulan 2 unless the name says), and the
# tag the fault must give some peringatan (so that no case passes by saying nothing).
FAULTS: dict[str, tuple[int, dict[tuple[str, str], object], str | None]] = {
    "example": (2, {}, None),
    # TW II typed in a TW I report: "nilai ini tidak dihitung" (41 Kinerja rows, Anggaran rows: at
    # the column's range)
    "tw2_typed_in_tw1": (1, {}, "left_out"),
    # TW III reported, blank everywhere: said once at each column's title
    "tw3_blank": (3, {}, "totals"),
    # the year's report: its last quarter is "triwulan terakhir Tahun 2025"
    "tahunan": (4, {("Pengaturan", "B7"): "Laporan Tahunan"}, "totals"),
    # one program's TW II blank while the others have it (P2.01, row 5): "dihitung nol"
    "one_row_blank": (2, {("Anggaran", "G5"): None}, "totals"),
    # TW II blank in one program, TW I typed: "dihitung dari TW I saja"
    "one_row_from_tw1": (2, {("Anggaran", "F5"): 1_000_000, ("Anggaran", "G5"): None}, "some_quarters"),
    # the agreed total one rupiah off the programs' sum
    "total_pagu": (2, {("Pengaturan", "B16"): 27_805_047_634}, "totals"),
    # the agreed total typed again on a row of its own below the template's (the same value)
    "total_pagu_twice": (
        2,
        {("Pengaturan", "A18"): "Total Pagu Perjanjian Kinerja", ("Pengaturan", "B18"): 27_805_047_633},
        "totals",
    ),
    # P2.01 spends 50 jt of its 41 jt pagu
    "over_pagu": (2, {("Anggaran", "G5"): 50_000_000}, "over_pagu"),
    # a JUMLAH row under the programs
    "jumlah_row": (2, {("Anggaran", "B20"): "JUMLAH", ("Anggaran", "D20"): 1_000_000}, "left_out"),
    # a program in no Sasaran: not in Kinerja, no Kode Sasaran
    "toward_none": (
        2,
        {("Anggaran", "A20"): "P9.99", ("Anggaran", "B20"): "PROGRAM LAIN", ("Anggaran", "D20"): 1_000_000},
        "toward_no_sasaran",
    ),
    # a Kegiatan row of P3.01 (its Kode under the program's) copied from the DPA
    "kegiatan_row": (
        2,
        {
            ("Anggaran", "A20"): "P3.01.01",
            ("Anggaran", "B20"): "Kegiatan Pemberdayaan Usaha Mikro",
            ("Anggaran", "D20"): 1_000_000,
            ("Anggaran", "G20"): 500_000,
        },
        "left_out",
    ),
    # P1.01's Kode Induk (Kinerja!C6) left blank: its budget (Anggaran row 17) counts in Tabel 3.4's
    # TOTAL toward no Sasaran (S1 is short of it), said, not counted as left out
    "program_without_parent": (2, {("Kinerja", "C6"): None}, "toward_no_sasaran"),
    # a BLUD's revenue row copied from its DPA with its Kode (not in Kinerja): no program, left out
    # (staff round 27)
    "blud_revenue": (
        2,
        {
            ("Anggaran", "A20"): "4.1.4.16.01",
            ("Anggaran", "B20"): "Pendapatan BLUD",
            ("Anggaran", "D20"): 12_500_000_000,
        },
        "left_out",
    ),
    # Kinerja: a verdict and a number inside a status typed for S1's realisasi, a Total row
    "kinerja_texts": (
        2,
        {
            ("Kinerja", "L5"): "tercapai",
            ("Kinerja", "L6"): "sebanyak 5 koperasi",
            ("Kinerja", "E45"): "Total",
        },
        "left_out",
    ),
}
