"""Perbandingan Kinerja: a Kumulatif count against a Renstra end target that sums the Renstra's years.

A Program counting houses rehabilitated per year (Kumulatif: the year's quarters summed) whose Target
Akhir Renstra is the period's total, 1.000 houses over 2021-2026, printed 120 / 1.000 = 12 % as the
capaian against it: read as progress toward the end, while the earlier years' houses are in no cell.
A careful analyst computes that progress from every year of the Renstra, not this year's alone: the
capaian is not computed (the cell says what it needs), a note under the table names the row and a
peringatan at its Target Akhir Renstra cell says why.

Told only where the end target is at least three times the year's target (a sum of several years'
targets; a final year's own target, 250 beside 200, stays compared), of a Kumulatif Positif count (a
Nilai Akhir stock against its end level, a percentage, are read as before).

Every expected figure is derived by hand in the comment beside it.
"""

from __future__ import annotations

import io

import openpyxl
import pytest

from lkj_xl.build import build_bytes, report_from_bytes
from lkj_xl.core import contract as c
from lkj_xl.core.kalimat_pembanding import pembanding_kalimat
from lkj_xl.xlsx.template import new_workbook

PENGATURAN = {
    c.P_PEMDA: "Kabupaten Lumajang",
    c.P_OPD: "Dinas Perumahan dan Kawasan Permukiman",
    c.P_TAHUN: 2025,
    c.P_TRIWULAN: "Tahunan",
    c.P_KEPALA: "Ir. Kepala Dinas",
    c.P_TANGGAL: "15 Januari 2026",  # fixed: outputs do not depend on today's date
    c.P_TAHUN_AKHIR_RENSTRA: "2021-2026",
}
# Kinerja from new_workbook: the 15 contract columns A..O, then P Realisasi Tahun Lalu, Q Target Akhir
# Renstra, R Standar Nasional, S Formulasi, T Sumber Data; data rows from row 4 (T1 4, S1 5, P1 6).
RENSTRA_P1 = "Q6"
RUMAH = "Jumlah rumah tidak layak huni yang direhabilitasi"


def kinerja(renstra: object = "1.000", jenis: str = "Kumulatif", **p1: object) -> list[dict]:
    """T1 (Persentase rumah layak huni 85 of 90 %, Nilai Akhir), S1 (Persentase kawasan kumuh
    tertangani), P1 (the houses: Kumulatif 20 + 30 + 40 + 30 = 120 of 150 unit this year)."""
    rows = [
        {
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "Meningkatnya kualitas permukiman",
            "Indikator": "Persentase rumah layak huni",
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": "90%",
            "Realisasi TW IV": "85%",
        },
        {
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Kode Induk": "T1",
            "Uraian": "Menurunnya luas kawasan kumuh",
            "Indikator": "Persentase kawasan kumuh tertangani",
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": "40%",
            "Realisasi TW IV": "36%",
            "Target Akhir Renstra": "60%",  # 36 / 60 = 60 %: a level against its end level, as before
        },
        {
            "Kode": "P1",
            "Tingkat": "Program",
            "Kode Induk": "S1",
            "Uraian": "Program Perumahan dan Kawasan Permukiman",
            "Indikator": RUMAH,
            "Satuan": "unit",
            "Polaritas": "Positif",
            "Jenis Realisasi": jenis,
            "Target": "150",
            "Realisasi TW I": "20",
            "Realisasi TW II": "30",
            "Realisasi TW III": "40",
            "Realisasi TW IV": "30",
            "Target Akhir Renstra": renstra,
            **p1,
        },
    ]
    return rows


ANGGARAN = [
    {
        "Kode": "P1",
        "Program": "Program Perumahan dan Kawasan Permukiman",
        "Pagu": "4.500.000.000",
        "Realisasi TW I": "500 jt",
        "Realisasi TW II": "1,2 M",
        "Realisasi TW III": "1,1 M",
        "Realisasi TW IV": "1,3 M",
    }
]


def build(**kw: object) -> openpyxl.Workbook:
    out = io.BytesIO()
    new_workbook(out, pengaturan=PENGATURAN, kinerja=kinerja(**kw), anggaran=ANGGARAN)
    built = build_bytes(out.getvalue(), filename="rumah.xlsx")
    return openpyxl.load_workbook(io.BytesIO(built.data))


