"""anggaran63: Anggaran figures and findings left open by the last stops.

- A program made of its Kegiatan (no row of its own), every pagu typed in ribuan: the galat at its first
  Kegiatan's pagu (D2, holding A's 700.000) said "tulis 1.200.000.000": typed there, the program would be
  1.200.000.000 + 500.000. Now each Kegiatan's figure at its own cell; its rincian's peringatan no longer
  point at D2 as "pagu programnya".
- A pagu typed with its scale word, ``700 rb`` (Rp 700.000 in so many words): asked "ditulis dalam ribuan
  rupiah?" (of a Kegiatan) or "ditulis dalam juta tanpa kata skala?" (of a program): false questions. Now
  its scale word is asked of ("juta", bukan "ribu"?), the pagu read as typed.
- Spending more than ten times its pagu (2.000 times: 208.350 % printed in Tabel 3.4 with a peringatan
  "melebihi pagu"): a galat at the last quarter naming the pagu's cell too, pagu and penyerapan withheld.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, run

_P = "2.06.04"

# --- 1. A program made of its Kegiatan, every pagu in ribuan ---------------------------------------------


def _made_in_ribuan():
    # no program row: Kegiatan A 700.000 (TW I 100 jt, TW II 200 jt) over A1 the same, Kegiatan B 500.000
    # (50 + 100 jt) over B1 the same; rows 2..5 (A D2, A1 D3, B D4, B1 D5)
    return run(
        _kinerja(),
        [
            anggaran_row(
                f"{_P}.1.01", "Kegiatan A", "", "700.000", ("100.000.000", "200.000.000", None, None)
            ),
            anggaran_row(f"{_P}.1.01.0001", "Sub Kegiatan A1", "", "700.000", ("100.000.000", "200.000.000")),
            anggaran_row(
                f"{_P}.1.02", "Kegiatan B", "", "500.000", ("50.000.000", "100.000.000", None, None)
            ),
            anggaran_row(f"{_P}.1.02.0001", "Sub Kegiatan B1", "", "500.000", ("50.000.000", "100.000.000")),
        ],
    )


def test_a_made_program_in_ribuan_names_each_kegiatan_s_figure_at_its_own_cell():
    # the program's pagu 700.000 + 500.000 = 1.200.000 against 300 + 150 = 450.000.000 spent (37.500 %): the
    # galat stands at D2 (the first Kegiatan's cell) as before, now with A's 700.000 x 1.000 = 700.000.000 at
    # D2 and B's 500.000 x 1.000 = 500.000.000 at D4 (before: "tulis 1.200.000.000" at D2, A's cell)
    report = _made_in_ribuan()
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"D2"}, galat
    assert "tulis 1.200.000.000" not in galat["D2"] and "1.200.000 ribu" not in galat["D2"], galat
    assert "700.000.000 di Anggaran!D2, 500.000.000 di Anggaran!D4" in galat["D2"], galat
    assert "jumlah pagu rinciannya" in galat["D2"] and "penyerapan 37,50%" in galat["D2"], galat
    # the program's figure: realisasi 450.000.000 printed, pagu and penyerapan withheld (no TOTAL pagu)
    program = budget_of(report, _P)
    assert (program.pagu_exact, program.penyerapan, program.realisasi_exact) == (None, None, 450_000_000)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (None, 450_000_000)


def test_a_made_program_s_rincian_do_not_point_at_the_first_kegiatan_as_the_program_s_pagu():
    # B's peringatan at D4 said "seperti pagu programnya (Anggaran!D2)": D2 is Kegiatan A's. Now "seperti pagu
    # rincian lain program 2.06.04", the figure to type as before (500.000 x 1.000)
    said = findings_by_cell(_made_in_ribuan(), "Anggaran", PERINGATAN)
    assert "seperti pagu programnya" not in str(said), said
    assert "seperti pagu rincian lain program 2.06.04" in said["D4"] and "tulis 500.000.000" in said["D4"], (
        said
    )


def test_a_made_program_whose_far_rincian_hold_part_of_its_pagu_asks_the_others_checked():
    # A 700.000 (300 jt spent) over A1 the same, B 500.000 with nothing spent (TW II blank): the program's
    # 1.200.000 against 300.000.000 (25.000 %); only A's figure is known (700.000.000 at D2): B's named to check
    report = run(
        _kinerja(),
        [
            anggaran_row(
                f"{_P}.1.01", "Kegiatan A", "", "700.000", ("100.000.000", "200.000.000", None, None)
            ),
            anggaran_row(
                f"{_P}.1.01.0001", "Sub A1", "", "700.000", ("100.000.000", "200.000.000", None, None)
            ),
            anggaran_row(f"{_P}.1.02", "Kegiatan B", "", "500.000"),
        ],
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)["D2"]
    assert "700.000.000 di Anggaran!D2, dan periksa pagu rincian lainnya" in galat, galat
    assert "tulis 1.200.000.000" not in galat, galat


# --- 2. A pagu typed with its scale word ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["700 rb", "700 ribu", "Rp 700 rb", "700rb"])
def test_a_kegiatan_pagu_typed_in_rb_is_asked_its_scale_word_not_ribuan(typed):
    # made program: A ``typed`` (Rp 700.000) spending 100 + 200 = 300.000.000 (428,57 times), B 500.000.000
    # spending 150.000.000. A's galat at D2 (as before) asks the word: "juta" meant gives 700.000.000; before
    # "ditulis dalam ribuan rupiah? ... tulis 700.000.000 atau "700.000 ribu"" (it was typed in ribu)
    report = run(
        _kinerja(),
        [
            anggaran_row(f"{_P}.1.01", "Kegiatan A", "", typed, ("100.000.000", "200.000.000", None, None)),
            anggaran_row(
                f"{_P}.1.02", "Kegiatan B", "", "500.000.000", ("50.000.000", "100.000.000", None, None)
            ),
        ],
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)["D2"]
    assert f'ditulis "{typed}", kata skalanya "juta", bukan "ribu"?' in galat, galat
    assert "dalam ribuan rupiah" not in galat and 'ribu"' not in galat.split("tulis")[-1], galat
    assert "tulis 700.000.000;" in galat, galat
    assert budget_of(report, _P).penyerapan is None


def test_a_kegiatan_pagu_typed_in_rb_spending_within_it_is_quiet():
    # A "700 rb" spending 100.000 + 200.000 = 300.000 (within), B 500.000.000 spending 150.000.000: the
    # program's 500.700.000 and 150.300.000 (30,02 %), nothing said of a scale
    report = run(
        _kinerja(),
        [
            anggaran_row(f"{_P}.1.01", "Kegiatan A", "", "700 rb", ("100.000", "200.000", None, None)),
            anggaran_row(
                f"{_P}.1.02", "Kegiatan B", "", "500.000.000", ("50.000.000", "100.000.000", None, None)
            ),
        ],
    )
    program = budget_of(report, _P)
    assert (program.pagu_exact, program.realisasi_exact) == (500_700_000, 150_300_000)
    assert "skala" not in str(findings_by_cell(report, "Anggaran")) and "ribuan" not in str(report.findings)


def test_a_program_pagu_typed_700_rb_is_read_as_typed_and_its_word_asked():
    # program "700 rb" (Rp 700.000, below Rp 1 juta) spending 100.000 + 200.000 = 300.000: 300.000 / 700.000 =
    # 300/7 % = 42,857..., counted as typed. Before: "ditulis dalam juta tanpa kata skala?" (the word is there)
    report = run(_kinerja(), [anggaran_row(_P, _PROGRAM, "", "700 rb", ("100.000", "200.000", None, None))])
    assert budget_of(report, _P).penyerapan == pytest.approx(float(Fraction(300, 7)))
    said = findings_by_cell(report, "Anggaran", PERINGATAN)["D2"]
    assert "tanpa kata skala" not in said, said
    assert 'hanya Rp 700.000, ditulis "700 rb": kata skalanya "juta", bukan "ribu"?' in said, said
    assert "biarkan" in said, said


def test_a_bare_small_program_pagu_is_still_asked_juta_without_a_scale_word():
    # "700.000" bare: the peringatan as before
    report = run(_kinerja(), [anggaran_row(_P, _PROGRAM, "", "700.000", ("100.000", "200.000", None, None))])
    assert "ditulis dalam juta tanpa kata skala?" in findings_by_cell(report, "Anggaran", PERINGATAN)["D2"]


def test_a_kegiatan_in_rb_under_a_program_in_ribuan_is_asked_its_word():
    # program 1.200.000 (ribuan) over A "700 rb" (300 jt spent) and B 500.000 (150 jt): the program's galat at
    # D2 as before; A's peringatan at D3 asks its word instead of "tampaknya ditulis dalam ribuan rupiah"
    report = run(
        _kinerja(),
        [
            anggaran_row(_P, _PROGRAM, "", "1.200.000", ("150.000.000", "300.000.000", None, None)),
            anggaran_row(
                f"{_P}.1.01", "Kegiatan A", "", "700 rb", ("100.000.000", "200.000.000", None, None)
            ),
            anggaran_row(
                f"{_P}.1.02", "Kegiatan B", "", "500.000", ("50.000.000", "100.000.000", None, None)
            ),
        ],
    )
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert 'ditulis "700 rb", kata skalanya "juta", bukan "ribu"?' in said["D3"], said
    assert "tampaknya ditulis dalam ribuan" not in said["D3"] and "tulis 700.000.000" in said["D3"], said
    assert "tampaknya ditulis dalam ribuan rupiah" in said["D4"], said  # (B bare: as before)


# --- 3. Spending beyond any reading of the row ------------------------------------------------------------


def test_spending_two_thousand_times_the_pagu_is_a_galat_naming_both_cells():
    # Pagu 1.000.000, TW I 1.000.000.000 + TW II 1.083.500.000 = 2.083.500.000: 2.083,5 times, 208.350 % (a
    # pagu in ribuan, 1.000.000.000, still 208,35 %; kumulatif typing 4 times at most). Before: 208.350 %
    # printed with a peringatan "melebihi pagu". Now a galat at G2 naming D2, F2, G2; pagu, penyerapan, the
    # TOTAL's and the Sasaran's efisiensi withheld, the realisasi stands
    report = run(
        _kinerja(),
        [anggaran_row(_P, _PROGRAM, "", "1.000.000", ("1.000.000.000", "1.083.500.000", None, None))],
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"G2"}, galat
    for part in ("Rp 2.083.500.000", "208.350% dari pagu", "Rp 1.000.000 di Anggaran!D2", "208,35%"):
        assert part in galat["G2"], galat
    assert "periksa pagu (Anggaran!D2) dan realisasi (Anggaran!F2, Anggaran!G2)" in galat["G2"], galat
    assert "melebihi pagu" not in str(report.findings)
    program = budget_of(report, _P)
    assert (program.pagu_exact, program.penyerapan, program.realisasi_exact) == (None, None, 2_083_500_000)
    assert (report.total_pagu, report.total_penyerapan) == (None, None)
    (sasaran,) = [r for r in report.efisiensi if r.kode == "S1"]
    assert (sasaran.penyerapan, sasaran.efisiensi) == (None, None)


@pytest.mark.parametrize(
    "tw2, galat",
    [
        # Pagu 2.000.000.000 (a thousand times it above Rp 1 triliun: no ribuan reading), TW I 10 M:
        (
            "10.000.000.000",
            False,
        ),  # 20 M, exactly 10 times: 1.000 %, the "melebihi pagu" peringatan as before
        ("10.000.000.001", True),  # one rupiah more: above 10 times, the galat
    ],
)
def test_ten_times_the_pagu_is_the_bound(tw2, galat):
    report = run(
        _kinerja(), [anggaran_row(_P, _PROGRAM, "", "2.000.000.000", ("10.000.000.000", tw2, None, None))]
    )
    program = budget_of(report, _P)
    if galat:
        assert "G2" in findings_by_cell(report, "Anggaran", GALAT)
        assert program.penyerapan is None
    else:
        assert not findings_by_cell(report, "Anggaran", GALAT)
        assert program.penyerapan == 1000  # 20.000.000.000 / 2.000.000.000 x 100
        assert "melebihi pagu" in findings_by_cell(report, "Anggaran", PERINGATAN)["G2"]


def test_spending_four_times_the_pagu_typed_kumulatif_keeps_its_peringatan():
    # Pagu 100.000.000 spent in full, typed s.d. each quarter: 100 + 100 + 100 + 100 jt = 400.000.000 at TW IV,
    # 400 %: the kumulatif reading fits, "melebihi pagu" (and "sama dengan TW ...") as before, no galat
    report = run(
        _kinerja(),
        [anggaran_row(_P, _PROGRAM, "", "100.000.000", ("100.000.000",) * 4)],
        triwulan=4,
    )
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert budget_of(report, _P).penyerapan == 400
