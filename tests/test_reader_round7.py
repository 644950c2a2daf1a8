"""The LKjIP read as the Inspektorat reads it (round 7): Tabel 3.3 counts the pagu of a program that
has no indicator in Kinerja toward a Sasaran and said nothing of it; 3.2.3 names such a program
(tests/test_reader_round4.py, test_reader_round6.py), the table a reader checks first did not.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N") as staff typed it; the
cells changed for a case are ours and named in each test.
"""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract
from tests.common import example_typed

PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
# The seed's support program (l.385 / l.953): pagu 12.076.486.014, realisasi TW II 5.059.823.310,
# counted toward Sasaran 2 "Meningkatnya kualitas Koperasi" by its Kode Sasaran (Anggaran!C4), so
# that S2's pagu is 14.162.109.953 (l.790) while Tabel 3.2 lists only S2's four cooperative programs.
NOTE_TW2 = (
    "Pagu tujuan/sasaran pada tabel ini memuat anggaran program tanpa indikator kinerja (tidak "
    f"tercantum pada Tabel 3.2): {PENUNJANG} (pagu Rp 12.076.486.014, realisasi s.d. Triwulan II "
    "Tahun 2025 Rp 5.059.823.310) pada Sasaran Meningkatnya kualitas Koperasi."
)


def _built(tmp_path, name: str, triwulan: int, cells: dict[tuple[str, str], object]):
    workbook = example_typed(tmp_path, name, triwulan, cells)
    result = CliRunner().invoke(main, ["build", str(workbook)])
    assert result.exit_code == 0, result.output
    return workbook


def _sheet_texts(workbook, sheet: str) -> list[str]:
    ws = openpyxl.load_workbook(workbook)[sheet]
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]


def test_tabel_3_3_says_the_pagu_of_sasaran_2_holds_the_support_program(tmp_path):
    """The example at Triwulan II: S2's pagu 14.162.109.953 = 12.076.486.014 + the four cooperative
    programs (41.000.000 + 54.888.000 + 101.563.000 + 1.888.172.939, l.955-958); the reader of Tabel
    3.3 sees 14 milyar beside programs worth 2 milyar in Tabel 3.2: the note under the table names the
    twelve milyar's program."""
    assert 12_076_486_014 + 41_000_000 + 54_888_000 + 101_563_000 + 1_888_172_939 == 14_162_109_953
    workbook = _built(tmp_path, "tw2", 2, {})
    texts = _sheet_texts(workbook, contract.SHEET_EFISIENSI)
    assert [t for t in texts if "tanpa indikator" in t] == [NOTE_TW2]
    # the note stands under the table, before the signature block
    assert texts.index(NOTE_TW2) < texts.index("Lumajang, 4 Juli 2025")


def test_the_word_report_carries_the_same_note_under_tabel_3_3(tmp_path):
    docx = pytest.importorskip("docx")
    workbook = example_typed(tmp_path, "tw2-word", 2, {})
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    # the captions, not the Daftar Tabel's lines (which end in a tab before the page number)
    caption = next(i for i, t in enumerate(texts) if t.startswith("Tabel 3.3 Efisiensi") and "\t" not in t)
    tabel_3_4 = next(i for i, t in enumerate(texts) if t.startswith("Tabel 3.4") and "\t" not in t)
    assert NOTE_TW2 in texts[caption:tabel_3_4]
    assert texts.count(NOTE_TW2) == 1


