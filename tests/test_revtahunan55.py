"""Review of tahunan55: 3.1.3 says a realisasi of the earlier quarters only once in full.

3.1.3 gives K4's figure ``terealisasi pada Tahun 2025 sebesar 94,00% (data s.d. Triwulan III;
realisasi Triwulan IV belum ada: "-")`` and, in the paragraph right after it, compared the same 94 with
2024's year repeating the whole parenthesis; a signed report's reader is told once, the comparison
then says only which quarters it holds: ``realisasi tahun ini (data s.d. Triwulan III)``. 3.2.1, which
states no realisasi before its comparison, keeps the whole words (tests/test_tahunan55.py).
"""

from __future__ import annotations

import io

import openpyxl

from lkj_xl.build import build_bytes
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_tahunan55 import ANGGARAN, NOTE, PENGATURAN, kinerja, texts

K4 = "Cakupan kunjungan ibu hamil K4"


def analisis(tw4_k4: str) -> list[str]:
    """S1 given K4 (Rata-rata 92,5 + 94 + 95,5 and TW IV ``tw4_k4``; 2024: 93 %)."""
    rows = kinerja()
    rows.insert(
        2,
        {
            "Kode": "S1",
            "Indikator": K4,
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Rata-rata",
            "Target": "95%",
            "Realisasi TW I": "92,5%",
            "Realisasi TW II": "94%",
            "Realisasi TW III": "95,5%",
            "Realisasi TW IV": tw4_k4,
            "Realisasi 2024": "93%",
        },
    )
    out = io.BytesIO()
    new_workbook(out, pengaturan=PENGATURAN, kinerja=rows, anggaran=ANGGARAN)
    data = build_bytes(out.getvalue(), filename="dinkes.xlsx").data
    return texts(openpyxl.load_workbook(io.BytesIO(data))[c.SHEET_ANALISIS_CAPAIAN])


def test_3_1_3_names_the_earlier_quarters_once_in_full():
    lines = analisis("-")
    # 92,5 + 94 + 95,5 = 282 / 3 = 94 % (TW IV "-"): the figure's sentence says why in full
    (hasil,) = [t for t in lines if t.startswith(f"Sasaran ini diukur dengan menggunakan indikator {K4}")]
    assert f"sebesar 94,00% ({NOTE})" in hasil, hasil
    # the comparison right after it: 94 - 93 = 1 poin; which quarters, not the whole parenthesis again
    (banding,) = [t for t in lines if t.startswith("Jika diperbandingkan dengan tahun sebelumnya (93,00%)")]
    assert "realisasi tahun ini (data s.d. Triwulan III) mengalami kenaikan sebesar 1,00 poin" in banding
    assert NOTE not in banding, banding
    # 3.2.1 (its own paragraph, no realisasi stated before): the whole words kept
    (faktor,) = [t for t in lines if t.startswith("Sasaran Menurunnya prevalensi stunting dengan")]
    assert f"realisasi tahun ini ({NOTE}) mengalami kenaikan" in faktor


def test_3_1_3_blank_tw_iv_said_once_too():
    # TW IV left blank: "belum diisi" in the figure's sentence, the comparison names TW III only
    lines = analisis("")
    (hasil,) = [t for t in lines if t.startswith(f"Sasaran ini diukur dengan menggunakan indikator {K4}")]
    assert "94,00% (data s.d. Triwulan III; realisasi Triwulan IV belum diisi)" in hasil, hasil
    (banding,) = [t for t in lines if t.startswith("Jika diperbandingkan dengan tahun sebelumnya (93,00%)")]
    assert "realisasi tahun ini (data s.d. Triwulan III) mengalami" in banding, banding


def test_3_1_3_tw_iv_figure_no_words():
    # TW IV 97 %: (92,5 + 94 + 95,5 + 97) / 4 = 379 / 4 = 94,75 %; 94,75 - 93 = 1,75 poin: no "data s.d."
    lines = analisis("97%")
    (banding,) = [t for t in lines if t.startswith("Jika diperbandingkan dengan tahun sebelumnya (93,00%)")]
    assert "(93,00%) mengalami kenaikan sebesar 1,75 poin" in banding, banding
    assert "data s.d." not in banding
