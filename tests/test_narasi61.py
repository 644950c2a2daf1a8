"""narasi61: figures staff write in the Analisis texts, compared with the table, each with its own period.

S1 of tests.test_narasi57: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8: s.d. TW I
30 / 80 = 37,5 %, s.d. TW II 38,4 / 80 = 48 %, s.d. TW III 60 / 80 = 75 %, the year's 76,8 / 80 = 96 %.
``_semua(triwulan, teks)``: every Analisis finding of S1's Upaya / Solusi typed ``teks`` in the report of
Pengaturan's Triwulan ``triwulan``; ``_angka``: the figure check's only.
"""

from __future__ import annotations

import pytest

from tests.test_narasi57 import _semua
from tests.test_narasi60 import _angka

# --- 1. last year (another period) named before the noun, without "pada" ---------------------------------


@pytest.mark.parametrize("triwulan", [2, "Semester I", "Tahunan"])
@pytest.mark.parametrize(
    "teks",
    [
        "Tahun lalu capaian 70%.",
        "Tahun lalu, capaian sebesar 70%.",
        "Tahun sebelumnya capaian kinerja 70%.",
        "Tahun 2024 capaian 70%.",
        "Tahun 2024, realisasi sebesar 70%.",
        "Triwulan lalu capaian 70%.",
        "Semester yang lalu capaian 70%.",
        "Periode lalu capaian 70%.",
        "Capaian 48% di triwulan ini, dan tahun lalu capaian 70%.",
    ],
)
def test_a_figure_of_last_year_named_before_the_noun_is_not_this_years(triwulan, teks):
    # 70 % is last year's (an earlier period's) capaian: the workbook holds no last year's target, so no
    # capaian of last year to compare it with. Before: 'menyebut capaian 70%, padahal yang dihitung ...
    # capaian 48,00%' (96,00 % in the year's report), a false peringatan on a true sentence ("Pada tahun
    # lalu capaian 70%", with "pada", was already quiet).
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("triwulan", "teks", "dihitung"),
    [
        # this year's figure after last year's, in the same sentence: still compared
        (2, "Tahun lalu capaian 70%, tahun ini capaian 69%.", "48,00"),
        (2, "Tahun lalu capaian 70% dan tahun ini capaian 69%.", "48,00"),
        ("Tahunan", "Tahun lalu capaian 70%, tahun ini 69%.", "96,00"),
        # this year named so, or last year only compared with: this year's
        (2, "Tahun 2025 capaian 69%.", "48,00"),
        (2, "Tahun ini, capaian 69%.", "48,00"),
        (2, "Dibandingkan tahun lalu, capaian 69%.", "48,00"),
        (2, "Sama seperti tahun lalu, capaian 69%.", "48,00"),
    ],
)
def test_this_years_figure_beside_last_years_is_still_told(triwulan, teks, dihitung):
    # 69 % typed; TW II's 38,4 / 80 = 48 %, the year's 76,8 / 80 = 96 %: told (70 % never)
    (said,) = _angka(triwulan, teks)
    assert "menyebut capaian 69%" in said and f"capaian {dihitung}%" in said and "70%" not in said


@pytest.mark.parametrize("triwulan", [2, "Tahunan"])
def test_a_right_figure_of_this_year_beside_last_years_is_quiet(triwulan):
    dihitung = "48" if triwulan == 2 else "96"
    assert _semua(triwulan, f"Tahun lalu capaian 70%, tahun ini capaian {dihitung}%.") == []


