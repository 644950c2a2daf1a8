"""Stop 49, figures61: one reading of "is this Satuan a rate", and a grade typed before its score.

- pasted's own pattern (``per\\s*\\d``) decided whether a Satuan is a rate (never summed over the
  quarters) apart from satuan_laju, the one reader of a rate's base: it missed "/100.000", "100.000 KH",
  "per seribu", "setiap 1.000 penduduk", and took "per 2 tahun" (a count per two years) as a rate. It now
  asks satuan_laju, and reads a figure per head or per litre too ("kkal/orang/hari", "Rp/liter").
- "B (85,20)" (an IKM's mutu pelayanan before its nilai) was a peringatan "angka di dalam teks", the
  quarter dropped: a Nilai Akhir printed TW I's 84,5 as its figure. Now the galat "85,2 (B)" gets.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: H Jenis
Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, target, tws, satuan, polaritas="Positif", jenis="Kumulatif"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya ketahanan pangan dan derajat kesehatan", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


# --- 1. one reading of a rate ---------------------------------------------------------------------------

RATES = [
    # the answers that changed (was: not a rate)
    "/100.000",  # AKI typed with the slash only: base 100.000
    "100.000 KH",  # the births before KH are the base
    "per seribu",  # 1.000 in words
    "setiap 1.000 penduduk",  # setiap is per
    "kkal/orang/hari",  # energy per head (orang as kapita)
    "Rp/liter",  # a price per litre
    "Rp/orang/bulan",  # an amount per head
    # unchanged: rates before too
    "per 1.000 KH",
    "per 100.000 penduduk",
    "‰",
    "Ku/Ha",
    "kkal/kapita/hari",
    "Rp/kg",
    "liter/kapita",
]
NOT_RATES = [
    "per 2 tahun",  # changed (was a rate): a count per two years, summed
    "kali per 2 tahun",  # so too
    "1 kali setiap 3 bulan",  # a frequency
    "orang/tahun",  # a flow per year
    "ton/tahun",
    "orang/hari",
    "orang",
    "KH",
]


@pytest.mark.parametrize("satuan", RATES)
def test_a_rate_is_read_by_the_one_reader(satuan):
    assert pasted.rate_or_score_unit(satuan)
    # a rate even beside an indicator named Jumlah (only a score's or a level's word gives way to it)
    assert pasted.summed_level_unit("Jumlah kalori", satuan)


@pytest.mark.parametrize("satuan", NOT_RATES)
def test_counts_per_period_stay_sums(satuan):
    assert not pasted.rate_or_score_unit(satuan)


@pytest.mark.parametrize(
    ("indikator", "target", "tws", "satuan", "mean"),
    [
        # 2.380 + 2.410 + 2.395 = 7.185 kkal/orang/hari of 2.400 (7.185 / 2.400 = 299,38 %); Rata-rata
        # 7.185 / 3 = 2.395
        ("Ketersediaan energi per kapita", "2.400", ("2.380", "2.410", "2.395"), "kkal/orang/hari", "2.395"),
        # 15.000 + 15.500 + 16.000 = 46.500 Rp/liter of 15.000 (310 %); Rata-rata 46.500 / 3 = 15.500
        ("Harga minyak goreng curah", "15.000", ("15.000", "15.500", "16.000"), "Rp/liter", "15.500"),
        # 12.000 + 12.500 + 13.000 = 37.500 Rp/kg of 12.000; Rata-rata 12.500 (told before too)
        ("Harga beras medium", "12.000", ("12.000", "12.500", "13.000"), "Rp/kg", "12.500"),
        # 3 + 3,2 + 3,4 = 9,6 liter/kapita of 3,5; Rata-rata 9,6 / 3 = 3,2 (told before too)
        ("Konsumsi susu", "3,5", ("3", "3,2", "3,4"), "liter/kapita", "3,2"),
    ],
)
def test_a_figure_per_head_or_per_litre_chosen_kumulatif_is_told_as_a_rate(
    indikator, target, tws, satuan, mean
):
    report = run([_row(indikator, target, tws, satuan)], triwulan=3)
    said = _at(report, "H2")
    assert len(said) == 1 and f'"Rata-rata" ({mean})' in said[0].pesan, messages(report)
    assert f'Satuan "{satuan}" bukan jumlah' in said[0].pesan, said[0].pesan
    # never told to subtract its quarters (was: "TW III dikurangi TW II" at M2)
    assert not any("dikurangi" in f.pesan for f in report.findings), messages(report)


@pytest.mark.parametrize(
    ("indikator", "target", "tws", "satuan", "capaian"),
    [
        # visitors 1.200 + 1.500 + 1.800 = 4.500 of 5.000: 90 %
        ("Jumlah kunjungan wisatawan", "5.000", ("1.200", "1.500", "1.800"), "orang/tahun", Fraction(90)),
        # fish landed 110 + 120 + 130 = 360 of 500 ton/tahun: 72 %
        ("Produksi perikanan tangkap", "500", ("110", "120", "130"), "ton/tahun", Fraction(72)),
        # cadres trained 1 + 1 + 1 = 3 of 4 per 2 tahun: 75 %
        ("Pelatihan kader posyandu", "4", ("1", "1", "1"), "kali per 2 tahun", Fraction(75)),
    ],
)
def test_a_flow_per_period_stays_summed_quietly(indikator, target, tws, satuan, capaian):
    report = run([_row(indikator, target, tws, satuan)], triwulan=3)
    assert report.indicators[0].capaian_exact == capaian
    assert [f for f in report.findings if f.sel != "C2"] == [], messages(report)


def test_aki_typed_per_slash_100000_summed_is_told_as_a_rate():
    # TW II 60 + 70 = 130 of 98 per 100.000: (2 x 98 - 130) / 98 = 66 / 98 = 67,35 % as typed; told as a
    # rate with Nilai Akhir 70 and Rata-rata (60 + 70) / 2 = 65 (was told in a position's words, "jumlah
    # PMKS atau penduduk miskin")
    report = run([_row("Angka Kematian Ibu", "98", ("60", "70"), "/100.000", polaritas="Negatif")])
    assert report.indicators[0].capaian_exact == Fraction(66, 98) * 100
    (said,) = _at(report, "H2")
    assert 'Satuan "/100.000" bukan jumlah' in said.pesan, said.pesan
    assert "terakhir, 70)" in said.pesan and '"Rata-rata" (65)' in said.pesan, said.pesan
    assert "PMKS" not in said.pesan, said.pesan


# --- 2. a grade before its score -------------------------------------------------------------------------

GRADE_FIRST = ["B (85,20)", "Baik (85,20)", "B / 85,20", "(B) 85,20", "B: 85,20", "Mutu B (85,20)"]


def _ikm(tw2, target="85"):
    return run(
        [
            _row(
                "Nilai Akhir Indeks Kepuasan Masyarakat (IKM)",
                target,
                ("84,5", tw2),
                "Nilai",
                jenis="Nilai Akhir",
            )
        ],
        triwulan=2,
    )


@pytest.mark.parametrize("typed", ["85,20 (B)", *GRADE_FIRST])
def test_a_grade_with_its_score_in_either_order_is_the_galat(typed):
    # TW I 84,5 was taken as the Nilai Akhir s.d. TW II (84,5 / 85 = 99,41 %) without a galat: now no
    # capaian, the galat at L2 naming the score to type
    report = _ikm(typed)
    assert report.indicators[0].capaian_exact is None, messages(report)
    said = _at(report, "L2")
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert "tulis angkanya saja (85,20)" in said[0].pesan, said[0].pesan


@pytest.mark.parametrize("typed", GRADE_FIRST)
def test_a_grade_with_its_score_in_an_earlier_quarter_is_the_galat_too(typed):
    # TW I "B (80,10)", TW II 85,2: the galat at K2 as "80,10 (B)" gets
    report = run(
        [_row("Nilai IKM", "85", (typed.replace("85,20", "80,10"), "85,2"), "Nilai", jenis="Nilai Akhir")]
    )
    said = _at(report, "K2")
    assert [f.severity for f in said] == ["galat"] and "tulis angkanya saja (80,10)" in said[0].pesan, said


@pytest.mark.parametrize("typed", ["Menunggu hasil survei (TW III)", "Baik", "Survei 2 kali (Juni)"])
def test_other_texts_keep_their_words(typed):
    said = _at(_ikm(typed), "L2")
    assert all("tulis angkanya saja (" not in f.pesan for f in said), said


def test_check_export_and_build_agree_on_the_grade_first_galat(tmp_path):
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path = tmp_path / "dpmptsp.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "DPMPTSP", "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    more = {"Satuan": "Nilai", "Polaritas": "Positif", "Jenis Realisasi": "Nilai Akhir"}
    kinerja = [
        row(
            "S1",
            "Sasaran",
            None,
            "Meningkatnya kualitas pelayanan perizinan",
            "Nilai IKM",
            "85",
            "84,5",
            "B (85,20)",
            **more,
        )  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    runner = CliRunner()
    checked = [
        line for line in runner.invoke(main, ["check", str(path)]).output.splitlines() if "B (85,20)" in line
    ]
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    said = [f for f in exported["pemeriksaan"] if "B (85,20)" in f["pesan"]]
    assert (
        len(checked) == 1 and checked[0].startswith("galat") and "tulis angkanya saja (85,20)" in checked[0]
    )
    assert len(said) == 1 and said[0]["tingkat"] == "galat", said
    # no capaian: never TW I's 84,5 / 85 = 99,41 %
    assert [i["capaian"] for i in exported["indikator"]] == [None]
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Pemeriksaan"]
    rows = [r for r in sheet.iter_rows(min_row=5, values_only=True) if r[4] and "B (85,20)" in str(r[4])]
    assert [(r[1], r[4]) for r in rows] == [("Galat", said[0]["pesan"])]
