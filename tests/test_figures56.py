"""Silent or misleading figures left open by figures55:

1. a ratio `1:X` whose advised figure (1 / X, 1 / X x 100, 1.000 / X) is rounded: followed on a whole
   row, the capaian fell on the other side of a kriteria edge (target `1:3`, realisasi `1:4`: 3 / 4 =
   75 %, Sedang; the advice 0,25 / 0,3333 x 100 = 75,0075 %, Tinggi). The cases were found by exact
   Fraction arithmetic over the edges 50, 65, 75, 90 (PermenPANRB) and 51, 66, 76, 91 (Permendagri).

Every figure is worked by hand in the comment beside it (Fraction).
"""

from __future__ import annotations

import re
from fractions import Fraction

from tests.test_figures55 import _report

PEMANDU = "Rasio pemandu wisata terhadap destinasi"


def _galat(report):
    return {f.sel: f.pesan for f in report.findings if f.severity == "galat"}


def _advised(pesan, head):
    """The figure the galat says to type after ``head`` ("1 / 3 = "), as a Fraction."""
    found = re.search(re.escape(head) + r"([0-9][0-9.]*(?:,[0-9]+)?)", pesan)
    assert found, (head, pesan)
    return Fraction(found[1].replace(".", "").replace(",", "."))


# --- 1. a ratio's advised figure keeps its row's kriteria -----------------------------------------


def test_the_inverse_of_a_ratio_followed_keeps_the_kriteria_of_the_ratios_typed():
    report = _report(PEMANDU, "1:3", ("1:4",), 1, jenis="Nilai Akhir", satuan="rasio", polaritas="Positif")
    galat = _galat(report)
    target = _advised(galat["I2"], "1 / 3 = ")
    realisasi = _advised(galat["K2"], "1 / 4 = ")
    # the ratios typed: (1 / 4) / (1 / 3) x 100 = 3 / 4 x 100 = 75 %, exactly 75: Sedang (> 65 - 75).
    # The advice was 0,3333 and 0,25: 0,25 / 0,3333 x 100 = 75,0075 %, Tinggi (> 75).
    capaian = realisasi / target * 100
    assert 65 < capaian <= 75, (target, realisasi, capaian)
    # the figure stays 1 / 3 to its fourth digit (0,3333 <= it <= 0,3334), and the galat says why
    assert Fraction(3333, 10000) <= target <= Fraction(3334, 10000), target
    assert "75,01% (Tinggi)" in galat["I2"] and "75,00% (Sedang)" in galat["I2"], galat["I2"]
    # typed as advised, the row computes Sedang: 0,25 / 0,3334 x 100 = 74,985 % (> 65 - 75)
    typed = _report(
        PEMANDU,
        galat["I2"].split("1 / 3 = ")[1].split(" ")[0].rstrip(","),
        (galat["K2"].split("1 / 4 = ")[1].split(" ")[0].rstrip(","),),
        1,
        jenis="Nilai Akhir",
        satuan="rasio",
        polaritas="Positif",
    )
    assert typed.indicators[0].kriteria == "Sedang", typed.findings


def test_the_inverse_at_the_90_edge_and_the_50_edge():
    # 1:9 against 1:10: 9 / 10 = 90 %, exactly 90: Tinggi (> 75 - 90); the advice 0,1 / 0,1111 x 100 =
    # 90,009 %, Sangat Tinggi
    galat = _galat(
        _report(PEMANDU, "1:9", ("1:10",), 1, jenis="Nilai Akhir", satuan="rasio", polaritas="Positif")
    )
    capaian = _advised(galat["K2"], "1 / 10 = ") / _advised(galat["I2"], "1 / 9 = ") * 100
    assert 75 < capaian <= 90, capaian
    # 1:3 against 1:6: 3 / 6 = 50 %, Sangat Rendah (<= 50); the advice 0,1667 / 0,3333 x 100 = 50,015 %,
    # Rendah
    galat = _galat(
        _report(PEMANDU, "1:3", ("1:6",), 1, jenis="Nilai Akhir", satuan="rasio", polaritas="Positif")
    )
    capaian = _advised(galat["K2"], "1 / 6 = ") / _advised(galat["I2"], "1 / 3 = ") * 100
    assert capaian <= 50, capaian


