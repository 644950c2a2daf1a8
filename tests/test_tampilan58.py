"""Figures under a scaled rupiah Satuan left open by tampilan57's review (tampilan58).

1. A quarter pasted in juta rupiah under Satuan `Milyar Rupiah` (`78.450`, the BPKAD's report in Rp
   juta, beside a Target `325`) was read as 78.450 milyar: a capaian of 24.163,85 % with only the
   ten-times peringatan at the target. A galat now names the figure to type (`78,45`) when the juta
   reading is near the target's size (a hundredth of it to ten times it) and the plain one a hundred
   times the target or more.
2. A Target `Rp 325.000.000.000` beside a Target Perubahan `350` under `Milyar Rupiah`: the Target
   Perubahan was computed and the whole rupiah Target shown under Milyar Rupiah without a word.
3. `5 M` under Satuan `Ha` was told `'M' bisa berarti miliar atau meter`: an area is told in square
   metres, as a length is told in metres (tampilan57).
"""

from __future__ import annotations

import pytest

from tests.common import kinerja_row
from tests.test_length_area_units import _galat_at_l2
from tests.test_tampilan57 import _cell, _findings, _investasi, _laporan

# --- 1. a quarter pasted in juta rupiah under Milyar Rupiah -------------------------------------------


@pytest.mark.parametrize(
    ("tw1", "rupiah", "tulis"),
    [
        # 78.450 juta = Rp 78.450.000.000 = 78,45 milyar; read in milyar (78.450 + 82,5) / 325 x 100
        # = 24.163,85 %, 241 times the target
        ("78.450", "Rp 78.450.000.000", "tulis 78,45 (78.450 / 1.000)"),
        # 78.450,13 juta = Rp 78.450.130.000 = 78,45013 milyar
        ("78.450,13", "Rp 78.450.130.000", "tulis 78,45013 (78.450,13 / 1.000)"),
    ],
)
def test_a_quarter_pasted_in_juta_under_milyar_rupiah_is_a_galat_naming_it(tmp_path, tw1, rupiah, tulis):
    ind, said = _findings(tmp_path, _investasi("325", tw1, "82,5"))
    assert ind.capaian is None  # was 24.163,85 %
    (galat,) = said["K4"]
    assert galat[0] == "galat", galat
    assert f"juta rupiah ({rupiah}), {tulis}" in galat[1], galat
    assert not [m for m in said.get("I4", []) if "10 kali" in m[1]], said  # (the galat says it)


def test_a_quarter_in_milyar_a_few_times_the_target_is_computed(tmp_path):
    # 900 + 82,5 = 982,5 of 325 milyar: 302,31 % (3,02 times: a realisasi that beat its target, no
    # hundred times it); in juta 900 would be 0,9 milyar, no reading to name
    ind, said = _findings(tmp_path, _investasi("325", "900", "82,5"))
    assert ind.capaian is not None and round(ind.capaian, 2) == 302.31  # 982,5 / 325 x 100
    assert not [m for ms in said.values() for m in ms if m[0] == "galat"], said


# --- 2. a whole rupiah Target beside a Target Perubahan in milyar -------------------------------------


def test_a_whole_rupiah_target_beside_a_target_perubahan_in_milyar_is_told(tmp_path):
    # Rp 325.000.000.000 / 1.000.000.000 = 325 milyar: the Target to type; the Target Perubahan 350
    # computes (80 + 95 = 175 of 350: 50 %), the Target Tabel 2.x prints is told at its cell
    ind, said = _findings(
        tmp_path, _investasi("Rp 325.000.000.000", "80", "95", **{"Target Perubahan": "350"})
    )
    assert ind.capaian == 50.0  # 175 / 350 x 100, from the Target Perubahan
    told = [m for m in said.get("I4", []) if "tulis Target 325 (Rp 325.000.000.000 / 1.000.000.000)" in m[1]]
    assert told and told[0][0] == "galat", said


