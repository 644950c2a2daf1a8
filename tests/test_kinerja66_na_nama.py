"""kinerja66, the rest (tests/test_kinerja66.py has the status texts):

- `N/A` in a Kumulatif's reported quarter: said only in the note under Tabel 3.1, the check quiet; now a
  peringatan at the cell, as a blank reported quarter gets.
- `Persentase penduduk miskin dan rentan`, `... rentan miskin`: no Negatif question while `penduduk
  miskin` gets one; now asked. `balita non-stunting`, `tidak stunting`, `desa anti-stunting` were asked
  Negatif as `balita stunting` is; now quiet.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV. The report is of TW II.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _row(indikator, satuan, target, tws, jenis="Nilai Akhir", polaritas=None):
    return run([kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis,
                            polaritas=polaritas)])  # fmt: skip


def _said(report):
    """The row's findings, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


# --- 5. N/A in the reported quarter ------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["N/A", "n/a", "NA", "n.a.", "N / A"])
def test_not_available_in_a_kumulatifs_reported_quarter_is_told(typed):
    # Kumulatif, Target 100, TW I 40, TW II not available: 40 / 100 x 100 = 40 % Sangat Rendah, computed as
    # before; before, the check said nothing (only the note under Tabel 3.1)
    report = _row("Jumlah UMKM binaan", "Unit", "100", ("40", typed, None, None), jenis="Kumulatif")
    assert report.indicators[0].capaian_exact == Fraction(40)
    (said,) = _at(report, "L2")
    assert said.severity == PERINGATAN, said.pesan
    assert (
        "(triwulan yang dilaporkan)" in said.pesan
        and "realisasi s.d. TW II dihitung dari TW I saja" in said.pesan
    )


def test_not_available_in_a_nilai_akhirs_reported_quarter_is_told():
    # TW I 40 is the Nilai Akhir's figure so far: 40 / 100 x 100 = 40 %
    report = _row("Jumlah UMKM binaan", "Unit", "100", ("40", "N/A", None, None))
    assert report.indicators[0].capaian_exact == Fraction(40)
    (said,) = _at(report, "L2")
    assert said.severity == PERINGATAN and "diambil dari TW I saja" in said.pesan, said.pesan


@pytest.mark.parametrize(
    "tws", [("40", "-", None, None), (None, "N/A", None, None), ("N/A", "50", None, None)]
)
def test_a_dash_or_not_available_elsewhere_stays_quiet(tws):
    # "-" typed on purpose (the seed's); N/A with no earlier figure (belum diketahui, as before) or in TW I
    report = _row("Jumlah UMKM binaan", "Unit", "100", tws, jenis="Kumulatif")
    assert not [f for f in _at(report, "L2") if "N/A" in f.pesan or '"-"' in f.pesan], messages(report)


def test_check_export_and_build_agree_on_not_available(tmp_path):
    from tests.common import kinerja_row as row
    from tests.test_kinerja64 import one_row_through_three_fronts

    more = {"Satuan": "Unit", "Polaritas": "Positif", "Jenis Realisasi": "Kumulatif"}
    # row 4: Target 100, TW I 40, TW II "N/A": 40 / 100 x 100 = 40 % Sangat Rendah (before: "0 galat, 0
    # peringatan", the note under Tabel 3.1 alone)
    kinerja = row("T1", "Tujuan", None, "Meningkatnya UMKM", "Jumlah UMKM binaan", "100", "40", "N/A", **more)
    output, got, found = one_row_through_three_fronts(tmp_path, "Dinkop", kinerja, "Jumlah UMKM binaan")
    assert "Kinerja!L4" in output and 'berisi "N/A"' in output, output
    assert got == pytest.approx((100, 40, 40))
    # Target, TW I, TW II, TW III, TW IV, Realisasi s.d. TW II, Capaian, Kriteria
    assert found[4:12] == (100, 40, "N/A", "-", "-", 40, 40, "Sangat Rendah"), found


# --- 4. an indicator's name and Polaritas -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "named"),
    [
        ("Persentase penduduk miskin dan rentan", '"penduduk miskin"'),
        ("Persentase penduduk miskin dan rentan miskin", '"penduduk miskin"'),
        ("Persentase rumah tangga miskin dan rentan", '"rumah tangga miskin"'),
        ("Persentase penduduk rentan miskin", '"penduduk rentan miskin"'),
        # a hyphen read as a space, asked as before
        ("Persentase balita-stunting", "stunting"),
        ("Angka-kematian ibu", "kematian"),
    ],
)
def test_a_poor_and_vulnerable_share_is_asked_negatif(indikator, named):
    # Polaritas blank, read Positif: Target 15, TW II 12, Nilai Akhir 12 / 15 x 100 = 80 % Tinggi (Negatif's
    # (2 x 15 - 12) / 15 x 100 = 120 %); before: nothing said of "miskin dan rentan", "rentan miskin"
    report = _row(indikator, "%", "15", ("14", "12", None, None))
    assert report.indicators[0].capaian_exact == Fraction(80)
    (said,) = _at(report, "G2")
    assert said.severity == PERINGATAN and named in said.pesan and "Negatif" in said.pesan, said.pesan


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase balita non-stunting",
        "Persentase balita non stunting",
        "Persentase balita tidak stunting",
        "Jumlah desa anti-stunting",
        "Persentase lahan non-produktif yang dimanfaatkan",
        "Cakupan pelayanan penduduk miskin dan rentan",  # the part served, as "penduduk miskin" there
        "Penurunan angka-kematian ibu",
    ],
)
def test_a_negated_or_served_name_stays_quiet(indikator):
    # Polaritas blank: read Positif without a word (85 / 90 x 100 = 94,44 %); before, "non-stunting",
    # "tidak stunting", "anti-stunting" were asked Negatif as "balita stunting"
    report = _row(indikator, "%", "90", ("80", "85", None, None))
    assert report.indicators[0].capaian_exact == Fraction(8500, 90)
    assert _said(report) == [], messages(report)
