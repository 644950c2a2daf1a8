"""Review of figures58: an index summed under a Target typed as a range, the index's words per Satuan
and per Jenis Realisasi left blank.

- A Negatif index summed (Indeks Risiko Bencana 140 + 138) against a Target typed as a range ("140-150")
  named Nilai Akhir's and Rata-rata's capaian against the upper bound (108,00 %, 107,33 %), while the
  engine scores them, once chosen, against the bound the figure falls beside (PermenPANRB No. 8 Tahun
  2021: below the range the lower bound, inside it 100 %): a figure in a peringatan that the report would
  never print. A Positif index under % (Indeks Kepuasan Masyarakat 80 + 81 of "80-85 %") so too (main's).
- A rate's Satuan with "setiap" or "tiap" for "per" ("setiap 100.000 penduduk") had no base: a fraction
  typed for it silent (199,9994 %), where "per 100.000 penduduk" is told.
- The words "bukan bagian dari keseluruhan" only under a percentage; "Jenis Realisasi kosong" and
  'pilih "Kumulatif"' for a Jenis Realisasi left blank.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2.
"""

from __future__ import annotations

import pytest

from tests.test_engine import kinerja_row, messages, run


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Kumulatif", **kw):
    return kinerja_row("T1", "Tujuan", "", "Meningkatnya ketangguhan daerah", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis, **kw)  # fmt: skip


def _at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


@pytest.mark.parametrize(
    ("target", "perubahan"),
    [("140-150", None), ("145", "140 - 150")],  # (the range in Target, or in Target Perubahan applied)
)
def test_a_negatif_index_summed_against_a_range_names_the_range_rule_readings(target, perubahan):
    # Sum 278 above the range: scored against the upper bound 150, (300 - 278) / 150 = 22 / 150 = 14,67 %.
    # Nilai Akhir 138 below the range: against the lower bound 140, (280 - 138) / 140 = 142 / 140 =
    # 101,43 % (was 108,00 %, against 150); Rata-rata 139: 141 / 140 = 100,71 % (was 107,33 %).
    report = run([_row("Indeks Risiko Bencana", target, ("140", "138"), "angka", target_perubahan=perubahan)])
    said = _at(report, "H2")
    assert len(said) == 1, messages(report)
    assert "= 278, capaian 14,67% (Sangat Rendah)" in said[0], said[0]
    assert "TW II 138, capaian 101,43% (Sangat Tinggi)" in said[0], said[0]
    assert "139, capaian 100,71% (Sangat Tinggi)" in said[0], said[0]
    assert "108,00%" not in said[0] and "107,33%" not in said[0], said[0]


@pytest.mark.parametrize(
    ("jenis", "capaian"), [("Nilai Akhir", 142 / 140 * 100), ("Rata-rata", 141 / 140 * 100)]
)
def test_the_readings_named_are_those_the_engine_gives_once_chosen(jenis, capaian):
    # the same row with Nilai Akhir or Rata-rata chosen: 138 and 139 below the range 140-150, each
    # scored against 140 (see above): what the peringatan names
    report = run([_row("Indeks Risiko Bencana", "140-150", ("140", "138"), "angka", jenis=jenis)])
    assert report.indicators[0].capaian == pytest.approx(capaian)


def test_a_positif_index_under_percent_summed_against_a_range_reads_inside_it_as_met():
    # IKM 80 + 81 = 161 of "80-85 %": above it, against 85: 161 / 85 = 189,41 %. Nilai Akhir 81 and
    # Rata-rata 80,5 lie inside 80-85: capaian 100 % each (was 81 / 85 = 95,29 % and 94,71 %)
    report = run([_row("Indeks Kepuasan Masyarakat", "80-85", ("80", "81"), "%", polaritas="Positif")])
    said = _at(report, "H2")
    assert len(said) == 1, messages(report)
    assert "= 161, capaian 189,41%" in said[0], said[0]
    assert "TW II 81, capaian 100,00% (Sangat Tinggi)" in said[0], said[0]
    assert "80,5, capaian 100,00% (Sangat Tinggi)" in said[0], said[0]


@pytest.mark.parametrize(
    ("satuan", "jenis", "whole", "kosong"),
    [
        ("%", "Kumulatif", True, False),
        ("angka", "Kumulatif", False, False),
        ("-", "Kumulatif", False, False),
        ("angka", None, False, True),  # Jenis Realisasi left blank: Kumulatif by default
    ],
)
def test_a_negatif_index_summed_words_follow_its_satuan_and_jenis(satuan, jenis, whole, kosong):
    # IRB 140 + 138 of 145 (each quarter at least half of it): told in the index's words
    report = run([_row("Indeks Risiko Bencana", "145", ("140", "138"), satuan, jenis=jenis)])
    said = _at(report, "H2")
    assert len(said) == 1, messages(report)
    assert ("bukan bagian dari keseluruhan" in said[0]) is whole, said[0]
    assert ("(Jenis Realisasi kosong, jadi Kumulatif)" in said[0]) is kosong, said[0]
    assert ('pilih "Kumulatif" bila memang' in said[0]) is kosong, said[0]
    assert ('biarkan "Kumulatif" bila memang' in said[0]) is not kosong, said[0]


