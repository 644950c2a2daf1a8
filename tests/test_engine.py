"""Engine tests on hand-built grids: formulas, realisation types, hierarchy, budgets, findings.

Every expected number is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_xl.core import contract as c
from lkj_xl.core.engine import capaian, compute, efisiensi, kriteria, realisasi_sd
from lkj_xl.core.model import Cell
from lkj_xl.core.parse import WorkbookError, parse_workbook
from tests import common


def grid(rows):
    return [[v if isinstance(v, Cell) else Cell(v) for v in row] for row in rows]


def pengaturan(triwulan=2, **extra):
    rows = [
        ["Pengaturan laporan"],  # a title block above the header is allowed
        ["Parameter", "Nilai"],
        ["Pemerintah Daerah", "Kabupaten Contoh"],
        ["Perangkat Daerah", "Dinas Contoh"],
        ["Tahun", 2025],
        ["Triwulan", triwulan],
    ]
    rows += [[k, v] for k, v in extra.items()]
    return grid(rows)


def kinerja_row(kode, tingkat, induk, uraian, indikator, target, tws=(None, None, None, None), **kw):
    """The Kinerja row as a list in the contract's column order, its four quarters ``tws``."""
    more = {
        "Satuan": kw.get("satuan", "%"),
        "Polaritas": kw.get("polaritas"),
        "Jenis Realisasi": kw.get("jenis"),
        "Target Perubahan": kw.get("target_perubahan"),
        "Keterangan": kw.get("keterangan"),
        **dict(zip(c.REALISASI_TW_HEADERS, tws)),
    }
    row = common.kinerja_row(kode, tingkat, induk, uraian, indikator, target, **more)
    return [row[h] for h in c.KINERJA_HEADERS]


def anggaran_row(kode, program, kode_sasaran, pagu, tws=(None, None, None, None), pagu_perubahan=None):
    return [kode, program, kode_sasaran, pagu, pagu_perubahan, *tws]


def workbook(kinerja_rows, anggaran_rows=(), triwulan=2, **settings):
    return {
        "Pengaturan": pengaturan(triwulan, **settings),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_rows]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS), *anggaran_rows]),
    }


def run(kinerja_rows, anggaran_rows=(), triwulan=2, **settings):
    return compute(parse_workbook(workbook(kinerja_rows, anggaran_rows, triwulan, **settings)))


def messages(report, severity=None):
    return [f"{f.sheet}!{f.sel} {f.pesan}" for f in report.findings if severity in (None, f.severity)]


# --- formulas --------------------------------------------------------------------------------------


def test_capaian_positive_is_realisasi_over_target():
    # seed Tabel 3.1: koperasi 29 of 40,71 -> 29 / 40.71 * 100 = 71.2355...
    assert capaian(29, 40.71) == pytest.approx(71.23556865634979)


def test_capaian_negative_polarity_follows_the_report():
    # target 5 (e.g. inflation 5 %), realisasi 4 -> (5 - (4 - 5)) / 5 * 100 = 120
    assert capaian(4, 5, c.NEGATIF) == pytest.approx(120.0)
    # realisasi above target is worse: (5 - (6 - 5)) / 5 * 100 = 80
    assert capaian(6, 5, c.NEGATIF) == pytest.approx(80.0)


def test_capaian_zero_target_raises():
    with pytest.raises(ValueError):
        capaian(1, 0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (100.01, "Sangat Tinggi"),
        (90.0001, "Sangat Tinggi"),
        (90.0, "Tinggi"),  # DOMAIN.md: exactly 90 is Tinggi
        (75.0001, "Tinggi"),
        (75.0, "Sedang"),
        (65.5, "Sedang"),
        (65.0, "Rendah"),
        (50.0001, "Rendah"),
        (50.0, "Sangat Rendah"),  # exactly 50 is Sangat Rendah
        (-3.0, "Sangat Rendah"),
        (170.0, "Sangat Tinggi"),  # above 100 is Sangat Tinggi
    ],
)
def test_kriteria_permenpanrb_bounds(value, expected):
    assert kriteria(value, c.SKALA_PERMENPANRB) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (91.0, "Sangat Tinggi"),
        (90.5, "Tinggi"),  # integer-bound systems leave 90.5 unrated; here it is Tinggi
        (76.0, "Tinggi"),
        (75.99, "Sedang"),
        (66.0, "Sedang"),
        (65.5, "Rendah"),
        (51.0, "Rendah"),
        (50.99, "Sangat Rendah"),
    ],
)
def test_kriteria_permendagri_bounds_have_no_gaps(value, expected):
    assert kriteria(value, c.SKALA_PERMENDAGRI) == expected


