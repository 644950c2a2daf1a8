"""A Sub Kegiatan (or Kegiatan) row pasted from SIPD under its program, spending above its own pagu.

SIPD does not let an SP2D pass a Sub Kegiatan's pagu, so such a row is a typing slip (a quarter typed
s.d. that quarter, a pagu of the DPA before the APBD-P). The row is a rincian, not counted on its own,
but its spending is in the program's: summed into the program's blank quarters, or compared with the
program's own. A program's spending above its pagu was pointed out; a rincian's was not, and slipped
into Tabel 3.4 inside the program's realisasi without a word (a Dinas Pendidikan's Sub Kegiatan
Pembangunan Ruang Kelas Baru SD: Rp 5,6 M of a pagu Rp 5 M)."""

from __future__ import annotations

from lkj_xl.core.model import PERINGATAN
from tests.helpers_anggaran import findings_by_cell
from tests.test_engine import anggaran_row, kinerja_row, run

PROGRAM = "Program Pengelolaan Pendidikan"
RKB = "Pembangunan Ruang Kelas Baru SD"
BOS = "Pengelolaan Dana BOS SD"

KINERJA = [
    kinerja_row("T1", "Tujuan", "", "Meningkatnya mutu pendidikan", "Rata-rata lama sekolah", "9,1", (None, None, None, "9,2"), satuan="Tahun", jenis="Nilai Akhir"),
    kinerja_row("S1", "Sasaran", "T1", "Meningkatnya partisipasi pendidikan", "APK SD", "100 %", ("99,1 %", "99,5 %", "100,8 %", "101,2 %"), jenis="Nilai Akhir"),
    kinerja_row("1.01.02", "Program", "S1", PROGRAM, "Jumlah sekolah yang direhab", "12", ("2 unit", "3 unit", "4 unit", "3 unit"), satuan="Unit", jenis="Kumulatif"),
]  # fmt: skip


def _anggaran(rkb_tws, program_tws=(None, None, None, None)):
    return [
        anggaran_row("1.01.02", PROGRAM, "S1", "12 M", program_tws),
        anggaran_row("1.01.02.2.01.0001", RKB, "", "5.000.000.000", rkb_tws),
        # (the program's pagu is its rincian's, 5 M + 7 M: their spending fills its blank quarters)
        anggaran_row("1.01.02.2.01.0002", BOS, "", "Rp 7.000.000.000", ("Rp 1.200.000.000",) * 4),
    ]


def _program(report):
    (budget,) = [b for b in report.budgets if b.kode == "1.01.02"]
    return budget


def test_a_sub_kegiatan_above_its_pagu_is_said_at_its_last_quarter():
    # RKB: 0 + 1.000.000.000 + 2.000.000.000 + 2.600.000.000 = 5.600.000.000 of its pagu
    # 5.000.000.000 (112 %). The program's blank quarters take its rincian: 5,6 M + BOS 4 x 1,2 M =
    # 4,8 M, 10,4 M of 12 M (86,67 %), within the program's pagu: the program itself is quiet.
    tws = ("0", "1.000.000.000", "2.000.000.000", "2.600.000.000")
    report = run(KINERJA, _anggaran(tws), triwulan=4)
    assert _program(report).realisasi == 10_400_000_000  # counted as typed: nothing changed
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    note = said.get("I3", "")
    assert "melebihi pagu" in note and "1.01.02.2.01.0001" in note, said
    assert "Rp 5.600.000.000" in note and "Rp 5.000.000.000" in note, note
    # BOS SD: 4.800.000.000 of 7.000.000.000, and the program: no such peringatan
    assert "melebihi pagu" not in said.get("I4", "") and "melebihi pagu" not in said.get("I2", ""), said


def test_a_sub_kegiatan_at_exactly_its_pagu_is_quiet():
    # 1.000.000.000 + 1.500.000.000 + 1.250.000.000 + 1.250.000.000 = 5.000.000.000: 100 %, not above
    tws = ("1.000.000.000", "1.500.000.000", "1.250.000.000", "1.250.000.000")
    report = run(KINERJA, _anggaran(tws), triwulan=4)
    assert not [f for f in report.findings if "melebihi pagu" in f.pesan], report.findings


def test_only_the_quarters_reported_are_weighed():
    # Triwulan II: 0 + 1.000.000.000 = 1 M of 5 M; the later quarters typed ahead are not counted
    tws = ("0", "1.000.000.000", "2.000.000.000", "2.600.000.000")
    report = run(KINERJA, _anggaran(tws), triwulan=2)
    assert not [f for f in report.findings if "melebihi pagu" in f.pesan and "1.01.02.2.01.0001" in f.pesan]


def test_a_program_typed_beside_its_rincian_still_hears_of_the_rincian_above_its_pagu():
    # The program's own quarters typed (2,5 M each, 10 M of 12 M): its rincian are only compared with
    # it, yet RKB's 1,5 M x 4 = 6 M of 5 M is a slip in the DPA copied, said at RKB's TW IV.
    tws = ("1.500.000.000",) * 4
    report = run(KINERJA, _anggaran(tws, ("2.500.000.000",) * 4), triwulan=4)
    assert _program(report).realisasi == 10_000_000_000
    note = findings_by_cell(report, "Anggaran", PERINGATAN).get("I3", "")
    assert "melebihi pagu" in note and "Rp 6.000.000.000" in note, note


