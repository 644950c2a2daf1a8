"""Staff round 35: a cumulative indicator that did not grow, and the workbook typed the way staff type.

1. A workbook of steady quotas (1 laporan, 1 dokumen each quarter) where two Kumulatif counts truly
   came out the same in TW III as in TW II got "kolom TW II tersalin?" printed under every capaian
   table of the signed report. Two rows alike among quotas are a question for the staff who typed
   them (the peringatan at Kinerja's TW III title stays), not a note for the report's reader: the
   printed note now needs three rows counting TW II twice (copied_quarter._LEAST_DOUBLED).
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests import common
from tests.helpers_staff import sasaran_rows
from tests.test_engine import anggaran_row, kinerja_row, run
from tests.test_mend32d import QUOTAS, S6, S7
from tests.test_staff_round34 import _example, _triwulan

_NOTE_WORDS = "kolom TW II tersalin?"


# --- 1. two rows alike among steady quotas -----------------------------------------------------------


# QUOTAS: a kecamatan's quotas, 1 laporan / 3 rapat a quarter, the same every quarter by plan; S6
# koperasi dibina 12 in TW I, 9 in TW II and 9 again in TW III (as many as the quarter before); S7 UMKM
# difasilitasi 40, then 55 and 55 (tests.test_mend32d)
# S8 pelaku usaha dibina: 20, then 30 and 30
S8 = ("S8", "120", ("20", "30", "30", None))


def test_two_counts_alike_among_quotas_are_asked_not_printed():
    report = run(sasaran_rows([*QUOTAS, S6, S7], jenis="Kumulatif"), [], triwulan=3)
    copy = [f for f in report.findings if f.severity == PERINGATAN and "tersalin" in f.pesan]
    assert len(copy) == 1 and "S6" in copy[0].pesan and "S7" in copy[0].pesan  # staff are still asked
    assert report.kinerja_kosong == ""  # ... and the signed report carries no "tersalin?" note
    s6 = next(r for r in report.indicators if r.kode == "S6")
    # computed as typed: 12 + 9 + 9 = 30 of 60 = 50 %
    assert s6.realisasi == Fraction(30) and s6.capaian == Fraction(50)


def test_three_counts_alike_among_quotas_are_still_printed():
    report = run(sasaran_rows([*QUOTAS, S6, S7, S8], jenis="Kumulatif"), [], triwulan=3)
    assert _NOTE_WORDS in report.kinerja_kosong


def _steady_but_two(wb) -> None:
    """TW III reported; every row's TW I and TW III as its TW II (a steady quota, or a Nilai Akhir kept)
    but S2 (25, 4, 4) and K2.01.01 (-, 6, 6): two Kumulatif counts that did not grow in TW III."""
    _triwulan(wb, 3)
    ws = wb["Kinerja"]
    assert (ws["K3"].value, ws["L3"].value, ws["M3"].value) == (
        "Realisasi TW I",
        "Realisasi TW II",
        "Realisasi TW III",
    )
    for row in range(4, ws.max_row + 1):
        if ws.cell(row, 1).value not in ("S2", "K2.01.01"):
            ws.cell(row, 11).value = ws.cell(row, 12).value
        ws.cell(row, 13).value = ws.cell(row, 12).value


def test_two_rows_alike_in_the_example_are_asked_in_every_output_and_printed_in_none(tmp_path):
    from tests.fronts_kalimat import sheet_texts

    path = _example(tmp_path, _steady_but_two)
    exported = common.peringatan_alike(path, tmp_path, [("M3", "sama dengan Realisasi TW II")])
    s2 = next(i for i in exported["indikator"] if i["kode"] == "S2")
    assert Fraction(s2["realisasi"]) == 25 + 4 + 4  # computed as typed, the peringatan asking
    wb = openpyxl.load_workbook(tmp_path / "hasil.xlsx")
    for sheet in ("Capaian Tujuan Sasaran", "Capaian Program", "Efisiensi", "Ringkasan", "Grafik"):
        assert _NOTE_WORDS not in " ".join(map(str, sheet_texts(wb[sheet]))), sheet


# --- 2. year end: a running total corrected down in TW IV ----------------------------------------------


def _row(ws, kode: str) -> int:
    return next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == kode)


def _running_total_corrected(wb) -> None:
    """TW IV reported; K3.01.01 (Kumulatif, Target 471 usaha mikro) typed as e-Monev shows it, the
    realisation s.d. each quarter: 100, 333, 400, then 390 (the year's figure after verification)."""
    _triwulan(wb, 4)
    ws = wb["Kinerja"]
    row = _row(ws, "K3.01.01")
    assert (ws.cell(row, 8).value, ws.cell(row, 9).value) == ("Kumulatif", 471)
    for col, typed in zip(range(11, 15), (100, 333, 400, 390)):
        ws.cell(row, col).value = typed


def test_a_running_total_corrected_down_in_tw4_is_said(tmp_path):
    path = _example(tmp_path, _running_total_corrected)
    row = _row(openpyxl.load_workbook(path)["Kinerja"], "K3.01.01")
    exported = common.peringatan_alike(
        path, tmp_path, [(f"N{row}", "sedikit di bawahnya (100; 333; 400; 390)")]
    )
    k = next(i for i in exported["indikator"] if i["kode"] == "K3.01.01")
    # computed as typed: 100 + 333 + 400 + 390 = 1.223 of 471 = 259,66 % (the peringatan asks)
    assert Fraction(k["realisasi"]) == 1223
    assert k["capaian"] == pytest.approx(float(Fraction(1223 * 100, 471)))
    (said,) = [f for f in exported["pemeriksaan"] if f["sel"] == f"N{row}"]
    assert "melebihi Target (471)" in said["pesan"] and '"Nilai Akhir"' in said["pesan"]


def test_quarterly_flows_with_a_smaller_last_quarter_are_not_a_running_total():
    # flows 100, 150, 200, 120 (the last quarter's work smaller): sum 570 over Target 500, but TW IV's
    # 120 is not above TW II's 150: a quarter's own flow, no corrected running total, nothing to say
    rows = sasaran_rows([("S1", "500", ("100", "150", "200", "120"))], jenis="Kumulatif")
    report = run(rows, [], triwulan=4)
    assert not [f for f in report.findings if "sedikit di bawahnya" in f.pesan]


# --- 3. a rank: lower is better --------------------------------------------------------------------------


def _peringkat(polaritas, target="5", tws=("3", None, None, None), satuan="peringkat"):
    """One Nilai Akhir indicator, "Peringkat Inovasi Daerah tingkat provinsi": ranked 3rd against a
    target of 5th (better than planned)."""
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Sasaran",
        "Peringkat Inovasi Daerah tingkat provinsi",
        target,
        tws,
        satuan=satuan,
        jenis="Nilai Akhir",
        polaritas=polaritas,
    )
    return run([row], [], triwulan=1)


