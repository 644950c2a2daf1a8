"""Anggaran figures left open by stop 48 (anggaran58).

- A program row left blank over the DPA's lines whose ``5.1`` has its Pagu blank too, over lines that carry
  one (5.1.02, 5.1.06), was a galat "Pagu program ... kosong": the program not made, Tabel 3.4 short. 5.1's
  blank Pagu now takes its lines' sum, said at its cell, as anggaran57 fills a blank quarter.
- The findings of a program made of the DPA's lines called ``5.1`` "kegiatan 5.1" (a belanja code).
- A typed program over a ``5.1`` whose quarter is blank over lines carrying it got two "tidak sama"
  peringatan for one blank cell: the 5.1's quarter is now read as its lines' sum when it is compared.
- ``belum ada SP2D`` in one Sub Kegiatan's quarter: the program's realisasi is not known (a galat), as a
  status in a program's own cell and as a status in Kinerja (belum diketahui); ``0`` or ``-`` is nothing
  spent.
- A pagu typed in ribuan (``1.200.000`` for Rp 1,2 M) beside quarters of hundreds of juta, no total typed:
  told at the pagu with both readings, in place of "melebihi pagu ... kumulatif" (the wrong advice).
"""

from __future__ import annotations

import json
from fractions import Fraction

import docx
import openpyxl
import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    budget_of,
    cli_ok,
    fill_new_workbook,
    findings_by_cell,
    rows_by_header,
)
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, kinerja_row, run

# --- A blank program over a 5.1 whose Pagu is blank too --------------------------------------------------


