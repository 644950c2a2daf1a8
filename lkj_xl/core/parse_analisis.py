"""Issue 11's optional inputs: the comparison columns of Kinerja and the Analisis sheet.

Kinerja may carry ``Realisasi Tahun Lalu``, ``Realisasi <year>`` (an earlier year), ``Target Akhir
Renstra`` and ``Standar Nasional`` (numbers, read like the other Kinerja values: Indonesian typing,
scale words per the indicator's Satuan, status texts, unreadable cells are galat at their cell),
``Formulasi`` and ``Sumber Data`` (texts). The optional sheet ``Analisis`` holds, per node (Kode) or
per indicator of it, the points behind its capaian: one point per line of a cell, numbering stripped.

Pure: works on the grids of :mod:`lkj_xl.core.parse`, after it has parsed the three input sheets.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from collections.abc import Mapping, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader, empty_value, plain_value
from lkj_xl.core.dates import tanggal_sel
from lkj_xl.core.findings import kode_hint
from lkj_xl.core.grids import (
    column_letter,
    find_header,
    find_sheet,
    hidden_column,
    report_merges,
    unreadable,
    why_unreadable,
)
from lkj_xl.core.header_marks import footnoted, marked_title
from lkj_xl.core.long_text import cut_finding
from lkj_xl.core.model import (
    GALAT,
    PERINGATAN,
    AnalisisEntry,
    Cell,
    Finding,
    Grid,
    IndicatorInput,
    SheetGrid,
    Value,
    WorkbookInput,
)
from lkj_xl.core.nama_periode import HALF_NUMBER, HALF_WORD, QUARTER_NUMBER, QUARTER_WORD
from lkj_xl.core.optional_columns import NAMED, YEAR_HEADER
from lkj_xl.core.rasio_bulat import keep_compared
from lkj_xl.core.rasio_persen import read_by_row
from lkj_xl.core.realisasi_columns import realisasi_column

# The bullets a list typed or pasted (Word's "•", the Symbol font's "·", dashes) starts its lines with:
# an Analisis point's and a Narasi line's (the Word report prints the latter as a bullet).
BULLETS = "-–—•·▪●◦*"
# A point's own numbering or bullet at the start of a line: "1.", "2)", "(3)", "a.", "b)", "-", "•".
# A digit marker must not be followed by a digit ("2.047 unit" is a number); a letter marker needs a
# space after it ("a.n." is no marker).
_MARKER = re.compile(rf"^(?:\(?[0-9]{{1,2}}[.)](?![0-9])\s*|\(?[A-Za-z][.)]\s+|[{re.escape(BULLETS)}]\s*)")


# The comparison columns a capaian is computed against (pembanding): their ratio advice keeps its kriteria.
_COMPARED = frozenset((c.H_TARGET_RENSTRA, c.H_STANDAR_NASIONAL))


def parse_extras(data: WorkbookInput, grids: Mapping[str, Grid]) -> None:
    """Read the optional Kinerja columns into ``data.indicators`` and the Analisis sheet into
    ``data.analisis``; findings go to ``data.findings``. Sets ``data.analisis_inputs`` when anything of
    issue 11 is filled (a comparison or text cell, Tahun Akhir Renstra, a row of Analisis)."""
    filled = data.settings.tahun_akhir_renstra is not None
    kinerja = find_sheet(grids, c.SHEET_KINERJA)
    if kinerja is not None:
        letters = data.columns.setdefault(kinerja, {})
        filled |= _kinerja_extras(grids[kinerja], kinerja, data, letters)
    analisis = find_sheet(grids, c.SHEET_ANALISIS)
    if analisis is not None:
        rows = parse_analisis(grids[analisis], analisis, data.indicators, data.findings)
        data.analisis = rows
        filled |= bool(rows) or any(f.sheet == analisis for f in data.findings)
    data.analisis_inputs = filled


# --- Kinerja's optional columns ------------------------------------------------------------------


def _optional_columns(
    grid: Grid, sheet: str, tahun: int | None, reader: CellReader
) -> tuple[dict[str, int], dict[int, int]]:
    """(optional header -> column, earlier year -> column) on Kinerja's header row."""
    header_row, _ = find_header(grid, sheet, c.KINERJA_HEADERS)
    columns: dict[str, int] = {}
    years: dict[int, int] = {}
    plain = {c.normalize_label(cell.value) for cell in grid[header_row] if isinstance(cell.value, str)}
    for col, cell in enumerate(grid[header_row]):
        if not isinstance(cell.value, str):
            continue
        key = c.normalize_label(cell.value)
        ref = f"{column_letter(col)}{header_row + 1}"
        if key not in NAMED and (note := footnoted(cell.value)) and note[0] in NAMED and note[0] not in plain:
            # "Standar Nasional*" read as the column, unless "Standar Nasional" stands on the row too
            reader.findings.append(marked_title(reader.sheet, ref, cell.value, NAMED[note[0]]))
            key = note[0]
        match = YEAR_HEADER.fullmatch(key)
        header = NAMED.get(key) or (c.realisasi_tahun_header(int(match.group(1))) if match else None)
        if header is None:
            _near_miss(reader, ref, cell.value, tahun)
            continue
        if header in columns or (match and int(match.group(1)) in years):
            reader.add(PERINGATAN, ref, f'Kolom "{header}" ganda; hanya kolom pertama yang dipakai')
            continue
        if match is None:
            columns[header] = col
            continue
        year = int(match.group(1))
        if tahun is not None and year >= tahun:
            reader.add(GALAT, ref, _not_earlier(cell.value, tahun))
            continue
        years[year] = col
    return columns, dict(sorted(years.items()))


