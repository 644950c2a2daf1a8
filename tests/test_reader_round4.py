"""The LKjIP read as the Inspektorat reads it before it is signed (round 4): the Realisasi Anggaran
sheet (Tabel 3.4, also printed by `lkj-xl pdf`) and the Word report say alike that a program spent
above its pagu; a summary line with no indicator in it; a Sasaran funded only by a program without
indicators.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N") written by `lkj-xl build`
and reopened; the figures typed for TW III/IV and the added Sasaran are ours.
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract
from lkj_xl.core.analisis_program import program_kegiatan
from tests.common import example_typed

SHEET = contract.SHEET_REALISASI_ANGGARAN


def _built(tmp_path, name: str, triwulan: int, cells: dict[tuple[str, str], object]):
    """The example with Pengaturan's Triwulan (B7) set and the cells typed, built by `lkj-xl build`
    and reopened (values only)."""
    workbook = example_typed(tmp_path, name, triwulan, cells)
    result = CliRunner().invoke(main, ["build", str(workbook)])
    assert result.exit_code == 0, result.output
    return workbook, openpyxl.load_workbook(workbook)


def _below_total(ws) -> list[str]:
    """The texts of Tabel 3.4's rows after its TOTAL row, the signature block included (found by the
    TOTAL heading, not by a row number)."""
    rows = [[v for v in row if v not in (None, "")] for row in ws.iter_rows(values_only=True)]
    total = next(i for i, row in enumerate(rows) if row[:1] == ["TOTAL"])
    return [" ".join(str(v) for v in row) for row in rows[total + 1 :] if row]


def test_tabel_3_4_names_the_program_above_its_pagu_under_the_table(tmp_path):
    """Program P4.06 (Anggaran row 16): pagu 286.850.000, TW II 110.869.000 (the seed's Tabel 3.4,
    l.966). At Triwulan IV with TW III (H16) 100.000.000 and TW IV (I16) 80.000.000: realisasi
    110.869.000 + 100.000.000 + 80.000.000 = 290.869.000 > 286.850.000, penyerapan
    290.869.000 / 286.850.000 = 101,401...% (101,40%). The sheet printed 101,40 with no word while the
    Word report's 3.2.4 names the program under the table and Pemeriksaan has the peringatan at
    Anggaran!I16: the sheet (and the PDF printed from it) now carries the same note."""
    pagu, realisasi = 286_850_000, 110_869_000 + 100_000_000 + 80_000_000
    assert realisasi == 290_869_000
    assert Fraction(realisasi * 100, pagu) > Fraction(10140, 100)  # 101,4010...
    assert Fraction(realisasi * 100, pagu) < Fraction(101405, 1000)  # rounds to 101,40
    _, wb = _built(tmp_path, "tw4", 4, {("Anggaran", "H16"): 100_000_000, ("Anggaran", "I16"): 80_000_000})
    notes = [t for t in _below_total(wb[SHEET]) if "melebihi pagu" in t]
    assert notes == [
        "Realisasi anggaran PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI (Rp 290.869.000 dari pagu "
        "Rp 286.850.000, 101,40%) melebihi pagu: periksa Anggaran!I16 (lihat sheet Pemeriksaan)."
    ], notes


def test_tabel_3_4_within_the_pagu_has_no_note(tmp_path):
    """The example at Triwulan II: every program within its pagu (the seed's Tabel 3.4, l.949-968;
    largest share P0.01 5.059.823.310 / 12.076.486.014 = 41,9...%): the signature block (Pengaturan's
    place and date first) follows the TOTAL row, no note between."""
    assert Fraction(5_059_823_310, 12_076_486_014) < 1
    _, wb = _built(tmp_path, "tw2", 2, {})
    below = _below_total(wb[SHEET])
    assert below[0] == "Lumajang, 4 Juli 2025", below


def test_a_summary_line_with_no_indicator_says_tidak_ada(tmp_path):
    """The example at Triwulan II, Sasaran level: S1 3,63% target "direkap diakhir periode", S2 29 / 40,71
    (l.~517: 71%), S3 "direkap diakhir periode", S4 "Menunggu data BPS": no sasaran indicator at or
    above 100%. The Ringkasan sheet read "... dengan capaian ≥ 100% sebanyak 0 indikator."; it now
    says "Tidak ada indikator kinerja sasaran dengan capaian ≥ 100%."."""
    _, wb = _built(tmp_path, "tw2", 2, {})
    texts = [str(v) for row in wb["Ringkasan"].iter_rows(values_only=True) for v in row if v]
    assert not [t for t in texts if "sebanyak 0" in t]
    assert [t for t in texts if "sasaran dengan capaian ≥ 100%" in t] == [
        "Tidak ada indikator kinerja sasaran dengan capaian ≥ 100%."
    ]


def test_3_2_3_names_the_only_program_of_a_sasaran_without_indicators(tmp_path):
    """A Sasaran S5 (Kinerja row 45, under T2) with no program in Kinerja, and Anggaran's P0.01 (no
    indicator; pagu 12.076.486.014, TW II 5.059.823.310, the seed's l.385/953) pointed at it by its
    Kode Sasaran (C4): 3.2.3 said only that no program is mapped to S5 in Kinerja, nothing of its
    12 milyar. It now gives the program's pagu, realisasi and penyerapan
    5.059.823.310 / 12.076.486.014 = 41,898...% (41,90%), as it does under Sasaran 2 in the example."""
    assert Fraction(41895, 1000) < Fraction(5_059_823_310 * 100, 12_076_486_014) < Fraction(41905, 1000)
    cells = {
        ("Anggaran", "C4"): "S5",
        ("Kinerja", "A45"): "S5",
        ("Kinerja", "B45"): "Sasaran",
        ("Kinerja", "C45"): "T2",
        ("Kinerja", "D45"): "Meningkatnya tata kelola perangkat daerah",
        ("Kinerja", "E45"): "Nilai SAKIP",
        ("Kinerja", "F45"): "nilai",
        ("Kinerja", "G45"): "Positif",
        ("Kinerja", "H45"): "Nilai Akhir",
        ("Kinerja", "I45"): "70",
    }
    workbook, _ = _built(tmp_path, "s5", 2, cells)
    from lkj_xl.build import load_report

    teks = program_kegiatan(load_report(workbook)).teks.split("\n")
    s5 = next(i for i, t in enumerate(teks) if "Meningkatnya tata kelola perangkat daerah" in t)
    said = [t for t in teks[s5:] if "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" in t]
    assert said == [
        "Anggaran sasaran ini pada Tabel 3.3 (pagu Rp 12.076.486.014) berasal dari PROGRAM PENUNJANG "
        "URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA, program tanpa indikator kinerja, dengan pagu "
        "Rp 12.076.486.014 dan realisasi s.d. Triwulan II Tahun 2025 sebesar Rp 5.059.823.310 atau "
        "penyerapan 41,90%."
    ], teks[s5:]
