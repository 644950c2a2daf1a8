"""anggaran62: Anggaran figures printed wrong, left open by stop 61.

- A refund typed in ribuan (Pagu 1.200.000.000, TW I 150.000.000, TW II ``-5.000`` for -5 jt): counted
  -Rp 5.000 with 12,50 % printed and a peringatan naming the figure, never its scale; now it asks, with the
  figure to type and the net it gives (12,08 %).
- A pagu typed with its scale word one too low (``1,2 jt`` for 1,2 M) with 301 jt spent: 25.083 % printed
  with "melebihi pagu"; now the galat of a pagu a thousandth of what was meant, its scale word named.
- Pagu 1.200.000.000 with Pagu Perubahan ``1.250.000`` and 1 jt spent: the peringatan read the Pagu as the
  slip (80 %) and never the Pagu Perubahan in ribuan (0,08 %); now both readings and their penyerapan.
- A quarter far above its pagu that is no whole thousand (``150.123.456.789``): advised ``tulis TW II
  150.123.456,79``; now the pagu's galat. A program made of one Kegiatan in ribuan: no second peringatan
  at its own pagu cell naming that cell.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, run

_P = "2.06.04"


def _one(pagu, tws, pagu_perubahan=None, triwulan=2):
    row = anggaran_row(_P, _PROGRAM, "", pagu, (*tws, None, None), pagu_perubahan)
    return run(_kinerja(), [row], triwulan=triwulan)


# --- 1. A refund typed in ribuan ----------------------------------------------------------------------------


def test_a_refund_a_thousandth_of_a_plausible_one_asks_whether_ribuan():
    # 150.000.000 - 5.000 = 149.995.000 of 1.200.000.000 = 12,4996 %, printed 12,50 % (counted as typed, as a
    # positive quarter that small is). Read in ribuan: 150.000.000 - 5.000.000 = 145.000.000, / 1.200.000.000
    # = 12,0833 %, said 12,08 %. 5.000 < 1.200.000 (0,1 % of the pagu) and < Rp 1 juta; 5.000.000 <= 150 jt
    report = _one("1.200.000.000", ("150.000.000", "-5.000"))
    assert budget_of(report, _P).realisasi_exact == 149_995_000  # (counted as typed)
    said = findings_by_cell(report, "Anggaran")["G2"]
    assert "ditulis dalam ribuan rupiah? bila maksudnya -Rp 5.000.000, tulis -5.000.000" in said, said
    assert "realisasi s.d. TW II bersih Rp 145.000.000, 12,08% pagu" in said, said
    assert "pengembalian belanja" in said and "bila memang -Rp 5.000, biarkan" in said, said


@pytest.mark.parametrize(
    "refund",
    [
        # a thousand times it, -500.000.000, more than the 150.000.000 spent before it: no refund of it
        "-500.000",
        # Rp 1 juta and above, as a positive quarter (budget._slips): a refund of its own size
        "-1.000.000",
        # typed with its scale word: in the scale it says
        "-5 rb",
    ],
)
def test_a_refund_that_reads_no_refund_in_ribuan_or_is_rp_1_juta_is_not_asked(refund):
    report = _one("1.200.000.000", ("150.000.000", refund))
    said = findings_by_cell(report, "Anggaran")["G2"]
    assert "pengembalian belanja" in said and "ditulis dalam ribuan" not in said, said


def test_a_refund_under_0_1_percent_of_a_smaller_pagu_bound():
    # Pagu 4.000.000.000: 5.000 x 1.000 = 5.000.000 < 4.000.000.000 asked; pagu 5.000.000 (5.000 is 0,1 % of it
    # exactly: not under) with TW I 4.000.000: not asked (its net would read 4.000.000 - 5.000.000 < 0 too)
    asked = findings_by_cell(_one("4.000.000.000", ("150.000.000", "-5.000")), "Anggaran")["G2"]
    assert "tulis -5.000.000" in asked, asked
    quiet = findings_by_cell(_one("5.000.000", ("4.000.000", "-5.000")), "Anggaran")["G2"]
    assert "ditulis dalam ribuan" not in quiet, quiet


# --- 3. A pagu typed with its scale word one too low -------------------------------------------------------


@pytest.mark.parametrize("tws", [("1.000.000", "300.000.000"), (None, "301.000.000")])
def test_a_pagu_with_its_scale_word_one_too_low_is_the_galat_of_a_pagu_a_thousandth(tws):
    # "1,2 jt" = Rp 1.200.000 against 301.000.000 spent: 250,83 times, 25.083 % printed before with
    # "melebihi pagu". TW I 1.000.000 within it, TW II 300.000.000 read a thousandth: 1.300.000 > 1.200.000, no
    # reading of a right pagu. Meant 1,2 M: 301.000.000 / 1.200.000.000 = 25,0833 %, said 25,08 %
    report = _one("1,2 jt", tws)
    program = budget_of(report, _P)
    assert (program.pagu, program.penyerapan, program.realisasi_exact) == (None, None, 301_000_000)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"D2"}, galat
    assert 'ditulis "1,2 jt", kata skalanya "miliar", bukan "juta"?' in galat["D2"], galat
    assert "tulis 1.200.000.000" in galat["D2"] and "(penyerapan 25,08%)" in galat["D2"], galat
    assert "melebihi pagu" not in str(findings_by_cell(report, "Anggaran")), report.findings
    assert report.total_penyerapan is None


def test_a_pagu_with_a_scale_word_and_spending_a_little_above_it_stays_a_peringatan():
    # "1,2 jt" with 500.000 + 1.000.000 = 1.500.000 spent: 125 %, under ten times: as before
    report = _one("1,2 jt", ("500.000", "1.000.000"))
    assert budget_of(report, _P).penyerapan == 125
    assert not findings_by_cell(report, "Anggaran", GALAT)


# --- 6. A Pagu Perubahan a thousandth of its Pagu with spending within it ---------------------------------


def test_a_pagu_perubahan_a_thousandth_of_its_pagu_with_spending_within_it_names_both_readings():
    # Perubahan 1.250.000 counted: 1.000.000 / 1.250.000 = 80 %. Read in ribuan: 1.000.000 / 1.250.000.000 =
    # 0,08 %. Before: the peringatan at the Pagu (D2) said only that 1.200.000.000 meant 1.200.000
    report = _one("1.200.000.000", ("1.000.000", None), pagu_perubahan="1.250.000")
    assert budget_of(report, _P).penyerapan == 80
    said = findings_by_cell(report, "Anggaran")
    assert "D2" not in said, said
    e2 = said["E2"]
    assert "realisasi s.d. TW II (Rp 1.000.000) tidak menunjukkan yang mana" in e2, e2
    assert "penyerapan 80,00% dengan Pagu Perubahan ini, 0,08% dengan Rp 1.250.000.000" in e2, e2
    assert "tulis 1.250.000.000 di Pagu Perubahan" in e2 and "tulis 1.200.000 di Pagu (Anggaran!D2)" in e2, e2


def test_a_pagu_perubahan_a_thousand_times_its_pagu_with_spending_within_the_pagu_names_both_readings():
    # Pagu 1.250.000, Perubahan 1.200.000.000 counted: 1.000.000 / 1.200.000.000 = 0,0833 % (0,08 %); read
    # with SIPD's decimals, 1.200.000: 1.000.000 / 1.200.000 = 83,33 %
    report = _one("1.250.000", ("1.000.000", None), pagu_perubahan="1.200.000.000")
    e2 = findings_by_cell(report, "Anggaran")["E2"]
    assert "penyerapan 0,08% dengan Pagu Perubahan ini, 83,33% dengan Rp 1.200.000" in e2, e2


def test_spending_above_the_smaller_still_names_the_smaller_as_the_slip():
    # 300.000.000 spent > 1.250.000: the Perubahan is the slip (in ribuan), as before: at E2, meant 1.250.000.000
    # (a galat: spending 240 times it, pagu_seribu)
    report = _one("1.200.000.000", ("100.000.000", "200.000.000"), pagu_perubahan="1.250.000")
    e2 = findings_by_cell(report, "Anggaran", GALAT)["E2"]
    assert "seperseribu" in e2 and "tulis 1.250.000.000" in e2, e2


# --- 4. A quarter read a thousandth that is no whole thousand; a rincian pointing at itself -----------------


def test_a_quarter_far_above_the_pagu_that_is_no_whole_thousand_is_not_advised_with_decimals():
    # Pagu 500.000.000, TW I 100.000.000, TW II 150.123.456.789: s.d. TW II 150.223.456.789. Before: "tulis TW II
    # 150.123.456,79" (150.123.456.789 / 1.000 = 150.123.456,789, no figure staff type: its last three digits
    # are no zeros typed over). Now the pagu reading: 150.223.456.789 / 500.000.000.000 = 30,0447 % (30,04 %)
    report = run(
        _kinerja(), [anggaran_row(_P, _PROGRAM, "", "500.000.000", ("100.000.000", "150.123.456.789"))]
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"D2"}, galat
    assert "tulis 500.000.000.000" in galat["D2"] and "(penyerapan 30,04%)" in galat["D2"], galat
    assert "periksa realisasinya" in galat["D2"], galat
    assert "," not in galat["D2"].split("tulis ")[1].split(" ")[0], galat  # (a whole figure to type)
    # a whole thousand over, 150.123.456.000: as before, both readings (100 jt + 150.123.456 = 250.123.456 of
    # 500 jt, 50,02 %), TW II's figure to type whole
    report = run(
        _kinerja(), [anggaran_row(_P, _PROGRAM, "", "500.000.000", ("100.000.000", "150.123.456.000"))]
    )
    assert "tulis TW II 150.123.456 (penyerapan 50,02%)" in findings_by_cell(report, "Anggaran", GALAT)["G2"]


def test_a_made_program_whose_kegiatan_quarter_is_no_whole_thousand_is_said_at_the_kegiatan():
    # A 500.000.000 (TW I 100 jt, TW II 150.123.456.789) and B 500.000.000 (TW II 150 jt), no program row. Before:
    # A's galat at G2 advising "tulis TW II 150.123.456,79". Now A's pagu reading at A's pagu (D2), named A's
    report = run(
        _kinerja(),
        [
            anggaran_row(f"{_P}.1.01", "Kegiatan A", "", "500.000.000", ("100.000.000", "150.123.456.789")),
            anggaran_row(f"{_P}.1.02", "Kegiatan B", "", "500.000.000", (None, "150.000.000")),
        ],
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"D2"}, galat
    assert 'Pagu rincian 2.06.04.1.01 "Kegiatan A" (Rp 500.000.000)' in galat["D2"], galat
    assert "tulis 500.000.000.000" in galat["D2"] and "150.123.456,79" not in galat["D2"], galat
    assert budget_of(report, _P).penyerapan is None


@pytest.mark.parametrize("pagu, meant", [("700.000", "700.000.000"), ("1.200.000", "1.200.000.000")])
def test_a_program_made_of_one_kegiatan_in_ribuan_is_one_galat_not_a_peringatan_pointing_at_itself(
    pagu, meant
):
    # Kegiatan A alone, TW II 300.000.000: the program made of it has A's pagu and row. Before, beside the
    # program's galat at D2, a peringatan at D2 "Pagu rincian ... seperti pagu programnya (Anggaran!D2)"
    report = run(_kinerja(), [anggaran_row(f"{_P}.1.01", "Kegiatan A", "", pagu, (None, "300.000.000"))])
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert f"tulis {meant}" in galat["D2"], galat
    assert "seperti pagu programnya" not in str(report.findings), report.findings
