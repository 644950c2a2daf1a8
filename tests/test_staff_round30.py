"""Staff round 30: the admin SAKIP of an Inspektorat, a Dinas Kesehatan and a Kecamatan fill Kinerja
for TW I, TW III and the year: a level of SPIP maturity or APIP capability ("Level 3", "Level III"),
an IKM mutu pelayanan "B" / "Baik", an akreditasi Puskesmas "Paripurna", figures pasted with
full-width digits or a literal apostrophe. Every figure by hand (Fraction).

Found, and tested here:
- a level typed in Roman numerals ("Level III", "III") in a realisasi cell was a status text: the
  indicator "belum diketahui" without a word in a TW I report (counted among the indicators that
  cannot be measured yet), and in a TW III report a peringatan that did not say the figure (3);
- a Target "Level 3" was a galat saying only 'bukan angka: "Level 3"', not what to type;
- the meaning of a SAKIP-letter grade typed alone ("Baik" for a target "B", "Sangat Baik" for "BB")
  was a status: the indicator "belum diketahui" without a word, where the staff typed a result;
- a letter or word grade of an indicator that is no SAKIP evaluation or KLA (an IKM "B", an
  akreditasi Puskesmas "Paripurna") was printed "target Predikat SAKIP B" / "Predikat KLA Paripurna"
  in the sentences, the export and the rekap: now "Predikat" unless the indicator names the scale;
- "８５" (full-width digits) and "'85" (an apostrophe kept in a Text cell) were galat that did not
  say the figure to type.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.kalimat import angka_indikator
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN
from tests.test_engine import kinerja_row, run


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _one(indikator, target, tws, triwulan, **kw):
    return run([kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, target, tws, **kw)], triwulan=triwulan)


# --- 1. a level in Roman numerals -------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Level III", "level iii", "III", "Level  III", "Lvl. III", "Tingkat III"])
def test_a_level_in_roman_numerals_is_pointed_out_with_its_figure(typed):
    # Level maturitas SPIP, target 3, TW I typed "Level III": not read (never guessed), but said,
    # with the figure to type (III = 3); without a word the indicator was "belum diketahui". The
    # reported quarter: a galat at the cell since mend35l (a peringatan before).
    report = _one(
        "Level maturitas SPIP", "3", (typed, None, None, None), 1, satuan="Level", jenis="Nilai Akhir"
    )
    ind = report.indicators[0]
    assert ind.capaian_exact is None and ind.status == "Galat (Kinerja!K2)"
    (said,) = _at(report, "K2")
    assert said.severity == GALAT, said
    assert "(3)" in said.pesan and "tulis angkanya" in said.pesan, said.pesan


def test_a_roman_level_in_the_last_quarter_after_two_numbers_is_a_galat_naming_the_figure():
    # TW III report, Nilai Akhir: TW I 3, TW II 3, TW III "Level III" (not read). TW III is the latest
    # quarter, the one Nilai Akhir takes: scored from TW II's 3 the level of TW III would go unread
    # (a TW III "Level II" would still print 100 %). Since mend35l a galat naming 3, no capaian (it
    # was a peringatan with TW II's capaian 3 / 3 x 100 = 100).
    report = _one(
        "Kapabilitas APIP", "3", ("3", "3", "Level III", None), 3, satuan="Level", jenis="Nilai Akhir"
    )
    ind = report.indicators[0]
    assert ind.capaian_exact is None and ind.status == "Galat (Kinerja!M2)"
    (said,) = _at(report, "M2")
    assert said.severity == GALAT and "(3)" in said.pesan, said.pesan


def test_a_roman_level_before_a_later_number_stays_a_peringatan():
    # Nilai Akhir, TW I "Level III", TW II 3: only the latest counts, TW I changes nothing: a peringatan
    # naming 3; capaian from TW II, 3 / 3 x 100 = 100.
    report = _one(
        "Kapabilitas APIP", "3", ("Level III", "3", None, None), 2, satuan="Level", jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact == Fraction(3, 3) * 100
    (said,) = _at(report, "K2")
    assert said.severity == PERINGATAN and said.tentang >= LEFT_OUT and "(3)" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["direkap TW III", "Menunggu hasil penilaian BPKP", "IV belum"])
def test_a_status_naming_a_quarter_is_no_level(typed):
    report = _one(
        "Level maturitas SPIP", "3", (typed, None, None, None), 1, satuan="Level", jenis="Nilai Akhir"
    )
    assert not [f for f in _at(report, "K2") if "tulis angkanya" in f.pesan]


# ("Level 3" is read as 3 since kinerja64: the Satuan's word beside its figure, as "68,2 poin" under
# Indeks; tests/test_kinerja64.py)
@pytest.mark.parametrize(("typed", "figure"), [("Level III", "3"), ("Level IV", "4")])
def test_a_target_level_says_the_figure_to_type(typed, figure):
    report = _one(
        "Level maturitas SPIP", typed, ("3", None, None, None), 1, satuan="Level", jenis="Nilai Akhir"
    )
    (said,) = _at(report, "I2")
    assert said.severity == GALAT
    assert f"({figure})" in said.pesan and "tulis angkanya" in said.pesan, said.pesan


# --- 2. the meaning of a grade typed alone --------------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "target", "typed", "code"),
    [
        ("IKM kecamatan", "B", "Baik", '"B"'),
        # (mend31a) "BB", "memuaskan" (A) and "Kurang" (C, D) are meanings of the SAKIP's codes
        # (PermenPANRB 88/2021); an IKM's A-D mean Sangat Baik, Baik, Kurang Baik, Tidak Baik
        # (PermenPANRB 14/2017), so these rows were wrong for the "IKM kecamatan" they were typed for:
        # the peringatan named "BB" for an IKM's "Sangat Baik" (A). Here a SAKIP evaluation.
        ("Nilai SAKIP Perangkat Daerah", "BB", "Sangat Baik", '"BB"'),
        ("Nilai SAKIP Perangkat Daerah", "A", "memuaskan", '"A"'),
        ("Nilai SAKIP Perangkat Daerah", "B", "Kurang", '"C" atau "D"'),
    ],
)
def test_a_grades_meaning_alone_is_pointed_out_with_the_code(indikator, target, typed, code):
    # Target "B" (IKM mutu pelayanan), TW I "Baik": no grade read (the meaning is accepted only beside
    # its code, "B (Baik)"), but said at the cell with the code to type; silent before. "Kurang" is
    # the meaning of C and of D (PermenPANRB 88/2021 wording varies): both are named.
    report = _one(indikator, target, (typed, None, None, None), 1, satuan="Kategori", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "K2")
    assert said.severity == PERINGATAN and said.tentang >= LEFT_OUT, said
    assert f"tulis predikatnya, {code}" in said.pesan, said.pesan


def test_a_grades_meaning_after_a_grade_is_said_once_and_the_grade_counts():
    # TW III report: TW I "B", TW II "-", TW III "Baik": the realisasi s.d. TW III is TW I's B (Nilai
    # Akhir of the grades), at the target B: capaian exactly 100; one peringatan at M2, naming "B".
    report = _one("IKM kecamatan", "B", ("B", "-", "Baik", None), 3, satuan="Kategori", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == 100
    (said,) = _at(report, "M2")
    assert 'tulis predikatnya, "B"' in said.pesan, said.pesan


def test_a_status_beside_a_grade_target_stays_quiet():
    report = _one("Opini BPK atas LKPD", "WTP", ("Menunggu LHP BPK", None, None, None), 1, satuan="Opini")
    assert not _at(report, "K2")


# --- 3. the scale named only where the indicator is of it ----------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "real", "label"),
    [
        ("Indeks Kepuasan Masyarakat (mutu pelayanan)", "Kategori", "B", "A", "Predikat"),
        ("Akreditasi Puskesmas", "Predikat", "Paripurna", "Paripurna", "Predikat"),
        ("Nilai SAKIP Perangkat Daerah", "Predikat", "BB", "A", "Predikat SAKIP"),
        ("Nilai evaluasi AKIP", "Nilai", "BB", "A", "Predikat SAKIP"),
        ("Predikat Kabupaten Layak Anak", "Predikat", "Madya", "Nindya", "Predikat KLA"),
        ("Opini BPK atas LKPD", "Opini", "WTP", "WTP", "Opini BPK"),
    ],
)
def test_the_scale_is_named_only_where_the_indicator_is_of_it(
    indikator, satuan, target, real, label, tmp_path
):
    # Realisasi at or above the target: capaian exactly 100 on every scale.
    report = _one(indikator, target, (real, None, None, None), 1, satuan=satuan, jenis="Nilai Akhir")
    ind = report.indicators[0]
    assert ind.capaian_exact == 100
    assert ind.skala_predikat == label
    said = angka_indikator(ind, report.settings)
    assert (said.target, said.realisasi) == (f"{label} {target}", f"{label} {real}")
    assert ind.predikat == f"{label}: target {target}, realisasi {real}"


def test_a_grade_below_target_of_an_ikm_does_not_say_sakip():
    report = _one("IKM kecamatan", "B", ("C", None, None, None), 1, satuan="Kategori", jenis="Nilai Akhir")
    (said,) = _at(report, "K2")
    assert said.severity == PERINGATAN and "SAKIP" not in said.pesan, said.pesan
    assert "SAKIP" not in (report.indicators[0].status or "")


# --- 4. digits pasted from elsewhere ---------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "figure"), [("８５", "85"), ("８５，５", "85,5")])
def test_a_figure_pasted_with_other_digits_says_what_to_type(typed, figure):
    report = _one("Cakupan imunisasi dasar lengkap", "90", (typed, None, None, None), 1, jenis="Kumulatif")
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "K2")
    assert said.severity == GALAT and f"tulis {figure}" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("typed", "capaian"), [("'85", Fraction(85, 90) * 100), ("'85,5%", Fraction(855, 900) * 100)]
)
def test_a_figure_pasted_with_the_text_apostrophe_is_read(typed, capaian):
    # Excel's mark of a number kept as text, left in the cell by a CSV paste: the figure after it is
    # the one meant (staff round 31 reads it in Anggaran and Kinerja alike): 85 of 90, 85,5 of 90.
    report = _one("Cakupan imunisasi dasar lengkap", "90", (typed, None, None, None), 1, jenis="Kumulatif")
    assert report.indicators[0].capaian_exact == capaian
    assert not [f for f in _at(report, "K2") if f.severity == GALAT]


# --- 5. a level summed over the quarters -----------------------------------------------------------------


@pytest.mark.parametrize("satuan", ["Level", "level", "Tingkat"])
def test_a_level_with_jenis_blank_summed_is_pointed_out(satuan):
    # Level maturitas SPIP, target 3, TW I 2, TW II 3, Jenis Realisasi blank (Kumulatif by the
    # contract): 2 + 3 = 5 of 3, a capaian of 5 / 3 x 100 = 166,67 % Sangat Tinggi, where the level at
    # TW II is 3 (3 / 3 = 100 %). Before, not a word; now the peringatan a Satuan "%" gets, at H2.
    report = _one("Level maturitas SPIP", "3", ("2", "3", None, None), 2, satuan=satuan)
    assert report.indicators[0].capaian_exact == Fraction(2 + 3, 3) * 100
    (said,) = _at(report, "H2")
    assert said.severity == PERINGATAN and f'Satuan "{satuan}" bukan jumlah' in said.pesan, said.pesan
    assert '"Nilai Akhir"' in said.pesan


# --- 6. a level in years typed in years and months ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        # Rata-rata lama sekolah: 8 + 6 / 12 = 8,5 tahun (the galat said to type 8)
        ("8 tahun 6 bulan", "Tahun", Fraction(8) + Fraction(6, 12)),
        # Usia harapan hidup: 71 + 3 / 12 = 71,25 tahun
        ("71 thn 3 bln", "tahun", Fraction(71) + Fraction(3, 12)),
        # 102 / 12 = 8,5 tahun
        ("102 bulan", "Tahun", Fraction(102, 12)),
        # in months: 8 x 12 + 6 = 102 bulan
        ("8 tahun 6 bulan", "Bulan", Fraction(8 * 12 + 6)),
    ],
)
def test_years_and_months_say_the_figure_in_the_satuan(typed, satuan, figure):
    report = _one(
        "Rata-rata lama sekolah", "8,5", (typed, None, None, None), 1, satuan=satuan, jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian_exact is None  # never read, nor guessed
    (said,) = _at(report, "K2")
    shown = f"{float(figure):.4f}".rstrip("0").rstrip(".").replace(".", ",")
    assert said.severity == GALAT and said.pesan.endswith(f"saja: {shown}"), said.pesan
    assert "tidak dikenal" not in said.pesan


def test_a_clock_under_a_satuan_of_years_stays_a_ratio():
    report = _one("Rasio", "20", ("1:20", None, None, None), 1, satuan="Tahun", jenis="Nilai Akhir")
    (said,) = _at(report, "K2")
    assert "perbandingan" in said.pesan and "jam:menit" not in said.pesan, said.pesan


# --- 7. a rating in words beside a numeric target --------------------------------------------------------


@pytest.mark.parametrize("typed", ["Baik", "Sangat Baik", "kurang baik", "Cukup"])
def test_a_rating_in_words_in_place_of_the_ikm_figure_is_pointed_out(typed):
    # IKM target 80 (nilai konversi), TW I typed "Baik" (the mutu pelayanan): no figure, so the
    # indicator is belum diketahui, now with the peringatan a "tercapai" gets; silent before.
    report = _one(
        "Indeks Kepuasan Masyarakat", "80", (typed, None, None, None), 1, satuan="Nilai", jenis="Rata-rata"
    )
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "K2")
    assert said.severity == PERINGATAN and "tulis realisasinya berupa angka" in said.pesan, said.pesan


def test_a_target_typed_as_a_grades_meaning_says_the_code():
    # Kecamatan's IKM target typed "Baik" (the mutu pelayanan B): a galat as before (no grade read from
    # a meaning alone), now naming the code to type
    report = _one("IKM kecamatan", "Baik", ("B", None, None, None), 1, satuan="Kategori", jenis="Nilai Akhir")
    (said,) = _at(report, "I2")
    assert said.severity == GALAT and 'tulis kodenya, "B"' in said.pesan, said.pesan


# --- 8. a grade typed with a note ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "typed", "head"),
    [
        ("WTP", "WTP (LHP 2024)", "WTP"),
        ("WTP", "WTP*", "WTP"),
        ("WTP", "WTP 2024", "WTP"),
        ("WTP", "Opini WTP ke-10", "Opini WTP"),
        ("BB", "B (64,5)", "B"),  # the SAKIP predikat with its nilai
        ("BB", "B / 64,5", "B"),
    ],
)
def test_a_grade_typed_with_a_note_is_a_galat_naming_the_grade(target, typed, head):
    # Inspektorat's Opini BPK atas LKPD, target WTP, TW I typed "WTP (LHP 2024)": before, a status, the
    # indicator "belum dapat diukur" without a word. Not guessed: a galat, as "12,3*" of a number is.
    report = _one(
        "Opini BPK atas LKPD", target, (typed, None, None, None), 1, satuan="Opini", jenis="Nilai Akhir"
    )
    ind = report.indicators[0]
    assert ind.capaian_exact is None and ind.galat == ["Kinerja!K2"]
    (said,) = _at(report, "K2")
    assert said.severity == GALAT and f'tulis predikatnya saja ("{head}")' in said.pesan, said.pesan


@pytest.mark.parametrize(
    "typed", ["Menunggu LHP BPK", "TW II belum ada LHP", "WTP2024", "Belum ada hasil evaluasi"]
)
def test_a_status_beside_a_grade_target_is_no_grade_with_a_note(typed):
    report = _one(
        "Opini BPK atas LKPD", "WTP", (typed, None, None, None), 1, satuan="Opini", jenis="Nilai Akhir"
    )
    assert not [f for f in _at(report, "K2") if f.severity == GALAT]


def test_a_grade_target_typed_with_its_nilai_says_the_grade_not_the_nilai():
    # Target "BB (70)" (predikat and nilai SAKIP): the galat said nothing to type; a hint of the
    # number (70) would turn a grade target into a figure: it names the grade.
    report = _one(
        "Nilai SAKIP", "BB (70)", ("B", None, None, None), 1, satuan="Predikat", jenis="Nilai Akhir"
    )
    (said,) = _at(report, "I2")
    assert said.severity == GALAT and 'tulis predikatnya saja ("BB")' in said.pesan, said.pesan
    assert "(70)," not in said.pesan


# --- 9. a full stop copied with the figure ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "figure", "satuan"),
    [("85,2%.", "85,2%", "%"), ("85,2.", "85,2", "%"), ("1.000.", "1.000", "orang"), ("85.", "85", "%")],
)
def test_a_full_stop_after_the_figure_is_said_as_one(typed, figure, satuan):
    # "sebesar 85,2%." copied from the report's sentence: the galat said "ada karakter bukan angka
    # ('%')" or "pemisah ribuan (.) dan desimal (,) tidak konsisten"; never read (not guessed).
    report = _one(
        "Cakupan imunisasi dasar lengkap",
        "90",
        (typed, None, None, None),
        1,
        satuan=satuan,
        jenis="Kumulatif",
    )
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "K2")
    assert said.severity == GALAT and f"titik (.) di akhir angka; tulis {figure}" in said.pesan, said.pesan


def test_prosen_after_the_figure_is_a_percent_as_persen_is():
    # "85 prosen" (the spelling the Satuan list accepts, "Prosen"): 85 %, capaian 85 / 90 x 100
    report = _one(
        "Cakupan imunisasi dasar lengkap", "90", ("85 prosen", None, None, None), 1, jenis="Kumulatif"
    )
    assert report.indicators[0].capaian_exact == Fraction(85, 90) * 100
    assert not _at(report, "K2")


def test_an_ikm_grade_reads_predikat_alike_in_the_sheet_and_the_export(tmp_path):
    # The example's P1.02 (Kinerja row 8) made a Kecamatan's IKM, target "B", TW II "A" (TW II report):
    # A is above B on the scale, so capaian exactly 100; Analisis Capaian's sentence and the export's
    # predikat both say "Predikat", neither "Predikat SAKIP".
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    path = example_typed(
        tmp_path,
        "ikm",
        2,
        {
            ("Kinerja", "E8"): "Indeks Kepuasan Masyarakat (mutu pelayanan)",
            ("Kinerja", "F8"): "Kategori",
            ("Kinerja", "I8"): "B",
            ("Kinerja", "L8"): "A",
        },
    )
    assert CliRunner().invoke(main, ["build", str(path)]).exit_code == 0
    sheet = openpyxl.load_workbook(path)["Analisis Capaian"]
    said = [
        str(v) for row in sheet.iter_rows(values_only=True) for v in row if v and "mutu pelayanan" in str(v)
    ]
    assert any("target Predikat B dan realisasi Predikat A" in s for s in said), said
    assert not any("SAKIP" in s for s in said), said
    data = json.loads(CliRunner().invoke(main, ["export", str(path)]).stdout)
    (row,) = [i for i in data["indikator"] if i["indikator"].startswith("Indeks Kepuasan")]
    assert row["capaian"] == 100 and row["predikat"] == "Predikat: target B, realisasi A"
