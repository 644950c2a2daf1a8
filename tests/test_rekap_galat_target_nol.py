"""The rekap's word on an indicator its mean leaves out for a galat, when the cell is read well.

An RSUD's "Angka kematian ibu" (Polaritas Negatif) has the PK's target 0: the cell is read, but the
report's Negatif formula divides by the target, so the indicator has no capaian (a galat at Kinerja!I4).
The rekap said "tanpa Sasaran 1.1 (galat, sel Kinerja!I4 tidak terbaca)": the cell was read, and the
Sasaran's other indicator was averaged, so neither the words "tidak terbaca" nor "tanpa Sasaran 1.1" were
true. It now names the indicator and says only that its cell holds a galat.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from lkj_xl.build import load_report
from lkj_xl.core.rekap import agency_row
from lkj_xl.core.rekap_peringkat import galat_left_out_warnings

HEADER = (
    "Kode", "Tingkat", "Kode Induk", "Uraian", "Indikator", "Satuan", "Polaritas", "Jenis Realisasi",
    "Target", "Target Perubahan", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Keterangan",
)  # fmt: skip


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    pengaturan = wb.active
    pengaturan.title = "Pengaturan"
    pengaturan.append(("Parameter", "Nilai"))
    for row in (
        ("Pemerintah Daerah", "Kabupaten Lumajang"),
        ("Perangkat Daerah", "RSUD dr. Haryoto"),
        ("Tahun", 2025),
        ("Triwulan", "Tahunan"),
    ):
        pengaturan.append(row)
    kinerja = wb.create_sheet("Kinerja")
    kinerja.append(HEADER)
    kinerja.append(("1", "Tujuan", None, "Mutu pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", "Positif",
                    "Nilai Akhir", "80", None, None, None, None, "82,5"))  # fmt: skip
    # Rows 3 and 4: Sasaran 1.1's two indicators; the second's target (I4) is the PK's 0.
    kinerja.append(("1.1", "Sasaran", "1", "Mutu rawat inap", "Bed Turn Over (BTO)", "Kali", "Positif",
                    "Kumulatif", "50", None, "11", "12", "10", "12"))  # fmt: skip
    kinerja.append(("1.1", "Sasaran", "1", None, "Angka kematian ibu", "Kasus", "Negatif",
                    "Kumulatif", "0", None, "0", "0", "0", "0"))  # fmt: skip
    anggaran = wb.create_sheet("Anggaran")
    anggaran.append(("Kode", "Program", "Kode Sasaran", "Pagu", "Pagu Perubahan", "Realisasi TW I",
                     "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"))  # fmt: skip
    out = path / "rsud.xlsx"
    wb.save(out)
    return out


def test_target_nol_negatif_left_out_is_named_as_its_indicator_not_an_unreadable_cell(tmp_path: Path) -> None:
    report = load_report(_workbook(tmp_path))
    row = agency_row(report, "rsud.xlsx")
    # The mean: IKM 82,5 / 80 = 103,125 %; BTO 11 + 12 + 10 + 12 = 45 of 50 = 90 %; (103,125 + 90) / 2.
    assert row["capaian"] == 96.5625
    ((_, said),) = galat_left_out_warnings([row])
    assert "tidak terbaca" not in said  # I4 holds 0, read well
    # (merged with revtarget0: a zero target is named as such, not only by its cell)
    assert 'indikator "Angka kematian ibu" (Sasaran 1.1, target nol, galat di sel Kinerja!I4)' in said
    assert "hanya 2 dari 3 indikator Tujuan dan Sasaran" in said


def test_an_agency_unranked_for_a_target_nol_says_galat_at_its_cell_not_unreadable(tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    wb = openpyxl.load_workbook(path)
    kinerja = wb["Kinerja"]
    kinerja.delete_rows(2, 2)  # IKM and BTO gone: Angka kematian ibu, target 0, is the only one left
    wb.save(path)
    row = agency_row(load_report(path), "rsud.xlsx")
    assert row["capaian"] is None
    # (merged with revtarget0: a zero target is named as such, and why it has no capaian)
    assert row["tanpa_peringkat"] == (
        "tidak ada indikator Tujuan atau Sasaran yang capaiannya dapat dihitung "
        "(Sasaran 1.1 target nol, galat di sel Kinerja!I2 (capaian tidak dapat dihitung: rumusnya "
        "membagi dengan target))"
    )


def test_a_long_indicator_left_out_is_quoted_clipped_as_every_message_quotes() -> None:
    from types import SimpleNamespace

    from lkj_xl.core.rekap_peringkat import galat_left_out

    long = (
        "Persentase pasien rawat inap yang mendapatkan pelayanan sesuai standar pelayanan minimal rumah sakit"
    )
    items = [
        SimpleNamespace(tingkat="Tujuan", kode="1", indikator="IKM", galat=[], capaian_exact=103),
        SimpleNamespace(
            tingkat="Sasaran", kode="1.1", indikator=long, galat=["Kinerja!L3"], capaian_exact=None
        ),
    ]
    said = galat_left_out(items)
    # findings.clip's 60 characters: the first 59 and an ellipsis, as "Baris ... adalah pendapatan" quotes
    assert said is not None and f'indikator "{long[:59]}…" (Sasaran 1.1, galat di sel Kinerja!L3)' in said
