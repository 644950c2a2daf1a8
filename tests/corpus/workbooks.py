"""Builders for the workbook corpus used by the package tests.

Workbooks are written with xlsxwriter (input-like sheets with every feature a user may add), saved by
LibreOffice itself (headless conversion), and, where the environment has one, a workbook that Excel
wrote (xlwings ships a quickstart .xlsm saved by Excel, with a VBA project).
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import xlsxwriter

from lkj_xl.core import contract as C

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

# Markers the tests look for (in openpyxl and in LibreOffice's PDF output).
INPUT_MARKER = "Penurunan angka stunting balita"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small valid PNG (truecolour, no PIL needed)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


LOGO = png(48, 24, (200, 30, 40))


def find_vba_project() -> bytes | None:
    """A real vbaProject.bin from an installed package (xlwings ships Excel-saved .xlsm files)."""
    for path in excel_written_xlsm_candidates():
        with zipfile.ZipFile(path) as zf:
            if "xl/vbaProject.bin" in zf.namelist():
                return zf.read("xl/vbaProject.bin")
    return None


def excel_written_xlsm_candidates() -> list[Path]:
    found = []
    for entry in sys.path:
        folder = Path(entry) / "xlwings"
        if folder.is_dir():
            found.extend(sorted(folder.glob("quickstart*.xlsm")))
    return found


# --- user workbooks (xlsxwriter) -------------------------------------------------------------------


def _formats(wb: xlsxwriter.Workbook) -> dict:
    return {
        "head": wb.add_format({"bold": True, "bg_color": "#FFF2CC", "border": 1, "font_name": "Arial"}),
        "money": wb.add_format({"num_format": "#,##0.00;[Red]-#,##0.00", "font_color": "#1F4E78"}),
        "pct": wb.add_format({"num_format": "0.0%", "italic": True}),
        "date": wb.add_format({"num_format": "dd/mm/yyyy"}),
        "wrap": wb.add_format({"text_wrap": True, "valign": "top", "font_size": 9}),
        "red": wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"}),
    }


def _input_sheets(wb: xlsxwriter.Workbook, fmt: dict) -> None:
    p = wb.add_worksheet(C.SHEET_PENGATURAN)
    p.write_row(0, 0, C.PENGATURAN_HEADERS, fmt["head"])
    rows = [
        (C.P_PEMDA, "Kabupaten Lumajang"),
        (C.P_OPD, "Dinas Kesehatan"),
        (C.P_TAHUN, 2025),
        (C.P_TRIWULAN, 3),
        (C.P_SKALA, "PermenPANRB"),
        (C.P_TANGGAL, dt.date(2025, 10, 15)),
    ]
    for r, (k, v) in enumerate(rows, start=1):
        p.write(r, 0, k)
        if isinstance(v, dt.date):
            p.write_datetime(r, 1, dt.datetime(v.year, v.month, v.day), fmt["date"])
        else:
            p.write(r, 1, v)
    p.set_column("A:A", 28)
    p.set_column("B:B", 30)
    p.data_validation("B5", {"validate": "list", "source": ["1", "2", "3", "4"]})
    p.data_validation("B6", {"validate": "list", "source": list(C.SKALA)})
    p.write_comment("B4", "Isi tahun laporan, mis. 2025", {"author": "Bagian Perencanaan"})

    k = wb.add_worksheet(C.SHEET_KINERJA)
    k.write_row(0, 0, C.KINERJA_HEADERS, fmt["head"])
    data = [
        ("T1", "Tujuan", "", "Meningkatkan derajat kesehatan", "Umur harapan hidup", "tahun", "Positif"),
        ("S1", "Sasaran", "T1", INPUT_MARKER, "Prevalensi stunting", "%", "Negatif"),
        ("P1", "Program", "S1", "Program pemenuhan upaya kesehatan", "Cakupan layanan", "%", "Positif"),
    ]
    for r, row in enumerate(data, start=1):
        k.write_row(r, 0, row)
        k.write(r, 7, "Kumulatif")
        k.write_number(r, 8, 70 + r, fmt["money"])
        k.write_number(r, 9, 72 + r, fmt["money"])
        for q in range(4):
            k.write_number(r, 10 + q, 15 + r + q, fmt["money"])
        k.write_formula(r, 14, f"=SUM(K{r + 1}:N{r + 1})/J{r + 1}", fmt["pct"], (4 * (15 + r) + 6) / (72 + r))
    k.write_rich_string(4, 3, "Catatan: ", fmt["head"], "tebal", " dan biasa")
    k.data_validation("B2:B200", {"validate": "list", "source": list(C.TINGKAT)})
    k.data_validation("G2:G200", {"validate": "list", "source": "=Petunjuk!$A$2:$A$3"})
    k.data_validation("I2:N200", {"validate": "decimal", "criteria": ">=", "value": 0})
    k.conditional_format("O2:O200", {"type": "cell", "criteria": "<", "value": 0.5, "format": fmt["red"]})
    k.conditional_format("I2:I200", {"type": "data_bar", "bar_color": "#63BE7B", "data_bar_2010": True})
    k.conditional_format("J2:J200", {"type": "3_color_scale"})
    k.freeze_panes(1, 4)
    k.autofilter("A1:O4")
    k.set_column("D:E", 40, fmt["wrap"])
    k.repeat_rows(0)
    k.write_comment("D3", "Indikator utama RPJMD")
    k.write_url("Q1", "https://jdih.example.go.id/perbup", string="Dasar hukum")

    a = wb.add_worksheet(C.SHEET_ANGGARAN)
    a.write_row(0, 0, C.ANGGARAN_HEADERS, fmt["head"])
    a.write_row(1, 0, ["P1", "Program pemenuhan upaya kesehatan", "S1"])
    a.write_number(1, 3, 1_250_000_000, fmt["money"])
    a.write_number(1, 4, 1_300_000_000, fmt["money"])
    for q in range(4):
        a.write_number(1, 5 + q, 250_000_000 + q * 10_000_000, fmt["money"])
    a.write_formula("J2", "=SUM(F2:I2)", fmt["money"], 1_060_000_000)
    a.add_sparkline("K2", {"range": "Anggaran!F2:I2", "markers": True})
    a.protect("", {"format_columns": True})

    h = wb.add_worksheet(C.SHEET_PETUNJUK)
    h.write_column("A1", ["Polaritas", "Positif", "Negatif"])
    h.hide()

    g = wb.add_worksheet("Grafik Saya")  # the user's own charts ("Grafik" is an output sheet's name)
    g.insert_image("A1", "logo.png", {"image_data": io.BytesIO(LOGO), "x_scale": 2, "y_scale": 2})
    g.insert_textbox("D2", "Kotak teks: jangan dihapus", {"width": 240, "height": 60, "font": {"bold": True}})
    chart = wb.add_chart({"type": "column"})
    chart.add_series(
        {"name": "Realisasi", "categories": "=Anggaran!$F$1:$I$1", "values": "=Anggaran!$F$2:$I$2"}
    )
    chart.set_title({"name": "Realisasi anggaran per triwulan"})
    g.insert_chart("D8", chart)

    wb.define_name("TahunLaporan", f"={C.SHEET_PENGATURAN}!$B$4")
    wb.define_name(f"{C.SHEET_KINERJA}!DaftarKode", f"={C.SHEET_KINERJA}!$A$2:$A$200")
    wb.define_name("'Grafik Saya'!JudulGrafik", "='Grafik Saya'!$A$1")
    wb.set_custom_property("Nomor Dokumen", "LKJ-2025-001")
    wb.set_custom_property("Versi", 3)
    wb.set_properties({"title": "LKjIP Dinas Kesehatan 2025", "author": "Sub Bagian Program"})


def write_full(path: Path) -> Path:
    """An input workbook with every feature the user may have added."""
    wb = xlsxwriter.Workbook(str(path))
    fmt = _formats(wb)
    _input_sheets(wb, fmt)
    wb.worksheets()[1].activate()
    wb.close()
    return path


def write_with_outputs(path: Path) -> Path:
    """An input workbook that already holds output sheets from an earlier run (one in lower case, one
    between input sheets, with their own comment, image, print titles and filter). The lower-case one
    carries lkj-xl's owner name, the other only the title an older lkj-xl wrote in A1."""
    wb = xlsxwriter.Workbook(str(path))
    fmt = _formats(wb)
    _input_sheets(wb, fmt)
    # an earlier run's output sheets, between the user's sheets
    old = wb.add_worksheet("ringkasan")
    old.write("A1", "Ringkasan lama", fmt["head"])
    old.write_comment("A1", "komentar lama di sheet keluaran")
    old.insert_image("C3", "logo.png", {"image_data": io.BytesIO(LOGO)})  # same bytes as on Grafik
    old.repeat_rows(0, 1)
    old.autofilter("A2:C5")
    periksa = wb.add_worksheet(C.SHEET_PEMERIKSAAN)
    periksa.write("A1", "Hasil Pemeriksaan Data Kinerja dan Anggaran s.d. Triwulan I Tahun 2024")
    periksa.write_formula("B1", "=1+1", None, 2)
    periksa.repeat_rows(0)
    periksa.print_area("A1:D20")
    after = wb.add_worksheet("Catatan Pengguna")
    after.write("A1", "Catatan setelah sheet keluaran")
    after.repeat_rows(0)
    wb.define_name("'Catatan Pengguna'!Lokal", "='Catatan Pengguna'!$A$1")
    wb.define_name("ringkasan!lkj_xl_keluaran", '="lkj-xl"')  # the owner name lkj-xl writes
    wb.worksheets()[0].activate()
    wb.close()
    return path


