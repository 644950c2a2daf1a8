"""Review of tampilan57 (last year's figure shown as the realisasi, Word's Satuan words, ribuan under
Milyar Rupiah): what the review found.

1. Last year's figure counted in the decimals of every figure shown in the realisasi's juta, in the
   tables that have no last-year column too: a last year `Rp 705.123.456` beside `350 jt` + `425 jt`
   of `Rp 1,5 M` turned Tabel 3.1's `350 juta`, `425 juta`, `775 juta` into `350,00 juta`, `425,00
   juta`, `775,00 juta` (and the capaian sentence's `Rp 775,00 juta`). Only the comparisons
   (Perbandingan Kinerja, Grafik's trend, the sentence on last year) take its decimals, as they take
   the target's scale figures' (formulas.figure_decimals' ``comparisons``).
2. At TW IV Grafik's trend names last year's column by its year (`2024`) and showed its figure in the
   target's scale, rounded (`1,21 milyar` for Rp 1.205 jt), beside Perbandingan Kinerja's `1.205 juta`
   of the same figure: now as Perbandingan Kinerja, `1.205 juta`.
3. The ribuan reading of a quarter (rupiah_penuh._ribuan) was asked under every Satuan counting in juta
   or more: under `Juta Rupiah` a figure a thousand times the target (test_oracle's generated `2.356`
   beside a Target `0,98`) became a galat `Bila ribuan rupiah (Rp 2.356.000), tulis 2,356`, where the
   figures were computed before (tests/test_oracle.py failed). A ribuan paste under `Juta Rupiah` is
   a thousand times its figure, as a juta paste under `Milyar Rupiah` is: the ten-times peringatan's,
   as before; under `Milyar Rupiah` (a million times) the galat stays.
"""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import angka_indikator
from lkj_xl.core.kalimat_pembanding import tahun_lalu_kalimat
from lkj_xl.xlsx.template import new_workbook
from tests.common import kinerja_row
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
    assert shown[5:7] == ["350 juta", "425 juta"], shown
    assert "775 juta" in shown and "775,00 juta" not in shown, shown
    # Perbandingan Kinerja compares them: one decimals rule for its row
    assert _shown(wb[c.SHEET_PERBANDINGAN])[-5:] == [
        "705,12 juta",
        "775,00 juta",
        "69,88 juta",
        "9,91",
        "Membaik",
    ]


def test_last_years_decimals_stay_out_of_the_capaian_sentence(tmp_path):
    _, report = _report(tmp_path, [LALU])
    ind = report.indicators[0]
    assert angka_indikator(ind, report.settings).realisasi == "Rp 775 juta"  # was Rp 775,00 juta
    said = tahun_lalu_kalimat(ind, report.settings)
    assert "(Rp 705,12 juta) mengalami kenaikan sebesar Rp 69,88 juta (9,91%" in said, said


def test_grafik_at_tw_iv_shows_last_year_as_perbandingan_does(tmp_path):
    # 350 + 425 + 300 + 200 jt = 1.275 juta of Rp 1,5 M (85 %); last year Rp 1.205 jt = 1,205 milyar,
    # which 1,21 milyar rounds: 1.205 juta; selisih 1.275 - 1.205 = 70 juta, 70 / 1.205 = 5,81 %
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    more = {
        c.H_REALISASI_TAHUN_LALU: "Rp 1.205 jt",
        "Realisasi TW III": "300 jt",
        "Realisasi TW IV": "200 jt",
    }
    row = _rupiah_row("Rp 1,5 M", "350 jt", "425 jt", **more)
    path, out = tmp_path / "laporan.xlsx", tmp_path / "hasil.xlsx"
    settings = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 4}
    new_workbook(path, pengaturan=settings, kinerja=[row])
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    assert _shown(wb[c.SHEET_PERBANDINGAN])[-5:] == ["1.205 juta", "1.275 juta", "70 juta", "5,81", "Membaik"]
    assert _shown(wb["Grafik"], f"{PASAR} (Rp)")[-2:] == ["1.205 juta", "1.275 juta"]  # was 1,21 milyar


def test_a_figure_a_thousand_times_the_target_under_juta_rupiah_is_computed_as_before(tmp_path):
    # test_oracle's generated figures: 2.356 beside a Target 0,98 under Juta Rupiah, Kumulatif: 2.356 /
    # 0,98 x 100 = 240.408,16 %, computed with the ten-times peringatan at the target (as on main); in
    # ribuan it would be Rp 2.356.000, but so would 2.356 be in juta a thousand times 2,356 juta
    from tests.test_tampilan57 import _findings

    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya pendapatan", "Nilai pendapatan", "0,98", "2.356", None,
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif"},
    )  # fmt: skip
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is not None and round(ind.capaian, 2) == 240408.16
    assert not [m for ms in said.values() for sev, m in ms if sev == "galat"], said
    assert any("10 kali" in m for _, m in said["I4"]), said
