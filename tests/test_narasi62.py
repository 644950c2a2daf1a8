"""narasi62: figures staff write in the Analisis texts, each read with its own period.

S1 of tests.test_narasi57: a % indicator, Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8: s.d. TW I
30 / 80 = 37,5 %, s.d. TW II 38,4 / 80 = 48 %, s.d. TW III 60 / 80 = 75 %, the year's 76,8 / 80 = 96 %.
``_semua(triwulan, teks)``: every Analisis finding of S1's Upaya / Solusi typed ``teks`` in the report of
Pengaturan's Triwulan ``triwulan``.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_capaian import ANALISIS_HEADERS
from tests.test_engine import grid, kinerja_row, workbook
from tests.test_narasi57 import _semua

# --- 3. a later half year named after the figure -----------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as"),
    [
        (2, "Capaian 96% pada Semester II.", "capaian Semester II sebesar 96%"),
        (2, "Capaian sebesar 96% di semester II.", "capaian Semester II sebesar 96%"),
        (
            2,
            "Capaian kinerja sebesar 96% s.d. Semester II Tahun 2025.",
            "capaian s.d. Semester II sebesar 96%",
        ),
        (3, "Capaian 96% pada Semester II.", "capaian Semester II sebesar 96%"),
        (1, "Realisasi 38,4% pada Semester I.", "realisasi Semester I sebesar 38,4%"),
    ],
)
def test_a_later_half_year_named_after_the_figure_is_told(triwulan, teks, said_as):
    # Semester II ends with TW IV, Semester I with TW II: after the report's quarter, no figure yet. Before:
    # quiet (angka_nanti read the half year between the noun and the figure only; after the figure it made
    # the figure another period's, left alone by the figure check too).
    (said,) = _semua(triwulan, teks)
    assert said.startswith(f'Upaya / Solusi Kode "S1" menyebut {said_as}, tetapi laporan ini Triwulan ')
    assert "semester itu belum berakhir, angkanya belum ada" in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # a hope, a plan, a target, another year's, last year's, the budget's: no figure reached
        (2, "Capaian 96% pada Semester II diharapkan tercapai."),
        (2, "Capaian diharapkan 100% pada Semester II."),
        (2, "Upaya agar capaian 100% pada Semester II."),
        (2, "Capaian 100% pada Semester II mendatang."),
        (2, "Target 96% pada Semester II."),
        (2, "Capaian 96% pada Semester II tahun lalu."),
        (2, "Capaian 96% pada Semester II tahun 2024."),
        (2, "Realisasi anggaran 50% pada Semester II."),
        # the report's own half year (48 % = 38,4 / 80) and the year's reports: as before
        (2, "Capaian 48% pada Semester I."),
        (4, "Capaian 96% pada Semester II."),
        ("Tahunan", "Capaian 96% pada Semester II."),
    ],
)
def test_no_reached_figure_of_a_later_half_year_after_it_stays_quiet(triwulan, teks):
    assert _semua(triwulan, teks) == []


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # (rev_narasi62) after a comma the half year opens the next clause, a plan: the figure is the report's
        # own (TW II 38,4 / 80 = 48 %, TW III 60 / 80 = 75 %, both right); told as Semester II's before
        (2, "Capaian 48%, semester II perlu percepatan."),
        (2, "Realisasi 38,4%, semester II perlu percepatan."),
        (2, "Capaian 48%, Semester II kami upayakan 96%."),
        (3, "Capaian 75%, di semester II akan dilakukan percepatan."),
        # right after the figure, a plan after it
        (3, "Capaian 75% pada semester II perlu ditingkatkan."),
    ],
)
def test_a_half_year_opening_the_next_clause_stays_quiet(triwulan, teks):
    assert _semua(triwulan, teks) == []


@pytest.mark.parametrize(
    "teks",
    [
        # (rev_narasi62) the year's 76,8 / 80 = 96 %, right; the quarter after the comma opens the next clause
        # with its own figure (TW II 48 %, TW III 75 %, right too): told as TW II's / TW III's 96 % before
        "Capaian 96%, pada TW II hanya 48%.",
        "Capaian sebesar 96%, TW III capaian 75%.",
        "Capaian 96%, semester I baru 48%.",
    ],
)
def test_an_earlier_period_opening_the_next_clause_is_not_the_figures(teks):
    assert _angka("Tahunan", teks) == []


# --- 1. an earlier period's capaian, against that period's own ---------------------------------------------


def _angka(
    triwulan: object,
    teks: str,
    tws: tuple = (30, "38,4", 60, "76,8"),
    jenis: str | None = "Nilai Akhir",
    target: object = 80,
    polaritas: str | None = None,
    target_perubahan: object = None,
) -> list[str]:
    """The figure peringatan ("... padahal yang dihitung ...") of S1's Upaya / Solusi typed ``teks``: one %
    indicator, ``target``, quarters ``tws`` (the period check's 'menyebut Triwulan II' left aside)."""
    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", target, tws, jenis=jenis, polaritas=polaritas, target_perubahan=target_perubahan),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Persentase koperasi sehat", target, tws, jenis=jenis, polaritas=polaritas, target_perubahan=target_perubahan),
    ]  # fmt: skip
    books = workbook(rows, triwulan=triwulan)
    row = ["S1", "", *(teks if h == "Upaya / Solusi" else None for h in ANALISIS_HEADERS[2:])]
    books["Analisis"] = grid([ANALISIS_HEADERS, row])
    report = compute(parse_workbook(books))
    return [f.pesan for f in report.findings if f.sheet == "Analisis" and "padahal yang dihitung" in f.pesan]


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as", "dihitung"),
    [
        # TW II: 38,4 / 80 = 48 %
        ("Tahunan", "Capaian pada TW II sebesar 69%.", "capaian Triwulan II sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        (4, "Capaian pada TW II sebesar 69%.", "capaian Triwulan II sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        ("Tahunan", "Capaian s.d. TW II sebesar 69%.", "capaian s.d. Triwulan II sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        ("Tahunan", "Pada TW II, capaian sebesar 69%.", "capaian Triwulan II sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        ("Tahunan", "Capaian sebesar 69% pada TW II.", "capaian Triwulan II sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        ("Tahunan", "Capaian meningkat dibandingkan capaian pada TW. II sebesar 69%.", "capaian Triwulan II sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        # Semester I is TW I-II: s.d. TW II's 48 %; staff's words for it
        ("Tahunan", "Capaian semester pertama sebesar 69%.", "capaian Semester I sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        (3, "Capaian s.d. Semester I sebesar 69%.", "capaian s.d. Semester I sebesar 69%", "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%"),
        # TW III: 60 / 80 = 75 %; TW I: 30 / 80 = 37,5 %
        ("Tahunan", "Capaian s.d. TW III sebesar 69%.", "capaian s.d. Triwulan III sebesar 69%", "s.d. Triwulan III: target 80%, realisasi 60,00%, capaian 75,00%"),
        ("Tahunan", "Capaian triwulan ketiga sebesar 69%.", "capaian Triwulan III sebesar 69%", "s.d. Triwulan III: target 80%, realisasi 60,00%, capaian 75,00%"),
        ("Semester II", "Capaian s.d. Triwulan III sebesar 69%.", "capaian s.d. Triwulan III sebesar 69%", "s.d. Triwulan III: target 80%, realisasi 60,00%, capaian 75,00%"),
        (3, "Capaian pada TW I sebesar 69%.", "capaian Triwulan I sebesar 69%", "s.d. Triwulan I: target 80%, realisasi 30,00%, capaian 37,50%"),
    ],
)  # fmt: skip
def test_an_earlier_periods_capaian_is_compared_with_that_periods(triwulan, teks, said_as, dihitung):
    # Before: quiet (another period's figure, never compared; at most the period check's 'menyebut
    # Triwulan II ... perbarui teksnya', which says nothing of the figure).
    (said,) = _angka(triwulan, teks)
    assert said == (
        f"Upaya / Solusi menyebut {said_as}, padahal yang dihitung untuk S1 {dihitung}; perbaiki teksnya "
        "(angka dalam teks dicetak apa adanya di laporan)"
    )


def test_a_summed_indicators_earlier_capaian_is_its_sum_up_to_then():
    # Kumulatif, target 80, TW I 20, TW II 48, TW III 12: s.d. TW II 20 + 48 = 68, 68 / 80 = 85 % (the
    # year's report: 20 + 48 + 12 = 80, 100 %); 60 % typed is TW II's own share 48 / 80, not "s.d." it
    (said,) = _angka("Tahunan", "Capaian s.d. TW II sebesar 60%.", (20, 48, 12, None), "Kumulatif")
    assert "menyebut capaian s.d. Triwulan II sebesar 60%," in said
    assert "S1 s.d. Triwulan II: target 80%, realisasi 68%, capaian 85,00%;" in said
    assert _angka("Tahunan", "Capaian s.d. TW II sebesar 85%.", (20, 48, 12, None), "Kumulatif") == []


def test_a_lower_is_better_earlier_capaian_is_the_engines():
    # Negatif, target 10, Nilai Akhir TW I 12, TW II 9: s.d. TW II (2 x 10 - 9) / 10 = 110 %; 90 % typed
    # (9 / 10, the positive formula) is told, 110 % quiet
    tws = (12, 9, 8, None)
    (said,) = _angka("Tahunan", "Capaian s.d. TW II sebesar 90%.", tws, target=10, polaritas="Negatif")
    assert "capaian 110,00%" in said
    assert _angka("Tahunan", "Capaian s.d. TW II sebesar 110%.", tws, target=10, polaritas="Negatif") == []


@pytest.mark.parametrize(("teks", "told"), [("48%", False), ("54,86%", False), ("69%", True)])
def test_an_earlier_capaian_against_the_pk_target_before_its_revision_is_quiet(teks, told):
    # Target 80, Target Perubahan 70 (the APBD-P, perhaps after the TW II report was written), TW II 38,4:
    # against the revision 38,4 / 70 = 54,857... % (54,86 %), against the PK's 38,4 / 80 = 48 %: either is
    # TW II's; 69 % neither
    said = _angka("Tahunan", f"Capaian s.d. TW II sebesar {teks}.", target_perubahan=70)
    assert bool(said) is told
    if told:
        assert "capaian 54,86%" in said[0]


def test_an_earlier_quarter_of_the_narasi52_row_is_told():
    # narasi52's row (Kumulatif, target 80, TW II 68 alone: 85 %) in Triwulan III: "Capaian 70% pada
    # Triwulan II" was pinned quiet there as another period's; TW II's own capaian is 68 / 80 = 85 %
    (said,) = _angka(3, "Capaian 70% pada Triwulan II.", (None, 68, None, None), None)
    assert "menyebut capaian Triwulan II sebesar 70%," in said and "capaian 85,00%" in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # right: 48 %, 37,5 %, 75 % (rounded as staff round: 37,50 or 37,5)
        ("Tahunan", "Capaian pada TW II sebesar 48%."),
        ("Tahunan", "Capaian Semester I sebesar 48,00%."),
        (3, "Capaian pada TW I sebesar 37,5%."),
        ("Tahunan", "Capaian s.d. TW III sebesar 75%."),
        # a realisasi right (TW II's own and s.d. it 38,4 %), a target's, a hope's, another year's, a bound
        # (narasi63: a wrong realisasi, "Realisasi s.d. TW II sebesar 69%", is told: tests/test_narasi63.py)
        ("Tahunan", "Realisasi s.d. TW II sebesar 38,4%."),
        ("Tahunan", "Capaian TW II sebesar 69% terhadap target Triwulan II."),
        ("Tahunan", "Target TW II sebesar 69%."),
        ("Tahunan", "Capaian s.d. TW II diharapkan sebesar 69%."),
        ("Tahunan", "Capaian s.d. TW II tahun 2024 sebesar 69%."),
        ("Tahunan", "Capaian TW II tahun lalu sebesar 69%."),
        ("Tahunan", "Capaian s.d. TW II melebihi 69%."),
        ("Tahunan", "Capaian anggaran s.d. TW II sebesar 69%."),
        # two periods named: whose is unsure
        ("Tahunan", "Capaian TW II dan III sebesar 69%."),
        # the report's own period beside another, as before (narasi60)
        ("Semester I", "Capaian TW I / Semester I sebesar 69%."),
    ],
)
def test_no_earlier_periods_capaian_to_compare_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("tws", "jenis"),
    [
        # Nilai Akhir whose TW II is blank, or a status: no TW II figure (TW I's is no TW II capaian)
        ((30, None, 60, "76,8"), "Nilai Akhir"),
        ((30, "Menunggu data BPS", 60, "76,8"), "Nilai Akhir"),
        # Kumulatif with TW I's figure: "TW II" alone may be TW II's own share (48 / 80 = 60 %)
        ((20, 48, 12, None), "Kumulatif"),
        ((20, 48, 12, None), "Rata-rata"),
    ],
)
def test_an_earlier_period_not_computed_stays_quiet(tws, jenis):
    assert _angka("Tahunan", "Capaian pada TW II sebesar 69%.", tws, jenis) == []


