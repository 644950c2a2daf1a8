"""A target typed as a range (`60-85 %` BOR, `7 – 8 bulan` AVLOS).

It was a galat saying the report's formula needs one target figure (and, before that, "tulis satu angka
saja"). The lead's decision: score it by the rule the government's own guidance gives, PermenPANRB
No. 8 Tahun 2021, Lampiran, "target yang ditetapkan dalam bentuk range": the usual formula of the
row's Polaritas, against the upper bound U when the realisasi is above the range, against the lower
bound L when below it, and capaian 100 when L <= R <= U (continuous: both bounds give 100 at the
edges). Positif R/T x 100; Negatif (2 - R/T) x 100 (DOMAIN.md, the seed's formula ~480).

Every expected capaian below is worked by hand with Fraction (the guidance's own examples among them);
the grids are built by hand (tests/test_engine.py's helpers: Kinerja's header is row 1, Target I,
Target Perubahan J, TW II L).
"""

from __future__ import annotations

import shutil
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.build import load_report
from lkj_xl.core.kalimat import hasil_kalimat
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.rekap import agency_row
from lkj_xl.core.tables.capaian_tujuan_sasaran import target_cell
from tests.common import EXAMPLE
from tests.test_engine import kinerja_row, run


def _rows(target, polaritas="Positif", realisasi=None, satuan="%", **kw):
    # S1 a plain Positif indicator, 20 of 40 = 50 % (the rest of the report runs beside the range);
    # P1 the row under test, Nilai Akhir, its realisasi typed in TW II (L3)
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program RS", "Bed Occupancy Rate", target, (None, realisasi, None, None), jenis="Nilai Akhir", satuan=satuan, polaritas=polaritas, **kw),
    ]  # fmt: skip


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel) and severity in (None, f.severity)
    ]


# --- the guidance's worked examples ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "polaritas", "satuan", "realisasi", "capaian", "kriteria"),
    [
        # target 80-90 %, realisasi 70 %: below, against L = 80: 70/80 x 100 = 87,5 (the guidance's 87,5 %)
        ("80-90 %", "Positif", "%", 70, Fraction(175, 2), "Tinggi"),
        # realisasi 92 %: above, against U = 90: 92/90 x 100 = 920/9 = 102,22... (the guidance prints
        # 113 %, a misprint: the arithmetic is followed)
        ("80-90 %", "Positif", "%", 92, Fraction(920, 9), "Sangat Tinggi"),
        # Negatif 7-8 bulan, realisasi 6,5: below, against L = 7: (2 - 6,5/7) x 100 = 7,5/7 x 100 = 750/7
        # = 107,14... (the guidance's 107,14 %)
        ("7 – 8 bulan", "Negatif", "bulan", "6,5", Fraction(750, 7), "Sangat Tinggi"),
        # realisasi 9: above, against U = 8: (2 - 9/8) x 100 = 7/8 x 100 = 87,5 (the guidance's 87,5 %)
        ("7 – 8 bulan", "Negatif", "bulan", 9, Fraction(175, 2), "Tinggi"),
    ],
)
def test_the_guidance_examples(typed, polaritas, satuan, realisasi, capaian, kriteria):
    report = run(_rows(typed, polaritas, realisasi, satuan))
    s1, p1 = report.indicators
    assert s1.capaian_exact == 50  # 20/40 x 100: the other row as before
    assert p1.capaian_exact == capaian and p1.kriteria == kriteria
    assert not p1.galat and p1.status is None
    # the target prints as typed, never as the bound used
    assert p1.target is None and p1.target_text == typed and target_cell(p1) == typed
    assert not _at(report, "I3", GALAT)


@pytest.mark.parametrize(
    ("typed", "realisasi", "where", "bound"),
    [
        ("80-90 %", 70, "di bawah", "batas bawah 80%"),
        ("80-90 %", 92, "di atas", "batas atas 90%"),
        ("80-90 %", 85, "di dalam", None),
    ],
)
def test_every_range_row_says_at_its_cell_how_it_was_scored(typed, realisasi, where, bound):
    report = run(_rows(typed, "Positif", realisasi))
    (note,) = _at(report, "I3")
    assert note.severity == PERINGATAN  # the figure is used: a note, not a galat
    assert "berupa rentang" in note.pesan
    assert f"realisasi {realisasi}% berada {where} rentang target 80-90 %" in note.pesan  # the figure named
    assert "PermenPANRB No. 8 Tahun 2021" in note.pesan
    if bound:
        assert f"dihitung terhadap {bound}" in note.pesan
    else:
        assert "capaiannya 100%" in note.pesan


