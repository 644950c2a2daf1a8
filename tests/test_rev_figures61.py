"""Review of figures61 (one reading of a rate's Satuan; a grade typed before its score).

- A slash between two count words is "or", not "per": `KK/Jiwa` (households or people helped),
  `Kelompok/Orang`, `Orang / Jiwa` are a count's Satuan, summed quietly as `Orang` is; figures61's
  per-head reading of `/orang`, `/jiwa` told them `bukan jumlah`. A measure before the slash
  (`Rp/orang`, `kkal/orang/hari`) or a period after it (`kunjungan/orang/tahun`) stays a rate per head.
- A grade before its score typed without a space after the slash (`B/85,20`, `B /85,20`) was told
  `angkanya (20)`, a wrong figure to type; it is the grade-first galat naming 85,20. `B (85.20)` named
  `85.20` to type, which the reader refuses; it names 85,20 as the reader does for `85.20`. A score
  named with `Nilai` or `IKM` before its grade (`IKM B (85,20)`) and a sentence's dot after it
  (`Baik (85,20).`) are the galat too (were a peringatan, TW I's 84,5 taken as the Nilai Akhir).

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: H Jenis
Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, target, tws, satuan, jenis="Kumulatif"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya perlindungan sosial", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas="Positif", jenis=jenis)  # fmt: skip


# --- a slash between count words ------------------------------------------------------------------------


@pytest.mark.parametrize("satuan", ["KK/Jiwa", "Kelompok/Orang", "Orang / Jiwa", "SR/KK/Jiwa", "Unit/Orang"])
def test_a_slash_between_count_words_is_a_count(satuan):
    assert not pasted.rate_or_score_unit(satuan)
    # Jenis Realisasi blank: 120 + 250 = 370 of 400 KK/Jiwa helped, 370 / 400 = 92,5 %, quiet as "Orang"
    report = run(
        [_row("Jumlah penerima bantuan sosial", "400", ("120", "250"), satuan, jenis="")], triwulan=2
    )
    assert report.indicators[0].capaian_exact == Fraction(925, 10)
    assert [f for f in report.findings if f.sel != "C2"] == [], messages(report)


@pytest.mark.parametrize(
    "satuan",
    ["Rp/orang", "Rp. / orang", "Rupiah/jiwa", "kkal/orang/hari", "kunjungan/orang/tahun", "Rp per orang"],
)
def test_a_figure_per_head_stays_a_rate(satuan):
    assert pasted.rate_or_score_unit(satuan)


# --- a grade before its score ---------------------------------------------------------------------------


def _ikm(tw2):
    row = _row(
        "Nilai Akhir Indeks Kepuasan Masyarakat (IKM)", "85", ("84,5", tw2), "Nilai", jenis="Nilai Akhir"
    )
    return run([row], triwulan=2)


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("B/85,20", "85,20"),  # was "angkanya (20)": the 85 after the slash skipped
        ("B /85,20", "85,20"),
        ("B (85.20)", "85,20"),  # was "(85.20)", which the reader refuses: decimals with a comma
        ("IKM B (85,20)", "85,20"),  # was a peringatan, TW I's 84,5 / 85 = 99,41 % printed
        ("Nilai IKM: Baik (85,20)", "85,20"),
        ("Nilai B (85,20)", "85,20"),
        ("Baik (85,20).", "85,20"),  # was belum diketahui with two peringatan
    ],
)
def test_near_miss_grade_first_typings_are_the_galat_with_the_figure(typed, figure):
    report = _ikm(typed)
    # no capaian: never TW I's 84,5 / 85 = 99,41 %
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = [f for f in report.findings if f.sel == "L2"]
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert f"tulis angkanya saja ({figure})" in said[0].pesan, said[0].pesan
    assert "(20)" not in said[0].pesan