@given(st.floats(-1000, 1000, allow_nan=False), st.floats(-1000, 1000, allow_nan=False))
def test_kriteria_is_monotonic(a, b):
    rank = {name: i for i, name in enumerate(reversed(c.KRITERIA))}
    for skala in c.SKALA:
        low, high = sorted((a, b))
        assert rank[kriteria(low, skala)] <= rank[kriteria(high, skala)]


@given(
    st.floats(0, 1e9, allow_nan=False),
    st.floats(1e-3, 1e9, allow_nan=False),
    st.floats(0, 100, allow_nan=False),
)
def test_positive_capaian_scales_linearly(realisasi, target, factor):
    assert capaian(realisasi * factor, target) == pytest.approx(
        capaian(realisasi, target) * factor, rel=1e-9, abs=1e-9
    )


def test_efisiensi_is_capaian_minus_penyerapan():
    # seed Tabel 3.3: koperasi 71 - 36 = 35
    assert efisiensi(71, 36) == 35


def test_realisasi_by_type():
    quarters = [25.0, 4.0, None, None]
    assert realisasi_sd(quarters, c.KUMULATIF) == 29  # 25 + 4 (DOMAIN.md)
    assert realisasi_sd(quarters, c.NILAI_AKHIR) == 4  # latest quarter with a value
    assert realisasi_sd(quarters, c.RATA_RATA) == 14.5  # (25 + 4) / 2
    assert realisasi_sd([None, 7.0, None, None], c.RATA_RATA) == 7  # mean of the quarters that have values
    assert realisasi_sd([None] * 4, c.KUMULATIF) is None


# --- a small hierarchy -----------------------------------------------------------------------------


