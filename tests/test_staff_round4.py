"""Cells typed the way agency staff type them (fourth round): text pasted from a PDF or Word, figures
written in another scale than the Satuan, quarters left blank. Where a figure came out wrong, or a
galat or peringatan was missing or misleading, without a word.

Expected figures are worked out by hand (exact arithmetic) in the comment beside them.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run


def _findings(report, sheet, sel, severity=None):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel) and severity in (None, f.severity)]


# --- a whole rupiah amount beside figures in juta rupiah ---------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tw1"),
    [
        ("523,40", "Rp 250.000.000"),  # the target in juta, the realisation as the full amount
        ("Rp 523.400.000", "250"),  # the other way round
        ("523,40", "Rp. 250.000.000,-"),
    ],
)
def test_a_whole_rupiah_amount_beside_a_figure_in_juta_rupiah_is_pointed_out(target, tw1):
    # Satuan "Juta Rupiah": 523,40 is 523,40 juta; "Rp 250.000.000" is 250.000.000 rupiah, which the
    # tool keeps in the Satuan's units (250.000.000 juta). The capaian came out 250.000.000 / 523,4 x 100
    # = 47.764.615,97 % (or 250 / 523.400.000 x 100 = 0,00005 %), Sangat Tinggi (Sangat Rendah), with no
    # word: the two were written in different scales, which must be pointed out at the quarter's cell,
    # as "250 juta" beside "523,40" already is.
    report = run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "T", "Nilai", target, (tw1, None, None, None), satuan="Juta Rupiah"
            )
        ],
        triwulan=1,
    )
    (finding,) = _findings(report, "Kinerja", "K2", PERINGATAN)
    assert "Rp" in finding.pesan and "periksa besarnya" in finding.pesan, finding.pesan


@pytest.mark.parametrize(
    ("satuan", "target", "tw1"),
    [
        ("Rupiah", "1.500.000", "Rp 750.000"),  # Satuan rupiah: "Rp" changes no scale
        ("Juta Rupiah", "Rp 523.400.000", "Rp 250.000.000"),  # both whole amounts
        ("Juta Rupiah", "523,40", "250"),  # both in juta
        ("Juta Rupiah", "Rp 523.400.000", "250 juta"),  # both whole amounts: 523.400.000 and 250.000.000
    ],
)
def test_figures_written_in_one_scale_are_not_pointed_out(satuan, target, tw1):
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "Nilai", target, (tw1, None, None, None), satuan=satuan)],
        triwulan=1,
    )
    assert not report.findings, report.findings


# --- a quarter left blank between quarters with a number -----------------------------------------------


@pytest.mark.parametrize(
    ("jenis", "realisasi"),
    [
        (None, 40),  # Kumulatif: TW I 10 + TW III 30 = 40 (TW II, forgotten, not in it)
        ("Rata-rata", 20),  # Rata-rata: (10 + 30) / 2 = 20, the mean of two quarters, not three
    ],
)
def test_a_blank_quarter_between_numbers_is_pointed_out(jenis, realisasi):
    # Reported TW III, TW I 10, TW II left blank, TW III 30: the figure is computed from TW I and TW III
    # alone and said nothing, while the reported quarter left blank is already pointed out. Target 100,
    # so the capaian is the realisasi.
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "Nilai", 100, (10, None, 30, None), jenis=jenis)], triwulan=3
    )
    ind = report.indicators[0]
    assert ind.realisasi == realisasi and ind.capaian == realisasi, ind
    (finding,) = _findings(report, "Kinerja", "L2")
    assert finding.severity == PERINGATAN, finding
    assert "TW II" in finding.pesan and "TW I, TW III" in finding.pesan and "nihil" in finding.pesan, (
        finding.pesan
    )


@pytest.mark.parametrize(
    ("jenis", "tws"),
    [
        ("Nilai Akhir", (10, None, 30, None)),  # the latest quarter with a number: 30 either way
        (None, (10, "-", 30, None)),  # "-": no data, on purpose
        (None, (10, "nihil", 30, None)),  # zero
        (None, (None, 20, 30, None)),  # nothing before the first number: the activity began in TW II
    ],
)
def test_quarters_filled_on_purpose_are_not_pointed_out(jenis, tws):
    report = run([kinerja_row("T1", "Tujuan", "", "T", "Nilai", 100, tws, jenis=jenis)], triwulan=3)
    assert not report.findings, report.findings


# --- invisible characters pasted from a PDF, Word or a web page ----------------------------------------

ZWSP, BOM, WORD_JOINER, SOFT_HYPHEN = "\u200b", "\ufeff", "\u2060", "\u00ad"


def test_a_kode_pasted_with_an_invisible_character_is_the_kode_it_shows():
    # "S1" pasted with a zero-width space after it: the Program under "S1" and the budget for "S1" were
    # "not in the Kinerja sheet" (a galat naming a Kode the user sees there), and every Sasaran and Tujuan
    # budget unknown. Pagu 1.000.000, spent 250.000: penyerapan 250.000 / 1.000.000 x 100 = 25 for P1, S1
    # and T1 alike; S1's capaian 50 / 100 x 100 = 50, efisiensi 50 - 25 = 25 points.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Nilai T", 100, (50, None, None, None)),
        kinerja_row("S1" + ZWSP, "Sasaran", BOM + "T1", "S", "Nilai S", 100, (50, None, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "Nilai P", 100, (50, None, None, None)),
    ]
    budget = [
        anggaran_row("P1" + WORD_JOINER, "Program satu", "S1", "1.000.000", ("250.000", None, None, None))
    ]
    report = run(rows, budget, triwulan=1)
    assert not report.findings, report.findings
    sasaran = next(e for e in report.efisiensi if e.kode == "S1")
    assert (sasaran.penyerapan, sasaran.efisiensi) == (25, 25), sasaran


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (ZWSP + "50", 50),
        ("50" + ZWSP, 50),
        ("12,5" + BOM + " %", 12.5),
        ("nihil" + ZWSP, 0),  # zero, not a status text that leaves the capaian unknown
        ("1.2" + SOFT_HYPHEN + "50", 1250),
    ],
)
def test_a_figure_pasted_with_an_invisible_character_is_read_as_it_shows(typed, read):
    # Target 100: the capaian is the figure read.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "Nilai", 100, (typed, None, None, None))], triwulan=1)
    ind = report.indicators[0]
    assert ind.realisasi == read and ind.capaian == read, (ind, report.findings)
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


def test_a_dropdown_value_pasted_with_an_invisible_character_is_read():
    # Polaritas "Negatif" + zero-width space was "not known" (a galat, no capaian), Triwulan "I" + one a
    # galat and Triwulan IV used. Target 10, TW I 12: (2 x 10 - 12) / 10 x 100 = 80, Tinggi.
    row = kinerja_row(
        "T1", "Tujuan", "", "T", "Nilai", 10, (12, None, None, None), polaritas="Negatif" + ZWSP
    )
    report = run([row], triwulan="I" + ZWSP)
    assert report.settings.triwulan == 1, report.findings
    assert report.indicators[0].capaian == 80 and report.indicators[0].kriteria == "Tinggi"
    assert not report.findings, report.findings


# --- a dash that is not a minus sign ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["–5", "—5", "- 5", "‐5", "－5"])
def test_a_dash_before_a_number_is_a_galat_that_keeps_the_sign(typed):
    # A decline pasted from Word or a PDF: an en dash, an em dash, a hyphen parted from the number, a
    # Unicode hyphen, a full-width hyphen. Not read (the dash may be a no-data mark or a bullet), a galat
    # at the cell; but the message said "write the number alone" ("tulis angkanya saja"), which drops
    # the sign: it must say how to write it negative.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "Nilai", 5, (typed, None, None, None))], triwulan=1)
    assert report.indicators[0].capaian is None
    (finding,) = _findings(report, "Kinerja", "K2", GALAT)
    assert "angkanya saja" not in finding.pesan and "-5" in finding.pesan, finding.pesan
