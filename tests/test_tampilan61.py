"""Two things a reader of the signed report saw (tampilan61, found by newuser62).

1. The Word report's sentences printed a Target with its row's realisasi decimals and a score's Satuan
   after it: `sebesar 75,000 Nilai`, `68,000%` where staff typed 75 and 68 (the realisasi, a Rata-rata,
   73,375). Now the Target as the Perjanjian Kinerja tables print it, with the decimals it was typed with
   (one helper, target_sendiri), and a score's figure alone (`sebesar 75`): "75 Nilai" reads as 75 values.
   Tabel 3.1 keeps its row's decimals (75,000 beside 73,375: a reader recomputes the capaian from it).
2. A program Kode `1.10` Excel kept as the number 1.1 on one sheet beside `1.10` typed as text on the other
   got "tidak ada baris anggarannya" with no hint. Now the peringatan names the cell holding the number,
   that Excel dropped its zero, and to type the Kode as text (`'1.10`). Never read as the same Kode: a
   budget joined to the wrong program would print a wrong penyerapan without a word.
"""

from __future__ import annotations

import pytest

from lkj_xl.build import load_report
from lkj_xl.core.analisis_teks import penyajian_data
from lkj_xl.core.kalimat import angka_indikator, tanpa_satuan, target_perubahan, with_satuan
from tests.common import example_typed
from tests.test_engine import anggaran_row, kinerja_row, run


def _teks(indikator, satuan, target, tws, triwulan=2):
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya mutu pendidikan", indikator, target, tws,
        satuan=satuan, polaritas="Positif", jenis="Rata-rata",
    )  # fmt: skip
    report = run([row], triwulan=triwulan)
    return report, " ".join(b.teks for b in penyajian_data(report).blok)


@pytest.mark.parametrize(
    ("satuan", "target", "tws", "said"),
    [
        # (72,5 + 74,25) / 2 = 73,375 of 75: 97,83 %; typed 75 (was "sebesar 75,000 Nilai")
        ("Nilai", "75", ("72,5", "74,25", None, None), "sebesar 75, terealisasi s.d. Triwulan II Tahun 2025 sebesar 73,375 dengan capaian 97,83%"),
        # (78,5 + 79,25) / 2 = 78,875 of 80: 98,59375 -> 98,59 % (was "80,000 Indeks")
        ("Indeks", "80", ("78,5", "79,25", None, None), "sebesar 80, terealisasi s.d. Triwulan II Tahun 2025 sebesar 78,875 dengan capaian 98,59%"),
        # (65,5 + 66,75) / 2 = 66,125 of 68: 97,2426... -> 97,24 % (was "68,000%")
        ("%", "68", ("65,5", "66,75", None, None), "sebesar 68%, terealisasi s.d. Triwulan II Tahun 2025 sebesar 66,125% dengan capaian 97,24%"),
        # typed with its decimals, 0,15 of a share: (0,135 + 0,1375) / 2 = 0,13625 of 0,15 = 90,83 %
        ("%", "0,15", ("0,135", "0,1375", None, None), "sebesar 0,15%, terealisasi s.d. Triwulan II Tahun 2025 sebesar 0,13625% dengan capaian 90,83%"),
        # a count keeps its unit after the figure: (12 + 13) / 2 = 12,5 of 14 = 89,29 %
        ("sekolah", "14", ("12", "13", None, None), "sebesar 14 sekolah, terealisasi s.d. Triwulan II Tahun 2025 sebesar 12,50 sekolah dengan capaian 89,29%"),
    ],
)  # fmt: skip
def test_a_sentence_names_the_target_as_typed(satuan, target, tws, said):
    report, teks = _teks("Nilai rata-rata ujian (ANBK) SMP", satuan, target, tws)
    assert said in teks, teks
    assert ",000" not in teks, teks


