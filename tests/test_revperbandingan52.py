"""Review of perbandingan52: a Perbandingan Kinerja without one comparison figure is not written.

- A comparison figure typed only on a Kegiatan or Sub Kegiatan row: the sheet lists Tujuan, Sasaran
  and Program only, so it was written with every comparison ``-`` (the page of dashes again); now
  not written, and the peringatan names that row's cell (no longer "belum ada angka").
- The peringatan names Pengaturan's Tahun Akhir Renstra where it is, with rows added above.
- A workbook built with the sheet (with figures) and rebuilt after staff cleared them: the sheet goes,
  the user's own sheet, its picture, names and print area stay as they were, the dropped sheet's
  names go, the later output sheets keep their print titles, and LibreOffice opens the file.

The workbooks are typed as staff type them (``1.200``, ``5,20%``, ``250 jt``); numbers derived in the
comments.
"""

from __future__ import annotations

import io
import re
import sys

import openpyxl
import pytest
from click.testing import CliRunner
from lxml import etree

from lkj_xl.build import build_bytes
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.common import ROOT

sys.path.insert(0, str(ROOT / "tests"))

from corpus import workbooks as W  # noqa: E402
from test_perbandingan_kosong import (  # noqa: E402
    ANGGARAN,
    NOT_WRITTEN,
    PENGATURAN,
    WITHOUT_PERBANDINGAN,
    kinerja,
    pemeriksaan,
    sheetnames,
    workbook,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# K1, a Kegiatan under P1: Jumlah pelatihan, Kumulatif 1 + 1 = 2 of 4 kali. new_workbook writes
# Kinerja's header on row 3 and the rows from row 4 (T1 4, S1 5, P1 6): K1 is row 7; the optional
# columns after the 15 contract ones: P Realisasi Tahun Lalu, Q Target Akhir Renstra, R Standar Nasional.
KEGIATAN = {
    "Kode": "K1",
    "Tingkat": "Kegiatan",
    "Kode Induk": "P1",
    "Uraian": "Pelatihan Kewirausahaan bagi Usaha Mikro",
    "Indikator": "Jumlah pelatihan kewirausahaan",
    "Satuan": "kali",
    "Polaritas": "Positif",
    "Jenis Realisasi": "Kumulatif",
    "Target": "4",
    "Realisasi TW I": "1",
    "Realisasi TW II": "1",
}


def with_kegiatan(settings: dict = PENGATURAN, **kegiatan: str) -> bytes:
    out = io.BytesIO()
    new_workbook(out, pengaturan=settings, kinerja=[*kinerja(), {**KEGIATAN, **kegiatan}], anggaran=ANGGARAN)
    return out.getvalue()


def said(data: bytes) -> list[tuple]:
    return [row for row in pemeriksaan(data) if NOT_WRITTEN in (row[3] or "")]


# --- a figure on a Kegiatan row only -------------------------------------------------------------------


def test_a_renstra_target_of_a_kegiatan_only_writes_no_page_of_dashes():
    # K1's Target Akhir Renstra 20 kali: Perbandingan Kinerja lists Tujuan, Sasaran and Program only,
    # so every row it would print (T1, S1, P1) is '-'; the figure is on Kinerja!Q7 (row 7, column Q).
    built = build_bytes(with_kegiatan(**{"Target Akhir Renstra": "20"}), filename="kegiatan.xlsx")
    names = sheetnames(built.data)
    assert c.SHEET_PERBANDINGAN not in names
    assert names[-len(WITHOUT_PERBANDINGAN) :] == WITHOUT_PERBANDINGAN
    (found,) = said(built.data)
    assert found[:3] == ("Peringatan", c.SHEET_KINERJA, "Q7")
    assert "Kegiatan" in found[3] and "Jumlah pelatihan kewirausahaan" in found[3]
    # not "Tahun Akhir Renstra diisi, tetapi belum ada angka ...": a figure there is, one not printed
    assert not found[3].startswith(c.P_TAHUN_AKHIR_RENSTRA)


def test_a_sub_kegiatan_last_year_without_tahun_akhir_renstra_is_said_too():
    # No Tahun Akhir Renstra; only the Sub Kegiatan's Realisasi Tahun Lalu 3 (Kinerja!P7).
    settings = {k: v for k, v in PENGATURAN.items() if k != c.P_TAHUN_AKHIR_RENSTRA}
    data = with_kegiatan(
        settings, Kode="SK1", Tingkat="Sub Kegiatan", **{"Kode Induk": "P1", "Realisasi Tahun Lalu": "3"}
    )
    built = build_bytes(data, filename="sub.xlsx")
    assert c.SHEET_PERBANDINGAN not in sheetnames(built.data)
    assert [row[:3] for row in said(built.data)] == [("Peringatan", c.SHEET_KINERJA, "P7")]


def test_a_program_figure_beside_a_kegiatan_one_writes_the_sheet():
    # P1's Realisasi Tahun Lalu 700 UMKM (770 - 700 = 70 more) and K1's Renstra 20: the sheet is
    # written for P1's figure, and nothing is said.
    data = with_kegiatan(**{"Target Akhir Renstra": "20"})
    wb = openpyxl.load_workbook(io.BytesIO(data))
    wb[c.SHEET_KINERJA]["P6"] = "700"
    out = io.BytesIO()
    wb.save(out)
    built = build_bytes(out.getvalue(), filename="program.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(built.data))
    assert c.SHEET_PERBANDINGAN in wb.sheetnames
    (p1,) = [r for r in wb[c.SHEET_PERBANDINGAN].iter_rows(values_only=True) if r[2] == "Jumlah UMKM dibina"]
    assert p1[4:7] == (700, 770, 70)  # s.d. TW II 2024, 2025 (350 + 420), selisih
    assert said(built.data) == []


# --- the cell named where it is --------------------------------------------------------------------------


def test_the_peringatan_names_tahun_akhir_renstra_where_staff_moved_it():
    # Three rows inserted above Pengaturan's header: Tahun Akhir Renstra moves from B17 to B20.
    wb = openpyxl.load_workbook(io.BytesIO(workbook()))
    ws = wb[c.SHEET_PENGATURAN]
    ws.insert_rows(1, 3)
    ws["A1"] = "PENGATURAN LAPORAN KINERJA DINAS KOPERASI"
    out = io.BytesIO()
    wb.save(out)
    built = build_bytes(out.getvalue(), filename="geser.xlsx")
    assert [row[:3] for row in said(built.data)] == [("Peringatan", c.SHEET_PENGATURAN, "B20")]


# --- a rebuild after the figures were cleared: the graft's drop -----------------------------------------


def _names(data: bytes) -> list[tuple[str, str | None, str]]:
    root = etree.fromstring(W.members(data)["xl/workbook.xml"])
    return [
        (dn.get("name"), dn.get("localSheetId"), dn.text or "") for dn in root.iter(f"{{{MAIN}}}definedName")
    ]


def _part_of(data: bytes, sheet: str) -> str:
    """The package part of ``sheet`` (workbook.xml's r:id through its relationships)."""
    mem = W.members(data)
    root = etree.fromstring(mem["xl/workbook.xml"])
    rels = etree.fromstring(mem["xl/_rels/workbook.xml.rels"])
    rid = next(el for el in root.iter(f"{{{MAIN}}}sheet") if el.get("name") == sheet).get(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    )
    target = next(el.get("Target") for el in rels if el.get("Id") == rid)
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


@pytest.mark.slow
def test_a_rebuild_drops_the_sheet_and_keeps_the_users_own_things(tmp_path):
    if W.SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from openpyxl.drawing.image import Image
    from openpyxl.workbook.defined_name import DefinedName

    # S1 with Realisasi Tahun Lalu 20 (29 - 20 = 9 more) and Target Akhir Renstra 60 (Kinerja P5, Q5);
    # the user's own sheet with a logo, a print area and a workbook name pointing at it.
    wb = openpyxl.load_workbook(
        io.BytesIO(workbook(S1={"Realisasi Tahun Lalu": "20", "Target Akhir Renstra": "60"}))
    )
    ws = wb.create_sheet("Catatan Staf")
    ws["A1"] = "Kontak: Subbag Program, ext. 123"
    logo = tmp_path / "logo.png"
    logo.write_bytes(W.png(40, 20, (200, 30, 30)))
    ws.add_image(Image(str(logo)), "B3")
    ws.print_area = "A1:D20"
    wb.defined_names["KontakOPD"] = DefinedName("KontakOPD", attr_text="'Catatan Staf'!$A$1")
    path = tmp_path / "laporan.xlsx"
    wb.save(path)
    assert CliRunner().invoke(main, ["build", str(path)]).exit_code == 0
    first = path.read_bytes()
    names = sheetnames(first)
    assert c.SHEET_PERBANDINGAN in names
    position = str(names.index(c.SHEET_PERBANDINGAN))
    assert [n for n in _names(first) if n[1] == position]  # its print titles and owner mark
    user_part = _part_of(first, "Catatan Staf")
    before = W.members(first)
    media = {n: b for n, b in before.items() if n.startswith("xl/media/")}
    assert media  # the logo
    # Staff clear S1's P5 and Q5 in the sheet's XML (nothing else of the package touched).
    kinerja_part = _part_of(first, c.SHEET_KINERJA)
    xml = before[kinerja_part].decode()
    cleared = re.sub(r'<c r="[PQ]5"[^>]*?(?:/>|>.*?</c>)', "", xml)
    assert cleared != xml
    path.write_bytes(W.replace_members(first, {kinerja_part: cleared.encode()}))
    result = CliRunner().invoke(main, ["build", str(path)])
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    after = W.members(data)
    names = sheetnames(data)
    assert c.SHEET_PERBANDINGAN not in names and "Catatan Staf" in names
    # The user's sheet, its drawing and picture byte for byte; its names point at it by position.
    assert after[_part_of(data, "Catatan Staf")] == before[user_part]
    assert {n: b for n, b in after.items() if n.startswith("xl/media/")} == media
    users = names.index("Catatan Staf")
    got = _names(data)
    assert ("KontakOPD", None, "'Catatan Staf'!$A$1") in got
    assert ("_xlnm.Print_Area", str(users), "'Catatan Staf'!$A$1:$D$20") in got
    # No name of the dropped sheet; every sheet-scoped name of an output sheet names its own sheet.
    assert not [n for n in got if c.SHEET_PERBANDINGAN in n[2]]
    for name, local, text in got:
        if local is not None and "!" in text:
            assert text.split("!")[0].strip("'") == names[int(local)], (name, local, text)
    # LibreOffice opens it and keeps the sheets and the picture.
    W.soffice_convert([path], "xlsx", tmp_path / "lo", tmp_path / "profile")
    saved = openpyxl.load_workbook(tmp_path / "lo" / "laporan.xlsx")
    assert saved.sheetnames == names
    assert saved["Catatan Staf"]._images


def test_a_kegiatan_figure_adds_no_column_of_dashes():
    # P1's Realisasi 2023 700 UMKM writes the sheet; K1's Standar Nasional 6 kali and Realisasi 2022
    # 1 kali are printed nowhere (no Kegiatan row): no Standar Nasional pair, no 2022 column, both
    # of which would be '-' in every row (README: no printed page carries columns empty throughout).
    out = io.BytesIO()
    rows = kinerja(P1={"Realisasi 2023": "700"})
    kegiatan = {**KEGIATAN, "Standar Nasional": "6", "Realisasi 2022": "1"}
    new_workbook(out, pengaturan=PENGATURAN, kinerja=[*rows, kegiatan], anggaran=ANGGARAN)
    built = build_bytes(out.getvalue(), filename="kolom.xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(built.data))[c.SHEET_PERBANDINGAN]
    heads = [str(v) for row in ws.iter_rows(min_row=4, max_row=5, values_only=True) for v in row if v]
    assert "Standar Nasional" not in heads and "2022" not in heads
    assert "2023" in heads and "Target Akhir Renstra (2026)" in heads  # (Tahun Akhir Renstra given)
    (p1,) = [r for r in ws.iter_rows(values_only=True) if r[2] == "Jumlah UMKM dibina"]
    assert p1[4] == 700  # the 2023 column, first after No .. Satuan


def test_petunjuk_says_the_sheet_needs_a_figure():
    # The Petunjuk of the committed template and example told staff the sheet comes "bila kolom
    # perbandingan diisi": a column filled with '-' or 'belum ada' is filled, yet writes no sheet.
    from tests.common import EXAMPLE

    for path in (ROOT / "templates" / "lkj-xl-template.xlsx", EXAMPLE):
        ws = openpyxl.load_workbook(path)[c.SHEET_PETUNJUK]
        texts = [str(v) for row in ws.iter_rows(values_only=True) for v in row if v]
        (line,) = [t for t in texts if t.startswith("Perbandingan (lembar Perbandingan Kinerja")]
        assert "bila kolom perbandingan diisi" not in line, path
        assert "berisi angka" in line and "Tujuan, Sasaran atau Program" in line, path
