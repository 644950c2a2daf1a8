"""The ratio advice of review 47 said alike in every front: `lkj-xl check`, `export`'s pemeriksaan,
`build`'s Pemeriksaan sheet and the add-in's (a press through a real `lkj-xl serve`, tests/
test_xl_server.py's fixture, its Pemeriksaan replayed and its galat alert).

One workbook (new_workbook), Realisasi TW II typed so in each row, Triwulan 2:
- S1 Rasio PAD terhadap Pendapatan Daerah, Satuan %, Target 25, "1:4": 1 / 4 x 100 = 25, never 4;
- S2 Usia harapan hidup, Satuan Tahun, "1:30": the duration galat, no figure;
- S3 Jumlah e-KTP tercetak, Satuan e-KTP, "1:5": a comparison, no figure;
- S4 Persentase sekolah terakreditasi, Satuan %, Target 100, TW I 95, "0,3": a slip to check, never 30;
- S5 Rasio guru terhadap murid, Satuan % by mistake, Target 4, TW I 4, "1/4": 4 murid per guru, never 25;
- S6 Dokumen perencanaan tersusun, Satuan dokumen, Target 5, "1:5": a comparison, no figure (1 of 5?);
- S7 Rasio PAD terhadap Pendapatan Daerah, Satuan %, Target 25, "4:1": a comparison, neither 4 nor 400.
"""

from __future__ import annotations

import json

import openpyxl
from click.testing import CliRunner

from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_xl_server import (  # noqa: F401 - server: the fixture
    PLAN_CLIENT,
    book_json,
    pemeriksaan_rows,
    press,
    replay_plan,
    server,
)

PENGATURAN = {"Pemerintah Daerah": "Kabupaten Contoh", "Perangkat Daerah": "Dinas Contoh", "Tahun": 2025,
              "Triwulan": 2}  # fmt: skip
ANGGARAN = [{"Kode": "P1", "Program": "Program Keuangan", "Kode Sasaran": "S1", "Pagu": "Rp 100.000.000",
             "Realisasi TW I": "Rp 20.000.000", "Realisasi TW II": "Rp 30.000.000"}]  # fmt: skip
ROWS = [
    ("S1", "Rasio PAD terhadap Pendapatan Daerah", "%", "25", "24", "1:4"),
    ("S2", "Usia harapan hidup", "Tahun", "72", "71", "1:30"),
    ("S3", "Jumlah e-KTP tercetak", "e-KTP", "500", "200", "1:5"),
    ("S4", "Persentase sekolah terakreditasi", "%", "100", "95", "0,3"),
    ("S5", "Rasio guru terhadap murid", "%", "4", "4", "1/4"),
    ("S6", "Dokumen perencanaan tersusun", "dokumen", "5", "2", "1:5"),
    ("S7", "Rasio PAD terhadap Pendapatan Daerah", "%", "25", "24", "4:1"),
]
# What each row's TW II (column L, rows 4-7 of a new workbook) must say and must not
SAID = {
    "S1": ("tulis persentasenya: 1 / 4 x 100 = 25", "pembandingnya"),
    "S2": ("tulis angkanya dalam Tahun saja", "(30)"),
    "S3": ('hitung dan tulis angkanya dalam Satuan "e-KTP" saja', "(5)"),
    "S4": ("jauh dari Realisasi TW I 95", "tulis 30"),
    "S5": ("tulis angka pembandingnya saja (4)", "25"),
    "S6": ('hitung dan tulis angkanya dalam Satuan "dokumen" saja', "(5)"),
    "S7": ('hitung dan tulis angkanya dalam Satuan "%" saja', "(4)"),
}


def _book(tmp_path):
    kinerja = [
        {"Kode": kode, "Tingkat": "Sasaran", "Uraian": ind, "Indikator": ind, "Satuan": satuan,
         "Polaritas": "Positif", "Jenis Realisasi": "Nilai Akhir", "Target": target,
         "Realisasi TW I": tw1, "Realisasi TW II": tw2}
        for kode, ind, satuan, target, tw1, tw2 in ROWS
    ]  # fmt: skip
    path = tmp_path / "rasio.xlsx"
    new_workbook(path, pengaturan=PENGATURAN, kinerja=kinerja, anggaran=ANGGARAN)
    return path


def _exported(path):
    result = CliRunner().invoke(__import__("lkj_xl.cli", fromlist=["main"]).main, ["export", str(path)])
    found = json.loads(result.stdout)["pemeriksaan"]
    return {(f["sheet"], f["sel"]): f["pesan"] for f in found if f["sheet"] == c.SHEET_KINERJA}


def test_every_front_says_the_ratio_advice_alike(server, tmp_path):  # noqa: F811
    from lkj_xl.cli import main

    path = _book(tmp_path)
    exported = _exported(path)
    tw2 = {k: v for (_, sel), v in exported.items() if sel.startswith("L") for k in [sel]}
    assert len(tw2) == len(ROWS), exported
    for (want, never), pesan in zip(SAID.values(), [tw2[s] for s in sorted(tw2, key=lambda s: int(s[1:]))]):
        assert want in pesan and never not in pesan, pesan
    # check prints each pesan as export gives it
    check = CliRunner().invoke(main, ["check", str(path)])
    assert all(pesan in check.output for pesan in tw2.values()), check.output
    # build's Pemeriksaan sheet
    out = tmp_path / "hasil.xlsx"
    assert CliRunner().invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)[c.SHEET_PEMERIKSAAN]
    built = {str(r[3]): r[4] for r in sheet.iter_rows(min_row=5, values_only=True) if r[2] == "Kinerja"}
    assert {s: built.get(s) for s in tw2} == tw2
    # the add-in: its Pemeriksaan and the galat alert naming the cells' texts
    data = book_json(path, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts, _ = replay_plan(data, response.json()["actions"])
    pane = {r[2]: r[3] for r in pemeriksaan_rows({s.name: s for s in sheets}[c.SHEET_PEMERIKSAAN])}
    assert {s: pane.get(s) for s in tw2} == tw2
    ((text, *_),) = alerts
    assert all(f'"{typed}"' in text for typed in ("1:4", "1:30", "1:5", "1/4", "4:1")), text
    # each galat as the other fronts say it (S5's count advice names "pembandingnya", S1's never: SAID)
    assert all(pesan in text for pesan in tw2.values() if "tidak dapat dibaca" in pesan), text
