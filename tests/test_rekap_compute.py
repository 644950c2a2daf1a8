"""The rekap's compute (issue 13, speed51): ``compute(..., for_rekap=True)`` leaves out Tabel 3.3's rows
and the Ringkasan, which no rekap row reads; everything else, the findings first, must be what the full
compute gives, and the agency's rekap rows the same as those made from the full report."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import openpyxl

import lkj_xl
from lkj_xl import agencies
from lkj_xl.build import report_from_bytes
from lkj_xl.core import contract as c
from lkj_xl.core import rekap
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, kinerja_row, workbook

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
LEFT_OUT = ("efisiensi", "ringkasan")

# As staff type them: a Sasaran measured (TW I 25 + TW II 4 = 29 of 40: 72,5 %, Sedang), one waiting for
# the statistics office (belum diketahui: a note in Tabel 3.3), one with two decimal commas
# ("1.282,684,40 juta", ambiguous: a galat at its cell), and a program whose spending is "12,5,0" (a galat).
ROWS = [
    kinerja_row(
        "T1", "Tujuan", "", "Meningkatnya ekonomi", "Pertumbuhan koperasi", "40", ("25", "4", None, None)
    ),
    kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Koperasi aktif", "40", ("25", "4", None, None)),
    kinerja_row(
        "S1",
        "Sasaran",
        "T1",
        "Koperasi sehat",
        "Indeks harga",
        "3,5",
        ("Menunggu data BPS", None, None, None),
    ),
    kinerja_row(
        "S2",
        "Sasaran",
        "T1",
        "Investasi naik",
        "Nilai investasi",
        "5.984,04 milyar",
        ("1.282,684,40 juta", None, None, None),
        satuan="Rp",
    ),
]
BUDGET = [
    anggaran_row("P1", "Program Koperasi", "S1", "3.578.850.965", ("157.853.500", "1.800.000", None, None)),
    anggaran_row("P2", "Program Investasi", "S2", "82.706.300", ("12,5,0", None, None, None)),
]


def _fields_but_left_out(report) -> dict:
    return {f.name: getattr(report, f.name) for f in dataclasses.fields(report) if f.name not in LEFT_OUT}


def test_rekap_compute_leaves_out_only_tabel_33_and_ringkasan() -> None:
    data = parse_workbook(workbook(ROWS, BUDGET))
    full, lean = compute(data), compute(data, for_rekap=True)
    # the full report has both (so the comparison below is of reports that have them)
    assert [row.kode for row in full.efisiensi] == ["T1", "S1", "S2"]
    assert full.ringkasan
    assert (lean.efisiensi, lean.ringkasan) == ([], [])
    assert _fields_but_left_out(lean) == _fields_but_left_out(full)
    # the slips are said the same: the figure typed twice and the spending cell, each a galat
    galat = {(f.sheet, f.sel) for f in lean.findings if f.severity == GALAT}
    assert galat == {(f.sheet, f.sel) for f in full.findings if f.severity == GALAT}
    assert any(sheet == c.SHEET_KINERJA for sheet, _ in galat)
    assert any(sheet == c.SHEET_ANGGARAN for sheet, _ in galat)


def test_rekap_rows_of_the_example_as_from_the_full_report() -> None:
    data = EXAMPLE.read_bytes()
    full = report_from_bytes(data)
    assert full.efisiensi and full.ringkasan
    assert _fields_but_left_out(report_from_bytes(data, for_rekap=True)) == _fields_but_left_out(full)
    result = agencies.summarise(str(EXAMPLE))
    berkas = result.berkas
    assert result.indicators == rekap.indicator_rows(full, berkas)
    assert result.programs == rekap.program_rows(full, berkas)
    row = rekap.agency_row(full, berkas)
    assert {k: v for k, v in result.agency.items() if k in row} == row


def test_budget_slips_rekapped_in_two_workers_count_as_the_full_report(tmp_path) -> None:
    """The rekap's lean compute over a workbook whose Anggaran holds a galat (Tabel 3.3 then notes it,
    from the findings) and a peringatan, read by two worker processes (the slots results cross no
    process: the rows do): the counts and the agency's row as its full report gives them."""
    shutil.copy(EXAMPLE, tmp_path / "dinas-koperasi.xlsx")
    book = openpyxl.load_workbook(EXAMPLE)
    book["Pengaturan"]["B5"] = "Dinas Perdagangan"
    anggaran = book["Anggaran"]
    anggaran["G9"] = "12,5,0"  # P3.01's spending typed with two commas: one galat
    anggaran.merge_cells("G5:H5")  # P2.01's 8.000.000 typed once over TW II and TW III: one peringatan
    slips = tmp_path / "dinas-perdagangan.xlsx"
    book.save(slips)
    result = lkj_xl.rekap(tmp_path, jobs=2)
    checked = result.pemeriksaan.set_index("perangkat_daerah")
    # the example's own: 0 galat, 1 peringatan (Kinerja!N27, a TW IV figure in a TW II report); the copy
    # adds the two slips above: 1 galat, 1 + 1 = 2 peringatan
    assert checked.loc["Dinas Perdagangan", ["temuan_galat", "temuan_peringatan"]].tolist() == [1, 2]
    assert checked.loc["Dinas Koperasi, UKM, Perindustrian dan Perdagangan", "temuan_galat"] == 0
    agency = result.perangkat_daerah.set_index("perangkat_daerah").loc["Dinas Perdagangan"]
    # a galat spending cell leaves the total's penyerapan (and the efisiensi) unknown, never a sum without it
    assert math.isnan(agency["penyerapan"]) and math.isnan(agency["efisiensi"])
    full = report_from_bytes(slips.read_bytes())
    assert full.efisiensi and any("galat pada isian anggaran" in row.catatan for row in full.efisiensi)
    lean = agencies.summarise(str(slips))
    row = rekap.agency_row(full, lean.berkas)
    assert {k: v for k, v in lean.agency.items() if k in row} == row
    assert lean.programs == rekap.program_rows(full, lean.berkas)
