"""The seed report's own printed figures typed beside the raw data, as staff copy last quarter's
tables into their workbook: the report's slips get a peringatan at the cell naming the figure typed and
the one computed; its right figures (rounded as the report rounds them) stay quiet.

The seed is ../shared/seeds/000_237f033edcd5cb60.txt ("l.N" below). Its Tabel 3.1 (l.499-513), Tabel
3.2 (l.538-568) and section 3.2.3 (l.825-943) print a realisasi s.d. TW II and a capaian per indicator;
Tabel 3.4 (l.953-969) a percentage per program and a TOTAL row. Each expected figure is worked out by
hand in the comment beside it.
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from lkj_xl.build import load_report
from tests.common import EXAMPLE

# Indikator (start of its name in Kinerja) -> (realisasi s.d. TW II printed, capaian printed, a slip?)
PRINTED = {
    "Nilai Investasi": ("193.900 juta", "15,12", False),  # l.504: 193.900 / 1.282.684,40 = 15,1167
    "Persentase koperasi yang taat": ("29", "71", False),  # l.508: 29 / 40,71 = 71,2356
    "Nilai produksi industri": ("Rp 483.624.842.126", "32", False),  # l.540: 32,4278
    "Prosentase jumlah izin": ("100%", "100", False),  # l.541: 100 / 100
    "Prosentase jumlah IKM": ("0", "0", False),  # l.542: 0 / 61,45
    # l.545: 0,8 / 54,27 = 1,4741, printed 2: 1,47 -> 1,5 -> 2, rounded twice (formulas.near_typed)
    "Persentase pengawasan dan pemeriksaan": ("0,8%", "2", False),
    "Persentase koperasi sehat": ("96,05%", "170", False),  # l.546: 96,05 / 56,67 = 169,49 -> 169,5 -> 170
    "Persentase koperasi yang mendapatkan pelatihan": ("0", "0", False),  # l.547
    "Persentase koperasi yang mendapatkan pemberda": ("0", "0", False),  # l.554
    # l.556: 0,6 / 0,9 = 66,67, printed 71 (the kegiatan's 333 / 471 = 70,70, l.885): a slip
    "Persentase Usaha Menengah": ("0,6%", "71", True),
    "Persentase perusahaan": ("100%", "125", False),  # l.559: 100 / 80 = 125
    "Persentase pengendalian stabilisasi": ("77%", "96", False),  # l.561: 77 / 80 = 96,25
    "Nilai ekspor": ("Rp 174.682.004.400", "15", False),  # l.562: 14,8627
    "Nilai perdagangan antar daerah": ("Rp 129.614.313.068", "2", False),  # l.562: 2,1876
    "Tingkat Kepatuhan WTU": ("35%", "41", True),  # l.563: 35 / 80 = 43,75, printed 41: a slip
    "Jumlah industri dalam": ("95", "24", False),  # l.830: 95 / 400 = 23,75
    "Jumlah rekomendasi IUI": ("1", "50", False),  # l.832
    "Jumlah dokumen informasi": ("1", "50", False),  # l.839
    "Jumlah koperasi simpan pinjam dan unit": ("6", "6", False),  # l.858
    "Jumlah koperasi simpan pinjam yang sehat": ("73", "107", False),  # l.863: 73 / 68 = 107,35
    "Jumlah SDM": ("0", "0", False),  # l.868
    "Jumlah pemberdayaan SDM": ("0", "0", False),  # l.873
    "Jumlah Usaha Mikro yang difasilitasi": ("333", "71", False),  # l.885: 333 / 471 = 70,70
    "Jumlah Usaha Mikro yang mempunyai": ("0", "0", False),  # l.892
    "Persentase peningkatan jumlah rekomendasi TDG": ("100%", "100", False),  # l.902
    "Jumlah Pelaku Usaha": ("0", "0", False),  # l.905
    "Jumlah Sarana": ("0", "0", False),  # l.914
    "Prosentase pembinaan": ("1,42%", "13", False),  # l.918: 1,42 / 11 = 12,91
    "Jumlah harga barang": ("13", "100", False),  # l.923
    "Jumlah obyek": ("77", "46", False),  # l.926: 77 / 168 = 45,83
    "Nilai omzet": ("Rp 1.425.000", "0,3", False),  # l.931-933: 1.425.000 / 450.000.000 = 0,3167
    # l.938: 891 of the target 2.047 (Tabel 2.4 l.458) = 43,53; the text's target 2.067 gives 43,11: 43 either way
    "Jumlah WTU": ("891", "43", False),
    "Nilai perdagangan dalam daerah": ("Rp 1.507.730.516.560", "17,52", False),  # l.943: 17,5223
}

# Tabel 3.4 (l.953-968): pagu -> the percentage printed; every one is realisasi / pagu rounded half up
PERSENTASE = {
    12_076_486_014: 42,  # 5.059.823.310 / 12.076.486.014 = 41,90
    41_000_000: 20,  # 8.000.000 / 41.000.000 = 19,51
    54_888_000: 0,
    101_563_000: 0,
    1_888_172_939: 1,  # 10.200.000 / 1.888.172.939 = 0,54
    3_578_850_965: 4,  # 4,41
    82_706_300: 2,  # 2,18
    62_200_000: 1,  # 0,84
    6_532_742_965: 19,  # 18,55
    987_614_940: 4,  # 4,09
    435_942_350: 12,  # 12,40
    543_218_610: 21,  # 21,44
    286_850_000: 39,  # 38,65
    1_116_055_550: 6,  # 5,71
    8_050_000: 6,  # 5,59
    8_706_000: 0,
}


def _typed_copy(folder):
    """The example with a "Realisasi s.d. TW II" and a "Capaian (%)" column in Kinerja holding the
    figures the seed printed, and Tabel 3.4's "Persentase (%)" and TOTAL row in Anggaran."""
    path = folder / "seed-dicetak.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    kinerja = wb["Kinerja"]
    header = [cell.value for cell in kinerja[3]]
    indikator, width = header.index("Indikator") + 1, len(header)
    kinerja.cell(3, width + 1, "Realisasi s.d. TW II")
    kinerja.cell(3, width + 2, "Capaian (%)")
    rows = {}
    for row in range(4, kinerja.max_row + 1):
        name = (kinerja.cell(row, indikator).value or "").casefold()
        hits = [words for words in PRINTED if name.startswith(words.casefold())]
        if hits:
            (words,) = hits
            realisasi, capaian, _slip = PRINTED[words]
            kinerja.cell(row, width + 1, realisasi)
            kinerja.cell(row, width + 2, capaian)
            rows[words] = row
    assert set(rows) == set(PRINTED)  # every printed figure found its indicator
    capaian_col = openpyxl.utils.get_column_letter(width + 2)
    anggaran = wb["Anggaran"]
    a_header = [cell.value for cell in anggaran[3]]
    pagu_col, tw2_col = a_header.index("Pagu") + 1, a_header.index("Realisasi TW II") + 1
    persen_col = len(a_header) + 1
    anggaran.cell(3, persen_col, "Persentase (%)")
    last = anggaran.max_row
    for row in range(4, last + 1):
        pagu = anggaran.cell(row, pagu_col).value
        pagu = 435_942_350 if pagu == "Rp 435.942.350" else pagu  # typed so in the example
        anggaran.cell(row, persen_col, PERSENTASE[pagu])
    # l.969: TOTAL 27.805.047.633 / 6.835.975.140,00 / 25 (6.835.975.140 / 27.805.047.633 = 24,59)
    anggaran.cell(last + 1, 2, "TOTAL")
    anggaran.cell(last + 1, pagu_col, 27_805_047_633)
    anggaran.cell(last + 1, tw2_col, "6.835.975.140,00")
    anggaran.cell(last + 1, persen_col, 25)
    wb.save(path)
    return path, rows, capaian_col


