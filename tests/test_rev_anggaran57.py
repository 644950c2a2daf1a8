"""Review of anggaran57: a Pagu (murni) and its Pagu Perubahan a thousand times apart (pagu_murni).

- With nothing spent yet (TW I, the quarter blank, `0` or `-`) nothing tells which of the two slipped three
  zeros: a Pagu 1.200.000.000 beside a Pagu Perubahan 1.250.000 (typed in ribuan) was told at the Pagu,
  "maksudnya Rp 1.200.000? tulis 1.200.000", the wrong advice, and the Pagu Perubahan Rp 1.250.000 counted
  (Tabel 3.4) was not named as the one to fix. Both readings are now named, no cell chosen for staff.
- A pagu typed with a scale word slipped no zeros, so the other one did: "1,2 M" beside "1.250.000" was quiet
  (the Pagu Perubahan Rp 1.250.000 counted).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_anggaran57 import _revised
from tests.test_engine import anggaran_row, run


@pytest.mark.parametrize("tws", [(None, None), ("0", "0"), ("-", "-")])
def test_a_perubahan_typed_in_ribuan_with_nothing_spent_is_not_advised_onto_the_pagu(tws):
    # Pagu 1.200.000.000, Pagu Perubahan 1.250.000 (1.250.000.000 in ribuan): 1.200.000.000 / 1.250.000 = 960
    # times apart, nothing spent: either the Pagu slipped (Rp 1.200.000 meant) or the Pagu Perubahan (Rp
    # 1.250.000.000 meant). Both readings named, at the Pagu Perubahan (counted: Rp 1.250.000 as typed).
    report = _revised("1.200.000.000", "1.250.000", tws)
    assert Fraction(budget_of(report, "2.06.04").pagu) == 1_250_000  # counted as typed, told
    said = findings_by_cell(report, "Anggaran")
    assert "D2" not in said, said  # (was: "maksudnya Rp 1.200.000? ... tulis 1.200.000" at the Pagu)
    assert "E2" in said, said
    for both in ("tulis 1.250.000.000", "tulis 1.200.000", "Anggaran!D2", "belum ada realisasi"):
        assert both in said["E2"], said["E2"]


def test_a_pagu_typed_in_ribuan_with_nothing_spent_names_both_readings():
    # Pagu 1.200.000 (ribuan), Pagu Perubahan 1.250.000.000 counted; TW I and TW II "-": was told at the
    # Pagu Perubahan, "maksudnya Rp 1.250.000? tulis 1.250.000" (Tabel 3.4's pagu a thousandth of the DPPA's)
    report = _revised("1.200.000", "1.250.000.000", ("-", "-"))
    said = findings_by_cell(report, "Anggaran")
    assert "E2" in said and "D2" not in said, said
    # program about Rp 1.250.000.000: the Pagu 1.200.000 x 1.000; about Rp 1.200.000: the Perubahan / 1.000
    for both in ("tulis 1.200.000.000", "tulis 1.250.000 ", "belum ada realisasi"):
        assert both in said["E2"], said["E2"]


def test_a_sipd_slip_above_a_triliun_with_nothing_spent_is_still_told_at_it():
    # 1.200.000.000.000 is above Rp 1 triliun (no OPD's program): the Pagu slipped, whatever was spent
    report = _revised("1.200.000.000.000", "1.250.000.000", ("-", "-"))
    said = findings_by_cell(report, "Anggaran")
    assert "D2" in said and "tulis 1.200.000.000" in said["D2"], said


@pytest.mark.parametrize(
    "pagu, perubahan, cell, meant",
    [
        # "1,2 M" = 1.200.000.000 slipped no zeros: 1.250.000 (960 times less) is the Pagu Perubahan in ribuan
        ("1,2 M", "1.250.000", "E2", "tulis 1.250.000.000"),
        # "1.250 jt" = 1.250.000.000: the Pagu 1.200.000 is in ribuan, Rp 1.200.000.000 meant
        ("1.200.000", "1.250 jt", "D2", "tulis 1.200.000.000"),
    ],
)
def test_beside_a_pagu_typed_with_a_scale_word_the_other_one_slipped(pagu, perubahan, cell, meant):
    report = _revised(pagu, perubahan, ("-", "-"))
    said = findings_by_cell(report, "Anggaran")
    assert cell in said and meant in said[cell], said


def test_both_typed_with_a_scale_word_stay_quiet():
    # "1,2 M" and "1,25 jt": both as staff wrote them, no zeros slipped (a word, not a dot)
    report = _revised("1,2 M", "1,25 jt", ("-", "-"))
    said = findings_by_cell(report, "Anggaran")
    assert not {"D2", "E2"} & set(said), said


# --- A blank program's 5.1 quarter filled from its lines: no other "program" offered for them -------------


def test_a_5_1_quarter_filled_beside_a_5_2_of_equal_pagu_names_no_twin():
    # 5.1 2.500.000.000 (TW II blank) over 5.1.02 700 jt + 5.1.06 1.800 jt (TW II 250 jt + 350 jt = 600 jt);
    # 5.2 2.500.000.000 too, its TW II blank. 5.1.02 and 5.1.06 are 5.1's by their Kode: never "bisa juga
    # rincian 5.2 ... tulis realisasi kedua program" (the note for two programs of one pagu). The program:
    # 2.500 + 2.500 = 5.000 jt; s.d. TW II 400 + 600 + 100 = 1.100.000.000, 22 %
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", None),
        anggaran_row("5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", None, None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", "Rp 700.000.000,00",
                     ("Rp 100.000.000,00", "Rp 250.000.000,00", None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                     ("Rp 300.000.000,00", "Rp 350.000.000,00", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "Rp 2.500.000.000,00", ("Rp 100.000.000,00", None, None, None)),
    ]  # fmt: skip
    report = run(_kinerja(), rows)
    program = budget_of(report, "2.06.04")
    assert (Fraction(program.pagu), Fraction(program.realisasi), program.penyerapan) == (
        5_000_000_000,
        1_100_000_000,
        22,
    )
    said = findings_by_cell(report, "Anggaran")
    assert "kosong: diisi jumlah rinciannya" in said["G3"], said
    assert "5.2" not in said["G3"] and "kedua program" not in said["G3"], said["G3"]


# --- A Pagu (murni) slipped in the rows a program is made of ---------------------------------------------


def test_a_5_1_pagu_murni_a_thousand_times_its_perubahan_in_a_blank_program_is_told():
    # program 2.06.04 blank over 5.1 (Pagu 1.200.000.000.000, Pagu Perubahan 2.500.000.000) and 5.2 (500 jt,
    # 500 jt): the program's Pagu Perubahan 2.500 + 500 = 3.000 jt counted, but its PK pagu 1.200.000.000.000 +
    # 500.000.000 = 1.200.500.000.000 printed (Tabel 2.4), quiet: 1.200.500.000.000 / 3.000.000.000 = 400 is
    # no thousand. 5.1's own 1.200.000.000.000 / 2.500.000.000 = 480 is not either; so 5.1 Pagu 2.400.000.000.000
    # (960 times): told at 5.1's Pagu (D3), Rp 2.400.000.000 meant
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", None),
        anggaran_row("5.1", "BELANJA OPERASI", "", "2.400.000.000.000",
                     ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None), "2.500.000.000"),
        anggaran_row("5.2", "BELANJA MODAL", "", "500.000.000",
                     ("Rp 100.000.000,00", "Rp 100.000.000,00", None, None), "500.000.000"),
    ]  # fmt: skip
    report = run(_kinerja(), rows)
    program = budget_of(report, "2.06.04")
    assert Fraction(program.pagu) == 3_000_000_000  # 2.500 jt + 500 jt, the Pagu Perubahan
    said = findings_by_cell(report, "Anggaran")
    assert "D3" in said and "tulis 2.400.000.000" in said["D3"] and "jenis belanja 5.1" in said["D3"], said


def test_a_kegiatan_pagu_murni_a_thousandth_of_its_perubahan_in_a_program_without_row_is_told():
    # no program row: Kegiatan 2.06.04.2.01 Pagu 1.000.000 (in ribuan) beside Pagu Perubahan 1.000.000.000,
    # spent 100 + 200 = 300 jt (above 1.000.000: the Pagu slipped); 2.06.04.2.02 500 jt, 500 jt. The program's
    # PK pagu 1.000.000 + 500.000.000 = 501.000.000 against 1.500.000.000 counted: told at the Kegiatan's Pagu
    rows = [
        anggaran_row("2.06.04.2.01", "Kegiatan Pemberian Bantuan Sosial", "", "1.000.000",
                     ("100.000.000", "200.000.000", None, None), "1.000.000.000"),
        anggaran_row("2.06.04.2.02", "Kegiatan Jaminan Sosial", "", "500.000.000",
                     ("50.000.000", "100.000.000", None, None), "500.000.000"),
    ]  # fmt: skip
    report = run(_kinerja(), rows)
    said = findings_by_cell(report, "Anggaran")
    assert "D2" in said and "tulis 1.000.000.000" in said["D2"] and "2.06.04.2.01" in said["D2"], said
