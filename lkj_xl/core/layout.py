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

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Union

from lkj_xl.core import tahun_lalu
from lkj_xl.core.contract import periode_laporan
from lkj_xl.core.dates import tanggal_indonesia
from lkj_xl.core.rekap_nama import name_words
from lkj_xl.core.sheet_fit import (  # noqa: F401 (the limits re-exported: the writers name them)
    LINE_HEIGHT,
    MAX_COLUMN_WIDTH,
    MAX_ROW_HEIGHT,
    enforce_excel_limits,
    fit_row_heights,
)
from lkj_xl.core.styles import (  # noqa: F401 (re-exported: the layout API names them)
    FMT_DECIMAL,
    FMT_INTEGER,
    FMT_RUPIAH,
    FUTURE_FONT,
    HEADER_FILL,
    KRITERIA_COLOURS,
    KRITERIA_STYLE,
    LOCALE_ID,
    MAX_DESIMAL,
    MAX_SHOWN_DECIMALS,
    SCALE_COMMAS,
    SECTION_FILL,
    STYLES,
    TOTAL_FILL,
    amount_decimals,
    column_rupiah_decimals,
    efisiensi_style,
    figure_kind,
    fmt_efisiensi,
    fmt_percent,
    has_sen,
    indent_style,
    percent_formats,
    percent_style,
    rupiah_style,
)
from lkj_xl.core.textwidth import (  # noqa: F401 (estimate_lines re-exported)
    column_width,
    estimate_lines,
    lines_height,
    wrap_words,
)

if TYPE_CHECKING:
    from lkj_xl.core.charts import ChartSpec

CellValue = Union[str, int, float, None]  # noqa: UP007 (a runtime alias; keeps Python 3.10 happy)