def test_a_share_under_percent_keeps_its_kriteria_in_both_readings():
    # Rasio PAD in %, target 1:9 and TW I 1:10, no other figure: both readings named.
    # Percentage: 100 / 9 = 11,11 and 100 / 10 = 10: 10 / 11,11 x 100 = 90,009 % (Sangat Tinggi), where
    # the ratios give 9 / 10 = 90 % (Tinggi); per one alike: 0,1 / 0,1111 x 100 = 90,009 %.
    report = _report(
        "Rasio PAD terhadap pendapatan daerah", "1:9", ("1:10",), 1, jenis="Nilai Akhir", polaritas="Positif"
    )
    galat = _galat(report)
    percent = _advised(galat["K2"], "1 / 10 x 100 = ") / _advised(galat["I2"], "1 / 9 x 100 = ") * 100
    assert 75 < percent <= 90, percent
    per_one = _advised(galat["K2"], "1 / 10 = ") / _advised(galat["I2"], "1 / 9 = ") * 100
    assert 75 < per_one <= 90, per_one
    # the reading's own repetition ("bila persentase, tulis ...") names the same figure
    shown = galat["I2"].split("1 / 9 x 100 = ")[1].split(" ")[0]
    assert f"bila persentase, tulis {shown};" in galat["I2"], galat["I2"]


def test_a_rate_per_thousand_keeps_its_kriteria():
    # nakes per 1.000 penduduk: 1:13 is 1.000 / 13 = 76,923..., 1:20 is 50. The ratios: 13 / 20 = 65 %,
    # Rendah (> 50 - 65); the advice 50 / 76,92 x 100 = 65,0026 %, Sedang
    report = _report(
        "Rasio tenaga kesehatan terhadap penduduk",
        "1:13",
        ("1:20",),
        1,
        jenis="Nilai Akhir",
        satuan="nakes per 1.000 penduduk",
        polaritas="Positif",
    )
    galat = _galat(report)
    capaian = _advised(galat["K2"], "1.000 / 20 = ") / _advised(galat["I2"], "1.000 / 13 = ") * 100
    assert 50 < capaian <= 65, capaian


def test_a_negatif_share_keeps_its_kriteria():
    # Rasio belanja pegawai (lower is better), in %: target 1:15 = 6,666...; TW I 1:12 = 8,333...
    # The ratios: (2 x 100/15 - 100/12) / (100/15) x 100 = (2 - 15/12) x 100 = 75 %, Sedang.
    # The advice 6,67 and 8,33: (2 x 6,67 - 8,33) / 6,67 x 100 = 5,01 / 6,67 x 100 = 75,11 %, Tinggi
    report = _report(
        "Rasio belanja pegawai terhadap total belanja",
        "1:15",
        ("1:12",),
        1,
        jenis="Nilai Akhir",
        polaritas="Negatif",
    )
    galat = _galat(report)
    t = _advised(galat["I2"], "1 / 15 x 100 = ")
    r = _advised(galat["K2"], "1 / 12 x 100 = ")
    capaian = (2 * t - r) / t * 100
    assert 65 < capaian <= 75, capaian


def test_an_advice_whose_rounding_moves_no_kriteria_is_unchanged():
    # 1:3 against 1:5: 3 / 5 = 60 %, Rendah; 0,2 / 0,3333 x 100 = 60,006 %, Rendah too: as before
    galat = _galat(
        _report(PEMANDU, "1:3", ("1:5",), 1, jenis="Nilai Akhir", satuan="rasio", polaritas="Positif")
    )
    assert "1 / 3 = 0,3333, yang pertama" in galat["I2"] and "dibulatkan" not in galat["I2"], galat["I2"]
    # the same ratio in every cell: 1 / 3 = 0,3333 both, 100 % exactly
    galat = _galat(
        _report(PEMANDU, "1:3", ("1:3",), 1, jenis="Nilai Akhir", satuan="rasio", polaritas="Positif")
    )
    assert "1 / 3 = 0,3333, yang pertama" in galat["K2"] and "dibulatkan" not in galat["K2"], galat["K2"]


