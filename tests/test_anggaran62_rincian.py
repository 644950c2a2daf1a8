"""anggaran62: Kegiatan rows under a program row typed with its own figures (left open by stop 61).

- Kegiatan rows not in Kinerja whose Kode (``2.06.04.01``, not SIPD's five parts) or Uraian (``Kegiatan A``
  right under the program) make them its rincian, adding up exactly to it: each was told "hapus baris ini";
  now quiet, as SIPD-shaped rows were. Told still where they do not add up (a Kegiatan typed again) or a
  row has a Kode Sasaran of its own.
- A program row typed as its Kegiatan's sum, one Kegiatan's pagu in ribuan (program 500.700.000 /
  450.000.000 over A 700.000 / 300 jt and B 500.000.000 / 150 jt): 89,87 % printed with A's "melebihi
  pagu" alone; now a peringatan at the program's pagu saying its figure holds only if A's pagu does.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, run

_P = "2.06.04"


# --- 5. Kegiatan rows not in Kinerja that are their program's breakdown ------------------------------------


def _program_over(kegiatan):
    # program 2.06.04 (in Kinerja) Pagu 1.200.000.000, TW I 150.000.000, TW II 300.000.000 (s.d. TW II 450 jt);
    # ``kegiatan``: (Kode, Uraian, Pagu, TW I, TW II) of the rows under it, not in Kinerja
    rows = [anggaran_row(_P, _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None))]
    rows += [anggaran_row(k, name, "", pagu, (tw1, tw2, None, None)) for k, name, pagu, tw1, tw2 in kegiatan]
    return run(_kinerja(), rows)


_A = ("700.000.000", "100.000.000", "200.000.000")
_B = ("500.000.000", "50.000.000", "100.000.000")


@pytest.mark.parametrize(
    "kodes",
    [
        ("2.06.04.01", "2.06.04.02"),  # by their Kode (four parts: not SIPD's, which were quiet already)
        ("1.01", "1.02"),  # by their Uraian ("Kegiatan ...") right under the program
    ],
)
def test_kegiatan_rows_that_add_up_to_their_program_are_quiet(kodes):
    # 700.000.000 + 500.000.000 = 1.200.000.000; s.d. TW II (100 + 200) + (50 + 100) = 450 jt = 150 + 300 jt.
    # Before: "... tidak ada di sheet Kinerja; menurut Kodenya baris ini rincian program 2.06.04 ...; hapus
    # baris ini" at A3 and A4, each
    report = _program_over([(kodes[0], "Kegiatan A", *_A), (kodes[1], "Kegiatan B", *_B)])
    assert budget_of(report, _P).penyerapan == Fraction(450, 12)  # (450 jt / 1.200 jt: the program's own)
    assert findings_by_cell(report, "Anggaran") == {}, report.findings
    assert [b.kode for b in report.budgets] == [_P]


@pytest.mark.parametrize(
    "kegiatan",
    [
        # Kegiatan A typed again under another Kode: 700 + 700 + 500 = 1.900 jt of the program's 1.200 jt
        [("2.06.04.01", "Kegiatan A", *_A), ("2.06.04.02", "Kegiatan B", *_B), ("2.06.04.03", "Kegiatan A", *_A)],
        # the pagu adds up, the spending not: 300 + 100 = 400 jt s.d. TW II of the program's 450 jt
        [("2.06.04.01", "Kegiatan A", "700.000.000", "100.000.000", "200.000.000"),
         ("2.06.04.02", "Kegiatan B", "500.000.000", None, "100.000.000")],
        # adds up, but a row with a Kode Sasaran of its own (meant as a program toward S1?)
        [("2.06.04.01", "Kegiatan A", *_A), ("2.06.04.02", "Kegiatan B", *_B, "S1")],
    ],
)  # fmt: skip
def test_kegiatan_rows_that_do_not_add_up_are_still_told(kegiatan):
    rows = [anggaran_row(_P, _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None))]
    for k, name, pagu, tw1, tw2, *sasaran in kegiatan:
        rows.append(anggaran_row(k, name, sasaran[0] if sasaran else "", pagu, (tw1, tw2, None, None)))
    report = run(_kinerja(), rows)
    said = str(findings_by_cell(report, "Anggaran"))
    assert "rincian program 2.06.04" in said or "seperti rincian program 2.06.04" in said, said


# --- 2. A program row typed as its Kegiatan's sum, one Kegiatan's pagu in ribuan ---------------------------


def _typed_sum(program_pagu="500.700.000", program_tw2="450.000.000"):
    # A: Pagu 700.000 (ribuan) spent 300.000.000 in TW II; B: 500.000.000 spent 150.000.000 (rupiah)
    return run(
        _kinerja(),
        [
            anggaran_row(_P, _PROGRAM, "", program_pagu, (None, program_tw2, None, None)),
            anggaran_row(f"{_P}.1.01", "Kegiatan A", "", "700.000", (None, "300.000.000", None, None)),
            anggaran_row(f"{_P}.1.02", "Kegiatan B", "", "500.000.000", (None, "150.000.000", None, None)),
        ],
    )


def test_a_program_typed_as_its_kegiatan_sum_says_its_figure_holds_only_if_the_kegiatan_pagu_does():
    # the program's 500.700.000 = 700.000 + 500.000.000 and 450.000.000 = 300 jt + 150 jt: counted as typed,
    # 450.000.000 / 500.700.000 = 89,874 % (89,87 %), printed before with A's "melebihi pagu" (G3) alone. With
    # A's pagu a thousand times, 700.000.000: the program's 500.700.000 + 699.300.000 = 1.200.000.000,
    # 450.000.000 / 1.200.000.000 = 37,5 %
    report = _typed_sum()
    program = budget_of(report, _P)
    assert (program.pagu_exact, program.realisasi_exact) == (500_700_000, 450_000_000)
    assert program.penyerapan == pytest.approx(float(Fraction(450_000_000 * 100, 500_700_000)))
    d2 = findings_by_cell(report, "Anggaran")["D2"]
    assert "(Rp 500.700.000) adalah jumlah pagu rinciannya" in d2, d2
    assert '2.06.04.1.01 "Kegiatan A" (Rp 700.000 di Anggaran!D3' in d2, d2
    assert "(89,87%) benar hanya bila pagu rincian itu benar" in d2, d2
    assert "pagu program Rp 1.200.000.000 (penyerapan 37,50%)" in d2, d2
    assert "tulis 700.000.000 di Anggaran!D3, dan 1.200.000.000 di sini" in d2, d2


@pytest.mark.parametrize(
    "program",
    [
        ("1.200.000.000", "450.000.000"),  # its own pagu (A's read a thousand times): not their sum
        ("500.700.000", "400.000.000"),  # the pagu their sum, the realisasi not: not its breakdown
    ],
)
def test_a_program_not_typed_as_its_kegiatan_sum_is_not_told_so(program):
    report = _typed_sum(*program)
    assert "adalah jumlah pagu rinciannya" not in str(findings_by_cell(report, "Anggaran"))
