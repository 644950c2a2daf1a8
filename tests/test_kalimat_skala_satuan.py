"""A figure typed with a scale word keeps its Satuan in the sentences (Word report, Analisis Capaian):
a DPMPTSP's Realisasi PMDN in US$ typed `20 juta` read "target 20,00 juta dan realisasi 15,50 juta",
which a reader takes for rupiah. Rupiah stays as the seed prints it ("1.282.684,40 juta", l.620)."""

from __future__ import annotations

from lkj_xl.core.kalimat import angka_indikator, tanpa_satuan, with_satuan
from tests.test_engine import kinerja_row, run


def test_a_scale_word_keeps_a_unit_that_is_no_rupiah():
    assert with_satuan("20,00 juta", "US$", "juta") == "20,00 juta US$"
    assert with_satuan("45,23 ribu", "ton", "ribu") == "45,23 ribu ton"
    assert with_satuan("2,35 ribu", "orang", "ribu") == "2,35 ribu orang"


def test_rupiah_and_a_unit_naming_its_scale_are_written_with_rp():
    # seed l.620 copies its table's cell, "sebesar 1.282.684,40 juta"; its sentences write money with Rp
    # (l.825 "Rp 1.491.388.500.000", l.590 "Rp 5.718.901,0 juta"): so do ours, whatever the scale (tampilan56)
    assert with_satuan("1.282.684,40 juta", "Rp", "juta") == "Rp 1.282.684,40 juta"
    # seed l.582 / l.346: Satuan "Milyar Rupiah", "5.984,04 milyar"
    assert with_satuan("5.984,04 milyar", "Milyar Rupiah", "milyar") == "Rp 5.984,04 milyar"
    assert with_satuan("5.984,04 milyar", "milyar", "milyar") == "5.984,04 milyar"


def test_the_sentence_of_an_indicator_in_us_dollars_names_them():
    # Realisasi PMDN, Kumulatif, target 20 juta US$: 4 + 5,5 + 6 = 15,5 juta s.d. TW III, 77,5 %.
    rows = [
        kinerja_row("T1", "Tujuan", "", "Investasi", "Pertumbuhan investasi", "10 %", ("8 %", "9 %", "12,5 %", None), jenis="Nilai Akhir"),
        kinerja_row("S1", "Sasaran", "T1", "Investasi naik", "Realisasi PMDN", "20 juta", ("4 juta", "5,5 juta", "6 juta", None), satuan="US$"),
    ]  # fmt: skip
    report = run(rows, triwulan=3)
    (ind,) = [i for i in report.indicators if i.indikator == "Realisasi PMDN"]
    a = angka_indikator(ind, report.settings)
    assert (a.target, a.realisasi, a.capaian) == (
        "20 juta US$",
        "15,50 juta US$",
        "77,50%",
    )  # the target as typed (tampilan61)


def test_a_unit_that_also_names_a_scale_keeps_what_is_no_scale():
    # Satuan "Juta US$" (PMA): "20,00 juta" alone reads as rupiah; "Ribu Orang" lost its orang.
    assert with_satuan("20,00 juta", "Juta US$", "juta") == "20,00 juta US$"
    assert with_satuan("2,00 ribu", "Ribu Orang", "ribu") == "2,00 ribu Orang"
    assert with_satuan("2,00 ribu", "Juta", "ribu") == "2,00 ribu"  # a scale alone: nothing to add
    assert with_satuan("15,50 juta", "Juta Rupiah", "juta") == "Rp 15,50 juta"  # rupiah: with Rp
    assert with_satuan("15,50 juta", "Rupiah (Rp)", "juta") == "Rp 15,50 juta"


def test_a_table_beside_its_satuan_column_shows_the_figure_in_its_scale_word():
    # tanpa_satuan takes back what with_satuan added, the scale word stays: "2,00 ribu" beside Ribu Orang
    for text, unit in [("20,00 juta", "US$"), ("20,00 juta", "Juta US$"), ("2,00 ribu", "Ribu Orang")]:
        assert tanpa_satuan(with_satuan(text, unit, text.split()[1]), unit) == text


def test_a_short_unit_inside_the_scale_word_is_still_written():
    # Satuan "t" (ton) is a letter of "juta", "m" (metre) of "miliar": not the unit already written.
    assert with_satuan("15,50 juta", "t", "juta") == "15,50 juta t"
    assert with_satuan("1,20 miliar", "m", "miliar") == "1,20 miliar m"
    assert with_satuan("20,00 juta US$", "US$", "juta") == "20,00 juta US$"  # written: not twice


