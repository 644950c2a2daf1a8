"""lkj-xl rekap as the Bappeda analyst meets it (round 4).

Cases:
- An agency whose Tujuan and Sasaran hold only status texts ("Menunggu data BPS", "direkap diakhir
  periode": nothing measured yet) was unranked with a blank mean capaian and no word of its own: the
  analyst could not tell "no data yet" from a bug of the tool. It is now a warning "Tanpa peringkat"
  naming the agency and each Tujuan / Sasaran with why it has no capaian, its Pemeriksaan row says so,
  the Rekap sheet's note says where such an agency is, and Grafik lists it under the ranked agencies
  without a bar (never a bar of 0).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja, settings

BPS, AKHIR = "Menunggu data BPS", "direkap diakhir periode"


def program_only() -> list[dict[str, object]]:
    """Only a Program indicator (measured: 30 of 100), no Tujuan or Sasaran."""
    return [
        {"Kode": "P1", "Tingkat": "Program", "Uraian": "Program layanan", "Indikator": "Jumlah layanan",
         "Satuan": "layanan", "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW II": "30"},
    ]  # fmt: skip


@pytest.fixture
def with_unmeasured(tmp_path) -> Path:
    root = tmp_path / "tw2"
    root.mkdir()
    # Dinas A: T1 80 of 100 -> 80; S1 9% of 10% -> 90; mean 85. Penyerapan 500 jt of 1 M: 50 %.
    new_workbook(root / "a.xlsx", pengaturan=settings("Dinas A"), kinerja=kinerja("80", "9%"),
                 anggaran=anggaran("Rp 1 M", "200 jt", "300.000.000"))  # fmt: skip
    # Dinas B: both waiting for data (no capaian), its budget known: 350 jt of 700 jt = 50 %.
    new_workbook(root / "b.xlsx", pengaturan=settings("Dinas B"), kinerja=kinerja(BPS, AKHIR),
                 anggaran=anggaran("700 jt", "0", "350.000.000"))  # fmt: skip
    # Dinas C: T1 40 of 100 -> 40; S1 5% of 10% -> 50 (exactly 50: Sangat Rendah); mean 45.
    new_workbook(root / "c.xlsx", pengaturan=settings("Dinas C"), kinerja=kinerja("40", "5%"),
                 anggaran=anggaran("700 jt", "0", "350.000.000"))  # fmt: skip
    # Dinas D: a Program indicator only (capaian 30), nothing at the levels the ranking averages.
    new_workbook(root / "d.xlsx", pengaturan=settings("Dinas D"), kinerja=program_only(), anggaran=[])
    return root


def test_an_agency_without_a_measured_tujuan_or_sasaran_is_named(with_unmeasured):
    root = with_unmeasured
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.astype(object)
    # A (85) first, C (45) second; B and D unranked after them, by name, with no mean (not 0).
    got = [(r["perangkat_daerah"], r["peringkat"], r["capaian"]) for r in frame.to_dict("records")]
    assert got[:2] == [("Dinas A", 1, 85.0), ("Dinas C", 2, 45.0)]
    assert [name for name, *_ in got[2:]] == ["Dinas B", "Dinas D"]
    unranked = result.perangkat_daerah.iloc[2:]
    for key in ("peringkat", "capaian", "kriteria", "efisiensi"):  # NA rank, NaN mean: unknown, not 0
        assert unranked[key].isna().all(), key
    warned = [
        p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == "Tanpa peringkat"
    ]
    assert warned == [
        f"Dinas B ({root / 'b.xlsx'}): tanpa peringkat, di akhir periodenya; rata-rata capaian, kriteria dan "
        "efisiensinya kosong (bukan nol): tidak ada indikator Tujuan atau Sasaran yang capaiannya dapat "
        f'dihitung (Tujuan T1 belum diketahui "{BPS}"; Sasaran S1 belum diketahui "{AKHIR}").',
        f"Dinas D ({root / 'd.xlsx'}): tanpa peringkat, di akhir periodenya; rata-rata capaian, kriteria dan "
        "efisiensinya kosong (bukan nol): sheet Kinerja tidak berisi indikator Tujuan atau Sasaran (1 "
        "indikator di tingkat lain).",
    ]
    # The file's row in Pemeriksaan says it too; the measured agencies' rows say nothing.
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"]))
    assert notes[str(root / "b.xlsx")].startswith("tanpa peringkat: tidak ada indikator Tujuan atau Sasaran")
    assert notes[str(root / "d.xlsx")].startswith("tanpa peringkat: sheet Kinerja tidak berisi")
    assert not notes[str(root / "a.xlsx")] and not notes[str(root / "c.xlsx")]
    assert result.status == 0  # a peringatan in Kinerja (P1 without Kode Induk), no galat


def test_a_galat_or_a_grade_is_said_as_such():
    # Reasons per indicator: an unreadable cell names it; a grade is measured but has no number.
    from lkj_xl.core.rekap_peringkat import unranked_reason

    class Item:
        def __init__(self, tingkat, kode, status=None, galat=(), predikat=None, realisasi_text=""):
            self.tingkat, self.kode, self.status, self.galat = tingkat, kode, status, list(galat)
            self.predikat, self.capaian_exact, self.realisasi_text = predikat, None, realisasi_text

    items = [
        Item("Tujuan", "T1", "Galat (Kinerja!L5)", ["Kinerja!L5"]),
        Item("Sasaran", "S1", predikat="Opini BPK: target WTP, realisasi WTP", realisasi_text="WTP"),
        Item("Program", "P1", "Menunggu data BPS"),  # not a level of the ranking: not listed
    ]
    # "galat di sel", no longer "galat, sel ... tidak terbaca": a galat's cell may be read well (a
    # Negatif indicator's target 0, tests/test_rekap_galat_target_nol.py).
    assert unranked_reason(items) == (
        "tidak ada indikator Tujuan atau Sasaran yang capaiannya dapat dihitung (Tujuan T1 galat di sel "
        "Kinerja!L5; Sasaran S1 berupa predikat, tanpa capaian angka: Opini BPK: target WTP, "
        "realisasi WTP)"
    )
    # a grade not realised yet (the year's Opini with TW IV "menunggu LHP", tests/test_predikat_tahunan.py)
    # is belum diketahui, as any status: before, "berupa predikat, tanpa capaian angka", as if measured
    waiting = Item("Tujuan", "T1", "menunggu LHP", predikat="Opini BPK: target WTP")
    assert unranked_reason([waiting]) == (
        'tidak ada indikator Tujuan atau Sasaran yang capaiannya dapat dihitung (Tujuan T1 belum diketahui "menunggu LHP")'
    )
    assert unranked_reason([]) is None  # no indicator at all: the warning "Tanpa indikator" says it
    # Many: the first five named, the others counted.
    many = [Item("Sasaran", f"S{n}", BPS) for n in range(1, 8)]
    assert unranked_reason(many).endswith(f'Sasaran S5 belum diketahui "{BPS}"; dan 2 lainnya)')


def test_the_rekap_workbook_places_it_after_the_ranked_without_a_bar(with_unmeasured, tmp_path):
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(with_unmeasured), "-o", str(out), "--jobs", "1"])
    assert run.exit_code == 0, run.output
    assert f"warning: Dinas B ({with_unmeasured / 'b.xlsx'}): tanpa peringkat" in run.stderr
    wb = openpyxl.load_workbook(out)
    ws = wb[core.SHEET_REKAP]
    col = {spec.key: i + 1 for i, spec in enumerate(core.AGENCY_COLUMNS)}
    rows = [
        [ws.cell(r, col[k]).value for k in ("peringkat", "perangkat_daerah", "capaian")] for r in range(7, 11)
    ]
    assert rows == [[1, "Dinas A", 85], [2, "Dinas C", 45], [None, "Dinas B", None], [None, "Dinas D", None]]
    # The note above the table says where an agency without a measured Tujuan or Sasaran is.
    assert (
        "Perangkat daerah tanpa capaian Tujuan atau Sasaran yang dapat dihitung ada di akhir, tanpa "
        "peringkat (rata-ratanya kosong, bukan nol); lihat sheet Pemeriksaan." in ws["A3"].value
    )
    # Grafik: the capaian block lists A and C with their figures, then B and D without a figure; the
    # chart plots the two measured only (no bar of 0 for the others).
    grafik = wb[core.SHEET_GRAFIK]
    block = [[grafik.cell(r, k).value for k in (1, 2)] for r in range(5, 9)]
    assert block == [
        ["Dinas A", 85],
        ["Dinas C", 45],
        ["Dinas B", "tanpa peringkat"],
        ["Dinas D", "tanpa peringkat"],
    ]
    with zipfile.ZipFile(out) as z:
        charts = [
            z.read(n).decode() for n in sorted(z.namelist()) if re.fullmatch(r"xl/charts/chart\d+\.xml", n)
        ]
    capaian_chart = next(x for x in charts if "Peringkat Rata-rata Capaian" in x)
    assert re.findall(r"<c:f>([^<]*)</c:f>", capaian_chart) == ["Grafik!$A$5:$A$6", "Grafik!$B$5:$B$6"]


def test_equal_mean_capaian_is_one_rank_whatever_the_penyerapan(tmp_path):
    # Three agencies with the same mean capaian, 85: Dinas Kesehatan T1 80 of 100 -> 80, S1 9% of 10%
    # -> 90; Dinas Arsip T1 90 -> 90, S1 8% -> 80; Dinas Pendidikan T1 85 -> 85, S1 8,5% -> 85. Their
    # penyerapan differ: Arsip 500 jt of 1 M = 50 %, Pendidikan 175 jt of 700 jt = 25 %, and
    # Kesehatan's is unknown (its TW II spending "1.282,684,40" is ambiguous: galat). They share
    # rank 2 below Dinas Sosial (T1 90, S1 9%: 90), listed by name; Dinas Pangan (T1 70, S1 7%: 70)
    # is 5th (1, 2, 2, 2, 5). Before, the penyerapan broke the tie and the unknown one came last.
    root = tmp_path / "tw2"
    root.mkdir()
    agencies = {
        "Dinas Kesehatan": (kinerja("80", "9%"), anggaran("Rp 1 M", "200 jt", "1.282,684,40")),
        "Dinas Arsip": (kinerja("90", "8%"), anggaran("Rp 1 M", "200 jt", "300.000.000")),
        "Dinas Pendidikan": (kinerja("85", "8,5%"), anggaran("700 jt", "0", "175 jt")),
        "Dinas Sosial": (kinerja("90", "9%"), anggaran("700 jt", "0", "70 jt")),
        "Dinas Pangan": (kinerja("70", "7%"), anggaran("700 jt", "0", "700 jt")),
    }
    for n, (opd, (k, a)) in enumerate(agencies.items()):
        new_workbook(root / f"{n}.xlsx", pengaturan=settings(opd), kinerja=k, anggaran=a)
    frame = lkj_xl.rekap(root, jobs=1).perangkat_daerah
    got = list(
        zip(frame["perangkat_daerah"], frame["peringkat"], frame["capaian"], frame["penyerapan"].fillna(-1))
    )
    assert got == [
        ("Dinas Sosial", 1, 90.0, 10.0),
        ("Dinas Arsip", 2, 85.0, 50.0),
        ("Dinas Kesehatan", 2, 85.0, -1),  # penyerapan unknown (galat): the same rank all the same
        ("Dinas Pendidikan", 2, 85.0, 25.0),
        ("Dinas Pangan", 5, 70.0, 100.0),
    ]
