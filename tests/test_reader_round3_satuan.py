"""The "satuan berbeda" case read as the Inspektorat reads it (round 3): a realisasi typed in another
scale than its target is said so in Tabel 3.3 and 3.2.2, in the summary lists (Ringkasan, Bab IV) and
on the Grafik sheet, in the words of the Analisis Capaian sentence (tests/test_reader_round2.py); and
a rate typed with its base in the cell ("98,5/100.000 KH") is a galat that says what to type.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N") with Pengaturan's
Triwulan (B7) set to IV: Sasaran S4's TW IV (Kinerja!N27) holds "3.969,54", the figure the seed's
Tabel 3.1 prints under TW IV (l.513), typed without "milyar" while its target (Kinerja!I27) is
"4.045,54 milyar" (l.366/382).
"""

from __future__ import annotations

import shutil
from fractions import Fraction

import pytest
from click.testing import CliRunner

openpyxl = pytest.importorskip("openpyxl")

from lkj_xl.cli import main  # noqa: E402
from lkj_xl.core.numbers import format_number  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402

# The note of the Analisis Capaian sentence (3.1.3), after "capaian 0,00%", as round 2 wrote it.
WHY = (
    "sel Kinerja!N27: capaian dihitung dengan skala sebagaimana tertulis; periksa besarnya, lihat "
    "peringatan di sheet Pemeriksaan"
)
NOTE = f"target dan realisasi ditulis dengan skala berbeda, {WHY}"
S4 = "Nilai PDRB sektor Perdagangan"
# S4's capaian: 3.969,54 / 4.045.540.000.000 x 100 = 9,8...e-8 %, shown 0,00% (two decimals).
CAPAIAN = Fraction("3969.54") / Fraction("4045540000000") * 100


def _tw4(folder, **cells) -> str:
    workbook = folder / "tw4.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Pengaturan"]["A7"].value == "Triwulan"
    assert (wb["Kinerja"]["I27"].value, wb["Kinerja"]["N27"].value) == ("4.045,54 milyar", "3.969,54")
    wb["Pengaturan"]["B7"] = 4
    for ref, value in cells.items():
        wb["Kinerja"][ref] = value
    wb.save(workbook)
    return str(workbook)


def _build(workbook: str, folder):
    built = folder / "built.xlsx"
    result = CliRunner().invoke(main, ["build", workbook, "-o", str(built)])
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(built)