def write_no_shared_strings(path: Path) -> Path:
    """A workbook without any text cell, hence without xl/sharedStrings.xml."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Angka")
    for r in range(10):
        ws.write_number(r, 0, r * 1.5, wb.add_format({"num_format": "0.000"}) if r == 0 else None)
    ws.write_formula("B1", "=SUM(A1:A10)", None, 67.5)
    wb.close()
    return path


def write_macro(path: Path, vba: bytes) -> Path:
    """A macro-enabled workbook (.xlsm) with a real VBA project and a form button."""
    wb = xlsxwriter.Workbook(str(path))
    fmt = _formats(wb)
    _input_sheets(wb, fmt)
    wb.set_vba_name("ThisWorkbook")
    for i, ws in enumerate(wb.worksheets()):
        ws.set_vba_name(f"Sheet{i + 1}")
    wb.add_vba_project(io.BytesIO(vba), is_stream=True)
    wb.worksheets()[0].insert_button("D2", {"macro": "Tombol_Klik", "caption": "Jalankan makro"})
    wb.close()
    return path


# A1 of a Capaian Program sheet written by an lkj-xl without owner names (the LibreOffice corpus file)
OLD_PROGRAM_TITLE = "Tabel 3.2 Capaian Kinerja Program yang Mendukung Sasaran Strategis s.d. Triwulan I"


def write_fods(path: Path) -> Path:
    """A LibreOffice-native flat ODS (converted to .xlsx by LibreOffice for the corpus)."""
    cells = "".join(
        f'<table:table-cell table:style-name="head" office:value-type="string"><text:p>{h}</text:p></table:table-cell>'
        for h in C.KINERJA_HEADERS[:6]
    )
    row2 = (
        '<table:table-cell office:value-type="string"><text:p>S1</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Sasaran</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>T1</text:p></table:table-cell>'
        f'<table:table-cell office:value-type="string"><text:p>{INPUT_MARKER}</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="12.5" table:style-name="num">'
        "<text:p>12,50</text:p></table:table-cell>"
        '<table:table-cell table:formula="of:=[.E2]*2" office:value-type="float" office:value="25">'
        "<text:p>25</text:p></table:table-cell>"
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:number-style style:name="N2"><number:number number:decimal-places="2"
   number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <style:style style:name="head" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#dde8cb"/>
   <style:text-properties fo:font-weight="bold" fo:color="#800000"/></style:style>
  <style:style style:name="num" style:family="table-cell" style:data-style-name="N2"/>
  <style:style style:name="cowide" style:family="table-column">
   <style:table-column-properties style:column-width="9cm"/></style:style>
  <style:style style:name="hiddentab" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="{C.SHEET_KINERJA}">
   <table:table-column table:number-columns-repeated="3"/><table:table-column table:style-name="cowide"/>
   <table:table-column table:number-columns-repeated="2"/>
   <table:table-row>{cells}</table:table-row>
   <table:table-row>{row2}</table:table-row>
  </table:table>
  <table:table table:name="{C.SHEET_CAPAIAN_PROGRAM}">
   <table:table-row><table:table-cell office:value-type="string"><text:p>{OLD_PROGRAM_TITLE}</text:p>
   </table:table-cell></table:table-row>
  </table:table>
  <table:table table:name="Arsip" table:style-name="hiddentab">
   <table:table-row><table:table-cell office:value-type="string"><text:p>arsip tersembunyi</text:p>
   </table:table-cell></table:table-row>
  </table:table>
  <table:named-expressions>
   <table:named-range table:name="DataKinerja" table:base-cell-address="$Kinerja.$A$1"
    table:cell-range-address="$Kinerja.$A$1:.$F$2"/>
  </table:named-expressions>
 </office:spreadsheet></office:body>
</office:document>
"""
    path.write_text(xml, encoding="utf-8")
    return path


