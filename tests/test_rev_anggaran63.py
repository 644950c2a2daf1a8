"""rev_anggaran63: review of anggaran63's galat of spending more than ten times its pagu (serapan_mustahil).

- A Kinerja Kegiatan row (pagu_seribu.pagu_thousandth asks programs only) with its pagu typed in ribuan
  beside spending in rupiah: the galat said only "periksa pagu dan realisasi", though the ribuan reading
  fits (its penyerapan at most 100 %); now that reading is named with the figure to type.
"""

from __future__ import annotations

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, kinerja_row, run

_P = "2.06.04"


def _kegiatan_in_kinerja():
    # the Kegiatan A a node of Kinerja too: its Anggaran row is counted as its own (not a rincian)
    return [
        *_kinerja(),
        kinerja_row(f"{_P}.1.01", "Kegiatan", _P, "Kegiatan A", "Jumlah KPM", "10", (5, 5, None, None),
                    satuan="orang", jenis="Kumulatif"),
    ]  # fmt: skip


def test_a_kinerja_kegiatan_s_pagu_in_ribuan_is_told_its_ribuan_reading():
    # program 1.200.000.000 (150 + 300 jt spent); Kegiatan A "500.000" with 100 + 200 jt = 300.000.000 spent:
    # 300.000.000 / 500.000 = 600 times (60.000 %), above ten times: the galat at G3. Read in ribuan the pagu
    # is 500.000 x 1.000 = 500.000.000 and 300.000.000 / 500.000.000 = 60,00 %: that reading named
    report = run(
        _kegiatan_in_kinerja(),
        [
            anggaran_row(_P, _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
            anggaran_row(
                f"{_P}.1.01", "Kegiatan A", "", "500.000", ("100.000.000", "200.000.000", None, None)
            ),
        ],
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"G3"}, galat
    assert "60.000% dari pagu (Rp 500.000 di Anggaran!D3)" in galat["G3"], galat
    assert "bila pagunya dalam ribuan rupiah, tulis 500.000.000 (penyerapan 60,00%)" in galat["G3"], galat


def test_spending_beyond_even_the_ribuan_reading_names_no_figure_to_type():
    # pagu 1.000.000, 1.000.000.000 + 1.083.500.000 spent: in ribuan 1.000.000.000, still 208,35 %: no pagu
    # to type is named (as anggaran63's test), "dengan pagu dalam ribuan rupiah pun 208,35%"
    report = run(
        _kinerja(),
        [anggaran_row(_P, _PROGRAM, "", "1.000.000", ("1.000.000.000", "1.083.500.000", None, None))],
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)["G2"]
    assert "pun 208,35%" in galat and "bila pagunya dalam ribuan" not in galat, galat


def test_a_rincian_s_spending_beyond_its_pagu_still_has_its_realisasi_compared_with_its_program_s():
    # as above: the program 150 + 300 = 450.000.000 spent, its one Kegiatan 100 + 200 = 300.000.000, less by
    # 450.000.000 - 300.000.000 = 150.000.000. The Kegiatan's galat withholds its pagu only (its realisasi
    # stands), so the program's realisasi is still compared with it at G2 (before: quiet, the galat at G3
    # taken as an unread realisasi)
    report = run(
        _kegiatan_in_kinerja(),
        [
            anggaran_row(_P, _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
            anggaran_row(
                f"{_P}.1.01", "Kegiatan A", "", "500.000", ("100.000.000", "200.000.000", None, None)
            ),
        ],
    )
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "(Rp 450.000.000) tidak sama dengan jumlah rinciannya" in said.get("G2", ""), said
    assert "(Rp 300.000.000: 2.06.04.1.01 baris 3), lebih Rp 150.000.000" in said["G2"], said