# --- 3. "5 M" under Satuan Ha ------------------------------------------------------------------------


def test_m_under_an_area_satuan_is_told_in_square_metres_never_as_miliar():
    # 5 m2 / 10.000 m2 per ha = 0,0005 ha; "M" no unit of an area: named as square metres, or a slip of Ha
    galat = _galat_at_l2("5 M", "Ha")
    assert "miliar" not in galat, galat  # was "'M' bisa berarti miliar atau meter"
    assert "bila meter persegi: 5 m2 = 0,0005 Ha, jadi tulis 0,0005" in galat, galat
    assert "(atau salah ketik Ha?)" in galat, galat


# --- 4. a range target in Word's tables without a Satuan column ---------------------------------------

PELATIHAN = "Jumlah peserta pelatihan"
PENDAPATAN = "Nilai pendapatan UMKM binaan"
ROWS_RENTANG = [
    # 78 of 75 - 80 Orang: within the range
    kinerja_row(
        "T1", "Tujuan", "", "Meningkatnya kualitas SDM koperasi", PELATIHAN, "75 - 80", "40", "38",
        **{"Satuan": "Orang", "Jenis Realisasi": "Kumulatif"},
    ),
    # 700 + 900 = 1.600 of 1.500 - 2.000 Juta Rupiah: within the range
    kinerja_row(
        "S1", "Sasaran", "T1", "Meningkatnya pendapatan UMKM", PENDAPATAN, "1.500 - 2.000", "700", "900",
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif"},
    ),
]  # fmt: skip


def test_word_tables_keep_a_range_targets_satuan(tmp_path):
    # a single figure carries its Satuan in these tables (tampilan57: "1.500 Juta Rupiah"): a range too
    document = _laporan(tmp_path, ROWS_RENTANG)
    for number in ("Tabel 2.2", "Tabel 2.3", "Tabel L.1", "Tabel 2.4"):
        column = 2 if number == "Tabel 2.4" else 3  # (2.4: the node, the indicator, the target)
        if number in ("Tabel 2.2", "Tabel 2.4"):  # (2.3 and L.1 list the Sasaran only)
            assert _cell(document, number, PELATIHAN, column) == "75 - 80 Orang", number  # was 75 - 80
        assert _cell(document, number, PENDAPATAN, column) == "1.500 - 2.000 Juta Rupiah", number


# --- 5. last year beside a realisasi shown in the target's scale --------------------------------------


def test_last_year_beside_a_realisasi_in_milyar_shows_the_decimals_the_percentage_needs(tmp_path):
    from lkj_xl.core import contract as c
    from tests.helpers_staff import built_new_workbook
    from tests.test_tampilan56 import _rupiah_row
    from tests.test_tampilan57 import PASAR, _shown

    # Rp 0,35 M + Rp 0,42 M = 0,77 milyar of Rp 1,5 M; last year Rp 705 jt = 0,705 milyar. Selisih
    # 0,77 - 0,705 = 0,065 milyar; perubahan 0,065 / 0,705 x 100 = 9,2198... -> 9,22 %. Shown at two
    # decimals, 0,71 -> 0,77 recomputes (0,06 / 0,71) 8,45 %: the row shows the third decimal where a
    # figure has it; 0,77 has two of its own and shows them (output63: was 0,770 milyar, the same value:
    # 0,77 - 0,705 = 0,065 and 0,065 / 0,705 = 9,22 % recomputed alike).
    row = _rupiah_row("Rp 1,5 M", "Rp 0,35 M", "Rp 0,42 M", **{c.H_REALISASI_TAHUN_LALU: "Rp 705 jt"})
    wb = built_new_workbook(tmp_path, [row])
    shown = _shown(wb[c.SHEET_PERBANDINGAN], PASAR)
    assert shown[-5:] == ["0,705 milyar", "0,77 milyar", "0,065 milyar", "9,22", "Membaik"], shown
