"""A level (Nilai Akhir, Rata-rata) realised at most a thousandth of its target is a scale word left
off one of them, as a Disdukcapil types its penduduk terdata: "1,23" (juta meant) beside a Target of
1.230.000 jiwa printed a capaian of 0,0001 % Sangat Rendah with no word said (a realisasi more than ten
times its target has had its peringatan; this is the other side). Computed as typed, pointed out at the
realisasi's cell. A Kumulatif flow may honestly start that low in Triwulan I, and a figure of zero is
nil: both stay quiet."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run


def _run(target: object, typed: object, jenis: str, satuan: str = "jiwa", polaritas: str | None = None):
    row = kinerja_row(
        "T1", "Tujuan", "", "Pelayanan adminduk", "Jumlah penduduk yang terdata", target,
        (typed, None, None, None), satuan=satuan, jenis=jenis, polaritas=polaritas,
    )  # fmt: skip
    report = run([row], triwulan=1)
    return report.indicators[0], [f for f in report.findings if f.sheet == "Kinerja"]


def test_a_level_a_millionth_of_its_target_is_pointed_out_and_computed_as_typed() -> None:
    # 1,23 / 1.230.000 x 100 = 0,0001 %: computed so, and said at K2 (TW I, header at row 1).
    ind, said = _run("1.230.000", "1,23", "Nilai Akhir")
    assert ind.capaian_exact == Fraction(123, 100) / 1_230_000 * 100
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "K2")]
    assert said[0].pesan == (
        'Realisasi s.d. TW I indikator "Jumlah penduduk yang terdata" (T1) (1,23) tidak sampai seperseribu '
        "Target (1.230.000): periksa skala keduanya, mis. kata skala yang terlupa (1,23 juta ditulis 1,23); "
        "bila memang sekecil itu, biarkan"
    )


@pytest.mark.parametrize(
    "target, typed, jenis, word",
    [
        (
            "1.230.000",
            "1.230",
            "Nilai Akhir",
            "ribu",
        ),  # 1.230 x 1.000 = 1.230.000: exactly a thousandth, said
        ("5.000.000.000", "5", "Rata-rata", "miliar"),  # Rp 5 of 5 M, a Rata-rata
    ],
)
def test_the_edge_and_a_rata_rata_are_said(target: str, typed: str, jenis: str, word: str) -> None:
    # the scale word offered is the one nearest the gap: 1.230.000 / 1.230 = 1.000 (ribu),
    # 5.000.000.000 / 5 = 10^9 (miliar)
    _, said = _run(target, typed, jenis)
    assert [f.sel for f in said] == ["K2"] and "seperseribu" in said[0].pesan
    assert f"({typed} {word} ditulis {typed})" in said[0].pesan


@pytest.mark.parametrize(
    "target, typed, jenis, polaritas",
    [
        ("1.230.000", "1.231", "Nilai Akhir", None),  # above a thousandth (1.231 x 1.000 > 1.230.000)
        ("50.000", "12", "Kumulatif", None),  # a flow's first quarter may be that low
        ("1.230.000", "0", "Nilai Akhir", None),  # nil
        ("1.230.000", "1,23", "Nilai Akhir", "Negatif"),  # lower is better: a capaian near 200 %
    ],
)
def test_others_stay_quiet(target: str, typed: str, jenis: str, polaritas: str | None) -> None:
    _, said = _run(target, typed, jenis, polaritas=polaritas)
    # (stop 45: 1,23 jiwa is a fraction of a count of people, told as such at its cell by its own
    # peringatan; nothing else, and no seperseribu, is said)
    whole = [f for f in said if "jumlah jiwa biasanya bilangan bulat" in f.pesan]
    assert len(whole) == ("," in typed)
    assert [f for f in said if f not in whole] == []


@pytest.mark.parametrize(
    "target, typed, satuan",
    [
        # (revnewuser49) a percentage typed with its sign, 0,05 % of a target of 60 %: 0,05 x 1.000 = 50
        # <= 60, so it was told "kata skala yang terlupa (0,05 ribu ditulis 0,05)": no scale word is typed
        # after a percentage; the figure is as meant (a fraction without its % has its own peringatan)
        ("60 %", "0,05 %", "%"),
        ("60", "0,05 %", "Persen (%)"),
        # an index 0,0003 of 0,3 (0,0003 x 1.000 = 0,3: the edge): told "0,0003 ribu ditulis 0,0003";
        # no scale word lifts a figure to a target below a thousand
        ("0,3", "0,0003", "indeks"),
        # a rate per 100.000 (target 100, realisasi 0,05: 0,05 x 1.000 = 50 <= 100): the same
        ("100", "0,05", "per 100.000 penduduk"),
    ],
)
def test_no_scale_word_is_offered_where_none_can_have_been_left_off(
    target: str, typed: str, satuan: str
) -> None:
    _, said = _run(target, typed, "Nilai Akhir", satuan=satuan)
    assert not [f for f in said if "seperseribu" in f.pesan], said


def test_a_fraction_without_its_percent_sign_is_said_once() -> None:
    # 0,0005 under a target of 60 % (Satuan %): read 0,0005 %, a capaian of 0,0005 / 60 x 100; the
    # fraction check says it (typed without %): one message at K2, not a second on seperseribu's
    _, said = _run("60 %", 0.0005, "Nilai Akhir", satuan="%")
    assert [f.sel for f in said] == ["K2"] and "seperseribu" not in said[0].pesan, said


def test_a_gap_of_a_trillion_names_triliun() -> None:
    # (revnewuser49) a PDRB target of Rp 45 T (45.000.000.000.000) beside a realisasi typed 45: the gap
    # is 10^12, triliun; the list stopped at miliar and said "45 miliar ditulis 45", a thousandth of it
    _, said = _run("45.000.000.000.000", "45", "Nilai Akhir", satuan="Rupiah")
    assert [f.sel for f in said] == ["K2"], said
    assert "(45 triliun ditulis 45)" in said[0].pesan, said[0].pesan


@pytest.mark.parametrize(
    "target, typed, word",
    [
        # Nilai investasi, Satuan Rupiah: 1.200 of 15.000.000.000 is 8 x 10^-8 of it (capaian 0,000008 %),
        # 1.200 juta meant; 15.000.000.000 / 1.200 = 12.500.000, nearest 10^6 (juta)
        ("15.000.000.000", "1.200", "juta"),
        # 1,2 of 15.000.000.000, 1,2 M meant: 15.000.000.000 / 1,2 = 1,25 x 10^10, nearest 10^9 (miliar)
        # (beside a Target typed "15 M" the quarter is told "skala berbeda" already)
        ("15.000.000.000", "1,2", "miliar"),
        # exactly a millionth: 15.000 x 1.000.000 = 15.000.000.000, said as the thousandth's edge is
        ("15.000.000.000", "15.000", "juta"),
    ],
)
def test_a_flow_below_a_millionth_of_its_target_is_said(target: str, typed: str, word: str) -> None:
    # a Kumulatif flow may start at a thousandth of its target (1.200.000.000 of 15 M in Triwulan I is
    # quiet, tests/test_skala_sepadan_kumulatif.py), never at a millionth: a scale word left off
    ind, said = _run(target, typed, "Kumulatif", satuan="Rupiah")
    assert ind.capaian_exact is not None  # computed as typed, as a level's is
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "K2")], said
    assert "tidak sampai sepersejuta Target" in said[0].pesan, said[0].pesan
    assert f"({typed} {word} ditulis {typed})" in said[0].pesan, said[0].pesan


@pytest.mark.parametrize(
    "target, typed",
    [
        ("15.000.000.000", "15.001"),  # above a millionth: 15.001 x 1.000.000 > 15.000.000.000
        ("15.000.000.000", "1.200.000"),  # 8 x 10^-5 of it: a small first quarter, as may be
    ],
)
def test_a_flow_above_a_millionth_stays_quiet(target: str, typed: str) -> None:
    _, said = _run(target, typed, "Kumulatif", satuan="Rupiah")
    assert said == []
