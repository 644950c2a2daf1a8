"""Review of newuser54: what its growth-rate and lower-is-better word rules missed.

- A share named with a change word (a Dinas Pendidikan's `Angka kenaikan kelas SD`, a BKPSDM's
  `Persentase kenaikan pangkat ASN tepat waktu`: the share of pupils promoted, of civil servants
  promoted on time) cannot fall below zero: a realisasi `(98,5)` is a slip and must still be told, as it
  was before newuser54.
- A `Peningkatan ...` named count (`Peningkatan kualitas jalan` in km) cannot fall below zero either:
  only a change in % (a growth rate) is an honest fall.
- An Inspektorat's `Persentase temuan yang berulang yang telah ditindaklanjuti` is the part followed up
  (higher is better): no peringatan asking to choose Negatif.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.tables import capaian_tujuan_sasaran
from tests.test_engine import kinerja_row, run
from tests.test_newuser54 import KASUS, NEGATIF_NOTE, TIMBULAN, _dlh_rows, _notes


def _one(indikator, target, tws, *, satuan="%", triwulan=2):
    return run(
        [
            kinerja_row(
                "S1", "Sasaran", "", "Sasaran", indikator, target, tws, satuan=satuan, jenis="Nilai Akhir"
            )
        ],
        triwulan=triwulan,
    )


def _at_target(report):
    return [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel == "I2"]


@pytest.mark.parametrize(
    ("indikator", "target", "typed", "capaian", "satuan"),
    [
        # the share of pupils promoted: -98,5 / 99 x 100 = -99,49 %
        ("Angka kenaikan kelas SD", "99%", "(98,5)", Fraction(-985, 990) * 100, "%"),
        # the share of promotions on time: -95 / 100 x 100 = -95 %
        ("Persentase kenaikan pangkat ASN tepat waktu", "100%", "-95", Fraction(-95), "%"),
        # the share of periodic raises processed: -90 / 100 x 100 = -90 %
        ("Persentase kenaikan gaji berkala yang diproses tepat waktu", "100", "(90)", Fraction(-90), "%"),
        # km of road improved: -12,5 / 25 x 100 = -50 %
        ("Peningkatan kualitas jalan kabupaten", "25", "(12,5)", Fraction(-50), "km"),
        # new entrepreneurs counted: -40 / 80 x 100 = -50 %
        ("Pertumbuhan wirausaha baru", "80", "-40", Fraction(-50), "orang"),
    ],
)
def test_a_share_or_count_named_with_a_change_word_below_zero_is_still_told(
    indikator, target, typed, capaian, satuan
):
    report = _one(indikator, target, ("-", typed, None, None), satuan=satuan)
    assert report.indicators[0].capaian == pytest.approx(float(capaian))
    (said,) = _at_target(report)
    assert "di bawah nol" in said and "Periksa realisasinya" in said, said


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Persentase peningkatan PAD", "%"),
        ("Pertumbuhan ekonomi", "persen"),
        ("Laju pertumbuhan PAD", "% per tahun"),
        ("Persentase kenaikan retribusi daerah", "Persen (%)"),
    ],
)
def test_a_growth_rate_in_percent_below_zero_stays_quiet(indikator, satuan):
    # fell 1,5 against a growth target of 5: -1,5 / 5 x 100 = -30 % Sangat Rendah, an honest figure
    report = _one(indikator, "5", ("-", "(1,5)", None, None), satuan=satuan)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(-3, 2) / 5 * 100))
    assert _at_target(report) == []


def _polaritas_said(indikator):
    # Polaritas blank: Positif; 2 + 0 (nihil) + 3 = 5 temuan of 12 s.d. TW III
    report = run(
        [
            kinerja_row(
                "S1", "Sasaran", "", "Sasaran", indikator, "12", ("2", "nihil", "3", None), satuan="temuan"
            )
        ],
        triwulan=3,
    )
    return [f.pesan for f in report.findings if f.sel == "G2"]


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase temuan yang berulang yang telah ditindaklanjuti",
        "Jumlah temuan yang berulang yang ditindaklanjuti",
        "Persentase temuan yg berulang yang diselesaikan",
        "Jumlah temuan yang terulang dan sudah tuntas ditindaklanjuti",
    ],
)
def test_repeated_findings_followed_up_stay_quiet(indikator):
    assert _polaritas_said(indikator) == []


@pytest.mark.parametrize(
    "indikator",
    ["Jumlah temuan yang berulang", "Jumlah temuan yang berulang (BPK)", "Jumlah temuan yg terulang"],
)
def test_repeated_findings_themselves_still_told(indikator):
    (said,) = _polaritas_said(indikator)
    assert 'pilih "Negatif"' in said, said


def test_the_negatif_kumulatif_note_reads_as_one_sentence_with_its_list_after_one_colon():
    """The DLH's TW III note (timbulan sampah 32.845,75 of 42.500 ton: 122,72 %): why first, then the
    names after a single colon, as the Positif note reads; two colons in one sentence read as a slip."""
    report = run(_dlh_rows(), triwulan=3)
    (note,) = _notes(capaian_tujuan_sasaran.layout(report), NEGATIF_NOTE)
    assert note.count(":") == 1, note
    reason, names = note.split(":")
    assert "menurunkan capaiannya" in reason and "belum menggambarkan capaian akhir tahun" in reason, note
    assert TIMBULAN in names and KASUS in names and note.endswith("."), note
