"""Another agency's report (fourteenth round): the example workbook retyped by a Dinas Kesehatan for
Triwulan III 2025, with its own indicators: angka kematian ibu and kasus DBD (lower is better, summed
per quarter), prevalensi stunting with a Target Perubahan, an Indeks Kepuasan Masyarakat averaged over
the quarters, a Rupiah indicator typed as the office types amounts ("700 jt", "1,2 milyar rupiah").
Every figure of the output read against hand arithmetic. Where a figure was wrong or misleading, or a
galat said the wrong thing.

Found wrong, and tested here:
- a Rupiah indicator whose Satuan is "Rp" typed as "1,2 milyar rupiah" (the word the Satuan
  abbreviates) was a galat, and the galat said "kata 'rupiah' tidak dikenal ... (maksud Anda
  'rupiah'?)": the same word offered as its own correction. Satuan "Rupiah" read it.

Found right, and left alone (probed the same day): "700 jt", "Rp 1,2 M", "150rb", "Rp 1.000.000 ribu",
"0,2 triliun"; a Target Perubahan replacing the Target on both Tabel 3.1 and 3.2; a Rata-rata
indicator with a quarter "-" averaged over the quarters that have values; a Negatif Rata-rata
(inflasi 2,5 %, 3 %, 4 % of 3 %: 94,44); a Negatif capaian of 200 % (nihil cases) cut by Batas Capaian;
"(2,5)" read as -2,5 (accounting negative) and "−2,5%" (unicode minus) as -2,5.

The grids are built by hand (tests/test_engine.py's helpers); the Kinerja header is row 1, data rows
from row 2: A Kode, B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, I Target,
K-N Realisasi TW I-IV. Expected figures are worked out by hand beside them.
"""

from __future__ import annotations

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run

# The Tujuan above every case (row 2): Angka Harapan Hidup 71 of 70 tahun, Nilai Akhir.
_TUJUAN = kinerja_row("T1", "Tujuan", "", "Derajat kesehatan", "Angka Harapan Hidup", 70, (None, None, 71, None), satuan="tahun", jenis="Nilai Akhir")  # fmt: skip


def _at(report, sel, severity=None):
    return [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == ("Kinerja", sel) and severity in (None, f.severity)
    ]


def _ind(report, kode, indikator):
    (found,) = [i for i in report.indicators if (i.kode, i.indikator) == (kode, indikator)]
    return found


# --- "rupiah" typed after an amount whose Satuan is "Rp" -------------------------------------------


def _obat(satuan, target, tw3):
    """Row 3: Sasaran S1, nilai obat, Kumulatif, TW I Rp 300 jt, TW II blank, TW III ``tw3``."""
    return kinerja_row(
        "S1", "Sasaran", "T1", "Obat", "Nilai obat", target, ("Rp 300 jt", "nihil", tw3, None),
        satuan=satuan, jenis="Kumulatif",
    )  # fmt: skip


def test_rupiah_typed_after_an_amount_of_satuan_rp_is_read():
    # 300.000.000 + 0 + 1.200.000.000 = 1.500.000.000 of 2.000.000.000: 75 % (Sedang: exactly 75 is not above it)
    for satuan in ("Rp", "Rp.", "IDR", "Rupiah"):
        report = run([_TUJUAN, _obat(satuan, "Rp 2 M", "1,2 milyar rupiah")], triwulan=3)
        ind = _ind(report, "S1", "Nilai obat")
        assert (ind.realisasi, ind.capaian, ind.kriteria) == (1_500_000_000, 75, "Sedang"), satuan
        assert [p for p in _at(report, "M3") if "rupiah" in p] == [], satuan


def test_rupiah_after_an_amount_of_another_satuan_is_a_galat_without_offering_the_same_word():
    report = run([_TUJUAN, _obat("unit", 20, "10 rupiah")], triwulan=3)
    (pesan,) = _at(report, "M3", GALAT)
    assert "'rupiah'" in pesan and "('unit')" in pesan
    assert "maksud Anda 'rupiah'" not in pesan
    assert _ind(report, "S1", "Nilai obat").capaian is None
