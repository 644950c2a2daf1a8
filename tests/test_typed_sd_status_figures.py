"""A quarter's figure held in a status text ("sementara Rp 40 jt", "sementara 40 dok") before a quarter
typed up to it (lkj_xl/core/typed_sd.py): the status names its figure, so staff told "perbaiki dulu
TW I" know what to type there; a Satuan abbreviated as staff abbreviate it is the Satuan's; a message
claims no quarter holds no number when it holds one; a small sum with decimals is shown as typed.
Every figure by hand (Fraction), from the cells typed."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages
from tests.test_typed_sd_followed import indo


def _at(said: list[str], typed: str) -> str:
    (message,) = [m for m in said if f'"{typed}"' in m]
    return message


def _spent(tws: list, *, triwulan: int = 2) -> tuple[Fraction | None, list[str]]:
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Laju A", "100", ["1", None, None, None])
    program = anggaran_row("1.01", "Program A", "S1", "1.000.000.000", tws)
    report = report_of(book_of([row], [program], triwulan=triwulan))
    (budget,) = report.budgets
    return budget.realisasi_exact, messages(report)


def _only(tws, *, satuan: str, target: str = "100", triwulan: int = 2):
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Laju A", target, tws, satuan=satuan)
    report = report_of(book_of([row], triwulan=triwulan))
    (ind,) = report.indicators
    return ind, messages(report)


# --- 1. a spending status names its figure ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "shown", "to_type", "value"),
    [
        # "Rp 40 jt": 40 x 1.000.000 = 40.000.000
        ("sementara Rp 40 jt", "Rp 40.000.000", "40.000.000", Fraction(40_000_000)),
        ("belum final, sementara Rp 40 juta", "Rp 40.000.000", "40.000.000", Fraction(40_000_000)),
        # "Rp 0,04 M": 0,04 x 1.000.000.000 = 40.000.000
        ("sementara Rp 0,04 M", "Rp 40.000.000", "40.000.000", Fraction(40_000_000)),
        ("belum final, sementara Rp 40.000", "Rp 40.000", "40.000", Fraction(40_000)),
        # a small sum with sen: Rp 1,2 is one rupiah twenty sen, shown as typed (not "Rp 1,20")
        ("sementara Rp 1.250,5", "Rp 1.250,5", "1.250,5", Fraction(2501, 2)),
    ],
)
def test_a_spending_status_names_its_figure_and_following_it_counts_it_once(typed, shown, to_type, value):
    # TW I typed as a status holding its figure, TW II "s.d. Juni Rp 70.000.000": TW II waits for TW I
    # (typed42); TW I was told only "bukan angka", staff had to guess the figure to type.
    spent, said = _spent([typed, "s.d. Juni Rp 70.000.000", None, None])
    galat = _at(said, typed)
    assert galat.startswith("Anggaran!F2 ") and "bukan angka" in galat, galat
    assert f"bila {shown} realisasi TW I, tulis angkanya saja ({to_type})" in galat, galat
    assert spent is None
    # followed: TW I typed as told; TW II named 70.000.000 - TW I's figure
    own = Fraction(70_000_000) - value
    _, said = _spent([to_type, "s.d. Juni Rp 70.000.000", None, None])
    assert "tulis realisasi TW II saja" in _at(said, "s.d. Juni Rp 70.000.000")
    assert f"= Rp {indo(own)})" in _at(said, "s.d. Juni Rp 70.000.000")
    spent, _ = _spent([to_type, indo(own), None, None])
    assert spent == Fraction(70_000_000)


def test_a_spending_status_without_its_figure_names_none():
    # "Menunggu SP2D", "Menunggu 3 SP2D" (a count of documents, no sum): "bukan angka" as before
    for typed in ("Menunggu SP2D", "Menunggu 3 SP2D", "SP2D terbit 30 Juni 2025"):
        _, said = _spent([typed, None, None, None], triwulan=1)
        galat = _at(said, typed)
        assert "bukan angka" in galat and "tulis angkanya saja" not in galat, galat


# --- 2. a Satuan abbreviated as staff abbreviate it --------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("sementara 40 dok", "Dokumen"),
        ("sekitar 40 keg.", "Kegiatan"),
        ("40 org (sementara)", "Orang"),
        ("sementara 40 unit", "Unit"),
        ("sekitar 40 bh", "Buah"),
        ("sementara 40 pkt", "Paket"),
        ("sementara 40 lap.", "Laporan"),
        ("sekitar 40 x", "Kali"),
        ("sementara 40 kali", "Kali"),
        ("sekitar 40 ha", "Hektar"),
        ("sementara 40 km", "Kilometer"),
        ("sekitar 40 m2", "Meter Persegi"),
        ("sekitar 40 m²", "M2"),
        ("sementara 40 poin", "Poin"),
    ],
)
def test_a_status_with_an_abbreviated_satuan_before_an_up_to_quarter_waits_for_it(typed, satuan):
    # TW I holds its figure 40 with the Satuan abbreviated, TW II "s.d. Juni 70": both were told "Bila
    # ... realisasinya, tulis angkanya saja", followed 40 + 70 = 110 for 70. Now TW I's galat names 40
    # and TW II waits for it.
    ind, said = _only([typed, "s.d. Juni 70", None, None], satuan=satuan)
    # (a cell starting with its figure, "40 org (sementara)", is a number with a word: "tulis angkanya
    # saja (40)" already, TW II waiting; a status names its 40 as "Bila 40 realisasinya")
    own = _at(said, typed)
    assert "Bila 40 realisasinya, tulis angkanya saja" in own or "angkanya saja (40)" in own, own
    galat = _at(said, "s.d. Juni 70")
    assert "perbaiki dulu TW I," in galat and "Bila 70 realisasinya" not in galat, galat
    assert ind.capaian_exact is None
    # followed: TW I 40, TW II named 70 - 40 = 30; (40 + 30) / 100 x 100 = 70 %
    _, said = _only(["40", "s.d. Juni 70", None, None], satuan=satuan)
    assert "(70 - 40 = 30)" in _at(said, "s.d. Juni 70")
    ind, _ = _only(["40", "30", None, None], satuan=satuan)
    assert ind.capaian_exact == Fraction(70)


def test_an_abbreviation_of_another_satuan_is_no_figure_of_this_one():
    # "sementara 40 dok" of Satuan Orang: 40 documents, not 40 people; "Menunggu laporan 3 desa" of
    # Dokumen: a waiting text. TW II up to June with nothing read before: its own 70.
    for typed, satuan in (("sementara 40 dok", "Orang"), ("Menunggu laporan 3 desa", "Dokumen")):
        _, said = _only([typed, "s.d. Juni 70", None, None], satuan=satuan)
        assert "perbaiki dulu" not in _at(said, "s.d. Juni 70"), (typed, said)


# --- 3. "(TW I tidak berisi angka)" only where true ---------------------------------------------------


def test_no_quarter_is_said_to_hold_no_number_when_it_holds_one():
    # Anggaran TW I "Menunggu 3 SP2D" (a number, 3, not read as its sum), TW II "s.d. Juni Rp
    # 70.000.000": TW II's own is 70.000.000; the message said "(TW I tidak berisi angka)", untrue.
    _, said = _spent(["Menunggu 3 SP2D", "s.d. Juni Rp 70.000.000", None, None])
    galat = _at(said, "s.d. Juni Rp 70.000.000")
    assert "tulis angkanya saja (Rp 70.000.000)" in galat and "tidak berisi angka" not in galat, galat
    # Kinerja, a growth rate: TW I "Menunggu laporan 3 desa" (3 villages, no figure), TW II "s.d. Juni
    # -1": TW II's own -1, without the claim
    _, said = _only(["Menunggu laporan 3 desa", "s.d. Juni -1", None, None], satuan="%")
    galat = _at(said, "s.d. Juni -1")
    assert "tulis angkanya saja (-1)" in galat and "tidak berisi angka" not in galat, galat
    # (true: TW I "Menunggu SP2D" holds none, said as before)
    _, said = _spent(["Menunggu SP2D", "s.d. Juni Rp 70.000.000", None, None])
    assert "(TW I tidak berisi angka)" in _at(said, "s.d. Juni Rp 70.000.000")


# --- 4. a small sum with decimals shown as typed --------------------------------------------------------


def test_a_small_sum_with_decimals_is_shown_as_typed():
    # Anggaran TW I "Rp 0,5", TW II "s.d. Juni Rp 1,2": TW II's own is 1,2 - 0,5 = 0,7 rupiah. It was
    # shown "(Rp 1,20 - Rp 0,50 = Rp 0,70)": figures staff never typed.
    _, said = _spent(["Rp 0,5", "s.d. Juni Rp 1,2", None, None])
    galat = _at(said, "s.d. Juni Rp 1,2")
    assert "(Rp 1,2 - Rp 0,5 = Rp 0,7)" in galat and "1,20" not in galat, galat
    # "Total Rp 1,2" after Rp 0,5: its own Rp 1,2, or up to it 1,2 - 0,5 = 0,7
    _, said = _spent(["Rp 0,5", "Total Rp 1,2", None, None])
    galat = _at(said, "Total Rp 1,2")
    assert "bila Rp 1,2 realisasi TW II sendiri" in galat and "(Rp 1,2 - Rp 0,5 = Rp 0,7)" in galat, galat
    # followed: 0,5 + 0,7 = 1,2 spent
    spent, _ = _spent(["Rp 0,5", "Rp 0,7", None, None])
    assert spent == Fraction(6, 5)
