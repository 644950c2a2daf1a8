"""Staff round 37: a staff member filling the workbook for the first time, typing the way real staff do.

- A grade typed with a plus or minus ("A-", "B+", "BB -": the letter grades of an akreditasi or a
  school report, not of the SAKIP scale AA > A > BB > B > CC > C > D) was read as the bare letter: a
  realisasi "A-" beside a target "A" printed capaian 100 %, Sangat Tinggi, with no word; "A+" was left
  out as a status text, the indicator silently "belum diketahui". A target "A-" was read as "A"; a
  realisasi "A- (LHE 2024)" got "tulis predikatnya saja ("A")", which would have printed 100 %.
- Polaritas left blank (Positif) on an RPJMD indicator whose lower value is better was said only for
  some words (kemiskinan, stunting, kematian ...): "Persentase penduduk miskin" target 10 %, realisasi
  9 % printed 90 % Tinggi, where the report's Negatif formula gives 110 % Sangat Tinggi, without a
  word; likewise desa tertinggal, kawasan kumuh, Indeks Williamson, angka kesakitan, CFR, rawan pangan,
  pelanggaran perda, temuan BPK, rumah tidak layak huni, PMKS, kehilangan air, hukuman disiplin.
- A number with thousands dots whose last group got a comma ("1.250,000" for 1.250.000, a slip of the
  finger: three zero decimals) or an English "500,000" after "Rp." is read with a decimal comma (the README's rule), a
  thousand times less: "1.250,000" wisatawan in TW I beside 250.000 in TW II printed 251.250 of
  1.500.000, capaian 16,75 % Sangat Rendah, without a word ("1,250" alone got the peringatan).
- A note typed in an Anggaran amount ("1.250.000 *)", "1.250.000 (sementara)") was told to go to "kolom
  Keterangan", which the Anggaran sheet does not have.
- A target typed as a change, "↓ 2%", was told `tulis angkanya saja`: followed, the target 2 % is the
  level to reach (a poverty rate of 2 %, not 2 % lower), a wrong capaian; "turun 2 %", "naik 5%" got
  only `bukan angka`.
- A target typed "Ada", "Tersedia" or "Ya" (a document to exist) was a galat saying only `bukan angka:
  "Ada"`: nothing said what to type.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.numbers import format_number
from tests.test_engine import kinerja_row, messages, run

# --- 1. A grade with a plus or minus is no grade of the SAKIP scale -------------------------------


def _graded(target: str, tw1: str, tw2: str):
    """One Sasaran graded on the SAKIP letters (Nilai Akhir: the latest quarter's grade counts)."""
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Akuntabilitas kinerja",
        "Predikat SAKIP Dinas",
        target,
        (tw1, tw2, None, None),
        satuan="Predikat",
        jenis="Nilai Akhir",
    )
    report = run([row])
    (indicator,) = report.indicators
    return report, indicator


@pytest.mark.parametrize("typed", ["A-", "A -", "A+", "a-", "A\u2212", "A- (LHE 2024)", "A-*"])
def test_a_grade_with_a_sign_is_not_read_as_the_bare_letter(typed):
    # target "A", TW II (the reported quarter, the latest) typed "A-": A- is no grade of the SAKIP
    # scale, so neither 100 % (A-'s letter equals the target's) nor "belum diketahui" without a word
    report, indicator = _graded("A", "BB", typed)
    assert indicator.capaian is None and indicator.kriteria is None
    said = [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "L2", "galat")]
    assert len(said) == 1, messages(report)
    assert (
        f'"{typed}"' in said[0].pesan
        and "tanda" in said[0].pesan
        and "capaian tidak dihitung" in said[0].pesan
    )
    assert '"A"' not in said[0].pesan.split("skala")[0]  # never "tulis A": A- was not A


def test_the_bare_grade_still_reaches_the_target():
    # control: "A" of a target "A" is tercapai, exactly 100 % (the README's rule for grades), and
    # "BB" of a target "A" stays below target (no capaian), as before
    _, reached = _graded("A", "BB", "A")
    assert Fraction(reached.capaian) == 100 and reached.kriteria == "Sangat Tinggi"
    _, below = _graded("A", "A", "BB")
    assert below.capaian is None and below.status == "Predikat BB di bawah target A"


def test_a_target_with_a_sign_is_a_galat_that_never_says_type_the_bare_letter():
    # target "A-" (copied from an akreditasi): no scale here has it; before, it was read as "A" and a
    # realisasi "A" reached it (100 %)
    report, indicator = _graded("A-", "BB", "A")
    assert indicator.capaian is None and indicator.target_text.startswith("Galat (Kinerja!I2)")
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "I2")]
    assert said.severity == "galat" and "plus/minus" in said.pesan and '("A")' not in said.pesan