def _texts(sheet) -> list[str]:
    return [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The TW IV example built, with S4 given a Realisasi 2023 (Kinerja!P27) of 3.800 milyar so the
    Grafik draws its trend (a figure made up for the test, in the target's scale)."""
    folder = tmp_path_factory.mktemp("tw4")
    return _build(_tw4(folder, P27="3.800 milyar"), folder)


def test_tabel_3_3_and_3_2_2_say_the_capaian_is_computed_with_the_units_as_typed(built):
    """Tabel 3.3's row of Sasaran S4 printed its capaian (0,00%) and efisiensi with no word that the
    realisasi was typed in another scale, and 3.2.2 said "capaian kinerja sebesar 0,00%" bare while
    3.1.3 says why. Now a Catatan under Tabel 3.3 and the 3.2.2 paragraph carry the note of 3.1.3,
    naming the cell; a Sasaran without the case (S2, koperasi) gets none."""
    catatan = [t for t in _texts(built["Efisiensi"]) if WHY in t]
    assert catatan == [f"Meningkatnya {S4}: Target dan realisasi {S4} ditulis dengan skala berbeda, {WHY}."]
    paragraphs = _texts(built["Analisis Capaian"])
    start = paragraphs.index("3.2.2 Analisis Efisiensi Penggunaan Sumber Daya")
    end = paragraphs.index(next(t for t in paragraphs if t.startswith("3.2.3 ")))
    efisiensi = paragraphs[start + 1 : end]
    s4 = next(t for t in efisiensi if t.startswith(f"Sasaran Meningkatnya {S4}:"))
    # S4's programs P4.01-P4.06 (Anggaran, seed Tabel 3.4 l.949-968): pagu 62.200.000 + 6.532.742.965
    # + 987.614.940 + 435.942.350 + 543.218.610 + 286.850.000, realisasi 525.000 + 1.211.837.250 +
    # 40.380.000 + 54.076.133 + 116.451.772 + 110.869.000
    pagu = 62_200_000 + 6_532_742_965 + 987_614_940 + 435_942_350 + 543_218_610 + 286_850_000
    realisasi = 525_000 + 1_211_837_250 + 40_380_000 + 54_076_133 + 116_451_772 + 110_869_000
    serapan = format_number(Fraction(realisasi * 100, pagu), 2)
    assert (pagu, realisasi, serapan) == (8_848_568_865, 1_534_139_155, "17,34")
    assert format_number(CAPAIAN, 2) == "0,00"
    assert f"capaian kinerja sebesar 0,00%, sedangkan penyerapan anggaran sebesar {serapan}%" in s4, s4
    assert f"Catatan: Target dan realisasi {S4} ditulis dengan skala berbeda, {WHY}." in s4, s4
    koperasi = next(t for t in efisiensi if t.startswith("Sasaran Meningkatnya kualitas Koperasi:"))
    assert "skala berbeda" not in koperasi


def test_the_summary_lists_of_ringkasan_and_bab_iv_carry_the_note(built):
    """Ringkasan and the Kesimpulan (Bab IV) listed S4 as "Nilai PDRB sektor Perdagangan (capaian
    0,00%)" among the Sasaran below 100%, which a reader takes as nothing realised. Now the same
    item says the capaian is computed with the units as typed, naming the cell."""
    item = f"{S4} (capaian 0,00%; {NOTE})"
    ringkasan = [t for t in _texts(built["Ringkasan"]) if t.startswith("Indikator kinerja sasaran dengan")]
    below = next(t for t in ringkasan if "di bawah 100%" in t)
    assert below.endswith(f"dan {item}."), below
    assert not any("satuan berbeda" in t for t in ringkasan if t != below)
    analisis = _texts(built["Analisis Capaian"])
    bab4 = analisis[analisis.index("Kesimpulan (Bab IV Penutup)") :]
    assert below in bab4


def test_an_indicator_met_with_the_units_as_typed_is_listed_with_the_note(tmp_path):
    """The other way round: target "4.045,54" typed without "milyar" (Kinerja!I27), realisasi "4.100
    milyar" (N27): capaian 4.100.000.000.000 / 4.045,54 x 100, far above 100%, so S4 is listed among
    the Sasaran at or above 100%, a list that names no capaian: it said nothing of the units."""
    from lkj_xl.build import load_report

    assert Fraction(4_100_000_000_000) / Fraction("4045.54") * 100 >= 100
    report = load_report(_tw4(tmp_path, I27="4.045,54", N27="4.100 milyar"))
    sasaran = next(g for g in report.ringkasan if g.tingkat == "Sasaran")
    assert sasaran.kalimat[0] == (
        f"Indikator kinerja sasaran dengan capaian ≥ 100% sebanyak 1 indikator, yaitu {S4} ({NOTE})."
    )


def test_the_grafik_never_plots_the_realisasi_in_the_targets_scale(built):
    """Chart 1 draws S4's capaian (0,00%, the figure every table prints) and a note under it says
    why it is that low; chart 4 drew S4's 2025 point as 3.969,54 shown "0,00 milyar" beside 2023's
    3.800 milyar, a line falling to nothing. Now that period's cell is empty (no point, as for a
    figure not known) and the Keterangan gives the figure as read and the note."""
    sheet = built["Grafik"]
    texts = _texts(sheet)
    assert f"S4: {NOTE}." in texts
    header = next(r for r in sheet.iter_rows() if any(c.value == "Indikator (Satuan)" for c in r))
    columns = {c.value: c.column - 1 for c in header if c.value}
    row = next([c.value for c in r] for r in sheet.iter_rows(min_row=header[0].row + 1) if r[1].value == "S4")
    assert row[columns["2023"]] == 3_800_000_000_000  # 3.800 milyar
    assert row[columns["s.d. TW IV 2025"]] is None
    assert (
        row[columns["Keterangan"]] == f"s.d. TW IV 2025: Rp 3.969,54 (tidak digambar: {NOTE})"
    )  # as 3.1.3 prints it


@pytest.mark.slow
def test_the_word_reports_bab_iv_and_3_2_2_carry_the_note(tmp_path):
    """The Word report prints the same Ringkasan/Bab IV sentences and 3.2.2 paragraphs (one
    computation): S4's item and paragraph name the cell there too."""
    docx = pytest.importorskip("docx")
    out = tmp_path / "tw4.docx"
    result = CliRunner().invoke(main, ["laporan", _tw4(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    bab4 = texts[texts.index("BAB IV PENUTUP") :]
    assert any(f"{S4} (capaian 0,00%; {NOTE})" in t for t in bab4)
    assert any(t.startswith(f"Sasaran Meningkatnya {S4}:") and "Kinerja!N27" in t for t in texts)


def _check(folder, satuan: str, realisasi: str) -> list[str]:
    """`lkj-xl check` of the example with K1.01.01 (row 7, a Kegiatan counted in IKM, target 400,
    Realisasi TW II 95 at Kinerja!L7) given this Satuan and Realisasi TW II: its findings at L7."""
    workbook = folder / "rate.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert (wb["Kinerja"]["A7"].value, wb["Kinerja"]["L7"].value) == ("K1.01.01", 95)
    wb["Kinerja"]["F7"], wb["Kinerja"]["L7"] = satuan, realisasi
    wb.save(workbook)
    result = CliRunner().invoke(main, ["check", str(workbook)])
    return [line for line in result.output.splitlines() if "Kinerja!L7" in line]


@pytest.mark.parametrize(
    ("satuan", "typed", "number", "base"),
    [
        ("per 100.000 KH", "98,5/100.000 KH", "98,5", "100.000 KH"),
        ("KH", "98,5 / 100.000 KH", "98,5", "100.000 KH"),
        ("KH", "12 per 1.000 KH", "12", "1.000 KH"),  # (Satuan "per 1.000 KH" reads it: 12)
        ("Kasus", "7/100", "7", "100"),
    ],
)
def test_a_rate_typed_with_its_base_says_to_type_the_number_and_the_base_in_satuan(
    tmp_path, satuan, typed, number, base
):
    """ "98,5/100.000 KH" (the AKI per 100.000 kelahiran hidup, as a Dinas Kesehatan writes it) was a
    galat "ada karakter bukan angka ('/')" with nothing to do. Now the galat says to type the number
    alone in the cell and the base in Satuan."""
    found = _check(tmp_path, satuan, typed)
    assert len(found) == 1 and "galat" in found[0], found
    assert (
        f'ditulis bersama basisnya ("{base}"); tulis angkanya saja ({number}) di sel ini dan basisnya '
        f'di kolom Satuan (Satuan "per {base}")'
    ) in found[0], found


def test_a_fraction_that_is_no_rate_gets_no_base_advice(tmp_path):
    """ "15/20" (15 of 20 villages) has no base of 10, 100, 1.000...: no advice about a base."""
    found = _check(tmp_path, "desa", "15/20")
    assert len(found) == 1 and "galat" in found[0] and "basis" not in found[0], found