def test_a_rate_keeps_the_number_and_scale_of_what_it_counts_per():
    # Satuan "Per 1 Juta penduduk": only a scale word before the per part is the figures' scale; "1 Juta"
    # after "Per" is what is counted per, written as typed ("5 ribu Per 1 penduduk" lost its Juta).
    assert with_satuan("5 ribu", "Per 1 Juta penduduk", "ribu") == "5 ribu Per 1 Juta penduduk"
    assert (
        with_satuan("1,50 ribu", "kasus per 100.000 penduduk", "ribu")
        == "1,50 ribu kasus per 100.000 penduduk"
    )
    assert with_satuan("12,50 ribu", "Rp/kg", "ribu") == "12,50 ribu Rp/kg"  # the price's kg kept
    assert with_satuan("2,00 ribu", "Ribu Orang/Tahun", "ribu") == "2,00 ribu Orang/Tahun"
    for text, unit in [
        ("5 ribu", "Per 1 Juta penduduk"),
        ("12,50 ribu", "Rp/kg"),
        ("2,00 ribu", "Ribu Orang/Tahun"),
    ]:
        assert tanpa_satuan(with_satuan(text, unit, "ribu"), unit) == text


def test_the_sentence_of_a_rate_per_a_million_typed_in_ribu():
    # Kasus TBC per 1 Juta penduduk, Nilai Akhir, target 5 rb = 5.000; TW II 4,5 rb = 4.500:
    # 4.500 / 5.000 x 100 = 90 %.
    rows = [
        kinerja_row("T1", "Tujuan", "", "Kesehatan", "Angka notifikasi kasus TBC", "5 rb", ("4 rb", "4,5 rb", None, None), satuan="Per 1 Juta penduduk", jenis="Nilai Akhir"),
    ]  # fmt: skip
    report = run(rows)
    (ind,) = report.indicators
    a = angka_indikator(ind, report.settings)
    assert (a.target, a.realisasi, a.capaian) == (
        "5 ribu Per 1 Juta penduduk",  # the target as typed, "5 rb" (tampilan61)
        "4,50 ribu Per 1 Juta penduduk",
        "90,00%",
    )


def test_a_range_target_in_a_scale_word_keeps_its_satuan():
    # Nilai Akhir, Target "5-10 rb" (5.000 to 10.000) Per 1 Juta penduduk, TW II 6 rb = 6.000: inside
    # the range, 100 % (PermenPANRB 8/2021). The target read "5-10 rb" alone beside "6 ribu Per 1 Juta
    # penduduk"; "1-1,5 rb" lost its orang the same way.
    rows = [
        kinerja_row("T1", "Tujuan", "", "Kesehatan", "Angka notifikasi kasus TBC", "5-10 rb", ("4 rb", "6 rb", None, None), satuan="Per 1 Juta penduduk", jenis="Nilai Akhir"),
        kinerja_row("T2", "Tujuan", "", "Pelatihan", "Peserta pelatihan", "1-1,5 rb", ("1.200", None, None, None), satuan="orang", jenis="Nilai Akhir"),
        kinerja_row("T3", "Tujuan", "", "Produksi", "Produksi padi", "5-6 ribu ton", ("5.500", None, None, None), satuan="ton", jenis="Nilai Akhir"),
        kinerja_row("T4", "Tujuan", "", "Investasi", "Nilai investasi", "1-2 M", ("1,5 M", None, None, None), satuan="Rp", jenis="Nilai Akhir"),
    ]  # fmt: skip
    report = run(rows)
    targets = [angka_indikator(i, report.settings).target for i in report.indicators]
    assert targets == [
        "5-10 rb Per 1 Juta penduduk",
        "1-1,5 rb orang",
        "5-6 ribu ton",  # the unit typed already: not twice
        "Rp 1-2 M",  # rupiah, as the seed prints "1.282.684,40 juta"
    ]
    assert [i.capaian_exact for i in report.indicators] == [100, 100, 100, 100]  # each inside its range


def test_a_percentage_satuan_spelt_in_words_writes_the_sign():
    # Satuan "Persentase (%)": the sentence read "85 Persentase (%)", "82 Persen (%)"; as under "%"
    # (seed: "40,71%"), the figure takes the sign whatever the spelling of the Satuan
    for unit in ("Persentase (%)", "Persen (%)", "persen", "Prosentase", "PERSEN"):
        assert with_satuan("85", unit) == "85%", unit
        assert tanpa_satuan(with_satuan("82,50", unit), unit) == "82,50", unit
    assert with_satuan("5", "%/tahun") == "5 %/tahun"  # a percentage per year keeps what it is per
    # TW II "82 persen" of a target "85%": 82 / 85 x 100 = 96,47 %
    rows = [
        kinerja_row("T1", "Tujuan", "", "Koperasi", "Persentase koperasi aktif", "85%", ("80 %", "82 persen", None, None), satuan="Persentase (%)", jenis="Nilai Akhir"),
    ]  # fmt: skip
    report = run(rows)
    a = angka_indikator(report.indicators[0], report.settings)
    assert (a.target, a.realisasi, a.capaian) == ("85%", "82%", "96,47%")
