"""figures63: a grade and its score typed together; a change typed where a level belongs; a dash and a
zero with the Satuan's word.

- Beside a grade target `B` (Predikat SAKIP) a realisasi `Baik (85,20)`, `Baik, 85,20`, `Cukup (70)`
  (a code's meaning with the LHE's score) was a status: TW I's `B` taken as the realisasi, 100 %,
  with only a peringatan `bukan predikat`. It is the galat naming the code to type (`"B"`, `"CC"`).
- Beside a numeric target `B (85,20) sementara`, `B, 85,20` took TW I's 84,5 as the Nilai Akhir
  (84,5 / 85 = 99,41 %) with a peringatan; `Baik, 85,20` and `Cukup (70)` were belum diketahui with two
  peringatan. Each is the grade-first galat naming the score to type.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: H Jenis
Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import predikat_depan
from tests.test_engine import anggaran_row, kinerja_row, messages, run


def _row(indikator, target, tws, satuan, jenis="Nilai Akhir", polaritas="Positif"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya akuntabilitas kinerja", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f for f in report.findings if f.sel == sel]


# --- a grade's meaning and its score beside a grade target ------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Baik (85,20)", '"B"'),  # was TW I's B, 100 %, a peringatan "bukan predikat"
        ("Baik, 85,20", '"B"'),
        ("Baik 85,20", '"B"'),
        ("Baik (85,20).", '"B"'),
        ("Cukup (70)", '"CC"'),  # PREDIKAT_ARTI: CC is Cukup
        ("Memuaskan, 80,5", '"A"'),
    ],
)
def test_a_grades_meaning_with_its_score_beside_a_grade_target_is_a_galat(typed, code):
    report = run([_row("Predikat SAKIP Perangkat Daerah", "B", ("B", typed), "Predikat")], triwulan=2)
    ind = report.indicators[0]
    # no capaian: never TW I's B as the realisasi s.d. TW II (100 %)
    assert ind.capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert f"tulis predikatnya saja ({code})" in said[0].pesan, said[0].pesan


def test_a_grades_meaning_with_a_note_saying_not_yet_stays_a_status():
    # "Baik (85,20) sementara": a provisional grade, as "B (sementara)": TW I's B stays, with its peringatan
    report = run([_row("Predikat SAKIP Perangkat Daerah", "B", ("B", "Baik (85,20) sementara"), "Predikat")])
    assert [f.severity for f in _at(report, "L2")] == ["peringatan"], messages(report)


# --- a grade and its score beside a numeric target ----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("B (85,20) sementara", "85,20"),  # was TW I's 84,5 / 85 = 99,41 % with a peringatan
        ("B, 85,20", "85,20"),  # likewise
        ("Baik, 85,20", "85,20"),  # was belum diketahui with two peringatan
        ("Cukup (70)", "70"),  # likewise
        ("Memuaskan (80,5)", "80,5"),
    ],
)
def test_a_grade_with_its_score_beside_a_numeric_target_is_the_grade_first_galat(typed, figure):
    row = _row("Nilai Akhir Indeks Kepuasan Masyarakat (IKM)", "85", ("84,5", typed), "Nilai")
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert f"tulis angkanya saja ({figure})" in said[0].pesan, said[0].pesan


@pytest.mark.parametrize("typed", ["kurang 5", "Kurang 5 dokumen", "cukup 3 desa"])
def test_a_sakip_meaning_word_before_a_number_without_brackets_is_no_grade(typed):
    # "kurang 5" is five short: never "tulis angkanya saja (5)" as a grade's score
    assert predikat_depan.grade_first(typed) == ("", "")


# --- a change typed with a plus sign where a score's level belongs ----------------------------------------


def _ipm(tws, satuan="Indeks", indikator="Indeks Pembangunan Manusia", target="72", jenis="Nilai Akhir"):
    return run([_row(indikator, target, tws, satuan, jenis=jenis)], triwulan=2)


@pytest.mark.parametrize(
    ("satuan", "typed"),
    [
        ("Indeks", "+0,3 poin"),  # was read 0,3: 0,3 / 72 = 0,42 % with advice to type 30
        ("Indeks", "+0,3"),
        ("poin", "+0,3 poin"),
        ("Poin", "+0,3"),
        ("Nilai", "+1,5"),
    ],
)
def test_a_change_typed_in_the_reported_quarter_of_a_score_is_a_galat(satuan, typed):
    report = _ipm(("71,8", typed), satuan=satuan)
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert "kenaikan" in said[0].pesan and "tulis nilainya" in said[0].pesan, said[0].pesan
    assert "tulis 30" not in said[0].pesan


def test_a_change_typed_in_a_quarter_that_counts_for_nothing_is_a_peringatan():
    # Nilai Akhir: TW II's 72,1 is the realisasi, 72,1 / 72 x 100 = 7210 / 72 = 3605 / 36 (100,14 %)
    report = _ipm(("+0,3", "72,1"))
    assert report.indicators[0].capaian_exact == Fraction(3605, 36), messages(report)
    said = _at(report, "K2")
    assert [f.severity for f in said] == ["peringatan"], messages(report)
    assert "kenaikan" in said[0].pesan, said[0].pesan  # was the scale's "tulis 30"


def test_a_plus_sign_of_an_indicator_measuring_the_change_is_its_figure():
    # "Peningkatan nilai ..." measures the change itself: +0,3 of a target 0,5 is 0,3 / 0,5 = 60 %
    report = _ipm(
        (None, "+0,3"), satuan="poin", indikator="Peningkatan nilai indeks reformasi birokrasi", target="0,5"
    )
    assert report.indicators[0].capaian_exact == Fraction(60), messages(report)
    assert _at(report, "L2") == [], messages(report)


def test_a_plus_sign_of_a_quarter_chosen_kumulatif_is_what_it_adds():
    # Kumulatif chosen: TW I 40 + TW II 25 = 65 poin of 100 = 65 %
    report = _ipm(
        ("40", "+25"), satuan="poin", indikator="Jumlah poin kredit", target="100", jenis="Kumulatif"
    )
    assert report.indicators[0].capaian_exact == Fraction(65), messages(report)
    assert _at(report, "L2") == [], messages(report)


# --- a dash with a zero or a document's abbreviation under Satuan izin ------------------------------------


def _izin(typed):
    row = _row("Jumlah izin usaha yang diterbitkan", "100", ("30", typed), "izin", jenis="Kumulatif")
    return run([row], triwulan=2)


@pytest.mark.parametrize("typed", ["- 0 izin", "- 0", "– 0 izin", "-- 0 izin", "- 0,0 izin", "- 0%"])
def test_a_dash_before_a_zero_is_a_galat_saying_dash_or_zero(typed):
    report = _izin(typed)
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    # was "bila angkanya di bawah nol, tulis -0 izin": no count of izin is below zero, nor is zero
    assert 'bila tidak ada data, tulis "-" saja, bila nol, tulis 0' in said[0].pesan, said[0].pesan
    assert "di bawah nol" not in said[0].pesan


def test_a_dash_before_another_figure_keeps_its_minus_advice_without_the_dashes_doubled():
    said = _at(_izin("-- 5 izin"), "L2")
    assert [f.severity for f in said] == ["galat"]
    assert "tulis -5 izin (tanda minus tanpa spasi)" in said[0].pesan, said[0].pesan  # was "-- 5 izin"


@pytest.mark.parametrize("typed", ["- SK", "- sk", "- NIB", "- SK."])
def test_a_dash_with_a_licences_abbreviation_is_the_galat_of_another_units_word(typed):
    # was a status: the Kumulatif indicator (TW I 30) belum diketahui without a word
    report = _izin(typed)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert 'bila tidak ada data, tulis "-" saja, bila nol, tulis 0' in said[0].pesan, said[0].pesan


def test_a_dash_with_the_satuans_own_word_stays_no_data():
    # kosong_satuan: "- izin" is "-": TW I's 30 of 100 = 30 %, quiet at L2
    report = _izin("- izin")
    assert report.indicators[0].capaian_exact == Fraction(30), messages(report)
    assert _at(report, "L2") == []


@pytest.mark.parametrize("typed", ["- NA", "- menunggu data"])
def test_a_dash_before_no_data_or_a_note_is_no_galat(typed):
    assert [f.severity for f in _at(_izin(typed), "L2") if f.severity == "galat"] == []


# --- nihil in a quarter of a Rata-rata indicator (README: nihil means zero) -------------------------------
# Checked on main, unchanged: these pin both kinds.


def test_nihil_in_a_rata_rata_count_is_a_zero_averaged_quietly():
    # Jumlah kasus, Negatif: mean (4 + 0) / 2 = 2; capaian (2 x 10 - 2) / 10 x 100 = 180
    row = _row(
        "Jumlah kasus kebakaran", "10", ("4", "nihil"), "Kasus", jenis="Rata-rata", polaritas="Negatif"
    )
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(180), messages(report)
    assert _at(report, "L2") == [], messages(report)


def test_nihil_in_a_rata_rata_index_is_averaged_as_zero_and_said():
    # an index of 0 is no survey held: mean (82 + 0) / 2 = 41; 41 / 80 x 100 = 51,25 %, said at L2
    row = _row("Indeks Kepuasan Masyarakat", "80", ("82", "nihil"), "Indeks", jenis="Rata-rata")
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(205, 4), messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["peringatan"], messages(report)
    assert 'tulis "-"' in said[0].pesan, said[0].pesan


@pytest.mark.parametrize("jenis", ["Kumulatif", "Nilai Akhir"])
def test_a_month_in_brackets_after_a_quarters_figure_is_said_at_its_cell(jenis):
    # checked on main, unchanged: "588 (per Juni)" is a galat naming 588, never TW I's 300 alone (30 %)
    row = _row("Jumlah UMKM yang dibina", "1000", ("300", "588 (per Juni)"), "Unit", jenis=jenis)
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert "(588)" in said[0].pesan, said[0].pesan


# --- a Negatif index summed to a capaian below zero -------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "tws", "capaian"),
    [
        # 0,38 + 0,37 + 0,39 = 1,14 of 0,38: (2 x 0,38 - 1,14) / 0,38 x 100 = -0,38 / 0,38 x 100 = -100
        (3, ("0,38", "0,37", "0,39"), Fraction(-100)),
        # + 0,36 = 1,50: (0,76 - 1,50) / 0,38 x 100 = -74 / 0,38 = -3700 / 19 (-194,74 %)
        (4, ("0,38", "0,37", "0,39", "0,36"), Fraction(-3700, 19)),
    ],
)
@pytest.mark.parametrize(("satuan", "jenis"), [("Angka", ""), ("", ""), ("Angka", "Kumulatif")])
def test_a_negatif_index_summed_below_zero_is_told_as_an_index_summed(triwulan, tws, capaian, satuan, jenis):
    row = _row("Indeks Gini", "0,38", tws, satuan, jenis=jenis, polaritas="Negatif")
    report = run([row], triwulan=triwulan)
    assert report.indicators[0].capaian_exact == capaian, messages(report)  # computed as typed
    said = [f.pesan for f in report.findings if f.sel in ("H2", "I2")]
    # the index is named as summed, with its Nilai Akhir reading (was the I2 capaian_nol's advice for
    # quarters typed s.d. each, "bila tiap triwulan berisi angka s.d. triwulan itu")
    assert len(said) == 1, messages(report)
    assert 'indeks ("Indeks Gini")' in said[0] and 'pilih "Nilai Akhir"' in said[0], said[0]
    assert "berisi angka s.d. triwulan itu" not in said[0]


@pytest.mark.parametrize("typed", ["- 0", "- 0,00"])
def test_a_dash_before_a_zero_in_spending_is_told_to_type_zero(typed):
    # Anggaran: "-" is Rp 0 there, never "tidak ada data"; was "tulis -0 (tanda minus tanpa spasi)"
    kinerja = [_row("Jumlah izin usaha yang diterbitkan", "100", ("30", "40"), "izin", jenis="Kumulatif")]
    report = run(kinerja, [anggaran_row("P1", "Program A", "S1", 1000000, (500000, typed, None, None))])
    said = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "G2"]
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert "tulis 0 saja" in said[0].pesan and "tidak ada data" not in said[0].pesan, said[0].pesan