PAPER_A4 = 9  # xlsxwriter / OOXML paper size code
# Excel's limits on a sheet's name (those on cells, rows and columns: sheet_fit).
MAX_SHEET_NAME = 31  # characters
SHEET_NAME_FORBIDDEN = frozenset("\\/?*[]:")

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
    zoom: int | None = None  # a fixed zoom (percent) printed instead of fitting (see pages.fix_zoom)
    repeat_rows: tuple[int, int] | None = None  # header rows printed on every page
    footer: str = ""  # Excel header/footer codes (&L &C &R &P &N); literal '&' already escaped
    margins: tuple[float, float, float, float] = (0.4, 0.4, 0.6, 0.7)  # left, right, top, bottom (in)
    center_horizontally: bool = True
    # Rows (0-based) that start a new printed page: a section title never ends a page.
    page_breaks: list[int] = field(default_factory=list)
    # The last row (0-based) printed; rows below it are notes for staff, on the screen only (None:
    # every row is printed).
    last_printed_row: int | None = None


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
    keep_together: list[tuple[int, int]] = field(default_factory=list)  # rows printed on one page
    charts: list[ChartSpec] = field(default_factory=list)  # native charts over the sheet's own cells

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
        for cond in self.conditionals:
            if cond.style not in STYLES:
                raise ValueError(f"{self.name}: unknown style {cond.style!r}")
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

    def __init__(self, name: str, title: str, widths: Sequence[float]):
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

    def add_row(self, values: Sequence[object] = ()) -> int:
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
            f"{self.layout.title} {periode_laporan(settings)}",
            agency(settings.perangkat_daerah, settings.pemerintah_daerah),
            note,
        )

    def header(
        self, rows: Sequence[Sequence[object]], merges: Sequence[tuple[int, int, int, int]]
    ) -> tuple[int, int]:
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
        gap: int = SIGNATURE_GAP_ROWS,
    ) -> None:
        """The head of agency's signature block at the right, under the table; only with a name."""
        if not nama.strip():
            return
        tanggal = tanggal.strip() or tanggal_indonesia(today or tahun_lalu.today())  # as checked there
        tempat = tempat.strip()
        lines: list[tuple[str, str]] = [(f"{tempat}, {tanggal}" if tempat else tanggal, "signature")]
        if jabatan.strip():
            lines.append((jabatan.strip(), "signature"))
        lines += [("", "signature")] * 3
        lines.append((nama.strip(), "signature_name"))
        if nip.strip():
            lines.append((f"NIP. {nip.strip()}", "signature"))
        for _ in range(gap):
            self.add_row()
        first = self.next_row
        for text, style in lines:
            r = self.add_row([None] * first_col + [text])
            self.merge(r, first_col, r, last_col)
            self.style(r, first_col, r, last_col, style, SPECIAL)
        self.layout.signature_rows = (first, self.next_row - 1)

    def signature_of(self, settings, gap: int = SIGNATURE_GAP_ROWS) -> None:
        """The signature block from the report's Pengaturan (lkj_xl.core.model.Settings), at the same place
        under every signed table: its last :data:`SIGNATURE_COLUMNS` columns, one blank row below
        the table (``gap`` blank rows added: 0 where the sheet already ends with one). (The working
        sheet Pemeriksaan is never signed.)"""
        self.signature(
            max(self.width - SIGNATURE_COLUMNS, 0),
            self.width - 1,
            tempat=settings.tempat,
            tanggal=settings.tanggal,
            jabatan=settings.jabatan_kepala,
            nama=settings.nama_kepala,
            nip=settings.nip_kepala,
            gap=gap,
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
        lay.blocks = []
        for i in order:
            first_row, first_col, last_row, last_col = self._blocks[i][2]
            lay.blocks.append(Block(first_row, first_col, last_row, last_col, self._styles[i]))
        lay.freeze = freeze
        lay.print_setup = PrintSetup(footer=footer, repeat_rows=lay.header_rows if repeat_header else None)
        lay.validate()
        enforce_excel_limits(lay)  # texts first: row heights are estimated from what is written
        fit_row_heights(lay)  # and columns widened for a Galat text and for the numbers
        return lay


# --- texts ------------------------------------------------------------------------------------------


def agency(perangkat_daerah: str, pemerintah_daerah: str) -> str:
    """The agency line of titles and footers: "RSUD dr. Haryoto Kabupaten Lumajang"; a Perangkat Daerah
    typed with its Pemerintah Daerah at its end (an official name) does not get it twice."""
    parts = [p.strip() for p in (perangkat_daerah, pemerintah_daerah) if p and p.strip()]
    if len(parts) == 2 and _names_pemda(name_words(parts[0]), name_words(parts[1])):
        return parts[0]
    return " ".join(parts)


def _names_pemda(words: list[str], pemda: list[str]) -> bool:
    """The agency's name (name_words: "Kab." is "kabupaten") ends with its Pemda's, or goes on only to
    that Pemda's province ("Dinas Kesehatan Kabupaten Lumajang Provinsi Jawa Timur")."""
    if pemda[:1] == ["pemerintah"] and pemda[1:2] != ["daerah"]:  # "Pemerintah Kabupaten Lumajang"
        pemda = pemda[1:]
    n = len(pemda)
    for start in range(1, len(words) - n + 1):  # (never the whole name: "Kabupaten Lumajang" alone)
        rest = words[start + n :]
        if words[start : start + n] == pemda and (
            not rest or (rest[0] == "provinsi" and pemda[0] != "provinsi")
        ):
            return True
    return False


# The printable width of an A4 page between the layout's margins (0,4 inch each side), in digits of
# Excel's footer font (Calibri 11: a digit 7,43 pixels at 96 dpi): 10,89 and 7,47 inches. LibreOffice
# scales the footer down with the sheet, so Excel's page holds the fewest characters.
FOOTER_DIGITS = {False: 140.0, True: 96.0}  # landscape, portrait
PAGE_NUMBER = "Halaman &P dari &N"
FOOTER_SMALL = 9  # points: the agency's name in two lines when one line of 11 pt would reach the page number


def footer(agency_name: str, portrait: bool = False) -> str:
    """Agency at the left, 'Halaman n dari m' at the right; '&' in the name is escaped. A name too long
    for one line beside the page number (an agency of 120 characters on a portrait page) is printed in
    9 pt over as many lines as it needs, never across the page number."""
    name = agency_name.replace("&", "&&")[:200]
    room = FOOTER_DIGITS[portrait] - column_width("Halaman 999 dari 999") - 4  # a gap before it
    if column_width(name) > room:
        lines = wrap_words(name, room * 11 / FOOTER_SMALL)
        name = f"&{FOOTER_SMALL} " + "\n".join(lines)  # the space: a name "2..." is no font size 92
    return f"&L{name}&R{PAGE_NUMBER}"


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


def shown(
    number: float | None, text: str | None = "", empty: str = "-", scale_word: str | None = None
) -> CellValue:
    """A number when there is one, else the text as written (a status), else ``empty``.

    With ``scale_word`` (the indicator's target was written "5.984,04 milyar") the number is shown as
    text in those units, as the report prints it, instead of 5.984.040.000.000.
    """
    if isinstance(number, (int, float)) and not isinstance(number, bool) and math.isfinite(number):
        if scale_word:
            from lkj_xl.core.number_format import format_scaled

            return format_scaled(number, scale_word)
        return number
    text = (text or "").strip()
    return text or empty


def rupiah_sen(b: SheetBuilder, first_row: int, cols: Sequence[int]) -> None:
    """Each column of ``cols`` (rows from ``first_row``) with amounts with sen shown with them, all its
    cells alike ("10.000.000,00" over "9.999.999,60": the digits aligned; a realisasi of 9.999.999,60
    never shown as its pagu 10.000.000); a column of whole amounts keeps "#,##0". An amount that needs
    more than 2 (a formula's 9.999.999,996) has them in its own cell (styles.amount_decimals)."""
    for col in cols:
        values = [(r, b.layout.value(r, col)) for r in range(first_row, b.next_row)]
        decimals = column_rupiah_decimals(v for _, v in values)
        if decimals:
            b.style(first_row, col, b.next_row - 1, col, rupiah_style(decimals), SPECIAL)
            for r, v in values:
                if isinstance(v, int | float) and (own := amount_decimals(v, decimals)) > decimals:
                    b.style(r, col, r, col, rupiah_style(own), SPECIAL)
