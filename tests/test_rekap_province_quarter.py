"""A province's Bappeda collecting Triwulan III 2025 (rekap54): a folder per Pemda, files named as staff
name them (`LKJ TW III 2025 - DINKES (revisi 2).xlsx` beside the first sending, `Copy of ...`, `... (1)`),
a workbook still open in Excel (its `~$` lock file), a .xls; Dinas PU Bina Marga and Dinas PU SDA of
one Pemda, Dinas Kesehatan and Dinas Kesehatan Hewan of another. Every figure below is worked by hand
from the rows typed here (Tujuan: an Indeks, target 100; Sasaran: a %, target 80 %; both Nilai Akhir,
TW III the realisasi; one program, spending per quarter summed)."""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook


def _agency(
    path: Path, pemda: str, opd: str, tujuan: str, sasaran: str, pagu: str, spent: tuple[str, ...]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Meningkatnya layanan", "Indikator": "Indeks kepuasan layanan",
         "Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW III": tujuan},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Layanan tepat waktu",
         "Indikator": "Persentase layanan tepat waktu", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
         "Target": "80%", "Realisasi TW III": sasaran},
    ]  # fmt: skip
    anggaran = [
        {"Kode": "P1", "Program": "Program Penunjang Urusan Pemerintahan Daerah", "Kode Sasaran": "S1", "Pagu": pagu,
         "Realisasi TW I": spent[0], "Realisasi TW II": spent[1], "Realisasi TW III": spent[2]}
    ]  # fmt: skip
    pengaturan = {c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 3}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def _province(root: Path) -> None:
    lumajang, batu = root / "Kab Lumajang", root / "Kota Batu"
    for name, opd, tujuan, sasaran, pagu, spent in (
        ("LKJ TW III 2025 - DINKES.xlsx", "Dinas Kesehatan", "90", "70%", "12.500.000.000", ("2,5 M", "3 M", "1 M")),
        ("LKJ TW III 2025 - DINKES (revisi 2).xlsx", "Dinas Kesehatan", "92", "76%", "12.500.000.000", ("2,5 M", "3 M", "3.250.000.000")),
        ("Copy of LKJ TW III 2025 Dinsos.xlsx", "Dinas Sosial", "85", "72%", "4.000.000.000", ("500 jt", "600 jt", "700 jt")),
        ("LKJ TW III 2025 Dishub (1).xlsx", "Dinas Perhubungan", "85", "72%", "6.000.000.000", ("800 jt", "1 M", "1,2 M")),
        ("LKJ TW III 2025 Dinas PU Bina Marga.xlsx", "Dinas PU Bina Marga", "70", "60%", "80.000.000.000", ("10 M", "15 M", "20 M")),
        ("LKJ TW III 2025 Dinas PU SDA.xlsx", "Dinas PU SDA", "75", "64%", "40.000.000.000", ("5 M", "6 M", "9 M")),
    ):  # fmt: skip
        _agency(lumajang / name, "Kabupaten Lumajang", opd, tujuan, sasaran, pagu, spent)
    for name, opd, tujuan, sasaran, pagu, spent in (
        ("LKJ TW III 2025 Dinkes.xlsx", "Dinas Kesehatan", "91", "81%", "9.000.000.000", ("1,5 M", "2 M", "2,5 M")),
        ("LKJ TW III 2025 Dinkes Hewan.xlsx", "Dinas Kesehatan Hewan", "70", "55%", "1.200.000.000", ("100 jt", "200 jt", "300 jt")),
    ):  # fmt: skip
        _agency(batu / name, "Kota Batu", opd, tujuan, sasaran, pagu, spent)
    (lumajang / "~$LKJ TW III 2025 Dinsos.xlsx").write_bytes(b"\x00" * 165)  # Excel's lock file
    (batu / "LKJ TW III 2025 Satpol PP.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)


def test_a_provinces_quarter_adds_up_as_worked_by_hand(tmp_path):
    _province(tmp_path)
    result = lkj_xl.rekap(tmp_path, jobs=1)
    rows = result.perangkat_daerah.set_index(["pemerintah_daerah", "perangkat_daerah"])
    # mean capaian of Tujuan and Sasaran: Dinkes Batu (91 + 81/80 = 101,25) / 2 = 96,125; Dinkes Lumajang's
    # revisi 2 (92 + 76/80 = 95) / 2 = 93,5; Dinsos and Dishub (85 + 90) / 2 = 87,5, a tie; PU SDA (75 + 80)
    # / 2 = 77,5; PU Bina Marga (70 + 75) / 2 = 72,5; Dinkes Hewan (70 + 55/80 = 68,75) / 2 = 69,375
    expected = {
        ("Kota Batu", "Dinas Kesehatan"): (1, 96.125),
        ("Kabupaten Lumajang", "Dinas Kesehatan"): (2, 93.5),
        ("Kabupaten Lumajang", "Dinas Sosial"): (3, 87.5),
        ("Kabupaten Lumajang", "Dinas Perhubungan"): (3, 87.5),  # tied: both 3rd, the next 5th
        ("Kabupaten Lumajang", "Dinas PU SDA"): (5, 77.5),
        ("Kabupaten Lumajang", "Dinas PU Bina Marga"): (6, 72.5),
        ("Kota Batu", "Dinas Kesehatan Hewan"): (7, 69.375),
    }
    assert {key: (int(row.peringkat), row.capaian) for key, row in rows.iterrows()} == expected
    # the revision counted: 2,5 M + 3 M + 3,25 M = 8,75 M of 12,5 M = 70 %
    assert rows.loc[("Kabupaten Lumajang", "Dinas Kesehatan"), "realisasi_anggaran"] == 8_750_000_000
    assert rows.loc[("Kabupaten Lumajang", "Dinas Kesehatan"), "penyerapan"] == 70
    pagu = result.perangkat_daerah.groupby("pemerintah_daerah")[["pagu", "realisasi_anggaran"]].sum()
    # Lumajang: 12,5 + 4 + 6 + 80 + 40 = 142,5 M; spent 8,75 + 1,8 + 3 + 45 + 20 = 78,55 M
    # Batu: 9 + 1,2 = 10,2 M; spent 6 + 0,6 = 6,6 M
    assert pagu.loc["Kabupaten Lumajang"].tolist() == [142_500_000_000, 78_550_000_000]
    assert pagu.loc["Kota Batu"].tolist() == [10_200_000_000, 6_600_000_000]
    # kriteria of the Tujuan: > 90 Sangat Tinggi 92, 91; Tinggi 85, 85; Sedang 75 (exactly), 70, 70
    # of the Sasaran: Sangat Tinggi 95, 101,25; Tinggi 90 (exactly), 90, 80; Sedang 75, 68,75
    counts = result.perangkat_daerah.sum(numeric_only=True)
    tujuan = [counts[f"tujuan_{k}"] for k in ("sangat_tinggi", "tinggi", "sedang", "rendah", "sangat_rendah")]
    sasaran = [
        counts[f"sasaran_{k}"] for k in ("sangat_tinggi", "tinggi", "sedang", "rendah", "sangat_rendah")
    ]
    assert (tujuan, sasaran) == ([2, 2, 3, 0, 0], [2, 3, 2, 0, 0])
    # two agencies of one field, each counted, neither said to be the other's revision
    assert "Rencana sama" not in set(result.peringatan["jenis"])
    status = dict(zip(result.pemeriksaan["berkas"].map(lambda b: Path(b).name), result.pemeriksaan["status"]))
    assert status["LKJ TW III 2025 - DINKES.xlsx"] == "tidak dihitung: ganda"
    assert status["LKJ TW III 2025 Satpol PP.xls"] == "tidak dapat dibaca"
    assert "~$LKJ TW III 2025 Dinsos.xlsx" not in status  # the lock file is no workbook
