"""Rekap: an agency with no penyerapan at all (realisasi anggaran 0 with a pagu) in a report of
Triwulan III or later. Its efisiensi, the mean capaian less a penyerapan of 0, is printed as the
highest of the Pemda with no word, while the likeliest reading is a Sheet Anggaran not filled in.
Early in the year (TW I, TW II) spending nothing yet is ordinary and not said.
"""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook

_JENIS = "Belum ada penyerapan"


def _agency(
    path: Path, opd: str, triwulan: object, spent: tuple[object, ...], pagu: object = "400 jt"
) -> None:
    """One Tujuan, 95 of target 100 (capaian 95 %), at every quarter; one program of ``pagu`` whose
    realisasi per quarter is ``spent`` (TW I, II, III, IV)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    kinerja = [{"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Layanan", "Indikator": "Indeks layanan",
                "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": "100", "Realisasi TW I": "95",
                "Realisasi TW II": "95", "Realisasi TW III": "95", "Realisasi TW IV": "95"}]  # fmt: skip
    quarters = [f"Realisasi TW {q}" for q in ("I", "II", "III", "IV")]
    anggaran = [{"Kode": "P1", "Program": "Program Layanan", "Kode Sasaran": "T1", "Pagu": pagu}
                | dict(zip(quarters, spent))]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kota Uji", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def _warned(result: lkj_xl.Rekap) -> list[str]:
    return [str(p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == _JENIS]


def test_no_penyerapan_at_triwulan_iii_is_said(tmp_path):
    _agency(tmp_path / "01 Dinkes.xlsx", "Dinas Kesehatan", 3, ("0", "0", "0"))  # typed 0: Rp 0 of 400 jt
    _agency(tmp_path / "02 Dindik.xlsx", "Dinas Pendidikan", 3, ("-", None, ""))  # a dash and blanks: Rp 0
    _agency(tmp_path / "03 Dinsos.xlsx", "Dinas Sosial", 3, ("100 jt", "100 jt", "100 jt"))  # 300/400 = 75 %
    _agency(tmp_path / "04 Dishub.xlsx", "Dinas Perhubungan", 3, ("0", "0", "1"))  # Rp 1 spent: not 0
    result = lkj_xl.rekap(tmp_path, jobs=1)
    rows = {r["perangkat_daerah"]: r for r in result.perangkat_daerah.to_dict("records")}
    # capaian 95/100 = 95 %; efisiensi = 95 - 0 = 95 points for the two that spent nothing, the
    # highest, above the Dinas Sosial's 95 - 75 = 20 (the figures stay: the warning says why)
    assert (rows["Dinas Kesehatan"]["penyerapan"], rows["Dinas Kesehatan"]["efisiensi"]) == (0, 95)
    assert rows["Dinas Sosial"]["efisiensi"] == 20
    warned = _warned(result)
    assert len(warned) == 2
    said = " ".join(warned)
    assert "Dinas Kesehatan" in said and "Dinas Pendidikan" in said
    assert "Dinas Sosial" not in said and "Dinas Perhubungan" not in said
    assert "Triwulan III Tahun 2025" in said and "Rp 400.000.000" in said


def test_the_year_end_reports_are_said_too(tmp_path):
    _agency(tmp_path / "01 Dinkes.xlsx", "Dinas Kesehatan", "Laporan Tahunan", ("0", "0", "0", "0"))
    _agency(tmp_path / "02 Dindik.xlsx", "Dinas Pendidikan", "Semester II", ("0", "0", "0", "0"))
    _agency(tmp_path / "03 Dinsos.xlsx", "Dinas Sosial", 4, (None, None, None, None))
    said = " ".join(_warned(lkj_xl.rekap(tmp_path, jobs=1)))
    assert "Dinas Kesehatan" in said and "Dinas Pendidikan" in said and "Dinas Sosial" in said
    assert "Triwulan IV Tahun 2025 (Laporan Tahunan)" in said
    assert "Triwulan IV Tahun 2025 (Laporan Kinerja Semester II)" in said


def test_early_quarters_zero_pagu_and_galat_are_not_said(tmp_path):
    _agency(tmp_path / "tw2" / "01 Dinkes.xlsx", "Dinas Kesehatan", 2, ("0", "0"))  # TW II: ordinary
    _agency(tmp_path / "tw1" / "01 Dinkes.xlsx", "Dinas Kesehatan", 1, ("0",))
    _agency(tmp_path / "tw3" / "02 Dindik.xlsx", "Dinas Pendidikan", 3, ("0", "0", "0"), pagu="0")  # no pagu
    _agency(
        tmp_path / "tw3" / "03 Dinsos.xlsx", "Dinas Sosial", 3, ("0", "0", "0"), pagu="empat ratus"
    )  # galat
    result = lkj_xl.rekap(tmp_path, jobs=1)
    assert _warned(result) == []
