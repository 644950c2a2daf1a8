"""The LKjIP document read as the Inspektorat reads it before it is signed (round 2): a realisasi typed
in other units than its target, and the peringatan about a Narasi text naming another quarter when the
quarter came from ``--triwulan``.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N").
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")
openpyxl = pytest.importorskip("openpyxl")

from lkj_xl.cli import main  # noqa: E402
from tests.test_laporan import EXAMPLE  # noqa: E402
from tests.test_reader_round1 import NARASI_TRIWULAN_II, narasi_cells  # noqa: E402


def _tw4(tmp_path) -> str:
    """The example with Pengaturan's Triwulan (B7) set to IV: Sasaran S4's TW IV (Kinerja!N27) holds
    "3.969,54", the figure the seed's Tabel 3.1 prints under TW IV (l.513), typed without "milyar"
    while its target (Kinerja!I27) is "4.045,54 milyar" (l.366/382)."""
    workbook = tmp_path / "tw4.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Pengaturan"]["A7"].value == "Triwulan"
    assert (wb["Kinerja"]["I27"].value, wb["Kinerja"]["N27"].value) == ("4.045,54 milyar", "3.969,54")
    wb["Pengaturan"]["B7"] = 4
    wb.save(workbook)
    return str(workbook)


@pytest.mark.slow
def test_a_realisasi_typed_without_the_targets_scale_word_is_never_printed_zero(tmp_path):
    """S4 (Satuan "Rupiah", Nilai Akhir) at Triwulan IV: its realisasi s.d. TW IV is TW IV's 3.969,54,
    read as Rp 3.969,54 (no scale word), beside a target of 4.045,54 milyar. 3.969,54 / 10^9 rounds
    to 0,00 milyar: 3.1.3 and 3.2.3 printed "sebesar 0,00 milyar dengan capaian 0,00%" and "realisasi
    0,00 milyar", which a reader takes as nothing realised, and the total column of Tabel 3.1 showed
    the same 0,00 milyar. Lkj-xl's peringatan at Kinerja!N27 says the two are in different units.
    Now the sentences print the figure as read (Rp 3.969,54) and say the capaian is computed with the
    units as typed, naming the cell; the same text in the Word document and the Analisis Capaian
    sheet; Tabel 3.1's realisasi s.d. shows the number 3.969,54, not in milyar."""
    workbook = _tw4(tmp_path)
    out = tmp_path / "tw4.docx"
    result = CliRunner().invoke(main, ["laporan", workbook, "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    data = next(t for t in texts if t.startswith("Sasaran ini diukur") and "PDRB sektor Perdagangan" in t)
    program = next(t for t in texts if t.startswith("Indikator Nilai PDRB sektor Perdagangan dengan"))
    faktor = next(
        t for t in texts if t.startswith("Sasaran Meningkatnya Nilai PDRB sektor Perdagangan dengan")
    )
    note = "skala berbeda"
    for text in (data, program, faktor):
        assert "0,00 milyar" not in text and note in text and "Kinerja!N27" in text, text
        assert "dihitung dengan skala sebagaimana tertulis" in text, text
    assert "terealisasi s.d. Triwulan IV Tahun 2025 sebesar Rp 3.969,54 dengan capaian" in data
    assert "dan realisasi Rp 3.969,54 sehingga capaiannya" in program

    built = tmp_path / "tw4-built.xlsx"
    result = CliRunner().invoke(main, ["build", workbook, "-o", str(built)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(built)
    # the peringatan the sentences point at, in the built workbook's Pemeriksaan
    checks = [
        " ".join(str(v) for v in row if v is not None)
        for row in wb["Pemeriksaan"].iter_rows(values_only=True)
    ]
    assert any("N27" in line and "skala berbeda" in line for line in checks), checks
    cells = [
        v for row in wb["Analisis Capaian"].iter_rows(values_only=True) for v in row if isinstance(v, str)
    ]
    assert data in cells and program in cells and faktor in cells
    sheet = wb["Capaian Tujuan Sasaran"]
    row = next(r for r in sheet.iter_rows() if any(c.value == "Nilai PDRB sektor Perdagangan" for c in r))
    target = next(c for c in row if c.value == 4045540000000)  # 4.045,54 milyar, shown in milyar
    assert target.number_format.count(",,,") == 1
    realised = [c for c in row if c.value == pytest.approx(3969.54)]  # TW IV and Realisasi s.d. TW IV
    assert len(realised) == 2
    assert all(",,," not in c.number_format for c in realised), [c.number_format for c in realised]


def test_the_narasi_quarter_peringatan_names_the_triwulan_option_when_it_chose_the_quarter(tmp_path):
    """``lkj-xl laporan --triwulan 4`` on the example (Pengaturan: Triwulan II): its Kata Pengantar
    (Narasi!B3, B5), Pendahuluan (B9) and Tindak Lanjut (B26) say "Triwulan II" (l.100-110, l.975),
    and the peringatan said "(Pengaturan, Triwulan)", though Pengaturan holds Triwulan II and the
    quarter came from the option. It now names the option."""
    workbook = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, workbook)
    out = tmp_path / "contoh.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "--triwulan", "4", "-o", str(out)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "menyebut Triwulan II" in line]
    assert narasi_cells(warnings) == NARASI_TRIWULAN_II, result.stderr
    for w in warnings:
        assert "(--triwulan 4)" in w and "Pengaturan, Triwulan" not in w, w
