"""What the printed fronts (``lkj-xl pdf``, ``laporan --pdf``) say, read back from ``pdftotext -layout``
for tests/test_fronts_parity.py: the Ringkasan sentences (counts and names, however their lines wrap)
and Tabel 3.4's rows (each program's and the TOTAL's pagu, realisasi and persentase). The expected
values come from the exact model (tests/test_oracle.py), never from lkj_xl."""

from __future__ import annotations

import re
import subprocess

from tests.fronts_kalimat import RINGKASAN

# A printed figure at the end of Tabel 3.4's row: "1.234,56", "(2,5)", "12,3 juta"
_FIGURE = r"\(?-?[\d.]+(?:,\d+)?\)?(?: (?:ribu|juta|milyar|miliar|triliun))?"
# A Ringkasan sentence's first words, after its bullet ("1.", a Word bullet glyph)
_START = re.compile(r"^(?:\d+\. |[\uf0b7\u2022\u25cf] ?)?((?:Tidak ada i|I)ndikator kinerja )")
# A page's footer ("Dinas Contoh Kabupaten Contoh Halaman 6", "... Halaman 1 dari 5")
_FOOTER = re.compile(r"Halaman [\divx]+(?: dari \d+)?$")


def pdf_lines(path, fixed: int | None = None) -> list[str]:
    """The PDF's lines, runs of spaces as one. ``fixed``: pdftotext's character pitch in points (its
    default guesses one from the fonts): 3 keeps apart two right-aligned figures of adjacent narrow
    columns that the default prints touching ("25,50982,494" for 25,509 and 82,494 in the Word
    document's Tabel 3.3, which shows them apart)."""
    pitch = ["-fixed", str(fixed)] if fixed else []
    out = subprocess.run(
        ["pdftotext", "-layout", *pitch, str(path), "-"], capture_output=True, text=True, check=True
    )
    return [" ".join(line.split()) for line in out.stdout.splitlines()]


def ringkasan_sentences(lines: list[str]) -> list[str]:
    """The Ringkasan sentences ("Indikator kinerja sasaran dengan capaian ≥ 100% sebanyak 2 indikator,
    yaitu A dan B.") with their wrapped lines joined. A sentence ends at its full stop once it reads as
    a whole sentence, at the next one's start, or at a blank line or a footer (a sentence a page break
    cuts is left out: it is read whole where the other fronts print it)."""
    out: list[str] = []
    current: str | None = None
    for line in lines:
        start = _START.match(line)
        if start or not line or _FOOTER.search(line):
            current = None
        if start:
            current = line[start.start(1) :]
        elif current is not None:
            current = f"{current} {line}"
        if current is not None and current.endswith(".") and RINGKASAN.fullmatch(current):
            out.append(current)
            current = None
        elif current is not None and "; perbaiki" in current and current.endswith("."):
            out.append(current)  # the galat group's "...; perbaiki sel tersebut (lihat sheet Pemeriksaan)."
            current = None
    return out


TABEL_3_4 = ("Tabel 3.4 Realisasi Anggaran", "TOTAL")
# Grafik's section 3 (its table of each program's pagu, realisasi and penyerapan), up to section 4
GRAFIK_3 = ("3. Penyerapan Anggaran per Program", "4. Tren")


def anggaran_rows(
    lines: list[str], kodes: list[str], table: tuple[str, str] = TABEL_3_4
) -> dict[str, tuple[str, str, str] | str]:
    """Tabel 3.4's rows by Kode ("TOTAL" for the total), or those of another table of programs
    (``table``: the line it starts with, the line it ends with): the pagu, realisasi and persentase
    printed at the row's end, or the row's text when it does not end in three figures (a galat cell)."""
    out: dict[str, tuple[str, str, str] | str] = {}
    tail = re.compile(rf"({_FIGURE}) ({_FIGURE}) ({_FIGURE})$")
    start, stop = table
    inside = False  # from the table's title (not its line in the Daftar Tabel) to its end
    for line in lines:
        if line.startswith(start) and ".." not in line:
            inside = True
        head = re.match(r"^(?:\d+ (\S+) |(TOTAL) )", line)
        if inside and head is not None and (head.group(1) or head.group(2)) in [*kodes, "TOTAL"]:
            m = tail.search(line)
            out[head.group(1) or head.group(2)] = (m.group(1), m.group(2), m.group(3)) if m else line
        inside = inside and not line.startswith(stop)  # (Tabel 3.4's last row, TOTAL, is read)
    return out


def efisiensi_rows(lines: list[str], uraians: list[str]) -> dict[str, tuple[str, ...] | str]:
    """Tabel 3.3's rows by Tujuan/Sasaran (its Uraian, unique): the capaian, pagu, realisasi,
    penyerapan and efisiensi printed at the row's end and its Keterangan (Efisien / Tidak efisien; ""
    when it wraps), or the row's first line when it does not end so (a figure unknown: its reason
    there)."""
    out: dict[str, tuple[str, ...] | str] = {}
    # (a Keterangan that wraps to the row's next line, beside long figures, is not read: "")
    tail = re.compile(
        rf"({_FIGURE}) ({_FIGURE}) ({_FIGURE}) ({_FIGURE}) ({_FIGURE})(?: (Efisien|Tidak efisien))?$"
    )
    inside = False
    for line in lines:
        if line.startswith("Tabel 3.3 Efisiensi") and ".." not in line:
            inside = True
        elif line.startswith(("Catatan:", "Tabel 3.4")):  # (the table may go on over a page)
            inside = False
        head = re.match(r"^(?:\d+ )?(Uraian (?:Tujuan|Sasaran) \S+)(?: \*\))?(?: |$)", line)
        if inside and head is not None and head.group(1) in uraians:
            m = tail.search(line)
            out[head.group(1)] = tuple(g or "" for g in m.groups()) if m else line
    return out
