"""Figures a Kepala Dinas can sign (issue 8, items 1-3): exact band edges, amounts typed the way
staff type them, and nothing scored from partial data.

Every expected value is worked out by hand in the comment beside it; band decisions are checked
against fractions.Fraction arithmetic, never against the code under test.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.engine import capaian, kriteria
from lkj_xl.core.layout import STYLES
from lkj_xl.core.model import Cell
from lkj_xl.core.tables import (
    capaian_program,
    capaian_tujuan_sasaran,
    efisiensi,
    realisasi_anggaran,
    ringkasan,
)
from lkj_xl.xlsx.template import new_workbook
from tests.test_engine import anggaran_row, kinerja_row, messages, run

PERMENPANRB, PERMENDAGRI = c.SKALA_PERMENPANRB, c.SKALA_PERMENDAGRI


def krow(kode, tingkat, induk, uraian, indikator, target, tws, **kw):
    """A Kinerja row with the quarters given (the rest empty)."""
    return kinerja_row(
        kode, tingkat, induk, uraian, indikator, target, (*tws, None, None, None, None)[:4], **kw
    )


def only(report):
    [indicator] = report.indicators
    return indicator


# --- 1. band edges decided on exact values ------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tws", "jenis", "polaritas", "expected_capaian", "expected"),
    [
        # 2,16 / 2,4 = 0,9 exactly: capaian 90, which is Tinggi (> 90 is Sangat Tinggi). Float
        # arithmetic gives 90.00000000000001.
        ("2,4%", ("2,16%", None), "Kumulatif", "Positif", Fraction(90), "Tinggi"),
        # Cumulative 0,1 + 0,2 = 0,3 of 0,4 = 75 exactly: Sedang (> 75 is Tinggi). In floats
        # 0.1 + 0.2 = 0.30000000000000004.
        ("0,4", ("0,1", "0,2"), "Kumulatif", "Positif", Fraction(75), "Sedang"),
        # Same numbers typed as numbers (float cells): each is taken at its shortest decimal form.
        (0.4, (0.1, 0.2), "Kumulatif", "Positif", Fraction(75), "Sedang"),
        (2.4, (2.16, None), "Kumulatif", "Positif", Fraction(90), "Tinggi"),
        # Rata-rata of 2,1 and 2,22 is 2,16; of 2,4: 90 -> Tinggi.
        ("2,4", ("2,1", "2,22"), "Rata-rata", "Positif", Fraction(90), "Tinggi"),
        # Nilai Akhir: the last quarter, 2,16 of 2,4: 90 -> Tinggi.
        ("2,4", ("5", "2,16"), "Nilai Akhir", "Positif", Fraction(90), "Tinggi"),
        # Negative polarity: (2 x 0,3 - 0,33) / 0,3 x 100 = 0,27 / 0,3 x 100 = 90 -> Tinggi.
        ("0,3", ("0,33", None), "Kumulatif", "Negatif", Fraction(90), "Tinggi"),
        # Negative, Nilai Akhir (the last quarter, 0,5): (2 x 0,4 - 0,5) / 0,4 x 100 = 75 -> Sedang.
        ("0,4", ("0,2", "0,5"), "Nilai Akhir", "Negatif", Fraction(75), "Sedang"),
        # 0,65 / 1 = 65 exactly: Rendah (> 65 is Sedang); 0,5 / 1 = 50: Sangat Rendah.
        ("1", ("0,65", None), "Kumulatif", "Positif", Fraction(65), "Rendah"),
        ("1", ("0,5", None), "Kumulatif", "Positif", Fraction(50), "Sangat Rendah"),
    ],
)
def test_band_edges_are_decided_on_the_exact_value(target, tws, jenis, polaritas, expected_capaian, expected):
    report = run([krow("S1", "Sasaran", "", "S", "I", target, tws, jenis=jenis, polaritas=polaritas)])
    ind = only(report)
    assert ind.capaian_exact == expected_capaian
    assert ind.kriteria == expected
    assert ind.capaian == float(expected_capaian)


def test_permendagri_edge_91_is_sangat_tinggi_and_just_below_is_tinggi():
    # 0,637 / 0,7 = 0,91 exactly: 91 is Sangat Tinggi on Permendagri 86/2017 (>= 91).
    report = run(
        [krow("S1", "Sasaran", "", "S", "I", "0,7", ("0,637", None))],
        **{"Skala Kriteria": PERMENDAGRI},
    )
    assert only(report).capaian_exact == 91 and only(report).kriteria == "Sangat Tinggi"
    # 0,63699 / 0,7 x 100 = 90,998571...: Tinggi.
    report = run(
        [krow("S1", "Sasaran", "", "S", "I", "0,7", ("0,63699", None))],
        **{"Skala Kriteria": PERMENDAGRI},
    )
    assert only(report).kriteria == "Tinggi"


def test_target_perubahan_and_percent_cells_on_the_edge():
    # Target 5 replaced by Target Perubahan 2,4 (a cell formatted as percent holding 0,024); TW I a
    # percent cell 0,0216: 2,16 / 2,4 = 90 -> Tinggi.
    row = krow(
        "S1",
        "Sasaran",
        "",
        "S",
        "I",
        5,
        (Cell(0.0216, percent=True), None),
        target_perubahan=Cell(0.024, percent=True),
    )
    ind = only(run([row]))
    assert ind.capaian_exact == 90 and ind.kriteria == "Tinggi"


def test_the_cap_is_exact_too():
    # Batas Capaian 100 (a cap below 100 is a galat and no cap since stop 42, so the cap of 90 this
    # test used is gone): 0,3 / 0,25 x 100 = 120 exactly, capped at exactly 100, its raw value kept.
    ind = only(run([krow("S1", "Sasaran", "", "S", "I", "0,25", ("0,3", None))], **{"Batas Capaian": "100"}))
    assert ind.capaian_exact == 100 and ind.kriteria == "Sangat Tinggi" and ind.capaian_mentah == 120


def test_worksheet_formulas_take_floats_at_their_decimal_value():
    # LKJ.CAPAIAN(2,16; 2,4) and LKJ.KRITERIA of it: 90 and Tinggi.
    assert capaian(2.16, 2.4) == 90.0
    assert kriteria(capaian(2.16, 2.4)) == "Tinggi"
    assert kriteria(90.00000000000001) == "Sangat Tinggi"  # a value really above 90 stays above


# Decimal strings "d.dd" from integers, so the reference arithmetic is exact.
_cents = st.integers(min_value=1, max_value=10**7)
_edges = st.sampled_from([50, 51, 65, 66, 75, 76, 90, 91, 100])


def _text(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"


def _reference(realisasi: Fraction, target: Fraction, negative: bool, skala: str) -> str:
    """The kriteria from Fraction arithmetic and the bands of DOMAIN.md, written out independently."""
    value = (2 * target - realisasi) / target * 100 if negative else realisasi / target * 100
    if skala == PERMENPANRB:
        bands = [(90, "Sangat Tinggi"), (75, "Tinggi"), (65, "Sedang"), (50, "Rendah")]
        return next((name for bound, name in bands if value > bound), "Sangat Rendah")
    bands = [(91, "Sangat Tinggi"), (76, "Tinggi"), (66, "Sedang"), (51, "Rendah")]
    return next((name for bound, name in bands if value >= bound), "Sangat Rendah")


@given(
    target=_cents,
    realisasi=_cents,
    negative=st.booleans(),
    skala=st.sampled_from([PERMENPANRB, PERMENDAGRI]),
)
def test_property_kriteria_equals_fraction_reference(target, realisasi, negative, skala):
    report = run(
        [
            krow(
                "S1",
                "Sasaran",
                "",
                "S",
                "I",
                _text(target),
                (_text(realisasi), None),
                polaritas="Negatif" if negative else "Positif",
            )
        ],
        **{"Skala Kriteria": skala},
    )
    expected = _reference(Fraction(realisasi, 100), Fraction(target, 100), negative, skala)
    assert only(report).kriteria == expected


@given(
    edge=_edges,
    target=st.integers(min_value=1, max_value=10**6),
    split=st.integers(0, 100),
    skala=st.sampled_from([PERMENPANRB, PERMENDAGRI]),
)
def test_property_values_built_on_every_band_edge(edge, target, split, skala):
    # Target t/100 (two decimals) and a realisation of exactly edge% of it, split over two quarters
    # (kumulatif): edge x t / 10000 has at most four decimals, so it is typed exactly.
    total = Fraction(edge * target, 10000)
    first = Fraction(int(total * 10000) * split // 100, 10000)
    second = total - first

    def typed(x: Fraction) -> str:
        whole, frac = divmod(x.numerator * 10000 // x.denominator, 10000)
        return f"{whole},{frac:04d}"

    # Kumulatif chosen: targets up to 10.000 % give quarters summing above 100 %, which a blank Jenis
    # Realisasi now makes a galat (the lead's decision, README "Jenis Realisasi"); the sum is meant here.
    row = krow("S1", "Sasaran", "", "S", "I", _text(target), (typed(first), typed(second)), jenis="Kumulatif")
    report = run([row], **{"Skala Kriteria": skala})
    ind = only(report)
    assert ind.capaian_exact == edge
    assert ind.kriteria == _reference(total, Fraction(target, 100), False, skala)


# --- the number shown never contradicts its kriteria ----------------------------------------------


def _style_at(layout, row, col):
    fmt = {}
    for block in layout.blocks:
        if block.contains(row, col):
            fmt.update(STYLES[block.style])
    return fmt


def _row_of(layout, text):
    return next(r for r, row in enumerate(layout.rows) if text in row)


def test_capaian_just_above_an_edge_shows_the_decimals_that_tell_it():
    # 900,04 / 1000 = 90,004 %: Sangat Tinggi; with 2 decimals it would read 90,00 beside Sangat
    # Tinggi, so it is shown with 3 (#,##0.000). 99.996 / 100.000 = 99,996 %: below 100 (counted
    # "di bawah 100%"), shown 99,996 rather than 100,00.
    report = run(
        [
            krow("S1", "Sasaran", "", "S", "Tepi", "1000", ("900,04", None)),
            krow("S2", "Sasaran", "", "S", "Hampir", "100.000", ("99.996", None)),
            krow("S3", "Sasaran", "", "S", "Biasa", "100", ("80", None)),
        ]
    )
    tepi, hampir, biasa = report.indicators
    assert tepi.kriteria == "Sangat Tinggi" and hampir.capaian_exact < 100
    for table, col in ((capaian_tujuan_sasaran, 10), (capaian_program, 6)):
        lay = table.layout(report)
        assert _style_at(lay, _row_of(lay, "Tepi"), col)["num_format"] == "[$-421]#,##0.000"
        assert _style_at(lay, _row_of(lay, "Hampir"), col)["num_format"] == "[$-421]#,##0.000"
        assert _style_at(lay, _row_of(lay, "Biasa"), col)["num_format"] == "[$-421]#,##0.00"
    [group] = report.ringkasan
    assert [i.indikator for i in group.belum_tercapai] == ["Tepi", "Hampir", "Biasa"]
    assert "Hampir (capaian 99,996%)" in group.kalimat[1] and "Tepi (capaian 90,004%)" in group.kalimat[1]


def test_efisiensi_sign_is_exact_and_shown():
    # Capaian 50,5 / 100 = 50,5 %; penyerapan 50.504 / 100.000 = 50,504 %: efisiensi -0,004 points,
    # Tidak efisien, shown (0,004) rather than (0,00). Capaian 0,3/0,4 = 75 % against penyerapan
    # 75 %: 0 points exactly, Efisien.
    report = run(
        [
            krow("S1", "Sasaran", "", "Satu", "I1", "100", ("50,5", None)),
            krow("S2", "Sasaran", "", "Dua", "I2", "0,4", ("0,1", "0,2")),
        ],
        [
            anggaran_row("P1", "Program 1", "S1", "100.000", ("50.504", None)),
            anggaran_row("P2", "Program 2", "S2", "0,4 juta", ("0,1 juta", "0,2 juta")),
        ],
    )
    satu, dua = report.efisiensi
    assert satu.efisiensi_exact == Fraction(-4, 1000) and dua.efisiensi_exact == 0
    lay = efisiensi.layout(report)
    r1, r2 = _row_of(lay, "Satu"), _row_of(lay, "Dua")
    assert lay.rows[r1][efisiensi.C_KETERANGAN] == efisiensi.TIDAK_EFISIEN
    assert lay.rows[r2][efisiensi.C_KETERANGAN] == efisiensi.EFISIEN
    assert _style_at(lay, r1, efisiensi.C_EFISIENSI)["num_format"] == "[$-421]#,##0.000;(#,##0.000)"


# --- 2. amounts typed with Indonesian abbreviations ---------------------------------------------


@pytest.mark.parametrize(
    ("pagu", "spent", "penyerapan"),
    [
        # 700 jt of Rp 2,5 M: 700.000.000 / 2.500.000.000 = 28 %.
        ("Rp 2,5 M", "700 jt", Fraction(28)),
        ("Rp 2,5 M", "700 JT.", Fraction(28)),
        ("2,5 miliar", "700juta", Fraction(28)),
        ("2,5 milyar", "Rp 700 jt", Fraction(28)),
        ("2,5M", "700.000 rb", Fraction(28)),
        # 1 T = 1.000.000.000.000; 250 M of it = 25 %.
        ("1 T", "250 M", Fraction(25)),
        ("1 triliun", "Rp. 250 m", Fraction(25)),
        ("Rp 1.000 miliar", "250 Milyar rupiah", Fraction(25)),
    ],
)
def test_anggaran_reads_scale_abbreviations(pagu, spent, penyerapan):
    report = run(
        [krow("S1", "Sasaran", "", "S", "I", "100", ("50", None))],
        # (spent in TW II, the reported quarter: its blank cell is a peringatan of its own, round 25)
        [anggaran_row("P1", "Program", "S1", pagu, (None, spent))],
    )
    [budget] = report.budgets
    assert budget.penyerapan == float(penyerapan)
    assert not [m for m in messages(report) if "Anggaran" in m]


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("2,5 miliyar", "maksud Anda"), ("700 jta", "maksud Anda"), ("2,5 M orang", None), ("5 kg", None)],
)
def test_anggaran_unknown_word_is_a_galat_at_its_cell(typed, suggested):
    report = run(
        [krow("S1", "Sasaran", "", "S", "I", "100", ("50", None))],
        [anggaran_row("P1", "Program", "S1", typed, ("1 juta", None))],
    )
    [budget] = report.budgets
    # The Pagu column is D (Kode, Program, Kode Sasaran, Pagu) on row 2.
    found = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "D2"]
    assert found and found[0].severity == "galat"
    if suggested:
        assert suggested in found[0].pesan
    assert budget.penyerapan is None and budget.galat == ["Anggaran!D2"]


@pytest.mark.parametrize(
    ("satuan", "typed", "value"),
    [
        ("Unit", "2.047 unit", 2047),  # seed Tabel 2.4 l.458 writes "2.047 unit"
        ("Orang", "12 Orang", 12),
        ("M", "5 M", 5),  # the Satuan is metres: "M" is the unit, not miliar
        ("Meter", "5 meter", 5),
        ("Rupiah", "2,5 M", 2_500_000_000),  # in rupiah "M" is miliar
        ("Rupiah", "193.900 juta", 193_900_000_000),  # seed Tabel 3.1 l.504
        ("Juta Rupiah", "523,40 juta rupiah", Fraction(52340, 100)),  # the whole Satuan: not scaled
        ("Koperasi", "700 jt", 700_000_000),
    ],
)
def test_kinerja_accepts_the_satuan_or_a_scale_word(satuan, typed, value):
    report = run([krow("S1", "Sasaran", "", "S", "I", typed, ("1", None), satuan=satuan)])
    assert not [f for f in report.findings if f.sel == "I2"]
    assert only(report).target == float(value)


@pytest.mark.parametrize(
    ("satuan", "typed", "why"),
    [
        ("Koperasi", "12 orang", "tidak sesuai Satuan"),
        ("Km", "5 M", "di sini meter"),  # metres or a slip of km? refused, not guessed (never miliar)
        ("Ton", "5 T", "ambigu"),
        ("Koperasi", "2,5 miliyar", "maksud Anda"),
        ("", "12 orang", "Satuan kosong"),
    ],
)
def test_kinerja_refuses_other_words(satuan, typed, why):
    report = run([krow("S1", "Sasaran", "", "S", "I", typed, ("1", None), satuan=satuan)])
    found = [f for f in report.findings if f.sel == "I2"]
    assert found and found[0].severity == "galat" and why in found[0].pesan
    ind = only(report)
    assert ind.capaian is None and ind.galat == ["Kinerja!I2"]


# --- 3. nothing scored from partial data -------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "12,3,4",  # ambiguous separators
        Cell(error="#DIV/0!"),  # an Excel error value
        Cell(dt.datetime(2025, 4, 3)),  # a date (Excel turned "3/4" into 3 April)
        Cell(None, formula="SUM(X1:X2)"),  # a formula Excel never saved a value for
        Cell(True),
    ],
)
def test_an_unreadable_quarter_leaves_the_indicator_unscored(bad):
    # TW I unreadable (K2), TW II 4 of target 40,71: before, scored from TW II alone (9,83 %).
    report = run(
        [
            krow("S1", "Sasaran", "", "Sasaran satu", "Rusak", "40,71", (bad, "4")),
            krow("S1", "", "", "", "Sehat", "100", ("30", "50")),
        ],
        [anggaran_row("P1", "Program", "S1", "1.000", ("100", "150"))],
    )
    rusak, sehat = report.indicators
    assert rusak.capaian is None and rusak.kriteria is None and rusak.realisasi is None
    assert rusak.galat == ["Kinerja!K2"] and rusak.status == "Galat (Kinerja!K2)"
    # The node's mean uses only the sound indicator: (30 + 50) / 100 = 80 %, and says so.
    [row] = report.efisiensi
    assert row.capaian_exact == 80
    assert "rata-rata 1 dari 2 indikator" in row.catatan
    assert "Kinerja!K2" in row.catatan
    # Efisiensi 80 - (250 / 1000 x 100 = 25) = 55 points from the sound indicator only.
    assert row.efisiensi_exact == 55
    [group] = report.ringkasan
    assert group.galat == [rusak] and rusak not in group.belum_diketahui
    assert any("Rusak (galat pada sel Kinerja!K2)" in k for k in group.kalimat)


def test_a_later_quarter_out_of_the_period_does_not_matter():
    # TW III is after the reported Triwulan II: its unreadable cell is reported but not needed.
    report = run([krow("S1", "Sasaran", "", "S", "I", "10", ("2", "3", "12,3,4", None))])
    ind = only(report)
    assert ind.capaian_exact == 50 and not ind.galat  # (2 + 3) / 10 = 50 %
    assert any(f.sel == "M2" and f.severity == "galat" for f in report.findings)


def test_unreadable_budget_cell_leaves_penyerapan_and_efisiensi_unknown():
    report = run(
        [krow("S1", "Sasaran", "", "S", "I", "100", ("50", None))],
        [
            anggaran_row("P1", "Program 1", "S1", "1.000", ("100", Cell(error="#REF!"))),
            anggaran_row("P2", "Program 2", "S1", "1.000", ("100", None)),
        ],
    )
    p1, p2 = report.budgets
    assert p1.realisasi is None and p1.penyerapan is None and p1.galat == ["Anggaran!G2"]
    assert p2.penyerapan == 10.0  # 100 / 1.000
    [row] = report.efisiensi
    assert row.penyerapan is None and row.efisiensi is None and row.galat_anggaran == ["Anggaran!G2"]
    assert report.total_penyerapan is None and report.galat_anggaran == ["Anggaran!G2"]
    lay = realisasi_anggaran.layout(report)
    total = _row_of(lay, realisasi_anggaran.TOTAL)
    assert lay.rows[total][realisasi_anggaran.C_PERSEN] == "Galat (Anggaran!G2)"
    assert lay.rows[total][realisasi_anggaran.C_PAGU] == 2000  # both pagu cells are sound
    lay = efisiensi.layout(report)
    r = _row_of(lay, "S")
    assert lay.rows[r][efisiensi.C_PENYERAPAN] == "Galat (Anggaran!G2)"
    assert lay.rows[r][efisiensi.C_KETERANGAN] == c.GALAT_LABEL


def test_ringkasan_counts_galat_apart():
    report = run(
        [
            krow("S1", "Sasaran", "", "S", "Rusak", "10", ("1,2,3", None)),
            krow("S1", "", "", "", "Menunggu", "10", ("Menunggu data BPS", None)),
            krow("S1", "", "", "", "Tercapai", "10", ("10", None)),
        ]
    )
    lay = ringkasan.layout(report)
    r = _row_of(lay, "Sasaran")
    # Jumlah 3; >= 100 %: 1; below: 0; belum diketahui: 1; galat: 1.
    assert lay.rows[r][ringkasan.C_JUMLAH : ringkasan.C_GALAT + 1] == [3, 1, 0, 1, 1]


# --- through the CLI: the output sheets show Galat with the cell named ------------------------------

SETTINGS = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def _kinerja(kode, tingkat, induk, indikator, target, tw1, tw2, satuan="%"):
    return {
        "Kode": kode,
        "Tingkat": tingkat,
        "Kode Induk": induk,
        "Uraian": f"Uraian {kode}",
        "Indikator": indikator,
        "Satuan": satuan,
        "Target": target,
        "Realisasi TW I": tw1,
        "Realisasi TW II": tw2,
    }


def test_cli_build_shows_galat_and_reads_abbreviations(tmp_path):
    path = tmp_path / "laporan.xlsx"
    new_workbook(
        path,
        pengaturan=SETTINGS,
        kinerja=[
            _kinerja("T1", "Tujuan", "", "Tepi", "2,4%", "2,16%", None),
            _kinerja("S1", "Sasaran", "T1", "Rusak", "40,71", "12,3,4", "4"),
        ],
        anggaran=[
            {
                "Kode": "P1",
                "Program": "Program satu",
                "Kode Sasaran": "S1",
                "Pagu": "Rp 2,5 M",
                "Realisasi TW I": "700 jt",
            }
        ],
    )
    result = CliRunner().invoke(main, ["build", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(path, data_only=True)
    ws = book[c.SHEET_CAPAIAN_TS]
    rows = {r[2]: r for r in ws.iter_rows(values_only=True) if r[2] in ("Tepi", "Rusak")}
    # Tepi: 2,16 / 2,4 = 90 % -> Tinggi.
    assert rows["Tepi"][10] == 90 and rows["Tepi"][11] == "Tinggi"
    # Rusak: TW I unreadable; the Kinerja header is on the template's header row, so name the cell
    # as the workbook has it.
    rusak = rows["Rusak"]
    assert rusak[10].startswith("Galat (Kinerja!") and rusak[11] == "Galat"
    ws = book[c.SHEET_REALISASI_ANGGARAN]
    row = next(r for r in ws.iter_rows(values_only=True) if r[1] == "P1")
    # 700.000.000 / 2.500.000.000 = 28 %.
    assert row[3:6] == (2_500_000_000, 700_000_000, 28)


def test_cli_scaled_values_are_numbers_and_one_indicator_shares_its_decimals(tmp_path):
    path = tmp_path / "laporan.xlsx"
    new_workbook(
        path,
        pengaturan=SETTINGS,
        kinerja=[
            # Seed l.359 (target) and l.504 (TW I) of Nilai Investasi.
            _kinerja(
                "T1", "Tujuan", "", "Investasi", "1.282.684,40 juta", "193.900 juta", None, satuan="Rupiah"
            ),
            # Target 3 beside a realisation 2,80 (typed as a number cell).
            _kinerja("S1", "Sasaran", "T1", "Tiga", 3, 2.8, None, satuan="Unit"),
        ],
        anggaran=[],
    )
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "hasil.xlsx")])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(tmp_path / "hasil.xlsx")[c.SHEET_CAPAIAN_TS]
    rows = {r[2].value: r for r in ws.iter_rows() if r[2].value in ("Investasi", "Tiga")}
    target, tw1, total = rows["Investasi"][4], rows["Investasi"][5], rows["Investasi"][9]
    # Numbers Excel can sum: 1.282.684,40 juta = 1.282.684.400.000; 193.900 juta = 193.900.000.000.
    assert (target.value, tw1.value, total.value) == (1_282_684_400_000, 193_900_000_000, 193_900_000_000)
    # Shown in juta (",," divides by 10^6), with the decimals the target needs.
    assert target.number_format == tw1.number_format == total.number_format == '[$-421]#,##0.00,, "juta"'
    tiga = rows["Tiga"]
    assert tiga[4].value == 3 and tiga[9].value == 2.8
    assert tiga[4].number_format == tiga[9].number_format == "[$-421]#,##0.00"


def test_computing_another_quarter_leaves_the_first_report_alone():
    # Issue 10: compute(inputs, 1) then compute(inputs, 2) shared one settings object.
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import workbook

    inputs = parse_workbook(workbook([krow("S1", "Sasaran", "", "S", "I", "10", ("2", "3"))]))
    first, second = compute(inputs, 1), compute(inputs, 2)
    assert (first.settings.triwulan, second.settings.triwulan) == (1, 2)
    # TW I alone: 2 / 10 = 20 %; s.d. TW II: (2 + 3) / 10 = 50 %.
    assert (only(first).capaian_exact, only(second).capaian_exact) == (20, 50)


def test_summary_sentences_name_at_most_25_indicators():
    # 30 Sasaran indicators all at 10 % (1 of 10): 25 named, "dan 5 indikator lainnya".
    rows = [krow("S1", "Sasaran", "", "S", f"Indikator {n}", "10", ("1",)) for n in range(30)]
    [group] = run(rows).ringkasan
    sentence = group.kalimat[1]
    assert "Indikator 24 (capaian 10,00%)" in sentence and "Indikator 25 " not in sentence
    assert sentence.endswith("dan 5 indikator lainnya.")
