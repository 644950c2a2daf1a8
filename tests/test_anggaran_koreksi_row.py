"""A koreksi typed as a row of its own under the row it corrects, with that row's Kode (a SIMDA/SIPD
print lists a cancelled SP2D so: `1.01.02.2.01 Koreksi realisasi (SP2D batal) -150.000.000`).

Its Kode is typed twice: a galat, the row not counted, and Tabel 3.4's totals withheld (nothing is
guessed). The galat said only `Kode program "1.01.02.2.01" ganda`, leaving staff to delete the row
and lose the koreksi, or to give it another Kode and count a negative "program". It now says where
a koreksi goes: netted into the quarter of the row it corrects."""

from __future__ import annotations

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import findings_by_cell
from tests.test_engine import anggaran_row, kinerja_row, run

PROGRAM = "Program Pengelolaan Pendidikan"
KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Meningkatnya partisipasi pendidikan", "APK SD", "100 %", ("99,1 %", "99,5 %", "100,8 %", "101,2 %"), jenis="Nilai Akhir"),
    kinerja_row("1.01.02", "Program", "S1", PROGRAM, "Jumlah sekolah yang direhab", "12", ("2", "3", "4", "3"), satuan="Unit", jenis="Kumulatif"),
]  # fmt: skip
TWS = ("10.000.000.000", "15.000.000.000", "14.000.000.000", "15.000.000.000")


def _galat(second):
    report = run(KINERJA, [anggaran_row("1.01.02", PROGRAM, "S1", "55.000.000.000", TWS), second], triwulan=4)
    return report, findings_by_cell(report, "Anggaran", GALAT).get("A3", "")


def test_a_koreksi_row_with_the_corrected_rows_kode_says_where_the_koreksi_goes():
    koreksi = anggaran_row(
        "1.01.02", "Koreksi realisasi (SP2D batal)", "", None, (None, None, None, "-150.000.000")
    )
    report, said = _galat(koreksi)
    assert "ganda (sudah ada di baris 2)" in said, said
    # TW IV of row 2 netted (15.000.000.000 - 150.000.000 = 14.850.000.000 is what staff then type)
    assert "koreksi" in said and "kurangkan" in said and "baris 2" in said, said
    assert report.total_realisasi_anggaran is None  # still withheld: nothing guessed


def test_another_row_typed_twice_gets_no_koreksi_advice():
    _, said = _galat(
        anggaran_row("1.01.02", "Program Pengelolaan Pendidikan (lanjutan)", "", "1.000.000", TWS)
    )
    assert "ganda (sudah ada di baris 2)" in said and "koreksi" not in said, said


def test_the_koreksi_word_however_typed_gets_the_advice_and_the_figure():
    # Row 2's TW IV 15.000.000.000 less the koreksi 150.000.000 = 14.850.000.000, the figure to type
    for name in ("Koreksi", "koreksi TW II", "Program Pengelolaan Pendidikan (koreksi)", "KOREKSI SP2D"):
        koreksi = anggaran_row("1.01.02", name, "", None, (None, None, None, "-150.000.000"))
        report, said = _galat(koreksi)
        assert "ganda (sudah ada di baris 2)" in said, (name, said)
        assert "kurangkan Rp 150.000.000 dari realisasi TW IV baris 2" in said, (name, said)
        assert "(Rp 15.000.000.000 - Rp 150.000.000 = Rp 14.850.000.000)" in said, (name, said)
        assert report.total_realisasi_anggaran is None


def test_a_negative_amount_without_the_word_is_a_koreksi_too():
    # "(150.000.000)" under TW II, no pagu, Uraian the program's own: a koreksi SIPD printed under
    # the program's name. Row 2's TW II 15.000.000.000 - 150.000.000 = 14.850.000.000.
    koreksi = anggaran_row("1.01.02", PROGRAM, "", None, (None, "(150.000.000)", None, None))
    report, said = _galat(koreksi)
    assert "kurangkan Rp 150.000.000 dari realisasi TW II baris 2" in said, said
    assert "(Rp 15.000.000.000 - Rp 150.000.000 = Rp 14.850.000.000)" in said, said
    assert report.total_realisasi_anggaran is None


def test_a_program_typed_twice_with_its_figures_gets_no_koreksi_advice():
    # The same program pasted twice (pagu and quarters): a Kode typed twice, nothing to net
    _, said = _galat(anggaran_row("1.01.02", PROGRAM, "S1", "55.000.000.000", TWS))
    assert "ganda (sudah ada di baris 2)" in said and "koreksi" not in said, said
    # a negative quarter beside a pagu: a program row with a refund, not a koreksi line
    _, said = _galat(anggaran_row("1.01.02", "Program lain", "S1", "1.000.000", (None, None, None, "-5.000")))
    assert "ganda (sudah ada di baris 2)" in said and "kurangkan" not in said, said


def test_a_koreksi_row_of_a_positive_amount_is_not_told_to_subtract_it():
    # "Koreksi (SP2D susulan)" 150.000.000: a koreksi adding spending; "kurangkan Rp 150.000.000"
    # would take it off the wrong way. Told to count it into the quarter, subtracting a refund only.
    koreksi = anggaran_row("1.01.02", "Koreksi (SP2D susulan)", "", None, (None, None, None, "150.000.000"))
    _, said = _galat(koreksi)
    assert "koreksi realisasi baris 2" in said and "kurangkan Rp" not in said, said
    assert "hitung koreksinya ke realisasi triwulan itu di baris 2" in said, said
