"""Mend of staff round 30 (review of the grade, level and number typing just merged).

Found, and tested here:
- an IKM's mutu pelayanan typed in words got the SAKIP code of those words: Target "A", TW I "Sangat
  Baik" said to type "BB", which then gave "Predikat BB di bawah target A"; on the IKM scale
  (PermenPANRB 14/2017: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik) it is A;
- a grade with a note saying it is not there yet ("WTP (menunggu LHP BPK)", "B (proses evaluasi 2025)")
  was a galat telling staff to type the grade alone: following it gives 100 % tercapai for an opinion
  not yet issued. Before round 30, and now again, a status (belum dapat diukur);
- a Target "Meningkat 5%" said "tulis angkanya saja (5)": 85,2 / 5 would be 1704 %;
- "8,7 thn" for Satuan "Tahun" said "ditulis dalam thn, padahal Satuan indikator 'Tahun'";
- a bare "II" in any realisasi (Satuan "Unit") got "angkanya (2) tidak dibaca".

Grids by hand (tests/test_engine.py's helpers), as in tests/test_staff_round30.py.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, run

IKM = "Indeks Kepuasan Masyarakat (mutu pelayanan)"


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _one(indikator, target, tws, triwulan, **kw):
    return run([kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, target, tws, **kw)], triwulan=triwulan)


# --- an IKM's mutu pelayanan in words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "typed", "code"),
    [
        # PermenPANRB 14/2017 (Lampiran, mutu pelayanan): A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik
        ("A", "Sangat Baik", '"A"'),
        ("B", "Baik", '"B"'),
        ("B", "Kurang Baik", '"C"'),
        ("B", "Tidak Baik", '"D"'),
    ],
)
def test_an_ikm_meaning_alone_names_the_ikm_code(target, typed, code):
    report = _one(IKM, target, (typed, None, None, None), 1, satuan="Kategori", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "K2")
    assert said.severity == PERINGATAN and f"tulis predikatnya, {code} " in said.pesan, said.pesan
    assert '"BB"' not in said.pesan and '"CC"' not in said.pesan


def test_an_ikm_target_typed_as_its_meaning_names_the_ikm_code():
    # Target "Sangat Baik" of an IKM: A on its scale (PermenPANRB 14/2017), not the SAKIP BB
    report = _one(IKM, "Sangat Baik", ("A", None, None, None), 1, satuan="Kategori", jenis="Nilai Akhir")
    (said,) = _at(report, "I2")
    assert said.severity == GALAT and 'tulis kodenya, "A"' in said.pesan, said.pesan
    assert '"BB"' not in said.pesan


def test_a_meaning_beside_a_grade_of_no_known_scale_names_no_code():
    # An akreditasi's "A" is "Unggul" or "Sangat Baik" by the accrediting body, not the SAKIP "memuaskan":
    # no code is named (the SAKIP "BB" would be wrong); the quarter stays a status as before round 30.
    report = _one(
        "Akreditasi SMP negeri",
        "A",
        ("Sangat Baik", None, None, None),
        1,
        satuan="Predikat",
        jenis="Nilai Akhir",
    )
    assert report.indicators[0].capaian_exact is None
    assert not [f for f in _at(report, "K2") if '"BB"' in f.pesan]


def test_a_sakip_meaning_alone_still_names_the_sakip_code():
    # PermenPANRB 88/2021: BB "Sangat Baik"
    report = _one(
        "Nilai SAKIP Perangkat Daerah", "BB", ("Sangat Baik", None, None, None), 1, satuan="Predikat"
    )
    (said,) = _at(report, "K2")
    assert 'tulis predikatnya, "BB"' in said.pesan, said.pesan


# --- a grade with a note saying it is not there yet ---------------------------------------------------


@pytest.mark.parametrize(
    ("target", "typed"),
    [
        ("WTP", "WTP (menunggu LHP BPK)"),
        ("WTP", "WTP (target)"),
        ("WTP", "WTP (rencana)"),
        ("WTP", "WTP - belum terbit"),
        ("BB", "B (proses evaluasi 2025)"),
        ("BB", "BB (usulan)"),
        ("BB", "BB (sementara)"),
        ("BB", "A (proyeksi)"),
    ],
)
def test_a_grade_not_yet_obtained_stays_a_status(target, typed):
    # Before round 30 a status (belum dapat diukur): no grade is there yet, so no capaian, no galat
    # telling staff to type the grade (that would give 100 % for an opinion not yet issued).
    report = _one(
        "Opini BPK / Nilai SAKIP", target, (typed, None, None, None), 1, satuan="Opini", jenis="Nilai Akhir"
    )
    ind = report.indicators[0]
    assert ind.capaian_exact is None and not ind.galat
    assert ind.status == typed
    assert not [f for f in _at(report, "K2") if f.severity == GALAT]


def test_a_grade_with_a_note_says_to_type_it_only_when_obtained():
    report = _one("Opini BPK atas LKPD", "WTP", ("WTP (LHP 2024)", None, None, None), 1, satuan="Opini")
    (said,) = _at(report, "K2")
    assert said.severity == GALAT
    assert 'bila predikat itu sudah diperoleh, tulis predikatnya saja ("WTP")' in said.pesan, said.pesan
    assert "bila belum, kosongkan atau tulis -" in said.pesan, said.pesan


# --- a Target with a number that is no level ----------------------------------------------------------


@pytest.mark.parametrize("typed", ["Meningkat 5%", "Naik 5 poin", "Turun 2% dari tahun lalu"])
def test_a_target_with_a_relative_number_gets_no_figure_to_type(typed):
    report = _one("Cakupan imunisasi", typed, ("85,2", None, None, None), 1, jenis="Kumulatif")
    (said,) = _at(report, "I2")
    assert said.severity == GALAT and "tulis angkanya saja" not in said.pesan, said.pesan


@pytest.mark.parametrize(
    # ("Tingkat 3" under Satuan Level is read as 3 since kinerja64: "Tingkat III" is still told)
    ("typed", "figure"),
    [("Tingkat III", "3"), ("Level 3 (Terdefinisi)", "3"), ("III", "3")],
)
def test_a_target_level_still_says_its_figure(typed, figure):
    report = _one(
        "Level maturitas SPIP", typed, ("3", None, None, None), 1, satuan="Level", jenis="Nilai Akhir"
    )
    (said,) = _at(report, "I2")
    assert f"tulis angkanya saja ({figure})" in said.pesan, said.pesan


# --- the Satuan's own abbreviation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "satuan", "target", "capaian"),
    [
        # read as "8,7 tahun" is: 8,7 / 8,5 x 100
        ("8,7 thn", "Tahun", "8,5", Fraction(87, 85) * 100),
        ("8,7thn", "Tahun", "8,5", Fraction(87, 85) * 100),  # glued, as "8,7tahun" is read
        # 8 / 12 x 100
        ("8 bln", "Bulan", "12", Fraction(8, 12) * 100),
        # 90 / 120 x 100
        ("90 mnt", "Menit", "120", Fraction(90, 120) * 100),
    ],
)
def test_the_satuans_own_abbreviation_reads_as_the_satuan(typed, satuan, target, capaian):
    report = _one(
        "Rata-rata lama sekolah", target, (typed, None, None, None), 1, satuan=satuan, jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact == capaian
    assert not [f for f in _at(report, "K2") if "padahal Satuan" in f.pesan]


def test_another_unit_abbreviated_still_says_the_figure():
    # 102 bln for Satuan Tahun: 102 / 12 = 8,5 (not read)
    report = _one(
        "Rata-rata lama sekolah", "8,5", ("102 bln", None, None, None), 1, satuan="Tahun", jenis="Nilai Akhir"
    )
    (said,) = _at(report, "K2")
    assert said.severity == GALAT and said.pesan.endswith("saja: 8,5"), said.pesan


# --- a bare Roman numeral outside a level ---------------------------------------------------------------


@pytest.mark.parametrize("typed", ["I", "II", "III", "IV"])
def test_a_bare_roman_numeral_is_no_level_for_a_count(typed):
    report = _one("Jumlah gedung direhabilitasi", "4", (typed, None, None, None), 1, satuan="Unit")
    assert not [f for f in _at(report, "K2") if "tidak dibaca" in f.pesan and "angkanya (" in f.pesan]


def test_a_bare_roman_numeral_of_a_maturity_is_still_said():
    # Satuan "Nilai", the indicator names the maturity: III = 3 (the reported quarter: a galat since
    # mend35l, a peringatan before)
    report = _one("Maturitas SPIP", "3", ("III", None, None, None), 1, satuan="Nilai", jenis="Nilai Akhir")
    (said,) = _at(report, "K2")
    assert said.severity == GALAT and "(3)" in said.pesan, said.pesan


def test_following_the_ikm_hint_reads_the_grade():
    # The hint's "A (Sangat Baik)" at the target A of an IKM: A reaches A, capaian exactly 100 (the
    # README's grade rule); before, the hint named "BB", below A.
    report = _one(IKM, "A", ("A (Sangat Baik)", None, None, None), 1, satuan="Kategori", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == 100
    assert not [f for f in _at(report, "K2") if f.severity == GALAT]


@pytest.mark.parametrize(
    ("typed", "target", "capaian"), [("C (Kurang Baik)", "C", 100), ("D (Tidak Baik)", "C", None)]
)
def test_an_ikm_grade_with_its_ikm_meaning_reads(typed, target, capaian):
    # PermenPANRB 14/2017: C Kurang Baik, D Tidak Baik; C at the target C is 100 (README's grade rule),
    # D below C has no capaian (counted below target, a peringatan)
    report = _one(IKM, target, (typed, None, None, None), 1, satuan="Kategori", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == capaian
    assert not [f for f in _at(report, "K2") if f.severity == GALAT]
    if capaian is None:
        assert "di bawah target" in (report.indicators[0].status or "")