def test_a_program_typed_in_kinerja_without_indicator_is_named_at_year_end(tmp_path):
    """The round-6 case at Triwulan IV: "PROGRAM PENGELOLAAN PASAR RAKYAT" typed in Kinerja row 45
    under S4 without its indicator, its budget in Anggaran row 20: pagu "Rp 250 jt" (250.000.000),
    TW II "Rp 50 jt", TW IV "Rp 70 jt": realisasi 50.000.000 + 70.000.000 = 120.000.000 "s.d.
    Triwulan IV Tahun 2025". Both programs without indicator are named, each at its Sasaran."""
    assert 50_000_000 + 70_000_000 == 120_000_000
    from tests.test_reader_round6 import PASAR as pasar
    from tests.test_reader_round6 import TANPA_INDIKATOR

    cells = {**TANPA_INDIKATOR, ("Anggaran", "I20"): "Rp 70 jt"}
    workbook = _built(tmp_path, "tw4", 4, cells)
    notes = [t for t in _sheet_texts(workbook, contract.SHEET_EFISIENSI) if "tanpa indikator" in t]
    assert notes == [
        "Pagu tujuan/sasaran pada tabel ini memuat anggaran program tanpa indikator kinerja (tidak "
        f"tercantum pada Tabel 3.2): {PENUNJANG} (pagu Rp 12.076.486.014, realisasi s.d. Triwulan IV "
        "Tahun 2025 Rp 5.059.823.310) pada Sasaran Meningkatnya kualitas Koperasi; "
        f"{pasar} (pagu Rp 250.000.000, realisasi s.d. Triwulan IV Tahun 2025 Rp 120.000.000) pada Sasaran "
        "Meningkatnya Nilai PDRB sektor Perdagangan."
    ], notes


def test_no_program_without_indicator_adds_no_note(tmp_path):
    """The support program's row cleared (Anggaran A4:G4): every program left in Anggaran has its
    indicators in Kinerja; Tabel 3.3 has no such note."""
    cells = {("Anggaran", f"{col}4"): None for col in "ABCDG"}
    workbook = _built(tmp_path, "tanpa-penunjang", 2, cells)
    assert not [t for t in _sheet_texts(workbook, contract.SHEET_EFISIENSI) if "tanpa indikator" in t]


