"""What an output sheet looks like, independent of the library that writes it. Pure: standard library only.

A :class:`SheetLayout` is plain data: cell values, column widths, and formatting expressed as
*ranges* carrying a named style. Two adapters write the same layout:

- ``lkj_xl.xlsx.render`` (xlsxwriter, the headless ``lkj-xl build``);
- an xlwings adapter (the Hitung Ulang button), which writes ``layout.grid()`` in one call per sheet
  and then applies each :class:`Block`, :class:`Merge` and :class:`Conditional` with one call each.

So the number of calls an adapter makes is ``len(blocks) + len(merges) + len(conditionals)`` plus
one per run of rows of equal height plus a constant, and the table modules keep
those lists short: one block per column for column-wide formats, one conditional rule per band for
the kriteria/severity colours, and row-dependent formats (bold/indent by hierarchy level, integer vs
decimal number format of an indicator) coalesced so that consecutive rows with the same style share
one block (see :meth:`SheetBuilder.style`).

Coordinates are 0-based, ``(row, col)``, ranges inclusive on both ends (xlsxwriter's convention; an
adapter for 1-based APIs adds one).

Blocks are applied in list order; where two blocks set the same property on a cell, the later one
wins (exactly what applying them one after the other in Excel does). Styles are xlsxwriter-compatible
format property dicts defined once here, in :data:`STYLES`.

Cell values are ``str``, ``int``, ``float`` or ``None``. A ``str`` is always text: a value such as
``"=HYPERLINK(...)"``, ``"+62 812"`` or ``"@SUM(A1)"`` must be written as a string, never as a formula
or a number (an adapter writes texts behind its text guard).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Union

CellValue = Union[str, int, float, None]  # noqa: UP007 (a runtime alias; keeps Python 3.10 happy)

PAPER_A4 = 9  # xlsxwriter / OOXML paper size code
LINE_HEIGHT = 15.0  # points per text line at the default 11 pt font

# Excel's limits (Excel specifications and limits): every writer of a layout stays within them.
MAX_CELL_CHARS = 32_767  # characters in one cell
MAX_ROW_HEIGHT = 409.0  # points
MAX_COLUMN_WIDTH = 255.0  # characters
MAX_SHEET_NAME = 31  # characters
SHEET_NAME_FORBIDDEN = frozenset("\\/?*[]:")

# --- number formats -------------------------------------------------------------------------------
# Tagged Indonesian (LCID 0x421): LibreOffice then shows 1.491.388.500.000 and 15,12 whatever the
# machine's locale. Excel ignores the tag for separators (it takes them from the operating system's
# regional settings; see README) and keeps it only for date names, so the format is safe there.

LOCALE_ID = "[$-421]"
FMT_INTEGER = LOCALE_ID + "#,##0"
FMT_DECIMAL = LOCALE_ID + "#,##0.00"
FMT_RUPIAH = LOCALE_ID + "#,##0"
MAX_DESIMAL = 4
MAX_SHOWN_DECIMALS = 10
SCALE_COMMAS = {"ribu": ",", "juta": ",,", "milyar": ",,,", "triliun": ",,,,"}


def fmt_percent(desimal: int = 2) -> str:
    """Percent-unit numbers (71.23 means 71,23 %): thousands separator and ``desimal`` decimals."""
    return LOCALE_ID + "#,##0" + ("." + "0" * desimal if desimal > 0 else "")


def fmt_efisiensi(desimal: int = 2) -> str:
    """Percentage points, negative in parentheses: -10.27 shows (10,27)."""
    positive = fmt_percent(desimal)
    return f"{positive};({positive.removeprefix(LOCALE_ID)})"  # one tag covers every section


# --- styles ---------------------------------------------------------------------------------------

HEADER_FILL = "#D9E1F2"
SECTION_FILL = "#EDEDED"
TOTAL_FILL = "#D9E1F2"
FUTURE_FONT = "#808080"

# Kriteria bands: fill and a font colour readable on it.
KRITERIA_STYLE = {
    "Sangat Tinggi": "kriteria_sangat_tinggi",
    "Tinggi": "kriteria_tinggi",
    "Sedang": "kriteria_sedang",
    "Rendah": "kriteria_rendah",
    "Sangat Rendah": "kriteria_sangat_rendah",
}
KRITERIA_COLOURS = {  # kriteria -> (fill, font)
    "Sangat Tinggi": ("#006100", "#FFFFFF"),  # dark green
    "Tinggi": ("#92D050", "#000000"),  # green
    "Sedang": ("#FFEB3B", "#000000"),  # yellow
    "Rendah": ("#FFA500", "#000000"),  # orange
    "Sangat Rendah": ("#C00000", "#FFFFFF"),  # red
}

STYLES: dict[str, dict[str, object]] = {
    # title block
    "title": {"bold": True, "font_size": 12, "align": "center", "valign": "vcenter"},
    "subtitle": {"bold": True, "align": "center", "valign": "vcenter"},
    "note": {"italic": True, "font_size": 9},
    # table frame
    "header": {
        "bold": True,
        "bg_color": HEADER_FILL,
        "border": 1,
        "text_wrap": True,
        "align": "center",
        "valign": "vcenter",
    },
    "cell": {"border": 1, "text_wrap": True, "valign": "top"},
    "center": {"align": "center"},
    "right": {"align": "right"},
    # numbers
    "integer": {"num_format": FMT_INTEGER, "align": "right"},
    "decimal": {"num_format": FMT_DECIMAL, "align": "right"},
    "rupiah": {"num_format": FMT_RUPIAH, "align": "right"},
    # row emphasis
    "section": {"bold": True, "bg_color": SECTION_FILL},
    "tujuan": {"bold": True, "bg_color": SECTION_FILL},
    "sasaran": {"bold": True},
    "total": {"bold": True, "bg_color": TOTAL_FILL},
    "future": {"italic": True, "font_color": FUTURE_FONT},
    "unknown": {"italic": True},
    # findings
    "galat": {"bold": True, "bg_color": "#FFC7CE", "font_color": "#9C0006"},
    "peringatan": {"bg_color": "#FFEB9C", "font_color": "#7F6000"},
    "efisien": {"font_color": "#006100"},
    "tidak_efisien": {"bold": True, "font_color": "#C00000"},
    # text rows
    "paragraph": {"text_wrap": True, "valign": "top"},
    "heading": {"bold": True},
    # signature block
    "signature": {"align": "center", "valign": "top", "text_wrap": True},
    "signature_name": {"align": "center", "bold": True, "underline": 1},
}
# Up to MAX_SHOWN_DECIMALS: a capaian next to a band edge is shown with the decimals that tell which
# side of the edge it is on (engine.capaian_decimals).
for _d in range(MAX_SHOWN_DECIMALS + 1):
    STYLES[f"percent_{_d}"] = {"num_format": fmt_percent(_d), "align": "right"}
    STYLES[f"efisiensi_{_d}"] = {"num_format": fmt_efisiensi(_d), "align": "right"}
# A number typed with a scale word ("523,40 juta") stays a number Excel can sum, shown in that scale:
# each trailing "," of a number format divides the shown value by 1.000.
for _word, _commas in SCALE_COMMAS.items():
    STYLES[f"{_word}_integer"] = {"num_format": f'{FMT_INTEGER}{_commas} "{_word}"', "align": "right"}
    STYLES[f"{_word}_decimal"] = {"num_format": f'{FMT_DECIMAL}{_commas} "{_word}"', "align": "right"}
for _d in range(1, 5):
    STYLES[f"indent_{_d}"] = {"indent": _d, "align": "left"}
for _k, _name in KRITERIA_STYLE.items():
    _fill, _font = KRITERIA_COLOURS[_k]
    STYLES[_name] = {"bg_color": _fill, "font_color": _font}


def percent_style(desimal: int) -> str:
    return f"percent_{min(max(int(desimal), 0), MAX_SHOWN_DECIMALS)}"


def efisiensi_style(desimal: int) -> str:
    return f"efisiensi_{min(max(int(desimal), 0), MAX_SHOWN_DECIMALS)}"


def indent_style(depth: int) -> str | None:
    """Indent for a hierarchy depth (0: none); deeper than 4 is indented as 4."""
    return f"indent_{min(depth, 4)}" if depth > 0 else None


# --- the model ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A rectangular range carrying one named style (a key of :data:`STYLES`)."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int
    style: str

    def contains(self, row: int, col: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col


@dataclass(frozen=True)
class Merge:
    """Merged cells; the value is the one at (first_row, first_col) in ``SheetLayout.rows``."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass(frozen=True)