def test_a_signed_grade_beside_a_numeric_target_stays_a_galat():
    # target 100 (a number), TW II "B+": a grade where a number belongs, as "B" was before
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Akuntabilitas",
        "Nilai SAKIP",
        "100",
        ("60", "B+", None, None),
        jenis="Nilai Akhir",
    )
    report = run([row])
    assert report.indicators[0].capaian is None
    said = [f for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "L2", "galat")]
    assert len(said) == 1 and '"B+"' in said[0].pesan and "padahal targetnya angka" in said[0].pesan


# --- 2. Polaritas blank on a lower-is-better RPJMD indicator: a peringatan at the Polaritas cell ----


@pytest.mark.parametrize(
    ("indikator", "satuan", "word"),
    [
        ("Persentase penduduk miskin", "%", '"penduduk miskin"'),
        ("Jumlah desa tertinggal", "desa", '"desa tertinggal"'),
        ("Luas kawasan permukiman kumuh", "Ha", '"kawasan permukiman kumuh"'),
        ("Indeks Williamson", "indeks", "Williamson"),
        ("Ketimpangan pendapatan (Indeks Gini)", "indeks", "ketimpangan"),
        ("Angka kesakitan malaria (API)", "per 1.000 penduduk", "kesakitan"),
        ("CFR DBD", "%", "CFR"),
        ("Persentase daerah rawan pangan", "%", '"daerah rawan pangan"'),
        ("Tingkat kerawanan pangan", "%", "kerawanan pangan"),
        ("Jumlah pelanggaran Perda", "kasus", "pelanggaran"),
        ("Jumlah temuan BPK", "temuan", "temuan"),
        ("Persentase rumah tidak layak huni", "%", '"rumah tidak layak huni"'),
        ("Jumlah PMKS", "jiwa", "PMKS"),
        ("Persentase kehilangan air (NRW)", "%", "kehilangan air"),
        ("Persentase ASN yang dijatuhi hukuman disiplin", "%", "hukuman disiplin"),
    ],
)
def test_a_lower_is_better_rpjmd_indicator_with_polaritas_blank_is_a_peringatan(indikator, satuan, word):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, "10", ("9", None, None, None), satuan=satuan)
    report = run([row], triwulan=1)
    # computed as typed (Positif): 9 / 10 x 100 = 90 % Tinggi; the report's Negatif formula would give
    # (2 x 10 - 9) / 10 x 100 = 110 % Sangat Tinggi. Before: nothing said.
    assert Fraction(report.indicators[0].capaian).limit_denominator() == Fraction(9, 10) * 100
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "G2")]
    assert [f.severity for f in said] == ["peringatan"], messages(report)
    # the wording as the report's notes say it (tests/test_negatif_wording.py); was `makin rendah makin baik`
    assert (
        f"indikator {word} biasanya bernilai negatif (semakin rendah realisasi semakin baik)" in said[0].pesan
    )


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase keluarga miskin yang menerima bantuan sosial",  # the poor served: higher is better
        "Jumlah penduduk miskin penerima PBI JKN",
        "Persentase pengentasan kemiskinan",
        "Jumlah desa tertinggal yang dientaskan",
        "Luas kawasan kumuh yang ditangani",
        "Persentase tindak lanjut temuan BPK",
        "Persentase temuan yang ditindaklanjuti",
        "Persentase penegakan pelanggaran Perda",
        "Jumlah RTLH yang direhabilitasi",
        "Persentase PMKS yang mendapatkan pelayanan",
        "Persentase koperasi yang taat",  # the seed's: no such word
    ],
)
def test_no_polaritas_peringatan_where_the_part_served_or_the_progress_is_measured(indikator):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, "10", ("9", None, None, None), satuan="%")
    report = run([row], triwulan=1)
    assert not [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "G2")], messages(report)


# --- 3. A yes/no typed as the target: the galat says what to type ------------------------------------


@pytest.mark.parametrize("typed", ["Ada", "Tersedia", "ya", "Ada/Tidak", "Sudah tersusun."])
def test_a_yes_no_target_is_a_galat_that_says_to_type_the_count(typed):
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Sasaran",
        "Tersedianya dokumen Renstra",
        typed,
        ("Ada", "Ada", None, None),
        satuan="dokumen",
        jenis="Nilai Akhir",
    )
    report = run([row])
    assert report.indicators[0].capaian is None
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "I2")]
    assert said.severity == "galat" and f'bukan angka: "{typed}"' in said.pesan
    assert "(1 bila sudah ada, 0 bila belum)" in said.pesan


# --- 4. "1.250,000": thousands dots and a comma before three digits, a peringatan at the cell -------


def _wisatawan(typed: str):
    """Jumlah kunjungan wisatawan (Kumulatif), target 1.500.000: TW I ``typed``, TW II 250.000."""
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Pariwisata",
        "Jumlah kunjungan wisatawan",
        "1.500.000",
        (typed, "250.000", None, None),
        satuan="orang",
    )
    return run([row])