def _polaritas_said(report) -> list:
    return [f for f in report.findings if f.sel.startswith("G") and "peringkat" in f.pesan.casefold()]


@pytest.mark.parametrize("polaritas", ["Positif", ""])
def test_a_rank_computed_higher_is_better_is_said_at_its_polaritas(polaritas):
    report = _peringkat(polaritas)
    (said,) = _polaritas_said(report)
    assert (
        # the wording as the report's notes say it (tests/test_negatif_wording.py); was `makin kecil makin baik`
        said.severity == PERINGATAN
        and '"Negatif"' in said.pesan
        and "peringkat bernilai negatif (semakin rendah realisasi semakin baik)" in said.pesan
    )
    (s1,) = report.indicators
    assert s1.capaian == Fraction(3 * 100, 5)  # computed as typed: 3 / 5 x 100 = 60 % (the peringatan asks)


def test_a_rank_with_polaritas_negatif_is_computed_lower_is_better_without_a_word():
    report = _peringkat("Negatif")
    assert not _polaritas_said(report)
    (s1,) = report.indicators
    assert s1.capaian == Fraction((2 * 5 - 3) * 100, 5)  # (2 x 5 - 3) / 5 x 100 = 140 %


def test_a_rank_typed_as_a_grade_is_no_rank_polaritas():
    # "Peringkat" of a grade ("Madya" of the KLA scale): the predikat rules apply, no Negatif advised
    report = _peringkat("Positif", target="Madya", tws=("Madya", None, None, None), satuan="")
    assert not _polaritas_said(report)


