"""The signed report as an evaluator of the Inspektorat reads it (reader round 16): every figure
recomputed by hand from the table beside it.

1. A Negatif indicator (lower is better) showed target 2,56, realisasi 1,06 and capaian 158,59 in
   Tabel 3.1 / 3.2 and in the sentences of 3.1.3 and 3.2.3 without a word that it is Negatif: the
   evaluator recomputes 1,06 / 2,56 = 41,41 % (Sangat Rendah) and marks 158,59 (Sangat Tinggi) wrong.
   The tables now say under them which indicators are Negatif and the formula used, and each sentence
   names the polarity beside its capaian.
2. A Sasaran with two indicators showed in Tabel 3.3 one capaian, 74,13, beside both names: Tabel 3.1
   prints 98,26 and 50,00, and nothing said 74,13 is their mean. Tabel 3.3's Catatan and the sentence of
   3.2.1 now say the capaian averages its indicators' capaian, each named with its own.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import example_typed
from tests.helpers_print import built_workbook, docx_text


def _sheet_text(wb, name: str) -> str:
    return "\n".join(str(c.value) for row in wb[name].iter_rows() for c in row if c.value is not None)


def _laporan(workbook: Path) -> str:
    out = workbook.with_suffix(".docx")
    run = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert run.exit_code == 0, run.output
    return docx_text(out.read_bytes())


# Sasaran 4 (Kinerja row 27) as a price index: Indeks Perkembangan Harga, lower is better (the seed
# names it, l.~640: IPH 1,06 % against the national 2,56 %), Nilai Akhir, its Triwulan IV value 1,06 %.
NEGATIF_S4 = {
    ("Kinerja", "E27"): "Indeks Perkembangan Harga",
    ("Kinerja", "F27"): "%",
    ("Kinerja", "G27"): "Negatif",
    ("Kinerja", "H27"): "Nilai Akhir",
    ("Kinerja", "I27"): "2,56%",
    ("Kinerja", "L27"): "-",
    ("Kinerja", "N27"): "1,06%",
    # Program P4.03 (row 35) as a price disparity, lower is better: target 5 %, TW III 4,5 %, TW IV 5,5 %
    ("Kinerja", "G35"): "Negatif",
    ("Kinerja", "I35"): "5%",
    ("Kinerja", "M35"): "4,5%",
    ("Kinerja", "N35"): "5,5%",
}


def test_a_negatif_capaian_is_said_negatif_under_its_table_and_in_its_sentence(tmp_path):
    # S4: (2,56 - (1,06 - 2,56)) / 2,56 x 100 = 4,06 / 2,56 x 100 = 158,59375 -> 158,59, Sangat Tinggi
    # (Positif would be 1,06 / 2,56 = 41,41 %, Sangat Rendah: what the evaluator computes unwarned).
    s4 = (2 * Fraction("2.56") - Fraction("1.06")) / Fraction("2.56") * 100
    assert s4 == Fraction(158_59375, 100_000)
    # P4.03 (Nilai Akhir, TW IV 5,5): (5 - (5,5 - 5)) / 5 x 100 = 90 exactly, Tinggi (5,5 / 5 = 110 %).
    assert (2 * 5 - Fraction("5.5")) / 5 * 100 == 90
    workbook = example_typed(tmp_path, "negatif", 4, NEGATIF_S4)  # type: ignore[arg-type]
    wb = built_workbook(workbook)
    tabel31 = _sheet_text(wb, "Capaian Tujuan Sasaran")
    assert "158.59375" in tabel31 or "158.59" in tabel31  # the capaian itself is unchanged
    for text in (tabel31, _sheet_text(wb, "Capaian Program")):
        # the wording of Word's 3.1 (mend36j: one wording of the Negatif idea everywhere)
        assert "Indikator bernilai negatif (semakin rendah realisasi semakin baik)" in text, text[-800:]
        assert "Capaian = (Target − (Realisasi − Target)) / Target × 100%" in text
        assert "Indeks Perkembangan Harga (target 2,56%, realisasi 1,06%, capaian 158,59%)" in text
    # Tabel 3.2 holds the program too; Tabel 3.1 only the Tujuan and Sasaran.
    program = "Persentase pengendalian stabilisasi barang kebutuhan pokok dan barang penting"
    assert f"{program} (target 5,00%, realisasi 5,50%, capaian 90,00%)" in _sheet_text(wb, "Capaian Program")
    assert program not in tabel31
    analisis = _sheet_text(wb, "Analisis Capaian")
    assert (
        "dengan capaian 158,59% (indikator bernilai negatif: semakin rendah realisasi semakin baik) atau tergolong"
        in analisis
    )
    assert (
        "sehingga capaiannya 90,00% (indikator bernilai negatif: semakin rendah realisasi semakin baik) tergolong tinggi"
        in analisis
    )
    # The Word report: the same notes under its Tabel 3.1 / 3.2 and the same sentences.
    word = _laporan(workbook)
    assert "Indeks Perkembangan Harga (target 2,56%, realisasi 1,06%, capaian 158,59%)" in word
    assert f"{program} (target 5,00%, realisasi 5,50%, capaian 90,00%)" in word
    assert (
        "sehingga capaiannya 90,00% (indikator bernilai negatif: semakin rendah realisasi semakin baik) tergolong tinggi"
        in word
    )


def test_a_positif_report_gets_no_polarity_note_nor_mean_note(tmp_path):
    # The example as it is: every indicator Positif, every Tujuan and Sasaran with one indicator.
    wb = built_workbook(example_typed(tmp_path, "tw2", 2, {}))  # type: ignore[arg-type]
    for name in ("Capaian Tujuan Sasaran", "Capaian Program", "Analisis Capaian"):
        assert "egatif (semakin rendah" not in _sheet_text(wb, name)
        assert "bernilai negatif" not in _sheet_text(wb, name)
    assert "rata-rata capaian" not in _sheet_text(wb, "Efisiensi")


# Sasaran 2 with a second indicator (a row of its own, Kode S2 again): Jumlah koperasi aktif, target
# 400, Nilai Akhir, TW IV 200; the first's TW III 6 and TW IV 5 (Kumulatif: 25 + 4 + 6 + 5 = 40).
MEAN_S2 = {
    ("Kinerja", "M13"): 6,
    ("Kinerja", "N13"): 5,
    ("Kinerja", "A45"): "S2",
    ("Kinerja", "B45"): "Sasaran",
    ("Kinerja", "C45"): "T2",
    ("Kinerja", "E45"): "Jumlah koperasi aktif",
    ("Kinerja", "F45"): "koperasi",
    ("Kinerja", "G45"): "Positif",
    ("Kinerja", "H45"): "Nilai Akhir",
    ("Kinerja", "I45"): 400,
    ("Kinerja", "N45"): 200,
}


def test_a_sasaran_capaian_of_two_indicators_is_said_to_be_their_mean(tmp_path):
    # 40 / 40,71 x 100 = 98,2559... -> 98,26; 200 / 400 x 100 = 50,00; mean (98,2559 + 50) / 2 = 74,1279...
    # -> 74,13: the figure Tabel 3.3 shows beside both names, printed nowhere in Tabel 3.1.
    first = Fraction(40 * 100) / Fraction("40.71")
    mean = (first + 50) / 2
    assert (round(float(first), 2), round(float(mean), 2)) == (98.26, 74.13)
    workbook = example_typed(tmp_path, "mean", 4, MEAN_S2)  # type: ignore[arg-type]
    wb = built_workbook(workbook)
    efisiensi = _sheet_text(wb, "Efisiensi")
    said = (
        "Capaian sasaran ini rata-rata capaian 2 indikatornya: Persentase koperasi yang taat akan peraturan "
        "perundang - undangan (98,26%) dan Jumlah koperasi aktif (50,00%)."
    )
    assert said in efisiensi, efisiensi[-1500:]
    # A Sasaran of one indicator has no such note (its capaian is the one in Tabel 3.1).
    assert efisiensi.count("rata-rata capaian") == 1
    sentence = (
        "capaian kinerja s.d. Triwulan IV Tahun 2025 sebesar 74,13% (kriteria sedang), rata-rata capaian "
        "Persentase koperasi yang taat akan peraturan perundang - undangan (98,26%) dan Jumlah koperasi "
        "aktif (50,00%)"
    )
    assert sentence in _sheet_text(wb, "Analisis Capaian")
    word = _laporan(workbook)
    assert sentence in word and said in word


def test_a_fall_called_membaik_names_its_indicator_negatif(tmp_path):
    # P4.03 Negatif, realisasi s.d. TW IV 5,5 % (Nilai Akhir) against last year's 6 %: selisih
    # 5,5 - 6 = -0,50 poin, perubahan -0,5 / 6 x 100 = -8,33 %, Membaik (lower is better). Without the
    # polarity named, "turun ... Membaik" reads as a contradiction beside the Positif rows.
    assert round(float(Fraction("-0.5") / 6 * 100), 2) == -8.33
    cells = {**{k: v for k, v in NEGATIF_S4.items() if k[1].endswith("35")}, ("Kinerja", "R35"): "6%"}
    wb = built_workbook(example_typed(tmp_path, "banding", 4, cells))  # type: ignore[arg-type]
    text = _sheet_text(wb, "Perbandingan Kinerja")
    assert "Membaik" in text
    program = "Persentase pengendalian stabilisasi barang kebutuhan pokok dan barang penting"
    assert f"Indikator bernilai negatif (semakin rendah realisasi semakin baik): {program}." in text, text[
        -900:
    ]
