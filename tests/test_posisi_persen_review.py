"""Review of figures54 (posisi_persen): a percentage position chosen Kumulatif, typed as staff type it.

Every case is the task's own: `Persentase temuan BPK yang ditindaklanjuti`, Kumulatif, Target 90,
TW I 35,5, TW II 62 (a position, the share of findings followed up at each quarter's end): summed
97,5 / 90 = 108,33 % Sangat Tinggi, the position 62 / 90 = 68,89 % Sedang.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run


def _report(indikator, target, tws, triwulan=2, *, jenis="Kumulatif"):
    tws = (*tws, *([None] * (4 - len(tws))))
    row = kinerja_row("S1", "Sasaran", "", "Akuntabilitas", indikator, target, tws, jenis=jenis)
    return run([row], triwulan=triwulan)


def _said(report):
    """The row's findings but the Sasaran's missing Kode Induk at C2 (the shortcut of the helper)."""
    return [f for f in report.findings if f.sel != "C2"]


# --- one word away: the follow-up spelled as staff spell it ------------------------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        # "ditindaklanjuti" written apart, as many Perda and LHP texts write it
        "Persentase temuan BPK yang ditindak lanjuti",
        "Persentase temuan BPK yang di tindaklanjuti",
        "Persentase temuan BPK yang di tindak lanjuti",
        "Persentase temuan BPK yang ditindak-lanjuti",
        "Persentase rekomendasi BPK yang tertindaklanjuti",
        "Persentase tindak-lanjut temuan BPK",
        # "yang" shortened to "yg", as in a narrow Excel column
        "Persentase desa yg memiliki BUMDes aktif",
        "Persentase rekomendasi yg telah ditindak lanjuti",
        # Tindak Lanjut Hasil Pemeriksaan by its acronym
        "Persentase penyelesaian TLHP",
    ],
)
def test_a_position_spelled_apart_or_shortened_is_told(indikator):
    report = _report(indikator, "90", ("35,5", "62"))
    # computed as typed: (35,5 + 62) / 90 x 100 = 97,5 / 90 x 100 = 108,33 %
    assert report.indicators[0].capaian_exact == Fraction(975, 10) / 90 * 100
    said = _said(report)
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "H2")], [f.pesan for f in said]
    # the position: 62 / 90 x 100 = 68,888... shown 68,89 %, Sedang (> 65 - 75)
    assert "68,89% (Sedang)" in said[0].pesan and "108,33% (Sangat Tinggi)" in said[0].pesan
