"""Figures printed wrong without a word, left open by the last stop (figures64).

1. A Target in another rupiah scale than its quarters where the Satuan counts in ribu or juta: `Ribu
   Rupiah` with the Target in whole rupiah (`1.250.000.000` beside `300.000`, `400.000`), `Juta Rupiah`
   with it in ribuan (`1.250.000` beside `300`, `400`), or so as the Target Perubahan, or beside one:
   0,056 % printed untold. Now the galat a Target pasted under `Milyar Rupiah` gets (rupiah_penuh), a
   peringatan beside a lower-is-better realisasi (computed: that low may be a good result).
2. A figure below zero under an index's, a ratio's or a score's Satuan (`Indeks Gini` TW II `-0,01`: a
   fall typed instead of the level): summed or taken (202,63 % of a Negatif Gini). Now a galat at its cell.
3. A rate per mil whose Jenis Realisasi was left blank with one quarter counted was named in the note
   under Tabel 3.1 / 3.2 as a Kumulatif sum of the quarters run so far, though nothing was summed.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.tables import capaian_program, capaian_tujuan_sasaran
from tests import test_engine
from tests.common import kinerja_row
from tests.test_tampilan57 import _findings


def _all(said):
    return [m for ms in said.values() for m in ms]


def _investasi(target, tw1, tw2, **more):
    # (row 4 of `lkj-xl new`'s Kinerja: Target I4, Target Perubahan J4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya investasi", "Nilai realisasi investasi", target, tw1, tw2,
        **{"Satuan": "Juta Rupiah", "Jenis Realisasi": "Kumulatif", **more},
    )  # fmt: skip


# --- 1. a Target in another rupiah scale than its quarters ---------------------------------------------


@pytest.mark.parametrize(
    ("target", "tw1", "tw2", "satuan", "told"),
    [
        # 300.000 + 400.000 = 700.000 ribu; read as typed 700.000 / 1.250.000.000 x 100 = 0,056 % (was
        # printed untold). Rp 1.250.000.000 / 1.000 = 1.250.000 ribu; 1.250.000.000 / 700.000 = 1.785,7
        (
            "1.250.000.000", "300.000", "400.000", "Ribu Rupiah",
            'tampaknya ditulis dalam rupiah penuh, padahal Satuan "Ribu Rupiah" dan realisasi s.d. TW II '
            "(700.000) ditulis dalam Satuan itu (dibaca 1.250.000.000 Ribu Rupiah, 1.786 kali realisasinya)",
        ),
        (
            "1.250.000.000", "300.000", "400.000", "Ribu Rupiah",
            "Bila rupiah penuh (Rp 1.250.000.000), tulis 1.250.000 (1.250.000.000 / 1.000)",
        ),
        # 300 + 400 = 700 juta; 700 / 1.250.000 x 100 = 0,056 % (was untold). 1.250.000 ribu x 1.000 =
        # Rp 1.250.000.000 = 1.250 juta
        (
            "1.250.000", "300", "400", "Juta Rupiah",
            'tampaknya ditulis dalam ribuan rupiah, padahal Satuan "Juta Rupiah" dan realisasi s.d. TW II (700)',
        ),
        (
            "1.250.000", "300", "400", "Juta Rupiah",
            "Bila ribuan rupiah (Rp 1.250.000.000), tulis 1.250 (1.250.000 / 1.000)",
        ),
        # a Target in whole rupiah under Juta Rupiah, as before (tampilan60): 1.250.000.000 / 10^6 = 1.250
        ("1.250.000.000", "300", "400", "Juta Rupiah", "tulis 1.250 (1.250.000.000 / 1.000.000)"),
    ],
)  # fmt: skip
def test_a_target_in_a_smaller_rupiah_scale_than_its_satuan_is_a_galat(
    tmp_path, target, tw1, tw2, satuan, told
):
    ind, said = _findings(tmp_path, _investasi(target, tw1, tw2, Satuan=satuan))
    assert ind.capaian is None  # was 0,056 % Sangat Rendah, untold
    (galat,) = said["I4"]
    assert galat[0] == "galat" and told in galat[1], galat
    assert "capaian tidak dihitung" in galat[1], galat


@pytest.mark.parametrize(
    ("tw1", "tw2", "jenis", "told"),
    [
        # Rata-rata: (300 + 400) / 2 = 350; 1.250.000 / 350 = 3.571,4 times (a level's hundred times passed)
        ("300", "400", "Rata-rata", "realisasi s.d. TW II (350) ditulis dalam Satuan itu (dibaca 1.250.000 "
         "Juta Rupiah, 3.571 kali realisasinya)"),
        # Nilai Akhir: TW II's 400; 1.250.000 / 400 = 3.125 times
        ("300", "400", "Nilai Akhir", "(dibaca 1.250.000 Juta Rupiah, 3.125 kali realisasinya)"),
    ],
)  # fmt: skip
def test_a_ribuan_target_of_a_level_under_juta_rupiah_is_a_galat(tmp_path, tw1, tw2, jenis, told):
    ind, said = _findings(tmp_path, _investasi("1.250.000", tw1, tw2, **{"Jenis Realisasi": jenis}))
    assert ind.capaian is None  # was 0,028 % (0,032 %) with the seperseribu peringatan only
    (galat,) = said["I4"]
    assert galat[0] == "galat" and told in galat[1], galat


@pytest.mark.parametrize(
    ("target", "perubahan", "satuan", "told"),
    [
        # the Target Perubahan applies: 700.000 / 1.250.000.000 x 100 = 0,056 % was printed untold
        ("1.000.000", "1.250.000.000", "Ribu Rupiah", "tulis 1.250.000 (1.250.000.000 / 1.000)"),
        # 700 / 1.250.000 x 100 = 0,056 % untold; 1.250.000 ribu = 1.250 juta
        ("1.000", "1.250.000", "Juta Rupiah", "tulis 1.250 (1.250.000 / 1.000)"),
    ],
)
def test_a_target_perubahan_in_a_smaller_scale_is_the_galat_at_its_cell(
    tmp_path, target, perubahan, satuan, told
):
    tw1, tw2 = ("300.000", "400.000") if satuan == "Ribu Rupiah" else ("300", "400")
    row = _investasi(target, tw1, tw2, Satuan=satuan, **{"Target Perubahan": perubahan})
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is None
    (galat,) = said["J4"]
    assert galat[0] == "galat" and galat[1].startswith("Target Perubahan"), galat
    assert told in galat[1], galat


@pytest.mark.parametrize(
    ("target", "perubahan", "satuan", "tw1", "tw2", "told"),
    [
        # the Target Perubahan 1.250.000 (ribu) applies: 700.000 / 1.250.000 x 100 = 56 %; the Target
        # Rp 1.000.000.000 / 1.000 = 1.000.000 ribu (the PK's tables printed 1.000.000.000 Ribu Rupiah untold)
        ("1.000.000.000", "1.250.000", "Ribu Rupiah", "300.000", "400.000",
         "tulis Target 1.000.000 (Rp 1.000.000.000 / 1.000)"),
        # 700 / 1.250 x 100 = 56 %; the Target 1.000.000 ribu = 1.000 juta (printed 1.000.000 Juta Rupiah)
        ("1.000.000", "1.250", "Juta Rupiah", "300", "400", "tulis Target 1.000 (1.000.000 / 1.000)"),
    ],
)  # fmt: skip
def test_a_target_in_a_smaller_scale_beside_its_target_perubahan_is_told(
    tmp_path, target, perubahan, satuan, tw1, tw2, told
):
    row = _investasi(target, tw1, tw2, Satuan=satuan, **{"Target Perubahan": perubahan})
    ind, said = _findings(tmp_path, row)
    assert ind.capaian == 56.0
    (galat,) = said["I4"]
    assert galat[0] == "galat" and told in galat[1], galat
    assert "capaian dihitung dari Target Perubahan" in galat[1], galat


@pytest.mark.parametrize(
    ("target", "tw1", "tw2", "satuan", "told"),
    [
        ("1.250.000", "300", "400", "Juta Rupiah", "Bila ribuan rupiah (Rp 1.250.000.000), tulis 1.250"),
        ("1.250.000.000", "300.000", "400.000", "Ribu Rupiah", "Bila rupiah penuh (Rp 1.250.000.000), tulis 1.250.000"),
    ],
)  # fmt: skip
def test_a_lower_is_better_amount_beside_a_target_in_a_smaller_scale_is_a_peringatan(
    tmp_path, target, tw1, tw2, satuan, told
):
    ind, said = _findings(tmp_path, _investasi(target, tw1, tw2, Satuan=satuan, Polaritas="Negatif"))
    # computed as typed: (2 x 1.250.000 - 700) / 1.250.000 x 100 = 199,944 % (the same with 700.000 of
    # 1.250.000.000); was printed Sangat Tinggi without a word
    assert ind.capaian == pytest.approx(199.944)
    (peringatan,) = said["I4"]
    assert peringatan[0] == "peringatan" and told in peringatan[1], peringatan
    assert "capaian dihitung apa adanya" in peringatan[1] and "biarkan" in peringatan[1], peringatan


@pytest.mark.parametrize(
    ("target", "tw1", "tw2", "satuan", "capaian"),
    [
        # in the Satuan's own scale: 700.000 / 1.250.000 x 100 = 56 %
        ("1.250.000", "300.000", "400.000", "Ribu Rupiah", 56.0),
        # a large Target under Ribu Rupiah close enough to its realisasi (a slow start): 700.000 /
        # 250.000.000 x 100 = 0,28 %, the Target 357 times the realisasi, under 1.000 / 2 = 500
        ("250.000.000", "300.000", "400.000", "Ribu Rupiah", 0.28),
        # a ribuan figure under Juta Rupiah within 500 times: 700 / 300.000 x 100 = 0,2333 % (428 times)
        ("300.000", "300", "400", "Juta Rupiah", 0.2333),
    ],
)
def test_a_target_in_the_satuans_scale_or_a_slow_start_is_computed(
    tmp_path, target, tw1, tw2, satuan, capaian
):
    ind, said = _findings(tmp_path, _investasi(target, tw1, tw2, Satuan=satuan))
    assert ind.capaian is not None and round(ind.capaian, 4) == capaian
    assert not [m for m in _all(said) if m[0] == "galat"], said


def test_a_juta_target_that_as_ribuan_is_below_one_juta_is_read_as_typed(tmp_path):
    # Stop 51's CI draw (the lead, stop 52): a Nilai Akhir Target 20 Juta Rupiah beside TW II 0,2, a
    # hundred times: as ribuan Rp 20.000 (0,02 juta) was a galat "tulis 0,02". Below Rp 1 juta no Target of
    # that Satuan: read as typed, 0,2 / 20 x 100 = 1 % (Sangat Rendah, loud enough).
    row = _investasi("20", "", "0,2", **{"Jenis Realisasi": "Nilai Akhir"})
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is not None and round(ind.capaian, 4) == 1.0
    assert not [m for m in _all(said) if m[0] == "galat"], said
    # the long run's draw: 652 beside 3,41 (191 times; as ribuan Rp 652.000): 3,41 / 652 x 100 = 0,5230 %
    ind, said = _findings(tmp_path, _investasi("652", "", "3,41", **{"Jenis Realisasi": "Nilai Akhir"}))
    assert ind.capaian is not None and round(ind.capaian, 4) == 0.523
    assert not [m for m in _all(said) if m[0] == "galat"], said
    # at Rp 1 juta the ribuan reading stands: 1.000 ribu = 1 juta, 0,2 within 1 / 100 .. 10 x 1 juta,
    # 1.000 / 0,2 = 5.000 times: a galat at the Target, no capaian
    ind, said = _findings(tmp_path, _investasi("1.000", "", "0,2", **{"Jenis Realisasi": "Nilai Akhir"}))
    assert ind.capaian is None
    assert any("ribuan rupiah" in m[1] and "tulis 1 (1.000 / 1.000)" in m[1] for m in _all(said)), said


# --- 2. a figure below zero under an index's, a ratio's or a score's Satuan ------------------------------


def _gini(satuan, tw1, tw2, **more):
    # (Target I4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Menurunnya ketimpangan pendapatan", "Indeks Gini", "0,38", tw1, tw2,
        **{"Satuan": satuan, **more},
    )  # fmt: skip


@pytest.mark.parametrize(
    "satuan", ["Indeks Gini", "Indeks", "Rasio", "Nilai", "poin", "Skor", "Nilai Indeks"]
)
def test_a_fall_typed_for_the_level_of_an_index_is_a_galat(tmp_path, satuan):
    ind, said = _findings(tmp_path, _gini(satuan, "0,38", "-0,01"))
    # was summed (Jenis blank): 0,38 + (-0,01) = 0,37, 0,37 / 0,38 x 100 = 97,37 % Sangat Tinggi
    assert ind.capaian is None
    (galat,) = said["L4"]  # (one finding: under Nilai or poin no "dihitung apa adanya" peringatan too)
    assert galat[0] == "galat", galat
    assert f'"-0,01" dibaca -0,01, padahal Satuan "{satuan}" tidak bisa di bawah nol' in galat[1], galat
    assert "penurunan dari nilai sebelumnya" in galat[1], galat
    assert "tulis nilainya (nilai sebelumnya dikurangi 0,01)" in galat[1], galat


def test_a_negatif_gini_taken_as_its_last_quarter_is_no_longer_202_percent(tmp_path):
    row = _gini("Indeks Gini", "0,38", "-0,01", Polaritas="Negatif", **{"Jenis Realisasi": "Nilai Akhir"})
    ind, said = _findings(tmp_path, row)
    # was (2 x 0,38 - (-0,01)) / 0,38 x 100 = 0,77 / 0,38 x 100 = 202,63 % Sangat Tinggi
    assert ind.capaian is None
    assert said["L4"][0][0] == "galat", said


def test_the_level_behind_a_stray_minus_or_brackets_names_the_figure(tmp_path):
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya pelayanan", "Indeks Kepuasan Masyarakat", "80", "78", "(79,5)",
        **{"Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir"},
    )  # fmt: skip
    ind, said = _findings(tmp_path, row)
    # 79,5 is at least half the target 80: the level, its brackets a PDF's minus; was -79,5 / 80 x 100 =
    # -99,375 % with only the capaian-below-zero peringatan
    assert ind.capaian is None
    (galat,) = said["L4"]
    assert "bila nilainya 79,5, tulis 79,5 (tanpa minus atau tanda kurung)" in galat[1], galat


def test_an_earlier_quarter_below_zero_of_a_nilai_akhir_is_a_peringatan(tmp_path):
    row = _gini("Indeks Gini", "-0,01", "0,37", **{"Jenis Realisasi": "Nilai Akhir"})
    ind, said = _findings(tmp_path, row)
    # TW II's 0,37 is the Nilai Akhir: 0,37 / 0,38 x 100 = 97,368... %
    assert ind.capaian is not None and round(ind.capaian, 2) == 97.37
    (peringatan,) = said["K4"]
    assert peringatan[0] == "peringatan" and "triwulan ini tidak dihitung" in peringatan[1], peringatan


@pytest.mark.parametrize(
    ("indikator", "satuan", "jenis", "capaian"),
    [
        # an indicator measuring a change may fall below zero: 1,5 + (-0,5) = 1, 1 / 2 x 100 = 50 %
        ("Pertumbuhan indeks harga produsen", "Indeks", None, 50.0),
        # a growth rate under %: as before
        ("Laju pertumbuhan ekonomi", "%", None, 50.0),
        # Kumulatif chosen: each quarter what it adds (the plus rule's too): 1,5 - 0,5 = 1 of 2
        ("Indeks Kepuasan Masyarakat", "Indeks", "Kumulatif", 50.0),
    ],
)
def test_a_change_or_a_chosen_sum_below_zero_stays_computed(tmp_path, indikator, satuan, jenis, capaian):
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya ekonomi", indikator, "2", "1,5", "-0,5",
        **{"Satuan": satuan, "Jenis Realisasi": jenis},
    )  # fmt: skip
    ind, said = _findings(tmp_path, row)
    assert ind.capaian == capaian
    assert "L4" not in said or all(m[0] != "galat" for m in said["L4"]), said


# --- 3. a per mil rate, Jenis Realisasi blank, one quarter counted ------------------------------------------

AKB = "Angka kematian bayi"
NEGATIF_NOTE = "Kumulatif bernilai negatif berikut"


def _notes(tws, triwulan, satuan="per 1.000 KH", jenis=None):
    row = test_engine.kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya derajat kesehatan", AKB, "8", tws,
        satuan=satuan, polaritas="Negatif", jenis=jenis,
    )  # fmt: skip
    report = test_engine.run([row], triwulan=triwulan)
    said = [
        v
        for table in (capaian_tujuan_sasaran, capaian_program)
        for lay_row in table.layout(report).rows
        for v in lay_row
        if isinstance(v, str) and NEGATIF_NOTE in v
    ]
    return report, said


@pytest.mark.parametrize("satuan", ["per 1.000 KH", "0/00", "‰"])
@pytest.mark.parametrize(
    ("tws", "triwulan"),
    [
        (("7", None, None, None), 1),  # TW I alone in its own report
        (("7", "-", None, None), 2),  # TW II "-" (no data): TW I's figure alone
        ((None, "7", None, None), 2),  # TW II alone
    ],
)
def test_a_rate_with_one_quarter_is_not_named_a_kumulatif_sum(satuan, tws, triwulan):
    report, said = _notes(tws, triwulan, satuan)
    # the rate of the one quarter: (2 x 8 - 7) / 8 x 100 = 112,5 %
    assert report.indicators[0].capaian == 112.5
    assert (
        said == []
    )  # was "(jumlah triwulan yang sudah berjalan) ... menambah jumlahnya": Angka kematian bayi


def test_a_rate_with_two_quarters_summed_keeps_the_note_and_its_peringatan():
    report, said = _notes(("4", "3", None, None), 2)
    # 4 + 3 = 7, summed as computed: (2 x 8 - 7) / 8 x 100 = 112,5 %; the note says what was computed,
    # the peringatan at the Jenis Realisasi asks to choose
    assert report.indicators[0].capaian == 112.5
    assert said and all(AKB in note for note in said), said
    assert any(f.sel == "H2" and "dijumlahkan" in f.pesan for f in report.findings), report.findings


@pytest.mark.parametrize(("satuan", "jenis"), [("%", None), ("per 1.000 KH", "Kumulatif")])
def test_a_percentage_left_blank_or_a_rate_chosen_kumulatif_stays_named(satuan, jenis):
    # a blank % is Kumulatif by the README's rule; a chosen Kumulatif is the staff's (112,5 % as above)
    _report, said = _notes(("7", None, None, None), 1, satuan, jenis)
    assert said and all(AKB in note for note in said), said


# --- 4. a quarter below zero under a percentage measuring no change ------------------------------------


def _rumah(indikator, jenis, tw2="-2,5"):
    # (Target I4, TW I K4, TW II L4)
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya kualitas permukiman", indikator, "80", "75", tw2,
        **{"Satuan": "%", "Jenis Realisasi": jenis},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("jenis", "capaian"),
    [
        # Rata-rata: (75 + (-2,5)) / 2 = 36,25; 36,25 / 80 x 100 = 45,3125 % (was printed without a word)
        ("Rata-rata", 45.3125),
        # blank (Kumulatif): 75 - 2,5 = 72,5; 72,5 / 80 x 100 = 90,625 % (only "Satuan % bukan jumlah" said)
        (None, 90.625),
    ],
)
def test_a_share_quarter_below_zero_is_a_peringatan_computed_as_typed(tmp_path, jenis, capaian):
    ind, said = _findings(tmp_path, _rumah("Persentase rumah layak huni", jenis))
    assert ind.capaian == capaian
    (peringatan,) = said["L4"]
    assert peringatan[0] == "peringatan", peringatan
    assert (
        '"-2,5" dibaca -2,5 %, di bawah nol, padahal persentasenya bagian dari keseluruhan, bukan perubahan'
        in peringatan[1]
    )
    assert "tulis nilainya (nilai sebelumnya dikurangi 2,5); bila memang -2,5 %, biarkan" in peringatan[1]


@pytest.mark.parametrize(
    ("indikator", "jenis"),
    [
        ("Laju pertumbuhan ekonomi", "Rata-rata"),  # a growth that fell: honest
        ("Persentase peningkatan PAD", None),  # a change named after Persentase
        ("Persentase rumah layak huni", "Kumulatif"),  # chosen: each quarter what it adds
        ("Tingkat inflasi", "Rata-rata"),  # a percentage named no share: a deflation may be below zero
    ],
)
def test_a_change_or_a_chosen_sum_under_percent_stays_quiet_at_its_quarter(tmp_path, indikator, jenis):
    _ind, said = _findings(tmp_path, _rumah(indikator, jenis))
    assert "L4" not in said, said


# --- 5. quarters in ribuan under a Satuan of whole rupiah ------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "tw1", "tw2", "triwulan", "capaian", "cell", "told"),
    [
        # 300.000 + 400.000 = 700.000; 700.000 / 1.250.000.000 x 100 = 0,056 % (was printed untold);
        # 1.250.000.000 / 700.000 = 1.785,7 times; in ribuan 700.000 x 1.000 = Rp 700.000.000
        ("Rupiah", "300.000", "400.000", 2, 0.056, "L4",
         "(700.000) tampaknya ditulis dalam ribuan rupiah, padahal Satuan \"Rupiah\" dan Target (1.250.000.000) "
         "ditulis dalam rupiah penuh (dibaca Rp 700.000, 1.786 kali lebih kecil dari Target)"),
        ("Rupiah", "300.000", "400.000", 2, 0.056, "L4",
         "Bila ribuan rupiah (Rp 700.000.000), tulis tiap triwulan dalam rupiah penuh (TW I 300.000.000, "
         "TW II 400.000.000)"),
        # TW I alone: 300.000 / 1.250.000.000 x 100 = 0,024 %; 1.250.000.000 / 300.000 = 4.166,7 times
        ("Rp", "300.000", None, 1, 0.024, "K4", "(dibaca Rp 300.000, 4.167 kali lebih kecil dari Target)"),
    ],
)  # fmt: skip
def test_quarters_in_ribuan_under_a_whole_rupiah_satuan_are_a_peringatan(
    tmp_path, satuan, tw1, tw2, triwulan, capaian, cell, told
):
    ind, said = _findings(tmp_path, _investasi("1.250.000.000", tw1, tw2, Satuan=satuan), triwulan=triwulan)
    assert ind.capaian == capaian  # computed as typed
    (peringatan,) = said[cell]
    assert peringatan[0] == "peringatan" and told in peringatan[1], peringatan
    assert "bila memang sekecil itu, biarkan" in peringatan[1], peringatan


@pytest.mark.parametrize(
    ("target", "satuan", "tw1"),
    [
        ("1.250.000.000", "Rp (000)", "300.000"),  # a Satuan in ribuan: its own figures (0,056 % as typed)
        ("1.250.000.000", "Rupiah", "Rp 300.000"),  # Rp typed: a whole amount, as typed
        # a slow start: 700.000 / 100.000.000 x 100 = 0,7 % (the Target 143 times, under 1.000 / 2 = 500)
        ("100.000.000", "Rupiah", "300.000"),
    ],
)
def test_a_small_realisasi_under_rupiah_stays_quiet_where_it_may_be_so(tmp_path, target, satuan, tw1):
    _ind, said = _findings(tmp_path, _investasi(target, tw1, "400.000", Satuan=satuan))
    assert not any("ribuan rupiah" in m[1] for m in _all(said)), said


def test_a_target_typed_with_the_satuans_words_is_no_ribuan_paste(tmp_path):
    # (test_oracle's example) "329 Juta Rupiah" beside a Nilai Akhir of 0,8: the Satuan's own words, read
    # as typed: 0,8 / 329 x 100 = 0,2431... % (the figure 411 times the realisasi, yet no ribuan paste)
    row = _investasi("329 Juta Rupiah", "0,8", None, **{"Jenis Realisasi": "Nilai Akhir"})
    ind, said = _findings(tmp_path, row, triwulan=1)
    assert ind.capaian is not None and round(ind.capaian, 4) == 0.2432
    assert not [m for m in _all(said) if m[0] == "galat"], said


# --- review (rev_figures64) ------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["956 Juta Rupiah", "956 juta rupiah"])
def test_a_target_typed_with_the_satuans_words_beside_its_target_perubahan_is_no_ribuan_paste(
    tmp_path, target
):
    # Staff wrote the Satuan's words: 956 juta, no ribuan paste (was a galat "tampaknya ditulis dalam ribuan
    # rupiah ... tulis Target 0,956"). The Target Perubahan 1,24 applies: Rata-rata (0,5 + 0,6) / 2 = 0,55,
    # 0,55 / 1,24 x 100 = 44,3548... %
    row = _investasi(target, "0,5", "0,6", **{"Jenis Realisasi": "Rata-rata", "Target Perubahan": "1,24"})
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is not None and round(ind.capaian, 4) == 44.3548
    assert not any("ribuan rupiah" in m[1] for m in _all(said)), said


def test_a_zero_target_beside_a_zero_target_perubahan_is_no_ribuan_paste(tmp_path):
    # 0 beside 0 under Juta Rupiah: the Target Perubahan's zero is the finding (no capaian); was also a galat
    # "Target "0" tampaknya ditulis dalam ribuan rupiah ... tulis Target 0"
    ind, said = _findings(tmp_path, _investasi("0", "1", "2", **{"Target Perubahan": "0"}))
    assert ind.capaian is None
    assert "I4" not in said, said
    assert any("nol" in m[1] for m in said["J4"]), said


def test_a_plain_target_beside_its_target_perubahan_in_ribuan_is_still_told(tmp_path):
    # the oracle's draw (Indikator 8): 956 beside a Target Perubahan "1,24 juta rupiah", Negatif Rata-rata:
    # 956 ribu = Rp 956.000, under one juta, no Target of Juta Rupiah (figures66: the one-unit rule of
    # target_pasted; it was the galat "tulis Target 0,956"): the cut told, no reading named; the capaian
    # the Target Perubahan's: TW II alone 0,06 -> (2 x 1,24 - 0,06) / 1,24 x 100 = 195,1612... %
    row = _investasi(
        "956",
        "-",
        "0,06",
        Polaritas="Negatif",
        **{"Jenis Realisasi": "Rata-rata", "Target Perubahan": "1,24 juta rupiah"},
    )
    ind, said = _findings(tmp_path, row)
    assert round(ind.capaian, 4) == 195.1613
    (told,) = said["I4"]
    assert told[0] == "peringatan" and "ribuan" not in told[1], told
    assert "Periksa keduanya; bila Target memang 956 Juta Rupiah dan dipangkas" in told[1], told


@pytest.mark.parametrize(
    ("indikator", "satuan", "capaian"),
    [
        # Jenis blank, Kumulatif by default (as before figures64): TW I 1 + TW II -0,05 = 0,95 of a
        # target 0,1: 0,95 / 0,1 x 100 = 950 % (the blank Jenis is told at its own cell)
        ("Rasio perubahan PAD", "Rasio", 950.0),
        # 1 + (-1) = 0 of 2: 0 %
        ("Nilai tukar petani perubahan", "Indeks", 0.0),
        # 1 + (-0,5) = 0,5 of 1: 50 %
        ("Selisih inflasi", "Poin", 50.0),
    ],
)
def test_a_change_or_a_difference_named_anywhere_below_zero_is_no_galat(tmp_path, indikator, satuan, capaian):
    # a change or a difference may honestly fall below zero: was the galat "tidak bisa di bawah nol: ...
    # tampaknya penurunan" with no capaian, wherever the change word stood in the Indikator
    target = {"Rasio": "0,1", "Indeks": "2", "Poin": "1"}[satuan]
    tw2 = {"Rasio": "-0,05", "Indeks": "-1", "Poin": "-0,5"}[satuan]
    row = kinerja_row("S1", "Sasaran", "", "Sasaran", indikator, target, "1", tw2, Satuan=satuan)
    ind, said = _findings(tmp_path, row)
    assert ind.capaian is not None and round(ind.capaian, 4) == capaian
    assert not [m for m in said.get("L4", []) if m[0] == "galat"], said
