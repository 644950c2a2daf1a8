"""rev_figures63: review of figures63's plus sign before a score's figure (core/tanda_tambah.py).

- A level typed with a stray plus (`+102,5` of a Nilai Tukar Petani targeted 102; `+0,3` of a
  `Selisih ...` targeted 0,5, a change measured by the indicator itself) was told on figures63 that it is
  a change, to type `nilai sebelumnya ditambah 102,5` (101 + 102,5 = 203,5): a wrong figure advised on a
  right row. A figure at least half its target is the level: read, as on main.
- `+ 0,3 poin` (a space after the plus) under Satuan Indeks was told `ada tanda "+" di depan angka; tulis
  angkanya saja`: followed, 0,3 is typed as the level. It is now told as `+0,3 poin` is (a change).

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: I Target,
K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, messages, run


def _row(indikator, target, tws, satuan, jenis="Nilai Akhir"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya akuntabilitas kinerja", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas="Positif", jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f for f in report.findings if f.sel == sel]


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "tws", "capaian"),
    [
        # Nilai Akhir: TW II's 102,5 / 102 x 100 = 10250 / 102 = 5125 / 51 (100,49 %)
        ("Nilai Tukar Petani", "Indeks", "102", ("101", "+102,5"), Fraction(5125, 51)),
        # the change is the indicator's own figure: 0,3 / 0,5 x 100 = 60
        ("Selisih nilai IPM", "Poin", "0,5", ("0,2", "+0,3"), Fraction(60)),
        # exactly half the target: 36 / 72 x 100 = 50 (a level, however low)
        ("Indeks Pembangunan Manusia", "Indeks", "72", ("71,8", "+36"), Fraction(50)),
    ],
)
def test_a_level_typed_with_a_stray_plus_is_read_as_the_level(indikator, satuan, target, tws, capaian):
    report = run([_row(indikator, target, tws, satuan)], triwulan=2)
    # figures63: a galat advising "nilai sebelumnya ditambah 102,5", capaian None
    assert report.indicators[0].capaian_exact == capaian, messages(report)
    assert _at(report, "L2") == [], messages(report)


def test_a_change_just_below_half_the_target_is_still_told_as_a_change():
    # 2 x 35,9 = 71,8 < 72: the galat of a change, as for +0,3
    report = run([_row("Indeks Pembangunan Manusia", "72", ("71,8", "+35,9"), "Indeks")], triwulan=2)
    assert report.indicators[0].capaian_exact is None, messages(report)
    assert [f.severity for f in _at(report, "L2")] == ["galat"], messages(report)


@pytest.mark.parametrize("typed", ["+ 0,3 poin", "+ 0,3", "+  0,3 Poin"])
def test_a_change_typed_with_a_space_after_the_plus_is_told_as_a_change(typed):
    report = run([_row("Indeks Pembangunan Manusia", "72", ("71,8", typed), "Indeks")], triwulan=2)
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    # was 'ada tanda "+" di depan angka; tulis angkanya saja': 0,3 typed as the level
    assert "kenaikan" in said[0].pesan and "nilai sebelumnya ditambah 0,3" in said[0].pesan, said[0].pesan
    assert '"+0,3' in said[0].pesan  # quoted as read, the plus joined to its figure


def test_a_spaced_plus_of_an_indicator_measuring_the_change_is_its_figure():
    # "Peningkatan ..." measures the change: 0,3 / 0,5 x 100 = 60 (figures63: "tulis angkanya saja" galat)
    row = _row("Peningkatan nilai indeks reformasi birokrasi", "0,5", ("0,2", "+ 0,3 poin"), "Poin")
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(60), messages(report)
    assert _at(report, "L2") == [], messages(report)


def test_a_spaced_plus_of_a_count_keeps_its_galat():
    # not a score: "+ 3" of Desa stays the reader's galat (no change wording for a count)
    row = _row("Jumlah desa mandiri", "10", ("7", "+ 3"), "Desa", jenis="Kumulatif")
    said = _at(run([row], triwulan=2), "L2")
    assert [f.severity for f in said] == ["galat"]
    assert "kenaikan" not in said[0].pesan, said[0].pesan


def test_a_level_typed_with_a_spaced_stray_plus_is_read_as_the_level():
    # "+ 72,1" of 72 is the level: 72,1 / 72 x 100 = 7210 / 72 = 3605 / 36 (100,14 %); was the galat
    # 'ada tanda "+" di depan angka; tulis angkanya saja'
    report = run([_row("Indeks Pembangunan Manusia", "72", ("71,8", "+ 72,1"), "Indeks")], triwulan=2)
    assert report.indicators[0].capaian_exact == Fraction(3605, 36), messages(report)
    assert _at(report, "L2") == [], messages(report)