def test_an_earlier_periods_wrong_capaian_is_marked_where_it_is_printed(tmp_path):
    """The example (S2: Kumulatif, TW I 25 + TW II 4 = 29 of 40,71 %) in the Triwulan III report, S2's
    Faktor Pendukung (Analisis!C7) stating TW II's capaian as 69 %: s.d. TW II 29 / 40,71 = 71,2356... %,
    71,24 %. The peringatan in `lkj-xl check` and its "[isi: ...]" line under the point in the Analisis
    Capaian sheet (before: only the period check's 'menyebut Triwulan II ... perbarui teksnya')."""
    from tests.test_narasi61 import said_in_check_and_sheet

    teks = "Capaian kinerja s.d. Triwulan II sebesar 69%."
    pesan = (
        "Faktor Pendukung menyebut capaian s.d. Triwulan II sebesar 69%, padahal yang dihitung untuk S2 s.d. "
        "Triwulan II: target 40,71%, realisasi 29,00%, capaian 71,24%; perbaiki teksnya (angka dalam teks "
        "dicetak apa adanya di laporan)"
    )
    said_in_check_and_sheet(tmp_path, 3, teks, pesan)


@pytest.mark.parametrize(
    ("sel", "teks"),
    [
        # the seed's own sentences (TW I's 193.900 juta of 1.282.684,40 juta: 15,117... %, printed 15 % and
        # 15,12 %), and S2's TW I 25 / 40,71 = 61,41 %, TW II 29 / 40,71 = 71,24 %: right, quiet
        ("E6", "Capaian 15% merupakan capaian triwulan I, sedangkan capaian sampai dengan triwulan II akan release."),
        ("D6", "Capaian kinerja 15,12%, capaian masih tergolong sangat rendah dikarenakan merupakan realiasasi di triwulan I."),
        ("E7", "Capaian pada TW I sebesar 61,41%, meningkat menjadi 71% pada TW II."),
        ("E7", "Capaian s.d. Semester I sebesar 71,24%."),
    ],
)  # fmt: skip
def test_the_seeds_earlier_figures_stay_quiet(tmp_path, sel, teks):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    workbook = example_typed(tmp_path, "seed", 4, {("Analisis", sel): teks})
    checked = " ".join(CliRunner().invoke(main, ["check", str(workbook)]).output.split())
    assert "padahal yang dihitung" not in checked