# --- the tool's rendered output sheets ------------------------------------------------------------


def output_values(run: int) -> dict[str, dict[str, object]]:
    """What :func:`render_outputs` writes for ``run``: sheet -> {cell: value}."""
    out = {}
    for i, name in enumerate(C.OUTPUT_SHEETS):
        out[name] = {
            "A1": f"{name} putaran {run}",
            "A3": "Uraian",
            "B3": "Capaian",
            "A4": f"Baris {run}-{i}",
            "B4": 0.5 + run / 10 + i / 100,
            "C4": 1_000_000 * run + i,
            "A5": "ringkas",
            "B5": 0.25,
        }
    return out


def render_outputs(run: int, *, date_1904: bool = False, extras: bool = True) -> bytes:
    """The tool's output sheets as an xlsxwriter workbook (what the engine renders)."""
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "date_1904": date_1904})
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center", "font_name": "Cambria"})
    head = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496", "border": 1})
    pct = wb.add_format({"num_format": "0.00%", "border": 1})
    money = wb.add_format({"num_format": '"Rp"#,##0;[Red]-"Rp"#,##0', "border": 1})
    low = wb.add_format({"bg_color": "#F8CBAD", "font_color": "#C00000"})
    values = output_values(run)
    for name in C.OUTPUT_SHEETS:
        v = values[name]
        ws = wb.add_worksheet(name)
        ws.merge_range("A1:D1", v["A1"], title)
        ws.write_row("A3", [v["A3"], v["B3"], "Anggaran"], head)
        ws.write_string("A4", v["A4"])
        ws.write_number("B4", v["B4"], pct)
        ws.write_number("C4", v["C4"], money)
        ws.write_rich_string("A5", "ring", head, "kas")
        ws.write_number("B5", v["B5"], pct)
        ws.write_string("D4", '=HYPERLINK("http://x","klik")')  # input text stays text
        ws.set_column("A:A", 42)
        ws.set_column("B:C", 16)
        ws.freeze_panes(3, 1)
        ws.conditional_format("B4:B100", {"type": "cell", "criteria": "<", "value": 0.5, "format": low})
        ws.data_validation("E4", {"validate": "list", "source": ["Ya", "Tidak"]})
        ws.repeat_rows(2)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.set_header('&L&"Calibri,Bold"LKjIP&RHalaman &P dari &N')
        ws.set_footer("&CDibuat oleh lkj-xl")
        ws.protect()
        if extras and name == C.SHEET_RINGKASAN:
            ws.insert_image("F1", "logo.png", {"image_data": io.BytesIO(LOGO)})
            ws.write_formula("C6", "=SUM(C4:C5)", money, v["C4"])
        if extras and name == C.SHEET_GRAFIK:
            # the tool's charts over its own cells (render.insert_chart marks them the same way)
            for k, anchor in enumerate(("F3", "F20")):
                chart = wb.add_chart({"type": "column" if k == 0 else "line"})
                chart.add_series(
                    {
                        "name": f"Putaran {run}",
                        "categories": "=Grafik!$A$4:$A$5",
                        "values": "=Grafik!$B$4:$B$5",
                    }
                )
                chart.set_title({"name": f"Grafik {k + 1} putaran {run}"})
                ws.insert_chart(anchor, chart, {"description": f"Grafik {k + 1} [lkj-xl]"})
        if extras and name == C.SHEET_PEMERIKSAAN:
            ws.write_comment("A4", f"Periksa baris ini (putaran {run})")
    wb.close()
    return buf.getvalue()


