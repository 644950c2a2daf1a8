"""A Rata-rata indicator's quarter typed as the mean up to it, with a note that says so ("57,7
(rata-rata setahun)", "57,7 (s.d. Desember)", "Rata-rata tahunan: 57,7"), beside earlier quarters with
a figure: a year-end report whose staff copy the year's mean from the Dinas' recap into TW IV.

The galat said "tulis angkanya saja (57,7)": followed, the tool averages it with the quarters before,
(55,2 + 57,8 + 57,7) / 3 = 56,9 Kw/Ha, capaian 98,10 % for the 57,7 (99,48 %) staff meant, without a
word; before the number a peringatan left TW IV out (56,5, 97,41 %). The galat now names the quarter's
own figure whose mean with the quarters before is the one typed, as a Kumulatif quarter's share is
named (tests/test_typed_sd_tahunan.py). A note in another quarter's own words ("(rata-rata)" alone:
the quarter's mean of its months) keeps its advice.
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


def _produktivitas(tws, *, triwulan="Tahunan"):
    # Produktivitas padi (Kw/Ha), Rata-rata, target 58
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya produksi",
        "Produktivitas padi",
        "58",
        tws,
        satuan="Kw/Ha",
        jenis="Rata-rata",
    )
    report = report_of(book_of([row], triwulan=triwulan))
    (ind,) = report.indicators
    return ind, messages(report)


@pytest.mark.parametrize(
    "typed",
    [
        "57,7 (rata-rata setahun)",
        "57,7 (s.d. Desember)",
        "Rata-rata tahunan: 57,7",
        "57,7 (Januari-Desember)",
    ],
)
def test_the_years_mean_in_tw_iv_names_the_quarters_own_figure(typed):
    # TW I 55,2, TW II 57,8, TW III "-" (no data): the year's mean 57,7 over three quarters with a
    # figure needs TW IV = 3 x 57,7 - (55,2 + 57,8) = 173,1 - 113 = 60,1
    ind, said = _produktivitas(["55,2", "57,8", "-", typed])
    assert ind.capaian_exact is None and ind.galat, (ind.capaian_exact, said)
    (galat,) = [m for m in said if typed in m]
    assert "tulis realisasi TW IV saja (3 x 57,7 - (55,2 + 57,8) = 60,1)" in galat, galat
    assert "tulis angkanya saja" not in galat


def test_the_figure_it_names_gives_the_mean_typed():
    # (55,2 + 57,8 + 60,1) / 3 = 173,1 / 3 = 57,7; capaian 57,7 / 58 x 100 = 99,4827... %
    ind, _ = _produktivitas(["55,2", "57,8", "-", "60,1"])
    assert ind.realisasi == pytest.approx(57.7)
    assert float(ind.capaian_exact) == pytest.approx(5770 / 58)


def test_one_quarter_before_it():
    # TW II typed up to June: 56,5 after TW I 55,2: TW II's own 2 x 56,5 - 55,2 = 57,8
    _, said = _produktivitas(["55,2", "56,5 (s.d. Juni)", None, None], triwulan=2)
    (galat,) = [m for m in said if "56,5 (s.d. Juni)" in m]
    assert "tulis realisasi TW II saja (2 x 56,5 - 55,2 = 57,8)" in galat, galat


def test_the_quarters_own_mean_keeps_its_advice():
    # "(rata-rata)": the quarter's mean of its three months, its own figure
    _, said = _produktivitas(["55,2", "57,8", "-", "60,1 (rata-rata)"])
    (galat,) = [m for m in said if "60,1 (rata-rata)" in m]
    assert "tulis realisasi TW IV saja" not in galat, galat


def test_a_mean_typed_in_a_kumulatif_quarter_names_no_sum():
    # "rata-rata" is no total: a Kumulatif quarter's share is not named from it
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Sasaran A",
        "Produksi",
        "100",
        [25, 25, 25, "25 (rata-rata setahun)"],
        satuan="Ton",
    )
    said = messages(report_of(book_of([row], triwulan="Tahunan")))
    assert not any("tulis realisasi TW IV saja" in m for m in said), said


def test_a_mean_below_what_the_quarters_before_allow_is_said_to_disagree():
    # Quarters 55,2, 57,8 and 60 (none below zero) and "20 (s.d. Desember)": the TW IV figure whose
    # mean with them is 20 is 4 x 20 - (55,2 + 57,8 + 60) = 80 - 173 = -93, below zero for a
    # percentage none of whose quarters is; the figures disagree (20 is no mean up to December of
    # these), so -93 is shown as why, never offered to type.
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya layanan",
        "Cakupan layanan",
        "60",
        ["55,2", "57,8", "60", "20 (s.d. Desember)"],
        satuan="%",
        jenis="Rata-rata",
    )
    said = messages(report_of(book_of([row], triwulan="Tahunan")))
    (tw4,) = [m for m in said if m.startswith("Kinerja!N2 ")]
    assert "tulis realisasi TW IV saja (" not in tw4, tw4  # no figure to type
    assert "= -93, di bawah nol); periksa angka-angka itu" in tw4, tw4