# --- 4. a figure of a half year that ends after the quarterly report's quarter ---------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as"),
    [
        (2, "Capaian s.d. Semester II Tahun 2025: 96%.", "capaian s.d. Semester II sebesar 96%"),
        (2, "Capaian s.d. Semester II sebesar 96%.", "capaian s.d. Semester II sebesar 96%"),
        (2, "Capaian kinerja Semester II sebesar 96,00%.", "capaian Semester II sebesar 96,00%"),
        (2, "Realisasi s.d. Smt. II sebesar 76,8%.", "realisasi s.d. Semester II sebesar 76,8%"),
        (3, "Capaian s.d. Semester II Tahun 2025: 96%.", "capaian s.d. Semester II sebesar 96%"),
        (1, "Capaian s.d. Semester I sebesar 48%.", "capaian s.d. Semester I sebesar 48%"),
        (1, "Capaian semester I sebesar 48 persen.", "capaian Semester I sebesar 48 persen"),
    ],
)
def test_a_later_half_years_figure_in_a_quarterly_report_is_told(triwulan, teks, said_as):
    # Semester II ends with TW IV, Semester I with TW II: after the report's quarter, its figure cannot
    # exist yet (a figure of a later workbook, or the period mistyped). Before: quiet, printed as typed (in
    # Semester I's report the period check already says 'menyebut Semester II').
    (said,) = _semua(triwulan, teks)
    assert said.startswith(f'Upaya / Solusi Kode "S1" menyebut {said_as}, tetapi laporan ini Triwulan ')
    assert "semester itu belum berakhir, angkanya belum ada" in said
    assert said.endswith("(angka dalam teks dicetak apa adanya di laporan)")


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # a hope, a plan, a goal, a target, a bound: no figure reached
        (2, "Capaian s.d. Semester II diharapkan mencapai 100%."),
        (2, "Capaian s.d. Semester II ditargetkan 100%."),
        (2, "Capaian s.d. Semester II akan mencapai 100%."),
        (2, "Diharapkan capaian s.d. Semester II sebesar 100%."),
        (2, "Upaya agar capaian s.d. Semester II sebesar 100%."),
        (2, "Target s.d. Semester II sebesar 100%."),
        (2, "Capaian s.d. Semester II melebihi 100%."),
        # another year's, last year's, the budget's
        (2, "Capaian s.d. Semester II tahun 2024 sebesar 90%."),
        (2, "Capaian semester II tahun lalu sebesar 90%."),
        (2, "Realisasi anggaran s.d. Semester II sebesar 50%."),
        # the report's own half year: compared as before (48 % = 38,4 / 80 right)
        (2, "Capaian s.d. Semester I sebesar 48%."),
        (2, "Capaian TW II / Semester I sebesar 48%."),
        # the half year's and the year's reports: left to the period check, as before
        (4, "Capaian s.d. Semester II sebesar 96%."),
        ("Tahunan", "Capaian s.d. Semester II Tahun 2025: 96%."),
    ],
)
def test_no_reached_figure_of_a_later_half_year_stays_quiet(triwulan, teks):
    assert _semua(triwulan, teks) == []


def test_the_half_years_report_keeps_one_peringatan():
    # Semester I's report: one peringatan. (narasi63) It is the figure's, naming it and why no figure can
    # exist yet; narasi61 left the period check's "menyebut Semester II, tetapi laporan ini Semester I" here,
    # which said nothing of the figure ("Capaian pada Semester II 96%" it did not even tell)
    (said,) = _semua("Semester I", "Capaian s.d. Semester II Tahun 2025: 96%.")
    assert "menyebut capaian s.d. Semester II sebesar 96%, tetapi laporan ini Semester I Tahun 2025" in said
    assert "semester itu belum berakhir, angkanya belum ada" in said


def test_a_later_half_years_figure_is_marked_where_it_is_printed(tmp_path):
    """The example (Triwulan II 2025; S2, Kumulatif 25 + 4 = 29 of 40,71 %) with S2's Faktor Pendukung
    (Analisis!C7) stating a figure s.d. Semester II: the peringatan in `lkj-xl check` and its "[isi: ...]"
    line under the point in the Analisis Capaian sheet (before: printed as typed, without a word)."""
    teks = "Capaian kinerja s.d. Semester II Tahun 2025 sebesar 100%."
    pesan = (
        'Faktor Pendukung Kode "S2" menyebut capaian s.d. Semester II sebesar 100%, tetapi laporan ini '
        "Triwulan II Tahun 2025 (Pengaturan, Triwulan): semester itu belum berakhir, angkanya belum ada; "
        "perbaiki teksnya (angka dalam teks dicetak apa adanya di laporan)"
    )
    said_in_check_and_sheet(tmp_path, 2, teks, pesan)


