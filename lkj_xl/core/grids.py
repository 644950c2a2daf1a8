"""Where things are in an input grid: its sheet, its header row, its data rows and their cells.

Pure, like :mod:`lkj_xl.core.parse`, which reads the values of what this finds.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.findings import consecutive_runs
from lkj_xl.core.grid_lookups import CUT, MERGED, STRUCK, Picks, header_known, keep_header, picked
from lkj_xl.core.header_marks import footnoted, marked_title
from lkj_xl.core.long_text import cut_column, cut_finding
from lkj_xl.core.merge_across import report_across
from lkj_xl.core.model import PERINGATAN, Cell, Finding, Grid, HiddenRow, SheetGrid
from lkj_xl.core.node_merge import read_node_merges
from lkj_xl.core.pk_merge import read_pk_merges
from lkj_xl.core.pk_nomor import said as numbered_said
from lkj_xl.core.quarter_title import label_words, not_physical, same_quarter
from lkj_xl.core.struck import struck_column, struck_finding
from lkj_xl.core.sub_titles import first_filled, titles_below
from lkj_xl.errors import ContentError


class WorkbookError(ContentError):
    """The workbook cannot be read as an lkj-xl workbook at all (missing sheet or headers)."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


# The sheet a workbook lkj-xl rekap wrote opens with (core.rekap.SHEET_REKAP is this one).
REKAP_SHEET = "Rekap Perangkat Daerah"
_LISTED = 12  # sheet names listed in the message at most


class NotAgencyWorkbook(WorkbookError):
    """None of the input sheets: a rekap workbook (``lkj-xl rekap``'s output) or some other workbook.
    ``str()`` is the CLI's English message (what the file is, what the command takes, as for an
    unreadable file); ``problems`` the same in Bahasa Indonesia for the add-in."""

    def __init__(self, sheets: Sequence[str]):
        self.sheets = list(sheets)
        self.rekap = any(c.normalize_label(s) == c.normalize_label(REKAP_SHEET) for s in self.sheets)
        inputs = c.INPUT_SHEETS
        if self.rekap:
            english = (
                "a rekap workbook (made by lkj-xl rekap), not an agency's workbook: this command takes an "
                f"agency's workbook (with the sheets {', '.join(inputs[:-1])} and {inputs[-1]}), such as one "
                "of the files the rekap was made from"
            )
            problem = (
                f"buku kerja ini adalah hasil lkj-xl rekap (sheet {REKAP_SHEET}), bukan buku kerja LKjIP "
                "perangkat daerah. Hitung Ulang dijalankan pada buku kerja perangkat daerah (dengan sheet "
                f"{', '.join(inputs[:-1])} dan {inputs[-1]}), misalnya salah satu berkas yang direkap"
            )
        else:
            shown = ", ".join(self.sheets[:_LISTED])
            if len(self.sheets) > _LISTED:
                shown += f", ... ({len(self.sheets)} sheets)"
            english = (
                f"not an lkj-xl agency workbook: none of its sheets is {', '.join(inputs[:-1])} or "
                f"{inputs[-1]} (it has: {shown or 'no sheet'}); lkj-xl new writes a blank agency workbook"
            )
            problem = (
                f"bukan buku kerja LKjIP perangkat daerah: sheet {', '.join(inputs[:-1])} dan {inputs[-1]} "
                f"tidak ditemukan (sheet yang ada: {shown.replace(' sheets)', ' sheet)') or 'tidak ada'})"
            )
        super().__init__([problem])
        Exception.__init__(self, english)


