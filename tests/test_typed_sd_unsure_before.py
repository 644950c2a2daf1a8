"""Quarters typed up to them (lkj_xl/core/typed_sd.py) where the advice once named no figure or the
wrong one: a Nilai Akhir figure below zero after its note ("s.d. Juni -1"), a "Total" below the
quarters before (the quarter's own, or a running total that cannot be), and a quarter before holding
its figure inside a status text ("belum final, sementara 40"). Every figure by hand (Fraction)."""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages


def _only(tws, *, triwulan, target, jenis="Kumulatif", satuan="%"):
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Laju A", target, tws, jenis=jenis, satuan=satuan)
    report = report_of(book_of([row], triwulan=triwulan))
    (ind,) = report.indicators
    return ind, messages(report)


def _at(said: list[str], typed: str) -> str:
    (message,) = [m for m in said if f'"{typed}"' in m]
    return message


# --- (a) Nilai Akhir: a figure below zero after its note -----------------------------------------


def test_nilai_akhir_below_zero_after_its_note_names_the_figure():
    # A growth rate, Nilai Akhir, target 2: TW I 0, TW II "s.d. Juni -1". Nilai Akhir's figure up to
    # June is TW II's own, -1 (capaian -1 / 2 x 100 = -50 %). It was a peringatan "bukan angka:
    # realisasi s.d. TW II diambil dari TW I saja", naming no figure, and TW I's 0 scored 0 %.
    ind, said = _only(["0", "s.d. Juni -1", None, None], triwulan=2, target="2", jenis="Nilai Akhir")
    galat = _at(said, "s.d. Juni -1")
    assert galat.startswith("Kinerja!L2 ") and "tulis angkanya saja (-1)" in galat, galat
    assert "TW I tidak berisi angka" not in galat, galat  # (TW I has its 0: no such claim)
    assert ind.capaian_exact is None and ind.galat
    # followed: -1 / 2 x 100 = -50
    ind, said = _only(["0", "-1", None, None], triwulan=2, target="2", jenis="Nilai Akhir")
    assert ind.capaian_exact == Fraction(-50)


def test_nilai_akhir_below_zero_with_the_label_before_names_the_figure():
    # "Realisasi s.d. Juni: -1,5" with TW I blank: the figure is TW II's own, -1,5.
    ind, said = _only(
        [None, "Realisasi s.d. Juni: -1,5", None, None], triwulan=2, target="2", jenis="Nilai Akhir"
    )
    assert "tulis angkanya saja (-1,5)" in _at(said, "Realisasi s.d. Juni: -1,5")
    assert ind.capaian_exact is None


# --- (b) "Total" below the quarters before ----------------------------------------------------------


def test_a_total_below_the_quarters_before_says_both_readings():
    # Kumulatif, TW I 30, TW II 25, TW III "Total 50": 50 is TW III's own (30 + 25 + 50 = 105), or the
    # running total 30 + 25 + x = 50, x = 50 - 55 = -5: below the 55 already typed, the figures then
    # disagree. It was read as TW III's own alone ("Bila 50 realisasinya, tulis angkanya saja").
    ind, said = _only(["30", "25", "Total 50", None], triwulan=3, target="100")
    galat = _at(said, "Total 50")
    assert "bila 50 realisasi TW III sendiri, tulis angkanya saja (50)" in galat, galat
    assert "50 lebih kecil dari realisasi TW I-TW II (55)" in galat, galat
    assert "periksa angka-angka itu" in galat, galat
    assert ind.capaian_exact is None and ind.galat


def test_a_quarter_after_a_total_below_waits_for_it():
    # TW IV "s.d. Desember 120" after 30, 25, "Total 50": 120 - 105 = 15 only if 50 is TW III's own;
    # it was named so (120 - 105 = 15). Now TW III must be settled first.
    ind, said = _only(["30", "25", "Total 50", "s.d. Desember 120"], triwulan=4, target="100")
    galat = _at(said, "s.d. Desember 120")
    assert "perbaiki dulu TW III" in galat and "= 15" not in galat, galat


def test_a_total_above_the_quarters_before_keeps_its_two_readings():
    # (unchanged) 30, 25, "Total 70": own 70, or 70 - 55 = 15.
    _, said = _only(["30", "25", "Total 70", None], triwulan=3, target="100")
    galat = _at(said, "Total 70")
    assert "tulis angkanya saja (70)" in galat and "(70 - 55 = 15)" in galat, galat