def test_a_program_without_a_row_of_its_own_hears_of_its_rincian_above_its_pagu():
    # No row 1.01.02: the program is the sum of its SIPD rows (pagu 5 M + 7 M = 12 M, realisasi
    # 5,6 M + 4,8 M = 10,4 M), RKB's 5,6 M of 5 M said at its TW IV (now row 2: the program row is gone)
    tws = ("0", "1.000.000.000", "2.000.000.000", "2.600.000.000")
    report = run(KINERJA, _anggaran(tws)[1:], triwulan=4)
    assert (_program(report).pagu, _program(report).realisasi) == (12_000_000_000, 10_400_000_000)
    note = findings_by_cell(report, "Anggaran", PERINGATAN).get("I2", "")
    assert "melebihi pagu" in note and "Rp 5.600.000.000" in note, note


def test_a_koreksi_is_netted_before_the_pagu_is_weighed():
    # RKB TW IV a koreksi (SP2D returned): 1.800.000.000 x 3 - 600.000.000 = 4.800.000.000 net of its
    # 5 M: within; without the koreksi it would be 5,4 M (above)
    tws = ("1.800.000.000", "1.800.000.000", "1.800.000.000", "-600.000.000")
    report = run(KINERJA, _anggaran(tws), triwulan=4)
    assert not [f for f in report.findings if "melebihi pagu" in f.pesan and "1.01.02.2.01.0001" in f.pesan]
    # the same quarters without the koreksi: 5.400.000.000 of 5.000.000.000, said
    report = run(KINERJA, _anggaran((*tws[:3], None)), triwulan=4)
    assert [f for f in report.findings if "melebihi pagu" in f.pesan and "Rp 5.400.000.000" in f.pesan]


def _over(report):
    return [f"{f.sel} {f.pesan}" for f in report.findings if "melebihi pagu" in f.pesan]


def test_a_program_made_of_its_one_sub_kegiatan_hears_the_overspend_once():
    # No program row: the program is RKB alone (pagu 5.000.000.000, realisasi 2.600.000.000 +
    # 3.000.000.000 = 5.600.000.000): one overspend, the program's, said once at RKB's TW IV (I2). The
    # rincian's own, at the same cell with the same figures, said it twice.
    report = run(KINERJA, [anggaran_row("1.01.02.2.01.0001", RKB, "", "5.000.000.000", (None, None, "2.600.000.000", "3.000.000.000"))], triwulan=4)  # fmt: skip
    assert (_program(report).pagu, _program(report).realisasi) == (5_000_000_000, 5_600_000_000)
    over = _over(report)
    assert len(over) == 1 and over[0].startswith("I2 ") and "Rp 5.600.000.000" in over[0], over


def test_a_blank_program_filled_from_its_one_sub_kegiatan_hears_the_overspend_once():
    # The program's row (pagu 5 M, its quarters blank) is filled from RKB (pagu 5 M): 5.600.000.000 of
    # 5.000.000.000 is the program's overspend (its cell I2 names row 3 as where the figure comes from)
    # and RKB's: said once, by the program whose figure Tabel 3.4 prints.
    rows = [
        anggaran_row("1.01.02", PROGRAM, "S1", "5.000.000.000"),
        anggaran_row("1.01.02.2.01.0001", RKB, "", "5.000.000.000", ("0", "1.000.000.000", "2.000.000.000", "2.600.000.000")),
    ]  # fmt: skip
    report = run(KINERJA, rows, triwulan=4)
    assert _program(report).realisasi == 5_600_000_000  # 0 + 1 M + 2 M + 2,6 M, unchanged
    over = _over(report)
    assert len(over) == 1 and over[0].startswith("I2 "), over


def test_a_kegiatan_above_its_pagu_over_sub_kegiatan_each_within_is_said_once():
    # Kegiatan 1.01.02.2.01 (pagu 5 M) typed 1,4 M x 4 = 5.600.000.000; its Sub Kegiatan RKB 3 M pagu,
    # 0,5 M x 4 = 2 M, BOS 2 M pagu, 0,4 M x 4 = 1,6 M: each within. The program (12 M, its own
    # quarters 2,5 M x 4 = 10 M) within. Only the Kegiatan's 5,6 M of 5 M, at its TW IV (I3), lebih
    # Rp 600.000.000.
    rows = [
        anggaran_row("1.01.02", PROGRAM, "S1", "12 M", ("2.500.000.000",) * 4),
        anggaran_row("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", "", "5.000.000.000", ("1.400.000.000",) * 4),
        anggaran_row("1.01.02.2.01.0001", RKB, "", "3.000.000.000", ("500.000.000",) * 4),
        anggaran_row("1.01.02.2.01.0002", BOS, "", "2.000.000.000", ("400.000.000",) * 4),
    ]  # fmt: skip
    report = run(KINERJA, rows, triwulan=4)
    assert _program(report).realisasi == 10_000_000_000
    over = _over(report)
    assert len(over) == 1 and over[0].startswith("I3 "), over
    assert "Rp 5.600.000.000" in over[0] and "lebih Rp 600.000.000" in over[0], over