# A header that is close to an optional column's name but is not it (a near miss) is not read: said.
_NEAR_MISS_CUTOFF = 0.8  # "Target Renstra" 0.82, "Realisasi Thn Lalu" 0.95; "Realisasi Anggaran" 0.68
# Columns staff keep that are one letter or word from an optional one but mean something else.
_OTHER_COLUMNS = frozenset({"sumber dana"})  # the budget's source (APBD, DAK), not Sumber Data
# "Target TW II", "Target Triwulan 2", "Target Triw. ke-2", "Target s.d. TW II": a target per quarter,
# which Kinerja has not; nor per half year ("Target Semester I", "Target Smt 2", "Target s.d. Semester
# II": a PK's half-year targets, typed beside a half year's report). (the words of nama_periode, and Q2)
_QUARTER_TARGET = re.compile(
    rf"target (?:s d |sd )?(?:(?:{QUARTER_WORD}|q) ?{QUARTER_NUMBER}|{HALF_WORD} ?{HALF_NUMBER})"
)
_NEAR_YEAR = re.compile(r"realisasi (?:tahun |thn |th |ta )?([0-9]{4})")


def _not_earlier(label: str, tahun: int) -> str:
    """Why a column of the report's year (or later) is not read: this year's realisasi is the quarters'."""
    return (
        f'Kolom "{label}" bukan tahun sebelum Tahun laporan ({tahun}); kolom ini tidak dipakai '
        '(realisasi tahun ini diisi di kolom Realisasi TW, tahun lalu di "Realisasi Tahun Lalu")'
    )


def _near_miss(reader: CellReader, ref: str, label: str, tahun: int | None) -> None:
    """A peringatan at the header cell ``ref`` when ``label``, a column Kinerja does not read, looks
    like an optional column ("Target Renstra", "Standar Nasional (%)", "Realisasi Tahun 2024"), so the
    values typed under it do not vanish unnoticed. Staff's own columns (Catatan, PIC, No) are quiet."""
    words = " ".join(re.sub(r"[^0-9a-z]+", " ", c.normalize_label(label)).split())
    if not words or c.normalize_label(label) in _REQUIRED or words in _OTHER_COLUMNS:
        return
    if _QUARTER_TARGET.fullmatch(words):  # staff used to a capaian per quarter's (half year's) target
        # (no "s.d. triwulan": the report may be a half year's or the year's)
        reader.add(
            PERINGATAN,
            ref,
            f'Kolom "{label.strip()}" tidak dibaca: capaian dihitung terhadap Target tahunan '
            '(kolom "Target", atau "Target Perubahan" bila diisi), seperti laporan kinerja',
        )
        return
    if realisasi_column(label, tahun) is not None:  # the year's own figure: realisasi_columns reads it
        return
    year = _NEAR_YEAR.fullmatch(words)
    if year and tahun is not None and int(year.group(1)) >= tahun:
        # "Realisasi Tahun 2025" in the 2025 report: no "Realisasi 2025" to rename it to (refused too)
        reader.add(PERINGATAN, ref, _not_earlier(label.strip(), tahun))
        return
    if year:
        name = c.realisasi_tahun_header(int(year.group(1)))
    else:
        optional = (*c.KINERJA_OPTIONAL_NUMBERS, *c.KINERJA_OPTIONAL_TEXTS)
        name = max(optional, key=lambda h: _likeness(words, h))
        best = _likeness(words, name)
        # As close to a column every Kinerja has ("Realisasi TW II (%)", "Realisasi Tahun Ini"): not
        # a near miss of an optional one.
        if best < _NEAR_MISS_CUTOFF or best <= max(_likeness(words, h) for h in c.KINERJA_HEADERS):
            return
    reader.add(
        PERINGATAN,
        ref,
        f'Kolom "{label.strip()}" tidak dikenali, jadi isinya tidak dibaca; bila yang dimaksud kolom '
        f'"{name}", ganti judul kolom ini menjadi "{name}"',
    )


