"""Mend of mend35a after review (revG): what the reviewer reproduced on the merged change.

- "1.000,000" wisatawan of 1.500.000 (a round thousands grouping before ",000") was read 1.000 without a
  word (capaian 0,0667 %): mend35a had made every round figure quiet ("2.000,000", "Rp. 1.000,000",
  "45.000,000", "Rp 2.000.000,000", Anggaran "Rp 300.000,000", a pagu "Rp 1.500.000,000").
- "Persentase UMKM yang mengalami peningkatan omzet" with "naik 5%" was told the indicator measures the
  change; "Laju pertumbuhan penduduk" with "turun 0,1%" was told "tulis -0,1% saja" only.
- The blank-Polaritas peringatan of staff37's new words still fired on 24 of 59 higher-is-better names
  ("Jumlah RTLH dibangun", "Persentase temuan tuntas", "Jumlah PMKS dilayani").
- "BB- Sangat Baik" (the grade's own meaning after the dash) was called a signed grade.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from lkj_xl.core.model import GALAT
from tests.test_engine import anggaran_row, kinerja_row, messages, run
from tests.test_mend35a import _graded, _sasaran

# --- 1. "<round thousands grouping>,000": always the peringatan, naming both readings ----------------


@pytest.mark.parametrize(
    ("typed", "read", "shown", "meant"),
    [
        ("1.000,000", 1_000, "1.000", "1.000.000"),
        ("2.000,000", 2_000, "2.000", "2.000.000"),
        ("Rp. 1.000,000", 1_000, "1.000", "1.000.000"),
        ("45.000,000", 45_000, "45.000", "45.000.000"),
        ("Rp 2.000,000", 2_000, "2.000", "2.000.000"),
        ("Rp 1.000,000,-", 1_000, "1.000", "1.000.000"),
        # (two dots or more before ",000", "1.250.000,000": SIPD's export, read quietly since angka52)
    ],
)
def test_kinerja_zero_decimals_after_a_round_grouping_get_the_peringatan(typed, read, shown, meant):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Jumlah kunjungan wisatawan", "1.500.000", (typed, None, None, None),
        satuan="rupiah" if "Rp" in typed else "orang", jenis="Nilai Akhir",
    )  # fmt: skip
    report = run([row], triwulan=1)
    if (
        "Rp" in typed
    ):  # a rupiah figure: neither reading printed, a galat naming both (test_anggaran_koma_ribuan)
        assert report.indicators[0].capaian is None
        galat = [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Kinerja", "K2", GALAT)]
        assert any(f"tulis {meant} atau {shown}" in p for p in galat), messages(report)
        return
    # read as before, the comma a decimal comma: "1.000,000" is 1.000, 1.000 / 1.500.000 x 100 = 1/15 %
    expected = Fraction(read, 1_500_000) * 100
    assert Fraction(report.indicators[0].capaian).limit_denominator(10**6) == expected
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "K2")]
    wanted = (
        f"dibaca {shown} (tiga angka nol di belakang koma); bila maksudnya {meant}, tulis ribuan dengan titik"
    )
    assert any(wanted in p for p in said), messages(report)


@pytest.mark.parametrize(
    ("typed", "read", "shown", "meant"),
    [
        ("Rp 300.000,000", 300_000, "300.000", "300.000.000"),
        ("Rp 1.000,000,-", 1_000, "1.000", "1.000.000"),
        # (two dots or more before ",000", "1.250.000,000": SIPD's export, read quietly since angka52)
    ],
)
def test_anggaran_zero_decimals_after_a_round_grouping_are_a_galat(typed, read, shown, meant):
    budget = anggaran_row("P1", "Program A", "T1", "1.500.000.000", ("250.000.000", typed, None, None))
    report = run([_sasaran()], [budget])
    # "Rp 300.000,000": 300.000 with three zero decimals, or 300.000.000 (within 10x the pagu): a rupiah
    # figure printed from neither guess (tests/test_anggaran_koma_ribuan.py), a galat naming both
    assert report.budgets[0].realisasi is None and read
    said = [f.pesan for f in report.findings if (f.sheet, f.sel, f.severity) == ("Anggaran", "G2", GALAT)]
    assert any(f"tulis {meant} atau {shown}" in p for p in said), messages(report)


def test_a_pagu_with_zero_decimals_after_a_round_grouping_is_a_galat():
    budget = anggaran_row("P1", "Program A", "T1", "Rp 500.000,000", ("250.000", "0", None, None))
    report = run([_sasaran()], [budget])
    # Rp 500.000 or Rp 500.000.000: the pagu (and the penyerapan) withheld, both named ("Rp
    # 1.500.000,000", two dots, is SIPD's export since angka52: tests/test_angka52.py)
    assert report.budgets[0].pagu is None and report.budgets[0].penyerapan is None
    said = [f.pesan for f in report.findings if f.sheet == "Anggaran" and f.severity == GALAT]
    assert any("tulis 500.000.000 atau 500.000" in p for p in said), messages(report)


def test_a_comma_before_three_digits_of_a_non_round_grouping_keeps_its_message():
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Jumlah kunjungan wisatawan", "1.500.000", ("1.250,000", None, None, None),
        satuan="orang", jenis="Nilai Akhir",
    )  # fmt: skip
    report = run([row], triwulan=1)
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "K2")]
    assert any("dibaca 1.250,000 (koma adalah pemisah desimal); bila maksudnya 1.250.000" in p for p in said)


# --- 2. "The indicator measures the change" only for a name that starts with it ------------------------


def _change_said(indikator: str, typed: str) -> list[str]:
    """The messages at the target cell (typed as target) and at TW I's realisasi (typed as realisasi)."""
    target = run(
        [kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, typed, ("1", None, None, None))], triwulan=1
    )
    real = run(
        [kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, "10", (typed, None, None, None))], triwulan=1
    )
    said = [f.pesan for f in target.findings if f.sel == "I2"] + [
        f.pesan for f in real.findings if f.sel == "K2"
    ]
    assert len(said) == 2, messages(target) + messages(real)
    return said


