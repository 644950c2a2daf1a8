"""mend33e: staff35's copied-quarter note, rank and running-total peringatan, reviewed.

1. TW II copied into TW III on every row of a workbook whose Nilai Akhir positions moved between TW I
   and TW II printed S2 = 25 + 4 + 4 = 33 with no "tersalin" note (the Nilai Akhir rows were not
   counted as evidence of the copy); Anggaran's two programs alike to the rupiah likewise.
2. A score or a level named "Peringkat ..." (EKPPD skor, KLA tingkat) was told to choose Negatif.
3. One cause said twice at one cell (a rate left Kumulatif, Negatif) or on one row (Indeks Gini).
4. A rank left Kumulatif was also told to subtract ranks (TW II dikurangi TW I); its text was fixed.
5. Quarterly flows 2; 5; 4 in TW III were called a running total corrected down.
"""

from __future__ import annotations

import re
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core.model import PERINGATAN
from tests import common
from tests.helpers_staff import sasaran_rows
from tests.test_engine import anggaran_row, kinerja_row, run
from tests.test_mend32d import QUOTAS, S6, S7
from tests.test_staff_round34 import _example, _triwulan

_NOTE = "kolom TW II tersalin?"


def _one(indikator, satuan, target, tws, **kw):
    return kinerja_row("S1", "Sasaran", "", "Sasaran satu", indikator, target, tws, satuan=satuan, **kw)


def _report(indikator, satuan, target, tws, polaritas, jenis, triwulan=2):
    """The report of one indicator S1 with these figures."""
    return run([_one(indikator, satuan, target, tws, polaritas=polaritas, jenis=jenis)], triwulan=triwulan)


def _on_row(report, row=2):
    """The Kinerja peringatan of the indicator's row, the missing Kode Induk (C) aside."""
    return [
        f
        for f in report.findings
        if f.sheet == "Kinerja" and f.severity == PERINGATAN and re.fullmatch(rf"[ABD-Z]{row}", f.sel)
    ]


# --- 1. the copied quarter's note ------------------------------------------------------------------------


def _moved_then_copied(wb) -> None:
    """TW III reported, TW II copied into TW III on every row. Each Nilai Akhir row with a figure in
    TW II had another in TW I (half of it, or 1 %: a position that moved); every other row is a steady
    quota (TW I = TW II) but S2 (25, 4, 4) and K2.01.01 (-, 6, 6), as typed in the example."""
    _triwulan(wb, 3)
    ws = wb["Kinerja"]
    moved = 0
    for row in range(4, ws.max_row + 1):
        kode, jenis, tw2 = ws.cell(row, 1).value, ws.cell(row, 8).value, ws.cell(row, 12).value
        if kode in ("S2", "K2.01.01"):
            pass
        elif jenis == "Nilai Akhir" and isinstance(tw2, (int, float)) and tw2:
            ws.cell(row, 11).value, moved = tw2 / 2, moved + 1
        elif jenis == "Nilai Akhir" and isinstance(tw2, str) and tw2.endswith("%") and tw2 != "0%":
            ws.cell(row, 11).value, moved = "1%", moved + 1
        else:
            ws.cell(row, 11).value = tw2
        ws.cell(row, 13).value = tw2
    assert moved == 11  # (P1.02, P2.01, P2.02, P3.01, P4.01, K4.01.01-02, K4.02.02, P4.03, K4.03.01, P4.05)


def test_a_copy_after_positions_moved_is_printed_in_the_example(tmp_path):
    from tests.fronts_kalimat import sheet_texts

    path = _example(tmp_path, _moved_then_copied)
    exported = common.peringatan_alike(path, tmp_path, [("M3", "sama dengan Realisasi TW II")])
    s2 = next(i for i in exported["indikator"] if i["kode"] == "S2")
    # S2 Kumulatif: 25 + 4 + 4 = 33 of 40,71 % -> 33 / 40,71 x 100 = 81,06 % (TW II counted twice)
    assert Fraction(s2["realisasi"]) == 33
    assert s2["capaian"] == pytest.approx(float(Fraction(3300, Fraction("40.71"))))
    # 13 rows moved from TW I to TW II and froze in TW III (11 Nilai Akhir, S2, K2.01.01): a copy, said
    # under every printed capaian table as before staff35
    wb = openpyxl.load_workbook(tmp_path / "hasil.xlsx")
    for sheet in ("Capaian Tujuan Sasaran", "Capaian Program", "Efisiensi", "Ringkasan", "Grafik"):
        assert _NOTE in " ".join(map(str, sheet_texts(wb[sheet]))), sheet


