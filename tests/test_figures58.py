"""Stop 49, figures58: one reader of a rate's base, the KLB's and HIV's shortened names, a Negatif index summed.

- A rate's Satuan was read twice, by nama_negatif (is it a rate per live births?) and by capaian_checks
  (its base), and the two disagreed: `per 200.000 KH` was a rate per births without a base, `per 1.000
  kelahiran` (an Angka Lahir Mati's: per births, dead or alive) a base of no births, `per seribu KH`
  neither. One reader (satuan_laju) now answers both, and laju_dijumlahkan's name of what a rate is per.
- A blank Polaritas on `Jml kasus DBD`, `Jml. penderita HIV baru` (Jumlah shortened), `Jumlah KLB campak`,
  `desa dengan KLB` is the peringatan at the Polaritas as the full words are; the work on them is quiet.
- A Negatif index summed under Kumulatif (`Indeks Risiko Bencana` 140 + 138 of 145) was told in a
  position's words ("jumlah PMKS atau penduduk miskin"): now in the index's, its readings Negatif.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: G Polaritas,
H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from lkj_xl.core.satuan_laju import per_births, rate_base
from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Kumulatif"):
    return kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


# --- 1. one reader of a rate's base ---------------------------------------------------------------------

# Every Satuan form staff type, its base (the figure after "per" or "/", or before KH, its thousands
# joined; 100 for a percentage; 1.000 for per mil) and whether it is counted per live births.
FORMS = [
    ("per 1.000 KH", 1000, True),
    ("/1000 kelahiran hidup", 1000, True),
    ("per 100.000 KH", 100_000, True),
    ("per 100rb KH", 100_000, True),  # 100 ribu
    ("/100.000 KH", 100_000, True),
    ("100.000 KH", 100_000, True),  # no "per": the births before KH are the base
    ("‰", 1000, False),
    ("per mil", 1000, False),
    ("per 1.000 penduduk", 1000, False),
    ("per 100.000 penduduk", 100_000, False),
    ("kasus/100.000 pddk", 100_000, False),
    ("%", 100, False),
    ("orang", None, False),
    ("per KH", None, True),  # per live birth, no base written: none guessed
    # the answers that changed
    ("per 200.000 KH", 200_000, True),  # (rate_base: None, a base of no power of ten)
    ("per 30.000 penduduk", 30_000, False),  # (rate_base: None) a Rasio Puskesmas per 30.000 penduduk
    ("per 1.000 kelahiran", 1000, True),  # (nama_negatif: no births without "hidup") stillbirths
    ("per 100 KH", 100, True),  # (nama_negatif: no births under a thousand)
    ("per seribu KH", 1000, True),  # (both: none)
    ("per seratus ribu kelahiran hidup", 100_000, True),  # (both: none)
    # counts of births, no rate
    ("KH", None, False),
    ("1 KH", None, False),
    ("orang/hari", None, False),
]


@pytest.mark.parametrize(("satuan", "base", "births"), FORMS)
def test_one_reader_gives_the_base_and_the_births(satuan, base, births):
    assert (rate_base(satuan), per_births(satuan)) == (base, births)


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        # stillbirths per 1.000 births (dead or alive: "kelahiran" without "hidup")
        ("Angka lahir mati", "per 1.000 kelahiran"),
        ("AKN", "per seribu KH"),
        ("AKI", "per 200.000 KH"),
        ("Lahir mati", "per 100 KH"),
    ],
)
def test_a_rate_per_births_read_by_the_one_reader_is_named(indikator, satuan):
    assert pasted.lower_is_better(indikator, satuan) == f'dengan Satuan "{satuan}"'


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Jumlah kelahiran hidup", "KH"),
        ("Jumlah kelahiran hidup", "1 KH"),
        ("Jumlah kelahiran", "kelahiran"),
        # a share of births, higher is better
        ("Cakupan kunjungan neonatal", "per 1.000 KH"),
    ],
)
def test_births_counted_or_a_share_of_them_stay_quiet(indikator, satuan):
    assert pasted.lower_is_better(indikator, satuan) == ""


def test_aki_per_200000_kh_summed_is_told_as_a_rate_per_births():
    # TW II: 60 + 70 = 130 of 196 (98 per 100.000 = 196 per 200.000), 196 x 2 / 4 = 98 pro rata, so told
    # (was quiet: no base read); each quarter below half the target (98), no position's words.
    # Summed: (2 x 196 - 130) / 196 = 262 / 196 = 133,67 %; Nilai Akhir 70: 322 / 196 = 164,29 %
    assert Fraction(262, 196) * 100 > Fraction(13366, 100) and Fraction(322, 196) * 100 < Fraction(16430, 100)
    report = run([_row("Angka Kematian Ibu", "196", ("60", "70"), "per 200.000 KH")])
    said = _at(report, "H2")
    assert len(said) == 1, messages(report)
    assert 'Satuan "per 200.000 KH" berupa angka per kelahiran hidup' in said[0], said[0]
    assert "133,67%" in said[0] and "164,29%" in said[0], said[0]


def test_a_rate_per_pddk_summed_names_the_population():
    # "pddk" is penduduk: TW II 20 + 22 = 42 of 49, 24,5 pro rata: told per penduduk (was "kelahiran
    # hidup atau penduduk"); (98 - 42) / 49 = 56 / 49 = 114,29 %
    report = run([_row("Angka kesakitan DBD", "49", ("20", "22"), "kasus/100.000 pddk")])
    said = _at(report, "H2")
    assert len(said) == 1 and "berupa angka per penduduk:" in said[0], messages(report)
    assert "kelahiran hidup atau penduduk" not in said[0] and "114,29%" in said[0], said[0]


def test_akb_per_seribu_kh_typed_as_a_fraction_is_told():
    # =kematian/KH without x 1.000: 0,0102 for 10,2 per 1.000 KH of a target 11,8; as typed (23,6 -
    # 0,0102) / 11,8 = 199,91 % Sangat Tinggi (was quiet: "seribu" no base)
    report = run(
        [_row("Angka Kematian Bayi", "11,8", ("0,0102",), "per seribu KH", jenis="Nilai Akhir")], triwulan=1
    )
    assert report.indicators[0].capaian == pytest.approx(
        float((Fraction(236, 10) - Fraction(102, 10000)) / Fraction(118, 10) * 100)
    )
    said = _at(report, "K2")
    assert len(said) == 1 and "tulis 10,2;" in said[0], messages(report)


# --- 2. KLB, DBD and HIV named shortened -------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "word"),
    [
        ("Jml kasus DBD", "kasus DBD"),
        ("Jml. kasus DBD", "kasus DBD"),
        ("Jml. penderita HIV baru", "penderita HIV baru"),
        ("Jumlah penderita HIV baru", "penderita HIV baru"),
        ("Jumlah KLB campak", "KLB"),
        ("Jumlah KLB keracunan pangan", "KLB"),
        ("desa dengan KLB", "KLB"),
        ("Jumlah desa dengan KLB", "KLB"),
        ("Jumlah kejadian KLB", "KLB"),
        ("Jml kejadian KLB", "KLB"),
    ],
)
def test_the_counts_shortened_are_named(indikator, word):
    assert pasted.lower_is_better(indikator, "kasus") == word


@pytest.mark.parametrize(
    "indikator",
    [
        "penanganan KLB",
        "desa yang menangani KLB < 24 jam",
        "penemuan kasus",
        "Jml penemuan kasus HIV baru",
        "Persentase desa dengan KLB yang ditangani < 24 jam",
        "Jml. penderita HIV baru yang mendapat ARV",
        "Jumlah KLB campak yang ditanggulangi",
    ],
)
def test_the_work_on_them_stays_quiet(indikator):
    assert pasted.lower_is_better(indikator, "%") == ""


# --- 3. a Negatif index summed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "target", "tws", "satuan", "words"),
    [
        # sum 278: (2 x 145 - 278) / 145 = 12 / 145 = 8,28 % Sangat Rendah; Nilai Akhir 138: 152 / 145 =
        # 104,83 %; Rata-rata (140 + 138) / 2 = 139: 151 / 145 = 104,14 %, both Sangat Tinggi
        (
            "Indeks Risiko Bencana",
            "145",
            ("140", "138"),
            "%",
            [
                "= 278, capaian 8,28% (Sangat Rendah)",
                "TW II 138, capaian 104,83% (Sangat Tinggi)",
                "139, capaian 104,14%",
            ],
        ),
        # sum 0,75: (0,76 - 0,75) / 0,38 = 1 / 38 = 2,63 %; Nilai Akhir 0,37: 39 / 38 = 102,63 %;
        # Rata-rata 0,375: 0,385 / 0,38 = 101,32 %
        (
            "Indeks Gini",
            "0,38",
            ("0,38", "0,37"),
            "angka",
            [
                "= 0,75, capaian 2,63% (Sangat Rendah)",
                "TW II 0,37, capaian 102,63%",
                "0,375, capaian 101,32%",
            ],
        ),
        ("Nilai Indeks Risiko Bencana", "145", ("140", "138"), "-", ["capaian 104,83%"]),
    ],
)
def test_a_negatif_index_summed_is_told_in_the_index_words(indikator, target, tws, satuan, words):
    assert Fraction(152, 145) * 100 > Fraction(10482, 100) and Fraction(39, 38) * 100 < Fraction(10264, 100)
    report = run([_row(indikator, target, tws, satuan)])
    said = _at(report, "H2")
    assert len(said) == 1, messages(report)
    assert 'padahal indikatornya indeks ("' in said[0] and "indeks setahun bukan jumlah indeks" in said[0], (
        said[0]
    )
    assert "PMKS" not in said[0] and "semakin rendah" in said[0], said[0]
    for w in words:
        assert w in said[0], (w, said[0])


def test_a_negatif_amount_named_nilai_keeps_the_position_words():
    # Nilai kerugian (rupiah lost) is no index: 300 + 280 of 500 (juta), each at least half, keeps its words
    report = run([_row("Nilai kerugian ekonomi akibat bencana", "500", ("300", "280"), "juta rupiah")])
    said = _at(report, "H2")
    assert len(said) == 1 and "indikatornya" not in said[0] and "PMKS" in said[0], messages(report)


# --- outputs alike: check, export json, build's Pemeriksaan, the rekap's counts -------------------------


def test_check_export_build_and_rekap_count_them_alike(tmp_path):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row
    from tests.common import peringatan_alike

    path = tmp_path / "dinkes.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas Kesehatan", "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    more = {"Polaritas": "Negatif", "Jenis Realisasi": "Kumulatif"}
    kinerja = [
        # row 4: AKI per 200.000 KH summed, 60 + 70 of 196
        row(
            "T1",
            "Tujuan",
            None,
            "Meningkatnya derajat kesehatan",
            "Angka Kematian Ibu",
            "196",
            "60",
            "70",
            **{"Satuan": "per 200.000 KH", **more},
        ),  # fmt: skip
        # row 5: HIV's new cases, Polaritas blank: 12 + 9 = 21 of 40 = 52,5 % as typed (Positif)
        row(
            "T1",
            None,
            None,
            None,
            "Jml. penderita HIV baru",
            "40",
            "12",
            "9",
            **{"Satuan": "orang", "Jenis Realisasi": "Kumulatif"},
        ),  # fmt: skip
        # row 6: IRB summed, 140 + 138 of 145 = 8,28 % as typed
        row(
            "T1", None, None, None, "Indeks Risiko Bencana", "145", "140", "138", **{"Satuan": "%", **more}
        ),  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    exported = peringatan_alike(
        path,
        tmp_path,
        [
            ("H4", "berupa angka per kelahiran hidup"),
            ("G5", "indikator penderita HIV baru biasanya bernilai negatif"),
            ("H6", "indeks setahun bukan jumlah indeks"),
        ],
    )
    cap = {i["indikator"]: i["capaian"] for i in exported["indikator"]}
    # as typed: AKI (392 - 130) / 196 = 133,67 %; HIV 21 / 40 = 52,5 %; IRB 12 / 145 = 8,28 %
    assert cap["Angka Kematian Ibu"] == pytest.approx(float(Fraction(262, 196) * 100))
    assert cap["Jml. penderita HIV baru"] == pytest.approx(52.5)
    assert cap["Indeks Risiko Bencana"] == pytest.approx(float(Fraction(12, 145) * 100))
    folder, out = tmp_path / "kiriman", tmp_path / "rekap.json"
    folder.mkdir()
    (folder / "dinkes.xlsx").write_bytes(path.read_bytes())
    args = ["rekap", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    (pd,) = json.loads(out.read_text(encoding="utf-8"))["perangkat_daerah"]
    # the three peringatan above, no galat, the three measured
    assert (pd["temuan_peringatan"], pd["temuan_galat"], pd["terukur"]) == (3, 0, 3), pd