def test_a_percentage_takes_more_decimals_where_they_suffice():
    # Rasio PAD in %, target 1:20 = 5 %, TW I 1:22 = 100 / 22 = 4,5454...: the ratios give 20 / 22 =
    # 90,909 %, below 91: Tinggi on Permendagri 86/2017's scale (>= 76, < 91). The advice 4,55 / 5 x 100 =
    # 91 %, Sangat Tinggi there; 4,545 / 5 x 100 = 90,9 %, Tinggi again
    report = _report(
        "Rasio PAD terhadap pendapatan daerah", "1:20", ("1:22",), 1, jenis="Nilai Akhir", polaritas="Positif"
    )
    pesan = _galat(report)["K2"]
    assert "1 / 22 x 100 = 4,545 (lebih teliti: dengan 4,55 " in pesan, pesan
    assert "menurut Permendagri 86/2017" in pesan and "bila persentase, tulis 4,545;" in pesan, pesan
    # per one the four digits suffice: 0,04545 / 0,05 x 100 = 90,9 %
    assert "1 / 22 = 0,04545, yang pertama" in pesan, pesan


# --- 2. an index chosen Kumulatif and summed is told as an index, never as a share ----------------


def _jenis(report):
    return [f for f in report.findings if f.sel == "H2"]


def test_an_index_under_percent_summed_is_no_share():
    # IKM in %: 80 + 82 = 162 of 85 (190,59 %); an index is no share of a whole
    report = _report("Indeks Kepuasan Masyarakat", "85", ("80", "82"))
    assert report.indicators[0].capaian_exact == Fraction(162, 85) * 100  # computed as typed
    (said,) = _jenis(report)
    assert "bagian dari keseluruhan tidak mungkin" not in said.pesan, said.pesan
    assert "layanan tepat waktu" not in said.pesan and "realisasi fisik" not in said.pesan, said.pesan
    assert "indeks" in said.pesan and "TW I 80 + TW II 82 = 162" in said.pesan, said.pesan
    # the readings stay: Nilai Akhir 82 / 85 x 100 = 96,47 %; Rata-rata (80 + 82) / 2 = 81, 81 / 85 x 100
    # = 95,29 %; the sum 162 / 85 x 100 = 190,588... -> 190,59 %
    assert '"Nilai Akhir"' in said.pesan and "96,47% (Sangat Tinggi)" in said.pesan, said.pesan
    assert '"Rata-rata"' in said.pesan and "95,29% (Sangat Tinggi)" in said.pesan, said.pesan
    assert "190,59% (Sangat Tinggi)" in said.pesan, said.pesan


def test_a_score_named_nilai_summed_beyond_100_is_no_share():
    # Nilai SAKIP in %: TW I 30 + TW II 75 = 105 of 80 (131,25 %): told as a share ("bagian dari
    # keseluruhan", "persentase s.d. triwulan itu"). An evaluation's score (figures67, skor_evaluasi) is
    # since a galat, no capaian; the readings named: Nilai Akhir 75, Rata-rata (30 + 75) / 2 = 52,5
    for indikator in ("Nilai SAKIP", "Nilai Evaluasi AKIP", "Indeks Reformasi Birokrasi"):
        report = _report(indikator, "80", ("30", "75"))
        (said,) = _jenis(report)
        assert "tidak mungkin lebih dari 100" not in said.pesan and "persentase" not in said.pesan, said.pesan
        assert said.severity == "galat" and report.indicators[0].capaian is None, said
        assert "nilai triwulan terakhir, 75" in said.pesan and '"Rata-rata" (52,5)' in said.pesan, said.pesan


def test_an_index_rising_by_quarter_is_told_as_an_index():
    # Indeks 30; 45; 50 of 90 at TW III: summed 125, 138,89 %; "TW III dikurangi TW II" would make an
    # index 5: the index's readings only (Nilai Akhir 50 / 90 x 100 = 55,56 %, Rendah)
    report = _report("Indeks Kepuasan Masyarakat", "90", ("30", "45", "50"), 3)
    said = [f for f in report.findings if f.sel != "C2"]
    assert [f.sel for f in said] == ["H2"], [(f.sel, f.pesan) for f in said]
    assert "dikurangi" not in said[0].pesan and "55,56% (Rendah)" in said[0].pesan, said[0].pesan


