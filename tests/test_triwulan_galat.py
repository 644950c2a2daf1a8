"""Pengaturan's Triwulan unreadable ("1 s.d. 2", "TW", "5"): which quarter the report is for is unknown.

Before: the galat at Pengaturan!B7 said "dipakai Triwulan IV" and every front printed the figures s.d.
Triwulan IV as if it had been chosen: the sheets' titles "Tabel 3.1 ... s.d. Triwulan IV Tahun 2025"
and their capaian (the galat only on Pemeriksaan), the e-mail's subject "Laporan Kinerja Triwulan IV
Tahun 2025" and its summary ("Realisasi anggaran: Rp 6.835.975.140 ... (24,59%)", "1 galat ... lihat
sheet Pemeriksaan"), the Word report's headings. A TW II workbook computed s.d. TW IV counts a
realisasi typed under TW III or IV (next quarter's plan, a copy) as this quarter's: a wrong figure.

Now no quarter's figures are printed: every realisasi s.d., capaian, kriteria, realisasi anggaran and
penyerapan is "Galat (Pengaturan!B7)" (targets, pagu and the quarters as typed stay), and every title
says "Triwulan ?" with the galat. A quarter asked for explicitly (the commands' --triwulan option:
compute(data, triwulan=2)) is computed as before.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, kinerja_row, workbook

REF = "Pengaturan!B6"  # tests/test_engine.pengaturan: title row 1, header row 2, Triwulan on row 6

# S1: Kumulatif, TW I 10 + TW II 10 = 20 of 40 = 50 %; a 30 typed under TW IV (next quarter's plan):
# counted s.d. TW IV it would be 50 of 40 = 125 %. P1's budget: pagu 41.000.000, TW II 8.000.000 and
# 30.000.000 under TW IV (s.d. TW IV: 38.000.000, 92,68 %; s.d. TW II: 8.000.000, 19,51 %).
_KINERJA = [
    kinerja_row("S1", "Sasaran", "", "Kualitas koperasi", "Jumlah koperasi sehat", 40, (10, 10, None, 30), jenis="Kumulatif", satuan="unit"),
    kinerja_row("P1", "Program", "S1", "Program A", "Persentase A", 100, (None, 50, None, None), jenis="Nilai Akhir"),
]  # fmt: skip
_ANGGARAN = [anggaran_row("P1", "Program A", "S1", 41_000_000, (None, 8_000_000, None, 30_000_000))]

UNREADABLE = ["1 s.d. 2", "TW", 5, "Triwulan ke"]


def _data(triwulan):
    return parse_workbook(workbook(_KINERJA, _ANGGARAN, triwulan))


@pytest.mark.parametrize("triwulan", UNREADABLE)
def test_no_quarters_figures_when_the_triwulan_is_unreadable(triwulan):
    report = compute(_data(triwulan))
    (galat,) = [f for f in report.findings if f.sheet == "Pengaturan"]
    assert galat.severity == GALAT and galat.sel == "B6" and "Triwulan IV" not in galat.pesan
    for ind in report.indicators:
        assert ind.capaian is None and ind.kriteria is None and ind.realisasi is None
        assert REF in (ind.status or "")
    assert report.indicators[0].target == 40  # the target as typed is still shown
    (budget,) = report.budgets
    assert budget.pagu == 41_000_000 and budget.realisasi is None and budget.penyerapan is None
    assert report.total_penyerapan is None
    # no "Realisasi TW IV kosong" peringatan as if TW IV were the reported quarter
    assert not [f for f in report.findings if "TW IV" in f.pesan]


def test_a_quarter_asked_for_is_computed():
    # compute(data, triwulan=2): S1 10 + 10 = 20 of 40 = 50 %; P1 8.000.000 of 41.000.000
    report = compute(_data("1 s.d. 2"), triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(50)
    assert report.budgets[0].realisasi == 8_000_000
    # the galat stays (the cell is still wrong) but says the quarter asked for is used, not "tidak dihitung"
    (galat,) = [f for f in report.findings if f.sheet == "Pengaturan"]
    assert "tidak dihitung" not in galat.pesan and "Triwulan II" in galat.pesan
    assert c.TRIWULAN_UNKNOWN in _data("1 s.d. 2").findings[0].pesan  # the parsed input is unchanged


def test_a_readable_triwulan_is_unchanged():
    report = compute(_data(2))
    assert report.indicators[0].capaian_exact == Fraction(50)
    assert report.settings.triwulan_galat == ""


def _no_quarter_named(text):
    assert "Triwulan IV" not in text and "TW IV" not in text, text
    assert "Triwulan ?" in text and REF in text, text


def test_the_sheets_titles_name_the_galat():
    from lkj_xl.core.tables import capaian_program, capaian_tujuan_sasaran, realisasi_anggaran

    report = compute(_data("1 s.d. 2"))
    for module in (capaian_tujuan_sasaran, capaian_program, realisasi_anggaran):
        layout = module.layout(report)
        _no_quarter_named(str(layout.rows[0][0]))


def test_the_mail_names_the_galat_and_no_quarter():
    from lkj_xl.delivery.message import default_body, default_subject, summary_lines

    report = compute(_data("1 s.d. 2"))
    _no_quarter_named(default_subject(report.settings))
    body = default_body(report.settings, summary_lines(report))
    _no_quarter_named(body)
    assert "Rp 38.000.000" not in body and "Rp 8.000.000" not in body  # no realisasi anggaran


def test_the_word_report_names_the_galat():
    pytest.importorskip("docx")
    from lkj_xl.laporan import document, template

    report = compute(_data("1 s.d. 2"))
    _no_quarter_named(document._periode(report))
    from lkj_xl.core.narasi import Narasi

    assert "?" in template.fields(report, Narasi())["{{periode}}"]


def test_the_kalimat_period_names_the_galat():
    from lkj_xl.core.kalimat import sd

    _no_quarter_named(sd(compute(_data("TW")).settings))
    assert sd(compute(_data(2)).settings) == c.periode(2, 2025)


def test_export_and_rekap_name_no_quarter(tmp_path):
    # Two agencies of tests/test_rekap.py's small workbook, one with Triwulan "1 s.d. 2": its export and
    # its rekap rows carry no quarter (not 4), and the rekap says its Triwulan differs
    import lkj_xl
    from lkj_xl.core.export import to_dict
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_rekap import KECIL_BUDGET, kecil_rows, settings

    new_workbook(
        tmp_path / "a.xlsx", pengaturan=settings("Dinas A"), kinerja=kecil_rows(), anggaran=KECIL_BUDGET
    )
    new_workbook(
        tmp_path / "b.xlsx",
        pengaturan=settings("Dinas B", "1 s.d. 2"),
        kinerja=kecil_rows(),
        anggaran=KECIL_BUDGET,
    )
    # Dinas A again with its Triwulan unreadable (a resubmission): two periods of one agency, no crash
    new_workbook(
        tmp_path / "c.xlsx", pengaturan=settings("Dinas A", "TW"), kinerja=kecil_rows(), anggaran=KECIL_BUDGET
    )
    report = lkj_xl.load_report(tmp_path / "b.xlsx")
    assert to_dict(report)["triwulan"] is None
    rekap = lkj_xl.rekap([tmp_path], jobs=1)
    rows = rekap.perangkat_daerah.set_index("berkas")
    assert rows.loc[str(tmp_path / "a.xlsx"), "triwulan"] == 2
    assert pd_missing(rows.loc[str(tmp_path / "c.xlsx"), "triwulan"])
    rows = rekap.perangkat_daerah.set_index("perangkat_daerah")
    assert pd_missing(rows.loc["Dinas B", "triwulan"])
    assert pd_missing(rows.loc["Dinas B", "capaian"])  # no capaian of an unknown quarter
    assert all(
        pd_missing(v) for v in rekap.indikator.set_index("perangkat_daerah").loc["Dinas B", "triwulan"]
    )
    assert any("Triwulan ?" in w for w in rekap.warnings), rekap.warnings
    from lkj_xl.agencies import write

    for fmt, out in (("xlsx", tmp_path / "rekap.xlsx"), ("csv", tmp_path / "csv")):
        assert write(rekap, fmt, out)  # the rekap's files of those periods are written


def pd_missing(value):
    import pandas as pd

    return value is None or bool(pd.isna(value))


def test_sheets_titled_without_a_quarter_are_still_the_tools():
    # The Hitung Ulang add-in cannot write the owner name: its output sheets are known by their A1
    # title. Titled "s.d. Triwulan ? Tahun 2025 (Galat: ...)", they must still be the tool's, or the next
    # build (the Triwulan fixed) refuses to replace them as the user's own sheets.
    from lkj_xl.core.ownership import has_tool_title
    from lkj_xl.core.tables import layouts

    report = compute(_data("1 s.d. 2"))
    titled = [lay for lay in layouts(report) if lay.rows and "Triwulan ?" in str(lay.rows[0][0])]
    assert len(titled) >= 6
    for lay in titled:
        assert has_tool_title(lay.name, lay.rows[0][0]), lay.rows[0][0]