def test_rp_1_above_a_pagu_typed_rp_5_m_is_said():
    # "Rp 5 M" = 5.000.000.000; 5.000.000.001 typed in TW IV alone: lebih Rp 1 (a rupiah is no noise)
    rows = _anggaran((None, None, None, "5.000.000.001"))
    rows[1] = anggaran_row("1.01.02.2.01.0001", RKB, "", "Rp 5 M", (None, None, None, "5.000.000.001"))
    report = run(KINERJA, rows, triwulan=4)
    # program 12 M filled: 5.000.000.001 + BOS 4.800.000.000 = 9.800.000.001
    assert _program(report).realisasi == 9_800_000_001
    over = _over(report)
    assert len(over) == 1 and over[0].startswith("I3 ") and "lebih Rp 1:" in over[0], over


def test_a_pagu_blank_dash_or_zero_weighs_nothing():
    # No pagu to weigh 5.600.000.000 against: no "melebihi pagu" (the pagu's own checks speak)
    for pagu in (None, "-", "0"):
        rows = _anggaran(("0", "1.000.000.000", "2.000.000.000", "2.600.000.000"))
        rows[1] = anggaran_row(
            "1.01.02.2.01.0001", RKB, "", pagu, ("0", "1.000.000.000", "2.000.000.000", "2.600.000.000")
        )
        assert not _over(run(KINERJA, rows, triwulan=4)), pagu


def test_above_in_tw_i_then_a_koreksi_in_tw_ii():
    # TW I 5.600.000.000 of 5 M (above), TW II -600.000.000 (SP2D returned): s.d. TW I above, said at
    # F3; s.d. TW II 5.000.000.000, at its pagu: quiet
    tws = ("5.600.000.000", "-600.000.000", None, None)
    over = _over(run(KINERJA, _anggaran(tws), triwulan=1))
    assert len(over) == 1 and over[0].startswith("F3 ") and "Rp 5.600.000.000" in over[0], over
    assert not _over(run(KINERJA, _anggaran(tws), triwulan=2))


def test_the_tabel_3_4_note_names_each_cell_once():
    # No program row, two Kegiatan each above: SD 5,6 M of 5 M (I2), SMP 3,2 M of 3 M (I3); the program
    # 8,8 M of 8 M, said at its first row's I2. The note under Tabel 3.4 read "periksa Anggaran!I2,
    # Anggaran!I2": the rincian's peringatan was tagged as a program's overspend.
    from lkj_xl.core.kalimat_program import melebihi_pagu_anggaran

    rows = [
        anggaran_row("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", "", "5.000.000.000", (None, None, None, "5.600.000.000")),
        anggaran_row("1.01.02.2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama", "", "3.000.000.000", (None, None, None, "3.200.000.000")),
    ]  # fmt: skip
    report = run(KINERJA, rows, triwulan=4)
    assert (_program(report).pagu, _program(report).realisasi) == (8_000_000_000, 8_800_000_000)
    note = melebihi_pagu_anggaran(report.budgets, report.findings, 2)
    assert note.count("Anggaran!I2") == 1 and "Anggaran!I3" not in note, note
    over = _over(report)
    assert sorted(o[:3] for o in over) == ["I2 ", "I2 ", "I3 "], over  # the program's and each Kegiatan's


def test_a_kegiatan_and_its_one_sub_kegiatan_above_alike_are_said_once_at_the_sub_kegiatan():
    # Kegiatan 1.01.02.2.01 and its one Sub Kegiatan RKB, each pagu 5 M and 1,4 M x 4 = 5.600.000.000:
    # one overspend (the Kegiatan's row is its Sub Kegiatan's sum), said at RKB's TW IV (I4), where SIPD
    # records the SP2D; the program (12 M, 2,4 M x 4 = 9,6 M) within.
    tws = ("1.400.000.000",) * 4
    rows = [
        anggaran_row("1.01.02", PROGRAM, "S1", "12 M", ("2.400.000.000",) * 4),
        anggaran_row("1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", "", "5.000.000.000", tws),
        anggaran_row("1.01.02.2.01.0001", RKB, "", "5.000.000.000", tws),
        anggaran_row("1.01.02.2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama", "", "7.000.000.000", ("1.000.000.000",) * 4),
    ]  # fmt: skip
    for program_row in (True, False):  # beside the program's row, or the program made of its rows
        report = run(KINERJA, rows if program_row else rows[1:], triwulan=4)
        assert _program(report).realisasi == 9_600_000_000  # 5,6 M + 4 M
        over = _over(report)
        assert len(over) == 1 and "1.01.02.2.01.0001" in over[0], (program_row, over)
        assert over[0].startswith("I4 " if program_row else "I3 "), over