@pytest.mark.slow
def test_the_printed_tabel_3_3_carries_the_note(tmp_path):
    """`lkj-xl pdf` through LibreOffice, read back with pdftotext: the note is printed (words joined
    across the wrapped lines)."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed")
    workbook = example_typed(tmp_path, "tw2-pdf", 2, {})
    pdf = tmp_path / "tw2.pdf"
    result = CliRunner().invoke(main, ["pdf", str(workbook), "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(NOTE_TW2.split()) in " ".join(text.split())


# After the APBD-P (Triwulan III): Tingkat Kepatuhan WTU's Target Perubahan (Kinerja!J41) "75%" beside
# the Perjanjian Kinerja's 80% (I41, the seed's Tabel 2.4), TW III (M41) "60%"; Pagu Perubahan of
# P2.04 (Anggaran!E8) "1.500.000.000" beside its PK pagu 1.888.172.939 (l.958) and of the support
# program P0.01 (E4) "12.500.000.000" beside 12.076.486.014.
APBD_P = {
    ("Kinerja", "J41"): "75%",
    ("Kinerja", "M41"): "60%",
    ("Anggaran", "E8"): "1.500.000.000",
    ("Anggaran", "E4"): "12.500.000.000",
}


def test_3_2_3_names_the_target_perubahan_and_the_pagu_perubahan(tmp_path):
    """3.2.3 said "target 75% ... Anggaran program ini sebesar Rp 1.500.000.000" while Tabel 2.3 (the
    signed Perjanjian Kinerja) beside it gives 80% and 1.888.172.939, and 3.1.3 says of a Sasaran's
    revised target "(Target Perubahan; target Perjanjian Kinerja ...)": the Inspektorat holding the PK
    read two targets with no word. Now 3.2.3 names both, as 3.1.3 does.
    P4.05 (Nilai Akhir): 60 / 75 x 100 = 80 (Tinggi: > 75 - 90); P2.04: TW II 10.200.000 (l.958),
    TW III empty: 10.200.000 / 1.500.000.000 x 100 = 0,68%; P0.01: TW II 5.059.823.310 /
    12.500.000.000 x 100 = 40,478...% (40,48%)."""
    from lkj_xl.build import load_report
    from lkj_xl.core.analisis_program import program_kegiatan

    assert Fraction(60, 75) * 100 == 80
    assert Fraction(10_200_000, 1_500_000_000) * 100 == Fraction("0.68")
    assert round(Fraction(5_059_823_310, 12_500_000_000) * 100, 2) == Fraction("40.48")
    report = load_report(example_typed(tmp_path, "apbdp", 3, APBD_P))
    teks = program_kegiatan(report).teks
    assert (
        "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN dengan indikator Tingkat Kepatuhan WTU, target 75% "
        "(Target Perubahan; target Perjanjian Kinerja 80%) dan realisasi 60% sehingga capaiannya 80,00% "
        "tergolong tinggi."
    ) in teks
    assert (
        "Anggaran program ini sebesar Rp 1.500.000.000 (Pagu Perubahan; pagu Perjanjian Kinerja "
        "Rp 1.888.172.939) dengan realisasi s.d. Triwulan III Tahun 2025 sebesar Rp 10.200.000 atau "
        "penyerapan 0,68%."
    ) in teks
    assert (
        f"{PENUNJANG}, program tanpa indikator kinerja, dengan pagu Rp 12.500.000.000 (Pagu Perubahan; "
        "pagu Perjanjian Kinerja Rp 12.076.486.014) dan realisasi s.d. Triwulan III Tahun 2025 sebesar "
        "Rp 5.059.823.310 atau penyerapan 40,48%."
    ) in teks
    # a target or pagu not revised keeps its plain sentence
    assert "Anggaran program ini sebesar Rp 41.000.000 dengan realisasi" in teks
    assert "target 54,27% dan realisasi 0,80%" in teks


def test_tabel_3_3_note_names_the_pagu_perubahan_of_a_program_without_indicator(tmp_path):
    """The same workbook: the note under Tabel 3.3 gives P0.01's pagu as 3.2.3 now does."""
    from lkj_xl.build import load_report
    from lkj_xl.core.kalimat_program import catatan_tanpa_indikator

    report = load_report(example_typed(tmp_path, "apbdp-catatan", 3, APBD_P))
    assert catatan_tanpa_indikator(report) == (
        "Pagu tujuan/sasaran pada tabel ini memuat anggaran program tanpa indikator kinerja (tidak "
        f"tercantum pada Tabel 3.2): {PENUNJANG} (Pagu Perubahan Rp 12.500.000.000, pagu Perjanjian Kinerja "
        "Rp 12.076.486.014, realisasi s.d. Triwulan III Tahun 2025 Rp 5.059.823.310) pada Sasaran "
        "Meningkatnya kualitas Koperasi."
    )


def test_the_note_says_the_pagu_of_a_program_without_indicator_is_unreadable(tmp_path):
    """P0.01's Pagu (Anggaran!D4) typed "12.076.486.014,5,0" (two commas: a galat): Tabel 3.3 shows
    Galat (Anggaran!D4) in Sasaran 2's Pagu; the note named the program with its realisasi only, as if
    it had no pagu. It now says which cell keeps it from being counted, in the table's words."""
    from lkj_xl.build import load_report
    from lkj_xl.core.kalimat_program import catatan_tanpa_indikator

    report = load_report(example_typed(tmp_path, "pagu-galat", 2, {("Anggaran", "D4"): "12.076.486.014,5,0"}))
    assert catatan_tanpa_indikator(report) == (
        "Pagu tujuan/sasaran pada tabel ini memuat anggaran program tanpa indikator kinerja (tidak "
        f"tercantum pada Tabel 3.2): {PENUNJANG} (pagu Galat (Anggaran!D4), realisasi s.d. Triwulan II "
        "Tahun 2025 Rp 5.059.823.310) pada Sasaran Meningkatnya kualitas Koperasi."
    )


