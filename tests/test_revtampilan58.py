"""Review of tampilan58: near-miss typings of its cases.

1. A range target typed with `s/d` (`75 s/d 80` under Satuan `Orang`, as common as `s.d.`) lost its
   Satuan in Word's Tabel 2.2/2.3/2.4/L.1, where `75 s.d. 80` and `75 - 80` carry it (tampilan58).
2. A Target typed in whole rupiah without `Rp` (`325.000.000.000`) beside a Target Perubahan `350` under
   `Milyar Rupiah` was untold, where `Rp 325.000.000.000` is a galat at the Target (tampilan58).
"""

from __future__ import annotations

from tests.common import kinerja_row
from tests.test_tampilan57 import _cell, _findings, _investasi, _laporan

# --- 1. a range typed with s/d or sampai in Word's tables -------------------------------------------

RENTANG = [
    # 78 of 75 s/d 80 Orang, 60 sampai 85 Orang: within the range
    kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya kualitas SDM koperasi", "Jumlah peserta pelatihan", "75 s/d 80",
        "40", "38", **{"Satuan": "Orang", "Jenis Realisasi": "Kumulatif"},
    ),
    kinerja_row(
        "S2", "Sasaran", "", "Meningkatnya kualitas SDM UMKM", "Jumlah peserta magang", "60 sampai 85",
        "40", "38", **{"Satuan": "Orang", "Jenis Realisasi": "Kumulatif"},
    ),
]  # fmt: skip


def test_word_tables_keep_the_satuan_of_a_range_typed_with_s_slash_d_or_sampai(tmp_path):
    document = _laporan(tmp_path, RENTANG)
    for number in ("Tabel 2.2", "Tabel 2.3", "Tabel L.1", "Tabel 2.4"):
        column = 2 if number == "Tabel 2.4" else 3  # (2.4: the node, the indicator, the target)
        assert _cell(document, number, "Jumlah peserta pelatihan", column) == "75 s/d 80 Orang", number
        assert _cell(document, number, "Jumlah peserta magang", column) == "60 sampai 85 Orang", number


# --- 2. a whole rupiah Target without Rp beside a Target Perubahan ----------------------------------


def test_a_plain_whole_rupiah_target_beside_a_target_perubahan_in_milyar_is_told(tmp_path):
    # 325.000.000.000 / 1.000.000.000 = 325 milyar: the Target to type; the capaian is the Target
    # Perubahan's, 80 + 95 = 175 of 350: 50 %
    ind, said = _findings(tmp_path, _investasi("325.000.000.000", "80", "95", **{"Target Perubahan": "350"}))
    assert ind.capaian == 50.0  # 175 / 350 x 100
    told = [m for m in said.get("I4", []) if "tulis Target 325 (Rp 325.000.000.000 / 1.000.000.000)" in m[1]]
    assert told and told[0][0] == "galat", said


def test_a_target_a_little_above_its_target_perubahan_is_quiet(tmp_path):
    # 400 then revised to 350 milyar (a cut of 12,5 %): both in the Satuan; 175 of 350 = 50 %
    ind, said = _findings(tmp_path, _investasi("400", "80", "95", **{"Target Perubahan": "350"}))
    assert ind.capaian == 50.0
    assert not [m for ms in said.values() for m in ms if m[0] == "galat"], said


# --- 3. a quarter pasted in milyar rupiah under Triliun Rupiah -----------------------------------------


def test_a_quarter_pasted_in_milyar_under_triliun_rupiah_is_a_galat_naming_it(tmp_path):
    # 2.100 milyar = Rp 2.100.000.000.000 = 2,1 triliun, beside a Target 5 (Triliun Rupiah): read in
    # triliun (2.100 + 1,9) / 5 x 100 = 42.038 %, 420 times the target, as 78.450 juta under Milyar Rupiah
    ind, said = _findings(tmp_path, _investasi("5", "2.100", "1,9", Satuan="Triliun Rupiah"))
    assert ind.capaian is None  # was 42.038 %
    (galat,) = said["K4"]
    assert galat[0] == "galat", galat
    assert "milyar rupiah (Rp 2.100.000.000.000), tulis 2,1 (2.100 / 1.000)" in galat[1], galat


def test_a_quarter_in_triliun_a_few_times_the_target_is_computed(tmp_path):
    # 9 + 1,9 = 10,9 of 5 triliun: 218 % (a realisasi that beat its target, not a hundred times it)
    ind, said = _findings(tmp_path, _investasi("5", "9", "1,9", Satuan="Triliun Rupiah"))
    assert ind.capaian is not None and round(ind.capaian, 2) == 218.0  # 10,9 / 5 x 100
    assert not [m for ms in said.values() for m in ms if m[0] == "galat"], said


# --- 4. "5 M" under Satuan m2 ------------------------------------------------------------------------


def test_m_under_a_satuan_of_square_metres_is_never_told_as_miliar():
    # "M" under m2: square metres with the 2 left off (5 m2 is 5 in the Satuan), as under Ha (tampilan58)
    from tests.test_length_area_units import _galat_at_l2

    galat = _galat_at_l2("5 M", "m2")
    assert "miliar" not in galat, galat  # was "'M' bisa berarti miliar atau meter"
    assert "bila meter persegi: 5 m2, jadi tulis 5" in galat, galat