def test_the_semester_report_says_68_percent():
    # Semester I: (65,5 + 66,75) / 2 = 66,125 % of 68 % (newuser62's "sebesar 68,000%")
    _, teks = _teks(
        "Persentase sekolah terakreditasi", "%", "68", ("65,5", "66,75", None, None), "Semester I"
    )
    assert (
        "ditargetkan dalam tahun 2025 sebesar 68%, terealisasi pada Semester I Tahun 2025 sebesar 66,125%"
        in teks
    ), teks


@pytest.mark.parametrize("satuan", ["Nilai", "nilai", "Indeks", "Skor", "Nilai Indeks", "Skor  Indeks"])
def test_a_score_is_written_alone(satuan):
    assert with_satuan("75", satuan) == "75"
    assert tanpa_satuan(with_satuan("75", satuan), satuan) == "75"


@pytest.mark.parametrize(
    ("satuan", "said"),
    [("Nilai SAKIP", "75 Nilai SAKIP"), ("Indeks (1-4)", "75 Indeks (1-4)"), ("Poin", "75 Poin"), ("Level", "level 75")],
)  # fmt: skip
def test_other_satuan_keep_their_words(satuan, said):
    assert with_satuan("75", satuan) == said


# --- 2. a Kode whose last zero Excel dropped on one sheet ---------------------------------------------


def _tanpa_anggaran(kode_kinerja, kode_anggaran):
    """Kinerja: Sasaran S1 (row 2), a program on row 3; Anggaran: one row (row 2) for S1."""
    rows = [
        kinerja_row("S1", "Sasaran", "", "Meningkatnya mutu pendidikan", "Nilai ujian", "75", ("75", None, None, None), satuan="Nilai", jenis="Nilai Akhir"),
        kinerja_row(kode_kinerja, "Program", "S1", "Program SDA", "Jumlah sekolah direhabilitasi", "25", ("5", "7", None, None), satuan="unit"),
    ]  # fmt: skip
    report = run(
        rows,
        [anggaran_row(kode_anggaran, "Program SDA", "S1", 30_000_000, (1_000_000, 2_000_000, None, None))],
    )
    return report, [
        f"{f.sheet}!{f.sel} {f.pesan}" for f in report.findings if "tidak ada baris anggarannya" in f.pesan
    ]


_TANPA = (
    'Kinerja!A3 Program "Program SDA" punya indikator tetapi tidak ada baris anggarannya di sheet Anggaran'
)


@pytest.mark.parametrize(
    ("kinerja", "anggaran", "hint"),
    [
        # Kinerja's cell holds 1.1, Anggaran's "1.10" as text (was: no hint)
        (1.1, "1.10", ' (di sheet Anggaran ada Kode "1.10", sedangkan sel Kinerja!A3 berisi angka 1.1: 1.10 yang diketik di sel General disimpan Excel sebagai 1.1, nol di belakangnya hilang; ketik Kode sebagai teks, mis. \'1.10)'),
        (1.1, "1.100", ' (di sheet Anggaran ada Kode "1.100", sedangkan sel Kinerja!A3 berisi angka 1.1: 1.100 yang diketik di sel General disimpan Excel sebagai 1.1, nol di belakangnya hilang; ketik Kode sebagai teks, mis. \'1.100)'),
        (2.3, "2.30", ' (di sheet Anggaran ada Kode "2.30", sedangkan sel Kinerja!A3 berisi angka 2.3: 2.30 yang diketik di sel General disimpan Excel sebagai 2.3, nol di belakangnya hilang; ketik Kode sebagai teks, mis. \'2.30)'),
        # the reverse: Kinerja's "1.10" as text, Anggaran's cell (row 2) holds 1.1
        ("1.10", 1.1, " (di sheet Anggaran ada Kode 1.1 yang tersimpan sebagai angka di sel Anggaran!A2: 1.10 yang diketik di sel General disimpan Excel sebagai 1.1, nol di belakangnya hilang; ketik Kode di sel itu sebagai teks, mis. '1.10)"),
    ],
)  # fmt: skip
def test_a_kode_whose_zero_excel_dropped_is_said(kinerja, anggaran, hint):
    report, said = _tanpa_anggaran(kinerja, anggaran)
    assert said == [_TANPA + hint], said
    # never read as the same Kode: the budget row keeps its own Kode, Kinerja's program no pagu
    assert [b.kode for b in report.budgets] == [str(anggaran)]
    (sasaran,) = report.roots
    (program,) = sasaran.children
    assert program.kode == str(kinerja) and program.pagu is None


