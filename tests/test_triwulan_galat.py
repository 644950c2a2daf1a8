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


# --- no check assumes a quarter when the Triwulan is unreadable ------------------------------------
# Every quarter cell here holds something a check of a counted quarter points out (the seed's slips and
# the ones staff make): under a known Triwulan each is said of the quarters counted, and a quarter after
# the reported one only gets "diisi, padahal laporan s.d. Triwulan ...". With the Triwulan unreadable
# no quarter is counted, so nothing may be said that holds only if one is: every finding must be one
# that every known quarter (I..IV) gives too. Before, the quarters were checked as if s.d. TW IV.
_SLIPS = [
    # the seed's PDRB: TW IV "3.969,54" (no milyar) beside the target in milyar
    kinerja_row("T1", "Tujuan", "", "Ekonomi", "PDRB", "4.045,54 milyar", ("3.900 milyar", "3.950 milyar", "3.960,1 milyar", "3.969,54"), jenis="Nilai Akhir", satuan="Rupiah"),
    # "1,250" in TW III: 1,25 (a decimal comma) or 1.250?
    kinerja_row("S1", "Sasaran", "T1", "Koperasi", "Jumlah koperasi", 2000, (500, 400, "1,250", None), jenis="Kumulatif", satuan="unit"),
    # 0,81 without % in TW IV beside a target in %
    kinerja_row("S2", "Sasaran", "T1", "Layanan", "Persentase layanan", "90%", ("80%", "85%", "86%", "0,81"), jenis="Nilai Akhir"),
    # a grade in a number's cell; a number inside a status text; a percentage beside a count
    kinerja_row("S3", "Sasaran", "T1", "Opini", "Skor", 100, (80, 85, 90, "WTP"), jenis="Nilai Akhir", satuan="skor"),
    kinerja_row("S4", "Sasaran", "T1", "BPS", "Angka", 100, (80, 85, 90, "Menunggu data BPS 2024: 95"), jenis="Nilai Akhir", satuan="indeks"),
    kinerja_row("S5", "Sasaran", "T1", "Hitung", "Jumlah UMKM", 10, (2, 3, 4, "50%"), jenis="Kumulatif", satuan="unit"),
    # a grade target with a number in TW IV
    kinerja_row("S6", "Sasaran", "T1", "Akuntabilitas", "Opini BPK", "WTP", ("WTP", None, None, 95), jenis="Nilai Akhir", satuan="opini"),
    # TW III blank between TW II and TW IV with a number (Kumulatif): said of a report s.d. TW IV only
    kinerja_row("S7", "Sasaran", "T1", "Pasar", "Jumlah pasar", 10, (2, 3, None, 4), jenis="Kumulatif", satuan="unit"),
]  # fmt: skip
_SLIPS_BUDGET = [
    anggaran_row("P1", "Program A", "S1", 41_000_000, (None, 8_000_000, "1,5 M", "belum")),
    anggaran_row("P2", "Program B", "S1", "1 M", (None, "100 jt", "-5 jt", "2 M")),
]


def _findings(triwulan):
    return {
        (f.severity, f.sheet, f.sel, f.pesan)
        for f in compute(_data_of(_SLIPS, _SLIPS_BUDGET, triwulan)).findings
    }


def _data_of(kinerja, anggaran, triwulan):
    return parse_workbook(workbook(kinerja, anggaran, triwulan))


@pytest.mark.parametrize("triwulan", UNREADABLE)
def test_no_check_assumes_a_quarter_when_the_triwulan_is_unreadable(triwulan):
    known = set.intersection(*(_findings(q) for q in (1, 2, 3, 4)))
    unknown = {f for f in _findings(triwulan) if f[1] != "Pengaturan"}
    assert not unknown - known, sorted(unknown - known)


def test_the_example_with_an_unreadable_triwulan_has_only_its_galat(tmp_path):
    # The example (TW II 2025) with Triwulan "1 s.d. 2": the seed's PDRB typed under TW IV
    # ("3.969,54", Kinerja!N27) was said to be in other units than its target in milyar, a check of a
    # counted quarter; under Triwulan II it is the peringatan of a quarter after the reported one.
    import openpyxl

    from lkj_xl.build import load_report
    from tests.common import EXAMPLE

    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb[c.SHEET_PENGATURAN]
    (cell,) = [row[1] for row in ws.iter_rows() if row[0].value == c.P_TRIWULAN]
    assert cell.coordinate == "B7" and cell.value == 2
    cell.value = "1 s.d. 2"
    path = tmp_path / "tw-galat.xlsx"
    wb.save(path)
    findings = [(f.severity, f.sheet, f.sel) for f in load_report(path).findings]
    assert findings == [(GALAT, c.SHEET_PENGATURAN, "B7")]


def test_last_years_quarters_are_not_said_of_triwulan_iv_when_it_is_unreadable():
    # Tahun 2026, last year's four quarters left in TW I..IV (25 + 30 + 20 + 25 = 100 = Realisasi 2025):
    # a galat at the reported quarter under Triwulan I-III, a peringatan "... Triwulan IV Tahun 2026"
    # at TW IV (Kinerja!N2) under IV. With the Triwulan unreadable it named Triwulan IV all the same.
    from tests.helpers_staff import next_year_report

    report = next_year_report("Realisasi 2025", 100, triwulan="TW")
    assert [f.sel for f in report.findings if f.sheet == c.SHEET_KINERJA and f.sel[0] in "KLMN"] == []
    assert not [f for f in report.findings if "Triwulan IV" in f.pesan]
    assert [f.sel for f in next_year_report("Realisasi 2025", 100, triwulan=4).findings if f.sel == "N2"] == [
        "N2"
    ]