def said_in_check_and_sheet(tmp_path, triwulan: int, teks: str, pesan: str) -> None:
    """The example in report ``triwulan`` with S2's Faktor Pendukung (Analisis!C7) holding ``teks``:
    ``pesan`` in `lkj-xl check`, and as the "[isi: ...]" line under the point in Analisis Capaian."""
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    workbook = example_typed(tmp_path, f"teks{triwulan}", triwulan, {("Analisis", "C7"): teks})
    checked = CliRunner().invoke(main, ["check", str(workbook)])
    assert pesan in " ".join(checked.output.split()), checked.output
    built = CliRunner().invoke(main, ["build", str(workbook)])
    assert built.exit_code == 0, built.output
    sheet = openpyxl.load_workbook(workbook)["Analisis Capaian"]
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert texts[texts.index(teks) + 1] == f"[isi: {pesan}; perbaiki Analisis!C7]"


# --- 5. the second and later figures of one sentence ------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # TW I's realisasi 30 % and its capaian 30 / 80 = 37,5 %
        (2, "Realisasi TW I sebesar 30% dan capaian 37,5%."),
        (2, "Realisasi TW I sebesar 30% dengan capaian 37,5%."),
        (2, "Pada TW I realisasi sebesar 30% dan capaian 37,5%."),
        (2, "Realisasi pada TW I sebesar 30% sehingga capaiannya 37,5%."),
        (2, "Realisasi 30% pada TW I dan capaian 37,5%."),
        (2, "Realisasi TW I sebesar 30% (capaian 37,5%)."),
        # last year's (60 of 80: 75 %), another year's
        (2, "Pada tahun lalu realisasi 60% dan capaian 75%."),
        (2, "Realisasi tahun lalu 60% dan capaian 75%."),
        (2, "Realisasi 60% pada tahun 2024 dan capaian 75%."),
        # Semester I's (38,4 / 80 = 48 %) in the year's report, TW III's (60 / 80 = 75 %) in Triwulan IV
        ("Tahunan", "Realisasi s.d. Semester I sebesar 38,4% dan capaian 48%."),
        (4, "Realisasi TW III sebesar 60% sehingga capaiannya 75%."),
    ],
)
def test_a_figure_continuing_another_periods_clause_is_that_periods(triwulan, teks):
    # the second figure names no period: its clause's is the first's, another than the report's (TW II's
    # 38,4 / 80 = 48 %, the year's 96 %). Before: 'menyebut capaian 37,5%, padahal ... capaian 48,00%' (75 %
    # against 48,00 % / 96,00 %), a false peringatan on a true sentence.
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("teks", "said_as"),
    [
        # the report's own figures, each compared: TW II's realisasi 38,4 %, capaian 38,4 / 80 = 48 %
        ("Realisasi 38,4% dan capaian 69%.", "capaian 69%"),
        ("Realisasi 50% dan capaian 48%.", "realisasi 50%"),
        ("Target 80%, realisasi 38,4% dan capaian 69%.", "capaian 69%"),
        ("Target 80%, realisasi 50% dan capaian 48%.", "realisasi 50%"),
        ("Realisasi sebesar 38,4% dengan capaian sebesar 69%.", "capaian 69%"),
        ("Target untuk indikator ini adalah 80% dan realisasi 38,4% sehingga capaiannya 69%.", "capaian 69%"),
        ("Realisasi s.d. TW II sebesar 38,4% dan capaian 69%.", "capaian 69%"),
        ("Realisasi 38,4% pada triwulan ini dan capaian 69%.", "capaian 69%"),
        # a period of its own, a contrast, a new sentence, a budget's figure before: read alone
        ("Realisasi TW I sebesar 30% dan capaian TW II sebesar 69%.", "capaian 69%"),
        ("Realisasi TW I sebesar 30%, sedangkan capaian 69%.", "capaian 69%"),
        ("Realisasi TW I sebesar 30%. Capaian 69%.", "capaian 69%"),
        ("Realisasi TW I sebesar 30% dan capaian tahun ini 69%.", "capaian 69%"),
        ("Realisasi anggaran 36% dan capaian 69%.", "capaian 69%"),
        ("Capaian nasional 60% dan capaian 69%.", "capaian 69%"),
    ],
)
def test_each_figure_of_a_sentence_is_compared(teks, said_as):
    (said,) = _angka(2, teks)
    assert f"menyebut {said_as}," in said and "capaian 48,00%" in said


