"""A Sub Kegiatan (or Kegiatan) row copied from the DPA under its program, its spending s.d. the
reported quarter above its own pagu (Pengawasan Pembangunan SPAM: 300.000.000 + 347.500.000 =
647.500.000 of a Pagu Perubahan of 600.000.000): such rows are rincian, not counted, and nothing was
said, though SIPD lets no spending pass its pagu: a figure of the row (or of its program, copied from
the same recap) is mistyped. A peringatan at its last quarter says so; the totals are unchanged."""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages

_KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Akses air minum", "Persentase rumah tangga akses air minum layak", "88",
                ["86,9", "87,4", None, None], jenis="Nilai Akhir"),
    kinerja_row("1.03.03", "Program", "S1", "Program SPAM", "Jumlah SR terbangun", "1.200",
                ["400", "600", None, None], satuan="SR", jenis="Kumulatif"),
]  # fmt: skip


def _report(pengawasan_tw2: str):
    anggaran = [
        anggaran_row("1.03.03", "PROGRAM SPAM", "", "8.500.000.000", ["2.100.000.000", "3.400.000.000", None, None],
                     pagu_perubahan="9.000.000.000"),
        anggaran_row("1.03.03.2.01.0005", "Pembangunan SPAM Jaringan Perpipaan", "", "8.000.000.000",
                     ["1.800.000.000", "3.052.500.000", None, None], pagu_perubahan="8.400.000.000"),
        anggaran_row("1.03.03.2.01.0010", "Pengawasan Pembangunan SPAM", "", "500.000.000",
                     ["300.000.000", pengawasan_tw2, None, None], pagu_perubahan="600.000.000"),
    ]  # fmt: skip
    return report_of(book_of(_KINERJA, anggaran, triwulan=2))


def test_a_detail_row_spending_above_its_own_pagu_is_pointed_out():
    report = _report("347.500.000")
    said = [m for m in messages(report) if m.startswith("Anggaran!G4 ")]
    # 300.000.000 + 347.500.000 = 647.500.000 > 600.000.000 (its Pagu Perubahan): lebih 47.500.000
    assert len(said) == 1, messages(report)
    assert "Rp 647.500.000" in said[0] and "Rp 600.000.000" in said[0] and "lebih Rp 47.500.000" in said[0]
    assert (
        said[0].startswith("Anggaran!G4 Realisasi anggaran rincian 1.03.03.2.01.0010 ")
        and "melebihi pagu" in said[0]
    )
    # the program's own row counts: 2.100.000.000 + 3.400.000.000 = 5.500.000.000 of 9.000.000.000
    (budget,) = report.budgets
    assert budget.realisasi_exact == Fraction(5_500_000_000)


def test_a_detail_row_within_its_pagu_is_quiet():
    # 300.000.000 + 300.000.000 = 600.000.000: exactly its pagu, not above it
    report = _report("300.000.000")
    assert not [m for m in messages(report) if m.startswith("Anggaran!G4 ") and "melebihi" in m]


def test_a_detail_row_above_its_pagu_with_one_quarter_typed_is_told_to_check_the_amount():
    # (revnewuser49) a Triwulan I report: Pengawasan's TW I typed 3.000.000.000 (300.000.000 with a
    # zero too many) of its Pagu Perubahan 600.000.000. One quarter typed, none summed twice: the advice
    # to check a quarter typed s.d. it ("kumulatif; realisasi per triwulan dijumlahkan") cannot apply;
    # its program's row got the amount and the pagu to check (budget._over_pagu), and so does it.
    anggaran = [
        anggaran_row("1.03.03", "PROGRAM SPAM", "", "8.500.000.000", ["2.100.000.000", None, None, None],
                     pagu_perubahan="9.000.000.000"),
        anggaran_row("1.03.03.2.01.0005", "Pembangunan SPAM Jaringan Perpipaan", "", "8.000.000.000",
                     ["1.800.000.000", None, None, None], pagu_perubahan="8.400.000.000"),
        anggaran_row("1.03.03.2.01.0010", "Pengawasan Pembangunan SPAM", "", "500.000.000",
                     ["3.000.000.000", None, None, None], pagu_perubahan="600.000.000"),
    ]  # fmt: skip
    report = report_of(book_of(_KINERJA, anggaran, triwulan=1))
    said = [m for m in messages(report) if m.startswith("Anggaran!F4 ") and "melebihi pagu" in m]
    # 3.000.000.000 - 600.000.000 = 2.400.000.000 above its pagu
    assert len(said) == 1, messages(report)
    assert "Rp 3.000.000.000" in said[0] and "lebih Rp 2.400.000.000" in said[0], said[0]
    assert "periksa angka realisasi TW I dan pagunya (salah ketik atau salah kata skala?)" in said[0], said[0]
    assert "kumulatif" not in said[0], said[0]
