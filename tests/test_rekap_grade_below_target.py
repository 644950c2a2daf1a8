"""Rekap as the Kasubbag reads it to the Sekda: an agency whose grade target was missed.

A Sasaran indicator whose realisasi is a grade below its grade target (Predikat B against a target
BB) has no capaian (README "Grade targets": no formula is invented) and is left out of its agency's
mean. In the rekap that put the Inspektorat first, mean 100 % "Sangat Tinggi", ranked above an agency
that reached 95 % of every target, and nothing in the warnings or Pemeriksaan said its rank left a
missed target out (a galat indicator left out is said: "Peringkat tanpa indikator galat").
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend35i import _said

_PEMDA = "Kota Uji"


def _agency(path: Path, opd: str, sasaran_target: str, sasaran_realisasi: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tata kelola", "Indikator": "Opini BPK atas LKPD",
         "Satuan": "Opini", "Jenis Realisasi": "Nilai Akhir", "Target": "WTP", "Realisasi TW III": "WTP"},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Akuntabilitas",
         "Indikator": "Predikat SAKIP", "Satuan": "Predikat", "Jenis Realisasi": "Nilai Akhir",
         "Target": sasaran_target, "Realisasi TW III": sasaran_realisasi},
        {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Pengawasan",
         "Indikator": "Persentase temuan ditindaklanjuti", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
         "Target": "90 %", "Realisasi TW I": "30 %", "Realisasi TW II": "60 %", "Realisasi TW III": "90 %"},
    ]  # fmt: skip
    anggaran = [{"Kode": "P1", "Program": "Program Pengawasan", "Kode Sasaran": "S2", "Pagu": "600 jt",
                 "Realisasi TW I": "150 jt", "Realisasi TW II": "150 jt", "Realisasi TW III": "150 jt"}]  # fmt: skip
    pengaturan = {c.P_PEMDA: _PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 3}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "tw3"
    _agency(folder / "06 Inspektorat.xlsx", "Inspektorat", "BB", "B")  # the grade target missed
    # the neighbour: Tujuan WTP = WTP 100 %; Sasaran S1 a number, 95 of 100 = 95 %; S2 90/90 = 100 %
    _agency(folder / "07 Bappeda.xlsx", "Bappeda", "100", "95")
    return folder


def test_a_rank_leaving_a_missed_grade_target_out_is_said(tmp_path):
    result = lkj_xl.rekap(_folder(tmp_path), jobs=1)
    rows = {r["perangkat_daerah"]: r for r in result.perangkat_daerah.to_dict("records")}
    # Inspektorat: Tujuan WTP at target WTP = 100; S1 Predikat B below BB: no capaian (not averaged);
    # S2 90/90 = 100; its mean is (100 + 100) / 2 = 100 over 2 of its 3 Tujuan and Sasaran indicators.
    # Bappeda: (100 + 95 + 100) / 3 = 295/3 = 98,33. The rank stays the README's (a mean of what has
    # a capaian), but it must be said that the first place leaves a missed target out.
    assert (rows["Inspektorat"]["capaian"], rows["Inspektorat"]["peringkat"]) == (100, 1)
    assert rows["Bappeda"]["peringkat"] == 2
    said = _said(result, "Peringkat tanpa predikat di bawah target")
    assert "Inspektorat" in said and "Bappeda" not in said
    assert "Sasaran S1" in said and "Predikat B di bawah target BB" in said
    assert "hanya 2 dari 3 indikator Tujuan dan Sasaran" in said
    (note,) = [
        k
        for b, k in zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"])
        if str(b).endswith("06 Inspektorat.xlsx")
    ]
    assert "Sasaran S1" in note and "peringkat" in note and "di bawah target" in note


def test_a_grade_at_its_target_is_no_rank_warning(tmp_path):
    folder = tmp_path / "tw3"
    _agency(folder / "06 Inspektorat.xlsx", "Inspektorat", "BB", "BB")  # reached: 100 %, averaged
    _agency(folder / "07 Bappeda.xlsx", "Bappeda", "BB", "A")  # above it: 100 % too (no more)
    result = lkj_xl.rekap(folder, jobs=1)
    rows = {r["perangkat_daerah"]: r for r in result.perangkat_daerah.to_dict("records")}
    # each: (100 + 100 + 100) / 3 = 100, both rank 1, listed by name
    assert [(r["perangkat_daerah"], r["capaian"], r["peringkat"]) for r in rows.values()] == [
        ("Bappeda", 100, 1),
        ("Inspektorat", 100, 1),
    ]
    assert "Peringkat tanpa predikat di bawah target" not in set(result.peringatan["jenis"])


def test_an_agency_unranked_for_grades_below_target_is_told_so(tmp_path):
    # Every Tujuan and Sasaran of the Inspektorat has no capaian: Opini WDP against WTP, Predikat B
    # against BB, and S2's realisasi "-" (not known yet). Unranked: the reason said to the Sekda was
    # "berupa predikat, tanpa capaian angka", as if a grade were merely not a number; it is a target
    # missed, and must be said so.
    folder = tmp_path / "tw3"
    path = folder / "06 Inspektorat.xlsx"
    path.parent.mkdir(parents=True)
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tata kelola", "Indikator": "Opini BPK atas LKPD",
         "Satuan": "Opini", "Jenis Realisasi": "Nilai Akhir", "Target": "WTP", "Realisasi TW III": "WDP"},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Akuntabilitas",
         "Indikator": "Predikat SAKIP", "Satuan": "Predikat", "Jenis Realisasi": "Nilai Akhir",
         "Target": "BB", "Realisasi TW III": "B"},
    ]  # fmt: skip
    pengaturan = {c.P_PEMDA: _PEMDA, c.P_OPD: "Inspektorat", c.P_TAHUN: 2025, c.P_TRIWULAN: 3}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja)
    _agency(folder / "07 Bappeda.xlsx", "Bappeda", "100", "95")
    result = lkj_xl.rekap(folder, jobs=1)
    said = _said(result, "Tanpa peringkat")
    assert "Inspektorat" in said and "berupa predikat" not in said
    assert (
        "Tujuan T1 Opini WDP di bawah target WTP" in said
        and "Sasaran S1 Predikat B di bawah target BB" in said
    )
    assert "target belum tercapai" in said


def test_the_warning_says_exactly_what_the_rank_rests_on(tmp_path):
    # The rank stays (README: the mean of the capaian there are; a grade below target has no agreed
    # formula, and a 0 invented for it would be a figure nobody signed), but the Sekda reading rank 1
    # must see what it is made of: which indicators were averaged, with their capaian, the mean, and
    # the place among how many agencies of the period.
    result = lkj_xl.rekap(_folder(tmp_path), jobs=1)
    said = _said(result, "Peringkat tanpa predikat di bawah target")
    # Inspektorat: T1 WTP at WTP = 100 %; S2 90 of 90 % = 100 %; mean (100 + 100) / 2 = 100 %; rank 1
    # of the 2 agencies of Triwulan III Tahun 2025 (Bappeda (100 + 95 + 100) / 3 = 98,33 is 2nd).
    assert (
        "Peringkat 1 dari 2 perangkat daerah Triwulan III Tahun 2025 hanya bertumpu pada rata-rata capaian "
        "100,00% dari Tujuan T1 (100,00%) dan Sasaran S2 (100,00%)"
    ) in said
    # and the indicator left out, by its grade against its target
    assert 'tanpa indikator "Predikat SAKIP" (Sasaran S1, Predikat B di bawah target BB)' in said


def test_the_mean_the_rank_rests_on_is_the_one_the_rekap_sheet_shows(tmp_path):
    # The warning names the mean as the Rekap sheet shows it. Inspektorat: T1 WTP at WTP = 100 %; S2
    # 60,001 of 100 % = 60,001 %; mean (100 + 60,001) / 2 = 80,0005 %. Penyerapan (150 jt + 150 jt +
    # 180.004.800) / 600 jt = 480.004.800 / 600.000.000 = 80,0008 %: efisiensi 80,0005 - 80,0008 =
    # -0,0003, which 2 decimals (80,00 - 80,00 = 0) and 3 (80,001 - 80,001 = 0) do not show; the
    # Rekap sheet shows the row's three figures with 4 decimals, "80,0005", so must the warning.
    folder = tmp_path / "tw3"
    _agency(folder / "06 Inspektorat.xlsx", "Inspektorat", "BB", "B")
    wb = openpyxl.load_workbook(folder / "06 Inspektorat.xlsx")
    _typed(wb["Kinerja"], "S2", {"Target": "100 %", "Realisasi TW I": None, "Realisasi TW II": None,
                                 "Realisasi TW III": "60,001 %"})  # fmt: skip
    _typed(wb["Anggaran"], "P1", {"Realisasi TW III": "180.004.800"})
    wb.save(folder / "06 Inspektorat.xlsx")
    _agency(folder / "07 Bappeda.xlsx", "Bappeda", "100", "95")
    result = lkj_xl.rekap(folder, jobs=1)
    rows = {r["perangkat_daerah"]: r for r in result.perangkat_daerah.to_dict("records")}
    # Bappeda (100 + 95 + 100) / 3 = 98,33 first, Inspektorat second
    assert rows["Inspektorat"]["peringkat"] == 2
    assert result.row_decimals()[list(rows).index("Inspektorat")] == 4  # as derived above
    said = _said(result, "Peringkat tanpa predikat di bawah target")
    assert (
        "Peringkat 2 dari 2 perangkat daerah Triwulan III Tahun 2025 hanya bertumpu pada rata-rata capaian "
        "80,0005% dari Tujuan T1 (100,00%) dan Sasaran S2 (60,00%)"
    ) in said


def _typed(ws, kode: str, cells: dict[str, object]) -> None:
    """Type ``cells`` (header: value) into the row of ``kode`` of an input sheet, as staff retype them."""
    header = {cell.value: cell.column for row in ws.iter_rows(max_row=10) for cell in row if cell.value}
    (row,) = [cell.row for cell in ws[openpyxl.utils.get_column_letter(header["Kode"])] if cell.value == kode]
    for name, value in cells.items():
        ws.cell(row, header[name], value)