def _persen(kode, tws):
    """A Nilai Akhir percentage (a position): its quarters ``tws``."""
    return kinerja_row(
        kode, "Sasaran", "", f"Sasaran {kode}", f"Persentase {kode}", "80", tws, jenis="Nilai Akhir"
    )


def test_one_position_that_moved_is_not_enough_to_print():
    # S6 (12; 9; 9) and S7 (40; 55; 55) among steady quotas, and N1 (40 %; 50 %; 50 %): flipped by
    # mend33g. Two counts and one position alike are a small office's honest quarter as often as a copy
    # (a Kecamatan's 2; 3; 3 kegiatan, 20; 25; 25 orang, IKM 75; 78; 78 %): the note needs three rows
    # counting TW II twice or three other rows that moved then froze; below that, Kinerja!M3 asks
    rows = [*sasaran_rows([*QUOTAS, S6, S7], jenis="Kumulatif"), _persen("N1", ("40", "50", "50", None))]
    report = run(rows, [], triwulan=3)
    assert report.kinerja_kosong == ""
    assert [f for f in report.findings if "tersalin" in f.pesan]
    s6 = next(r for r in report.indicators if r.kode == "S6")
    assert s6.realisasi == 12 + 9 + 9  # computed as typed, the note beside it


def test_two_counts_alike_beside_steady_positions_stay_a_question():
    # N1 steady (50; 50; 50): no evidence; S6 and S7 alone (staff35's decision): asked, not printed
    rows = [*sasaran_rows([*QUOTAS, S6, S7], jenis="Kumulatif"), _persen("N1", ("50", "50", "50", None))]
    report = run(rows, [], triwulan=3)
    assert report.kinerja_kosong == ""
    assert [f for f in report.findings if "tersalin" in f.pesan]


# three programs paying a fixed honorarium (15 jt each quarter) and two whose TW III equals TW II to the
# rupiah (10 jt, then 25 jt and 25 jt)
_HONOR = [
    anggaran_row(f"5.{k}", f"Program {k}", "S1", 100_000_000, (15_000_000,) * 3 + (None,)) for k in (1, 2, 3)
]
_KOPERASI = kinerja_row(
    "S1", "Sasaran", "", "S", "Jumlah koperasi", "10", ("2", "3", "4", None), jenis="Kumulatif"
)
_TWO = [
    anggaran_row(f"5.{k}", f"Program {k}", "S1", 100_000_000, (10_000_000, 25_000_000, 25_000_000, None))
    for k in (4, 5)
]


def test_two_programs_alike_to_the_rupiah_are_asked_not_printed():
    # Flipped by mend33k (reviewer J): two programs alike are no proof of a copy (two honoraria raised
    # by an April SK, 6 jt then 7,5 jt twice, are honest): below three programs alike only the rows'
    # own peringatan ask (budget._cumulative), the signed report prints nothing. Its penyerapan as typed:
    # (3 x 45 jt + 2 x (10 + 25 + 25) jt) / 500 jt = 255 / 500 = 51 %
    report = run([_KOPERASI], [*_HONOR, *_TWO], triwulan=3)
    assert report.anggaran_kosong == ""
    assert [f for f in report.findings if f.sheet == "Anggaran" and f.severity == PERINGATAN]
    assert report.total_realisasi_anggaran == 3 * 45_000_000 + 2 * 60_000_000


def test_one_program_alike_among_steady_spending_is_not_printed():
    report = run([_KOPERASI], [*_HONOR, *_TWO[:1]], triwulan=3)
    assert report.anggaran_kosong == ""


# --- 2. a score or a level named "Peringkat" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "tws"),
    [
        # EKPPD skor 3,1 then 3,3 of 3,2, Positif: 3,3 / 3,2 = 103,125 %; Negatif would make it
        # (2 x 3,2 - 3,3) / 3,2 = 96,875 %, a wrong figure
        ("Peringkat Kinerja Penyelenggaraan Pemerintahan Daerah", "skor", "3,2", ("3,1", "3,3", None, None)),
        ("Peringkat Kabupaten Layak Anak", "tingkat", "3", ("3", "3", None, None)),
        ("Peringkat Kabupaten Layak Anak", "Level", "3", ("2", "3", None, None)),
    ],
)
def test_a_score_named_peringkat_is_no_rank(indikator, satuan, target, tws):
    report = run([_one(indikator, satuan, target, tws, polaritas="Positif", jenis="Nilai Akhir")])
    assert not [f for f in report.findings if f.sel == "G2"]
    if satuan == "skor":
        assert report.indicators[0].capaian == pytest.approx(float(Fraction(33, 10) / Fraction(32, 10) * 100))