def test_the_target_before_two_right_figures_is_compared():
    # 70 % typed, the target 80 %: told; the realisasi 38,4 % and capaian 38,4 / 80 = 48 % right
    (said,) = _semua(2, "Target 70%, realisasi 38,4% dan capaian 48%.")
    # (the Target named as typed, 80, since tampilan61: never 80,00%)
    assert "menyebut target 70%," in said and "target 80%," in said


@pytest.mark.parametrize(
    "teks",
    [
        "Target 80%, realisasi 38,4% dan capaian 48%, kriteria sangat rendah.",
        "Realisasi 38,4%, capaian 48% dan realisasi anggaran 36%.",
        "Realisasi sebesar 38,4% atau dengan kata lain capaiannya sebesar 48%.",
    ],
)
def test_every_right_figure_of_a_sentence_is_quiet(teks):
    assert _angka(2, teks) == []


def test_a_quarters_target_with_its_figure_leaves_the_capaian_after_it_the_reports():
    # README: "Target TW II sebesar 50%, capaian 70%": the capaian is the report's (the year's 96 %), the
    # target's period not carried to it (a target's figure never makes the next one another period's)
    (said,) = _angka("Tahunan", "Target TW II sebesar 50%, capaian sebesar 70%.")
    assert "menyebut capaian 70%," in said and "capaian 96,00%" in said


# --- 2. an unnamed figure beside the report's own period's -------------------------------------------------


def test_the_own_periods_figure_after_an_unnamed_one_is_compared():
    # Triwulan II: "capaian pada TW II" is the report's own (38,4 / 80 = 48 %), compared; the unnamed 69 %
    # before it is another period's (narasi60's reading, README), not compared
    assert _angka(2, "Capaian 69% dan capaian pada TW II sebesar 48%.") == []
    (said,) = _angka(2, "Capaian 48% dan capaian pada TW II sebesar 69%.")
    assert "menyebut capaian 69%," in said and "capaian 48,00%" in said and "capaian 48%" not in said
    # the year's report: TW II is earlier, the unnamed figure before it the year's (96 %), compared
    (said,) = _angka("Tahunan", "Capaian 69% dan capaian pada TW II sebesar 48%.")
    assert "menyebut capaian 69%," in said and "capaian 96,00%" in said


# --- 3. "semester ini" in the year's report: Semester II, read as its name is ----------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian semester ini sebesar 69%.",
        "Capaian kinerja s.d. semester ini sebesar 69%.",
        "Capaian semester ini sebesar 69%, naik dari Semester I sebesar 48%.",
    ],
)
def test_semester_ini_in_the_years_report_is_semester_ii(teks):
    # the year's report is written after Semester II, the half year ending where it ends: "semester ini"
    # is Semester II, s.d. which the year's 76,8 / 80 = 96 % (Nilai Akhir: Semester II's own figure the
    # same). 69 % typed. Before: quiet (only a half year's report had a "semester ini"), a wrong figure
    # printed without a word; "Capaian Semester II sebesar 69%" was already told.
    (said,) = _angka("Tahunan", teks)
    assert "menyebut capaian 69%," in said and "capaian 96,00%" in said
    assert _semua("Tahunan", teks.replace("69%", "96%")) == []


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # a quarterly report's "semester ini", the year's "triwulan ini": as before (narasi53), not compared
        (2, "Capaian kinerja semester ini sebesar 69%."),
        (4, "Capaian kinerja semester ini sebesar 69%."),
        ("Tahunan", "Capaian kinerja triwulan ini sebesar 69%."),
    ],
)
def test_this_period_said_otherwise_stays_as_before(triwulan, teks):
    assert _angka(triwulan, teks) == []


