"""Review of tampilan55 (a realisasi s.d. shown plain beside a target in a scale word when the target's
scale would round it: `285.430` + `0,31 juta` of a target `1,2 juta` orang shows `595.430`).

1. Grafik's trend table (section 4) and its chart's point labels still showed that realisasi in the
   target's juta, with the decimals worked out for it shown plain: `0,60 juta` beside Perbandingan
   Kinerja's `595.430` (before tampilan55 both showed `0,5954 juta`). 0,60 / 1,20 recomputes 50,00 %,
   not the 49,62 % printed on the same sheet.
2. The peringatan on an Analisis text naming another capaian gave the figures computed with that
   realisasi in juta (`realisasi 0,60 juta orang, capaian 49,62%`) where every table shows `595.430`.
"""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.tables import grafik
from tests.common import kinerja_row
from tests.helpers_staff import built_new_workbook, row_of
from tests.test_fronts_parity import shown_text
from tests.test_mend34g import label_format

# A Dinas Pariwisata's count of visitors: target 1,2 juta orang; TW I 285.430 + TW II 0,31 juta
# (310.000) = 595.430 s.d. TW II (Kumulatif); capaian 595.430 / 1.200.000 x 100 = 49,6191... -> 49,62.
# Last year's s.d. TW II 1,1 juta, 2023's 1,05 juta.
WISATAWAN = kinerja_row(
    "S1",
    "Sasaran",
    "",
    "Meningkatnya kunjungan wisata",
    "Jumlah kunjungan wisatawan",
    "1,2 juta",
    "285.430",
    "0,31 juta",
    **{
        "Satuan": "orang",
        "Jenis Realisasi": "Kumulatif",
        c.H_REALISASI_TAHUN_LALU: "1,1 juta",
        c.realisasi_tahun_header(2023): "1,05 juta",
    },
)


def _shown_row(ws, name: str) -> list[str]:
    return [shown_text(cell.value, cell.number_format) for cell in row_of(ws, name) if cell.value is not None]


def test_the_trend_table_shows_the_realisasi_as_perbandingan_kinerja_does(tmp_path):
    wb = built_new_workbook(tmp_path, [WISATAWAN])
    perbandingan = _shown_row(wb[c.SHEET_PERBANDINGAN], "Jumlah kunjungan wisatawan")
    # 2023, last year's, this year's s.d. TW II: as typed, the sum a whole count
    assert perbandingan[4:7] == ["1,05 juta", "1,10 juta", "595.430"], perbandingan
    trend = _shown_row(wb[c.SHEET_GRAFIK], "Jumlah kunjungan wisatawan (orang)")
    assert trend[-3:] == ["1,05 juta", "1,10 juta", "595.430"], trend  # was 0,60 juta


def test_the_trend_charts_last_label_shows_the_whole_count(tmp_path):
    from lkj_xl.build import load_report
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "laporan.xlsx"
    pengaturan = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=pengaturan, kinerja=[WISATAWAN])
    lay = grafik.layout(load_report(path))
    (trend,) = [chart for chart in lay.charts if chart.kind == "line"]
    v = trend.series[0].values
    labels = [
        shown_text(lay.rows[v.first_row][col], label_format(trend, col - v.first_col))
        for col in range(v.first_col, v.last_col + 1)
    ]
    assert labels == ["1,05 juta", "1,10 juta", "595.430"], labels  # was 0,60 juta


def test_the_analisis_peringatan_names_the_realisasi_as_the_tables_show_it(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "laporan.xlsx"
    # staff wrote 55 % where 595.430 / 1.200.000 gives 49,62 %
    teks = "Kunjungan wisatawan s.d. triwulan II sebanyak 595.430 orang sehingga capaiannya 55%."
    analisis = [{"Kode": "S1", c.H_FAKTOR_PENDUKUNG: teks}]
    new_workbook(path, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 2}, kinerja=[WISATAWAN], analisis=analisis)
    result = CliRunner().invoke(main, ["check", str(path)])
    said = [line for line in result.output.splitlines() if "Analisis!" in line]
    assert len(said) == 1 and "menyebut capaian 55%" in said[0], result.output
    # (the target as typed, "1,2 juta", since tampilan61: sentences name a Target as staff typed it)
    assert "target 1,2 juta orang, realisasi 595.430 orang, capaian 49,62%" in said[0], said  # was 0,60 juta


def test_a_posisi_realisasi_reads_as_its_quarter_typed_in_juta(tmp_path):
    # Posisi (Nilai Akhir): the realisasi s.d. TW II is TW II's 0,3125 juta = 312.500 orang; capaian
    # 312.500 / 1.200.000 = 26,0416... -> 26,04 (0,31 / 1,20 gives 25,83; 0,313 / 1,200 26,08;
    # 0,3125 / 1,2000 26,04). Shown 312.500 beside TW II's 0,31 juta, one figure read two ways.
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya kunjungan wisata",
        "Jumlah kunjungan wisatawan",
        "1,2 juta",
        "285.430",
        "0,3125 juta",
        **{"Satuan": "orang", "Jenis Realisasi": "Posisi"},
    )
    shown = _shown_row(built_new_workbook(tmp_path, [row])[c.SHEET_CAPAIAN_TS], "Jumlah kunjungan wisatawan")
    # No, Uraian, Indikator, Satuan, Target, TW I, TW II, TW III, TW IV, s.d. TW II, Capaian, Kriteria
    assert shown[6] == shown[9] == "0,3125 juta", shown  # was 0,31 juta and 312.500
    assert shown[10] == "26,04", shown