def test_an_index_scale_satuan_summed_is_told():
    # Nilai IKM under "skala 0-100" and "nilai (25-100)": 80 + 82 = 162 of 85, 190,59 %, was quiet
    for satuan in ("skala 0-100", "nilai (25-100)"):
        report = _report("Nilai IKM", "85", ("80", "82"), satuan=satuan)
        (said,) = _jenis(report)
        assert "162" in said.pesan and '"Nilai Akhir"' in said.pesan, said.pesan


def test_an_index_summed_within_its_target_in_steps_stays_quiet():
    # points added per quarter, each a small step: 1 + 1 = 2 of an index target 4 (the last, 1, below
    # half of 4): a sum meant
    assert _jenis(_report("Indeks Desa Membangun", "4", ("1", "1"))) == []
    # a share summed within the whole stays as figures55 left it (quiet): 25 + 4 = 29 of 40,71
    assert _jenis(_report("Persentase koperasi sehat", "40,71", ("25", "4"))) == []
    # an amount named Nilai in % (its growth, 5,1 + 5,2 of 5) is no index: never told as one
    assert all("indeks" not in f.pesan for f in _jenis(_report("Nilai ekspor", "5", ("5,1", "5,2"))))


# --- 3. children out of school and disaster victims, Polaritas blank -------------------------------

_NEGATIF_NAMES = [
    # a Dinas Pendidikan's out-of-school rate, as RPJMD tables name it (usia 7-18 tahun), and typed short
    (
        "Persentase penduduk usia 7-18 tahun yang tidak sekolah",
        "%",
        '"penduduk usia 7-18 tahun yang tidak sekolah"',
    ),
    (
        "Persentase penduduk usia 7-18 tahun yg tidak sekolah",
        "%",
        '"penduduk usia 7-18 tahun yg tidak sekolah"',
    ),
    (
        "Persentase penduduk usia 7 - 18 tahun yang tidak bersekolah",
        "%",
        '"penduduk usia 7 - 18 tahun yang tidak bersekolah"',
    ),
    # a BPBD's victims counted
    ("Jumlah korban bencana", "orang", '"korban bencana"'),
    ("Jumlah korban jiwa bencana", "jiwa", "korban jiwa"),
    # (merged with newuser56, which names "korban meninggal" as "korban jiwa" is named: both ask Negatif)
    ("Jumlah korban meninggal akibat bencana", "orang", "korban meninggal"),
]


def test_out_of_school_and_disaster_victims_are_named_lower_is_better():
    from lkj_xl.core import pasted

    for indikator, satuan, word in _NEGATIF_NAMES:
        assert pasted.lower_is_better(indikator, satuan) == word, indikator


def test_honest_positif_names_beside_them_stay_quiet():
    from lkj_xl.core import pasted

    for indikator, satuan in [
        ("Persentase penduduk usia 7-18 tahun yang bersekolah", "%"),
        ("Persentase korban bencana yang tertangani", "%"),
        ("Persentase bantuan bagi korban bencana", "%"),
        ("Jumlah korban bencana yang mendapat bantuan", "orang"),
        ("Cakupan layanan korban bencana", "%"),
        ("Persentase penduduk usia 7-18 tahun yang tidak sekolah yang kembali bersekolah", "%"),
    ]:
        assert pasted.lower_is_better(indikator, satuan) == "", indikator


