"""Edges of the rekap's word on a Tujuan/Sasaran grade below its target (core.rekap_peringkat): the
grade alone (unranked: said once, as Tanpa peringkat), a grade above its target (100 %, nothing to
say), and the year's report whose TW IV grade is not known yet (`menunggu LHP`: belum diketahui, never
TW III's grade below target as the year's, README "Grade targets")."""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook

_BELOW = "Peringkat tanpa predikat di bawah target"


def _opini(target: str, tw3: str | None, tw4: str | None = None) -> dict[str, object]:
    return {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tata kelola", "Indikator": "Opini BPK atas LKPD",
            "Satuan": "Opini", "Jenis Realisasi": "Nilai Akhir", "Target": target, "Realisasi TW III": tw3,
            "Realisasi TW IV": tw4}  # fmt: skip


# 90 of target 90: capaian 100 % at TW III and TW IV
_S1 = {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Pengawasan", "Indikator": "Temuan",
       "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": "90 %", "Realisasi TW III": "90 %",
       "Realisasi TW IV": "90 %"}  # fmt: skip


def _write(path: Path, opd: str, kinerja: list[dict[str, object]], triwulan: object = 3) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    anggaran = [{"Kode": "P1", "Program": "Program Pengawasan", "Kode Sasaran": "T1", "Pagu": "100 jt",
                 "Realisasi TW I": "10 jt", "Realisasi TW II": "10 jt", "Realisasi TW III": "10 jt"}]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kota Uji", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def _jenis(result: lkj_xl.Rekap) -> list[str]:
    return [str(j) for j in result.peringatan["jenis"]]


def test_a_grade_below_target_alone_is_said_once_as_unranked(tmp_path):
    _write(tmp_path / "06 Inspektorat.xlsx", "Inspektorat", [_opini("WTP", "WDP")])
    result = lkj_xl.rekap(tmp_path, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert row["capaian"] != row["capaian"]  # NaN: no mean, never 0
    assert _jenis(result).count("Tanpa peringkat") == 1 and _BELOW not in _jenis(result)


def test_a_grade_above_its_target_is_100_and_no_word(tmp_path):
    # WTP typed against a target WDP: above it, capaian exactly 100 (no more); S1 100: mean 100
    _write(tmp_path / "06 Inspektorat.xlsx", "Inspektorat", [_opini("WDP", "WTP"), _S1])
    result = lkj_xl.rekap(tmp_path, jobs=1)
    assert result.perangkat_daerah["capaian"].tolist() == [100]
    assert _BELOW not in _jenis(result) and "Tanpa peringkat" not in _jenis(result)


def test_the_years_grade_awaiting_its_lhp_is_not_known_not_below_target(tmp_path):
    # Triwulan IV: TW III WDP (below WTP), TW IV "menunggu LHP": the year's grade is not known yet, so
    # the Opini is belum diketahui (left out, as the note above the table says), not WDP below target;
    # the mean is S1's alone, 90/90 = 100. Beside it the Laporan Tahunan with WDP at TW IV: below.
    _write(tmp_path / "06 Inspektorat.xlsx", "Inspektorat", [_opini("WTP", "WDP", "menunggu LHP"), _S1], 4)
    _write(tmp_path / "07 Bappeda.xlsx", "Bappeda", [_opini("WTP", "WDP", "WDP"), _S1], "Laporan Tahunan")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    rows = {r["perangkat_daerah"]: r for r in result.perangkat_daerah.to_dict("records")}
    assert rows["Inspektorat"]["capaian"] == 100 and rows["Inspektorat"]["belum_diketahui"] == 1
    said = [str(p) for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == _BELOW]
    assert len(said) == 1 and said[0].startswith("Bappeda") and "Opini WDP di bawah target WTP" in said[0]
