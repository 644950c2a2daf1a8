"""A dash in an Anggaran quarter is nothing spent (Rp 0), as the DPA and README say ("type `0` or `-`
when nothing was spent"): the peringatan at a blank quarter must not tell staff to type "-" when the
figure is not in yet ("belum ada data"), since that "-" is then printed as Rp 0 and a penyerapan of
0,00 % with no word said (found by a Disdukcapil's first report of the year, Triwulan I 2026).

Figures: pagu Rp 9,8 M over three programs, TW I spending 480 jt (12 % of 4 M), 140.000.000 (4 % of
3,5 M) and the third program's TW I blank or "-".
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_engine import anggaran_row, kinerja_row, run

KINERJA = [
    kinerja_row(
        "T1", "Tujuan", "", "Pelayanan adminduk", "IKM", 85, ("85,3", None, None, None), satuan="nilai"
    ),
    kinerja_row(
        "S1", "Sasaran", "T1", "Dokumen kependudukan", "Cakupan KIA", "60 %", ("45 %", None, None, None)
    ),
    kinerja_row(
        "P1", "Program", "S1", "Pendaftaran Penduduk", "Penduduk terdata", 100, ("90", None, None, None)
    ),
    kinerja_row(
        "P2", "Program", "S1", "Pencatatan Sipil", "Layanan online", "40%", ("35%", None, None, None)
    ),
    kinerja_row(
        "P3", "Program", "S1", "Informasi Adminduk", "Data dimanfaatkan", "100%", ("100%", None, None, None)
    ),
]


def _anggaran(p3_tw1: object) -> list[list[object]]:
    return [
        anggaran_row("P1", "Program Pendaftaran Penduduk", "S1", "Rp 4 M", ("480 jt", None, None, None)),
        anggaran_row(
            "P2", "Program Pencatatan Sipil", "S1", "3.500.000.000", ("140.000.000", None, None, None)
        ),
        anggaran_row("P3", "Program Informasi Adminduk", "S1", "2.300.000.000", (p3_tw1, None, None, None)),
    ]


def test_a_dash_in_an_anggaran_quarter_is_nothing_spent() -> None:
    # "-" is read as Rp 0: P3's penyerapan 0 / 2.300.000.000 = 0; the total (480.000.000 + 140.000.000 + 0)
    # / 9.800.000.000 = 620 / 9800 = 6,3265... % (shown 6,33).
    report = run(KINERJA, _anggaran("-"), triwulan=1)
    p3 = next(b for b in report.budgets if b.kode == "P3")
    assert (p3.realisasi, p3.penyerapan) == (0, 0)
    assert report.total_penyerapan_exact == Fraction(620_000_000 * 100, 9_800_000_000)
    assert not [f for f in report.findings if f.sheet == "Anggaran"]


def test_the_blank_quarter_peringatan_says_a_dash_is_nothing_spent() -> None:
    # P3's TW I blank (Anggaran row 4: header at row 1) while P1 and P2 have theirs typed: counted nil,
    # and the advice names "-" with 0 as nothing spent, never as "belum ada data" (a "-" typed on that
    # advice would print Rp 0 and 0,00 % as if nothing had been spent).
    report = run(KINERJA, _anggaran(None), triwulan=1)
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "F4")]
    assert said == [
        'Realisasi anggaran TW I program "Program Informasi Adminduk" (triwulan yang dilaporkan) kosong: '
        'realisasi s.d. TW I dihitung nol; isi belanja triwulan itu (0 atau "-" bila memang tidak ada belanja)'
    ]


def test_a_word_in_a_spending_cell_says_its_quarter_program_and_what_to_type() -> None:
    # P3's TW I typed "belum ada" (the SP2D not in yet): no number, so P3's penyerapan and the total are
    # not computed (a galat). The galat said only 'Realisasi anggaran "belum ada" bukan angka': no quarter,
    # no program, nothing to type; it names them and the figure to write (a "-" is nothing spent).
    report = run(KINERJA, _anggaran("belum ada"), triwulan=1)
    p3 = next(b for b in report.budgets if b.kode == "P3")
    assert p3.penyerapan is None and report.total_penyerapan is None
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "F4")]
    assert said == [
        # (revnewuser49: "berisi" between the program's name and the word typed, two quoted texts that
        # read as one name side by side)
        'Realisasi anggaran TW I program "Program Informasi Adminduk" berisi "belum ada", bukan angka: '
        'penyerapan anggaran tidak dihitung; isi belanja triwulan itu (0 atau "-" bila memang tidak ada belanja)'
    ]


def test_spending_above_the_pagu_in_the_first_quarter_names_no_quarter_typed_cumulatively() -> None:
    # P1's TW I typed "4,8 M" (480 jt meant) of a pagu of Rp 4 M: 4.800.000.000 > 4.000.000.000. With one
    # quarter typed there is no earlier quarter to have been summed twice: the advice to check a quarter
    # typed s.d. it ("kumulatif; realisasi per triwulan dijumlahkan") does not apply; the amount and the
    # pagu are what to check.
    anggaran = _anggaran("-")
    anggaran[0] = anggaran_row(
        "P1", "Program Pendaftaran Penduduk", "S1", "Rp 4 M", ("4,8 M", None, None, None)
    )
    report = run(KINERJA, anggaran, triwulan=1)
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "F2")]
    assert said == [
        'Realisasi anggaran program "Program Pendaftaran Penduduk" s.d. TW I (Rp 4.800.000.000) melebihi pagu '
        "(Rp 4.000.000.000): periksa angka realisasi TW I dan pagunya (salah ketik atau salah kata skala?), "
        "atau Pagu Perubahan yang belum diisi"
    ]
