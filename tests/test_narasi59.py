"""narasi59: gaps left open by the review of narasi58.

1. The report's own period with its figure, then an earlier period's figure in the same sentence
   (``Capaian s.d. Semester II sebesar 69% dan s.d. Semester I sebesar 48%`` in the year's report): the
   own figure is compared, the earlier one is not.
2. ``--triwulan`` reaches the checks made while Pengaturan and Kinerja are read: the signing date before
   the period's end, and a Keterangan naming a figure beside a blank reported quarter.

S1 of tests.test_narasi57: Target 80, Nilai Akhir, TW I-IV 30 / 38,4 / 60 / 76,8 (s.d. TW II 38,4 / 80 =
48 %; the year's 76,8 / 80 = 96 %).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import kinerja_row, workbook
from tests.test_narasi57 import _semua

# --- 1. the own period's figure before an earlier period's ---------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        ("Tahunan", "Capaian s.d. Semester II sebesar 69% dan s.d. Semester I sebesar 48%."),
        ("Tahunan", "Capaian s.d. TW IV sebesar 69% dan s.d. TW II sebesar 48%."),
        (4, "Capaian s.d. TW IV sebesar 69% dan s.d. TW II sebesar 48%."),
        (4, "Capaian s.d. Semester II sebesar 69%, sedangkan s.d. Semester I sebesar 48%."),
    ],
)
def test_the_own_periods_wrong_figure_is_told_before_an_earlier_one(triwulan, teks):
    # 69 % typed for the year, the year's 76,8 / 80 = 96 %; Semester I's / TW II's 48 % (38,4 / 80) right
    said = [s for s in _semua(triwulan, teks) if "menyebut capaian" in s]
    assert len(said) == 1
    assert "menyebut capaian 69%" in said[0] and "capaian 96,00%" in said[0]


@pytest.mark.parametrize(
    ("triwulan", "teks"),
    [
        ("Tahunan", "Capaian s.d. Semester II sebesar 96% dan s.d. Semester I sebesar 48%."),
        ("Tahunan", "Capaian s.d. TW IV sebesar 96% dan s.d. TW II sebesar 48%."),
        (4, "Capaian s.d. TW IV sebesar 96% dan s.d. TW II sebesar 48%."),
    ],
)
def test_the_earlier_periods_figure_is_not_compared_with_the_years(triwulan, teks):
    # 96 % = 76,8 / 80 right; 48 % is s.d. TW II's (38,4 / 80), never compared with the year's 96 %;
    # and the own period with its compared figure is no stale text
    said = _semua(triwulan, teks)
    assert not [s for s in said if "menyebut capaian" in s]
    assert not [s for s in said if "menyebut Semester II" in s or "menyebut Triwulan IV" in s]


def test_the_earlier_periods_wrong_figure_alone_is_not_told_as_the_years():
    # 20 % for Semester I (its own is 48 %): not the year's figure, so not compared with 96 %
    said = _semua("Tahunan", "Capaian s.d. Semester II sebesar 96% dan s.d. Semester I sebesar 20%.")
    assert not [s for s in said if "menyebut capaian 20%" in s]
    # (narasi64) the listed period's figure is read as Semester I's and told against s.d. TW II's 48 %
    # (38,4 / 80), as "capaian s.d. Semester I sebesar 20%" alone is
    told = [s for s in said if "menyebut capaian s.d. Semester I sebesar 20%" in s]
    assert len(told) == 1 and "s.d. Triwulan II: target 80%, realisasi 38,40%, capaian 48,00%" in told[0]


@pytest.mark.parametrize(
    "teks",
    [
        # the own period before the noun: the 69 % is the year's (76,8 / 80 = 96 %)
        "Sampai dengan Semester II, capaian sebesar 69% dan s.d. Semester I sebesar 48%.",
        "Capaian kinerja s.d. Triwulan IV Tahun 2025 sebesar 69% dan s.d. Triwulan II sebesar 48%.",
    ],
)
def test_the_own_period_in_other_words_is_compared_before_an_earlier_one(teks):
    said = [s for s in _semua("Tahunan", teks) if "menyebut capaian" in s]
    assert len(said) == 1 and "menyebut capaian 69%" in said[0]


# --- 2. --triwulan reaches the checks made while the sheets are read ----------------------------------

TANGGAL = {"Tanggal Penandatanganan": "Lumajang, 4 Agustus 2025"}


def _temuan(pengaturan: object, diminta: object, **kw: object) -> list[str]:
    """Every finding of a one-Sasaran workbook, Pengaturan's Triwulan ``pengaturan``, ``diminta`` asked
    as ``--triwulan`` (None: none)."""
    row = kinerja_row("S1", "Sasaran", "", "Koperasi sehat", "Persentase koperasi sehat", 80, kw.pop("tws"), keterangan=kw.pop("keterangan", None), jenis="Nilai Akhir")  # fmt: skip
    books = workbook([row], triwulan=pengaturan, **kw)
    report = compute(parse_workbook(books, triwulan=diminta), diminta)
    return [f"{f.sheet}!{f.sel} {f.pesan}" for f in report.findings]


@pytest.mark.parametrize(
    ("diminta", "akhir"),
    [
        (4, "Triwulan IV Tahun 2025 (31 Desember 2025)"),  # 4 Agustus is before 31 Desember
        ("Tahunan", "Tahun 2025 (31 Desember 2025)"),
        ("Semester II", "Semester II Tahun 2025 (31 Desember 2025)"),
        (3, "Triwulan III Tahun 2025 (30 September 2025)"),  # 4 Agustus before 30 September
    ],
)
def test_a_signing_date_before_the_asked_periods_end_is_told_as_typed_in_pengaturan(diminta, akhir):
    tws = ("30", "38,4", "60", "76,8")
    diketik = [s for s in _temuan(diminta, None, tws=tws, **TANGGAL) if "Tanggal Penandatanganan" in s]
    asked = [s for s in _temuan(2, diminta, tws=tws, **TANGGAL) if "Tanggal Penandatanganan" in s]
    assert len(diketik) == 1 and f"4 Agustus 2025 sebelum akhir {akhir}" in diketik[0], diketik
    assert asked == diketik


def test_a_signing_date_after_the_asked_quarter_is_quiet():
    # Pengaturan TW IV would tell 4 Agustus (before 31 Desember); TW II asked ends 30 Juni: quiet
    tws = ("30", "38,4", "60", "76,8")
    assert [s for s in _temuan(4, 2, tws=tws, **TANGGAL) if "Tanggal Penandatanganan" in s] == []


@pytest.mark.parametrize("diminta", [4, "Tahunan", "Semester II"])
def test_a_keterangan_figure_beside_the_asked_quarters_blank_is_told_as_typed_in_pengaturan(diminta):
    # TW IV blank, the Keterangan says 76,8 (76,8 / 80 = 96 %): s.d. TW IV asked reads a blank quarter
    kw = {"tws": ("30", "38,4", "60", None), "keterangan": "Realisasi s.d. TW IV 76,8"}
    diketik = [s for s in _temuan(diminta, None, **kw) if s.startswith("Kinerja!") and "menyebut angka" in s]
    asked = [s for s in _temuan(2, diminta, **kw) if s.startswith("Kinerja!") and "menyebut angka" in s]
    assert len(diketik) == 1 and '"Realisasi TW IV"' in diketik[0] and "76,8" in diketik[0], diketik
    assert asked == diketik


# --- review of narasi59: the noun repeated after the conjunction ---------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian s.d. Semester II sebesar 96% dan capaian s.d. Semester I sebesar 48%.",
        "Capaian s.d. TW IV sebesar 96%, sedangkan capaian kinerja s.d. TW II sebesar 48%.",
        "Capaian s.d. Semester II sebesar 96% dibandingkan s.d. Semester I sebesar 48%.",
        "Capaian s.d. Semester II sebesar 96% (s.d. Semester I sebesar 48%).",
        "Capaian s.d. Semester II sebesar 96% (s.d. Semester I: 48%).",
    ],
)
def test_an_honest_year_figure_before_capaian_of_an_earlier_period_is_quiet(teks):
    # 96 % = 76,8 / 80 right for the year; 48 % = 38,4 / 80 is Semester I's (TW II's): nothing to tell
    assert _semua("Tahunan", teks) == []


def test_a_wrong_year_figure_before_capaian_of_an_earlier_period_is_compared():
    # 69 % typed for the year, its 76,8 / 80 = 96 %; "capaian s.d. Semester I" is the 48 %'s period
    said = _semua("Tahunan", "Capaian s.d. Semester II sebesar 69% dan capaian s.d. Semester I sebesar 48%.")
    assert len(said) == 1 and "menyebut capaian 69%" in said[0] and "capaian 96,00%" in said[0], said
