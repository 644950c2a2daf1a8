"""Staff round 19: the planning staff of a Dinas Sosial / Dinas Pendidikan filling Kinerja for
Triwulan II and IV 2025: lower-is-better indicators (penduduk miskin, PMKS, waktu layanan), counts in
orang/anak, figures pasted from a PDF.

Found wrong, and tested here:
- a quarter pasted from a PDF table as "(20)" (the accounting minus) or typed "-20" for a count of anak
  was read as -20 and summed without a word (TW I 100 + TW II -20 = 80 of 220: 36,36 %);
- a negative capaian of a higher-is-better indicator (its realisasi below zero) was said to come from
  "indikator Negatif (makin kecil makin baik) dengan realisasi ... lebih dari dua kali Target": the
  indicator is Positif, the realisasi below zero;
- a lower-is-better count typed per quarter as the number at the quarter's end (jumlah PMKS 1.150;
  1.100 of a target 1.200) with Jenis Realisasi blank or Kumulatif was summed to 2.250, a capaian of
  (2.400 - 2.250) / 1.200 = 12,5 % Sangat Rendah, without a word (Satuan "orang" is a count, so the
  blank-Jenis peringatan of a rate did not fire);
- a footnote written "1)" or "(1)" after the number ("85,2 1)") and a number followed by its words in
  brackets ("100% (seratus persen)", "0 (nol)") were galat saying only "ada teks ... setelah angka",
  not what to type.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: F Satuan,
G Polaritas, H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, run


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel and severity in (None, f.severity)
    ]


def _one(target, tws, triwulan=2, **kw):
    """One Sasaran (row 2) with its indicator; Kode Induk left blank (its own peringatan at C2)."""
    return run([kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind", target, tws, **kw)], triwulan=triwulan)


# --- 1. a negative quarter of a count ---------------------------------------------------------------


@pytest.mark.parametrize("typed", ["(20)", "-20"])
def test_a_negative_quarter_of_a_count_is_a_peringatan_naming_what_was_read(typed):
    # Jumlah anak, Kumulatif, target 220: TW I 100, TW II typed as a minus. Computed as typed (a
    # correction of TW I may be meant): 100 - 20 = 80, 80/220 x 100 = 36,36...% (Sangat Rendah).
    report = _one(220, (100, typed, None, None), satuan="anak", polaritas="Positif", jenis="Kumulatif")
    ind = report.indicators[0]
    assert ind.realisasi == 80
    assert ind.capaian_exact == Fraction(80, 220) * 100
    said = _at(report, "L2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert "dibaca -20" in said[0].pesan and 'Satuan "anak" tidak bisa negatif' in said[0].pesan
    # the brackets are named where they were typed
    assert ('ditulis "(20)": tanda kurung berarti minus' in said[0].pesan) == (typed == "(20)")


def test_a_negative_percentage_or_a_positive_count_is_not_pointed_out():
    # A growth rate below zero is a figure of its own (Satuan %); 100 and 20 anak are plain counts.
    rate = _one("3,63%", (None, "-1,5%", None, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    assert _at(rate, "L2") == []
    count = _one(220, (100, 20, None, None), satuan="anak", polaritas="Positif", jenis="Kumulatif")
    assert _at(count, "K2") == [] and _at(count, "L2") == []


# --- 4. a footnote "1)" and a number's words in brackets -------------------------------------------


@pytest.mark.parametrize(
    ("typed", "mark", "number"), [("85,2 1)", "1)", "85,2"), ("85,2 (1)", "(1)", "85,2")]
)
def test_a_numbered_footnote_after_the_number_is_a_galat_saying_what_to_type(typed, mark, number):
    report = _one("80%", (None, typed, None, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    said = _at(report, "L2", GALAT)
    assert len(said) == 1
    assert f'catatan kaki ("{mark}")' in said[0].pesan and f"tulis angkanya saja ({number})" in said[0].pesan
    assert report.indicators[0].capaian is None


@pytest.mark.parametrize(
    ("column", "typed", "number", "words"),
    [
        ("Target", "100% (seratus persen)", "100%", "(seratus persen)"),
        (c.REALISASI_TW_HEADERS[1], "0 (nol)", "0", "(nol)"),
        (c.REALISASI_TW_HEADERS[1], "85,2 (sementara)", "85,2", "(sementara)"),
    ],
)
def test_a_number_followed_by_words_in_brackets_is_a_galat_saying_what_to_type(column, typed, number, words):
    target, tw2 = (typed, "85%") if column == "Target" else ("80%", typed)
    report = _one(target, (None, tw2, None, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    said = _at(report, "I2" if column == "Target" else "L2", GALAT)
    assert len(said) == 1
    assert f'"{words}"' in said[0].pesan and f"tulis angkanya saja ({number})" in said[0].pesan
    assert "Keterangan" in said[0].pesan
