"""3.2.1 (Analisis Faktor, the Analisis Capaian sheet and the Word report): a Sasaran measured by two
or more indicators gave last year's comparison of each one after the other without saying which
indicator it was ("Jika diperbandingkan dengan tahun sebelumnya (40,00%) mengalami kenaikan ...
Jika diperbandingkan dengan tahun sebelumnya (12,00%) mengalami kenaikan ..."): with two percentages
the reader of the signed report cannot tell which indicator rose and which fell (3.1.3 names each
indicator before its comparison). Each comparison now names its indicator; a node of one indicator
keeps the seed's sentence (l.699).
"""

from __future__ import annotations

from lkj_xl.core.analisis_teks import faktor
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row

# Dinas Pertanian, year's report (Tahunan 2025), Sasaran S1 with two percentage indicators (Nilai
# Akhir), Realisasi Tahun Lalu beside each: cakupan 40 % -> TW IV 45 %, a rise of 5 poin (5 / 40 =
# 12,50 %); puso (Negatif) 2 % -> TW IV 2,5 %, a rise of 0,5 poin (0,5 / 2 = 25 %), kinerja menurun.
# (Figures shown with the decimals of each indicator's own typing: "40%" whole, "2,00%" beside 2,5.)


def _teks(rows):
    report = report_of(book_of(rows, triwulan="Tahunan", kinerja_extra=["Realisasi Tahun Lalu"]))
    return faktor(report).teks


def _row(kode, indikator, target, tw4, lalu, **kw):
    row = kinerja_row(
        kode,
        "Sasaran",
        "",
        "Meningkatnya produksi pertanian",
        indikator,
        target,
        [None, None, None, tw4],
        **kw,
    )
    return [*row, lalu]


def test_each_comparison_names_its_indicator_where_the_sasaran_has_several():
    teks = _teks(
        [
            _row("S1", "Cakupan lahan beririgasi", "50%", "45%", "40%", jenis="Nilai Akhir"),
            _row(
                "S1",
                "Persentase luas lahan puso",
                "2%",
                "2,5%",
                "2%",
                jenis="Nilai Akhir",
                polaritas="Negatif",
            ),
        ]
    )
    assert (
        "Untuk indikator Cakupan lahan beririgasi, jika diperbandingkan dengan tahun sebelumnya (40%) "
        "mengalami kenaikan sebesar 5 poin (12,50% dari realisasi tahun sebelumnya), artinya kinerja membaik."
    ) in teks, teks
    assert (
        "Untuk indikator Persentase luas lahan puso, jika diperbandingkan dengan tahun sebelumnya (2,00%) "
        "mengalami kenaikan sebesar 0,50 poin (25,00% dari realisasi tahun sebelumnya), artinya kinerja menurun"
    ) in teks, teks


def test_a_sasaran_of_one_indicator_keeps_the_seeds_sentence():
    teks = _teks([_row("S1", "Cakupan lahan beririgasi", "50%", "45%", "40%", jenis="Nilai Akhir")])
    assert "Jika diperbandingkan dengan tahun sebelumnya (40%) mengalami kenaikan sebesar 5 poin" in teks
    assert "Untuk indikator" not in teks