# --- 2. a capaian continuing another period's realisasi: read with its own word too ------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        # the lead's decision (stop 52; rev_narasi62 and narasi61's review): a capaian after last year's
        # realisasi reads as last year's capaian, against last year's target, in no column: quiet whatever
        # its figure (narasi62 told 69 % here, neither 48 % nor 60 / 80 = 75 %)
        (2, "Realisasi tahun lalu 60% dan capaian 69%."),
        (2, "Realisasi tahun 2024 sebesar 60% dengan capaian 69%."),
        ("Semester II", "Realisasi tahun 2024 sebesar 60% dan capaian 69%."),
        (4, "Realisasi tahun 2024 sebesar 70%, capaian 100%."),
        (4, "Realisasi tahun lalu 60% dengan capaian 80%."),
        # last year's capaian as its realisasi against the target gives it (60 / 80 = 75 %), or the report's
        # own (48 %): quiet (rev_narasi61's guards stay)
        (2, "Realisasi tahun lalu 60% dan capaian 75%."),
        (2, "Realisasi tahun lalu 60% dan capaian 48%."),
        ("Semester II", "Realisasi tahun 2024 sebesar 60% dan capaian 75%."),
        # the year opening the clause, or after the first figure: both figures its, as before (narasi61)
        (2, "Pada tahun lalu realisasi 60% dan capaian 69%."),
        (2, "Realisasi 60% pada tahun 2024 dan capaian 69%."),
        # the capaian named last year's itself, as the peringatan advises
        (2, "Realisasi tahun lalu 60% dan capaian tahun lalu 69%."),
    ],
)
def test_a_capaian_after_last_years_realisasi_that_may_be_either_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as", "dihitung"),
    [
        # TW I's 30 / 80 = 37,5 %, TW III's 60 / 80 = 75 %, Semester I's 38,4 / 80 = 48 %: 69 % is none
        (2, "Realisasi TW I sebesar 30% dan capaian 69%.", "capaian Triwulan I sebesar 69%", "capaian 37,50%"),
        (4, "Realisasi TW III sebesar 60% sehingga capaiannya 69%.", "capaian Triwulan III sebesar 69%", "capaian 75,00%"),
        ("Tahunan", "Realisasi s.d. Semester I sebesar 38,4% dan capaian 69%.", "capaian s.d. Semester I sebesar 69%", "capaian 48,00%"),
    ],
)  # fmt: skip
def test_a_wrong_capaian_after_an_earlier_quarters_realisasi_is_told(triwulan, teks, said_as, dihitung):
    # Before: quiet (narasi61 read it as that period's, and that period's was never compared).
    (said,) = _angka(triwulan, teks)
    assert f"menyebut {said_as}, padahal" in said and dihitung in said


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Realisasi TW I sebesar 30% dan capaian 37,5%."),  # TW I's
        (2, "Realisasi TW I sebesar 30% dan capaian 48%."),  # the report's own
        (4, "Realisasi TW III sebesar 60% sehingga capaiannya 75%."),
        ("Tahunan", "Realisasi s.d. Semester I sebesar 38,4% dan capaian 48%."),
    ],
)
def test_a_capaian_after_an_earlier_quarters_realisasi_that_fits_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


