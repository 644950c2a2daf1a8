"""Target (or Pagu) typed with its revision after a slash, "250.000 / 240.000" (murni / perubahan, as
staff closing the year write both in one cell of their own recap), beside an empty Target Perubahan.

The galat said only `ada teks '/ 240.000' setelah angka`: followed, the cell keeps 250.000, the
Perjanjian Kinerja's target, and the year's capaian is computed against it without a word (Produksi
padi 240.850,5 / 250.000 = 96,34 % where the APBD-P's 240.000 gives 100,35 %). It now says where each
figure goes when the two are the target and its revision, as "250.000 menjadi 240.000" is told
(tests/test_mend35q.py). A score with its scale ("80 / 100", "4 / 5") is not read as a revision.
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages


def _padi(target, target_perubahan=None):
    # Produksi padi (Ton), Kumulatif: 62.500 + 58.250,5 + 71.200 + 48.900 = 240.850,5 in the year
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya produksi pertanian",
        "Produksi padi",
        target,
        ["62.500", "58.250,5", "71.200", "48.900"],
        satuan="Ton",
        jenis="Kumulatif",
        target_perubahan=target_perubahan,
    )
    report = report_of(book_of([row], triwulan="Tahunan"))
    (ind,) = report.indicators
    return ind, messages(report)


@pytest.mark.parametrize("typed", ["250.000 / 240.000", "250.000/240.000", "250.000 ton / 240.000 ton"])
def test_target_with_its_revision_after_a_slash_says_where_each_goes(typed):
    ind, said = _padi(typed)
    assert ind.capaian_exact is None and ind.galat
    (galat,) = [m for m in said if m.startswith("Kinerja!I2 ")]
    assert "Target semula (250.000" in galat and "perubahannya (240.000" in galat, galat
    assert "di kolom Target Perubahan" in galat and "tulis angkanya saja" not in galat.lower(), galat


def test_the_figures_it_names_give_the_revised_capaian():
    # Followed: Target 250.000, Target Perubahan 240.000: 240.850,5 / 240.000 x 100 = 100,354375 %
    ind, _ = _padi("250.000", "240.000")
    assert float(ind.capaian_exact) == pytest.approx(100.354375)


def test_in_target_perubahan_it_says_to_keep_the_revision_only():
    _, said = _padi("250.000", "250.000 / 240.000")
    (galat,) = [m for m in said if m.startswith("Kinerja!J2 ")]
    assert "tulis Target Perubahan saja (240.000)" in galat, galat


@pytest.mark.parametrize(("typed", "satuan"), [("80 / 100", "Nilai"), ("4 / 5", "Skor")])
def test_a_score_with_its_scale_is_no_revision(typed, satuan):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan A", "Nilai SAKIP", typed, [None, None, None, "78"], satuan=satuan
    )
    said = messages(report_of(book_of([row], triwulan="Tahunan")))
    assert not any("Target Perubahan" in m for m in said if m.startswith("Kinerja!I2 ")), said


def test_pagu_with_its_revision_after_a_slash_says_where_each_goes():
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Produksi", "100", [25, 25, 25, 25], satuan="Ton")
    program = anggaran_row(
        "3.27.02", "Program Sarana Pertanian", "S1", "Rp 1,5 M / Rp 1,35 M", ["125 jt", None, None, None]
    )
    said = messages(report_of(book_of([row], [program], triwulan="Tahunan")))
    (galat,) = [m for m in said if m.startswith("Anggaran!D2 ")]
    assert "di kolom Pagu Perubahan" in galat, galat


@pytest.mark.parametrize("typed", ["1/2", "250.000 / 40.000"])
def test_figures_far_apart_are_no_revision(typed):
    # a fraction, or two figures of which the second is not a revision of the first (less than half)
    from lkj_xl.core.revisi_teks import revision_typed

    assert revision_typed(typed, "Target", "Ton", False) == ""


@pytest.mark.parametrize("typed", ["7/7", "12 / 12", "2/3", "5/6"])
def test_x_of_x_and_a_fraction_of_small_whole_numbers_are_no_revision(typed):
    # "7/7" kecamatan, "12 / 12" laporan bulanan: x of x, nothing revised (a revision moves the
    # figure); "2/3", "5/6": fractions of small whole numbers (2 / 3 = 0,67), not 2 then 3 documents
    from lkj_xl.core.revisi_teks import revision_typed

    assert revision_typed(typed, "Target", "Dokumen", False) == ""


@pytest.mark.parametrize(("typed", "old", "new"), [("5 / 4", "5", "4"), ("12 / 10", "12", "10")])
def test_a_small_target_lowered_after_a_slash_is_still_asked(typed, old, new):
    # 5 documents cut to 4 in the APBD-P, 12 to 10: the slash still says where each figure goes
    from lkj_xl.core.revisi_teks import revision_typed

    said = revision_typed(typed, "Target", "Dokumen", False)
    assert f"bila {old} Target semula dan {new} Target perubahannya" in said, said
