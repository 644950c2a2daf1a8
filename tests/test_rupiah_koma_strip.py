"""`Rp. 750.000.000,00-` in Anggaran (newuser41: a BPBD's Pagu, TW III 2026).

The `,-` that closes a rupiah amount ("Rp 750.000.000,-": no sen) is read already, also after its
decimals with its comma ("Rp 750.000.000,00,-"). Typed without that comma, the dash after the decimals
is also a trailing minus (an accounting export's "750.000.000,00-" is below zero), so it is not read:
reading either way could print a wrong pagu. The galat offered only the minus ("bila angkanya di bawah
nol, tulis -Rp..."); it now offers the `,-` reading first, with the figure to type.
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row

KINERJA = [
    kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Risiko bencana turun",
        "Desa tangguh bencana",
        10,
        [2, 3, 3, None],
        satuan="Desa",
        jenis="Kumulatif",
    ),  # fmt: skip
]


def _pagu_finding(typed):
    report = report_of(book_of(KINERJA, [anggaran_row("P1", "Program Penanggulangan Bencana", "S1", typed)]))
    (found,) = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "D2"]
    return report, found


@pytest.mark.parametrize(
    ("typed", "whole"),
    [
        ("Rp. 750.000.000,00-", "Rp. 750.000.000"),
        ("Rp 750.000.000,00 -", "Rp 750.000.000"),
        ("750.000.000,0-", "750.000.000"),
    ],
)
def test_the_closing_dash_after_zero_decimals_is_offered_first(typed, whole):
    report, found = _pagu_finding(typed)
    assert found.severity == "galat" and report.budgets[0].pagu is None
    closing = found.pesan.index(f"tulis {whole} saja")
    minus = found.pesan.index("bila angkanya di bawah nol")
    assert closing < minus, found.pesan


def test_a_dash_after_sen_is_only_a_minus():
    # ",50" is sen: no amount closed with ",-" has them, so only the minus is offered
    _, found = _pagu_finding("Rp 750.000.000,50-")
    assert "bila angkanya di bawah nol, tulis -Rp 750.000.000,50" in found.pesan, found.pesan
    assert "saja" not in found.pesan.split("bila angkanya di bawah nol")[0], found.pesan


def test_the_closing_dash_with_its_comma_is_read_as_before():
    # "Rp 750.000.000,-" and "Rp 750.000.000,00,-": 750.000.000, no finding at the cell
    for typed in ("Rp 750.000.000,-", "Rp 750.000.000,00,-"):
        report = report_of(
            book_of(KINERJA, [anggaran_row("P1", "Program Penanggulangan Bencana", "S1", typed)])
        )
        assert report.budgets[0].pagu == 750_000_000
        assert not [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "D2"]


def test_a_percentage_with_a_dash_after_zero_decimals_is_told_the_minus_alone():
    # Kinerja's "85,00-" of a percentage is no rupiah amount: no ",-" to close, the minus alone
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Risiko bencana turun",
        "Persentase desa tangguh",
        "85,00-",
        [80, None, None, None],
    )
    report = report_of(book_of([row], triwulan=1))
    (found,) = [f for f in report.findings if f.sheet == "Kinerja" and f.sel == "I2"]
    assert "bila angkanya di bawah nol, tulis -85,00" in found.pesan and "saja" not in found.pesan, (
        found.pesan
    )


def test_a_rupiah_indicators_target_with_a_dash_after_zero_sen_is_offered_the_closing_dash():
    # an indicator of Satuan "Rupiah" (the seed's investment, Rp 1.491.388.500.000) is an amount as
    # Anggaran's are: "750.000.000,00-" typed without its Rp is offered the closing ,- first too
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Investasi meningkat",
        "Nilai investasi",
        "750.000.000,00-",
        [700_000_000, None, None, None],
        satuan="Rupiah",
    )
    report = report_of(book_of([row], triwulan=1))
    (found,) = [f for f in report.findings if f.sheet == "Kinerja" and f.sel == "I2"]
    closing = found.pesan.index("tulis 750.000.000 saja")
    assert closing < found.pesan.index("bila angkanya di bawah nol, tulis -750.000.000,00"), found.pesan
