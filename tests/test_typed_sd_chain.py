"""Every quarter typed up to it, as a first-time user copies e-Monev's figure s.d. each month-end
("46,6 (s.d. Juni)", "70 (s.d. September)", "95 (s.d. Desember)"), or a quarter up to it after one
that cannot be read.

Each later galat named its share against the quarters with a number only, leaving out the quarter
before it that was itself typed up to it: "70 - 22,5 = 47,5" for TW III, "95 - 22,5 = 72,5" for TW IV.
Followed, Kumulatif summed 22,5 + 24,1 + 47,5 + 72,5 = 166,6 for the year's 95. Now each share counts
the one named for the quarter before it, and a quarter before that cannot be read is said to be
needed first, no figure named from the others.
"""

from __future__ import annotations

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages


def _said(tws, *, jenis, triwulan="Tahunan", satuan="%", target="95"):
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya layanan",
        "Cakupan layanan",
        target,
        tws,
        satuan=satuan,
        jenis=jenis,
    )
    report = report_of(book_of([row], triwulan=triwulan))
    return messages(report)


def _at(said, cell):
    (found,) = [m for m in said if m.startswith(f"Kinerja!{cell} ")]
    return found


def test_kumulatif_each_quarter_up_to_it_names_its_share_after_the_one_before():
    # TW I 22,5; s.d. Juni 46,6, s.d. September 70, s.d. Desember 95: TW II 46,6 - 22,5 = 24,1,
    # TW III 70 - 46,6 = 23,4, TW IV 95 - 70 = 25; followed, 22,5 + 24,1 + 23,4 + 25 = 95.
    said = _said(["22,5", "46,6 (s.d. Juni)", "70 (s.d. September)", "95 (s.d. Desember)"], jenis="Kumulatif")
    assert "tulis realisasi TW II saja (46,6 - 22,5 = 24,1)" in _at(said, "L2")
    assert "tulis realisasi TW III saja (70 - 46,6 = 23,4)" in _at(said, "M2")
    assert "tulis realisasi TW IV saja (95 - 70 = 25)" in _at(said, "N2")
    assert not any("47,5" in m or "72,5" in m for m in said), said


def test_rata_rata_each_quarter_up_to_it_names_the_figure_after_the_one_before():
    # TW I 55,2; mean s.d. Juni 56,5, s.d. September 57, s.d. Desember 57,7:
    # TW II 2 x 56,5 - 55,2 = 57,8; TW III 3 x 57 - (55,2 + 57,8) = 171 - 113 = 58;
    # TW IV 4 x 57,7 - (55,2 + 57,8 + 58) = 230,8 - 171 = 59,8; followed, 230,8 / 4 = 57,7.
    said = _said(
        ["55,2", "56,5 (s.d. Juni)", "57 (s.d. September)", "57,7 (s.d. Desember)"],
        jenis="Rata-rata",
        target="60",
    )
    assert "(2 x 56,5 - 55,2 = 57,8)" in _at(said, "L2")
    assert "(3 x 57 - (55,2 + 57,8) = 58)" in _at(said, "M2")
    assert "(4 x 57,7 - (55,2 + 57,8 + 58) = 59,8)" in _at(said, "N2")


def test_anggaran_each_quarter_up_to_it_names_its_share_after_the_one_before():
    # TW I Rp 210.500.000; s.d. Juni Rp 522.750.000, s.d. September Rp 822.750.000:
    # TW II 522.750.000 - 210.500.000 = 312.250.000; TW III 822.750.000 - 522.750.000 = 300.000.000.
    row = kinerja_row(
        "S1", "Sasaran", "", "x", "y", "10", ["1", "2", "3", None], satuan="Dokumen", jenis="Kumulatif"
    )
    program = anggaran_row(
        "1.01",
        "Program A",
        "S1",
        "1.350.000.000",
        ["210.500.000", "Rp 522.750.000 (s.d. Juni)", "Rp 822.750.000 (s.d. September)", None],
    )
    said = messages(report_of(book_of([row], [program], triwulan=3)))
    (tw2,) = [m for m in said if m.startswith("Anggaran!G2 ")]
    (tw3,) = [m for m in said if m.startswith("Anggaran!H2 ")]
    assert "(Rp 522.750.000 - Rp 210.500.000 = Rp 312.250.000)" in tw2, tw2
    assert "(Rp 822.750.000 - Rp 522.750.000 = Rp 300.000.000)" in tw3, tw3


def test_a_quarter_before_that_cannot_be_read_names_no_share():
    # TW II "24,1,5" cannot be read: TW III's own share is 70 less TW I-TW II, unknown until TW II is
    # fixed; "70 - 22,5 = 47,5" (TW I alone) would be wrong once TW II holds its figure.
    said = _said(["22,5", "24,1,5", "70 (s.d. September)", None], jenis="Kumulatif", triwulan=3)
    tw3 = _at(said, "M2")
    assert "47,5" not in tw3, tw3
    assert "TW II belum dapat dibaca" in tw3, tw3


def test_anggaran_says_where_a_note_goes_as_its_sheet_has_no_keterangan_column():
    # Anggaran's columns are Kode ... Realisasi TW IV: no Keterangan. The galat on its quarter typed
    # up to it says to add one to the right of the table, as its other galat do ("tambahkan di kanan
    # tabel bila belum ada"), not to use a column staff cannot find.
    row = kinerja_row(
        "S1", "Sasaran", "", "x", "y", "10", ["1", "2", None, None], satuan="Dokumen", jenis="Kumulatif"
    )
    program = anggaran_row(
        "1.01", "Program A", "S1", "1.350.000.000", ["210.500.000", "Rp 522.750.000 (s.d. Juni)", None, None]
    )
    said = messages(report_of(book_of([row], [program], triwulan=2)))
    (tw2,) = [m for m in said if m.startswith("Anggaran!G2 ")]
    assert "(Rp 522.750.000 - Rp 210.500.000 = Rp 312.250.000)" in tw2, tw2
    assert tw2.endswith("di kolom Keterangan (tambahkan di kanan tabel bila belum ada)"), tw2
