"""A figure typed with a scale word under a Satuan that itself names a scale ("15,5 juta" under Satuan
"Juta Rupiah"): read in the Satuan's units, with a peringatan at the cell saying how it was read."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from lkj_xl.core.kalimat import angka_indikator
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.numbers import NumberParseError, parse_number
from tests.test_engine import kinerja_row, run


@pytest.mark.parametrize(
    ("text", "satuan", "expected"),
    [
        ("15,5 juta", "Juta Rupiah", F(31, 2)),  # 15,5 x 10^6 rupiah / 10^6 = 15,5 juta rupiah
        ("15,5jt", "Juta Rupiah", F(31, 2)),
        ("Rp 15,5 juta", "Juta Rupiah", F(31, 2)),
        ("1,2 M", "Juta Rupiah", F(1200)),  # 1,2 x 10^9 / 10^6 = 1.200
        ("500 rb", "Juta Rupiah", F(1, 2)),  # 500 x 10^3 / 10^6 = 0,5
        ("2,5 rb", "Ribu Orang", F(5, 2)),  # 2,5 x 10^3 / 10^3
        ("0,5 M", "Milyar Rupiah", F(1, 2)),  # 0,5 x 10^9 / 10^9
        ("500 jt", "Milyar Rupiah", F(1, 2)),  # 500 x 10^6 / 10^9 = 0,5
        ("1,25 T", "Milyar Rupiah", F(1250)),  # 1,25 x 10^12 / 10^9 = 1.250
        ("20 juta", "Juta US$", F(20)),
        ("2,5 ribu", "Ribu Ton", F(5, 2)),
        ("15,5 juta", "juta rupiah", F(31, 2)),  # the Satuan in lower case
        ("15,5 juta", "Rp (juta)", F(31, 2)),
        ("15,5 juta", "Rp. Juta", F(31, 2)),
        ("15,5 juta", "(Rp Juta)", F(31, 2)),
        ("1,2 milyar rupiah", "Juta Rupiah", F(1200)),  # rupiah named after the scale word: 1,2 x 10^9 / 10^6
        ("15,5 juta rupiah", "Rp (juta)", F(31, 2)),
        ("Rp. 750 jt,-", "Juta Rupiah", F(750)),
        ("(15,5 juta)", "Juta Rupiah", F(-31, 2)),  # accounting parentheses: below zero
    ],
)
def test_a_scale_word_under_a_scaled_satuan_is_read_in_the_satuans_units(text, satuan, expected):
    parsed = parse_number(text, satuan=satuan)
    assert F(parsed.exact) == expected and parsed.scale_word is None


@pytest.mark.parametrize(
    ("text", "satuan", "expected", "scale"),
    [
        (
            "15.500.000",
            "Juta Rupiah",
            F(15_500_000),
            None,
        ),  # a plain figure: as typed (checked beside its target)
        ("15,5 juta", "Orang", F(15_500_000), "juta"),  # a plain count: the scale word multiplies
        ("15,5 juta rupiah", "Juta Rupiah", F(31, 2), None),  # the whole Satuan spelt: its unit, as before
        # ("15,5 juta" under "Jutaan Rupiah" was here, read 15.500.000: a reader of "Jutaan Rupiah", like
        # "(dalam jutaan rupiah)" under a table, reads its figures in juta; test_jutaan_names_its_scale)
    ],
)
def test_figures_without_a_scale_in_the_satuan_are_read_as_before(text, satuan, expected, scale):
    parsed = parse_number(text, satuan=satuan)
    assert (F(parsed.exact), parsed.scale_word) == (expected, scale)


def test_anggaran_amounts_keep_their_scale_word():
    # money=True is an Anggaran amount: whole rupiah, no Satuan
    assert F(parse_number("15,5 juta", money=True).exact) == 15_500_000


def _one(satuan, target, tw1, **kw):
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "Nilai", target, (tw1, None, None, None), satuan=satuan, **kw)],
        triwulan=1,
    )
    return report, report.indicators[0]


def test_a_quarter_typed_with_juta_under_juta_rupiah_gets_its_capaian_and_a_peringatan():
    # target 20 (juta rupiah), TW I "15,5 juta" = 15,5 juta rupiah: 15,5 / 20 x 100 = 77,5 %
    report, ind = _one("Juta Rupiah", "20", "15,5 juta", jenis="Kumulatif")
    assert ind.realisasi == 15.5 and ind.capaian == pytest.approx(77.5)
    a = angka_indikator(ind, report.settings)
    assert (a.realisasi, a.capaian) == ("Rp 15,50 juta", "77,50%")  # was "15,50 Juta Rupiah"
    notes = [f.pesan for f in report.findings if f.severity == PERINGATAN and f.sel == "K2"]
    assert any("15,5 juta dibaca 15,5 (Satuan Juta Rupiah)" in n for n in notes), report.findings
    assert not [f for f in report.findings if f.severity != PERINGATAN], report.findings


def test_a_target_typed_with_a_scale_word_under_ribu_orang():
    # target "3 rb" = 3 ribu orang, TW I 2,5 (ribu orang): 2,5 / 3 x 100 = 83,33 %
    report, ind = _one("Ribu Orang", "3 rb", "2,5", jenis="Kumulatif")
    assert ind.target == 3 and ind.capaian == pytest.approx(250 / 3)
    assert any("3 rb dibaca 3 (Satuan Ribu Orang)" in f.pesan for f in report.findings), report.findings


def test_target_perubahan_typed_in_milyar_under_juta_rupiah():
    # Target Perubahan "1,25 M" = 1.250 juta rupiah; TW I 500: 500 / 1.250 x 100 = 40 %
    report, ind = _one("Juta Rupiah", "1000", "500", jenis="Kumulatif", target_perubahan="1,25 M")
    assert ind.target == 1250 and ind.capaian == pytest.approx(40)
    assert any("1,25 M dibaca 1.250 (Satuan Juta Rupiah)" in f.pesan for f in report.findings), (
        report.findings
    )


def test_a_scale_word_beside_a_figure_in_the_satuans_units_gets_its_capaian():
    # Formerly a galat (tests/test_staff_round4.py, stop 22): "250 juta" under Juta Rupiah is 250 juta
    # rupiah, the target 523,40 juta rupiah: 250 / 523,4 x 100 = 47,7646... %, read with a peringatan.
    report, ind = _one("Juta Rupiah", "523,40", "250 juta", jenis="Kumulatif")
    assert ind.realisasi == 250 and ind.capaian == pytest.approx(25000 / 523.4)
    assert [f.severity for f in report.findings] == [PERINGATAN], report.findings


def test_a_whole_rupiah_amount_beside_a_scale_word_under_juta_rupiah_is_a_galat():
    # Formerly both read as whole amounts (523.400.000 and 250.000.000 rupiah, 47,76 %, no finding):
    # "250 juta" is now 250 in the Satuan's units, and "Rp 523.400.000" beside it 523.400.000 juta:
    # a million times apart, so the quarter is a galat and no capaian printed, never a wrong one.
    report, ind = _one("Juta Rupiah", "Rp 523.400.000", "250 juta", jenis="Kumulatif")
    assert ind.capaian is None
    assert any(f.severity == GALAT and f.sel == "K2" for f in report.findings), report.findings


def test_the_comparison_columns_are_read_in_the_satuans_units():
    # Satuan Juta Rupiah, TW I "15,5 juta" = 15,5; last year "12 juta" = 12 (selisih 15,5 - 12 = 3,5);
    # Renstra "0,05 M" = 50 (15,5 / 50 x 100 = 31 %); standard "30 jt" = 30 (15,5 / 30 x 100 = 51,67 %)
    from lkj_xl.core import contract as c
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import grid, pengaturan

    extra = ["Realisasi Tahun Lalu", "Target Akhir Renstra", "Standar Nasional"]
    row = dict.fromkeys([*c.KINERJA_HEADERS, *extra])
    row.update(
        {
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "T",
            "Indikator": "Nilai investasi",
            "Satuan": "Juta Rupiah",
        }
    )
    row.update({"Target": "20", "Realisasi TW I": "15,5 juta", "Jenis Realisasi": "Kumulatif"})
    row.update(dict(zip(extra, ["12 juta", "0,05 M", "30 jt"])))
    heads = list(row)
    wb = {
        "Pengaturan": pengaturan(1),
        "Kinerja": grid([heads, [row[h] for h in heads]]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    p = compute(parse_workbook(wb)).indicators[0].pembanding
    assert (p.tahun_lalu, p.selisih_exact, p.target_renstra) == (12, F(7, 2), 50)
    assert (p.capaian_renstra_exact, p.standar_nasional, p.capaian_standar_exact) == (31, 30, F(155, 3))


def test_a_range_target_with_a_scale_word_under_juta_rupiah():
    # "10-20 juta" under Juta Rupiah: 10 to 20 juta rupiah; TW I 15 lands inside the range
    from lkj_xl.core.numbers import parse_number as p

    assert F(p("20 juta", satuan="Juta Rupiah").exact) == 20
    report, ind = _one("Juta Rupiah", "10-20 juta", "15", jenis="Kumulatif")
    assert not [f for f in report.findings if f.severity == GALAT], report.findings
    assert ind.capaian == 100  # 15 inside 10-20: 100 % (the range rule)
    notes = [f.pesan for f in report.findings if f.sel == "I2"]
    assert any("10-20 juta dibaca 10 - 20 (Satuan Juta Rupiah)" in n for n in notes), notes


def test_a_range_in_milyar_under_juta_rupiah_scores_a_realisasi_in_juta():
    # Formerly a galat (tests/test_target_rentang_checks.py): "1-2 M" under "juta rupiah" is 1.000 to
    # 2.000 juta rupiah; TW I 1.500 (juta) lands inside: 100 % by the range rule, Sangat Tinggi
    report, ind = _one("juta rupiah", "1-2 M", "1.500", jenis="Kumulatif")
    assert ind.capaian == 100 and not [f for f in report.findings if f.severity == GALAT], report.findings
    assert any("1-2 M dibaca 1.000 - 2.000 (Satuan juta rupiah)" in f.pesan for f in report.findings)


@pytest.mark.parametrize(
    ("text", "satuan", "expected"),
    [
        # A rate's Satuan names a scale in what it counts per, not in its figures' units: "3 rb" cases
        # per 1 juta penduduk are 3 x 10^3 = 3.000 of them (was read 3.000 / 10^6 = 0,003).
        ("3 rb", "Per 1 Juta penduduk", F(3000)),
        ("2 rb", "kasus per 1 juta penduduk", F(2000)),
        ("1,5 rb", "Orang per Ribu Penduduk", F(1500)),  # 1,5 x 10^3
        ("1,5 rb", "Kasus/100 ribu penduduk", F(1500)),
        # the figure's own scale before the rate's slash still names the units: 15,5 x 10^6 / 10^6
        ("15,5 juta", "Juta Rupiah/Tahun", F(31, 2)),
        ("15,5 juta", "Juta Rupiah per kapita", F(31, 2)),
    ],
)
def test_a_scale_word_in_a_rates_per_part_names_no_units(text, satuan, expected):
    assert F(parse_number(text, satuan=satuan).exact) == expected


def test_a_target_with_a_scale_word_beside_a_whole_amount_is_not_scored_a_million_times_off():
    # Target "20 juta" under Juta Rupiah is read 20 (juta rupiah); TW I "15.500.000", plain, is the whole
    # amount (20 juta and 15.500.000 are of one size only as rupiah). Scored as read, 15.500.000 / 20 x
    # 100 = 77.500.000 %: a wrong figure. Before skala49 both were whole amounts (77,5 %, the same
    # magnitude: skala_sepadan); now the two readings disagree, so the quarter is a galat, no capaian.
    report, ind = _one("Juta Rupiah", "20 juta", "15.500.000", jenis="Kumulatif")
    assert ind.capaian is None, ind
    assert any(f.severity == GALAT and f.sel == "K2" for f in report.findings), report.findings


def test_a_realisasi_with_a_scale_word_beside_a_plain_target_of_its_size_says_nothing_more():
    # Target 20 (juta), TW I "15,5 juta" = 15,5: one size (15,5 / 20 = 0,775), only the cell's own note.
    report, ind = _one("Juta Rupiah", "20", "15,5 juta", jenis="Kumulatif")
    assert ind.capaian == pytest.approx(77.5)
    assert [f.severity for f in report.findings] == [PERINGATAN], report.findings


@pytest.mark.parametrize(
    ("text", "satuan", "expected"),
    [
        # "Jutaan Rupiah" / "Dalam Ribuan Rupiah" / "Ribuan Orang" count in juta / ribu as "Juta Rupiah"
        ("15,5 juta", "Jutaan Rupiah", F(31, 2)),  # 15,5 x 10^6 / 10^6
        ("15,5 juta", "Dalam Ribuan Rupiah", F(15500)),  # 15,5 x 10^6 / 10^3
        ("2,5 rb", "Ribuan Orang", F(5, 2)),  # 2,5 x 10^3 / 10^3
        ("500 jt", "Miliaran Rupiah", F(1, 2)),  # 500 x 10^6 / 10^9
    ],
)
def test_jutaan_names_its_scale(text, satuan, expected):
    parsed = parse_number(text, satuan=satuan)
    assert F(parsed.exact) == expected and parsed.scale_word is None


def test_a_whole_amount_beside_a_figure_in_jutaan_rupiah_is_a_galat():
    # As under "Juta Rupiah" (tests/test_staff_round4.py): "Rp 250.000.000" beside a target 523,40 in
    # jutaan rupiah is a million times apart, 250.000.000 / 523,4 x 100 = 47.764.615 %: never scored.
    report, ind = _one("Jutaan Rupiah", "523,40", "Rp 250.000.000", jenis="Kumulatif")
    assert ind.capaian is None
    assert any(f.severity == GALAT and f.sel == "K2" for f in report.findings), report.findings


@pytest.mark.parametrize(
    ("target", "tw1"),
    [
        # "1-2 M" under Juta Rupiah is 1.000-2.000 (juta); "1.500.000.000" plain beside it is 1,5 M only as
        # a whole amount: scored as read, 1.500.000.000 / 2.000 x 100 = 75.000.000 % (before skala49 both
        # whole amounts: 100 %). The two readings disagree: a galat, no capaian.
        ("1-2 M", "1.500.000.000"),
        ("10-20 juta", "15.000.000"),  # 15.000.000 / 20 x 100 = 75.000.000 % as read
    ],
)
def test_a_range_with_a_scale_word_beside_a_whole_amount_is_a_galat(target, tw1):
    report, ind = _one("Juta Rupiah", target, tw1, jenis="Kumulatif")
    assert ind.capaian is None, ind
    assert any(f.severity == GALAT and f.sel == "K2" for f in report.findings), report.findings


@pytest.mark.parametrize(
    ("text", "satuan", "expected"),
    [
        ("95 per 100.000 KH", "per 100.000 KH", F(95)),  # AKI: a rate per 100.000 live births, never divided
        ("2 rb", "Per 1.000 penduduk", F(2000)),  # 2 x 10^3: the base in digits names no scale
        ("15 rb", "Rp/kg", F(15000)),  # 15 x 10^3 rupiah per kg
        ("15,5 juta", "Rupiah", F(15_500_000)),  # 15,5 x 10^6
        ("15,5 juta", "Rp", F(15_500_000)),
        ("-2,5 juta", "Juta Rupiah", F(-5, 2)),  # -2,5 x 10^6 / 10^6
        ("15,5 juta", "Ribu Rupiah", F(15500)),  # 15,5 x 10^6 / 10^3
    ],
)
def test_satuans_that_look_scaled_but_are_not(text, satuan, expected):
    assert F(parse_number(text, satuan=satuan).exact) == expected


@pytest.mark.parametrize(
    ("text", "satuan", "expected"),
    [
        # (satuan50) the rate's Satuan typed after a figure in ribu was "kata skala ganda atau salah
        # tempat": its "juta" is what it counts per, no second scale; 4,5 x 10^3 = 4.500
        ("4,5 rb per 1 juta penduduk", "Per 1 Juta penduduk", F(4500)),
        ("4,5 rb kasus per 1 juta penduduk", "kasus per 1 Juta penduduk", F(4500)),
        # its base in a scale word, as staff say it ("per 100 ribu KH" is per 100.000 KH): the Satuan
        ("85 per 100 ribu KH", "per 100.000 KH", F(85)),
        ("85 per 100rb kelahiran hidup", "per 100.000 KH", F(85)),
        ("230 per 1 juta penduduk", "per 1.000.000 penduduk", F(230)),
    ],
)
def test_a_rates_satuan_typed_after_its_figure_with_a_scale_word_is_its_unit(text, satuan, expected):
    assert F(parse_number(text, satuan=satuan).exact) == expected


@pytest.mark.parametrize(
    ("text", "satuan"),
    [
        ("85 per 10 ribu KH", "per 100.000 KH"),  # another base: never read (0,85 per 1.000?)
        ("5 juta juta rupiah", "Juta Rupiah"),  # two scales before the rate: which one?
    ],
)
def test_another_base_or_two_scales_stay_unread(text, satuan):
    with pytest.raises(NumberParseError):
        parse_number(text, satuan=satuan)


@pytest.mark.parametrize(
    ("text", "satuan", "expected"),
    [
        # (satuan50) a Satuan naming its abbreviation in brackets: either name after the figure is the
        # Satuan ("3 kk" was "kata 'kk' tidak dikenal", a galat on an ordinary figure)
        ("3 kk", "Kepala Keluarga (KK)", F(3)),
        ("3 KK", "Kepala Keluarga (KK)", F(3)),
        ("3 kepala keluarga", "Kepala Keluarga (KK)", F(3)),
        ("1,2 rb KK", "Kepala Keluarga (KK)", F(1200)),  # 1,2 x 10^3
        ("12 UMKM", "Usaha Mikro, Kecil dan Menengah (UMKM)", F(12)),
    ],
)
def test_either_name_of_a_satuan_with_its_abbreviation_in_brackets_is_its_unit(text, satuan, expected):
    assert F(parse_number(text, satuan=satuan).exact) == expected


def test_another_word_beside_such_a_satuan_stays_a_galat():
    with pytest.raises(NumberParseError):
        parse_number("3 rumah", satuan="Kepala Keluarga (KK)")