@pytest.mark.parametrize(
    ("kinerja", "anggaran"),
    [
        ("1.1", "1.10"),  # both typed as text: two Kodes as typed, no Excel to blame
        (1.1, "1.2"),  # another program's Kode
        ("1.10", "1.1"),  # Anggaran's typed as text
        (1.1, "11"),
    ],
)
def test_other_kodes_get_no_such_hint(kinerja, anggaran):
    _, said = _tanpa_anggaran(kinerja, anggaran)
    assert said == [_TANPA], said


def test_the_same_number_on_both_sheets_is_the_same_kode():
    _, said = _tanpa_anggaran(1.1, 1.1)
    assert said == [], said


@pytest.mark.parametrize(
    ("programs", "anggaran", "row"),
    [
        # Kinerja's 1.1 (a number) and "1.10" are two programs; Anggaran's "1.10" is the second's row:
        # the first has no budget, and no lost zero to blame (rev_tampilan61: the hint said "ketik '1.10")
        ([(1.1, "Program SDA"), ("1.10", "Program Guru")], [("1.10", "Program Guru")], "A3"),
        # the reverse: Anggaran's number 1.1 is Kinerja's program 1.1, never Kinerja's "1.10" without zero
        ([(1.1, "Program SDA"), ("1.10", "Program Guru")], [(1.1, "Program SDA")], "A4"),
    ],
)
def test_two_real_programs_1_1_and_1_10_get_no_such_hint(programs, anggaran, row):
    rows = [
        kinerja_row("S1", "Sasaran", "", "Meningkatnya mutu pendidikan", "Nilai ujian", "75", ("75", None, None, None), satuan="Nilai", jenis="Nilai Akhir"),
        *(kinerja_row(k, "Program", "S1", u, f"Jumlah {u}", "25", ("5", "7", None, None), satuan="unit") for k, u in programs),
    ]  # fmt: skip
    report = run(
        rows, [anggaran_row(k, u, "S1", 30_000_000, (1_000_000, 2_000_000, None, None)) for k, u in anggaran]
    )
    said = [
        f"{f.sheet}!{f.sel} {f.pesan}" for f in report.findings if "tidak ada baris anggarannya" in f.pesan
    ]
    uraian = dict((str(k), u) for k, u in programs)
    (missing,) = [u for k, u in uraian.items() if k not in {str(a) for a, _ in anggaran}]
    assert said == [
        f'Kinerja!{row} Program "{missing}" punya indikator tetapi tidak ada baris anggarannya di sheet Anggaran'
    ], said


@pytest.mark.parametrize(
    ("pk", "perubahan", "said"),
    [
        # the example's P2.02 (Kinerja row 16, Satuan %): PK typed 56 (I16), Target Perubahan 60,5 (J16):
        # both named as typed (rev_tampilan61: "60,5% (...; target Perjanjian Kinerja 56,00%)")
        ("56", "60,5", "60,5% (Target Perubahan; target Perjanjian Kinerja 56%)"),
        # PK 56,25 typed with its decimals, the revision whole: "60%", never 60,00% beside 56,25%
        ("56,25", "60", "60% (Target Perubahan; target Perjanjian Kinerja 56,25%)"),
    ],
)
def test_a_sentence_names_the_pk_target_as_signed_beside_a_target_perubahan(tmp_path, pk, perubahan, said):
    report = load_report(
        example_typed(tmp_path, "P2.02", 2, {("Kinerja", "I16"): pk, ("Kinerja", "J16"): perubahan})
    )
    ind = next(i for i in report.indicators if i.kode == "P2.02")
    assert angka_indikator(ind, report.settings).target + target_perubahan(ind) == said