def test_a_rank_left_positif_quotes_its_own_figures():
    # ranked 4th then 2nd of a target 4th: Positif 2 / 4 x 100 = 50 %, Negatif (2 x 4 - 2) / 4 x 100 = 150 %
    report = _report(
        "Peringkat daya saing daerah", "peringkat", "4", ("4", "2", None, None), "Positif", "Nilai Akhir"
    )
    assert report.indicators[0].capaian == 50
    (said,) = [f for f in report.findings if f.sel == "G2"]
    # (the figures as the worked formula in the report's own terms says them since mend37a, which wrote
    # "2 / 4 = 50%": the same figures, "× 100" and Negatif as (4 − (2 − 4)) / 4, the formula of DOMAIN.md)
    assert "2 / 4 × 100 = 50%" in said.pesan and "(4 − (2 − 4)) / 4 × 100 = 150%" in said.pesan
    assert "3 / 5" not in said.pesan


# --- 3. one cause said once -------------------------------------------------------------------------------


def test_a_rate_left_kumulatif_negatif_is_said_once():
    # AKI 60 then 70 per 100.000 KH of Target 90, Negatif, Kumulatif: 60 + 70 = 130; Nilai Akhir 70,
    # Rata-rata (60 + 70) / 2 = 65
    report = _report(
        "Angka kematian ibu", "per 100.000 KH", "90", ("60", "70", None, None), "Negatif", "Kumulatif"
    )
    (said,) = _on_row(report)
    assert said.sel == "H2" and "= 130" in said.pesan and "(65)" in said.pesan


def test_an_index_left_kumulatif_negatif_is_said_once():
    # Indeks Gini 0,38 then 0,37 of 0,36, Negatif: 0,75 summed, capaian (2 x 0,36 - 0,75) / 0,36 < 0
    report = _report("Indeks Gini", "indeks", "0,36", ("0,38", "0,37", None, None), "Negatif", "Kumulatif")
    assert report.indicators[0].capaian == pytest.approx(
        float((2 * Fraction("0.36") - Fraction("0.75")) / Fraction("0.36") * 100)
    )
    (said,) = _on_row(report)
    assert said.sel == "H2" and "0,37" in said.pesan


# --- 4. a rank left Kumulatif ---------------------------------------------------------------------------------


def test_a_rank_left_kumulatif_is_not_told_to_subtract_ranks():
    # 3rd in TW I and TW II of a target 5th, Negatif: summed 3 + 3 = 6, (2 x 5 - 6) / 5 x 100 = 80 %
    report = _report(
        "Peringkat Inovasi Daerah", "peringkat", "5", ("3", "3", None, None), "Negatif", "Kumulatif"
    )
    assert report.indicators[0].capaian == 80
    (said,) = _on_row(report)
    assert said.sel == "H2" and "TW I 3 + TW II 3 = 6" in said.pesan and "lalu 2 menjadi 5" not in said.pesan


def test_a_rank_left_kumulatif_at_the_year_end_is_said_once():
    # 4; 3; 3; 2 of 5: 12 summed, (2 x 5 - 12) / 5 x 100 = -40 %; one cause, one peringatan
    report = _report(
        "Peringkat Inovasi Daerah", "peringkat", "5", ("4", "3", "3", "2"), "Negatif", "Kumulatif", 4
    )
    assert report.indicators[0].capaian == -40
    (said,) = _on_row(report)
    assert said.sel == "H2" and "= 12" in said.pesan


# --- 5. quarterly flows are no running total -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tws", "triwulan"),
    [
        ("8", ("2", "5", "4", None), 3),  # sarana built per quarter: 4 is 80 % of 5
        ("200", ("100", "333", "120", None), 3),
        ("400", ("100", "333", "320", None), 3),  # close below, but not the year end
        ("8", ("1", "2", "5", "4"), 4),  # TW IV 4 is 80 % of 5: flows
    ],
)
def test_quarterly_flows_are_not_a_corrected_running_total(target, tws, triwulan):
    rows = sasaran_rows([("S1", target, tws)], jenis="Kumulatif")
    report = run(rows, [], triwulan=triwulan)
    assert not [f for f in report.findings if "di bawahnya" in f.pesan]


def test_a_running_total_corrected_at_the_year_end_is_still_said():
    # 100; 333; 400; 390 of 471: 390 >= 90 % of 400 and below it; summed 1.223
    rows = sasaran_rows([("S1", "471", ("100", "333", "400", "390"))], jenis="Kumulatif")
    report = run(rows, [], triwulan=4)
    assert report.indicators[0].realisasi == 1223
    assert [f for f in report.findings if f.sel == "N2" and "sedikit di bawahnya" in f.pesan]