def small_hierarchy():
    return [
        kinerja_row(
            "T1", "Tujuan", "", "Tujuan satu", "Nilai investasi", "1.000 juta", ("250 juta", "-", None, None)
        ),
        kinerja_row("S1", "Sasaran", "T1", "Sasaran satu", "Persentase A", "40%", (25, 4, None, None)),
        kinerja_row("S1", "", "", "", "Persentase B", 50, (None, 60, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program satu", "Jumlah X", 200, (50, 30, None, None)),
        kinerja_row(
            "K1",
            "Kegiatan",
            "P1",
            "Kegiatan satu",
            "Jumlah Y",
            10,
            ("direkap diakhir periode",) * 2 + (None, None),
        ),
    ]


def test_hierarchy_capaian_and_means():
    report = run(small_hierarchy())
    by = {(i.kode, i.indikator): i for i in report.indicators}
    # "1.000 juta" = 1e9; TW I 250 juta = 2.5e8, TW II "-" no data -> 2.5e8 / 1e9 * 100 = 25
    assert by["T1", "Nilai investasi"].capaian == pytest.approx(25.0)
    # kumulatif 25 + 4 = 29 of 40 -> 72.5 (Sedang)
    a = by["S1", "Persentase A"]
    assert a.realisasi == 29 and a.capaian == pytest.approx(72.5) and a.kriteria == "Sedang"
    # nilai akhir 60 of 50 -> 120
    assert by["S1", "Persentase B"].capaian == pytest.approx(120.0)
    # second row of S1 inherits Tingkat, Kode Induk and Uraian
    assert by["S1", "Persentase B"].uraian == "Sasaran satu"
    node = {n.kode: n for n in report.nodes()}
    # node capaian = mean of measurable indicators: (72.5 + 120) / 2 = 96.25
    assert node["S1"].capaian == pytest.approx(96.25)
    assert node["S1"].kriteria == "Sangat Tinggi"
    assert [n.kode for n in report.roots] == ["T1"]
    assert [n.kode for n in node["T1"].children] == ["S1"]
    assert node["K1"].depth == 3
    k1 = by["K1", "Jumlah Y"]
    assert k1.capaian is None and k1.status == "direkap diakhir periode" and k1.kriteria is None


def test_target_perubahan_replaces_target():
    rows = [kinerja_row("T1", "Tujuan", "", "T", "I", 100, (50, None, None, None), target_perubahan=200)]
    # 50 / 200 * 100 = 25
    assert run(rows).indicators[0].capaian == pytest.approx(25.0)


def test_capaian_cap_only_when_set():
    rows = [kinerja_row("T1", "Tujuan", "", "T", "I", 100, (170, None, None, None))]
    assert run(rows).indicators[0].capaian == pytest.approx(170.0)
    capped = run(rows, **{"Batas Capaian": 120}).indicators[0]
    assert capped.capaian == pytest.approx(120.0) and capped.capaian_mentah == pytest.approx(170.0)


def test_percent_formatted_cell_is_read_in_percent_units():
    # A cell typed 40,71% in Excel stores 0.4071 with a percent number format.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "I", Cell(0.4071, percent=True), (29, None, None, None))]
    assert run(rows).indicators[0].capaian == pytest.approx(29 / 40.71 * 100)


def test_value_after_reported_quarter_is_flagged_and_excluded():
    rows = [
        kinerja_row("S4", "Tujuan", "", "T", "PDRB", "4.045,54", ("-", "Menunggu data BPS", None, "3.969,54"))
    ]
    report = run(rows, triwulan=2)
    ind = report.indicators[0]
    assert ind.capaian is None and ind.status == "Menunggu data BPS"
    assert any(f.sel == "N2" and f.severity == "peringatan" for f in report.findings), messages(report)


# --- budgets ---------------------------------------------------------------------------------------


def test_budget_rollup_and_efisiensi():
    rows = small_hierarchy()
    budgets = [
        anggaran_row("P1", "Program satu", "", 1000, (100, 150, None, None)),
        anggaran_row("P0", "Program penunjang", "S1", 3000, (500, None, None, None)),
    ]
    report = run(rows, budgets)
    eff = {e.kode: e for e in report.efisiensi}
    # S1 budget = P1 (via its parent) + P0 (explicit Kode Sasaran) = 1000 + 3000 = 4000;
    # realisasi 100 + 150 + 500 = 750 -> penyerapan 18.75
    assert eff["S1"].pagu == 4000 and eff["S1"].realisasi_anggaran == 750
    assert eff["S1"].penyerapan == pytest.approx(18.75)
    # efisiensi = 96.25 - 18.75 = 77.5
    assert eff["S1"].efisiensi == pytest.approx(77.5)
    # Tujuan = sum of its Sasaran: same figures; capaian 25 -> 25 - 18.75 = 6.25
    assert eff["T1"].pagu == 4000 and eff["T1"].efisiensi == pytest.approx(6.25)
    assert report.total_pagu == 4000 and report.total_penyerapan == pytest.approx(18.75)
    assert [b.kode_sasaran for b in report.budgets] == ["S1", "S1"]


def test_efisiensi_unknown_when_capaian_unknown():
    rows = [kinerja_row("T1", "Tujuan", "", "T", "I", 10, ("Menunggu data BPS", None, None, None))]
    report = run(rows, [anggaran_row("P0", "Penunjang", "T1", 100, (10, None, None, None))])
    row = report.efisiensi[0]
    assert (
        row.penyerapan == pytest.approx(10.0) and row.efisiensi is None and row.status == "Menunggu data BPS"
    )


# --- findings ----------------------------------------------------------------------------------------


def test_findings_point_at_cells():
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "I1", 0),  # zero target (row 2)
        kinerja_row("T1", "Tujuan", "", "T", "I1", 5),  # duplicate Kode+Indikator (row 3)
        kinerja_row(
            "S1", "Sasaran", "X9", "S", "I2", "1.282,684,40 juta"
        ),  # unknown parent, ambiguous target (row 4)
        kinerja_row("P1", "Program", "T1", "P", "I3", -5),  # wrong level, negative target (row 5)
        kinerja_row(
            "S2", "Sasaran", "T1", "S", "I4", None, ("12abc", None, None, None)
        ),  # missing target, bad TW I
        kinerja_row("A", "Kegiatan", "B", "A", "I5", 1),  # cycle A -> B -> A
        kinerja_row("B", "Kegiatan", "A", "B", "I6", 1),
    ]
    budgets = [
        anggaran_row("P1", "P", "ZZ", 100, (50, 80, None, None)),  # unknown Kode Sasaran; realisasi > pagu
    ]
    report = run(rows, budgets)
    refs = {(f.sheet, f.sel) for f in report.findings}
    expected = {
        ("Kinerja", "I2"),  # zero target
        ("Kinerja", "I3"),  # duplicate indicator, at the Target that differs (0 on row 2, 5 here)
        ("Kinerja", "C4"),  # unknown Kode Induk
        ("Kinerja", "I4"),  # ambiguous number
        ("Kinerja", "C5"),  # Program under Tujuan
        ("Kinerja", "I5"),  # negative target
        ("Kinerja", "I6"),  # missing target
        ("Kinerja", "K6"),  # unparseable realisation
        ("Anggaran", "C2"),  # unknown Kode Sasaran
        ("Anggaran", "G2"),  # realisasi above pagu (TW II, the last quarter counted)
    }
    assert expected <= refs, messages(report)
    assert any("siklus" in f.pesan for f in report.findings)
    # an error on one indicator never stops the others: the cycle nodes still compute
    assert all(i.capaian is None for i in report.indicators if i.kode in ("T1", "S1", "P1", "S2"))