def test_out_of_school_left_positif_is_asked_for_negatif():
    # target 5 %, realisasi 4,2 %: as typed (Positif) 4,2 / 5 x 100 = 84 %, Tinggi; Negatif would be
    # (5 - (4,2 - 5)) / 5 x 100 = 5,8 / 5 x 100 = 116 %
    report = _report(
        "Persentase penduduk usia 7-18 tahun yang tidak sekolah", "5", ("4,2",), 1, jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact == 84  # computed as typed
    said = [f.pesan for f in report.findings if f.sel == "G2"]
    assert len(said) == 1 and 'pilih "Negatif"' in said[0], report.findings


# --- 4. "not available" typed with a dot or a space reads as NA does --------------------------------

_NA_TYPINGS = ["NA.", "N. A.", "N.A", "n/a.", "N / A", "N.A."]


def test_na_typed_with_dots_or_spaces_in_the_reported_quarter_reads_as_na():
    from tests.test_engine import kinerja_row, run

    for typed in _NA_TYPINGS:
        # Kumulatif, TW I 7 desa, TW II "NA." (no data): as "NA", realisasi s.d. TW II is TW I's 7 of 25:
        # 7 / 25 x 100 = 28 %; "NA." made the whole indicator belum diketahui, its status "NA."
        row = kinerja_row(
            "S1", "Sasaran", "", "Sasaran", "Jumlah desa tangguh bencana", "25", ("7", typed, None, None),
            satuan="desa", jenis="Kumulatif",
        )  # fmt: skip
        (ind,) = run([row], triwulan=2).indicators
        assert ind.realisasi == 7 and ind.capaian_exact == Fraction(7, 25) * 100, (typed, ind.status)


def test_na_typed_with_dots_as_a_target_is_told_as_na_is():
    # a Target "NA." has no figure: told 'tidak ada data' as "NA" is, no capaian
    report = _report("Persentase penanganan pengungsi", "NA.", ("100", "-"), jenis="Nilai Akhir")
    assert report.indicators[0].capaian is None
    (said,) = [f.pesan for f in report.findings if f.sel == "I2"]
    assert '"NA."' in said and "tidak ada data" in said, said


def test_na_typed_with_dots_as_spending_is_a_galat_as_na_is():
    from tests.test_engine import anggaran_row, kinerja_row, run

    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran", "Persentase desa tangguh bencana", "80", ("60", "70", None, None),
        jenis="Nilai Akhir",
    )  # fmt: skip
    for typed in _NA_TYPINGS:
        # Pagu 1.000.000, TW I 100.000, TW II "NA.": not known, so no penyerapan (never 100.000 /
        # 1.000.000 = 10 %), and the galat names it as it names "NA"
        budget = anggaran_row("P1", "Program Satu", "S1", "1.000.000", ("100.000", typed, None, None))
        report = run([row], [budget])
        (eff,) = [e for e in report.efisiensi if e.kode == "S1"]
        assert eff.penyerapan is None, (typed, eff)
        (said,) = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G2")]
        assert f'"{typed}"' in said and "penyerapan anggaran tidak dihitung" in said, said


def test_tahun_typed_na_with_a_dot_is_told_as_blank():
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import kinerja_row, workbook

    book = workbook(
        [
            kinerja_row(
                "S1", "Sasaran", "", "Sasaran", "Persentase desa tangguh", "80", ("60", None, None, None)
            )
        ]
    )
    for row in book["Pengaturan"]:
        if row[0].value == "Tahun":
            row[1].value = "NA."  # (was: harus angka 2000-2100, bukan "NA.")
    said = [
        f.pesan for f in compute(parse_workbook(book)).findings if (f.sheet, f.sel) == ("Pengaturan", "B5")
    ]
    assert said and 'Parameter "Tahun" belum diisi' in said[0], said


# --- every output of one figure agrees ---------------------------------------------------------------


def test_the_outputs_say_the_same_figures():
    from lkj_xl.core.export import to_dict
    from lkj_xl.core.rekap import agency_row
    from tests.test_engine import kinerja_row, run

    # NA. in TW II: TW I's 7 of 25 = 28 %, counted and measured in the export and the rekap alike
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran", "Jumlah desa tangguh bencana", "25", ("7", "NA.", None, None),
        satuan="desa", jenis="Kumulatif",
    )  # fmt: skip
    report = run([row], triwulan=2)
    exported = to_dict(report)
    assert exported["indikator"][0]["realisasi"] == 7
    rekap = agency_row(report, "dinas.xlsx")
    assert rekap["belum_diketahui"] == 0 and rekap["capaian_sasaran"] == 28  # 7 / 25 x 100
    # the ratio advice and the index's peringatan reach Pemeriksaan's export as said
    for report in (
        _report(PEMANDU, "1:3", ("1:4",), 1, jenis="Nilai Akhir", satuan="rasio", polaritas="Positif"),
        _report("Indeks Kepuasan Masyarakat", "85", ("80", "82")),
    ):
        said = {(f.sel, f.pesan) for f in report.findings}
        assert said <= {(f["sel"], f["pesan"]) for f in to_dict(report)["pemeriksaan"]}
