"""A Semester I report (s.d. TW II) of a Kumulatif count whose TW II was typed as the realisation s.d.
TW II, as e-Monev shows it: TW I 400, TW II 1.000 (its own 600) of a year's target of 1.200 SR is
summed to 1.400, a capaian of 116,67 % with no word (the running-total peringatan needs three rising
quarters: tests/test_staff_round16.py). The figure stays as typed (a count may rise so); TW II gets a
peringatan when it is at least twice TW I and the sum is over the year's target. Honest halves near
each other (20; 24 of 40; 2; 3 of 4), a sum within the target, a percentage, an index or a ratio (a chosen
Kumulatif's 40 + 42 % of 45 %, tests/test_staff_round4.py) and a lower-is-better count stay quiet."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


def _report(tws, target="1.200", satuan="SR", polaritas=None, triwulan=2):
    row = kinerja_row(
        "1.03.03", "Program", "", "Program SPAM", "Jumlah sambungan rumah terbangun", target,
        [*tws, None, None], satuan=satuan, jenis="Kumulatif", polaritas=polaritas,
    )  # fmt: skip
    report = report_of(book_of([row], triwulan=triwulan))
    said = [m for m in messages(report) if m.startswith("Kinerja!L2 ") and "tulis realisasi TW II saja" in m]
    return report.indicators[0], said


def test_tw_ii_typed_up_to_tw_ii_is_pointed_out_and_the_figure_kept():
    item, said = _report(["400", "1.000"])
    # as typed: 400 + 1.000 = 1.400; 1.400 / 1.200 x 100 = 116,67 (350/3)
    assert item.realisasi == 1400 and item.capaian_exact == Fraction(350, 3)
    (peringatan,) = said
    assert "1.400 sudah melebihi Target setahun (1.200)" in peringatan, peringatan
    assert "tulis realisasi TW II saja (1.000 - 400 = 600)" in peringatan, peringatan


def test_a_semester_report_names_its_period():
    item, said = _report(["400", "1.000"], triwulan="Semester I")
    assert item.realisasi == 1400 and len(said) == 1 and "Semester I 1.400" in said[0], said


@pytest.mark.parametrize(
    ("tws", "target"),
    [
        (["400", "800"], "1.100"),  # 800 = 2 x 400 exactly, 1.200 > 1.100: said (own part 800 - 400 = 400)
    ],
)
def test_the_edge_of_twice_tw_i_is_said(tws, target):
    _, said = _report(tws, target)
    assert len(said) == 1 and "(800 - 400 = 400)" in said[0], said


@pytest.mark.parametrize(
    ("tws", "target", "satuan", "polaritas"),
    [
        (["400", "600"], "1.200", "SR", None),  # honest halves: 1.000 within 1.200
        (["400", "800"], "1.200", "SR", None),  # 1.200: exactly the target, not over it
        (["400", "799"], "1.100", "SR", None),  # 799 < 2 x 400 = 800 though 1.199 > 1.100
        (["2", "3"], "4", "dokumen", None),  # 5 > 4 but 3 < 2 x 2 (tests/test_rekap.py's P1, capaian 125)
        (["20", "24"], "40", "unit", None),  # 44 > 40 but 24 near 20 (tests/test_laporan_klaim_seluruh.py)
        (["60", "95"], "100", "Indeks", None),  # an index summed: said by its own peringatan, not this one
        (["40%", "70%"], "100", "%", None),
        (["5", "12"], "10", "kasus", "Negatif"),  # lower is better: said apart
        (["-", "1.000"], "1.200", "SR", None),  # TW I no figure
        (["0", "1.300"], "1.200", "SR", None),  # TW I zero: no running total to take off
    ],
)
def test_honest_or_other_shapes_stay_quiet(tws, target, satuan, polaritas):
    _, said = _report(tws, target, satuan, polaritas)
    assert said == []


@pytest.mark.parametrize(
    ("satuan", "indikator"), [("Level", "Level maturitas SPIP"), ("kategori", "Peringkat Kota Sehat")]
)
def test_a_level_summed_keeps_its_own_peringatan_alone(satuan, indikator):
    # 2 + 4 of 3 (4 = 2 x 2): a level, told "bukan jumlah" at its Jenis Realisasi (tests/test_mend33k.py,
    # tests/test_staff_round30.py); no second peringatan at TW II
    row = kinerja_row("S1", "Sasaran", "", "S", indikator, "3", ["2", "4", None, None], satuan=satuan,
                      jenis="Kumulatif")  # fmt: skip
    report = report_of(book_of([row], triwulan=2))
    assert not [m for m in messages(report) if "tulis realisasi TW II saja" in m]
    assert [m for m in messages(report) if "bukan jumlah" in m]