# --- 4. a capaian written with its kriteria ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as"),
    [
        # TW II: 38,4 / 80 = 48 %, Sangat Rendah (<= 50); the year's 96 %, Sangat Tinggi (> 90)
        (2, "Capaian 48% (Sangat Tinggi).", "capaian 48% (Sangat Tinggi; kriteria capaian itu Sangat Rendah)"),
        (2, "Capaian sebesar 48% dengan kriteria Tinggi.", "capaian 48% (Tinggi; kriteria capaian itu Sangat Rendah)"),
        (2, "Capaian sebesar 48% atau tergolong tinggi.", "capaian 48% (tinggi; kriteria capaian itu Sangat Rendah)"),
        (2, "Realisasi 38,4% dan capaian 48% (Rendah).", "capaian 48% (Rendah; kriteria capaian itu Sangat Rendah)"),
        ("Tahunan", "Capaian 96% (Tinggi).", "capaian 96% (Tinggi; kriteria capaian itu Sangat Tinggi)"),
    ],
)  # fmt: skip
def test_a_right_capaian_with_a_wrong_kriteria_is_told(triwulan, teks, said_as):
    # Before: quiet (the figure right, its kriteria never read).
    (said,) = _angka(triwulan, teks)
    assert said.startswith(f"Upaya / Solusi menyebut {said_as}, padahal yang dihitung untuk S1: target 80%")


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Capaian 48% (Sangat Rendah)."),
        (2, "Capaian 48% (sangat rendah)."),
        (2, "Capaian sebesar 48,00%, kategori Sangat Rendah."),
        # loosely said, no label named: low is low
        (2, "Capaian sebesar 48% atau tergolong rendah."),
        ("Tahunan", "Capaian 96% tergolong tinggi."),
        ("Tahunan", "Capaian 96% (Sangat Tinggi)."),
    ],
)
def test_a_capaian_with_its_own_kriteria_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []


@pytest.mark.parametrize(
    "teks",
    [
        # (rev_narasi62) the kriteria word compared with something else after it: no kriteria of the capaian
        # (TW II's 48 %, Sangat Rendah); told before this review
        "Capaian 48% yang tergolong tinggi untuk triwulan II.",
        "Capaian 48% tergolong tinggi di Jawa Timur.",
        "Capaian 48% tergolong sedang untuk triwulan II.",
        "Capaian 48% dengan predikat Tinggi di antara OPD.",
    ],
)
def test_a_kriteria_word_compared_with_something_else_stays_quiet(teks):
    assert _angka(2, teks) == []


@pytest.mark.parametrize(
    "teks",
    [
        # (rev_narasi62) the kriteria word ending its clause is the capaian's: 48 % is Sangat Rendah (<= 50)
        "Capaian 48% tergolong tinggi karena dana sudah cair.",
        "Capaian 48% dengan kriteria Tinggi, sehingga perlu dipertahankan.",
        "Capaian 48% tergolong sedang dikarenakan rekap belum selesai.",
    ],
)
def test_a_wrong_kriteria_ending_its_clause_is_still_told(teks):
    (said,) = _angka(2, teks)
    assert "menyebut capaian 48% (" in said and "kriteria capaian itu Sangat Rendah)" in said