# --- (c) a figure inside a status text before ---------------------------------------------------------


def test_a_status_with_a_figure_before_an_up_to_quarter_waits_for_it():
    # TW I "belum final, sementara 40" (40 is TW I's figure, not yet read), TW II "s.d. Juni 70": TW II
    # is 70 - 40 = 30 once TW I is typed 40, 70 if TW I has none. It was told "Bila 70 realisasinya,
    # tulis angkanya saja", both followed 40 + 70 = 110 for 70.
    for typed in ("s.d. Juni 70", "70 (s.d. Juni)"):
        ind, said = _only(["belum final, sementara 40", typed, None, None], triwulan=2, target="100")
        galat = _at(said, typed)
        assert galat.startswith("Kinerja!L2 ") and "perbaiki dulu TW I," in galat, galat
        assert "tulis angkanya saja (70)" not in galat and "Bila 70 realisasinya" not in galat, galat
        assert ind.capaian_exact is None
    # TW I followed (40): TW II named 70 - 40 = 30
    _, said = _only(["40", "s.d. Juni 70", None, None], triwulan=2, target="100")
    assert "(70 - 40 = 30)" in _at(said, "s.d. Juni 70")


def test_a_status_with_a_figure_between_waits_for_it():
    # 40, "belum final, sementara 70", "s.d. September 90": TW III was named 90 - 40 = 50 (TW II left
    # out), followed 40 + 70 + 50 = 160 for 90.
    _, said = _only(["40", "belum final, sementara 70", "s.d. September 90", None], triwulan=3, target="100")
    galat = _at(said, "s.d. September 90")
    assert "perbaiki dulu TW II," in galat and "= 50" not in galat, galat


def test_a_status_without_a_figure_before_keeps_the_advice():
    # (unchanged) TW I "Menunggu data BPS": no figure; TW II's 70 up to June is its own.
    _, said = _only(["Menunggu data BPS", "s.d. Juni 70", None, None], triwulan=2, target="100")
    assert not any("perbaiki dulu" in m for m in said), said


def test_a_spending_status_with_a_figure_before_waits_for_it():
    # Anggaran TW I "belum final, sementara Rp 40.000" ("bukan angka"), TW II "s.d. Juni 70.000": TW II
    # was told "TW I tidak berisi angka; tulis angkanya saja (70.000)", followed with TW I's 40.000
    # Rp 110.000 for Rp 70.000 (its own is 70.000 - 40.000 = 30.000).
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Laju A", "100", ["1", None, None, None])
    for tw1 in ("belum final, sementara Rp 40.000", "sementara 40.000"):
        program = anggaran_row("1.01", "Program A", "S1", "1.000.000", [tw1, "s.d. Juni 70.000", None, None])
        said = messages(report_of(book_of([row], [program], triwulan=2)))
        galat = _at(said, "s.d. Juni 70.000")
        assert galat.startswith("Anggaran!G2 ") and "perbaiki dulu TW I," in galat, galat
        assert "tidak berisi angka" not in galat, galat
    # (a status without a figure before: TW II's own, unchanged)
    program = anggaran_row(
        "1.01", "Program A", "S1", "1.000.000", ["Menunggu SP2D", "s.d. Juni 70.000", None, None]
    )
    galat = _at(messages(report_of(book_of([row], [program], triwulan=2))), "s.d. Juni 70.000")
    assert "tulis angkanya saja (70.000)" in galat, galat


def test_a_status_counted_as_its_own_figure_is_no_unread_quarter_after():
    # TW I blank, TW II "Total 5" (nothing before it: 5 is TW II's own either way), TW III "s.d.
    # September 30": TW III's own is 30 - 5 = 25. A status whose figure was counted so must not make
    # the quarter after it wait (b3888f6 said "perbaiki dulu TW II" here).
    _, said = _only([None, "Total 5", "s.d. September 30", None], triwulan=3, target="100")
    galat = _at(said, "s.d. September 30")
    assert "(30 - 5 = 25)" in galat and "perbaiki dulu" not in galat, galat


# --- review of typed42: typings staff use near these cases ---------------------------------------------


