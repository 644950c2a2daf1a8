"""A new user's trial (newuser52): a Kecamatan (PATEN, desa difasilitasi, IKM on 1-4 and 0-100, budgets
of `45,5 jt`) and an RSUD (BOR and LOS as ranges, NDR per mil lower is better, cost recovery rate, pagu
`12,5 M`) filling `lkj-xl new`'s workbook, a Bappeda analyst reading their prints.

- A percentage chosen Kumulatif whose quarters are each a rate near its target (PATEN tepat waktu
  92 %, 96 % of 95 %) was summed to 188 %, printed capaian 197,89 % Sangat Tinggi without a word: a share
  of a whole cannot exceed it (the same row left blank is a galat; a score chosen Kumulatif a
  peringatan).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run

PATEN = "Persentase pelayanan administrasi terpadu kecamatan (PATEN) tepat waktu"


def _paten(target, tws, triwulan=2, *, satuan="%", jenis="Kumulatif", indikator=PATEN):
    return run(
        [
            kinerja_row(
                "S1", "Sasaran", "", "Pelayanan PATEN", indikator, target, tws, satuan=satuan, jenis=jenis
            )
        ],
        triwulan=triwulan,
    )


def _at_jenis(report):
    """The findings at the row's Jenis Realisasi cell (Kinerja!H2)."""
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "H2")]


# --- A percentage chosen Kumulatif summed beyond the whole ---------------------------------------


def test_a_rate_in_percent_chosen_kumulatif_summed_beyond_the_whole_is_said():
    # PATEN tepat waktu is a rate per quarter: 92 % + 96 % = 188 %, more than the 100 % any share can be
    report = _paten("95%", ("92%", "96%", None, None))
    ind = report.indicators[0]
    # computed as typed (a Kumulatif chosen is never refused): 188 / 95 x 100 = 197,894... %
    assert ind.capaian_exact == Fraction(188, 95) * 100
    said = [f for f in _at_jenis(report) if f.severity == "peringatan"]
    assert len(said) == 1, [f.pesan for f in report.findings]
    pesan = said[0].pesan
    assert "188" in pesan and "100 %" in pesan
    # the choices: Rata-rata (92 + 96) / 2 = 94, Nilai Akhir the last quarter, 96
    assert '"Rata-rata" (94)' in pesan and '"Nilai Akhir"' in pesan and "96" in pesan


def test_a_rate_in_percent_summed_not_rising_in_tw3_is_said():
    # 96 %, 92 %, 95 % of 95 %: no running total (it falls), yet summed to 283 %, capaian 297,89 %
    report = _paten("95%", ("96%", "92%", "95%", None), triwulan=3)
    assert report.indicators[0].capaian_exact == Fraction(283, 95) * 100
    said = [f.pesan for f in _at_jenis(report)]
    # Rata-rata 283 / 3 = 94,33; Nilai Akhir 95
    assert len(said) == 1 and "283" in said[0] and "94,33" in said[0], [f.pesan for f in report.findings]


def test_a_cost_recovery_rate_summed_in_tw3_is_said_once():
    # CRR 78,2 %, 81,35 %, 83 % of 85 %: 242,55 %; one peringatan for the row (at its Jenis Realisasi), not
    # also the running-total one at TW III
    report = _paten("85%", ("78,2%", "81,35%", "83%", None), triwulan=3, indikator="Cost recovery rate (CRR)")
    assert report.indicators[0].capaian_exact == Fraction(24255, 100) / 85 * 100
    # (C2: the Sasaran's missing Kode Induk, this test's own shortcut)
    peringatan = [f for f in report.findings if f.severity == "peringatan" and f.sel != "C2"]
    assert [f.sel for f in peringatan] == ["H2"], [f.pesan for f in peringatan]
    # Rata-rata 242,55 / 3 = 80,85
    assert "80,85" in peringatan[0].pesan


@pytest.mark.parametrize(
    ("target", "tws", "satuan"),
    [
        ("40,71%", ("25%", "4%", None, None), "%"),  # the seed's koperasi: 25 + 4 = 29 %, a flow of shares
        ("45%", ("40%", "42%", None, None), "%"),  # 82 %, within the whole: a sum may be meant
        ("100%", ("22%", "24,5%", "23%", None), "%"),  # each quarter's share of the year: 69,5 %
        ("100", ("60", "70", None, None), "% kenaikan"),  # a change may exceed 100 %
        ("95", ("50", "50", None, None), "%"),  # exactly 100 %: stays Kumulatif
    ],
)
def test_a_percentage_summed_within_the_whole_or_as_flows_stays_quiet(target, tws, satuan):
    report = _paten(target, tws, triwulan=3 if tws[2] else 2, satuan=satuan)
    assert not [f.pesan for f in _at_jenis(report)]


@pytest.mark.parametrize(
    ("target", "tws"),
    [
        ("520", ("500", "520", "510", None)),  # a target above 100 %: no share of a whole
        ("95", ("92", "104", None, None)),  # a quarter above 100 %: no share either
    ],
)
def test_figures_above_the_whole_are_no_share_summed(target, tws):
    report = _paten(target, tws, triwulan=3 if tws[2] else 2)
    assert not [f.pesan for f in _at_jenis(report)]
