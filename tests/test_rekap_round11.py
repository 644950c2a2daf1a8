"""lkj-xl rekap as the Bappeda analyst meets it (round 11 of issue 13).

- Printed Pemeriksaan: the list "Isian yang tidak dihitung dan catatan total" (an agency and a
  message a row) stood below the file table, whose header (Berkas | Pemerintah Daerah | ...) repeats
  on every page: the pages that continued the list printed the file table's header above rows that
  are no file. Excel and LibreOffice both repeat a sheet's title rows on the pages from the one that
  holds them on, never before it, and a sheet repeats one block of rows only: the list now stands
  above the file table, after the rekap's warnings (messages first, then the files they are about),
  and its pages carry no foreign header.
- The Pemda's Jumlah line summed the agencies' rupiah as the binary values of their floats
  (Fraction(424950304.19) is 424950304.19000000954...), not as the decimals typed and shown: with
  sen, its realisasi was one float step off the typed sum, and its penyerapan on a .xx5 edge fell
  below it, 93,625 % stored as 93.62499999999999, which LibreOffice (the rekap's PDF) printed 93,62
  where the reader's hand gives 93,63. Summed now as the project's figures are (to_fraction).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import lkj_xl
from lkj_xl.core import rekap as core
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.rekap_jumlah import pemda_line
from lkj_xl.xlsx.rekap import CATATAN_HEADING, render_rekap
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja, settings
from tests.test_rekap_round6 import rekap_rows
from tests.test_rekap_round7 import folder

FILE_LABELS = tuple(spec.label for spec in core.FILE_COLUMNS[:-1])  # the messages are listed apart
MESSAGES = 90  # more than an A4 landscape page of rows holds: the list continues on a second page
FILES = 60  # the file table too continues on a later page, under its repeated header


def long_rekap(tmp_path: Path) -> Path:
    """tests/test_rekap_round7.py's rekap (Dinas B: Anggaran rows 4 and 6 not counted), with Dinas B's
    messages made 90 and 60 more files listed (an agency sent twice, not counted: no message)."""
    result = lkj_xl.rekap(folder(tmp_path / "tw3"), jobs=1)
    files = result.pemeriksaan.copy()
    b = files.index[files["perangkat_daerah"] == "Dinas B"][0]
    files.loc[b, "catatan_angka"] = "\n".join(
        f"Anggaran!A{n}: baris nomor {n} tidak dihitung" for n in range(10, 10 + MESSAGES)
    )
    extra = pd.concat([files[files["perangkat_daerah"] == "Dinas A"]] * FILES, ignore_index=True)
    extra["berkas"] = [f"salinan/dinas-a-{i:02}.xlsx" for i in range(FILES)]
    extra["status"], extra["catatan_angka"] = core.GANDA, None
    long = dataclasses.replace(result, pemeriksaan=pd.concat([files, extra], ignore_index=True))
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(long))
    return out


def test_the_rows_not_counted_stand_above_the_file_table_whose_header_repeats(tmp_path):
    ws = openpyxl.load_workbook(long_rekap(tmp_path))[core.SHEET_PEMERIKSAAN]
    rows = [r[: len(FILE_LABELS)] for r in ws.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r == FILE_LABELS) + 1  # 1-based, as Excel's rows
    heading = next(i for i, r in enumerate(rows) if r[0] == CATATAN_HEADING) + 1
    # The file table's header is the one block repeated, and it is below every message: no page of
    # the list (before the header's page) gets it.
    assert ws.print_title_rows == f"${header}:${header}"
    listed = [r for r in rows[heading + 1 : header - 1] if r[1] and str(r[1]).startswith("Anggaran!A")]
    assert len(listed) == MESSAGES and {r[0] for r in listed} == {"Dinas B"}
    assert not any(r[1] and str(r[1]).startswith("Anggaran!A") for r in rows[header:])
    # Every file is still listed under the header: the 3 read and the 60 copies.
    assert sum(1 for r in rows[header:] if r[0] and r[3] in (core.DIBACA, core.GANDA)) == 2 + FILES
    # The rekap's warnings come first, as before.
    assert rows[2][0] == "Peringatan rekap" and heading > 3


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice/poppler")
def test_printed_pages_of_the_list_carry_no_file_table_header(tmp_path):
    from lkj_xl.delivery.send import make_rekap_pdf

    pdf = tmp_path / "pemeriksaan.pdf"
    make_rekap_pdf(long_rekap(tmp_path), pdf, sheets=[core.SHEET_PEMERIKSAAN])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = [[line for line in page.splitlines() if line.strip()] for page in text.stdout.split("\f")]
    pages = [page for page in pages if page]

    def at(page: list[str], word: str) -> list[int]:
        return [i for i, line in enumerate(page) if word in line]

    with_messages = [p for p in pages if at(p, "Anggaran!A")]
    assert len(with_messages) >= 2  # the list continues on a later page
    for page in with_messages:
        # "Rincian Teknis" is the file table's header; on a page of messages only where the table
        # itself starts, below the last message.
        assert all(i > max(at(page, "Anggaran!A")) for i in at(page, "Rincian")), page[:3]
    # The file table's continued pages do carry its header, above their files.
    continued = [p for p in pages if at(p, "salinan/dinas-a") and not at(p, "Berkas yang direkap")]
    assert continued and all(
        at(p, "Rincian") and at(p, "Rincian")[0] < at(p, "salinan/")[0] for p in continued
    )


# Two agencies' budgets as typed in their Anggaran (whole-rupiah pagu from the DPA, realisasi with sen).
PAGU = ("487.933.907", "6.584.376.253")
REALISASI = ("424.950.304,19", "6.196.500.083,11")
# By hand from the texts: realisasi 424.950.304,19 + 6.196.500.083,11 = 6.621.450.387,30; pagu
# 487.933.907 + 6.584.376.253 = 7.072.310.160; penyerapan 6.621.450.387,30 / 7.072.310.160 x 100 =
# 749/8 = 93,625 exactly (7.072.310.160 x 749 / 800 = 6.621.450.387,3), shown 93,63 (half up).
HAND_REALISASI = Fraction("6621450387.30")
HAND_PAGU = Fraction(7_072_310_160)
HAND_PENYERAPAN = Fraction(749, 8)


def shown(value: float, decimals: int) -> Fraction:
    """``value`` as a sheet shows it with ``decimals``: its decimal value (to_fraction, as LibreOffice
    printed 93.62499999999999 as 93,62 and 93.625 as 93,63), rounded half up."""
    scaled = to_fraction(value) * 10**decimals
    return Fraction(int(scaled + Fraction(1, 2)), 10**decimals)


def test_the_jumlah_line_sums_the_rupiah_typed_not_their_binary_values():
    assert HAND_REALISASI / HAND_PAGU * 100 == HAND_PENYERAPAN
    # The agencies' rows as the rekap holds them: floats of the typed figures.
    rows = [
        {spec.key: 0 if spec.kind == "integer" else None for spec in core.AGENCY_COLUMNS}
        | {
            "pagu": float(p),
            "pagu_pk": float(p),
            "realisasi_anggaran": float(r),
            "tahun": 2025,
            "triwulan": 2,
        }
        for p, r in zip(
            (Fraction(t.replace(".", "").replace(",", ".")) for t in PAGU),
            (Fraction(t.replace(".", "").replace(",", ".")) for t in REALISASI),
        )
    ]
    line = pemda_line(rows, "Kabupaten Uji")
    assert to_fraction(line["pagu"]) == HAND_PAGU
    assert to_fraction(line["realisasi_anggaran"]) == HAND_REALISASI  # was 6621450387.299999
    assert to_fraction(line["penyerapan"]) == HAND_PENYERAPAN  # was 93.62499999999999
    assert shown(line["penyerapan"], 2) == Fraction("93.63")


def two_agencies(root: Path) -> Path:
    root.mkdir()
    for i, (opd, pagu, realisasi) in enumerate(zip(("Dinas Satu", "Dinas Dua"), PAGU, REALISASI)):
        new_workbook(
            root / f"opd{i}.xlsx",
            pengaturan=settings(opd),
            kinerja=kinerja("80", "9%"),
            anggaran=anggaran(pagu, realisasi, "0"),  # the whole realisasi in TW I
        )
    return root


def test_the_rekap_sheet_s_jumlah_line_gives_the_hand_penyerapan(tmp_path):
    total = rekap_rows(tmp_path, two_agencies(tmp_path / "tw2"))[-1]
    assert total["perangkat_daerah"] == "Jumlah 2 perangkat daerah"
    assert (to_fraction(total["pagu"]), to_fraction(total["realisasi_anggaran"])) == (
        HAND_PAGU,
        HAND_REALISASI,
    )
    assert to_fraction(total["penyerapan"]) == HAND_PENYERAPAN
    assert shown(total["penyerapan"], 2) == Fraction("93.63")


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice/poppler")
def test_the_printed_jumlah_line_gives_the_hand_penyerapan(tmp_path):
    from lkj_xl.delivery.send import make_rekap_pdf

    out, pdf = tmp_path / "rekap.xlsx", tmp_path / "rekap.pdf"
    rekap_rows(tmp_path, two_agencies(tmp_path / "tw2"))  # writes out
    make_rekap_pdf(out, pdf, sheets=[core.SHEET_REKAP])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    jumlah = [line.split() for line in text.stdout.splitlines() if "Jumlah 2 perangkat daerah" in line]
    # The Jumlah line's penyerapan as printed: 93,63 (93,625 half up), LibreOffice printed 93,62.
    assert any("93,63" in words for words in jumlah) and not any("93,62" in words for words in jumlah)