@pytest.mark.parametrize(
    ("typed", "read", "meant"),
    [
        ("1.250,000", "1.250,000", "1.250.000"),
        ("12.500,000", "12.500,000", "12.500.000"),
    ],
)
def test_thousands_with_a_comma_before_the_last_three_digits_is_a_peringatan(typed, read, meant):
    report = _wisatawan(typed)
    # read as typed, the comma a decimal comma: TW I 1.250,000 = 1.250 (12.500,000 = 12.500), the
    # Kumulatif realisasi TW I + TW II; the capaian over the target 1.500.000
    tw1 = Fraction(read.replace(".", "").replace(",", "."))
    assert Fraction(report.indicators[0].realisasi).limit_denominator(1000) == tw1 + 250_000
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "K2")]
    assert [f.severity for f in said] == ["peringatan"], messages(report)
    assert f'"{typed}" dibaca {read} (koma adalah pemisah desimal); bila maksudnya {meant}' in said[0].pesan


@pytest.mark.parametrize(
    ("typed", "read", "meant"),
    [("1.250,000", 1_250, "1.250.000"), ("Rp. 500,000", 500, "500.000")],  # (the dot after Rp hid it)
)
def test_a_budget_with_a_comma_before_the_last_three_digits_is_a_galat(typed, read, meant):
    from tests.test_engine import anggaran_row

    kinerja = [
        kinerja_row(
            "S1", "Sasaran", "", "Sasaran", "Ind", "100", ("50", "60", None, None), jenis="Nilai Akhir"
        )
    ]
    report = run(kinerja, [anggaran_row("P1", "Program A", "S1", "1.000.000", (typed, "300.000"))])
    # Rp 1.250 (Rp 500) with a decimal comma, or 1.250.000 (500.000) the English way: since anggaran51 a
    # rupiah figure is printed from neither guess, a galat names both (tests/test_anggaran_koma_ribuan.py)
    assert report.budgets[0].realisasi is None
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "F2")]
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert f"tulis {meant} atau {format_number(read, 0)}" in said[0].pesan


# ("1.250,500" is no longer quiet: it may be 1.250.500 with its last dot slipped, tests/test_mend35j.py)
@pytest.mark.parametrize("typed", ["1.250,5", "1.250,50", "0,125", "1.250.000"])
def test_no_comma_peringatan_for_decimals_of_one_or_two_digits_or_a_zero_before_the_comma(typed):
    report = _wisatawan(typed)
    # (a fraction of wisatawan, "1.250,5" orang, is said as such since tepi51: tests/test_tepi51.py;
    # no comma-for-thousands peringatan)
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "K2")]
    assert not [f for f in said if "bilangan bulat" not in f.pesan], messages(report)


# --- 5. A note in an Anggaran amount: Anggaran has no Keterangan column --------------------------


@pytest.mark.parametrize("typed", ["1.250.000 *)", "1.250.000 (sementara)"])
def test_a_note_in_an_anggaran_amount_says_where_the_note_can_go(typed):
    from tests.test_engine import anggaran_row

    kinerja = [
        kinerja_row(
            "S1", "Sasaran", "", "Sasaran", "Ind", "100", ("50", "60", None, None), jenis="Nilai Akhir"
        )
    ]
    report = run(kinerja, [anggaran_row("P1", "Program A", "S1", typed, ("250.000", "300.000"))])
    assert report.budgets[0].pagu is None
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "D2")]
    assert said.severity == "galat" and "tulis angkanya saja (1.250.000)" in said.pesan
    assert "kolom Keterangan (tambahkan di kanan tabel bila belum ada)" in said.pesan


def test_a_note_in_a_kinerja_value_still_names_its_keterangan_column():
    report = _wisatawan("250.000 *)")
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "K2")]
    assert said.pesan.endswith("tulis angkanya saja (250.000) dan catatannya di kolom Keterangan")


# --- 6. A change typed as the target ("turun 2 %", "↓ 2%"): never "tulis angkanya saja" -------------


@pytest.mark.parametrize(
    ("typed", "change", "amount"),
    [
        ("↓ 2%", "penurunan", "2%"),
        ("turun 2 %", "penurunan", "2 %"),
        ("Menurun sebesar 0,5", "penurunan", "0,5"),
        ("naik 5%", "kenaikan", "5%"),
        ("▲ 10 persen", "kenaikan", "10 persen"),
    ],
)
def test_a_change_typed_as_the_target_is_a_galat_that_never_says_type_the_number_alone(typed, change, amount):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Persentase penduduk miskin", typed, ("9", None, None, None)
    )
    report = run([row], triwulan=1)
    assert report.indicators[0].capaian is None
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "I2")]
    assert said.severity == "galat" and f"berupa {change} ({typed}), bukan nilainya" in said.pesan
    assert f'"Persentase {change} ..." ({amount})' in said.pesan and "tulis angkanya saja" not in said.pesan
