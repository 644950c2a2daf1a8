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


def test_the_half_years_report_keeps_its_period_check_alone():
    # Semester I's report: the period check names Semester II (as before); no second peringatan
    (said,) = _semua("Semester I", "Capaian s.d. Semester II Tahun 2025: 96%.")
    assert "menyebut Semester II, tetapi laporan ini Semester I Tahun 2025" in said


def test_a_later_half_years_figure_is_marked_where_it_is_printed(tmp_path):
    """The example (Triwulan II 2025; S2, Kumulatif 25 + 4 = 29 of 40,71 %) with S2's Faktor Pendukung
    (Analisis!C7) stating a figure s.d. Semester II: the peringatan in `lkj-xl check` and its "[isi: ...]"
    line under the point in the Analisis Capaian sheet (before: printed as typed, without a word)."""
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    teks = "Capaian kinerja s.d. Semester II Tahun 2025 sebesar 100%."
    workbook = example_typed(tmp_path, "nanti", 2, {("Analisis", "C7"): teks})
    pesan = (
        'Faktor Pendukung Kode "S2" menyebut capaian s.d. Semester II sebesar 100%, tetapi laporan ini '
        "Triwulan II Tahun 2025 (Pengaturan, Triwulan): semester itu belum berakhir, angkanya belum ada; "
        "perbaiki teksnya (angka dalam teks dicetak apa adanya di laporan)"
    )
    checked = CliRunner().invoke(main, ["check", str(workbook)])
    assert pesan in " ".join(checked.output.split()), checked.output
    built = CliRunner().invoke(main, ["build", str(workbook)])
    assert built.exit_code == 0, built.output
    sheet = openpyxl.load_workbook(workbook)["Analisis Capaian"]
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert texts[texts.index(teks) + 1] == f"[isi: {pesan}; perbaiki Analisis!C7]"