def test_a_wrong_figure_with_its_kriteria_is_told_once():
    # 69 % typed (Sedang for 69), TW II's 48 %: the figure told as before, no second part for the kriteria
    (said,) = _angka(2, "Capaian 69% (Sedang).")
    assert "menyebut capaian 69%, padahal" in said


@pytest.mark.parametrize(
    ("teks", "told"),
    [
        # the seed's S2 (29 / 40,71 = 71,24 %, Sedang: > 65 - 75): its own "atau tergolong ... sedang" and the
        # same figure with a wrong kriteria
        ("Terealisasi sebesar 29% dengan capaian 71% atau tergolong capaian kinerjanya sedang.", False),
        ("Terealisasi sebesar 29% dengan capaian 71% atau tergolong sedang.", False),
        ("Terealisasi sebesar 29% dengan capaian 71% (Tinggi).", True),
    ],
)
def test_the_seeds_kriteria(tmp_path, teks, told):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    workbook = example_typed(tmp_path, "kriteria", 2, {("Analisis", "E7"): teks})
    checked = " ".join(CliRunner().invoke(main, ["check", str(workbook)]).output.split())
    said = "menyebut capaian 71% (Tinggi; kriteria capaian itu Sedang), padahal yang dihitung untuk S2"
    assert (said in checked) is told
    assert ("padahal yang dihitung" in checked) is told


# --- 4. a figure spelled out in words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks", "said_as"),
    [
        # TW II's 38,4 / 80 = 48 %; the year's 76,8 / 80 = 96 %
        (2, "Capaian tujuh puluh persen.", "capaian 70 persen"),
        (2, "Capaian kinerja sebesar enam puluh sembilan persen.", "capaian 69 persen"),
        ("Tahunan", "Capaian seratus persen.", "capaian 100 persen"),
    ],
)
def test_a_capaian_spelled_out_is_compared(triwulan, teks, said_as):
    # Before: quiet (only digits were read).
    (said,) = _angka(triwulan, teks)
    assert said.startswith(f"Upaya / Solusi menyebut {said_as}, padahal yang dihitung untuk S1: target 80%")


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        (2, "Capaian empat puluh delapan persen."),
        ("Tahunan", "Capaian sembilan puluh enam persen."),
        # a decimal spelled out is not read (never its last word alone: "empat" of 38,4)
        (2, "Realisasi sebesar tiga puluh delapan koma empat persen."),
        # words that spell no number, and a hope's
        (2, "Capaian lima besar persen."),
        (2, "Capaian diharapkan mencapai seratus persen."),
    ],
)
def test_a_right_or_unread_spelled_figure_stays_quiet(triwulan, teks):
    assert _angka(triwulan, teks) == []
