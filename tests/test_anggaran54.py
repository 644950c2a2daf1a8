"""Anggaran (anggaran54): a DPA/SIPD paste as keuangan staff type it.

- One jenis belanja line of a program's DPA pasted under its row (a Dinas Sosial's `5.1.06 Belanja Bantuan
  Sosial`, the line that matters to it; its 5.1.02 Barang dan Jasa not copied) got three peringatan: two at
  the program's Pagu and TW II saying the program is not the sum of "its rincian", and one at the line's
  Kode. One line is a part of the program's belanja, no rincian meant to add up to it: one peringatan at the
  line's Kode naming its figures beside the program's.
- A pagu typed with SIPD's three zero decimals whose last dot may have slipped (`6.532.742,000`, Rp 6.532.742.000
  meant) in the OPD's largest program or its only one was told only when spending passed it; a real small
  program in a consistent SIPD paste was told. The JUMLAH row and the Total Pagu Perjanjian Kinerja weigh it
  now, and a sheet whose every pagu is in SIPD's form is an export.
"""

from __future__ import annotations

from fractions import Fraction

from tests.helpers_anggaran import UMKM, budget_of, kinerja_three_programs
from tests.test_engine import anggaran_row, kinerja_row, messages, run

_PROGRAM = "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"


def _kinerja():
    return [
        kinerja_row(
            "S1",
            "Sasaran",
            "",
            "Meningkatnya perlindungan sosial",
            "Persentase PPKS tertangani",
            "80%",
            (40, 45, None, None),
            jenis="Nilai Akhir",
        ),
        kinerja_row(
            "2.06.04",
            "Program",
            "S1",
            _PROGRAM,
            "Persentase KPM yang menerima bansos",
            "90%",
            (40, 50, None, None),
            jenis="Nilai Akhir",
        ),
    ]


def _anggaran(line_tws, line_pagu="Rp 1.800.000.000,00"):
    return [
        anggaran_row(
            "2.06.04",
            _PROGRAM,
            "",
            "Rp 2.500.000.000,00",
            ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None),
        ),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", line_pagu, line_tws),
    ]


def _said(report):
    return [(f.sel, f.pesan) for f in report.findings if f.sheet == "Anggaran"]


def test_one_belanja_line_under_its_program_is_said_once_with_its_figures():
    report = run(_kinerja(), _anggaran(("Rp 300.000.000,00", "Rp 450.000.000,00", None, None)))
    said = _said(report)
    assert [sel for sel, _ in said] == ["A3"], said
    message = said[0][1]
    # the line's pagu beside the program's: 1.800.000.000 of 2.500.000.000 (700.000.000 in other lines)
    assert "Rp 1.800.000.000" in message and "Rp 2.500.000.000" in message
    # its realisasi s.d. TW II 300 jt + 450 jt = 750.000.000 beside the program's 400 jt + 600 jt = 1 M
    assert "Rp 750.000.000" in message and "Rp 1.000.000.000" in message
    assert "tidak sama dengan jumlah rinciannya" not in message
    # the program's own figures counted, the line not again: 1.000.000.000 / 2.500.000.000 = 40 %
    assert Fraction(report.total_pagu) == 2_500_000_000
    assert Fraction(report.total_realisasi_anggaran) == 1_000_000_000


def test_one_belanja_line_with_its_pagu_alone_is_said_once_never_as_rp_0_spent():
    # the line's quarters blank (its pagu copied for the record, spending kept per program): never
    # "realisasi ... tidak sama dengan jumlah rinciannya (Rp 0 ...)"
    said = _said(run(_kinerja(), _anggaran((None, None, None, None))))
    assert [sel for sel, _ in said] == ["A3"], said
    assert "Rp 0" not in said[0][1]


def test_one_belanja_line_spending_more_than_its_program_is_still_told_at_the_program():
    # the line spent 500 jt + 700 jt = 1.200.000.000 s.d. TW II, more than the whole program's 1.000.000.000:
    # one of the two tables is wrong, said at the program's TW II as before
    said = _said(run(_kinerja(), _anggaran(("Rp 500.000.000,00", "Rp 700.000.000,00", None, None))))
    assert "G2" in [sel for sel, _ in said], said


# --- A pagu typed with SIPD's three zero decimals (`,000`): a slipped last dot, or SIPD's own form ------

# (tests/helpers_anggaran.kinerja_three_programs: 2.17.03, 2.17.04, 3.30.03 under Sasaran 1.1)


def _pagu_said(report, cell):
    return [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == ("Anggaran", cell) and "titik ribuan" in f.pesan
    ]


