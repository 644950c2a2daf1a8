"""mend33g: a read-only reviewer's findings on mend33e's merge.

1. A small Kecamatan's honest TW III (four steady quotas, two counts 2; 3; 3 and 20; 25; 25, an IKM
   75; 78; 78 %) printed "kolom TW II tersalin?" under the capaian tables: a TW I left blank, "-" or a
   status text counted as a figure that moved, and two counts with one position were enough.
2. Anggaran: two programs whose honoraria start in TW II (0; 7,5 jt; 7,5 jt) beside three steady ones
   printed the copy note under Tabel 3.4.
3. "Peringkat Kota Sehat" in "predikat" or "kategori", Kumulatif, 2; 3 of 3: 5, 166,67 % without a word.
4. A blank Jenis on an index equal in both quarters: "pilih Nilai Akhir" at H2 and "TW II dikurangi TW I"
   (an index of 0) at L2.
5. A rank's peringatan in a TW II report quoted TW IV's figure.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run

_NOTE = "kolom TW II tersalin?"


def _k(kode, satuan, target, tws, jenis, indikator=None):
    return kinerja_row(
        kode,
        "Sasaran",
        "",
        f"Sasaran {kode}",
        indikator or f"Jumlah {kode}",
        target,
        tws,
        satuan=satuan,
        jenis=jenis,
        polaritas="Positif",
    )


# four steady quotas (1; 1; 1 dokumen, 3; 3; 3 kali) and two counts that really repeated in TW III
_STEADY = [
    _k("S1", "dokumen", "4", ("1", "1", "1", None), "Kumulatif"),
    _k("S2", "dokumen", "4", ("1", "1", "1", None), "Kumulatif"),
    _k("S3", "kali", "12", ("3", "3", "3", None), "Kumulatif"),
    _k("S4", "desa", "12", ("3", "3", "3", None), "Kumulatif"),
]
_COUNTS = [
    _k("S5", "kegiatan", "12", ("2", "3", "3", None), "Kumulatif"),
    _k("S6", "orang", "100", ("20", "25", "25", None), "Kumulatif"),
]


def _ikm(kode, tws):
    return _k(kode, "%", "80", tws, "Nilai Akhir", indikator=f"Persentase kepuasan {kode}")


def _copy_findings(report):
    return [f for f in report.findings if f.severity == PERINGATAN and "tersalin" in f.pesan]


# --- 1. Kinerja's copy note ----------------------------------------------------------------------------


def test_a_small_kecamatans_honest_quarter_is_asked_not_printed():
    report = run([*_STEADY, *_COUNTS, _ikm("S7", ("75", "78", "78", None))], [], triwulan=3)
    assert report.kinerja_kosong == ""
    (asked,) = _copy_findings(report)  # the question stays at Realisasi TW III's title
    assert (asked.sheet, asked.sel) == ("Kinerja", "M1")
    s5 = next(r for r in report.indicators if r.kode == "S5")
    assert s5.realisasi == 2 + 3 + 3  # computed as typed: 8 kegiatan of 12


@pytest.mark.parametrize("first", [None, "-", "Menunggu data BPS"])
def test_a_tw_i_without_a_number_is_no_evidence(first):
    # three positions 80 %; 80 %, left without a TW I number: nothing moved, two counts alike only
    rows = [*_STEADY, *_COUNTS, *(_ikm(f"N{n}", (first, "80", "80", None)) for n in (1, 2, 3))]
    report = run(rows, [], triwulan=3)
    assert report.kinerja_kosong == ""
    assert _copy_findings(report)


def test_three_positions_whose_number_moved_then_froze_are_printed():
    # 70 -> 78 -> 78, 60 -> 65 -> 65, 40 -> 50 -> 50: three numbers that moved then froze, beside the
    # two counts: the copy reviewer E met (11 such rows in the example) stays printed
    rows = [
        *_STEADY,
        *_COUNTS,
        _ikm("N1", ("70", "78", "78", None)),
        _ikm("N2", ("60", "65", "65", None)),
        _ikm("N3", ("40", "50", "50", None)),
    ]
    report = run(rows, [], triwulan=3)
    assert _NOTE in report.kinerja_kosong


def test_three_counts_alike_are_printed_whatever_tw_i_held():
    # staff35's bar: three rows counting TW II twice ("-" in TW I is no position that moved, but the
    # sum 0 + 4 + 4 = 8 counts TW II twice all the same)
    rows = [*_STEADY, *_COUNTS, _k("S7", "unit", "12", ("-", "4", "4", None), "Kumulatif")]
    report = run(rows, [], triwulan=3)
    assert _NOTE in report.kinerja_kosong


# --- 2. Anggaran's copy note ---------------------------------------------------------------------------

_DESA = _k("S1", "desa", "12", ("3", "3", "4", None), "Kumulatif")
# three programs paying 9 jt every quarter, two whose honoraria (an April SK: 2 x Rp 1.250.000 a month
# for three months = 7,5 jt) start in TW II
_HONOR = [
    anggaran_row(f"P{k}", f"Program {k}", "S1", 60_000_000, (9_000_000,) * 3 + (None,)) for k in (1, 2, 3)
]
_APRIL = [
    anggaran_row(f"P{k}", f"Program {k}", "S1", 30_000_000, (0, 7_500_000, 7_500_000, None)) for k in (4, 5)
]


def test_honoraria_starting_in_tw_ii_are_not_printed_as_a_copy():
    report = run([_DESA], [*_HONOR, *_APRIL], triwulan=3)
    assert report.anggaran_kosong == ""
    # each program's own row is still asked (budget._cumulative)
    assert [f for f in report.findings if f.sheet == "Anggaran" and f.sel in ("H5", "H6")]
    # computed as typed: 3 x 27 jt + 2 x 15 jt = 111 jt
    assert report.total_realisasi_anggaran == 3 * 27_000_000 + 2 * 15_000_000


def test_three_programs_starting_in_tw_ii_alike_are_printed():
    # staff35's bar: three programs counting TW II twice, whatever TW I spent
    third = anggaran_row("P6", "Program 6", "S1", 30_000_000, (0, 7_500_000, 7_500_000, None))
    report = run([_DESA], [*_HONOR, *_APRIL, third], triwulan=3)
    assert "tersalin" in report.anggaran_kosong


# --- 3. a "Peringkat" in predikat or kategori summed ----------------------------------------------------


@pytest.mark.parametrize("satuan", ["predikat", "kategori", "Predikat."])
def test_a_predikat_summed_is_said(satuan):
    report = run(
        [_k("S1", satuan, "3", ("2", "3", None, None), "Kumulatif", indikator="Peringkat Kota Sehat")]
    )
    item = report.indicators[0]
    assert item.realisasi == 2 + 3  # computed as typed (5 of 3, 166,67 %), said at its Jenis Realisasi
    assert item.capaian == pytest.approx(float(Fraction(5, 3) * 100))
    (said,) = [f for f in report.findings if f.sheet == "Kinerja" and f.sel == "H2"]
    assert "TW I 2 + TW II 3 = 5" in said.pesan and '"Nilai Akhir" (nilai triwulan terakhir, 3)' in said.pesan


# --- 4. one advice for a blank Jenis -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [("Peringkat Kabupaten Layak Anak", "tingkat"), ("Indeks Kepuasan Masyarakat", "indeks")],
)
def test_a_level_left_blank_gets_one_advice(indikator, satuan):
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran satu", indikator, "3", ("3", "3", None, None), satuan=satuan
    )
    report = run([row], triwulan=2)
    said = {f.sel: f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel in ("H2", "L2")}
    assert "Nilai Akhir" in said["H2"]
    assert "L2" not in said  # no "TW II dikurangi TW I": an index of 3; 3 would become 3; 0


# --- 5. a rank quotes the reported quarters only ------------------------------------------------------


def test_a_rank_in_a_tw_ii_report_quotes_no_tw_iv():
    row = _k("S1", "peringkat", "5", ("3", "2", None, "1"), "Kumulatif", indikator="Peringkat Inovasi Daerah")
    report = run([row], triwulan=2)
    said = {f.sel: f.pesan for f in report.findings if f.sheet == "Kinerja"}
    # summed as the report counts it: TW I 3 + TW II 2 = 5 (TW IV's 1 is not counted in a TW II report)
    assert "(TW I 3 + TW II 2 = 5)" in said["H2"] and "TW IV" not in said["H2"]
    assert "(peringkat triwulan terakhir, 2)" in said["H2"]
    # Polaritas: the latest reported rank 2 of target 5: Positif 2 / 5 = 40 %, Negatif (2 x 5 - 2) / 5 = 160 %
    # (worded in the report's own formula since mend37a, which wrote "2 / 5 = 40%" and "(2 x 5 - 2) / 5":
    # 5 − (2 − 5) = 8, 8 / 5 × 100 = 160)
    assert "2 / 5 × 100 = 40%" in said["G2"] and "(5 − (2 − 5)) / 5 × 100 = 160%" in said["G2"]
    assert report.indicators[0].realisasi == 3 + 2