def column_index(letters: str) -> int:
    """Excel letters to a 0-based column index (A -> 0, AB -> 27, XFD -> 16383; lower case too)."""
    index = 0
    for ch in letters.upper():
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def column_letter(index: int) -> str:
    """0-based column index to Excel letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def find_sheet(grids: Mapping[str, Grid], name: str) -> str | None:
    """The actual sheet name matching ``name`` case-insensitively, ignoring surrounding spaces."""
    key = c.normalize_label(name)
    for actual in grids:
        if c.normalize_label(actual) == key:
            return actual
    return None


def suggest(wanted: str, candidates: Sequence[str]) -> str:
    keyed = {c.normalize_label(x): str(x) for x in candidates if x is not None and str(x).strip()}
    close = difflib.get_close_matches(c.normalize_label(wanted), list(keyed), n=1, cutoff=0.6)
    return f' (maksud Anda "{keyed[close[0]]}"?)' if close else ""


# "perubahan", "APBD-P" / "P-APBD" / "APBDP" ("apbd p" once punctuation is dropped), "PAK" (Perubahan
# Anggaran Keuangan), "setelah / sesudah perubahan", "revisi", "baru", "pergeseran".
_REVISED = re.compile(r"\b(?:perubahan|apbd ?p|p ?apbd|pak|setelah|sesudah|revisi|baru|pergeseran)\b")
# The figure before the revision: a column kept for reference, not the new figure.
_ORIGINAL = re.compile(r"\b(?:murni|awal|induk|lama|sebelum|semula)\b")


def revised_label(label: object, what: str) -> bool:
    """True when a header ``label`` names a revised ``what`` ("target", "pagu") other than the
    contract's own "<What> Perubahan" column."""
    if not isinstance(label, str):
        return False
    words = label_words(label)
    first = ("pagu", "anggaran") if what == "pagu" else ("target",)
    if not words.startswith(first) or words == f"{what} perubahan":
        return False
    return bool(_REVISED.search(words)) and not _ORIGINAL.search(words)


def find_header(grid: Grid, sheet: str, headers: Sequence[str]) -> tuple[int, dict[str, int]]:
    """Locate the header row within the first rows; return (0-based row index, header -> column).

    A title with a footnote mark ("Target*", "Satuan 1)") is its header when no other cell of the row
    claims that header (see :func:`marked_findings` for its peringatan). Raises WorkbookError naming the
    missing headers and the closest label found.
    """
    if type(headers) is not tuple:
        return _find_header(grid, sheet, headers)
    if (known := header_known(grid, headers)) is not None:  # (asked for by several readers and checks)
        return known
    row, found = _find_header(grid, sheet, headers)
    keep_header(grid, headers, row, found)
    return row, found


