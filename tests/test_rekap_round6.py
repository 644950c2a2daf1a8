"""lkj-xl rekap as the Bappeda analyst meets it on Triwulan III 2025 (round 6): eight agencies made from
the example workbook (two after the APBD-P, one with SIPD heading and Kegiatan rows in Anggaran, one
open in Excel, one sent as .xlsm, one with its Tahun typed "TA 2025") were checked figure by figure
against each agency's own ``lkj-xl export`` and by hand: every agency's figures were right. What the
analyst did not find is the Pemda's own line: the pagu, realisasi and penyerapan of the whole
Kabupaten, which the rekap left to a SUM over the Pagu column (silently partial where an agency's
pagu is galat, blank in the sheet). Rekap Perangkat Daerah now closes with a Jumlah line.

Every expected figure is derived by hand in the comments (Fraction).
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook

M = 1_000_000


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def settings(opd: str) -> dict[str, object]:
    return {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 3}


def kinerja(tw3: object) -> list[dict[str, object]]:
    """A Tujuan and a Sasaran, Nilai Akhir, target 100: each capaian is its TW III."""
    return [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan", "Indikator": "Indeks satu", "Satuan": "%",
         "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW III": tw3},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran", "Indikator": "Indeks dua",
         "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW III": tw3},
    ]  # fmt: skip


def program(pagu: object, spent: object, perubahan: object = None) -> list[dict[str, object]]:
    return [
        {"Kode": "P1", "Program": "Program satu", "Kode Sasaran": "S1", "Pagu": pagu,
         "Pagu Perubahan": perubahan, "Realisasi TW III": spent},
    ]  # fmt: skip


def folder(root, third_pagu: object = 300 * M):
    root.mkdir()
    # Dinas A: capaian 80 (Tinggi) twice; pagu 1.000 jt raised to 1.200 jt at the APBD-P (the Pagu
    # Perubahan counts), spent 600 jt.
    new_workbook(root / "a.xlsx", pengaturan=settings("Dinas A"), kinerja=kinerja(80),
                 anggaran=program(1000 * M, 600 * M, 1200 * M))  # fmt: skip
    # Dinas B: capaian 95 (Sangat Tinggi) twice; pagu 500 jt, spent 100 jt.
    new_workbook(root / "b.xlsx", pengaturan=settings("Dinas B"), kinerja=kinerja(95),
                 anggaran=program(500 * M, 100 * M))  # fmt: skip
    # Dinas C: capaian 40 (Sangat Rendah) twice; pagu 300 jt (or as given), spent 50 jt.
    new_workbook(root / "c.xlsx", pengaturan=settings("Dinas C"), kinerja=kinerja(40),
                 anggaran=program(third_pagu, 50 * M))  # fmt: skip
    return root


def rekap_rows(tmp_path, root):
    out = tmp_path / "rekap.xlsx"
    assert invoke("rekap", root, "-o", out, "--jobs", "1").exit_code in (0, 1)
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    keys = [spec.key for spec in core.AGENCY_COLUMNS]
    rows = [dict(zip(keys, r)) for r in ws.iter_rows(min_row=7, values_only=True)]
    return [r for r in rows if any(v is not None for v in r.values())]


def test_the_rekap_closes_with_the_pemda_total_line(tmp_path):
    rows = rekap_rows(tmp_path, folder(tmp_path / "tw3"))
    # Ranked B (95), A (80), C (40), then the Pemda's line.
    assert [r["perangkat_daerah"] for r in rows] == [
        "Dinas B",
        "Dinas A",
        "Dinas C",
        "Jumlah 3 perangkat daerah",
    ]
    total = rows[-1]
    assert total["peringkat"] is None and total["pemerintah_daerah"] == "Kabupaten Uji"
    # Pagu 1.200 jt (the Pagu Perubahan) + 500 jt + 300 jt = 2.000 jt; realisasi 600 + 100 + 50 = 750 jt.
    assert (total["pagu"], total["realisasi_anggaran"]) == (2000 * M, 750 * M)
    # 750 / 2.000 * 100 = 37,5 %.
    assert Fraction(total["penyerapan"]) == Fraction(750, 2000) * 100
    # Counts summed: 2 indicators each (1 Tujuan, 1 Sasaran), 1 program each; kriteria over all levels:
    # Sangat Tinggi 2 (B), Tinggi 2 (A), Sangat Rendah 2 (C).
    assert (total["indikator"], total["indikator_tujuan"], total["indikator_sasaran"], total["program"]) == (
        6, 3, 3, 3,
    )  # fmt: skip
    assert (total["semua_sangat_tinggi"], total["semua_tinggi"], total["semua_sangat_rendah"]) == (2, 2, 2)
    assert (total["tujuan_sangat_tinggi"], total["sasaran_tinggi"], total["semua_sedang"]) == (1, 1, 0)
    # No mean of means, no kriteria nor efisiensi for the Pemda: they are the agencies' own.
    assert [total[k] for k in ("capaian", "kriteria", "efisiensi", "capaian_tujuan", "berkas", "kunci")] == [
        None
    ] * 6
    assert (total["tahun"], total["triwulan"]) == (2025, 3)


def test_a_pemda_total_is_not_a_partial_sum_over_a_galat_pagu(tmp_path):
    # Dinas C's pagu "1,234,567" is galat (ambiguous separators): its pagu is blank in its row, and the
    # Pemda's pagu and penyerapan are blank too (a SUM would say 1.700 jt); its realisasi is known.
    rows = rekap_rows(tmp_path, folder(tmp_path / "tw3", third_pagu="1,234,567"))
    total = rows[-1]
    assert total["perangkat_daerah"] == "Jumlah 3 perangkat daerah"
    assert [r["pagu"] for r in rows[:-1]].count(None) == 1
    assert (total["pagu"], total["penyerapan"], total["realisasi_anggaran"]) == (None, None, 750 * M)