def test_program_without_budget_row_is_reported():
    rows = [
        kinerja_row("S1", "Sasaran", "", "S", "I", 10, (5, None, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "I", 10, (5, None, None, None)),
    ]
    report = run(rows)
    assert any(f.sheet == "Kinerja" and f.sel == "A3" and "anggaran" in f.pesan for f in report.findings)


def test_missing_sheet_and_header_are_named_with_suggestion():
    wb = workbook([])
    wb["Kinerja "] = wb.pop("Kinerja")  # trailing space: still found
    del wb["Anggaran"]
    wb["Angaran"] = grid([list(c.ANGGARAN_HEADERS)])
    with pytest.raises(WorkbookError) as info:
        parse_workbook(wb)
    assert 'Sheet "Anggaran" tidak ditemukan (maksud Anda "Angaran"?)' in str(info.value)

    wb = workbook([])
    headers = list(c.KINERJA_HEADERS)
    headers[headers.index("Polaritas")] = "Polaritass"
    wb["Kinerja"] = grid([headers])
    with pytest.raises(WorkbookError) as info:
        parse_workbook(wb)
    assert '"Polaritas" (maksud Anda "Polaritass"?)' in str(info.value)


def test_error_values_and_unsaved_formulas_are_reported_not_zero():
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "I", Cell(None, error="#DIV/0!"), (1, None, None, None)),
        kinerja_row("T2", "Tujuan", "", "T", "I", 10, (Cell(None, formula="=A1*2"), None, None, None)),
    ]
    report = run(rows)
    assert all(i.capaian is None for i in report.indicators)
    text = " ".join(messages(report))
    assert "#DIV/0!" in text and "rumus tanpa nilai tersimpan" in text


def test_no_nan_or_inf_anywhere():
    rows = [kinerja_row("T1", "Tujuan", "", "T", "I", 1e-300, (1e300, None, None, None))]
    for i in run(rows).indicators:
        assert i.capaian is None or math.isfinite(i.capaian)


def test_program_budgets_are_checked_against_the_agreed_total():
    rows = [kinerja_row("S1", "Sasaran", "", "S", "I", 10, (5, None, None, None))]
    budgets = [anggaran_row("P1", "A", "S1", 1000), anggaran_row("P2", "B", "S1", 2500)]
    # 1000 + 2500 = 3500 agreed: no finding
    assert not [
        f
        for f in run(rows, budgets, **{"Total Pagu Perjanjian Kinerja": 3500}).findings
        if "Total Pagu" in f.pesan
    ]
    # agreed 3600: the programs are 100 short, pointed out at the parameter's cell (Nilai of row 7)
    report = run(rows, budgets, **{"Total Pagu Perjanjian Kinerja": "3.600"})
    (finding,) = [f for f in report.findings if "Total Pagu" in f.pesan]
    assert (finding.sheet, finding.sel, finding.severity) == ("Pengaturan", "B7", "peringatan")
    assert "kurang Rp 100" in finding.pesan  # 3500 - 3600 < 0