@pytest.mark.parametrize(
    ("satuan", "base", "births"),
    [
        ("setiap 100.000 penduduk", 100_000, False),
        ("tiap 1.000 penduduk", 1000, False),
        ("Setiap 100.000 KH", 100_000, True),
        ("tiap 100rb pddk", 100_000, False),
        # no rate: a frequency, a time
        ("kali tiap tahun", None, False),
        ("1 kali setiap 3 bulan", None, False),
    ],
)
def test_tiap_and_setiap_are_per_as_staff_type_them(satuan, base, births):
    from lkj_xl.core.satuan_laju import per_births, rate_base

    # "setiap 100.000 penduduk" is "per 100.000 penduduk" (was no base: the fraction below silent)
    assert (rate_base(satuan), per_births(satuan)) == (base, births)


def test_a_rate_per_setiap_100000_typed_as_a_fraction_is_told():
    # =kasus/penduduk without x 100.000: 0,0017 for 170 of a target 300; as typed (600 - 0,0017) / 300 =
    # 199,9994 % Sangat Tinggi without a word (as "per 100.000 penduduk" it is told "tulis 170")
    report = run(
        [_row("Insidensi Tuberkulosis", "300", ("0,0017",), "setiap 100.000 penduduk", jenis="Nilai Akhir")],
        triwulan=1,
    )
    said = _at(report, "K2")
    assert len(said) == 1 and "tulis 170;" in said[0], messages(report)


def test_check_export_build_and_rekap_agree_on_the_range_readings(tmp_path):
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row
    from tests.common import peringatan_alike

    path = tmp_path / "bpbd.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "BPBD", "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    more = {"Satuan": "angka", "Polaritas": "Negatif", "Jenis Realisasi": "Kumulatif"}
    # row 4: IRB 140 + 138 of 140-150; row 5: AKB 3,1 + 3,4 of 7,2 setiap 1.000 KH (a rate per births: its
    # quarters cannot be summed; new cases per population can, figures59, so not TB incidence here)
    kinerja = [
        row(
            "T1",
            "Tujuan",
            None,
            "Meningkatnya ketangguhan daerah",
            "Indeks Risiko Bencana",
            "140-150",
            "140",
            "138",
            **more,
        ),  # fmt: skip
        row(
            "T1",
            None,
            None,
            None,
            "Angka Kematian Bayi",
            "7,2",
            "3,1",
            "3,4",
            **{**more, "Satuan": "setiap 1.000 KH"},
        ),  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    exported = peringatan_alike(
        path,
        tmp_path,
        [
            # Nilai Akhir 138 below the range: (280 - 138) / 140 = 101,43 %
            ("H4", "TW II 138, capaian 101,43%"),
            # summed 6,5 of 7,2 per 1.000 KH: (14,4 - 6,5) / 7,2 = 109,72 %; Nilai Akhir 3,4: 152,78 %
            ("H5", "capaian 109,72% (Sangat Tinggi), padahal Satuan"),
        ],
    )
    cap = {i["indikator"]: i["capaian"] for i in exported["indikator"]}
    # as typed: IRB 278 above the range, against 150: (300 - 278) / 150 = 14,67 %; AKB 7,9 / 7,2
    assert cap["Indeks Risiko Bencana"] == pytest.approx(22 / 150 * 100)
    assert cap["Angka Kematian Bayi"] == pytest.approx(7.9 / 7.2 * 100)
    folder, out = tmp_path / "kiriman", tmp_path / "rekap.json"
    folder.mkdir()
    (folder / "bpbd.xlsx").write_bytes(path.read_bytes())
    args = ["rekap", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    (pd,) = json.loads(out.read_text(encoding="utf-8"))["perangkat_daerah"]
    # the two peringatan above plus the range's note at I4 (a peringatan too), no galat, both measured
    assert pd["temuan_galat"] == 0 and pd["terukur"] == 2, pd
    said = sorted((f["tingkat"], f["sel"]) for f in exported["pemeriksaan"])
    assert said == [("peringatan", "H4"), ("peringatan", "H5"), ("peringatan", "I4")]
    assert pd["temuan_peringatan"] == 3, pd


@pytest.mark.parametrize(
    "indikator",
    [
        "Jml kategori produk unggulan",
        "Jml. kategori produk unggulan",
        "JML kategori produk unggulan",
        "Jmlh kategori produk unggulan",
    ],  # fmt: skip
)
def test_jumlah_shortened_counts_kategori_as_jumlah_does(indikator):
    # "Jumlah kategori produk unggulan" 3 + 4 = 7 of 6 under Satuan kategori is a count summed (quiet,
    # 7 / 6 = 116,67 %); shortened "Jml" it was told "Satuan kategori bukan jumlah" (a level summed)
    full = run([_row("Jumlah kategori produk unggulan", "6", ("3", "4"), "kategori", polaritas="Positif")])
    report = run([_row(indikator, "6", ("3", "4"), "kategori", polaritas="Positif")])
    assert messages(full) == [] and messages(report) == [], messages(report)
    assert report.indicators[0].capaian == pytest.approx(700 / 6)
