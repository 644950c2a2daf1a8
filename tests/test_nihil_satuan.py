"""`nihil` followed by the indicator's Satuan (`Nihil kejadian` under Satuan `Kejadian`, a BPBD's count
of disasters with casualties): zero, as `0 kejadian` and `nihil` are. It was read as a status text, the
indicator belum diketahui without a word (no capaian, counted among those not measured yet).

Grids from tests/test_engine.py's helpers (header row 1, the indicator on row 2).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run


def _one(tws, jenis, satuan="Kejadian"):
    row = kinerja_row("S1", "Sasaran", "", "Menurunnya korban bencana", "Jumlah kejadian bencana dengan korban jiwa", 4, tws, satuan=satuan, polaritas="Negatif", jenis=jenis)  # fmt: skip
    report = run([row], triwulan=3)
    return report, report.indicators[0]


@pytest.mark.parametrize("typed", ["Nihil kejadian", "nihil Kejadian", "NIHIL KEJADIAN.", "nol kejadian"])
def test_nihil_with_the_satuan_is_zero(typed):
    # Nilai Akhir, TW III the one figure: 0 of a Negatif target 4: (2 x 4 - 0) / 4 x 100 = 200
    report, ind = _one((None, None, typed, None), "Nilai Akhir")
    assert ind.realisasi == 0 and ind.status in (None, "")
    assert Fraction(ind.capaian).limit_denominator() == 200
    assert not [f for f in report.findings if f.sel == "M2"], [f.pesan for f in report.findings]


def test_nihil_with_the_satuan_in_a_kumulatif_quarter_adds_nothing():
    # Kumulatif: 1 + 0 + 0 = 1 of a Negatif target 4: (8 - 1) / 4 x 100 = 175, no status said
    report, ind = _one((1, "Nihil kejadian", "nihil kejadian", None), "Kumulatif")
    assert ind.realisasi == 1
    assert Fraction(ind.capaian).limit_denominator() == 175
    assert not [f for f in report.findings if f.sel in ("L2", "M2")], [f.pesan for f in report.findings]


def test_nihil_with_another_word_is_not_read_as_zero():
    # "Nihil korban" under Satuan Kejadian: the word is not the Satuan; never read as a number
    _, ind = _one((None, None, "Nihil korban", None), "Nilai Akhir")
    assert ind.realisasi is None


@pytest.mark.parametrize(
    "typed", ["Nihil korban", "nihil kasus baru", "nihil kejadian,-", "Nol (tidak ada kejadian)"]
)
def test_nihil_with_another_word_is_said_not_left_belum_diketahui_silently(typed):
    # (review of newuser41) "nihil kasus baru" is no figure (the words are not the Satuan: never read
    # as 0), but the indicator belum diketahui without a word was the defect newuser41 mended for
    # "Nihil kejadian": a peringatan at the cell says how to write the zero meant.
    report, ind = _one((None, None, typed, None), "Nilai Akhir")
    assert ind.realisasi is None
    (said,) = [f for f in report.findings if f.sel == "M2"]
    assert said.severity == "peringatan" and f'berisi "{typed}", bukan angka' in said.pesan, said.pesan
    assert 'tulis 0 atau "nihil" saja' in said.pesan, said.pesan


def test_nihil_with_a_figure_in_it_is_said_once():
    # "nihil 3 kejadian": the figure inside the text has its own peringatan (angka di dalam teks);
    # the zero's advice beside it would contradict it (and say the cell twice)
    report, ind = _one((None, None, "nihil 3 kejadian", None), "Nilai Akhir")
    assert ind.realisasi is None
    (said,) = [f for f in report.findings if f.sel == "M2"]
    assert "berisi angka di dalam teks" in said.pesan, said.pesan
