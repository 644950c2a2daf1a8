"""A new user's trial (newuser56): a Dinas Kesehatan's and a BPBD's TW II 2025 reports, filled into
`lkj-xl new`'s workbook as their staff type (AKI `94,2 per 100.000 KH`, stunting `15,8 %`, imunisasi
`22,5%` + `24,8%`, rasio dokter `0,43`, a formula `=806/1650*100`, SIPD pagu `98.452.118.540,00`, `7,5 M`,
`185 jt`; the BPBD's IRB `Menunggu data BNPB`, desa tangguh `-` then `32,5%`, korban jiwa `nihil` then 2,
waktu tanggap `25 menit` and 45). Every figure of both reports matched the hand arithmetic; these are
what was not said:

- A blank Polaritas on a Dinkes's or BPBD's lower-is-better indicator was told for `Angka Kematian Ibu`,
  `Angka kesakitan`, `korban jiwa`, but not for `Insidensi Tuberkulosis` (120 of 190 per 100.000 penduduk
  printed 63,16 % Rendah, where fewer cases is 136,84 %), `Annual Parasite Incidence (API)` malaria,
  `Jumlah korban meninggal akibat bencana`, nor for `AKI` / `AKB` typed by their initials under a Satuan
  `per 100.000 KH` / `per 1.000 KH` (a rate per live births is a death rate).
- The BPBD's `Persentase desa tangguh bencana` chosen Kumulatif, 30 % then 32,5 % of 35 % (the share of
  villages holding the status at each quarter's end), summed to 62,5 %: 178,57 % Sangat Tinggi without a
  word, where `Cakupan desa tangguh bencana` so typed is told both readings; so was `Persentase posyandu
  aktif` 30 %; 32 % of 40 % (155 %).
- A Dinkes's count of a stock chosen Kumulatif, `Jumlah posyandu aktif` 812 then 815 of 850, summed to
  1.627: 191,41 % Sangat Tinggi without a word (left blank, the same row is told; a percentage so named
  is told chosen Kumulatif too).
- `lkj-xl new --triwulan "Semester I"` (also `II`, `TW 2`) makes the workbook, but `lkj-xl export
  dinkes.xlsx --triwulan "Semester I"` (or `--triwulan II`) stopped with click's `'Semester I' is not a
  valid integer range`: the override takes a quarter as `new` does (`II`, `TW 2`: 2), and a half year or
  the year's report is said to be chosen in Pengaturan's Triwulan.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from tests.test_engine import kinerja_row, messages, run
from tests.test_polaritas_bpbd_dinkes import _polaritas_said

# --- 1. A blank Polaritas on a Dinkes's or a BPBD's lower-is-better indicator --------------------------

MUST_WARN = [
    # Dinkes: the incidence of TB (Renstra: "Insidensi Tuberkulosis (per 100.000 penduduk)"), of malaria
    ("Insidensi Tuberkulosis", "per 100.000 penduduk", "insidensi"),
    ("Insidens TBC per 100.000 penduduk", "per 100.000 penduduk", "insidens"),
    ("Annual Parasite Incidence (API) malaria", "per 1.000 penduduk", "incidence"),
    # BPBD: the dead of a disaster, as korban jiwa is
    ("Jumlah korban meninggal akibat bencana", "orang", "korban meninggal"),
    ("Jumlah korban meninggal dunia akibat bencana alam", "jiwa", "korban meninggal dunia"),
    # a rate per live births is a death rate, whatever its name's initials
    ("AKI", "per 100.000 KH", 'dengan Satuan "per 100.000 KH"'),
    ("AKB", "per 1.000 KH", 'dengan Satuan "per 1.000 KH"'),
    ("AKABA", "per 1.000 kelahiran hidup", 'dengan Satuan "per 1.000 kelahiran hidup"'),
    ("AKI (Dinkes Prov)", "Per 100.000 KH", 'dengan Satuan "Per 100.000 KH"'),
]


@pytest.mark.parametrize(("indikator", "satuan", "word"), MUST_WARN)
def test_a_lower_is_better_name_or_satuan_of_dinkes_bpbd_is_named(indikator, satuan, word):
    assert pasted.lower_is_better(indikator, satuan) == word


QUIET = [
    # the fall itself, the work against it, the part served: higher is better
    ("Penurunan insidensi Tuberkulosis", "per 100.000 penduduk"),
    ("Penurunan AKI", "per 100.000 KH"),
    ("Persentase penurunan Angka Kematian Bayi", "per 1.000 KH"),
    ("Jumlah korban meninggal yang dievakuasi", "orang"),
    ("Jumlah korban bencana yang mendapat layanan", "orang"),
    ("Jumlah kelahiran hidup", "KH"),
    ("Cakupan kunjungan neonatal", "%"),
    ("Persentase persalinan di fasilitas pelayanan kesehatan", "%"),
    ("Case Notification Rate (CNR) TBC", "per 100.000 penduduk"),
    # a hospital's patient safety incidents stay told, the word's forms alike
    ("Jumlah insiden keselamatan pasien", "kejadian"),
]


@pytest.mark.parametrize(("indikator", "satuan"), QUIET)
def test_a_name_of_the_fall_or_of_the_work_stays_quiet(indikator, satuan):
    expected = "insiden" if "insiden " in indikator else ""
    assert pasted.lower_is_better(indikator, satuan) == expected


def test_aki_by_its_initials_left_positif_is_pointed_out_and_computed_as_typed():
    # AKI 94,2 per 100.000 KH of a target 98, Polaritas left blank: as typed 94,2 / 98 = 96,12 % Sangat
    # Tinggi; Negatif would be (2 x 98 - 94,2) / 98 = 101,8 / 98 = 103,88 %
    row = kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", "AKI", "98", ("112,4", "94,2", None, None), satuan="per 100.000 KH", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction("94.2") / 98 * 100))
    said = _polaritas_said(report)
    assert len(said) == 1, messages(report)
    assert 'padahal indikator dengan Satuan "per 100.000 KH" biasanya bernilai negatif' in said[0]
    assert 'pilih "Negatif"' in said[0]


def test_insidensi_tb_left_positif_is_pointed_out():
    # 120 of a target 190 per 100.000 penduduk: as typed 120 / 190 = 63,16 % Rendah; Negatif would be
    # (2 x 190 - 120) / 190 = 260 / 190 = 136,84 %
    row = kinerja_row("T1", "Tujuan", "", "Menurunnya penyakit menular", "Insidensi Tuberkulosis", "190", ("65", "120", None, None), satuan="per 100.000 penduduk", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(120, 190) * 100))
    assert report.indicators[0].kriteria == "Rendah"
    said = _polaritas_said(report)
    assert len(said) == 1 and "indikator insidensi biasanya bernilai negatif" in said[0], messages(report)


def test_korban_meninggal_chosen_negatif_is_quiet():
    # BPBD, Negatif Kumulatif: nihil + 2 = 2 of 5: (2 x 5 - 2) / 5 = 160 %
    row = kinerja_row("T1", "Tujuan", "", "Menurunnya dampak bencana", "Jumlah korban meninggal akibat bencana", "5", ("nihil", "2", None, None), satuan="jiwa", polaritas="Negatif", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(160.0)
    assert not _polaritas_said(report), messages(report)


# --- 2. A share of villages (posyandu) holding a status, chosen Kumulatif ------------------------------


def _jenis_said(report, sel="H2"):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def test_desa_tangguh_bencana_positions_chosen_kumulatif_are_told_both_readings():
    # 30 % at the end of March, 32,5 % at the end of June, of 35 %: summed (Kumulatif) 62,5 / 35 = 178,57 %
    # Sangat Tinggi, computed as typed; as a position (Nilai Akhir) 32,5 / 35 = 92,86 % Sangat Tinggi
    row = kinerja_row("T1", "Tujuan", "", "Menurunnya risiko bencana", "Persentase desa tangguh bencana", "35%", ("30%", "32,5%", None, None), jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction("62.5") / 35 * 100))
    said = _jenis_said(report)
    assert len(said) == 1, messages(report)
    assert "TW I 30 + TW II 32,5 = 62,5 %, capaian 178,57% (Sangat Tinggi)" in said[0]
    assert '("tangguh")' in said[0] and "92,86%" in said[0]


def test_posyandu_aktif_positions_chosen_kumulatif_are_told():
    # 30 %; 32 % of 40 %: summed 62 / 40 = 155 %; as a position 32 / 40 = 80 % Tinggi
    row = kinerja_row("T1", "Tujuan", "", "Meningkatnya UKBM", "Persentase posyandu aktif", "40%", ("30%", "32%", None, None), jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(155.0)
    said = _jenis_said(report)
    assert len(said) == 1 and '("aktif")' in said[0] and "80,00% (Tinggi)" in said[0], messages(report)


@pytest.mark.parametrize(
    ("indikator", "tws"),
    [
        # a flow's parts, each a small share of the year's (10 + 12 = 22 of 35: 62,86 %)
        ("Persentase desa tangguh bencana", ("10%", "12%")),
        # villages made tangguh each quarter, named as a flow
        ("Persentase desa tangguh bencana baru", ("30%", "32,5%")),
    ],
)
def test_a_flow_of_desa_tangguh_stays_quiet(indikator, tws):
    row = kinerja_row("T1", "Tujuan", "", "Menurunnya risiko bencana", indikator, "35%", (*tws, None, None), jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert not _jenis_said(report), messages(report)


# --- 2b. A count of a stock named so, chosen Kumulatif ---------------------------------------------------


def test_posyandu_aktif_counted_chosen_kumulatif_is_told_both_readings():
    # 812 posyandu aktif at the end of March, 815 at the end of June, of 850: summed 1.627 / 850 =
    # 191,41 % Sangat Tinggi, computed as typed; as a position (Nilai Akhir) 815 / 850 = 95,88 %
    row = kinerja_row("T1", "Tujuan", "", "Meningkatnya UKBM", "Jumlah posyandu aktif", "850", ("812", "815", None, None), satuan="posyandu", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(1627, 850) * 100))
    said = _jenis_said(report)
    assert len(said) == 1, messages(report)
    assert "TW I 812 + TW II 815 = 1.627, capaian 191,41% (Sangat Tinggi)" in said[0]
    assert (
        '("aktif")' in said[0]
        and 'pilih "Nilai Akhir": realisasi s.d. TW II 815, capaian 95,88% (Sangat Tinggi)' in said[0]
    )


@pytest.mark.parametrize(
    ("indikator", "target", "tws"),
    [
        # a flow named with no state: tenaga kesehatan trained each quarter (35 + 40 of 120)
        ("Jumlah tenaga kesehatan yang dilatih", "120", ("35", "40")),
        # a state's quarters each a part of the year's (posyandu made aktif: 300 + 320 of 850)
        ("Jumlah posyandu aktif", "850", ("300", "320")),
        # within the target: the sum may be meant (410 + 430 of 850)
        ("Jumlah posyandu aktif", "850", ("410", "430")),
        # chosen, the last quarter alone below 90 % of the target (600 + 700 of 850: 700 < 765): meant
        ("Jumlah posyandu aktif", "850", ("600", "700")),
        # a flow word beside the state (posyandu aktif baru: 450 + 460 of 850 summed is meant)
        ("Jumlah posyandu aktif baru", "850", ("450", "460")),
    ],
)
def test_a_count_chosen_kumulatif_stays_quiet_unless_a_position_summed(indikator, target, tws):
    row = kinerja_row("T1", "Tujuan", "", "Meningkatnya UKBM", indikator, target, (*tws, None, None), satuan="posyandu", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert not _jenis_said(report), messages(report)


def test_puskesmas_terakreditasi_copied_is_told_once():
    # 21; 21 of 25 chosen Kumulatif: 42, told at TW II (a quarter equal to the one before); not again
    row = kinerja_row("T1", "Tujuan", "", "Mutu layanan", "Jumlah puskesmas terakreditasi", "25", ("21", "21", None, None), satuan="unit", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=2)
    assert len([f for f in report.findings if f.sheet == "Kinerja" and f.sel in ("H2", "L2")]) == 1, messages(
        report
    )


# --- 3. The BPBD's workbook, made by `lkj-xl new`, checked and exported as staff run them -------------


def test_the_bpbd_workbook_checked_and_exported_by_hand(tmp_path):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path = tmp_path / "bpbd.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "BPBD", "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    kinerja = [  # rows 4-8
        row(
            "T1",
            "Tujuan",
            None,
            "Meningkatnya ketangguhan masyarakat",
            "Indeks Risiko Bencana (IRB)",
            "128,5",
            "belum ada data",
            "Menunggu data BNPB",
            **{"Satuan": "Indeks", "Polaritas": "Negatif", "Jenis Realisasi": "Nilai Akhir"},
        ),  # fmt: skip
        row(
            "S1",
            "Sasaran",
            "T1",
            "Menurunnya risiko dan dampak bencana",
            "Persentase desa tangguh bencana",
            "35%",
            "30%",
            "32,5%",
            **{"Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
        row(
            "S1",
            None,
            None,
            None,
            "Jumlah korban meninggal akibat bencana",
            5,
            "nihil",
            2,
            **{"Satuan": "jiwa", "Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
        row(
            "S1",
            None,
            None,
            None,
            "Waktu tanggap (response time) kejadian bencana",
            "30 menit",
            "25 menit",
            45,
            **{"Satuan": "menit", "Polaritas": "Negatif", "Jenis Realisasi": "Rata-rata"},
        ),  # fmt: skip
        row(
            "1.05.03",
            "Program",
            "S1",
            "PROGRAM PENANGGULANGAN BENCANA",
            "Persentase kejadian bencana yang ditangani kurang dari 24 jam",
            "100%",
            "100%",
            "100%",
            **{"Jenis Realisasi": "Nilai Akhir"},
        ),  # fmt: skip
    ]
    anggaran = [  # rows 4-5, as pasted from SIPD and typed
        {
            "Kode": "1.05.01",
            "Program": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "Kode Sasaran": "S1",
            "Pagu": "Rp 3.215.660.400",
            "Realisasi TW I": "612.345.000",
            "Realisasi TW II": "705.118.250,75",
        },  # fmt: skip
        {
            "Kode": "1.05.03",
            "Program": "PROGRAM PENANGGULANGAN BENCANA",
            "Pagu": "2.875.000.000",
            "Realisasi TW I": "Rp 215,5 jt",
            "Realisasi TW II": "1,02 M",
        },  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja, anggaran=anggaran)
    checked = CliRunner().invoke(main, ["check", str(path)])
    said = [
        line.split()[:2] for line in checked.output.splitlines() if line.startswith(("galat", "peringatan"))
    ]
    # desa tangguh summed (row 5, its Jenis Realisasi H5); korban meninggal's blank Polaritas (G6)
    assert said == [["peringatan", "Kinerja!H5"], ["peringatan", "Kinerja!G6"]], checked.output
    exported = CliRunner().invoke(main, ["export", str(path)])
    data = json.loads(exported.output)
    cap = {i["indikator"]: i for i in data["indikator"]}
    assert cap["Indeks Risiko Bencana (IRB)"]["capaian"] is None
    assert cap["Indeks Risiko Bencana (IRB)"]["status"] == "Menunggu data BNPB"
    # desa tangguh as typed: 30 + 32,5 = 62,5 of 35 = 178,57 %
    assert cap["Persentase desa tangguh bencana"]["capaian"] == pytest.approx(float(Fraction(625, 350) * 100))
    # korban meninggal as typed (Positif): nihil + 2 = 2 of 5 = 40 % Sangat Rendah
    assert cap["Jumlah korban meninggal akibat bencana"]["capaian"] == pytest.approx(40.0)
    # waktu tanggap, Negatif Rata-rata: (25 + 45) / 2 = 35 of 30: (60 - 35) / 30 = 83,33 % Tinggi
    waktu = cap["Waktu tanggap (response time) kejadian bencana"]
    assert waktu["capaian"] == pytest.approx(float(Fraction(25, 30) * 100)) and waktu["kriteria"] == "Tinggi"
    program = {a["kode"]: a for a in data["anggaran"]}
    # 612.345.000 + 705.118.250,75 = 1.317.463.250,75 of 3.215.660.400
    assert Fraction(program["1.05.01"]["realisasi"]) == Fraction("1317463250.75")
    # 215.500.000 + 1.020.000.000 = 1.235.500.000 of 2.875.000.000 = 42,97 %
    assert program["1.05.03"]["realisasi"] == 1_235_500_000
    assert program["1.05.03"]["penyerapan"] == pytest.approx(
        float(Fraction(1_235_500_000, 2_875_000_000) * 100)
    )
    s1 = next(e for e in data["efisiensi"] if e["kode"] == "S1")
    # S1: both programs, (1.317.463.250,75 + 1.235.500.000) / (3.215.660.400 + 2.875.000.000)
    penyerapan = Fraction("2552963250.75") / 6_090_660_400 * 100
    assert s1["penyerapan"] == pytest.approx(float(penyerapan))
    # its capaian the mean of its three: (62,5 / 35 + 2 / 5 + 25 / 30) x 100 / 3
    rata = (Fraction(625, 350) + Fraction(2, 5) + Fraction(25, 30)) * 100 / 3
    assert s1["capaian"] == pytest.approx(float(rata))
    assert s1["efisiensi"] == pytest.approx(float(rata - penyerapan))


# --- 4. --triwulan of build, check, export as `new` takes it ----------------------------------------------


def _workbook(tmp_path):
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path = tmp_path / "dinkes.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas Kesehatan", "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    kinerja = [
        row(
            "T1",
            "Tujuan",
            None,
            "Meningkatnya derajat kesehatan",
            "Cakupan imunisasi dasar lengkap",
            "95%",
            "22,5%",
            "24,8%",
            **{"Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    return path


@pytest.mark.parametrize("typed", ["1", "I", "TW 1", "Triwulan I"])
def test_triwulan_override_takes_a_quarter_as_new_does(tmp_path, typed):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main

    result = CliRunner().invoke(main, ["export", str(_workbook(tmp_path)), "--triwulan", typed])
    assert result.exit_code == 0, result.output
    (imunisasi,) = json.loads(result.output)["indikator"]
    # s.d. TW I: 22,5 of 95 = 23,68 %
    assert imunisasi["realisasi"] == 22.5 and json.loads(result.output)["triwulan"] == 1


# (narasi58) a half year or the year asked is that report, as Pengaturan's Triwulan chooses it: see
# tests/test_narasi58_cli.py (was: refused, "chosen in Pengaturan's Triwulan")


def test_no_quarter_is_refused(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main

    result = CliRunner().invoke(main, ["build", str(_workbook(tmp_path)), "--triwulan", "5"])
    assert result.exit_code == 2 and "1-4" in result.output, result.output
