"""lkj-xl rekap as the Bappeda analyst meets it (round 10 of issue 13): the quarter's inbox as it
arrives by e-mail, "lkjip dinkes (1).xlsx", "Copy of lkjip dinkes.xlsx", "FINAL revisi 2.xlsx".

- The Dinas Kesehatan's workbook came twice, once as sent and once as a "Copy of ..." in which the
  staff had typed the agency's name short, "Dinkes". The rekap tells agencies apart by their names
  only (an abbreviation is another agency, README), so both were ranked, charted and summed into
  the Pemda's Jumlah line: the Dinas Kesehatan's pagu, realisasi and indicators counted twice,
  without a word. Two agencies of one Pemda and period whose indicators, figures and budget are the
  same to the last digit are one workbook sent under two names: the rekap now says so
  (``Isi sama``), naming both files, in the warnings and in Pemeriksaan.
"""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction
from itertools import takewhile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.rekap import CATATAN_HEADING
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja, settings

# Pengaturan (Kabupaten Uji, Tahun 2025, Triwulan II), one Tujuan and one Sasaran (target 100 and
# 10 %, the TW II figure the realisasi) and one program, as tests/test_rekap_round3.py types them.
DINKES = ("Rp 1 M", "200 jt", "300.000.000")  # pagu 1.000.000.000, realisasi 200 jt + 300 jt = 500 jt
DINSOS = ("700 jt", "0", "350.000.000")  # pagu 700.000.000, realisasi 350.000.000


