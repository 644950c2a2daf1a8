"""The LKjIP document read as the Inspektorat reads it before it is signed (round 3): the example at
Triwulan IV (year-end) with TW III/IV realisasi filled, and at Triwulan II.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N"); the figures typed for
TW III/IV are ours, chosen so that the arithmetic below is exact.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")
openpyxl = pytest.importorskip("openpyxl")

from lkj_xl.cli import main  # noqa: E402
from tests.common import EXAMPLE, example_typed  # noqa: E402


def _workbook(tmp_path, name: str, triwulan: int, cells: dict[tuple[str, str], object]) -> str:
    """The example with Pengaturan's Triwulan (B7) set and the given cells typed."""
    return str(example_typed(tmp_path, name, triwulan, cells))


def _paragraphs(tmp_path, workbook: str) -> list[str]:
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", workbook, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(str(out)).paragraphs]


@pytest.mark.slow
def test_a_change_of_a_percentage_indicator_is_said_in_poin_not_percent(tmp_path):
    """Sasaran S1 "Persentase Pertumbuhan Nilai Produksi Industri" (Satuan %, Nilai Akhir; Kinerja row
    5): Realisasi Tahun Lalu (R5) 2,50% (the seed's Tabel 2.x "2,5", l.1126). At Triwulan IV with TW IV
    (N5) typed 3,10%: realisasi s.d. TW IV 3,10%, 3,10 - 2,50 = 0,60 percentage points, and the change
    0,60 / 2,50 = 24/100 = 24,00% of last year's figure. The sentence read "mengalami kenaikan sebesar
    0,60% (24,00% dari realisasi tahun sebelumnya)": two percentages for one change, the first read
    as a rise of 0,6 per cent. A difference of two percentages is in poin (as Tabel 3.3's Tingkat
    Efisiensi); the relative change stays in %."""
    assert (openpyxl.load_workbook(EXAMPLE)["Kinerja"]["R5"].value) == "2,50%"
    workbook = _workbook(tmp_path, "tw4", 4, {("Kinerja", "N5"): "3,10%"})
    texts = _paragraphs(tmp_path, workbook)
    said = [t for t in texts if "Jika diperbandingkan dengan tahun sebelumnya (2,50%)" in t]
    assert len(said) == 2, said  # 3.1.3 (Penyajian Data Kinerja) and 3.2.1 (faktor, Sasaran S1)
    for text in said:
        assert "mengalami kenaikan sebesar 0,60 poin (24,00% dari realisasi tahun sebelumnya)" in text
        assert "0,60%" not in text


@pytest.mark.slow
def test_spending_above_the_pagu_is_said_where_the_document_states_it(tmp_path):
    """Program P4.06 (Anggaran row 16): pagu 286.850.000, TW II 110.869.000 (the seed's Tabel 3.4,
    l.966). At Triwulan IV with TW III (H16) 100.000.000 and TW IV (I16) 80.000.000 its realisasi is
    110.869.000 + 100.000.000 + 80.000.000 = 290.869.000, above the pagu by 4.019.000: penyerapan
    290.869.000 / 286.850.000 = 101,401...% (101,40%). Lkj-xl's peringatan "melebihi pagu" is at
    Anggaran!I16 (the last quarter typed), yet 3.2.3 said "... atau penyerapan 101,40%." and 3.2.4
    only the total (Tabel 3.4 printing 101,40 beside it): the reader of the signed report met spending
    above the pagu stated as plain fact. Both now say it is above the pagu, by how much, and which
    cell to check."""
    workbook = _workbook(
        tmp_path, "tw4", 4, {("Anggaran", "H16"): 100_000_000, ("Anggaran", "I16"): 80_000_000}
    )
    ws = openpyxl.load_workbook(workbook)["Anggaran"]
    assert (ws["A16"].value, ws["D16"].value, ws["G16"].value) == ("P4.06", 286850000, 110869000)
    texts = _paragraphs(tmp_path, workbook)
    program = next(
        t for t in texts if "PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI dengan indikator" in t
    )
    assert (
        "Anggaran program ini sebesar Rp 286.850.000 dengan realisasi s.d. Triwulan IV Tahun 2025 sebesar "
        "Rp 290.869.000 atau penyerapan 101,40%, melebihi pagu sebesar Rp 4.019.000 (periksa Anggaran!I16, "
        "lihat sheet Pemeriksaan)." in program
    ), program
    # 3.2.4: the programs above their pagu named under the total, in Tabel 3.4's order
    start = texts.index("3.2.4 Realisasi Anggaran")
    after = texts[start : start + 6]
    lebih = [t for t in after if "melebihi pagu" in t]
    assert lebih == [
        "Realisasi anggaran PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI (Rp 290.869.000 dari pagu "
        "Rp 286.850.000, 101,40%) melebihi pagu: periksa Anggaran!I16 (lihat sheet Pemeriksaan)."
    ], after


@pytest.mark.slow
def test_spending_within_the_pagu_adds_nothing(tmp_path):
    """The example at Triwulan II: every program's realisasi is within its pagu (the seed's Tabel 3.4,
    l.949-968, largest share P0.01 5.059.823.310 / 12.076.486.014 = 41,9...%): no sentence says
    "melebihi pagu"."""
    texts = _paragraphs(tmp_path, _workbook(tmp_path, "tw2", 2, {}))
    assert not [t for t in texts if "melebihi pagu" in t]


@pytest.mark.slow
def test_3_2_3_names_the_program_without_indicators_counted_in_a_sasarans_budget(tmp_path):
    """The example at Triwulan II: Anggaran's P0.01 "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH
    KABUPATEN/KOTA" (no indicator, Kode Sasaran S2; pagu 12.076.486.014, TW II 5.059.823.310, the seed's
    l.385/953) counts toward Sasaran 2, as in the seed: 3.2.2 and Tabel 3.3 give S2 a pagu of
    12.076.486.014 + 41.000.000 + 54.888.000 + 101.563.000 + 1.888.172.939 = 14.162.109.953, while
    3.2.3 listed only the 4 cooperative programs (2.085.623.939 together): the reader could not find
    where the other 12 milyar of the sasaran's budget went. 3.2.3 now names it under Sasaran 2, with
    its pagu, realisasi and penyerapan 5.059.823.310 / 12.076.486.014 = 41,898...% (41,90%)."""
    texts = _paragraphs(tmp_path, _workbook(tmp_path, "tw2", 2, {}))
    start = texts.index("3.2.3 Analisis Program/Kegiatan yang Menunjang Keberhasilan atau Kegagalan")
    end = texts.index("3.2.4 Realisasi Anggaran")
    bab = texts[start:end]
    s2 = bab.index("Sasaran Strategis 2: Meningkatnya kualitas Koperasi")
    s3 = bab.index("Sasaran Strategis 3: Meningkatnya Kualitas Usaha Mikro")
    said = [t for t in bab if "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" in t]
    assert said == [
        "Anggaran sasaran ini pada Tabel 3.3 (pagu Rp 14.162.109.953) juga mencakup PROGRAM PENUNJANG "
        "URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA, program tanpa indikator kinerja, dengan pagu "
        "Rp 12.076.486.014 dan realisasi s.d. Triwulan II Tahun 2025 sebesar Rp 5.059.823.310 atau "
        "penyerapan 41,90%."
    ], said
    assert s2 < bab.index(said[0]) < s3
