"""A Kumulatif or Rata-rata indicator whose reported quarter holds a status text (the lead's decision,
README "Values"): it was scored from the earlier quarters alone (a trial: produksi padi TW I 45.230 ton,
TW II "ATAP belum rilis", printed 49,34 %, Sangat Rendah, counted "di bawah 100%"), a part of the
realisasi s.d. the quarter presented as the whole. Now it is belum diketahui, its status the reported
quarter's, out of the count below target and out of the means. A status in an earlier quarter keeps
its peringatan and the figure of the quarters with a number.

Grids built by hand (tests/test_engine.py): Kinerja header row 1, data from row 2; K Realisasi TW I,
L TW II, M TW III, N TW IV."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from lkj_xl.core.rekap import agency_row
from tests.test_engine import kinerja_row, run

PADI = "Produksi padi"


def _padi(tws, jenis="Kumulatif", kode="T1", target="91.670"):
    return kinerja_row(kode, "Tujuan", "", "T", PADI, target, tws, jenis=jenis, satuan="ton")


@pytest.mark.parametrize("jenis", ["Kumulatif", "Rata-rata"])
@pytest.mark.parametrize("status", ["ATAP belum rilis", "menunggu data BPS", "belum ada data"])
def test_a_status_in_the_reported_quarter_is_belum_diketahui(jenis, status):
    # before: TW I's 45.230 of 91.670 ton = 49,34 % Sangat Rendah; now no figure, the status said
    report = run([_padi((45230, status, None, None), jenis)], triwulan=2)
    item = report.indicators[0]
    assert item.realisasi is None and item.capaian is None and item.kriteria is None
    assert item.status == status and not item.galat
    # no peringatan saying realisasi s.d. TW II is counted from TW I alone
    assert not [f for f in report.findings if "dihitung dari TW I saja" in f.pesan]
    (group,) = report.ringkasan
    assert group.belum_diketahui == [item] and group.belum_tercapai == []
    # none below 100 % (before: the one indicator, 49,34 %, counted there)
    assert "Tidak ada indikator kinerja tujuan dengan capaian di bawah 100%." in group.kalimat


def test_the_year_s_report_with_tw_iv_a_status():
    # Kumulatif 20 + 20 + 20 ton, TW IV "belum ada data": no longer 60 of the year
    report = run([_padi((20, 20, 20, "belum ada data"))], triwulan="Tahunan")
    item = report.indicators[0]
    assert item.realisasi is None and item.capaian is None and item.status == "belum ada data"


def test_a_status_in_an_earlier_quarter_keeps_its_peringatan():
    # TW I "menunggu data BPS", TW II 45.230: realisasi s.d. TW II 45.230, of 91.670 ton (README)
    report = run([_padi(("menunggu data BPS", 45230, None, None))], triwulan=2)
    item = report.indicators[0]
    assert item.capaian_exact == Fraction(45230, 91670) * 100  # 49,34 %
    assert [f for f in report.findings if f.sel == "K2" and f.severity == PERINGATAN]


def test_nihil_and_zero_in_the_reported_quarter_stay_a_figure():
    # TW I 45.230, TW II "nihil" (zero): 45.230 + 0 of 91.670 ton
    for zero in ("nihil", 0):
        report = run([_padi((45230, zero, None, None))], triwulan=2)
        assert report.indicators[0].capaian_exact == Fraction(45230, 91670) * 100


def test_out_of_the_node_s_mean_and_the_rekap():
    # T1 belum diketahui; T2 (another Tujuan) 91.670 of 91.670 = 100 %: one measured, mean 100
    rows = [
        _padi((45230, "ATAP belum rilis", None, None)),
        _padi((50000, 41670, None, None), kode="T2"),
    ]
    report = run(rows, triwulan=2)
    assert report.indicators[1].capaian_exact == 100  # (50.000 + 41.670) / 91.670
    row = agency_row(report, "dinas.xlsx")
    assert (row["terukur"], row["belum_diketahui"], row["galat"]) == (1, 1, 0)
    assert row["capaian"] == 100


def _said_at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


@pytest.mark.parametrize(
    ("jenis", "tws", "triwulan", "sel"),
    [
        ("Kumulatif", (45230, "Menunggu data: 2", None, None), 2, "L2"),
        ("Rata-rata", (45230, "Menunggu data: 2", None, None), 2, "L2"),
        # a zero said in words under Rata-rata: the mean s.d. TW II is not known either
        ("Rata-rata", (45230, "Belum ada kegiatan (0)", None, None), 2, "L2"),
        ("Kumulatif", ("Menunggu data: 2", None, None, None), 1, "K2"),
        # the year's report: a Nilai Akhir's TW IV (stop 42's rule), a Kumulatif's
        ("Nilai Akhir", (45230, 1, 2, "Menunggu data: 2"), "Tahunan", "N2"),
        ("Kumulatif", (45230, 1, 2, "Menunggu data: 2"), "Tahunan", "N2"),
    ],
)
def test_a_number_in_the_reported_quarter_s_status_says_belum_diketahui(jenis, tws, triwulan, sel):
    # the indicator is belum diketahui (no realisasi, no capaian); the cell's peringatan said
    # "triwulan ini tidak dihitung dalam realisasi dan capaian", as if the rest were scored
    report = run([_padi(tws, jenis)], triwulan=triwulan)
    assert report.indicators[0].capaian is None and report.indicators[0].status
    (pesan,) = _said_at(report, sel)
    assert "realisasi dan capaian belum diketahui" in pesan, pesan
    assert "triwulan ini tidak dihitung" not in pesan


def test_a_zero_in_words_under_kumulatif_keeps_the_sum_and_its_wording():
    # 45.230 + 0 (Belum ada kegiatan) of 91.670 ton: 49,34 %; the quarter adds nothing, as said
    report = run([_padi((45230, "Belum ada kegiatan (0)", None, None))], triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(45230, 91670) * 100
    (pesan,) = _said_at(report, "L2")
    assert "triwulan ini tidak dihitung dalam realisasi dan capaian" in pesan


def test_a_number_in_an_earlier_quarter_s_status_keeps_its_wording():
    # TW I "Menunggu data: 2", TW II 45.230: realisasi s.d. TW II 45.230 (the quarter left out)
    report = run([_padi(("Menunggu data: 2", 45230, None, None))], triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(45230, 91670) * 100
    (pesan,) = _said_at(report, "K2")
    assert "triwulan ini tidak dihitung dalam realisasi dan capaian" in pesan


@pytest.mark.parametrize("jenis", ["Nilai Akhir", "Kumulatif", "Rata-rata"])
def test_a_number_in_the_only_quarter_s_status_says_belum_diketahui(jenis):
    # a TW I report: TW I "Menunggu data: 2" is the only quarter, no figure anywhere: belum diketahui
    report = run([_padi(("Menunggu data: 2", None, None, None), jenis)], triwulan=1)
    assert report.indicators[0].capaian is None and report.indicators[0].status == "Menunggu data: 2"
    (pesan,) = _said_at(report, "K2")
    assert "realisasi dan capaian belum diketahui" in pesan, pesan
