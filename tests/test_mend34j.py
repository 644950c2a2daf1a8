"""Mend round 34j: what a review (revH) of mend34e found.

1. Kumulatif running totals corrected then rising (100; 400; 390; 395 of 471: 1.285, 272,82 %) were
   summed without a word while 100; 400; 390; 380 (a lower TW IV) was said; a stock typed Kumulatif
   dipping more than 10 % (500; 520; 450; 480 of 520) and a stock corrected in a TW III report (500;
   520; 510 of 520) likewise.
2. A small TW III dip then TW IV at least the sum of TW I-III (100; 120; 115; 460 of 500) lost the
   precise "tulis realisasi TW IV saja (460 - 335 = 125)" for the running-total message.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_staff import sasaran_rows
from tests.test_engine import run

SUMMED = "Kumulatif menjumlahkannya"


def _said(target: str, tws: tuple, triwulan: int = 4) -> list:
    report = run(sasaran_rows([("S1", target, tws)], jenis="Kumulatif"), [], triwulan=triwulan)
    return report, [
        f for f in report.findings if SUMMED in f.pesan or "tidak kurang dari jumlah TW I-III" in f.pesan
    ]


# --- 1. corrected then rising, a stock dipping, a correction in a TW III report -----------------------


@pytest.mark.parametrize(
    ("target", "tws", "total", "where"),
    [
        # 100 + 400 + 390 + 395 = 1.285 of 471; TW IV 395 is at least 3/4 of 471 (353,25)
        (
            "471",
            ("100", "400", "390", "395"),
            Fraction(1285),
            "kecuali TW III (Kinerja!M2) yang sedikit di bawah",
        ),
        # 100 + 400 + 390 + 420 = 1.310 of 471
        (
            "471",
            ("100", "400", "390", "420"),
            Fraction(1310),
            "kecuali TW III (Kinerja!M2) yang sedikit di bawah",
        ),
        # fix15's: 100 + 400 + 390 + 380 = 1.270 of 471 (380 >= 353,25): still said
        (
            "471",
            ("100", "400", "390", "380"),
            Fraction(1270),
            "lalu TW III (Kinerja!M2) dan TW IV (Kinerja!N2)",
        ),
        # a stock dipping 13,5 % (450 of 520): 500 + 520 + 450 + 480 = 1.950 of 520; each quarter alone
        # at least 3/4 of the Target (390): no year of flows; the dip is no "sedikit"
        ("520", ("500", "520", "450", "480"), Fraction(1950), "kecuali TW III (Kinerja!M2) yang di bawah"),
    ],
)
def test_every_corrected_running_total_near_the_target_is_said(target, tws, total, where):
    report, said = _said(target, tws)
    assert len(said) == 1 and said[0].sel == "N2" and where in said[0].pesan
    assert f"({'; '.join(tws)})" in said[0].pesan
    assert report.indicators[0].realisasi == pytest.approx(float(total))  # computed as typed


def test_a_stock_corrected_in_a_tw3_report_is_said():
    # 500 + 520 + 510 = 1.530 of 520 (294,23 %): TW III 510 alone is at least 90 % of 520 (468)
    report, said = _said("520", ("500", "520", "510", None), triwulan=3)
    assert (
        len(said) == 1
        and said[0].sel == "M2"
        and "naik sampai TW II lalu TW III sedikit di bawahnya" in said[0].pesan
    )
    assert "s.d. TW III 1.530 melebihi Target (520)" in said[0].pesan
    assert report.indicators[0].realisasi == 1530


@pytest.mark.parametrize(
    ("target", "tws", "triwulan"),
    [
        ("200", ("100", "120", "115", "130"), 4),  # flows: TW IV 130 under 3/4 of 200 (150)
        ("200", ("100", "120", "115", "110"), 4),  # flows: TW IV 110 under 150 (was said)
        ("180", ("100", "105", "100", "95"), 4),  # flows each about half the target
        ("200", ("100", "150", "120", "110"), 4),  # a 20 % dip with quarters far under the target
        # TW III report, a running total not yet near the year's target: 390 under 90 % of 471 (423,9)
        ("471", ("100", "400", "390", None), 3),
        ("400", ("100", "333", "320", None), 3),  # 320 under 360
    ],
)
def test_flows_and_running_totals_far_from_the_target_stay_quiet(target, tws, triwulan):
    assert not _said(target, tws, triwulan)[1]


# --- 2. TW IV at least the sum of TW I-III after a small dip ------------------------------------------


@pytest.mark.parametrize(
    ("target", "tws", "advice"),
    [
        ("500", ("100", "120", "115", "460"), "(460 - 335 = 125)"),  # 100 + 120 + 115 = 335
        ("40", ("10", "12", "11", "38"), "(38 - 33 = 5)"),  # 10 + 12 + 11 = 33
        ("1.000", ("200", "250", "240", "950"), "(950 - 690 = 260)"),  # 200 + 250 + 240 = 690
    ],
)
def test_tw4_the_year_s_total_after_a_dip_is_said_as_the_year(target, tws, advice):
    _, said = _said(target, tws)
    assert len(said) == 1 and said[0].sel == "N2"
    assert "tidak kurang dari jumlah TW I-III" in said[0].pesan and advice in said[0].pesan
