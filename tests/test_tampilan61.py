"""Two things a reader of the signed report saw (tampilan61, found by newuser62).

1. The Word report's sentences printed a Target with its row's realisasi decimals and a score's Satuan
   after it: `sebesar 75,000 Nilai`, `68,000%` where staff typed 75 and 68 (the realisasi, a Rata-rata,
   73,375). Now the Target as the Perjanjian Kinerja tables print it, with the decimals it was typed with
   (one helper, target_sendiri), and a score's figure alone (`sebesar 75`): "75 Nilai" reads as 75 values.
   Tabel 3.1 keeps its row's decimals (75,000 beside 73,375: a reader recomputes the capaian from it).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.analisis_teks import penyajian_data
from lkj_xl.core.kalimat import tanpa_satuan, with_satuan
from tests.test_engine import kinerja_row, run


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

