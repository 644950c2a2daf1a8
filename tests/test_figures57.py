"""figures57: silent figures this session's trials found (newuser56's report, not fixed there).

- A rate per live births or per population chosen Kumulatif, Negatif (`Angka Kematian Bayi` per 1.000 KH
  3,1 + 3,4 of 7,2: 6,5, 109,72 % Sangat Tinggi without a word; an `Insidensi Tuberkulosis` per 100.000
  penduduk likewise): a rate of a period is its events over its own births or population, not the sum of
  the quarters' rates; told at the Jenis Realisasi with the Nilai Akhir reading, whether or not the sum
  passes the target. Counts (`Jumlah kematian bayi`, `kasus`) summed stay quiet.
- AKI typed as a percentage (`0,0942`, =kematian/KH x 100, of 98 per 100.000 KH, Negatif: 199,9 % Sangat
  Tinggi without a word): told at its quarter with the figure to type (0,0942 x 1.000 = 94,2); an honest
  fall (45 of 98) stays quiet.
- A blank Polaritas on a BPBD's or a Dinkes's `KLB`, `kerugian`, `penduduk terdampak`, `pengungsi`,
  `kasus DBD`, `kasus baru HIV`: told; the work on them and the part served stay quiet.
- `3x`, `4 x`, `2×` under Satuan `kali` (or `X`): read as 3, 4, 2, as `5 kali` under `X` is.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: G Polaritas,
H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def _row(indikator, target, tws, satuan, polaritas=None, jenis="Kumulatif"):
    return kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", indikator, target, (*tws, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


# --- 1. A rate per births or per population chosen Kumulatif ----------------------------------------


def test_akb_per_1000_kh_summed_is_told_with_nilai_akhir_though_within_target():
    # 3,1 + 3,4 = 6,5 of 7,2, Negatif: (2 x 7,2 - 6,5) / 7,2 = 7,9 / 7,2 = 109,72 % Sangat Tinggi, as typed;
    # Nilai Akhir 3,4: (14,4 - 3,4) / 7,2 = 11 / 7,2 = 152,78 % Sangat Tinggi
    report = run([_row("Angka Kematian Bayi", "7,2", ("3,1", "3,4"), "per 1.000 KH", "Negatif")])
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(79, 72) * 100))
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1, messages(report)
    assert "TW I 3,1 + TW II 3,4 = 6,5, capaian 109,72% (Sangat Tinggi)" in said[0]
    assert '"Nilai Akhir"' in said[0] and "152,78% (Sangat Tinggi)" in said[0]
    assert "bukan jumlah" in said[0] and "kelahiran hidup" in said[0]
    assert len(report.findings) == 1, messages(report)


def test_akb_summed_past_its_target_is_told_too():
    # 3,1 + 4,5 = 7,6 of 7,2: (14,4 - 7,6) / 7,2 = 6,8 / 7,2 = 94,44 %; TW I 3,1 < 3,6 (half of 7,2), so no
    # position rule spoke; Nilai Akhir 4,5: 9,9 / 7,2 = 137,5 %
    report = run(
        [_row("Angka Kematian Bayi (AKB)", "7,2", ("3,1", "4,5"), "per 1.000 kelahiran hidup", "Negatif")]
    )
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(68, 72) * 100))
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "94,44% (Sangat Tinggi)" in said[0] and "137,50% (Sangat Tinggi)" in said[0], (
        messages(report)
    )


def test_insidensi_per_100000_penduduk_summed_is_a_count_of_the_half_year():
    # 60 + 65 = 125 of 190: (380 - 125) / 190 = 255 / 190 = 134,21 %. figures59: new cases per quarter
    # over the population (a stock) add up to the half year's, past its pro rata (95) a worse year, not a
    # rate summed (it was told; a rate per births still is: test_akb_summed_past_its_target_is_told)
    report = run([_row("Insidensi Tuberkulosis", "190", ("60", "65"), "per 100.000 penduduk", "Negatif")])
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(255, 190) * 100))
    assert not _at(report, "H2"), messages(report)


def test_akb_in_per_mil_summed_is_told():
    # 3,1 + 3,4 of 7,2 ‰, as above
    report = run([_row("AKB", "7,2", ("3,1", "3,4"), "‰", "Negatif")])
    assert len(_at(report, "H2")) == 1, messages(report)


def test_a_rate_summed_told_by_the_position_rule_is_told_once():
    # 5 + 6 = 11 of 7,2, each quarter at least half the target: capaian_checks' own peringatan, not two
    report = run([_row("Angka Kematian Bayi", "7,2", ("5", "6"), "per 1.000 KH", "Negatif")])
    assert len(_at(report, "H2")) == 1, messages(report)


@pytest.mark.parametrize(
    ("indikator", "target", "tws", "satuan", "polaritas", "jenis"),
    [
        # counts summed: a flow (3 + 4 infant deaths of 20; 12 + 8 DBD cases of 50)
        ("Jumlah kematian bayi", "20", ("3", "4"), "jiwa", "Negatif", "Kumulatif"),
        ("Jumlah kasus DBD", "50", ("12", "8"), "kasus", "Negatif", "Kumulatif"),
        # the rate as it should be chosen
        ("Angka Kematian Bayi", "7,2", ("3,1", "3,4"), "per 1.000 KH", "Negatif", "Nilai Akhir"),
        # one quarter typed, or nil before it: the sum is the last quarter, both readings alike
        ("Angka Kematian Bayi", "7,2", (None, "3,4"), "per 1.000 KH", "Negatif", "Kumulatif"),
        ("Angka Kematian Bayi", "7,2", ("nihil", "3,4"), "per 1.000 KH", "Negatif", "Kumulatif"),
        # a Positif rate of cases found over the year's population: flows, summed (70 + 80 of 300)
        (
            "Case Notification Rate (CNR) TBC",
            "300",
            ("70", "80"),
            "per 100.000 penduduk",
            "Positif",
            "Kumulatif",
        ),
    ],
)
def test_counts_and_rates_read_as_meant_stay_quiet(indikator, target, tws, satuan, polaritas, jenis):
    report = run([_row(indikator, target, tws, satuan, polaritas, jenis)])
    assert not _at(report, "H2"), messages(report)


def test_the_year_report_with_tw4_blank_names_nilai_akhir_unknown():
    # Triwulan IV: 2,8 + 2,9 + 2,5 = 8,2 of 7,2, TW IV "-" (no data; a status there leaves the Kumulatif
    # itself belum diketahui): (14,4 - 8,2) / 7,2 = 6,2 / 7,2 = 86,11 %; Nilai Akhir is not TW III's 2,5.
    # (The review of figures57: 1,8 + 1,9 + 2 = 5,7, within the year's 7,2, is each quarter's deaths over
    # the year's births, quiet: tests/test_rev_figures57.py.)
    row = _row("Angka Kematian Bayi", "7,2", ("2,8", "2,9", "2,5", "-"), "per 1.000 KH", "Negatif")
    report = run([row], triwulan=4)
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "86,11%" in said[0] and "belum diketahui" in said[0], messages(report)


# --- 2. AKI typed as a percentage ---------------------------------------------------------------------


@pytest.mark.parametrize("satuan", ["per 100.000 KH", "/100.000 KH", "per 100.000 kelahiran hidup"])
def test_aki_typed_as_a_percentage_is_told_the_figure_to_type(satuan):
    # 10 deaths of 10.616 births: =10/10616*100 = 0,0942 (a percentage); x 1.000 = 94,2 per 100.000 KH.
    # As typed, Negatif Nilai Akhir: (196 - 0,0942) / 98 = 199,90 %
    report = run([_row("Angka Kematian Ibu", "98", ("0,0942", "0,0942"), satuan, "Negatif", "Nilai Akhir")])
    assert report.indicators[0].capaian == pytest.approx(float((196 - Fraction("0.0942")) / 98 * 100))
    for sel in ("K2", "L2"):
        said = [f.pesan for f in _at(report, sel)]
        assert len(said) == 1 and "tulis 94,2" in said[0] and "persentase" in said[0], messages(report)


@pytest.mark.parametrize(
    ("target", "tws", "satuan"),
    [
        # an honest fall: 45 of 98 per 100.000 KH (one death fewer in a small district), 50 then 45
        ("98", ("50", "45"), "per 100.000 KH"),
        # AKB 0,9 of 7,2 per 1.000 KH: a tenth, no hundredth of it (no percentage's slip to name)
        ("7,2", ("1,1", "0,9"), "per 1.000 KH"),
        # zero deaths
        ("98", ("0", "0"), "per 100.000 KH"),
    ],
)
def test_an_honest_fall_of_a_rate_stays_quiet(target, tws, satuan):
    report = run([_row("Angka Kematian Ibu", target, tws, satuan, "Negatif", "Nilai Akhir")])
    assert not _at(report, "K2") and not _at(report, "L2"), messages(report)


def test_aki_as_a_proportion_still_names_its_figure():
    # =10/10616 without x 100.000: 0,000942; x 100.000 = 94,2
    report = run(
        [_row("Angka Kematian Ibu", "98", (None, "0,000942"), "per 100.000 KH", "Negatif", "Nilai Akhir")]
    )
    said = [f.pesan for f in _at(report, "L2")]
    assert len(said) == 1 and "tulis 94,2" in said[0], messages(report)


# --- 3. A blank Polaritas on KLB, kerugian, terdampak, pengungsi, DBD, HIV ---------------------------

MUST_WARN = [
    ("Jumlah desa yang mengalami KLB", "desa", "KLB"),
    ("Jumlah desa/kelurahan yang mengalami Kejadian Luar Biasa (KLB)", "desa", "kejadian luar biasa"),
    ("Nilai kerugian akibat bencana", "Rp", "kerugian"),
    ("Jumlah kerugian ekonomi akibat bencana", "rupiah", "kerugian"),
    ("Jumlah penduduk terdampak bencana", "jiwa", '"penduduk terdampak"'),
    ("Jumlah pengungsi", "jiwa", "pengungsi"),
    ("Jumlah pengungsi akibat bencana banjir", "orang", "pengungsi"),
    ("Jumlah kasus DBD", "kasus", "kasus DBD"),
    ("Jumlah kasus Demam Berdarah Dengue (DBD)", "kasus", "kasus demam berdarah dengue"),
    ("Jumlah kasus baru HIV", "kasus", "kasus baru HIV"),
    ("Jumlah kasus HIV baru", "orang", "kasus HIV baru"),
]


@pytest.mark.parametrize(("indikator", "satuan", "word"), MUST_WARN)
def test_a_bpbd_or_dinkes_lower_is_better_name_is_named(indikator, satuan, word):
    assert pasted.lower_is_better(indikator, satuan) == word


@pytest.mark.parametrize(
    "indikator",
    [
        # the work on them, the part served: higher is better
        "Persentase penanganan KLB kurang dari 24 jam",
        "Persentase desa/kelurahan mengalami KLB yang dilakukan penyelidikan epidemiologi < 24 jam",
        "Jumlah penduduk terdampak yang menerima bantuan",
        "Persentase penduduk terdampak bencana yang mendapat layanan kesehatan",
        "Pelayanan kesehatan bagi penduduk terdampak krisis kesehatan akibat bencana",
        "Persentase pengungsi yang tertangani",
        "Jumlah pengungsi yang mendapatkan bantuan logistik",
        "Jumlah tempat pengungsian yang disiapkan",
        "Persentase penemuan kasus HIV",
        "Penemuan kasus baru HIV",
        "Cakupan penemuan kasus DBD",
        "Persentase penyelesaian tuntutan ganti kerugian daerah",
        "Jumlah kerugian negara yang dikembalikan",
        "Persentase penurunan kasus DBD",
    ],
)
def test_the_work_on_them_or_the_part_served_stays_quiet(indikator):
    assert pasted.lower_is_better(indikator, "%") == ""


def test_klb_left_positif_is_pointed_out_and_computed_as_typed():
    # 1 + 2 = 3 villages of 5, Polaritas blank: as typed 3 / 5 = 60 % Rendah; Negatif (10 - 3) / 5 = 140 %
    report = run([_row("Jumlah desa yang mengalami KLB", "5", ("1", "2"), "desa")])
    assert report.indicators[0].capaian == pytest.approx(60.0)
    said = [f.pesan for f in _at(report, "G2")]
    assert len(said) == 1 and "indikator KLB biasanya bernilai negatif" in said[0], messages(report)


# --- 4. "3x" under Satuan kali --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "tws"),
    [("kali", ("3x", "4 x")), ("Kali", ("3X", "4×")), ("X", ("3x", "4 ×")), ("x", ("3 kali", "4x"))],
)
def test_times_typed_with_x_under_a_satuan_of_times_is_read(satuan, tws):
    # 3 + 4 = 7 meetings of 12: 7 / 12 = 58,33 % Rendah
    report = run([_row("Frekuensi rapat koordinasi lintas sektor", "12", tws, satuan, jenis="Kumulatif")])
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(7, 12) * 100)), messages(report)
    assert not _at(report, "K2") and not _at(report, "L2"), messages(report)


def test_a_target_typed_with_x_under_kali_is_read():
    # Target "12x": 12; 3 + 4 = 7 of 12
    report = run([_row("Frekuensi rapat koordinasi", "12x", ("3", "4"), "kali")])
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(7, 12) * 100)), messages(report)


@pytest.mark.parametrize(
    ("satuan", "typed"),
    [
        ("Dokumen", "3x"),  # another Satuan: "x" is no word of it
        ("kali", "2 x 3"),  # a product: which figure is meant is not known
        ("kali/tahun", "3x"),  # only part of the Satuan, as "3 kali" is
    ],
)
def test_an_x_that_is_no_times_of_the_satuan_stays_a_galat(satuan, typed):
    report = run([_row("Frekuensi rapat koordinasi", "12", (None, typed), satuan)])
    assert report.indicators[0].capaian is None
    assert [f.severity for f in _at(report, "L2")] == [GALAT], messages(report)


# --- outputs alike: check, export json, build's Pemeriksaan ---------------------------------------------


def test_check_export_and_build_say_the_rate_summed_alike(tmp_path):
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row
    from tests.common import peringatan_alike

    path = tmp_path / "dinkes.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas Kesehatan", "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    kinerja = [  # row 4
        row(
            "T1",
            "Tujuan",
            None,
            "Meningkatnya derajat kesehatan",
            "Angka Kematian Bayi",
            "7,2",
            "3,1",
            "3,4",
            **{"Satuan": "per 1.000 KH", "Polaritas": "Negatif", "Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
        row(
            "T1",
            None,
            None,
            None,
            "Frekuensi rapat koordinasi",
            "12",
            "3x",
            "4 x",
            **{"Satuan": "kali", "Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    exported = peringatan_alike(path, tmp_path, [("H4", "152,78% (Sangat Tinggi)")])
    cap = {i["indikator"]: i for i in exported["indikator"]}
    # 109,72 % as typed; 3 + 4 = 7 of 12 = 58,33 %
    assert cap["Angka Kematian Bayi"]["capaian"] == pytest.approx(float(Fraction(79, 72) * 100))
    assert cap["Frekuensi rapat koordinasi"]["capaian"] == pytest.approx(float(Fraction(7, 12) * 100))
    assert not [f for f in exported["pemeriksaan"] if f["tingkat"] == "galat"]
    # the rekap counts the same: one peringatan, no galat, both measured; the agency's capaian the mean
    # (79 / 72 + 7 / 12) x 100 / 2 = (79 + 42) / 144 x 100 = 84,03 %
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main

    folder, out = tmp_path / "kiriman", tmp_path / "rekap.json"
    folder.mkdir()
    (folder / "dinkes.xlsx").write_bytes(path.read_bytes())
    args = ["rekap", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    (pd,) = json.loads(out.read_text(encoding="utf-8"))["perangkat_daerah"]
    assert (pd["temuan_peringatan"], pd["temuan_galat"], pd["terukur"]) == (1, 0, 2)
    assert pd["capaian"] == pytest.approx(float(Fraction(121, 144) * 100))
