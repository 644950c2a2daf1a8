"""A Program of Kinerja (with its Kode) that has no Anggaran row of its own while its SIPD Kegiatan /
Sub Kegiatan rows are pasted where it would be (README "Anggaran": their Kode extends the program's
after a dot): the program's pagu and realisasi are the sum of its Kegiatan, counted toward its Sasaran.

Figures: the seed's Tabel 3.4 (seed ~949-968) programs P3.01 3.578.850.965 (spent 157.853.500), P3.02
82.706.300 (spent 1.800.000) and P4.02 6.532.742.965 (spent 1.211.837.250), here under Kodes K.01, K.02,
K.03 (and SIPD's 2.17.03, 2.17.04, 3.30.03); P3.02 typed only as two Kegiatan, split by hand:
50.000.000 (spent 1.000.000 in TW II) + 32.706.300 (spent 800.000 in TW II) = 82.706.300 / 1.800.000."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    UMKM,
    anggaran_said,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run

SARANA = "PROGRAM SARANA DISTRIBUSI"


def _umkm(kode: str) -> list:
    return anggaran_row(kode, UMKM, None, "3.578.850.965", ("47.853.500", "110.000.000", None, None))


def _sarana(kode: str) -> list:
    return anggaran_row(kode, SARANA, None, "Rp 6.532.742.965", (None, "1.211.837.250", None, None))


def _kegiatan(b: str) -> list[list]:
    """P3.02's two Kegiatan as SIPD pastes them, the first with its one Sub Kegiatan under it (its same
    figures): 50.000.000 + 32.706.300 = 82.706.300 pagu, 1.000.000 + 800.000 = 1.800.000 spent TW II."""
    return [
        anggaran_row(f"{b}.2.01", "Pengembangan Kapasitas Usaha Mikro", None, "50.000.000", ("-", "1 jt", None, None)),
        anggaran_row(f"{b}.2.01.0001", "Pelatihan Usaha Mikro", None, "50.000.000", (None, "1.000.000", None, None)),
        anggaran_row(f"{b}.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "800.000", None, None)),
    ]  # fmt: skip


def _check_summed(report, b: str, first_row: int) -> None:
    """Tabel 3.4 lists the three programs, the missing one made of its Kegiatan; the Sasaran and
    Tujuan get the three programs' pagu and realisasi (10.194.300.230 / 1.371.490.750)."""
    summed = [x for x in report.budgets if x.kode == b]
    assert len(summed) == 1
    assert summed[0].pagu_exact == Fraction(82_706_300)  # 50.000.000 + 32.706.300
    assert summed[0].realisasi_exact == Fraction(1_800_000)  # 1.000.000 + 800.000 (TW I "-" and 0: nol)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
    for row in report.efisiensi:  # Tujuan 1 and Sasaran 1.1
        assert (row.pagu, row.realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
    said = anggaran_said(report, "peringatan")
    assert f"A{first_row}" in said
    assert f"program {b}" in said[f"A{first_row}"] and "tidak punya baris sendiri" in said[f"A{first_row}"]
    assert "Rp 82.706.300" in said[f"A{first_row}"]
    kinerja = [f.pesan for f in report.findings if f.sheet == "Kinerja"]
    assert not any("tidak ada baris anggarannya" in m for m in kinerja)


def test_kegiatan_below_another_programs_row_make_their_own_program():
    # Taken as K.01's rincian (their Kode is SIPD's shape), they were lost from the TOTAL.
    rows = [_umkm("2.17.03"), *_kegiatan("2.17.04"), _sarana("3.30.03")]
    report = run(kinerja_three_programs(), rows)
    assert [x.kode for x in report.budgets] == ["2.17.03", "2.17.04", "3.30.03"]
    _check_summed(report, "2.17.04", 3)
    said = anggaran_said(report, "peringatan")
    assert "D2" not in said and "G2" not in said  # 2.17.03's own figures: no rincian under it


def test_kegiatan_at_the_top_of_the_sheet_make_their_program():
    # Counted as three programs not in Kinerja (heading 2.2.01 over its Sub Kegiatan), the Sasaran's
    # pagu was 82.706.300 short.
    rows = [*_kegiatan("K.02"), _umkm("K.01"), _sarana("K.03")]
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    assert [x.kode for x in report.budgets] == ["K.02", "K.01", "K.03"]
    _check_summed(report, "K.02", 2)


def test_kegiatan_of_an_urusan_penunjang_program_beside_the_dpas_belanja_pegawai():
    # A Bappeda's SIPD Kodes (urusan 5, bidang 01: programs 5.01.01-5.01.03): 5.01.02's DPA lines pasted
    # under its row hold "5.1.01 Belanja Pegawai", whose digits are 5.01.01's (5.1.1). It was taken for
    # 5.01.01's row typed without its zeros, so 5.01.01 was not made of its Kegiatan: they were rows not
    # in Kinerja, Sasaran 1.1's pagu 82.706.300 short with an efisiensi printed from the rest.
    dpa = [
        anggaran_row(kode, uraian, None, "3.578.850.965", ("47.853.500", "110.000.000", None, None))
        for kode, uraian in (("5.1", "BELANJA OPERASI"), ("5.1.01", "Belanja Pegawai"))
    ]
    rows = [_umkm("5.01.02"), *dpa, *_kegiatan("5.01.01"), _sarana("5.01.03")]
    report = run(kinerja_three_programs("5.01.02", "5.01.01", "5.01.03"), rows)
    assert [x.kode for x in report.budgets] == ["5.01.02", "5.01.01", "5.01.03"]
    _check_summed(report, "5.01.01", 5)


def test_a_sub_kegiatan_not_adding_up_to_its_kegiatan_is_said_the_kegiatan_counted():
    rows = [_umkm("K.01"), *_kegiatan("K.02"), _sarana("K.03")]
    rows[2] = anggaran_row(
        "K.02.2.01.0001", "Pelatihan Usaha Mikro", None, "45.000.000", (None, "1.000.000", None, None)
    )
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    _check_summed(report, "K.02", 3)
    said = anggaran_said(report, "peringatan")
    # the Kegiatan K.02.2.01's 50.000.000 against its Sub Kegiatan's 45.000.000: lebih 5.000.000
    assert "Rp 45.000.000" in said["D3"] and "Rp 5.000.000" in said["D3"]


def test_kegiatan_of_no_program_of_kinerja_stay_rows_of_their_own():
    # K.09 is no Program of Kinerja: the rows are counted as today, programs not in Kinerja (the TOTAL
    # keeps them; no Sasaran is given their pagu), and K.02 has no budget.
    rows = [_umkm("K.01"), *_kegiatan("K.09"), _sarana("K.03")]
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    assert "K.02" not in [x.kode for x in report.budgets]
    assert report.total_pagu == THREE_PROGRAMS_PAGU  # 3.578.850.965 + 82.706.300 + 6.532.742.965
    for row in report.efisiensi:  # K.01 + K.03 only: 3.578.850.965 + 6.532.742.965
        assert row.pagu == 10_111_593_930
    kinerja = [f.pesan for f in report.findings if f.sheet == "Kinerja"]
    assert any("tidak ada baris anggarannya" in m for m in kinerja)


def test_a_word_in_a_kegiatan_makes_the_program_without_its_realisasi():
    # "belum" in a Kegiatan's TW II: no realisasi is summed without it (the galat stays at its cell).
    # Changed (anggaran45, README "Anggaran"): this test pinned that K.02 was not made at all; its
    # Kegiatan then stood as rows of no Sasaran and Sasaran 1.1's pagu and realisasi were K.01's and
    # K.03's alone, with an efisiensi printed from them (short by 82.706.300). Now K.02 is made, its pagu
    # 50.000.000 + 32.706.300 = 82.706.300 counted toward its Sasaran, its realisasi not computed.
    rows = [*_kegiatan("K.02"), _umkm("K.01"), _sarana("K.03")]
    rows[2] = anggaran_row(
        "K.02.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "belum", None, None)
    )
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    (k02,) = [x for x in report.budgets if x.kode == "K.02"]
    assert k02.pagu_exact == 82_706_300 and k02.realisasi is None
    assert "G4" in anggaran_said(report, "galat")
    assert report.total_realisasi_anggaran is None
    assert report.total_pagu == THREE_PROGRAMS_PAGU  # 3.578.850.965 + 82.706.300 + 6.532.742.965
    for row in report.efisiensi:
        assert row.pagu == THREE_PROGRAMS_PAGU and row.realisasi_anggaran is None, row


def test_a_kegiatans_pagu_perubahan_makes_the_programs():
    # K.02.2.01 Pagu 50.000.000 raised to 60.000.000 in the APBD-P, K.02.2.02 32.706.300 unchanged: the
    # program's pagu in use 60.000.000 + 32.706.300 = 92.706.300, its PK's 50.000.000 + 32.706.300 = 82.706.300
    rows = [
        anggaran_row(
            "K.02.2.01", "Pengembangan Kapasitas", None, "50.000.000", ("-", "1 jt", None, None), "60 jt"
        ),
        anggaran_row("K.02.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "800.000", None, None)),
        _umkm("K.01"),
        _sarana("K.03"),
    ]
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    (k02,) = [x for x in report.budgets if x.kode == "K.02"]
    assert k02.pagu_exact == Fraction(92_706_300)
    assert k02.pagu_pk is not None and k02.pagu_pk.exact == Fraction(82_706_300)
    assert k02.realisasi_exact == Fraction(1_800_000)
    # 3.578.850.965 + 92.706.300 + 6.532.742.965
    assert report.total_pagu == 10_204_300_230


def test_kegiatan_naming_two_sasaran_stay_rows_of_their_own():
    # One Kegiatan for S1.1, the other for S9: which Sasaran the program counts toward cannot be told,
    # so no program is made of them (as before: rows not in Kinerja, each toward its own Kode Sasaran).
    rows = [*_kegiatan("K.02"), _umkm("K.01"), _sarana("K.03")]
    rows[0] = anggaran_row("K.02.2.01", "Pengembangan", "1.1", "50.000.000", ("-", "1 jt", None, None))
    rows[2] = anggaran_row("K.02.2.02", "Pendataan", "S9", "Rp 32.706.300", (0, "800.000", None, None))
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    assert "K.02" not in [x.kode for x in report.budgets]


def test_a_galat_in_kegiatan_below_another_programs_row_leaves_them_no_rincian_of_it():
    # 2.17.04's two Kegiatan (SIPD Kodes "2.17.04.2.0x") below 2.17.03's row, one TW II "#REF!": no sum
    # is made (no partial figure), and their Kode is 2.17.04's, never 2.17.03's. They were read as
    # 2.17.03's rincian "menurut Kodenya" (a peringatan at D2/G2 comparing 3.578.850.965 with their
    # 82.706.300) and their pagu dropped from Tabel 3.4's TOTAL while the galat blanked nothing of it.
    rows = [_umkm("2.17.03"), *_kegiatan("2.17.04"), _sarana("3.30.03")]
    rows[3] = anggaran_row(
        "2.17.04.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "#REF!", None, None)
    )
    report = run(kinerja_three_programs(), rows)
    said = anggaran_said(report, "peringatan")
    assert not any("rincian program 2.17.03" in said.get(f"A{r}", "") for r in (3, 4, 5)), said
    assert "D2" not in said and "G2" not in said, said  # 2.17.03's own figures, no rincian compared
    assert "G5" in anggaran_said(report, "galat")
    # the galat's quarter is in the TOTAL: no realisasi summed without it
    assert report.total_realisasi_anggaran is None
    # their pagu counted once, as at the top of the sheet (2.17.04.2.01 a heading over its Sub Kegiatan):
    # 3.578.850.965 + 50.000.000 + 32.706.300 + 6.532.742.965 = 10.194.300.230 (it was 10.111.593.930)
    assert report.total_pagu == THREE_PROGRAMS_PAGU


def test_a_kegiatan_with_only_its_pagu_perubahan_leaves_the_pks_pagu_unknown():
    # K.02.2.01 typed in Pagu Perubahan only (60 jt, Pagu blank), K.02.2.02 Pagu 32.706.300: the pagu in
    # use 60.000.000 + 32.706.300 = 92.706.300, as from a program row. What the Perjanjian Kinerja signed
    # for K.02.2.01 is not typed, so K.02's PK pagu is unknown, as a program row's with a blank Pagu
    # beside its Pagu Perubahan. It was made 60.000.000 + 32.706.300 = 92.706.300 (the Pagu Perubahan
    # taken for the Pagu), and Tabel 3.3 said the Sasaran's pagu was no Pagu Perubahan.
    rows = [
        anggaran_row("K.02.2.01", "Pengembangan Kapasitas", None, None, ("-", "1 jt", None, None), "60 jt"),
        anggaran_row("K.02.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (0, "800.000", None, None)),
        _umkm("K.01"),
        _sarana("K.03"),
    ]
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    (k02,) = [x for x in report.budgets if x.kode == "K.02"]
    assert k02.pagu_exact == Fraction(92_706_300)
    assert k02.pagu_pk is not None and k02.pagu_pk.exact is None
    assert report.total_pagu == 10_204_300_230  # 3.578.850.965 + 92.706.300 + 6.532.742.965
    for row in report.efisiensi:  # Tujuan 1 and Sasaran 1.1: a Pagu Perubahan, the PK's unknown
        assert row.pagu_perubahan and row.pagu_pk is None


def test_a_kegiatans_blank_reported_quarter_is_said_at_its_cell():
    # K.02.2.01 spent 1.000.000 in TW I, its TW II blank; K.02.2.02 spent 800.000 in TW II. K.02's
    # realisasi s.d. TW II is 1.000.000 + 800.000 = 1.800.000, K.02.2.01's TW II counted as nothing:
    # said at its cell (G3), as at a program row's blank reported quarter (typed as rows of their own,
    # "... kosong: realisasi s.d. TW II dihitung dari TW I saja"). It was summed without a word.
    rows = [
        _umkm("K.01"),
        anggaran_row(
            "K.02.2.01", "Pengembangan Kapasitas", None, "50.000.000", ("1.000.000", None, None, None)
        ),
        anggaran_row(
            "K.02.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (None, "800.000", None, None)
        ),
        _sarana("K.03"),
    ]
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    (k02,) = [x for x in report.budgets if x.kode == "K.02"]
    assert k02.realisasi_exact == Fraction(1_800_000)
    said = anggaran_said(report, "peringatan")
    assert "kosong" in said["G3"] and "dihitung dari TW I saja" in said["G3"], said
    assert "K.02.2.01" in said["G3"]
    assert "G4" not in said  # K.02.2.02's TW II typed


def test_the_programs_row_with_its_kode_mistyped_keeps_its_kegiatan_as_its_rincian():
    # 2.17.04's own row typed "2.17.4" (its zero dropped: a galat naming "2.17.04"), "02.17.04" or
    # "2.17.04." with its Kegiatan pasted below it: the program has a row, mistyped, so no program is
    # made of its Kegiatan; they stay that row's rincian. Made, 82.706.300 was counted twice in Tabel
    # 3.4's TOTAL: 10.194.300.230 + 82.706.300 = 10.277.006.530.
    for typed in ("2.17.4", "02.17.04", "2.17.04."):
        program = anggaran_row(
            typed, "PROGRAM PENGEMBANGAN UMKM", None, "82.706.300", (None, "1.800.000", None, None)
        )
        rows = [_umkm("2.17.03"), program, *_kegiatan("2.17.04"), _sarana("3.30.03")]
        report = run(kinerja_three_programs(), rows)
        # (tepi52: "2.17.04." is read as 2.17.04, its dot as staff end a Kode: no galat)
        read = typed.rstrip(".")
        assert [x.kode for x in report.budgets] == ["2.17.03", read, "3.30.03"], typed
        # 3.578.850.965 + 82.706.300 + 6.532.742.965, the Kegiatan's 82.706.300 once (as the row's)
        assert report.total_pagu == THREE_PROGRAMS_PAGU, typed
        if read == typed:
            assert "maksud Anda" in anggaran_said(report, "galat")["A3"]
        else:
            assert "A3" not in anggaran_said(report, "galat")


@pytest.mark.parametrize("typed", ["belum", "#REF!"])
def test_a_word_or_galat_after_the_reported_quarter_still_makes_the_program(typed):
    # TW III of K.02.2.01 typed "belum" (or "#REF!") in a report s.d. TW II: a quarter not counted, as in
    # a program row's (its galat still said at its cell). K.02 is the sum of its Kegiatan up to TW II:
    # 50.000.000 + 32.706.300 = 82.706.300, spent 1.000.000 + 800.000 = 1.800.000. No program was made:
    # the Sasaran's and Tujuan's pagu were 82.706.300 short and K.02 had "tidak ada baris anggarannya".
    rows = [
        _umkm("K.01"),
        anggaran_row(
            "K.02.2.01", "Pengembangan Kapasitas", None, "50.000.000", (None, "1.000.000", typed, None)
        ),
        anggaran_row(
            "K.02.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", (None, "800.000", None, None)
        ),
        _sarana("K.03"),
    ]
    report = run(kinerja_three_programs("K.01", "K.02", "K.03"), rows)
    _check_summed(report, "K.02", 3)
    if typed.startswith("#"):
        assert "H3" in anggaran_said(report, "galat")