def test_3_2_3_names_a_program_without_indicator_counted_toward_a_tujuan(tmp_path):
    """P0.01's Kode Sasaran (Anggaran!C4) "T2", the Tujuan: Tabel 3.3 gives T2 the pagu
    26.672.236.083 while its Sasaran sum 14.595.750.069 (S2 without P0.01 2.085.623.939 + S3
    3.661.557.265 + S4 8.848.568.865, l.955-966); the 12.076.486.014 between them was named nowhere
    in 3.2.3 (a Tujuan without programs of its own was skipped). It now is, under Tujuan 2."""
    from lkj_xl.build import load_report
    from lkj_xl.core.analisis_program import program_kegiatan

    s2 = 41_000_000 + 54_888_000 + 101_563_000 + 1_888_172_939
    sasaran = s2 + (3_578_850_965 + 82_706_300) + 8_848_568_865
    assert (s2, sasaran, 26_672_236_083 - sasaran) == (2_085_623_939, 14_595_750_069, 12_076_486_014)
    report = load_report(example_typed(tmp_path, "ke-tujuan", 2, {("Anggaran", "C4"): "T2"}))
    teks = program_kegiatan(report).teks.split("\n")
    t2 = teks.index("Tujuan 2: Meningkatnya investasi inklusif")
    s2_at = next(i for i, t in enumerate(teks) if t.startswith("Sasaran Strategis 2"))
    said = [t for t in teks[t2:s2_at] if PENUNJANG in t]
    assert said == [
        "Anggaran tujuan ini pada Tabel 3.3 (pagu Rp 26.672.236.083) juga mencakup "
        f"{PENUNJANG}, program tanpa indikator kinerja, dengan pagu Rp 12.076.486.014 dan realisasi s.d. "
        "Triwulan II Tahun 2025 sebesar Rp 5.059.823.310 atau penyerapan 41,90%."
    ], teks[t2:s2_at]


def test_tabel_3_3_says_which_budget_it_counts_toward_no_sasaran(tmp_path):
    """P0.01's Kode Sasaran (Anggaran!C4) left empty, no Kinerja row: its 12.076.486.014 is counted
    toward nothing (a peringatan at C4). Tabel 3.3's Tujuan summed 1.132.811.550 + 14.595.750.069 =
    15.728.561.619 beside Tabel 3.4's TOTAL 27.805.047.633 (l.968) with no word under the table; the
    note now names the program and where to look."""
    t1 = 1_116_055_550 + 8_050_000 + 8_706_000
    t2 = (
        (41_000_000 + 54_888_000 + 101_563_000 + 1_888_172_939) + (3_578_850_965 + 82_706_300) + 8_848_568_865
    )
    assert (t1, t2, 27_805_047_633 - t1 - t2) == (1_132_811_550, 14_595_750_069, 12_076_486_014)
    workbook = _built(tmp_path, "tanpa-sasaran", 2, {("Anggaran", "C4"): None})
    notes = [t for t in _sheet_texts(workbook, contract.SHEET_EFISIENSI) if PENUNJANG in t]
    assert notes == [
        "Anggaran program yang tidak dihitung ke tujuan/sasaran mana pun pada tabel ini (termasuk dalam "
        f"total Tabel 3.4): {PENUNJANG} (pagu Rp 12.076.486.014, realisasi s.d. Triwulan II Tahun 2025 "
        "Rp 5.059.823.310); lihat Anggaran!C4 di sheet Pemeriksaan."
    ], notes


