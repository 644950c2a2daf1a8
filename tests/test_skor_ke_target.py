"""A score typed with its scale (`3,3 / 4`, `IKM 3,3 / 4`, `4,2 / 5`) beside a target on the 100 scale
(82): the galat advised "tulis realisasinya saja (3,3)", which, followed, gave a second peringatan (a
score a tenth of its target) and, ignored, a signed 3,3 / 82 = 4,02 % Sangat Rendah. Now the advice
names the figure on the target's scale in one message: the IKM's rule (README "Values": nilai interval
1-4 x 25 = nilai konversi 25-100, `3,3 x 25 = 82,5`), a score of 5 as `4,2 / 5 x 100 = 84`.

Grids built by hand (tests/test_engine.py): Kinerja header row 1, data from row 2; K Realisasi TW I."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run

IKM = "Indeks Kepuasan Masyarakat"


def _ikm(tw1, target="82", satuan="nilai"):
    row = kinerja_row(
        "T1", "Tujuan", "", "T", IKM, target, (tw1, None, None, None), satuan=satuan, jenis="Nilai Akhir"
    )
    return run([row], triwulan=1)


def _at_k2(report):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "K2")]


@pytest.mark.parametrize("typed", ["3,3 / 4", "3,3/4", "IKM 3,3 / 4"])
@pytest.mark.parametrize("satuan", ["nilai", "Indeks", "Nilai IKM"])
def test_a_score_of_4_beside_a_target_of_82_names_its_nilai_konversi(typed, satuan):
    # 3,3 x 25 = 82,5 (PermenPANRB 14/2017: nilai interval 1-4 x 25 = nilai konversi 25-100)
    assert Fraction(33, 10) * 25 == Fraction(165, 2)
    report = _ikm(typed, satuan=satuan)
    (finding,) = _at_k2(report)
    assert "3,3 x 25 = 82,5" in finding.pesan, finding.pesan
    assert (
        "tulis realisasinya saja (3,3)" not in finding.pesan and "Bila 3,3 realisasinya" not in finding.pesan
    )
    assert report.indicators[0].capaian is None  # nothing scored from the cell as typed


def test_a_score_of_5_is_named_out_of_100():
    # 4,2 / 5 x 100 = 84
    (finding,) = _at_k2(_ikm("4,2 / 5"))
    assert "4,2 / 5 x 100 = 84" in finding.pesan, finding.pesan
    assert "tulis realisasinya saja (4,2)" not in finding.pesan


def test_a_target_on_the_score_s_own_scale_keeps_the_advice():
    # target 3,5 on the 1-4 scale: 3,3 is the figure to type, as before
    (finding,) = _at_k2(_ikm("3,3 / 4", target="3,5"))
    assert "tulis realisasinya saja (3,3)" in finding.pesan and " x 25 " not in finding.pesan


def test_the_figure_named_is_scored_without_another_peringatan():
    # 82,5 typed as advised: 82,5 / 82 x 100 = 100,609...%, nothing said at the cell
    report = _ikm("82,5")
    assert report.indicators[0].capaian_exact == Fraction(825, 10) / 82 * 100
    assert _at_k2(report) == []


def test_a_count_is_no_score():
    # Satuan "dokumen", target 82: "Menunggu 3 / 4 dokumen" counts documents, no IKM figure is offered
    report = _ikm("Menunggu 3 / 4 dokumen", satuan="dokumen")
    assert not [f for f in _at_k2(report) if " x 25 = " in f.pesan]
    report = _ikm("3,5 / 4", satuan="orang")
    assert not [f for f in _at_k2(report) if " x 25 = " in f.pesan]


@pytest.mark.parametrize("target", ["80-90", "80 - 90"])
def test_a_range_target_on_the_100_scale_names_its_nilai_konversi(target):
    # a range 80-90 is on the 100 scale as 82 is: 3,3 x 25 = 82,5 (inside it), never "tulis 3,3"
    # (3,3 typed beside 80-90 would be scored far below the range's floor)
    assert 80 <= Fraction(33, 10) * 25 <= 90
    (finding,) = _at_k2(_ikm("3,3 / 4", target=target))
    assert "3,3 x 25 = 82,5" in finding.pesan, finding.pesan
    assert "tulis realisasinya saja (3,3)" not in finding.pesan
    assert f"skala Target ({target})" in finding.pesan