def test_the_sentence_names_the_range_and_how_the_capaian_was_scored():
    report = run(_rows("60-85 %", "Positif", 90))
    p1 = report.indicators[1]
    # 90 above 85: 90/85 x 100 = 1800/17 = 105,88...
    assert p1.capaian_exact == Fraction(1800, 17)
    text = hasil_kalimat(p1, report.settings)
    assert "ditargetkan dalam tahun 2025 sebesar 60-85 %" in text
    assert "target 60" not in text and "sebesar 85" not in text  # never one bound as the target
    assert "105,88% (realisasi di atas rentang target; dihitung terhadap batas atas 85%)" in text


# --- edges ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "realisasi"),
    [("80-90 %", 80), ("80-90 %", 90), ("80 s.d. 90", 80), ("90-80", 90), ("90 - 80 %", "85,5")],
)
def test_on_a_bound_or_inside_is_100(typed, realisasi):
    # on L: 80/80 x 100 = 100 and on U 90/90 x 100 = 100, as inside; a range typed top first ("90-80")
    # is 80 to 90 whichever side each is typed
    report = run(_rows(typed, "Positif", realisasi))
    p1 = report.indicators[1]
    assert p1.capaian_exact == 100 and p1.kriteria == "Sangat Tinggi"
    assert p1.target_text == typed


def test_a_range_typed_top_first_is_scored_against_its_real_bounds():
    # "90-80", realisasi 70: below the floor 80 (not "below 90"): 70/80 x 100 = 87,5
    report = run(_rows("90-80", "Positif", 70))
    assert report.indicators[1].capaian_exact == Fraction(175, 2)
    (note,) = _at(report, "I3")
    assert "batas bawah 80%" in note.pesan


def test_equal_bounds_are_the_one_target():
    # "85-85" is the target 85: 70/85 x 100 = 1400/17, a figure as any target (printed 85)
    report = run(_rows("85-85", "Positif", 70))
    p1 = report.indicators[1]
    assert p1.target == 85 and p1.capaian_exact == Fraction(1400, 17)
    (note,) = _at(report, "I3")
    assert note.severity == PERINGATAN and "kedua batas sama" in note.pesan


@pytest.mark.parametrize(
    ("realisasi", "capaian"),
    [
        (0, Fraction(100)),  # 0 inside 0-5: met
        (3, Fraction(100)),
        (6, Fraction(80)),  # above U = 5, Negatif: (2 - 6/5) x 100 = 80
    ],
)
def test_a_negatif_range_from_zero(realisasi, capaian):
    report = run(_rows("0-5 %", "Negatif", realisasi))
    assert report.indicators[1].capaian_exact == capaian
    assert not _at(report, "I3", GALAT)


def test_below_a_zero_lower_bound_cannot_divide_a_galat_says_why():
    # Positif 0-5 %, realisasi -1: below L = 0, and R/0 has no value: no capaian is invented
    report = run(_rows("0-5 %", "Positif", -1))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat == ["Kinerja!I3"]
    (galat,) = _at(report, "I3", GALAT)
    assert "batas bawah rentang target, yang bernilai 0" in galat.pesan and "membagi" in galat.pesan


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("60 % - 85 hari", "satuan berbeda"),  # a unit of its own on each side, not the same
        ("60-8,5,5", "'8,5,5' ambigu"),  # a bound that is no number, with its own reason
        ("7 – 8 bulan", "tidak dapat dibaca"),  # a unit that is not the row's Satuan (%)
    ],
)
def test_a_range_that_cannot_be_read_stays_a_galat(typed, says):
    report = run(_rows(typed, "Positif", 70))
    p1 = report.indicators[1]
    assert p1.capaian is None
    (galat,) = _at(report, "I3", GALAT)
    assert "rentang" in galat.pesan and says in galat.pesan


@pytest.mark.parametrize("typed", ["≥ 80", "min. 75", "maks. 2 hari"])
def test_a_bound_stays_a_galat(typed):
    # a bound is no range: what to type, as before (tests/test_staff_round7.py)
    report = run(_rows(typed, "Positif", 70))
    assert report.indicators[1].capaian is None
    assert _at(report, "I3", GALAT)


def test_a_range_target_perubahan_beside_a_one_figure_target():
    # PK Target 80 (Negatif AVLOS), Target Perubahan 6-9 after the revision: the revision applies
    # (filled), realisasi 7 inside 6-9: 100; the PK's figure is still named beside it
    rows = _rows(80, "Negatif", 7, satuan="hari", target_perubahan="6-9")
    report = run(rows)
    p1 = report.indicators[1]
    assert p1.capaian_exact == 100
    assert p1.target_text == "6-9" and p1.target_perubahan == "6-9" and p1.target_pk == "80 hari"
    (note,) = _at(report, "J3")
    assert note.pesan.startswith("Target Perubahan") and "di dalam rentang target 6-9" in note.pesan
    # realisasi 10 above U = 9: (2 - 10/9) x 100 = 800/9
    assert run(_rows(80, "Negatif", 10, satuan="hari", target_perubahan="6-9")).indicators[
        1
    ].capaian_exact == Fraction(800, 9)


