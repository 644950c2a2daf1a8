"""rev_kinerja66: kinerja66's rule of a figure named by another indicator's name (core/status_ragu.py)
was broader than that: any words before a colon, or any capitals, counted as a name, so notes staff type
beside a figure became a galat where the quarter counts (a Nilai Akhir's capaian blanked). Now only a
known indicator's abbreviation (IKM, IPM, ...) or a score word with more words ("Indeks Kepuasan") is a
name; the notes are told as on main (a peringatan, TW I scored). And "Realisasi 2024" under a count's
Satuan was told to be a year only: it may be 2.024 orang, so both readings are told.

Grids by hand (tests/test_engine.py's helpers), as tests/test_kinerja66.py: data row 2, K-N Realisasi
TW I-IV, the report of TW II.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, satuan, target, tws, jenis="Nilai Akhir"):
    return run([kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis)])


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


@pytest.mark.parametrize(
    "typed",
    [
        "Juni: 72,4",  # a month: the figure's date, no indicator
        "Posisi Juni: 72,4",
        "Tahunan: 72,4",  # a period
        "Rata-rata: 72,4",  # how it is taken
        "Hasil survei: 72,4",  # where it comes from
        # ("BPS: 72,4", a source in capitals: the figure meant, a galat since kinerja67, test_kinerja67)
        "Keterangan: 72,4",
        "Nilai Akhir: 72,4",  # a score word with the Jenis Realisasi's word, no indicator
        "Nilai Survei 72,4",  # with its source
        "Indeks Tahunan 72,4",
    ],
)
def test_a_note_before_a_figure_is_not_another_indicators_name(typed):
    # as on main: a peringatan at L2, TW II left out, the Nilai Akhir from TW I: 70 / 80 x 100 = 87,5 %
    # (kinerja66 made each a galat "bukan nama indikator ini", capaian blanked)
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10), messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == PERINGATAN and "bukan nama indikator ini" not in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["SK: 3", "Perbup: 3", "DPA 3", "RKPD 3"])
def test_a_document_named_under_dokumen_is_not_another_indicators_name(typed):
    # Kumulatif of documents, TW I 1, TW II the note: as on main a peringatan at L2, "realisasi dan
    # capaian belum diketahui" (kinerja66: a galat "bukan nama indikator ini")
    report = _row("Jumlah dokumen perencanaan", "Dokumen", "4", ("1", typed, None, None), jenis="Kumulatif")
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == PERINGATAN and "belum diketahui" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("typed", "name"), [("IPM: 72,4", "IPM"), ("Nilai IKM 72,4", "Nilai IKM"), ("IKM = 72,4 %", "IKM")]
)
def test_a_known_indicators_abbreviation_is_still_named(typed, name):
    # the rule kept: another indicator's abbreviation in a counted quarter, a galat naming it
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and f'"{name}" bukan nama indikator ini' in said.pesan, said.pesan


def test_the_own_abbreviation_by_initials_is_not_called_another():
    # "IPM" in the row of Indeks Pembangunan Manusia: its own name (initials), no "bukan nama"
    report = _row("Indeks Pembangunan Manusia", "Poin", "80", ("70", "IPM 72,4", None, None))
    assert not [f for f in _at(report, "L2") if "bukan nama indikator ini" in f.pesan], messages(report)


@pytest.mark.parametrize("satuan", ["Orang", "Dokumen", "Unit"])
def test_a_year_like_figure_under_a_count_tells_both_readings(satuan):
    # "Realisasi 2024" of a count: 2.024 orang may be meant (main: quiet, belum diketahui; kinerja66:
    # "berisi tahun (2024) ... bukan realisasi"); now the galat names both: 2.024 as the figure, or a year
    report = _row(
        "Jumlah pengunjung", satuan, "4000", ("1000", "Realisasi 2024", None, None), jenis="Kumulatif"
    )
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT, said.pesan
    assert "bukan realisasi" not in said.pesan and "tulis angkanya saja (2.024)" in said.pesan, said.pesan
    assert "tahun datanya" in said.pesan