def _find_header(grid: Grid, sheet: str, headers: Sequence[str]) -> tuple[int, dict[str, int]]:
    wanted = {c.normalize_label(h): h for h in headers}
    best: tuple[int, dict[str, int], list[str], dict[str, list[int]]] = (-1, {}, [], {})
    for r, row in enumerate(grid[: c.HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        labels: list[str] = []
        marked: dict[str, list[int]] = {}  # header -> columns titled it with a footnote mark
        for col, cell in enumerate(row):
            if isinstance(cell.value, str):
                labels.append(cell.value)
                key = c.normalize_label(cell.value)
                if key in wanted:
                    if wanted[key] not in found:
                        found[wanted[key]] = col
                elif (note := footnoted(cell.value)) is not None and note[0] in wanted:
                    marked.setdefault(wanted[note[0]], []).append(col)
        for header, columns in marked.items():
            if header not in found and len(columns) == 1:  # two "Target*" and "Target**": unknown
                found[header] = columns[0]
        if len(found) == len(headers):
            return r, found
        if len(found) > len(best[1]):
            best = (r, found, labels, marked)
    row_index, found, labels, marked = best
    if row_index < 0:
        raise WorkbookError(
            [
                f'Sheet "{sheet}": baris judul kolom tidak ditemukan pada {c.HEADER_SEARCH_ROWS} baris '
                f"pertama (diperlukan: {', '.join(headers)})"
            ]
        )
    missing = [h for h in headers if h not in found]
    where = f'Sheet "{sheet}" baris {row_index + 1}: kolom tidak ditemukan: '
    if two_rows := _two_row_titles(grid, row_index, missing):
        raise WorkbookError([where + two_rows])
    # labels no header took ("Realisasi TW 2"), not one that is another header ("Realisasi TW III")
    free = [label for label in labels if c.normalize_label(label) not in wanted]
    detail = ", ".join(
        f'"{h}"{_marked_twice(grid[row_index], row_index, marked.get(h, ())) or _bracketed(h, free) or same_quarter(h, free, sheet) or suggest(h, not_physical(free, sheet)) or _revised(h, free)}'
        for h in missing
    )
    raise WorkbookError([where + detail])


def _marked_twice(row: list[Cell], row_index: int, columns: Sequence[int]) -> str:
    """The hint of a header titled with a footnote mark in two columns ("Target*", "Target**"): which
    one is meant is unknown. "" for fewer than two."""
    if len(columns) < 2:
        return ""
    named = " dan ".join(f'"{row[col].value}" ({column_letter(col)}{row_index + 1})' for col in columns)
    return (
        f" (dua kolom dapat dimaksud: {named}; hapus tanda catatan kaki pada judul kolom yang diisi dan "
        "beri kolom lainnya judul lain)"
    )


def marked_findings(grid: Grid, sheet: str, header_row: int, cols: Mapping[str, int]) -> list[Finding]:
    """A peringatan at each header cell read past its footnote mark ("Target*" read as Target)."""
    row = grid[header_row]
    return [
        marked_title(sheet, f"{column_letter(col)}{header_row + 1}", str(row[col].value), header)
        for header, col in cols.items()
        if c.normalize_label(row[col].value) != c.normalize_label(header)
    ]


def _two_row_titles(grid: Grid, row_index: int, missing: Sequence[str]) -> str:
    """The refusal of headers titled in two rows, as LKjIP tables print the quarters ("Realisasi"
    merged over four columns, "TW I" or "I" below): which cells, and the titles to type in one cell.
    "" when no missing header is so titled."""
    if row_index + 1 >= len(grid):
        return ""
    top, below = grid[row_index], grid[row_index + 1]
    keys = {c.normalize_label(h): h for h in missing}
    titled: list[tuple[str, str, str, str]] = []  # (header, top label, label below, its cell)
    parent = ""
    for col in range(len(below)):
        above = top[col].value if col < len(top) else None
        if isinstance(above, str) and above.strip():
            parent = above.strip()  # a merged title's label stands in its first column
        child = below[col].value
        if not parent or not isinstance(child, str) or not child.strip():
            continue
        child = child.strip()
        for joined in (f"{parent} {child}", f"{parent} TW {child}"):
            if (header := keys.get(c.normalize_label(joined))) is not None:
                titled.append((header, parent, child, f"{column_letter(col)}{row_index + 2}"))
                break
    if not titled:
        return ""
    _, parent, child, cell = titled[0]
    names = ", ".join(f'"{h}"' for h, *_ in titled)
    rest = [h for h in missing if h not in {t[0] for t in titled}]
    also = "; juga tidak ditemukan: " + ", ".join(f'"{h}"' for h in rest) if rest else ""
    return (
        f'{names}: judulnya ditulis dalam dua baris ("{parent}" di atas "{child}", {cell}); tulis judul '
        f"lengkapnya dalam satu sel di baris {row_index + 1} dan hapus baris {row_index + 2}{also}"
    )


# A note saying the amounts are in thousands, millions or billions: "(dalam ribuan rupiah)", "(dlm juta)",
# "(Rp 000)", "Rp Juta", "(ribuan)", "(x 1000)", "(x Rp 1 juta)", "(miliar rupiah)". The scale word comes
# first in its bracket (after "dalam", "Rp" or "x") or right after "dalam"/"Rp"/"x"/"satuan"/"nilai": an amount spelled out
# ("(empat ratus lima puluh ribu rupiah)", "(Pagu 31 Miliar Rupiah)") or a bare "ribuan UMKM" is none.
_WORD = r"(?:ribuan|ribu|rb|jutaan|juta|jt|mil[iy]aran|mil[iy]ar)"
_ZEROS = r"000(?:\.000){0,2}"  # "Rp 000" thousands, "Rp 000.000" millions
_ONES = r"(?:1\.?000(?:\.?000){0,2}|1\s*(?:ribu|juta|jt|mil[iy]ar))"  # "x 1000", "x Rp 1 juta"
SCALED_NOTE = re.compile(
    rf"\(\s*{_WORD}(?!\w)|\b(?:dalam|dlm)\.?\s+(?:rp\.?\s*)?(?:{_WORD}|{_ZEROS})(?![\w.])"
    rf"|\brp\.?\s*(?:{_WORD}|{_ZEROS})(?![\w.])|\bx\s*(?:rp\.?\s*)?{_ONES}(?![\w.])"
    # "(satuan: ribuan rupiah)", "dalam satuan ribuan", "(Nilai Ribuan Rupiah)": the match starts after the
    # lead word, so a title's peringatan quotes the scale ("ribuan")
    rf"|(?:(?<=\bsatuan)|(?<=\bnilai))(?:\s*:\s*|\s+)(?:rp\.?\s*)?(?:{_WORD}|{_ZEROS})(?![\w.])"
)


def scale_word(note: str) -> str:
    """The scale word (miliar, juta, ribu) that, written after a number, reads it as the SCALED_NOTE
    ``note`` says: "1,8 (dalam miliar)" is 1,8 miliar (not "M", which a Kinerja cell reads as meter too).
    Read from the note's scale only ("(ribuan rupiah, SIPD Juli)" is ribu); "000.000" is juta."""
    found = SCALED_NOTE.search(note.casefold())
    said = found.group(0) if found else ""
    if "mil" in said or re.search(r"000\.?000\.?000", said):
        return "miliar"
    if re.search(r"ju|jt|000\.?000", said):
        return "juta"
    return "ribu"


_BRACKET_NOTE = re.compile(r"\s*\(.*\)\s*$")


def _revised(wanted: str, labels: Sequence[str]) -> str:
    """The contract's "Pagu Perubahan" / "Target Perubahan" retitled as the APBD-P documents title it
    ("Pagu APBD-P", "Anggaran PAK"), which no close match finds."""
    what = c.normalize_label(wanted).removesuffix(" perubahan")
    if what not in ("pagu", "target"):
        return ""
    found = next((label for label in labels if revised_label(label, what)), None)
    return f' (maksud Anda "{found.strip()}"? beri judul "{wanted}")' if found else ""


def _bracketed(wanted: str, labels: Sequence[str]) -> str:
    """The hint of a missing header typed with a note in brackets ("Pagu (dalam ribuan rupiah)"): the
    title without it is the column; amounts said to be in thousands are read as rupiah once renamed."""
    key = c.normalize_label(wanted)
    label = next((x for x in labels if c.normalize_label(_BRACKET_NOTE.sub("", str(x))) == key), None)
    if label is None:
        return ""
    hint = f' (kolom "{label}": tulis judulnya "{wanted}" saja, tanpa keterangan dalam kurung'
    if SCALED_NOTE.search(label.casefold()):
        hint += "; angkanya dibaca dalam rupiah: tulis dalam rupiah penuh atau dengan kata skala (1.250 juta)"
    return hint + ")"


def _cell(row: list[Cell], col: int) -> Cell | None:
    return row[col] if col < len(row) else None


def report_merges(grid: Grid, sheet: str, header_row: int, findings: list[Finding], titles: int = 0) -> None:
    """A merge across data rows leaves every row but the first empty: say so once per merge (a
    peringatan: a hidden cell that a figure needs is a galat at that cell, see :func:`unreadable`;
    a merged Uraian over two indicators of one node, its Kode typed on each, is read blank before:
    node_merge). ``titles``: rows
    of titles under the header (a title merged over them is no data's merge)."""
    seen: set[str] = set()
    for row in grid[header_row + 1 + titles :]:
        if not any(map(MERGED, row)):  # (a look in C first: nearly no row holds a merged cell)
            continue
        for cell in row:
            if cell.merged and cell.merged not in seen:
                seen.add(cell.merged)
                findings.append(
                    Finding(
                        PERINGATAN,
                        sheet,
                        cell.merged,
                        f"Sel {cell.merged} digabung (merge) melintasi beberapa baris: hanya baris pertama "
                        "yang berisi nilai. Pisahkan gabungan sel dan isi setiap baris.",
                    )
                )


def _is_blank_row(row: list[Cell], cols: Sequence[int]) -> bool:
    for col in cols:
        cell = _cell(row, col)
        if cell is not None and (
            cell.formula or cell.error or (cell.value is not None and str(cell.value).strip() != "")
        ):
            return False
    return True


class DataRow:
    """One data row of an input table: its cells by header and their references."""

    __slots__ = ("cells", "cols", "excel_row", "get", "letters")
    get: Callable[[str], Cell | None]  # the cell under a header (None past the row's last cell)

    def __init__(
        self,
        cells: list[Cell],
        cols: dict[str, int],
        letters: dict[str, str],
        excel_row: int,
        picks: Picks | None = None,
    ):
        self.cells, self.cols, self.letters, self.excel_row = cells, cols, letters, excel_row
        # (some 30 calls a Kinerja row: a dict's own get, no Python call each. A row ends at its last
        # filled cell: a report of TW II leaves TW III and TW IV, and most rows Keterangan, beyond it.)
        end = len(cells)
        if picks is not None:  # the same dict as below, built in C (rows of a table share a few lengths)
            if end not in picks:
                picks[end] = picked(cols, end)
            if (chosen := picks[end]) is not None:
                self.get = dict(zip(chosen[0], chosen[1](cells))).get
                return
        self.get = {h: cells[at] for h, at in cols.items() if at < end}.get

    def ref(self, header: str) -> str:
        return f"{self.letters[header]}{self.excel_row}"

    def blank(self, headers: Sequence[str]) -> bool:
        """Whether the row's cells under ``headers`` hold nothing (no value, formula or error)."""
        return _is_blank_row(self.cells, [self.cols[h] for h in headers])


def data_rows(grid: Grid, sheet: str, headers: Sequence[str], findings: list[Finding]):
    """(column letters, iterator over the non-blank data rows) of an input table."""
    header_row, cols = find_header(grid, sheet, headers)
    findings += marked_findings(grid, sheet, header_row, cols)
    titles = titles_below(grid, sheet, header_row, cols, column_letter)
    if titles:  # a quarter's column holds the other figure of a pair: nothing read from it
        raise WorkbookError(titles)
    # the titles' row (below a blank row or two left by a paste too): not data
    title_row = first_filled(grid, header_row, cols) if titles is not None else -1
    first_data = header_row + 1 + (title_row - header_row if titles is not None else 0)
    # a Kode, Satuan, Polaritas or Jenis merged down, as the PK; `1.1` under a title `1`, Tingkat blank: said
    if doubts := read_pk_merges(grid, cols, first_data):
        findings += numbered_said(doubts, sheet, column_letter(cols["Kode"]))
    read_node_merges(grid, cols, first_data)  # a Sasaran's Uraian merged over its indicators, as the PK
    report_merges(grid, sheet, header_row, findings, first_data - header_row - 1)
    report_across(grid, sheet, first_data, cols, findings)  # a figure merged over two quarters
    _report_copies(grid, sheet, header_row, cols, findings)
    letters = {h: column_letter(i) for h, i in cols.items()}
    used_cols = list(cols.values())
    hidden: list[int] = []  # Excel rows of the hidden data rows not yet said
    hidden_cols = grid.hidden_columns if type(grid) is SheetGrid else frozenset()
    # hidden columns of the contract whose content makes figures (Keterangan is a note, printed as it is)
    watched = {h: i for h, i in cols.items() if i in hidden_cols and h != "Keterangan"}
    filled: dict[str, int] = {}  # such a column: the Excel row of its first data cell with content
    picks: Picks = {}

    def rows():
        first = True  # the first row under the header may number the columns ("1", "2", ... or "(1)")
        for r in range(header_row + 1, len(grid)):
            row = grid[r]
            if not _is_blank_row(row, used_cols):
                if first:
                    first = False
                    if column_numbers(row, used_cols) or r == title_row:
                        continue
                if type(row) is HiddenRow:
                    hidden.append(r + 1)
                # (a look in C at the whole row first: nearly no row holds a struck or a cut cell)
                if any(map(STRUCK, row)) and (col := struck_column(row, used_cols)) is not None:
                    # a row struck to drop it
                    findings.append(struck_finding(sheet, column_letter(col), r + 1, letters[headers[0]]))
                for col in cut_column(row, used_cols) if any(map(CUT, row)) else ():
                    # a text longer than the reader keeps
                    if (cut := cut_finding(sheet, f"{column_letter(col)}{r + 1}", row[col])) is not None:
                        findings.append(cut)
                for h, i in watched.items():
                    if h not in filled and not _is_blank_row(row, (i,)):
                        filled[h] = r + 1
                yield DataRow(row, cols, letters, r + 1, picks)
        _report_hidden(sheet, letters[headers[0]], hidden, findings)
        for h, first in filled.items():
            findings.append(hidden_column(sheet, h, letters[h], header_row + 1, first))

    return letters, rows()


_COLUMN_NUMBER = re.compile(r"\(?([0-9]{1,3})\)?")


def column_numbers(row: list[Cell], cols: Sequence[int]) -> bool:
    """Whether ``row`` numbers the table's columns, as the PK's and the DPA's tables do under their
    titles: each of ``cols`` holds its own column's number ("1", 2, "(3)"), counted from one offset."""
    offset = None
    for col in sorted(cols):
        cell = _cell(row, col)
        value = cell.value if cell is not None else None
        if type(value) is str and (found := _COLUMN_NUMBER.fullmatch(value.strip())):
            value = int(found.group(1))
        elif type(value) is float and value.is_integer():
            value = int(value)
        if type(value) is not int or (offset is not None and value - col != offset):
            return False
        offset = value - col
    return offset is not None


def hidden_column(sheet: str, header: str, letter: str, header_row: int, first: int) -> Finding:
    """The peringatan at the header cell of a hidden column that holds figures (Excel row numbers)."""
    return Finding(
        PERINGATAN,
        sheet,
        f"{letter}{header_row}",
        f'Kolom "{header}" sheet {sheet} disembunyikan (hidden) tetapi isinya tetap dibaca dan '
        f"dihitung (mis. sel {letter}{first}); tampilkan kolomnya dan periksa isinya, atau "
        "kosongkan bila tidak dipakai",
    )


def _report_copies(
    grid: Grid, sheet: str, header_row: int, cols: dict[str, int], findings: list[Finding]
) -> None:
    """A column of the contract titled twice (a copy of "Realisasi TW II" to type this quarter's
    figures in): only the first is read; a peringatan at the copy's header names the first cell
    where the two differ, since what was typed there is not counted."""
    wanted = {c.normalize_label(h): h for h in cols}
    for col, cell in enumerate(grid[header_row]):
        key = c.normalize_label(cell.value) if isinstance(cell.value, str) else ""
        renamed = (m := _UNIQUE_SUFFIX.fullmatch(key)) is not None and m.group(1) in wanted
        note = footnoted(str(cell.value)) if key and key not in wanted and not renamed else None
        marked = note is not None and note[0] in wanted  # "Target*" beside "Target"
        header = wanted.get(m.group(1) if m and renamed else note[0] if note and marked else key)
        if header is None or cols[header] == col:
            continue
        first, copy = column_letter(cols[header]), column_letter(col)
        differ = next(
            (
                r + 1
                for r in range(header_row + 1, len(grid))
                if _value(_cell(grid[r], col)) not in (None, _value(_cell(grid[r], cols[header])))
            ),
            None,
        )
        if (renamed or marked) and not differ:
            continue  # "Target2" as Excel renames an equal copy: nothing typed there goes unread
        why = (
            f"sel {copy}{differ} lain dari {first}{differ}, yang dibaca" if differ else "isinya tidak dibaca"
        )
        two = f'Kolom "{header}" sheet {sheet} ada dua'
        if renamed:  # a copy's title made unique: "Realisasi TW II2", "Realisasi TW II (2)"
            two = f'Kolom "{cell.value}" sheet {sheet} adalah salinan kolom "{header}"'
        read = f"hanya kolom pertama ({first}{header_row + 1}) yang dibaca"
        if marked:  # the plain title is read wherever it stands
            two = f'Kolom "{cell.value}" sheet {sheet} berjudul sama dengan kolom "{header}" (tanda catatan kaki)'
            read = f'hanya kolom "{header}" ({first}{header_row + 1}) yang dibaca'
        findings.append(
            Finding(
                PERINGATAN,
                sheet,
                f"{copy}{header_row + 1}",
                f"{two}: {read} ({why}); hapus salah satunya atau beri kolom ini judul lain",
            )
        )


# The number Excel appends to a table's header repeated ("Realisasi TW II2"), typed after a copy, or
# in brackets as Excel and LibreOffice name a copy ("Realisasi TW II (2)").
_UNIQUE_SUFFIX = re.compile(r"(.+?)(?:\s?[2-9]|\s?\(\d{1,3}\))")


def copied_title(label: str) -> str:
    """The title a copy's header names ("realisasi tw ii" for "Realisasi TW II2" or "Realisasi TW II
    (2)"), normalized; "" when ``label`` has no copy's suffix."""
    m = _UNIQUE_SUFFIX.fullmatch(c.normalize_label(label))
    return m.group(1) if m else ""


def _value(cell: Cell | None) -> object:
    """A cell's value for comparing two columns: blank (None, spaces) as None."""
    value = cell.value if cell is not None else None
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def _report_hidden(sheet: str, letter: str, hidden: list[int], findings: list[Finding]) -> None:
    """One peringatan per run of consecutive hidden data rows, at its first column ("A5", "A3:A4")."""
    for run in consecutive_runs(hidden):
        first, last = run[0], run[-1]
        sel = f"{letter}{first}" if first == last else f"{letter}{first}:{letter}{last}"
        which = f"Baris {first}" if first == last else f"Baris {first}-{last}"
        findings.append(
            Finding(
                PERINGATAN,
                sheet,
                sel,
                f"{which} sheet {sheet} disembunyikan (hidden, atau tersaring oleh filter) tetapi tetap "
                "dibaca dan dihitung; hapus barisnya bila memang tidak dilaporkan, atau tampilkan kembali",
            )
        )


def unreadable(cell: Cell | None) -> bool:
    """An Excel error (#N/A of a VLOOKUP), a formula without its saved value, or a cell hidden under a
    merge across rows (the merge shows its first cell's value there, the row's own is not seen): no
    value, and no blank either (a formula that gives "" is blank)."""
    return cell is not None and bool(cell.error or cell.merged or (cell.value is None and cell.formula))


def why_unreadable(cell: Cell) -> str:
    """What an :func:`unreadable` cell holds and what to do, in the findings' words."""
    if cell.merged:
        # (one figure over two indicators is no figure of each: staff type each row's own)
        return (
            f"tertutup gabungan sel {cell.merged} (merge): yang tampak di sini isi sel "
            f"{cell.merged.split(':')[0]}, bukan isi sel ini sendiri; pisahkan gabungan sel dan isi setiap "
            "selnya dengan nilai barisnya sendiri"
        )
    if cell.error:
        # (a text "#N/A" pasted as values reads as the error too: the add-in cannot tell them apart)
        return (
            f"berisi nilai galat Excel {cell.error}; perbaiki rumusnya (bila galat itu tersalin sebagai "
            "teks, tulis nilainya)"
        )
    return (
        f"berisi rumus tanpa nilai tersimpan ({cell.formula}); buka dan simpan workbook di Excel atau "
        "LibreOffice Calc agar hasilnya tersimpan"
    )
