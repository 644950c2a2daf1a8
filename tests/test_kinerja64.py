"""kinerja64: Kinerja rows typed as staff type them, left open by the last stop.

- A total row labelled with a shortening of Jumlah other than `Jml` (`Jmlh`, `Jlh`, `Jlh.`, `JMLH`) was
  no total: in Kinerja a galat `Kode kosong ... tulis lagi Kodenya` (which, followed, made the total an
  indicator counted beside the rows it sums), in Anggaran `Kode program "Jmlh" kosong`; now the
  peringatan `Jumlah` gets, the row not counted (kata_jumlah's one list).
- `naik 0,3 poin` in the latest quarter of a Nilai Akhir score was a peringatan only, the quarter before
  scored as the level (71,8 of 72: 99,72 %), with the advice `Bila 0,3 realisasinya, tulis angkanya
  saja`; now the galat `naik 0,3` (without `poin`) and `+0,3 poin` get, naming the level to type.
- `12 menit` under Satuan `%` was told `kata 'menit' tidak dikenal ... Tulis angkanya saja (12)`,
  which typed so reads 12 %; now a galat naming the time and the percentage's Satuan, no figure offered.
- Satuan `Ha.sawah` (its dot without a space): `125 ha` was a galat `kata 'ha' (hektar) tidak sesuai
  Satuan indikator`; read as under `Ha. sawah`.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV. Anggaran: A Kode, B Program, C Kode Sasaran, D Pagu, ...
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, messages, run


def _at(report, sheet, sel):
    return [f for f in report.findings if f.sheet == sheet and f.sel == sel]


# --- 3. a total row labelled Jmlh, Jlh ------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Jmlh", "Jlh", "Jlh.", "JMLH", "Jmlh.", "Jml.", "Jumlah", "Jmlh Total"])
def test_a_total_row_under_a_shortening_is_no_indicator_nor_program(label):
    # Kinerja: S1 (row 2) and P1 (row 3), each TW I 3 + TW II 4 = 7 of 10; row 4 the total typed
    # under them with its label in Indikator (E4): 6 + 8 = 14 of 20. Anggaran: P1 (row 2) pagu
    # 1.000.000, then the total row (its label in Program, B3).
    rows = [
        kinerja_row(
            "S1",
            "Sasaran",
            "",
            "S",
            "Jumlah UMKM",
            "10",
            ("3", "4", None, None),
            satuan="Unit",
            jenis="Kumulatif",
        ),  # fmt: skip
        kinerja_row(
            "P1",
            "Program",
            "S1",
            "P",
            "Jumlah pelatihan",
            "10",
            ("3", "4", None, None),
            satuan="Kegiatan",
            jenis="Kumulatif",
        ),  # fmt: skip
        kinerja_row(
            None, None, None, None, label, "20", ("6", "8", None, None), satuan="Unit", jenis="Kumulatif"
        ),
    ]
    budget = [
        anggaran_row("P1", "Program uji", "S1", "1.000.000", ("100.000", "200.000", None, None)),
        anggaran_row(None, label, None, "1.000.000", ("100.000", "200.000", None, None)),
    ]
    report = run(rows, budget)
    assert [i.kode for i in report.indicators] == ["S1", "P1"]
    assert not [f for f in report.findings if f.severity == GALAT], messages(report)
    (kinerja,) = _at(report, "Kinerja", "E4")
    assert kinerja.severity == PERINGATAN and "baris jumlah" in kinerja.pesan, kinerja.pesan
    (anggaran,) = _at(report, "Anggaran", "B3")
    assert anggaran.severity == PERINGATAN and "baris jumlah, bukan program" in anggaran.pesan
    # the one program's figures only: (100.000 + 200.000) / 1.000.000 x 100 = 30 %
    (program,) = report.budgets
    assert program.pagu == 1_000_000 and program.realisasi == 300_000


@pytest.mark.parametrize("name", ["Jmlh UMKM binaan", "Jlh. kasus DBD"])
def test_an_indicator_named_with_the_shortening_stays_an_indicator(name):
    # "Jmlh UMKM binaan" is a count's name (an indicator with its Kode), no total: 3 + 4 = 7 of 10, 70 %
    row = kinerja_row("S1", "Sasaran", "", "S", name, "10", ("3", "4", None, None), satuan="Unit",
                      jenis="Kumulatif")  # fmt: skip
    (ind,) = run([row]).indicators
    assert ind.capaian_exact == Fraction(70)


# --- 4. naik 0,3 poin: a change typed for the level --------------------------------------------------


def _score(tws, indikator="Indeks Reformasi Birokrasi", satuan="Indeks", target="72", jenis="Nilai Akhir"):
    row = kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis)
    return run([row])


@pytest.mark.parametrize("typed", ["naik 0,3 poin", "naik 0,3 point", "Naik 0,3 poin.", "meningkat 0,3 poin"])
def test_a_change_in_points_in_the_latest_quarter_is_a_galat(typed):
    # Nilai Akhir, TW I 71,8, TW II (L2) the change: before, TW I's 71,8 was scored, 71,8 / 72 x 100 =
    # 99,72 %, the level reached (72,1 meant) unsaid; now nothing is computed until the level is typed
    report = _score(("71,8", typed, None, None))
    (ind,) = report.indicators
    assert ind.capaian_exact is None and ind.galat == ["Kinerja!L2"]
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == GALAT
    assert "nilai sebelumnya ditambah 0,3" in said.pesan and "tulis angkanya saja" not in said.pesan, (
        said.pesan
    )


def test_a_fall_in_points_names_the_level_less_the_change():
    report = _score(("71,8", "turun 0,5 poin", None, None))
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == GALAT and "nilai sebelumnya dikurangi 0,5" in said.pesan, said.pesan


def test_a_change_in_points_before_a_later_level_stays_a_peringatan():
    # TW I "naik 0,3 poin", TW II 72: Nilai Akhir takes TW II, 72 / 72 x 100 = 100 %; TW I changes nothing
    report = _score(("naik 0,3 poin", "72", None, None))
    assert report.indicators[0].capaian_exact == Fraction(100)
    (said,) = _at(report, "Kinerja", "K2")
    assert said.severity == PERINGATAN and "nilai sebelumnya ditambah 0,3" in said.pesan, said.pesan


def test_a_change_in_points_of_an_indicator_measuring_the_change_says_its_figure():
    # "Peningkatan nilai ..." measures the change: its value is 0,3 itself (typed bare)
    report = _score(
        ("0,1", "naik 0,3 poin", None, None), indikator="Peningkatan nilai indeks RB", target="0,5"
    )
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == GALAT and "tulis 0,3 saja" in said.pesan, said.pesan


def test_a_target_typed_as_a_change_in_points_says_so():
    report = _score(("71,8", "72", None, None), target="naik 0,3 poin")
    (said,) = _at(report, "Kinerja", "I2")
    assert said.severity == GALAT and "berupa kenaikan" in said.pesan, said.pesan


# --- 5. a duration under %, a Satuan Ha.sawah ---------------------------------------------------------


@pytest.mark.parametrize(("typed", "unit"), [("12 menit", "menit"), ("1,5 jam", "jam"), ("3 hr", "hari")])
@pytest.mark.parametrize("satuan", ["%", "Persen (%)"])
def test_a_duration_under_a_percentage_is_a_galat_naming_the_clash(typed, unit, satuan):
    # TW II (L2) a duration: never read, never "tulis angkanya saja (12)" (12 %)
    row = kinerja_row("S1", "Sasaran", "", "S", "Persentase layanan tepat waktu", "90", ("80", typed, None, None),
                      satuan=satuan, jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == GALAT
    assert f'berupa waktu ("{typed}")' in said.pesan and f'Satuan indikator ("{satuan}")' in said.pesan
    assert f'ubah Satuannya menjadi "{unit}"' in said.pesan
    assert "tidak dikenal" not in said.pesan and "tulis angkanya saja" not in said.pesan.casefold(), (
        said.pesan
    )


def test_a_duration_under_its_own_satuan_is_still_read():
    # Satuan Menit, Negatif: TW II 12 menit of a target 15: (2 x 15 - 12) / 15 x 100 = 120 %
    row = kinerja_row("S1", "Sasaran", "", "S", "Waktu tanggap", "15", ("14", "12 menit", None, None),
                      satuan="Menit", jenis="Nilai Akhir", polaritas="Negatif")  # fmt: skip
    assert run([row]).indicators[0].capaian_exact == Fraction(120)


@pytest.mark.parametrize("satuan", ["Ha.sawah", "Ha.Sawah", "Ha. sawah", "ha.sawah."])
@pytest.mark.parametrize("typed", ["125 ha", "125 hektar", "125"])
def test_a_satuan_with_its_dot_glued_reads_its_unit(satuan, typed):
    # Kumulatif, TW I 40 + TW II 125 = 165 of a target 300: 165 / 300 x 100 = 55 %
    row = kinerja_row("S1", "Sasaran", "", "S", "Luas sawah terairi", "300", ("40", typed, None, None),
                      satuan=satuan, jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(55), messages(report)


def test_another_unit_under_a_glued_satuan_stays_a_galat():
    # "125 kg" under Ha.sawah: a mass, no area
    row = kinerja_row("S1", "Sasaran", "", "S", "Luas sawah terairi", "300", ("40", "125 kg", None, None),
                      satuan="Ha.sawah", jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact is None
    assert [f.severity for f in _at(report, "Kinerja", "L2")] == [GALAT]


# --- 1. a level typed with its word, "Level 3" -------------------------------------------------------


def _spip(tws, satuan="Level", target="3", indikator="Level maturitas SPIP"):
    row = kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis="Nilai Akhir")
    return run([row])


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("Level 3", "Level"),
        ("level 3", "Level"),
        ("Level 3.", "Level"),
        ("Tingkat 3", "Level"),
        ("Lvl. 3", "Level"),
        ("Level 3", "Tingkat"),
        ("Level 3", "Level Maturitas"),
        ("Level Maturitas 3", "Level Maturitas"),
        ("Level 3", "Tingkat Kapabilitas APIP"),
    ],
)
def test_a_level_typed_with_its_word_is_read_as_its_points_are(typed, satuan):
    # the Satuan's word beside the figure, as "68,2 poin" under Indeks: TW I 2,9, TW II (L2) the level 3
    # reached, Nilai Akhir: 3 / 3 x 100 = 100 % (before: a galat, "angkanya (3) tidak dibaca")
    report = _spip(("2,9", typed, None, None), satuan=satuan)
    (ind,) = report.indicators
    assert ind.capaian_exact == Fraction(100) and ind.realisasi == 3, messages(report)
    assert [f for f in report.findings if f.sel != "C2"] == [], messages(report)


def test_a_level_with_decimals_is_read_so():
    # "Level 3,25" (a maturity score's level): 3,25 / 3,5 x 100 = 92,857... %
    report = _spip(("3", "Level 3,25", None, None), target="3,5")
    assert report.indicators[0].capaian_exact == Fraction(325, 350) * 100


@pytest.mark.parametrize("target", ["Level 3", "Tingkat 3"])
def test_a_target_level_typed_with_its_word_is_read(target):
    # Target "Level 3" under Satuan Level: 3; TW II 3: 3 / 3 x 100 = 100 % (before: galat at I2)
    report = _spip(("3", "3", None, None), target=target)
    assert report.indicators[0].capaian_exact == Fraction(100)
    assert not [f for f in report.findings if f.sel == "I2"], messages(report)


@pytest.mark.parametrize(
    ("typed", "satuan", "indikator"),
    [
        ("Level III", "Level", "Level maturitas SPIP"),  # a Roman numeral: never read, its 3 named
        ("Level 3 (Terdefinisi)", "Level", "Level maturitas SPIP"),  # a name after it (a note)
        ("Level 3", "Nilai", "Level maturitas SPIP"),  # the level's word is no Satuan Nilai's
        # a satisfaction measured: "Tingkat" of "Tingkat Kepuasan" is no level of maturity
        ("Tingkat kepuasan 82", "%", "Tingkat Kepuasan Masyarakat"),
        ("Tingkat 82", "%", "Tingkat Kepuasan Masyarakat"),
        ("Tingkat 82", "Tingkat Kepuasan", "Tingkat Kepuasan Masyarakat"),
        ("Tingkat 82", "Persen (%)", "Tingkat Kepuasan Masyarakat"),
    ],
)
def test_what_is_no_level_typed_with_its_word_stays_a_galat(typed, satuan, indikator):
    # TW II (L2) not read: a galat naming the figure, no capaian (never TW I's in its place)
    report = _spip(("80", typed, None, None), satuan=satuan, target="85", indikator=indikator)
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == GALAT and "tidak dibaca" in said.pesan, said.pesan


def test_a_satisfaction_satuan_is_no_maturity_level():
    from lkj_xl.core.satuan_level import level_last, level_satuan

    assert level_satuan("Level") and level_satuan("Tingkat") and level_satuan("Tingkat Kapabilitas APIP")
    assert not level_satuan("Tingkat Kepuasan") and not level_satuan("Tingkat Pengangguran")
    assert not level_satuan("Tingkat Kepuasan (%)") and not level_satuan("%")
    assert level_last("Tingkat Kepuasan 82", "Tingkat Kepuasan") == "Tingkat Kepuasan 82"
    assert level_last("Level 3", "Level") == "3 Level"


# --- 2. a rate's base: per 10 km, per 1,5 juta penduduk -----------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "base", "named"),
    [
        # a count per 10 km of road: per 10 (kasus/km x 10), the base is its 10 km
        ("kasus per 10 km", 10, "per 10 km"),
        ("per 10 km", 10, "per 10 km"),
        # before: no base read (None) at all
        ("per 1,5 juta penduduk", 1_500_000, "per 1.500.000 penduduk"),
        ("kasus per 1,5 juta penduduk", 1_500_000, "per 1.500.000 penduduk"),
        ("per 1.500.000 penduduk", 1_500_000, "per 1.500.000 penduduk"),
        ("per 2,25 jt penduduk", 2_250_000, "per 2.250.000 penduduk"),
        ("per 1 juta penduduk", 1_000_000, "per 1.000.000 penduduk"),  # (as before)
    ],
)
def test_a_rates_base_is_read_whole(satuan, base, named):
    from lkj_xl.core.satuan_laju import base_named, rate_base

    assert rate_base(satuan) == base and base_named(satuan) == (base, named)


def test_a_rate_per_one_and_a_half_million_summed_is_pointed_out():
    # Negatif, Kumulatif: TW I 3 + TW II 2 = 5 of a target 5, (2 x 5 - 5) / 5 x 100 = 100 %, summed
    # without a word before (no base read); "per 1 juta penduduk" was told it already
    row = kinerja_row("S1", "Sasaran", "", "S", "Angka kasus TBC", "5", ("3", "2", None, None),
                      satuan="kasus per 1,5 juta penduduk", polaritas="Negatif", jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(100)
    (said,) = _at(report, "Kinerja", "H2")
    assert said.severity == PERINGATAN and "berupa angka per penduduk" in said.pesan, said.pesan


def test_a_ratio_under_a_rate_per_one_and_a_half_million_names_its_figure():
    # "1:500.000" of dokter per 1,5 juta penduduk: 1.500.000 / 500.000 = 3 per 1,5 juta (before: told
    # to type 500.000 and move the ratio to Satuan)
    row = kinerja_row("S1", "Sasaran", "", "S", "Rasio dokter", "5", ("3", "1:500.000", None, None),
                      satuan="dokter per 1,5 juta penduduk", jenis="Nilai Akhir")  # fmt: skip
    (said,) = _at(run([row]), "Kinerja", "L2")
    assert said.severity == GALAT and "1.500.000 / 500.000 = 3" in said.pesan, said.pesan


# --- 6. a Target Akhir Renstra typed in whole rupiah under Juta / Milyar Rupiah -----------------------


def _renstra(satuan, target, renstra, tws, jenis):
    from lkj_xl.core import contract as c
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import grid, pengaturan

    row = dict.fromkeys([*c.KINERJA_HEADERS, "Target Akhir Renstra"])
    row.update({"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "T", "Indikator": "Nilai investasi PMDN"})
    row.update(
        {"Satuan": satuan, "Target": target, "Jenis Realisasi": jenis, "Target Akhir Renstra": renstra}
    )
    row.update(dict(zip(c.REALISASI_TW_HEADERS, tws)))
    heads = list(row)
    book = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([heads, [row[h] for h in heads]]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    return compute(parse_workbook(book))


@pytest.mark.parametrize(
    ("satuan", "target", "renstra", "tws", "to_type"),
    [
        # Rp 25 M = 25.000 juta, five years of 5.000: before, told "tampaknya jumlah seluruh periode
        # Renstra" of 25.000.000.000 Juta Rupiah (twenty-five million milyar)
        ("Juta Rupiah", "5.000", "25.000.000.000", ("1.500", "2.000", None, None), "tulis 25.000"),
        ("Milyar Rupiah", "5", "25.000.000.000", ("1,5", "2", None, None), "tulis 25"),
        # in ribuan: 6.000.000 ribu = Rp 6 M = 6.000 juta
        ("Juta Rupiah", "5.000", "6.000.000", ("1.500", "2.000", None, None), "tulis 6.000"),
    ],
)
def test_a_renstra_in_whole_rupiah_is_said_so_not_a_periods_total(satuan, target, renstra, tws, to_type):
    report = _renstra(satuan, target, renstra, tws, "Kumulatif")
    said = [f for f in report.findings if "Target Akhir Renstra" in f.pesan]
    assert len(said) == 1, messages(report)
    # (the galat's last words since figures66: no "bila memang ..., biarkan" after a plain Renstra's)
    assert "tampaknya ditulis dalam" in said[0].pesan and said[0].pesan.endswith(to_type), said[0].pesan
    assert "jumlah seluruh periode" not in said[0].pesan
    # figures66: no capaian against the typed figure (1.500 + 2.000 of 25.000.000.000) nor a guessed one
    assert (
        said[0].severity == GALAT and "capaian terhadap Target Akhir Renstra tidak dihitung" in said[0].pesan
    )
    assert report.indicators[0].pembanding.capaian_renstra_exact is None


def test_a_nilai_akhir_renstra_in_whole_rupiah_is_no_longer_compared_without_a_word():
    # Nilai Akhir, TW II 3.500 of Renstra "6.000.000.000" (Rp 6 M) read 6.000.000.000 Juta Rupiah: the
    # capaian against it, 3.500 / 6.000.000.000 x 100 = 7/120.000 %, was printed without a word; then
    # (kinerja64) with a peringatan; figures66: a galat at the cell, no capaian against it
    report = _renstra("Juta Rupiah", "5.000", "6.000.000.000", ("1.500", "3.500", None, None), "Nilai Akhir")
    pembanding = report.indicators[0].pembanding
    assert pembanding.capaian_renstra_exact is None and pembanding.target_renstra is None
    assert pembanding.galat_per["target_renstra"] == ["Kinerja!P2"], pembanding.galat_per  # (its own cell)
    (said,) = [f for f in report.findings if "Target Akhir Renstra" in f.pesan]
    assert said.severity == GALAT and "rupiah penuh" in said.pesan and "tulis 6.000" in said.pesan


def test_a_renstra_in_the_satuans_units_stays_a_periods_total():
    # 25.000 Juta Rupiah beside a year's 5.000: the period's total (3 x 5.000 or more), as before
    report = _renstra("Juta Rupiah", "5.000", "25.000", ("1.500", "2.000", None, None), "Kumulatif")
    (said,) = [f for f in report.findings if "Target Akhir Renstra" in f.pesan]
    assert "jumlah seluruh periode Renstra" in said.pesan and "rupiah penuh" not in said.pesan
    assert report.indicators[0].pembanding.renstra_jumlah


def one_row_through_three_fronts(tmp_path, agency: str, kinerja_row: list, indikator: str):
    """`lkj-xl check`, `export` and `build` of a new workbook holding ``kinerja_row`` alone (row 4):
    the check's output, the exported (target, realisasi, capaian) and the built Capaian Tujuan Sasaran
    row of ``indikator``."""
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / f"{agency.lower()}.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Sleman", "Perangkat Daerah": agency, "Tahun": 2025, "Triwulan": 2}  # fmt: skip
    new_workbook(path, pengaturan=settings, kinerja=[kinerja_row])
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    assert checked.exit_code == 0, checked.output
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    (got,) = [(i["target"], i["realisasi"], i["capaian"]) for i in exported["indikator"]]
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Capaian Tujuan Sasaran"]
    (found,) = [r for r in sheet.iter_rows(values_only=True) if r[2] == indikator]
    return checked.output, got, found


def test_check_export_and_build_agree_on_a_level_typed_with_its_word(tmp_path):
    from tests.common import kinerja_row as row

    more = {"Satuan": "Level", "Polaritas": "Positif", "Jenis Realisasi": "Nilai Akhir"}
    # row 4: Target "Level 3", TW I 2,9, TW II "Level 3": Nilai Akhir 3 / 3 x 100 = 100 % (before: two galat,
    # I4 and L4, nothing computed)
    kinerja = row("T1", "Tujuan", None, "Meningkatnya akuntabilitas", "Level maturitas SPIP", "Level 3", "2,9",
                  "Level 3", **more)  # fmt: skip
    output, got, found = one_row_through_three_fronts(
        tmp_path, "Inspektorat", kinerja, "Level maturitas SPIP"
    )
    assert "Kinerja!" not in output.replace("Kinerja!C", ""), output
    assert got == pytest.approx((3, 3, 100))
    # Target, TW I, TW II, TW III, TW IV, Realisasi s.d. TW II, Capaian
    assert found[4:11] == (3, 2.9, 3, "-", "-", 3, 100), found
