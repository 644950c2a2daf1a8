"""A Kinerja quarter equal to the quarter before is no peringatan by itself, while Anggaran's is.

Anggaran says `Realisasi anggaran TW II ... sama dengan TW I`: spending is rupiah to the sen, two
quarters alike by chance are rare, and the likely cause is a quarter typed up to it (s.d.) with nothing
spent in it, which the sum counts twice (budget._cumulative). Kinerja's figures are not like that
(DOMAIN.md): a Kumulatif indicator is a flow typed per quarter, and a plan's steady quota repeats by
design (1 laporan, 6 koperasi diperiksa each quarter); a Nilai Akhir indicator is a stock or a rate whose
latest quarter is taken, so a figure unchanged is its normal state and a copied cell counts nothing twice;
a Rata-rata's mean is left as it was by a repeat. A peringatan on every repeat would be noise on most
workbooks. The cases where a repeat does count a figure twice are said already: the whole column a copy
of the quarter before (copied_quarter), a Kumulatif typed s.d. whose sum passes its target
(capaian_checks), a quarter typed up to it with a note (`s.d. Juni 46,6%`). These tests pin the choice.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: I Target,
K-N Realisasi TW I-IV; Anggaran's F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from tests.test_engine import anggaran_row, kinerja_row, run

M = 1_000_000


def _cells_said(report, sheet: str) -> list[str]:
    return [f"{f.sel} {f.pesan}" for f in report.findings if f.sheet == sheet]


def test_a_steady_kumulatif_quota_is_quiet():
    # 1 laporan each quarter of 4: s.d. TW III 1 + 1 + 1 = 3, capaian 3 / 4 x 100 = 75 (Sedang).
    row = kinerja_row("T1", "Tujuan", "", "T", "Jumlah laporan monev", "4 laporan", ("1", "1 laporan", 1, None), satuan="laporan", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=3)
    ind = report.indicators[0]
    assert (ind.realisasi, ind.capaian, ind.kriteria) == (3, 75, "Sedang")
    assert _cells_said(report, "Kinerja") == []


def test_a_nilai_akhir_rate_unchanged_is_quiet():
    # 85,5 % in TW I and TW II: the latest, 85,5 of 90: 95 % (Sangat Tinggi).
    row = kinerja_row("T1", "Tujuan", "", "T", "Persentase pasar tertib", "90%", ("85,5%", "85,5 %", None, None), jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == 95  # 85,5 / 90 x 100
    assert _cells_said(report, "Kinerja") == []


def test_anggaran_s_equal_spending_quarter_is_a_peringatan():
    # The contrast: Rp 125.500.000 in TW I and TW II of a program is pointed out at TW II (G2).
    kinerja = [kinerja_row("P1", "Program", "", "P", "I", "100%", ("50%", "10%", None, None))]
    report = run(kinerja, [anggaran_row("P1", "Program P", None, "1.000 jt", ("125,5 jt", "Rp 125.500.000", None, None))])  # fmt: skip
    assert [s for s in _cells_said(report, "Anggaran") if s.startswith("G2 ") and "sama dengan TW I" in s]
