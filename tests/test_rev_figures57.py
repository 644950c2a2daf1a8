"""Review of figures57: what staff typed that the branch read wrong.

- A Negatif rate per population or births chosen Kumulatif whose quarters are each quarter's events over
  the year's population or births (a Dinkes's `Insidensi Tuberkulosis` 70 + 80 of 300 per 100.000
  penduduk, an `Incidence Rate DBD`, AKB 1,8 + 1,9 + 1,7 + 1,6 of 7,2 in the year's report) is an honest
  flow: its sum stays within the year's target pro rata to the quarters reported, and both readings are
  at or above 100 % (Sangat Tinggi), so no kriteria is at stake; it was told every quarter all the same.
- AKI typed per 1.000 as an AKB is (`0,9`, =kematian/KH x 1.000, for 90 per 100.000 KH, of 98) was told
  to be a percentage, `tulis 900`: followed, 900 of 98 gives a capaian below zero. The reading nearer the
  target is named: 90.
- A blank Polaritas on `Jumlah kejadian KLB` and `Jumlah penderita DBD` (the counts themselves), and on
  `Jumlah kerugian materiil akibat bencana`, was quiet where `Jumlah desa yang mengalami KLB`, `Jumlah
  kasus DBD` and `Nilai kerugian ekonomi akibat bencana` are told.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: G Polaritas,
H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Kumulatif"):
    return kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


# --- 1. an honest Kumulatif rate: each quarter's events over the year's population or births -----------


@pytest.mark.parametrize(
    ("indikator", "target", "tws", "satuan", "triwulan", "capaian"),
    [
        # TW II: 70 + 80 = 150 new cases per 100.000 of 300 for the year, 300 x 2 / 4 = 150 pro rata:
        # (600 - 150) / 300 = 150 %; Nilai Akhir 80: 520 / 300 = 173,33 %; both Sangat Tinggi
        ("Insidensi Tuberkulosis", "300", ("70", "80"), "per 100.000 penduduk", 2, Fraction(450, 300)),
        # TW III: 10 + 12 + 9 = 31 of 49, 49 x 3 / 4 = 36,75 pro rata: (98 - 31) / 49 = 136,73 %
        ("Incidence Rate DBD", "49", ("10", "12", "9"), "per 100.000 penduduk", 3, Fraction(67, 49)),
        # TW II: 20 + 25 = 45 maternal deaths per 100.000 KH of 98, 49 pro rata: (196 - 45) / 98 = 154,08 %
        ("Angka Kematian Ibu", "98", ("20", "25"), "per 100.000 KH", 2, Fraction(151, 98)),
        # the year: 1,8 + 1,9 + 1,7 + 1,6 = 7 of 7,2: (14,4 - 7) / 7,2 = 7,4 / 7,2 = 102,78 %
        ("Angka Kematian Bayi", "7,2", ("1,8", "1,9", "1,7", "1,6"), "per 1.000 KH", 4, Fraction(74, 72)),
    ],
)
def test_a_rate_counted_per_quarter_over_the_year_within_its_target_pro_rata_stays_quiet(
    indikator, target, tws, satuan, triwulan, capaian
):
    report = run([_row(indikator, target, tws, satuan)], triwulan=triwulan)
    assert report.indicators[0].capaian == pytest.approx(float(capaian * 100))
    assert not _at(report, "H2"), messages(report)


def test_a_rate_summed_just_past_its_target_pro_rata_is_told():
    # TW II: 26 + 24 = 50 maternal deaths per 100.000 KH of 98, 98 x 2 / 4 = 49 pro rata: (196 - 50) / 98
    # = 146 / 98 = 148,98 %; Nilai Akhir 24: 172 / 98 = 175,51 %. (figures59: per births; new cases per
    # population past its pro rata, Insidensi TB 40 + 36 of 150, are the half year's count: quiet)
    report = run([_row("Angka Kematian Ibu", "98", ("26", "24"), "per 100.000 KH")])
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "148,98%" in said[0] and "175,51%" in said[0], messages(report)
    report = run([_row("Insidensi Tuberkulosis", "150", ("40", "36"), "per 100.000 penduduk")])
    assert not _at(report, "H2"), messages(report)


def test_the_year_report_of_quarters_rates_with_tw4_blank_is_told_nilai_akhir_unknown():
    # Triwulan IV: 3,1 + 3,4 + 3 = 9,5 of 7,2 (each quarter its own AKB), TW IV "-": (14,4 - 9,5) / 7,2 =
    # 4,9 / 7,2 = 68,06 % Sedang, as typed; Nilai Akhir is not TW III's 3
    row = _row("Angka Kematian Bayi", "7,2", ("3,1", "3,4", "3", "-"), "per 1.000 KH")
    report = run([row], triwulan=4)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(49, 72) * 100))
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "68,06%" in said[0] and "belum diketahui" in said[0], messages(report)


# --- 2. AKI typed per 1.000 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # =1/1111*1000 = 0,9 (per 1.000 KH, as an AKB's formula): 90 per 100.000 KH; as a percentage it
        # would be 0,9 x 1.000 = 900, more than 9 times the target of 98 (90 is 0,92 of it)
        ("0,9", "90"),
        # 0,5: per 1.000, 50 (0,51 of 98); as a percentage 500 (5,1 times 98)
        ("0,5", "50"),
    ],
)
def test_aki_typed_per_1000_is_told_its_per_1000_reading(typed, meant):
    report = run(
        [_row("Angka Kematian Ibu", "98", (typed,), "per 100.000 KH", jenis="Nilai Akhir")], triwulan=1
    )
    said = [f.pesan for f in _at(report, "K2")]
    assert len(said) == 1 and f"tulis {meant};" in said[0] and "1.000" in said[0], messages(report)
    assert f"tulis {meant}0" not in said[0], said[0]


def test_aki_typed_as_a_percentage_keeps_its_percentage_reading():
    # 0,0942: as a percentage 0,0942 x 1.000 = 94,2 (0,96 of 98); per 1.000, 9,42 (a tenth of it)
    report = run(
        [_row("Angka Kematian Ibu", "98", ("0,0942",), "per 100.000 KH", jenis="Nilai Akhir")], triwulan=1
    )
    said = [f.pesan for f in _at(report, "K2")]
    assert len(said) == 1 and "tulis 94,2;" in said[0] and "persentase" in said[0], messages(report)


# --- 3. the KLB's, DBD's and losses' near typings ----------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "word"),
    [
        ("Jumlah kejadian KLB", "KLB"),
        ("Kejadian KLB", "KLB"),
        ("Jumlah penderita DBD", "penderita DBD"),
        ("Jumlah kerugian materiil akibat bencana", "kerugian"),
    ],
)
def test_near_typings_of_the_counts_are_named(indikator, word):
    assert pasted.lower_is_better(indikator, "") == word


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase penderita DBD yang ditangani sesuai standar",
        "Jumlah kejadian KLB yang ditanggulangi < 24 jam",
        "Persentase kejadian KLB yang direspon kurang dari 24 jam",
    ],
)
def test_the_work_on_them_stays_quiet(indikator):
    assert pasted.lower_is_better(indikator, "%") == ""


# --- outputs alike: check, export json, build's Pemeriksaan, the rekap's counts -------------------------


def test_check_export_build_and_rekap_count_the_review_alike(tmp_path):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row
    from tests.common import peringatan_alike

    path = tmp_path / "dinkes.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas Kesehatan", "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    tujuan = ("T1", "Tujuan", None, "Meningkatnya derajat kesehatan")
    kinerja = [
        # row 4: AKI typed per 1.000 in TW II (K4 blank)
        row(
            *tujuan,
            "Angka Kematian Ibu",
            "98",
            None,
            "0,9",
            **{"Satuan": "per 100.000 KH", "Polaritas": "Negatif", "Jenis Realisasi": "Nilai Akhir"},
        ),  # fmt: skip
        # row 5: a KLB counted, Polaritas blank
        row(
            "T1",
            None,
            None,
            None,
            "Jumlah kejadian KLB",
            "5",
            "1",
            "2",
            **{"Satuan": "kejadian", "Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
        # row 6: an honest incidence, 70 + 80 of 300 (150 pro rata s.d. TW II)
        row(
            "T1",
            None,
            None,
            None,
            "Insidensi Tuberkulosis",
            "300",
            "70",
            "80",
            **{"Satuan": "per 100.000 penduduk", "Polaritas": "Negatif", "Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    exported = peringatan_alike(
        path, tmp_path, [("L4", "tulis 90;"), ("G5", "indikator KLB biasanya bernilai negatif")]
    )
    assert not [f for f in exported["pemeriksaan"] if f["sel"] in ("H6", "K6", "L6", "G6")]
    cap = {i["indikator"]: i["capaian"] for i in exported["indikator"]}
    # as typed: AKI (196 - 0,9) / 98 = 199,08 %; KLB 1 + 2 = 3 of 5 = 60 %; TB (600 - 150) / 300 = 150 %
    assert cap["Angka Kematian Ibu"] == pytest.approx(float((196 - Fraction(9, 10)) / 98 * 100))
    assert cap["Jumlah kejadian KLB"] == pytest.approx(60.0)
    assert cap["Insidensi Tuberkulosis"] == pytest.approx(150.0)
    folder, out = tmp_path / "kiriman", tmp_path / "rekap.json"
    folder.mkdir()
    (folder / "dinkes.xlsx").write_bytes(path.read_bytes())
    args = ["rekap", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    (pd,) = json.loads(out.read_text(encoding="utf-8"))["perangkat_daerah"]
    # the two peringatan above, no galat, the three measured
    assert (pd["temuan_peringatan"], pd["temuan_galat"], pd["terukur"]) == (2, 0, 3), pd
