"""An indicator counted in dollars (a DPMPTSP's realisasi PMA / PMDN, Satuan `US$`) typed as staff
write money: the currency before the figure (`USD 2,5 juta`, `US$ 3 juta`, `$ 2,5 juta`) or its code
after it (`3 juta USD`). Each quarter was left out with a peringatan advising `tulis angkanya saja
(2,5)` (dropping the juta: 2,5 dollars), and the target `USD 10 juta` was `bukan angka`."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, messages, run


def _pma(target: object, tws: tuple, satuan: str = "US$") -> list[list]:
    return [
        kinerja_row("T1", "Tujuan", "", "Investasi", "Realisasi PMA", target, tws, satuan=satuan),
    ]


def test_dollars_typed_before_the_figure_are_read():
    # Kumulatif s.d. TW III: 2,5 juta + 3 juta + 2,5 juta = 8.000.000 of 10.000.000: 80 %, Tinggi.
    report = run(_pma("USD 10 juta", ("USD 2,5 juta", "US$ 3 juta", "$ 2,5 juta", None)), triwulan=3)
    (ind,) = report.indicators
    assert messages(report) == []
    assert ind.realisasi == 8_000_000 and ind.capaian_exact == Fraction(80)
    assert ind.kriteria == "Tinggi"


def test_dollars_named_after_the_figure_by_another_spelling_are_read():
    # 2,5 juta + 3 juta + 1,5 juta = 7.000.000 of 10.000.000: 70 %, Sedang.
    tws = ("2,5 juta USD", "3 juta dolar", "USD 1.500.000", None)
    report = run(_pma("10.000.000", tws), triwulan=3)
    (ind,) = report.indicators
    assert [m for m in messages(report) if "Realisasi TW" in m and "tidak" in m] == []
    assert ind.realisasi == 7_000_000 and ind.capaian_exact == Fraction(70)


def test_dollars_under_another_satuan_are_still_refused():
    # Satuan orang: "$ 5" and "USD 5" are no count of people; never read as 5.
    report = run(_pma("10", ("$ 5", "USD 5", None, None), satuan="orang"), triwulan=2)
    (ind,) = report.indicators
    assert ind.capaian is None
    assert any(f.severity == GALAT and f.sel == "K2" for f in report.findings), messages(report)


def test_a_dash_after_the_dollar_sign_is_no_data_as_rp_dash_is():
    # Excel's Accounting format shows a zero in dollars as "$ -" (in rupiah "Rp -", read as "-"): TW II
    # "USD -" is no data, said nowhere, as "-"; TW I's 2.000.000 of 10.000.000 is 20 %.
    for dash in ("USD -", "$ -", "US$ -,-"):
        report = run(_pma("10.000.000", ("USD 2 juta", dash, None, None)), triwulan=2)
        (ind,) = report.indicators
        assert ind.realisasi == 2_000_000 and ind.capaian_exact == Fraction(20)
        assert [m for m in messages(report) if m.startswith("Kinerja!L2")] == [], dash
    # in the reported quarter it reads as "-" does (Belum ada realisasi), never as the text "USD -"
    report = run(_pma("10.000.000", ("USD -", None, None, None)), triwulan=1)
    assert report.indicators[0].status == "Belum ada realisasi"