def _rank_in_example(wb) -> None:
    # K4.01.02 retyped by staff as a rank: ranked 3rd in TW II against a target of 5th, Polaritas Positif
    ws = wb["Kinerja"]
    row = _row(ws, "K4.01.02")
    assert ws.cell(row, 7).value == "Positif"
    ws.cell(row, 5).value, ws.cell(row, 6).value = "Peringkat Inovasi Daerah tingkat provinsi", "peringkat"
    ws.cell(row, 9).value, ws.cell(row, 12).value = 5, 3


def test_a_rank_in_the_example_is_said_in_every_output(tmp_path):
    path = _example(tmp_path, _rank_in_example)
    row = _row(openpyxl.load_workbook(path)["Kinerja"], "K4.01.02")
    # (the wording as the report's notes say it, tests/test_negatif_wording.py; was `peringkat makin kecil`)
    exported = common.peringatan_alike(
        path, tmp_path, [(f"G{row}", "peringkat bernilai negatif (semakin rendah")]
    )
    k = next(i for i in exported["indikator"] if i["kode"] == "K4.01.02")
    assert k["capaian"] == pytest.approx(60.0)  # computed as typed, 3 / 5 x 100, the peringatan asking


def test_a_rank_typed_ke_3_says_to_type_3():
    # realisasi "ke-3" read as a note: the quarter left out of the capaian; it must say to type 3
    report = _peringkat("Negatif", tws=("ke-3", None, None, None))
    (s1,) = report.indicators
    assert s1.capaian is None
    # Realisasi TW I of the row under the header (row 1)
    (said,) = [f for f in report.findings if f.sel == "K2"]
    assert "(3)" in said.pesan and "tulis angkanya saja" in said.pesan


def test_a_rank_target_typed_ke_5_says_to_type_5():
    report = _peringkat("Negatif", target="ke-5")
    (said,) = [f for f in report.findings if f.sel == "I2"]
    assert said.severity == GALAT and "tulis angkanya saja (5)" in said.pesan


# --- 1b. Anggaran: two programs alike among steady spending --------------------------------------------

_S1 = kinerja_row(
    "S1", "Sasaran", "", "Sasaran", "Jumlah koperasi", "10", ("2", "3", "4", None), jenis="Kumulatif"
)
# five programs spending the same each quarter (honor, langganan: 10 jt, 10 jt, 10 jt)
_STEADY = [
    anggaran_row(f"P1.0{n}", f"Program {n}", "S1", 120_000_000, (10_000_000, 10_000_000, 10_000_000, None))
    for n in range(1, 6)
]
# two programs whose TW III spending truly equals TW II's (a contract paid in equal terms)
_ALIKE = [
    anggaran_row(
        f"P2.0{n}", f"Program lain {n}", "S1", 200_000_000, (30_000_000, 45_000_000, 45_000_000, None)
    )
    for n in range(1, 4)
]


def test_two_programs_alike_among_steady_spending_are_said_at_their_rows_only():
    report = run([_S1], [*_STEADY, *_ALIKE[:2]], triwulan=3)
    # flipped by mend33k (reviewer J, back to staff round 35's three-row bar): two programs alike may be
    # honest (a contract paid in equal terms, honoraria raised by an April SK): asked at the rows only
    assert report.anggaran_kosong == ""
    rows = [
        f for f in report.findings if f.sheet == "Anggaran" and "sama dengan TW II (45.000.000)" in f.pesan
    ]
    assert len(rows) == 2  # each row's own peringatan (budget._cumulative) still asks


def test_three_programs_alike_among_steady_spending_are_printed():
    report = run([_S1], [*_STEADY, *_ALIKE], triwulan=3)
    assert "tersalin" in report.anggaran_kosong


# --- 4. a score left Kumulatif ---------------------------------------------------------------------------


def _score_summed(wb) -> None:
    # P2.02 retyped by staff as "Nilai SAKIP" (Satuan nilai, Target 80), its Jenis Realisasi kept
    # "Kumulatif" from the row it was copied from: TW I 78, TW II 80,5
    ws = wb["Kinerja"]
    row = _row(ws, "P2.02")
    ws.cell(row, 5).value, ws.cell(row, 6).value, ws.cell(row, 8).value = "Nilai SAKIP", "nilai", "Kumulatif"
    ws.cell(row, 9).value, ws.cell(row, 11).value, ws.cell(row, 12).value = 80, 78, "80,5"