def _spent(tws: list) -> tuple[Fraction | None, list[str]]:
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Laju A", "100", ["1", None, None, None])
    program = anggaran_row("1.01", "Program A", "S1", "1.000.000.000", tws)
    report = report_of(book_of([row], [program], triwulan=2))
    (budget,) = report.budgets
    return budget.realisasi_exact, messages(report)


def test_a_spending_status_in_juta_before_waits_for_it():
    # Anggaran TW I "sementara Rp 40 jt" (Rp 40.000.000 not yet final, "bukan angka"), TW II "s.d. Juni
    # Rp 70.000.000": TW II was told "(TW I tidak berisi angka); tulis angkanya saja (Rp 70.000.000)",
    # followed with TW I's Rp 40.000.000 spent Rp 110.000.000 for Rp 70.000.000. Its own is
    # 70.000.000 - 40.000.000 = 30.000.000 once TW I is typed.
    for tw1 in (
        "sementara Rp 40 jt",
        "sementara 40 jt",
        "sekitar Rp 40 juta",
        "belum final, sementara Rp 40 juta",
        "data sementara Rp40jt",
        "sementara Rp 0,04 M",
    ):
        spent, said = _spent([tw1, "s.d. Juni Rp 70.000.000", None, None])
        galat = _at(said, "s.d. Juni Rp 70.000.000")
        assert "perbaiki dulu TW I," in galat and "tidak berisi angka" not in galat, (tw1, galat)
        assert spent is None
    # followed: TW I typed Rp 40 jt, TW II then named Rp 70.000.000 - Rp 40.000.000 = Rp 30.000.000
    _, said = _spent(["Rp 40 jt", "s.d. Juni Rp 70.000.000", None, None])
    assert "(Rp 70.000.000 - Rp 40.000.000 = Rp 30.000.000)" in _at(said, "s.d. Juni Rp 70.000.000")
    spent, said = _spent(["Rp 40 jt", "Rp 30.000.000", None, None])
    assert spent == Fraction(70_000_000), said
    # (a waiting text without a figure before: TW II's own, unchanged; a date is no figure either)
    for tw1 in ("Menunggu SP2D", "SP2D terbit 30 Juni 2025"):
        _, said = _spent([tw1, "s.d. Juni Rp 70.000.000", None, None])
        assert "tulis angkanya saja (Rp 70.000.000)" in _at(said, "s.d. Juni Rp 70.000.000"), tw1


def test_a_change_typed_before_an_up_to_quarter_waits_for_it():
    # A growth rate, Kumulatif: TW I "turun 2 %" (a galat: the rate -2 %, or fallen 2 points from the
    # one before), TW II "s.d. Juni 70". TW II was told "Bila 70 realisasinya, tulis angkanya saja":
    # followed with TW I's -2 the sum is -2 + 70 = 68 for the 70 up to June (its own is 70 - (-2) = 72).
    ind, said = _only(["turun 2 %", "s.d. Juni 70", None, None], triwulan=2, target="100")
    galat = _at(said, "s.d. Juni 70")
    assert galat.startswith("Kinerja!L2 ") and "perbaiki dulu TW I," in galat, galat
    assert ind.capaian_exact is None
    # followed (TW I -2): TW II named 70 - (-2) = 72; typed, the sum -2 + 72 = 70, capaian 70 %
    _, said = _only(["-2", "s.d. Juni 70", None, None], triwulan=2, target="100")
    assert "(70 - (-2) = 72)" in _at(said, "s.d. Juni 70")
    ind, _ = _only(["-2", "72", None, None], triwulan=2, target="100")
    assert ind.capaian_exact == Fraction(70)