class Conditional:
    """Conditional format: cells of the range whose value equals ``equals`` take ``style``.

    Used for band colouring (kriteria, severity) so that one rule covers a whole column.
    """

    first_row: int
    first_col: int
    last_row: int
    last_col: int
    equals: str
    style: str


@dataclass
class PrintSetup:
    landscape: bool = True
    paper: int = PAPER_A4
    fit_width: int = 1  # pages wide
    fit_height: int = 0  # 0: as many pages tall as needed
    repeat_rows: tuple[int, int] | None = None  # header rows printed on every page
    footer: str = ""  # Excel header/footer codes (&L &C &R &P &N); literal '&' already escaped
    margins: tuple[float, float, float, float] = (0.4, 0.4, 0.6, 0.7)  # left, right, top, bottom (in)
    center_horizontally: bool = True


@dataclass
class SheetLayout:
    name: str
    title: str = ""
    columns: list[float] = field(default_factory=list)  # widths in characters, one per column
    rows: list[list[CellValue]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    conditionals: list[Conditional] = field(default_factory=list)
    # Estimated heights (points) of rows whose wrapped text needs more than one line; other rows keep
    # the default height. An adapter driving a live Excel may autofit the table range instead.
    row_heights: dict[int, float] = field(default_factory=dict)
    freeze: tuple[int, int] | None = None  # first scrolling (row, col)
    print_setup: PrintSetup = field(default_factory=PrintSetup)
    protect: bool = True  # sheet protection without a password
    header_rows: tuple[int, int] | None = None  # the table header (first, last row)
    signature_rows: tuple[int, int] | None = None  # the signature block (first, last row)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max([len(self.columns), *(len(r) for r in self.rows)], default=0)

    def value(self, row: int, col: int) -> CellValue:
        if row >= len(self.rows) or col >= len(self.rows[row]):
            return None
        return self.rows[row][col]

    def grid(self) -> list[list[CellValue]]:
        """The values as a rectangle (rows padded with None), for one bulk write."""
        width = self.n_cols
        return [list(r) + [None] * (width - len(r)) for r in self.rows]

    def styles_at(self, row: int, col: int) -> list[str]:
        return [b.style for b in self.blocks if b.contains(row, col)]

    def validate(self) -> None:
        """Raise ValueError when the layout is not writable as described above."""
        name = self.name
        bad_name = SHEET_NAME_FORBIDDEN & set(name) or name.startswith("'") or name.endswith("'")
        if not name.strip() or len(name) > MAX_SHEET_NAME or bad_name:
            raise ValueError(f"{name!r} is not a valid Excel sheet name (1 to {MAX_SHEET_NAME} characters)")
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                if v is not None and type(v) not in (str, int, float):
                    raise ValueError(f"{self.name}: cell ({r}, {c}) holds {type(v).__name__}")
                if type(v) is float and not math.isfinite(v):
                    raise ValueError(f"{self.name}: cell ({r}, {c}) holds {v}")
        for b in self.blocks:
            if b.style not in STYLES:
                raise ValueError(f"{self.name}: unknown style {b.style!r}")
            if b.first_row > b.last_row or b.first_col > b.last_col:
                raise ValueError(f"{self.name}: empty block {b}")
        for c in self.conditionals:
            if c.style not in STYLES:
                raise ValueError(f"{self.name}: unknown style {c.style!r}")
        taken: set[tuple[int, int]] = set()
        for m in self.merges:
            cells = {
                (r, c) for r in range(m.first_row, m.last_row + 1) for c in range(m.first_col, m.last_col + 1)
            }
            if len(cells) < 2:
                raise ValueError(f"{self.name}: merge of one cell {m}")
            if cells & taken:
                raise ValueError(f"{self.name}: overlapping merge {m}")
            taken |= cells


def merged_style(names: list[str] | tuple[str, ...]) -> dict[str, object]:
    """The format properties of a cell covered by blocks of these styles, in order."""
    out: dict[str, object] = {}
    for name in names:
        out.update(STYLES[name])
    return out


# --- building ---------------------------------------------------------------------------------------

# Layers order the blocks: base frame first, then column formats, row emphasis, then specials.
BASE, COLUMN, ROW, SPECIAL = 0, 1, 2, 3

# Where the signature block stands under every signed table: across the table's last three columns
# (each table's last three are at least 36 characters wide, room for the NIP line) after one blank row.
SIGNATURE_COLUMNS = 3
SIGNATURE_GAP_ROWS = 1


class SheetBuilder:
    """Collects rows and ranges; coalesces same-style blocks on consecutive rows."""

    def __init__(self, name: str, title: str, widths: list[float]):
        self.layout = SheetLayout(name=name, title=title, columns=list(widths))
        self._blocks: list[tuple[int, int, list[int]]] = []  # (layer, seq, [r1, c1, r2, c2]) + style
        self._styles: list[str] = []
        self._open: dict[tuple[int, str, int, int], int] = {}  # (layer, style, c1, c2) -> index

    @property
    def width(self) -> int:
        return len(self.layout.columns)

    @property
    def next_row(self) -> int:
        return len(self.layout.rows)

    def add_row(self, values: list[CellValue] | tuple[CellValue, ...] = ()) -> int:
        row = [clean(v) for v in values]
        self.layout.rows.append(row)
        return len(self.layout.rows) - 1

    def style(
        self, first_row: int, first_col: int, last_row: int, last_col: int, style: str | None, layer: int
    ) -> None:
        """Give a range a style. A range directly below the last one of the same style, layer and
        columns extends it instead of adding a block, so runs of equal rows cost one block."""
        if style is None:
            return
        if style not in STYLES:
            raise KeyError(style)
        key = (layer, style, first_col, last_col)
        i = self._open.get(key)
        if i is not None:
            coords = self._blocks[i][2]
            if coords[2] + 1 == first_row:
                coords[2] = last_row
                return
        self._blocks.append((layer, len(self._blocks), [first_row, first_col, last_row, last_col]))
        self._styles.append(style)
        self._open[key] = len(self._blocks) - 1

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        if (first_row, first_col) != (last_row, last_col):
            self.layout.merges.append(Merge(first_row, first_col, last_row, last_col))

    def conditional(
        self, first_row: int, first_col: int, last_row: int, last_col: int, equals: str, style: str
    ) -> None:
        if style not in STYLES:
            raise KeyError(style)
        if last_row >= first_row:
            self.layout.conditionals.append(
                Conditional(first_row, first_col, last_row, last_col, equals, style)
            )

    def kriteria_colours(self, first_row: int, last_row: int, col: int) -> None:
        for kriteria, style in KRITERIA_STYLE.items():
            self.conditional(first_row, col, last_row, col, kriteria, style)

    # -- common pieces --------------------------------------------------------------------------

    def title_block(self, title: str, subtitle: str, third: str = "") -> None:
        """Title, agency line and a spacer (or a short note) across the table width."""
        last = self.width - 1
        r = self.add_row([title])
        self.merge(r, 0, r, last)
        self.style(r, 0, r, last, "title", SPECIAL)
        r = self.add_row([subtitle])
        self.merge(r, 0, r, last)
        self.style(r, 0, r, last, "subtitle", SPECIAL)
        r = self.add_row([third] if third else [])
        if third:
            self.merge(r, 0, r, last)
            self.style(r, 0, r, last, "center", SPECIAL)

    def report_title(self, settings, note: str = "") -> None:
        """The title block every output table carries: "<title> s.d. Triwulan n Tahun y" and the agency."""
        self.title_block(
            f"{self.layout.title} {periode(settings.triwulan, settings.tahun)}",
            agency(settings.perangkat_daerah, settings.pemerintah_daerah),
            note,
        )

    def header(self, rows: list[list[CellValue]], merges: list[tuple[int, int, int, int]]) -> tuple[int, int]:
        """Header rows (merges relative to the first header row); returns (first, last) row."""
        first = self.next_row
        for row in rows:
            self.add_row(row)
        last = self.next_row - 1
        for r1, c1, r2, c2 in merges:
            self.merge(first + r1, c1, first + r2, c2)
        self.style(first, 0, last, self.width - 1, "header", BASE)
        self.layout.header_rows = (first, last)
        return first, last

    def signature(
        self,
        first_col: int,
        last_col: int,
        *,
        tempat: str,
        tanggal: str,
        jabatan: str,
        nama: str,
        nip: str,
        today: date | None = None,
    ) -> None:
        """The head of agency's signature block at the right, under the table; only with a name."""
        if not nama.strip():
            return
        tanggal = tanggal.strip() or tanggal_indonesia(today or date.today())
        tempat = tempat.strip()
        lines: list[tuple[str, str]] = [(f"{tempat}, {tanggal}" if tempat else tanggal, "signature")]
        if jabatan.strip():
            lines.append((jabatan.strip(), "signature"))
        lines += [("", "signature")] * 3
        lines.append((nama.strip(), "signature_name"))
        if nip.strip():
            lines.append((f"NIP. {nip.strip()}", "signature"))
        for _ in range(SIGNATURE_GAP_ROWS):
            self.add_row()
        first = self.next_row
        for text, style in lines:
            r = self.add_row([None] * first_col + [text])
            self.merge(r, first_col, r, last_col)
            self.style(r, first_col, r, last_col, style, SPECIAL)
        self.layout.signature_rows = (first, self.next_row - 1)

    def signature_of(self, settings) -> None:
        """The signature block from the report's Pengaturan (lkj_xl.core.model.Settings), at the same place
        under every signed table: its last :data:`SIGNATURE_COLUMNS` columns, one blank row below
        the table. (The working sheet Pemeriksaan is never signed.)"""
        self.signature(
            max(self.width - SIGNATURE_COLUMNS, 0),
            self.width - 1,
            tempat=settings.tempat,
            tanggal=settings.tanggal,
            jabatan=settings.jabatan_kepala,
            nama=settings.nama_kepala,
            nip=settings.nip_kepala,
        )

    def finish(self, settings, header_last_row: int, repeat_header: bool = True) -> SheetLayout:
        """Build with the agency in the footer and the panes frozen below the table header."""
        return self.build(
            footer=footer(agency(settings.perangkat_daerah, settings.pemerintah_daerah)),
            freeze=(header_last_row + 1, 0),
            repeat_header=repeat_header,
        )

    def build(
        self, *, footer: str, freeze: tuple[int, int] | None, repeat_header: bool = True
    ) -> SheetLayout:
        lay = self.layout
        order = sorted(range(len(self._blocks)), key=lambda i: (self._blocks[i][0], self._blocks[i][1]))
        lay.blocks = [Block(*self._blocks[i][2], style=self._styles[i]) for i in order]
        lay.freeze = freeze
        lay.print_setup = PrintSetup(footer=footer, repeat_rows=lay.header_rows if repeat_header else None)
        lay.validate()
        enforce_excel_limits(lay)  # texts first: row heights are estimated from what is written
        fit_row_heights(lay)
        return lay


def shorten_text(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, visibly: it then ends with
    "… (dipotong, N karakter lagi)", N being how many characters were left out."""
    if len(text) <= limit:
        return text
    dropped = len(text) - limit
    while True:
        count = f"{dropped:,}".replace(",", ".")  # Indonesian thousands separator
        suffix = f"… (dipotong, {count} karakter lagi)"
        keep = limit - len(suffix)
        if len(text) - keep == dropped:
            return text[:keep] + suffix
        dropped = len(text) - keep


def enforce_excel_limits(lay: SheetLayout) -> None:
    """Keep a layout within Excel's limits, whatever the tables put in it (a safety net under them):
    texts longer than a cell holds are shortened visibly (:func:`shorten_text`), row heights are
    clamped at 409 pt and column widths at 255 characters. Both writers call it."""
    for row in lay.rows:
        for c, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                row[c] = shorten_text(value)
    for r, height in lay.row_heights.items():
        if height > MAX_ROW_HEIGHT:
            lay.row_heights[r] = MAX_ROW_HEIGHT
    lay.columns = [min(width, MAX_COLUMN_WIDTH) for width in lay.columns]


def fit_row_heights(lay: SheetLayout) -> None:
    """Set the height of rows whose wrapped text needs more than one line.

    LibreOffice (which prints the PDFs) keeps the default height of rows read from an .xlsx, and
    neither it nor Excel sizes rows for merged cells, so the layout carries estimated heights. Rows
    that fit on one line get no entry. Heights set before (``row_heights``) are kept.
    """
    wrap: dict[tuple[int, int], bool] = {}
    bold: dict[tuple[int, int], bool] = {}
    for b in lay.blocks:
        props = STYLES[b.style]
        if "text_wrap" not in props and "bold" not in props:
            continue
        for r in range(b.first_row, b.last_row + 1):
            for c in range(b.first_col, b.last_col + 1):
                if "text_wrap" in props:
                    wrap[r, c] = bool(props["text_wrap"])
                if "bold" in props:
                    bold[r, c] = bool(props["bold"])
    widths = lay.columns
    covered: set[tuple[int, int]] = set()
    span: dict[tuple[int, int], Merge] = {}
    for m in lay.merges:
        span[m.first_row, m.first_col] = m
        for r in range(m.first_row, m.last_row + 1):
            for c in range(m.first_col, m.last_col + 1):
                if (r, c) != (m.first_row, m.first_col):
                    covered.add((r, c))

    def lines_of(r: int, c: int, last_col: int) -> int:
        value = lay.value(r, c)
        if not isinstance(value, str) or not wrap.get((r, c), False):
            return 1
        width = sum(widths[c : last_col + 1])
        return estimate_lines(value, width, bold=bold.get((r, c), False))

    lines = [1] * lay.n_rows
    for r, row in enumerate(lay.rows):
        for c in range(min(len(row), len(widths))):
            if (r, c) in covered:
                continue
            m = span.get((r, c))
            if m is not None and m.last_row > m.first_row:
                continue  # vertical merges below
            lines[r] = max(lines[r], lines_of(r, c, m.last_col if m else c))
    for m in lay.merges:
        if m.last_row == m.first_row or m.first_col >= len(widths):
            continue
        need = lines_of(m.first_row, m.first_col, m.last_col)
        rows = range(m.first_row, min(m.last_row, lay.n_rows - 1) + 1)
        if sum(lines[r] for r in rows) < need:
            share = math.ceil(need / len(rows))
            for r in rows:
                lines[r] = max(lines[r], share)
    for r, n in enumerate(lines):
        if n > 1 and r not in lay.row_heights:
            lay.row_heights[r] = min(LINE_HEIGHT * n, MAX_ROW_HEIGHT)


# --- texts ------------------------------------------------------------------------------------------


def roman(n: int) -> str:
    from lkj_xl.core.contract import roman as _roman

    return _roman(n)


def tw_label(n: int) -> str:
    return f"TW {roman(n)}"


def periode(triwulan: int, tahun: int | None) -> str:
    """'s.d. Triwulan II Tahun 2025' (without the year when it is unknown)."""
    text = f"s.d. Triwulan {roman(triwulan)}"
    return f"{text} Tahun {tahun}" if tahun else text


def agency(perangkat_daerah: str, pemerintah_daerah: str) -> str:
    parts = [p.strip() for p in (perangkat_daerah, pemerintah_daerah) if p and p.strip()]
    return " ".join(parts)


def footer(agency_name: str) -> str:
    """Agency at the left, 'Halaman n dari m' at the right; '&' in the name is escaped."""
    name = agency_name.replace("&", "&&")[:200]
    return f"&L{name}&RHalaman &P dari &N"


def tanggal_indonesia(d: date) -> str:
    from lkj_xl.core.contract import tanggal_indonesia as _tanggal

    return _tanggal(d)


def clean(value: object) -> CellValue:
    """A cell value as the layout holds it: str/int/float/None; non-finite numbers become None."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None
    return str(value)


def number_style(*values: object) -> str:
    """'integer' when every number given is whole, else 'decimal' (one format per indicator row)."""
    for v in values:
        is_number = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
        if is_number and abs(v - round(v)) > 1e-9 * max(1.0, abs(v)):
            return "decimal"
    return "integer"


def _char_width(ch: str) -> float:
    """Width of a character in units of the digit '0' (the unit of Excel column widths), generous."""
    if ch in "mwMW@%":
        return 1.5
    if ch.isupper():
        return 1.25
    if ch in " .,;:'!|iljtf()[]-":
        return 0.6
    return 1.0


@functools.lru_cache(maxsize=65536)
def _word_width(word: str) -> float:
    # Cached: the same words (indicator names, "Program", "Kegiatan"...) recur on thousands of rows.
    return sum(_char_width(ch) for ch in word)


def estimate_lines(value: CellValue, width: float, bold: bool = False) -> int:
    """Lines a wrapped text needs in a column ``width`` characters wide: a word-wrap simulation with
    rough character widths, erring on the generous side (a spare line beats a clipped one)."""
    if value is None or value == "":
        return 1
    capacity = max(width - 1.5, 1.0) / (1.1 if bold else 1.0)
    space = _char_width(" ")
    lines = 0
    for paragraph in str(value).split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            w = _word_width(word)
            if used and used + space + w > capacity:
                lines += 1
                used = 0.0
            used = used + space + w if used else w
            while used > capacity:  # a word longer than the line breaks anywhere
                lines += 1
                used -= capacity
    return lines


def shown(
    number: float | None, text: str | None = "", empty: str = "-", scale_word: str | None = None
) -> CellValue:
    """A number when there is one, else the text as written (a status), else ``empty``.

    With ``scale_word`` (the indicator's target was written "5.984,04 milyar") the number is shown as
    text in those units, as the report prints it, instead of 5.984.040.000.000.
    """
    if isinstance(number, (int, float)) and not isinstance(number, bool) and math.isfinite(number):
        if scale_word:
            from lkj_xl.core.numbers import format_scaled

            return format_scaled(number, scale_word)
        return number
    text = (text or "").strip()
    return text or empty
