"""Review of tampilan57 (last year's figure shown as the realisasi, Word's Satuan words, ribuan under
Milyar Rupiah): what the review found.

1. Last year's figure counted in the decimals of every figure shown in the realisasi's juta, in the
   tables that have no last-year column too: a last year `Rp 705.123.456` beside `350 jt` + `425 jt`
   of `Rp 1,5 M` turned Tabel 3.1's `350 juta`, `425 juta`, `775 juta` into `350,00 juta`, `425,00
   juta`, `775,00 juta` (and the capaian sentence's `Rp 775,00 juta`). Only the comparisons
   (Perbandingan Kinerja, Grafik's trend, the sentence on last year) take its decimals, as they take
   the target's scale figures' (formulas.figure_decimals' ``comparisons``).
"""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import angka_indikator, tahun_lalu_kalimat
from tests.helpers_staff import built_new_workbook, row_of
from tests.test_fronts_parity import shown_text
from tests.test_tampilan56 import _report, _rupiah_row

PASAR = "Pendapatan retribusi pasar"
# 350 jt + 425 jt = 775 juta of Rp 1,5 M (775 / 1.500 = 51,67 %), every quarter whole in juta; last year
# Rp 705.123.456 = 705,123456 juta, shown 705,12 juta; selisih 775.000.000 - 705.123.456 = 69.876.544
# = 69,88 juta; perubahan 69.876.544 / 705.123.456 x 100 = 9,9098... -> 9,91 %.
LALU = _rupiah_row("Rp 1,5 M", "350 jt", "425 jt", **{c.H_REALISASI_TAHUN_LALU: "Rp 705.123.456"})


def _shown(ws, name=PASAR):
    return [shown_text(cell.value, cell.number_format) for cell in row_of(ws, name) if cell.value is not None]


def test_last_years_decimals_stay_out_of_the_capaian_tables(tmp_path):
    wb = built_new_workbook(tmp_path, [LALU])
    shown = _shown(wb[c.SHEET_CAPAIAN_TS])
    # Tabel 3.1 shows no last year: its whole juta as typed (was 350,00 juta | 425,00 juta | 775,00 juta)
    assert ["350 juta", "425 juta"] == shown[5:7], shown
    assert "775 juta" in shown and "775,00 juta" not in shown, shown
    # Perbandingan Kinerja compares them: one decimals rule for its row
    assert _shown(wb[c.SHEET_PERBANDINGAN])[-5:] == ["705,12 juta", "775,00 juta", "69,88 juta", "9,91", "Membaik"]


def test_last_years_decimals_stay_out_of_the_capaian_sentence(tmp_path):
    _, report = _report(tmp_path, [LALU])
    ind = report.indicators[0]
    assert angka_indikator(ind, report.settings).realisasi == "Rp 775 juta"  # was Rp 775,00 juta
    said = tahun_lalu_kalimat(ind, report.settings)
    assert "(Rp 705,12 juta) mengalami kenaikan sebesar Rp 69,88 juta (9,91%" in said, said