@pytest.fixture(scope="module")
def typed(tmp_path_factory):
    path, rows, capaian_col = _typed_copy(tmp_path_factory.mktemp("seed"))
    return load_report(path), rows, capaian_col


def test_the_slips_are_said_at_their_cells(typed):
    report, rows, col = typed
    said = {f.sel: f for f in report.findings if f.sheet == "Kinerja" and f.sel.startswith(col)}
    umkm = said[f"{col}{rows['Persentase Usaha Menengah']}"]
    assert umkm.severity == "peringatan"
    assert "ditulis 71%" in umkm.pesan and "66,67%" in umkm.pesan  # 0,6 / 0,9 = 66,67 (l.556)
    wtu = said[f"{col}{rows['Tingkat Kepatuhan WTU']}"]
    assert wtu.severity == "peringatan"
    assert "ditulis 41%" in wtu.pesan and "43,75%" in wtu.pesan  # 35 / 80 = 43,75 (l.563)


def test_the_right_figures_stay_quiet(typed):
    report, rows, col = typed
    slips = {rows[words] for words, (_r, _c, slip) in PRINTED.items() if slip}
    kinerja = [f for f in report.findings if f.sheet == "Kinerja"]
    # the one finding of the example itself: 3.969,54 under TW IV in a TW II report (l.513), column N
    assert [f.sel for f in kinerja if not any(f.sel[len(col) :] == str(r) for r in slips)] == ["N27"]
    anggaran = [f for f in report.findings if f.sheet == "Anggaran"]
    # Tabel 3.4's percentages all agree; the TOTAL row is said to be no program (and not counted)
    assert len(anggaran) == 1 and "TOTAL" in anggaran[0].pesan and "tidak dihitung" in anggaran[0].pesan


def test_the_report_uses_the_computed_figures(typed):
    report, _rows, _col = typed
    by_name = {i.indikator: i for i in report.indicators}
    umkm = next(i for n, i in by_name.items() if n.startswith("Persentase Usaha Menengah"))
    assert umkm.capaian == pytest.approx(0.6 / 0.9 * 100)  # 66,67, not the 71 typed
    wtu = by_name["Tingkat Kepatuhan WTU"]
    assert wtu.capaian == pytest.approx(35 / 80 * 100)  # 43,75, not the 41 typed
    # the TOTAL row is not counted twice: Tabel 3.4's total stays the programs' sum (l.969)
    assert report.total_pagu == 27_805_047_633 and report.total_realisasi_anggaran == 6_835_975_140
