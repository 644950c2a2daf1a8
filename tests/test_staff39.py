"""Staff round 39: figures staff type that were printed wrong without a word.

- A comparison figure of a percentage indicator typed as a fraction (Realisasi Tahun Lalu 0,9 for
  90 %, Target Akhir Renstra 0,6 for 60 %, Standar Nasional 0,5 for 50 %: a ratio =A/B saved without
  x 100, as staff paste from last year's sheet) beside a target of 56,67 % was read as 0,9 % and so
  on: Perbandingan Kinerja printed `Perubahan (%)` 10.572,22 `Membaik`, a capaian against the Renstra
  of 16.008,33 % and against the national standard of 19.210 % without a word, where the same 0,9 in
  a quarter is a peringatan. It is now a peringatan at its cell, saying it is read as 0,9 % and what
  to type for 90 %; the figures are computed as typed (as for the quarters).
- Thousands typed the English way in those columns (and in Realisasi <tahun>): "1,350" orang (read
  1,35) or a number cell 1,35 (what an Excel set to English stores for "1.350") beside 1.200 orang gave
  a Perubahan of 88.788,89 % Membaik without a word; the quarters' comma-thousands and whole-number
  peringatan now cover them.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import example_typed
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages

COMPARISONS = ["Realisasi Tahun Lalu", "Target Akhir Renstra", "Standar Nasional"]
# book_of puts the extra headers after Kinerja's 15 columns (A-O): P, Q, R.
CELL = dict(zip(COMPARISONS, ["P2", "Q2", "R2"]))


def _report(target, tw2, comparisons, *, satuan="%", polaritas=None, indikator="Persentase koperasi sehat"):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", indikator, target, (None, tw2, None, None),
        satuan=satuan, polaritas=polaritas, jenis="Nilai Akhir",
    )  # fmt: skip
    values = [comparisons.get(h) for h in COMPARISONS]
    report = report_of(book_of([[*row, *values]], triwulan=2, kinerja_extra=COMPARISONS))
    (indicator,) = report.indicators
    return report, indicator


def _said_at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


# --- 1. a fraction in a comparison column of a percentage indicator is pointed out -----------------


@pytest.mark.parametrize("header", COMPARISONS)
@pytest.mark.parametrize(
    ("target", "typed", "meant"),
    [
        ("90", "0,8", "80"),  # all plain numbers
        ("90%", "0,8", "80"),  # the target with %
        ("56,67%", "0,9", "90"),  # the seed's P2.02 target
        ("40,71", "0,35", "35"),
    ],
)
def test_fraction_in_a_comparison_of_a_percentage_is_a_peringatan(header, target, typed, meant):
    report, _ = _report(target, "85", {header: typed})
    said = _said_at(report, CELL[header])
    assert len(said) == 1, messages(report)
    assert f"{header} " in said[0] and f"ditulis {typed} tanpa %" in said[0], said
    assert f"dibaca {typed}%" in said[0] and f"Bila maksudnya {meant}%" in said[0], said
    assert f"tulis {meant};" in said[0] and f"bila memang {typed}%, tulis {typed}%" in said[0], said
    assert report.findings and all(
        f.severity == "peringatan" for f in report.findings if f.sel == CELL[header]
    )


def test_the_figures_stay_as_typed_and_the_capaian_is_untouched():
    # realisasi 85 of target 90: 85 / 90 x 100 = 94,44 (Sangat Tinggi) whatever the comparisons say
    report, ind = _report("90", "85", {"Realisasi Tahun Lalu": "0,8", "Target Akhir Renstra": "0,95"})
    assert Fraction(ind.capaian).limit_denominator(10**6) == Fraction(8500, 90)
    p = ind.pembanding
    # computed as typed (the peringatan says so): selisih 85 - 0,8 = 84,2; 84,2 / 0,8 x 100 = 10.525
    assert p.selisih_exact == Fraction(842, 10)
    assert p.perubahan_exact == Fraction(10525)
    # 85 / 0,95 x 100 = 8.947,368...
    assert p.capaian_renstra_exact == Fraction(85) / Fraction(95, 100) * 100
    assert _said_at(report, "P2") and _said_at(report, "Q2")


# --- 2. honest look-alikes stay quiet ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tw2", "comparisons", "satuan", "polaritas"),
    [
        # the % typed: a small rate really meant
        ("90", "85", {"Realisasi Tahun Lalu": "0,8%"}, "%", None),
        ("90%", "85%", {"Target Akhir Renstra": "0,95%"}, "%", None),
        # whole percentages
        (
            "90",
            "85",
            {"Realisasi Tahun Lalu": "80", "Target Akhir Renstra": "95", "Standar Nasional": "100"},
            "%",
            None,
        ),
        ("56,67%", "96,05%", {"Realisasi Tahun Lalu": "55,1%"}, "persen", None),
        # the seed's small rates: 0,6 % of 0,9 %; usaha mikro naik kelas 0,01 %
        ("0,9%", "0,6%", {"Realisasi Tahun Lalu": "0,7"}, "%", None),
        ("0,01%", "0,02", {"Realisasi Tahun Lalu": "0,008"}, "%", None),
        # a small rate of last year far below the target (x 100 is no near figure either)
        ("3,45%", "1,42%", {"Realisasi Tahun Lalu": "0,5"}, "%", None),
        ("3,63", "3,1", {"Realisasi Tahun Lalu": "2,50"}, "%", None),
        # inflation (lower is better): 0,9 % last year beside a target of 3 %
        ("3", "2,8", {"Realisasi Tahun Lalu": "0,9"}, "%", "Negatif"),
        # a fall of the growth rate, negative: no fraction of a percentage
        ("5", "4,2", {"Realisasi Tahun Lalu": "-0,5"}, "%", None),
        # zero last year; 1 (= 1 %, or 100 % unknowable: no fraction below 1)
        ("90", "85", {"Realisasi Tahun Lalu": "0", "Standar Nasional": "1"}, "%", None),
        # not a percentage: an index, a count, rupiah
        ("3,5", "3,2", {"Target Akhir Renstra": "0,9"}, "indeks", None),
        ("100", "85", {"Realisasi Tahun Lalu": "0,8"}, "unit", None),
        ("90", "85", {"Standar Nasional": "0,9"}, "nilai", None),
    ],
)
def test_honest_comparisons_stay_quiet(target, tw2, comparisons, satuan, polaritas):
    report, _ = _report(target, tw2, comparisons, satuan=satuan, polaritas=polaritas)
    for header in comparisons:
        said = [p for p in _said_at(report, CELL[header]) if "tanpa %" in p]
        assert not said, messages(report)


# --- 3. the example workbook: build and check say it, the sheet shows the figures typed ------------


def test_example_build_and_check_point_at_the_fractions(tmp_path):
    # the seed's P2.02 (row 16): target 56,67%, TW II 96,05% (Nilai Akhir); R/S/T are Realisasi Tahun
    # Lalu, Target Akhir Renstra and Standar Nasional, typed as fractions of 90 %, 60 %, 50 %
    typed = {("Kinerja", "R16"): "0,9", ("Kinerja", "S16"): "0,6", ("Kinerja", "T16"): "0,5"}
    book = example_typed(tmp_path, "pecahan", 2, typed)
    out = tmp_path / "hasil.xlsx"
    built = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert built.exit_code == 0, built.output
    checked = CliRunner().invoke(main, ["check", str(book)])
    for ref, shown, meant in (("R16", "0,9", "90"), ("S16", "0,6", "60"), ("T16", "0,5", "50")):
        lines = [line for line in checked.output.splitlines() if f"Kinerja!{ref} " in line]
        assert len(lines) == 1 and lines[0].startswith("peringatan"), checked.output
        assert f"dibaca {shown}%" in lines[0] and f"Bila maksudnya {meant}%" in lines[0], lines
    import openpyxl

    wb = openpyxl.load_workbook(out)
    said = [
        r
        for r in wb["Pemeriksaan"].iter_rows(values_only=True)
        if any(v == "R16" or v == "Kinerja!R16" for v in r)
    ]
    assert said, [r for r in wb["Pemeriksaan"].iter_rows(values_only=True)][:12]
    row = next(
        r
        for r in wb["Perbandingan Kinerja"].iter_rows(values_only=True)
        if "Persentase koperasi sehat dan cukup sehat" in r
    )
    # as typed: (96,05 - 0,9) / 0,9 x 100 = 10.572,2...; 96,05 / 0,6 x 100 = 16.008,3...
    assert row[9] == pytest.approx(float((Fraction(9605, 100) - Fraction(9, 10)) / Fraction(9, 10) * 100))
    assert row[12] == pytest.approx(float(Fraction(9605, 100) / Fraction(6, 10) * 100))


# --- 4. thousands typed the English way in a comparison column, as in a quarter --------------------
# "1,350" is read 1,35 (the comma is the decimal separator) and a number cell 1,35 is what an Excel set
# to English stores for "1.350": beside a target of 1.500 orang and a realisasi of 1.200, Perubahan
# (1.200 - 1,35) / 1,35 x 100 = 88.788,9 % Membaik, a capaian against the Renstra (2,5) of 48.000 %.

YEARS = [*COMPARISONS, "Realisasi 2024"]
YEAR_CELL = {**CELL, "Realisasi 2024": "S2"}


def _counted(comparisons, *, satuan="orang", target="1.500", tw2="1.200"):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Jumlah peserta pelatihan", target, (None, tw2, None, None),
        satuan=satuan, jenis="Kumulatif",
    )  # fmt: skip
    values = [comparisons.get(h) for h in YEARS]
    report = report_of(book_of([[*row, *values]], triwulan=2, kinerja_extra=YEARS))
    (indicator,) = report.indicators
    return report, indicator


@pytest.mark.parametrize("header", YEARS)
def test_comma_thousands_in_a_comparison_is_a_peringatan(header):
    report, _ = _counted({header: "1,350"})
    said = _said_at(report, YEAR_CELL[header])
    assert len(said) == 1, messages(report)
    assert f'{header} indikator "Jumlah peserta pelatihan" (T1) "1,350" dibaca 1,350' in said[0], said
    assert "bila maksudnya 1.350, tulis ribuan dengan titik" in said[0], said


@pytest.mark.parametrize("header", YEARS)
def test_english_excel_thousands_in_a_comparison_is_a_peringatan(header):
    from lkj_xl.core.model import Cell

    report, _ = _counted({header: Cell(1.35)})  # "1.350" typed in an English Excel
    said = _said_at(report, YEAR_CELL[header])
    assert len(said) == 1, messages(report)
    assert "tersimpan 1,35, bukan bilangan bulat" in said[0] and "tulis 1350 tanpa titik" in said[0], said


def test_comma_thousands_figures_stay_as_typed():
    report, ind = _counted({"Realisasi Tahun Lalu": "1,350", "Target Akhir Renstra": "2,500"})
    p = ind.pembanding
    # (1.200 - 1,35) / 1,35 x 100, and 1.200 / 2,5 x 100 = 48.000: computed as typed, said at the cell
    assert p.perubahan_exact == (1200 - Fraction(135, 100)) / Fraction(135, 100) * 100
    assert p.capaian_renstra_exact == Fraction(48000)
    assert _said_at(report, "P2") and _said_at(report, "Q2")


@pytest.mark.parametrize(
    ("comparisons", "satuan", "target", "tw2"),
    [
        ({"Realisasi Tahun Lalu": "1.350", "Target Akhir Renstra": "2.000"}, "orang", "1.500", "1.200"),
        ({"Realisasi Tahun Lalu": 1350, "Realisasi 2024": 1400.0}, "orang", "1.500", "1.200"),
        ({"Realisasi Tahun Lalu": "1.350,5", "Realisasi 2024": "1.400,25"}, "ton", "1.500", "1.200"),
        ({"Realisasi Tahun Lalu": "12.345,678"}, "ton", "12.000", "11.500"),  # three decimals of a ton
        ({"Realisasi Tahun Lalu": "3,25", "Standar Nasional": "3,5"}, "indeks", "3,6", "3,4"),
        ({"Realisasi Tahun Lalu": 3.25, "Target Akhir Renstra": 3.75}, "indeks", "3,6", "3,4"),
        ({"Realisasi Tahun Lalu": "2,10%", "Realisasi 2024": "2,50%"}, "%", "3,63%", "3,1%"),
        ({"Realisasi 2024": "Rp 1.336.456.746.287,00"}, "Rp", "Rp 1.491.388.500.000", "Rp 483.624.842.126"),
        ({"Realisasi 2024": "5.718.901,0 juta"}, "Rupiah", "5.984,04 milyar", "5.000 milyar"),
        # (narasi56: 7.500, five times the year's 1.500, would be the Renstra period's total of a Kumulatif
        # count, told at its cell as such: tests/test_perbandingan56; 2.500 is one year's end target)
        ({"Realisasi Tahun Lalu": "1.350 orang", "Target Akhir Renstra": "2.500"}, "orang", "1.500", "1.200"),
        ({"Realisasi Tahun Lalu": 0.5}, "km", "12,5", "6,25"),
    ],
)
def test_honest_comparison_figures_stay_quiet(comparisons, satuan, target, tw2):
    report, _ = _counted(comparisons, satuan=satuan, target=target, tw2=tw2)
    for header in comparisons:
        assert not _said_at(report, YEAR_CELL[header]), messages(report)


def test_fraction_in_an_earlier_year_column_is_a_peringatan():
    # the trend's Realisasi 2024 typed 0,9 for 90 % beside the seed's P2.02 target of 56,67 %
    report, _ = _counted({"Realisasi 2024": "0,9"}, satuan="%", target="56,67%", tw2="96,05%")
    said = _said_at(report, "S2")
    assert len(said) == 1 and "Realisasi 2024 " in said[0] and "Bila maksudnya 90%" in said[0], messages(
        report
    )
