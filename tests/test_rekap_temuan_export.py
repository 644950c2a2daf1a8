"""The rekap's Temuan counts are each agency's own Pemeriksaan counts (rekap53).

This session added peringatan (a share summed as Kumulatif, SIPD's three zero decimals in a Pagu or a
Kinerja Rupiah figure, a 5.4 Belanja Transfer line): the rekap's row of each agency (Rekap Perangkat
Daerah and Pemeriksaan) must count them as ``lkj-xl export`` of that workbook does, and carry its
pagu and realisasi. (A rekap of 40 such agencies with --jobs 2 in every --format was compared so by
hand: no difference.)"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook

_BASE = [
    {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Meningkatnya layanan", "Indikator": "Indeks kepuasan",
     "Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir", "Target": "80", "Realisasi TW II": "76,5"},
    {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Layanan prima",
     "Indikator": "Persentase layanan tepat waktu", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
     "Target": "90%", "Realisasi TW II": "72%"},
]  # fmt: skip
# TW I 55 % + TW II 80 % = 135 % summed (Kumulatif) of a share: the peringatan of a share summed
_SHARE = {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Fisik",
          "Indikator": "Persentase realisasi fisik", "Satuan": "%", "Jenis Realisasi": "Kumulatif",
          "Target": "100%", "Realisasi TW I": "55%", "Realisasi TW II": "80%"}  # fmt: skip
# Rp 3.750.000,000 read as typed is 0,15 % of Rp 2,5 M; Rp 3.750.000.000 fits (SIPD's decimals)
_RUPIAH = {"Kode": "S3", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Investasi",
           "Indikator": "Nilai investasi", "Satuan": "Rp", "Jenis Realisasi": "Kumulatif",
           "Target": "Rp 2,5 M", "Realisasi TW II": "Rp 3.750.000,000"}  # fmt: skip


def _program(pagu: str) -> dict[str, object]:
    # spending 157.853.500 + 1.800.000 = 159.653.500 (the seed's Kualitas Usaha Mikro programs)
    return {"Kode": "P1", "Program": "Program Pelayanan", "Kode Sasaran": "S1", "Pagu": pagu,
            "Realisasi TW I": "157.853.500", "Realisasi TW II": "1.800.000"}  # fmt: skip


_TRANSFER = {"Kode": "5.4", "Program": "Belanja Transfer", "Kode Sasaran": "S1", "Pagu": "2.000.000.000",
             "Realisasi TW I": "500.000.000", "Realisasi TW II": "400.000.000"}  # fmt: skip

AGENCIES = {
    "Dinas Sosial": ([*_BASE, _SHARE], [_program("3.578.850.965")]),
    # 3.578.850,000 read as Rp 3.578.850, below its spending of 159.653.500
    "Dinas Kesehatan": (_BASE, [_program("3.578.850,000")]),
    "Dinas Pendidikan": ([*_BASE, _RUPIAH], [_program("3.578.850.965")]),
    "Satuan Polisi Pamong Praja": (_BASE, [_program("3.578.850.965"), _TRANSFER]),
}


def test_the_rekaps_temuan_are_each_agencys_own(tmp_path):
    root = tmp_path / "TW II"
    root.mkdir()
    for number, (agency, (kinerja, anggaran)) in enumerate(AGENCIES.items(), start=1):
        new_workbook(
            root / f"{number:02d} {agency}.xlsx",
            pengaturan={c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: agency, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
            kinerja=kinerja,
            anggaran=anggaran,
        )
    result = lkj_xl.rekap(root, jobs=1)
    rows = {Path(r["berkas"]).name: r for r in result.perangkat_daerah.to_dict("records")}
    checked = {Path(r["berkas"]).name: r for r in result.pemeriksaan.to_dict("records")}
    assert len(rows) == len(AGENCIES)
    for path in sorted(root.glob("*.xlsx")):
        out = CliRunner().invoke(main, ["export", str(path)])
        own = json.loads(out.output)
        counts = Counter(finding["tingkat"] for finding in own["pemeriksaan"])
        assert counts["peringatan"] >= 1, path.name  # each agency has one of the new peringatan
        for key, tingkat in (("temuan_galat", "galat"), ("temuan_peringatan", "peringatan")):
            assert rows[path.name][key] == counts[tingkat], (path.name, key)
            assert checked[path.name][key] == counts[tingkat], (path.name, key)
        # Dinas Kesehatan's pagu pasted from SIPD as 3.578.850,000 (read Rp 3.578.850) beside 159.653.500
        # spent, 44,6 times: a galat since anggaran63 (over 10 times the pagu), its pagu withheld in both,
        # None in the export's JSON and a missing value (NaN) in the rekap's DataFrame
        pagu, own_pagu = rows[path.name]["pagu"], own["ringkasan"]["total_pagu"]
        assert (own_pagu is None and pagu != pagu) or pagu == own_pagu, path.name
        assert rows[path.name]["realisasi_anggaran"] == own["ringkasan"]["total_realisasi_anggaran"]
    # the programs' spending: 159.653.500 each, and the Satpol PP's 5.4 line is its program's rincian
    assert rows["01 Dinas Sosial.xlsx"]["realisasi_anggaran"] == 159_653_500


def test_a_workbook_with_only_tahun_akhir_renstra_counts_alike_with_two_jobs(tmp_path):
    # review (revrekap53): Tahun Akhir Renstra 2026 typed, no comparison figure in Kinerja (perbandingan52
    # adds one peringatan at Pengaturan's cell for it): whatever it is, the rekap's row and Pemeriksaan
    # of that agency, read by a worker of --jobs 2, count what its own export counts
    root = tmp_path / "TW II"
    root.mkdir()
    for number, agency in enumerate(("Dinas Sosial", "Bappeda"), start=1):
        pengaturan = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: agency, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
        if agency == "Bappeda":
            pengaturan[c.P_TAHUN_AKHIR_RENSTRA] = 2026
        new_workbook(
            root / f"{number:02d} {agency}.xlsx",
            pengaturan=pengaturan,
            kinerja=_BASE,
            anggaran=[_program("3.578.850.965")],
        )
    result = lkj_xl.rekap(root, jobs=2)
    rows = {Path(r["berkas"]).name: r for r in result.perangkat_daerah.to_dict("records")}
    checked = {Path(r["berkas"]).name: r for r in result.pemeriksaan.to_dict("records")}
    for path in sorted(root.glob("*.xlsx")):
        own = json.loads(CliRunner().invoke(main, ["export", str(path)]).output)
        counts = Counter(finding["tingkat"] for finding in own["pemeriksaan"])
        for key, tingkat in (("temuan_galat", "galat"), ("temuan_peringatan", "peringatan")):
            assert rows[path.name][key] == counts[tingkat] == checked[path.name][key], (path.name, key)
    # the Bappeda differs from the Dinas Sosial, typed alike, by its Tahun Akhir Renstra's finding only
    renstra = [f for f in own["pemeriksaan"] if "Tahun Akhir Renstra" in f["pesan"]]
    assert rows["02 Bappeda.xlsx"]["temuan_peringatan"] - rows["01 Dinas Sosial.xlsx"][
        "temuan_peringatan"
    ] == len(renstra)