def renstra_cells(wb: openpyxl.Workbook, indikator: str) -> tuple[object, object]:
    """The Target and Capaian (%) under Target Akhir Renstra on ``indikator``'s row."""
    ws = wb[c.SHEET_PERBANDINGAN]
    rows = list(ws.iter_rows(values_only=True))
    top = next(r for r in rows if any(str(v).startswith("Target Akhir Renstra") for v in r if v))
    col = next(i for i, v in enumerate(top) if v and str(v).startswith("Target Akhir Renstra"))
    row = next(r for r in rows if indikator in r)
    return row[col], row[col + 1]


def notes(wb: openpyxl.Workbook) -> list[str]:
    ws = wb[c.SHEET_PERBANDINGAN]
    return [str(r[0]) for r in ws.iter_rows(values_only=True) if r[0] and isinstance(r[0], str)]


def pemeriksaan(wb: openpyxl.Workbook) -> list[tuple]:
    rows = list(wb[c.SHEET_PEMERIKSAAN].iter_rows(values_only=True))
    head = rows.index(("No", "Tingkat", "Sheet", "Sel", "Pesan"))
    return [row[1:5] for row in rows[head + 1 :] if row[0] is not None]


def test_a_years_count_against_the_periods_total_is_no_progress():
    wb = build()
    target, capaian = renstra_cells(wb, RUMAH)
    # 1.000 is printed; 120 / 1.000 = 12 % is not, as progress toward it: the cell says what it needs
    assert target == 1000
    assert capaian == "Perlu realisasi tahun sebelumnya"
    (note,) = [n for n in notes(wb) if "tahun-tahun sebelumnya" in n]
    assert RUMAH in note and "1.000" in note and "120" in note
    said = [row for row in pemeriksaan(wb) if row[1] == c.SHEET_KINERJA and row[2] == RENSTRA_P1]
    assert [row[0] for row in said] == ["Peringatan"]
    pesan = said[0][3]
    # 1.000 >= 3 x 150 = 450: the period's total; this year's 20 + 30 + 40 + 30 = 120 alone
    assert "Target Akhir Renstra 1.000" in pesan and "150" in pesan and "120" in pesan
    assert "tahun-tahun sebelumnya" in pesan and "tidak dihitung" in pesan


def test_the_analisis_sentence_says_why_too():
    # Analisis Capaian's comparison sentence of the row (3.1.3 prints a Tujuan's and Sasaran's, the
    # same function): never 120 / 1.000 = 12 %
    out = io.BytesIO()
    new_workbook(out, pengaturan=PENGATURAN, kinerja=kinerja(), anggaran=ANGGARAN)
    report = report_from_bytes(out.getvalue())
    (rumah,) = [i for i in report.indicators if i.indikator == RUMAH]
    (said,) = [t for t in pembanding_kalimat(rumah, report.settings) if "target akhir Renstra" in t]
    assert said.startswith(
        "Terhadap target akhir Renstra (tahun 2026) sebesar 1.000 unit, capaiannya tidak dihitung"
    )
    assert "12" not in said and "tahun-tahun sebelumnya" in said


@pytest.mark.parametrize(
    ("renstra", "jenis", "capaian"),
    [
        # the final year's own target: 250 < 3 x 150 = 450; 120 / 250 x 100 = 48 %
        ("250", "Kumulatif", 48),
        # 449 < 450: 120 / 449 x 100 = 26,73 %
        ("449", "Kumulatif", pytest.approx(12000 / 449)),
        # a stock at its level (Nilai Akhir: TW IV 30) against its end level: 30 / 1.000 = 3 %
        ("1.000", "Nilai Akhir", 3),
    ],
)
def test_an_end_target_of_one_year_or_a_stock_stays_compared(renstra, jenis, capaian):
    wb = build(renstra=renstra, jenis=jenis)
    assert renstra_cells(wb, RUMAH)[1] == capaian
    assert not [n for n in notes(wb) if "tahun-tahun sebelumnya" in n]
    assert not [row for row in pemeriksaan(wb) if row[2] == RENSTRA_P1]


def test_a_percentage_against_its_end_level_stays_compared():
    wb = build()
    # S1: 36 / 60 x 100 = 60 % (a level, not a flow), as before
    assert renstra_cells(wb, "Persentase kawasan kumuh tertangani") == (60, 60)