@pytest.mark.parametrize(
    ("indikator", "typed"),
    [
        ("Persentase UMKM yang mengalami peningkatan omzet", "naik 5%"),
        ("Persentase koperasi yang mengalami peningkatan volume usaha", "meningkat 10%"),
        ("Persentase ASN yang mengikuti peningkatan kapasitas", "naik 10%"),
        ("Indeks kesiapsiagaan menghadapi perubahan iklim", "naik 0,1"),
        ("Jumlah desa yang mengalami penurunan stunting", "naik 5"),
        ("Persentase balita dengan laju pertumbuhan normal", "naik 5%"),
        ("Prevalensi stunting (penurunan)", "turun 2%"),
    ],
)
def test_a_change_word_inside_a_clause_or_brackets_keeps_the_general_change_message(indikator, typed):
    for said in _change_said(indikator, typed):
        assert "bukan nilainya" in said and "indikator ini sendiri mengukur" not in said, said
        assert "tulis -" not in said  # ("naik 5" on "... yang mengalami penurunan ..." was told -5)


@pytest.mark.parametrize(
    ("indikator", "typed", "write"),
    [
        ("Persentase penurunan angka stunting", "turun 2%", "2%"),
        ("Angka penurunan kemiskinan", "naik 1%", "-1%"),
        ("Tingkat peningkatan PAD", "naik 3%", "3%"),
    ],
)
def test_a_name_starting_with_a_measure_then_the_change_still_measures_it(indikator, typed, write):
    for said in _change_said(indikator, typed):
        assert "indikator ini sendiri mengukur" in said and f"tulis {write} saja" in said, said


@pytest.mark.parametrize(
    ("indikator", "typed", "negative", "word"),
    [
        ("Laju pertumbuhan penduduk", "turun 0,1%", "-0,1%", "dikurangi 0,1%"),
        ("Laju pertumbuhan ekonomi", "turun 0,5%", "-0,5%", "dikurangi 0,5%"),
        ("Pertumbuhan ekonomi", "turun 0,5%", "-0,5%", "dikurangi 0,5%"),
        ("Laju inflasi", "turun 1%", "-1%", "dikurangi 1%"),
        ("Tingkat inflasi", "turun 1%", "-1%", "dikurangi 1%"),
        ("Laju pertumbuhan ekonomi", "naik 5%", "5%", "ditambah 5%"),
    ],
)
def test_a_change_typed_on_a_rate_names_both_readings(indikator, typed, negative, word):
    # "turun 0,1%" of a growth rate: the rate itself -0,1 % (the population fell), or the rate 0,1 lower
    # than before (1,2 % -> 1,1 %); no sign is asserted.
    for said in _change_said(indikator, typed):
        assert f"tulis {negative} saja" in said and f"nilai sebelumnya {word}" in said, said
        assert "ditulis negatif" not in said


# --- 3. Polaritas: staff37's new words only for a name of the bad thing itself ------------------------