def test_the_largest_program_slipped_is_told_by_the_typed_total():
    # 3.30.03 meant 6.532.742.000 typed "6.532.742,000" (read Rp 6.532.742): 6.532.742 / 3.578.850.965 =
    # 0,18 %, not under 0,1 % of the next largest, and nothing spent yet ("-"): no sign in its row. The JUMLAH
    # row staff typed is the programs' sum with 6.532.742.000 (3.578.850.965 + 82.706.300 + 6.532.742.000 =
    # 10.194.299.265), never with 6.532.742 (3.578.850.965 + 82.706.300 + 6.532.742 = 3.668.090.007)
    rows = [
        anggaran_row("2.17.03", UMKM, None, "Rp 3.578.850.965", ("Rp 47.853.500", "Rp 110.000.000", None, None)),
        anggaran_row("2.17.04", "PROGRAM PENGEMBANGAN UMKM", None, "Rp 82.706.300", ("-", "Rp 1.800.000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "6.532.742,000", ("-", "-", None, None)),
        anggaran_row("", "JUMLAH", None, "Rp 10.194.299.265", (None, None, None, None)),
    ]  # fmt: skip
    report = run(kinerja_three_programs(), rows)
    said = _pagu_said(report, "D4")
    assert len(said) == 1 and "tulis 6.532.742.000" in said[0], messages(report)
    assert "Rp 10.194.299.265" in said[0], said  # the total that tells it
    # read as typed meanwhile (the peringatan asks): 3.578.850.965 + 82.706.300 + 6.532.742 = 3.668.090.007
    assert Fraction(report.total_pagu) == 3_668_090_007


def test_the_only_program_slipped_is_told_by_the_total_pagu_perjanjian_kinerja():
    # one program "2.500.000,000" (read Rp 2.500.000), nothing spent yet; Pengaturan's Total Pagu Perjanjian
    # Kinerja 2.500.000.000 is a thousand times it: Rp 2.500.000.000 meant
    kinerja = kinerja_three_programs()[:3]
    rows = [anggaran_row("2.17.03", UMKM, None, "2.500.000,000", ("-", "-", None, None))]
    report = run(kinerja, rows, **{"Total Pagu Perjanjian Kinerja": "Rp 2.500.000.000"})
    said = _pagu_said(report, "D2")
    assert len(said) == 1 and "tulis 2.500.000.000" in said[0], messages(report)


def _sipd_paste(*more):
    """Four programs as SIPD exports them (every amount `,000`), 2.17.04 a small one of Rp 8.500.000."""
    return [
        anggaran_row("2.17.03", UMKM, None, "3.578.850.965,000", ("850.000.000,000", "110.000.000,000", None, None)),
        anggaran_row("2.17.04", "PROGRAM PENGEMBANGAN UMKM", None, "8.500.000,000", (None, "1.800.000,000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "6.532.742.965,000", (None, "1.211.837.250,000", None, None)),
        anggaran_row("2.17.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "1.1", "12.076.486.014,000", ("2.500.000.000,000", "850.000.000,000", None, None)),
        *more,
    ]  # fmt: skip


def test_a_tiny_program_in_a_consistent_sipd_paste_is_quiet():
    # every amount as SIPD exports it; 2.17.04's real pagu 8.500.000 (a small program) is under 0,1 % of the
    # largest, 8.500.000 / 12.076.486.014 = 0,07 %, as a slipped dot would put it; but every pagu of the sheet
    # is in SIPD's form: an export, no hand-typed slip, and no total says otherwise
    rows = _sipd_paste()
    report = run(kinerja_three_programs(), rows)
    assert not _pagu_said(report, "D3"), messages(report)
    # 1.800.000 / 8.500.000 = 21,18 %
    assert budget_of(report, "2.17.04").pagu_exact == 8_500_000


def test_a_consistent_sipd_paste_whose_total_says_a_pagu_slipped_is_told():
    # the same paste, 2.17.04 "8.500.000,000" but the JUMLAH row 3.578.850.965 + 8.500.000.000 +
    # 6.532.742.965 + 12.076.486.014 = 30.688.079.944: the sum with a thousand times it, never as typed
    # (3.578.850.965 + 8.500.000 + 6.532.742.965 + 12.076.486.014 = 22.196.579.944)
    rows = _sipd_paste(anggaran_row("", "JUMLAH", None, "30.688.079.944,000", (None, None, None, None)))
    report = run(kinerja_three_programs(), rows)
    said = _pagu_said(report, "D3")
    assert len(said) == 1 and "tulis 8.500.000.000" in said[0], messages(report)


def test_a_small_pagu_typed_by_hand_is_quiet_where_the_typed_total_counts_it_as_typed():
    # "3.578.850,000" among pagu typed plain: 3.578.850 / 6.532.742.965 = 0,055 %, under 0,1 % of the
    # largest (told without a total: tests/test_rev2angka52); the JUMLAH row 3.578.850 + 82.706.300 +
    # 6.532.742.965 = 6.619.028.115 counts it as typed: Rp 3.578.850 meant, quiet
    rows = [
        anggaran_row("2.17.03", UMKM, None, "3.578.850,000", (None, "1.800.000", None, None)),
        anggaran_row("2.17.04", "PROGRAM PENGEMBANGAN UMKM", None, "Rp 82.706.300", (None, "Rp 1.800.000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "Rp 6.532.742.965", (None, "Rp 1.211.837.250", None, None)),
        anggaran_row("", "JUMLAH", None, "Rp 6.619.028.115", (None, None, None, None)),
    ]  # fmt: skip
    report = run(kinerja_three_programs(), rows)
    assert not _pagu_said(report, "D2"), messages(report)
    # but a pagu below its own spending is told whatever the total: "3.578.850,000" of TW II 1.800.000.000
    rows[0] = anggaran_row("2.17.03", UMKM, None, "3.578.850,000", (None, "1.800.000.000", None, None))
    said = _pagu_said(run(kinerja_three_programs(), rows), "D2")
    assert len(said) == 1 and "di bawah realisasinya" in said[0], said
