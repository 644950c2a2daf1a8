"""Review of satuan52: honest typings its new rules refused or misnamed.

1. `_KATA_LAIN` refused a short word as the abbreviation of every Satuan it begins, even the word it
   stands for: `5 rek` under Satuan Rekening (rek is rekening), `5 poli` under Poliklinik, `5 pak`
   under Paket (KBBI: pak, bungkusan; paket) were galat, their capaian withheld, the galat saying
   "kata 'rek' (rekening) bukan singkatan Satuan indikator ('Rekening')". Satuan `Poli` with
   `5 poliklinik` typed was told "Satuan indikator ('Poli': poliklinik) bukan singkatan 'poliklinik'".
2. `5.4 Belanja Transfer` was left out only where its Uraian names the transfer: the SIPD object line
   below it ("5.4.02.05.01.0001 Alokasi Dana Desa") was told to be the rincian of the program above,
   and that program compared with it ("tidak sama dengan jumlah rinciannya", twice).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.numbers import parse_number
from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    anggaran_three_programs,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, kinerja_row, run


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("5 rek", "Rekening", 5),  # rek is rekening (bank accounts opened, Jumlah rekening)
        ("5 Rek.", "Rekening", 5),
        ("5 poli", "Poliklinik", 5),  # poli is poliklinik
        ("5 pak", "Paket", 5),  # KBBI: pak, bungkusan; paket
        ("5 poliklinik", "Poli", 5),  # the Satuan written short, its word typed whole
        ("5 rekening", "Rek", 5),
    ],
)
def test_a_short_word_under_the_satuan_it_stands_for_is_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 rek", "Rekomendasi"),  # still: a rekening is no rekomendasi
        ("5 poli", "Polindes"),  # a poliklinik is no polindes
        ("5 pak", "Pakaian"),  # a pack of clothes is no piece of clothing
    ],
)
def test_the_same_short_word_under_another_satuan_stays_galat(typed, satuan):
    with pytest.raises(ValueError, match="bukan singkatan Satuan indikator"):
        parse_number(typed, satuan=satuan)


def test_rekening_typed_rek_gives_its_capaian():
    # Jumlah rekening tabungan pelajar dibuka, Target 400 Rekening, Kumulatif: "120 rek" + "180 rek" = 300;
    # 300 / 400 x 100 = 75 %
    row = kinerja_row("S1", "Sasaran", "", "Inklusi keuangan", "Jumlah rekening tabungan pelajar", 400,
                      ("120 rek", "180 rek", None, None), satuan="Rekening", jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(75)
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


def _transfer_block(object_uraian: str) -> list[list]:
    # 5.4 Belanja Transfer 500 jt (TW II 50 jt), its 5.4.02 line and the SIPD object lines below it
    # (each typed 500 jt: which is no matter, none counted)
    return [
        anggaran_row(kode, uraian, None, "500.000.000", (None, "50.000.000", None, None))
        for kode, uraian in (
            ("5.4", "BELANJA TRANSFER"),
            ("5.4.02", "Belanja Bantuan Keuangan"),
            ("5.4.02.05.01.0001", object_uraian),
            ("5.4.02.05.01.0002", object_uraian),
        )
    ]


@pytest.mark.parametrize("object_uraian", ["Alokasi Dana Desa", "ADD", "BKK Desa", "Dana Desa"])
def test_the_object_line_of_belanja_transfer_is_no_rincian_of_the_program_above(object_uraian):
    three = anggaran_three_programs()
    report = run(kinerja_three_programs(), [three[0], *_transfer_block(object_uraian), *three[1:]])
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    # the object lines (rows 5, 6) left out as their kelompok is, never told 2.17.03's rincian
    for at in ("A5", "A6"):
        assert "Belanja Transfer" in said[at] and "rincian program 2.17.03" not in said[at], said[at]
    assert not [m for m in said.values() if "jumlah rinciannya" in m], said  # no program compared with it
    assert not findings_by_cell(report, "Anggaran", GALAT)
    # Tabel 3.4: the three programs only (10.194.300.230 and 1.371.490.750)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)


def test_a_line_of_another_kode_below_belanja_transfer_is_not_taken_with_it():
    # 5.4 Belanja Transfer, then "5.1.02.01.01.0024 Alat Tulis Kantor" (no 5.4 Kode): 2.17.03's rincian
    # as before (not left out as a transfer), compared with the program
    three = anggaran_three_programs()
    atk = anggaran_row(
        "5.1.02.01.01.0024", "Alat Tulis Kantor", None, "5.000.000", (None, "1.000.000", None, None)
    )
    report = run(kinerja_three_programs(), [three[0], _transfer_block("x")[0], atk, *three[1:]])
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "Belanja Transfer" not in said.get("A4", ""), said


@pytest.mark.parametrize(
    ("typed", "satuan", "said"),
    [
        ("5 kegiatan", "Dokumen", "kata 'kegiatan' tidak sesuai"),  # the word whole, named once
        ("5 Kali", "Kegiatan", "kata 'Kali' tidak sesuai"),
        ("40 keg", "Dokumen", "kata 'keg' (kegiatan) tidak sesuai"),  # an abbreviation, spelt out
    ],
)
def test_a_known_unit_typed_whole_is_not_named_twice(typed, satuan, said):
    # "kata 'kegiatan' (kegiatan)" said the word twice
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert said in str(raised.value), str(raised.value)


def test_a_jenis_belanja_kode_ending_in_a_dot_is_no_program_under_a_program():
    # "5.2." Belanja Modal 3.578.850.965 (TW II 157.853.500) under 2.17.03, its Kode ended with a dot as
    # staff end a Kode ("4.1.04.16.01."): 2.17.03's rincian, never a program of its own: Tabel 3.4 stays
    # 10.194.300.230 / 1.371.490.750 (counted, it was 10.194.300.230 + 3.578.850.965 = 13.773.151.195)
    three = anggaran_three_programs()
    modal = anggaran_row("5.2.", "Belanja Modal", None, "3.578.850.965", (None, "157.853.500", None, None))
    report = run(kinerja_three_programs(), [three[0], modal, *three[1:]])
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
    assert not [b for b in report.budgets if b.kode.startswith("5")], report.budgets


def test_a_jenis_belanja_kode_ending_in_a_dot_alone_is_no_program():
    # "5.2." Belanja Modal 500 jt the only Anggaran row, Kinerja's three programs without one: as "5.2"
    # (satuan52): a galat, no TOTAL (counted, it was TOTAL Rp 500.000.000)
    row = anggaran_row("5.2.", "Belanja Modal", None, "500.000.000", (None, "50.000.000", None, None))
    report = run(kinerja_three_programs(), [row])
    assert "bukan program" in findings_by_cell(report, "Anggaran", GALAT)["A2"]
    assert report.total_pagu is None


def test_a_dpa_block_with_kodes_ended_by_dots_is_read_as_without():
    # 5.1. Belanja Operasi 3.000.000.000 > 5.1.02. Belanja Barang dan Jasa 3.000.000.000, 5.2. Belanja Modal
    # 578.850.965 under 2.17.03 (3.000.000.000 + 578.850.965 = 3.578.850.965, its pagu): its rincian, the
    # program not compared with 5.1. alone ("tidak sama dengan jumlah rinciannya ... Rp 3.000.000.000")
    three = anggaran_three_programs()
    block = [
        anggaran_row(kode, uraian, None, pagu, (None, spent, None, None))
        for kode, uraian, pagu, spent in (
            ("5.1.", "Belanja Operasi", "3.000.000.000", "100.000.000"),
            ("5.1.02.", "Belanja Barang dan Jasa", "3.000.000.000", "100.000.000"),
            ("5.2.", "Belanja Modal", "578.850.965", "57.853.500"),  # 100.000.000 + 57.853.500 = 157.853.500
        )
    ]
    report = run(kinerja_three_programs(), [three[0], *block, *three[1:]])
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert not [m for m in said.values() if "jumlah rinciannya" in m], said
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