def test_3_2_2_says_a_pagu_of_zero_not_that_no_program_is_mapped(tmp_path):
    """The three programs of Sasaran 1 (Anggaran rows 17-19, l.961-963) typed with Pagu 0 and TW II
    spending 0 (a draft before the DPA): Tabel 3.3 shows S1 and T1 with pagu 0 and no penyerapan
    (nothing to divide by), and Pemeriksaan a peringatan "Pagu program ... nol" at D17:D19; 3.2.2
    said "belum ada anggaran program yang dipetakan kepadanya di lembar Anggaran", false: three are.
    It now says the pagu is nought."""
    from lkj_xl.build import load_report
    from lkj_xl.core.analisis_efisiensi import efisiensi

    cells = {("Anggaran", f"{col}{row}"): 0 for col in "DG" for row in (17, 18, 19)}
    report = load_report(example_typed(tmp_path, "pagu-nol", 2, cells))
    teks = efisiensi(report).teks.split("\n")
    s1 = [t for t in teks if t.startswith("Sasaran Meningkatnya pertumbuhan sektor industri:")]
    assert s1 == [
        "Sasaran Meningkatnya pertumbuhan sektor industri: pagu anggaran program yang dipetakan kepadanya "
        "Rp 0, sehingga penyerapan anggaran dan tingkat efisiensinya tidak dapat dihitung (lihat peringatan "
        "di sheet Pemeriksaan)."
    ], teks
    assert not [t for t in teks if "belum ada anggaran program yang dipetakan" in t]


def test_3_1_3_names_the_same_period_last_year_beside_last_year_s_total(tmp_path):
    """Sasaran 1 at Triwulan II: Realisasi Tahun Lalu (Kinerja!R5) 2,50%, the figure s.d. TW II 2024
    (the Petunjuk: "periode yang sama tahun lalu"), and Realisasi 2024 (Q5) typed "2,80%", the year's;
    TW II (L5) "2,7%". 3.1.3 said "Jika diperbandingkan dengan tahun sebelumnya (2,50%)" and gave the
    2,80% nowhere, while the Perbandingan Kinerja sheet prints 2024: 2,80 beside s.d. TW II 2024: 2,50.
    Now 2024's 2,80% is listed and the comparison names its period: 2,70 - 2,50 = 0,20 poin,
    0,20 / 2,50 = 8%."""
    from lkj_xl.build import load_report
    from lkj_xl.core.analisis_teks import penyajian_data

    assert (Fraction("2.7") - Fraction("2.5"), Fraction("0.2") / Fraction("2.5") * 100) == (
        Fraction("0.2"),
        8,
    )
    cells = {("Kinerja", "Q5"): "2,80%", ("Kinerja", "L5"): "2,7%"}
    teks = penyajian_data(load_report(example_typed(tmp_path, "periode", 2, cells))).teks.split("\n")
    s1 = teks.index("Sasaran Strategis 1: Meningkatnya pertumbuhan sektor industri")
    assert teks[s1 + 2] == (
        "Realisasi tahun-tahun sebelumnya: tahun 2024 sebesar 2,80%. Jika diperbandingkan dengan periode "
        "yang sama tahun sebelumnya (s.d. Triwulan II Tahun 2024: 2,50%) mengalami kenaikan sebesar 0,20 "
        "poin (8,00% dari realisasi periode yang sama tahun sebelumnya), artinya kinerja membaik."
    ), teks[s1 : s1 + 5]


def test_3_1_3_keeps_the_seed_s_words_when_last_year_s_figures_agree(tmp_path):
    """The example as typed: Q5 and R5 both 2,50% (the seed's 2024 figure, l.615): one figure, the
    seed's wording "tahun sebelumnya" (l.699) stays."""
    from lkj_xl.build import load_report
    from lkj_xl.core.analisis_teks import penyajian_data

    teks = penyajian_data(load_report(example_typed(tmp_path, "sama", 2, {("Kinerja", "L5"): "2,7%"}))).teks
    assert "Jika diperbandingkan dengan tahun sebelumnya (2,50%) mengalami kenaikan sebesar 0,20 poin" in teks
    assert "periode yang sama" not in teks and "tahun 2024 sebesar" not in teks
