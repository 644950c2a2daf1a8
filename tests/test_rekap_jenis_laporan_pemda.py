"""`Jenis laporan berbeda` compares the report kind within one Pemerintah Daerah only.

In a province's trial rekap, Kota Uji's agencies sent the Laporan Kinerja Semester I and Kabupaten
Lumajang's agency the quarterly Triwulan II: each Pemda's own reports were all of one kind, yet the
warning told Lumajang's agency to retype its Triwulan as Kota Uji's. Each Pemda asks its own agencies
for its own report; the kinds are compared among one Pemda's agencies of a period.
"""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend35i import _said

_JENIS = "Jenis laporan berbeda"


def _agency(path: Path, pemda: str, opd: str, triwulan: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    kinerja = [{"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Layanan", "Indikator": "Indeks layanan",
                "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": "100 %", "Realisasi TW I": "80 %",
                "Realisasi TW II": "90 %", "Realisasi TW III": "95 %", "Realisasi TW IV": "98 %"}]  # fmt: skip
    anggaran = [{"Kode": "P1", "Program": "Program Layanan", "Kode Sasaran": "T1", "Pagu": "400 jt",
                 "Realisasi TW I": "50 jt", "Realisasi TW II": "50 jt", "Realisasi TW III": "50 jt",
                 "Realisasi TW IV": "50 jt"}]  # fmt: skip
    pengaturan = {c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def test_another_pemdas_half_year_is_no_word_to_this_pemdas_quarter(tmp_path):
    _agency(tmp_path / "Kota Uji" / "01 Dinkes.xlsx", "Kota Uji", "Dinas Kesehatan", "Semester I")
    _agency(tmp_path / "Kota Uji" / "02 Dindik.xlsx", "Kota Uji", "Dinas Pendidikan", "Semester I")
    _agency(tmp_path / "Lumajang" / "01 Dinsos.xlsx", "Kabupaten Lumajang", "Dinas Sosial", 2)
    result = lkj_xl.rekap(tmp_path, jobs=1)
    # Kota Uji: 2 Semester I; Lumajang: 1 Triwulan II. Each Pemda sent one kind: nothing to retype.
    assert _JENIS not in set(result.peringatan["jenis"])


def test_another_pemdas_annual_report_is_no_word_to_this_pemdas_quarter(tmp_path):
    _agency(tmp_path / "Kota Uji" / "01 Dinkes.xlsx", "Kota Uji", "Dinas Kesehatan", "Laporan Tahunan")
    _agency(tmp_path / "Lumajang" / "01 Dinsos.xlsx", "Kabupaten Lumajang", "Dinas Sosial", 4)
    result = lkj_xl.rekap(tmp_path, jobs=1)
    assert _JENIS not in set(result.peringatan["jenis"])


def test_two_kinds_within_one_pemda_are_still_said_naming_its_pemda(tmp_path):
    # Lumajang: Dinas Sosial and Dinas Perhubungan sent Triwulan II, the Bappeda Semester I (the fewer,
    # named); Kota Uji's two Semester I agencies are no part of Lumajang's count.
    _agency(tmp_path / "Kota Uji" / "01 Dinkes.xlsx", "Kota Uji", "Dinas Kesehatan", "Semester I")
    _agency(tmp_path / "Kota Uji" / "02 Dindik.xlsx", "Kota Uji", "Dinas Pendidikan", "Semester I")
    _agency(tmp_path / "Lumajang" / "01 Dinsos.xlsx", "Kabupaten Lumajang", "Dinas Sosial", 2)
    _agency(tmp_path / "Lumajang" / "02 Dishub.xlsx", "Kabupaten Lumajang", "Dinas Perhubungan", 2)
    _agency(tmp_path / "Lumajang" / "03 Bappeda.xlsx", "Kabupaten Lumajang", "Bappeda", "Semester I")
    said = _said(result := lkj_xl.rekap(tmp_path, jobs=1), _JENIS)
    assert "Kabupaten Lumajang" in said
    assert "2 perangkat daerah mengirim Laporan Kinerja Triwulan II" in said
    assert "1 mengirim Laporan Kinerja Semester I: Bappeda" in said
    assert "Dinas Kesehatan" not in said and "Dinas Pendidikan" not in said
    assert len(result.peringatan[result.peringatan["jenis"] == _JENIS]) == 1


def test_one_pemda_keeps_its_sentence(tmp_path):
    # a rekap of one Pemda: the sentence as before, no Pemda named in it (the title names it)
    _agency(tmp_path / "01 Dinsos.xlsx", "Kabupaten Lumajang", "Dinas Sosial", 2)
    _agency(tmp_path / "02 Dishub.xlsx", "Kabupaten Lumajang", "Dinas Perhubungan", 2)
    _agency(tmp_path / "03 Bappeda.xlsx", "Kabupaten Lumajang", "Bappeda", "Semester I")
    said = _said(lkj_xl.rekap(tmp_path, jobs=1), _JENIS)
    assert said.startswith(
        "Pada Triwulan II Tahun 2025, 2 perangkat daerah mengirim Laporan Kinerja Triwulan II"
    )
