"""A Dinas Kesehatan's annual report (Tahunan 2025) read as the Inspektorat reads it (tahunan55).

Perbandingan Kinerja set a realisasi that holds the earlier quarters' data only (TW IV ``-``: the
figure still awaited) against last year's whole year without a word: ``Jumlah Puskesmas
terakreditasi paripurna`` 2 + 3 + 4 = 9 (TW IV ``-``) printed under ``2025`` beside 2024's 8, ``Membaik``,
while Tabel 3.1 / 3.2 and the Word sentences say of the same 9 ``data s.d. Triwulan III; realisasi
Triwulan IV belum ada: "-"``. The sheet (and its PDF) now carries the same note under the table.

The workbook is typed as staff type it (``-``, ``1,25 M``, ``19,4%``); every figure derived by hand in
the comment beside it.
"""

from __future__ import annotations

import io

import openpyxl

from lkj_xl.build import build_bytes
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook

PENGATURAN = {
    c.P_PEMDA: "Kabupaten Lumajang",
    c.P_OPD: "Dinas Kesehatan",
    c.P_TAHUN: 2025,
    c.P_TRIWULAN: "Tahunan",
    c.P_KEPALA: "dr. Bayu Wibowo, M.Kes.",
    c.P_TANGGAL: "30 Januari 2026",  # fixed: outputs do not depend on today's date
    c.P_TAHUN_AKHIR_RENSTRA: "2021-2026",
}
PUSKESMAS = "Jumlah Puskesmas terakreditasi paripurna"
NOTE = 'data s.d. Triwulan III; realisasi Triwulan IV belum ada: "-"'


def kinerja(tw4_puskesmas: str = "-") -> list[dict]:
    """S1 Prevalensi stunting (Negatif, Nilai Akhir: 15,8 of 16,5 %), P1 Puskesmas (Kumulatif 2 + 3 +
    4 + TW IV of 12; 2024: 8; Renstra 25)."""
    return [
        {
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "Meningkatnya derajat kesehatan masyarakat",
            "Indikator": "Usia Harapan Hidup",
            "Satuan": "Tahun",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": "73,50",
            "Realisasi TW IV": "menunggu data BPS",
            "Realisasi 2024": "73,2",
            "Target Akhir Renstra": "74",
        },
        {
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Kode Induk": "T1",
            "Uraian": "Menurunnya prevalensi stunting",
            "Indikator": "Prevalensi stunting",
            "Satuan": "%",
            "Polaritas": "Negatif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": "18%",
            "Target Perubahan": "16,5%",
            "Realisasi TW II": "17,2%",
            "Realisasi TW IV": "15,8%",
            "Realisasi 2024": "19,4%",
            "Target Akhir Renstra": "14%",
        },
        {
            "Kode": "P1",
            "Tingkat": "Program",
            "Kode Induk": "S1",
            "Uraian": "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
            "Indikator": PUSKESMAS,
            "Satuan": "Puskesmas",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Kumulatif",
            "Target": "12",
            "Realisasi TW I": "2",
            "Realisasi TW II": "3",
            "Realisasi TW III": "4",
            "Realisasi TW IV": tw4_puskesmas,
            "Realisasi 2024": "8",
            "Target Akhir Renstra": "25",
        },
    ]


ANGGARAN = [
    {
        "Kode": "P1",
        "Program": "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
        "Kode Sasaran": "S1",
        "Pagu": "1,25 M",
        "Realisasi TW I": "210 jt",
        "Realisasi TW II": "305,5 jt",
        "Realisasi TW III": "298.000.000",
        "Realisasi TW IV": "402.100.000",
    }
]


def built(tw4_puskesmas: str = "-") -> openpyxl.Workbook:
    out = io.BytesIO()
    new_workbook(out, pengaturan=PENGATURAN, kinerja=kinerja(tw4_puskesmas), anggaran=ANGGARAN)
    data = build_bytes(out.getvalue(), filename="dinkes.xlsx").data
    return openpyxl.load_workbook(io.BytesIO(data))


def texts(ws) -> list[str]:
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


