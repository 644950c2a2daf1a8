"""Two DPA lines told something untrue:

1. A koreksi typed as a belanja line of its own right under its program (`5.1.02.99 Koreksi`, TW II
   `-5.000.000`, no pagu) was told its pagu "Rp 0" did not fit in the program's and to move or delete
   the row: deleted, the Rp 5.000.000 returned is lost. It now gets the koreksi advice every koreksi row
   gets (the figure to type in the program's row, then delete the line), a galat as a koreksi under the
   program's belanja lines is (tests/test_anggaran_koreksi_under_belanja.py): the totals wait for it.
2. A BPBD's `5.3 Belanja Tidak Terduga` under a program was told it is that program's rincian, and
   the program's pagu and realisasi "tidak sama dengan jumlah rinciannya". Belanja Tidak Terduga is a
   kelompok belanja of its own (Permendagri 90/2019: 5.1 operasi, 5.2 modal, 5.3 tidak terduga), spent
   outside any program: it is left out, a peringatan at its Kode saying so, the program never compared
   with it."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    UMKM,
    anggaran_three_programs,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run

# Program 2.17.03 (row 2) TW I 100 jt, TW II 200 jt of 1.000 jt, then the seed's other two programs.
PROGRAM = anggaran_row("2.17.03", UMKM, None, "1.000.000.000", ("100.000.000", "200.000.000", None, None))


@pytest.mark.parametrize("uraian", ["Koreksi", "Koreksi Belanja Barang dan Jasa"])
@pytest.mark.parametrize("amount", ["-5.000.000", "(5.000.000)"])
def test_a_koreksi_line_alone_under_its_program_gets_the_figure_to_type(uraian, amount):
    koreksi = anggaran_row("5.1.02.99", uraian, None, None, (None, amount, None, None))
    report = run(kinerja_three_programs(), [PROGRAM, koreksi, *anggaran_three_programs()[1:]])
    said = findings_by_cell(report, "Anggaran", GALAT)
    assert "A3" in said, findings_by_cell(report, "Anggaran")
    # TW II 200.000.000 - 5.000.000 = 195.000.000, the figure to type in row 2
    assert "kurangkan Rp 5.000.000 dari realisasi TW II baris 2" in said["A3"], said["A3"]
    assert "(Rp 200.000.000 - Rp 5.000.000 = Rp 195.000.000)" in said["A3"], said["A3"]
    assert "program 2.17.03" in said["A3"] and "Rp 0" not in said["A3"], said["A3"]
    assert "tidak muat" not in said["A3"] and "pindahkan" not in said["A3"], said["A3"]
    assert report.total_realisasi_anggaran is None  # nothing guessed while the koreksi stands


@pytest.mark.parametrize(
    "uraian",
    [
        "Belanja Tidak Terduga",
        "BELANJA TIDAK TERDUGA",
        "Belanja Tak Terduga",
        "BTT",
        "Belanja Tidak Terduga (BTT)",
    ],
)
@pytest.mark.parametrize("last", [False, True])
def test_belanja_tidak_terduga_is_no_rincian_of_the_program_above(uraian, last):
    # BTT 500 jt, TW II 50 jt under 2.17.03 (or under the last program, 3.30.03): not that program's rincian
    btt = anggaran_row("5.3", uraian, None, "500.000.000", (None, "50.000.000", None, None))
    three = anggaran_three_programs()
    rows = [*three, btt] if last else [three[0], btt, *three[1:]]
    report = run(kinerja_three_programs(), rows)
    at = "A5" if last else "A3"
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "Tidak Terduga" in said[at] and "kelompok belanja tersendiri" in said[at], said[at]
    assert "baris ini rincian program" not in said[at] and "bukan rincian program" in said[at], said[at]
    assert not [m for m in said.values() if "jumlah rinciannya" in m], said  # no program compared with it
    # Tabel 3.4 counts the three programs only (the seed's 10.194.300.230 and 1.371.490.750)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)


def test_btt_sub_line_5_3_01_alike():
    btt = anggaran_row("5.3.01", "Belanja Tidak Terduga", None, "500.000.000", (None, "-", None, None))
    report = run(kinerja_three_programs(), [*anggaran_three_programs(), btt])
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "kelompok belanja tersendiri" in said["A5"], said
    assert report.total_pagu == THREE_PROGRAMS_PAGU
