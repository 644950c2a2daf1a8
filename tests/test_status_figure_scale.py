"""A realisasi text holding a figure with its scale word (`sekitar 2,5 rb` of a count of 10.000 orang)
is named with it: the peringatan said `angkanya (2,5) ... Bila 2,5 realisasinya, tulis angkanya saja`,
which followed reads 2,5 people for 2.500."""

from __future__ import annotations

from tests.test_engine import kinerja_row, messages, run


def _said(tw1: str, satuan: str = "orang", target: str = "10.000") -> str:
    report = run([kinerja_row("T1", "Tujuan", "", "x", "Tenaga kerja terserap", target, (tw1, None, None, None), satuan=satuan)], triwulan=1)  # fmt: skip
    (said,) = [m for m in messages(report) if m.startswith("Kinerja!K2")]
    return said


def test_the_scale_word_after_the_figure_is_named_with_it():
    said = _said("sekitar 2,5 rb")
    assert "angkanya (2,5 rb)" in said and "Bila 2,5 rb realisasinya" in said, said
    assert "(2,5)" not in said


def test_a_figure_without_a_scale_word_is_named_as_before():
    # "Menunggu laporan 3 kecamatan": the 3 is named alone, no word after it taken for a scale
    said = _said("data sementara 2.350")
    assert "angkanya (2.350)" in said, said


def test_m_after_a_rupiah_figure_is_its_miliar_named_with_it():
    # "kurang lebih 1,2 M" of a Nilai in Rp (target 2 M): M is miliar in money; advising "tulis
    # angkanya saja (1,2)" followed reads Rp 1,2 for Rp 1.200.000.000.
    said = _said("kurang lebih 1,2 M", satuan="Rp", target="2 M")
    assert "angkanya (1,2 M)" in said and "Bila 1,2 M realisasinya" in said, said


def test_a_scale_word_typed_against_the_figure_is_named_with_it():
    # "sekitar 2,5rb" (no space, as "700jt" is typed): named 2 before, the ",5rb" cut off.
    said = _said("sekitar 2,5rb")
    assert "angkanya (2,5rb)" in said and "Bila 2,5rb realisasinya" in said, said
    said = _said("kurang lebih 700jt", satuan="Rp", target="1 M")
    assert "angkanya (700jt)" in said, said
