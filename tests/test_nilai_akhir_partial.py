"""A Nilai Akhir indicator whose reported quarter is blank or holds a status ("Menunggu data BPS"):
its year's figure is the last quarter with a number, alone (TW II's 57, not TW I and TW II together).

The peringatan said "realisasi Tahun 2025 dihitung dari TW I, TW II saja", as of a Kumulatif
indicator, so a reader took 57 for something made of 55,2 and 57 (summed, 112,2, or averaged, 56,1).
It now names the one quarter the figure comes from.
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


def _report(tws, *, jenis="Nilai Akhir", triwulan="Tahunan"):
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya layanan",
        "Indeks kepuasan masyarakat",
        "60",
        tws,
        satuan="%",
        jenis=jenis,
    )
    report = report_of(book_of([row], triwulan=triwulan))
    (ind,) = report.indicators
    return ind, messages(report)


# ("Menunggu data BPS" in TW IV of the year's report was a case here too: by the lead's decision a year's
# Nilai Akhir whose TW IV holds a status is belum diketahui, never TW II's figure as the year's; see
# tests/test_nilai_akhir_tahunan.py. TW IV left blank keeps this peringatan.)
@pytest.mark.parametrize("tw4", [None])
def test_nilai_akhir_names_the_last_quarter_alone(tw4):
    # TW I 55,2, TW II 57, TW III blank: Nilai Akhir's year figure is TW II's 57 (capaian 57 / 60 = 95 %)
    ind, said = _report(["55,2", "57", None, tw4])
    assert ind.realisasi == pytest.approx(57)
    (at_tw4,) = [m for m in said if m.startswith("Kinerja!N2 ")]
    assert "TW I, TW II" not in at_tw4, at_tw4
    assert (
        "realisasi Tahun 2025 diambil dari TW II saja (Nilai Akhir: angka triwulan terakhir yang terisi)"
        in at_tw4
    )


def test_kumulatif_still_names_every_quarter_counted():
    # Kumulatif: 55,2 + 57 = 112,2 from TW I and TW II both. (TW IV left blank: this test typed
    # "Menunggu data BPS" there, which by the lead's later decision makes a Kumulatif belum diketahui,
    # README "Values"; the blank reported quarter keeps the peringatan this test is about.)
    ind, said = _report(["55,2", "57", None, None], jenis="Kumulatif")
    assert ind.realisasi == pytest.approx(112.2)
    (at_tw4,) = [m for m in said if m.startswith("Kinerja!N2 ")]
    assert "realisasi Tahun 2025 dihitung dari TW I, TW II saja" in at_tw4, at_tw4