def _likeness(words: str, header: str) -> float:
    return difflib.SequenceMatcher(None, words, c.normalize_label(header)).ratio()


_REQUIRED = frozenset(c.normalize_label(h) for h in c.KINERJA_HEADERS)

# The optional Kinerja columns and the IndicatorInput field each one fills.
_EXTRA_FIELDS = {
    c.H_REALISASI_TAHUN_LALU: "realisasi_tahun_lalu",
    c.H_TARGET_RENSTRA: "target_renstra",
    c.H_STANDAR_NASIONAL: "standar_nasional",
    c.H_FORMULASI: "formulasi",
    c.H_SUMBER_DATA: "sumber_data",
}


def _empty_extra(header: str) -> Value | str:
    """What an empty cell of an optional column reads as: "" under a column of texts, else the
    shared empty Value (as ``read`` in :func:`_kinerja_extras` returns)."""
    return "" if header in c.KINERJA_OPTIONAL_TEXTS else empty_value()


def _kinerja_extras(grid: Grid, sheet: str, data: WorkbookInput, letters: dict[str, str]) -> bool:
    """Fill the indicators' optional values; True when any of their cells is filled."""
    reader = CellReader(sheet, data.findings)
    columns, years = _optional_columns(grid, sheet, data.settings.tahun, reader)
    for header, col in columns.items():
        letters[header] = column_letter(col)
    for year, col in years.items():
        letters[c.realisasi_tahun_header(year)] = column_letter(col)
    filled = False
    # a hidden column of figures (not of texts, printed as they are): the Excel row of its first value
    hidden = grid.hidden_columns if type(grid) is SheetGrid else frozenset()
    hidden_filled: dict[str, int] = {}

    def read(item: IndicatorInput, cells: list[Cell], header: str, col: int):
        nonlocal filled
        cell = cells[col] if col < len(cells) else None
        texts = header in c.KINERJA_OPTIONAL_TEXTS
        if cell is None or (cell.value is None and not cell.formula and not cell.error):
            return "" if texts else empty_value()  # an empty cell (most of them): what the reader gives
        if cell.value != "" or cell.formula or cell.error:
            filled = True
            if col in hidden and not texts:
                hidden_filled.setdefault(header, item.row)
        if texts:
            return reader.words(cell, f"{letters[header]}{item.row}", header)
        # a plain number (most filled cells) without the reference only a finding needs
        plain = plain_value(cell)
        if plain is not None:
            return plain
        said = len(reader.findings)
        got = reader.value(
            cell, f"{letters[header]}{item.row}", header, satuan=item.satuan, indikator=item.indikator
        )
        figures = [item.target, item.target_perubahan, *item.realisasi_tw]
        read_by_row(reader, said, (item.satuan, item.indikator), [got], figures)  # "1:4" under %
        if not item.polaritas_kosong:  # (a ratio's galat advises no Polaritas chosen, as in the quarters)
            reader.polaritas_advice_dropped(said)
        if header in _COMPARED:  # ("1:3" of a Renstra target beside 1:4: 0,3334, as the Target's)
            chosen = (None if item.polaritas_kosong else item.polaritas, item.jenis_realisasi)
            keep_compared(reader, said, (header, got), item.realisasi_tw, chosen)
        return got

    # Per column, known once: the item's field it fills (None: none) and what an empty cell gives
    # (most of these cells are empty: then no call of ``read``, which returns the same for them).
    wanted = [
        (header, col, _EXTRA_FIELDS.get(header), _empty_extra(header)) for header, col in columns.items()
    ]
    year_headers = [(year, c.realisasi_tahun_header(year), col) for year, col in years.items()]
    for item in data.indicators:
        cells = grid[item.row - 1] if item.row - 1 < len(grid) else []
        length = len(cells)
        for header, col, field, empty in wanted:
            cell = cells[col] if col < length else None
            if cell is None or (cell.value is None and not cell.formula and not cell.error):
                got = empty  # (read's own first test, the same answer)
            else:
                got = read(item, cells, header, col)
            if field is not None:
                setattr(item, field, got)
        # (no year column, most sheets: a new empty dict without a comprehension's frame)
        item.realisasi_tahun = (
            {year: read(item, cells, header, col) for year, header, col in year_headers}
            if year_headers
            else {}
        )
    header_row = find_header(grid, sheet, c.KINERJA_HEADERS)[0] + 1
    for header, first in hidden_filled.items():
        data.findings.append(hidden_column(sheet, header, letters[header], header_row, first))
    return filled


