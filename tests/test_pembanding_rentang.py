"""A Target Akhir Renstra or Standar Nasional typed as a range (`60-85 %`, a BOR's national standard).

It was a galat ("berupa rentang ..., bukan satu angka"): no capaian against it, `Galat (...)` printed in
Perbandingan Kinerja. Decision (README "Range targets"): the documented range rule applies as to the
PK's target: inside the range the capaian against it is 100, above it the formula with the upper
bound, below it with the lower; Perbandingan Kinerja prints the range as typed, and the note under it
names each such row with where its realisasi falls. A Realisasi Tahun Lalu so typed stays a galat: it
was measured, one figure.

Grids built by hand (tests/test_engine.py's helpers, two comparison columns added after Kinerja's);
every capaian worked by hand with Fraction.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from lkj_xl.core.tables import perbandingan_kinerja
from tests.test_engine import grid, kinerja_row, pengaturan

EXTRA = [c.H_TARGET_RENSTRA, c.H_STANDAR_NASIONAL, c.H_REALISASI_TAHUN_LALU]


def _run(renstra=None, standar=None, lalu=None, realisasi=70, polaritas="Positif", satuan="%"):
    row = kinerja_row("S1", "Sasaran", "", "Layanan RS", "Bed Occupancy Rate", 80, (None, realisasi, None, None), jenis="Nilai Akhir", satuan=satuan, polaritas=polaritas)  # fmt: skip
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([[*c.KINERJA_HEADERS, *EXTRA], [*row, renstra, standar, lalu]]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    return compute(parse_workbook(sheets))


def _galat(report):
    return [f for f in report.findings if f.severity == GALAT and f.sheet == "Kinerja"]


@pytest.mark.parametrize(
    ("typed", "polaritas", "realisasi", "capaian"),
    [
        ("60-85 %", "Positif", 70, Fraction(100)),  # 70 inside 60-85: met
        ("60-85 %", "Positif", 90, Fraction(1800, 17)),  # above U = 85: 90/85 x 100 = 1800/17
        ("60-85 %", "Positif", 54, Fraction(90)),  # below L = 60: 54/60 x 100 = 90
        ("85-60", "Positif", 54, Fraction(90)),  # top first: the same bounds
        ("6 - 9", "Negatif", 10, Fraction(800, 9)),  # Negatif above U = 9: (2 - 10/9) x 100 = 800/9
    ],
)
def test_a_renstra_range_is_scored_by_the_range_rule(typed, polaritas, realisasi, capaian):
    report = _run(renstra=typed, realisasi=realisasi, polaritas=polaritas)
    p = report.indicators[0].pembanding
    assert not _galat(report), [f.pesan for f in _galat(report)]
    assert p.capaian_renstra_exact == capaian
    assert p.target_renstra is None  # no one bound is the Renstra's figure


def test_a_standar_nasional_range_likewise():
    # 90 above 60-85 %: 90/85 x 100 = 1800/17
    report = _run(standar="60-85 %", realisasi=90)
    p = report.indicators[0].pembanding
    assert p.capaian_standar_exact == Fraction(1800, 17) and p.standar_nasional is None
    assert not _galat(report)


def test_perbandingan_kinerja_prints_the_range_as_typed_and_says_where_the_realisasi_falls():
    report = _run(renstra="60-85 %", standar="80 s.d. 90", realisasi=90)
    sheet = perbandingan_kinerja.layout(report)
    cells = [v for row in sheet.rows for v in row]
    assert "60-85 %" in cells and "80 s.d. 90" in cells  # as typed, never one bound
    # 90/85 x 100 = 1800/17 against the Renstra; 90 on the standard's upper bound: inside, 100
    assert float(Fraction(1800, 17)) in cells and 100 in cells
    notes = " ".join(str(v) for v in cells if isinstance(v, str) and "rentang" in v)
    assert "Bed Occupancy Rate" in notes
    assert "realisasi di atas rentang" in notes and "batas atas 85%" in notes
    assert "realisasi di dalam rentang" in notes


def test_a_range_typed_as_last_years_realisasi_stays_a_galat():
    report = _run(lalu="60-70")
    (galat,) = _galat(report)
    assert galat.pesan.startswith(c.H_REALISASI_TAHUN_LALU) and "bukan satu angka" in galat.pesan


def test_a_renstra_range_that_cannot_be_read_stays_a_galat():
    # a scale word on the last bound out of order: ambiguous here too (no rupiah Satuan: a unit that is
    # no Satuan's: a bound that cannot be read)
    report = _run(renstra="60 % - 85 hari")
    assert report.indicators[0].pembanding.capaian_renstra is None
    assert _galat(report)


@pytest.mark.parametrize(("typed", "one"), [("1 - 2 jt", "2 jt"), ("0,6-0,85", "0,85")])
def test_a_comparison_range_is_checked_as_typed_as_its_one_figure_is(typed, one):
    # a scale word beside a count target of 80 (1 jt to 2 jt orang?), or a percentage typed as a
    # fraction (0,6-0,85 for 60-85 %): the same peringatan at the cell as the one figure gets
    def said(value, satuan):
        report = _run(standar=value, realisasi=70, satuan=satuan)
        return [f.pesan.split(" (", 1)[0] for f in report.findings if f.sel == "Q2"]

    satuan = "orang" if "jt" in typed else "%"
    assert said(one, satuan), "the one figure gets a peringatan"
    assert said(typed, satuan) == said(one, satuan)


def test_export_names_a_comparison_range_beside_its_capaian():
    # Perbandingan Kinerja prints "60-85 %" beside the capaian 1800/17 (90 above U = 85: 90/85 x 100);
    # export had that capaian beside a blank target_renstra and the range nowhere (as the rekap's
    # Target beside a range before target_tertulis). Its text is in target_renstra_tertulis /
    # standar_nasional_tertulis, last (the pinned columns keep their places); the figures stay null.
    from lkj_xl.core.export import table_rows, to_csv, to_dict, to_frames

    report = _run(renstra="60-85 %", standar="90", realisasi=90)
    (row,) = table_rows(report, "indikator")
    assert row["target_renstra"] is None and row["capaian_renstra"] == pytest.approx(
        float(Fraction(1800, 17))
    )
    assert row["target_renstra_tertulis"] == "60-85 %"
    assert row["standar_nasional"] == 90 and row["standar_nasional_tertulis"] is None  # a figure: no text
    (ind,) = to_dict(report)["indikator"]
    assert (ind["target_renstra_tertulis"], ind["standar_nasional_tertulis"]) == ("60-85 %", None)
    header = to_csv(report, "indikator").splitlines()[0].split(",")
    tertulis = ["target_tertulis", "target_pk_tertulis", "target_perubahan_tertulis"]
    at = header.index("target_perubahan_tertulis")
    # (after a grade realisasi's five columns as typed, merged from tests/test_predikat_realisasi_tertulis.py)
    realisasi = ["realisasi_tertulis", *(f"realisasi_tw{q}_tertulis" for q in range(1, 5))]
    pembanding = ["target_renstra_tertulis", "standar_nasional_tertulis"]
    assert header[at - 2 : at + 8] == [*tertulis, *realisasi, *pembanding]
    assert to_frames(report)["indikator"]["target_renstra_tertulis"].tolist() == ["60-85 %"]


def test_export_of_a_workbook_without_rows_keeps_the_new_columns():
    from lkj_xl.core.export import COLUMNS

    assert COLUMNS["indikator"][-2:] == ("target_renstra_tertulis", "standar_nasional_tertulis")


@pytest.mark.parametrize(
    ("realisasi", "where"), [(90, "; realisasi di atas rentang; dihitung"), ("menunggu data", ")")]
)
def test_a_comparison_range_typed_top_first_is_said_in_the_note(realisasi, where):
    # "85-60 %" printed as typed; read 60 to 85 (90 above U = 85: 90/85 x 100 = 1800/17), and the note
    # under Perbandingan Kinerja says it was turned, as the PK Target's note does (test_rentang_skala.py)
    report = _run(renstra="85-60 %", realisasi=realisasi)
    if realisasi == 90:
        assert report.indicators[0].pembanding.capaian_renstra_exact == Fraction(1800, 17)
    cells = [v for row in perbandingan_kinerja.layout(report).rows for v in row]
    assert "85-60 %" in cells
    (note,) = [v for v in cells if isinstance(v, str) and "Di tabel ini" in v]
    said = "Target Akhir Renstra 85-60 %: ditulis dari batas atas; dibaca 60% sampai 85%"
    assert f"{said}{where}" in note, note


def test_the_note_says_a_standard_is_no_target_and_what_is_computed():
    # a Standar Nasional is no target: its item says "rentang", not "rentang target"; and what the rule
    # computes is the capaian against the range, not the range itself
    report = _run(standar="60-85 %", realisasi=90)
    cells = [v for row in perbandingan_kinerja.layout(report).rows for v in row]
    (note,) = [v for v in cells if isinstance(v, str) and "Di tabel ini" in v]
    assert note.startswith(
        "Capaian terhadap Target Akhir Renstra atau Standar Nasional berupa rentang dihitung"
    )
    assert "Standar Nasional 60-85 %: realisasi di atas rentang; dihitung terhadap batas atas 85%" in note, (
        note
    )
    assert "rentang target" not in note
