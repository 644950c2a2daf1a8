"""The comparison columns' checks (staff round 39) gave false peringatan on honest figures (review revC).

- A number cell with decimals in Realisasi Tahun Lalu, Realisasi <tahun>, Target Akhir Renstra or
  Standar Nasional of an index, a score or a ratio whose Satuan holds a word of a count (`Indeks (IKM)`
  82,38: IKM is also "industri kecil menengah"; `Rasio siswa per guru` 18,5) was a peringatan
  "bukan bilangan bulat ... tulis 82380 tanpa titik", where the same figure in a quarter is quiet:
  the quarters check whole numbers only for a Satuan that is neither a percentage nor a level
  (percent_signs). One rule now, in whole_fraction itself.
- A percentage typed as a fraction (`0,12` last year beside a target of 5 %) was pointed out on a
  lower-is-better indicator too, where a small rate is the honest aim (a non-performing loan ratio
  of 0,12 %); as in the quarters, only a higher-is-better indicator's is.
- The English-Excel hint of a count stored with decimals ("bila diketik "0.045" ... tulis 45") was
  offered for a figure below 1, which an English Excel stores as typed: no "0.045" is a slipped
  "45". The peringatan stays, without the hint.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.model import Cell
from tests.common import example_typed
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages

COMPARISONS = ["Realisasi Tahun Lalu", "Realisasi 2024", "Target Akhir Renstra", "Standar Nasional"]
# book_of puts the extra headers after Kinerja's 15 columns (A-O): P, Q, R, S.
CELL = dict(zip(COMPARISONS, ["P2", "Q2", "R2", "S2"]))
# Realisasi TW II's cell on the data row (row 2)
TW2 = "ABCDEFGHIJKLMNO"[c.KINERJA_HEADERS.index(c.REALISASI_TW_HEADERS[1])] + "2"


def _report(target, tw2, comparisons, *, satuan, polaritas=None, jenis="Nilai Akhir"):
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran", "Indikator uji", target, (None, tw2, None, None),
        satuan=satuan, polaritas=polaritas, jenis=jenis,
    )  # fmt: skip
    values = [comparisons.get(h) for h in COMPARISONS]
    return report_of(book_of([[*row, *values]], triwulan=2, kinerja_extra=COMPARISONS))


def _said_at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


WHOLE = "bukan bilangan bulat"


# --- 1. whole numbers: the comparison columns follow the quarters' rule ----------------------------

# revC's honest figures of an index, a score or a ratio, as a number cell (a formula's result, a figure
# pasted from last year's report): the quarters say nothing of them.
LEVELS = [
    ("Indeks (IKM)", "85", 82.38),
    ("Skor IKM", "85", 82.38),
    ("Rasio siswa per guru", "20", 18.5),
    ("Indeks kepuasan unit layanan", "3,5", 3.25),
    ("rasio guru/siswa", "0,05", 0.045),
    ("rasio guru per siswa", "0,05", 0.045),
    ("rasio siswa per sekolah", "30", 28.5),
    ("indeks desa", "0,75", 0.68),
    ("skor desa", "3,5", 3.25),
]


@pytest.mark.parametrize(("satuan", "target", "figure"), LEVELS)
def test_decimals_of_a_level_stay_quiet_in_the_comparisons_as_in_the_quarters(satuan, target, figure):
    cells = {h: Cell(figure) for h in COMPARISONS}
    report = _report(target, Cell(figure), cells, satuan=satuan)
    for header in COMPARISONS:
        assert not [p for p in _said_at(report, CELL[header]) if WHOLE in p], messages(report)
    assert not [p for p in _said_at(report, TW2) if WHOLE in p], messages(report)


@pytest.mark.parametrize(
    "satuan",
    [
        "orang", "anak", "unit", "koperasi", "IKM", "Indeks (IKM)", "Skor IKM", "Rasio siswa per guru",
        "rasio siswa per sekolah", "%", "Persentase anak", "km", "ton",
    ],
)  # fmt: skip
def test_a_comparison_is_checked_for_whole_numbers_exactly_when_a_quarter_is(satuan):
    # 1,35 stored in a number cell (what an English Excel keeps of "1.350"), in TW II and in every
    # comparison column: one rule, so either all five cells say it or none does.
    cells = {h: Cell(1.35) for h in COMPARISONS}
    report = _report("1.500", Cell(1.35), cells, satuan=satuan)
    quarter = any(WHOLE in p for p in _said_at(report, TW2))
    for header in COMPARISONS:
        assert any(WHOLE in p for p in _said_at(report, CELL[header])) == quarter, messages(report)
    # (the rule is not empty: a count of people says it, an index does not)
    assert quarter == (satuan in ("orang", "anak", "unit", "koperasi", "IKM")), messages(report)


def test_the_example_ikm_row_stays_quiet_and_a_count_still_speaks(tmp_path):
    # revC's mk2.py: the example's row 36 made an Indeks Kepuasan Masyarakat of Satuan "Indeks (IKM)",
    # target 85, TW II 83,12; Q/R/S are Realisasi 2024, Realisasi Tahun Lalu and Target Akhir Renstra
    # (81,9, 82,38, 88,5: number cells). Row 19 (K2.03.01, orang): Realisasi 2024 1,35 is "1.350"
    # stored by an English Excel, still a peringatan naming the 1350 to type.
    typed = {
        ("Kinerja", "E36"): "Indeks Kepuasan Masyarakat",
        ("Kinerja", "F36"): "Indeks (IKM)",
        ("Kinerja", "H36"): "Nilai Akhir",
        ("Kinerja", "I36"): 85,
        ("Kinerja", "L36"): 83.12,
        ("Kinerja", "Q36"): 81.9,
        ("Kinerja", "R36"): 82.38,
        ("Kinerja", "S36"): 88.5,
        ("Kinerja", "Q19"): 1.35,
    }
    book = example_typed(tmp_path, "ikm", 2, typed)
    checked = CliRunner().invoke(main, ["check", str(book)])
    assert checked.exit_code == 0, checked.output
    for ref in ("L36", "Q36", "R36", "S36"):
        assert f"Kinerja!{ref} " not in checked.output, checked.output
    (line,) = [line for line in checked.output.splitlines() if "Kinerja!Q19 " in line]
    assert line.startswith("peringatan") and "tersimpan 1,35, bukan bilangan bulat" in line, line
    assert "tulis 1350 tanpa titik" in line, line


# --- 2. a fraction of a percentage: a higher-is-better indicator's only -----------------------------


@pytest.mark.parametrize(
    ("target", "tw2", "comparisons"),
    [
        # revC: a non-performing loan ratio of koperasi, 0,12 % last year beside a target of 5 %
        ("5", "4", {"Realisasi Tahun Lalu": "0,12"}),
        # kredit macet 0,15 % beside 5 %
        ("5%", "4%", {"Realisasi Tahun Lalu": "0,15"}),
        # the Renstra's aim and the national standard of a lower-is-better rate, small and honest
        # (each x 100 within three times the target: 300 x 0,1 = 30, 300 x 0,08 = 24, 300 x 0,12 = 36,
        # all between 5 and 9 x 5 = 45, as a higher-is-better indicator's would be said)
        ("5", "4", {"Target Akhir Renstra": "0,1", "Standar Nasional": "0,08", "Realisasi 2024": "0,12"}),
        ("1,5", "1,2", {"Realisasi Tahun Lalu": "0,05"}),  # kemiskinan ekstrem
        ("3", "2,8", {"Standar Nasional": "0,1"}),  # inflation
        ("1,2", "1,1", {"Realisasi Tahun Lalu": "0,95"}),  # laju pertumbuhan penduduk
    ],
)
def test_a_small_rate_of_a_lower_is_better_indicator_stays_quiet(target, tw2, comparisons):
    report = _report(target, tw2, comparisons, satuan="%", polaritas="Negatif")
    for header in comparisons:
        assert not [p for p in _said_at(report, CELL[header]) if "tanpa %" in p], messages(report)


@pytest.mark.parametrize("polaritas", [None, "Positif"])
def test_the_same_fraction_of_a_higher_is_better_indicator_is_still_said(polaritas):
    # 0,12 beside a target of 5 %: 0,12 x 100 = 12, within three times 5 (300 x 0,12 = 36 <= 45)
    report = _report("5", "4", {"Realisasi Tahun Lalu": "0,12"}, satuan="%", polaritas=polaritas)
    (said,) = _said_at(report, "P2")
    assert "ditulis 0,12 tanpa %" in said and "Bila maksudnya 12%" in said, said


# --- 3. no English-Excel hint below 1 ------------------------------------------------------------


@pytest.mark.parametrize("figure", [0.045, 0.5, -0.5])
def test_a_count_below_one_with_decimals_gets_no_english_excel_hint(figure):
    # 0,045 anak: an English Excel keeps "0.045" as 0,045, so no "tulis 45" is meant; the fraction of
    # a child is still pointed out, in TW II and in a comparison column alike.
    report = _report("50", Cell(figure), {"Realisasi Tahun Lalu": Cell(figure)}, satuan="anak")
    for sel in (TW2, "P2"):
        (said,) = [p for p in _said_at(report, sel) if WHOLE in p]
        assert "berbahasa Inggris" not in said and "tanpa titik" not in said, said
        assert said.endswith("dihitung apa adanya, periksa angkanya"), said


def test_a_count_above_one_keeps_its_hint():
    # 12,5 anak: "12.500" typed in an English Excel is stored 12,5; 12,5 x 1000 = 12500
    report = _report("50", Cell(12.5), {"Realisasi Tahun Lalu": Cell(12.5)}, satuan="anak")
    for sel in (TW2, "P2"):
        (said,) = [p for p in _said_at(report, sel) if WHOLE in p]
        assert 'bila diketik "12.500"' in said and "tulis 12500 tanpa titik" in said, said