def test_a_one_figure_target_perubahan_beside_a_range_target():
    # the PK signed 60-85 %, revised to 80: the one figure applies, 70/80 x 100 = 87,5
    report = run(_rows("60-85 %", "Positif", 70, target_perubahan=80))
    p1 = report.indicators[1]
    assert p1.capaian_exact == Fraction(175, 2) and p1.target == 80
    assert p1.target_pk == "60-85 %"


def test_a_realisasi_typed_as_a_range_is_still_told_to_write_one_figure():
    # a realisasi is measured, not set by the PK: one figure (kinerja67: told as a realisasi's, no longer
    # "(target: yang tertulis di Perjanjian Kinerja)"; midpoint (70 + 75) / 2 = 72,5)
    report = run(_rows(80, "Positif", "70-75"))
    (galat,) = _at(report, "L3", GALAT)
    assert "rentang (70 sampai 75), bukan satu angka realisasi" in galat.pesan, galat.pesan
    assert "titik tengahnya (72,5)" in galat.pesan and "target" not in galat.pesan
    assert "Polaritas" not in galat.pesan


def test_the_rekap_counts_a_range_row_as_measured_in_its_mean():
    # S1 50 (20/40) and a Sasaran S2 of range 60-85 % with realisasi 70 inside: 100; the mean of the
    # Tujuan/Sasaran is (50 + 100) / 2 = 75
    rows = [
        kinerja_row("S1", "Sasaran", "", "Kualitas", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("S2", "Sasaran", "", "Layanan", "Bed Occupancy Rate", "60-85 %", (None, 70, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip
    row = agency_row(run(rows), "rs.xlsx")
    assert row["terukur"] == 2 and row["galat"] == 0 and row["belum_diketahui"] == 0
    assert row["capaian"] == 75 and row["capaian_sasaran"] == 75


# --- the typed capaian check (Kinerja's own "Capaian (%)" column) -------------------------------------
@pytest.fixture(scope="module")
def typed_capaian(tmp_path_factory):
    path = tmp_path_factory.mktemp("rentang") / "rentang.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Kinerja"]
    header = [cell.value for cell in ws[3]]
    col = len(header) + 1
    ws.cell(3, col, "Capaian (%)")
    kegiatan = [r for r in range(4, ws.max_row + 1) if ws.cell(r, 2).value == "Kegiatan"]
    # (Target, Realisasi TW II, the capaian typed): 70 inside 60-85 typed 100, agrees; 50 below 60:
    # 50/60 x 100 = 83,33, typed 83, agrees; 90 above 85: 90/85 x 100 = 105,88, typed 100, a slip
    cases = {"inside": ("60-85", 70, 100), "below": ("60-85", 50, 83), "above": ("60-85", 90, 100)}
    rows = {}
    for (label, (target, realisasi, typed)), r in zip(cases.items(), kegiatan):
        for title, value in (
            ("Polaritas", "Positif"), ("Target", target), ("Target Perubahan", None), ("Satuan", "unit"),
            ("Jenis Realisasi", "Nilai Akhir"), ("Realisasi TW I", None), ("Realisasi TW II", realisasi),
        ):  # fmt: skip
            ws.cell(r, header.index(title) + 1, value)
        ws.cell(r, col, typed)
        rows[label] = (r, openpyxl.utils.get_column_letter(col))
    wb.save(path)
    return load_report(path), rows


@pytest.mark.parametrize(("label", "slip"), [("inside", False), ("below", False), ("above", True)])
def test_a_capaian_typed_beside_a_range_row_is_checked_by_the_range_rule(typed_capaian, label, slip):
    report, rows = typed_capaian
    r, letter = rows[label]
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", f"{letter}{r}")]
    assert bool(said) == slip, said
    if slip:
        assert "105,88" in said[0].pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "realisasi", "capaian", "said"),
    [
        # a count: 900 below 1.000: 900/1.000 x 100 = 90; the sentence gives the range its unit
        ("1.000-1.500", "orang", 900, Fraction(90), "sebesar 1.000-1.500 orang,"),
        # rupiah with the scale word typed once: 2,5 M above 2 M: 2,5/2 x 100 = 125
        ("Rp 1 - 2 M", "Rupiah", "2.500.000.000", Fraction(125), "sebesar Rp 1 - 2 M,"),
        # a minus sign (U+2212) as the dash, top first: 50 below 60: 50/60 x 100 = 250/3
        ("85\u221260 %", "%", 50, Fraction(250, 3), "sebesar 85\u221260 %,"),
        # words between, "persen" after: 79 below 80: 79/80 x 100 = 395/4
        ("80 hingga 85 persen", "%", 79, Fraction(395, 4), "sebesar 80 hingga 85 persen,"),
    ],
)
def test_ranges_typed_the_ways_staff_type_them(typed, satuan, realisasi, capaian, said):
    report = run(_rows(typed, "Positif", realisasi, satuan))
    p1 = report.indicators[1]
    assert p1.capaian_exact == capaian
    assert said in hasil_kalimat(p1, report.settings)


def test_a_range_revised_to_another_range_is_a_revision():
    # PK 60-85 %, Target Perubahan 70-90 %: neither has one figure, yet the revision is one (the tables
    # name the PK's range beside it); 65 below 70: 65/70 x 100 = 650/7
    report = run(_rows("60-85 %", "Positif", 65, target_perubahan="70-90 %"))
    p1 = report.indicators[1]
    assert p1.capaian_exact == Fraction(650, 7)
    assert p1.target_pk == "60-85 %" and p1.target_perubahan == "70-90 %"
    # the same range typed again is no revision
    assert run(_rows("60-85 %", "Positif", 65, target_perubahan="60-85 %")).indicators[1].target_pk is None


@pytest.mark.parametrize(
    ("polaritas", "tws", "unreached"),
    [
        ("Positif", (50, 70, 70), False),  # 70 inside 60-85 and frozen: met, a Nilai Akhir's honest stay
        ("Positif", (40, 55, 55), True),  # 55 below the floor 60: still short of the range
        ("Negatif", (90, 80, 80), False),  # 80 at or below the ceiling 85: met
        ("Negatif", (95, 90, 90), True),  # 90 above the ceiling 85
    ],
)
def test_a_frozen_quarter_inside_its_range_is_no_sign_of_a_copy(polaritas, tws, unreached):
    # copied_quarter: a Nilai Akhir figure that moved then froze counts as a sign of TW II copied into
    # TW III only while short of its target; a range's target is reached at its near bound
    from lkj_xl.core.copied_quarter import _froze_unreached
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import workbook

    rows = _rows("60-85 %", polaritas, None)
    rows[1][10:13] = list(tws)  # TW I..III (K, L, M)
    (item,) = [i for i in parse_workbook(workbook(rows, triwulan=3)).indicators if i.kode == "P1"]
    assert item.target.rentang == (60, 85)
    assert _froze_unreached(item, 3) is unreached


def test_a_range_row_whose_realisasi_cannot_be_read_still_names_its_target():
    # the range is a usable target; the unreadable realisasi (L3 "12,3,4") is the galat: the sentences
    # must not say the row has no usable target
    from lkj_xl.core.analisis_program import _indikator_hasil

    report = run(_rows("60-85 %", "Positif", "12,3,4"))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat == ["Kinerja!L3"] and target_cell(p1) == "60-85 %"
    text = hasil_kalimat(p1, report.settings)
    assert text.startswith("ditargetkan dalam tahun 2025 sebesar 60-85 %;") and "Kinerja!L3" in text
    assert "belum memiliki target" not in text
    assert _indikator_hasil(p1, report.settings).startswith("target 60-85 %;")
    assert not _at(report, "I3")  # not scored: no note on how


@pytest.mark.parametrize(
    ("typed", "satuan", "realisasi", "hint"),
    [
        # 0,85 below 80-90 %: read 0,85 % (capaian 0,85/80 x 100 = 1,0625); 0,85 x 100 = 85 is inside
        ("80-90 %", "%", "0,85", "bila maksudnya 85%, tulis angka itu"),
        # 1,5 rupiah below Rp 1 - 2 M; 1,5 x 10^9 is inside
        ("Rp 1 - 2 M", "Rupiah", "1,5", "bila maksudnya Rp 1,50 milyar, tulis angka itu"),
        ("60-85 %", "%", "0,5", None),  # 0,5 x 100 = 50 is below 60 too: no guess
        ("60-85 %", "%", 50, None),  # a figure below the range as typed: no hint
    ],
)
def test_a_realisasi_below_the_range_that_fits_it_once_slipped_is_pointed_out(typed, satuan, realisasi, hint):
    report = run(_rows(typed, "Positif", realisasi, satuan))
    (note,) = _at(report, "I3")
    if hint:
        assert note.pesan.endswith(hint)
    else:
        assert "bila maksudnya" not in note.pesan
    if typed == "80-90 %":
        assert report.indicators[1].capaian_exact == Fraction(85, 80)  # computed as typed: 0,85/80 x 100