def _kumulatif_tahunan(teks: str) -> list[str]:
    """The figure check's findings of a Kumulatif Sasaran in the year's report: Target 100 koperasi, TW I-IV
    25 / 4 / 30 / 20: the year's 25 + 4 + 30 + 20 = 79 of 100 = 79 %; Semester II's own 30 + 20 = 50 %."""
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_analisis_capaian import ANALISIS_HEADERS
    from tests.test_engine import grid, kinerja_row, workbook

    quarters = (25, 4, 30, 20)
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi", "Jumlah koperasi", 100, quarters, jenis="Kumulatif", satuan="Koperasi"),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Jumlah koperasi sehat", 100, quarters, jenis="Kumulatif", satuan="Koperasi"),
    ]  # fmt: skip
    books = workbook(rows, triwulan="Tahunan")
    books["Analisis"] = grid(
        [ANALISIS_HEADERS, ["S1", "", *({"Upaya / Solusi": teks}.get(h) for h in ANALISIS_HEADERS[2:])]]
    )
    said = [f.pesan for f in compute(parse_workbook(books)).findings if f.sheet == "Analisis"]
    return [s for s in said if "menyebut capaian" in s]


def test_semester_ini_of_a_running_total_may_be_its_own_share():
    # Kumulatif: "semester ini" alone may be Semester II's own 50 %, as "Semester II" alone is: quiet;
    # up to it ("s.d. semester ini") it is the year's 79 %: 50 % told
    assert _kumulatif_tahunan("Capaian semester ini sebesar 50%.") == []
    (said,) = _kumulatif_tahunan("Capaian s.d. semester ini sebesar 50%.")
    assert "menyebut capaian 50%," in said and "capaian 79,00%" in said


# --- the seed's own Analisis sentences (Triwulan II 2025) in the example, which holds its figures ---------

# (cell, the seed's sentence): S2 is Kumulatif 25 + 4 = 29 of 40,71 % = 71,2356 % (71 %), T2 193.900 juta of
# 1.282.684,40 juta = 15,1167 % (15 %, 15,12 %), S1 without a realisasi
SEED = [
    # seed l.734
    ("C7", "Sasaran Meningkatnya kualitas Koperasi dengan indikator Persentase koperasi yang taat akan peraturan perundang undangan capaian kinerja triwulan ini sebesar 71% belum dapat mencapai target 2025, namun terhadap target triwulan capaiannya sebesar 100%. Capaian sebesar 100% tersebut tidak luput dari adanya faktor pendukung yaitu"),
    # seed l.802
    ("C7", "Sasaran Meningkatnya kualitas Koperasi pada Dinas Koperasi, UKM, Perindustrian dan Perdagangan capaian kinerja tercatat sebesar 71%, sementara realisasi anggaran baru mencapai 36%."),
    # seed l.996
    ("D7", "Indikator kinerja dengan realisasi di bawah 100% sebanyak 1 indikator, yaitu sasaran Meningkatnya Kualitas Koperasi sebesar 29% sehingga capaiannya 71%."),
    # seed l.624
    ("C7", "Sasaran strategis ini diukur dengan menggunakan indikator persentase koperasi yang taat akan peraturan perundang - undangan yang ditargetkan dalam tahun 2025 sebesar 40,71% terealisasi sebesar 29% dengan capaian 71% atau tergolong capaian kinerjanya sedang."),
    # seed l.620
    ("D6", "Tujuan ini diukur dengan menggunakan indikator tujuan Nilai Investasi yang ditargetkan dalam tahun 2025 sebesar 1.282.684,40 juta, terealisasi sebesar 193.900 Juta dengan capaian 15 % atau capaian kinerjanya tergolong sangat rendah dikarenakan merupakan realisasi triwulan I."),
    # seed l.800
    ("D6", "Hal ini diperkuat dengan identifikasi adanya inefisiensi anggaran sebesar -10%, dikarenakan capaian 15% merupakan capaian triwulan I, sedangkan capaian sampai dengan triwulan II akan release tanggal 10 Juli 2025."),
    # seed l.520
    ("D6", "Indikator kinerja tujuan Meningkatnya Investasi Inklusif terealisasi sebesar nihil dengan capaian kinerja 15,12%, capaian masih tergolong sangat rendah dikarenakan merupakan realiasasi di triwulan I, sedangkan laporan triwulan II release tanggal 10 Juli 2025"),
    # seed l.699
    ("C5", "Sasaran Meningkatnya pertumbuhan sektor industri Dengan indikator Prosentase Pertumbuhan Nilai Produksi Industri capaian kinerja tahun ini sebesar nihil (belum diketahui tercapai atau tidaknya), jika diperbandingkan dengan tahun sebelumnya mengalami kenaikan sebesar 2,5%"),
]  # fmt: skip