# The reviewer's 59 higher-is-better names (/tmp/revG/pol.py QUIET): none may get the peringatan.
REVIEWER_QUIET = """Persentase penurunan penduduk miskin
Persentase pengurangan RTLH
Jumlah RTLH yang mendapat bantuan
Persentase penanganan RTLH
Penanganan kawasan kumuh
Cakupan PMKS yang tertangani
Persentase PMKS penerima bantuan
Jumlah penduduk miskin penerima bantuan sosial
Jumlah penduduk miskin yang mengikuti pelatihan
Persentase temuan tuntas ditindaklanjuti
Persentase temuan BPK ditindaklanjuti
Persentase temuan hasil pemeriksaan tuntas
Persentase temuan BPK selesai ditindaklanjuti
Persentase RTLH tertangani
Persentase RTLH terbangun
Persentase kawasan kumuh tertangani
Luas kawasan kumuh tertangani
Luas kawasan kumuh tertata
Persentase PMKS tertangani
Persentase desa tertinggal terentaskan
Jumlah desa tertinggal terentaskan
Jumlah desa tertinggal menjadi desa berkembang
Persentase rumah tangga miskin penerima bantuan
Persentase penduduk miskin terlayani jaminan kesehatan
Persentase pelanggaran Perda tertangani
Persentase kasus pelanggaran ditindak
Persentase penduduk miskin mendapat bantuan pangan
Persentase daerah rawan pangan tertangani
Persentase ASN tidak dijatuhi hukuman disiplin
Cakupan pelayanan penduduk miskin
Jumlah desa tertinggal yang mendapat pendampingan
Jumlah RTLH direhabilitasi
Jumlah RTLH dibangun
Jumlah RTLH diperbaiki
Jumlah unit RTLH tertangani
Persentase rumah tidak layak huni direhab
Jumlah keluarga miskin penerima PKH
Persentase keluarga miskin mendapat bantuan
Jumlah rumah tangga miskin terlayani air bersih
Persentase penduduk miskin terdaftar BPJS PBI
Persentase penduduk miskin ber-KIS
Persentase penduduk miskin memiliki jaminan kesehatan
Jumlah kawasan kumuh ditata
Luas kawasan kumuh berkurang
Persentase kawasan kumuh teratasi
Jumlah temuan terselesaikan
Persentase temuan BPK selesai
Persentase temuan tuntas
Jumlah RTLH terehab
Jumlah KK miskin yang rumahnya direhab
Persentase penduduk miskin bekerja
Persentase desa tertinggal dientaskan
Persentase RTLH menjadi RLH
Jumlah warga miskin dibantu
Jumlah penduduk miskin diberdayakan
Jumlah PMKS dilayani
Jumlah PMKS direhabilitasi sosial
Jumlah PMKS diberdayakan
Persentase ASN bebas hukuman disiplin""".splitlines()


def test_the_reviewers_list_has_59_names():
    assert len(REVIEWER_QUIET) == len(set(REVIEWER_QUIET)) == 59


@pytest.mark.parametrize("indikator", REVIEWER_QUIET)
def test_no_polaritas_word_for_the_reviewers_higher_is_better_names(indikator):
    assert pasted.lower_is_better(indikator, "%") == ""


@pytest.mark.parametrize(
    ("indikator", "named"),
    [
        ("Persentase penduduk miskin", '"penduduk miskin"'),
        ("Persentase penduduk miskin ekstrem", '"penduduk miskin"'),
        ("Persentase Penduduk Miskin (P0)", '"penduduk miskin"'),
        ("Jumlah desa tertinggal", '"desa tertinggal"'),
        ("Luas kawasan kumuh", '"kawasan kumuh"'),
        ("Luas kawasan kumuh perkotaan", '"kawasan kumuh"'),
        ("Luasan permukiman kumuh di Kabupaten Lumajang", '"permukiman kumuh"'),
        ("Jumlah temuan BPK", "temuan"),
        ("Jumlah temuan BPK atas laporan keuangan", "temuan"),
        ("Jumlah temuan pemeriksaan Inspektorat 2024", "temuan"),
        ("Indeks Williamson", "Williamson"),
        ("Jumlah RTLH di Kabupaten Lumajang", "RTLH"),
    ],
)
def test_polaritas_word_for_a_plain_name_with_a_harmless_tail(indikator, named):
    assert pasted.lower_is_better(indikator, "%") == named


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Jumlah RTLH dibangun", "unit"),
        ("Persentase penduduk miskin memiliki jaminan kesehatan", "%"),
        ("Persentase temuan BPK selesai", "%"),
        ("Jumlah desa tertinggal terentaskan", "desa"),
    ],
)
def test_no_polaritas_peringatan_on_the_reviewers_workbook_rows(indikator, satuan):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, "100", ("90", None, None, None), satuan=satuan)
    report = run([row], triwulan=1)
    # Positif, as typed: 90 / 100 x 100 = 90 %, and nothing at the Polaritas cell
    assert Fraction(report.indicators[0].capaian).limit_denominator() == 90
    assert not [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "G2")], messages(report)


# --- 4. "BB- Sangat Baik": the grade's own meaning after the dash is a note ---------------------------


@pytest.mark.parametrize(
    ("target", "typed", "grade"),
    [
        ("BB", "BB- Sangat Baik", "BB"),
        ("B", "B- Baik", "B"),
        ("AA", "AA- Sangat Memuaskan", "AA"),
        ("A", "A- Memuaskan", "A"),
    ],
)
def test_a_grade_glued_to_a_dash_and_its_own_meaning_is_a_grade_with_a_note(target, typed, grade):
    report = _graded(target, "BB", typed)
    assert report.indicators[0].capaian is None
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "L2")]
    assert [f.severity for f in said] == ["galat"], messages(report)
    assert "bertanda plus/minus" not in said[0].pesan
    assert f'tulis predikatnya saja ("{grade}")' in said[0].pesan


@pytest.mark.parametrize("typed", ["BB- Baik", "B- Sangat Baik", "A- LHE 2024"])
def test_a_signed_grade_with_another_meaning_stays_signed(typed):
    said = [f for f in _graded("BB", "BB", typed).findings if (f.sheet, f.sel) == ("Kinerja", "L2")]
    assert [f.severity for f in said] == ["galat"] and "bertanda plus/minus" in said[0].pesan