def test_nilai_akhir_after_its_note_is_not_left_for_the_quarter_before():
    # Nilai Akhir, target 100: TW I 3, TW II "s.d. Juni 0" (or 5). The latest figure is TW II's: capaian
    # 0 / 100 x 100 = 0 % (5 %). It was a peringatan only ("triwulan ini tidak dihitung") and TW I's 3
    # was scored, 3 %, in the signed report. Now a galat naming TW II's own figure, as of -1.
    for typed, number, expected in (("s.d. Juni 0", "0", 0), ("s.d. Juni 5", "5", 5)):
        ind, said = _only(["3", typed, None, None], triwulan=2, target="100", jenis="Nilai Akhir")
        galat = _at(said, typed)
        assert f"tulis angkanya saja ({number})" in galat and ind.capaian_exact is None, (galat, ind)
        assert any(m.startswith("Kinerja!L2 ") for m in said if "tulis angkanya saja" in m), said
        # followed: the latest, typed as told
        ind, _ = _only(["3", number, None, None], triwulan=2, target="100", jenis="Nilai Akhir")
        assert ind.capaian_exact == Fraction(expected)
    # (nothing before it, "-" in TW I: no other figure scored; its peringatan stays, capaian none)
    ind, said = _only(["-", "s.d. Juni 5", None, None], triwulan=2, target="100", jenis="Nilai Akhir")
    assert ind.capaian_exact is None and "Bila 5 realisasinya" in _at(said, "s.d. Juni 5")


def test_a_note_up_to_another_quarter_names_no_figure_to_type_as_is():
    # Kumulatif 30, 25, then TW III "55 (s.d. TW II)" or "total s.d. TW II 55": 55 is the figure up to
    # TW II (30 + 25), pasted in TW III. It was told '"s.d. TW II" berarti realisasi s.d. TW III ...
    # (55 - 55 = 0)', and "55 (s.d. Juni)" "tulis angkanya saja (55)": followed, TW III's own figure
    # 0 or 55 (30 + 25 + 55 = 110) whatever it is. Now the note is said to be another quarter's and no
    # figure is named; the quarter after waits for it.
    for typed in ("55 (s.d. TW II)", "total s.d. TW II 55", "55 (s.d. Juni)", "s.d. Juni 55"):
        ind, said = _only(["30", "25", typed, "s.d. Desember 100"], triwulan=4, target="100")
        galat = _at(said, typed)
        assert galat.startswith("Kinerja!M2 ") and "bukan TW III" in galat, galat
        assert "tulis angkanya saja (55)" not in galat and "= 0)" not in galat, galat
        assert ind.capaian_exact is None
        assert "perbaiki dulu TW III" in _at(said, "s.d. Desember 100")
    # (the quarter's own note is read as before: "s.d. TW III 85" after 30, 25 is 85 - 55 = 30)
    _, said = _only(["30", "25", "s.d. TW III 85", None], triwulan=3, target="100")
    assert "(85 - 55 = 30)" in _at(said, "s.d. TW III 85")
    _, said = _only(["30", "TW I-II 55", None, None], triwulan=2, target="100")
    assert "(55 - 30 = 25)" in _at(said, "TW I-II 55")
    # spending: "Rp 55 jt (s.d. Juni)" in TW III after Rp 30 jt and Rp 25 jt
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Laju A", "100", ["1", None, None, None])
    program = anggaran_row(
        "1.01", "Program A", "S1", "1.000.000.000", ["Rp 30 jt", "Rp 25 jt", "Rp 55 jt (s.d. Juni)", None]
    )
    galat = _at(messages(report_of(book_of([row], [program], triwulan=3))), "Rp 55 jt (s.d. Juni)")
    assert "bukan TW III" in galat and "tulis angkanya saja (Rp 55 jt)" not in galat, galat


def test_a_total_below_zero_is_read_as_a_total():
    # A growth rate, Kumulatif, target 100: 30, 25, TW III "Total -5". Either reading gives TW III -5
    # as its own (30 + 25 - 5 = 50) or a running total below the 55 typed (the figures disagree); it
    # was "bukan angka", TW III left out and 30 + 25 = 55 scored, capaian 55 % with a peringatan only.
    ind, said = _only(["30", "25", "Total -5", None], triwulan=3, target="100")
    galat = _at(said, "Total -5")
    assert galat.startswith("Kinerja!M2 ") and "tulis angkanya saja (-5)" in galat, galat
    assert "lebih kecil dari realisasi TW I-TW II (55)" in galat and ind.capaian_exact is None, galat
    # followed as its own: (30 + 25 - 5) / 100 x 100 = 50
    ind, _ = _only(["30", "25", "-5", None], triwulan=3, target="100")
    assert ind.capaian_exact == Fraction(50)
    # nothing before it: TW I's own, -5 (it was "bukan angka", no figure named)
    ind, said = _only(["Total -5", None, None, None], triwulan=1, target="100")
    assert "tulis angkanya saja (-5)" in _at(said, "Total -5") and ind.capaian_exact is None