# --- LibreOffice ------------------------------------------------------------------------------------


def soffice_convert(files: list[Path], fmt: str, outdir: Path, profile: Path, timeout: float = 120) -> None:
    """Convert ``files`` with headless LibreOffice (one process, its own profile directory)."""
    if SOFFICE is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [
        SOFFICE,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        fmt,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    proc = subprocess.run(cmd, capture_output=True, timeout=timeout, text=True, stdin=subprocess.DEVNULL)
    missing = [f for f in files if not (outdir / (f.stem + "." + fmt.split(":")[0])).exists()]
    if proc.returncode != 0 or missing:
        raise RuntimeError(f"soffice failed ({proc.returncode}) for {missing}: {proc.stdout}\n{proc.stderr}")


# --- zip helpers for the tests -----------------------------------------------------------------------


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def replace_members(data: bytes, changes: dict[str, bytes | None]) -> bytes:
    """A copy of package ``data`` with members replaced, added, or (value None) removed."""
    out = io.BytesIO()
    changes = dict(changes)
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in changes:
                new = changes.pop(info.filename)
                if new is not None:
                    zout.writestr(info.filename, new)
            else:
                zout.writestr(info.filename, zin.read(info))
        for name, new in changes.items():
            if new is not None:
                zout.writestr(name, new)
    return out.getvalue()


def raw_zip(entries: list[dict]) -> bytes:
    """Hand-assemble a zip, allowing lies a normal writer refuses (declared sizes, shared data, flags).

    Each entry: name, data (already compressed), crc, size (declared uncompressed), method (8 deflate),
    flags, and optionally ``offset_of`` (index of an earlier entry whose local header it reuses).
    """
    body = io.BytesIO()
    offsets = []
    for e in entries:
        if "offset_of" in e:
            offsets.append(offsets[e["offset_of"]])
            continue
        offsets.append(body.tell())
        name = e["name"].encode()
        body.write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                e.get("flags", 0),
                e.get("method", 8),
                0,
                0x21,
                e["crc"],
                len(e["data"]),
                e["size"],
                len(name),
                0,
            )
        )
        body.write(name)
        body.write(e["data"])
    cd_start = body.tell()
    for e, off in zip(entries, offsets):
        name = e["name"].encode()
        src = entries[e["offset_of"]] if "offset_of" in e else e
        body.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                e.get("flags", 0),
                src.get("method", 8),
                0,
                0x21,
                src["crc"],
                len(src["data"]),
                e["size"],
                len(name),
                0,
                0,
                0,
                0,
                0,
                off,
            )
        )
        body.write(name)
    cd_size = body.tell() - cd_start
    body.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), cd_size, cd_start, 0))
    return body.getvalue()


def deflate(data: bytes) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush()


def deflate_zeros(size: int) -> tuple[bytes, int]:
    """Raw-deflated ``size`` zero bytes and their CRC, built in 1 MiB steps."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1024 * 1024)
    parts = []
    crc = 0
    left = size
    while left:
        piece = block[: min(left, len(block))]
        parts.append(comp.compress(piece))
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    parts.append(comp.flush())
    return b"".join(parts), crc


def noisy_block() -> bytes:
    """1 MiB that deflates about 30:1 (24 random bytes in every KiB), deterministic."""
    import random

    rng = random.Random(1)
    block = bytearray(1024 * 1024)
    for i in range(0, len(block), 1024):
        block[i : i + 24] = rng.randbytes(24)
    return bytes(block)


def deflate_repeated(block: bytes, count: int) -> tuple[bytes, int]:
    """Raw-deflated ``count`` copies of ``block`` and their CRC."""
    comp = zlib.compressobj(1, zlib.DEFLATED, -15)
    parts = []
    crc = 0
    for _ in range(count):
        parts.append(comp.compress(block))
        crc = zlib.crc32(block, crc)
    parts.append(comp.flush())
    return b"".join(parts), crc
