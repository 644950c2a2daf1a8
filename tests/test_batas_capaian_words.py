"""Pengaturan's Batas Capaian holding a number followed by words: a date typed on the wrong row
(`7 Oktober 2024`, the Tanggal Penandatanganan one row below in the template's order), `120 kali`.
The words were dropped and the number read: every capaian was cut to 7 % (Sangat Rendah) with only a
peringatan saying "dibatasi 7 Oktober 2024%". Nothing is read as a number while a word was ignored
(README, Values): it is a galat at the cell and no cap is applied. `120 %`, `120 persen` stay a cap of 120.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run

# SPI 72,4 of a target 72 (TW II report): 72,4 / 72 x 100 = 100,5555...
ROW = kinerja_row(
    "S1",
    "Sasaran",
    "",
    "Pengawasan",
    "Indeks integritas",
    "72",
    (None, "72,4", None, None),
    satuan="Indeks",
    jenis="Nilai Akhir",
)


def at_batas(report):
    return [f for f in report.findings if f.sheet == "Pengaturan" and "Batas Capaian" in f.pesan]


@pytest.mark.parametrize("typed", ["7 Oktober 2024", "7 Oktober", "120 kali", "100 orang"])
def test_words_after_the_number_are_a_galat_and_no_cap(typed):
    report = run([ROW], **{"Batas Capaian": typed})
    (ind,) = report.indicators
    assert ind.capaian == pytest.approx(100.555555, abs=1e-5)  # not cut to 7 (or 100)
    (said,) = at_batas(report)
    assert said.severity == GALAT and "tulis angkanya saja" in said.pesan


@pytest.mark.parametrize("typed", ["100 %", "100 persen", "100"])
def test_a_percent_sign_is_the_cap_s_own_unit(typed):
    # cap 100: 100,5555... cut to 100
    (ind,) = run([ROW], **{"Batas Capaian": typed}).indicators
    assert ind.capaian == 100


# Review: a scale word or a currency read as part of the figure. "120 jt" was read as a cap of
# 120.000.000 % (no cap at all) and "Rp 120" as 120, without a word. SPI 100 of 72 (TW II): 100 / 72
# x 100 = 138,888...: not cut, and the cell says why.
@pytest.mark.parametrize("typed", ["120 jt", "120 ribu", "Rp 120"])
def test_a_scale_word_or_a_currency_is_a_galat_and_no_cap(typed):
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Pengawasan",
        "Indeks integritas",
        "72",
        (None, "100", None, None),
        satuan="Indeks",
    )
    report = run([row], **{"Batas Capaian": typed})
    assert report.indicators[0].capaian == pytest.approx(138.888888, abs=1e-5)
    (said,) = at_batas(report)
    assert said.severity == GALAT and "tulis angkanya saja" in said.pesan and "batas diabaikan" in said.pesan


@pytest.mark.parametrize(("typed", "cut"), [("120", 120), ("120%", 120), ("120 % ", 120), ("120,5", 120.5)])
def test_a_cap_typed_the_usual_ways_cuts_quietly(typed, cut):
    # 138,89 cut to the cap, and nothing said at Batas Capaian
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Pengawasan",
        "Indeks integritas",
        "72",
        (None, "100", None, None),
        satuan="Indeks",
    )
    report = run([row], **{"Batas Capaian": typed})
    assert report.indicators[0].capaian == cut and not at_batas(report)