def agency(path: Path, opd: str, t1: str, s1: str, budget: tuple[str, str, str] | None, **more) -> None:
    """An agency's workbook: T1 and S1's TW II figures, its program's (pagu, TW I, TW II), or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    program = anggaran(*budget) if budget else ()
    new_workbook(path, pengaturan=settings(opd) | more, kinerja=kinerja(t1, s1), anggaran=program)


@pytest.fixture
def inbox(tmp_path) -> Path:
    root = tmp_path / "tw2"
    # The Dinas Kesehatan: T1 80 of 100 -> 80; S1 9% of 10% -> 90; pagu Rp 1 M.
    agency(root / "dinkes" / "lkjip dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    # The same workbook forwarded as "Copy of ...", the agency's name typed short.
    agency(root / "Copy of lkjip dinkes.xlsx", "Dinkes", "80", "9%", DINKES)
    # Another agency with the same indicators (one template for all) but its own figures: T1 75 of
    # 100 -> 75; S1 8% of 10% -> 80; pagu 700 jt.
    agency(root / "lkjip dinsos.xlsx", "Dinas Sosial", "75", "8%", DINSOS)
    return root


def test_one_workbook_sent_under_two_names_is_warned(inbox):
    result = lkj_xl.rekap(inbox, jobs=1)
    copy, dinkes = str(inbox / "Copy of lkjip dinkes.xlsx"), str(inbox / "dinkes" / "lkjip dinkes.xlsx")
    dinsos = str(inbox / "lkjip dinsos.xlsx")
    # Both names are still counted (the rekap cannot know which name stands), so the totals an
    # analyst takes hold the Dinas Kesehatan twice: pagu 1.000.000.000 x 2 + 700.000.000.
    pd_ = result.perangkat_daerah
    assert sorted(pd_["berkas"]) == sorted([copy, dinkes, dinsos])
    assert Fraction(int(pd_["pagu"].sum())) == 2 * Fraction(1_000_000_000) + Fraction(700_000_000)
    # ...and the analyst is told, naming both files, once for the pair.
    same = [p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == "Isi sama"]
    assert len(same) == 1, list(result.peringatan["jenis"])
    assert "Dinkes (" + copy + ")" in same[0] and "Dinas Kesehatan (" + dinkes + ")" in same[0]
    assert "Triwulan II Tahun 2025" in same[0]
    assert "dihitung dua kali" in same[0]
    assert any(same[0] in w for w in result.warnings)
    # Pemeriksaan's row of each file names the other one; the Dinas Sosial's says nothing of it.
    notes = result.pemeriksaan.set_index("berkas")["keterangan"]
    assert dinkes in notes[copy] and copy in notes[dinkes]
    assert "isinya sama" not in (notes[dinsos] or "")


def test_agencies_of_another_period_or_other_figures_are_not_the_same_content(inbox):
    # The Dinkes copy with one figure changed (S1 9,5%) is not the same workbook: no warning.
    agency(inbox / "Copy of lkjip dinkes.xlsx", "Dinkes", "80", "9,5%", DINKES)
    # Last year's workbook of the Dinas Kesehatan's figures under another name: another period.
    agency(inbox / "lkjip dinkes 2024.xlsx", "Dinas Kesehatan Lama", "80", "9%", DINKES, **{c.P_TAHUN: 2024})
    result = lkj_xl.rekap(inbox, jobs=1)
    assert "Isi sama" not in list(result.peringatan["jenis"])


def test_rows_not_counted_name_the_file_when_an_agency_sent_two_periods(tmp_path):
    # The Dinas Pendidikan sent its TW I workbook and its TW II one (both counted: two periods). Each
    # has a figure typed in TW IV, after its quarter, that its figures leave out. Pemeriksaan's list
    # "Isian yang tidak dihitung" named both rows "Dinas Pendidikan": which workbook to correct?
    root = tmp_path / "inbox"
    root.mkdir()
    for name, triwulan in (("disdik tw1.xlsx", 1), ("disdik tw2.xlsx", 2)):
        rows = kinerja("80", "9%")
        rows[0]["Realisasi TW I"], rows[0]["Realisasi TW IV"] = "70", "99"
        pengaturan = settings("Dinas Pendidikan") | {c.P_TRIWULAN: triwulan}
        new_workbook(root / name, pengaturan=pengaturan, kinerja=rows, anggaran=anggaran(*DINKES))
    agency(root / "dinsos.xlsx", "Dinas Sosial", "75", "8%", None)
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(root), "-o", str(out), "--jobs", "1"])
    assert run.exit_code in (0, 1), run.output
    rows = list(openpyxl.load_workbook(out)[c.SHEET_PEMERIKSAAN].iter_rows(values_only=True))
    heading = next(i for i, r in enumerate(rows) if r[0] == CATATAN_HEADING)
    # Kinerja!N4: T1's Realisasi TW IV (data from row 4, TW IV in column N), in each file.
    # The list ends at the blank row above the file table (tests/test_rekap_round11.py).
    listed = sorted(
        (r[0], r[1].split(":")[0]) for r in takewhile(lambda r: r[0], rows[heading + 2 :]) if "N4" in r[1]
    )
    tw1, tw2 = str(root / "disdik tw1.xlsx"), str(root / "disdik tw2.xlsx")
    assert listed == [
        (f"Dinas Pendidikan ({tw1})", "Kinerja!N4"),
        (f"Dinas Pendidikan ({tw2})", "Kinerja!N4"),
    ]


def test_an_agency_without_penyerapan_is_listed_under_the_penyerapan_chart(tmp_path):
    # The Satpol PP sent its Kinerja but no program in Anggaran: no penyerapan. The Grafik's
    # penyerapan block (and its chart) left it out without a word, where the capaian block lists an
    # agency without a mean as "tanpa peringkat": the Sekda counts 2 bars for 3 agencies.
    root = tmp_path / "inbox"
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    agency(root / "dinsos.xlsx", "Dinas Sosial", "75", "8%", DINSOS)
    agency(root / "satpol.xlsx", "Satuan Polisi Pamong Praja", "70", "7%", None)
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(root), "-o", str(out), "--jobs", "1"])
    assert run.exit_code == 0, run.output
    ws = openpyxl.load_workbook(out)["Grafik"]
    rows = list(ws.iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[3] == "Perangkat Daerah")
    block = [(r[3], r[4]) for r in rows[top + 1 :] if r[3]]
    # Penyerapan: Dinas Sosial (0 + 350 jt) / 700 jt = 50 %; Dinas Kesehatan (200 + 300 jt) / 1 M = 50 %;
    # the same: listed in ranking order (Dinkes mean (80 + 90) / 2 = 85 above Dinsos (75 + 80) / 2).
    half = Fraction(50)
    assert [(name, Fraction(v).limit_denominator() if isinstance(v, float) else v) for name, v in block] == [
        ("Dinas Kesehatan", half),
        ("Dinas Sosial", half),
        ("Satuan Polisi Pamong Praja", "tanpa penyerapan"),
    ]


def _pemeriksaan_header(path: Path) -> tuple[list[str], list[float]]:
    """The file table's header labels of a rekap's Pemeriksaan and their columns' widths as stored
    (xlsxwriter stores a width with Excel's 0,71 of padding; openpyxl reads it back)."""
    ws = openpyxl.load_workbook(path)[c.SHEET_PEMERIKSAAN]
    header = next(r for r in ws.iter_rows() if r[0].value == "Berkas")
    labels = [cell.value for cell in header if cell.value]
    dims = list(ws.column_dimensions.values())  # one <col> may span columns of the same width

    def width(column: int) -> float:
        return next(d.width for d in dims if d.min <= column <= d.max) - 0.71

    return labels, [width(cell.column) for cell in header[: len(labels)]]


def test_every_word_of_the_pemeriksaan_header_fits_its_column(inbox, tmp_path):
    # "Temuan Peringatan" was 9 wide: "Peringatan" in bold needs 10,7 (Calibri) / 10,4 (DejaVu Sans),
    # so LibreOffice printed it "Peringata" / "n" (Excel likewise cuts it).
    from lkj_xl.core.textwidth import _dejavu_width, column_width

    out = tmp_path / "rekap.xlsx"
    CliRunner().invoke(main, ["rekap", str(inbox), "-o", str(out), "--jobs", "1"])
    labels, widths = _pemeriksaan_header(out)
    assert "Temuan Peringatan" in labels
    for label, width in zip(labels, widths):
        for word in label.split():
            assert column_width(word, bold=True) <= width, (label, word, width)
            assert column_width("") + _dejavu_width(word, True) <= width, (label, word, width)


@pytest.mark.slow
def test_libreoffice_prints_the_pemeriksaan_header_words_whole(inbox, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext not installed")
    out = tmp_path / "rekap.xlsx"
    CliRunner().invoke(main, ["rekap", str(inbox), "-o", str(out), "--jobs", "1"])
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "rekap.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    pemeriksaan = text[text.index("Berkas yang direkap") :]
    # The header's words in reading order, each whole ("Temuan" above "Peringatan", not "Peringata", "n").
    assert "Temuan\nPeringatan\n" in pemeriksaan, pemeriksaan[:400]
