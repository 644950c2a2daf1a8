"""Staff round 28: the planning staff of a Dinas Pendidikan and of a Kecamatan filling Kinerja for
Triwulan II 2025: APK/APM, Rata-rata lama sekolah, angka putus sekolah and buta aksara, an Indeks
Pendidikan and an Indeks Kepuasan Masyarakat (IKM), a Kecamatan's few indicators (Dokumen, Kali, Desa)
with its IKU at Tujuan level only. Every figure by hand (Fraction).

Found wrong, and tested here:
- an index whose realisasi is typed on another scale than its target: the IKM's nilai interval (1-4,
  3,41) against a target in nilai konversi (25-100, 82), or an Indeks Pendidikan of 0,66 (0-1) against a
  target of 65 (0-100): read as typed, a capaian of 3,41 / 82 = 4,16 % (0,66 / 65 = 1,02 %) Sangat
  Rendah, without a word (a realisasi more than ten times its target was said; a tenth of it was not);
- an education indicator whose lower value is better ("Angka buta aksara", "Angka mengulang kelas")
  with Polaritas left blank: Positif, 1,2 % of a target 1,5 % gave 80 % Tinggi where the report's
  Negatif formula gives 120 %, without the peringatan "angka putus sekolah" already had;
- a Sasaran typed without an indicator (a Kecamatan's IKU at Tujuan level only): the programs' Kode
  Induk and the budgets' Kode Sasaran naming it said it was "tidak ada di sheet Kinerja", where it is;
- a Rasio guru-murid typed "1:20": a galat saying only that ":" is no digit, not what to type;
- a share typed "10 dari 12 desa" for a percentage: the galat said to write "10" (read 10 %, not 83,33 %);
- a count written "2 (dua) kali": a galat saying only "ada teks '(dua) kali' setelah angka";
- a quarter's formula over data not typed yet, saved by Excel as 0 (=IFERROR(P5/Q5*100;0)): read as 0,
  a Nilai Akhir capaian of 0 % (TW I 94, TW II 0 of 95) or a Rata-rata halved, without a word;
- "Ada", "Sudah", "Sudah tersusun", a check mark typed for a target of 1 Dokumen, and "Tidak ada" for a
  count of cases: the indicator was belum diketahui (counted as "belum dapat diukur") without a word,
  where "Selesai" or "Terlaksana" had a peringatan.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests import common
from tests.test_engine import anggaran_row, kinerja_row, run


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel and severity in (None, f.severity)
    ]


def _one(indikator, target, tws, triwulan=2, **kw):
    """One Tujuan (row 2) with its indicator."""
    return run([kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, target, tws, **kw)], triwulan=triwulan)


# --- 1. an index typed on another scale than its target ----------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan", "polaritas", "target", "typed", "expected", "meant"),
    [
        # IKM: target in nilai konversi 82, the survey's nilai interval 3,41 typed: 3,41 / 82 x 100
        # = 4,158... % Sangat Rendah; 3,41 x 25 = 85,25 on the target's scale
        ("Indeks Kepuasan Masyarakat", "Indeks", "Positif", "82", "3,41", Fraction(341, 82), "85,25"),
        # the same, Satuan "Nilai" as the SKM report names it
        ("Nilai IKM Dinas Pendidikan", "Nilai", "Positif", "82", "3,41", Fraction(341, 82), "85,25"),
        # Indeks Pendidikan on 0-100 (65) typed on 0-1 (0,66): 0,66 / 65 x 100 = 1,015... %; 0,66 x 100 = 66
        ("Indeks Pendidikan", "Indeks", "Positif", "65", "0,66", Fraction(66, 65), "66"),
        # a lower-is-better index (Indeks Gini) on 0-100 (38) typed 0,37: (76 - 0,37) / 38 x 100
        # = 199,02... % Sangat Tinggi; 0,37 x 100 = 37
        ("Indeks Gini", "Indeks", "Negatif", "38", "0,37", (76 - Fraction(37, 100)) / 38 * 100, "37"),
    ],
)
def test_an_index_typed_on_another_scale_than_its_target_is_a_peringatan(
    indikator, satuan, polaritas, target, typed, expected, meant
):
    report = _one(
        indikator, target, (None, typed, None, None), satuan=satuan, polaritas=polaritas, jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact == expected  # computed as typed
    said = _at(report, "L2", PERINGATAN)
    assert len(said) == 1, [f.pesan for f in report.findings]
    assert typed in said[0].pesan and f"Target {target}" in said[0].pesan
    assert "skala" in said[0].pesan and f"tulis {meant}" in said[0].pesan


def test_an_index_quarter_on_another_scale_beside_one_on_the_targets_is_pointed_out():
    # IKM averaged (Rata-rata) over TW I 84 (konversi) and TW II 3,41 (interval): (84 + 3,41) / 2
    # = 43,705 of a target 82: 53,29... % Rendah, computed as typed; TW II is pointed out, TW I not
    report = _one(
        "Indeks Kepuasan Masyarakat", "82", ("84", "3,41", None, None), satuan="Indeks", jenis="Rata-rata"
    )
    assert report.indicators[0].capaian_exact == (84 + Fraction(341, 100)) / 2 / 82 * 100
    assert len(_at(report, "L2", PERINGATAN)) == 1
    assert _at(report, "K2") == []


@pytest.mark.parametrize(
    ("satuan", "target", "tws", "jenis"),
    [
        ("Indeks", "3,2", (None, "3,41", None, None), "Nilai Akhir"),  # both on the 1-4 scale
        ("Indeks", "0,65", (None, "0,66", None, None), "Nilai Akhir"),  # both on 0-1
        ("Indeks", "82", (None, "85,25", None, None), "Nilai Akhir"),  # both konversi
        # an index far below its target but above a tenth of it: a poor result, not another scale
        ("Indeks", "82", (None, "9", None, None), "Nilai Akhir"),
        # a count early in the year (1 of 12 sekolah) is no index
        ("Sekolah", "12", ("1", None, None, None), "Kumulatif"),
        ("Indeks", "82", (None, "0", None, None), "Nilai Akhir"),  # a zero score has its own peringatan
        ("Poin", "100", ("5", None, None, None), "Kumulatif"),  # points chosen Kumulatif: a flow
    ],
)
def test_an_index_on_its_targets_scale_or_another_satuan_is_not_pointed_out(satuan, target, tws, jenis):
    report = _one("Indeks Kepuasan Masyarakat", target, tws, satuan=satuan, jenis=jenis)
    said = [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel in ("K2", "L2")]
    assert not [p for p in said if "skala" in p], said


# --- 2. an education indicator whose lower value is better, Polaritas blank ---------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        "Angka buta aksara",
        "Persentase penduduk usia 15-59 tahun buta huruf",
        "Angka mengulang kelas SD",
        "Angka putus sekolah SMP",  # said before this round; kept beside the new words
    ],
)
def test_an_education_indicator_whose_lower_value_is_better_left_positif_is_a_peringatan(indikator):
    report = _one(indikator, "1,5", (None, "1,2", None, None), satuan="%", jenis="Nilai Akhir")
    # Computed as typed (Positif): 1,2 / 1,5 x 100 = 80 % Tinggi; Negatif would be (3 - 1,2) / 1,5 x 100
    # = 120 %: the peringatan asks to choose
    assert report.indicators[0].capaian_exact == 80
    (said,) = _at(report, "G2", PERINGATAN)
    assert "Negatif" in said.pesan and "kosong" in said.pesan


@pytest.mark.parametrize(
    "indikator",
    [
        "Angka melek huruf",  # higher is better
        "Persentase penduduk bebas buta aksara",  # freed from it: higher is better
        "Persentase desa bebas stunting",
        "Jumlah warga belajar program pemberantasan buta aksara",
    ],
)
def test_an_education_indicator_whose_higher_value_is_better_is_not_pointed_out(indikator):
    report = _one(indikator, "1,5", (None, "1,2", None, None), satuan="%", jenis="Nilai Akhir")
    assert _at(report, "G2") == []


# --- 3. a Kecamatan's Sasaran typed without an indicator (its IKU at Tujuan level only) ----------------
# Row 2 the Tujuan with its IKM, row 3 the Sasaran without Indikator, rows 4-6 its programs. The Sasaran
# row is a galat at its Indikator (not counted, as before); the programs' Kode Induk and the budgets'
# Kode Sasaran naming it said that "S1" was not in the Kinerja sheet at all, where it is, on row 3.


def _kecamatan(sasaran_tingkat="Sasaran", induk="T1"):
    kinerja = [
        kinerja_row(
            "T1", "Tujuan", "", "Meningkatnya kualitas pelayanan kecamatan", "Indeks Kepuasan Masyarakat",
            "80", (None, "82,5", None, None), satuan="Indeks", jenis="Nilai Akhir",
        ),
        kinerja_row("S1", sasaran_tingkat, induk, "Meningkatnya pelayanan administrasi", None, None, satuan=None),
        kinerja_row(
            "P1", "Program", "S1", "Program Penyelenggaraan Pemerintahan", "Jumlah musrenbang kecamatan",
            "1", (None, "1", None, None), satuan="Kali",
        ),
        kinerja_row(
            "P2", "Program", "S1", "Program Pemberdayaan Masyarakat Desa", "Jumlah desa yang dibina",
            "12", ("3", "3", None, None), satuan="Desa",
        ),
    ]  # fmt: skip
    anggaran = [
        anggaran_row(
            "P1", "Program Penyelenggaraan Pemerintahan", "S1", "1.000.000.000", ("100 jt", "200 jt")
        ),
        anggaran_row("P2", "Program Pemberdayaan Masyarakat Desa", "S1", "500.000.000", ("0", "100 jt")),
    ]
    return run(kinerja, [(*row, None, None) for row in anggaran])


def test_a_kode_induk_naming_a_sasaran_typed_without_indicator_says_where_it_stands():
    report = _kecamatan()
    assert [f.severity for f in _at(report, "E3")] == ["galat"]  # the Sasaran row: as before
    for cell in ("C4", "C5"):
        (said,) = _at(report, cell)
        assert "tidak ada di sheet Kinerja" not in said.pesan, said.pesan
        assert "Kinerja!E3" in said.pesan and "tanpa indikator" in said.pesan
    # the figures are those of before: the Tujuan's IKM 82,5 / 80 x 100 = 103,125 %; P1 1 / 1 = 100 %;
    # P2 (3 + 3) / 12 x 100 = 50 % (Kumulatif)
    capaian = {i.kode + i.indikator[:6]: i.capaian_exact for i in report.indicators}
    assert capaian == {"T1Indeks": Fraction(825, 8), "P1Jumlah": 100, "P2Jumlah": 50}


def test_a_kode_sasaran_naming_a_sasaran_typed_without_indicator_says_where_it_stands():
    report = _kecamatan()
    said = [f for f in report.findings if f.sheet == "Anggaran" and f.sel in ("C2", "C3")]
    assert len(said) == 2
    for f in said:
        assert "tidak ada di sheet Kinerja" not in f.pesan, f.pesan
        assert "Kinerja!E3" in f.pesan and "tanpa indikator" in f.pesan


def test_a_kode_induk_naming_no_row_at_all_still_says_it_is_not_there():
    report = run(
        [
            kinerja_row(
                "P1",
                "Program",
                "S9",
                "Program",
                "Jumlah musrenbang",
                "1",
                (None, "1", None, None),
                satuan="Kali",
            )
        ]
    )
    (said,) = _at(report, "C2")
    assert 'Kode Induk "S9" untuk "P1" tidak ada di sheet Kinerja' in said.pesan


# --- 4. a ratio typed as a ratio ("Rasio guru-murid 1:20") ------------------------------------------


@pytest.mark.parametrize("typed", ["1:22", "1 : 22"])
def test_a_ratio_typed_as_a_ratio_is_a_galat_saying_what_to_type(typed):
    report = _one(
        "Rasio guru-murid SD", "1:20", (None, typed, None, None), satuan="Rasio", jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact is None  # no figure guessed
    for cell, figure in (("I2", "20"), ("L2", "22")):
        (said,) = _at(report, cell)
        assert said.severity == "galat"
        assert "perbandingan" in said.pesan and f"({figure})" in said.pesan and "Negatif" in said.pesan


def test_a_clock_duration_is_still_said_as_a_duration():
    report = _one(
        "Waktu tanggap", "2", (None, "1:30", None, None), satuan="jam", jenis="Rata-rata", polaritas="Negatif"
    )
    (said,) = _at(report, "L2")
    assert "jam:menit" in said.pesan and "1,5" in said.pesan


# --- 5. a Kecamatan's "done" typed in place of the figure ----------------------------------------------
# "Tersusunnya dokumen Renja Kecamatan", target 1 Dokumen, TW II typed "Ada", "Sudah", "√": the indicator
# was belum diketahui (no capaian, counted among those "belum dapat diukur") without a word, where
# "Selesai" or "Terlaksana" had the peringatan of a verdict typed in place of the figure.


@pytest.mark.parametrize(
    "typed", ["Ada", "Sudah", "Ya", "Tersusun", "Sudah tersusun", "Telah dilaksanakan", "√", "✓", "V"]
)
def test_a_done_typed_in_place_of_the_figure_is_a_peringatan(typed):
    report = _one("Tersusunnya dokumen Renja Kecamatan", "1", (None, typed, None, None), satuan="Dokumen")
    (ind,) = report.indicators
    assert ind.capaian is None and ind.status  # no figure invented from a word: belum diketahui
    (said,) = _at(report, "L2", PERINGATAN)
    assert f'"{typed}"' in said.pesan and "angka dalam Satuan" in said.pesan


@pytest.mark.parametrize("typed", ["Menunggu data", "Belum ada data", "Dalam proses", "-", "Belum ada"])
def test_a_status_that_the_figure_is_not_there_yet_stays_quiet(typed):
    report = _one("Tersusunnya dokumen Renja Kecamatan", "1", (None, typed, None, None), satuan="Dokumen")
    assert _at(report, "L2") == []


@pytest.mark.parametrize("typed", ["Tidak ada", "tidak ada kasus"])
def test_none_typed_in_words_for_a_count_is_a_peringatan_saying_to_write_nihil_or_a_dash(typed):
    # "Jumlah kasus anak putus sekolah", Negatif, target 10 kasus, TW II "Tidak ada": belum diketahui
    # (out of the mean and of the counts) without a word; meant 0 (capaian (20 - 0) / 10 x 100 = 200 %)
    # or no data yet ("-"): which, the staff say; no figure is guessed
    report = _one(
        "Jumlah kasus anak putus sekolah",
        "10",
        (None, typed, None, None),
        satuan="Kasus",
        polaritas="Negatif",
    )
    (ind,) = report.indicators
    assert ind.capaian is None and ind.status
    (said,) = _at(report, "L2", PERINGATAN)
    assert f'"{typed}"' in said.pesan and '"nihil"' in said.pesan and '"-"' in said.pesan


# --- 6. a share typed as "10 dari 12" ------------------------------------------------------------------
# "Persentase desa yang menyampaikan laporan tepat waktu" (Satuan %), TW II typed "10 dari 12 desa": the
# galat told to write "angkanya saja (10)", which gives 10 %, a capaian of 10 % of a target 100 %
# Sangat Rendah; 10 of 12 desa is 10 / 12 x 100 = 83,33 %.


@pytest.mark.parametrize("typed", ["10 dari 12 desa", "10/12", "10 / 12 desa", "10 dari 12"])
def test_a_share_typed_as_n_of_m_for_a_percentage_names_the_percentage(typed):
    report = _one("Persentase desa yang menyampaikan laporan tepat waktu", "100", (None, typed, None, None))
    assert report.indicators[0].capaian is None  # a galat: nothing computed from it
    (said,) = _at(report, "L2")
    assert said.severity == "galat"
    assert "83,33" in said.pesan and "(10)" not in said.pesan, said.pesan


def test_a_count_typed_as_n_of_m_says_to_write_the_count():
    # "Jumlah desa yang menyampaikan laporan" (Satuan Desa), target 12: the count is 10
    report = _one(
        "Jumlah desa yang menyampaikan laporan", "12", (None, "10 dari 12 desa", None, None), satuan="Desa"
    )
    (said,) = _at(report, "L2")
    assert said.severity == "galat" and "(10)" in said.pesan and "Keterangan" in said.pesan, said.pesan


def test_a_fraction_of_a_day_is_no_part_of_a_whole():
    # "1/2 hari" (half a day) of a Satuan hari: a galat as before, without "bagian dari jumlah"
    report = _one("Lama layanan", "2", (None, "1/2 hari", None, None), satuan="hari", polaritas="Negatif")
    (said,) = _at(report, "L2")
    assert said.severity == "galat" and "bagian dari jumlah" not in said.pesan, said.pesan


# --- 7. a quarter's formula over data not typed yet, giving 0 --------------------------------------------
# Staff compute the APK in the quarter's cell from columns of their own (=IFERROR(P2/Q2*100;0), =SUM(P2:Q2))
# before the quarter's data is in: Excel saves 0, read as a realisasi of 0. Nilai Akhir took it as the
# position (TW I 94, TW II 0 of a target 95: capaian 0 % Sangat Rendah); Rata-rata averaged it in
# ((94 + 0) / 2 = 47: 49,47 %), without a word; a 0 typed stays quiet (the seed types real zeros).


@pytest.mark.parametrize(
    ("jenis", "expected"),
    [
        ("Nilai Akhir", Fraction(0)),  # 0 / 95 x 100
        ("Rata-rata", Fraction(47, 95) * 100),  # (94 + 0) / 2 = 47; 47 / 95 x 100 = 49,47... %
    ],
)
# (a reference to an empty cell of another sheet gives 0 too: ='Data TW II'!D5)
@pytest.mark.parametrize("formula", ["=IFERROR(P2/Q2*100,0)", "=SUM(P2:Q2)", "='Data TW II'!D5"])
def test_a_quarters_formula_giving_0_is_a_peringatan(jenis, expected, formula):
    from lkj_xl.core.model import Cell

    report = _one("APK SMP", "95", ("94", Cell(0, formula=formula), None, None), jenis=jenis)
    assert report.indicators[0].capaian_exact == expected  # computed as saved
    (said,) = _at(report, "L2", PERINGATAN)
    assert formula in said.pesan and "0" in said.pesan and '"-"' in said.pesan, said.pesan


def test_a_column_of_formulas_giving_0_is_said_once():
    from lkj_xl.core.model import Cell

    # six APK rows (2-7), Nilai Akhir, TW I 94, TW II =IFERROR(P{r}/Q{r}*100,0) saved as 0 in each
    rows = [
        kinerja_row(
            f"S{r}", "Sasaran", "", "Sasaran", "APK", "95",
            ("94", Cell(0, formula=f"=IFERROR(P{r}/Q{r}*100,0)"), None, None), jenis="Nilai Akhir",
        )
        for r in range(2, 8)
    ]  # fmt: skip
    report = run(rows)
    said = [f for f in report.findings if f.sheet == "Kinerja" and "rumus" in f.pesan]
    assert [(f.sel, f.severity) for f in said] == [("L2:L7", PERINGATAN)]
    assert "6 indikator" in said[0].pesan and "baris 2-7" in said[0].pesan


def test_a_zero_typed_or_a_formula_giving_a_figure_is_not_pointed_out():
    from lkj_xl.core.model import Cell

    # (figures59: a 0 typed after TW I's 94 under Nilai Akhir, a fall to nothing, is now told at its cell,
    # tests/test_figures59.py; a typed zero with no figure before it, the seed's, stays quiet)
    for tw1, tw2 in ((None, 0), ("-", "0"), (None, "nihil"), ("94", Cell(96.5, formula="=P2/Q2*100"))):
        report = _one("APK SMP", "95", (tw1, tw2, None, None), jenis="Nilai Akhir")
        assert _at(report, "L2") == [], tw2
    # a formula 0 in a quarter after the reported one is not counted, so not said
    report = _one("APK SMP", "95", ("94", "96", Cell(0, formula="=SUM(P2:Q2)"), None), jenis="Nilai Akhir")
    assert [f for f in report.findings if f.sel == "M2" and "rumus" in f.pesan] == []


# --- every output of one computation says the same ---------------------------------------------------


@pytest.mark.slow  # (three CLI runs on the example, about 4 s)
def test_check_export_and_pemeriksaan_say_the_index_scale_and_the_done_alike(tmp_path):
    # The example (Kinerja's header on row 3): K1.03.01 (row 11), 2 dokumen, TW II 1 typed "Ada";
    # K2.02.01 (row 17, 68 koperasi, TW II 73) made an IKM: Satuan Indeks, Nilai Akhir, target 82, TW II
    # the survey's nilai interval 3,41; P1.03 (row 10), Nilai Akhir, target 61,45 %, TW II the seed's
    # typed 0 made a formula Excel saved as 0.
    kinerja = {"L11": "Ada", "L10": "=IFERROR(P10/Q10*100,0)", "E17": "Indeks Kepuasan Masyarakat"}
    kinerja |= {"F17": "Indeks", "H17": "Nilai Akhir", "I17": 82, "L17": "3,41"}
    path = common.example_typed(tmp_path, "kecamatan", 2, {("Kinerja", ref): v for ref, v in kinerja.items()})
    common.rewrite_cells(
        path, {"xl/worksheets/sheet3.xml": [("L10", "", "<f>IFERROR(P10/Q10*100,0)</f><v>0</v></c>")]}
    )
    said = [
        ("L11", 'berisi "Ada"'),
        ("L17", "3,41 x 25 = 85,25"),
        ("L10", "=IFERROR(P10/Q10*100,0) yang bernilai 0"),
    ]
    exported = common.peringatan_alike(path, tmp_path, said)
    # the figures as typed: K1.03.01 belum diketahui; K2.02.01 3,41 / 82 x 100 = 4,158... %; P1.03 0 of
    # 61,45 %, as the seed's typed 0
    by_kode = {r["kode"]: r for r in exported["indikator"]}
    assert (by_kode["K1.03.01"]["target"], by_kode["P1.03"]["target"]) == (2, 61.45)  # the rows meant
    assert by_kode["K1.03.01"]["capaian"] is None
    assert by_kode["K2.02.01"]["capaian"] == pytest.approx(float(Fraction(341, 82)))
    assert by_kode["P1.03"]["capaian"] == 0


@pytest.mark.parametrize(("typed", "figure"), [("2 (dua) kali", "2"), ("12 (dua belas) desa", "12")])
def test_a_number_with_its_words_in_brackets_before_the_satuan_says_what_to_type(typed, figure):
    # "2 (dua) kali", as letters of the government write a count: a galat as before, now naming the
    # figure to type (it said only "ada teks '(dua) kali' setelah angka")
    report = _one("Jumlah rapat koordinasi", "4", (None, typed, None, None), satuan="Kali")
    (said,) = _at(report, "L2")
    assert said.severity == "galat" and f"tulis angkanya saja ({figure})" in said.pesan, said.pesan