def test_a_score_summed_as_kumulatif_is_said_in_every_output(tmp_path):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main

    path = _example(tmp_path, _score_summed)
    row = _row(openpyxl.load_workbook(path)["Kinerja"], "P2.02")
    # 78 + 80,5 = 158,5 of 80 was computed as typed (198,125 %) beside a peringatan; a SAKIP score is an
    # evaluation's result, never a sum (figures67, skor_evaluasi): a galat, no realisasi nor capaian
    checked = [
        ln for ln in CliRunner().invoke(main, ["check", str(path)]).output.splitlines() if f"!H{row} " in ln
    ]
    assert len(checked) == 1 and checked[0].startswith("galat"), checked
    assert "TW I 78 + TW II 80,5 = 158,5" in checked[0], checked
    exported = json.loads(CliRunner().invoke(main, ["export", str(path)]).stdout)
    p = next(i for i in exported["indikator"] if i["kode"] == "P2.02")
    assert p["realisasi"] is None and p["capaian"] is None, p
    (said,) = [f for f in exported["pemeriksaan"] if f["sel"] == f"H{row}"]
    assert '"Nilai Akhir"' in said["pesan"] and '"Rata-rata" (79,25)' in said["pesan"]  # (78 + 80,5) / 2


def _kumulatif_in(satuan, target, tws):
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran", "Indeks Kepuasan", target, tws, satuan=satuan, jenis="Kumulatif"
    )
    return run([row], [], triwulan=2)


def test_an_index_summed_as_kumulatif_is_said():
    # IKM 3,2 and 3,3 of 3,5 summed to 6,5 (185,71 %)
    report = _kumulatif_in("indeks", "3,5", ("3,2", "3,3", None, None))
    (said,) = [f for f in report.findings if f.sel == "H2"]  # Jenis Realisasi of the row under the header
    assert "3,2 + TW II 3,3 = 6,5" in said.pesan


@pytest.mark.parametrize(
    ("satuan", "target", "tws"),
    [
        ("orang", "100", ("60", "55", None, None)),  # people trained: a count, summed as chosen
        ("poin", "100", ("10", "12", None, None)),  # points gained each quarter, under the target
    ],
)
def test_counts_and_small_scores_summed_as_kumulatif_are_quiet(satuan, target, tws):
    report = _kumulatif_in(satuan, target, tws)
    assert not [f for f in report.findings if f.sel == "H2"]


# --- 5. a category typed as the target ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Baik", "Sangat Baik", "cukup"])
def test_a_category_target_of_no_known_scale_says_what_to_type(typed):
    # "Kualitas pelayanan publik" of Satuan kategori, target "Baik": no predikat scale knows it, so no
    # capaian; the galat said only 'bukan angka: "Baik"', not what to type instead
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "S",
        "Kualitas pelayanan publik",
        typed,
        (None, "Cukup", None, None),
        satuan="kategori",
        jenis="Nilai Akhir",
    )
    (said,) = [f for f in run([row]).findings if f.sel == "I2"]
    assert said.severity == GALAT
    assert "tulis target berupa angka" in said.pesan and "kolom Keterangan" in said.pesan


@pytest.mark.parametrize("jenis", ["Kumulatif", None])
def test_a_rank_summed_as_kumulatif_is_said_at_its_jenis_realisasi(jenis):
    # ranked 3rd in TW I and 2nd in TW II of a target 5th, Negatif: Kumulatif sums 3 + 2 = 5, capaian
    # (2 x 5 - 5) / 5 x 100 = 100 %, where the latest rank, 2nd, gives (2 x 5 - 2) / 5 x 100 = 160 %
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "S",
        "Peringkat Inovasi Daerah",
        "5",
        ("3", "2", None, None),
        satuan="peringkat",
        jenis=jenis,
        polaritas="Negatif",
    )
    report = run([row])
    (s1,) = report.indicators
    assert s1.capaian == Fraction((2 * 5 - 5) * 100, 5)  # computed as typed
    (said,) = [f for f in report.findings if f.sel == "H2"]
    assert said.severity == PERINGATAN and '"Nilai Akhir"' in said.pesan and "peringkat" in said.pesan