# --- the Analisis sheet ----------------------------------------------------------------------------


def _analisis_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    """The header row of Analisis: the first row with Kode and at least one column of points."""
    wanted = {c.normalize_label(h): h for h in c.ANALISIS_HEADERS}
    for r, row in enumerate(grid[: c.HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for col, cell in enumerate(row):
            header = wanted.get(c.normalize_label(cell.value)) if isinstance(cell.value, str) else None
            if header is not None and header not in found:
                found[header] = col
        if "Kode" in found and any(h in found for h in c.ANALISIS_TEXT_HEADERS):
            return r, found
    return None


def split_points(text: str) -> list[str]:
    """The points of a cell, one per line, without their numbering or bullets ("1. ...", "a) ...",
    "- ...", "• ...")."""
    points = []
    for line in wrapped_joined(lines(text), marked_only=True):
        pieces = _numbered_inline(line.strip())
        for piece in pieces:
            point = " ".join(_MARKER.sub("", piece, count=1).split())
            if len(pieces) > 1:
                point = point.rstrip(";,").rstrip()  # "1) satu; 2) dua": the separator is no part of it
            if not placeholder(point):
                points.append(point)
    return points


def lines(text: str) -> list[str]:
    """The lines of a cell's text at any line break: Alt+Enter, a carriage return, and the vertical
    tab, form feed and line or paragraph separator a text pasted from a PDF or Word brings (a control
    character no Word document may hold)."""
    return [_CONTROL.sub("", line) for line in text.splitlines()]


# A line a PDF wrapped runs to the margin: an A4 page with 2.5-3 cm margins holds 15-16 cm of 11-12 pt
# text, 80-95 characters, and the PDF breaks a line before the word that does not fit (Indonesian words
# reach 15-18 characters, "pertanggungjawaban"), so its wrapped lines hold 60 or more. Headings, address
# lines and list items staff type one under another are shorter; a narrower PDF column (a table cell)
# then stays a line per printed line: seen in the report and mended there, never merged unseen.
WRAPPED_LINE = 60
# "email: ...", "Telepon: ...", "website: ...": a line of its own under any line.
_LABEL = re.compile(r"^[^\s:][^:]{0,24}:(?:\s|$)")


def _continues(line: str) -> bool:
    """A line that may continue the one before: lower case, no numbering, no "label:"."""
    return line[:1].islower() and not _MARKER.match(line) and not _LABEL.match(line)


def wrapped_joined(rows: list[str], marked_only: bool = False) -> list[str]:
    """Lines as written, a line a PDF's wrapping broke joined again to the one before it: the line
    before runs to a printed line's length (:data:`WRAPPED_LINE`) and ends without ".:;!?", this one
    starts in lower case without numbering or a "label:" of its own, and is long itself or the
    paragraph's last line (ends the sentence, or no such line follows): short lines in lower case one
    under another are a list ("... antara lain" / "penanggulangan kemiskinan" / "peningkatan daya
    saing UMKM"). Headings, address blocks and items typed one per line stay as typed. ``marked_only``:
    only under a numbered or bulleted line (points typed one per line without numbering stay apart)."""
    out: list[str] = []
    marked = False
    before = ""  # the line before as typed (not as joined so far)
    stripped = [row.strip() for row in rows]
    for i, (row, line) in enumerate(zip(rows, stripped)):
        after = stripped[i + 1] if i + 1 < len(stripped) else ""
        last = line[-1:] in ".!?" or not _continues(after)
        if (
            len(before) >= WRAPPED_LINE
            and before[-1:] not in ".:;!?"
            and _continues(line)
            and (len(line) >= WRAPPED_LINE or last)
            and (marked or not marked_only)
        ):
            out[-1] = f"{out[-1].rstrip()} {line}"
            before = line
            continue
        marked = bool(_MARKER.match(line) or _FIRST_MARKER.match(line))
        out.append(row)
        before = line
    return out


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # a tab stays


def placeholder(text: str) -> bool:
    """True when ``text`` holds no letter or digit: blank, or a mark standing for a text not written
    yet ("...", "-", "…", "?")."""
    return not any(ch.isalnum() for ch in text)


_FIRST_MARKER = re.compile(r"\(?(1|a|A)[.)]\s")


def _numbered_inline(line: str) -> list[str]:
    """A line numbered on itself ("1. satu 2. dua", "a) satu b) dua") cut before each next marker in
    sequence (2 after 1, b after a), a marker standing between spaces; any other line whole."""
    first = _FIRST_MARKER.match(line)
    if first is None:
        return [line]
    label, cuts = first.group(1), list[int]()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        found = re.compile(rf"\s\(?{label}[.)]\s").search(line, cuts[-1] if cuts else first.end())
        if found is None:
            break
        cuts.append(found.start() + 1)
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def not_text(cell: Cell, shown: str) -> str:
    """Why a cell where a text belongs holds none ("berisi angka (12345.678)"), or "" for a text or an
    empty cell; ``shown`` is the cell's value as its finding names it."""
    raw = cell.value
    if cell.error:
        return f"berisi nilai galat Excel {cell.error}"
    if raw is None:
        return f"berisi rumus tanpa nilai tersimpan ({cell.formula})" if cell.formula else ""
    if isinstance(raw, bool):
        return f"berisi nilai logika ({'TRUE' if raw else 'FALSE'})"
    if isinstance(raw, (_dt.datetime, _dt.date, _dt.time)):
        return f"berisi tanggal ({tanggal_sel(raw)})"
    if isinstance(raw, (int, float)):
        return f"berisi angka ({shown})"
    return ""


def _points(reader: CellReader, cell: Cell | None, ref: str, header: str) -> list[str]:
    """The points of one text cell; a number, date, logical value, error or unsaved formula is a galat
    at the cell (nothing of it is used)."""
    if cell is None:
        return []
    raw = cell.value
    problem = not_text(cell, reader.text(cell))
    if problem:
        reader.add(GALAT, ref, f"{header} {problem}, bukan teks; sel ini tidak dipakai")
        return []
    if raw is None:
        return []
    if cell.formula:
        reader.add(PERINGATAN, ref, f"{header} berisi rumus; teks hasilnya yang dipakai")
    if (cut := cut_finding(reader.sheet, ref, cell)) is not None:
        reader.findings.append(cut)
    points = split_points(str(raw))
    if not points and not dash_only(str(raw)) and placeholder(str(raw)):
        # "..." stands for a text not written yet ("-" alone says there is none): not printed as a point
        reader.add(PERINGATAN, ref, placeholder_pesan(header, str(raw)))
    return points


def dash_only(text: str) -> bool:
    """True when ``text`` is dashes alone ("-", "--", "–", "—"), staff's "none", or blank."""
    return not text.strip(" -–—\n")


def placeholder_pesan(what: str, raw: str) -> str:
    """The peringatan of a cell holding only a placeholder mark: it is not printed."""
    shown = " ".join(raw.split())
    return f'{what} hanya berisi "{shown}", tanda teks yang belum ditulis; sel ini tidak dicetak di laporan'


def _close(wanted: str, candidates: Sequence[str]) -> str:
    close = difflib.get_close_matches(wanted, list(candidates), n=1, cutoff=0.6)
    return f' (maksud Anda "{close[0]}"?)' if close else ""


def parse_analisis(
    grid: Grid, sheet: str, indicators: Sequence[IndicatorInput], findings: list[Finding]
) -> list[AnalisisEntry]:
    """The rows of the Analisis sheet, checked against the nodes and indicators of Kinerja."""
    reader = CellReader(sheet, findings)
    located = _analisis_header(grid)
    if located is None and not any(
        cell.value not in (None, "") or cell.formula for row in grid for cell in row
    ):
        return []  # an empty sheet: nothing to read, nothing to say
    if located is None:
        heads = ", ".join(f'"{h}"' for h in c.ANALISIS_TEXT_HEADERS)
        reader.add(
            GALAT,
            "",
            f'Sheet "{sheet}": kolom "Kode" dan salah satu dari {heads} tidak ditemukan pada '
            f"{c.HEADER_SEARCH_ROWS} baris pertama; sheet ini tidak dipakai",
        )
        return []
    header_row, cols = located
    report_merges(grid, sheet, header_row, findings)
    letters = {h: column_letter(i) for h, i in cols.items()}
    by_kode: dict[str, dict[str, str]] = {}
    for item in indicators:
        by_kode.setdefault(item.kode, {})[c.normalize_label(item.indikator)] = item.indikator
    out: list[AnalisisEntry] = []
    seen: dict[tuple[str, str], int] = {}
    for r in range(header_row + 1, len(grid)):
        entry = _analisis_row(reader, grid[r], r + 1, cols, letters, by_kode, seen)
        if entry is not None:
            out.append(entry)
    return out


def _analisis_row(
    reader: CellReader,
    row: list[Cell],
    excel_row: int,
    cols: dict[str, int],
    letters: dict[str, str],
    by_kode: dict[str, dict[str, str]],
    seen: dict[tuple[str, str], int],
) -> AnalisisEntry | None:
    def cell(header: str) -> Cell | None:
        return row[cols[header]] if header in cols and cols[header] < len(row) else None

    def ref(header: str) -> str:
        return f"{letters[header]}{excel_row}"

    if all(
        (x := cell(h)) is None or (x.value in (None, "") and not x.formula and not x.error)
        for h in c.ANALISIS_HEADERS
    ):
        return None
    for header in ("Kode", "Indikator"):  # #N/A there is no blank (an Indikator blank means the node)
        if (held := cell(header)) is not None and unreadable(held):
            reader.add(
                GALAT, ref(header), f"{header} {why_unreadable(held)}; baris analisis ini tidak dipakai"
            )
            return None
    kode = reader.text(cell("Kode"))
    if not kode:
        reader.add(GALAT, ref("Kode"), "Kode kosong; baris analisis ini tidak dipakai")
        return None
    if kode not in by_kode:
        reader.add(
            GALAT,
            ref("Kode"),
            f'Kode "{kode}" tidak ada di sheet Kinerja{kode_hint(kode, by_kode) or _close(kode, list(by_kode))}; '
            "baris analisis ini tidak dipakai",
        )
        return None
    indikator = reader.text(cell("Indikator"))
    if indikator:
        names = by_kode[kode]
        if c.normalize_label(indikator) not in names:
            reader.add(
                GALAT,
                ref("Indikator"),
                f'Indikator "{indikator}" bukan indikator Kode "{kode}" di sheet Kinerja'
                f"{_close(indikator, list(names.values()))}; baris analisis ini tidak dipakai",
            )
            return None
        indikator = names[c.normalize_label(indikator)]  # the spelling of Kinerja
    key = (kode, c.normalize_label(indikator))
    if key in seen:
        subject = f'Kode "{kode}"' + (f' indikator "{indikator}"' if indikator else "")
        reader.add(
            GALAT,
            ref("Indikator" if indikator and "Indikator" in cols else "Kode"),
            f"Analisis untuk {subject} ganda (sudah ada di baris {seen[key]}); baris ini tidak dipakai",
        )
        return None
    seen[key] = excel_row
    points = {h: _points(reader, cell(h), ref(h), h) if h in cols else [] for h in c.ANALISIS_TEXT_HEADERS}
    return AnalisisEntry(
        row=excel_row,
        kode=kode,
        indikator=indikator,
        faktor_pendukung=points[c.H_FAKTOR_PENDUKUNG],
        faktor_penghambat=points[c.H_FAKTOR_PENGHAMBAT],
        upaya=points[c.H_UPAYA],
        tindak_lanjut=points[c.H_TINDAK_LANJUT],
        sel={h: ref(h) for h in c.ANALISIS_TEXT_HEADERS if h in cols},
    )