def _blank_dpa(
    operasi_pagu=None,
    sosial_pagu="Rp 1.800.000.000,00",
    operasi_tws=("Rp 400.000.000,00", "Rp 600.000.000,00"),
):
    # program 2.06.04 blank; 5.1 (Pagu ``operasi_pagu``) over 5.1.02 700 jt (TW I 100 jt, TW II 250 jt) and
    # 5.1.06 ``sosial_pagu`` (300 jt, 350 jt); 5.2 500 jt (100 jt, 100 jt)
    return [
        anggaran_row("2.06.04", _PROGRAM, "", None),
        anggaran_row("5.1", "BELANJA OPERASI", "", operasi_pagu, (*operasi_tws, None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", "Rp 700.000.000,00",
                     ("Rp 100.000.000,00", "Rp 250.000.000,00", None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", sosial_pagu,
                     ("Rp 300.000.000,00", "Rp 350.000.000,00", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "Rp 500.000.000,00",
                     ("Rp 100.000.000,00", "Rp 100.000.000,00", None, None)),
    ]  # fmt: skip


def test_a_blank_5_1_pagu_over_lines_with_a_pagu_takes_their_sum():
    # 5.1's Pagu 700.000.000 + 1.800.000.000 = 2.500.000.000; the program 2.500 jt + 5.2's 500 jt =
    # 3.000.000.000; s.d. TW II (400 + 600) + (100 + 100) = 1.200.000.000; 1.200 / 3.000 = 40 %
    # (before: galat "Pagu program ... kosong", the program not made)
    report = run(_kinerja(), _blank_dpa())
    program = budget_of(report, "2.06.04")
    assert (Fraction(program.pagu), Fraction(program.realisasi), program.penyerapan) == (
        3_000_000_000,
        1_200_000_000,
        40,
    )
    assert report.total_pagu == 3_000_000_000 and report.total_realisasi_anggaran == 1_200_000_000
    assert not findings_by_cell(report, "Anggaran", GALAT)
    said = findings_by_cell(report, "Anggaran")
    assert set(said) == {"A2", "D3"}, said  # the program made of its lines; 5.1's Pagu filled
    for part in (
        "Pagu jenis belanja 5.1 kosong",
        "diisi jumlah rinciannya",
        "Rp 2.500.000.000",
        "5.1.02 baris 4",
    ):
        assert part in said["D3"], said["D3"]
    assert "Rp 3.000.000.000" in said["A2"], said["A2"]


def test_a_blank_5_1_pagu_over_lines_one_without_pagu_is_not_guessed():
    # 5.1.06's Pagu blank too: 5.1's lines give 700 jt of a pagu not known, no sum to take: the program is
    # not made from them (the galat at its Pagu as before), never a pagu short by 5.1.06's
    report = run(_kinerja(), _blank_dpa(sosial_pagu=None))
    assert budget_of(report, "2.06.04").pagu is None
    assert "D2" in findings_by_cell(report, "Anggaran", GALAT)
    assert "D3" not in findings_by_cell(report, "Anggaran")


# --- "kegiatan 5.1": the DPA's lines named as belanja ------------------------------------------------------


def test_a_koreksi_in_a_dpa_line_of_a_blank_program_names_it_a_jenis_belanja():
    # 5.2's TW II (5.000.000): a koreksi netted into the program's TW II 600 + (-5) = 595 jt
    rows = _blank_dpa(operasi_pagu="Rp 2.500.000.000,00")
    rows[4] = anggaran_row(
        "5.2", "BELANJA MODAL", "", "Rp 500.000.000,00", ("Rp 100.000.000,00", "(5.000.000)", None, None)
    )
    report = run(_kinerja(), rows)
    # s.d. TW II 400 + 600 + 100 - 5 = 1.095.000.000
    assert Fraction(budget_of(report, "2.06.04").realisasi) == 1_095_000_000
    said = findings_by_cell(report, "Anggaran")
    assert "jenis belanja 5.2" in said["G6"] and "kegiatan 5.2" not in said["G6"], said["G6"]


def test_a_status_in_a_dpa_line_of_a_blank_program_names_it_a_jenis_belanja():
    rows = _blank_dpa(operasi_pagu="Rp 2.500.000.000,00", operasi_tws=("Rp 400.000.000,00", "menunggu SP2D"))
    report = run(_kinerja(), rows)
    assert budget_of(report, "2.06.04").realisasi is None
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "G3" in galat and "jenis belanja 5.1" in galat["G3"], galat
    assert not any("kegiatan 5.1" in text for text in galat.values()), galat


def test_a_figure_after_the_reported_quarter_in_a_dpa_line_names_it_a_jenis_belanja():
    rows = _blank_dpa(operasi_pagu="Rp 2.500.000.000,00")
    rows[4] = anggaran_row("5.2", "BELANJA MODAL", "", "Rp 500.000.000,00",
                           ("Rp 100.000.000,00", "Rp 100.000.000,00", "Rp 50.000.000,00", None))  # fmt: skip
    report = run(_kinerja(), rows)
    said = [f.pesan for f in report.findings if f.sheet == "Anggaran" and f.sel == "H6"]
    assert said and all("kegiatan 5.2" not in text for text in said), said
    assert any("jenis belanja 5.2" in text for text in said), said


# --- A typed program over a 5.1 with a blank quarter: one finding for one slip ----------------------------


def _typed_program(tw2):
    # program 3.000.000.000 (TW I 500 jt, TW II ``tw2``) over 5.1 2.500 jt (TW I 400 jt, TW II blank) over
    # 5.1.02 (100 jt, 250 jt) and 5.1.06 (300 jt, 350 jt); 5.2 500 jt (100 jt, 100 jt)
    rows = _blank_dpa(operasi_pagu="Rp 2.500.000.000,00", operasi_tws=("Rp 400.000.000,00", None))
    rows[0] = anggaran_row(
        "2.06.04", _PROGRAM, "", "Rp 3.000.000.000,00", ("Rp 500.000.000,00", tw2, None, None)
    )
    return run(_kinerja(), rows)


def test_a_typed_program_over_a_5_1_quarter_blank_over_its_lines_that_agree_is_quiet():
    # 5.1's TW II read as its lines' 250 + 350 = 600 jt: 5.1 s.d. TW II 1.000 jt = its lines'; the program's
    # 500 + 700 = 1.200 jt = 5.1's 1.000 jt + 5.2's 200 jt (before: two "tidak sama", at G2 and G3)
    report = _typed_program("Rp 700.000.000,00")
    assert Fraction(budget_of(report, "2.06.04").realisasi) == 1_200_000_000
    said = findings_by_cell(report, "Anggaran")
    assert not {"G2", "G3"} & set(said), said


def test_a_typed_program_differing_from_its_lines_is_told_once():
    # the program's TW II 750 jt: s.d. TW II 1.250 jt against 5.1's (400 + 600 read from its lines) + 5.2's
    # (100 + 100) = 1.200.000.000, lebih 50.000.000: one peringatan at the program's G2, none at 5.1's G3
    report = _typed_program("Rp 750.000.000,00")
    said = findings_by_cell(report, "Anggaran")
    assert "G2" in said and "G3" not in said, said
    assert "Rp 1.200.000.000" in said["G2"] and "Rp 50.000.000" in said["G2"], said["G2"]
    assert "kegiatan/sub kegiatan" not in said["G2"], said["G2"]  # (its rincian are belanja lines)


# --- "belum ada SP2D" in one Sub Kegiatan ------------------------------------------------------------------


def _sub_kegiatan(tw2):
    # no program row: Kegiatan 2.06.04.2.01 1.000 jt (TW I 100 jt, TW II blank) over Sub Kegiatan 600 jt
    # (60 jt, ``tw2``) + 400 jt (40 jt, 50 jt); 2.06.04.2.02 500 jt (50 jt, 100 jt)
    rows = [
        anggaran_row("2.06.04.2.01", "Kegiatan Pemberian Bantuan Sosial", "", "1.000.000.000", ("100.000.000", None, None, None)),
        anggaran_row("2.06.04.2.01.0001", "Penyaluran Bansos", "", "600.000.000", ("60.000.000", tw2, None, None)),
        anggaran_row("2.06.04.2.01.0002", "Pendataan KPM", "", "400.000.000", ("40.000.000", "50.000.000", None, None)),
        anggaran_row("2.06.04.2.02", "Kegiatan Jaminan Sosial", "", "500.000.000", ("50.000.000", "100.000.000", None, None)),
    ]  # fmt: skip
    return run(_kinerja(), rows)


@pytest.mark.parametrize("status", ["belum ada SP2D", "Belum ada SP2D", "menunggu SP2D"])
def test_a_status_in_one_sub_kegiatan_leaves_the_program_realisasi_unknown(status):
    # The Sub Kegiatan's TW II not known: the Kegiatan's blank TW II is their sum, unknown too, so is the
    # program's realisasi (never the other rows' (100 + 50) + (0 + 50 + 100) = 300 jt, nor 250 jt)
    report = _sub_kegiatan(status)
    program = budget_of(report, "2.06.04")
    assert Fraction(program.pagu) == 1_500_000_000  # 1.000 jt + 500 jt: the pagu is known
    assert program.realisasi is None and program.penyerapan is None
    assert report.total_realisasi_anggaran is None
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "G3" in galat and status in galat["G3"] and "0 bila tidak ada belanja" in galat["G3"], galat


@pytest.mark.parametrize("nothing", ["0", "-", "nihil"])
def test_nothing_spent_typed_in_the_sub_kegiatan_is_counted(nothing):
    # TW II of 2.06.04.2.01 = 0 + 50 = 50 jt; the program TW I 100 + 50 = 150 jt, TW II 50 + 100 = 150 jt:
    # s.d. TW II 300.000.000 of 1.500.000.000 = 20 %
    report = _sub_kegiatan(nothing)
    program = budget_of(report, "2.06.04")
    assert (Fraction(program.realisasi), program.penyerapan) == (300_000_000, 20)
    assert not findings_by_cell(report, "Anggaran", GALAT)


def test_kinerja_reads_a_status_in_the_reported_quarter_as_not_known_alike():
    # A Kumulatif indicator TW I 25, TW II "belum ada realisasi": belum diketahui (no capaian), never 25 of
    # 40,71 as if TW II were nothing: Anggaran's status reads the same way
    kinerja = [
        kinerja_row("S1", "Sasaran", "", "Meningkatnya perlindungan sosial", "Jumlah KPM", "40,71",
                    (25, "belum ada realisasi", None, None), jenis="Kumulatif", satuan="KPM"),
    ]  # fmt: skip
    report = run(kinerja)
    (row,) = report.indicators
    assert row.capaian is None and row.status, (row.capaian, row.status)


# --- A pagu typed in ribuan beside spending of hundreds of juta --------------------------------------------


def _one_program(pagu, tws):
    return run(_kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", pagu, (*tws, None, None))])


def test_a_pagu_a_thousandth_of_its_meaning_is_told_at_the_pagu():
    # Pagu 1.200.000 (Rp 1,2 M in ribuan), spent 150 jt + 300 jt = 450.000.000: 450.000.000 / 1.200.000 =
    # 375 times the pagu (37.500 %); of 1.200.000.000 37,5 %. Told at the Pagu (D2), the "melebihi pagu ...
    # kumulatif" advice at G2 (wrong for this slip) not given beside it. A galat since anggaran60 (it was
    # counted as typed, 37.500 % printed): the pagu and penyerapan not computed, the realisasi stands
    report = _one_program("1.200.000", ("150.000.000", "300.000.000"))
    program = budget_of(report, "2.06.04")
    assert (program.pagu, program.penyerapan, program.realisasi_exact) == (None, None, 450_000_000)
    said = findings_by_cell(report, "Anggaran", GALAT)
    assert "D2" in said, said
    for part in ("Rp 450.000.000", "tulis 1.200.000.000", "37,50%", "ribuan"):
        assert part in said["D2"], said["D2"]
    assert "G2" not in findings_by_cell(report, "Anggaran"), said


@pytest.mark.parametrize(
    "pagu, tws",
    [
        ("1.200.000", ("150.000", "300.000")),  # a real small pagu, small spending: 37,5 %
        ("1.200.000", ("1.000.000", "500.000")),  # 1.500.000 above 1.200.000 (125 %): melebihi pagu only
        ("1.200.000.000", ("150.000.000", "300.000.000")),  # as meant
        ("1,2 jt", ("150.000.000", "300.000.000")),  # typed with a scale word: no zeros slipped
    ],
)
def test_an_ordinary_pagu_is_not_told_as_typed_in_ribuan(pagu, tws):
    report = _one_program(pagu, tws)
    said = findings_by_cell(report, "Anggaran")
    assert "ribuan" not in said.get("D2", ""), said


# --- Every output of one workbook ---------------------------------------------------------------------------


def test_a_program_over_a_5_1_with_a_blank_pagu_agrees_in_every_output(tmp_path):
    # P3.01 3.578.850.965 / 157.853.500 (its row); P3.02 blank over 5.1 (Pagu blank) over 5.1.02 52.706.300
    # (TW II 1.500.000) and 5.2 30.000.000 (300.000): P3.02 52.706.300 + 30.000.000 = 82.706.300, spent
    # 1.500.000 + 300.000 = 1.800.000 (the seed's); S3 3.661.557.265 / 159.653.500 (seed Tabel 3.4)
    programs = [("P3.01", 3_578_850_965, 157_853_500), ("P3.02", 82_706_300, 1_800_000)]
    book = tmp_path / "dinas.xlsx"
    cli_ok("new", book, "--pemda", "Kabupaten Lumajang", "--opd", "Dinas Uji")
    fill_new_workbook(
        book,
        [
            ("T2", "Tujuan", None, "Investasi inklusif"),
            ("S3", "Sasaran", "T2", "Kualitas Usaha Mikro"),
            ("P3.01", "Program", "S3", UMKM),
            ("P3.02", "Program", "S3", PENGEMBANGAN),
        ],
        [
            ["P3.01", UMKM, None, "Rp 3.578.850.965", None, "-", "157.853.500"],
            ["P3.02", PENGEMBANGAN],
            ["5.1", "BELANJA OPERASI", None, None, None, "-", "1,5 jt"],
            ["5.1.02", "Belanja Barang dan Jasa", None, "52.706.300", None, "-", "1.500.000"],
            ["5.2", "BELANJA MODAL", None, "Rp 30.000.000", None, None, "300.000"],
        ],
    )
    # (the template's header on row 3: P3.01 row 4, P3.02 row 5, 5.1 row 6)
    assert "Anggaran!D6" in cli_ok("check", book)  # exit 0: no galat; 5.1's Pagu filled, said
    exported = json.loads(cli_ok("export", book))
    assert [(p["kode"], p["pagu"], p["realisasi"]) for p in exported["anggaran"]] == programs
    (s3,) = [r for r in exported["efisiensi"] if r["kode"] == "S3"]
    assert (s3["pagu"], s3["realisasi_anggaran"]) == (3_661_557_265, 159_653_500)
    cli_ok("build", book)
    sheet = openpyxl.load_workbook(book)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    assert total[3:5] == (3_661_557_265, 159_653_500)
    rekap = tmp_path / "rekap.xlsx"
    cli_ok("rekap", book, "-o", rekap)
    rows = [r for r in rows_by_header(openpyxl.load_workbook(rekap)["Semua Program"], 1) if r["Kode"]]
    assert [(r["Kode"], r["Pagu (Rp)"], r["Realisasi (Rp)"]) for r in rows] == programs
    word = tmp_path / "LKjIP.docx"
    cli_ok("laporan", book, "-o", word)
    (anggaran,) = [
        t for t in docx.Document(str(word)).tables if any(c.text == "TOTAL" for c in t.rows[-1].cells)
    ]
    assert "3.661.557.265" in [c.text for c in anggaran.rows[-1].cells]
    assert "159.653.500" in [c.text for c in anggaran.rows[-1].cells]
