"""Rekap as the Kasubbag reads it to the Sekda: a penyerapan above 100 %.

An agency whose staff typed each quarter's realisasi anggaran as the running total (TW III 400 jt
after TW II 200 jt) shows a penyerapan of 111,11 % on the Rekap sheet and an efisiensi 11 points too
low; its own workbook's check says "melebihi pagu" at the cell, but the rekap said nothing, and the
Sekda reads an agency that spent more than its pagu.
"""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend35i import _said

_JENIS = "Penyerapan di atas 100%"


def _agency(path: Path, opd: str, p1_tw3: str, p2_pagu: str = "300 jt") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Layanan", "Indikator": "Indeks layanan", "Satuan": "%",
         "Jenis Realisasi": "Nilai Akhir", "Target": "100 %", "Realisasi TW III": "90 %"},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Aplikasi", "Indikator": "Jumlah aplikasi",
         "Satuan": "aplikasi", "Jenis Realisasi": "Kumulatif", "Target": "50", "Realisasi TW I": "10",
         "Realisasi TW II": "10", "Realisasi TW III": "10"},
    ]  # fmt: skip
    anggaran = [
        {"Kode": "P1", "Program": "Program Aplikasi", "Kode Sasaran": "S1", "Pagu": "600 jt",
         "Realisasi TW I": "100 jt", "Realisasi TW II": "200 jt", "Realisasi TW III": p1_tw3},
        {"Kode": "P2", "Program": "Program Penunjang", "Kode Sasaran": "S1", "Pagu": p2_pagu,
         "Realisasi TW I": "100 jt", "Realisasi TW II": "100 jt", "Realisasi TW III": "100 jt"},
    ]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kota Uji", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 3}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def test_a_penyerapan_above_100_is_said(tmp_path):
    folder = tmp_path / "tw3"
    # P1: 100 + 200 + 400 jt = 700 jt of 600 jt (the running total typed); P2: 300 jt of 300 jt.
    # Agency: 1.000.000.000 / 900.000.000 = 111,11 %.
    _agency(folder / "12 Diskominfo.xlsx", "Dinas Komunikasi dan Informatika", "400 jt")
    # P1: 100 + 200 + 200 = 500 jt of 600 jt; P2 300 of 300: 800 / 900 = 88,89 %, nothing to say
    _agency(folder / "01 Dinkes.xlsx", "Dinas Kesehatan", "200 jt")
    result = lkj_xl.rekap(folder, jobs=1)
    rows = {r["perangkat_daerah"]: r for r in result.perangkat_daerah.to_dict("records")}
    assert abs(rows["Dinas Komunikasi dan Informatika"]["penyerapan"] - 1000 / 9) < 1e-9  # 111,11
    said = _said(result, _JENIS)
    assert "Dinas Komunikasi dan Informatika" in said and "Dinas Kesehatan" not in said
    assert "111,11%" in said and "Rp 1.000.000.000" in said and "Rp 900.000.000" in said
    # the program over its pagu named, the one at exactly its pagu (300 of 300) not
    assert 'P1 "Program Aplikasi"' in said and "P2" not in said


def test_a_penyerapan_of_exactly_100_is_no_warning(tmp_path):
    folder = tmp_path / "tw3"
    # P1 100 + 200 + 300 = 600 jt of 600 jt, P2 300 of 300: 900 / 900 = 100,00 % exactly
    _agency(folder / "12 Diskominfo.xlsx", "Dinas Komunikasi dan Informatika", "300 jt")
    result = lkj_xl.rekap(folder, jobs=1)
    assert result.perangkat_daerah["penyerapan"].tolist() == [100]
    assert _JENIS not in set(result.peringatan["jenis"])


def test_a_penyerapan_over_100_shown_100_00_is_said_with_its_excess(tmp_path):
    folder = tmp_path / "tw3"
    # P1 100 jt + 200 jt + 300.036.000 = 600.036.000 of 600 jt; P2 300 jt of 300 jt: 900.036.000 of
    # 900.000.000 = 1,00004, a penyerapan of 100,004 %, shown 100,00 % on the Rekap sheet. Realisasi
    # is over the pagu (by Rp 36.000): warned, but "penyerapan 100,00%" alone under "di atas 100%"
    # reads as a contradiction, so the excess is said in rupiah and the 100,00% said to be rounded.
    _agency(folder / "12 Diskominfo.xlsx", "Dinas Komunikasi dan Informatika", "300.036.000")
    result = lkj_xl.rekap(folder, jobs=1)
    assert abs(result.perangkat_daerah["penyerapan"].tolist()[0] - 100.004) < 1e-9
    said = _said(result, _JENIS)
    assert "Rp 900.036.000" in said and "Rp 900.000.000" in said
    assert "sebesar Rp 36.000" in said
    assert "100,00% setelah dibulatkan" in said