def _contoh(tmp_path, sel: str, teks: str) -> list[str]:
    """The Analisis findings at ``sel`` of the example (Triwulan II 2025) with ``teks`` typed there."""
    import lkj_xl
    from tests.common import example_typed

    workbook = example_typed(tmp_path, "seed", 2, {("Analisis", sel): teks})
    return [f.pesan for f in lkj_xl.load_report(workbook).findings if f.sheet == "Analisis" and f.sel == sel]


@pytest.mark.parametrize(("sel", "teks"), SEED)
def test_the_seeds_own_sentences_stay_quiet(tmp_path, sel, teks):
    assert _contoh(tmp_path, sel, teks) == []


def test_a_wrong_figure_in_the_seeds_sentence_is_told(tmp_path):
    # guard: the seed's l.802 with 69 % for 71 %: S2's 29 / 40,71 = 71,24 % (its l.734, "triwulan ini
    # sebesar 69%", is quiet: of a Kumulatif with a TW I figure "triwulan ini" may be TW II's own share)
    (said,) = _contoh(tmp_path, "C7", SEED[1][1].replace("sebesar 71%", "sebesar 69%"))
    assert "menyebut capaian 69%," in said and "capaian 71,24%" in said


# --- the seed's Bab III sentence: "yang ditargetkan ... sebesar X terealisasi sebesar Y dengan capaian Z%" ---

# seed l.624 (S2, Triwulan II 2025): the target's figure after "ditargetkan", then what was reached
SEED_BAB_III = (
    "Sasaran strategis ini diukur dengan menggunakan indikator persentase koperasi yang taat akan peraturan "
    "perundang - undangan yang ditargetkan dalam tahun 2025 sebesar 40,71% terealisasi sebesar 29% dengan "
    "capaian {}% atau tergolong capaian kinerjanya sedang."
)


@pytest.mark.parametrize(
    "teks",
    [
        SEED_BAB_III.format(69),
        # (guards: told before too, by the realisasi's figure or the comma between)
        "Indikator ini ditargetkan sebesar 40,71% dan realisasinya 29% sehingga capaian 69%.",
        "Yang ditargetkan tahun 2025 adalah 40,71%, terealisasi 29% dengan capaian 69%.",
    ],
)
def test_the_capaian_after_the_target_stated_with_ditargetkan_is_compared(tmp_path, teks):
    # S2's 29 / 40,71 = 71,24 %; 69 % typed. Before: quiet ("ditargetkan" earlier in the sentence, no comma
    # after it, read the capaian as a hope's), a wrong figure in the seed's own sentence form unseen.
    (said,) = _contoh(tmp_path, "C7", teks)
    assert "menyebut capaian 69%," in said and "capaian 71,24%" in said


@pytest.mark.parametrize(
    "teks",
    [
        SEED_BAB_III.format(71),
        # a hope or plan, no figure reached: quiet as before
        "Capaian ditargetkan 100% pada akhir tahun.",
        "Ditargetkan pada tahun 2025 realisasi dan capaian mencapai 100%.",
        "Ditargetkan sebesar 100% sehingga capaian mencapai 100%.",
    ],
)
def test_the_seeds_bab_iii_sentence_and_hopes_stay_quiet(tmp_path, teks):
    assert _contoh(tmp_path, "C7", teks) == []


# --- 1. last year's realisasi, where the workbook has last year's figures ------------------------------------