def puskesmas_row(ws) -> list:
    (row,) = [r for r in ws.iter_rows(values_only=True) if PUSKESMAS in r]
    return [v for v in row if v is not None]


def test_perbandingan_says_which_realisasi_holds_the_earlier_quarters_only():
    wb = built()
    ws = wb[c.SHEET_PERBANDINGAN]
    # 2 + 3 + 4 = 9 Puskesmas s.d. TW III (TW IV "-") beside 2024's 8: 9 - 8 = 1, 1 / 8 = 12,5 %
    row = puskesmas_row(ws)
    assert row[4:9] == [8, 9, 1, 12.5, "Membaik"], row
    # the same 9 in Tabel 3.2 carries its note; Perbandingan Kinerja now too
    (tabel32,) = [t for t in texts(wb["Capaian Program"]) if "memuat data triwulan sebelumnya saja" in t]
    assert f"{PUSKESMAS} ({NOTE})" in tabel32
    (note,) = [t for t in texts(ws) if "memuat data triwulan sebelumnya saja" in t]
    assert f"{PUSKESMAS} ({NOTE})" in note, note
    # named as the sheet's column: "2025", with what it changes (the comparisons with it)
    assert note.startswith("Realisasi 2025 berikut memuat data triwulan sebelumnya saja"), note
    # what it changes: the comparisons with last year and the capaian against the Renstra (no standard
    # typed: none named)
    assert (
        "begitu pula selisih, perubahan dan keterangannya, serta capaian terhadap Target Akhir Renstra:"
        in note
    )
    # the stunting figure is TW IV's own (15,8): not named
    assert "Prevalensi stunting" not in note


def test_perbandingan_has_no_such_note_when_tw_iv_holds_a_figure():
    # 2 + 3 + 4 + 3 = 12 Puskesmas, the year's whole: 12 - 8 = 4, 4 / 8 = 50 %
    ws = built("3")[c.SHEET_PERBANDINGAN]
    assert puskesmas_row(ws)[4:9] == [8, 12, 4, 50, "Membaik"]
    assert not [t for t in texts(ws) if "memuat data triwulan sebelumnya saja" in t]


def test_3_2_1_s_comparison_names_a_realisasi_of_the_earlier_quarters_only():
    # S1 given a second indicator, Cakupan K4 (Rata-rata 92,5 + 94 + 95,5 = 282 / 3 = 94 %, TW IV "-",
    # 2024: 93 %): 3.2.1 said "jika diperbandingkan dengan tahun sebelumnya (93,00%) mengalami kenaikan
    # sebesar 1,00 poin" of the mean of TW I-III against 2024's whole year, with no word of it
    rows = kinerja()
    rows.insert(
        2,
        {
            "Kode": "S1",
            "Indikator": "Cakupan kunjungan ibu hamil K4",
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Rata-rata",
            "Target": "95%",
            "Realisasi TW I": "92,5%",
            "Realisasi TW II": "94%",
            "Realisasi TW III": "95,5%",
            "Realisasi TW IV": "-",
            "Realisasi 2024": "93%",
        },
    )
    out = io.BytesIO()
    new_workbook(out, pengaturan=PENGATURAN, kinerja=rows, anggaran=ANGGARAN)
    wb = openpyxl.load_workbook(io.BytesIO(build_bytes(out.getvalue(), filename="dinkes.xlsx").data))
    (faktor,) = [
        t
        for t in texts(wb["Analisis Capaian"])
        if t.startswith("Sasaran Menurunnya prevalensi stunting dengan")
    ]
    # 94 - 93 = 1 poin, 1 / 93 = 1,08 %
    k4 = faktor[faktor.index("Untuk indikator Cakupan kunjungan ibu hamil K4") :]
    assert "(93,00%)" in k4 and "kenaikan sebesar 1,00 poin (1,08% dari realisasi tahun sebelumnya)" in k4
    assert f"realisasi tahun ini ({NOTE})" in k4, k4
    # the stunting comparison, TW IV's own 15,8 against 19,4: no such words
    stunting = faktor[
        faktor.index("Untuk indikator Prevalensi stunting") : faktor.index("Untuk indikator Cakupan")
    ]
    assert "data s.d." not in stunting
