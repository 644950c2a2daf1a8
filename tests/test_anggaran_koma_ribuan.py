"""A rupiah amount typed with an English thousands comma (`100,000`, `Rp. 500,000`, `1.250,000`): read
the Indonesian way it is Rp 100 (a decimal comma), and the report printed a pagu of Rp 100 or a
realisasi of Rp 350 beside a pagu of Rp 1 M, with a peringatan. A rupiah figure with three digits after
one comma is almost surely the English separator, but not surely: the figure is withheld (a galat at the
cell naming both readings: `tulis 100.000 atau 100`), never printed from a guess. Kinerja's cells of a
Rupiah Satuan alike; a Satuan of things (jiwa) keeps its peringatan (1.134,567 jiwa read 1.134,567)."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import (
    UMKM,
    anggaran_three_programs,
    budget_of,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, kinerja_row, run


def _report(pagu, tws):
    rows = [anggaran_row("2.17.03", UMKM, None, pagu, tws), *anggaran_three_programs()[1:]]
    return run(kinerja_three_programs(), rows)


def test_pagu_100_comma_000_is_a_galat_naming_both_readings():
    report = _report("100,000", (None, "10.000.000", None, None))
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "D2" in galat, findings_by_cell(report, "Anggaran")
    assert "Rp 100 " in galat["D2"] and "Rp 100.000 " in galat["D2"], galat["D2"]
    assert "tulis 100.000 atau 100" in galat["D2"], galat["D2"]
    program = budget_of(report, "2.17.03")
    assert program.pagu_exact is None and program.penyerapan is None
    assert report.total_pagu is None  # Tabel 3.4's TOTAL waits for the cell
    assert "D2" not in findings_by_cell(report, "Anggaran", PERINGATAN)  # the galat alone


def test_quarters_typed_with_english_commas_are_galat():
    # "100,000" and "250,000" beside a pagu of Rp 1.000.000.000: Rp 100 and Rp 250 read, or 100.000 and 250.000
    report = _report("1.000.000.000", ("100,000", "250,000", None, None))
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "tulis 100.000 atau 100" in galat["F2"] and "tulis 250.000 atau 250" in galat["G2"], galat
    assert budget_of(report, "2.17.03").realisasi_exact is None
    assert report.total_realisasi_anggaran is None


def test_rp_dot_500_comma_000_and_a_slipped_last_dot():
    report = _report("Rp. 500,000", (None, "1.250,000", None, None))
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "tulis 500.000 atau 500" in galat["D2"], galat
    assert "tulis 1.250.000 atau 1.250" in galat["G2"], galat


def test_sipd_two_decimals_and_a_thousands_reading_beyond_the_pagu_stay_read():
    # "1.250.000,00" (SIPD's sen): Rp 1.250.000, quiet; "10.200.000,000" (two thousands dots, then three
    # zero decimals: SIPD's export) is 10.200.000, quiet alike since angka52 (it was a peringatan), counted:
    # 1.250.000 + 10.200.000 = 11.450.000
    report = _report("101.563.000", ("1.250.000,00", "10.200.000,000", None, None))
    assert budget_of(report, "2.17.03").realisasi_exact == 1_250_000 + 10_200_000
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert "G2" not in findings_by_cell(report, "Anggaran", PERINGATAN)


def _kinerja(satuan: str, target: str, tw2: str):
    rows = [
        kinerja_row("1", "Tujuan", "", "Tujuan", "I T", 100, (None, 40, None, None)),
        kinerja_row("1.1", "Sasaran", "1", "Sasaran", "I S", 100, (None, 40, None, None)),
        kinerja_row("2.17.03", "Program", "1.1", UMKM, "Rata-rata omzet", target, (None, tw2, None, None), satuan=satuan),
        kinerja_row("2.17.04", "Program", "1.1", "PROGRAM PENGEMBANGAN UMKM", "I B", 100, (None, 40, None, None)),
        kinerja_row("3.30.03", "Program", "1.1", "PROGRAM SARANA DISTRIBUSI", "I C", 100, (None, 40, None, None)),
    ]  # fmt: skip
    return run(rows, anggaran_three_programs())


def test_kinerja_rupiah_satuan_alike():
    # target "2.500,000" Rp: Rp 2.500 or Rp 2.500.000; realisasi "1.250,000" alike: no capaian from a guess
    report = _kinerja("Rupiah", "2.500,000", "1.250,000")
    galat = findings_by_cell(report, "Kinerja", GALAT)
    assert any("tulis 2.500.000 atau 2.500" in m for m in galat.values()), galat
    assert any("tulis 1.250.000 atau 1.250" in m for m in galat.values()), galat
    (ind,) = [i for i in report.indicators if i.kode == "2.17.03"]
    assert ind.capaian is None


def test_kinerja_jiwa_keeps_its_peringatan():
    report = _kinerja("jiwa", "2.500", "1.134,567")
    assert not findings_by_cell(report, "Kinerja", GALAT)
    assert any("1.134.567" in m for m in findings_by_cell(report, "Kinerja", PERINGATAN).values())


@pytest.mark.parametrize(
    "satuan", ["Jutaan Rupiah", "Milyaran Rupiah", "Rp (ribuan)", "Rp (dalam ribuan)", "Rp (000)", "Rp.000"]
)
def test_kinerja_rupiah_satuan_in_a_scale_reads_a_decimal_comma(satuan):
    # "12,500" of a Satuan counting in thousands, millions or billions of rupiah is 12,5 of them, an
    # ordinary decimal (as "Juta Rupiah" reads it): no galat; 12,5 / 25 = 50 %
    report = _kinerja(satuan, "25", "12,500")
    assert not findings_by_cell(report, "Kinerja", GALAT)
    (ind,) = [i for i in report.indicators if i.kode == "2.17.03"]
    assert ind.capaian == 50
    if satuan in ("Jutaan Rupiah", "Milyaran Rupiah", "Rp (ribuan)"):  # (a scale named: 12,5 of it, quiet)
        assert not findings_by_cell(report, "Kinerja", PERINGATAN).get("L4"), findings_by_cell(
            report, "Kinerja"
        )


def test_a_quarter_after_the_reported_one_is_no_galat():
    # TW IV "100,000" in a TW II report is not counted (Rp 10.000.000 + Rp 20.000.000 = Rp 30.000.000 s.d.
    # TW II): no galat saying the totals wait for it; the quarter told as filled too early, as any
    report = _report("1.000.000.000", ("10.000.000", "20.000.000", None, "100,000"))
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert budget_of(report, "2.17.03").realisasi_exact == 30_000_000
    assert "padahal laporan s.d." in findings_by_cell(report, "Anggaran")["I2"]