def _lalu(triwulan: object, teks: str, satuan: str = "%") -> list[str]:
    """Every Analisis finding of S1 (tests.test_narasi57's, Satuan ``satuan``) with Realisasi Tahun Lalu 65
    and Realisasi 2024 70,5 typed in Kinerja, its Upaya / Solusi typed ``teks``."""
    from lkj_xl.core import contract as c
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_analisis_capaian import ANALISIS_HEADERS
    from tests.test_engine import grid, kinerja_row, pengaturan

    tahun, lalu = (30, "38,4", 60, "76,8"), ["65", "70,5"]
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", 80, tahun, jenis="Nilai Akhir", satuan=satuan) + lalu,
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Persentase koperasi sehat", 80, tahun, jenis="Nilai Akhir", satuan=satuan) + lalu,
    ]  # fmt: skip
    books = {
        "Pengaturan": pengaturan(triwulan),
        "Kinerja": grid([[*c.KINERJA_HEADERS, "Realisasi Tahun Lalu", "Realisasi 2024"], *rows]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
        "Analisis": grid([ANALISIS_HEADERS, ["S1", "", None, None, teks, None]]),
    }
    return [f.pesan for f in compute(parse_workbook(books)).findings if f.sheet == "Analisis"]


@pytest.mark.parametrize("triwulan", [2, "Tahunan"])
@pytest.mark.parametrize(
    "teks",
    [
        "Tahun lalu realisasi 75%.",
        "Realisasi tahun lalu sebesar 75%.",
        "Pada tahun 2024 realisasi 75%.",
        "Tahun sebelumnya, realisasi mencapai 75%.",
    ],
)
def test_last_years_realisasi_is_compared_with_last_years_figures(triwulan, teks):
    # 75 % is neither Realisasi Tahun Lalu 65 % nor Realisasi 2024 70,5 % (nor 70,5 cut to 70): told, naming
    # both. Before: 'menyebut realisasi 75%, padahal ... realisasi 38,40%' against this year's (opening the
    # sentence), or quiet ("Realisasi tahun lalu sebesar 75%").
    (said,) = _lalu(triwulan, teks)
    assert said == (
        'Upaya / Solusi Kode "S1" menyebut realisasi tahun lalu 75%, padahal di sheet Kinerja: Realisasi '
        "Tahun Lalu 65,00%, Realisasi 2024 70,50%; perbaiki teksnya (angka dalam teks dicetak apa adanya di "
        "laporan)"
    )


@pytest.mark.parametrize(
    "teks",
    [
        # last year's figures, either column, rounded or cut as typed
        "Tahun lalu realisasi 65%.",
        "Realisasi tahun lalu sebesar 65,00%.",
        "Pada tahun 2024 realisasi 70,5%.",
        "Tahun lalu realisasi 71%.",
        # another year, last year's capaian (no target of last year in the workbook), a budget's, a change
        "Tahun 2023 realisasi 75%.",
        "Tahun lalu capaian 75%.",
        "Realisasi anggaran tahun lalu 75%.",
        "Realisasi tahun lalu naik 75%.",
    ],
)
def test_last_years_right_or_other_figures_stay_quiet(teks):
    assert _lalu(2, teks) == []


def test_last_years_realisasi_of_a_count_stays_quiet():
    # a count's "75%" is a share of a target of last year the workbook does not hold
    assert _lalu(2, "Tahun lalu realisasi 75%.", satuan="Koperasi") == []


@pytest.mark.parametrize(
    "teks",
    [
        "Ditargetkan realisasi sebesar 40,71% dan capaian 100%.",
        "Diharapkan realisasi sebesar 38,4% dan capaian 100%.",
    ],
)
def test_a_decimal_comma_does_not_end_a_hopes_clause(teks):
    # a hope's (a target's) figures: the 100 % is no capaian reached. Before: 'menyebut capaian 100%, ...
    # capaian 48,00%' (the decimal comma of 40,71 / 38,4 read as the comma ending the hope's clause; the same
    # sentence with "80%" was quiet)
    assert _angka(2, teks) == []


def test_a_clause_after_a_hope_and_a_decimal_is_still_reached():
    # guard (revnarasi58): a comma after the hope's words ends its clause, the capaian after it is reached:
    # 69 % against 38,4 / 80 = 48 %
    (said,) = _angka(2, "Diharapkan kinerja meningkat 2,5 poin, capaian sebesar 69%.")
    assert "menyebut capaian 69%," in said and "capaian 48,00%" in said
